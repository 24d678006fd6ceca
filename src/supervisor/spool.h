/*
 * spool: one file per collected account (or cloud) that receives the graph
 * a collector child streams, so the supervisor's memory stays flat however
 * large the graph. Owns creating the file (mkstemp, mode 0600, in the
 * configured temporary directory), appending chunks straight from an
 * evbuffer, counting bytes and lines, and removing or keeping the file.
 * The collect job decides when a spool is complete, delivered or dropped.
 */
#ifndef RW_SPOOL_H
#define RW_SPOOL_H

#include <stddef.h>
#include <stdint.h>

struct evbuffer;
struct spool;

/* The directory for spool files: tempdir when set, else $TMPDIR, else
 * /tmp. The string is borrowed from the arguments or the environment. */
const char	*spool_dir(const char *tempdir);

/* A new empty spool file <dir>/resotoworker-<hint>-XXXXXX.ndjson (hint is
 * sanitized to [A-Za-z0-9._-]). NULL with the reason in err. */
struct spool	*spool_new(const char *dir, const char *hint, char *err,
		    size_t errlen);
/* Move n bytes from the front of in to the file (drained from in even on
 * failure). -1 with the reason (file name and errno text) in err. */
int		 spool_write(struct spool *, struct evbuffer *in, size_t n,
		    char *err, size_t errlen);
/* Close the descriptor: the file is complete. -1 with err on failure. */
int		 spool_finish(struct spool *, char *err, size_t errlen);
/* Rename the (finished) file to path. -1 with err; the spool still owns
 * its file then. On success the spool no longer removes it. */
int		 spool_keep_as(struct spool *, const char *path, char *err,
		    size_t errlen);
/* Keep the file where it is (debug_dump_json): spool_free won't remove it. */
void		 spool_keep(struct spool *);

const char	*spool_path(const struct spool *);
uint64_t	 spool_bytes(const struct spool *);
uint64_t	 spool_lines(const struct spool *);	/* newline characters written */

/* Close and remove the file (unless kept), free the spool. NULL is fine. */
void		 spool_free(struct spool *);

/* A file name fragment from s: [A-Za-z0-9._-] kept, anything else '_',
 * at most max-1 characters, never empty, never "." or "..". */
void		 spool_name(const char *s, char *out, size_t max);

#endif

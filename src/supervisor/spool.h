/*
 * spool: one file per collected account (or cloud) that receives the graph
 * a collector child streams, so the supervisor's memory stays flat however
 * large the graph. Owns creating the file (mkstemp, mode 0600), appending
 * chunks straight from an evbuffer, counting bytes and lines, the open
 * descriptor the upload reads from (the file is never opened again by its
 * name, so nobody can swap it between two attempts), and removing or
 * keeping the file. The collect job decides when a spool is complete,
 * delivered or dropped.
 *
 * Also owns the worker's private spool directory below tempdir,
 * <tempdir>/resotoworker-<pid>-XXXXXX (mode 0700, one per tempdir used,
 * removed at exit), the check that tempdir is safe for it (owned by root
 * or us, and not writable by group or others unless sticky: else another
 * user could rename the private directory away and put their own in its
 * place), and removing the private directories that earlier instances
 * left behind when they died (their pid no longer runs resotoworker).
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

/* The private spool directory of this process below tempdir (spool_dir's
 * choice): created on first use, after spool_reap(tempdir), the same path
 * for the same tempdir afterwards. NULL with the reason in err when
 * tempdir is unsafe (see above) or the directory cannot be made. */
const char	*spool_private_dir(const char *tempdir, char *err,
		    size_t errlen);
/* Remove the private directories of dead earlier instances from tempdir
 * (and what they hold), each logged; the number removed. A directory
 * named with our own pid counts as an earlier instance's: call it before
 * this process makes its own there. */
int		 spool_reap(const char *tempdir);
/* Remove this process's private directories (at exit, once every spool
 * is freed); one that is not empty is kept and logged. */
void		 spool_private_cleanup(void);

/* A new empty spool file <dir>/resotoworker-<hint>-XXXXXX.ndjson (hint is
 * sanitized to [A-Za-z0-9._-]). NULL with the reason in err. */
struct spool	*spool_new(const char *dir, const char *hint, char *err,
		    size_t errlen);
/* Move n bytes from the front of in to the file (drained from in even on
 * failure). -1 with the reason (file name and errno text) in err. */
int		 spool_write(struct spool *, struct evbuffer *in, size_t n,
		    char *err, size_t errlen);
/* The file is complete: no more writes. Its descriptor stays open for
 * the upload (spool_fd) until spool_free. */
void		 spool_finish(struct spool *);
/* The open descriptor of the file (read it with pread: its offset is the
 * writer's). */
int		 spool_fd(const struct spool *);
/* Rename the (finished) file to path. -1 with err; the spool still owns
 * its file then. On success the spool no longer removes it. */
int		 spool_keep_as(struct spool *, const char *path, char *err,
		    size_t errlen);
/* Keep the file (debug_dump_json): spool_free won't remove it. A file in
 * a private spool directory is moved up into tempdir, so that it outlives
 * the directory. */
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

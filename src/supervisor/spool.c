/* spool: see spool.h. */
#include "supervisor/spool.h"
#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <event2/buffer.h>

struct spool {
	int		 fd;
	int		 keep;
	char		*path;
	uint64_t	 bytes;
	uint64_t	 lines;
};

const char *
spool_dir(const char *tempdir)
{
	const char *d;

	if (tempdir != NULL && *tempdir != '\0')
		return tempdir;
	if ((d = getenv("TMPDIR")) != NULL && *d != '\0')
		return d;
	return "/tmp";
}

void
spool_name(const char *s, char *out, size_t max)
{
	size_t i, n = 0;
	char c;

	if (max == 0)
		return;
	for (i = 0; s != NULL && s[i] != '\0' && n + 1 < max; i++) {
		c = s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')
			out[n++] = c;
		else
			out[n++] = '_';
	}
	out[n] = '\0';
	if (n == 0 || strcmp(out, ".") == 0 || strcmp(out, "..") == 0)
		snprintf(out, max, "_");
}

struct spool *
spool_new(const char *dir, const char *hint, char *err, size_t errlen)
{
	struct spool *sp;
	struct buf path = BUF_INIT;
	char name[96];
	int fd;

	spool_name(hint, name, sizeof(name));
	buf_printf(&path, "%s/resotoworker-%s-XXXXXX.ndjson", dir, name);
	/* mkstemp creates the file with mode 0600 */
	if ((fd = mkstemps(path.data, 7)) == -1) {
		snprintf(err, errlen, "cannot create a spool file in %s: %s",
		    dir, strerror(errno));
		buf_free(&path);
		return NULL;
	}
	sp = xcalloc(1, sizeof(*sp));
	sp->fd = fd;
	sp->path = buf_take(&path);
	return sp;
}

static uint64_t
count_lines(struct evbuffer *in, size_t n)
{
	struct evbuffer_iovec v[16];
	struct evbuffer_ptr pos;
	uint64_t lines = 0;
	size_t left = n, len;
	const char *p, *end;
	int i, nv;

	evbuffer_ptr_set(in, &pos, 0, EVBUFFER_PTR_SET);
	while (left > 0) {
		nv = evbuffer_peek(in, left, &pos, v, 16);
		if (nv <= 0)
			break;
		if (nv > 16)
			nv = 16;
		for (i = 0; i < nv && left > 0; i++) {
			len = v[i].iov_len < left ? v[i].iov_len : left;
			p = v[i].iov_base;
			end = p + len;
			while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
				lines++;
				p++;
			}
			left -= len;
			evbuffer_ptr_set(in, &pos, len, EVBUFFER_PTR_ADD);
		}
	}
	return lines;
}

int
spool_write(struct spool *sp, struct evbuffer *in, size_t n, char *err,
    size_t errlen)
{
	int w;

	if (sp->fd == -1) {
		evbuffer_drain(in, n);
		snprintf(err, errlen, "spool file %s is already closed", sp->path);
		return -1;
	}
	sp->lines += count_lines(in, n);
	while (n > 0) {
		w = evbuffer_write_atmost(in, sp->fd, (ev_ssize_t)n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "writing spool file %s: %s",
			    sp->path, strerror(errno));
			evbuffer_drain(in, n);
			return -1;
		}
		if (w == 0) {
			snprintf(err, errlen, "writing spool file %s: no progress",
			    sp->path);
			evbuffer_drain(in, n);
			return -1;
		}
		n -= (size_t)w;
		sp->bytes += (uint64_t)w;
	}
	return 0;
}

int
spool_finish(struct spool *sp, char *err, size_t errlen)
{
	int fd = sp->fd;

	if (fd == -1)
		return 0;
	sp->fd = -1;
	if (close(fd) == -1) {
		snprintf(err, errlen, "closing spool file %s: %s", sp->path,
		    strerror(errno));
		return -1;
	}
	return 0;
}

int
spool_keep_as(struct spool *sp, const char *path, char *err, size_t errlen)
{
	if (spool_finish(sp, err, errlen) == -1)
		return -1;
	if (rename(sp->path, path) == -1) {
		snprintf(err, errlen, "renaming %s to %s: %s", sp->path, path,
		    strerror(errno));
		return -1;
	}
	free(sp->path);
	sp->path = xstrdup(path);
	sp->keep = 1;
	return 0;
}

void
spool_keep(struct spool *sp)
{
	sp->keep = 1;
}

const char *
spool_path(const struct spool *sp)
{
	return sp->path;
}

uint64_t
spool_bytes(const struct spool *sp)
{
	return sp->bytes;
}

uint64_t
spool_lines(const struct spool *sp)
{
	return sp->lines;
}

void
spool_free(struct spool *sp)
{
	if (sp == NULL)
		return;
	if (sp->fd != -1)
		close(sp->fd);
	if (!sp->keep && unlink(sp->path) == -1 && errno != ENOENT)
		log_warn("removing spool file %s", sp->path);
	free(sp->path);
	free(sp);
}

/* spool: see spool.h. */
#include "supervisor/spool.h"
#include "supervisor/pidfile.h"
#include "common/buf.h"
#include "common/log.h"

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>

#define PRIV_PREFIX	"resotoworker-"

struct spool {
	int		 fd;
	int		 done;		/* complete: no more writes */
	int		 keep;
	int		 private;	/* in a private spool directory */
	char		*path;
	uint64_t	 bytes;
	uint64_t	 lines;
};

/* the private directories of this process: tempdir -> directory */
static struct {
	char	**tempdir, **dir;
	size_t	  n;
} priv;

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

/* 0 when tempdir may hold our private directory */
static int
safe_tempdir(const char *tempdir, char *err, size_t errlen)
{
	struct stat st;

	if (stat(tempdir, &st) == -1) {
		snprintf(err, errlen, "spool directory %s: %s", tempdir,
		    strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "spool directory %s is not a directory",
		    tempdir);
		return -1;
	}
	if (st.st_uid != 0 && st.st_uid != geteuid()) {
		snprintf(err, errlen, "spool directory %s belongs to uid %u, "
		    "neither root nor this worker's user: its owner could "
		    "replace the spool files", tempdir, (unsigned)st.st_uid);
		return -1;
	}
	if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX)) {
		snprintf(err, errlen, "spool directory %s is writable by %s "
		    "without the sticky bit (mode %04o): another user could "
		    "replace the spool files; chmod +t it or set "
		    "resotoworker.tempdir to a private directory", tempdir,
		    (st.st_mode & S_IWOTH) ? "others" : "its group",
		    (unsigned)(st.st_mode & 07777));
		return -1;
	}
	return 0;
}

const char *
spool_private_dir(const char *tempdir, char *err, size_t errlen)
{
	struct buf path = BUF_INIT;
	struct stat st;
	size_t i;

	tempdir = spool_dir(tempdir);
	for (i = 0; i < priv.n; i++)
		if (strcmp(priv.tempdir[i], tempdir) == 0)
			return priv.dir[i];
	if (safe_tempdir(tempdir, err, errlen) == -1)
		return NULL;
	spool_reap(tempdir);
	buf_printf(&path, "%s/" PRIV_PREFIX "%ld-XXXXXX", tempdir,
	    (long)getpid());
	/* mkdtemp: mode 0700 */
	if (mkdtemp(path.data) == NULL || lstat(path.data, &st) == -1) {
		snprintf(err, errlen, "cannot create a spool directory in %s: "
		    "%s", tempdir, strerror(errno));
		buf_free(&path);
		return NULL;
	}
	if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() ||
	    (st.st_mode & 077) != 0) {
		snprintf(err, errlen, "spool directory %s is not private after "
		    "creating it", path.data);
		rmdir(path.data);
		buf_free(&path);
		return NULL;
	}
	priv.tempdir = xrealloc(priv.tempdir, (priv.n + 1) * sizeof(char *));
	priv.dir = xrealloc(priv.dir, (priv.n + 1) * sizeof(char *));
	priv.tempdir[priv.n] = xstrdup(tempdir);
	priv.dir[priv.n] = buf_take(&path);
	log_debug("spool directory %s", priv.dir[priv.n]);
	return priv.dir[priv.n++];
}

void
spool_private_cleanup(void)
{
	size_t i;

	for (i = 0; i < priv.n; i++) {
		if (rmdir(priv.dir[i]) == -1 && errno != ENOENT)
			log_warn("spool directory %s kept", priv.dir[i]);
		free(priv.dir[i]);
		free(priv.tempdir[i]);
	}
	free(priv.dir);
	free(priv.tempdir);
	memset(&priv, 0, sizeof(priv));
}

/* The pid in a private directory's name, 0 when name is none. */
static pid_t
private_pid(const char *name)
{
	const char *p = name + strlen(PRIV_PREFIX);
	long v = 0;

	if (strncmp(name, PRIV_PREFIX, strlen(PRIV_PREFIX)) != 0 ||
	    !isdigit((unsigned char)*p))
		return 0;
	for (; isdigit((unsigned char)*p) && v < 1L << 30; p++)
		v = v * 10 + (*p - '0');
	if (*p != '-' || strlen(p + 1) != 6)
		return 0;
	return (pid_t)v;
}

/* Empty and remove the directory name in dir; files and bytes removed. */
static int
remove_private(int dir, const char *name, int *files, uint64_t *bytes)
{
	struct dirent *e;
	struct stat st;
	DIR *d;
	int fd;

	if ((fd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1 || (d = fdopendir(fd)) == NULL) {
		if (fd != -1)
			close(fd);
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    !S_ISDIR(st.st_mode) && unlinkat(fd, e->d_name, 0) == 0) {
			(*files)++;
			*bytes += (uint64_t)st.st_size;
		}
	}
	closedir(d);
	return unlinkat(dir, name, AT_REMOVEDIR);
}

int
spool_reap(const char *tempdir)
{
	struct dirent *e;
	struct stat st;
	uint64_t bytes;
	pid_t pid;
	DIR *d;
	int fd, files, n = 0;

	tempdir = spool_dir(tempdir);
	if ((d = opendir(tempdir)) == NULL)
		return 0;	/* spool_private_dir says why */
	fd = dirfd(d);
	while ((e = readdir(d)) != NULL) {
		if ((pid = private_pid(e->d_name)) <= 0 ||
		    fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1 ||
		    !S_ISDIR(st.st_mode) || st.st_uid != geteuid())
			continue;
		/* our own pid: an earlier instance's (we have made none
		 * yet), e.g. pid 1 in a container every time */
		if (pid != getpid() && pidfile_running(pid))
			continue;
		files = 0;
		bytes = 0;
		if (remove_private(fd, e->d_name, &files, &bytes) == -1) {
			log_warn("removing %s/%s, left by an earlier resotoworker "
			    "(pid %ld) that is gone", tempdir, e->d_name,
			    (long)pid);
			continue;
		}
		log_info("removed %s/%s with %d spool file(s), %llu bytes: "
		    "left by an earlier resotoworker (pid %ld) that is gone",
		    tempdir, e->d_name, files, (unsigned long long)bytes,
		    (long)pid);
		n++;
	}
	closedir(d);
	return n;
}

struct spool *
spool_new(const char *dir, const char *hint, char *err, size_t errlen)
{
	struct spool *sp;
	struct buf path = BUF_INIT;
	char name[96];
	size_t i;
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
	for (i = 0; i < priv.n; i++)
		sp->private |= strcmp(priv.dir[i], dir) == 0;
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

	if (sp->done) {
		evbuffer_drain(in, n);
		snprintf(err, errlen, "spool file %s is already complete",
		    sp->path);
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

void
spool_finish(struct spool *sp)
{
	sp->done = 1;
}

int
spool_fd(const struct spool *sp)
{
	return sp->fd;
}

int
spool_keep_as(struct spool *sp, const char *path, char *err, size_t errlen)
{
	spool_finish(sp);
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
	struct buf up = BUF_INIT;
	const char *base = strrchr(sp->path, '/');
	size_t dirlen;

	sp->keep = 1;
	if (!sp->private || base == NULL)
		return;
	/* <tempdir>/<private>/<name> -> <tempdir>/<name> */
	for (dirlen = (size_t)(base - sp->path); dirlen > 0 &&
	    sp->path[dirlen - 1] != '/'; dirlen--)
		;
	buf_add(&up, sp->path, dirlen);
	buf_puts(&up, base + 1);
	if (dirlen == 0 || rename(sp->path, up.data) == -1) {
		log_warn("keeping %s in tempdir", sp->path);
		buf_free(&up);
		return;
	}
	free(sp->path);
	sp->path = buf_take(&up);
	sp->private = 0;
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

/* pidfile: see pidfile.h. */
#include "supervisor/pidfile.h"
#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

pid_t
pidfile_read(const char *path)
{
	char line[32], *end;
	struct stat st;
	ssize_t n;
	long v;
	int fd;

	/* never waits: a FIFO or a device at path holds no pid */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC |
	    O_NOCTTY)) == -1)
		return -1;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (n = read(fd, line, sizeof(line) - 1)) <= 0) {
		close(fd);
		return -1;
	}
	close(fd);
	line[n] = '\0';
	errno = 0;
	v = strtol(line, &end, 10);
	if (end == line || (*end != '\n' && *end != '\0') || errno != 0 ||
	    v <= 0 || v > INT_MAX)
		return -1;
	return (pid_t)v;
}

static int
read_comm(pid_t pid, char *out, size_t len)
{
	char path[64];
	FILE *fp;

	if (pid == 0)
		snprintf(path, sizeof(path), "/proc/self/comm");
	else
		snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	if (fgets(out, (int)len, fp) == NULL) {
		fclose(fp);
		return -1;
	}
	fclose(fp);
	return 0;
}

/*
 * 1 when pid runs and is (as far as /proc tells) the same program as we
 * are: a pid reused by another program after a crash is no reason to refuse
 * the start.
 */
int
pidfile_running(pid_t pid)
{
	char a[64], b[64];

	if (kill(pid, 0) == -1 && errno != EPERM)
		return 0;
	if (read_comm(pid, a, sizeof(a)) == -1 || read_comm(0, b, sizeof(b)) == -1)
		return 1;
	return strcmp(a, b) == 0;
}

static int
write_tmp(const char *path, char *tmp, size_t tmplen, char *err, size_t errlen)
{
	char line[32];
	int fd, n;

	snprintf(tmp, tmplen, "%s.XXXXXX", path);
	if ((fd = mkstemp(tmp)) == -1) {
		snprintf(err, errlen, "cannot create %s: %s", path,
		    strerror(errno));
		return -1;
	}
	n = snprintf(line, sizeof(line), "%d\n", (int)getpid());
	if (fchmod(fd, 0644) == -1 || write(fd, line, (size_t)n) != n) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		return -1;
	}
	if (close(fd) == -1) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

int
pidfile_create(const char *path, char *err, size_t errlen)
{
	char tmp[4096];
	struct stat st;
	pid_t old;

	if (strlen(path) + 8 > sizeof(tmp)) {
		snprintf(err, errlen, "%s: file name too long", path);
		return -1;
	}
	if (write_tmp(path, tmp, sizeof(tmp), err, errlen) == -1)
		return -1;
	if (link(tmp, path) == 0) {
		unlink(tmp);
		return 0;
	}
	if (errno != EEXIST) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file; remove it or "
		    "name another --pidfile", path);
		unlink(tmp);
		return -1;
	}
	old = pidfile_read(path);
	if (old > 0 && old != getpid() && pidfile_running(old)) {
		snprintf(err, errlen, "%s: resotoworker is already running as "
		    "pid %d", path, (int)old);
		unlink(tmp);
		return -1;
	}
	if (old > 0)
		log_info("%s: replacing the stale pid file of pid %d", path,
		    (int)old);
	else
		log_info("%s: replacing a pid file that holds no pid", path);
	if (rename(tmp, path) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	/* two instances replacing the same stale file: the last rename wins */
	if (pidfile_read(path) != getpid()) {
		snprintf(err, errlen, "%s: another resotoworker started at the "
		    "same time", path);
		return -1;
	}
	return 0;
}

void
pidfile_remove(const char *path)
{
	if (pidfile_read(path) == getpid() && unlink(path) == -1)
		log_warn("removing %s", path);
}

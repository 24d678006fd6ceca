/*
 * pidfile: the --pidfile file. Owns creating it atomically (the complete
 * file appears at once, via a temporary file and link/rename), replacing a
 * stale file whose process is gone, refusing to start when the process it
 * names is alive, and removing it on exit only while it still names us.
 */
#ifndef RW_PIDFILE_H
#define RW_PIDFILE_H

#include <stddef.h>
#include <sys/types.h>

/* Write getpid() to path. -1 with the reason in err (another instance
 * running, or a system error naming the file). */
int	pidfile_create(const char *path, char *err, size_t errlen);
/* The pid in path, -1 when there is none or the content is no pid. */
pid_t	pidfile_read(const char *path);
/* Remove path if it names this process. */
void	pidfile_remove(const char *path);
/* 1 when pid runs and is, as far as /proc tells, the same program as
 * this one (a pid reused by another program does not count). */
int	pidfile_running(pid_t pid);

#endif

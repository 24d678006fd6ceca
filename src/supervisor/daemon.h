/*
 * daemon: the process's relation to the system. Owns --daemonize (double
 * fork, setsid, chdir /, umask 027, stdio on /dev/null, and a start-up pipe:
 * the starting process waits and exits 0 only once the daemon reports it is
 * ready, or prints the daemon's error and exits 1, so init scripts see
 * failures) and the signal events on the supervisor's event_base: SIGTERM
 * and SIGINT stop, SIGHUP reloads, SIGPIPE is ignored.
 */
#ifndef RW_DAEMON_H
#define RW_DAEMON_H

#include <stddef.h>

struct event_base;
struct signals;

/* Returns 0 in the daemon (the starting process never returns); -1 with
 * the reason in err when the first fork fails. */
int	daemon_start(char *err, size_t errlen);
/* Start-up done: the starting process exits 0. No-op without --daemonize. */
void	daemon_ready(void);
/* Start-up failed: the starting process prints msg and exits 1. */
void	daemon_fail(const char *msg);

/* stop(sig, arg) on SIGTERM/SIGINT, reload(arg) on SIGHUP. */
struct signals *signals_new(struct event_base *, void (*stop)(int, void *),
	    void (*reload)(void *), void *arg);
void	signals_free(struct signals *);

#endif

/*
 * inproc: --no-fork (resotoworker.fork_process = false). Owns running the
 * collector code inside the supervisor process, one child after another,
 * over an in-process socketpair, so that the frame protocol and everything
 * behind it is the same code path as with real children. The collector code
 * blocks, so it must not run inside a libevent callback: it runs from the
 * top level of the supervisor's loop (loop_run below), with its socket
 * non-blocking and a pump that runs one pass of the event loop whenever the
 * collector side would block.
 *
 * The supervisor's main loop is therefore loop_run()/loop_exit() instead of
 * event_base_dispatch()/event_base_loopexit(); without in-process children
 * the two behave the same.
 */
#ifndef RW_INPROC_H
#define RW_INPROC_H

struct event_base;
struct inproc;

/* Run the collector on fd (the child's end of a socketpair, owned from now
 * on) as soon as the loop is back at its top level; done(status) is called
 * when collector_serve() returned (-1 when it never ran: shutdown). */
struct inproc	*inproc_start(struct event_base *, int fd,
		    void (*done)(int status, void *arg), void *arg);

/* The supervisor's event loop: event_base_dispatch() plus the in-process
 * collectors between passes. Returns 0 after loop_exit() or when no event
 * is left, -1 on a libevent error. */
int	loop_run(struct event_base *);
/* Make loop_run() return; an in-process collector that is running gets its
 * socket shut down so that it returns. */
void	loop_exit(struct event_base *);

/* Drop every queued in-process collector (done(-1)); for shutdown. */
void	inproc_abort_all(void);

#endif

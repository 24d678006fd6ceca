/*
 * cleanup: the cleanup job (core-protocol.md 4, 7, 9; design.md "Cleanup
 * and tags"). Owns each run of a `cleanup` action with resotoworker.cleanup
 * true, from start to reply: the wait behind a collect of the same task,
 * the reference worker's search for flagged nodes (streamed: only ids and
 * delete edges stay in memory, the node JSON is spooled to a file), the
 * delete order (layers over the `delete` edges, cycles reported and
 * skipped), the collector children per (cloud, account) that delete the
 * nodes (at most resotoworker.cleanup_pool_size in flight, reused for the
 * whole run, replaced when one dies), the dry run, the progress and info
 * messages, the write-back of every outcome (PATCH /graph/{graph}/nodes)
 * and the one reply.
 */
#ifndef RW_CLEANUP_H
#define RW_CLEANUP_H

#include <json-c/json.h>

struct event_base;
struct core;

/* Once per process (after collect_init, which starts the children
 * module); log_syslog: children log to syslog too. busy (may be NULL) is
 * called with +1 when a run is accepted and -1 when it has replied, so
 * the daemon can wait for it. */
void	cleanup_init(struct event_base *, int log_syslog,
	    void (*busy)(void *arg, int delta), void *arg);

/* A `cleanup` action with resotoworker.cleanup true (msg borrowed).
 * Answered exactly once through core_reply(). It waits while a collect
 * of the same task runs (collect_task_running), then runs. */
void	cleanup_action(struct core *, json_object *msg);

/* A collect run ended: queued cleanups whose collect is over start. */
void	cleanup_kick(void);

/* Runs in progress or waiting. */
int	cleanup_running(void);

/* The worker stops (SIGTERM): runs that wait are dropped without a reply
 * (the core sends a pending action again on the next connect); a run
 * still searching is answered with an error, nothing deleted; a running
 * one hands out no more nodes, and once those in flight are back writes
 * back what was done and answers action_done, the rest left for the next
 * cleanup. */
void	cleanup_stop(void);

/* Stop every run now: children killed, requests cancelled, files removed.
 * why NULL: no replies; else each run that started is answered
 * action_error with why and what was done and not written back. */
void	cleanup_shutdown(const char *why);

#endif

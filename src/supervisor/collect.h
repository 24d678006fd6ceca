/*
 * collect: the collect job (core-protocol.md 4, 6, 9; design.md "Graph
 * delivery"). Owns each run of a `collect` action from start to reply: the
 * snapshot of the configuration it runs with, the graph creation and model
 * (through the sink), one account discovery child per configured cloud,
 * then one collector child per account (graph_merge_kind account) or per
 * cloud (cloud), the spool file each child's graph streams into, the
 * delivery of every finished account while the others are still being
 * collected, the progress tree (cloud -> accounts) and info messages, the
 * report of every account that could not be delivered ("[cloud:account]
 * collector crashed (signal 11)") and the one final reply: action_done, or
 * action_error when the run could not start (graph or model refused).
 *
 * The same run without a core: collect_to_dir() (--collect-to DIR).
 */
#ifndef RW_COLLECT_H
#define RW_COLLECT_H

#include <json-c/json.h>

struct event_base;
struct config;
struct core;

/* Once per process, before the first run: children_init() and the
 * run table. log_syslog: children log to syslog too. busy (may be NULL)
 * is called with +1 when a run starts and -1 when it is over, so that the
 * daemon can wait for running work when it stops. -1 with err. */
int	collect_init(struct event_base *, int log_syslog,
	    void (*busy)(void *arg, int delta), void *arg, char *err,
	    size_t errlen);

/* A `collect` action from the core (msg is the whole action, borrowed).
 * Answered exactly once through core_reply(); runs with core_config(). A
 * second action for a task:step that is running is ignored (warning). */
void	collect_action(struct core *, json_object *msg);

/* One collect run without a core, written to dir (created if missing):
 * dir/model.json (the exact PATCH /model body), dir/<cloud>-<account>.ndjson
 * per merge unit (the exact merge body; <cloud>.ndjson with graph_merge_kind
 * cloud), a summary line per account on stderr. With no collector
 * configured, example and random run. Runs the event loop (loop_run) until
 * done; SIGINT/SIGTERM abort it. Returns the exit status: 0 every account
 * delivered, 1 some account failed or the run was interrupted, 2 nothing
 * could run. */
int	collect_to_dir(struct event_base *, const struct config *,
	    const char *dir);

/* What a collector child gets of the configuration (a new copy): the
 * resotoworker section without the files the supervisor writes to $HOME. */
json_object *collect_child_worker(const struct config *);
/* A copy of resotoworker.collector (the clouds to run, [] when unset),
 * and in *sections a new object: each of their sections (copies). */
json_object *collect_clouds(const struct config *, json_object **sections);
/* The payload of an ACCOUNT frame, a new string: {"cloud", "accounts",
 * "config" (the cloud's section), "worker" (collect_child_worker)}. */
char	*collect_account_frame(const char *cloud, json_object *accounts,
	    json_object *config, json_object *worker);

/* Runs in progress. */
int	collect_running(void);
/* 1 while a collect action of this task runs. */
int	collect_task_running(const char *task);
/* s as a URL path segment: unreserved characters kept, the rest %XX. */
struct buf;
void	collect_url_segment(struct buf *, const char *s);

/* Stop every run now: children killed, uploads cancelled, spool files
 * removed. why (e.g. "the worker was stopped (SIGTERM)") NULL: no
 * replies (the core re-sends a pending action on reconnect); else each
 * run is answered: an action_info error per account that was not
 * delivered ("[cloud:account] not delivered: <why> before ..."), one
 * info naming what was delivered and what was not, then action_done
 * (graph and model were sent, as for failed accounts) or action_error
 * (the stop came before them). */
void	collect_shutdown(const char *why);
/* collect_shutdown, then undo collect_init (before the event_base is
 * freed). */
void	collect_free(void);

#endif

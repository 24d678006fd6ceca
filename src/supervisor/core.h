/*
 * core: the session with Resoto Core. Owns everything between "we have
 * options and a config" and "an action or task arrives": readiness
 * polling of /system/ready, the TLS trust bootstrap (tlsboot.h), the
 * configuration held by the core (coreconf.h), the action subscription
 * (registered before every connect of the action websocket), the three
 * websockets (A /subscriber/S-collector/handle, B /work/queue, C
 * /events?show=config-updated) with reconnects, the bounded queue of
 * replies while A is down (outq.h), the memory of finished actions
 * (replay.h) and the one-line-per-outage logging.
 *
 * Guarantees to the callbacks:
 * - on_action gets each task:step once while it runs: a duplicate (the
 *   core re-sends pending actions on every connect) is ignored with a
 *   warning, and one that already finished gets its stored reply again.
 *   The action must be answered exactly once with core_reply()
 *   (action_done or action_error); msg is borrowed (json_object_get it
 *   to keep it).
 * - on_task gets every well-formed task; it must be answered exactly once
 *   with core_task_reply(). Malformed tasks are answered here.
 * - on_config gets the core's document for S (NULL: the core holds none)
 *   once before the first registration and again whenever it changes; the
 *   receiver rebuilds its config and hands it back with core_set_config().
 */
#ifndef RW_CORE_H
#define RW_CORE_H

#include <json-c/json.h>

#include <stdint.h>

#include "protocol/http.h"

struct event_base;
struct options;
struct config;
struct http;
struct core;
struct corelink;
struct corelink_cbs;

struct core_cbs {
	void	(*on_action)(struct core *, json_object *msg /* the whole action */, void *arg);
	void	(*on_task)(struct core *, json_object *task, void *arg);
	void	(*on_config)(struct core *, json_object *doc /* core-held config */, void *arg);
	/* TLS trust and configuration are ready, the websockets start: the
	 * moment to open more subscribers (core_link) */
	void	(*on_run)(struct core *, void *arg);
};

/* opts and cfg must outlive the core (or be replaced: core_set_config). */
struct core *core_new(struct event_base *, const struct options *,
	    const struct config *, const struct core_cbs *, void *arg);
void	core_start(struct core *);
/* The end: the websockets are closed with a close frame, and the loop
 * runs for up to half a second so that the close handshakes finish. Call
 * it after the loop has ended, before the event_base is freed. */
void	core_free(struct core *);

/* A frame for /subscriber/{S}-collector/handle: action_done/error/info/
 * progress (build it with msg.h). Checked first: a frame the core would
 * refuse is logged and not sent. Queued (bounded; progress dropped first,
 * never done/error) while A is down, sent in order once it is back. */
void	core_reply(struct core *, const char *json);
/* A frame for /work/queue: a task result for a task received on the
 * current connection (older ones are dropped with a log line: the core
 * failed them when the connection went away). */
void	core_task_reply(struct core *, const char *json);

/* The REST client (PSK, CA): NULL until the TLS bootstrap is done, which
 * is before any action or task arrives. */
struct http *core_http(struct core *);
/* CORE + path, malloc'd. */
char	*core_url(struct core *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* The configuration in use; replace it after on_config or a reload
 * (the B handler list and the subscription timeout follow it). */
const struct config *core_config(const struct core *);
void	core_set_config(struct core *, const struct config *);
/* For other subscribers of the same core (the action plugins): */
/* s %-escaped for a path segment or a query value; malloc'd. */
char	*core_escape(const char *s);
/* S + suffix, %-escaped for a path; malloc'd. */
char	*core_sid(struct core *, const char *suffix);
/* POST /subscriber/<sid>/<event>?timeout=..&wait_for_completion=True
 * (core-protocol.md 4.1) through the session's REST client. */
struct http_req *core_subscribe(struct core *, const char *sid,
	    const char *event, int64_t timeout, http_cb cb, void *arg);
/* A websocket to WS + path with the session's TLS and PSK (only after
 * on_run); name is for the logs. */
struct corelink *core_link(struct core *, const char *name, const char *path,
	    const struct corelink_cbs *, void *arg);
/* 1 once registered and A is open. */
int	core_connected(const struct core *);

/* What /health and /metrics show of the session (web.h, metrics.h). */
#define CORE_LINKS	3	/* actions, tasks, events */
struct core_state {
	const char	*phase;		/* "waiting for the core", "TLS
					   bootstrap", "loading the
					   configuration", "running" */
	int		 running;	/* past start-up */
	int		 reachable;	/* no network trouble since the last
					   contact that went through */
	struct {
		const char	*name;
		int		 used;	/* tasks: only with a handler list */
		int		 open;
		unsigned	 opens;	/* connections opened so far */
	} link[CORE_LINKS];
};
void	core_state(const struct core *, struct core_state *);

#endif

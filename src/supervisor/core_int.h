/*
 * core_int: private to the core session (core.c, core_boot.c,
 * core_actions.c, core_tasks.c, core_events.c); nothing else includes it.
 * Owns the session object (struct core), its start-up phases, the kinds
 * of trouble logged once per outage, and the functions the session's
 * files call in each other. The public API is core.h.
 */
#ifndef RW_CORE_INT_H
#define RW_CORE_INT_H

#include "protocol/tls.h"
#include "supervisor/backoff.h"
#include "supervisor/core.h"
#include "supervisor/corelink.h"
#include "supervisor/outq.h"
#include "supervisor/replay.h"

#include <event2/util.h>
#include <json-c/json.h>

#include <stddef.h>
#include <stdint.h>
#include <time.h>

enum phase {
	PH_IDLE,	/* not started */
	PH_READY,	/* polling /system/ready */
	PH_TLS,		/* fetching the core's CA, building the TLS context */
	PH_CONFIG,	/* first configuration load */
	PH_RUN,		/* the websockets are up or reconnecting */
};

/* Kinds of trouble. NET, AUTH and TLS are logged once per outage; an
 * unexpected HTTP answer whenever it differs from the last one logged. */
#define TR_NET	0x1	/* unreachable, refused, timeouts, lost connections */
#define TR_AUTH	0x2	/* 401/403: the PSK */
#define TR_TLS	0x4	/* certificates */
#define TR_HTTP	0x8	/* another status or an unusable answer */

struct core {
	struct event_base	*base;
	const struct options	*opts;
	const struct config	*cfg;
	struct core_cbs		 cbs;
	void			*arg;

	char			*uri;		/* CORE */
	char			*wsuri;		/* WS */
	char			*sid;		/* S, %-escaped for paths */
	char			*asid;		/* S-collector, %-escaped */
	int			 https;
	struct jwt_key		*jwt;
	struct tls_opts		 tls;
	char			*ca_pem;	/* downloaded core CA */
	struct http		*boot;		/* readiness, /ca/cert */
	struct http		*http;
	SSL_CTX			*ssl;
	const struct cfg_section **sections;

	enum phase		 phase;
	struct backoff		 bo;
	struct event		*timer;
	struct http_req		*req;		/* readiness probe */
	struct tlsboot		*tb;
	struct coreconf		*cc;

	struct corelink		*la, *lb, *lc;	/* actions, tasks, events */
	struct http_req		*reg;		/* registration before A */
	int			 reg_step;
	struct http_req		*upd[2];	/* re-registration (timeout) */
	int64_t			 reg_timeout;
	char			*handlers;	/* B's first frame; NULL: no B */
	struct outq		 q;
	int			 q_warned;
	struct replay		 rp;
	char			**tasks;	/* task ids of this B connection */
	size_t			 ntasks, tasks_cap;

	unsigned		 trouble;	/* TR_* logged in this outage */
	char			*last_http;	/* the last TR_HTTP line logged */
	time_t			 trouble_since;
	int			 connected_once;
	int			 a_refused;	/* 429s on A in a row */
	int			 a_conflict;	/* another worker holds S */
};

/* 429s in a row on A (about 7 s of retries) that mean another worker
 * holds the subscriber id, not our own connection the core still knows */
#define A_CONFLICT	3

/* core.c: trouble logging, the frames' JSON, the three websockets */
const char *core_auth_hint(struct core *, long status);
int	 core_trouble_class(long status, const char *text);
void	 core_trouble(struct core *, int cls, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	 core_maybe_restored(struct core *);
json_object *core_ws_json(const char *text, size_t len, const char *ws);
void	 core_link_closed(struct corelink *, int was_open, int code,
	    const char *reason, void *arg);
void	 core_run_phase(struct core *);

/* core_boot.c: readiness, TLS bootstrap, first configuration load */
void	 core_timer_fired(evutil_socket_t, short, void *);
void	 core_ready_poll(struct core *);

/* core_actions.c: websocket A (registration, actions, replies) */
extern const struct corelink_cbs core_a_cbs;
void	 core_reregister(struct core *);

/* core_tasks.c: websocket B (handler list, tasks) */
extern const struct corelink_cbs core_b_cbs;
void	 core_tasks_clear(struct core *);
char	*core_handler_list(struct core *);
void	 core_tasks_reconfigure(struct core *);

/* core_events.c: websocket C (configuration events) */
extern const struct corelink_cbs core_c_cbs;

#endif

/* core: see core.h. */
#include "supervisor/core.h"

#include "collector/collector.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "common/worker_config.h"
#include "protocol/http.h"
#include "protocol/jwt.h"
#include "protocol/msg.h"
#include "protocol/tls.h"
#include "supervisor/backoff.h"
#include "supervisor/coreconf.h"
#include "supervisor/corelink.h"
#include "supervisor/options.h"
#include "supervisor/outq.h"
#include "supervisor/replay.h"
#include "supervisor/tlsboot.h"

#include <event2/event.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define READY_TIMEOUT_MS	5000	/* per readiness probe (10.1) */
#define REST_TIMEOUT_MS		60000	/* registration */
#define WS_MAX_MESSAGE		(64UL * 1024 * 1024)
#define DEFAULT_TIMEOUT		10800	/* resotoworker.timeout */
#define DRAIN_MS		500	/* close handshakes at the end */

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

static const char *const action_events[] = { "collect", "cleanup" };

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
};

static void	ready_poll(struct core *);
static void	tls_phase(struct core *);
static void	config_phase(struct core *);
static void	run_phase(struct core *);
static void	register_next(struct core *);

/* Percent-escape a path segment. */
static char *
escape(const char *s)
{
	struct buf b = BUF_INIT;

	for (; *s != '\0'; s++)
		if (isalnum((unsigned char)*s) || strchr("-._~", *s) != NULL)
			buf_putc(&b, *s);
		else
			buf_printf(&b, "%%%02X", (unsigned char)*s);
	return b.len ? buf_take(&b) : xstrdup("");
}

char *
core_url(struct core *c, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	buf_puts(&b, c->uri);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_take(&b);
}

static char *
ws_url(struct core *c, const char *path)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s%s", c->wsuri, path);
	return buf_take(&b);
}

/* The HTTP status in a websocket failure (the upgrade's answer), or 0. */
static long
ws_status(int code, const char *reason)
{
	const char *p;

	if (code >= 100 && code < 600)
		return code;
	if (reason != NULL && (p = strstr(reason, "HTTP ")) != NULL &&
	    isdigit((unsigned char)p[5]))
		return strtol(p + 5, NULL, 10);
	return 0;
}

static const char *
auth_hint(struct core *c, long status)
{
	if (status != 401 && status != 403)
		return "";
	if (c->opts->psk == NULL || *c->opts->psk == '\0')
		return " (the core requires a PSK: set --psk)";
	return status == 401 ? " (the core refused our token: wrong --psk?)" :
	    " (the core refused our token)";
}

/* What kind of trouble an HTTP status and/or error text is. */
static int
trouble_class(long status, const char *text)
{
	if (status == 401 || status == 403)
		return TR_AUTH;
	if (status > 0)
		return TR_HTTP;
	if (text != NULL && strstr(text, "certificate") != NULL)
		return TR_TLS;	/* verification, not a cut handshake */
	return TR_NET;
}

/* One line per kind of trouble per outage; repeats go to debug. */
static void
trouble(struct core *c, int cls, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (c->trouble == 0)
		c->trouble_since = time(NULL);
	if (cls == TR_HTTP ? c->last_http != NULL &&
	    strcmp(c->last_http, msg) == 0 : (c->trouble & cls) != 0) {
		log_debug("%s", msg);
		return;
	}
	c->trouble |= cls;
	if (cls == TR_HTTP) {
		free(c->last_http);
		c->last_http = xstrdup(msg);
	}
	if (cls == TR_NET || cls == TR_HTTP)
		log_warnx("%s; retrying with backoff", msg);
	else
		log_errorx("%s; retrying with backoff", msg);
}

static int
all_up(struct core *c)
{
	return c->phase == PH_RUN && corelink_is_open(c->la) &&
	    corelink_is_open(c->lc) &&
	    (c->handlers == NULL || corelink_is_open(c->lb));
}

static void
maybe_restored(struct core *c)
{
	if (!all_up(c))
		return;
	if (!c->connected_once)
		log_info("core: connected to %s as %s (actions, %sevents)",
		    c->uri, c->opts->subscriber_id, c->handlers ? "tasks, " : "");
	else if (c->trouble)
		log_info("core: connected again after %lld s",
		    (long long)(time(NULL) - c->trouble_since));
	c->connected_once = 1;
	c->trouble = 0;
	free(c->last_http);
	c->last_http = NULL;
}

/* --- start-up phases ----------------------------------------------------- */

static void
timer_fired(evutil_socket_t fd, short ev, void *arg)
{
	struct core *c = arg;

	switch (c->phase) {
	case PH_READY:
		ready_poll(c);
		break;
	case PH_TLS:
		tls_phase(c);
		break;
	case PH_CONFIG:
		config_phase(c);
		break;
	default:
		break;
	}
}

static void
retry_later(struct core *c)
{
	struct timeval tv;

	backoff_tv(backoff_next(&c->bo), &tv);
	evtimer_add(c->timer, &tv);
}

static void
ready_done(const struct http_res *res, void *arg)
{
	struct core *c = arg;

	c->req = NULL;
	if (!res->failed && res->status == 200) {
		log_info("core: %s is ready", c->uri);
		backoff_reset(&c->bo);
		tls_phase(c);
		return;
	}
	if (res->failed)
		trouble(c, TR_NET, "core: %s is not reachable: %s", c->uri,
		    res->error ? res->error : "transport error");
	else
		trouble(c, TR_HTTP, "core: %s is not ready: HTTP %ld", c->uri,
		    res->status);
	retry_later(c);
}

static void
ready_poll(struct core *c)
{
	struct http_req_opts o;
	char *url;

	c->phase = PH_READY;
	url = core_url(c, "/system/ready");
	memset(&o, 0, sizeof(o));
	o.method = "GET";
	o.url = url;
	o.timeout_ms = READY_TIMEOUT_MS;
	o.no_auth = 1;		/* /system paths need no token */
	o.no_verify = 1;	/* no CA yet; the answer carries nothing */
	c->req = http_request(c->boot, &o, ready_done, c);
	free(url);
}

static void
conf_done(enum coreconf_result r, json_object *doc, long status,
    const char *err, void *arg)
{
	struct core *c = arg;

	if (c->phase == PH_CONFIG) {
		if (r == CORECONF_FAILED) {
			trouble(c, trouble_class(status, err), "core: %s%s",
			    err, auth_hint(c, status));
			retry_later(c);
			return;
		}
		if (c->cbs.on_config != NULL)
			c->cbs.on_config(c, doc, c->arg);
		backoff_reset(&c->bo);
		run_phase(c);
		return;
	}
	if (r == CORECONF_FAILED)
		log_warnx("core: reloading the configuration failed: %s%s; "
		    "keeping the current one", err, auth_hint(c, status));
	else if (r == CORECONF_LOADED && c->cbs.on_config != NULL)
		c->cbs.on_config(c, doc, c->arg);
}

static void
clients_setup(struct core *c)
{
	struct coreconf_params p;
	char err[512];

	memset(&c->tls, 0, sizeof(c->tls));
	c->tls.ca_file = c->opts->ca_cert;
	c->tls.ca_pem = c->ca_pem;
	c->tls.verify = c->opts->verify_certs;
	c->tls.cert = c->opts->cert;
	c->tls.key = c->opts->cert_key;
	c->tls.key_pass = c->opts->cert_key_pass;
	if (c->https) {
		if (c->ssl != NULL)
			SSL_CTX_free(c->ssl);
		if ((c->ssl = tls_client_ctx(&c->tls, err, sizeof(err))) ==
		    NULL) {
			trouble(c, TR_TLS, "core: cannot set up TLS: %s", err);
			retry_later(c);
			return;
		}
	}
	if (c->http == NULL)
		c->http = http_new(c->base, &c->tls, c->jwt);
	if (c->cc == NULL) {
		memset(&p, 0, sizeof(p));
		p.http = c->http;
		p.core = c->uri;
		p.sid = c->sid;
		p.sections = c->sections;
		p.config_file = c->opts->config_file;
		c->cc = coreconf_new(&p, conf_done, c);
	}
	backoff_reset(&c->bo);
	config_phase(c);
}

static void
tls_done(const char *pem, long status, const char *err, void *arg)
{
	struct core *c = arg;

	c->tb = NULL;
	if (pem == NULL) {
		trouble(c, status == 200 ? TR_TLS : trouble_class(status, err),
		    "core: %s", err);
		retry_later(c);
		return;
	}
	free(c->ca_pem);
	c->ca_pem = xstrdup(pem);
	clients_setup(c);
}

static void
tls_phase(struct core *c)
{
	char *url;

	c->phase = PH_TLS;
	if (!c->https || c->opts->ca_cert != NULL || !c->opts->verify_certs ||
	    c->ca_pem != NULL) {
		clients_setup(c);
		return;
	}
	url = core_url(c, "/ca/cert");
	c->tb = tlsboot_start(c->boot, url, c->opts->psk, tls_done, c);
	free(url);
}

static void
config_phase(struct core *c)
{
	c->phase = PH_CONFIG;
	coreconf_load(c->cc);
}

/* A frame of websocket `ws` as JSON, or NULL (logged: the frame is ignored). */
static json_object *
ws_json(const char *text, size_t len, const char *ws)
{
	json_object *o;
	char err[512];

	if ((o = msg_parse(text, len, err, sizeof(err))) == NULL)
		log_warnx("core: ignoring a frame on the %s websocket: %s", ws,
		    err);
	return o;
}

/* --- A: actions ---------------------------------------------------------- */

static int64_t
sub_timeout(struct core *c)
{
	int64_t t = config_int(c->cfg, "resotoworker.timeout");

	return t > 0 ? t : DEFAULT_TIMEOUT;
}

static struct http_req *
register_one(struct core *c, const char *event, http_cb cb)
{
	struct http_req_opts o;
	struct http_req *r;
	char *url;

	url = core_url(c, "/subscriber/%s/%s?timeout=%lld&"
	    "wait_for_completion=True", c->asid, event,
	    (long long)c->reg_timeout);
	memset(&o, 0, sizeof(o));
	o.method = "POST";
	o.url = url;
	o.accept = "application/json";
	o.body = "";
	o.body_len = 0;
	o.timeout_ms = REST_TIMEOUT_MS;
	r = http_request(c->http, &o, cb, c);
	free(url);
	return r;
}

static void
registered(const struct http_res *res, void *arg)
{
	struct core *c = arg;
	const char *ev = action_events[c->reg_step];
	char *excerpt;

	c->reg = NULL;
	if (!res->failed && res->status == 200) {
		if (++c->reg_step < 2)
			register_next(c);
		else
			corelink_go(c->la);
		return;
	}
	if (res->failed)
		trouble(c, trouble_class(0, res->error), "core: registering for "
		    "%s actions failed: %s", ev, res->error ? res->error :
		    "transport error");
	else {
		excerpt = msg_oneline(buf_str(&res->body), res->body.len, 200);
		trouble(c, trouble_class(res->status, NULL), "core: registering for "
		    "%s actions: HTTP %ld%s%s%s", ev, res->status,
		    *excerpt ? ": " : "", excerpt, auth_hint(c, res->status));
		free(excerpt);
	}
	corelink_retry(c->la);
}

static void
register_next(struct core *c)
{
	c->reg = register_one(c, action_events[c->reg_step], registered);
}

/* Before every connect of A (4.1). */
static void
a_prepare(struct corelink *l, void *arg)
{
	struct core *c = arg;

	c->reg_step = 0;
	c->reg_timeout = sub_timeout(c);
	register_next(c);
}

static void
mark_sent(struct core *c, const char *text, size_t len)
{
	struct msg_action a;
	struct replay_entry *e;
	json_object *o;
	char err[128];

	if ((o = msg_parse(text, len, err, sizeof(err))) == NULL)
		return;
	if (json_object_object_get_ex(o, "data", &a.data) &&
	    (a.task = json_object_get_string(json_object_object_get(a.data,
	    "task"))) != NULL &&
	    (a.step = json_object_get_string(json_object_object_get(a.data,
	    "step"))) != NULL &&
	    (e = replay_find(&c->rp, a.task, a.step)) != NULL)
		e->sent_conn = corelink_opens(c->la);
	json_object_put(o);
}

static int
send_a(struct core *c, int kind, const char *text, size_t len)
{
	if (c->la == NULL || corelink_send(c->la, text, len) == -1)
		return -1;
	if (kind == MSG_K_DONE || kind == MSG_K_ERROR)
		mark_sent(c, text, len);
	return 0;
}

static void
enqueue(struct core *c, int kind, char *text, size_t len)
{
	int dropped;

	if ((dropped = outq_push(&c->q, kind, text, len)) > 0 &&
	    !c->q_warned) {
		log_warnx("core: more replies than fit the queue (%zu frames, "
		    "%zu bytes) while the actions websocket is down: dropping "
		    "the oldest progress messages (never a done or error)",
		    c->q.max_n, c->q.max_bytes);
		c->q_warned = 1;
	}
}

static void
flush(struct core *c)
{
	struct outq_item *it;
	size_t n = 0;

	while ((it = outq_head(&c->q)) != NULL) {
		if (send_a(c, it->kind, it->text, it->len) == -1)
			break;
		outq_shift(&c->q);
		n++;
	}
	if (n > 0 || c->q.dropped > 0)
		log_info("core: sent %zu replies held while disconnected "
		    "(%lu progress/info messages dropped)", n, c->q.dropped);
	if (outq_head(&c->q) == NULL) {
		c->q.dropped = 0;
		c->q_warned = 0;
	}
}

/* Send now, or queue when A is down (or earlier frames still wait). */
static void
send_or_queue(struct core *c, int kind, char *text, size_t len)
{
	if (outq_head(&c->q) == NULL && send_a(c, kind, text, len) == 0) {
		free(text);
		return;
	}
	enqueue(c, kind, text, len);
}

void
core_reply(struct core *c, const char *json)
{
	json_object *o, *data;
	struct msg_action a;
	char err[512], *text;
	int kind;

	text = msg_utf8(json, strlen(json), 0);
	if ((kind = msg_check_reply(text, strlen(text), &o, err,
	    sizeof(err))) == MSG_BAD) {
		log_errorx("core: not sending a reply the core would refuse "
		    "(%s): %.200s", err, text);
		free(text);
		return;
	}
	if (kind == MSG_K_DONE || kind == MSG_K_ERROR) {
		data = json_object_object_get(o, "data");
		a.task = json_object_get_string(json_object_object_get(data,
		    "task"));
		a.step = json_object_get_string(json_object_object_get(data,
		    "step"));
		replay_finish(&c->rp, a.task, a.step, text);
		log_debug("core: %s for task %s step %s",
		    kind == MSG_K_DONE ? "action_done" : "action_error", a.task,
		    a.step);
	}
	json_object_put(o);
	send_or_queue(c, kind, text, strlen(text));
}

static void
a_text(struct corelink *l, const char *text, size_t len, void *arg)
{
	struct core *c = arg;
	struct replay_entry *e;
	struct msg_action a;
	json_object *o;
	char err[512];
	int r;

	if ((o = ws_json(text, len, "actions")) == NULL)
		return;
	if ((r = msg_action_parse(o, &a, err, sizeof(err))) != MSG_OK) {
		log_warnx("core: ignoring %s on the actions websocket%s", err,
		    r == MSG_OTHER ? " (only actions are expected)" : "");
		json_object_put(o);
		return;
	}
	if ((e = replay_find(&c->rp, a.task, a.step)) != NULL) {
		if (e->reply == NULL)
			log_warnx("core: %s action for task %s step %s is "
			    "already running; ignoring the duplicate", a.type,
			    a.task, a.step);
		else if (e->sent_conn == corelink_opens(c->la))
			log_debug("core: %s for task %s already answered on "
			    "this connection", a.type, a.task);
		else {
			log_info("core: %s action for task %s step %s already "
			    "finished; sending its reply again", a.type, a.task,
			    a.step);
			send_or_queue(c, MSG_K_DONE, xstrdup(e->reply),
			    strlen(e->reply));
		}
		json_object_put(o);
		return;
	}
	log_info("core: %s action for task %s step %s", a.type, a.task,
	    a.step);
	replay_start(&c->rp, a.task, a.step);
	if (c->cbs.on_action != NULL)
		c->cbs.on_action(c, o, c->arg);
	else {
		char *rep = msg_action_error(a.type, a.data,
		    "no action handler in this worker");

		core_reply(c, rep);
		free(rep);
	}
	json_object_put(o);
}

static void
a_opened(struct corelink *l, void *arg)
{
	struct core *c = arg;

	flush(c);
	maybe_restored(c);
}

/* --- B: tasks ------------------------------------------------------------ */

static void
tasks_clear(struct core *c)
{
	while (c->ntasks > 0)
		free(c->tasks[--c->ntasks]);
}

static ssize_t
task_index(struct core *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->ntasks; i++)
		if (strcmp(c->tasks[i], id) == 0)
			return (ssize_t)i;
	return -1;
}

static void
task_add(struct core *c, const char *id)
{
	if (c->ntasks == c->tasks_cap) {
		c->tasks_cap = c->tasks_cap ? 2 * c->tasks_cap : 16;
		c->tasks = xrealloc(c->tasks, c->tasks_cap * sizeof(*c->tasks));
	}
	c->tasks[c->ntasks++] = xstrdup(id);
}

void
core_task_reply(struct core *c, const char *json)
{
	json_object *o;
	const char *id;
	char err[512], *text;
	ssize_t i;
	int kind;

	text = msg_utf8(json, strlen(json), 0);
	kind = msg_check_task_frame(text, strlen(text), &o, err, sizeof(err));
	if (kind != MSG_K_RESULT) {
		log_errorx("core: not sending a task frame the core would "
		    "refuse (%s): %.200s", kind == MSG_BAD ? err :
		    "the handler list is the session's", text);
		json_object_put(o);
		free(text);
		return;
	}
	id = json_object_get_string(json_object_object_get(o, "task_id"));
	if ((i = task_index(c, id)) == -1) {
		log_info("core: result of task %s not sent: it did not arrive "
		    "on the current tasks connection (the core has failed it "
		    "already, or it was answered before)", id);
	} else {
		free(c->tasks[i]);
		c->tasks[i] = c->tasks[--c->ntasks];
		if (corelink_send(c->lb, text, strlen(text)) == -1)
			log_warnx("core: result of task %s lost: the tasks "
			    "websocket failed", id);
	}
	json_object_put(o);
	free(text);
}

static void
task_refuse(struct core *c, const char *id, const char *why)
{
	char *rep;

	task_add(c, id);
	rep = msg_task_error(id, why);
	core_task_reply(c, rep);
	free(rep);
}

static void
b_text(struct corelink *l, const char *text, size_t len, void *arg)
{
	struct core *c = arg;
	struct msg_task t;
	json_object *o;
	char err[512], why[600];

	if ((o = ws_json(text, len, "tasks")) == NULL)
		return;
	if (msg_task_parse(o, &t, err, sizeof(err)) != MSG_OK) {
		log_warnx("core: malformed task: %s", err);
		if (t.id != NULL && task_index(c, t.id) == -1) {
			snprintf(why, sizeof(why), "malformed task: %s", err);
			task_refuse(c, t.id, why);
		}
		json_object_put(o);
		return;
	}
	if (task_index(c, t.id) != -1) {
		log_warnx("core: task %s arrived twice; ignoring the duplicate",
		    t.id);
		json_object_put(o);
		return;
	}
	log_info("core: %s task %s", t.name, t.id);
	if (c->cbs.on_task == NULL) {
		snprintf(why, sizeof(why), "no handler for task %s in this "
		    "worker", t.name);
		task_refuse(c, t.id, why);
	} else {
		task_add(c, t.id);
		c->cbs.on_task(c, o, c->arg);
	}
	json_object_put(o);
}

static void
b_opened(struct corelink *l, void *arg)
{
	struct core *c = arg;

	tasks_clear(c);
	/* the core delivers no task before this frame (5.1) */
	if (c->handlers == NULL ||
	    corelink_send(l, c->handlers, strlen(c->handlers)) == -1) {
		/* only when the socket is already closing: its close follows */
		log_warnx("core: cannot send the handler list on the tasks "
		    "websocket");
		return;
	}
	maybe_restored(c);
}

/* --- C: events ----------------------------------------------------------- */

static void
c_text(struct corelink *l, const char *text, size_t len, void *arg)
{
	struct core *c = arg;
	struct msg_event e;
	json_object *o;
	char err[512];

	if ((o = ws_json(text, len, "events")) == NULL)
		return;
	if (msg_event_parse(o, &e, err, sizeof(err)) != MSG_OK)
		log_warnx("core: ignoring %s on the events websocket", err);
	else
		coreconf_event(c->cc, &e);
	json_object_put(o);
}

static void
c_opened(struct corelink *l, void *arg)
{
	struct core *c = arg;

	/* changes made while we were away sent no event to us */
	if (corelink_opens(l) > 1)
		coreconf_load(c->cc);
	maybe_restored(c);
}

/* --- all three ----------------------------------------------------------- */

static void
link_closed(struct corelink *l, int was_open, int code, const char *reason,
    void *arg)
{
	struct core *c = arg;
	long status;

	if (l == c->lb)
		tasks_clear(c);
	if (l == c->la && c->reg != NULL) {
		http_cancel(c->reg);
		c->reg = NULL;
	}
	if (was_open) {
		trouble(c, TR_NET, "core: %s websocket closed (%d%s%s)",
		    corelink_name(l), code, *reason ? " " : "", reason);
		return;
	}
	status = ws_status(code, reason);
	if (status == 429)	/* the core still knows the old connection */
		log_debug("core: %s websocket: %s; retrying", corelink_name(l),
		    reason);
	else
		trouble(c, trouble_class(status, reason), "core: %s websocket: %s%s",
		    corelink_name(l), *reason ? reason : "connect failed",
		    auth_hint(c, status));
}

static const struct corelink_cbs a_cbs = {
	a_prepare, a_opened, a_text, link_closed };
static const struct corelink_cbs b_cbs = {
	NULL, b_opened, b_text, link_closed };
static const struct corelink_cbs c_cbs = {
	NULL, c_opened, c_text, link_closed };

static struct corelink *
link_new(struct core *c, const char *name, const char *path,
    const struct corelink_cbs *cbs)
{
	struct corelink_params p;
	struct corelink *l;

	memset(&p, 0, sizeof(p));
	p.name = name;
	p.url = ws_url(c, path);
	p.ssl = c->ssl;
	p.jwt = c->jwt;
	p.max_message = WS_MAX_MESSAGE;
	l = corelink_new(c->base, &p, cbs, c);
	free((char *)p.url);
	return l;
}

static char *
handler_list(struct core *c)
{
	return msg_handler_list(config_get(c->cfg, "resotoworker.collector"));
}

static void
run_phase(struct core *c)
{
	struct buf path = BUF_INIT;

	c->phase = PH_RUN;
	buf_printf(&path, "/subscriber/%s/handle", c->asid);
	c->la = link_new(c, "actions", buf_str(&path), &a_cbs);
	c->lb = link_new(c, "tasks", "/work/queue", &b_cbs);
	c->lc = link_new(c, "events", "/events?show=config-updated", &c_cbs);
	buf_free(&path);
	free(c->handlers);
	if ((c->handlers = handler_list(c)) == NULL)
		log_info("core: no collector configured: not offering tag "
		    "tasks (/work/queue stays closed)");
	corelink_start(c->lc);
	corelink_start(c->la);
	if (c->handlers != NULL)
		corelink_start(c->lb);
}

/* --- public -------------------------------------------------------------- */

struct core *
core_new(struct event_base *base, const struct options *opts,
    const struct config *cfg, const struct core_cbs *cbs, void *arg)
{
	const struct cfg_section *const *cs;
	struct backoff bo = BACKOFF_INIT;
	struct tls_opts boot = { NULL, NULL, 0, NULL, NULL, NULL };
	struct core *c;
	struct buf b = BUF_INIT;
	size_t n = 0, i;

	c = xcalloc(1, sizeof(*c));
	c->base = base;
	c->opts = opts;
	c->cfg = cfg;
	if (cbs != NULL)
		c->cbs = *cbs;
	c->arg = arg;
	c->bo = bo;

	buf_puts(&b, opts->core_uri);
	while (b.len > 0 && b.data[b.len - 1] == '/')
		b.data[--b.len] = '\0';
	c->uri = buf_take(&b);
	c->https = strncasecmp(c->uri, "https://", 8) == 0;
	if (c->https)
		buf_printf(&b, "wss://%s", c->uri + 8);
	else if (strncasecmp(c->uri, "http://", 7) == 0)
		buf_printf(&b, "ws://%s", c->uri + 7);
	else
		buf_printf(&b, "ws://%s", c->uri);	/* as the reference */
	c->wsuri = buf_take(&b);
	c->sid = escape(opts->subscriber_id);
	buf_printf(&b, "%s-collector", opts->subscriber_id);
	c->asid = escape(buf_str(&b));
	buf_free(&b);

	for (cs = collector_config_sections(); cs != NULL && cs[n] != NULL; n++)
		;
	c->sections = xcalloc(n + 2, sizeof(*c->sections));
	c->sections[0] = &worker_config_section;
	for (i = 0; i < n; i++)
		c->sections[i + 1] = collector_config_sections()[i];

	c->jwt = jwt_key_new(opts->psk);
	c->boot = http_new(base, &boot, NULL);
	if ((c->timer = evtimer_new(base, timer_fired, c)) == NULL)
		fatalx("core: evtimer_new failed");
	outq_init(&c->q, OUTQ_MAX_FRAMES, OUTQ_MAX_BYTES);
	replay_init(&c->rp, REPLAY_MAX);
	return c;
}

void
core_start(struct core *c)
{
	if (c->phase != PH_IDLE)
		return;
	if (c->https && !c->opts->verify_certs)
		log_warnx("core: --no-verify-certs: the core's certificate is "
		    "NOT verified, on every connection to it (REST and "
		    "websockets)");
	if (!c->https && c->opts->psk != NULL)
		log_info("core: %s is plain http: the PSK tokens travel "
		    "unencrypted", c->uri);
	ready_poll(c);
}

static void
drain_over(evutil_socket_t fd, short ev, void *arg)
{
	event_base_loopbreak(arg);
}

/* Let closing websockets finish their close handshake (a ws frees itself
 * only then), bounded; runs the loop, so only at the very end. */
static void
drain(struct event_base *base)
{
	struct timeval tv = { 0, DRAIN_MS * 1000 };
	struct event *t;

	if ((t = evtimer_new(base, drain_over, base)) == NULL)
		return;
	evtimer_add(t, &tv);
	event_base_loop(base, 0);
	event_free(t);
}

void
core_free(struct core *c)
{
	int i, open = 0;

	if (c == NULL)
		return;
	if (c->phase == PH_RUN)
		open = corelink_is_open(c->la) || corelink_is_open(c->lb) ||
		    corelink_is_open(c->lc);
	corelink_free(c->la);
	corelink_free(c->lb);
	corelink_free(c->lc);
	if (c->reg != NULL)
		http_cancel(c->reg);
	for (i = 0; i < 2; i++)
		if (c->upd[i] != NULL)
			http_cancel(c->upd[i]);
	if (c->req != NULL)
		http_cancel(c->req);
	tlsboot_cancel(c->tb);
	coreconf_free(c->cc);
	if (c->http != NULL)
		http_free(c->http);
	if (c->boot != NULL)
		http_free(c->boot);
	if (c->ssl != NULL)
		SSL_CTX_free(c->ssl);
	jwt_key_free(c->jwt);
	event_free(c->timer);
	outq_clear(&c->q);
	replay_clear(&c->rp);
	tasks_clear(c);
	free(c->tasks);
	free(c->handlers);
	free(c->last_http);
	free(c->sections);
	free(c->ca_pem);
	free(c->uri);
	free(c->wsuri);
	free(c->sid);
	free(c->asid);
	if (open)
		drain(c->base);
	free(c);
}

struct http *
core_http(struct core *c)
{
	return c->http;
}

const struct config *
core_config(const struct core *c)
{
	return c->cfg;
}

int
core_connected(const struct core *c)
{
	return c->phase == PH_RUN && corelink_is_open(c->la);
}

static void
reregistered(struct core *c, int i, const struct http_res *res)
{
	c->upd[i] = NULL;
	if (res->failed)
		log_warnx("core: updating the %s subscription's timeout "
		    "failed: %s; it is sent again on the next connect",
		    action_events[i], res->error ? res->error : "transport error");
	else if (res->status != 200)
		log_warnx("core: updating the %s subscription's timeout: HTTP "
		    "%ld; it is sent again on the next connect",
		    action_events[i], res->status);
}

static void
reregistered0(const struct http_res *res, void *arg)
{
	reregistered(arg, 0, res);
}

static void
reregistered1(const struct http_res *res, void *arg)
{
	reregistered(arg, 1, res);
}

void
core_set_config(struct core *c, const struct config *cfg)
{
	char *h;
	int i;

	c->cfg = cfg;
	if (c->phase != PH_RUN)
		return;
	h = handler_list(c);
	if ((h == NULL) != (c->handlers == NULL) ||
	    (h != NULL && strcmp(h, c->handlers) != 0)) {
		free(c->handlers);
		c->handlers = h;
		corelink_stop(c->lb);
		tasks_clear(c);
		if (h != NULL) {
			log_info("core: the configured collectors changed: "
			    "reconnecting the tasks websocket");
			corelink_start(c->lb);
		} else
			log_info("core: no collector configured any more: "
			    "closing the tasks websocket");
	} else
		free(h);
	if (sub_timeout(c) != c->reg_timeout && corelink_is_open(c->la)) {
		c->reg_timeout = sub_timeout(c);
		for (i = 0; i < 2; i++) {
			if (c->upd[i] != NULL)
				http_cancel(c->upd[i]);
			c->upd[i] = register_one(c, action_events[i],
			    i == 0 ? reregistered0 : reregistered1);
		}
	}
}

/*
 * core: see core.h. The session object, its public API, the one-line-per-
 * outage logging and the three websockets' set-up; the start-up phases are
 * in core_boot.c, websocket A in core_actions.c, B in core_tasks.c, C in
 * core_events.c (shared through core_int.h).
 */
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
#include "supervisor/core_int.h"
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

#define DRAIN_MS		500	/* close handshakes at the end */

/* Percent-escape a path segment. */
char *
core_escape(const char *s)
{
	struct buf b = BUF_INIT;

	buf_pct(&b, s, strlen(s), "-._~");
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

const char *
core_auth_hint(struct core *c, long status)
{
	if (status != 401 && status != 403)
		return "";
	if (c->opts->psk == NULL || *c->opts->psk == '\0')
		return " (the core requires a PSK: set --psk)";
	return status == 401 ? " (the core refused our token: wrong --psk?)" :
	    " (the core refused our token)";
}

/* What kind of trouble an HTTP status and/or error text is. */
int
core_trouble_class(long status, const char *text)
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
void
core_trouble(struct core *c, int cls, const char *fmt, ...)
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

void
core_maybe_restored(struct core *c)
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

/* A frame of websocket `ws` as JSON, or NULL (logged: the frame is ignored). */
json_object *
core_ws_json(const char *text, size_t len, const char *ws)
{
	json_object *o;
	char err[512];

	if ((o = msg_parse(text, len, err, sizeof(err))) == NULL)
		log_warnx("core: ignoring a frame on the %s websocket: %s", ws,
		    err);
	return o;
}

/* --- all three ----------------------------------------------------------- */

void
core_link_closed(struct corelink *l, int was_open, int code, const char *reason,
    void *arg)
{
	struct core *c = arg;
	long status;

	if (l == c->lb)
		core_tasks_clear(c);
	if (l == c->la && c->reg != NULL) {
		http_cancel(c->reg);
		c->reg = NULL;
	}
	if (was_open) {
		core_trouble(c, TR_NET, "core: %s websocket closed (%d%s%s)",
		    corelink_name(l), code, *reason ? " " : "", reason);
		return;
	}
	status = ws_status(code, reason);
	if (status == 429 && l == c->la && ++c->a_refused == A_CONFLICT) {
		/* not our own old connection: another worker holds the id */
		log_warnx("core: the actions websocket is refused again and "
		    "again (%s): another worker is connected with "
		    "subscriber id %s-collector. Is a second worker running "
		    "with --subscriber-id %s? This one takes no actions and no "
		    "tag tasks while that connection lasts, and keeps trying",
		    reason, c->opts->subscriber_id, c->opts->subscriber_id);
		c->a_conflict = 1;
		if (corelink_is_started(c->lb))
			corelink_stop(c->lb);
	} else if (status == 429)	/* the core still knows the old one */
		log_debug("core: %s websocket: %s; retrying", corelink_name(l),
		    reason);
	else
		core_trouble(c, core_trouble_class(status, reason),
		    "core: %s websocket: %s%s", corelink_name(l),
		    *reason ? reason : "connect failed",
		    core_auth_hint(c, status));
}

struct corelink *
core_link(struct core *c, const char *name, const char *path,
    const struct corelink_cbs *cbs, void *arg)
{
	struct corelink_params p;
	struct corelink *l;

	memset(&p, 0, sizeof(p));
	p.name = name;
	p.url = ws_url(c, path);
	p.ssl = c->ssl;
	p.jwt = c->jwt;
	p.max_message = 0;	/* the websocket default: 16 MiB, as documented */
	l = corelink_new(c->base, &p, cbs, arg);
	free((char *)p.url);
	return l;
}

static struct corelink *
link_new(struct core *c, const char *name, const char *path,
    const struct corelink_cbs *cbs)
{
	return core_link(c, name, path, cbs, c);
}

char *
core_sid(struct core *c, const char *suffix)
{
	struct buf b = BUF_INIT;
	char *s;

	buf_printf(&b, "%s%s", c->opts->subscriber_id, suffix);
	s = core_escape(buf_str(&b));
	buf_free(&b);
	return s;
}

void
core_run_phase(struct core *c)
{
	struct buf path = BUF_INIT;

	c->phase = PH_RUN;
	buf_printf(&path, "/subscriber/%s/handle", c->asid);
	c->la = link_new(c, "actions", buf_str(&path), &core_a_cbs);
	c->lb = link_new(c, "tasks", "/work/queue", &core_b_cbs);
	c->lc = link_new(c, "events", "/events?show=config-updated",
	    &core_c_cbs);
	buf_free(&path);
	free(c->handlers);
	if ((c->handlers = core_handler_list(c)) == NULL)
		log_info("core: no collector configured: not offering tag "
		    "tasks (/work/queue stays closed)");
	corelink_start(c->lc);
	/* B opens once A is accepted (a_opened): a second worker started
	 * with the same subscriber id must not take tag tasks either */
	corelink_start(c->la);
	if (c->cbs.on_run != NULL)
		c->cbs.on_run(c, c->arg);
}

/* --- public -------------------------------------------------------------- */

struct core *
core_new(struct event_base *base, const struct options *opts,
    const struct config *cfg, const struct core_cbs *cbs, void *arg)
{
	struct backoff bo = BACKOFF_INIT;
	/* readiness and the CA download verify nothing, but a core (or a
	 * proxy) that requires a client certificate asks on every connection */
	struct tls_opts boot = { NULL, NULL, 0, opts->cert, opts->cert_key,
	    opts->cert_key_pass };
	struct core *c;
	struct buf b = BUF_INIT;

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
	c->sid = core_escape(opts->subscriber_id);
	buf_printf(&b, "%s-collector", opts->subscriber_id);
	c->asid = core_escape(buf_str(&b));
	buf_free(&b);

	c->sections = worker_config_sections(collector_config_sections());

	c->jwt = jwt_key_new(opts->psk);
	c->boot = http_new(base, &boot, NULL);
	if ((c->timer = evtimer_new(base, core_timer_fired, c)) == NULL)
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
	core_ready_poll(c);
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
	core_tasks_clear(c);
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

void
core_set_config(struct core *c, const struct config *cfg)
{
	c->cfg = cfg;
	if (c->phase != PH_RUN)
		return;
	core_tasks_reconfigure(c);
	core_reregister(c);
}

void
core_state(const struct core *c, struct core_state *st)
{
	static const char *const phases[] = { "starting",
	    "waiting for the core", "TLS bootstrap",
	    "loading the configuration", "running" };
	const struct corelink *l[CORE_LINKS] = { c->la, c->lb, c->lc };
	static const char *const names[CORE_LINKS] = { "actions", "tasks",
	    "events" };
	int i;

	memset(st, 0, sizeof(*st));
	st->phase = phases[c->phase];
	st->running = c->phase == PH_RUN;
	st->reachable = c->phase > PH_READY && !(c->trouble & TR_NET);
	for (i = 0; i < CORE_LINKS; i++) {
		st->link[i].name = names[i];
		st->link[i].used = i != 1 || c->handlers != NULL ||
		    c->phase != PH_RUN;
		st->link[i].open = l[i] != NULL && corelink_is_open(l[i]);
		st->link[i].opens = l[i] != NULL ? corelink_opens(l[i]) : 0;
	}
}

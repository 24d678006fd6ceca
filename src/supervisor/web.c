/* web: see web.h. */
#include "supervisor/web.h"

#include "collector/collector.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/tls.h"
#include "supervisor/children.h"
#include "supervisor/collect.h"
#include "supervisor/core.h"
#include "supervisor/metrics.h"
#include "supervisor/options.h"
#include "supervisor/tag.h"
#include "supervisor/webcert.h"

#include <sys/socket.h>
#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <event2/event.h>
#include <event2/event_struct.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>
#include <json-c/json.h>

#define MAX_HEADERS	8192	/* request line and headers */
#define MAX_BODY	1024	/* GET has none */
#define IDLE_S		10	/* evhttp's read/write timeout */
#define SWEEP_MS	250	/* look for closed connections while full */

/* A connection evhttp serves. evhttp 2.1 tells nothing about a connection
 * until its first request arrives (then its close callback does), so a
 * slot knows its socket by descriptor and inode: that is how a connection
 * that never sends a whole request is found and shut down at its
 * deadline even if its descriptor number was reused meanwhile. */
struct conn {
	struct web		*web;
	struct bufferevent	*bev;	/* until init_cb: evhttp's */
	struct evhttp_connection *evc;	/* once it sent a request */
	evutil_socket_t		 fd;
	dev_t			 dev;
	ino_t			 ino;
	struct event		 init;
	struct event		 deadline;
	int			 used;
};

struct web {
	struct event_base	*base;
	struct core		*core;
	char			*host;
	int			 port;
	char			*prefix;	/* web_path, no trailing '/' */
	SSL_CTX			*ssl;		/* https: NULL until signed */
	struct webcert		*wc;
	struct evhttp		*http;
	struct evhttp_bound_socket *bound;
	struct event		*rebind;
	int			 bind_failed;	/* logged once until it works */
	struct conn		 conns[WEB_MAX_CONN];
	int			 nconn;
	int			 paused;
	struct event		*sweep;		/* while paused */
	int			 accept_failing; /* logged */
};

static void	listen_now(struct web *);
static int	conn_alive(const struct conn *);
static void	conn_release(struct conn *);

/* ---- connections -------------------------------------------------------- */

static void
pause_listener(struct web *w, int pause)
{
	struct timeval tv = { 0, SWEEP_MS * 1000 };
	struct evconnlistener *l;

	if (w->bound == NULL || w->paused == pause)
		return;
	l = evhttp_bound_socket_get_listener(w->bound);
	if (pause) {
		evconnlistener_disable(l);
		evtimer_add(w->sweep, &tv);
	} else {
		evconnlistener_enable(l);
		evtimer_del(w->sweep);
	}
	w->paused = pause;
}

/* While every slot is taken: a connection that closed before sending a
 * request (evhttp does not say so) frees its slot now, not at its
 * deadline. */
static void
sweep_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct web *w = arg;
	struct timeval tv = { 0, SWEEP_MS * 1000 };
	int i;

	for (i = 0; i < WEB_MAX_CONN; i++)
		if (w->conns[i].used && w->conns[i].evc == NULL &&
		    w->conns[i].fd >= 0 && !conn_alive(&w->conns[i]))
			conn_release(&w->conns[i]);
	if (w->nconn < WEB_MAX_CONN)
		pause_listener(w, 0);	/* after accept_error */
	else
		evtimer_add(w->sweep, &tv);
}

/* The web whose listener is open: the listener's error callback gets
 * evhttp's argument, not ours (one web per process). */
static struct web *listening;

/* accept(2) failed (out of descriptors, say): pause instead of spinning
 * on a listener that stays readable; the sweep resumes it */
static void
accept_error(struct evconnlistener *l, void *arg)
{
	struct web *w = listening;

	if (w == NULL)
		return;

	if (!w->accept_failing)
		log_warn("web: cannot accept a connection; pausing");
	w->accept_failing = 1;
	pause_listener(w, 1);
}

static void
conn_release(struct conn *c)
{
	struct web *w = c->web;

	evtimer_del(&c->deadline);
	event_del(&c->init);
	c->used = 0;
	c->evc = NULL;
	c->bev = NULL;
	c->fd = -1;
	w->nconn--;
	pause_listener(w, 0);
}

/* evhttp frees a connection that sent a request */
static void
conn_closed(struct evhttp_connection *evc, void *arg)
{
	conn_release(arg);
}

static void
deadline_set(struct conn *c)
{
	struct timeval tv = { WEB_DEADLINE_S, 0 };

	evtimer_add(&c->deadline, &tv);
}

/* the socket is still this connection's (not closed, not reused) */
static int
conn_alive(const struct conn *c)
{
	struct stat st;

	return c->fd >= 0 && fstat(c->fd, &st) == 0 && st.st_dev == c->dev &&
	    st.st_ino == c->ino;
}

/* too slow (no whole request within the deadline): shut its socket down,
 * evhttp sees the end and frees the connection */
static void
deadline_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct conn *c = arg;

	if (conn_alive(c)) {
		log_debug("web: dropping a connection that sent no whole "
		    "request within %d s", WEB_DEADLINE_S);
		shutdown(c->fd, SHUT_RDWR);
	}
	if (c->evc == NULL)
		conn_release(c);	/* else its close callback follows */
}

/* after evhttp has given the new bufferevent its socket */
static void
init_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct conn *c = arg;
	struct stat st;

	c->fd = bufferevent_getfd(c->bev);
	c->bev = NULL;
	if (c->fd >= 0 && fstat(c->fd, &st) == 0) {
		c->dev = st.st_dev;
		c->ino = st.st_ino;
	} else
		c->fd = -1;
	deadline_set(c);
}

/* evhttp asks for the bufferevent of each accepted connection: a plain or
 * a TLS one */
static struct bufferevent *
conn_new(struct event_base *base, void *arg)
{
	struct web *w = arg;
	struct bufferevent *bev;
	struct conn *c = NULL;
	SSL *ssl;
	int i;

	for (i = 0; i < WEB_MAX_CONN && c == NULL; i++)
		if (!w->conns[i].used)
			c = &w->conns[i];
	if (c == NULL)
		fatalx("web: more than %d connections", WEB_MAX_CONN);
	if (w->ssl != NULL) {
		if ((ssl = SSL_new(w->ssl)) == NULL)
			fatalx("web: SSL_new failed");
		bev = bufferevent_openssl_socket_new(base, -1, ssl,
		    BUFFEREVENT_SSL_ACCEPTING, BEV_OPT_CLOSE_ON_FREE);
	} else
		bev = bufferevent_socket_new(base, -1, BEV_OPT_CLOSE_ON_FREE);
	if (bev == NULL)
		fatalx("web: cannot make a bufferevent");
	w->accept_failing = 0;
	c->web = w;
	c->used = 1;
	c->bev = bev;
	c->evc = NULL;
	evtimer_assign(&c->deadline, base, deadline_cb, c);
	event_assign(&c->init, base, -1, 0, init_cb, c);
	event_active(&c->init, EV_TIMEOUT, 1);	/* later in this loop pass */
	if (++w->nconn == WEB_MAX_CONN)
		pause_listener(w, 1);
	return bev;
}

/* the slot of a connection that sent a request; its close is watched */
static struct conn *
conn_of(struct web *w, struct evhttp_request *req)
{
	struct evhttp_connection *evc = evhttp_request_get_connection(req);
	evutil_socket_t fd;
	int i;

	if (evc == NULL)
		return NULL;
	fd = bufferevent_getfd(evhttp_connection_get_bufferevent(evc));
	for (i = 0; i < WEB_MAX_CONN; i++)
		if (w->conns[i].used && (w->conns[i].evc == evc ||
		    (w->conns[i].evc == NULL && w->conns[i].fd == fd))) {
			if (w->conns[i].evc == NULL) {
				w->conns[i].evc = evc;
				evhttp_connection_set_closecb(evc, conn_closed,
				    &w->conns[i]);
			}
			return &w->conns[i];
		}
	return NULL;
}

/* ---- the endpoints ------------------------------------------------------ */

static void
reply(struct evhttp_request *req, int code, const char *reason,
    const char *type, const char *body, size_t len)
{
	struct evbuffer *out = evbuffer_new();

	if (out == NULL)
		fatalx("web: evbuffer_new failed");
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Content-Type", type);
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Cache-Control", "no-store");
	evbuffer_add(out, body, len);
	evhttp_send_reply(req, code, reason, out);
	evbuffer_free(out);
}

static void
reply_json(struct evhttp_request *req, int code, const char *reason,
    json_object *o)
{
	size_t len;
	const char *s = json_object_to_json_string_length(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &len);
	struct buf b = BUF_INIT;

	buf_add(&b, s, len);
	buf_putc(&b, '\n');
	reply(req, code, reason, "application/json", b.data, b.len);
	buf_free(&b);
}

static void
add_str(json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, json_object_new_string(v));
}

/* one condition: add it, and its name to failing when it is not met */
static void
condition(json_object *o, json_object *failing, const char *k, int ok,
    const char *why)
{
	json_object_object_add(o, k, json_object_new_boolean(ok));
	if (!ok)
		json_object_array_add(failing, json_object_new_string(why));
}

/* the outcome of the last run of a kind, or null */
static void
last_run(json_object *o, const char *key, const struct metrics_run *r)
{
	json_object *l = NULL;

	if (r->some) {
		l = json_object_new_object();
		add_str(l, "task", r->task);
		add_str(l, "result", r->result);
		json_object_object_add(l, "finished_at",
		    json_object_new_int64((int64_t)r->finished));
		json_object_object_add(l, "duration_seconds",
		    json_object_new_double(r->secs));
	}
	json_object_object_add(o, key, l);
}

static void
health(struct web *w, struct evhttp_request *req)
{
	json_object *o = json_object_new_object(), *core, *ws, *failing;
	struct core_state st;
	char why[128];
	int i;

	core_state(w->core, &st);
	failing = json_object_new_array();
	core = json_object_new_object();
	add_str(core, "state", st.phase);
	condition(core, failing, "reachable", st.reachable,
	    "core: not reachable");
	if (st.reachable && !st.running) {
		snprintf(why, sizeof(why), "core: %s", st.phase);
		json_object_array_add(failing, json_object_new_string(why));
	}
	json_object_object_add(o, "core", core);
	ws = json_object_new_object();
	for (i = 0; i < CORE_LINKS; i++) {
		if (!st.link[i].used) {
			add_str(ws, st.link[i].name, "not used");
			continue;
		}
		add_str(ws, st.link[i].name, st.link[i].open ? "connected" :
		    "not connected");
		if (!st.link[i].open) {
			snprintf(why, sizeof(why), "%s websocket: not "
			    "connected", st.link[i].name);
			json_object_array_add(failing,
			    json_object_new_string(why));
		}
	}
	json_object_object_add(o, "websockets", ws);
	last_run(o, "last_collect", metrics_last_collect());
	last_run(o, "last_cleanup", metrics_last_cleanup());
	json_object_object_add(o, "healthy", json_object_new_boolean(
	    json_object_array_length(failing) == 0));
	if (json_object_array_length(failing) == 0) {
		json_object_put(failing);
		reply_json(req, 200, "OK", o);
	} else {
		json_object_object_add(o, "failing", failing);
		reply_json(req, 503, "Service Unavailable", o);
	}
	json_object_put(o);
}

static void
metrics(struct web *w, struct evhttp_request *req)
{
	struct metrics_gauges g;
	struct core_state st;
	struct buf b = BUF_INIT;

	core_state(w->core, &st);
	g.children_running = children_running();
	g.children_queued = children_queued();
	g.collects = collect_running();
	g.tags = tag_running();
	g.core = &st;
	metrics_write(&b, &g);
	reply(req, 200, "OK", "text/plain; version=0.0.4; charset=utf-8",
	    b.data, b.len);
	buf_free(&b);
}

/* the reference: active = compiled-in collectors named in
 * resotoworker.collector, in the order of the compiled-in list */
static void
info(struct web *w, struct evhttp_request *req)
{
	json_object *o = json_object_new_object(), *act, *all, *names;
	size_t i, k;

	names = config_get(core_config(w->core), "resotoworker.collector");
	act = json_object_new_array();
	all = json_object_new_array();
	for (k = 0; collectors[k] != NULL; k++) {
		json_object_array_add(all,
		    json_object_new_string(collectors[k]->name));
		for (i = 0; names != NULL &&
		    i < json_object_array_length(names); i++)
			if (strcmp(json_object_get_string(
			    json_object_array_get_idx(names, i)),
			    collectors[k]->name) == 0) {
				json_object_array_add(act,
				    json_object_new_string(
				    collectors[k]->name));
				break;
			}
	}
	json_object_object_add(o, "active_collectors", act);
	json_object_object_add(o, "all_collectors", all);
	reply_json(req, 200, "OK", o);
	json_object_put(o);
}

static const char index_text[] =
    "resotoworker: health (/health), Prometheus metrics (/metrics), "
    "collectors (/info)\n";

/* the path under the prefix; any other path as it is (the endpoints
 * answer under / too, as the reference mounts them) */
static const char *
endpoint(const struct web *w, const char *path)
{
	size_t n = strlen(w->prefix);

	if (n > 0 && strncmp(path, w->prefix, n) == 0 &&
	    (path[n] == '/' || path[n] == '\0'))
		return path[n] == '\0' ? "/" : path + n;
	return path;
}

static void
on_request(struct evhttp_request *req, void *arg)
{
	struct web *w = arg;
	const struct evhttp_uri *u = evhttp_request_get_evhttp_uri(req);
	const char *path = u != NULL ? evhttp_uri_get_path(u) : NULL;
	struct conn *c = conn_of(w, req);
	const char *e;
	char *dec;

	if (path == NULL || *path == '\0')
		path = "/";
	dec = evhttp_uridecode(path, 0, NULL);
	e = dec != NULL ? endpoint(w, dec) : NULL;
	if (e == NULL)
		reply(req, 400, "Bad Request", "text/plain", "bad path\n", 9);
	else if (strcmp(e, "/health") == 0)
		health(w, req);
	else if (strcmp(e, "/metrics") == 0)
		metrics(w, req);
	else if (strcmp(e, "/info") == 0)
		info(w, req);
	else if (strcmp(e, "/") == 0)
		reply(req, 200, "OK", "text/plain", index_text,
		    sizeof(index_text) - 1);
	else
		reply(req, 404, "Not Found", "text/plain", "not found\n", 10);
	free(dec);
	if (c != NULL)
		deadline_set(c);	/* for the next request on it */
}

/* ---- listening ---------------------------------------------------------- */

static void
rebind_cb(evutil_socket_t fd, short ev, void *arg)
{
	listen_now(arg);
}

static int
wildcard(const char *host)
{
	return *host == '\0' || strcmp(host, "::") == 0 ||
	    strcmp(host, "0.0.0.0") == 0;
}

static void
listen_now(struct web *w)
{
	struct timeval tv = { WEB_REBIND_S, 0 };
	const char *host = *w->host ? w->host : "::";
	int err;

	w->bound = evhttp_bind_socket_with_handle(w->http, host,
	    (ev_uint16_t)w->port);
	if (w->bound == NULL && strcmp(host, "::") == 0 &&
	    (errno == EAFNOSUPPORT || errno == EADDRNOTAVAIL)) {
		host = "0.0.0.0";	/* no IPv6 here: every IPv4 address */
		w->bound = evhttp_bind_socket_with_handle(w->http, host,
		    (ev_uint16_t)w->port);
	}
	if (w->bound == NULL) {
		err = errno;
		if (!w->bind_failed)
			log_errorx("web: cannot listen on %s port %d: %s; "
			    "trying again every %d s", host, w->port,
			    strerror(err), WEB_REBIND_S);
		else
			log_debug("web: cannot listen on %s port %d: %s", host,
			    w->port, strerror(err));
		w->bind_failed = 1;
		evtimer_add(w->rebind, &tv);
		return;
	}
	w->bind_failed = 0;
	listening = w;
	evconnlistener_set_error_cb(evhttp_bound_socket_get_listener(w->bound),
	    accept_error);
	log_info("web: serving %s on %s port %d%s%s (/health, /metrics, "
	    "/info)", w->ssl ? "https" : "http", wildcard(host) ?
	    "every address" : host, w->port, *w->prefix ? " under " : "",
	    w->prefix);
}

/* a server certificate (new or renewed) from webcert */
static void
on_cert(SSL_CTX *ctx, void *arg)
{
	struct web *w = arg;
	int first = w->ssl == NULL;

	if (w->ssl != NULL)
		SSL_CTX_free(w->ssl);	/* connections keep their own ref */
	w->ssl = ctx;
	if (first)
		listen_now(w);
}

struct web *
web_new(struct event_base *base, const struct options *opts,
    const struct config *cfg, struct core *core)
{
	struct web *w = xcalloc(1, sizeof(*w));
	struct tls_opts to;
	struct buf b = BUF_INIT;
	char err[512];
	int tls;

	w->base = base;
	w->core = core;
	w->host = xstrdup(config_str(cfg, "resotoworker.web_host"));
	w->port = (int)config_int(cfg, "resotoworker.web_port");
	buf_puts(&b, config_str(cfg, "resotoworker.web_path"));
	while (b.len > 0 && b.data[b.len - 1] == '/')
		b.data[--b.len] = '\0';
	w->prefix = xstrdup(buf_str(&b));
	buf_free(&b);
	tls = strncasecmp(opts->core_uri, "https://", 8) == 0 &&
	    !config_bool(cfg, "resotoworker.no_tls");
	if ((w->http = evhttp_new(base)) == NULL ||
	    (w->rebind = evtimer_new(base, rebind_cb, w)) == NULL ||
	    (w->sweep = evtimer_new(base, sweep_cb, w)) == NULL)
		fatalx("web: cannot set up the HTTP server");
	evhttp_set_allowed_methods(w->http, EVHTTP_REQ_GET | EVHTTP_REQ_HEAD);
	evhttp_set_max_headers_size(w->http, MAX_HEADERS);
	evhttp_set_max_body_size(w->http, MAX_BODY);
	evhttp_set_timeout(w->http, IDLE_S);
	evhttp_set_bevcb(w->http, conn_new, w);
	evhttp_set_gencb(w->http, on_request, w);
	if (!tls) {
		listen_now(w);
		return w;
	}
	if (opts->cert != NULL && opts->cert_key != NULL) {
		memset(&to, 0, sizeof(to));
		to.cert = opts->cert;
		to.key = opts->cert_key;
		to.key_pass = opts->cert_key_pass;
		if ((w->ssl = tls_server_ctx(&to, NULL, NULL, err,
		    sizeof(err))) == NULL)
			log_errorx("web: not serving: %s", err);
		else
			listen_now(w);
		return w;
	}
	w->wc = webcert_new(base, core, opts->subscriber_id, w->host, on_cert,
	    w);
	/* (no "certificate" in this line: core_tls.py looks for the one
	 * line that names a certificate problem) */
	log_info("web: the core is https: serving https once its CA has "
	    "signed our key");
	return w;
}

void
web_core_ready(struct web *w)
{
	if (w != NULL && w->wc != NULL)
		webcert_start(w->wc);
}

void
web_free(struct web *w)
{
	int i;

	if (w == NULL)
		return;
	webcert_free(w->wc);
	w->bound = NULL;	/* evhttp_free frees it first */
	if (listening == w)
		listening = NULL;
	evhttp_free(w->http);	/* frees the connections (conn_closed) */
	for (i = 0; i < WEB_MAX_CONN; i++)
		if (w->conns[i].used) {
			evtimer_del(&w->conns[i].deadline);
			event_del(&w->conns[i].init);
		}
	event_free(w->rebind);
	event_free(w->sweep);
	if (w->ssl != NULL)
		SSL_CTX_free(w->ssl);
	free(w->host);
	free(w->prefix);
	free(w);
}

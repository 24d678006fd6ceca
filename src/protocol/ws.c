/* ws: see ws.h. */
#include "protocol/ws.h"
#include "protocol/tls.h"
#include "protocol/url.h"
#include "protocol/ws_diag.h"
#include "protocol/ws_hs.h"
#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/util.h>
#include <openssl/err.h>
#include <wslay/wslay.h>
#include <unistd.h>

#define WS_LINGER_S	5	/* to flush our last frames after the end */
/* after a message this large (or one refused as too big) the buffers go
 * back to the system: one big message must not raise the memory for good */
#define WS_BIG_MESSAGE	(1024 * 1024)

enum ws_state {
	WS_START,	/* ws_connect() scheduled the start */
	WS_RESOLVING,	/* evdns at work */
	WS_CONNECTING,	/* TCP connect (and TLS handshake) */
	WS_UPGRADING,	/* upgrade request sent, waiting for the 101 */
	WS_OPEN,
	WS_CLOSING,	/* ws_close(): our close frame sent, waiting for theirs */
	WS_DEAD,	/* over; freed as soon as no callback of ours runs */
};

/* The argument of the evdns callback: outlives the ws when it is freed
 * while resolving (ws is then NULL). */
struct ws_dns {
	struct ws	*ws;
};

struct ws {
	struct event_base	*base;
	struct ws_cbs		 cbs;
	void			*arg;
	enum ws_state		 state;
	int			 detached;	/* no more user callbacks */
	int			 busy;		/* our callbacks on the stack */
	int			 in_recv;	/* inside wslay_event_recv() */
	int			 mem;		/* ws_mem_new(): no socket */
	int			 ping_out;	/* a ping waits for its pong */
	int			 big;		/* a big message went through */
	char			*url;
	struct url		 u;
	char			*auth;
	SSL_CTX			*sslctx;
	uint64_t		 max_message;
	int			 ping_s, pong_s;
	struct evdns_base	*dns;
	struct ws_dns		*dnst;
	struct evdns_getaddrinfo_request *dnsreq;
	int			 dns_err;
	struct evutil_addrinfo	*ai, *next;
	char			 lasterr[300];
	struct bufferevent	*bev;
	struct evbuffer		*in, *out;
	struct event		*step_ev, *tmo_ev, *ping_ev, *pong_ev;
	wslay_event_context_ptr	 wctx;
	char			 key[WS_HS_KEY_LEN + 1];
	struct buf		 msg;
	struct ws_diag		 diag;
	int			 rcode;		/* the server's close frame */
	char			 rreason[124];
};

static void	ws_destroy(struct ws *);
static void	ws_recv(struct ws *);

/* Leave one of our callbacks; free the ws if it ended meanwhile. */
static void
ws_unbusy(struct ws *ws)
{
	if (--ws->busy == 0 && ws->state == WS_DEAD)
		ws_destroy(ws);
}

/* The end: one on_close (unless detached), then the ws is freed. */
static void
ws_finish(struct ws *ws, int code, const char *reason)
{
	if (ws->state == WS_DEAD)
		return;
	ws->state = WS_DEAD;
	event_del(ws->tmo_ev);
	event_del(ws->ping_ev);
	event_del(ws->pong_ev);
	if (!ws->detached) {
		ws->detached = 1;
		if (ws->cbs.on_close != NULL)
			ws->cbs.on_close(ws, code, reason, ws->arg);
	}
	if (ws->busy == 0)
		ws_destroy(ws);
}

/* A failure: log it (naming the url) and end with code. */
static void __attribute__((format(printf, 3, 4)))
ws_fail(struct ws *ws, int code, const char *fmt, ...)
{
	char reason[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	if (!ws->detached)
		log_warnx("websocket %s: %s", ws->url, reason);
	else
		log_debug("websocket %s: %s", ws->url, reason);
	ws_finish(ws, code, reason);
}

/* Let wslay write what it queued into the output buffer. */
static void
ws_flush(struct ws *ws)
{
	if (ws->wctx != NULL && !ws->in_recv)
		wslay_event_send(ws->wctx);
}

/* wslay callbacks */

static ssize_t
wsl_recv(wslay_event_context_ptr ctx, uint8_t *p, size_t len, int flags,
    void *arg)
{
	struct ws *ws = arg;
	int n;

	n = evbuffer_remove(ws->in, p, len);
	if (n <= 0) {
		wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK);
		return -1;
	}
	if (ws->diag.why[0] == '\0') {
		ws_diag_feed(&ws->diag, p, (size_t)n);
		if (ws->diag.why[0] != '\0')	/* wslay will refuse it */
			wslay_event_queue_close(ctx, (uint16_t)ws->diag.code,
			    NULL, 0);
	}
	return n;
}

static ssize_t
wsl_send(wslay_event_context_ptr ctx, const uint8_t *p, size_t len,
    int flags, void *arg)
{
	struct ws *ws = arg;

	if (evbuffer_add(ws->out, p, len) != 0) {
		wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE);
		return -1;
	}
	return (ssize_t)len;
}

static int
wsl_genmask(wslay_event_context_ptr ctx, uint8_t *p, size_t len, void *arg)
{
	/* the kernel's generator: OpenSSL's DRBG would cost ~0.3 MiB to
	 * set up for 4 bytes a frame */
	return getentropy(p, len) == 0 ? 0 : -1;
}

static void
wsl_msg(wslay_event_context_ptr ctx,
    const struct wslay_event_on_msg_recv_arg *m, void *arg)
{
	struct ws *ws = arg;
	size_t n;

	switch (m->opcode) {
	case WSLAY_TEXT_FRAME:
		if (ws->detached || ws->state != WS_OPEN)
			break;
		buf_reset(&ws->msg);
		buf_add(&ws->msg, m->msg, m->msg_length);
		if (ws->cbs.on_text != NULL)
			ws->cbs.on_text(ws, ws->msg.data, m->msg_length, ws->arg);
		if (m->msg_length >= WS_BIG_MESSAGE) {
			buf_free(&ws->msg);
			ws->big = 1;
		}
		break;
	case WSLAY_BINARY_FRAME:
		if (ws->detached || ws->state != WS_OPEN)
			break;
		if (ws->cbs.on_binary != NULL)
			ws->cbs.on_binary(ws, m->msg ? (const void *)m->msg :
			    (const void *)"", m->msg_length, ws->arg);
		else
			log_debug("websocket %s: dropping a binary message of "
			    "%zu bytes", ws->url, m->msg_length);
		break;
	case WSLAY_PONG:
		ws->ping_out = 0;
		event_del(ws->pong_ev);
		break;
	case WSLAY_CONNECTION_CLOSE:
		ws->rcode = m->status_code ? m->status_code : 1005;
		n = m->msg_length > 2 ? m->msg_length - 2 : 0;
		if (n >= sizeof(ws->rreason))
			n = sizeof(ws->rreason) - 1;
		if (n > 0)
			memcpy(ws->rreason, m->msg + 2, n);
		ws->rreason[n] = '\0';
		break;
	}
}

static const struct wslay_event_callbacks wsl_cbs = {
	wsl_recv, wsl_send, wsl_genmask, NULL, NULL, NULL, wsl_msg
};

static int
ws_wslay_init(struct ws *ws)
{
	if (wslay_event_context_client_init(&ws->wctx, &wsl_cbs, ws) != 0)
		return -1;
	wslay_event_config_set_max_recv_msg_length(ws->wctx, ws->max_message);
	ws_diag_init(&ws->diag, ws->max_message);
	return 0;
}

/*
 * The memory of a big message back to the system: wslay's frames and
 * whole message, our copy and what the owner parsed from it are free by
 * now, but the allocator keeps free memory in its heap (and, after one big
 * block, keeps blocks up to that size there), so nothing would shrink.
 */
static void
ws_give_back(struct ws *ws)
{
	ws->big = 0;
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

/* Process what the server sent while open (or closing). */
static void
ws_recv(struct ws *ws)
{
	const char *why;
	int r, code;

	ws->in_recv = 1;
	r = wslay_event_recv(ws->wctx);
	ws->in_recv = 0;
	if (ws->big && ws->state != WS_DEAD)
		ws_give_back(ws);
	ws_flush(ws);		/* pongs, our close frame */
	if (ws->state == WS_DEAD)
		return;
	if (wslay_event_get_close_received(ws->wctx)) {
		if (ws->state == WS_CLOSING)
			log_debug("websocket %s: close handshake done (%d)",
			    ws->url, ws->rcode);
		else
			log_info("websocket %s: closed by the server: %d%s%s",
			    ws->url, ws->rcode, ws->rreason[0] ? " " : "",
			    ws->rreason);
		ws_finish(ws, ws->rcode, ws->rreason);
	} else if (r != 0 || !wslay_event_get_read_enabled(ws->wctx)) {
		/* wslay rejected the stream and queued a close frame */
		code = wslay_event_get_close_sent(ws->wctx) ?
		    wslay_event_get_status_code_sent(ws->wctx) : 1002;
		if (code == 1005)	/* sent without a code */
			code = 1002;
		if (code == 1007)
			why = "invalid UTF-8 in a text message or close reason";
		else if (ws->diag.why[0] != '\0')
			why = ws->diag.why;
		else if (r == WSLAY_ERR_NOMEM)
			why = "out of memory";
		else
			why = code == 1009 ? "message too big" : "malformed frame";
		if (code == 1009)	/* given back once the ws is freed */
			ws->big = 1;
		ws_fail(ws, code, "closing with %d: %s", code, why);
	}
}

/* Handshake */

static void
ws_upgrade(struct ws *ws)
{
	struct evbuffer_ptr p;
	char err[256];
	size_t hl;
	int status;
	const char *head;

	p = evbuffer_search(ws->in, "\r\n\r\n", 4, NULL);
	if (p.pos < 0 || (size_t)p.pos + 4 > WS_HS_MAX) {
		if (evbuffer_get_length(ws->in) > WS_HS_MAX || p.pos >= 0)
			ws_fail(ws, 1006, "upgrade response head larger than "
			    "%d bytes", WS_HS_MAX);
		return;
	}
	hl = (size_t)p.pos + 4;
	head = (const char *)evbuffer_pullup(ws->in, (ev_ssize_t)hl);
	if (ws_hs_response(head, hl, ws->key, &status, err, sizeof(err)) == -1) {
		evbuffer_drain(ws->in, hl);
		if (status != 101 && status != 0)
			ws_fail(ws, 1006, "%s (upgrade refused)", err);
		else
			ws_fail(ws, 1006, "bad upgrade response: %s", err);
		return;
	}
	evbuffer_drain(ws->in, hl);
	if (ws_wslay_init(ws) == -1) {
		ws_fail(ws, 1006, "out of memory");
		return;
	}
	ws->state = WS_OPEN;
	event_del(ws->tmo_ev);
	if (ws->ping_s > 0) {
		struct timeval tv = { ws->ping_s, 0 };

		event_add(ws->ping_ev, &tv);
	}
	log_debug("websocket %s: open", ws->url);
	if (!ws->detached && ws->cbs.on_open != NULL)
		ws->cbs.on_open(ws, ws->arg);
	if (ws->state == WS_OPEN && evbuffer_get_length(ws->in) > 0)
		ws_recv(ws);
}

static void
ws_send_upgrade(struct ws *ws)
{
	struct buf req = BUF_INIT;

	ws_hs_key(ws->key);
	ws_hs_request(&req, &ws->u, ws->key, ws->auth);
	bufferevent_write(ws->bev, req.data, req.len);
	buf_free(&req);
	ws->state = WS_UPGRADING;
	evutil_freeaddrinfo(ws->ai);
	ws->ai = ws->next = NULL;
}

/* bufferevent callbacks */

static void
ws_readcb(struct bufferevent *bev, void *arg)
{
	struct ws *ws = arg;

	ws->busy++;
	if (ws->state == WS_UPGRADING)
		ws_upgrade(ws);
	else if (ws->state == WS_OPEN || ws->state == WS_CLOSING)
		ws_recv(ws);
	else
		evbuffer_drain(ws->in, evbuffer_get_length(ws->in));
	ws_unbusy(ws);
}

static void	ws_connect_next(struct ws *);

/* What went wrong on the bufferevent, in words; *tcp is set when it is a
 * plain connect error (worth trying the next address). */
static void
ws_bev_error(struct ws *ws, char *out, size_t outlen, int *tcp)
{
	unsigned long e;
	SSL *ssl;
	long v;
	int n = 0, serr = EVUTIL_SOCKET_ERROR();

	*tcp = 0;
	out[0] = '\0';
	if (ws->u.tls) {
		while ((e = bufferevent_get_openssl_error(ws->bev)) != 0)
			if (n == 0) {
				const char *r = ERR_reason_error_string(e);

				n = snprintf(out, outlen, "%s",
				    r ? r : "unknown TLS error");
			}
		ssl = bufferevent_openssl_get_ssl(ws->bev);
		if (n > 0 && ssl != NULL &&
		    (v = SSL_get_verify_result(ssl)) != X509_V_OK)
			snprintf(out + n, outlen - (size_t)n, " (%s)",
			    X509_verify_cert_error_string(v));
		ERR_clear_error();
	}
	if (n == 0) {
		*tcp = 1;
		snprintf(out, outlen, "%s", serr ?
		    evutil_socket_error_to_string(serr) : "connection failed");
	}
}

static void
ws_eventcb(struct bufferevent *bev, short what, void *arg)
{
	struct ws *ws = arg;
	char why[300];
	int tcp;

	ws->busy++;
	if (what & BEV_EVENT_CONNECTED) {
		if (ws->state == WS_CONNECTING)
			ws_send_upgrade(ws);
		goto out;
	}
	if (!(what & (BEV_EVENT_EOF | BEV_EVENT_ERROR)))
		goto out;
	if (what & BEV_EVENT_ERROR)
		ws_bev_error(ws, why, sizeof(why), &tcp);
	else {
		tcp = 0;
		snprintf(why, sizeof(why), "connection closed by the server");
	}
	switch (ws->state) {
	case WS_CONNECTING:
		if (tcp) {
			snprintf(ws->lasterr, sizeof(ws->lasterr), "%s", why);
			log_debug("websocket %s: connect: %s", ws->url, why);
			bufferevent_free(ws->bev);
			ws->bev = NULL;
			ws_connect_next(ws);
		} else
			ws_fail(ws, 1006, "%s%s: %s", ws->u.tls ?
			    "TLS handshake with " : "connecting to ",
			    ws->u.hostport, why);
		break;
	case WS_UPGRADING:
		ws_fail(ws, 1006, "during the opening handshake: %s", why);
		break;
	case WS_OPEN:
		ws_fail(ws, 1006, "%s%s", why, what & BEV_EVENT_EOF ?
		    " without a close frame" : "");
		break;
	case WS_CLOSING:
		ws_finish(ws, 1006, why);
		break;
	default:
		break;
	}
 out:
	ws_unbusy(ws);
}

/* Connect */

static void
ws_connect_next(struct ws *ws)
{
	struct evutil_addrinfo *ai;
	char err[256];
	SSL *ssl;
	int e;

	while ((ai = ws->next) != NULL) {
		ws->next = ai->ai_next;
		if (ws->u.tls) {
			if ((ssl = SSL_new(ws->sslctx)) == NULL) {
				tls_errors(err, sizeof(err));
				ws_fail(ws, 1006, "TLS: %s", err);
				return;
			}
			if (tls_client_host(ssl, ws->u.host, err,
			    sizeof(err)) == -1) {
				SSL_free(ssl);
				ws_fail(ws, 1006, "%s", err);
				return;
			}
			ws->bev = bufferevent_openssl_socket_new(ws->base, -1,
			    ssl, BUFFEREVENT_SSL_CONNECTING,
			    BEV_OPT_CLOSE_ON_FREE);
			if (ws->bev == NULL)
				SSL_free(ssl);
			else
				bufferevent_openssl_set_allow_dirty_shutdown(
				    ws->bev, 1);
		} else
			ws->bev = bufferevent_socket_new(ws->base, -1,
			    BEV_OPT_CLOSE_ON_FREE);
		if (ws->bev == NULL) {
			ws_fail(ws, 1006, "cannot create a bufferevent");
			return;
		}
		ws->in = bufferevent_get_input(ws->bev);
		ws->out = bufferevent_get_output(ws->bev);
		bufferevent_setcb(ws->bev, ws_readcb, NULL, ws_eventcb, ws);
		if (bufferevent_socket_connect(ws->bev, ai->ai_addr,
		    (int)ai->ai_addrlen) == 0) {
			bufferevent_enable(ws->bev, EV_READ | EV_WRITE);
			ws->state = WS_CONNECTING;
			return;
		}
		e = errno;
		snprintf(ws->lasterr, sizeof(ws->lasterr), "%s", strerror(e));
		log_debug("websocket %s: connect: %s", ws->url, ws->lasterr);
		bufferevent_free(ws->bev);
		ws->bev = NULL;
	}
	ws_fail(ws, 1006, "connecting to %s: %s", ws->u.hostport,
	    ws->lasterr[0] ? ws->lasterr : "no address");
}

static void
ws_dns_cb(int err, struct evutil_addrinfo *ai, void *arg)
{
	struct ws_dns *t = arg;
	struct ws *ws = t->ws;

	free(t);
	if (ws == NULL) {	/* freed while resolving */
		if (ai != NULL)
			evutil_freeaddrinfo(ai);
		return;
	}
	ws->dnst = NULL;
	ws->dnsreq = NULL;
	ws->dns_err = err;
	ws->ai = ws->next = ai;
	/* continue from a clean stack, not from inside evdns */
	event_active(ws->step_ev, EV_TIMEOUT, 0);
}

static void
ws_dns_free(evutil_socket_t fd, short what, void *arg)
{
	evdns_base_free(arg, 0);
}

/* Free the evdns base once the callbacks it may still have scheduled on
 * the event base have run. */
static void
ws_dns_release(struct ws *ws)
{
	if (ws->dns == NULL)
		return;
	if (event_base_once(ws->base, -1, EV_TIMEOUT, ws_dns_free, ws->dns,
	    NULL) == -1)
		evdns_base_free(ws->dns, 0);
	ws->dns = NULL;
}

static void
ws_start(struct ws *ws)
{
	struct evutil_addrinfo hints;
	char err[512], port[8];
	int r;

	if (url_parse(ws->url, &ws->u, err, sizeof(err)) == -1) {
		ws_fail(ws, 1006, "%s", err);
		return;
	}
	if (ws->auth != NULL && ws->auth[strcspn(ws->auth, "\r\n")] != '\0') {
		ws_fail(ws, 1006, "the Authorization value contains a line "
		    "break");
		return;
	}
	if (ws->u.tls && ws->sslctx == NULL &&
	    (ws->sslctx = tls_client_ctx(NULL, err, sizeof(err))) == NULL) {
		ws_fail(ws, 1006, "%s", err);
		return;
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_protocol = IPPROTO_TCP;
	hints.ai_flags = EVUTIL_AI_NUMERICHOST | EVUTIL_AI_NUMERICSERV;
	snprintf(port, sizeof(port), "%d", ws->u.port);
	r = evutil_getaddrinfo(ws->u.host, port, &hints, &ws->ai);
	if (r == 0) {
		ws->next = ws->ai;
		ws_connect_next(ws);
		return;
	}
	/* a name: resolve without blocking */
	ws->dns = evdns_base_new(ws->base, EVDNS_BASE_INITIALIZE_NAMESERVERS |
	    EVDNS_BASE_DISABLE_WHEN_INACTIVE);
	if (ws->dns == NULL) {
		ws_fail(ws, 1006, "cannot set up the DNS resolver");
		return;
	}
	hints.ai_flags = EVUTIL_AI_NUMERICSERV;
	ws->state = WS_RESOLVING;
	ws->dnst = xcalloc(1, sizeof(*ws->dnst));
	ws->dnst->ws = ws;
	ws->dnsreq = evdns_getaddrinfo(ws->dns, ws->u.host, port, &hints,
	    ws_dns_cb, ws->dnst);
}

static void
ws_step(evutil_socket_t fd, short what, void *arg)
{
	struct ws *ws = arg;

	ws->busy++;
	if (ws->state == WS_START)
		ws_start(ws);
	else if (ws->state == WS_RESOLVING && ws->dnst == NULL) {
		ws_dns_release(ws);
		if (ws->dns_err != 0)
			ws_fail(ws, 1006, "resolving %s: %s", ws->u.host,
			    evutil_gai_strerror(ws->dns_err));
		else
			ws_connect_next(ws);
	}
	ws_unbusy(ws);
}

/* Timers */

static void
ws_tmo(evutil_socket_t fd, short what, void *arg)
{
	struct ws *ws = arg;

	ws->busy++;
	if (ws->state == WS_CLOSING)
		ws_finish(ws, 1006, "no close frame from the server");
	else if (ws->state != WS_OPEN && ws->state != WS_DEAD)
		ws_fail(ws, 1006, "opening handshake not done within %d s",
		    WS_CONNECT_TIMEOUT_S);
	ws_unbusy(ws);
}

static void
ws_ping(evutil_socket_t fd, short what, void *arg)
{
	struct ws *ws = arg;
	struct wslay_event_msg m = { WSLAY_PING, (const uint8_t *)"ping", 4 };
	struct timeval tv = { ws->pong_s, 0 };

	if (ws->state != WS_OPEN || ws->ping_out)
		return;
	ws->busy++;
	if (wslay_event_queue_msg(ws->wctx, &m) == 0) {
		ws->ping_out = 1;
		event_add(ws->pong_ev, &tv);
		ws_flush(ws);
	}
	ws_unbusy(ws);
}

static void
ws_pong_tmo(evutil_socket_t fd, short what, void *arg)
{
	struct ws *ws = arg;

	if (ws->state != WS_OPEN)
		return;
	ws->busy++;
	wslay_event_queue_close(ws->wctx, 1001, (const uint8_t *)"no pong", 7);
	ws_flush(ws);
	ws_fail(ws, 1006, "no pong within %d s, dropping the connection",
	    ws->pong_s);
	ws_unbusy(ws);
}

/* Life */

static struct ws *
ws_new(struct event_base *base, const struct ws_opts *o,
    const struct ws_cbs *cbs, void *arg)
{
	struct ws *ws = xcalloc(1, sizeof(*ws));

	ws->base = base;
	if (cbs != NULL)
		ws->cbs = *cbs;
	ws->arg = arg;
	ws->url = xstrdup(o->url ? o->url : "");
	ws->auth = o->authorization ? xstrdup(o->authorization) : NULL;
	if ((ws->sslctx = o->ssl) != NULL)
		SSL_CTX_up_ref(ws->sslctx);
	ws->max_message = o->max_message ? o->max_message :
	    WS_DEFAULT_MAX_MESSAGE;
	ws->ping_s = o->ping_interval_s ? o->ping_interval_s :
	    WS_DEFAULT_PING_S;
	ws->pong_s = o->pong_timeout_s > 0 ? o->pong_timeout_s :
	    WS_DEFAULT_PONG_S;
	ws->step_ev = event_new(base, -1, 0, ws_step, ws);
	ws->tmo_ev = evtimer_new(base, ws_tmo, ws);
	ws->ping_ev = event_new(base, -1, EV_PERSIST, ws_ping, ws);
	ws->pong_ev = evtimer_new(base, ws_pong_tmo, ws);
	if (ws->step_ev == NULL || ws->tmo_ev == NULL || ws->ping_ev == NULL ||
	    ws->pong_ev == NULL)
		fatalx("websocket: cannot create events");
	return ws;
}

struct ws *
ws_connect(struct event_base *base, const struct ws_opts *o,
    const struct ws_cbs *cbs, void *arg)
{
	struct ws *ws = ws_new(base, o, cbs, arg);
	struct timeval tv = { WS_CONNECT_TIMEOUT_S, 0 };

	ws->state = WS_START;
	event_add(ws->tmo_ev, &tv);
	event_active(ws->step_ev, EV_TIMEOUT, 0);
	return ws;
}

struct ws *
ws_mem_new(struct event_base *base, const struct ws_opts *o,
    const struct ws_cbs *cbs, void *arg)
{
	struct ws *ws = ws_new(base, o, cbs, arg);

	ws->mem = 1;
	ws->in = evbuffer_new();
	ws->out = evbuffer_new();
	if (ws->in == NULL || ws->out == NULL || ws_wslay_init(ws) == -1)
		fatalx("websocket: out of memory");
	ws->state = WS_OPEN;
	return ws;
}

int
ws_mem_feed(struct ws *ws, const void *p, size_t n, struct evbuffer *sent)
{
	int gone;

	ws->busy++;
	evbuffer_add(ws->in, p, n);
	if (ws->state == WS_OPEN || ws->state == WS_CLOSING)
		ws_recv(ws);
	if (sent != NULL)
		evbuffer_add_buffer(sent, ws->out);
	else
		evbuffer_drain(ws->out, evbuffer_get_length(ws->out));
	gone = ws->state == WS_DEAD;
	ws_unbusy(ws);
	return gone ? -1 : 0;
}

/* A connection after its ws: our last frames go out, what comes in is
 * dropped, and it ends on EOF, an error or its deadline. */
struct ws_linger {
	struct bufferevent	*bev;
	struct event		*deadline;
	int			 wait_eof;
};

static void
ws_linger_end(struct ws_linger *l)
{
	bufferevent_free(l->bev);
	event_free(l->deadline);
	free(l);
}

static void
ws_linger_written(struct bufferevent *bev, void *arg)
{
	struct ws_linger *l = arg;

	if (!l->wait_eof)
		ws_linger_end(l);
}

static void
ws_linger_event(struct bufferevent *bev, short what, void *arg)
{
	ws_linger_end(arg);
}

static void
ws_linger_timeout(evutil_socket_t fd, short what, void *arg)
{
	ws_linger_end(arg);
}

static void
ws_linger_read(struct bufferevent *bev, void *arg)
{
	struct evbuffer *in = bufferevent_get_input(bev);

	evbuffer_drain(in, evbuffer_get_length(in));
}

/*
 * Let bev send what it still holds (our close frame), then free it. When we
 * closed without the server's close frame (a refused message, a protocol
 * error), the server may still be sending: closing the socket on unread
 * bytes would reset the connection and lose our close frame (the server
 * would see 1006, not our code), so the connection stays until the server
 * closes it (RFC 6455 7.1.1), dropping what comes in, for at most
 * WS_LINGER_S.
 */
static void
ws_linger(struct bufferevent *bev, int wait_eof)
{
	struct timeval tv = { WS_LINGER_S, 0 };
	struct ws_linger *l;

	if (!wait_eof && evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
		bufferevent_free(bev);
		return;
	}
	l = xcalloc(1, sizeof(*l));
	l->bev = bev;
	l->wait_eof = wait_eof;
	if ((l->deadline = evtimer_new(bufferevent_get_base(bev),
	    ws_linger_timeout, l)) == NULL) {
		bufferevent_free(bev);
		free(l);
		return;
	}
	evtimer_add(l->deadline, &tv);
	bufferevent_setcb(bev, ws_linger_read, ws_linger_written,
	    ws_linger_event, l);
	bufferevent_setwatermark(bev, EV_WRITE, 0, 0);
	bufferevent_set_timeouts(bev, NULL, NULL);
	bufferevent_enable(bev, EV_READ | EV_WRITE);
	evbuffer_drain(bufferevent_get_input(bev),
	    evbuffer_get_length(bufferevent_get_input(bev)));
}

static void
ws_destroy(struct ws *ws)
{
	if (ws->dnst != NULL) {		/* still resolving */
		ws->dnst->ws = NULL;
		if (ws->dnsreq != NULL)
			evdns_getaddrinfo_cancel(ws->dnsreq);
	}
	ws_dns_release(ws);
	if (ws->ai != NULL)
		evutil_freeaddrinfo(ws->ai);
	if (ws->bev != NULL) {
		if (ws->wctx != NULL)
			ws_linger(ws->bev, wslay_event_get_close_sent(ws->wctx) &&
			    !wslay_event_get_close_received(ws->wctx));
		else
			bufferevent_free(ws->bev);
	}
	if (ws->mem) {
		evbuffer_free(ws->in);
		evbuffer_free(ws->out);
	}
	if (ws->wctx != NULL)
		wslay_event_context_free(ws->wctx);
	event_free(ws->step_ev);
	event_free(ws->tmo_ev);
	event_free(ws->ping_ev);
	event_free(ws->pong_ev);
	if (ws->sslctx != NULL)
		SSL_CTX_free(ws->sslctx);
	url_free(&ws->u);
	buf_free(&ws->msg);
	free(ws->url);
	free(ws->auth);
	if (ws->big)		/* wslay's gathered fragments are free now */
		ws_give_back(ws);
	free(ws);
}

static int
ws_send(struct ws *ws, int opcode, const void *p, size_t n)
{
	struct wslay_event_msg m = { (uint8_t)opcode, p, n };

	if (ws == NULL || ws->state != WS_OPEN || ws->detached)
		return -1;
	if (wslay_event_queue_msg(ws->wctx, &m) != 0)
		return -1;
	ws_flush(ws);
	return 0;
}

int
ws_send_text(struct ws *ws, const char *msg, size_t len)
{
	return ws_send(ws, WSLAY_TEXT_FRAME, msg, len);
}

int
ws_send_binary(struct ws *ws, const void *msg, size_t len)
{
	return ws_send(ws, WSLAY_BINARY_FRAME, msg, len);
}

void
ws_close(struct ws *ws, int code, const char *reason)
{
	struct timeval tv = { WS_CLOSE_WAIT_S, 0 };
	size_t n = reason ? strlen(reason) : 0;

	if (ws == NULL || ws->detached || ws->state == WS_DEAD)
		return;
	ws->detached = 1;
	if (code != 0 && !((code >= 1000 && code <= 1003) ||
	    (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999))) {
		log_debug("websocket %s: close code %d cannot be sent, using "
		    "1000", ws->url, code);
		code = 1000;
	}
	if (ws->state != WS_OPEN || ws->mem) {
		if (ws->state == WS_OPEN)
			wslay_event_queue_close(ws->wctx, (uint16_t)code,
			    (const uint8_t *)reason, code ? (n > 123 ? 123 : n) : 0);
		ws_flush(ws);
		ws_finish(ws, code, reason ? reason : "");
		return;
	}
	wslay_event_queue_close(ws->wctx, (uint16_t)code,
	    (const uint8_t *)reason, code ? (n > 123 ? 123 : n) : 0);
	ws_flush(ws);
	ws->state = WS_CLOSING;
	event_del(ws->ping_ev);
	event_del(ws->pong_ev);
	event_add(ws->tmo_ev, &tv);
}

const char *
ws_url(const struct ws *ws)
{
	return ws->url;
}

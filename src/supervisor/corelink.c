/* corelink: see corelink.h. */
#include "supervisor/corelink.h"

#include "common/buf.h"
#include "common/log.h"
#include "protocol/jwt.h"
#include "protocol/ws.h"
#include "supervisor/backoff.h"

#include <event2/event.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PING_INTERVAL_S	20	/* as the reference (10.1) */
#define PONG_TIMEOUT_S	10

enum link_state {
	LINK_STOPPED,	/* not wanted */
	LINK_WAIT,	/* retry timer running */
	LINK_PREPARE,	/* prepare callback running */
	LINK_CONNECT,	/* upgrade in flight */
	LINK_OPEN,
};

struct corelink {
	struct event_base	*base;
	char			*name, *url;
	SSL_CTX			*ssl;
	struct jwt_key		*jwt;
	size_t			 max_message;
	struct corelink_cbs	 cbs;
	void			*arg;
	enum link_state		 state;
	struct ws		*ws;
	struct event		*timer;
	struct backoff		 bo;
	unsigned		 opens;
};

static void	link_attempt(struct corelink *);

static void
timer_fired(evutil_socket_t fd, short ev, void *arg)
{
	struct corelink *l = arg;

	if (l->state == LINK_WAIT)
		link_attempt(l);
}

static void
schedule(struct corelink *l)
{
	struct timeval tv;

	l->state = LINK_WAIT;
	backoff_tv(backoff_next(&l->bo), &tv);
	evtimer_add(l->timer, &tv);
}

static void
ws_opened(struct ws *ws, void *arg)
{
	struct corelink *l = arg;

	l->state = LINK_OPEN;
	l->opens++;
	backoff_reset(&l->bo);
	log_debug("core: %s websocket open (%s)", l->name, l->url);
	if (l->cbs.opened != NULL)
		l->cbs.opened(l, l->arg);
}

static void
ws_text(struct ws *ws, const char *msg, size_t len, void *arg)
{
	struct corelink *l = arg;

	if (l->state == LINK_OPEN && l->cbs.text != NULL)
		l->cbs.text(l, msg, len, l->arg);
}

static void
ws_closed(struct ws *ws, int code, const char *reason, void *arg)
{
	struct corelink *l = arg;
	int was_open = l->state == LINK_OPEN;

	l->ws = NULL;
	if (l->state == LINK_STOPPED)
		return;
	schedule(l);
	if (l->cbs.closed != NULL)
		l->cbs.closed(l, was_open, code, reason ? reason : "", l->arg);
}

static const struct ws_cbs link_ws_cbs = {
	.on_open = ws_opened,
	.on_text = ws_text,
	.on_close = ws_closed,
};

void
corelink_go(struct corelink *l)
{
	struct ws_opts o;
	struct buf auth = BUF_INIT;
	char *tok;

	if (l->state != LINK_PREPARE)
		return;
	memset(&o, 0, sizeof(o));
	o.url = l->url;
	o.ssl = l->ssl;
	o.max_message = l->max_message;
	o.ping_interval_s = PING_INTERVAL_S;
	o.pong_timeout_s = PONG_TIMEOUT_S;
	if (l->jwt != NULL) {
		/* a fresh token per connection: the core checks it only at
		 * the upgrade, so its 300 s lifetime does not matter later */
		tok = jwt_token(l->jwt, time(NULL));
		buf_printf(&auth, "Bearer %s", tok);
		explicit_bzero(tok, strlen(tok));
		free(tok);
		o.authorization = buf_str(&auth);
	}
	l->state = LINK_CONNECT;
	l->ws = ws_connect(l->base, &o, &link_ws_cbs, l);
	if (auth.data != NULL)
		explicit_bzero(auth.data, auth.len);
	buf_free(&auth);
	if (l->ws == NULL && l->state == LINK_CONNECT) {
		schedule(l);
		if (l->cbs.closed != NULL)
			l->cbs.closed(l, 0, 0, "cannot start the connection",
			    l->arg);
	}
}

void
corelink_retry(struct corelink *l)
{
	if (l->state != LINK_PREPARE)
		return;
	schedule(l);
}

static void
link_attempt(struct corelink *l)
{
	l->state = LINK_PREPARE;
	if (l->cbs.prepare != NULL)
		l->cbs.prepare(l, l->arg);
	else
		corelink_go(l);
}

struct corelink *
corelink_new(struct event_base *base, const struct corelink_params *p,
    const struct corelink_cbs *cbs, void *arg)
{
	struct corelink *l;
	struct backoff bo = BACKOFF_INIT;

	l = xcalloc(1, sizeof(*l));
	l->base = base;
	l->name = xstrdup(p->name);
	l->url = xstrdup(p->url);
	l->ssl = p->ssl;
	if (l->ssl != NULL)
		SSL_CTX_up_ref(l->ssl);
	l->jwt = p->jwt;
	l->max_message = p->max_message;
	l->cbs = *cbs;
	l->arg = arg;
	l->bo = bo;
	if ((l->timer = evtimer_new(base, timer_fired, l)) == NULL)
		fatalx("corelink: evtimer_new failed");
	return l;
}

void
corelink_start(struct corelink *l)
{
	if (l->state != LINK_STOPPED)
		return;
	backoff_reset(&l->bo);
	link_attempt(l);
}

void
corelink_stop(struct corelink *l)
{
	struct ws *ws = l->ws;

	l->state = LINK_STOPPED;
	evtimer_del(l->timer);
	l->ws = NULL;
	if (ws != NULL)
		ws_close(ws, 1000, "worker stopping this connection");
}

void
corelink_free(struct corelink *l)
{
	if (l == NULL)
		return;
	corelink_stop(l);
	event_free(l->timer);
	if (l->ssl != NULL)
		SSL_CTX_free(l->ssl);
	free(l->name);
	free(l->url);
	free(l);
}

int
corelink_send(struct corelink *l, const char *s, size_t len)
{
	if (l->state != LINK_OPEN || l->ws == NULL)
		return -1;
	return ws_send_text(l->ws, s, len) == 0 ? 0 : -1;
}

int
corelink_is_open(const struct corelink *l)
{
	return l->state == LINK_OPEN;
}

int
corelink_is_started(const struct corelink *l)
{
	return l->state != LINK_STOPPED;
}

const char *
corelink_name(const struct corelink *l)
{
	return l->name;
}

unsigned
corelink_opens(const struct corelink *l)
{
	return l->opens;
}

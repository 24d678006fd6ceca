/* upload: see upload.h. */
#include "supervisor/upload.h"
#include "protocol/http.h"
#include "common/buf.h"
#include "common/log.h"

#include <sys/queue.h>

#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#define UPLOAD_MAX_OK	8

enum ustate { U_QUEUED, U_ACTIVE, U_WAITING };

struct upload {
	TAILQ_ENTRY(upload)	 entry;
	struct uploads		*u;
	enum ustate		 state;
	char			*what, *method, *url, *ctype, *accept;
	char			*body, *body_file;
	size_t			 body_len;
	int			 body_fd;	/* the caller's, 0: none */
	char			**headers;
	long			 ok[UPLOAD_MAX_OK + 1];
	long			 timeout_ms;
	int			 discard_body;
	int			 attempt;
	struct http_req		*req;
	struct event		*timer;
	upload_cb		 cb;
	void			*arg;
};

TAILQ_HEAD(uploadq, upload);

struct uploads {
	struct event_base	*base;
	struct http		*http;
	int			 parallel;
	int			 busy;		/* active or waiting to retry */
	struct uploadq		 queued;
	struct uploadq		 busyq;
};

static void	start_next(struct uploads *);

long
upload_retry_delay_ms(void)
{
	const char *s = getenv("RW_TEST_RETRY_DELAY_MS");
	char *end;
	long v;

	if (s != NULL && *s != '\0') {
		v = strtol(s, &end, 10);
		if (*end == '\0' && v >= 0)
			return v;
	}
	return UPLOAD_DELAY_MS;
}

struct uploads *
uploads_new(struct event_base *base, struct http *http, int parallel)
{
	struct uploads *u = xcalloc(1, sizeof(*u));

	u->base = base;
	u->http = http;
	u->parallel = parallel > 0 ? parallel : 1;
	TAILQ_INIT(&u->queued);
	TAILQ_INIT(&u->busyq);
	return u;
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void
upload_free(struct upload *r)
{
	size_t i;

	if (r->req != NULL)
		http_cancel(r->req);
	if (r->timer != NULL)
		event_free(r->timer);
	for (i = 0; r->headers && r->headers[i]; i++)
		free(r->headers[i]);
	free(r->headers);
	free(r->what);
	free(r->method);
	free(r->url);
	free(r->ctype);
	free(r->accept);
	free(r->body);
	free(r->body_file);
	free(r);
}

static void
detach(struct upload *r)
{
	struct uploads *u = r->u;

	if (r->state == U_QUEUED)
		TAILQ_REMOVE(&u->queued, r, entry);
	else {
		TAILQ_REMOVE(&u->busyq, r, entry);
		u->busy--;
	}
}

static int
accepted(const struct upload *r, long status)
{
	int i;

	for (i = 0; r->ok[i] != 0; i++)
		if (r->ok[i] == status)
			return 1;
	return 0;
}

static void	attempt(struct upload *);

static void
retry_cb(evutil_socket_t fd, short ev, void *arg)
{
	attempt(arg);
}

static void
finish(struct upload *r, int ok, const char *error)
{
	struct uploads *u = r->u;

	detach(r);
	r->req = NULL;
	start_next(u);
	/* the callback may free the whole uploads */
	r->cb(ok, error, r->arg);
	upload_free(r);
}

static void
done_cb(const struct http_res *res, void *arg)
{
	struct upload *r = arg;
	struct buf err = BUF_INIT;
	struct timeval tv;
	long delay;
	size_t i;

	r->req = NULL;
	if (!res->failed && accepted(r, res->status)) {
		finish(r, 1, NULL);
		return;
	}
	if (res->failed)
		buf_puts(&err, res->error ? res->error : "transport error");
	else {
		buf_printf(&err, "HTTP %ld from %s %s", res->status, r->method,
		    r->url);
		if (res->body.len > 0) {
			buf_puts(&err, ": ");
			for (i = 0; i < res->body.len && i < 300; i++)
				buf_putc(&err, res->body.data[i] == '\n' ||
				    res->body.data[i] == '\r' ? ' ' :
				    res->body.data[i]);
		}
	}
	if (r->attempt < UPLOAD_ATTEMPTS) {
		delay = upload_retry_delay_ms();
		log_warnx("%s: attempt %d of %d failed: %s; retrying in %ld ms",
		    r->what, r->attempt, UPLOAD_ATTEMPTS, err.data, delay);
		r->state = U_WAITING;
		tv.tv_sec = delay / 1000;
		tv.tv_usec = (delay % 1000) * 1000;
		evtimer_add(r->timer, &tv);
		buf_free(&err);
		return;
	}
	log_warnx("%s: attempt %d of %d failed: %s", r->what, r->attempt,
	    UPLOAD_ATTEMPTS, err.data);
	finish(r, 0, err.data);
	buf_free(&err);
}

static void
attempt(struct upload *r)
{
	struct http_req_opts o;

	memset(&o, 0, sizeof(o));
	o.method = r->method;
	o.url = r->url;
	o.content_type = r->ctype;
	o.accept = r->accept;
	o.body = r->body;
	o.body_len = r->body_len;
	o.body_file = r->body_file;
	o.body_fd = r->body_fd;
	o.headers = (const char *const *)r->headers;
	o.timeout_ms = r->timeout_ms;
	o.discard_body = r->discard_body;
	r->attempt++;
	r->state = U_ACTIVE;
	r->req = http_request(r->u->http, &o, done_cb, r);
	if (r->req == NULL)
		finish(r, 0, "the HTTP client is shutting down");
}

static void
start_next(struct uploads *u)
{
	struct upload *r;

	while (u->busy < u->parallel && (r = TAILQ_FIRST(&u->queued)) != NULL) {
		TAILQ_REMOVE(&u->queued, r, entry);
		TAILQ_INSERT_TAIL(&u->busyq, r, entry);
		u->busy++;
		attempt(r);
	}
}

struct upload *
upload_add(struct uploads *u, const struct upload_req *q, upload_cb cb,
    void *arg)
{
	struct upload *r = xcalloc(1, sizeof(*r));
	size_t i, n;

	r->u = u;
	r->what = xstrdup(q->what ? q->what : q->url);
	r->method = xstrdup(q->method ? q->method : "POST");
	r->url = xstrdup(q->url);
	r->ctype = dup_or_null(q->content_type);
	r->accept = dup_or_null(q->accept);
	if (q->body != NULL) {
		r->body = xmalloc(q->body_len + 1);
		memcpy(r->body, q->body, q->body_len);
		r->body[q->body_len] = '\0';
		r->body_len = q->body_len;
	}
	r->body_file = dup_or_null(q->body_file);
	r->body_fd = q->body_fd > 0 ? q->body_fd : 0;
	for (n = 0; q->headers && q->headers[n]; n++)
		;
	r->headers = xcalloc(n + 1, sizeof(char *));
	for (i = 0; i < n; i++)
		r->headers[i] = xstrdup(q->headers[i]);
	if (q->ok == NULL)
		r->ok[0] = 200;
	else
		for (i = 0; i < UPLOAD_MAX_OK && q->ok[i] != 0; i++)
			r->ok[i] = q->ok[i];
	r->timeout_ms = q->timeout_ms;
	r->discard_body = q->discard_body;
	r->cb = cb;
	r->arg = arg;
	r->timer = evtimer_new(u->base, retry_cb, r);
	if (r->timer == NULL)
		fatalx("upload_add: out of memory");
	r->state = U_QUEUED;
	TAILQ_INSERT_TAIL(&u->queued, r, entry);
	start_next(u);
	return r;
}

void
upload_cancel(struct upload *r)
{
	struct uploads *u = r->u;

	detach(r);
	upload_free(r);
	start_next(u);
}

void
uploads_free(struct uploads *u)
{
	struct upload *r;

	if (u == NULL)
		return;
	while ((r = TAILQ_FIRST(&u->queued)) != NULL) {
		TAILQ_REMOVE(&u->queued, r, entry);
		upload_free(r);
	}
	while ((r = TAILQ_FIRST(&u->busyq)) != NULL) {
		TAILQ_REMOVE(&u->busyq, r, entry);
		upload_free(r);
	}
	free(u);
}

/* sink: see sink.h. */
#include "supervisor/sink.h"
#include "supervisor/spool.h"
#include "supervisor/upload.h"
#include "common/buf.h"
#include "common/log.h"

#include <sys/queue.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

struct op {
	TAILQ_ENTRY(op)	 entry;
	struct sink	*s;
	struct upload	*up;		/* core: the request under way */
	struct event	*ev;		/* directory: the deferred answer */
	int		 ok;
	char		*err;
	char		*model;		/* core prepare: sent after the graph */
	size_t		 model_len;
	sink_cb		 cb;
	void		*arg;
};

struct sink {
	struct event_base	*base;
	int			 dir;		/* 1: directory sink */
	char			*path;		/* directory */
	struct uploads		*ups;
	char			*graph_url, *model_url, *merge_url, *task;
	long			 timeout_ms;
	TAILQ_HEAD(, op)	 ops;
};

static struct op *
op_new(struct sink *s, sink_cb cb, void *arg)
{
	struct op *o = xcalloc(1, sizeof(*o));

	o->s = s;
	o->cb = cb;
	o->arg = arg;
	TAILQ_INSERT_TAIL(&s->ops, o, entry);
	return o;
}

static void
op_free(struct op *o)
{
	if (o->up != NULL)
		upload_cancel(o->up);
	if (o->ev != NULL)
		event_free(o->ev);
	free(o->err);
	free(o->model);
	free(o);
}

/* Answer and forget the op. */
static void
op_done(struct op *o, int ok, const char *err)
{
	struct sink *s = o->s;

	TAILQ_REMOVE(&s->ops, o, entry);
	o->up = NULL;
	o->cb(ok, err, o->arg);
	op_free(o);
}

/* ---- core --------------------------------------------------------------- */

struct sink *
sink_core(struct event_base *base, const struct sink_core_params *p)
{
	struct sink *s = xcalloc(1, sizeof(*s));
	struct buf b = BUF_INIT;

	s->base = base;
	TAILQ_INIT(&s->ops);
	s->ups = uploads_new(base, p->http, p->senders);
	s->graph_url = xstrdup(p->graph_url);
	s->model_url = xstrdup(p->model_url);
	buf_printf(&b, "%s/merge?wait_for_result=False", p->graph_url);
	s->merge_url = buf_take(&b);
	s->task = xstrdup(p->task);
	s->timeout_ms = p->timeout_ms;
	return s;
}

static void
model_cb(int ok, const char *error, void *arg)
{
	struct op *o = arg;
	struct buf b = BUF_INIT;

	if (!ok)
		buf_printf(&b, "Failed to create model: %s", error);
	op_done(o, ok, b.data);
	buf_free(&b);
}

static void
graph_cb(int ok, const char *error, void *arg)
{
	struct op *o = arg;
	struct sink *s = o->s;
	struct upload_req q;
	struct buf b = BUF_INIT;

	o->up = NULL;
	if (!ok) {
		buf_printf(&b, "Failed to create graph: %s", error);
		op_done(o, 0, b.data);
		buf_free(&b);
		return;
	}
	memset(&q, 0, sizeof(q));
	q.what = "update model";
	q.method = "PATCH";
	q.url = s->model_url;
	q.content_type = "application/json";
	q.body = o->model;
	q.body_len = o->model_len;
	q.timeout_ms = 60000;
	o->up = upload_add(s->ups, &q, model_cb, o);
}

static void
merge_cb(int ok, const char *error, void *arg)
{
	op_done(arg, ok, error);
}

/* ---- directory ---------------------------------------------------------- */

struct sink *
sink_dir(struct event_base *base, const char *dir)
{
	struct sink *s = xcalloc(1, sizeof(*s));

	s->base = base;
	s->dir = 1;
	s->path = xstrdup(dir);
	TAILQ_INIT(&s->ops);
	return s;
}

static void
later_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct op *o = arg;

	op_done(o, o->ok, o->err);
}

/* Answer from the loop, not from inside the caller. */
static void
answer_later(struct op *o, int ok, const char *err)
{
	o->ok = ok;
	o->err = err ? xstrdup(err) : NULL;
	o->ev = event_new(o->s->base, -1, 0, later_cb, o);
	if (o->ev == NULL)
		fatalx("sink: out of memory");
	event_active(o->ev, EV_TIMEOUT, 0);
}

static int
write_file(const char *dir, const char *name, const char *p, size_t len,
    char *err, size_t errlen)
{
	struct buf tmp = BUF_INIT, path = BUF_INIT;
	ssize_t n;
	int fd, rc = -1;

	buf_printf(&path, "%s/%s", dir, name);
	buf_printf(&tmp, "%s/.%s.XXXXXX", dir, name);
	if ((fd = mkstemp(tmp.data)) == -1) {
		snprintf(err, errlen, "cannot create a file in %s: %s", dir,
		    strerror(errno));
		goto out;
	}
	while (len > 0) {
		if ((n = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "writing %s: %s", tmp.data,
			    strerror(errno));
			close(fd);
			unlink(tmp.data);
			goto out;
		}
		p += n;
		len -= (size_t)n;
	}
	if (close(fd) == -1 || rename(tmp.data, path.data) == -1) {
		snprintf(err, errlen, "writing %s: %s", path.data,
		    strerror(errno));
		unlink(tmp.data);
		goto out;
	}
	rc = 0;
out:
	buf_free(&tmp);
	buf_free(&path);
	return rc;
}

/* ---- interface ---------------------------------------------------------- */

const char *
sink_spool_dir(const struct sink *s, const char *tempdir, char *err,
    size_t errlen)
{
	return s->dir ? s->path : spool_private_dir(tempdir, err, errlen);
}

int
sink_is_dir(const struct sink *s)
{
	return s->dir;
}

void
sink_prepare(struct sink *s, const char *model, size_t len, sink_cb cb,
    void *arg)
{
	struct op *o = op_new(s, cb, arg);
	struct upload_req q;
	char err[512];

	if (s->dir) {
		if (write_file(s->path, "model.json", model, len, err,
		    sizeof(err)) == -1)
			answer_later(o, 0, err);
		else
			answer_later(o, 1, NULL);
		return;
	}
	o->model = xmalloc(len + 1);
	memcpy(o->model, model, len);
	o->model[len] = '\0';
	o->model_len = len;
	memset(&q, 0, sizeof(q));
	q.what = "create graph";
	q.method = "POST";
	q.url = s->graph_url;
	q.content_type = "application/json";
	q.accept = "application/json";
	q.body = "";
	q.body_len = 0;
	q.timeout_ms = 60000;
	o->up = upload_add(s->ups, &q, graph_cb, o);
}

void
sink_deliver(struct sink *s, struct spool *sp, const char *name,
    uint64_t nodes, uint64_t edges, sink_cb cb, void *arg)
{
	static const long ok[] = { 200, 204, 0 };
	struct op *o = op_new(s, cb, arg);
	struct buf path = BUF_INIT, hn = BUF_INIT, he = BUF_INIT, ht = BUF_INIT;
	struct buf what = BUF_INIT;
	const char *headers[4];
	struct upload_req q;
	char err[512];

	if (s->dir) {
		buf_printf(&path, "%s/%s.ndjson", s->path, name);
		if (spool_keep_as(sp, path.data, err, sizeof(err)) == -1)
			answer_later(o, 0, err);
		else
			answer_later(o, 1, NULL);
		buf_free(&path);
		return;
	}
	buf_printf(&hn, "Resoto-Worker-Nodes: %" PRIu64, nodes);
	buf_printf(&he, "Resoto-Worker-Edges: %" PRIu64, edges);
	buf_printf(&ht, "Resoto-Worker-Task-Id: %s", s->task);
	buf_printf(&what, "merge graph of %s", name);
	headers[0] = hn.data;
	headers[1] = he.data;
	headers[2] = ht.data;
	headers[3] = NULL;
	memset(&q, 0, sizeof(q));
	q.what = what.data;
	q.method = "POST";
	q.url = s->merge_url;
	q.content_type = "application/x-ndjson";
	q.body_fd = spool_fd(sp);
	q.headers = headers;
	q.ok = ok;
	q.timeout_ms = s->timeout_ms;
	o->up = upload_add(s->ups, &q, merge_cb, o);
	buf_free(&hn);
	buf_free(&he);
	buf_free(&ht);
	buf_free(&what);
}

void
sink_free(struct sink *s)
{
	struct op *o;

	if (s == NULL)
		return;
	while ((o = TAILQ_FIRST(&s->ops)) != NULL) {
		TAILQ_REMOVE(&s->ops, o, entry);
		op_free(o);
	}
	uploads_free(s->ups);
	free(s->path);
	free(s->graph_url);
	free(s->model_url);
	free(s->merge_url);
	free(s->task);
	free(s);
}

/* cleanup: the run and the public API of cleanup.h (see cleanup.h); the
 * rest of the job is in cleanup_search.c, cleanup_plan.c and
 * cleanup_exec.c (cleanup_int.h). */
#include "supervisor/cleanup.h"
#include "supervisor/cleanup_int.h"

#include "collector/collector.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/msg.h"
#include "supervisor/children.h"
#include "supervisor/collect.h"
#include "supervisor/core.h"
#include "supervisor/metrics.h"
#include "supervisor/spool.h"
#include "supervisor/upload.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/event.h>

static struct {
	struct event_base	*base;
	int			 syslog;
	void			(*busy)(void *, int);
	void			*busy_arg;
	TAILQ_HEAD(, crun)	 runs;
	int			 nruns;
	uint32_t		 next_job;
	int			 stopping;
} cl;

void
cleanup_init(struct event_base *base, int log_syslog,
    void (*busy)(void *, int), void *arg)
{
	cl.base = base;
	cl.syslog = log_syslog;
	cl.busy = busy;
	cl.busy_arg = arg;
	cl.next_job = 0x40000000u;	/* apart from collect and tag jobs */
	TAILQ_INIT(&cl.runs);
}

int
cleanup_running(void)
{
	return cl.nruns;
}

void
cl_info(struct crun *r, const char *level, const char *cloud,
    const char *account, const char *fmt, ...)
{
	const char *ctx[3] = { cloud, account, NULL };
	struct buf m = BUF_INIT;
	va_list ap;
	char *text;

	va_start(ap, fmt);
	buf_vprintf(&m, fmt, ap);
	va_end(ap);
	if (strcmp(level, "error") == 0)
		log_warnx("cleanup %s: %s%s%s%s%s%.1000s", r->task,
		    cloud ? "[" : "", cloud ? cloud : "", account ? ":" : "",
		    account ? account : "", cloud ? "] " : "", buf_str(&m));
	else
		log_info("cleanup %s: %s%s%s%s%s%.1000s", r->task,
		    cloud ? "[" : "", cloud ? cloud : "", account ? ":" : "",
		    account ? account : "", cloud ? "] " : "", buf_str(&m));
	if (r->core != NULL && !r->aborting) {
		text = msg_action_info("cleanup", r->task, r->step, level,
		    cloud ? ctx : NULL, buf_str(&m));
		core_reply(r->core, text);
		free(text);
	}
	buf_free(&m);
}

static void
run_free(struct crun *r)
{
	TAILQ_REMOVE(&cl.runs, r, entry);
	cl.nruns--;
	if (r->search != NULL)
		http_cancel(r->search);
	if (r->patch != NULL)
		upload_cancel(r->patch);
	if (r->ups != NULL)
		uploads_free(r->ups);
	if (r->failev != NULL)
		event_free(r->failev);
	cl_exec_free(r);
	cl_plan_free(r);
	buf_free(&r->line);
	buf_free(&r->scratch);
	spool_free(r->nodes_sp);
	if (r->nodes_out != NULL)
		evbuffer_free(r->nodes_out);
	json_object_put(r->data);
	json_object_put(r->worker);
	json_object_put(r->sections);
	json_object_put(r->clouds);
	json_object_put(r->served);
	free(r->task);
	free(r->step);
	free(r->graph);
	free(r->spooldir);
	free(r->tempdir);
	free(r->error);
	free(r);
	if (cl.busy != NULL)
		cl.busy(cl.busy_arg, -1);
#ifdef __GLIBC__
	if (cl.nruns == 0)
		malloc_trim(0);
#endif
}

/* The one reply; error: the reason of an action_error. */
static void
run_finish(struct crun *r, const char *error)
{
	struct timespec t;
	double secs;
	char *rep;

	clock_gettime(CLOCK_MONOTONIC, &t);
	secs = (double)(t.tv_sec - r->t0.tv_sec) +
	    (double)(t.tv_nsec - r->t0.tv_nsec) / 1e9;
	metrics_cleanup_run(r->task, error != NULL ? "error" : r->dry_run ?
	    "dry_run" : r->failed || r->skipped || r->stopping ? "partial" :
	    "done", secs);
	if (error != NULL) {
		log_warnx("cleanup %s: %s", r->task, error);
		rep = msg_action_error("cleanup", r->data, error);
	} else {
		log_info("cleanup %s: %s%u deleted, %u failed, %u skipped "
		    "(cycles), %u left of %u flagged in %.3f s", r->task,
		    r->dry_run ? "dry run, nothing deleted: " : r->stopping ?
		    "stopped by the worker's shutdown: " : "", r->deleted,
		    r->failed, r->skipped, r->dry_run ? 0 : r->nn - r->deleted -
		    r->failed - r->skipped, r->nn, secs);
		rep = msg_action_done("cleanup", r->data);
	}
	core_reply(r->core, rep);
	free(rep);
	run_free(r);
}

static void
fail_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct crun *r = arg;

	run_finish(r, r->error);
}

struct event_base *
cl_base(void)
{
	return cl.base;
}

void
cl_run_fail(struct crun *r, const char *why)
{
	struct timeval tv = { 0, 0 };

	if (r->aborting)
		return;
	r->aborting = 1;
	r->error = xstrdup(why);
	/* from the loop: the caller may still be using the run */
	if ((r->failev = evtimer_new(cl.base, fail_cb, r)) == NULL)
		fatalx("cleanup: cannot create an event");
	evtimer_add(r->failev, &tv);
}

static void
patched(int ok, const char *error, void *arg)
{
	struct crun *r = arg;
	struct buf why = BUF_INIT;

	r->patch = NULL;
	if (ok) {
		log_info("cleanup %s: wrote %llu outcome%s back to the core",
		    r->task, (unsigned long long)r->wb_lines,
		    r->wb_lines == 1 ? "" : "s");
		run_finish(r, NULL);
		return;
	}
	buf_printf(&why, "Failed to patch nodes: %s (%u deleted, %u failed "
	    "are not marked in the core)", error, r->deleted, r->failed);
	run_finish(r, buf_str(&why));
	buf_free(&why);
}

void
cl_run_done(struct crun *r)
{
	struct upload_req q;
	struct buf path = BUF_INIT;
	char *url;

	buf_puts(&path, "/graph/");
	collect_url_segment(&path, r->graph);
	buf_puts(&path, "/nodes");
	url = core_url(r->core, "%s", buf_str(&path));
	buf_free(&path);
	memset(&q, 0, sizeof(q));
	q.what = "write-back";
	q.method = "PATCH";
	q.url = url;
	q.content_type = "application/x-ndjson";
	q.accept = "application/json";
	if (r->wb_sp != NULL)
		q.body_fd = spool_fd(r->wb_sp);
	else {
		q.body = "";	/* dry run: nothing changed (as the reference) */
		q.body_len = 0;
	}
	q.timeout_ms = (long)r->timeout * 1000;
	q.discard_body = 1;	/* the core answers with every node */
	r->ups = uploads_new(cl.base, core_http(r->core), 1);
	r->patch = upload_add(r->ups, &q, patched, r);
	free(url);
}

static void
searched(const struct http_res *res, void *arg)
{
	struct crun *r = arg;
	char err[512], *ex;

	r->search = NULL;
	if (res->failed) {
		if (r->lineno > 0)
			snprintf(err, sizeof(err), "Failed to search graph: "
			    "the answer was cut short after line %llu: %s",
			    (unsigned long long)r->lineno, res->error);
		else
			snprintf(err, sizeof(err), "Failed to search graph: "
			    "%s", res->error);
		run_finish(r, err);
		return;
	}
	if (res->status != 200) {
		ex = msg_oneline(buf_str(&res->body), res->body.len, 300);
		snprintf(err, sizeof(err), "Failed to search graph: HTTP "
		    "%ld: %s", res->status, ex);
		free(ex);
		run_finish(r, err);
		return;
	}
	if (cl_search_end(r, err, sizeof(err)) == -1) {
		run_finish(r, err);
		return;
	}
	r->nodes_fd = spool_fd(r->nodes_sp);	/* read with pread */
	log_info("cleanup %s: search answered %llu lines (%llu nodes, %llu "
	    "edges): %u flagged node%s of this worker's accounts, %llu "
	    "bytes spooled in %s", r->task, (unsigned long long)r->lineno,
	    (unsigned long long)r->seen_nodes,
	    (unsigned long long)r->seen_edges, r->nn, r->nn == 1 ? "" : "s",
	    (unsigned long long)r->nodes_bytes, spool_path(r->nodes_sp));
	cl_exec_start(r);
}

/* The reference worker's search text (core-protocol.md 7.1). */
static char *
search_text(const struct crun *r)
{
	struct buf b = BUF_INIT;
	size_t i, n = json_object_array_length(r->clouds);

	buf_puts(&b, "/desired.clean == true and /metadata.cleaned != true "
	    "and /metadata.protected!=true ");
	if (n > 0) {
		buf_puts(&b, "and /ancestors.cloud.reported.id in [");
		for (i = 0; i < n; i++)
			buf_printf(&b, "%s\"%s\"", i ? ", " : "",
			    json_object_get_string(json_object_array_get_idx(
			    r->clouds, i)));
		buf_puts(&b, "] ");
	}
	buf_puts(&b, "<-default,delete[0:]->");
	return buf_take(&b);
}

static void
run_start(struct crun *r)
{
	struct http_req_opts o;
	struct buf path = BUF_INIT;
	const char *dir;
	char err[512], *url, *text;

	r->started = 1;
	clock_gettime(CLOCK_MONOTONIC, &r->t0);
	/* the worker's private spool directory below tempdir */
	if ((dir = spool_private_dir(r->tempdir, err, sizeof(err))) == NULL) {
		run_finish(r, err);
		return;
	}
	r->spooldir = xstrdup(dir);
	log_info("cleanup %s: running%s", r->task, r->dry_run ? " with dry "
	    "run configured (resotoworker.cleanup_dry_run): nothing is "
	    "deleted" : "");
	if ((r->nodes_sp = spool_new(r->spooldir, "cleanup-nodes", err,
	    sizeof(err))) == NULL) {
		run_finish(r, err);
		return;
	}
	r->nodes_out = evbuffer_new();
	text = search_text(r);
	log_debug("cleanup %s: search: %s", r->task, text);
	buf_puts(&path, "/graph/");
	collect_url_segment(&path, r->graph);
	buf_puts(&path, "/search/graph?section=reported");
	url = core_url(r->core, "%s", buf_str(&path));
	buf_free(&path);
	memset(&o, 0, sizeof(o));
	o.method = "POST";
	o.url = url;
	o.content_type = "text/plain";
	o.accept = "application/x-ndjson";
	o.body = text;
	o.body_len = strlen(text);
	o.on_data = cl_search_data;
	o.timeout_ms = (long)r->timeout * 1000;
	r->search = http_request(core_http(r->core), &o, searched, r);
	free(url);
	free(text);
	if (r->search == NULL)
		cl_run_fail(r, "the REST client is shutting down");
}

/* cloud -> account ids where the collector knows them from its
 * configuration (null: any account of a configured cloud) */
static json_object *
served_accounts(struct crun *r, const struct config *cfg)
{
	json_object *served = json_object_new_object(), *ids;
	const struct collector *c;
	const char *name;
	char err[256];
	size_t i;

	for (i = 0; i < json_object_array_length(r->clouds); i++) {
		name = json_object_get_string(json_object_array_get_idx(
		    r->clouds, i));
		if ((c = collector_find(name)) == NULL)
			continue;
		ids = collector_config_account_ids(c, config_section(cfg, name),
		    err, sizeof(err));
		if (ids == NULL && err[0] != '\0') {
			log_warnx("cleanup %s: the accounts of %s: %s; none of "
			    "its nodes is deleted", r->task, name, err);
			ids = json_object_new_array();
		}
		json_object_object_add(served, name, ids);
	}
	return served;
}

/* A run may start: no collect of its task runs (actions of a task run in
 * order) and no other cleanup runs (two would delete the same nodes). */
static int
may_start(const struct crun *r)
{
	const struct crun *o;

	if (collect_task_running(r->task))
		return 0;
	TAILQ_FOREACH(o, &cl.runs, entry)
		if (o != r && o->started)
			return 0;
	return 1;
}

void
cleanup_action(struct core *core, json_object *msg)
{
	const struct config *cfg = core_config(core);
	struct msg_action a;
	struct crun *r;
	const char *graph;
	char err[256];
	int64_t pool, psize;

	if (msg_action_parse(msg, &a, err, sizeof(err)) != MSG_OK) {
		log_warnx("cleanup: not an action: %s", err);
		return;
	}
	r = xcalloc(1, sizeof(*r));
	r->core = core;
	r->data = json_object_get(a.data);
	r->task = xstrdup(a.task);
	r->step = xstrdup(a.step);
	r->job = cl.next_job++;
	graph = config_str(cfg, "resotoworker.graph");
	r->graph = xstrdup(graph ? graph : "resoto");
	r->dry_run = config_bool(cfg, "resotoworker.cleanup_dry_run");
	pool = config_int(cfg, "resotoworker.cleanup_pool_size");
	psize = config_int(cfg, "resotoworker.pool_size");
	r->pool = pool > 0 ? (int)pool : 1;
	r->maxchildren = psize > 0 && psize < r->pool ? (int)psize : r->pool;
	r->timeout = (int)config_int(cfg, "resotoworker.timeout");
	r->worker = collect_child_worker(cfg);
	r->clouds = collect_clouds(cfg, &r->sections);
	r->served = served_accounts(r, cfg);
	r->tempdir = config_str(cfg, "resotoworker.tempdir") ?
	    xstrdup(config_str(cfg, "resotoworker.tempdir")) : NULL;
	r->nodes_fd = -1;
	LIST_INIT(&r->children);
	TAILQ_INSERT_TAIL(&cl.runs, r, entry);
	cl.nruns++;
	if (cl.busy != NULL)
		cl.busy(cl.busy_arg, 1);
	if (children_configure((int)psize, config_bool(cfg,
	    "resotoworker.fork_process"), config_str(cfg, "resotoworker.user"),
	    cl.syslog, err, sizeof(err)) == -1)
		log_warnx("cleanup %s: %s", r->task, err);
	if (!may_start(r)) {
		log_info("cleanup %s: waits for %s to finish", r->task,
		    collect_task_running(r->task) ? "the collect of the same "
		    "task (actions of a task run in order)" : "the cleanup "
		    "that runs");
		return;
	}
	run_start(r);
}

void
cleanup_kick(void)
{
	struct crun *r, *t;

	if (cl.stopping)
		return;
	for (r = TAILQ_FIRST(&cl.runs); r != NULL; r = t) {
		t = TAILQ_NEXT(r, entry);
		if (!r->started && may_start(r))
			run_start(r);
	}
}

void
cleanup_stop(void)
{
	struct crun *r, *t;

	cl.stopping = 1;
	for (r = TAILQ_FIRST(&cl.runs); r != NULL; r = t) {
		t = TAILQ_NEXT(r, entry);
		if (!r->started) {
			log_info("cleanup %s: dropped, it had not started (the "
			    "core sends it again)", r->task);
			r->aborting = 1;
			run_free(r);
		} else if (r->search != NULL) {
			http_cancel(r->search);
			r->search = NULL;
			run_finish(r, "the worker is stopping: nothing was "
			    "deleted");
		} else if (!r->finishing && !r->aborting)
			cl_exec_stop(r);
	}
}

void
cleanup_shutdown(const char *why)
{
	struct crun *r;
	struct buf m = BUF_INIT;

	cl.stopping = 1;
	while (cl.base != NULL && (r = TAILQ_FIRST(&cl.runs)) != NULL) {
		if (why == NULL || !r->started || r->aborting) {
			r->aborting = 1;
			run_free(r);
			continue;
		}
		buf_reset(&m);
		buf_printf(&m, "%s: %u deleted and %u failed, not written "
		    "back; %u not done", why, r->deleted, r->failed,
		    r->nn - r->deleted - r->failed - r->skipped);
		r->aborting = 1;	/* no more messages but the reply */
		run_finish(r, buf_str(&m));
	}
	buf_free(&m);
}

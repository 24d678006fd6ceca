/* collect: the run and the public API of collect.h (see collect.h); the
 * rest of the job is in collect_cloud.c, collect_account.c,
 * collect_progress.c and collect_to.c (collect_int.h). */
#include "supervisor/collect.h"
#include "supervisor/collect_int.h"
#include "supervisor/children.h"
#include "supervisor/childbox.h"
#include "supervisor/core.h"
#include "supervisor/fdlimit.h"
#include "supervisor/metrics.h"
#include "supervisor/sink.h"
#include "supervisor/spool.h"
#include "collector/collector.h"
#include "protocol/msg.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"

#include <sys/queue.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/buffer.h>
#include <event2/event.h>

static struct {
	struct event_base	*base;
	int			 syslog;
	void			(*busy)(void *, int);
	void			*busy_arg;
	uint32_t		 next_job;
	TAILQ_HEAD(, run)	 runs;
	int			 nruns;
} co;

double
co_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) +
	    (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

json_object *
co_copy_json(json_object *o)
{
	json_object *c = NULL;

	if (o == NULL)
		return NULL;
	if (json_object_deep_copy(o, &c, NULL) != 0)
		fatalx("collect: cannot copy the configuration");
	return c;
}

json_object *
collect_child_worker(const struct config *cfg)
{
	json_object *w = co_copy_json(config_section(cfg, "resotoworker"));

	/* what children need of it: not the files the supervisor writes to
	 * $HOME at start (kubeconfigs and the like) */
	if (w != NULL) {
		json_object_object_del(w, "files_in_home_dir");
		json_object_object_del(w, "write_files_to_home_dir");
	}
	return w;
}

json_object *
collect_clouds(const struct config *cfg, json_object **sections)
{
	json_object *names = config_get(cfg, "resotoworker.collector"), *sec;
	const char *n;
	size_t i;

	names = names ? co_copy_json(names) : json_object_new_array();
	*sections = json_object_new_object();
	for (i = 0; i < json_object_array_length(names); i++) {
		n = json_object_get_string(json_object_array_get_idx(names, i));
		if ((sec = config_section(cfg, n)) != NULL)
			json_object_object_add(*sections, n, co_copy_json(sec));
	}
	return names;
}

/* ---- runs --------------------------------------------------------------- */

static void
run_free(struct run *r)
{
	struct cloud *cl;
	struct unit *u;

	TAILQ_REMOVE(&co.runs, r, entry);
	co.nruns--;
	if (co.busy != NULL)
		co.busy(co.busy_arg, -1);
	sink_free(r->sink);
	while ((u = TAILQ_FIRST(&r->units)) != NULL) {
		TAILQ_REMOVE(&r->units, u, entry);
		co_unit_free(u);
	}
	while ((cl = TAILQ_FIRST(&r->clouds)) != NULL) {
		TAILQ_REMOVE(&r->clouds, cl, entry);
		co_cloud_free(cl);
	}
	json_object_put(r->data);
	json_object_put(r->worker);
	json_object_put(r->sections);
	json_object_put(r->names);
	free(r->type);
	free(r->task);
	free(r->step);
	free(r->spooldir);
	free(r);
}

/* The run is over: reply (error: the reason of an action_error). */
static void
run_finish(struct run *r, const char *error)
{
	int status;

	if (error != NULL) {
		log_warnx("collect %s: %s", r->task, error);
		co_reply(r, msg_action_error(r->type, r->data, error));
		status = 2;
	} else {
		log_info("collect %s: %d delivered, %d failed in %.3f s",
		    r->task, r->delivered, r->failed, co_since(&r->t0));
		co_reply(r, msg_action_done(r->type, r->data));
		status = r->failed ? 1 : 0;
	}
	metrics_collect_run(r->task, status, co_since(&r->t0));
	if (r->on_finish)
		r->on_finish(r, status, r->finish_arg);
	run_free(r);
#ifdef __GLIBC__
	/* glibc keeps the freed heap of a collect (frames, uploads, curl's
	 * buffers) mapped: give it back while the worker idles */
	if (co.nruns == 0)
		malloc_trim(0);
#endif
}

void
co_run_check(struct run *r)
{
	struct cloud *cl;
	struct unit *u;

	if (!r->prepared || r->aborting)
		return;
	TAILQ_FOREACH(cl, &r->clouds, entry)
		if (!cl->discovered)
			return;
	TAILQ_FOREACH(u, &r->units, entry)
		if (!u->finished)
			return;
	run_finish(r, NULL);
}

static void
prepared_cb(int ok, const char *err, void *arg)
{
	struct run *r = arg;
	size_t i, n;

	if (!ok) {
		run_finish(r, err);
		return;
	}
	r->prepared = 1;
	n = json_object_array_length(r->names);
	if (n == 0) {
		log_warnx("collect %s: no collector configured "
		    "(resotoworker.collector is empty): nothing to collect",
		    r->task);
		co_info(r, "error", NULL, NULL, "no collector configured "
		    "(resotoworker.collector is empty)");
	}
	for (i = 0; i < n; i++) {
		const char *name = json_object_get_string(
		    json_object_array_get_idx(r->names, i));
		struct buf known = BUF_INIT;
		struct cloud *cl;
		int k, dup = 0;

		TAILQ_FOREACH(cl, &r->clouds, entry)
			dup |= strcmp(cl->name, name) == 0;
		if (dup) {
			log_warnx("collect %s: collector %s is listed twice in "
			    "resotoworker.collector: collected once", r->task,
			    name);
			continue;
		}
		if (collector_find(name) != NULL) {
			co_cloud_start(r, name);
			continue;
		}
		for (k = 0; collectors[k] != NULL; k++)
			buf_printf(&known, "%s%s", k ? ", " : "",
			    collectors[k]->name);
		co_info(r, "error", name, NULL, "no such collector in this "
		    "worker (built in: %s)", buf_str(&known));
		buf_free(&known);
	}
	co_run_check(r);
}

struct run *
co_run_new(struct core *core, const struct config *cfg, json_object *data,
    const char *type, const char *task, const char *step)
{
	struct run *r = xcalloc(1, sizeof(*r));
	const char *kind;

	r->base = co.base;
	r->core = core;
	r->data = data ? json_object_get(data) : NULL;
	r->type = xstrdup(type);
	r->task = xstrdup(task);
	r->step = xstrdup(step);
	r->job = ++co.next_job;
	r->worker = collect_child_worker(cfg);
	r->names = collect_clouds(cfg, &r->sections);
	kind = config_str(cfg, "resotoworker.graph_merge_kind");
	r->cloud_merge = kind != NULL && strcmp(kind, "cloud") == 0;
	r->timeout = (int)config_int(cfg, "resotoworker.timeout");
	r->pool = (int)config_int(cfg, "resotoworker.pool_size");
	r->senders = (int)config_int(cfg, "resotoworker.graph_sender_pool_size");
	fdlimit_pools(&r->pool, &r->senders);
	r->keep = config_bool(cfg, "resotoworker.debug_dump_json");
	TAILQ_INIT(&r->clouds);
	TAILQ_INIT(&r->units);
	clock_gettime(CLOCK_MONOTONIC, &r->t0);
	TAILQ_INSERT_TAIL(&co.runs, r, entry);
	co.nruns++;
	if (co.busy != NULL)
		co.busy(co.busy_arg, 1);
	return r;
}

void
co_run_start(struct run *r, const struct config *cfg)
{
	struct buf model = BUF_INIT;
	const char *dir;
	char err[512];

	if (children_configure(r->pool,
	    config_bool(cfg, "resotoworker.fork_process"),
	    config_str(cfg, "resotoworker.user"), co.syslog, err,
	    sizeof(err)) == -1)
		log_warnx("collect %s: %s", r->task, err);
	if (childbox_configure(cfg, err, sizeof(err)) == -1)
		log_warnx("collect %s: %s", r->task, err);
	if ((dir = sink_spool_dir(r->sink, config_str(cfg,
	    "resotoworker.tempdir"), err, sizeof(err))) == NULL) {
		run_finish(r, err);
		return;
	}
	r->spooldir = xstrdup(dir);
	log_info("collect %s: starting (%s merge, spool in %s)", r->task,
	    r->cloud_merge ? "cloud" : "account", r->spooldir);
	model_write(&model);
	if (r->keep && !sink_is_dir(r->sink)) {
		struct spool *sp = spool_new(r->spooldir, "model", err,
		    sizeof(err));
		struct evbuffer *b = evbuffer_new();

		if (sp != NULL && b != NULL) {
			evbuffer_add(b, model.data, model.len);
			spool_keep(sp);
			if (spool_write(sp, b, model.len, err, sizeof(err)) == 0)
				log_info("debug_dump_json: model kept in %s",
				    spool_path(sp));
		}
		spool_free(sp);
		if (b != NULL)
			evbuffer_free(b);
	}
	sink_prepare(r->sink, model.data ? model.data : "[]", model.len,
	    prepared_cb, r);
	buf_free(&model);
}

/* ---- interface ---------------------------------------------------------- */

int
collect_init(struct event_base *base, int log_syslog,
    void (*busy)(void *, int), void *arg, char *err, size_t errlen)
{
	co.base = base;
	co.syslog = log_syslog;
	co.busy = busy;
	co.busy_arg = arg;
	TAILQ_INIT(&co.runs);
	return children_init(base, err, errlen);
}

int
collect_running(void)
{
	return co.nruns;
}

static int
find_run(const char *task, const char *step)
{
	struct run *r;

	TAILQ_FOREACH(r, &co.runs, entry)
		if (strcmp(r->task, task) == 0 && strcmp(r->step, step) == 0)
			return 1;
	return 0;
}

int
collect_task_running(const char *task)
{
	struct run *r;

	TAILQ_FOREACH(r, &co.runs, entry)
		if (r->core != NULL && strcmp(r->task, task) == 0)
			return 1;
	return 0;
}

void
collect_url_segment(struct buf *b, const char *s)
{
	buf_pct(b, s, strlen(s), "-._~");
}

void
collect_action(struct core *core, json_object *msg)
{
	const struct config *cfg = core_config(core);
	struct msg_action a;
	struct sink_core_params p;
	struct buf g = BUF_INIT, path = BUF_INIT;
	const char *graph;
	char err[256], *graph_url, *model_url;
	struct run *r;

	if (msg_action_parse(msg, &a, err, sizeof(err)) != MSG_OK) {
		log_warnx("collect: not an action: %s", err);
		return;
	}
	if (find_run(a.task, a.step)) {
		log_warnx("collect %s:%s is already running: action ignored",
		    a.task, a.step);
		return;
	}
	/* the session checked the ids (msg_id_check) */
	r = co_run_new(core, cfg, a.data, a.type, a.task, a.step);
	if (core_http(core) == NULL) {
		run_finish(r, "no connection to the core");
		return;
	}
	graph = config_str(cfg, "resotoworker.graph");
	if (graph == NULL || *graph == '\0')
		graph = "resoto";
	collect_url_segment(&g, graph);
	buf_printf(&path, "/graph/%s", g.data);
	graph_url = core_url(core, "%s", path.data);
	if (strcmp(graph, "resoto") == 0)
		model_url = core_url(core, "/model");
	else
		model_url = core_url(core, "%s/model", path.data);
	memset(&p, 0, sizeof(p));
	p.http = core_http(core);
	p.graph_url = graph_url;
	p.model_url = model_url;
	p.task = a.task;
	p.senders = r->senders;
	p.timeout_ms = (long)r->timeout * 1000;
	r->sink = sink_core(co.base, &p);
	free(graph_url);
	free(model_url);
	buf_free(&g);
	buf_free(&path);
	co_run_start(r, cfg);
}

/* "cloud:account, ..." into b; the number listed */
static int
list_units(struct run *r, struct buf *b, int delivered)
{
	struct cloud *cl;
	struct unit *u;
	int n = 0;

	TAILQ_FOREACH(u, &r->units, entry) {
		if (u->finished != delivered ||
		    (delivered && !u->delivered))
			continue;
		buf_printf(b, "%s%s%s%s", n++ ? ", " : "", u->cloud->name,
		    u->display ? ":" : "", u->display ? u->display : "");
	}
	if (!delivered)
		TAILQ_FOREACH(cl, &r->clouds, entry)
			if (!cl->discovered)
				buf_printf(b, "%s%s (account discovery)",
				    n++ ? ", " : "", cl->name);
	return n;
}

/* The run is stopped (why): say what was delivered and what was not. */
static void
run_stopped(struct run *r, const char *why)
{
	struct buf done = BUF_INIT, lost = BUF_INIT, b = BUF_INIT;
	struct cloud *cl;
	struct unit *u;
	int nd, nl;

	TAILQ_FOREACH(cl, &r->clouds, entry)
		if (!cl->discovered)
			co_info(r, "error", cl->name, NULL, "not collected: %s "
			    "during the account discovery", why);
	TAILQ_FOREACH(u, &r->units, entry)
		if (!u->finished)
			co_info(r, "error", u->cloud->name, u->display,
			    "not delivered: %s before it was %s", why,
			    u->done ? "uploaded" : "collected");
	nd = list_units(r, &done, 1);
	nl = list_units(r, &lost, 0);
	buf_printf(&b, "%s: %d delivered%s%s, %d not delivered%s%s", why,
	    nd, nd ? ": " : "", buf_str(&done), nl, nl ? ": " : "",
	    buf_str(&lost));
	co_info(r, nl ? "error" : "info", NULL, NULL, "%s", b.data);
	if (!r->prepared) {
		buf_reset(&b);
		buf_printf(&b, "%s before the graph and the model were sent",
		    why);
		log_warnx("collect %s: %s", r->task, b.data);
		co_reply(r, msg_action_error(r->type, r->data, b.data));
	} else
		co_reply(r, msg_action_done(r->type, r->data));
	buf_free(&done);
	buf_free(&lost);
	buf_free(&b);
}

void
collect_shutdown(const char *why)
{
	struct run *r;

	TAILQ_FOREACH(r, &co.runs, entry) {
		/* answered as things stand, before anything is killed */
		if (why != NULL)
			run_stopped(r, why);
		r->aborting = 1;
		sink_free(r->sink);
		r->sink = NULL;
	}
	/* every child ends now; their units see the run aborting */
	children_shutdown();
	while ((r = TAILQ_FIRST(&co.runs)) != NULL) {
		if (r->on_finish)
			r->on_finish(r, 1, r->finish_arg);
		run_free(r);
	}
}

void
collect_free(void)
{
	if (co.base == NULL)
		return;
	collect_shutdown(NULL);
	children_free();
	co.base = NULL;
}

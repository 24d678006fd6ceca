/* collect: see collect.h. */
#include "supervisor/collect.h"
#include "supervisor/children.h"
#include "supervisor/core.h"
#include "supervisor/inproc.h"
#include "supervisor/sink.h"
#include "supervisor/spool.h"
#include "collector/collector.h"
#include "protocol/frame.h"
#include "protocol/msg.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"

#include <sys/queue.h>
#include <sys/stat.h>

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/buffer.h>
#include <event2/event.h>

struct run;

/* One configured cloud: its discovery child, then its accounts. */
struct cloud {
	TAILQ_ENTRY(cloud)	 entry;
	struct run		*run;
	char			*name;
	json_object		*config;	/* its section, {} if none */
	json_object		*accounts;	/* from ACCOUNTS */
	struct child		*disc;
	int			 discovered;	/* discovery has ended */
};

/* One merge unit: an account (merge kind account) or a whole cloud. */
struct unit {
	TAILQ_ENTRY(unit)	 entry;
	struct run		*run;
	struct cloud		*cloud;
	json_object		*accounts;	/* for the ACCOUNT frame */
	char			*display;	/* "name (id)"; NULL: the cloud */
	char			*stem;		/* "random-1234": file name */
	struct child		*child;
	struct spool		*sp;
	int			 done;		/* DONE received and checked */
	int64_t			 nodes, edges;
	char			*failed;	/* FAILED error */
	char			*said;		/* last INFO error it sent */
	int			 finished;	/* delivered or given up */
	struct timespec		 t0;		/* the collector's first frame */
	int			 began;
	double			 secs;
};

struct run {
	TAILQ_ENTRY(run)	 entry;
	struct event_base	*base;
	struct core		*core;		/* NULL: directory sink */
	json_object		*data;		/* the action's data */
	char			*type, *task, *step;
	uint32_t		 job;
	json_object		*worker;	/* resotoworker section (copy) */
	json_object		*sections;	/* the clouds' sections (copy) */
	json_object		*names;		/* collectors to run */
	int			 cloud_merge;	/* graph_merge_kind cloud */
	int			 timeout;
	int			 keep;		/* debug_dump_json */
	char			*spooldir;
	struct sink		*sink;
	int			 prepared;
	TAILQ_HEAD(, cloud)	 clouds;
	TAILQ_HEAD(, unit)	 units;
	int			 delivered, failed;
	int			 aborting;
	struct timespec		 t0;
	void			(*on_finish)(struct run *, int status, void *);
	void			*finish_arg;
};

static struct {
	struct event_base	*base;
	int			 syslog;
	void			(*busy)(void *, int);
	void			*busy_arg;
	uint32_t		 next_job;
	TAILQ_HEAD(, run)	 runs;
	int			 nruns;
} co;

static void	run_check(struct run *);
static void	unit_start(struct unit *);

static double
since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) +
	    (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

static json_object *
copy_json(json_object *o)
{
	json_object *c = NULL;

	if (o == NULL)
		return NULL;
	if (json_object_deep_copy(o, &c, NULL) != 0)
		fatalx("collect: cannot copy the configuration");
	return c;
}

/* Strict JSON of exactly len bytes; NULL with the reason in err. */
static json_object *
parse_json(const char *p, size_t len, char *err, size_t errlen)
{
	struct json_tokener *tok = json_tokener_new_ex(MSG_MAX_DEPTH);
	json_object *o;

	if (tok == NULL)
		fatalx("collect: out of memory");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	o = json_tokener_parse_ex(tok, p, (int)len);
	if (o == NULL || json_tokener_get_parse_end(tok) != len) {
		snprintf(err, errlen, "%s",
		    o == NULL ? json_tokener_error_desc(
		    json_tokener_get_error(tok)) : "trailing bytes");
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	return o;
}

static const char *
jstr(json_object *o, const char *key)
{
	json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* ---- messages to the core ----------------------------------------------- */

static void
reply(struct run *r, char *json)
{
	if (json == NULL)
		return;
	if (r->core != NULL && !r->aborting)
		core_reply(r->core, json);
	free(json);
}

/* An action_info for [cloud:account]; also logged here. */
static void
info(struct run *r, const char *level, const char *cloud, const char *account,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void
info(struct run *r, const char *level, const char *cloud, const char *account,
    const char *fmt, ...)
{
	const char *ctx[3] = { cloud, account, NULL }, *text;
	struct buf m = BUF_INIT, pre = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&m, fmt, ap);
	va_end(ap);
	/* the context is ours to add: a message that already starts with
	 * it (a collector's own "[cloud:account] ") does not get it twice */
	if (cloud != NULL)
		buf_printf(&pre, "[%s%s%s] ", cloud, account ? ":" : "",
		    account ? account : "");
	text = m.data;
	if (pre.len > 0 && strncmp(text, pre.data, pre.len) == 0)
		text += pre.len;
	/* a child's text may be long: the log gets at most 1000 bytes */
	if (strcmp(level, "error") == 0)
		log_warnx("%s%.1000s%s", buf_str(&pre), text,
		    strlen(text) > 1000 ? "..." : "");
	else
		log_info("%s%.1000s%s", buf_str(&pre), text,
		    strlen(text) > 1000 ? "..." : "");
	if (r->core != NULL)
		reply(r, msg_action_info(r->type, r->task, r->step, level,
		    cloud ? ctx : NULL, text));
	buf_free(&m);
	buf_free(&pre);
}

/* An action_progress; takes the progress object over. */
static void
progress(struct run *r, const char *cloud, json_object *p)
{
	const char *ctx[2] = { cloud, NULL };
	char err[256], *json;

	if (r->core != NULL) {
		json = msg_action_progress(r->type, r->task, r->step,
		    cloud ? ctx : NULL, p, time(NULL), err, sizeof(err));
		if (json == NULL)
			log_warnx("collect: progress not sent: %s", err);
		reply(r, json);
	}
	json_object_put(p);
}

static void
progress_leaf(struct run *r, const char *cloud, const char *name, int done)
{
	const char *path[2] = { cloud, NULL };

	progress(r, cloud, msg_progress_leaf(name, cloud ? path : NULL,
	    done, 1));
}

/* "name (id)" when the name differs from the id */
static char *
display_name(json_object *account)
{
	const char *id = jstr(account, "id"), *name = jstr(account, "name");
	struct buf b = BUF_INIT;

	if (name != NULL && *name != '\0' && strcmp(name, id) != 0)
		buf_printf(&b, "%s (%s)", name, id);
	else
		buf_puts(&b, id);
	return buf_take(&b);
}

/* ---- frames ------------------------------------------------------------- */

/* INFO and PROGRESS, from either kind of child. */
static int
common_frame(struct run *r, struct cloud *cl, const char *account,
    uint32_t type, json_object *o, char *err, size_t errlen)
{
	const char *level, *message;

	if (type == FRAME_INFO) {
		level = jstr(o, "level");
		message = jstr(o, "message");
		if (level == NULL || message == NULL || (strcmp(level, "info")
		    != 0 && strcmp(level, "error") != 0)) {
			snprintf(err, errlen, "collector sent INFO without a "
			    "level (info or error) and a message");
			return -1;
		}
		info(r, level, cl->name, account, "%s", message);
		return 0;
	}
	/* PROGRESS */
	if (msg_progress_check(o, err, errlen) != MSG_OK) {
		char why[200];

		snprintf(why, sizeof(why), "%s", err);
		snprintf(err, errlen, "collector sent a bad PROGRESS: %s", why);
		return -1;
	}
	progress(r, cl->name, json_object_get(o));
	return 0;
}

static int
parse_frame(uint32_t type, const char *p, size_t len, json_object **out,
    char *err, size_t errlen)
{
	char why[200];

	*out = parse_json(p, len, why, sizeof(why));
	if (*out == NULL) {
		snprintf(err, errlen, "collector sent %s that is not JSON: %s",
		    frame_type_name(type), why);
		return -1;
	}
	return 0;
}

static int
check_accounts(json_object *a, char *err, size_t errlen)
{
	json_object *seen, *e;
	const char *id;
	size_t i, n;
	int rc = 0;

	if (!json_object_is_type(a, json_type_array)) {
		snprintf(err, errlen, "collector sent ACCOUNTS that is not a "
		    "list");
		return -1;
	}
	seen = json_object_new_object();
	n = json_object_array_length(a);
	for (i = 0; i < n && rc == 0; i++) {
		e = json_object_array_get_idx(a, i);
		id = jstr(e, "id");
		if (id == NULL || *id == '\0') {
			snprintf(err, errlen, "collector sent ACCOUNTS entry %zu "
			    "without an id", i);
			rc = -1;
		} else if (json_object_object_get_ex(seen, id, NULL)) {
			snprintf(err, errlen, "collector sent ACCOUNTS with the "
			    "account id %s twice", id);
			rc = -1;
		} else
			json_object_object_add(seen, id, NULL);
	}
	json_object_put(seen);
	return rc;
}

static void	cloud_discovered(struct cloud *);

static int
disc_frame(struct child *c, uint32_t type, const char *p, size_t len,
    char *err, size_t errlen, void *arg)
{
	struct cloud *cl = arg;
	json_object *o;
	int rc = 0;

	if (parse_frame(type, p, len, &o, err, errlen) == -1)
		return -1;
	switch (type) {
	case FRAME_ACCOUNTS:
		if ((rc = check_accounts(o, err, errlen)) == 0) {
			cl->accounts = json_object_get(o);
			child_send(c, FRAME_STOP, NULL, 0);
		}
		break;
	case FRAME_FAILED:
		info(cl->run, "error", cl->name, NULL, "account discovery "
		    "failed: %s", jstr(o, "error") ? jstr(o, "error") :
		    "(no reason given)");
		child_send(c, FRAME_STOP, NULL, 0);
		break;
	default:
		rc = common_frame(cl->run, cl, NULL, type, o, err, errlen);
	}
	json_object_put(o);
	return rc;
}

/* a unit's time runs from its collector's first frame (not its place in
 * the queue) */
static void
began(struct unit *u)
{
	if (!u->began) {
		u->began = 1;
		clock_gettime(CLOCK_MONOTONIC, &u->t0);
	}
}

static int
unit_frame(struct child *c, uint32_t type, const char *p, size_t len,
    char *err, size_t errlen, void *arg)
{
	struct unit *u = arg;
	json_object *o, *n, *e;
	uint64_t lines;
	int rc = 0;

	began(u);
	if (parse_frame(type, p, len, &o, err, errlen) == -1)
		return -1;
	switch (type) {
	case FRAME_DONE:
		lines = spool_lines(u->sp);
		if (!json_object_object_get_ex(o, "nodes", &n) ||
		    !json_object_object_get_ex(o, "edges", &e) ||
		    !json_object_is_type(n, json_type_int) ||
		    !json_object_is_type(e, json_type_int) ||
		    json_object_get_int64(n) < 1 ||
		    json_object_get_int64(e) < 0) {
			snprintf(err, errlen, "collector sent DONE without "
			    "node (>= 1) and edge counts");
			rc = -1;
		} else if ((uint64_t)json_object_get_int64(n) +
		    (uint64_t)json_object_get_int64(e) > lines) {
			snprintf(err, errlen, "collector sent DONE for %" PRId64
			    " nodes and %" PRId64 " edges but only %" PRIu64
			    " lines", json_object_get_int64(n),
			    json_object_get_int64(e), lines);
			rc = -1;
		} else {
			u->done = 1;
			u->nodes = json_object_get_int64(n);
			u->edges = json_object_get_int64(e);
			u->secs = since(&u->t0);
			child_send(c, FRAME_STOP, NULL, 0);
		}
		break;
	case FRAME_FAILED:
		free(u->failed);
		u->failed = xstrdup(jstr(o, "error") ? jstr(o, "error") :
		    "collector failed (no reason given)");
		child_send(c, FRAME_STOP, NULL, 0);
		break;
	default:
		rc = common_frame(u->run, u->cloud, u->display, type, o, err,
		    errlen);
		if (rc == 0 && type == FRAME_INFO &&
		    strcmp(jstr(o, "level"), "error") == 0) {
			free(u->said);
			u->said = xstrdup(jstr(o, "message"));
		}
	}
	json_object_put(o);
	return rc;
}

static int
unit_graph(struct child *c, struct evbuffer *in, size_t n, char *err,
    size_t errlen, void *arg)
{
	struct unit *u = arg;

	began(u);
	return spool_write(u->sp, in, n, err, errlen);
}

/* ---- units -------------------------------------------------------------- */

static void
unit_progress_done(struct unit *u)
{
	struct cloud *cl = u->cloud;
	json_object *e;
	char *d;
	size_t i;

	if (u->display != NULL) {
		progress_leaf(u->run, cl->name, u->display, 1);
		return;
	}
	for (i = 0; i < json_object_array_length(u->accounts); i++) {
		e = json_object_array_get_idx(u->accounts, i);
		d = display_name(e);
		progress_leaf(u->run, cl->name, d, 1);
		free(d);
	}
}

static void
unit_finish(struct unit *u, int delivered)
{
	struct run *r = u->run;

	u->finished = 1;
	if (delivered)
		r->delivered++;
	else
		r->failed++;
	if (u->sp != NULL && r->keep && !sink_is_dir(r->sink)) {
		log_info("[%s%s%s] debug_dump_json: graph kept in %s",
		    u->cloud->name, u->display ? ":" : "",
		    u->display ? u->display : "", spool_path(u->sp));
		spool_keep(u->sp);
	}
	spool_free(u->sp);
	u->sp = NULL;
	unit_progress_done(u);
	run_check(r);
}

static void
delivered_cb(int ok, const char *err, void *arg)
{
	struct unit *u = arg;
	struct run *r = u->run;
	const char *acc = u->display ? u->display : "";

	if (!ok) {
		info(r, "error", u->cloud->name, u->display,
		    "graph not delivered: %s", err);
		unit_finish(u, 0);
		return;
	}
	if (sink_is_dir(r->sink))
		fprintf(stderr, "%s %s: %" PRId64 " nodes, %" PRId64 " edges, "
		    "%" PRIu64 " bytes, %.3f s -> %s\n", u->cloud->name,
		    u->display ? u->display : "(all accounts)", u->nodes,
		    u->edges, spool_bytes(u->sp), u->secs, spool_path(u->sp));
	else
		log_info("[%s%s%s] delivered: %" PRId64 " nodes, %" PRId64
		    " edges, %" PRIu64 " bytes, collected in %.3f s",
		    u->cloud->name, u->display ? ":" : "", acc, u->nodes,
		    u->edges, spool_bytes(u->sp), u->secs);
	unit_finish(u, 1);
}

static void
unit_end(struct child *c, const struct child_end *e, void *arg)
{
	struct unit *u = arg;
	struct run *r = u->run;
	char err[512];

	u->child = NULL;
	if (r->aborting) {
		unit_finish(u, 0);
		return;
	}
	if (e->fate == CHILD_OK && u->done) {
		if (spool_finish(u->sp, err, sizeof(err)) == -1) {
			info(r, "error", u->cloud->name, u->display, "%s", err);
			unit_finish(u, 0);
			return;
		}
		sink_deliver(r->sink, u->sp, u->stem, (uint64_t)u->nodes,
		    (uint64_t)u->edges, delivered_cb, u);
		return;
	}
	if (u->failed != NULL && e->fate == CHILD_OK) {
		/* reported once: a collector may send the same text as INFO
		 * before its FAILED */
		if (u->said == NULL || strcmp(u->said, u->failed) != 0)
			info(r, "error", u->cloud->name, u->display, "%s",
			    u->failed);
	}
	else
		info(r, "error", u->cloud->name, u->display, "%s%s%s", e->why,
		    u->failed ? "; it had reported: " : "",
		    u->failed ? u->failed : "");
	unit_finish(u, 0);
}

static const struct child_cbs unit_cbs = { unit_frame, unit_graph, unit_end };

static char *
account_frame(struct run *r, struct cloud *cl, json_object *accounts)
{
	json_object *o = json_object_new_object();
	char *s;

	json_object_object_add(o, "cloud", json_object_new_string(cl->name));
	json_object_object_add(o, "accounts", json_object_get(accounts));
	json_object_object_add(o, "config", json_object_get(cl->config));
	json_object_object_add(o, "worker", json_object_get(r->worker));
	s = xstrdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
	return s;
}

static void
unit_new(struct cloud *cl, json_object *accounts, json_object *one)
{
	struct run *r = cl->run;
	struct unit *u = xcalloc(1, sizeof(*u));
	struct buf b = BUF_INIT;
	char name[80];

	u->run = r;
	u->cloud = cl;
	u->accounts = json_object_get(accounts);
	buf_puts(&b, cl->name);
	if (one != NULL) {
		u->display = display_name(one);
		spool_name(jstr(one, "id"), name, sizeof(name));
		buf_printf(&b, "-%s", name);
	}
	u->stem = buf_take(&b);
	TAILQ_INSERT_TAIL(&r->units, u, entry);
	unit_start(u);
}

static void
unit_start(struct unit *u)
{
	struct run *r = u->run;
	struct cloud *cl = u->cloud;
	struct child_spec spec;
	json_object *one;
	struct buf b = BUF_INIT;
	char err[512], *acc;

	if ((u->sp = spool_new(r->spooldir, u->stem, err, sizeof(err))) ==
	    NULL) {
		info(r, "error", cl->name, u->display, "%s", err);
		unit_finish(u, 0);
		return;
	}
	acc = account_frame(r, cl, u->accounts);
	memset(&spec, 0, sizeof(spec));
	spec.cloud = cl->name;
	one = json_object_array_length(u->accounts) == 1 ?
	    json_object_array_get_idx(u->accounts, 0) : NULL;
	spec.account = u->display ? jstr(one, "id") : NULL;
	spec.job = r->job;
	spec.timeout_s = r->timeout;
	u->child = child_new(&spec, &unit_cbs, u);
	json_object_object_add(one = json_object_new_object(), "task",
	    json_object_new_string(r->task));
	json_object_object_add(one, "step", json_object_new_string(r->step));
	json_object_object_add(one, "merge_kind", json_object_new_string(
	    r->cloud_merge ? "cloud" : "account"));
	buf_puts(&b, json_object_to_json_string_ext(one,
	    JSON_C_TO_STRING_PLAIN));
	json_object_put(one);
	if (strlen(acc) > FRAME_MAX_PAYLOAD)
		child_kill(u->child, "the account's configuration is larger "
		    "than a frame (1 MiB)");
	else if (child_send(u->child, FRAME_ACCOUNT, acc, strlen(acc)) == 0)
		child_send(u->child, FRAME_COLLECT, b.data, b.len);
	free(acc);
	buf_free(&b);
}

static void
unit_free(struct unit *u)
{
	json_object_put(u->accounts);
	spool_free(u->sp);
	free(u->display);
	free(u->stem);
	free(u->failed);
	free(u->said);
	free(u);
}

/* ---- clouds ------------------------------------------------------------- */

static void
disc_end(struct child *c, const struct child_end *e, void *arg)
{
	struct cloud *cl = arg;

	cl->disc = NULL;
	if (cl->accounts == NULL && e->fate != CHILD_OK && !cl->run->aborting)
		info(cl->run, "error", cl->name, NULL, "account discovery: %s",
		    e->why);
	else if (cl->accounts != NULL && e->fate != CHILD_OK)
		log_warnx("[%s] account discovery ended badly after listing "
		    "the accounts: %s", cl->name, e->why);
	cloud_discovered(cl);
}

static const struct child_cbs disc_cbs = { disc_frame, NULL, disc_end };

static void
cloud_discovered(struct cloud *cl)
{
	struct run *r = cl->run;
	json_object *tree, *parts, *e;
	size_t i, n;
	char *d;

	n = cl->accounts ? json_object_array_length(cl->accounts) : 0;
	if (r->aborting)
		;
	else if (n == 0) {
		if (cl->accounts != NULL)
			info(r, "info", cl->name, NULL, "no accounts found");
		progress_leaf(r, NULL, cl->name, 1);
	} else {
		tree = json_object_new_object();
		parts = json_object_new_array();
		for (i = 0; i < n; i++) {
			d = display_name(json_object_array_get_idx(cl->accounts,
			    i));
			json_object_array_add(parts, msg_progress_leaf(d, NULL,
			    0, 1));
			free(d);
		}
		json_object_object_add(tree, "kind",
		    json_object_new_string("tree"));
		json_object_object_add(tree, "name",
		    json_object_new_string(cl->name));
		json_object_object_add(tree, "parts", parts);
		progress(r, cl->name, tree);
		/* units that fail at once cannot end the run: the cloud
		 * counts as discovered only once all are created */
		if (r->cloud_merge)
			unit_new(cl, cl->accounts, NULL);
		else
			for (i = 0; i < n; i++) {
				e = json_object_new_array();
				json_object_array_add(e, json_object_get(
				    json_object_array_get_idx(cl->accounts, i)));
				unit_new(cl, e, json_object_array_get_idx(e, 0));
				json_object_put(e);
			}
	}
	cl->discovered = 1;
	run_check(r);
}

static void
cloud_start(struct run *r, const char *name)
{
	struct cloud *cl = xcalloc(1, sizeof(*cl));
	struct child_spec spec;
	json_object *sec, *empty;
	char *acc;

	cl->run = r;
	cl->name = xstrdup(name);
	if (!json_object_object_get_ex(r->sections, name, &sec))
		sec = NULL;
	cl->config = sec ? json_object_get(sec) : json_object_new_object();
	TAILQ_INSERT_TAIL(&r->clouds, cl, entry);
	progress_leaf(r, NULL, name, 0);
	memset(&spec, 0, sizeof(spec));
	spec.cloud = name;
	spec.job = r->job;
	spec.timeout_s = r->timeout;
	cl->disc = child_new(&spec, &disc_cbs, cl);
	empty = json_object_new_array();
	acc = account_frame(r, cl, empty);
	json_object_put(empty);
	if (strlen(acc) > FRAME_MAX_PAYLOAD)
		child_kill(cl->disc, "the cloud's configuration is larger than "
		    "a frame (1 MiB)");
	else if (child_send(cl->disc, FRAME_ACCOUNT, acc, strlen(acc)) == 0)
		child_send(cl->disc, FRAME_DISCOVER, NULL, 0);
	free(acc);
}

static void
cloud_free(struct cloud *cl)
{
	json_object_put(cl->config);
	json_object_put(cl->accounts);
	free(cl->name);
	free(cl);
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
		unit_free(u);
	}
	while ((cl = TAILQ_FIRST(&r->clouds)) != NULL) {
		TAILQ_REMOVE(&r->clouds, cl, entry);
		cloud_free(cl);
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
		reply(r, msg_action_error(r->type, r->data, error));
		status = 2;
	} else {
		log_info("collect %s: %d delivered, %d failed in %.3f s",
		    r->task, r->delivered, r->failed, since(&r->t0));
		reply(r, msg_action_done(r->type, r->data));
		status = r->failed ? 1 : 0;
	}
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

static void
run_check(struct run *r)
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
		info(r, "error", NULL, NULL, "no collector configured "
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
			cloud_start(r, name);
			continue;
		}
		for (k = 0; collectors[k] != NULL; k++)
			buf_printf(&known, "%s%s", k ? ", " : "",
			    collectors[k]->name);
		info(r, "error", name, NULL, "no such collector in this "
		    "worker (built in: %s)", buf_str(&known));
		buf_free(&known);
	}
	run_check(r);
}

static struct run *
run_new(struct core *core, const struct config *cfg, json_object *data,
    const char *type, const char *task, const char *step)
{
	struct run *r = xcalloc(1, sizeof(*r));
	json_object *names;
	const char *kind;
	size_t i;

	r->base = co.base;
	r->core = core;
	r->data = data ? json_object_get(data) : NULL;
	r->type = xstrdup(type);
	r->task = xstrdup(task);
	r->step = xstrdup(step);
	r->job = ++co.next_job;
	r->worker = copy_json(config_section(cfg, "resotoworker"));
	/* what children need of it: not the files the supervisor writes to
	 * $HOME at start (kubeconfigs and the like) */
	if (r->worker != NULL) {
		json_object_object_del(r->worker, "files_in_home_dir");
		json_object_object_del(r->worker, "write_files_to_home_dir");
	}
	names = config_get(cfg, "resotoworker.collector");
	r->names = names ? copy_json(names) : json_object_new_array();
	r->sections = json_object_new_object();
	for (i = 0; i < json_object_array_length(r->names); i++) {
		const char *n = json_object_get_string(
		    json_object_array_get_idx(r->names, i));
		json_object *sec = config_section(cfg, n);

		if (sec != NULL)
			json_object_object_add(r->sections, n, copy_json(sec));
	}
	kind = config_str(cfg, "resotoworker.graph_merge_kind");
	r->cloud_merge = kind != NULL && strcmp(kind, "cloud") == 0;
	r->timeout = (int)config_int(cfg, "resotoworker.timeout");
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

static void
run_start(struct run *r, const struct config *cfg)
{
	struct buf model = BUF_INIT;
	char err[256];

	if (children_configure((int)config_int(cfg, "resotoworker.pool_size"),
	    config_bool(cfg, "resotoworker.fork_process"),
	    config_str(cfg, "resotoworker.user"), co.syslog, err,
	    sizeof(err)) == -1)
		log_warnx("collect %s: %s", r->task, err);
	r->spooldir = xstrdup(sink_spool_dir(r->sink,
	    config_str(cfg, "resotoworker.tempdir")));
	log_info("collect %s: starting (%s merge, spool in %s)", r->task,
	    r->cloud_merge ? "cloud" : "account", r->spooldir);
	model_write(&model);
	if (r->keep && !sink_is_dir(r->sink)) {
		struct spool *sp = spool_new(r->spooldir, "model", err,
		    sizeof(err));
		struct evbuffer *b = evbuffer_new();

		if (sp != NULL && b != NULL) {
			evbuffer_add(b, model.data, model.len);
			if (spool_write(sp, b, model.len, err, sizeof(err)) == 0)
				log_info("debug_dump_json: model kept in %s",
				    spool_path(sp));
			spool_keep(sp);
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

/* URL path segment: unreserved characters kept, the rest %XX */
static void
url_segment(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '-' || *s == '.' ||
		    *s == '_' || *s == '~')
			buf_putc(b, *s);
		else
			buf_printf(b, "%%%02X", (unsigned char)*s);
	}
}

void
collect_action(struct core *core, json_object *msg)
{
	const struct config *cfg = core_config(core);
	struct msg_action a;
	struct sink_core_params p;
	struct buf g = BUF_INIT, path = BUF_INIT;
	const char *graph, *t;
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
	r = run_new(core, cfg, a.data, a.type, a.task, a.step);
	for (t = a.task; *t; t++)
		if ((unsigned char)*t < 0x20 || *t == 0x7f) {
			run_finish(r, "the task id contains control characters");
			return;
		}
	if (core_http(core) == NULL) {
		run_finish(r, "no connection to the core");
		return;
	}
	graph = config_str(cfg, "resotoworker.graph");
	if (graph == NULL || *graph == '\0')
		graph = "resoto";
	url_segment(&g, graph);
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
	p.senders = (int)config_int(cfg, "resotoworker.graph_sender_pool_size");
	p.timeout_ms = (long)r->timeout * 1000;
	r->sink = sink_core(co.base, &p);
	free(graph_url);
	free(model_url);
	buf_free(&g);
	buf_free(&path);
	run_start(r, cfg);
}

void
collect_shutdown(void)
{
	struct run *r;

	TAILQ_FOREACH(r, &co.runs, entry) {
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
	collect_shutdown();
	children_free();
	co.base = NULL;
}

/* ---- --collect-to ------------------------------------------------------- */

struct local {
	struct event_base	*base;
	int			 status;
	int			 done;
};

static void
local_finish(struct run *r, int status, void *arg)
{
	struct local *l = arg;

	l->status = status;
	l->done = 1;
	loop_exit(l->base);
}

static void
local_signal(evutil_socket_t sig, short ev, void *arg)
{
	struct local *l = arg;

	log_warnx("collect-to: interrupted by signal %d", (int)sig);
	collect_shutdown();
	l->status = 1;
	loop_exit(l->base);
}

int
collect_to_dir(struct event_base *base, const struct config *cfg,
    const char *dir)
{
	struct local l = { base, 2, 0 };
	struct event *sigint, *sigterm;
	json_object *names;
	struct run *r;

	if (mkdir(dir, 0700) == -1 && errno != EEXIST) {
		log_warn("collect-to: cannot create %s", dir);
		return 2;
	}
	names = config_get(cfg, "resotoworker.collector");
	r = run_new(NULL, cfg, NULL, "collect", "collect-to", "collect");
	if (names == NULL || json_object_array_length(names) == 0) {
		/* the useful default of a core-free collect */
		log_info("collect-to: no collector configured "
		    "(resotoworker.collector): running example and random");
		json_object_put(r->names);
		r->names = json_object_new_array();
		json_object_array_add(r->names, json_object_new_string("example"));
		json_object_array_add(r->names, json_object_new_string("random"));
		json_object_object_add(r->sections, "random",
		    copy_json(config_section(cfg, "random")));
		json_object_object_add(r->sections, "example",
		    copy_json(config_section(cfg, "example")));
	}
	r->sink = sink_dir(base, dir);
	r->on_finish = local_finish;
	r->finish_arg = &l;
	sigint = evsignal_new(base, SIGINT, local_signal, &l);
	sigterm = evsignal_new(base, SIGTERM, local_signal, &l);
	if (sigint == NULL || sigterm == NULL)
		fatalx("collect-to: out of memory");
	evsignal_add(sigint, NULL);
	evsignal_add(sigterm, NULL);
	run_start(r, cfg);
	if (loop_run(base) == -1)
		log_warnx("collect-to: event loop failed");
	if (!l.done) {
		collect_shutdown();
		l.status = 1;
	}
	event_free(sigint);
	event_free(sigterm);
	return l.status;
}

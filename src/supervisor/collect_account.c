/* collect_account: one merge unit of a run (an account, or a whole cloud
 * with graph_merge_kind cloud): its collector child, the frames it sends,
 * the spool file its graph streams into and the hand-off to the sink.
 * See collect_int.h. */
#include "supervisor/collect_int.h"
#include "supervisor/children.h"
#include "supervisor/metrics.h"
#include "supervisor/sink.h"
#include "supervisor/spool.h"
#include "protocol/frame.h"
#include "common/jget.h"
#include "common/buf.h"
#include "common/log.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/buffer.h>

static void	unit_start(struct unit *);

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
	if (co_parse_frame(type, p, len, &o, err, errlen) == -1)
		return -1;
	switch (type) {
	case FRAME_DONE:
		lines = u->sp != NULL ? spool_lines(u->sp) : 0;
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
			u->secs = co_since(&u->t0);
			child_send(c, FRAME_STOP, NULL, 0);
		}
		break;
	case FRAME_FAILED:
		free(u->failed);
		u->failed = xstrdup(jget_str(o, "error") ? jget_str(o, "error") :
		    "collector failed (no reason given)");
		child_send(c, FRAME_STOP, NULL, 0);
		break;
	default:
		rc = co_common_frame(u->run, u->cloud, u->display, type, o, err,
		    errlen);
		if (rc == 0 && type == FRAME_INFO &&
		    strcmp(jget_str(o, "level"), "error") == 0) {
			free(u->said);
			u->said = xstrdup(jget_str(o, "message"));
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
	/* the spool is made with the first graph bytes, not when the unit
	 * is queued: only running collectors hold a descriptor for one */
	if (u->sp == NULL && (u->sp = spool_new(u->run->spooldir, u->stem, err,
	    errlen)) == NULL) {
		evbuffer_drain(in, n);
		return -1;
	}
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
		co_progress_leaf(u->run, cl->name, u->display, 1);
		return;
	}
	for (i = 0; i < json_object_array_length(u->accounts); i++) {
		e = json_object_array_get_idx(u->accounts, i);
		d = co_display_name(e);
		co_progress_leaf(u->run, cl->name, d, 1);
		free(d);
	}
}

static void
unit_finish(struct unit *u, int delivered)
{
	struct run *r = u->run;

	u->finished = 1;
	u->delivered = delivered;
	if (delivered)
		r->delivered++;
	else
		r->failed++;
	if (u->sp != NULL && r->keep && !sink_is_dir(r->sink)) {
		spool_keep(u->sp);
		log_info("[%s%s%s] debug_dump_json: graph kept in %s",
		    u->cloud->name, u->display ? ":" : "",
		    u->display ? u->display : "", spool_path(u->sp));
	}
	spool_free(u->sp);
	u->sp = NULL;
	children_fds_freed();	/* the spool's and the upload's */
	unit_progress_done(u);
	co_run_check(r);
}

static void
delivered_cb(int ok, const char *err, void *arg)
{
	struct unit *u = arg;
	struct run *r = u->run;
	const char *acc = u->display ? u->display : "";

	if (!ok) {
		co_info(r, "error", u->cloud->name, u->display,
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
	metrics_graph_sent(u->cloud->name, u->nodes, u->edges,
	    spool_bytes(u->sp));
	unit_finish(u, 1);
}

static void
unit_end(struct child *c, const struct child_end *e, void *arg)
{
	struct unit *u = arg;
	struct run *r = u->run;

	u->child = NULL;
	if (r->aborting) {
		unit_finish(u, 0);
		return;
	}
	if (e->fate == CHILD_OK && u->done) {
		spool_finish(u->sp);
		sink_deliver(r->sink, u->sp, u->stem, (uint64_t)u->nodes,
		    (uint64_t)u->edges, delivered_cb, u);
		return;
	}
	if (u->failed != NULL && e->fate == CHILD_OK) {
		/* reported once: a collector may send the same text as INFO
		 * before its FAILED */
		if (u->said == NULL || strcmp(u->said, u->failed) != 0)
			co_info(r, "error", u->cloud->name, u->display, "%s",
			    u->failed);
	}
	else
		co_info(r, "error", u->cloud->name, u->display, "%s%s%s",
		    e->why, u->failed ? "; it had reported: " : "",
		    u->failed ? u->failed : "");
	unit_finish(u, 0);
}

static const struct child_cbs unit_cbs = { unit_frame, unit_graph, unit_end };

void
co_unit_new(struct cloud *cl, json_object *accounts, json_object *one)
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
		u->display = co_display_name(one);
		spool_name(jget_str(one, "id"), name, sizeof(name));
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
	char *acc;

	acc = co_account_frame(r, cl, u->accounts);
	memset(&spec, 0, sizeof(spec));
	spec.cloud = cl->name;
	one = json_object_array_length(u->accounts) == 1 ?
	    json_object_array_get_idx(u->accounts, 0) : NULL;
	spec.account = u->display ? jget_str(one, "id") : NULL;
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

void
co_unit_free(struct unit *u)
{
	json_object_put(u->accounts);
	spool_free(u->sp);
	free(u->display);
	free(u->stem);
	free(u->failed);
	free(u->said);
	free(u);
}

/* collect_account: one merge unit of a run (an account, or a whole cloud
 * with graph_merge_kind cloud): its collector child, the frames it sends,
 * the spool file its graph streams into and the hand-off to the sink.
 * See collect_int.h. */
#include "supervisor/collect_int.h"
#include "supervisor/children.h"
#include "supervisor/metrics.h"
#include "supervisor/sink.h"
#include "supervisor/spool.h"
#include "collector/collector.h"
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
static void	unit_next(struct cloud *);

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

/* ---- credential renewal --------------------------------------------------
 * A unit's child asks (RENEW) for fresh credentials of its account; a
 * helper child with the cloud's whole section (the base credentials the
 * unit's child never sees) makes them (ASSUME, answered by ACCOUNTS) and
 * they go to the unit's child (CREDENTIALS). In --no-fork mode the unit's
 * collector runs inside the supervisor and a helper would only run after
 * it: the supervisor makes them itself, with the same collector code,
 * while the unit's collector waits for the answer. */

struct renewal {
	struct unit	*u;
	int		 answered;
};

static void
renew_answer(struct renewal *rn, json_object *cred, const char *error)
{
	json_object *o = json_object_new_object();
	const char *s;

	rn->answered = 1;
	if (rn->u == NULL)		/* the unit is gone */
		return;
	rn->u->renewal = NULL;
	if (cred)
		json_object_object_add(o, "credentials", json_object_get(cred));
	else
		json_object_object_add(o, "error", json_object_new_string(
		    error));
	s = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);
	if (rn->u->child)
		child_send(rn->u->child, FRAME_CREDENTIALS, s, strlen(s));
	json_object_put(o);
}

static int
renew_frame(struct child *c, uint32_t type, const char *p, size_t len,
    char *err, size_t errlen, void *arg)
{
	struct renewal *rn = arg;
	json_object *o, *cred = NULL;
	int rc = 0;

	if (co_parse_frame(type, p, len, &o, err, errlen) == -1)
		return -1;
	switch (type) {
	case FRAME_ACCOUNTS:
		if (!json_object_is_type(o, json_type_array) ||
		    json_object_array_length(o) != 1 ||
		    !json_object_object_get_ex(json_object_array_get_idx(o, 0),
		    "credentials", &cred)) {
			snprintf(err, errlen, "collector sent ACCOUNTS without "
			    "the one account's credentials");
			rc = -1;
			break;
		}
		co_account_secrets(o);
		renew_answer(rn, cred, NULL);
		child_send(c, FRAME_STOP, NULL, 0);
		break;
	case FRAME_FAILED:
		renew_answer(rn, NULL, jget_str(o, "error") ? jget_str(o,
		    "error") : "the renewal failed (no reason given)");
		child_send(c, FRAME_STOP, NULL, 0);
		break;
	default:
		if (rn->u)
			rc = co_common_frame(rn->u->run, rn->u->cloud,
			    rn->u->display, type, o, err, errlen);
	}
	json_object_put(o);
	return rc;
}

static void
renew_end(struct child *c, const struct child_end *e, void *arg)
{
	struct renewal *rn = arg;

	if (!rn->answered)
		renew_answer(rn, NULL, e->why);
	else if (rn->u && rn->u->renewal == rn)
		rn->u->renewal = NULL;
	free(rn);
}

static const struct child_cbs renew_cbs = { renew_frame, NULL, renew_end };

/* --no-fork: the helper's ACCOUNT and ASSUME run here (the unit's
 * collector is blocked in its RENEW; nothing else runs meanwhile) */
static void
renew_here(struct renewal *rn, const char *account)
{
	struct unit *u = rn->u;
	struct buf out = BUF_INIT;
	json_object *none, *o = NULL, *cred;
	char *acc, why[512];

	none = json_object_new_array();
	acc = co_account_frame(u->run, u->cloud, none);
	json_object_put(none);
	if (collector_assume_here(acc, strlen(acc), account, &out, why,
	    sizeof(why)) == -1)
		renew_answer(rn, NULL, why);
	else if ((o = json_tokener_parse(buf_str(&out))) == NULL ||
	    !json_object_is_type(o, json_type_array) ||
	    json_object_array_length(o) != 1 ||
	    !json_object_object_get_ex(json_object_array_get_idx(o, 0),
	    "credentials", &cred))
		renew_answer(rn, NULL, "the collector made no credentials for "
		    "the account");
	else {
		co_account_secrets(o);
		renew_answer(rn, cred, NULL);
	}
	json_object_put(o);
	if (out.data != NULL)
		explicit_bzero(out.data, out.len);
	buf_free(&out);
	free(acc);
}

static int
renew_start(struct unit *u, json_object *req, char *err, size_t errlen)
{
	struct renewal *rn;
	struct child_spec spec;
	struct child *c;
	json_object *none;
	const char *account = jget_str(req, "account"), *s;
	char *acc;

	if (account == NULL || u->display == NULL ||
	    strcmp(account, jget_str(json_object_array_get_idx(u->accounts, 0),
	    "id")) != 0) {
		/* a child speaks for its own account only */
		snprintf(err, errlen, "collector asked to RENEW credentials "
		    "of another account (%s)", account ? account : "none");
		return -1;
	}
	if (u->renewal != NULL) {
		snprintf(err, errlen, "collector asked to RENEW again before "
		    "its credentials came");
		return -1;
	}
	rn = xcalloc(1, sizeof(*rn));
	rn->u = u;
	log_info("[%s:%s] renewing the account's credentials", u->cloud->name,
	    u->display);
	if (!children_forking()) {
		renew_here(rn, account);
		free(rn);
		return 0;
	}
	memset(&spec, 0, sizeof(spec));
	spec.cloud = u->cloud->name;
	spec.account = account;
	spec.job = u->run->job;
	spec.timeout_s = 120;
	spec.urgent = 1;
	u->renewal = rn;
	c = child_new(&spec, &renew_cbs, rn);
	none = json_object_new_array();
	acc = co_account_frame(u->run, u->cloud, none);
	json_object_put(none);
	s = json_object_to_json_string_ext(req, JSON_C_TO_STRING_PLAIN);
	if (strlen(acc) > FRAME_MAX_PAYLOAD)
		child_kill(c, "the cloud's configuration is larger than a "
		    "frame (1 MiB)");
	else if (child_send(c, FRAME_ACCOUNT, acc, strlen(acc)) == 0)
		child_send(c, FRAME_ASSUME, s, strlen(s));
	free(acc);
	return 0;
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
	case FRAME_RENEW:
		rc = renew_start(u, o, err, errlen);
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
	unit_next(u->cloud);	/* before this one can end the run */
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

/* When the previous run of the action's step started: the action's
 * data.timing.<step>.started_at (core-protocol.md 4.3); 0: none. */
int64_t
co_last_run(const struct run *r)
{
	json_object *t, *st, *v;

	if (r->data == NULL || r->step == NULL ||
	    !json_object_object_get_ex(r->data, "timing", &t) ||
	    !json_object_object_get_ex(t, r->step, &st) ||
	    !json_object_object_get_ex(st, "started_at", &v) ||
	    !(json_object_is_type(v, json_type_int) ||
	    json_object_is_type(v, json_type_double)))
		return 0;
	return json_object_get_int64(v);
}

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
	if (cl->limit > 0 && cl->running >= cl->limit) {
		u->queued = 1;	/* started when one of the cloud's ends */
		return;
	}
	cl->running++;
	unit_start(u);
}

/* A unit's child has ended: the cloud's next queued unit starts. */
static void
unit_next(struct cloud *cl)
{
	struct unit *u;

	cl->running--;
	if (cl->run->aborting)
		return;
	TAILQ_FOREACH(u, &cl->run->units, entry)
		if (u->cloud == cl && u->queued) {
			u->queued = 0;
			cl->running++;
			unit_start(u);
			return;
		}
}

static void
unit_start(struct unit *u)
{
	struct run *r = u->run;
	struct cloud *cl = u->cloud;
	struct child_spec spec;
	json_object *one;
	struct buf b = BUF_INIT;
	int64_t last;
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
	if ((last = co_last_run(r)) > 0)	/* metrics look back to it */
		json_object_object_add(one, "last_run",
		    json_object_new_int64(last));
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
	if (u->renewal)		/* its helper may outlive it */
		u->renewal->u = NULL;
	json_object_put(u->accounts);
	spool_free(u->sp);
	free(u->display);
	free(u->stem);
	free(u->failed);
	free(u->said);
	free(u);
}

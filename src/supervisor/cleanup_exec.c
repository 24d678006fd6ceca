/* cleanup_exec: the delete layers through the collector children, or the
 * dry run (core-protocol.md 7.2, 7.3, 9). See cleanup_int.h. */
#include "supervisor/cleanup_int.h"

#include "collector/collector.h"
#include "collector/corenode.h"
#include "common/buf.h"
#include "common/jget.h"
#include "common/log.h"
#include "protocol/frame.h"
#include "protocol/msg.h"
#include "supervisor/children.h"
#include "supervisor/collect.h"
#include "supervisor/core.h"
#include "supervisor/spool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/buffer.h>
#include <event2/event.h>

#define WB_BATCH	(64 * 1024)
/* Busy nodes with nothing else to delete: tried again after 2, 4, 8 ...
 * (at most 60) s, up to 120 s in all (AWS ends a terminated instance's
 * interfaces and volumes a minute or two after the call). Test hook:
 * RW_TEST_BUSY_WAIT_S, the total. */
#define BUSY_FIRST_S	2
#define BUSY_STEP_MAX_S	60
#define BUSY_WAIT_S	120

static void	step(struct crun *);
static void	push_ready(struct crun *, uint32_t);

/* Whether the collector of cloud has a pre-clean step. Test hook:
 * RW_TEST_PRE_CLEANUP, a comma-separated list of clouds, gives them one
 * (their children then answer each PRE_CLEANUP; the real collectors say
 * they have none), so the phase is tested before a collector has one. */
static int
has_pre(const char *cloud)
{
	const struct collector *c = collector_find(cloud);
	const char *h = getenv("RW_TEST_PRE_CLEANUP"), *e;
	size_t n = strlen(cloud);

	if (c != NULL && c->pre_delete != NULL)
		return 1;
	for (; h != NULL && *h != '\0'; h = *e ? e + 1 : e) {
		e = strchr(h, ',') ? strchr(h, ',') : h + strlen(h);
		if ((size_t)(e - h) == n && strncmp(h, cloud, n) == 0)
			return 1;
	}
	return 0;
}

/* A PRE_CLEANUP is over: the node waits for its pass again. */
static void
pre_done(struct crun *r, struct cchild *ch, int ok, const char *why)
{
	struct cacct *a = &r->accts[ch->acct];

	r->n[ch->node].state = CN_WAIT;
	r->pre_left--;
	if (ok)
		log_info("cleanup %s: pre-clean step done for %s in cloud %s "
		    "account %s region %s", r->task, ch->dn, a->cloud,
		    a->account, ch->region);
	else
		cl_info(r, "error", a->cloud, a->account, "An exception "
		    "occurred when running resource pre cleanup on %s in "
		    "account %s region %s: %s", ch->dn, a->account, ch->region,
		    why);
}

/* "<kind> <name> (<id>)" and the region of a node's JSON line */
static void
describe(const char *json, char *dn, size_t dnlen, char *region,
    size_t rlen)
{
	json_object *o = json_tokener_parse(json), *a;
	const char *reg = NULL;

	if (o != NULL) {
		corenode_rtdname(o, dn, dnlen);
		if (json_object_object_get_ex(o, "ancestors", &a) &&
		    json_object_object_get_ex(a, "region", &a) &&
		    json_object_object_get_ex(a, "reported", &a))
			reg = jget_str(a, "id");
	} else
		snprintf(dn, dnlen, "(unreadable node)");
	snprintf(region, rlen, "%s", reg ? reg : "undefined");
	json_object_put(o);
}

/* One write-back line (7.3), in the order the outcomes arrive. */
static void
write_back(struct crun *r, uint32_t i, const char *tried, int ok,
    const char *why)
{
	char now[MSG_UTC_LEN], err[256];
	json_object *o, *m, *log, *e;

	msg_utc(time(NULL), now);
	o = json_object_new_object();
	json_object_object_add(o, "id",
	    json_object_new_string(cl_node_id(r, i)));
	m = json_object_new_object();
	json_object_object_add(m, "cleaned", json_object_new_boolean(ok));
	log = json_object_new_array();
	if (tried != NULL) {
		e = json_object_new_object();
		json_object_object_add(e, "timestamp",
		    json_object_new_string(tried));
		json_object_object_add(e, "msg",
		    json_object_new_string("Trying to clean up"));
		json_object_object_add(e, "exception", NULL);
		json_object_array_add(log, e);
	}
	e = json_object_new_object();
	json_object_object_add(e, "timestamp", json_object_new_string(now));
	json_object_object_add(e, "msg", json_object_new_string(ok ?
	    "Successfully cleaned up" : "An error occurred during clean up"));
	json_object_object_add(e, "exception", ok ? NULL :
	    json_object_new_string(why));
	json_object_array_add(log, e);
	json_object_object_add(m, "event_log", log);
	json_object_object_add(o, "metadata", m);
	evbuffer_add_printf(r->wb_out, "%s\n", json_object_to_json_string_ext(
	    o, JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
	r->wb_lines++;
	if (evbuffer_get_length(r->wb_out) >= WB_BATCH &&
	    spool_write(r->wb_sp, r->wb_out, evbuffer_get_length(r->wb_out),
	    err, sizeof(err)) == -1)
		cl_run_fail(r, err);
}

/* action_progress for an account: a tree of deleted, failed and left. */
static void
progress(struct crun *r, struct cacct *a, int force)
{
	const char *ctx[2] = { a->cloud, NULL };
	json_object *t, *parts;
	time_t now = time(NULL);
	char err[256], *m;
	uint32_t left = a->total - a->deleted - a->failed;

	if (r->core == NULL || a->total == 0 ||
	    (!force && left > 0 && now == a->progress_at))
		return;
	a->progress_at = now;
	t = json_object_new_object();
	json_object_object_add(t, "kind", json_object_new_string("tree"));
	json_object_object_add(t, "name", json_object_new_string(a->account));
	parts = json_object_new_array();
	json_object_array_add(parts, msg_progress_leaf("deleted", NULL,
	    a->deleted, a->total));
	json_object_array_add(parts, msg_progress_leaf("failed", NULL,
	    a->failed, a->total));
	json_object_array_add(parts, msg_progress_leaf("left", NULL, left,
	    a->total));
	json_object_object_add(t, "path", json_object_new_array());
	json_object_array_add(json_object_object_get(t, "path"),
	    json_object_new_string(a->cloud));
	json_object_object_add(t, "parts", parts);
	if ((m = msg_action_progress("cleanup", r->task, r->step, ctx, t,
	    now, err, sizeof(err))) == NULL)
		log_warnx("cleanup %s: progress not sent: %s", r->task, err);
	else {
		core_reply(r->core, m);
		free(m);
	}
	json_object_put(t);
}

/* The node's outcome is in: it leaves its pass and lets its dependents go
 * (a busy node let go of them already, see release_busy). */
static void
finish(struct crun *r, uint32_t i)
{
	if (r->n[i].released)
		r->layer_left--;
	else
		cl_plan_done(r, i);
}

static void
node_deleted(struct crun *r, struct cchild *ch)
{
	struct cacct *a = &r->accts[ch->acct];
	uint32_t i = ch->node;

	r->n[i].state = CN_DELETED;
	a->deleted++;
	r->deleted++;
	log_info("cleanup %s: deleted %s in cloud %s account %s region %s",
	    r->task, ch->dn, a->cloud, a->account, ch->region);
	write_back(r, i, ch->tried, 1, NULL);
	finish(r, i);
	progress(r, a, 0);
}

/* A failure's report, write-back line and counts. */
static void
failure(struct crun *r, uint32_t i, const char *dn, const char *region,
    const char *tried, const char *why)
{
	struct cacct *a = &r->accts[r->n[i].acct];

	r->n[i].state = CN_FAILED;
	a->failed++;
	r->failed++;
	cl_info(r, "error", a->cloud, a->account, "An exception occurred when "
	    "running resource cleanup on %s in account %s region %s: %s", dn,
	    a->account, region, why);
	write_back(r, i, tried, 0, why);
	progress(r, a, 0);
}

static void
node_failed(struct crun *r, uint32_t i, const char *dn, const char *region,
    const char *tried, const char *why)
{
	failure(r, i, dn, region, tried, why);
	finish(r, i);
}

/* The cloud refused the delete because another resource still uses the
 * node (an instance in a subnet, an address in the VPC of a gateway):
 * it leaves its pass, keeps its dependents waiting and goes to the busy
 * list (see retry_busy). */
static void
node_busy(struct crun *r, struct cchild *ch, const char *why)
{
	struct cacct *a = &r->accts[ch->acct];
	struct cbusy *b;

	if (r->nbusy == r->busy_cap) {
		r->busy_cap = r->busy_cap ? r->busy_cap * 2 : 16;
		r->busy = xrealloc(r->busy, r->busy_cap * sizeof(*r->busy));
	}
	b = &r->busy[r->nbusy++];
	b->node = ch->node;
	b->mark = a->deleted;
	b->why = xstrdup(why);
	memcpy(b->tried, ch->tried, sizeof(b->tried));
	r->n[ch->node].state = CN_BUSY;
	r->layer_left--;
	log_info("cleanup %s: %s in cloud %s account %s region %s is still in "
	    "use; tried again after other deletes: %s", r->task, ch->dn,
	    a->cloud, a->account, ch->region, why);
}

/* At the end of a pass: the busy nodes whose account deleted something
 * since their refusal go to the ready lists again, as part of this pass.
 * Returns how many. */
static uint32_t
retry_busy(struct crun *r)
{
	struct cbusy *b;
	uint32_t n = 0;
	size_t k, keep = 0;

	for (k = 0; k < r->nbusy; k++) {
		b = &r->busy[k];
		if (!r->busy_all &&
		    b->mark == r->accts[r->n[b->node].acct].deleted) {
			r->busy[keep++] = *b;
			continue;
		}
		free(b->why);
		push_ready(r, b->node);
		r->layer_left++;
		n++;
	}
	r->nbusy = keep;
	r->busy_all = 0;
	if (n > 0)
		log_info("cleanup %s: pass %u: trying %u node%s again that "
		    "the cloud refused while in use", r->task, r->layer_no, n,
		    n == 1 ? "" : "s");
	return n;
}

/* Nothing else can go: the busy nodes let their dependents go (a VPC's
 * default security group goes only with the VPC), and stay in the busy
 * list to be tried again once something was deleted. */
static void
release_busy(struct crun *r)
{
	size_t k;

	for (k = 0; k < r->nbusy; k++)
		if (!r->n[r->busy[k].node].released) {
			r->n[r->busy[k].node].released = 1;
			cl_plan_release(r, r->busy[k].node);
		}
}

static void
busy_wait_cb(evutil_socket_t fd, short what, void *arg)
{
	struct crun *r = arg;

	r->busy_all = 1;
	step(r);
}

/* No pass is left and nothing was deleted since the busy nodes' last
 * refusal: when this run deleted something in a busy node's account (the
 * cloud may still be ending it), wait and try them all again (1), as
 * long as the budget lasts; else 0. */
static int
wait_busy(struct crun *r)
{
	struct timeval tv = { 0, 0 };
	const char *h = getenv("RW_TEST_BUSY_WAIT_S");
	int budget = h ? atoi(h) : BUSY_WAIT_S, d, recent = 0;
	size_t k;

	if (r->busy_ev != NULL && evtimer_pending(r->busy_ev, NULL))
		return 1;
	for (k = 0; k < r->nbusy && !recent; k++)
		recent = r->accts[r->n[r->busy[k].node].acct].deleted > 0;
	if (!recent || r->busy_waited >= budget)
		return 0;
	d = BUSY_FIRST_S << (r->busy_waits < 5 ? r->busy_waits : 5);
	if (d > BUSY_STEP_MAX_S)
		d = BUSY_STEP_MAX_S;
	if (d > budget - r->busy_waited)
		d = budget - r->busy_waited;
	if (r->busy_ev == NULL &&
	    (r->busy_ev = evtimer_new(cl_base(), busy_wait_cb, r)) == NULL)
		fatalx("cleanup: cannot create an event");
	tv.tv_sec = d;
	evtimer_add(r->busy_ev, &tv);
	r->busy_waits++;
	r->busy_waited += d;
	log_info("cleanup %s: %zu node%s still in use and nothing else to "
	    "delete: trying again in %d s (the cloud may still be ending what "
	    "was deleted)", r->task, r->nbusy, r->nbusy == 1 ? "" : "s", d);
	return 1;
}

/* No pass is left and nothing was deleted since the busy nodes' last
 * refusal: they fail with it. */
static void
fail_busy(struct crun *r)
{
	const char *json;
	char err[256], dn[256], region[128];
	size_t k;

	for (k = 0; k < r->nbusy; k++) {
		if ((json = cl_node_json(r, r->busy[k].node, err,
		    sizeof(err))) != NULL)
			describe(json, dn, sizeof(dn), region, sizeof(region));
		else {
			snprintf(dn, sizeof(dn), "%s", cl_node_id(r,
			    r->busy[k].node));
			snprintf(region, sizeof(region), "undefined");
		}
		failure(r, r->busy[k].node, dn, region, r->busy[k].tried,
		    r->busy[k].why);
		free(r->busy[k].why);
	}
	r->nbusy = 0;
}

/* The child's request is over (answered or the child is gone). */
static void
settle(struct cchild *ch)
{
	ch->node = CL_NONE;
	ch->run->inflight--;
}

/* RESULT {"ok": bool, "node", "error"}, FAILED {"error"}, INFO, PROGRESS */
static int
on_frame(struct child *c, uint32_t type, const char *payload, size_t len,
    char *err, size_t errlen, void *arg)
{
	struct cchild *ch = arg;
	struct crun *r = ch->run;
	struct cacct *a = &r->accts[ch->acct];
	json_object *o = json_tokener_parse(payload), *ok, *busy;
	const char *why;

	if (o == NULL || !json_object_is_type(o, json_type_object)) {
		json_object_put(o);
		snprintf(err, errlen, "%s is not a JSON object (%zu bytes)",
		    frame_type_name(type), len);
		return -1;
	}
	if (type == FRAME_INFO) {
		if (jget_str(o, "message") != NULL)
			cl_info(r, jget_str(o, "level") && strcmp(jget_str(o,
			    "level"), "error") == 0 ? "error" : "info",
			    a->cloud, a->account, "%s", jget_str(o, "message"));
		json_object_put(o);
		return 0;
	}
	if (type != FRAME_RESULT && type != FRAME_FAILED) {
		json_object_put(o);	/* PROGRESS: a delete has none */
		return 0;
	}
	if (ch->node == CL_NONE) {
		json_object_put(o);
		snprintf(err, errlen, "%s without a CLEANUP",
		    frame_type_name(type));
		return -1;
	}
	if (type == FRAME_RESULT && (!json_object_object_get_ex(o, "ok", &ok) ||
	    !json_object_is_type(ok, json_type_boolean))) {
		json_object_put(o);
		snprintf(err, errlen, "RESULT is not {\"ok\": bool, ...}");
		return -1;
	}
	if (r->pre)
		pre_done(r, ch, type == FRAME_RESULT &&
		    json_object_get_boolean(ok), jget_str(o, "error") ?
		    jget_str(o, "error") : "the collector gave no reason");
	else if (type == FRAME_RESULT && json_object_get_boolean(ok))
		node_deleted(r, ch);
	else {
		why = jget_str(o, "error");
		if (why == NULL)
			why = "the collector gave no reason";
		if (type == FRAME_RESULT && json_object_object_get_ex(o,
		    "busy", &busy) && json_object_get_boolean(busy))
			node_busy(r, ch, why);
		else
			node_failed(r, ch->node, ch->dn, ch->region,
			    ch->tried, why);
	}
	json_object_put(o);
	settle(ch);
	step(r);
	return 0;
}

static void
on_end(struct child *c, const struct child_end *e, void *arg)
{
	struct cchild *ch = arg;
	struct crun *r = ch->run;
	struct cacct *a;
	struct buf why = BUF_INIT;

	if (r == NULL) {	/* the run was stopped (cl_exec_free) */
		free(ch);
		return;
	}
	a = &r->accts[ch->acct];
	if (ch->node != CL_NONE) {
		buf_printf(&why, "the collector for %s:%s ended before it "
		    "answered: %s", a->cloud, a->account, e->why);
		if (r->pre)
			pre_done(r, ch, 0, buf_str(&why));
		else
			node_failed(r, ch->node, ch->dn, ch->region, ch->tried,
			    buf_str(&why));
		buf_free(&why);
		settle(ch);
		if (!r->aborting && a->head != CL_NONE)
			log_warnx("cleanup %s: a new collector takes the rest "
			    "of %s:%s", r->task, a->cloud, a->account);
	} else if (e->fate != CHILD_OK && e->fate != CHILD_STOPPED &&
	    !r->aborting)
		log_warnx("cleanup %s: the idle collector for %s:%s ended: %s",
		    r->task, a->cloud, a->account, e->why);
	LIST_REMOVE(ch, entry);
	r->nchildren--;
	a->nchildren--;
	free(ch);
	if (!r->aborting)
		step(r);
}

static const struct child_cbs cleanup_cbs = { on_frame, NULL, on_end };

static struct cchild *
spawn(struct crun *r, uint32_t ai)
{
	struct cacct *a = &r->accts[ai];
	struct child_spec spec;
	struct cchild *ch;
	json_object *accounts, *one, *sec = NULL;
	char *acc;

	ch = xcalloc(1, sizeof(*ch));
	ch->run = r;
	ch->acct = ai;
	ch->node = CL_NONE;
	LIST_INSERT_HEAD(&r->children, ch, entry);
	r->nchildren++;
	a->nchildren++;
	memset(&spec, 0, sizeof(spec));
	spec.cloud = a->cloud;
	spec.account = a->account;
	spec.job = r->job;
	spec.timeout_s = r->timeout;
	accounts = json_object_new_array();
	one = json_object_new_object();
	json_object_object_add(one, "id", json_object_new_string(a->account));
	json_object_array_add(accounts, one);
	json_object_object_get_ex(r->sections, a->cloud, &sec);
	acc = collect_account_frame(a->cloud, accounts, sec, r->worker);
	json_object_put(accounts);
	ch->child = child_new(&spec, &cleanup_cbs, ch);
	if (strlen(acc) > FRAME_MAX_PAYLOAD)
		child_kill(ch->child, "the account's configuration is larger "
		    "than a frame (1 MiB)");
	else
		child_send(ch->child, FRAME_ACCOUNT, acc, strlen(acc));
	free(acc);
	return ch;
}

/* Give node i to the child (or fail it when it cannot go). */
static void
send_node(struct crun *r, struct cchild *ch, uint32_t i)
{
	const char *json;
	char err[256];

	if ((json = cl_node_json(r, i, err, sizeof(err))) == NULL) {
		if (r->pre) {	/* its delete fails the same way later */
			r->n[i].state = CN_WAIT;
			r->pre_left--;
		} else
			node_failed(r, i, cl_node_id(r, i), "undefined", NULL,
			    err);
		return;
	}
	describe(json, ch->dn, sizeof(ch->dn), ch->region, sizeof(ch->region));
	if (r->n[i].len > FRAME_MAX_PAYLOAD) {
		if (r->pre) {	/* its delete fails the same way later */
			r->n[i].state = CN_WAIT;
			r->pre_left--;
		} else
			node_failed(r, i, ch->dn, ch->region, NULL, "the node "
			    "is larger than a frame (1 MiB): not sent to the "
			    "collector");
		return;
	}
	msg_utc(time(NULL), ch->tried);
	if (child_send(ch->child, r->pre ? FRAME_PRE_CLEANUP : FRAME_CLEANUP,
	    json, r->n[i].len) == -1) {
		ch->stopping = 1;
		ch->node = i;	/* for pre_done */
		if (r->pre)
			pre_done(r, ch, 0, "the collector is gone");
		else
			node_failed(r, i, ch->dn, ch->region, NULL,
			    "the collector is gone");
		ch->node = CL_NONE;
		return;
	}
	r->n[i].state = CN_FLIGHT;
	ch->node = i;
	r->inflight++;
}

static struct cchild *
idle_child(struct crun *r, uint32_t ai)
{
	struct cchild *ch;

	LIST_FOREACH(ch, &r->children, entry)
		if (ch->acct == ai && ch->node == CL_NONE && !ch->stopping)
			return ch;
	return NULL;
}

/* Stop an idle child whose account has nothing ready: its slot is
 * wanted (by another account, or by a child waiting for the pool). */
static int
stop_one_idle(struct crun *r)
{
	struct cchild *ch;

	LIST_FOREACH(ch, &r->children, entry)
		if (ch->node == CL_NONE && !ch->stopping &&
		    r->accts[ch->acct].head == CL_NONE) {
			ch->stopping = 1;
			child_send(ch->child, FRAME_STOP, NULL, 0);
			return 1;
		}
	return 0;
}

static uint32_t
pop_ready(struct cacct *a, struct crun *r)
{
	uint32_t i = a->head;

	a->head = r->n[i].next;
	if (a->head == CL_NONE)
		a->tail = CL_NONE;
	r->n[i].next = CL_NONE;
	return i;
}

/* Hand out ready nodes: accounts in turn, an idle child of the account
 * or a new one, at most r->pool in flight. */
static void
pump(struct crun *r)
{
	struct cchild *ch;
	uint32_t k, ai;
	int moved = 1;

	while (moved && r->inflight < r->pool && !r->aborting &&
	    !r->stopping) {
		moved = 0;
		for (k = 0; k < r->na && r->inflight < r->pool; k++) {
			ai = k;
			if (r->accts[ai].head == CL_NONE)
				continue;
			if ((ch = idle_child(r, ai)) == NULL) {
				if (r->nchildren >= r->maxchildren &&
				    !stop_one_idle(r))
					continue;
				if (r->nchildren >= r->maxchildren)
					continue;	/* after the stop */
				ch = spawn(r, ai);
			}
			send_node(r, ch, pop_ready(&r->accts[ai], r));
			moved = 1;
		}
	}
	/* another job waits for a pool slot: idle children make room */
	if (children_queued() > 0)
		while (stop_one_idle(r))
			;
}

/* Node i at the end of its account's ready list. */
static void
push_ready(struct crun *r, uint32_t i)
{
	struct cacct *a = &r->accts[r->n[i].acct];

	r->n[i].state = CN_READY;
	if (a->tail == CL_NONE)
		a->head = i;
	else
		r->n[a->tail].next = i;
	a->tail = i;
}

static void
start_layer(struct crun *r)
{
	uint32_t k;

	log_info("cleanup %s: pass %u: %u node%s", r->task, r->layer_no,
	    r->nlayer, r->nlayer == 1 ? "" : "s");
	for (k = 0; k < r->nlayer; k++)
		push_ready(r, r->layer[k]);
}

/* After every outcome and every child's end. */
static void
step(struct crun *r)
{
	struct cchild *ch;
	char err[256];
	uint32_t k;

	if (r->aborting || r->finishing)
		return;
	if (r->stopping && r->inflight == 0) {
		r->pre = 0;		/* what is not done waits for the next run */
		r->plan_over = 1;
	}
	if (r->pre) {
		if (r->pre_left > 0 || r->inflight > 0) {
			pump(r);
			return;
		}
		r->pre = 0;
		start_layer(r);
	}
	/* a pass is over: the busy nodes that may go now, else the next
	 * pass (when none would come, the busy nodes let go of their
	 * dependents first); none left: what is still busy fails */
	while (r->layer_left == 0 && r->inflight == 0 && !r->plan_over) {
		if (retry_busy(r) > 0)
			break;
		if (!r->last_pass) {
			if (r->nnext == 0)
				release_busy(r);
			if (cl_plan_next(r)) {
				start_layer(r);
				continue;
			}
			r->last_pass = 1;
		}
		if (r->nbusy > 0 && wait_busy(r))
			break;
		fail_busy(r);
		r->plan_over = 1;
	}
	if (r->plan_over && r->inflight == 0) {
		/* all passes done: the children go, then the end */
		LIST_FOREACH(ch, &r->children, entry)
			if (!ch->stopping) {
				ch->stopping = 1;
				child_send(ch->child, FRAME_STOP, NULL,
				    0);
			}
		if (r->nchildren > 0)
			return;
		for (k = 0; k < r->na; k++)
			progress(r, &r->accts[k], 1);
		log_info("cleanup %s: every pass done: %u deleted, %u "
		    "failed; writing %llu outcomes back", r->task,
		    r->deleted, r->failed,
		    (unsigned long long)r->wb_lines);
		if (spool_write(r->wb_sp, r->wb_out,
		    evbuffer_get_length(r->wb_out), err,
		    sizeof(err)) == -1) {
			cl_run_fail(r, err);
			return;
		}
		spool_finish(r->wb_sp);
		r->finishing = 1;
		cl_run_done(r);
		return;
	}
	pump(r);
}

static void
dry_run(struct crun *r)
{
	struct cacct *a;
	const char *json;
	char err[256], dn[600], region[128];
	uint32_t k, i;

	for (i = 0; i < r->nn; i++) {
		a = &r->accts[r->n[i].acct];
		if (!a->pre)
			continue;
		if ((json = cl_node_json(r, i, err, sizeof(err))) != NULL)
			describe(json, dn, sizeof(dn), region, sizeof(region));
		log_info("cleanup %s: dry run: would run the pre-clean step of "
		    "%s in cloud %s account %s region %s", r->task,
		    json ? dn : cl_node_id(r, i), a->cloud, a->account,
		    json ? region : "undefined");
	}
	do {
		log_info("cleanup %s: dry run: pass %u: %u node%s", r->task,
		    r->layer_no, r->nlayer, r->nlayer == 1 ? "" : "s");
		for (k = 0; k < r->nlayer; k++) {
			i = r->layer[k];
			a = &r->accts[r->n[i].acct];
			if ((json = cl_node_json(r, i, err, sizeof(err))) ==
			    NULL)
				snprintf(dn, sizeof(dn), "%s (%s)",
				    cl_node_id(r, i), err);
			else
				describe(json, dn, sizeof(dn), region,
				    sizeof(region));
			log_info("cleanup %s: dry run: would delete %s in "
			    "cloud %s account %s region %s", r->task, dn,
			    a->cloud, a->account, json ? region : "undefined");
			r->n[i].state = CN_DELETED;
			cl_plan_done(r, i);
		}
	} while (cl_plan_next(r));
	r->finishing = 1;
	cl_run_done(r);
}

void
cl_exec_start(struct crun *r)
{
	struct cacct *a;
	char err[256];
	uint32_t k, i;

	for (k = 0; k < r->na; k++) {
		a = &r->accts[k];
		if (a->served || a->total == 0)
			continue;
		if (a->account == NULL)
			cl_info(r, "info", a->cloud, NULL, "%u flagged node%s "
			    "without an account (e.g. %s) left alone: no "
			    "collector account to delete %s with", a->total,
			    a->total == 1 ? "" : "s", a->sample,
			    a->total == 1 ? "it" : "them");
		else
			cl_info(r, "info", a->cloud, a->account, "%u flagged "
			    "node%s (e.g. %s) left alone: this worker does not "
			    "serve account %s of %s", a->total,
			    a->total == 1 ? "" : "s", a->sample, a->account,
			    a->cloud);
		a->reported = 1;
	}
	cl_plan(r);
	log_info("cleanup %s: %u flagged node%s to delete%s", r->task, r->nn,
	    r->nn == 1 ? "" : "s", r->dry_run ? " (dry run)" : "");
	for (k = 0; k < r->na; k++)
		r->accts[k].pre = r->accts[k].served &&
		    has_pre(r->accts[k].cloud);
	if (r->dry_run) {
		dry_run(r);
		return;
	}
	if ((r->wb_sp = spool_new(r->spooldir, "cleanup-writeback", err,
	    sizeof(err))) == NULL) {
		cl_run_fail(r, err);
		return;
	}
	r->wb_out = evbuffer_new();
	for (k = 0; k < r->na; k++)	/* every account at 0 deleted */
		if (r->accts[k].served)
			progress(r, &r->accts[k], 1);
	/* the reference's pre-cleanup: every node of a collector that has
	 * the step, before the first pass */
	for (i = 0; i < r->nn; i++)
		if (r->accts[r->n[i].acct].pre) {
			push_ready(r, i);
			r->pre_left++;
		}
	if (r->pre_left > 0) {
		r->pre = 1;
		log_info("cleanup %s: the pre-clean step for %u node%s",
		    r->task, r->pre_left, r->pre_left == 1 ? "" : "s");
	} else
		start_layer(r);
	step(r);
}

void
cl_exec_stop(struct crun *r)
{
	r->stopping = 1;
	step(r);
}

void
cl_exec_free(struct crun *r)
{
	struct cchild *ch;

	/* children end through on_end; kill what is left */
	while ((ch = LIST_FIRST(&r->children)) != NULL) {
		LIST_REMOVE(ch, entry);
		ch->run = NULL;		/* on_end frees it */
		child_kill(ch->child, "the cleanup run is stopped");
	}
	while (r->nbusy > 0)
		free(r->busy[--r->nbusy].why);
	free(r->busy);
	if (r->busy_ev != NULL)
		event_free(r->busy_ev);
	spool_free(r->wb_sp);
	if (r->wb_out != NULL)
		evbuffer_free(r->wb_out);
}

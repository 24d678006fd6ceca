/*
 * core_actions: the core session's websocket A (see core.h): registering
 * for the collect and cleanup actions before every connect (and again when
 * the timeout changes), the actions that arrive, the replies (queued while
 * A is down) and the memory of finished actions.
 */
#include "supervisor/core.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/msg.h"
#include "supervisor/core_int.h"
#include "supervisor/options.h"
#include "supervisor/corelink.h"
#include "supervisor/outq.h"
#include "supervisor/replay.h"

#include <stdlib.h>
#include <string.h>

#define REST_TIMEOUT_MS		60000	/* registration */
#define DEFAULT_TIMEOUT		10800	/* resotoworker.timeout */

static const char *const action_events[] = { "collect", "cleanup" };

static void	register_next(struct core *);

static int64_t
sub_timeout(struct core *c)
{
	int64_t t = config_int(c->cfg, "resotoworker.timeout");

	return t > 0 ? t : DEFAULT_TIMEOUT;
}

struct http_req *
core_subscribe(struct core *c, const char *sid, const char *event,
    int64_t timeout, http_cb cb, void *arg)
{
	struct http_req_opts o;
	struct http_req *r;
	char *url;

	url = core_url(c, "/subscriber/%s/%s?timeout=%lld&"
	    "wait_for_completion=True", sid, event, (long long)timeout);
	memset(&o, 0, sizeof(o));
	o.method = "POST";
	o.url = url;
	o.accept = "application/json";
	o.body = "";
	o.body_len = 0;
	o.timeout_ms = REST_TIMEOUT_MS;
	r = http_request(c->http, &o, cb, arg);
	free(url);
	return r;
}

static struct http_req *
register_one(struct core *c, const char *event, http_cb cb)
{
	return core_subscribe(c, c->asid, event, c->reg_timeout, cb, c);
}

static void
registered(const struct http_res *res, void *arg)
{
	struct core *c = arg;
	const char *ev = action_events[c->reg_step];
	char *excerpt;

	c->reg = NULL;
	if (!res->failed && res->status == 200) {
		if (++c->reg_step < 2)
			register_next(c);
		else
			corelink_go(c->la);
		return;
	}
	if (res->failed)
		core_trouble(c, core_trouble_class(0, res->error),
		    "core: registering for %s actions failed: %s", ev,
		    res->error ? res->error : "transport error");
	else {
		excerpt = msg_oneline(buf_str(&res->body), res->body.len, 200);
		core_trouble(c, core_trouble_class(res->status, NULL),
		    "core: registering for %s actions: HTTP %ld%s%s%s", ev,
		    res->status, *excerpt ? ": " : "", excerpt,
		    core_auth_hint(c, res->status));
		free(excerpt);
	}
	corelink_retry(c->la);
}

static void
register_next(struct core *c)
{
	c->reg = register_one(c, action_events[c->reg_step], registered);
}

/* Before every connect of A (4.1). */
static void
a_prepare(struct corelink *l, void *arg)
{
	struct core *c = arg;

	c->reg_step = 0;
	c->reg_timeout = sub_timeout(c);
	register_next(c);
}

static void
mark_sent(struct core *c, const char *text, size_t len)
{
	struct msg_action a;
	struct replay_entry *e;
	json_object *o;
	char err[128];

	if ((o = msg_parse(text, len, err, sizeof(err))) == NULL)
		return;
	if (json_object_object_get_ex(o, "data", &a.data) &&
	    (a.task = json_object_get_string(json_object_object_get(a.data,
	    "task"))) != NULL &&
	    (a.step = json_object_get_string(json_object_object_get(a.data,
	    "step"))) != NULL &&
	    (e = replay_find(&c->rp, a.task, a.step)) != NULL)
		e->sent_conn = corelink_opens(c->la);
	json_object_put(o);
}

static int
send_a(struct core *c, int kind, const char *text, size_t len)
{
	if (c->la == NULL || corelink_send(c->la, text, len) == -1)
		return -1;
	if (kind == MSG_K_DONE || kind == MSG_K_ERROR)
		mark_sent(c, text, len);
	return 0;
}

static void
enqueue(struct core *c, int kind, char *text, size_t len)
{
	int dropped;

	if ((dropped = outq_push(&c->q, kind, text, len)) > 0 &&
	    !c->q_warned) {
		log_warnx("core: more replies than fit the queue (%zu frames, "
		    "%zu bytes) while the actions websocket is down: dropping "
		    "the oldest progress messages (never a done or error)",
		    c->q.max_n, c->q.max_bytes);
		c->q_warned = 1;
	}
}

static void
flush(struct core *c)
{
	struct outq_item *it;
	size_t n = 0;

	while ((it = outq_head(&c->q)) != NULL) {
		if (send_a(c, it->kind, it->text, it->len) == -1)
			break;
		outq_shift(&c->q);
		n++;
	}
	if (n > 0 || c->q.dropped > 0)
		log_info("core: sent %zu replies held while disconnected "
		    "(%lu progress/info messages dropped)", n, c->q.dropped);
	if (outq_head(&c->q) == NULL) {
		c->q.dropped = 0;
		c->q_warned = 0;
	}
}

/* Send now, or queue when A is down (or earlier frames still wait). */
static void
send_or_queue(struct core *c, int kind, char *text, size_t len)
{
	if (outq_head(&c->q) == NULL && send_a(c, kind, text, len) == 0) {
		free(text);
		return;
	}
	enqueue(c, kind, text, len);
}

void
core_reply(struct core *c, const char *json)
{
	json_object *o, *data;
	struct msg_action a;
	char err[512], *text;
	int kind;

	text = msg_utf8(json, strlen(json), 0);
	if ((kind = msg_check_reply(text, strlen(text), &o, err,
	    sizeof(err))) == MSG_BAD) {
		log_errorx("core: not sending a reply the core would refuse "
		    "(%s): %.200s", err, text);
		free(text);
		return;
	}
	if (kind == MSG_K_DONE || kind == MSG_K_ERROR) {
		data = json_object_object_get(o, "data");
		a.task = json_object_get_string(json_object_object_get(data,
		    "task"));
		a.step = json_object_get_string(json_object_object_get(data,
		    "step"));
		replay_finish(&c->rp, a.task, a.step, text);
		log_debug("core: %s for task %s step %s",
		    kind == MSG_K_DONE ? "action_done" : "action_error", a.task,
		    a.step);
	}
	json_object_put(o);
	send_or_queue(c, kind, text, strlen(text));
}

/* An action whose task or step id is unusable (msg_id_check): answered
 * with action_error once, not run and not remembered; a reply the core
 * could not take (a multi-MiB id) is not sent. */
static void
refuse_action(struct core *c, const struct msg_action *a, const char *why)
{
	char *rep, *type;

	type = msg_oneline(a->type, strlen(a->type), 40);
	rep = msg_action_error(a->type, a->data, why);
	if (strlen(rep) > MSG_CORE_FRAME_MAX) {
		log_warnx("core: %s action refused: %s; the reply would be "
		    "larger than the core takes (%d bytes): not answered",
		    type, why, MSG_CORE_FRAME_MAX);
		free(rep);
	} else {
		log_warnx("core: %s action refused: %s; answered with "
		    "action_error", type, why);
		send_or_queue(c, MSG_K_ERROR, rep, strlen(rep));
	}
	free(type);
}

static void
a_text(struct corelink *l, const char *text, size_t len, void *arg)
{
	struct core *c = arg;
	struct replay_entry *e;
	struct msg_action a;
	json_object *o;
	char err[512];
	int r;

	if ((o = core_ws_json(text, len, "actions")) == NULL)
		return;
	if ((r = msg_action_parse(o, &a, err, sizeof(err))) != MSG_OK) {
		log_warnx("core: ignoring %s on the actions websocket%s", err,
		    r == MSG_OTHER ? " (only actions are expected)" : "");
		json_object_put(o);
		return;
	}
	if (msg_id_check(a.data, "task", err, sizeof(err)) == -1 ||
	    msg_id_check(a.data, "step", err, sizeof(err)) == -1) {
		refuse_action(c, &a, err);
		json_object_put(o);
		return;
	}
	if ((e = replay_find(&c->rp, a.task, a.step)) != NULL) {
		if (e->reply == NULL)
			log_warnx("core: %s action for task %s step %s is "
			    "already running; ignoring the duplicate", a.type,
			    a.task, a.step);
		else if (e->sent_conn == corelink_opens(c->la))
			log_debug("core: %s for task %s already answered on "
			    "this connection", a.type, a.task);
		else {
			log_info("core: %s action for task %s step %s already "
			    "finished; sending its reply again", a.type, a.task,
			    a.step);
			send_or_queue(c, MSG_K_DONE, xstrdup(e->reply),
			    strlen(e->reply));
		}
		json_object_put(o);
		return;
	}
	log_info("core: %s action for task %s step %s", a.type, a.task,
	    a.step);
	replay_start(&c->rp, a.task, a.step);
	if (c->cbs.on_action != NULL)
		c->cbs.on_action(c, o, c->arg);
	else {
		char *rep = msg_action_error(a.type, a.data,
		    "no action handler in this worker");

		core_reply(c, rep);
		free(rep);
	}
	json_object_put(o);
}

static void
a_opened(struct corelink *l, void *arg)
{
	struct core *c = arg;

	if (c->a_conflict)
		log_info("core: the actions websocket is accepted: the other "
		    "connection with subscriber id %s-collector is gone; this "
		    "worker takes actions and tag tasks now",
		    c->opts->subscriber_id);
	c->a_refused = c->a_conflict = 0;
	if (c->handlers != NULL && !corelink_is_started(c->lb))
		corelink_start(c->lb);
	flush(c);
	core_maybe_restored(c);
}

const struct corelink_cbs core_a_cbs = {
	a_prepare, a_opened, a_text, core_link_closed };

static void
reregistered(struct core *c, int i, const struct http_res *res)
{
	c->upd[i] = NULL;
	if (res->failed)
		log_warnx("core: updating the %s subscription's timeout "
		    "failed: %s; it is sent again on the next connect",
		    action_events[i], res->error ? res->error : "transport error");
	else if (res->status != 200)
		log_warnx("core: updating the %s subscription's timeout: HTTP "
		    "%ld; it is sent again on the next connect",
		    action_events[i], res->status);
}

static void
reregistered0(const struct http_res *res, void *arg)
{
	reregistered(arg, 0, res);
}

static void
reregistered1(const struct http_res *res, void *arg)
{
	reregistered(arg, 1, res);
}

/* After a configuration change: the subscriptions' timeout follows it. */
void
core_reregister(struct core *c)
{
	int i;

	if (sub_timeout(c) != c->reg_timeout && corelink_is_open(c->la)) {
		c->reg_timeout = sub_timeout(c);
		for (i = 0; i < 2; i++) {
			if (c->upd[i] != NULL)
				http_cancel(c->upd[i]);
			c->upd[i] = register_one(c, action_events[i],
			    i == 0 ? reregistered0 : reregistered1);
		}
	}
}

/* tag: see tag.h. */
#include "supervisor/tag.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/jget.h"
#include "common/log.h"
#include "collector/collector.h"
#include "protocol/frame.h"
#include "protocol/msg.h"
#include "supervisor/childbox.h"
#include "supervisor/children.h"
#include "supervisor/collect.h"
#include "supervisor/core.h"
#include "supervisor/metrics.h"

#include <sys/queue.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define TAG_TIMEOUT_S	30	/* the core gives a tag task 30 s (5.4) */
#define CMD_TIMEOUT_S	9	/* and a custom command 10 s */

struct tagop {
	uint32_t	 type;		/* FRAME_TAG_DELETE or FRAME_TAG_UPDATE */
	char		*key;
	char		*value;		/* NULL: null (update) */
};

struct tagjob {
	TAILQ_ENTRY(tagjob)	 entry;
	struct core		*core;
	char			*task;
	char			*label;		/* "cloud:account" for logs */
	char			*what;		/* "tag task", "aws task" */
	struct child		*child;
	struct tagop		*ops;
	size_t			 nops, next;
	json_object		*node;		/* as it stands after the last op */
	/* the core's node's ancestors (where the resource is: account,
	 * region), sent with every op; a rebuilt node has none */
	json_object		*ancestors;
	json_object		*cmd;		/* a custom command's COMMAND
						   payload (NULL: a tag task) */
	int			 answered;
};

static struct {
	TAILQ_HEAD(, tagjob)	 jobs;
	int			 init;
	int			 njobs;
	uint32_t		 next_job;
	void			(*busy)(void *, int);
	void			*busy_arg;
} tg;

void
tag_init(void (*busy)(void *, int), void *arg)
{
	TAILQ_INIT(&tg.jobs);
	tg.init = 1;
	tg.busy = busy;
	tg.busy_arg = arg;
	tg.next_job = 0x80000000u;	/* apart from the collect jobs' ids */
}

int
tag_running(void)
{
	return tg.njobs;
}

static void answer_error(struct tagjob *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
answer_error(struct tagjob *j, const char *fmt, ...)
{
	struct buf why = BUF_INIT;
	va_list ap;
	char *rep;

	if (j->answered)
		return;
	j->answered = 1;
	va_start(ap, fmt);
	buf_vprintf(&why, fmt, ap);
	va_end(ap);
	log_warnx("%s %s [%s]: %s", j->what, j->task, j->label, buf_str(&why));
	if (j->cmd == NULL)
		metrics_tag_task("error");
	rep = msg_task_error(j->task, buf_str(&why));
	core_task_reply(j->core, rep);
	free(rep);
	buf_free(&why);
}

static void
answer_done(struct tagjob *j)
{
	char *rep;

	j->answered = 1;
	if (j->cmd == NULL) {
		metrics_tag_task("done");
		log_info("tag task %s [%s]: done (%zu change%s)", j->task,
		    j->label, j->nops, j->nops == 1 ? "" : "s");
	} else
		log_info("%s %s [%s]: done", j->what, j->task, j->label);
	rep = msg_task_done(j->task, j->node);
	core_task_reply(j->core, rep);
	free(rep);
}

static void
job_free(struct tagjob *j)
{
	size_t i;

	for (i = 0; i < j->nops; i++) {
		free(j->ops[i].key);
		free(j->ops[i].value);
	}
	free(j->ops);
	json_object_put(j->node);
	json_object_put(j->ancestors);
	json_object_put(j->cmd);
	free(j->task);
	free(j->label);
	free(j->what);
	free(j);
}

/* The next key operation to the child, or the answer when all are done. */
static void
send_next(struct tagjob *j)
{
	const struct tagop *op;
	json_object *o;
	const char *s;
	int rc, added;

	if (j->cmd != NULL) {	/* one COMMAND; its RESULT is the answer */
		s = json_object_to_json_string_ext(j->cmd,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
		if (strlen(s) > FRAME_MAX_PAYLOAD)
			child_kill(j->child, "the command's node is larger "
			    "than a frame (1 MiB)");
		else if (child_send(j->child, FRAME_COMMAND, s, strlen(s)) ==
		    -1)
			answer_error(j, "the collector for %s is gone",
			    j->label);
		return;
	}
	if (j->next == j->nops) {
		answer_done(j);
		child_send(j->child, FRAME_STOP, NULL, 0);
		return;
	}
	op = &j->ops[j->next++];
	o = json_object_new_object();
	added = j->ancestors && !json_object_object_get_ex(j->node,
	    "ancestors", NULL);
	if (added)
		json_object_object_add(j->node, "ancestors",
		    json_object_get(j->ancestors));
	json_object_object_add(o, "node", json_object_get(j->node));
	json_object_object_add(o, "key", json_object_new_string(op->key));
	if (op->type == FRAME_TAG_UPDATE)
		json_object_object_add(o, "value", op->value ?
		    json_object_new_string(op->value) : NULL);
	s = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
	if (strlen(s) > FRAME_MAX_PAYLOAD) {
		child_kill(j->child, "the node is larger than a frame (1 MiB)");
		rc = 0;
	} else
		rc = child_send(j->child, op->type, s, strlen(s));
	json_object_put(o);
	if (added)		/* not in the answer's node */
		json_object_object_del(j->node, "ancestors");
	if (rc == -1)
		answer_error(j, "the collector for %s is gone", j->label);
}

/* RESULT {"ok": bool, "node": {...} | null, "error": "..." | null}, or
 * FAILED {"error": "..."} (allowed for any request) */
static int
on_frame(struct child *c, uint32_t type, const char *payload, size_t len,
    char *err, size_t errlen, void *arg)
{
	struct tagjob *j = arg;
	json_object *o, *ok, *node;

	if (type != FRAME_RESULT && type != FRAME_FAILED) {
		log_debug("tag task %s: %s from %s", j->task,	/* PROGRESS, INFO */
		    frame_type_name(type), child_label(c));
		return 0;
	}
	o = json_tokener_parse(payload);
	if (type == FRAME_RESULT && (o == NULL ||
	    !json_object_is_type(o, json_type_object) ||
	    !json_object_object_get_ex(o, "ok", &ok) ||
	    !json_object_is_type(ok, json_type_boolean))) {
		json_object_put(o);
		snprintf(err, errlen, "RESULT is not {\"ok\": bool, ...} "
		    "(%zu bytes)", len);
		return -1;
	}
	if (type == FRAME_FAILED || !json_object_get_boolean(ok)) {
		answer_error(j, "%s", jget_str(o, "error") ?
		    jget_str(o, "error") : "the collector gave no reason");
		json_object_put(o);
		child_send(c, FRAME_STOP, NULL, 0);
		return 0;
	}
	if (j->cmd != NULL) {
		json_object_put(j->node);	/* the answer is "data" */
		j->node = json_object_get(json_object_object_get(o, "data"));
		json_object_put(o);
		answer_done(j);
		child_send(c, FRAME_STOP, NULL, 0);
		return 0;
	}
	if (!json_object_object_get_ex(o, "node", &node) ||
	    !json_object_is_type(node, json_type_object)) {
		json_object_put(o);
		snprintf(err, errlen, "RESULT ok without a node object");
		return -1;
	}
	json_object_put(j->node);
	j->node = json_object_get(node);
	json_object_put(o);
	send_next(j);
	return 0;
}

static void
on_end(struct child *c, const struct child_end *e, void *arg)
{
	struct tagjob *j = arg;

	if (!j->answered)
		answer_error(j, "the collector for %s ended before it "
		    "answered: %s", j->label, e->why);
	TAILQ_REMOVE(&tg.jobs, j, entry);
	tg.njobs--;
	job_free(j);
	if (tg.busy != NULL)
		tg.busy(tg.busy_arg, -1);
}

static const struct child_cbs tag_cbs = { on_frame, NULL, on_end };

/* The key operations of data: "delete" keys, then "update" pairs. -1 and
 * err when data is not what the core sends. */
static int
parse_ops(json_object *data, struct tagjob *j, char *err, size_t errlen)
{
	json_object *del = NULL, *upd = NULL, *v;
	size_t i, n = 0;

	json_object_object_get_ex(data, "delete", &del);
	json_object_object_get_ex(data, "update", &upd);
	if (del != NULL && !json_object_is_type(del, json_type_array)) {
		snprintf(err, errlen, "\"delete\" is not a list of tag keys");
		return -1;
	}
	if (upd != NULL && !json_object_is_type(upd, json_type_object)) {
		snprintf(err, errlen, "\"update\" is not an object of tags");
		return -1;
	}
	n = (del ? json_object_array_length(del) : 0) +
	    (upd ? (size_t)json_object_object_length(upd) : 0);
	if (n == 0) {
		snprintf(err, errlen, "nothing to update or delete");
		return -1;
	}
	j->ops = xcalloc(n, sizeof(*j->ops));
	for (i = 0; del != NULL && i < json_object_array_length(del); i++) {
		v = json_object_array_get_idx(del, i);
		if (!json_object_is_type(v, json_type_string)) {
			snprintf(err, errlen, "\"delete\"[%zu] is not a string",
			    i);
			return -1;
		}
		j->ops[j->nops].type = FRAME_TAG_DELETE;
		j->ops[j->nops++].key = xstrdup(json_object_get_string(v));
	}
	if (upd != NULL) {
		json_object_object_foreach(upd, key, val) {
			if (val != NULL &&
			    !json_object_is_type(val, json_type_string)) {
				snprintf(err, errlen, "\"update\".%s is not a "
				    "string or null", key);
				return -1;
			}
			j->ops[j->nops].type = FRAME_TAG_UPDATE;
			j->ops[j->nops].key = xstrdup(key);
			j->ops[j->nops++].value = val ?
			    xstrdup(json_object_get_string(val)) : NULL;
		}
	}
	return 0;
}

/* Whether cloud is one of resotoworker.collector. */
static int
configured(const struct config *cfg, const char *cloud)
{
	json_object *names = config_get(cfg, "resotoworker.collector");
	size_t i;

	for (i = 0; names != NULL && i < json_object_array_length(names); i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(
		    names, i)), cloud) == 0)
			return 1;
	return 0;
}

/* 1 when this worker serves the account; 0 (and the reason in why) when
 * the collector knows its accounts from the configuration and this is
 * not one of them, or they cannot be told. */
static int
serves_account(const struct config *cfg, const char *cloud,
    const char *account, struct buf *why)
{
	json_object *ids;
	char err[256];
	size_t i;
	int found = 0;

	ids = collector_config_account_ids(collector_find(cloud),
	    config_section(cfg, cloud), err, sizeof(err));
	if (ids == NULL) {
		if (err[0] == '\0')
			return 1;	/* accounts known by discovery only */
		buf_printf(why, "cannot tell the accounts of %s: %s", cloud,
		    err);
		return 0;
	}
	for (i = 0; i < json_object_array_length(ids) && !found; i++)
		found = strcmp(json_object_get_string(
		    json_object_array_get_idx(ids, i)), account) == 0;
	if (!found) {
		buf_printf(why, "account %s of %s is not served by this worker "
		    "(its %s accounts: ", account, cloud, cloud);
		for (i = 0; i < json_object_array_length(ids) && i < 10; i++)
			buf_printf(why, "%s%s", i ? ", " : "",
			    json_object_get_string(json_object_array_get_idx(
			    ids, i)));
		buf_puts(why, i < json_object_array_length(ids) ? ", ...)" :
		    ")");
	}
	json_object_put(ids);
	return found;
}

/* The job's child for (cloud, account) with the account's ACCOUNT frame,
 * then its first request. */
static void
start(struct core *c, struct tagjob *j, const char *cloud, const char *account,
    int timeout_s)
{
	const struct config *cfg = core_config(c);
	struct child_spec spec;
	json_object *accounts, *one, *worker;
	char err[256], *acc;

	accounts = json_object_new_array();
	one = json_object_new_object();
	json_object_object_add(one, "id", json_object_new_string(account));
	json_object_array_add(accounts, one);
	worker = collect_child_worker(cfg);
	acc = collect_account_frame(cloud, accounts, config_section(cfg,
	    cloud), worker);
	json_object_put(accounts);
	json_object_put(worker);

	memset(&spec, 0, sizeof(spec));
	spec.cloud = cloud;
	spec.account = account;
	spec.job = tg.next_job++;
	if (tg.next_job == 0)
		tg.next_job = 0x80000000u;
	spec.timeout_s = timeout_s;
	TAILQ_INSERT_TAIL(&tg.jobs, j, entry);
	tg.njobs++;
	if (tg.busy != NULL)
		tg.busy(tg.busy_arg, +1);
	/* the sandbox as configured now, also before any collect */
	if (childbox_configure(cfg, err, sizeof(err)) == -1)
		log_warnx("%s %s: %s", j->what, j->task, err);
	j->child = child_new(&spec, &tag_cbs, j);
	if (strlen(acc) > FRAME_MAX_PAYLOAD)
		child_kill(j->child, "the account's configuration is larger "
		    "than a frame (1 MiB)");
	else if (child_send(j->child, FRAME_ACCOUNT, acc, strlen(acc)) == 0)
		send_next(j);
	free(acc);
}

/* A new job for a task, its label "cloud:account" (or "cloud"). */
static struct tagjob *
job_new(struct core *c, const struct msg_task *t, const char *what,
    const char *cloud, const char *account)
{
	struct tagjob *j;
	struct buf lb = BUF_INIT;

	j = xcalloc(1, sizeof(*j));
	j->core = c;
	j->task = xstrdup(t->id);
	j->what = xstrdup(what);
	if (cloud == NULL)
		buf_puts(&lb, "?");
	else if (account != NULL)
		buf_printf(&lb, "%s:%s", cloud, account);
	else
		buf_puts(&lb, cloud);
	j->label = buf_take(&lb);
	return j;
}

void
tag_task(struct core *c, const struct msg_task *t)
{
	const struct config *cfg = core_config(c);
	const char *cloud = msg_task_attr(t, "cloud");
	const char *account = msg_task_attr(t, "account");
	struct tagjob *j;
	json_object *node = NULL, *id;
	struct buf lb = BUF_INIT;
	char err[256];

	if (!tg.init)
		fatalx("tag: tag_task before tag_init");
	j = job_new(c, t, "tag task", cloud, account);
	if (cloud == NULL) {
		answer_error(j, "tag task without a cloud attribute: cannot "
		    "tell which collector owns the node");
		goto refused;
	}
	/* every configured name is a compiled-in collector (options.c) */
	if (!configured(cfg, cloud)) {
		answer_error(j, "no collector for cloud %s in this worker "
		    "(resotoworker.collector)", cloud);
		goto refused;
	}
	if (account == NULL) {
		answer_error(j, "tag task without an account attribute: "
		    "cannot tell which account of %s owns the node", cloud);
		goto refused;
	}
	if (!serves_account(cfg, cloud, account, &lb)) {
		answer_error(j, "%s", buf_str(&lb));
		buf_free(&lb);
		goto refused;
	}
	if (!json_object_is_type(t->data, json_type_object) ||
	    !json_object_object_get_ex(t->data, "node", &node) ||
	    !json_object_is_type(node, json_type_object) ||
	    !json_object_object_get_ex(node, "id", &id) ||
	    !json_object_is_type(id, json_type_string)) {
		answer_error(j, "tag task without a node (an object with an "
		    "\"id\")");
		goto refused;
	}
	if (parse_ops(t->data, j, err, sizeof(err)) == -1) {
		answer_error(j, "tag task: %s", err);
		goto refused;
	}
	j->node = json_object_get(node);
	if (json_object_object_get_ex(node, "ancestors", &j->ancestors))
		json_object_get(j->ancestors);
	log_info("tag task %s [%s]: %zu change%s to node %s", j->task,
	    j->label, j->nops, j->nops == 1 ? "" : "s",
	    json_object_get_string(id));
	start(c, j, cloud, account, TAG_TIMEOUT_S);
	return;
refused:
	job_free(j);
}

void
tag_command(struct core *c, const struct msg_task *t,
    const struct collector *coll)
{
	const struct config *cfg = core_config(c);
	const char *account = msg_task_attr(t, "account");
	struct tagjob *j;
	json_object *node = NULL, *args = NULL;
	struct buf lb = BUF_INIT;
	size_t i;

	if (!tg.init)
		fatalx("tag: tag_command before tag_init");
	buf_printf(&lb, "%s task", coll->command->name);
	j = job_new(c, t, buf_str(&lb), coll->name, account);
	buf_reset(&lb);
	if (!configured(cfg, coll->name)) {
		answer_error(j, "no collector for cloud %s in this worker "
		    "(resotoworker.collector)", coll->name);
		goto refused;
	}
	if (account != NULL && !serves_account(cfg, coll->name, account,
	    &lb)) {
		answer_error(j, "%s", buf_str(&lb));
		goto refused;
	}
	if (!json_object_is_type(t->data, json_type_object) ||
	    !json_object_object_get_ex(t->data, "args", &args) ||
	    !json_object_is_type(args, json_type_array)) {
		answer_error(j, "%s task without \"args\" (a list of "
		    "strings)", coll->command->name);
		goto refused;
	}
	for (i = 0; i < json_object_array_length(args); i++)
		if (!json_object_is_type(json_object_array_get_idx(args, i),
		    json_type_string)) {
			answer_error(j, "%s task: args[%zu] is not a string",
			    coll->command->name, i);
			goto refused;
		}
	if (json_object_object_get_ex(t->data, "node", &node) &&
	    node != NULL && !json_object_is_type(node, json_type_object)) {
		answer_error(j, "%s task: \"node\" is not an object",
		    coll->command->name);
		goto refused;
	}
	j->cmd = json_object_new_object();
	json_object_object_add(j->cmd, "args", json_object_get(args));
	json_object_object_add(j->cmd, "node", json_object_get(node));
	log_info("%s %s [%s]: %s%s", j->what, j->task, j->label,
	    json_object_to_json_string_ext(args, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE), node ? " on a node" : "");
	/* without a node: the account the collector's configuration gives */
	start(c, j, coll->name, account ? account : "default", CMD_TIMEOUT_S);
	buf_free(&lb);
	return;
refused:
	buf_free(&lb);
	job_free(j);
}

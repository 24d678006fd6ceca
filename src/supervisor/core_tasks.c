/*
 * core_tasks: the core session's websocket B (see core.h): the handler
 * list that opens it, the tasks that arrive (malformed ones refused here)
 * and their results, only for tasks of the current connection.
 */
#include "supervisor/core.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/msg.h"
#include "collector/collector.h"
#include "supervisor/core_int.h"
#include "supervisor/corelink.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* The tag handlers: by cloud, and by account as well where the collector
 * knows its accounts from the configuration (several workers may split
 * one cloud by accounts: the core then routes each task to the right
 * one); then the custom commands of the configured collectors (aws). */
static int
has_command(json_object *commands, const char *name)
{
	size_t i;

	for (i = 0; i < json_object_array_length(commands); i++)
		if (strcmp(json_object_get_string(json_object_object_get(
		    json_object_array_get_idx(commands, i), "name")), name) == 0)
			return 1;
	return 0;
}

char *
core_handler_list(struct core *c)
{
	json_object *clouds = config_get(c->cfg, "resotoworker.collector");
	json_object *accounts = json_object_new_object(), *ids;
	json_object *commands = json_object_new_array();
	const struct collector_command *cmd;
	const struct collector *coll;
	const char *name;
	char err[256], *h;
	size_t i;

	for (i = 0; clouds != NULL && i < json_object_array_length(clouds);
	    i++) {
		name = json_object_get_string(json_object_array_get_idx(clouds,
		    i));
		if ((coll = collector_find(name)) == NULL)
			continue;
		if ((cmd = coll->command) != NULL && !has_command(commands,
		    cmd->name))
			json_object_array_add(commands, msg_command_handler(
			    cmd->name, cmd->info, cmd->description, cmd->args,
			    cmd->allowed_on_kind));
		ids = collector_config_account_ids(coll, config_section(c->cfg,
		    name), err, sizeof(err));
		if (ids != NULL)
			json_object_object_add(accounts, name, ids);
		else if (err[0] != '\0')
			log_warnx("core: tag tasks for %s: %s; offered by cloud "
			    "only", name, err);
	}
	h = msg_handler_list_with(clouds, accounts, commands);
	json_object_put(accounts);
	json_object_put(commands);
	return h;
}

void
core_tasks_clear(struct core *c)
{
	while (c->ntasks > 0)
		free(c->tasks[--c->ntasks]);
}

static ssize_t
task_index(struct core *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->ntasks; i++)
		if (strcmp(c->tasks[i], id) == 0)
			return (ssize_t)i;
	return -1;
}

static void
task_add(struct core *c, const char *id)
{
	if (c->ntasks == c->tasks_cap) {
		c->tasks_cap = c->tasks_cap ? 2 * c->tasks_cap : 16;
		c->tasks = xrealloc(c->tasks, c->tasks_cap * sizeof(*c->tasks));
	}
	c->tasks[c->ntasks++] = xstrdup(id);
}

void
core_task_reply(struct core *c, const char *json)
{
	json_object *o;
	const char *id;
	char err[512], *text;
	ssize_t i;
	int kind;

	text = msg_utf8(json, strlen(json), 0);
	kind = msg_check_task_frame(text, strlen(text), &o, err, sizeof(err));
	if (kind != MSG_K_RESULT) {
		log_errorx("core: not sending a task frame the core would "
		    "refuse (%s): %.200s", kind == MSG_BAD ? err :
		    "the handler list is the session's", text);
		json_object_put(o);
		free(text);
		return;
	}
	id = json_object_get_string(json_object_object_get(o, "task_id"));
	if ((i = task_index(c, id)) == -1) {
		log_info("core: result of task %s not sent: it did not arrive "
		    "on the current tasks connection (the core has failed it "
		    "already, or it was answered before)", id);
	} else {
		free(c->tasks[i]);
		c->tasks[i] = c->tasks[--c->ntasks];
		if (corelink_send(c->lb, text, strlen(text)) == -1)
			log_warnx("core: result of task %s lost: the tasks "
			    "websocket failed", id);
	}
	json_object_put(o);
	free(text);
}

static void
task_refuse(struct core *c, const char *id, const char *why)
{
	char *rep;

	task_add(c, id);
	rep = msg_task_error(id, why);
	core_task_reply(c, rep);
	free(rep);
}

static void
b_text(struct corelink *l, const char *text, size_t len, void *arg)
{
	struct core *c = arg;
	struct msg_task t;
	json_object *o;
	char err[512], why[600], *name;

	if ((o = core_ws_json(text, len, "tasks")) == NULL)
		return;
	if (msg_task_parse(o, &t, err, sizeof(err)) != MSG_OK) {
		log_warnx("core: malformed task: %s", err);
		if (t.id != NULL && task_index(c, t.id) == -1) {
			snprintf(why, sizeof(why), "malformed task: %s", err);
			task_refuse(c, t.id, why);
		}
		json_object_put(o);
		return;
	}
	if (msg_id_check(o, "task_id", err, sizeof(err)) == -1) {
		/* answered once with the id as it arrived (cut at a NUL); a
		 * reply the core could not take is not sent */
		name = msg_oneline(t.name, strlen(t.name), 40);
		log_warnx("core: %s task refused: %s", name, err);
		free(name);
		if (strlen(t.id) <= MSG_CORE_FRAME_MAX / 2 &&
		    task_index(c, t.id) == -1) {
			snprintf(why, sizeof(why), "unusable task: %s", err);
			task_refuse(c, t.id, why);
		}
		json_object_put(o);
		return;
	}
	if (task_index(c, t.id) != -1) {
		log_warnx("core: task %s arrived twice; ignoring the duplicate",
		    t.id);
		json_object_put(o);
		return;
	}
	log_info("core: %s task %s", t.name, t.id);
	if (c->cbs.on_task == NULL) {
		snprintf(why, sizeof(why), "no handler for task %s in this "
		    "worker", t.name);
		task_refuse(c, t.id, why);
	} else {
		task_add(c, t.id);
		c->cbs.on_task(c, o, c->arg);
	}
	json_object_put(o);
}

static void
b_opened(struct corelink *l, void *arg)
{
	struct core *c = arg;

	core_tasks_clear(c);
	/* the core delivers no task before this frame (5.1) */
	if (c->handlers == NULL ||
	    corelink_send(l, c->handlers, strlen(c->handlers)) == -1) {
		/* only when the socket is already closing: its close follows */
		log_warnx("core: cannot send the handler list on the tasks "
		    "websocket");
		return;
	}
	core_maybe_restored(c);
}


const struct corelink_cbs core_b_cbs = {
	NULL, b_opened, b_text, core_link_closed };

/* After a configuration change: a different handler list means a new B
 * connection (none without collectors). */
void
core_tasks_reconfigure(struct core *c)
{
	char *h;

	h = core_handler_list(c);
	if ((h == NULL) != (c->handlers == NULL) ||
	    (h != NULL && strcmp(h, c->handlers) != 0)) {
		free(c->handlers);
		c->handlers = h;
		corelink_stop(c->lb);
		core_tasks_clear(c);
		if (h != NULL && corelink_is_open(c->la)) {
			log_info("core: the configured collectors changed: "
			    "reconnecting the tasks websocket");
			corelink_start(c->lb);
		} else if (h != NULL)
			log_info("core: the configured collectors changed: the "
			    "tasks websocket opens with the actions websocket");
		else
			log_info("core: no collector configured any more: "
			    "closing the tasks websocket");
	} else
		free(h);
}

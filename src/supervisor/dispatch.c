/* dispatch: see dispatch.h. */
#include "supervisor/dispatch.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/msg.h"
#include "supervisor/core.h"
#include "supervisor/collect.h"

#include <stdlib.h>
#include <string.h>

static void
reply_error(struct core *c, const struct msg_action *a, const char *reason)
{
	char *rep;

	log_warnx("%s action for task %s: %s", a->type, a->task, reason);
	rep = msg_action_error(a->type, a->data, reason);
	core_reply(c, rep);
	free(rep);
}

void
worker_on_action(struct core *c, json_object *msg, void *arg)
{
	struct msg_action a;
	struct buf why = BUF_INIT;
	char err[256], *rep;

	if (msg_action_parse(msg, &a, err, sizeof(err)) != MSG_OK) {
		log_warnx("dispatch: not an action: %s", err);
		return;
	}
	if (strcmp(a.type, "cleanup") == 0 &&
	    !config_bool(core_config(c), "resotoworker.cleanup")) {
		log_info("cleanup requested by the core but disabled "
		    "(resotoworker.cleanup = false): nothing deleted");
		rep = msg_action_done(a.type, a.data);
		core_reply(c, rep);
		free(rep);
		return;
	}
	if (strcmp(a.type, "collect") == 0) {
		collect_action(c, msg);
		return;
	}
	if (strcmp(a.type, "cleanup") == 0) {
		/* the jobs module takes these over */
		buf_printf(&why, "this worker cannot %s yet (no job runner "
		    "built in)", a.type);
		reply_error(c, &a, buf_str(&why));
		buf_free(&why);
		return;
	}
	buf_printf(&why, "Unknown message type %s", a.type);
	reply_error(c, &a, buf_str(&why));
	buf_free(&why);
}

static void
task_error(struct core *c, const char *id, const char *error)
{
	char *rep;

	log_warnx("task %s: %s", id, error);
	rep = msg_task_error(id, error);
	core_task_reply(c, rep);
	free(rep);
}

void
worker_on_task(struct core *c, json_object *task, void *arg)
{
	struct msg_task t;
	struct buf why = BUF_INIT;
	const char *cloud;
	char err[256];

	if (msg_task_parse(task, &t, err, sizeof(err)) != MSG_OK) {
		if (t.id != NULL)
			task_error(c, t.id, err);
		return;
	}
	if (strcmp(t.name, "tag") == 0) {
		/* the jobs module takes these over */
		if ((cloud = msg_task_attr(&t, "cloud")) == NULL)
			buf_puts(&why, "tag task without a cloud attribute: "
			    "cannot tell which collector owns the node");
		else
			buf_printf(&why, "tag is not supported yet for cloud %s",
			    cloud);
	} else
		buf_printf(&why, "no handler for task %s in this worker",
		    t.name);
	task_error(c, t.id, buf_str(&why));
	buf_free(&why);
}

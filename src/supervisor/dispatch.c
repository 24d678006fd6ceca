/* dispatch: see dispatch.h. */
#include "supervisor/dispatch.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "collector/collector.h"
#include "protocol/msg.h"
#include "supervisor/core.h"
#include "supervisor/cleanup.h"
#include "supervisor/collect.h"
#include "supervisor/metrics.h"
#include "supervisor/tag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void refuse(struct core *, const struct msg_action *, const char *,
    const char *, ...) __attribute__((format(printf, 4, 5)));

/* Answer the action a, or (a NULL) the task with id, with an error saying
 * why; logged. */
static void
refuse(struct core *c, const struct msg_action *a, const char *id,
    const char *fmt, ...)
{
	struct buf why = BUF_INIT;
	va_list ap;
	char *rep;

	va_start(ap, fmt);
	buf_vprintf(&why, fmt, ap);
	va_end(ap);
	if (a != NULL) {
		log_warnx("%s action for task %s: %s", a->type, a->task,
		    buf_str(&why));
		rep = msg_action_error(a->type, a->data, buf_str(&why));
		core_reply(c, rep);
	} else {
		log_warnx("task %s: %s", id, buf_str(&why));
		rep = msg_task_error(id, buf_str(&why));
		core_task_reply(c, rep);
	}
	free(rep);
	buf_free(&why);
}

void
worker_on_action(struct core *c, json_object *msg, void *arg)
{
	struct msg_action a;
	char err[256], *rep;

	if (msg_action_parse(msg, &a, err, sizeof(err)) != MSG_OK) {
		log_warnx("dispatch: not an action: %s", err);
		return;
	}
	if (strcmp(a.type, "cleanup") == 0 &&
	    !config_bool(core_config(c), "resotoworker.cleanup")) {
		log_info("cleanup requested by the core but disabled "
		    "(resotoworker.cleanup = false): nothing deleted");
		metrics_cleanup_run(a.task, "disabled", 0);
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
		cleanup_action(c, msg);
		return;
	}
	refuse(c, &a, NULL, "Unknown message type %s", a.type);
}

/* The compiled-in collector whose custom command has this name. */
static const struct collector *
command_collector(const char *name)
{
	const struct collector *const *coll;

	for (coll = collectors; *coll; coll++)
		if ((*coll)->command != NULL &&
		    strcmp((*coll)->command->name, name) == 0)
			return *coll;
	return NULL;
}

void
worker_on_task(struct core *c, json_object *task, void *arg)
{
	const struct collector *coll;
	struct msg_task t;
	char err[256];

	if (msg_task_parse(task, &t, err, sizeof(err)) != MSG_OK) {
		if (t.id != NULL)
			refuse(c, NULL, t.id, "%s", err);
		return;
	}
	if (strcmp(t.name, "tag") == 0)
		tag_task(c, &t);
	else if ((coll = command_collector(t.name)) != NULL)
		tag_command(c, &t, coll);
	else
		refuse(c, NULL, t.id, "no handler for task %s in this worker",
		    t.name);
}

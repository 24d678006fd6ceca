/*
 * fuzz_msg: libFuzzer target for the core message parser (protocol/msg):
 * every incoming-frame parser, and the reply builders and checks fed with
 * whatever the parsers accepted. Any input must give a result or a clear
 * error, never a crash, leak or sanitizer report; every frame built from
 * an accepted action must pass our own pre-send check.
 */
#include "protocol/msg.h"
#include "common/log.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void
must_pass_reply(char *s)
{
	char err[256];

	if (s == NULL)
		return;
	if (msg_check_reply(s, strlen(s), NULL, err, sizeof(err)) == MSG_BAD)
		abort();	/* we built something the core would refuse */
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const ctx[] = { "fuzz", "ctx", NULL };
	struct msg_action a;
	struct msg_task t;
	struct msg_event e;
	json_object *o, *p;
	char err[512], *s;
	const char *msg;

	log_init(LOG_LVL_ERROR, 0);
	s = msg_utf8((const char *)data, size, 0);
	free(s);
	s = msg_utf8((const char *)data, size, MSG_INFO_MAX);
	free(s);

	msg_check_reply((const char *)data, size, NULL, err, sizeof(err));
	msg_check_task_frame((const char *)data, size, NULL, err, sizeof(err));

	if ((o = msg_parse((const char *)data, size, err, sizeof(err))) == NULL)
		return 0;
	if (msg_action_parse(o, &a, err, sizeof(err)) == MSG_OK) {
		msg_id_check(a.data, "task", err, sizeof(err));
		msg_id_check(a.data, "step", err, sizeof(err));
		must_pass_reply(msg_action_done(a.type, a.data));
		must_pass_reply(msg_action_error(a.type, a.data, "fuzz"));
		msg = json_object_get_string(json_object_object_get(a.data,
		    "message"));
		must_pass_reply(msg_action_info(a.type, a.task, a.step,
		    "error", ctx, msg ? msg : a.task));
		if (json_object_object_get_ex(a.data, "progress", &p))
			must_pass_reply(msg_action_progress(a.type, a.task,
			    a.step, ctx, p, 0, err, sizeof(err)));
	}
	if (msg_task_parse(o, &t, err, sizeof(err)) == MSG_OK) {
		msg_id_check(o, "task_id", err, sizeof(err));
		(void)msg_task_attr(&t, "cloud");
		s = msg_task_done(t.id, t.data);
		if (msg_check_task_frame(s, strlen(s), NULL, err,
		    sizeof(err)) != MSG_K_RESULT)
			abort();
		free(s);
		s = msg_task_error(t.id, t.name);
		if (msg_check_task_frame(s, strlen(s), NULL, err,
		    sizeof(err)) != MSG_K_RESULT)
			abort();
		free(s);
		if (t.attrs != NULL)
			free(msg_handler_list(json_object_object_get(t.attrs,
			    "clouds"), json_object_object_get(t.attrs,
			    "accounts")));
	}
	(void)msg_event_parse(o, &e, err, sizeof(err));
	json_object_put(o);
	return 0;
}

/* t_msg: core message parsing, building and checks (protocol/msg). */
#include "protocol/msg.h"
#include "common/log.h"
#include "t.h"

#include <stdlib.h>
#include <string.h>

static char err[256];

static json_object *
P(const char *s)
{
	return msg_parse(s, strlen(s), err, sizeof(err));
}

/* Free the built text after comparing. */
#define CHECK_OUT(expr, want) do {					\
	char *t_s = (expr);						\
	CHECK_STR(t_s, want);						\
	free(t_s);							\
} while (0)

static void
t_parse(void)
{
	json_object *o;

	o = P("{\"kind\":\"action\"}\n");
	CHECK(o != NULL);
	json_object_put(o);
	o = P("  \t{}\r\n ");
	CHECK(o != NULL);
	json_object_put(o);

	CHECK(P("") == NULL);
	CHECK_STR(err, "empty frame");
	CHECK(P(" \n") == NULL);
	CHECK_STR(err, "empty frame");
	CHECK(P("[1,2]") == NULL);
	CHECK_STR(err, "JSON array where an object was expected");
	CHECK(P("42") == NULL);
	CHECK_STR(err, "JSON int where an object was expected");
	CHECK(P("\"x\"") == NULL);
	CHECK_STR(err, "JSON string where an object was expected");
	CHECK(P("{\"a\":") == NULL);
	CHECK(strstr(err, "truncated JSON") != NULL);
	CHECK(P("{\"a\":1} {}") == NULL);
	CHECK_STR(err, "invalid JSON at byte 8: unexpected character");
	CHECK(P("{a:1}") == NULL);
	CHECK(strstr(err, "invalid JSON at byte") != NULL);
	CHECK(P("{\"a\":\"\xff\"}") == NULL);	/* invalid UTF-8 */
	CHECK(strstr(err, "invalid JSON") != NULL);
	/* embedded NUL ends the JSON; the rest is reported */
	CHECK(msg_parse("{}\0{}", 5, err, sizeof(err)) == NULL);
	CHECK(strstr(err, "unexpected data after the JSON value at byte 2") != NULL);
	/* nesting limit */
	{
		char deep[2 * MSG_MAX_DEPTH + 16];
		size_t i, n = 0;

		for (i = 0; i < MSG_MAX_DEPTH + 2; i++)
			deep[n++] = '[';
		deep[n] = '\0';
		CHECK(msg_parse(deep, n, err, sizeof(err)) == NULL);
		CHECK(strstr(err, "invalid JSON") != NULL);
	}
}

static void
t_action(void)
{
	struct msg_action a;
	json_object *o;

	o = P("{\"kind\": \"action\", \"message_type\": \"collect\", \"data\": "
	    "{\"timing\": {\"collect\": {\"started_at\": 1700000000, "
	    "\"finished_at\": 1700000600}}, \"task\": \"d3b07384-task\", "
	    "\"step\": \"collect\"}}\n");
	CHECK(o != NULL);
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_OK);
	CHECK_STR(a.type, "collect");
	CHECK_STR(a.task, "d3b07384-task");
	CHECK_STR(a.step, "collect");
	/* action_done echoes data unchanged (4.4) */
	CHECK_OUT(msg_action_done(a.type, a.data),
	    "{\"kind\":\"action_done\",\"message_type\":\"collect\",\"data\":"
	    "{\"timing\":{\"collect\":{\"started_at\":1700000000,"
	    "\"finished_at\":1700000600}},\"task\":\"d3b07384-task\","
	    "\"step\":\"collect\"}}");
	CHECK_OUT(msg_action_error(a.type, a.data, "boom"),
	    "{\"kind\":\"action_error\",\"message_type\":\"collect\",\"data\":"
	    "{\"timing\":{\"collect\":{\"started_at\":1700000000,"
	    "\"finished_at\":1700000600}},\"task\":\"d3b07384-task\","
	    "\"step\":\"collect\",\"error\":\"Failed to collect: boom\"}}");
	/* the original data is not touched by action_error */
	CHECK(!json_object_object_get_ex(a.data, "error", NULL));
	json_object_put(o);

	/* verified examples of 4.4 */
	o = P("{\"kind\":\"action\",\"message_type\":\"pre_collect\","
	    "\"data\":{\"task\":\"a1b2\",\"step\":\"pre_collect\"}}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_OK);
	CHECK_OUT(msg_action_error(a.type, a.data,
	    "Unknown message type pre_collect"),
	    "{\"kind\":\"action_error\",\"message_type\":\"pre_collect\","
	    "\"data\":{\"task\":\"a1b2\",\"step\":\"pre_collect\",\"error\":"
	    "\"Failed to pre_collect: Unknown message type pre_collect\"}}");
	json_object_put(o);

	/* other kinds and malformed actions */
	o = P("{\"kind\":\"event\",\"message_type\":\"x\"}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_OTHER);
	CHECK_STR(err, "message of kind \"event\"");
	json_object_put(o);
	o = P("{\"message_type\":\"collect\"}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "message without \"kind\"");
	json_object_put(o);
	o = P("{\"kind\":7}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "message: \"kind\" is int, not a string");
	json_object_put(o);
	o = P("{\"kind\":\"action\",\"data\":{}}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "action without \"message_type\"");
	json_object_put(o);
	o = P("{\"kind\":\"action\",\"message_type\":\"collect\"}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "collect action without \"data\"");
	json_object_put(o);
	o = P("{\"kind\":\"action\",\"message_type\":\"collect\",\"data\":null}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "collect action without \"data\"");
	json_object_put(o);
	o = P("{\"kind\":\"action\",\"message_type\":\"collect\",\"data\":[]}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "collect action: \"data\" is array, not an object");
	json_object_put(o);
	o = P("{\"kind\":\"action\",\"message_type\":\"collect\",\"data\":"
	    "{\"step\":\"collect\"}}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "action data without \"task\"");
	json_object_put(o);
	o = P("{\"kind\":\"action\",\"message_type\":\"collect\",\"data\":"
	    "{\"task\":\"t\",\"step\":1}}");
	CHECK_INT(msg_action_parse(o, &a, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "action data: \"step\" is int, not a string");
	json_object_put(o);
}

static void
t_task(void)
{
	struct msg_task t;
	json_object *o, *node;

	o = P("{\"task_id\": \"5f0c-uuid\", \"task_name\": \"tag\", \"data\": "
	    "{\"update\": {\"owner\": \"alice\"}, \"node\": {\"id\": \"n1\", "
	    "\"reported\": {\"id\": \"vol-1\", \"kind\": \"volume\"}}}, "
	    "\"attrs\": {\"cloud\": \"aws\", \"account\": \"123456789012\", "
	    "\"region\": \"us-east-1\"}}\n");
	CHECK_INT(msg_task_parse(o, &t, err, sizeof(err)), MSG_OK);
	CHECK_STR(t.id, "5f0c-uuid");
	CHECK_STR(t.name, "tag");
	CHECK(t.data != NULL);
	CHECK_STR(msg_task_attr(&t, "cloud"), "aws");
	CHECK_STR(msg_task_attr(&t, "region"), "us-east-1");
	CHECK(msg_task_attr(&t, "zone") == NULL);
	CHECK(json_object_object_get_ex(t.data, "node", &node));
	CHECK_OUT(msg_task_done(t.id, node),
	    "{\"task_id\":\"5f0c-uuid\",\"result\":\"done\",\"data\":{\"id\":"
	    "\"n1\",\"reported\":{\"id\":\"vol-1\",\"kind\":\"volume\"}}}");
	json_object_put(o);

	CHECK_OUT(msg_task_done("x", NULL),
	    "{\"task_id\":\"x\",\"result\":\"done\",\"data\":null}");
	CHECK_OUT(msg_task_error("6a1d-uuid", "Error deleting tag keep in "
	    "cloud for volume:vol-1"),
	    "{\"task_id\":\"6a1d-uuid\",\"result\":\"error\",\"error\":"
	    "\"Error deleting tag keep in cloud for volume:vol-1\"}");

	o = P("{\"task_id\":\"a\",\"task_name\":\"x\"}");
	CHECK_INT(msg_task_parse(o, &t, err, sizeof(err)), MSG_OK);
	CHECK(t.data == NULL && t.attrs == NULL);
	CHECK(msg_task_attr(&t, "cloud") == NULL);
	json_object_put(o);
	o = P("{\"task_name\":\"tag\"}");
	CHECK_INT(msg_task_parse(o, &t, err, sizeof(err)), MSG_BAD);
	CHECK(t.id == NULL);
	CHECK_STR(err, "task without \"task_id\"");
	json_object_put(o);
	o = P("{\"task_id\":\"q\"}");
	CHECK_INT(msg_task_parse(o, &t, err, sizeof(err)), MSG_BAD);
	CHECK_STR(t.id, "q");	/* still answerable */
	CHECK_STR(err, "task without \"task_name\"");
	json_object_put(o);
	o = P("{\"task_id\":\"q\",\"task_name\":\"tag\",\"attrs\":[1]}");
	CHECK_INT(msg_task_parse(o, &t, err, sizeof(err)), MSG_BAD);
	CHECK_STR(t.id, "q");
	CHECK_STR(err, "task tag: \"attrs\" is array, not an object");
	json_object_put(o);
	o = P("{\"task_id\":\"q\",\"task_name\":\"tag\",\"attrs\":{\"cloud\":3}}");
	CHECK_INT(msg_task_parse(o, &t, err, sizeof(err)), MSG_OK);
	CHECK(msg_task_attr(&t, "cloud") == NULL);
	json_object_put(o);
}

static void
t_event(void)
{
	struct msg_event e;
	json_object *o;

	o = P("{\"kind\": \"event\", \"message_type\": \"config-updated\", "
	    "\"data\": {\"id\": \"resoto.worker\", \"revision\": \"r2\"}}\n");
	CHECK_INT(msg_event_parse(o, &e, err, sizeof(err)), MSG_OK);
	CHECK_STR(e.type, "config-updated");
	CHECK_STR(e.id, "resoto.worker");
	CHECK_STR(e.revision, "r2");
	json_object_put(o);
	/* a config copy: no id */
	o = P("{\"kind\":\"event\",\"message_type\":\"config-updated\","
	    "\"data\":{\"old\":\"a\",\"new\":\"b\",\"revision\":\"r\"}}");
	CHECK_INT(msg_event_parse(o, &e, err, sizeof(err)), MSG_OK);
	CHECK(e.id == NULL);
	json_object_put(o);
	o = P("{\"kind\":\"action\"}");
	CHECK_INT(msg_event_parse(o, &e, err, sizeof(err)), MSG_OTHER);
	json_object_put(o);
	o = P("{\"kind\":\"event\",\"message_type\":\"config-updated\","
	    "\"data\":\"x\"}");
	CHECK_INT(msg_event_parse(o, &e, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "config-updated event: \"data\" is string, not an "
	    "object");
	json_object_put(o);
	o = P("{\"kind\":\"event\"}");
	CHECK_INT(msg_event_parse(o, &e, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "event without \"message_type\"");
	json_object_put(o);
}

static void
t_info(void)
{
	const char *ctx[] = { "aws", "prod (123456789012)", NULL };
	char longmsg[1200], want[1300], *s;
	json_object *o, *d, *m;
	int i;

	CHECK_OUT(msg_action_info("collect", "t1", "collect", "error", ctx,
	    "Access Denied"),
	    "{\"kind\":\"action_info\",\"message_type\":\"collect\",\"data\":"
	    "{\"task\":\"t1\",\"step\":\"collect\",\"level\":\"error\","
	    "\"message\":\"[aws:prod (123456789012)] Access Denied\"}}");
	CHECK_OUT(msg_action_info("cleanup", "t", "cleanup", "warning", NULL,
	    "x \"q\" / y"),
	    "{\"kind\":\"action_info\",\"message_type\":\"cleanup\",\"data\":"
	    "{\"task\":\"t\",\"step\":\"cleanup\",\"level\":\"info\","
	    "\"message\":\"x \\\"q\\\" / y\"}}");

	/* 500 characters, counted as characters (2-byte é) */
	for (i = 0; i < 600; i++) {
		longmsg[2 * i] = '\xc3';
		longmsg[2 * i + 1] = '\xa9';
	}
	longmsg[1200 - 1] = '\0';	/* 599 é and a lone lead byte cut off */
	longmsg[1198] = '\0';
	s = msg_action_info("collect", "t", "collect", "info", NULL, longmsg);
	o = P(s);
	CHECK(o != NULL);
	CHECK(json_object_object_get_ex(o, "data", &d));
	CHECK(json_object_object_get_ex(d, "message", &m));
	CHECK_INT(json_object_get_string_len(m), 1000);
	for (i = 0; i < 500; i++) {
		want[2 * i] = '\xc3';
		want[2 * i + 1] = '\xa9';
	}
	want[1000] = '\0';
	CHECK_STR(json_object_get_string(m), want);
	json_object_put(o);
	free(s);

	/* secrets never reach the core */
	log_secret("hunter2-secret");
	CHECK_OUT(msg_action_info("collect", "t", "collect", "error", NULL,
	    "login with hunter2-secret failed"),
	    "{\"kind\":\"action_info\",\"message_type\":\"collect\",\"data\":"
	    "{\"task\":\"t\",\"step\":\"collect\",\"level\":\"error\","
	    "\"message\":\"login with *** failed\"}}");
	log_secrets_clear();

	/* invalid UTF-8 from a cloud API becomes U+FFFD */
	CHECK_OUT(msg_action_info("collect", "t", "collect", "error", NULL,
	    "bad \xff\xfe byte"),
	    "{\"kind\":\"action_info\",\"message_type\":\"collect\",\"data\":"
	    "{\"task\":\"t\",\"step\":\"collect\",\"level\":\"error\","
	    "\"message\":\"bad \xef\xbf\xbd\xef\xbf\xbd byte\"}}");
}

static void
t_progress(void)
{
	const char *path[] = { "aws", NULL };
	const char *ctx[] = { "aws", NULL };
	json_object *p, *tree, *parts;
	char *s;

	p = msg_progress_leaf("us-east-1", path, 1, 1);
	CHECK_OUT(msg_action_progress("collect", "t", "collect", ctx, p,
	    1700000000, err, sizeof(err)),
	    "{\"kind\":\"action_progress\",\"message_type\":\"collect\",\"data\":"
	    "{\"task\":\"t\",\"step\":\"collect\",\"context\":[\"aws\"],"
	    "\"progress\":{\"kind\":\"progress\",\"name\":\"us-east-1\","
	    "\"path\":[\"aws\"],\"current\":1,\"total\":1},"
	    "\"at\":\"2023-11-14T22:13:20Z\"}}");
	json_object_put(p);

	p = msg_progress_leaf("aws", NULL, 0, 1);
	CHECK_OUT(msg_action_progress("collect", "t", "collect", NULL, p,
	    0, err, sizeof(err)),
	    "{\"kind\":\"action_progress\",\"message_type\":\"collect\",\"data\":"
	    "{\"task\":\"t\",\"step\":\"collect\",\"context\":[],"
	    "\"progress\":{\"kind\":\"progress\",\"name\":\"aws\","
	    "\"current\":0,\"total\":1},\"at\":\"1970-01-01T00:00:00Z\"}}");
	json_object_put(p);

	/* the core refuses total <= 0 and current > total */
	p = msg_progress_leaf("x", NULL, 0, 0);
	CHECK(msg_action_progress("collect", "t", "collect", NULL, p, 0, err,
	    sizeof(err)) == NULL);
	CHECK_STR(err, "progress: current 0 / total 0 (need total > 0 and "
	    "0 <= current <= total)");
	json_object_put(p);
	p = msg_progress_leaf("x", NULL, 3, 2);
	CHECK_INT(msg_progress_check(p, err, sizeof(err)), MSG_BAD);
	json_object_put(p);
	p = msg_progress_leaf("x", NULL, -1, 2);
	CHECK_INT(msg_progress_check(p, err, sizeof(err)), MSG_BAD);
	json_object_put(p);

	/* a tree */
	tree = json_object_new_object();
	json_object_object_add(tree, "kind", json_object_new_string("tree"));
	json_object_object_add(tree, "name", json_object_new_string("aws"));
	parts = json_object_new_array();
	json_object_array_add(parts, msg_progress_leaf("prod", NULL, 0, 1));
	json_object_array_add(parts, msg_progress_leaf("dev", NULL, 1, 1));
	json_object_object_add(tree, "parts", parts);
	CHECK_INT(msg_progress_check(tree, err, sizeof(err)), MSG_OK);
	s = msg_action_progress("collect", "t", "collect", ctx, tree, 0, err,
	    sizeof(err));
	CHECK(s != NULL);
	CHECK_INT(msg_check_reply(s, strlen(s), NULL, err, sizeof(err)),
	    MSG_K_PROGRESS);
	free(s);
	json_object_array_add(parts, msg_progress_leaf("bad", NULL, 2, 1));
	CHECK_INT(msg_progress_check(tree, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "progress.parts[2]: current 2 / total 1 (need total > 0 "
	    "and 0 <= current <= total)");
	json_object_put(tree);

	p = P("{\"kind\":\"bar\",\"name\":\"x\"}");
	CHECK_INT(msg_progress_check(p, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "progress: unknown kind \"bar\" (progress or tree)");
	json_object_put(p);
	p = P("{\"kind\":\"progress\",\"name\":\"x\",\"path\":[1],"
	    "\"current\":0,\"total\":1}");
	CHECK_INT(msg_progress_check(p, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "progress: \"path\"[0] is not a string");
	json_object_put(p);
	p = P("{\"kind\":\"progress\",\"name\":\"x\",\"current\":0.5,"
	    "\"total\":1}");
	CHECK_INT(msg_progress_check(p, err, sizeof(err)), MSG_BAD);
	json_object_put(p);
	p = P("{\"kind\":\"tree\",\"name\":\"x\"}");
	CHECK_INT(msg_progress_check(p, err, sizeof(err)), MSG_BAD);
	CHECK_STR(err, "progress: tree without a \"parts\" array");
	json_object_put(p);
	CHECK_INT(msg_progress_check(NULL, err, sizeof(err)), MSG_BAD);
}

static void
t_handlers(void)
{
	json_object *c;

	c = P("{\"c\":[\"aws\",\"gcp\",\"aws\",3,\"\"]}");
	CHECK_OUT(msg_handler_list(json_object_object_get(c, "c"), NULL),
	    "[{\"name\":\"tag\",\"info\":\"already provided\",\"description\":"
	    "\"already provided\",\"filter\":{\"cloud\":[\"aws\"]},"
	    "\"expect_node_result\":true,\"args_description\":{},"
	    "\"allowed_on_kind\":null},{\"name\":\"tag\",\"info\":\"already "
	    "provided\",\"description\":\"already provided\",\"filter\":"
	    "{\"cloud\":[\"gcp\"]},\"expect_node_result\":true,"
	    "\"args_description\":{},\"allowed_on_kind\":null}]");
	json_object_put(c);
	c = P("{\"c\":[]}");
	CHECK(msg_handler_list(json_object_object_get(c, "c"), NULL) == NULL);
	json_object_put(c);
	c = P("{\"c\":[\"\",1]}");
	CHECK(msg_handler_list(json_object_object_get(c, "c"), NULL) == NULL);
	json_object_put(c);
	CHECK(msg_handler_list(NULL, NULL) == NULL);
	/* accounts known in advance: the core routes by account too */
	c = P("{\"c\":[\"aws\",\"gcp\"],\"a\":{\"aws\":[\"1\",\"2\"]}}");
	CHECK_OUT(msg_handler_list(json_object_object_get(c, "c"),
	    json_object_object_get(c, "a")),
	    "[{\"name\":\"tag\",\"info\":\"already provided\",\"description\":"
	    "\"already provided\",\"filter\":{\"cloud\":[\"aws\"],\"account\":"
	    "[\"1\",\"2\"]},\"expect_node_result\":true,\"args_description\":{},"
	    "\"allowed_on_kind\":null},{\"name\":\"tag\",\"info\":\"already "
	    "provided\",\"description\":\"already provided\",\"filter\":"
	    "{\"cloud\":[\"gcp\"]},\"expect_node_result\":true,"
	    "\"args_description\":{},\"allowed_on_kind\":null}]");
	json_object_put(c);
	/* a custom command after the tag handlers; alone it is a list too */
	{
		static const char *const args[] = { "service", "the service",
		    "--region", "a region", NULL };
		json_object *cmds = json_object_new_array();

		json_object_array_add(cmds, msg_command_handler("aws", "i",
		    "d", args, "aws_resource"));
		c = P("{\"c\":[\"aws\"]}");
		CHECK_OUT(msg_handler_list_with(json_object_object_get(c, "c"),
		    NULL, cmds),
		    "[{\"name\":\"tag\",\"info\":\"already provided\","
		    "\"description\":\"already provided\",\"filter\":{\"cloud\":"
		    "[\"aws\"]},\"expect_node_result\":true,\"args_description\":"
		    "{},\"allowed_on_kind\":null},{\"name\":\"aws\",\"info\":"
		    "\"i\",\"description\":\"d\",\"filter\":{},"
		    "\"expect_node_result\":false,\"args_description\":"
		    "{\"service\":\"the service\",\"--region\":\"a region\"},"
		    "\"allowed_on_kind\":\"aws_resource\"}]");
		CHECK_OUT(msg_handler_list_with(NULL, NULL, cmds),
		    "[{\"name\":\"aws\",\"info\":\"i\",\"description\":\"d\","
		    "\"filter\":{},\"expect_node_result\":false,"
		    "\"args_description\":{\"service\":\"the service\","
		    "\"--region\":\"a region\"},\"allowed_on_kind\":"
		    "\"aws_resource\"}]");
		json_object_put(cmds);
		json_object_put(c);
	}
}

static void
t_check(void)
{
	static const struct { const char *frame; int want; const char *why; }
	    replies[] = {
		{ "{\"kind\":\"action_done\",\"message_type\":\"collect\","
		  "\"data\":{\"task\":\"a\",\"step\":\"collect\"}}",
		  MSG_K_DONE, NULL },
		{ "{\"kind\":\"action_error\",\"message_type\":\"collect\","
		  "\"data\":{\"task\":\"a\",\"step\":\"collect\"}}",
		  MSG_K_ERROR, NULL },
		{ "{\"kind\":\"action_info\",\"message_type\":\"collect\","
		  "\"data\":{\"task\":\"a\",\"step\":\"collect\","
		  "\"level\":\"info\",\"message\":\"m\"}}", MSG_K_INFO, NULL },
		{ "{\"kind\":\"action_info\",\"message_type\":\"collect\","
		  "\"data\":{\"task\":\"a\",\"step\":\"collect\","
		  "\"level\":\"info\"}}", MSG_BAD,
		  "action_info without \"message\"" },
		{ "{\"kind\":\"action\",\"message_type\":\"collect\","
		  "\"data\":{\"task\":\"a\",\"step\":\"collect\"}}", MSG_BAD,
		  "reply of kind \"action\" (the worker sends only "
		  "action_done/error/info/progress)" },
		{ "{\"kind\":\"action_done\",\"message_type\":\"collect\","
		  "\"data\":{\"step\":\"collect\"}}", MSG_BAD,
		  "action_done without \"task\"" },
		{ "{\"kind\":\"action_done\",\"data\":{\"task\":\"a\","
		  "\"step\":\"collect\"}}", MSG_BAD,
		  "action_done without \"message_type\"" },
		{ "{\"kind\":\"action_done\",\"message_type\":\"collect\"}",
		  MSG_BAD, "action_done without a \"data\" object" },
		{ "{\"kind\":\"action_progress\",\"message_type\":\"collect\","
		  "\"data\":{\"task\":\"a\",\"step\":\"collect\",\"at\":"
		  "\"2023-11-14T22:13:20\",\"progress\":{\"kind\":\"progress\","
		  "\"name\":\"x\",\"current\":0,\"total\":1}}}", MSG_BAD,
		  "action_progress: \"at\" is not YYYY-MM-DDTHH:MM:SSZ: "
		  "2023-11-14T22:13:20" },
		{ "{\"kind\":\"action_progress\",\"message_type\":\"collect\","
		  "\"data\":{\"task\":\"a\",\"step\":\"collect\",\"at\":"
		  "\"2023-11-14T22:13:20Z\"}}", MSG_BAD,
		  "progress is not an object" },
		{ "[]", MSG_BAD, "reply is JSON array, not an object" },
		{ "", MSG_BAD, "empty frame" },
		{ "   ", MSG_BAD, "empty frame" },
	};
	static const struct { const char *frame; int want; const char *why; }
	    tasks[] = {
		{ "[{\"name\":\"tag\"}]", MSG_K_HANDLERS, NULL },
		{ "[]", MSG_BAD, "empty handler list (the core hangs up on it)" },
		{ "[{\"info\":\"x\"}]", MSG_BAD,
		  "handler 0: not an object with a string \"name\"" },
		{ "{\"task_id\":\"t\",\"result\":\"done\"}", MSG_K_RESULT, NULL },
		{ "{\"task_id\":\"t\",\"result\":\"error\",\"error\":\"e\"}",
		  MSG_K_RESULT, NULL },
		{ "{\"task_id\":\"t\",\"result\":\"error\"}", MSG_BAD,
		  "error result without \"error\"" },
		{ "{\"task_id\":\"t\",\"result\":\"maybe\"}", MSG_BAD,
		  "task result \"maybe\" (done or error)" },
		{ "{\"result\":\"done\"}", MSG_BAD,
		  "task result without \"task_id\"" },
		{ "7", MSG_BAD, "task frame is JSON int, not an object or array" },
	};
	json_object *o;
	size_t i;

	for (i = 0; i < sizeof(replies) / sizeof(replies[0]); i++) {
		err[0] = '\0';
		CHECK_INT(msg_check_reply(replies[i].frame,
		    strlen(replies[i].frame), NULL, err, sizeof(err)),
		    replies[i].want);
		if (replies[i].why != NULL)
			CHECK_STR(err, replies[i].why);
	}
	for (i = 0; i < sizeof(tasks) / sizeof(tasks[0]); i++) {
		err[0] = '\0';
		CHECK_INT(msg_check_task_frame(tasks[i].frame,
		    strlen(tasks[i].frame), NULL, err, sizeof(err)),
		    tasks[i].want);
		if (tasks[i].why != NULL)
			CHECK_STR(err, tasks[i].why);
	}
	CHECK_INT(msg_check_reply(replies[0].frame, strlen(replies[0].frame),
	    &o, err, sizeof(err)), MSG_K_DONE);
	CHECK(o != NULL && json_object_is_type(o, json_type_object));
	json_object_put(o);
}

static void
t_utf8(void)
{
	char *s;

	s = msg_utf8("abc", 3, 0);
	CHECK_STR(s, "abc");
	free(s);
	s = msg_utf8("abcdef", 6, 4);
	CHECK_STR(s, "abcd");
	free(s);
	s = msg_utf8("", 0, 0);
	CHECK_STR(s, "");
	free(s);
	/* overlong, surrogate, truncated sequence, > U+10FFFF */
	s = msg_utf8("\xc0\xaf|\xed\xa0\x80|\xe2\x82|\xf4\x90\x80\x80", 14, 0);
	CHECK_STR(s, "\xef\xbf\xbd\xef\xbf\xbd|\xef\xbf\xbd\xef\xbf\xbd"
	    "\xef\xbf\xbd|\xef\xbf\xbd\xef\xbf\xbd|\xef\xbf\xbd\xef\xbf\xbd"
	    "\xef\xbf\xbd\xef\xbf\xbd");
	free(s);
	s = msg_utf8("\xe2\x82\xac\xf0\x9f\x98\x80", 7, 0);	/* € 😀 */
	CHECK_STR(s, "\xe2\x82\xac\xf0\x9f\x98\x80");
	free(s);
	s = msg_utf8("a\0b", 3, 0);
	CHECK_STR(s, "a\xef\xbf\xbd" "b");
	free(s);
}

static void
t_oneline(void)
{
	char *s;

	s = msg_oneline("  Error: boom\nMessage: down\r\n", 29, 0);
	CHECK_STR(s, "Error: boom Message: down");
	free(s);
	s = msg_oneline("abcdef", 6, 3);
	CHECK_STR(s, "abc...");
	free(s);
	s = msg_oneline("abc", 3, 3);
	CHECK_STR(s, "abc");
	free(s);
	s = msg_oneline("\xc3\xa9\xc3\xa9\xc3\xa9", 6, 2);	/* cut by characters */
	CHECK_STR(s, "\xc3\xa9\xc3\xa9...");
	free(s);
	s = msg_oneline("\t\n", 2, 10);
	CHECK_STR(s, "");
	free(s);
}

static void
t_utc(void)
{
	char ts[MSG_UTC_LEN];

	msg_utc(1700000000, ts);
	CHECK_STR(ts, "2023-11-14T22:13:20Z");
	msg_utc(0, ts);
	CHECK_STR(ts, "1970-01-01T00:00:00Z");
}

/* msg_id_check: what the core's ids may hold */
static void
t_ids(void)
{
	static const struct { const char *json, *why; } cases[] = {
		{ "{\"task\":\"d3b07384-task\"}", NULL },
		{ "{\"task\":\"caf\u00e9\"}", NULL },
		{ "{\"task\":\"\"}", "task id is empty" },
		{ "{\"task\":7}", "task id is not a string" },
		{ "{}", "task id is not a string" },
		{ "{\"task\":\"a\\u0000b\"}", "task id contains a NUL byte" },
		{ "{\"task\":\"a\\nb\"}", "control character U+000A" },
		{ "{\"task\":\"a\\u007fb\"}", "control character U+007F" },
		{ "{\"task\":\"a\\u0085b\"}", "control character U+0085" },
		{ "{\"task\":\"a\\udc00b\"}", "contains U+FFFD" },
		{ NULL, NULL }
	};
	json_object *o;
	char big[400];
	int i;

	for (i = 0; cases[i].json != NULL; i++) {
		o = json_tokener_parse(cases[i].json);
		CHECK(o != NULL);
		err[0] = '\0';
		CHECK_INT(msg_id_check(o, "task", err, sizeof(err)),
		    cases[i].why ? -1 : 0);
		if (cases[i].why != NULL)
			CHECK(strstr(err, cases[i].why) != NULL);
		json_object_put(o);
	}
	o = json_object_new_object();
	memset(big, 'x', sizeof(big) - 1);
	big[MSG_ID_MAX] = '\0';
	json_object_object_add(o, "task", json_object_new_string(big));
	CHECK_INT(msg_id_check(o, "task", err, sizeof(err)), 0);
	big[MSG_ID_MAX] = 'x';
	big[sizeof(big) - 1] = '\0';
	json_object_object_add(o, "task", json_object_new_string(big));
	CHECK_INT(msg_id_check(o, "task", err, sizeof(err)), -1);
	CHECK(strstr(err, "399 bytes long (at most 256)") != NULL);
	json_object_put(o);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	t_ids();
	t_parse();
	t_action();
	t_task();
	t_event();
	t_info();
	t_progress();
	t_handlers();
	t_check();
	t_utf8();
	t_oneline();
	t_utc();
	return t_done();
}

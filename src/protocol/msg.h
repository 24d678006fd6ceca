/*
 * msg: the JSON messages exchanged with Resoto Core (core-protocol.md
 * sections 4, 5, 8.4 and 9). Owns parsing of incoming websocket frames into
 * typed views (actions, tasks, config events), the checks that every frame
 * we send has a shape the core accepts (4.5, 5.3), and the builders of every
 * frame the worker sends: action_done/error/info/progress, task results and
 * the /work/queue handler list. Knows no connections, jobs or clouds.
 *
 * Views borrow from the parsed json_object: they live as long as it does.
 * Builders return a malloc'd compact JSON text (no trailing newline), valid
 * UTF-8 (invalid bytes become U+FFFD), never NULL unless documented.
 */
#ifndef RW_MSG_H
#define RW_MSG_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <json-c/json.h>

#define MSG_INFO_MAX	500	/* action_info message, in characters (9.2) */
#define MSG_UTC_LEN	21	/* "YYYY-MM-DDTHH:MM:SSZ" + NUL */
#define MSG_MAX_DEPTH	128	/* JSON nesting accepted from the core */

/* Results of the parse and check functions. */
#define MSG_BAD		-1	/* malformed: err says what and where */
#define MSG_OTHER	0	/* well-formed, but not the kind asked for */
#define MSG_OK		1

/* One incoming text frame: surrounding whitespace (the core's trailing \n)
 * stripped, strict JSON, exactly one object. NULL with err when not. */
json_object	*msg_parse(const char *text, size_t len, char *err, size_t errlen);

/* An action on /subscriber/S-collector/handle (4.3). MSG_OTHER when kind is
 * not "action" (err then names the kind), MSG_BAD when a field is missing
 * or of the wrong type. */
struct msg_action {
	const char	*type;	/* message_type: "collect", "cleanup", ... */
	const char	*task;	/* data.task */
	const char	*step;	/* data.step */
	json_object	*data;	/* the whole data object */
};
int	msg_action_parse(json_object *, struct msg_action *, char *err,
	    size_t errlen);

/* Task and step ids the worker takes: the core's are UUIDs and step
 * names; a longer one would not fit a request header (the merge's
 * Resoto-Worker-Task-Id). */
#define MSG_ID_MAX	256
/* The largest frame the core takes (aiohttp's default): a reply echoing a
 * larger action cannot be delivered. */
#define MSG_CORE_FRAME_MAX	(4 * 1024 * 1024)

/* 0 when member of o is a usable id: a non-empty string of at most
 * MSG_ID_MAX bytes without NUL, control characters (C0, DEL, C1) or
 * U+FFFD (what a lone surrogate or a byte that is not UTF-8 became, so
 * the id could not be echoed as the core sent it). -1 with the reason in
 * err (the id itself is not quoted: it may be anything). */
int	msg_id_check(json_object *o, const char *member, char *err,
	    size_t errlen);

/* A task on /work/queue (5.2). On MSG_BAD, t->id is still set when the
 * frame had a string task_id, so the caller can answer with an error.
 * data is NULL when absent or null; attrs is NULL when absent. */
struct msg_task {
	const char	*id;	/* task_id */
	const char	*name;	/* task_name: "tag", a custom command */
	json_object	*data;
	json_object	*attrs;	/* object of strings: cloud, account, ... */
};
int	 msg_task_parse(json_object *, struct msg_task *, char *err,
	    size_t errlen);
const char *msg_task_attr(const struct msg_task *, const char *name);

/* An event on /events (8.4). MSG_OTHER when kind is not "event". id and
 * revision are NULL when data lacks them (e.g. a config copy event). */
struct msg_event {
	const char	*type;		/* message_type: "config-updated" */
	const char	*id;		/* data.id */
	const char	*revision;	/* data.revision */
};
int	msg_event_parse(json_object *, struct msg_event *, char *err,
	    size_t errlen);

/* Replies on /subscriber/S-collector/handle (4.4, 9). data is the action's
 * data object: done echoes it unchanged, error adds "error":
 * "Failed to <type>: <reason>" to a copy. */
char	*msg_action_done(const char *type, json_object *data);
/* action_error with data echoed unchanged (what the reference's action
 * plugins send: the core records the error as n/a) */
char	*msg_action_error_plain(const char *type, json_object *data);
char	*msg_action_error(const char *type, json_object *data,
	    const char *reason);
/* level "error", anything else is sent as "info". context: NULL-terminated
 * list (may be NULL or empty); the message is cut to MSG_INFO_MAX characters,
 * secrets registered with log_secret() are redacted, and "[a:b] " is put in
 * front when a context is set. */
char	*msg_action_info(const char *type, const char *task, const char *step,
	    const char *level, const char *const *context, const char *message);
/* progress: a leaf or tree (9.1), checked with msg_progress_check; NULL
 * with err when it would make the core close the connection. */
char	*msg_action_progress(const char *type, const char *task,
	    const char *step, const char *const *context, json_object *progress,
	    time_t at, char *err, size_t errlen);
/* A progress leaf {"kind":"progress","name","path"?,"current","total"};
 * path may be NULL. Caller owns the object. */
json_object *msg_progress_leaf(const char *name, const char *const *path,
	    int64_t current, int64_t total);
int	msg_progress_check(json_object *progress, char *err, size_t errlen);

/* Results on /work/queue (5.3). data may be NULL (sent as null). */
char	*msg_task_done(const char *task_id, json_object *data);
char	*msg_task_error(const char *task_id, const char *error);
/* The first /work/queue frame (5.1): one tag handler per cloud name in the
 * array clouds, filtered by cloud, and also by account where accounts
 * (NULL, or an object cloud -> array of account ids) names the cloud's
 * accounts. NULL when there is none (then B must not be opened). */
char	*msg_handler_list(json_object *clouds, json_object *accounts);
/* The same with the handlers in the array commands (NULL: none) after the
 * tag handlers; NULL when the whole list is empty. */
char	*msg_handler_list_with(json_object *clouds, json_object *accounts,
	    json_object *commands);
/* A custom command's handler (5.1): filter {}, expect_node_result false,
 * args the pairs name, description, ..., NULL; allowed_on_kind may be
 * NULL. */
json_object *msg_command_handler(const char *name, const char *info,
	    const char *description, const char *const *args,
	    const char *allowed_on_kind);

/* What a frame we are about to send is; the checks are those of the core
 * (4.5, 5.3): a frame that fails them would close the connection. */
enum msg_kind {
	MSG_K_DONE = 1,		/* action_done */
	MSG_K_ERROR,		/* action_error */
	MSG_K_INFO,		/* action_info */
	MSG_K_PROGRESS,		/* action_progress */
	MSG_K_RESULT,		/* a task result */
	MSG_K_HANDLERS,		/* the handler list */
};
/* A frame for /subscriber/S/handle: returns its kind or MSG_BAD. The
 * parsed object is returned in *out when out != NULL (caller frees). */
int	msg_check_reply(const char *json, size_t len, json_object **out,
	    char *err, size_t errlen);
/* A frame for /work/queue: MSG_K_RESULT or MSG_K_HANDLERS, or MSG_BAD. */
int	msg_check_task_frame(const char *json, size_t len, json_object **out,
	    char *err, size_t errlen);

/* "YYYY-MM-DDTHH:MM:SSZ" in UTC. */
void	 msg_utc(time_t, char out[MSG_UTC_LEN]);
/* A copy of s (len bytes) with invalid UTF-8 replaced by U+FFFD and cut
 * after at most max characters (0: no limit). */
char	*msg_utf8(const char *s, size_t len, size_t max);
/* The same for a log line: control characters (newlines) become spaces,
 * surrounding whitespace goes, "..." marks a cut. */
char	*msg_oneline(const char *s, size_t len, size_t max);

#endif

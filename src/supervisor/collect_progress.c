/* collect_progress: the run's messages to the core (action_info,
 * action_progress), the progress tree's leaves, and the frames both kinds
 * of child send (INFO, PROGRESS, JSON parsing). See collect_int.h. */
#include "supervisor/collect_int.h"
#include "supervisor/core.h"
#include "protocol/frame.h"
#include "protocol/msg.h"
#include "common/jget.h"
#include "common/buf.h"
#include "common/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Strict JSON of exactly len bytes; NULL with the reason in err. */
static json_object *
parse_json(const char *p, size_t len, char *err, size_t errlen)
{
	struct json_tokener *tok = json_tokener_new_ex(MSG_MAX_DEPTH);
	json_object *o;

	if (tok == NULL)
		fatalx("collect: out of memory");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	o = json_tokener_parse_ex(tok, p, (int)len);
	if (o == NULL || json_tokener_get_parse_end(tok) != len) {
		snprintf(err, errlen, "%s",
		    o == NULL ? json_tokener_error_desc(
		    json_tokener_get_error(tok)) : "trailing bytes");
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	return o;
}

/* ---- messages to the core ----------------------------------------------- */

void
co_reply(struct run *r, char *json)
{
	if (json == NULL)
		return;
	if (r->core != NULL && !r->aborting)
		core_reply(r->core, json);
	free(json);
}

/* An action_info for [cloud:account]; also logged here. */
void
co_info(struct run *r, const char *level, const char *cloud,
    const char *account, const char *fmt, ...)
{
	const char *ctx[3] = { cloud, account, NULL }, *text;
	struct buf m = BUF_INIT, pre = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&m, fmt, ap);
	va_end(ap);
	/* the context is ours to add: a message that already starts with
	 * it (a collector's own "[cloud:account] ") does not get it twice */
	if (cloud != NULL)
		buf_printf(&pre, "[%s%s%s] ", cloud, account ? ":" : "",
		    account ? account : "");
	text = m.data;
	if (pre.len > 0 && strncmp(text, pre.data, pre.len) == 0)
		text += pre.len;
	/* a child's text may be long: the log gets at most 1000 bytes */
	if (strcmp(level, "error") == 0)
		log_warnx("%s%.1000s%s", buf_str(&pre), text,
		    strlen(text) > 1000 ? "..." : "");
	else
		log_info("%s%.1000s%s", buf_str(&pre), text,
		    strlen(text) > 1000 ? "..." : "");
	if (r->core != NULL)
		co_reply(r, msg_action_info(r->type, r->task, r->step, level,
		    cloud ? ctx : NULL, text));
	buf_free(&m);
	buf_free(&pre);
}

/* An action_progress; takes the progress object over. */
void
co_progress(struct run *r, const char *cloud, json_object *p)
{
	const char *ctx[2] = { cloud, NULL };
	char err[256], *json;

	if (r->core != NULL) {
		json = msg_action_progress(r->type, r->task, r->step,
		    cloud ? ctx : NULL, p, time(NULL), err, sizeof(err));
		if (json == NULL)
			log_warnx("collect: progress not sent: %s", err);
		co_reply(r, json);
	}
	json_object_put(p);
}

void
co_progress_leaf(struct run *r, const char *cloud, const char *name, int done)
{
	const char *path[2] = { cloud, NULL };

	co_progress(r, cloud, msg_progress_leaf(name, cloud ? path : NULL,
	    done, 1));
}

/* "name (id)" when the name differs from the id */
char *
co_display_name(json_object *account)
{
	const char *id = jget_str(account, "id");
	const char *name = jget_str(account, "name");
	struct buf b = BUF_INIT;

	if (name != NULL && *name != '\0' && strcmp(name, id) != 0)
		buf_printf(&b, "%s (%s)", name, id);
	else
		buf_puts(&b, id);
	return buf_take(&b);
}

/* ---- frames ------------------------------------------------------------- */

/* INFO and PROGRESS, from either kind of child. */
int
co_common_frame(struct run *r, struct cloud *cl, const char *account,
    uint32_t type, json_object *o, char *err, size_t errlen)
{
	const char *level, *message;

	if (type == FRAME_INFO) {
		level = jget_str(o, "level");
		message = jget_str(o, "message");
		if (level == NULL || message == NULL || (strcmp(level, "info")
		    != 0 && strcmp(level, "error") != 0)) {
			snprintf(err, errlen, "collector sent INFO without a "
			    "level (info or error) and a message");
			return -1;
		}
		co_info(r, level, cl->name, account, "%s", message);
		return 0;
	}
	/* PROGRESS */
	if (msg_progress_check(o, err, errlen) != MSG_OK) {
		char why[200];

		snprintf(why, sizeof(why), "%s", err);
		snprintf(err, errlen, "collector sent a bad PROGRESS: %s", why);
		return -1;
	}
	co_progress(r, cl->name, json_object_get(o));
	return 0;
}

int
co_parse_frame(uint32_t type, const char *p, size_t len, json_object **out,
    char *err, size_t errlen)
{
	char why[200];

	*out = parse_json(p, len, why, sizeof(why));
	if (*out == NULL) {
		snprintf(err, errlen, "collector sent %s that is not JSON: %s",
		    frame_type_name(type), why);
		return -1;
	}
	return 0;
}

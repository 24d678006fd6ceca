/* msg: see msg.h. */
#include "protocol/msg.h"

#include "common/jget.h"
#include "common/buf.h"
#include "common/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROGRESS_MAX_DEPTH	16

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Strict JSON, any value, whole text (whitespace around is fine). */
static json_object *
parse_value(const char *text, size_t len, char *err, size_t errlen)
{
	struct json_tokener *tok;
	json_object *o;
	enum json_tokener_error jerr;
	char *copy;
	size_t end;

	while (len > 0 && is_space(text[0])) {
		text++;
		len--;
	}
	while (len > 0 && is_space(text[len - 1]))
		len--;
	if (len == 0) {
		seterr(err, errlen, "empty frame");
		return NULL;
	}
	if ((tok = json_tokener_new_ex(MSG_MAX_DEPTH)) == NULL)
		fatalx("json_tokener_new_ex: out of memory");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT |
	    JSON_TOKENER_VALIDATE_UTF8);
	/* When the tokener wants more, hand it the terminating NUL, so that
	 * a bare number at the end of the text is complete. */
	copy = xmalloc(len + 1);
	memcpy(copy, text, len);
	copy[len] = '\0';
	o = json_tokener_parse_ex(tok, copy, (int)len);
	end = json_tokener_get_parse_end(tok);
	if (o == NULL && json_tokener_get_error(tok) == json_tokener_continue)
		o = json_tokener_parse_ex(tok, copy + len, 1);
	jerr = json_tokener_get_error(tok);
	if (o == NULL || jerr != json_tokener_success) {
		if (jerr == json_tokener_continue ||
		    jerr == json_tokener_error_parse_eof)
			seterr(err, errlen, "truncated JSON (%zu bytes)", len);
		else
			seterr(err, errlen, "invalid JSON at byte %zu: %s",
			    end, json_tokener_error_desc(jerr));
		json_object_put(o);
		o = NULL;
	} else if (end < len) {
		seterr(err, errlen, "unexpected data after the JSON value "
		    "at byte %zu", end);
		json_object_put(o);
		o = NULL;
	}
	json_tokener_free(tok);
	free(copy);
	return o;
}

json_object *
msg_parse(const char *text, size_t len, char *err, size_t errlen)
{
	json_object *o;

	if ((o = parse_value(text, len, err, errlen)) == NULL)
		return NULL;
	if (!json_object_is_type(o, json_type_object)) {
		seterr(err, errlen, "JSON %s where an object was expected",
		    json_type_to_name(json_object_get_type(o)));
		json_object_put(o);
		return NULL;
	}
	return o;
}

/* A required string member: NULL with err naming what is wrong. */
static const char *
need_str(json_object *o, const char *what, const char *key, char *err,
    size_t errlen)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || v == NULL) {
		seterr(err, errlen, "%s without \"%s\"", what, key);
		return NULL;
	}
	if (!json_object_is_type(v, json_type_string)) {
		seterr(err, errlen, "%s: \"%s\" is %s, not a string", what, key,
		    json_type_to_name(json_object_get_type(v)));
		return NULL;
	}
	return json_object_get_string(v);
}

int
msg_action_parse(json_object *o, struct msg_action *a, char *err,
    size_t errlen)
{
	const char *kind;

	memset(a, 0, sizeof(*a));
	if ((kind = need_str(o, "message", "kind", err, errlen)) == NULL)
		return MSG_BAD;
	if (strcmp(kind, "action") != 0) {
		seterr(err, errlen, "message of kind \"%s\"", kind);
		return MSG_OTHER;
	}
	if ((a->type = need_str(o, "action", "message_type", err,
	    errlen)) == NULL)
		return MSG_BAD;
	if (!json_object_object_get_ex(o, "data", &a->data) ||
	    a->data == NULL) {
		seterr(err, errlen, "%s action without \"data\"", a->type);
		return MSG_BAD;
	}
	if (!json_object_is_type(a->data, json_type_object)) {
		seterr(err, errlen, "%s action: \"data\" is %s, not an object",
		    a->type, json_type_to_name(json_object_get_type(a->data)));
		a->data = NULL;
		return MSG_BAD;
	}
	if ((a->task = need_str(a->data, "action data", "task", err,
	    errlen)) == NULL ||
	    (a->step = need_str(a->data, "action data", "step", err,
	    errlen)) == NULL)
		return MSG_BAD;
	return MSG_OK;
}

int
msg_id_check(json_object *o, const char *member, char *err, size_t errlen)
{
	json_object *v;
	const unsigned char *s;
	size_t len, i;

	if (!json_object_object_get_ex(o, member, &v) ||
	    !json_object_is_type(v, json_type_string)) {
		seterr(err, errlen, "%s id is not a string", member);
		return -1;
	}
	s = (const unsigned char *)json_object_get_string(v);
	len = (size_t)json_object_get_string_len(v);
	if (len == 0) {
		seterr(err, errlen, "%s id is empty", member);
		return -1;
	}
	if (len > MSG_ID_MAX) {
		seterr(err, errlen, "%s id is %zu bytes long (at most %d)",
		    member, len, MSG_ID_MAX);
		return -1;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == 0) {
			seterr(err, errlen, "%s id contains a NUL byte", member);
			return -1;
		}
		if (s[i] < 0x20 || s[i] == 0x7f || (s[i] == 0xc2 &&
		    i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] <= 0x9f)) {
			seterr(err, errlen, "%s id contains the control "
			    "character U+%04X", member, s[i] == 0xc2 ?
			    s[i + 1] : s[i]);
			return -1;
		}
		if (s[i] == 0xef && i + 2 < len && s[i + 1] == 0xbf &&
		    s[i + 2] == 0xbd) {
			seterr(err, errlen, "%s id contains U+FFFD (a lone "
			    "surrogate or a byte that is not UTF-8 in what the "
			    "core sent): it cannot be echoed back", member);
			return -1;
		}
	}
	return 0;
}

int
msg_task_parse(json_object *o, struct msg_task *t, char *err, size_t errlen)
{
	json_object *v;

	memset(t, 0, sizeof(*t));
	if ((t->id = need_str(o, "task", "task_id", err, errlen)) == NULL)
		return MSG_BAD;
	if ((t->name = need_str(o, "task", "task_name", err, errlen)) == NULL)
		return MSG_BAD;
	if (json_object_object_get_ex(o, "data", &v) && v != NULL)
		t->data = v;
	if (json_object_object_get_ex(o, "attrs", &v) && v != NULL) {
		if (!json_object_is_type(v, json_type_object)) {
			seterr(err, errlen, "task %s: \"attrs\" is %s, not an "
			    "object", t->name,
			    json_type_to_name(json_object_get_type(v)));
			return MSG_BAD;
		}
		t->attrs = v;
	}
	return MSG_OK;
}

const char *
msg_task_attr(const struct msg_task *t, const char *name)
{
	return jget_str(t->attrs, name);
}

int
msg_event_parse(json_object *o, struct msg_event *e, char *err,
    size_t errlen)
{
	const char *kind;
	json_object *data;

	memset(e, 0, sizeof(*e));
	if ((kind = need_str(o, "message", "kind", err, errlen)) == NULL)
		return MSG_BAD;
	if (strcmp(kind, "event") != 0) {
		seterr(err, errlen, "message of kind \"%s\"", kind);
		return MSG_OTHER;
	}
	if ((e->type = need_str(o, "event", "message_type", err,
	    errlen)) == NULL)
		return MSG_BAD;
	if (json_object_object_get_ex(o, "data", &data) && data != NULL) {
		if (!json_object_is_type(data, json_type_object)) {
			seterr(err, errlen, "%s event: \"data\" is %s, not an "
			    "object", e->type,
			    json_type_to_name(json_object_get_type(data)));
			return MSG_BAD;
		}
		e->id = jget_str(data, "id");
		e->revision = jget_str(data, "revision");
	}
	return MSG_OK;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned int c;
	size_t len, i;

	if (s[0] == 0)
		return 0;
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	return len;
}

char *
msg_utf8(const char *s, size_t len, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	struct buf b = BUF_INIT;
	size_t i = 0, n, chars = 0;

	buf_reserve(&b, len + 1);
	while (i < len && (max == 0 || chars < max)) {
		if ((n = utf8_seq(p + i, len - i)) == 0) {
			buf_add(&b, "\xef\xbf\xbd", 3);
			n = 1;
		} else
			buf_add(&b, p + i, n);
		i += n;
		chars++;
	}
	if (b.len == 0) {
		buf_free(&b);
		return xstrdup("");
	}
	return buf_take(&b);
}

char *
msg_oneline(const char *s, size_t len, size_t max)
{
	struct buf b = BUF_INIT;
	char *u, *p;
	size_t chars = 0;

	u = msg_utf8(s, len, 0);
	for (p = u; *p != '\0' && (unsigned char)*p <= ' '; p++)
		;
	for (; *p != '\0'; p++) {
		if (((unsigned char)*p & 0xc0) != 0x80 && max > 0 &&
		    chars++ == max) {
			buf_puts(&b, "...");
			break;
		}
		buf_putc(&b, (unsigned char)*p < ' ' || *p == 0x7f ? ' ' : *p);
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.data[--b.len] = '\0';
	free(u);
	return b.len ? buf_take(&b) : xstrdup("");
}

/* A JSON string from arbitrary bytes (invalid UTF-8 replaced). */
static json_object *
jstr(const char *s)
{
	json_object *o;
	char *fixed;

	fixed = msg_utf8(s, strlen(s), 0);
	o = json_object_new_string(fixed);
	free(fixed);
	return o;
}

static char *
to_text(json_object *o)
{
	char *s;

	s = xstrdup(json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
	return s;
}

/* {"kind","message_type","data"}: takes the reference to data. */
static char *
envelope(const char *kind, const char *type, json_object *data)
{
	json_object *o;

	o = json_object_new_object();
	json_object_object_add(o, "kind", json_object_new_string(kind));
	json_object_object_add(o, "message_type", jstr(type));
	json_object_object_add(o, "data", data);
	return to_text(o);
}

char *
msg_action_done(const char *type, json_object *data)
{
	return envelope("action_done", type, data ? json_object_get(data) :
	    json_object_new_object());
}

char *
msg_action_error_plain(const char *type, json_object *data)
{
	return envelope("action_error", type, data ? json_object_get(data) :
	    json_object_new_object());
}

char *
msg_action_error(const char *type, json_object *data, const char *reason)
{
	json_object *copy = NULL;
	struct buf b = BUF_INIT;

	if (data == NULL || json_object_deep_copy(data, &copy, NULL) != 0 ||
	    copy == NULL) {
		json_object_put(copy);
		copy = json_object_new_object();
	}
	buf_printf(&b, "Failed to %s: %s", type, reason ? reason : "n/a");
	json_object_object_add(copy, "error", jstr(buf_str(&b)));
	buf_free(&b);
	return envelope("action_error", type, copy);
}

static json_object *
str_array(const char *const *list)
{
	json_object *a;

	a = json_object_new_array();
	while (list != NULL && *list != NULL)
		json_object_array_add(a, jstr(*list++));
	return a;
}

static json_object *
step_data(const char *task, const char *step)
{
	json_object *d;

	d = json_object_new_object();
	json_object_object_add(d, "task", jstr(task));
	json_object_object_add(d, "step", jstr(step));
	return d;
}

char *
msg_action_info(const char *type, const char *task, const char *step,
    const char *level, const char *const *context, const char *message)
{
	json_object *d;
	struct buf b = BUF_INIT;
	char *red, *cut;
	int i;

	if (context != NULL && context[0] != NULL) {
		buf_putc(&b, '[');
		for (i = 0; context[i] != NULL; i++)
			buf_printf(&b, "%s%s", i ? ":" : "", context[i]);
		buf_puts(&b, "] ");
	}
	red = xstrdup(message ? message : "");
	log_redact(red);
	cut = msg_utf8(red, strlen(red), MSG_INFO_MAX);
	buf_puts(&b, cut);
	free(cut);
	free(red);

	d = step_data(task, step);
	json_object_object_add(d, "level", json_object_new_string(
	    level != NULL && strcmp(level, "error") == 0 ? "error" : "info"));
	json_object_object_add(d, "message", jstr(buf_str(&b)));
	buf_free(&b);
	return envelope("action_info", type, d);
}

static int
progress_check(json_object *p, const char *where, int depth, char *err,
    size_t errlen)
{
	json_object *v, *parts;
	const char *kind;
	int64_t cur, tot;
	size_t i, n;
	char sub[128];

	if (depth > PROGRESS_MAX_DEPTH) {
		seterr(err, errlen, "%s: nested deeper than %d", where,
		    PROGRESS_MAX_DEPTH);
		return MSG_BAD;
	}
	if (p == NULL || !json_object_is_type(p, json_type_object)) {
		seterr(err, errlen, "%s is not an object", where);
		return MSG_BAD;
	}
	if ((kind = need_str(p, where, "kind", err, errlen)) == NULL ||
	    need_str(p, where, "name", err, errlen) == NULL)
		return MSG_BAD;
	if (json_object_object_get_ex(p, "path", &v)) {
		if (!json_object_is_type(v, json_type_array)) {
			seterr(err, errlen, "%s: \"path\" is not an array",
			    where);
			return MSG_BAD;
		}
		n = json_object_array_length(v);
		for (i = 0; i < n; i++)
			if (!json_object_is_type(json_object_array_get_idx(v,
			    i), json_type_string)) {
				seterr(err, errlen, "%s: \"path\"[%zu] is not "
				    "a string", where, i);
				return MSG_BAD;
			}
	}
	if (strcmp(kind, "progress") == 0) {
		if (!json_object_object_get_ex(p, "current", &v) ||
		    !json_object_is_type(v, json_type_int)) {
			seterr(err, errlen, "%s: \"current\" is missing or not "
			    "an integer", where);
			return MSG_BAD;
		}
		cur = json_object_get_int64(v);
		if (!json_object_object_get_ex(p, "total", &v) ||
		    !json_object_is_type(v, json_type_int)) {
			seterr(err, errlen, "%s: \"total\" is missing or not "
			    "an integer", where);
			return MSG_BAD;
		}
		tot = json_object_get_int64(v);
		if (tot <= 0 || cur < 0 || cur > tot) {
			seterr(err, errlen, "%s: current %lld / total %lld "
			    "(need total > 0 and 0 <= current <= total)", where,
			    (long long)cur, (long long)tot);
			return MSG_BAD;
		}
		return MSG_OK;
	}
	if (strcmp(kind, "tree") == 0) {
		if (!json_object_object_get_ex(p, "parts", &parts) ||
		    !json_object_is_type(parts, json_type_array)) {
			seterr(err, errlen, "%s: tree without a \"parts\" "
			    "array", where);
			return MSG_BAD;
		}
		n = json_object_array_length(parts);
		for (i = 0; i < n; i++) {
			snprintf(sub, sizeof(sub), "%s.parts[%zu]", where, i);
			if (progress_check(json_object_array_get_idx(parts, i),
			    sub, depth + 1, err, errlen) != MSG_OK)
				return MSG_BAD;
		}
		return MSG_OK;
	}
	seterr(err, errlen, "%s: unknown kind \"%s\" (progress or tree)",
	    where, kind);
	return MSG_BAD;
}

int
msg_progress_check(json_object *p, char *err, size_t errlen)
{
	return progress_check(p, "progress", 0, err, errlen);
}

json_object *
msg_progress_leaf(const char *name, const char *const *path, int64_t current,
    int64_t total)
{
	json_object *p;

	p = json_object_new_object();
	json_object_object_add(p, "kind", json_object_new_string("progress"));
	json_object_object_add(p, "name", jstr(name));
	if (path != NULL && path[0] != NULL)
		json_object_object_add(p, "path", str_array(path));
	json_object_object_add(p, "current", json_object_new_int64(current));
	json_object_object_add(p, "total", json_object_new_int64(total));
	return p;
}

void
msg_utc(time_t t, char out[MSG_UTC_LEN])
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(out, MSG_UTC_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(out, MSG_UTC_LEN, "1970-01-01T00:00:00Z");
}

char *
msg_action_progress(const char *type, const char *task, const char *step,
    const char *const *context, json_object *progress, time_t at, char *err,
    size_t errlen)
{
	json_object *d;
	char ts[MSG_UTC_LEN];

	if (msg_progress_check(progress, err, errlen) != MSG_OK)
		return NULL;
	msg_utc(at, ts);
	d = step_data(task, step);
	json_object_object_add(d, "context", str_array(context));
	json_object_object_add(d, "progress", json_object_get(progress));
	json_object_object_add(d, "at", json_object_new_string(ts));
	return envelope("action_progress", type, d);
}

char *
msg_task_done(const char *task_id, json_object *data)
{
	json_object *o;

	o = json_object_new_object();
	json_object_object_add(o, "task_id", jstr(task_id));
	json_object_object_add(o, "result", json_object_new_string("done"));
	json_object_object_add(o, "data", data ? json_object_get(data) : NULL);
	return to_text(o);
}

char *
msg_task_error(const char *task_id, const char *error)
{
	json_object *o;

	o = json_object_new_object();
	json_object_object_add(o, "task_id", jstr(task_id));
	json_object_object_add(o, "result", json_object_new_string("error"));
	json_object_object_add(o, "error", jstr(error ? error : "n/a"));
	return to_text(o);
}

char *
msg_handler_list(json_object *clouds, json_object *accounts)
{
	return msg_handler_list_with(clouds, accounts, NULL);
}

json_object *
msg_command_handler(const char *name, const char *info,
    const char *description, const char *const *args,
    const char *allowed_on_kind)
{
	json_object *h, *ad;

	h = json_object_new_object();
	json_object_object_add(h, "name", jstr(name));
	json_object_object_add(h, "info", jstr(info));
	json_object_object_add(h, "description", jstr(description));
	json_object_object_add(h, "filter", json_object_new_object());
	json_object_object_add(h, "expect_node_result",
	    json_object_new_boolean(0));
	ad = json_object_new_object();
	for (; args != NULL && args[0] != NULL && args[1] != NULL; args += 2)
		json_object_object_add(ad, args[0], jstr(args[1]));
	json_object_object_add(h, "args_description", ad);
	json_object_object_add(h, "allowed_on_kind", allowed_on_kind ?
	    jstr(allowed_on_kind) : NULL);
	return h;
}

char *
msg_handler_list_with(json_object *clouds, json_object *accounts,
    json_object *commands)
{
	json_object *list, *h, *filter, *names, *c, *ids;
	const char *name;
	size_t i, j, n;
	int dup;

	list = json_object_new_array();
	n = clouds != NULL && json_object_is_type(clouds, json_type_array) ?
	    json_object_array_length(clouds) : 0;
	for (i = 0; i < n; i++) {
		c = json_object_array_get_idx(clouds, i);
		if (!json_object_is_type(c, json_type_string))
			continue;
		name = json_object_get_string(c);
		for (dup = 0, j = 0; j < i && !dup; j++)
			dup = json_object_equal(c,
			    json_object_array_get_idx(clouds, j));
		if (dup || *name == '\0')
			continue;
		h = json_object_new_object();
		json_object_object_add(h, "name", json_object_new_string("tag"));
		json_object_object_add(h, "info",
		    json_object_new_string("already provided"));
		json_object_object_add(h, "description",
		    json_object_new_string("already provided"));
		names = json_object_new_array();
		json_object_array_add(names, jstr(name));
		filter = json_object_new_object();
		json_object_object_add(filter, "cloud", names);
		if (accounts != NULL &&
		    json_object_object_get_ex(accounts, name, &ids) &&
		    json_object_is_type(ids, json_type_array))
			json_object_object_add(filter, "account",
			    json_object_get(ids));
		json_object_object_add(h, "filter", filter);
		json_object_object_add(h, "expect_node_result",
		    json_object_new_boolean(1));
		json_object_object_add(h, "args_description",
		    json_object_new_object());
		json_object_object_add(h, "allowed_on_kind", NULL);
		json_object_array_add(list, h);
	}
	for (i = 0; commands != NULL && i < json_object_array_length(commands);
	    i++)
		json_object_array_add(list, json_object_get(
		    json_object_array_get_idx(commands, i)));
	if (json_object_array_length(list) == 0) {
		json_object_put(list);
		return NULL;
	}
	return to_text(list);
}

/* "YYYY-MM-DDTHH:MM:SSZ" */
static int
is_utc(const char *s)
{
	static const char pat[] = "dddd-dd-ddTdd:dd:ddZ";
	size_t i;

	if (strlen(s) != sizeof(pat) - 1)
		return 0;
	for (i = 0; pat[i] != '\0'; i++)
		if (pat[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != pat[i])
			return 0;
	return 1;
}

static int
check_reply(json_object *o, char *err, size_t errlen)
{
	static const char *const kinds[] = { "action_done", "action_error",
	    "action_info", "action_progress", NULL };
	static const int ids[] = { MSG_K_DONE, MSG_K_ERROR, MSG_K_INFO,
	    MSG_K_PROGRESS };
	json_object *data, *v;
	const char *kind, *at;
	int i;

	if ((kind = need_str(o, "reply", "kind", err, errlen)) == NULL)
		return MSG_BAD;
	for (i = 0; kinds[i] != NULL && strcmp(kinds[i], kind) != 0; i++)
		;
	if (kinds[i] == NULL) {
		seterr(err, errlen, "reply of kind \"%s\" (the worker sends "
		    "only action_done/error/info/progress)", kind);
		return MSG_BAD;
	}
	if (need_str(o, kind, "message_type", err, errlen) == NULL)
		return MSG_BAD;
	if (!json_object_object_get_ex(o, "data", &data) ||
	    !json_object_is_type(data, json_type_object)) {
		seterr(err, errlen, "%s without a \"data\" object", kind);
		return MSG_BAD;
	}
	if (need_str(data, kind, "task", err, errlen) == NULL ||
	    need_str(data, kind, "step", err, errlen) == NULL)
		return MSG_BAD;
	switch (ids[i]) {
	case MSG_K_ERROR:
		if (json_object_object_get_ex(data, "error", &v) &&
		    !json_object_is_type(v, json_type_string)) {
			seterr(err, errlen, "action_error: \"error\" is not a "
			    "string");
			return MSG_BAD;
		}
		break;
	case MSG_K_INFO:
		if (need_str(data, kind, "level", err, errlen) == NULL ||
		    need_str(data, kind, "message", err, errlen) == NULL)
			return MSG_BAD;
		break;
	case MSG_K_PROGRESS:
		if ((at = need_str(data, kind, "at", err, errlen)) == NULL)
			return MSG_BAD;
		if (!is_utc(at)) {
			seterr(err, errlen, "action_progress: \"at\" is not "
			    "YYYY-MM-DDTHH:MM:SSZ: %s", at);
			return MSG_BAD;
		}
		if (!json_object_object_get_ex(data, "progress", &v))
			v = NULL;
		if (msg_progress_check(v, err, errlen) != MSG_OK)
			return MSG_BAD;
		break;
	}
	return ids[i];
}

static int
check_task_frame(json_object *o, char *err, size_t errlen)
{
	json_object *h;
	const char *res;
	size_t i, n;

	if (json_object_is_type(o, json_type_array)) {
		if ((n = json_object_array_length(o)) == 0) {
			seterr(err, errlen, "empty handler list (the core "
			    "hangs up on it)");
			return MSG_BAD;
		}
		for (i = 0; i < n; i++) {
			h = json_object_array_get_idx(o, i);
			if (!json_object_is_type(h, json_type_object) ||
			    jget_str(h, "name") == NULL) {
				seterr(err, errlen, "handler %zu: not an object "
				    "with a string \"name\"", i);
				return MSG_BAD;
			}
		}
		return MSG_K_HANDLERS;
	}
	if (!json_object_is_type(o, json_type_object)) {
		seterr(err, errlen, "task frame is JSON %s, not an object or "
		    "array", json_type_to_name(json_object_get_type(o)));
		return MSG_BAD;
	}
	if (need_str(o, "task result", "task_id", err, errlen) == NULL ||
	    (res = need_str(o, "task result", "result", err, errlen)) == NULL)
		return MSG_BAD;
	if (strcmp(res, "done") == 0)
		return MSG_K_RESULT;
	if (strcmp(res, "error") == 0) {
		if (need_str(o, "error result", "error", err, errlen) == NULL)
			return MSG_BAD;
		return MSG_K_RESULT;
	}
	seterr(err, errlen, "task result \"%s\" (done or error)", res);
	return MSG_BAD;
}

static int
check_frame(const char *json, size_t len, json_object **out,
    int (*check)(json_object *, char *, size_t), char *err, size_t errlen)
{
	json_object *o;
	int kind;

	if (out != NULL)
		*out = NULL;
	if ((o = parse_value(json, len, err, errlen)) == NULL)
		return MSG_BAD;
	if (check == check_reply && !json_object_is_type(o, json_type_object)) {
		seterr(err, errlen, "reply is JSON %s, not an object",
		    json_type_to_name(json_object_get_type(o)));
		kind = MSG_BAD;
	} else
		kind = check(o, err, errlen);
	if (kind != MSG_BAD && out != NULL)
		*out = o;
	else
		json_object_put(o);
	return kind;
}

int
msg_check_reply(const char *json, size_t len, json_object **out, char *err,
    size_t errlen)
{
	return check_frame(json, len, out, check_reply, err, errlen);
}

int
msg_check_task_frame(const char *json, size_t len, json_object **out,
    char *err, size_t errlen)
{
	return check_frame(json, len, out, check_task_frame, err, errlen);
}

/* cleanup_line: see cleanup_line.h. */
#include "supervisor/cleanup_line.h"

#include "common/jget.h"
#include "common/log.h"
#include "protocol/msg.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static json_object *
obj(json_object *o, const char *key)
{
	json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_object))
		return NULL;
	return v;
}

/* ancestors.<which>.reported.id */
static const char *
ancestor(json_object *node, const char *which)
{
	return jget_str(obj(obj(obj(node, "ancestors"), which), "reported"),
	    "id");
}

static enum cl_line_type bad(struct cl_line *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static enum cl_line_type
bad(struct cl_line *l, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(l->why, sizeof(l->why), fmt, ap);
	va_end(ap);
	return l->type = CL_L_BAD;
}

static enum cl_line_type
node(struct cl_line *l)
{
	json_object *rep = obj(l->o, "reported"), *clean;

	l->id = jget_str(l->o, "id");
	l->kind = jget_str(rep, "kind");
	if (l->id == NULL)
		return bad(l, "a node without an \"id\" string");
	if (l->kind == NULL)
		return bad(l, "node %.200s has no reported.kind", l->id);
	l->rid = jget_str(rep, "id");
	l->flagged = json_object_object_get_ex(obj(l->o, "desired"), "clean",
	    &clean) && json_object_is_type(clean, json_type_boolean) &&
	    json_object_get_boolean(clean);
	l->ancestors = obj(l->o, "ancestors") != NULL;
	l->cloud = ancestor(l->o, "cloud");
	l->account = ancestor(l->o, "account");
	l->region = ancestor(l->o, "region");
	return l->type = CL_L_NODE;
}

static enum cl_line_type
edge(struct cl_line *l)
{
	const char *et = jget_str(l->o, "edge_type");

	l->from = jget_str(l->o, "from");
	l->to = jget_str(l->o, "to");
	if (l->from == NULL || l->to == NULL)
		return bad(l, "an edge without \"from\" and \"to\" strings");
	if (et != NULL && strcmp(et, "default") != 0 &&
	    strcmp(et, "delete") != 0)
		return bad(l, "edge %.100s -> %.100s of unknown type \"%.40s\"",
		    l->from, l->to, et);
	l->delete_edge = et != NULL && strcmp(et, "delete") == 0;
	return l->type = CL_L_EDGE;
}

enum cl_line_type
cl_line_parse(const char *s, size_t len, struct cl_line *l)
{
	struct json_tokener *tok;
	const char *type;
	size_t i;

	memset(l, 0, sizeof(*l));
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\r'))
		len--;
	for (i = 0; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (i == len)
		return l->type = CL_L_BLANK;
	if ((tok = json_tokener_new_ex(MSG_MAX_DEPTH)) == NULL)
		fatalx("cleanup: out of memory");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	l->o = json_tokener_parse_ex(tok, s, (int)len);
	if (l->o == NULL || json_tokener_get_parse_end(tok) != len ||
	    !json_object_is_type(l->o, json_type_object)) {
		bad(l, "not a JSON object (%s)", l->o == NULL ?
		    json_tokener_error_desc(json_tokener_get_error(tok)) :
		    json_tokener_get_parse_end(tok) != len ? "trailing bytes" :
		    json_type_to_name(json_object_get_type(l->o)));
		json_tokener_free(tok);
		return l->type;
	}
	json_tokener_free(tok);
	type = jget_str(l->o, "type");
	if (type != NULL && strcmp(type, "node") == 0)
		return node(l);
	if (type != NULL && strcmp(type, "edge") == 0)
		return edge(l);
	return bad(l, "neither a node nor an edge (\"type\": %.40s)",
	    type ? type : "missing");
}

void
cl_line_free(struct cl_line *l)
{
	json_object_put(l->o);
	l->o = NULL;
}

/*
 * chttp_json.c: JSON answers through json-c, and the error bodies of the
 * clouds in XML or JSON (see chttp.h).
 */
#include "collector/http/chttp_int.h"
#include "common/buf.h"
#include "common/jget.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define JSON_MAX_DEPTH	64

/* Parse len bytes of s; NULL with the reason in err (may be NULL). */
static json_object *
json_parse(const char *s, size_t len, struct buf *err)
{
	json_tokener *tok;
	json_object *o;
	enum json_tokener_error e;
	size_t off, i;

	for (i = 0; i < len && isspace((unsigned char)s[i]); i++)
		;
	if (i == len) {
		if (err)
			buf_puts(err, "empty answer where JSON was expected");
		return NULL;
	}
	if (len > INT32_MAX) {
		if (err)
			buf_puts(err, "JSON answer too large");
		return NULL;
	}
	if ((tok = json_tokener_new_ex(JSON_MAX_DEPTH)) == NULL)
		return NULL;
	o = json_tokener_parse_ex(tok, s, (int)len);
	e = json_tokener_get_error(tok);
	off = json_tokener_get_parse_end(tok);
	json_tokener_free(tok);
	if (e == json_tokener_continue) {
		json_object_put(o);
		if (err)
			buf_printf(err, "truncated JSON (%zu bytes)", len);
		return NULL;
	}
	if (e != json_tokener_success) {
		json_object_put(o);
		if (err)
			buf_printf(err, "malformed JSON at byte %zu: %s", off,
			    json_tokener_error_desc(e));
		return NULL;
	}
	for (i = off; i < len && isspace((unsigned char)s[i]); i++)
		;
	if (i < len) {
		json_object_put(o);
		if (err)
			buf_printf(err, "malformed JSON: garbage after the "
			    "value at byte %zu", i);
		return NULL;
	}
	return o;
}

json_object *
chttp_json(const struct chttp_res *res, struct buf *err)
{
	struct buf why = BUF_INIT;
	json_object *o;

	if ((o = json_parse(res->body, res->len, &why)) == NULL && err) {
		chttp_what(err, res->service, res->operation, res->region);
		buf_printf(err, ": %s", buf_str(&why));
	}
	buf_free(&why);
	return o;
}

json_object *
chttp_json_path(json_object *o, const char *path)
{
	const char *p = path, *dot;
	char name[256];
	size_t n;

	while (o != NULL && *p != '\0') {
		dot = strchr(p, '.');
		n = dot ? (size_t)(dot - p) : strlen(p);
		if (n >= sizeof(name) || !json_object_is_type(o,
		    json_type_object))
			return NULL;
		memcpy(name, p, n);
		name[n] = '\0';
		if (!json_object_object_get_ex(o, name, &o))
			return NULL;
		p += n + (dot != NULL);
	}
	return o;
}

const char *
chttp_json_str(json_object *o, const char *path)
{
	const char *s;

	o = chttp_json_path(o, path);
	if (!json_object_is_type(o, json_type_string))
		return NULL;
	s = json_object_get_string(o);
	return *s ? s : NULL;
}

static char *
dup_nonempty(const char *s)
{
	return s && *s ? xstrdup(s) : NULL;
}

static void
json_error(json_object *o, char **code, char **message)
{
	json_object *e;
	const char *t, *h;

	if ((t = jget_str(o, "__type")) != NULL) {	/* AWS JSON */
		h = strrchr(t, '#');
		*code = dup_nonempty(h ? h + 1 : t);
	} else if ((t = jget_str(o, "code")) != NULL ||
	    (t = jget_str(o, "Code")) != NULL)
		*code = dup_nonempty(t);
	if ((t = jget_str(o, "message")) != NULL ||
	    (t = jget_str(o, "Message")) != NULL)
		*message = dup_nonempty(t);
	if (*code != NULL ||
	    !json_object_object_get_ex(o, "error", &e))
		return;
	if (json_object_is_type(e, json_type_string))	/* Slack */
		*code = dup_nonempty(json_object_get_string(e));
	else if (json_object_is_type(e, json_type_object)) {	/* Google */
		if ((t = jget_str(e, "status")) != NULL)
			*code = dup_nonempty(t);
		else if (json_object_object_get_ex(e, "code", &o))
			*code = dup_nonempty(json_object_get_string(o));
		if (*message == NULL)
			*message = dup_nonempty(jget_str(e, "message"));
	}
}

static const char *const xml_err_paths[] = {
	"ErrorResponse/Error/Code",		/* AWS Query */
	"ErrorResponse/Error/Message",
	"Response/Errors/Error/Code",		/* EC2 */
	"Response/Errors/Error/Message",
	"Error/Code",				/* S3, REST-XML */
	"Error/Message",
	NULL
};

int
chttp_error_parse(const char *body, size_t len, char **code, char **message)
{
	char *v[8] = { NULL };
	json_object *o;
	size_t i;

	*code = *message = NULL;
	for (i = 0; i < len && isspace((unsigned char)body[i]); i++)
		;
	if (i < len && body[i] == '<') {
		if (chttp_xml_items(body, len, NULL, NULL, NULL, xml_err_paths,
		    v, NULL) == -1)
			return -1;
		for (i = 0; i < 6; i += 2)
			if (v[i] != NULL && *code == NULL) {
				*code = dup_nonempty(v[i]);
				*message = dup_nonempty(v[i + 1]);
			}
		for (i = 0; i < 6; i++)
			free(v[i]);
	} else if (i < len && body[i] == '{') {
		if ((o = json_parse(body, len, NULL)) == NULL)
			return -1;
		json_error(o, code, message);
		json_object_put(o);
	}
	return *code != NULL ? 0 : -1;
}

struct jsync {
	json_object	*o;
	long		 status;
	struct buf	*err;
};

static void
jsync_cb(const struct chttp_res *res, void *arg)
{
	struct jsync *j = arg;

	j->status = res->status;
	if (res->error != NULL)
		buf_puts(j->err, res->error);
	else
		j->o = chttp_json(res, j->err);
}

json_object *
chttp_json_sync(struct chttp *c, const struct chttp_call *call, long *status,
    struct buf *err)
{
	struct jsync j = { NULL, 0, err };

	chttp_submit(c, call, jsync_cb, &j);
	chttp_run(c);
	if (status != NULL)
		*status = j.status;
	return j.o;
}

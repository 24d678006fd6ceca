/* corenode: see corenode.h. */
#include "collector/corenode.h"
#include "collector/isotime.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_object *
section(json_object *node, const char *name)
{
	json_object *v;

	if (!json_object_object_get_ex(node, name, &v) ||
	    !json_object_is_type(v, json_type_object))
		return NULL;
	return v;
}

static const char *
reported_str(json_object *node, const char *key)
{
	json_object *r = section(node, "reported"), *v;

	if (r == NULL || !json_object_object_get_ex(r, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

const struct kind *
corenode_kind(json_object *node, const struct kind *const *kinds, char *err,
    size_t errlen)
{
	const char *fqn;
	const struct kind *k;

	if (!json_object_is_type(node, json_type_object) ||
	    section(node, "reported") == NULL) {
		snprintf(err, errlen, "the node is not an object with a "
		    "\"reported\" section");
		return NULL;
	}
	if ((fqn = reported_str(node, "kind")) == NULL) {
		snprintf(err, errlen, "the node has no reported.kind");
		return NULL;
	}
	if ((k = kind_lookup(kinds, fqn)) == NULL || k->python_type == NULL ||
	    !kind_is_a(k, &kind_resource)) {
		snprintf(err, errlen, "unknown kind %s", fqn);
		return NULL;
	}
	return k;
}

const char *
corenode_id(json_object *node)
{
	const char *id = reported_str(node, "id");

	return id ? id : "";
}

void
corenode_rtdname(json_object *node, char *out, size_t outlen)
{
	const char *kind = reported_str(node, "kind");
	const char *id = corenode_id(node), *name = reported_str(node, "name");

	if (name == NULL || strcmp(name, id) == 0)
		snprintf(out, outlen, "%s %s", kind ? kind : "?", id);
	else
		snprintf(out, outlen, "%s %s (%s)", kind ? kind : "?", name, id);
}

int
corenode_meta_flag(json_object *node, const char *key)
{
	json_object *m = section(node, "metadata"), *v;

	return m && json_object_object_get_ex(m, key, &v) &&
	    json_object_is_type(v, json_type_boolean) &&
	    json_object_get_boolean(v);
}

void
corenode_set_meta_flag(json_object *node, const char *key, int on)
{
	json_object *m = section(node, "metadata");

	if (m == NULL) {
		m = json_object_new_object();
		json_object_object_add(node, "metadata", m);
	}
	json_object_object_add(m, key, json_object_new_boolean(on));
}

static json_object *
tags_of(json_object *node)
{
	json_object *r = section(node, "reported"), *t;

	if (!json_object_object_get_ex(r, "tags", &t) ||
	    !json_object_is_type(t, json_type_object)) {
		t = json_object_new_object();
		json_object_object_add(r, "tags", t);
	}
	return t;
}

void
corenode_tag_set(json_object *node, const char *key, const char *value)
{
	json_object_object_add(tags_of(node), key,
	    value ? json_object_new_string(value) : NULL);
}

int
corenode_tag_del(json_object *node, const char *key)
{
	json_object *t = tags_of(node);

	if (!json_object_object_get_ex(t, key, NULL))
		return -1;
	json_object_object_del(t, key);
	return 0;
}

/* drop null members of objects, at any depth */
static void
drop_nulls(json_object *v)
{
	size_t i, n;

	if (json_object_is_type(v, json_type_array)) {
		n = json_object_array_length(v);
		for (i = 0; i < n; i++)
			drop_nulls(json_object_array_get_idx(v, i));
	} else if (json_object_is_type(v, json_type_object)) {
		json_object_object_foreach(v, key, val) {
			if (val == NULL)	/* foreach has the next already */
				json_object_object_del(v, key);
			else
				drop_nulls(val);
		}
	}
}

/* JSON without null members of objects (resotolib's strip_nulls); the
 * node itself stays as it is */
static void
put_stripped(struct buf *b, json_object *v)
{
	json_object *copy = NULL;

	if (json_object_deep_copy(v, &copy, NULL) != 0)
		fatalx("corenode: cannot copy a property value");
	drop_nulls(copy);
	jw_json(b, copy);
	json_object_put(copy);
}

struct rebuild {
	struct buf	*b;
	json_object	*rep;
	const char	*id;
	char		*err;
	size_t		 errlen;
};

static int
bad(struct rebuild *r, const struct kprop *p, const char *want)
{
	snprintf(r->err, r->errlen, "reported.%s: expected %s", p->name, want);
	return -1;
}

/* one reported property, coerced to its declared type */
static int
put_prop(const struct kprop *p, void *arg)
{
	struct rebuild *r = arg;
	json_object *v = NULL, *def = NULL, *tags;
	char t[ISOTIME_LEN], *end;
	const char *s;
	double d;
	long long ll;
	int rc = 0;

	if (!json_object_object_get_ex(r->rep, p->name, &v) && p->def)
		v = def = json_tokener_parse(p->def);
	if (strcmp(p->name, "name") == 0 && v == NULL) {
		jw_key(r->b, "name");	/* None: the id */
		jw_str(r->b, r->id);
		return 0;
	}
	if (strcmp(p->name, "ctime") == 0 &&
	    json_object_object_get_ex(r->rep, "tags", &tags) &&
	    json_object_is_type(tags, json_type_object) &&
	    json_object_object_get_ex(tags, "resoto:ctime", &v) &&
	    json_object_is_type(v, json_type_string) &&
	    iso_to_utc(json_object_get_string(v), t) == 0) {
		jw_key(r->b, "ctime");	/* the tag wins */
		jw_str(r->b, t);
		return 0;
	} else if (strcmp(p->name, "ctime") == 0)
		json_object_object_get_ex(r->rep, "ctime", &v);
	if (v == NULL)
		goto out;
	if (strcmp(p->name, "id") == 0) {
		jw_key1(r->b, "id");
		jw_str(r->b, r->id);
		goto out;
	}
	jw_key(r->b, p->name);
	switch (p->type) {
	case PT_STRING:
	case PT_ENUM:
		if (!json_object_is_type(v, json_type_string)) {
			rc = bad(r, p, "a string");
			break;
		}
		jw_json(r->b, v);
		break;
	case PT_INT:
		if (json_object_is_type(v, json_type_int) ||
		    json_object_is_type(v, json_type_boolean))
			jw_int(r->b, json_object_get_int64(v));
		else if (json_object_is_type(v, json_type_double) &&
		    isfinite(d = json_object_get_double(v)) &&
		    fabs(d) < 9.2e18)
			jw_int(r->b, (int64_t)d);	/* int(): truncates */
		else if (json_object_is_type(v, json_type_string) &&
		    (s = json_object_get_string(v), errno = 0,
		    ll = strtoll(s, &end, 10), *s && !*end && errno == 0))
			jw_int(r->b, ll);
		else
			rc = bad(r, p, "an integer");
		break;
	case PT_DOUBLE:
		if (json_object_is_type(v, json_type_int) ||
		    json_object_is_type(v, json_type_double))
			jw_double(r->b, json_object_get_double(v));
		else if (json_object_is_type(v, json_type_string) &&
		    (s = json_object_get_string(v),
		    d = strtod(s, &end), *s && !*end))
			jw_double(r->b, d);
		else
			rc = bad(r, p, "a number");
		break;
	case PT_BOOL:
		if (!json_object_is_type(v, json_type_boolean)) {
			rc = bad(r, p, "a boolean");
			break;
		}
		jw_bool(r->b, json_object_get_boolean(v));
		break;
	case PT_DATETIME:
		if (!json_object_is_type(v, json_type_string) ||
		    iso_to_utc(json_object_get_string(v), t) == -1) {
			rc = bad(r, p, "an ISO-8601 date-time");
			break;
		}
		jw_str(r->b, t);
		break;
	case PT_DICT:
		if (!json_object_is_type(v, json_type_object)) {
			rc = bad(r, p, "an object");
			break;
		}
		put_stripped(r->b, v);
		break;
	case PT_OBJECT:		/* nested kinds are kept as stored */
		if (!json_object_is_type(v, json_type_object)) {
			rc = bad(r, p, "an object");
			break;
		}
		put_stripped(r->b, v);
		break;
	case PT_LIST:
	case PT_ILIST:
	case PT_OLIST:
		if (!json_object_is_type(v, json_type_array)) {
			rc = bad(r, p, "an array");
			break;
		}
		put_stripped(r->b, v);
		break;
	}
out:
	json_object_put(def);
	return rc;
}

int
corenode_write(struct buf *b, const struct kind *k, json_object *node,
    char *err, size_t errlen)
{
	struct rebuild r = { b, section(node, "reported"), NULL, err, errlen };
	json_object *v, *des;

	if (!json_object_object_get_ex(node, "id", &v) ||
	    !json_object_is_type(v, json_type_string)) {
		snprintf(err, errlen, "the node has no id");
		return -1;
	}
	if ((r.id = reported_str(node, "id")) == NULL) {
		snprintf(err, errlen, "the node has no reported.id");
		return -1;
	}
	ADDS(b, "{\"id\": ");
	jw_json(b, v);
	ADDS(b, ", \"reported\": {");
	if (kind_props_walk(k, put_prop, &r) != 0)
		return -1;
	jw_key(b, "kind");
	jw_str(b, k->fqn);
	ADDS(b, "}, \"metadata\": {\"python_type\": ");
	jw_str(b, k->python_type);
	jw_key(b, "cleaned");
	jw_bool(b, corenode_meta_flag(node, "cleaned"));
	jw_key(b, "phantom");
	jw_bool(b, kind_phantom(k));
	jw_key(b, "protected");
	jw_bool(b, corenode_meta_flag(node, "protected"));
	ADDS(b, "}, \"usage\": {}");
	if ((des = section(node, "desired")) &&
	    json_object_object_get_ex(des, "clean", &v) &&
	    json_object_is_type(v, json_type_boolean) &&
	    json_object_get_boolean(v))
		ADDS(b, ", \"desired\": {\"clean\": true}");
	buf_putc(b, '}');
	return 0;
}

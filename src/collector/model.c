/*
 * model: the PATCH /model body (collectors.md 1.9): every base kind, every
 * kind a compiled-in collector declares, the enums, and the dynamic
 * resource_short_property_access entry; JSON pretty-printed with a 4-space
 * indent as the reference sends it.
 */
#include "collector/collector.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "common/buf.h"

#include <stdio.h>
#include <string.h>

static json_object *
jstr(const char *s)
{
	return json_object_new_string(s);
}

static json_object *
prop_entry(const char *name, const char *kind, int required,
    const char *description)
{
	json_object *p = json_object_new_object();

	json_object_object_add(p, "name", jstr(name));
	json_object_object_add(p, "kind", jstr(kind));
	json_object_object_add(p, "required", json_object_new_boolean(required));
	if (description)
		json_object_object_add(p, "description", jstr(description));
	return p;
}

static json_object *
kind_entry(const struct kind *k)
{
	json_object *e = json_object_new_object(), *a, *p, *syn, *path;
	const struct kind *const *b;
	const char *icon, *group;
	char desc[128];
	size_t i;

	json_object_object_add(e, "fqn", jstr(k->fqn));
	a = json_object_new_array();
	for (b = k->bases; b && *b; b++)
		json_object_array_add(a, jstr((*b)->fqn));
	json_object_object_add(e, "bases", a);
	a = json_object_new_array();
	for (i = 0; i < k->nprops; i++) {
		const struct kprop *kp = &k->props[i];

		json_object_array_add(a, prop_entry(kp->name, kp->kind,
		    (kp->flags & KP_REQUIRED) != 0, ""));
		if (kp->synthetic == NULL)
			continue;
		snprintf(desc, sizeof(desc),
		    "Synthetic prop trafo.duration_to_datetime on %s", kp->name);
		p = prop_entry(kp->synthetic, "trafo.duration_to_datetime", 0,
		    desc);
		syn = json_object_new_object();
		path = json_object_new_array();
		json_object_array_add(path, jstr(kp->name));
		json_object_object_add(syn, "path", path);
		json_object_object_add(p, "synthetic", syn);
		json_object_array_add(a, p);
	}
	json_object_object_add(e, "properties", a);
	json_object_object_add(e, "allow_unknown_props",
	    json_object_new_boolean(0));
	json_object_object_add(e, "successor_kinds", k->successors ?
	    json_tokener_parse(k->successors) : NULL);
	json_object_object_add(e, "aggregate_root",
	    json_object_new_boolean(kind_is_a(k, &kind_resource)));
	if (kind_metadata(k, &icon, &group)) {
		p = json_object_new_object();
		json_object_object_add(p, "icon", jstr(icon));
		json_object_object_add(p, "group", jstr(group));
		json_object_object_add(e, "metadata", p);
	} else
		json_object_object_add(e, "metadata", NULL);
	return e;
}

static json_object *
enum_entry(const struct kenum *en)
{
	json_object *e = json_object_new_object(), *a = json_object_new_array();
	const char *const *v;

	json_object_object_add(e, "fqn", jstr(en->fqn));
	json_object_object_add(e, "runtime_kind", jstr("string"));
	for (v = en->values; *v; v++)
		json_object_array_add(a, jstr(*v));
	json_object_object_add(e, "enum", a);
	return e;
}

static json_object *
short_access_entry(void)
{
	static const char *const names[] = { "cloud", "account", "region",
	    "zone" };
	json_object *e = json_object_new_object(), *a = json_object_new_array();
	json_object *m = json_object_new_object();
	size_t i;

	json_object_object_add(e, "fqn", jstr("resource_short_property_access"));
	json_object_object_add(e, "bases", json_object_new_array());
	json_object_object_add(e, "aggregate_root", json_object_new_boolean(1));
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		json_object_array_add(a, prop_entry(names[i], "any", 0, NULL));
	json_object_array_add(a, prop_entry("usage",
	    "dictionary[string, dictionary[string, double]]", 0, NULL));
	json_object_object_add(e, "properties", a);
	json_object_object_add(m, "dynamic", json_object_new_boolean(1));
	json_object_object_add(e, "metadata", m);
	return e;
}

static void
add_kind(json_object *arr, json_object *seen, const struct kind *k)
{
	const struct kind *const *b;
	size_t i;

	if (json_object_object_get_ex(seen, k->fqn, NULL))
		return;
	json_object_object_add(seen, k->fqn, NULL);
	for (b = k->bases; b && *b; b++)	/* bases are part of the model */
		add_kind(arr, seen, *b);
	for (i = 0; i < k->nprops; i++)		/* and the nested kinds */
		if (k->props[i].sub)
			add_kind(arr, seen, k->props[i].sub);
	json_object_array_add(arr, kind_entry(k));
}

void
model_write(struct buf *out)
{
	json_object *arr = json_object_new_array(), *seen = json_object_new_object();
	const struct collector *const *c;
	const struct kind *const *k;
	const struct kenum *const *en;

	for (k = base_kinds; *k; k++)
		add_kind(arr, seen, *k);
	for (c = collectors; *c; c++)
		for (k = (*c)->kinds; k && *k; k++)
			add_kind(arr, seen, *k);
	for (en = base_enums; *en; en++)
		json_object_array_add(arr, enum_entry(*en));
	json_object_array_add(arr, short_access_entry());
	jw_pretty(out, arr, 0);
	json_object_put(arr);
	json_object_put(seen);
}

/* config: see config.h. */
#include "common/config.h"
#include "common/cfgfile.h"
#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CFG_PATH_MAX	256

struct config {
	const struct cfg_section	**sections;	/* NULL-terminated */
	json_object			 *root;
};

const struct cfg_section *
config_find_section(const struct config *cfg, const char *name)
{
	size_t i;

	for (i = 0; cfg->sections[i] != NULL; i++)
		if (strcmp(cfg->sections[i]->name, name) == 0)
			return cfg->sections[i];
	return NULL;
}

const struct cfg_key *
config_find_key(const struct cfg_section *sec, const char *name)
{
	const struct cfg_key *k;

	for (k = sec->keys; k->name != NULL; k++)
		if (strcmp(k->name, name) == 0)
			return k;
	return NULL;
}

static const char *
want_name(enum cfg_type t)
{
	switch (t) {
	case CFG_STRING:	return "a string";
	case CFG_INT:		return "an integer";
	case CFG_DOUBLE:	return "a number";
	case CFG_BOOL:		return "a boolean (true or false)";
	case CFG_STRING_LIST:	return "a list of strings";
	case CFG_JSON:		return "a value";
	}
	return "?";
}

static const char *
got_name(json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_null:	return "null";
	case json_type_boolean:	return "a boolean";
	case json_type_double:	return "a floating point number";
	case json_type_int:	return "an integer";
	case json_type_string:	return "a string";
	case json_type_array:	return "a list";
	case json_type_object:	return "a group";
	}
	return "?";
}

int
config_coerce(const struct cfg_key *k, json_object *v, json_object **out,
    char *why, size_t whylen)
{
	json_type t = json_object_get_type(v);
	size_t i;

	*out = NULL;
	if (t == json_type_null) {
		if (k->flags & CFG_NULLABLE)
			return 0;
		snprintf(why, whylen, "expected %s, got null", want_name(k->type));
		return -1;
	}
	switch (k->type) {
	case CFG_STRING:
		if (t == json_type_string)
			*out = json_object_new_string_len(json_object_get_string(v),
			    json_object_get_string_len(v));
		break;
	case CFG_INT:
		if (t == json_type_int)
			*out = json_object_new_int64(json_object_get_int64(v));
		break;
	case CFG_DOUBLE:
		if ((t == json_type_int || t == json_type_double) &&
		    isfinite(json_object_get_double(v)))
			*out = json_object_new_double(json_object_get_double(v));
		break;
	case CFG_BOOL:
		if (t == json_type_boolean)
			*out = json_object_new_boolean(json_object_get_boolean(v));
		break;
	case CFG_STRING_LIST:
		if (t != json_type_array)
			break;
		for (i = 0; i < json_object_array_length(v); i++) {
			if (!json_object_is_type(json_object_array_get_idx(v, i),
			    json_type_string)) {
				snprintf(why, whylen, "expected a list of strings, "
				    "but item %zu is %s", i + 1,
				    got_name(json_object_array_get_idx(v, i)));
				return -1;
			}
		}
		json_object_deep_copy(v, out, NULL);
		break;
	case CFG_JSON:
		json_object_deep_copy(v, out, NULL);
		break;
	}
	if (*out == NULL) {
		snprintf(why, whylen, "expected %s, got %s", want_name(k->type),
		    got_name(v));
		return -1;
	}
	return 0;
}

int
config_parse_bool(const char *s, int *out)
{
	static const char *const yes[] = { "true", "1", "yes", "on", NULL };
	static const char *const no[] = { "false", "0", "no", "off", NULL };
	int i;

	for (i = 0; yes[i] != NULL; i++) {
		if (strcasecmp(s, yes[i]) == 0) {
			*out = 1;
			return 0;
		}
		if (strcasecmp(s, no[i]) == 0) {
			*out = 0;
			return 0;
		}
	}
	return -1;
}

int
config_secret_name(const char *m)
{
	static const char *const words[] = { "secret", "password", "passwd",
	    "passphrase", "token", "private_key", "api_key", "psk", NULL };
	size_t n = strlen(m);
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (strcasestr(m, words[i]) != NULL)
			return 1;
	return strcasecmp(m, "key") == 0 ||
	    (n > 4 && strcasecmp(m + n - 4, "_key") == 0);
}

static int
is_empty(json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_null:	return 1;
	case json_type_string:	return json_object_get_string_len(v) == 0;
	case json_type_array:	return json_object_array_length(v) == 0;
	case json_type_object:	return json_object_object_length(v) == 0;
	default:		return 0;
	}
}

/* 1 when a member named like a secret holds something, anywhere in v */
static int
nested_secret(json_object *v)
{
	size_t i;

	if (json_object_is_type(v, json_type_array)) {
		for (i = 0; i < json_object_array_length(v); i++)
			if (nested_secret(json_object_array_get_idx(v, i)))
				return 1;
	} else if (json_object_is_type(v, json_type_object)) {
		json_object_object_foreach(v, name, m) {
			if (config_secret_name(name) ? !is_empty(m) :
			    nested_secret(m))
				return 1;
		}
	}
	return 0;
}

int
config_has_secret(const struct cfg_key *k, json_object *v)
{
	if (k->flags & CFG_SECRET)
		return !is_empty(v);
	return k->type == CFG_JSON && nested_secret(v);
}

struct config *
config_new(const struct cfg_section *const *sections)
{
	struct config *cfg = xcalloc(1, sizeof(*cfg));
	const struct cfg_section *known;
	const struct cfg_key *k;
	json_object *sec, *def, *v;
	size_t i, n = 0;
	char why[256];

	for (i = 0; sections[i] != NULL; i++)
		;
	cfg->sections = xcalloc(i + 1, sizeof(*cfg->sections));
	cfg->root = json_object_new_object();
	for (i = 0; sections[i] != NULL; i++) {
		cfg->sections[n] = NULL;
		if ((known = config_find_section(cfg, sections[i]->name)) != NULL) {
			if (known != sections[i])
				fatalx("config: two sections named %s",
				    known->name);
			continue;
		}
		cfg->sections[n++] = sections[i];
		sec = json_object_new_object();
		for (k = sections[i]->keys; k->name != NULL; k++) {
			def = k->def ? json_tokener_parse(k->def) : NULL;
			if (def == NULL && k->def != NULL &&
			    strcmp(k->def, "null") != 0)
				fatalx("config: default of %s.%s is not JSON: %s",
				    sections[i]->name, k->name, k->def);
			if (config_coerce(k, def, &v, why, sizeof(why)) == -1)
				fatalx("config: default of %s.%s: %s",
				    sections[i]->name, k->name, why);
			json_object_put(def);
			json_object_object_add(sec, k->name, v);
		}
		json_object_object_add(cfg->root, sections[i]->name, sec);
	}
	cfg->sections[n] = NULL;
	return cfg;
}

void
config_free(struct config *cfg)
{
	if (cfg == NULL)
		return;
	json_object_put(cfg->root);
	free(cfg->sections);
	free(cfg);
}

static void
put_value(struct config *cfg, const char *sec, const char *key, json_object *v)
{
	json_object *s;

	if (!json_object_object_get_ex(cfg->root, sec, &s))
		fatalx("config: section %s missing", sec);
	json_object_object_add(s, key, v);
}

static void
known_sections(const struct config *cfg, struct buf *b)
{
	size_t i;

	for (i = 0; cfg->sections[i] != NULL; i++)
		buf_printf(b, "%s%s", i ? ", " : "", cfg->sections[i]->name);
}

/*
 * Resolve "section.key" for writing. On success *sec is the section and the
 * return value the key; NULL with a reason naming the path otherwise.
 */
static const struct cfg_key *
resolve(const struct config *cfg, const char *path,
    const struct cfg_section **sec, char *err, size_t errlen)
{
	char name[CFG_PATH_MAX], *dot, *dot2;
	const struct cfg_key *k;
	struct buf known = BUF_INIT;

	if (strlen(path) >= sizeof(name)) {
		snprintf(err, errlen, "%.40s...: path too long", path);
		return NULL;
	}
	snprintf(name, sizeof(name), "%s", path);
	if ((dot = strchr(name, '.')) == NULL || dot == name || dot[1] == '\0') {
		snprintf(err, errlen, "'%s': expected section.key", path);
		return NULL;
	}
	*dot++ = '\0';
	if ((*sec = config_find_section(cfg, name)) == NULL) {
		known_sections(cfg, &known);
		snprintf(err, errlen, "%s: unknown section '%s' (known: %s)",
		    path, name, buf_str(&known));
		buf_free(&known);
		return NULL;
	}
	if ((dot2 = strchr(dot, '.')) != NULL) {
		*dot2 = '\0';
		if ((k = config_find_key(*sec, dot)) != NULL &&
		    k->type == CFG_JSON) {
			snprintf(err, errlen, "%s: set %s.%s as a whole "
			    "(a JSON value)", path, name, dot);
			return NULL;
		}
		*dot2 = '.';
	}
	if ((k = config_find_key(*sec, dot)) == NULL)
		snprintf(err, errlen, "%s: unknown key", path);
	return k;
}

int
config_set_json(struct config *cfg, const char *path, json_object *val,
    char *err, size_t errlen)
{
	const struct cfg_section *sec;
	const struct cfg_key *k;
	json_object *v;
	char why[256];

	if ((k = resolve(cfg, path, &sec, err, errlen)) == NULL) {
		json_object_put(val);
		return -1;
	}
	if (config_coerce(k, val, &v, why, sizeof(why)) == -1) {
		snprintf(err, errlen, "%s: %s", path, why);
		json_object_put(val);
		return -1;
	}
	json_object_put(val);
	put_value(cfg, sec->name, k->name, v);
	return 0;
}

static json_object *
split_list(const char *text)
{
	json_object *a = json_object_new_array();
	const char *p = text, *e, *end;

	while (*p != '\0') {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		e = end;
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (e > p)
			json_object_array_add(a,
			    json_object_new_string_len(p, (int)(e - p)));
		p = *end ? end + 1 : end;
	}
	return a;
}

/* Text of an override to JSON by the key's type; -1 with a reason. */
static int
parse_text(const struct cfg_key *k, const char *text, json_object **v,
    char *why, size_t whylen)
{
	const char *shown = (k->flags & CFG_SECRET) ? "***" : text;
	enum json_tokener_error jerr;
	char *end;
	long long ll;
	double d;
	int b;

	*v = NULL;
	if (*text == '\0' && (k->flags & CFG_NULLABLE))
		return 0;
	switch (k->type) {
	case CFG_STRING:
		*v = json_object_new_string(text);
		return 0;
	case CFG_INT:
		errno = 0;
		ll = strtoll(text, &end, 10);
		if (end == text || *end != '\0' || errno != 0) {
			snprintf(why, whylen, "'%s' is not an integer", shown);
			return -1;
		}
		*v = json_object_new_int64(ll);
		return 0;
	case CFG_DOUBLE:
		errno = 0;
		d = strtod(text, &end);
		if (end == text || *end != '\0' || errno != 0 || !isfinite(d)) {
			snprintf(why, whylen, "'%s' is not a number", shown);
			return -1;
		}
		*v = json_object_new_double(d);
		return 0;
	case CFG_BOOL:
		if (config_parse_bool(text, &b) == -1) {
			snprintf(why, whylen, "'%s' is not a boolean "
			    "(true/false/1/0/yes/no/on/off)", shown);
			return -1;
		}
		*v = json_object_new_boolean(b);
		return 0;
	case CFG_STRING_LIST:
		*v = split_list(text);
		return 0;
	case CFG_JSON:
		*v = json_tokener_parse_verbose(text, &jerr);
		if (jerr != json_tokener_success) {
			snprintf(why, whylen, "not valid JSON (%s)",
			    json_tokener_error_desc(jerr));
			return -1;
		}
		return 0;
	}
	return -1;
}

int
config_set(struct config *cfg, const char *assignment, char *err,
    size_t errlen)
{
	const struct cfg_section *sec;
	const struct cfg_key *k;
	const char *eq = strchr(assignment, '=');
	char path[CFG_PATH_MAX], why[256];
	json_object *v;

	if (eq == NULL || eq == assignment) {
		snprintf(err, errlen, "'%s': expected section.key=value",
		    assignment);
		return -1;
	}
	if ((size_t)(eq - assignment) >= sizeof(path)) {
		snprintf(err, errlen, "%.40s...: path too long", assignment);
		return -1;
	}
	memcpy(path, assignment, eq - assignment);
	path[eq - assignment] = '\0';
	if ((k = resolve(cfg, path, &sec, err, errlen)) == NULL)
		return -1;
	if (parse_text(k, eq + 1, &v, why, sizeof(why)) == -1) {
		snprintf(err, errlen, "%s: %s", path, why);
		return -1;
	}
	return config_set_json(cfg, path, v, err, errlen);
}

int
config_merge_json(struct config *cfg, json_object *doc, const char *origin,
    char *err, size_t errlen)
{
	const struct cfg_section *sec;
	const struct cfg_key *k;
	json_object *v;
	char why[256];

	if (!json_object_is_type(doc, json_type_object)) {
		snprintf(err, errlen, "%s: configuration is not a JSON object",
		    origin);
		return -1;
	}
	json_object_object_foreach(doc, sname, sval) {
		if ((sec = config_find_section(cfg, sname)) == NULL) {
			log_warnx("%s: unknown section '%s' ignored", origin, sname);
			continue;
		}
		if (!json_object_is_type(sval, json_type_object)) {
			log_warnx("%s: section '%s' is %s, not an object; ignored",
			    origin, sname, got_name(sval));
			continue;
		}
		json_object_object_foreach(sval, kname, kval) {
			if ((k = config_find_key(sec, kname)) == NULL) {
				log_warnx("%s: unknown key '%s.%s' ignored",
				    origin, sname, kname);
				continue;
			}
			if (config_coerce(k, kval, &v, why, sizeof(why)) == -1) {
				log_warnx("%s: %s.%s: %s; value ignored",
				    origin, sname, kname, why);
				continue;
			}
			put_value(cfg, sname, kname, v);
		}
	}
	return 0;
}

int
config_load_file(struct config *cfg, const char *path, char *err,
    size_t errlen)
{
	json_object *doc;

	if (cfgfile_read(cfg, path, &doc, err, errlen) == -1)
		return -1;
	/* cfgfile_read checked every value against the schema */
	json_object_object_foreach(doc, sname, sval) {
		json_object_object_foreach(sval, kname, kval)
			put_value(cfg, sname, kname, json_object_get(kval));
	}
	json_object_put(doc);
	return 0;
}

json_object *
config_get(const struct config *cfg, const char *path)
{
	char name[CFG_PATH_MAX], *p, *dot;
	json_object *o = cfg->root;

	if (strlen(path) >= sizeof(name))
		return NULL;
	snprintf(name, sizeof(name), "%s", path);
	for (p = name; o != NULL; p = dot + 1) {
		if ((dot = strchr(p, '.')) != NULL)
			*dot = '\0';
		if (!json_object_is_type(o, json_type_object) ||
		    !json_object_object_get_ex(o, p, &o))
			return NULL;
		if (dot == NULL)
			return o;
	}
	return NULL;
}

const char *
config_str(const struct config *cfg, const char *path)
{
	json_object *v = config_get(cfg, path);

	return json_object_is_type(v, json_type_string) ?
	    json_object_get_string(v) : NULL;
}

int64_t
config_int(const struct config *cfg, const char *path)
{
	return json_object_get_int64(config_get(cfg, path));
}

double
config_double(const struct config *cfg, const char *path)
{
	return json_object_get_double(config_get(cfg, path));
}

int
config_bool(const struct config *cfg, const char *path)
{
	return json_object_get_boolean(config_get(cfg, path));
}

json_object *
config_section(const struct config *cfg, const char *name)
{
	json_object *s;

	return json_object_object_get_ex(cfg->root, name, &s) ? s : NULL;
}

json_object *
config_root(const struct config *cfg)
{
	return cfg->root;
}

const struct cfg_key *
config_key(const struct config *cfg, const char *path)
{
	const struct cfg_section *sec;
	const char *dot = strchr(path, '.');
	char name[CFG_PATH_MAX];

	if (dot == NULL || (size_t)(dot - path) >= sizeof(name))
		return NULL;
	memcpy(name, path, dot - path);
	name[dot - path] = '\0';
	if ((sec = config_find_section(cfg, name)) == NULL)
		return NULL;
	return config_find_key(sec, dot + 1);
}

void
config_changes(const struct config *a, const struct config *b,
    void (*cb)(const char *, const struct cfg_key *, void *), void *arg)
{
	const struct cfg_key *k;
	char path[CFG_PATH_MAX];
	size_t i;

	for (i = 0; b->sections[i] != NULL; i++) {
		for (k = b->sections[i]->keys; k->name != NULL; k++) {
			snprintf(path, sizeof(path), "%s.%s",
			    b->sections[i]->name, k->name);
			if (!json_object_equal(config_get(a, path),
			    config_get(b, path)))
				cb(path, k, arg);
		}
	}
}

/* Whether member name of an object holds a secret, all: the object is
 * in a secret value, whose strings are all secrets except file paths
 * (the "path" of a write_files_to_home_dir item): a path is no secret,
 * and masking a short one ("config") would mask that word in every log
 * line. */
static int
member_secret(const char *name, int all)
{
	return (all && strcmp(name, "path") != 0) || config_secret_name(name);
}

/* every string in v is a secret (all = 1), or only those below members
 * named like secrets */
static void
register_strings(json_object *v, int all)
{
	size_t i;

	switch (json_object_get_type(v)) {
	case json_type_string:
		if (all)
			log_secret(json_object_get_string(v));
		break;
	case json_type_array:
		for (i = 0; i < json_object_array_length(v); i++)
			register_strings(json_object_array_get_idx(v, i), all);
		break;
	case json_type_object: {
		json_object_object_foreach(v, name, m)
			register_strings(m, member_secret(name, all));
		break;
	}
	default:
		break;
	}
}

void
config_register_secrets(const struct config *cfg)
{
	const struct cfg_key *k;
	char path[CFG_PATH_MAX];
	size_t i;

	for (i = 0; cfg->sections[i] != NULL; i++) {
		for (k = cfg->sections[i]->keys; k->name != NULL; k++) {
			if (!(k->flags & CFG_SECRET) && k->type != CFG_JSON)
				continue;
			snprintf(path, sizeof(path), "%s.%s",
			    cfg->sections[i]->name, k->name);
			register_strings(config_get(cfg, path),
			    k->flags & CFG_SECRET);
		}
	}
}

/* a copy of v with every secret replaced by "***" (all: every value in
 * v; a list or map keeps its shape and member names) */
static json_object *
redacted(json_object *v, int all)
{
	json_object *c;
	size_t i;

	if (v == NULL)
		return NULL;
	switch (json_object_get_type(v)) {
	case json_type_array:
		c = json_object_new_array();
		for (i = 0; i < json_object_array_length(v); i++)
			json_object_array_add(c,
			    redacted(json_object_array_get_idx(v, i), all));
		return c;
	case json_type_object: {
		c = json_object_new_object();
		json_object_object_foreach(v, name, m)
			json_object_object_add(c, name,
			    redacted(m, member_secret(name, all)));
		return c;
	}
	default:
		if (all && !is_empty(v))
			return json_object_new_string("***");
		c = NULL;
		json_object_deep_copy(v, &c, NULL);
		return c;
	}
}

void
config_dump(const struct config *cfg, FILE *fp, int redact)
{
	const struct cfg_key *k;
	json_object *v;
	char path[CFG_PATH_MAX];
	size_t i;

	for (i = 0; cfg->sections[i] != NULL; i++) {
		fprintf(fp, "%s%s:\n{\n", i ? "\n" : "", cfg->sections[i]->name);
		for (k = cfg->sections[i]->keys; k->name != NULL; k++) {
			snprintf(path, sizeof(path), "%s.%s",
			    cfg->sections[i]->name, k->name);
			v = config_get(cfg, path);
			v = redact ? redacted(v, (k->flags & CFG_SECRET) != 0) :
			    json_object_get(v);
			cfgfile_write_setting(fp, k->name, v, 1);
			json_object_put(v);
		}
		fprintf(fp, "};\n");
	}
}

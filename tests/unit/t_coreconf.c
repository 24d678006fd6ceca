/* t_coreconf: the configs model built from the config tables (core-protocol
 * 8.2) and the $(NAME) resolution of the core's document. */
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "common/worker_config.h"
#include "supervisor/coreconf.h"
#include "t.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct cfg_key fake_keys[] = {
	{ "accounts", CFG_JSON, "[]", 0, "accounts to collect" },
	{ "api_token", CFG_STRING, NULL, CFG_SECRET | CFG_NULLABLE, "token" },
	{ "password", CFG_STRING, "\"\"", CFG_SECRET, "a secret with a default" },
	{ "ratio", CFG_DOUBLE, "0.5", 0, NULL },
	{ "regions", CFG_STRING_LIST, "[]", 0, "regions" },
	{ NULL, 0, NULL, 0, NULL }
};
static const struct cfg_section fake_section = { "fakecloud", fake_keys, "a test" };

/* The kind named fqn in the model array. */
static json_object *
kind(json_object *model, const char *fqn)
{
	json_object *k, *v;
	size_t i;

	for (i = 0; i < json_object_array_length(model); i++) {
		k = json_object_array_get_idx(model, i);
		if (json_object_object_get_ex(k, "fqn", &v) &&
		    strcmp(json_object_get_string(v), fqn) == 0)
			return k;
	}
	return NULL;
}

/* "kind/required" of property name of kind k, or NULL. */
static const char *
prop(json_object *k, const char *name)
{
	static char out[128];
	json_object *props, *p;
	size_t i;

	if (k == NULL || !json_object_object_get_ex(k, "properties", &props))
		return NULL;
	for (i = 0; i < json_object_array_length(props); i++) {
		p = json_object_array_get_idx(props, i);
		if (strcmp(json_object_get_string(json_object_object_get(p,
		    "name")), name) == 0) {
			snprintf(out, sizeof(out), "%s/%s",
			    json_object_get_string(json_object_object_get(p,
			    "kind")), json_object_get_boolean(
			    json_object_object_get(p, "required")) ? "required" :
			    "optional");
			return out;
		}
	}
	return NULL;
}

static void
t_model(void)
{
	const struct cfg_section *sections[] = { &worker_config_section,
	    &fake_section, NULL };
	struct buf b = BUF_INIT;
	json_object *model, *w, *e, *f;
	size_t nkeys = 0;

	coreconf_model(&b, sections);
	model = json_tokener_parse(buf_str(&b));
	CHECK(model != NULL && json_object_is_type(model, json_type_array));
	CHECK_INT(json_object_array_length(model), 4);
	/* 8.2: the enum, the section, the file kind */
	e = kind(model, "graph_merge_kind");
	CHECK(e != NULL);
	CHECK_STR(json_object_to_json_string_ext(e, JSON_C_TO_STRING_PLAIN),
	    "{\"fqn\":\"graph_merge_kind\",\"runtime_kind\":\"string\","
	    "\"enum\":[\"cloud\",\"account\"]}");
	CHECK(json_object_array_get_idx(model, 0) == e);
	w = kind(model, "resotoworker");
	CHECK(w != NULL);
	CHECK_STR(prop(w, "collector"), "string[]/required");
	CHECK_STR(prop(w, "graph"), "string/required");
	CHECK_STR(prop(w, "timeout"), "int64/required");
	CHECK_STR(prop(w, "fork_process"), "boolean/required");
	CHECK_STR(prop(w, "graph_merge_kind"), "graph_merge_kind/required");
	CHECK_STR(prop(w, "tempdir"), "string/optional");
	CHECK_STR(prop(w, "write_files_to_home_dir"),
	    "resotoworker_home_directory_file[]/optional");
	CHECK_STR(prop(w, "files_in_home_dir"),
	    "dictionary[string, string]/optional");
	CHECK_STR(json_object_to_json_string(json_object_object_get(w,
	    "allow_unknown_props")), "false");
	CHECK_STR(json_object_to_json_string(json_object_object_get(w,
	    "aggregate_root")), "true");
	/* every key of the table is a property */
	while (worker_config_section.keys[nkeys].name != NULL)
		nkeys++;
	CHECK_INT(json_object_array_length(json_object_object_get(w,
	    "properties")), nkeys);
	CHECK(kind(model, "resotoworker_home_directory_file") != NULL);
	CHECK_STR(prop(kind(model, "resotoworker_home_directory_file"),
	    "content"), "string/required");

	f = kind(model, "fakecloud");
	CHECK_STR(prop(f, "accounts"), "any/optional");	/* may hold secrets */
	CHECK_STR(prop(f, "api_token"), "string/optional");
	CHECK_STR(prop(f, "password"), "string/optional");	/* secret */
	CHECK_STR(prop(f, "ratio"), "double/required");
	CHECK_STR(prop(f, "regions"), "string[]/required");
	CHECK_STR(json_object_get_string(json_object_object_get(
	    json_object_array_get_idx(json_object_object_get(f, "properties"),
	    3), "description")), "");
	json_object_put(model);
	buf_free(&b);

	/* no sections: an empty array */
	coreconf_model(&b, NULL);
	CHECK_STR(buf_str(&b), "[]");
	buf_free(&b);
}

static void
t_env(void)
{
	json_object *doc;

	setenv("RW_T_A", "x", 1);
	setenv("RW_T_EMPTY", "", 1);
	unsetenv("RW_T_UNSET");
	doc = json_tokener_parse("{\"s\":{\"a\":\"$(RW_T_A)-y-$(RW_T_A)\","
	    "\"b\":\"$(RW_T_UNSET)\",\"c\":[\"$(RW_T_UNSET)\",\"k\","
	    "\"$(RW_T_A)\",\"a$(RW_T_EMPTY)\"],\"d\":{\"e\":\"$(RW_T_EMPTY)\","
	    "\"f\":1,\"n\":null},\"g\":\"$(bad\",\"h\":\"$()\","
	    "\"i\":\"$RW_T_A\"}}");
	CHECK(doc != NULL);
	coreconf_resolve_env(doc);
	CHECK_STR(json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PLAIN),
	    "{\"s\":{\"a\":\"x-y-x\",\"c\":[\"k\",\"x\"],\"d\":{\"f\":1,"
	    "\"n\":null},\"g\":\"$(bad\",\"h\":\"$()\",\"i\":\"$RW_T_A\"}}");
	json_object_put(doc);
	coreconf_resolve_env(NULL);
}

static void
t_document(void)
{
	const struct cfg_section *sections[] = { &worker_config_section,
	    &fake_section, NULL };
	char path[] = "/tmp/t_coreconf.XXXXXX", *doc;
	json_object *o, *f, *raw;
	FILE *fp;
	int fd;

	CHECK((fd = mkstemp(path)) != -1);
	CHECK((fp = fdopen(fd, "w")) != NULL);
	fprintf(fp, "resotoworker = { collector = [ \"example\" ]; pool_size = 3; };\n"
	    "fakecloud = { api_token = \"tok-from-file\"; ratio = 0.25;\n"
	    "  accounts = ( { name = \"a\"; password = \"pw\"; } ); };\n");
	fclose(fp);

	/* first start, nothing in the core: defaults + file, no secrets */
	doc = coreconf_document(sections, path, NULL);
	CHECK(doc != NULL);
	o = json_tokener_parse(doc);
	CHECK(o != NULL);
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(
	    json_object_object_get(o, "resotoworker"), "collector"),
	    JSON_C_TO_STRING_PLAIN), "[\"example\"]");
	CHECK_INT(json_object_get_int(json_object_object_get(
	    json_object_object_get(o, "resotoworker"), "pool_size")), 3);
	CHECK_INT(json_object_get_int(json_object_object_get(
	    json_object_object_get(o, "resotoworker"), "timeout")), 10800);
	f = json_object_object_get(o, "fakecloud");
	CHECK(json_object_object_get_ex(f, "ratio", NULL));
	CHECK(!json_object_object_get_ex(f, "api_token", NULL));
	CHECK(!json_object_object_get_ex(f, "password", NULL));
	CHECK(!json_object_object_get_ex(f, "accounts", NULL));	/* holds a password */
	CHECK(strstr(doc, "tok-from-file") == NULL && strstr(doc, "\"pw\"") == NULL);
	json_object_put(o);
	free(doc);

	/* the core holds a token already: it stays, and its values win */
	raw = json_tokener_parse("{\"fakecloud\":{\"api_token\":\"tok-in-core\","
	    "\"ratio\":0.75},\"resotoworker\":{\"pool_size\":7}}");
	doc = coreconf_document(sections, path, raw);
	o = json_tokener_parse(doc);
	f = json_object_object_get(o, "fakecloud");
	CHECK_STR(json_object_get_string(json_object_object_get(f, "api_token")),
	    "tok-in-core");
	CHECK(json_object_get_double(json_object_object_get(f, "ratio")) == 0.75);
	CHECK_INT(json_object_get_int(json_object_object_get(
	    json_object_object_get(o, "resotoworker"), "pool_size")), 7);
	json_object_put(o);
	json_object_put(raw);
	free(doc);

	/* no file at all: the defaults */
	unlink(path);
	doc = coreconf_document(sections, path, NULL);
	o = json_tokener_parse(doc);
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(
	    json_object_object_get(o, "resotoworker"), "collector"),
	    JSON_C_TO_STRING_PLAIN), "[]");
	json_object_put(o);
	free(doc);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	t_model();
	t_env();
	t_document();
	return t_done();
}

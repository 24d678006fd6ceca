/* collector: the table of compiled-in collectors (see collector.h). */
#include "collector/collector.h"
#include "common/buf.h"

#include <stdio.h>
#include <string.h>

extern const struct collector collector_example, collector_random,
    collector_aws, collector_slack, collector_onelogin;
#ifdef RW_TEST_HOSTILE
/* only in the test binary tests/sandbox/resotoworker-hostile */
extern const struct collector collector_hostile;
#endif

const struct collector *const collectors[] = {
	&collector_example,
	&collector_random,
	&collector_aws,
	&collector_slack,
	&collector_onelogin,
#ifdef RW_TEST_HOSTILE
	&collector_hostile,
#endif
	NULL
};

const struct collector *
collector_find(const char *name)
{
	const struct collector *const *c;

	for (c = collectors; *c; c++)
		if (strcmp((*c)->name, name) == 0)
			return *c;
	return NULL;
}

const struct cfg_section *const *
collector_config_sections(void)
{
	static const struct cfg_section
	    *sections[sizeof(collectors) / sizeof(collectors[0])];
	const struct collector *const *c;
	size_t n = 0;

	if (sections[0] == NULL)
		for (c = collectors; *c; c++)
			if ((*c)->config)
				sections[n++] = (*c)->config;
	return sections;
}

const char *
collector_names(void)
{
	static char names[256];
	const struct collector *const *c;
	size_t n = 0;

	if (names[0] == '\0')
		for (c = collectors; *c; c++)
			n += snprintf(names + n, sizeof(names) - n, "%s%s",
			    c == collectors ? "" : ", ", (*c)->name);
	return names;
}

json_object *
collector_config_account_ids(const struct collector *c, json_object *config,
    char *err, size_t errlen)
{
	struct buf out = BUF_INIT;
	json_object *list, *ids, *id;
	size_t i;

	if (errlen > 0)
		err[0] = '\0';
	if (c->config_accounts == NULL)
		return NULL;
	if (config == NULL)
		config = json_object_new_object();
	else
		json_object_get(config);
	list = c->config_accounts(config, &out, err, errlen) == 0 ?
	    json_tokener_parse(buf_str(&out)) : NULL;
	json_object_put(config);
	buf_free(&out);
	if (list == NULL || !json_object_is_type(list, json_type_array)) {
		if (errlen > 0 && err[0] == '\0')
			snprintf(err, errlen, "%s: the accounts are not a "
			    "JSON array", c->name);
		json_object_put(list);
		return NULL;
	}
	ids = json_object_new_array();
	for (i = 0; i < json_object_array_length(list); i++)
		if ((id = json_object_object_get(json_object_array_get_idx(
		    list, i), "id")) != NULL &&
		    json_object_is_type(id, json_type_string))
			json_object_array_add(ids, json_object_get(id));
	json_object_put(list);
	return ids;
}

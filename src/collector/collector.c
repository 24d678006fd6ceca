/* collector: the table of compiled-in collectors (see collector.h). */
#include "collector/collector.h"

#include <stdio.h>
#include <string.h>

extern const struct collector collector_example, collector_random,
    collector_aws, collector_slack, collector_onelogin;

const struct collector *const collectors[] = {
	&collector_example,
	&collector_random,
	&collector_aws,
	&collector_slack,
	&collector_onelogin,
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

/*
 * worker_config: the schema of the "resotoworker" configuration section
 * (the reference worker's keys and defaults, core-protocol.md 8.2/8.3, plus
 * our own additions, marked as such) and the checks of its values that a
 * type alone cannot express (ranges with upper bounds too, enums, no
 * control characters in the graph name, a user that exists).
 */
#ifndef RW_WORKER_CONFIG_H
#define RW_WORKER_CONFIG_H

#include <stddef.h>

struct config;
struct cfg_section;

extern const struct cfg_section worker_config_section;

/* All the sections of a worker's configuration, malloc'd and
 * NULL-terminated: resotoworker, the action plugins' (plugin_config.h),
 * then extra (the collectors', NULL-terminated, may be NULL). */
const struct cfg_section **worker_config_sections(
	    const struct cfg_section *const *extra);

/* Check the resotoworker section of cfg: -1 with "resotoworker.key: reason"
 * in err when a value is out of range or names no user. */
int	worker_config_check(const struct config *cfg, char *err, size_t errlen);

#endif

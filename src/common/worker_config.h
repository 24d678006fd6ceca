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

/* The parts of the collector children's sandbox as sandbox_disable names
 * them, in the order of their bits (collector/sandbox.h); NULL-terminated. */
extern const char *const worker_sandbox_parts[];
/* The index in worker_sandbox_parts of name (len bytes), or -1. */
int	worker_sandbox_part(const char *name, size_t len);

/* resotoworker.child_uid_range "FIRST-LAST" (uids above 0); "" or NULL:
 * off (0, 0). -1 when s is not such a range. */
int	worker_uid_range(const char *s, unsigned long *lo, unsigned long *hi);

#endif

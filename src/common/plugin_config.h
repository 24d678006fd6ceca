/*
 * plugin_config: the schema of the eight action plugins' sections
 * (plugin_protector, plugin_tagvalidator, plugin_cleanup_*): the reference
 * worker's keys and defaults (action-plugins.md section 2), every plugin
 * disabled. What the values mean is the plugins' business
 * (src/supervisor/plugins/).
 */
#ifndef RW_PLUGIN_CONFIG_H
#define RW_PLUGIN_CONFIG_H

struct cfg_section;

/* NULL-terminated, in the reference's order. */
extern const struct cfg_section *const plugin_config_sections[];

#endif

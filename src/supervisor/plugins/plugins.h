/*
 * plugins: the action plugins (protector, tagvalidator, cleanup_expired,
 * cleanup_untagged, cleanup_volumes, cleanup_aws_alarms,
 * cleanup_aws_loadbalancers, cleanup_aws_vpcs; action-plugins.md). Owns one subscriber per enabled
 * plugin with the reference's id (S-actions-<action>-<Class>), its
 * registration before every connect and its own websocket (corelink.h,
 * the same loop as the session's), the actions that arrive there and the
 * one reply to each. What a plugin does is in its plugin_*.c.
 */
#ifndef RW_PLUGINS_H
#define RW_PLUGINS_H

struct core;
struct plugins;

/* The plugins enabled in the core's configuration (core_config), read
 * once: enabling or disabling one needs a restart, as in the reference. */
struct plugins *plugins_start(struct core *);
/* Close the websockets, cancel the calls in flight (unanswered actions
 * are sent again by the core to the next connection). */
void	plugins_free(struct plugins *);

#endif

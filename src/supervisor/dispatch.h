/*
 * dispatch: what the worker does with each action and task the core
 * session hands over (core.h callbacks). Owns the routing by message type
 * and task name and the answers that need no job: a cleanup action while
 * resotoworker.cleanup is false is done at once (core-protocol.md 4.4),
 * an unknown message type is an action_error "Unknown message type X",
 * tasks without a handler get result "error" with a message saying why.
 * Collect actions go to the jobs module (collect.h), tag tasks to the
 * tag job (tag.h), cleanup actions with resotoworker.cleanup true to
 * the cleanup job (cleanup.h).
 */
#ifndef RW_DISPATCH_H
#define RW_DISPATCH_H

#include <json-c/json.h>

struct core;

/* core_cbs.on_action / on_task; arg (the worker) is not used. */
void	worker_on_action(struct core *, json_object *msg, void *arg);
void	worker_on_task(struct core *, json_object *task, void *arg);

#endif

/*
 * dispatch: what the worker does with each action and task the core
 * session hands over (core.h callbacks). Owns the routing by message type
 * and task name and the answers that need no job: a cleanup action while
 * resotoworker.cleanup is false is done at once (core-protocol.md 4.4),
 * an unknown message type is an action_error "Unknown message type X",
 * tasks without a handler get result "error" with a message saying why.
 * Collect actions go to the jobs module (collect.h), tag tasks to the
 * tag job (tag.h). Cleanup with resotoworker.cleanup true has no job in
 * the supervisor yet (the child side, FRAME_CLEANUP, exists): it is
 * answered with an error that says so.
 */
#ifndef RW_DISPATCH_H
#define RW_DISPATCH_H

#include <json-c/json.h>

struct core;

/* core_cbs.on_action / on_task; arg (the worker) is not used. */
void	worker_on_action(struct core *, json_object *msg, void *arg);
void	worker_on_task(struct core *, json_object *task, void *arg);

#endif

/*
 * tag: the tag job (core-protocol.md 5.2, 5.3; design.md "Cleanup and
 * tags"). Owns the tag tasks in flight: for each, a collector child of the
 * node's (cloud, account), started for the task, the key operations still
 * to send (deletes first, then updates, one key a frame, as the reference
 * applies them), and the one answer: the updated node as the collector
 * rebuilt it, or the first error. The tasks of a collector's custom
 * command (the aws command) go the same way: one COMMAND to a child of
 * the node's account, its RESULT's data the answer.
 */
#ifndef RW_TAG_H
#define RW_TAG_H

struct core;
struct msg_task;

/* Once per process. busy (may be NULL) is called with +1 when a task
 * starts and -1 when it is answered, so that the daemon can wait for it
 * when it stops. */
void	tag_init(void (*busy)(void *arg, int delta), void *arg);

/* A tag task from the core (t borrowed). Answered exactly once through
 * core_task_reply(): result "done" with the updated node, or "error". */
void	tag_task(struct core *, const struct msg_task *);

/* A task of the custom command a configured collector offers (struct
 * collector.command): its COMMAND to a child of the node's account (the
 * task's "account" attribute), or of the account the collector's
 * configuration gives without a node; answered once with the RESULT's
 * data, or an error, within the core's 10 s. */
struct collector;
void	tag_command(struct core *, const struct msg_task *,
	    const struct collector *);

/* Tag tasks in flight. */
int	tag_running(void);

#endif

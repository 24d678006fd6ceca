/*
 * replay: what the session knows about each action (task:step) it handed
 * to the jobs: running (no reply yet) or finished (the reply frame kept).
 * The core re-sends every action still pending for this subscriber on each
 * connect of the action websocket; with this memory a re-sent action that
 * is still running is ignored, and one that already finished gets its
 * stored reply again instead of being run twice. Finished entries are kept
 * in LRU order, at most `max` of them; running ones are never evicted.
 */
#ifndef RW_REPLAY_H
#define RW_REPLAY_H

#include <stddef.h>
#include <sys/queue.h>

struct replay_entry {
	TAILQ_ENTRY(replay_entry) entry;
	char		*task, *step;
	char		*reply;		/* NULL while running */
	unsigned	 sent_conn;	/* connection the reply last went out on */
};

struct replay {
	TAILQ_HEAD(replay_list_head, replay_entry) list;	/* most recently used first */
	size_t	 nfinished, max;
};

#define REPLAY_MAX	64

void	replay_init(struct replay *, size_t max);
void	replay_clear(struct replay *);
struct replay_entry *replay_find(struct replay *, const char *task,
	    const char *step);
/* Mark running. The action must not be known yet. */
struct replay_entry *replay_start(struct replay *, const char *task,
	    const char *step);
/* Keep the reply of a finished action (a copy), whether or not it was
 * started here; evicts the least recently used finished entries. */
struct replay_entry *replay_finish(struct replay *, const char *task,
	    const char *step, const char *reply);

#endif

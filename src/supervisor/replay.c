/* replay: see replay.h. */
#include "supervisor/replay.h"

#include "common/buf.h"

#include <stdlib.h>
#include <string.h>

void
replay_init(struct replay *r, size_t max)
{
	TAILQ_INIT(&r->list);
	r->nfinished = 0;
	r->max = max;
}

static void
entry_free(struct replay *r, struct replay_entry *e)
{
	TAILQ_REMOVE(&r->list, e, entry);
	if (e->reply != NULL)
		r->nfinished--;
	free(e->task);
	free(e->step);
	free(e->reply);
	free(e);
}

void
replay_clear(struct replay *r)
{
	while (TAILQ_FIRST(&r->list) != NULL)
		entry_free(r, TAILQ_FIRST(&r->list));
}

struct replay_entry *
replay_find(struct replay *r, const char *task, const char *step)
{
	struct replay_entry *e;

	TAILQ_FOREACH(e, &r->list, entry)
		if (strcmp(e->task, task) == 0 && strcmp(e->step, step) == 0) {
			TAILQ_REMOVE(&r->list, e, entry);
			TAILQ_INSERT_HEAD(&r->list, e, entry);
			return e;
		}
	return NULL;
}

struct replay_entry *
replay_start(struct replay *r, const char *task, const char *step)
{
	struct replay_entry *e;

	e = xcalloc(1, sizeof(*e));
	e->task = xstrdup(task);
	e->step = xstrdup(step);
	TAILQ_INSERT_HEAD(&r->list, e, entry);
	return e;
}

struct replay_entry *
replay_finish(struct replay *r, const char *task, const char *step,
    const char *reply)
{
	struct replay_entry *e, *last, *prev;

	if ((e = replay_find(r, task, step)) == NULL)
		e = replay_start(r, task, step);
	if (e->reply == NULL)
		r->nfinished++;
	free(e->reply);
	e->reply = xstrdup(reply);
	e->sent_conn = 0;
	for (last = TAILQ_LAST(&r->list, replay_list_head);
	    r->nfinished > r->max && last != NULL; last = prev) {
		prev = TAILQ_PREV(last, replay_list_head, entry);
		if (last->reply != NULL && last != e)
			entry_free(r, last);
	}
	return e;
}

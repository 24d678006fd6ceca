/* outq: see outq.h. */
#include "supervisor/outq.h"

#include "common/buf.h"
#include "protocol/msg.h"

#include <stdlib.h>

void
outq_init(struct outq *q, size_t max_n, size_t max_bytes)
{
	TAILQ_INIT(&q->items);
	q->n = q->bytes = 0;
	q->max_n = max_n;
	q->max_bytes = max_bytes;
	q->dropped = 0;
}

static void
item_free(struct outq *q, struct outq_item *it)
{
	TAILQ_REMOVE(&q->items, it, entry);
	q->n--;
	q->bytes -= it->len;
	free(it->text);
	free(it);
}

static struct outq_item *
oldest(struct outq *q, int kind)
{
	struct outq_item *it;

	TAILQ_FOREACH(it, &q->items, entry)
		if (it->kind == kind)
			return it;
	return NULL;
}

static int
over(const struct outq *q, size_t len)
{
	return q->n + 1 > q->max_n || q->bytes + len > q->max_bytes;
}

int
outq_push(struct outq *q, int kind, char *text, size_t len)
{
	struct outq_item *it, *victim;
	int dropped = 0;

	while (over(q, len)) {
		if ((victim = oldest(q, MSG_K_PROGRESS)) == NULL &&
		    (victim = oldest(q, MSG_K_INFO)) == NULL)
			break;
		item_free(q, victim);
		dropped++;
	}
	if (over(q, len) && (kind == MSG_K_PROGRESS || kind == MSG_K_INFO)) {
		free(text);
		q->dropped += dropped + 1;
		return dropped + 1;
	}
	it = xcalloc(1, sizeof(*it));
	it->kind = kind;
	it->text = text;
	it->len = len;
	TAILQ_INSERT_TAIL(&q->items, it, entry);
	q->n++;
	q->bytes += len;
	q->dropped += dropped;
	return dropped;
}

struct outq_item *
outq_head(struct outq *q)
{
	return TAILQ_FIRST(&q->items);
}

void
outq_shift(struct outq *q)
{
	struct outq_item *it;

	if ((it = TAILQ_FIRST(&q->items)) != NULL)
		item_free(q, it);
}

void
outq_clear(struct outq *q)
{
	while (TAILQ_FIRST(&q->items) != NULL)
		outq_shift(q);
}

/* t_session: the session's building blocks without I/O: backoff, the
 * reply queue and its drop policy, the memory of finished actions. */
#include "common/buf.h"
#include "common/log.h"
#include "protocol/msg.h"
#include "supervisor/backoff.h"
#include "supervisor/outq.h"
#include "supervisor/replay.h"
#include "t.h"

#include <stdlib.h>
#include <string.h>

static void
t_backoff(void)
{
	struct backoff b = BACKOFF_INIT;
	long base[] = { 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000 };
	long d, min = 1L << 30, max = 0;
	size_t i;
	int round;

	for (i = 0; i < sizeof(base) / sizeof(base[0]); i++) {
		d = backoff_next(&b);
		CHECK(d >= base[i] * 80 / 100 && d <= base[i] * 120 / 100);
	}
	backoff_reset(&b);
	d = backoff_next(&b);
	CHECK(d >= 800 && d <= 1200);

	/* the jitter really spreads: over many first delays both halves
	 * of the +-20 % band are hit */
	for (round = 0; round < 200; round++) {
		backoff_reset(&b);
		d = backoff_next(&b);
		if (d < min)
			min = d;
		if (d > max)
			max = d;
	}
	CHECK(min < 950);
	CHECK(max > 1050);

	/* no jitter: exact doubling, capped */
	{
		struct backoff e = { 100, 500, 0, 0 };

		CHECK_INT(backoff_next(&e), 100);
		CHECK_INT(backoff_next(&e), 200);
		CHECK_INT(backoff_next(&e), 400);
		CHECK_INT(backoff_next(&e), 500);
		CHECK_INT(backoff_next(&e), 500);
	}
}

static char *
frame(const char *tag)
{
	return xstrdup(tag);
}

static void
push(struct outq *q, int kind, const char *tag)
{
	outq_push(q, kind, frame(tag), strlen(tag));
}

/* The tags of the queue in order, joined by ",". */
static char *
tags(struct outq *q)
{
	struct outq_item *it;
	struct buf b = BUF_INIT;

	TAILQ_FOREACH(it, &q->items, entry)
		buf_printf(&b, "%s%s", b.len ? "," : "", it->text);
	return b.len ? buf_take(&b) : xstrdup("");
}

#define CHECK_Q(q, want) do {						\
	char *t_t = tags(q);						\
	CHECK_STR(t_t, want);						\
	free(t_t);							\
} while (0)

static void
t_outq(void)
{
	struct outq q;

	/* room for 4 frames */
	outq_init(&q, 4, 1000);
	push(&q, MSG_K_PROGRESS, "p1");
	push(&q, MSG_K_INFO, "i1");
	push(&q, MSG_K_PROGRESS, "p2");
	push(&q, MSG_K_DONE, "d1");
	CHECK_Q(&q, "p1,i1,p2,d1");
	/* full: the oldest progress goes */
	CHECK_INT(outq_push(&q, MSG_K_PROGRESS, frame("p3"), 2), 1);
	CHECK_Q(&q, "i1,p2,d1,p3");
	CHECK_INT(outq_push(&q, MSG_K_ERROR, frame("e1"), 2), 1);
	CHECK_Q(&q, "i1,d1,p3,e1");
	CHECK_INT(outq_push(&q, MSG_K_DONE, frame("d2"), 2), 1);
	CHECK_Q(&q, "i1,d1,e1,d2");
	/* no progress left: the oldest info goes */
	CHECK_INT(outq_push(&q, MSG_K_DONE, frame("d3"), 2), 1);
	CHECK_Q(&q, "d1,e1,d2,d3");
	/* only done/error: a new progress is dropped itself ... */
	CHECK_INT(outq_push(&q, MSG_K_PROGRESS, frame("p4"), 2), 1);
	CHECK_Q(&q, "d1,e1,d2,d3");
	/* ... and a done is kept over budget */
	CHECK_INT(outq_push(&q, MSG_K_DONE, frame("d4"), 2), 0);
	CHECK_Q(&q, "d1,e1,d2,d3,d4");
	CHECK_INT(q.n, 5);
	CHECK_INT(q.dropped, 5);
	/* in order */
	CHECK_STR(outq_head(&q)->text, "d1");
	outq_shift(&q);
	CHECK_STR(outq_head(&q)->text, "e1");
	outq_clear(&q);
	CHECK(outq_head(&q) == NULL);
	CHECK_INT(q.n, 0);
	CHECK_INT(q.bytes, 0);

	/* the byte budget */
	outq_init(&q, 100, 10);
	push(&q, MSG_K_PROGRESS, "aaaa");
	push(&q, MSG_K_INFO, "bbbb");
	CHECK_INT(outq_push(&q, MSG_K_DONE, frame("cccc"), 4), 1);
	CHECK_Q(&q, "bbbb,cccc");
	CHECK_INT(q.bytes, 8);
	outq_clear(&q);
}

static void
t_replay(void)
{
	struct replay r;
	struct replay_entry *e;
	char task[32], reply[64];
	int i;

	replay_init(&r, 3);
	CHECK(replay_find(&r, "t1", "collect") == NULL);
	e = replay_start(&r, "t1", "collect");
	CHECK(e->reply == NULL);
	CHECK(replay_find(&r, "t1", "collect") == e);
	CHECK(replay_find(&r, "t1", "cleanup") == NULL);
	e = replay_finish(&r, "t1", "collect", "{\"done\":1}");
	CHECK_STR(e->reply, "{\"done\":1}");
	CHECK(replay_find(&r, "t1", "collect") == e);
	CHECK_INT(r.nfinished, 1);

	/* a running action is never evicted; finished ones in LRU order */
	replay_start(&r, "run", "collect");
	for (i = 2; i <= 5; i++) {
		snprintf(task, sizeof(task), "t%d", i);
		snprintf(reply, sizeof(reply), "r%d", i);
		replay_finish(&r, task, "collect", reply);
	}
	CHECK_INT(r.nfinished, 3);
	CHECK(replay_find(&r, "t1", "collect") == NULL);
	CHECK(replay_find(&r, "t2", "collect") == NULL);
	CHECK(replay_find(&r, "t3", "collect") != NULL);
	CHECK(replay_find(&r, "run", "collect") != NULL);
	/* t3 was just used: t4 is now the least recent */
	replay_finish(&r, "t6", "collect", "r6");
	CHECK(replay_find(&r, "t4", "collect") == NULL);
	CHECK(replay_find(&r, "t3", "collect") != NULL);
	e = replay_find(&r, "run", "collect");
	CHECK(e != NULL && e->reply == NULL);
	/* finishing the running one keeps the others' count right */
	replay_finish(&r, "run", "collect", "rr");
	CHECK_INT(r.nfinished, 3);
	CHECK_STR(replay_find(&r, "run", "collect")->reply, "rr");
	replay_clear(&r);
	CHECK_INT(r.nfinished, 0);
	CHECK(replay_find(&r, "run", "collect") == NULL);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	t_backoff();
	t_outq();
	t_replay();
	return t_done();
}

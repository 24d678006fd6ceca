/*
 * outq: the bounded queue of frames for the core's action websocket while
 * it is down (or while a send fails). Owns the frames it holds and the drop
 * policy: when over the frame or byte budget, the oldest action_progress
 * goes first, then the oldest action_info; action_done/action_error are
 * never dropped (the budget may be exceeded for them: there is at most one
 * per action).
 */
#ifndef RW_OUTQ_H
#define RW_OUTQ_H

#include <stddef.h>
#include <sys/queue.h>

struct outq_item {
	TAILQ_ENTRY(outq_item) entry;
	int	 kind;		/* enum msg_kind */
	char	*text;
	size_t	 len;
};

struct outq {
	TAILQ_HEAD(, outq_item) items;
	size_t	 n, bytes;
	size_t	 max_n, max_bytes;
	unsigned long dropped;	/* progress/info frames dropped so far */
};

#define OUTQ_MAX_FRAMES	1000
#define OUTQ_MAX_BYTES	(8UL * 1024 * 1024)

void	outq_init(struct outq *, size_t max_n, size_t max_bytes);
/* Append (takes text). Returns how many frames were dropped for room;
 * the new frame itself may be the one dropped (progress/info when only
 * done/error frames are queued). */
int	outq_push(struct outq *, int kind, char *text, size_t len);
/* The oldest frame, or NULL. */
struct outq_item *outq_head(struct outq *);
/* Remove and free the oldest frame. */
void	outq_shift(struct outq *);
void	outq_clear(struct outq *);

#endif

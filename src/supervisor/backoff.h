/*
 * backoff: capped exponential retry delays with jitter for the core
 * session (readiness polling, TLS bootstrap, configuration, reconnects of
 * the three websockets). 1 s doubling to 30 s by default, each delay
 * spread by +-20 % so that many workers do not reconnect in step.
 */
#ifndef RW_BACKOFF_H
#define RW_BACKOFF_H

#include <sys/time.h>

struct backoff {
	long	 first_ms;	/* first delay */
	long	 max_ms;	/* cap */
	long	 cur_ms;	/* next delay before jitter; 0: first_ms */
	int	 jitter_pct;	/* +- percent */
};

#define BACKOFF_INIT { 1000, 30000, 0, 20 }

/* The next delay (jittered), and advance: the base doubles up to max. */
long	backoff_next(struct backoff *);
void	backoff_tv(long ms, struct timeval *);
/* Forget the failures: the next delay is first_ms again. */
void	backoff_reset(struct backoff *);

#endif

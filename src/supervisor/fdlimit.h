/*
 * fdlimit: the supervisor's descriptor budget (issue 9). Owns raising the
 * soft RLIMIT_NOFILE to the hard limit at start and sizing the collect's
 * pools (collector processes, graph uploads) to what the limit leaves, so
 * that a low limit slows a collect down instead of losing accounts. What a
 * collector still cannot start for want of descriptors waits in children.c.
 */
#ifndef RW_FDLIMIT_H
#define RW_FDLIMIT_H

/* descriptors the supervisor holds per running collector (its socket, its
 * last-word socket, its spool, the child's ends of both socketpairs until
 * the fork) and per graph upload (the connection, the spool read, curl's
 * resolver) */
#define FDLIMIT_PER_CHILD	5
#define FDLIMIT_PER_UPLOAD	4
/* kept free for the rest: core connections and requests, logs, DNS */
#define FDLIMIT_RESERVE		16

/* Raise the soft limit to the hard one (logged when it changes). */
void	fdlimit_raise(void);
/* The soft limit (RLIM_INFINITY as a large number). */
long	fdlimit_max(void);
/* Shrink *pool and *senders (each at least 1) to what the descriptor
 * limit leaves beside the descriptors open now; says so in the log when
 * they shrink (once per distinct result). */
void	fdlimit_pools(int *pool, int *senders);

#endif

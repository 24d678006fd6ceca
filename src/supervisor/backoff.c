/* backoff: see backoff.h. */
#include "supervisor/backoff.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static unsigned long
jitter_rand(void)
{
	static unsigned long long s;

	/* xorshift64*: enough to spread reconnects, not for secrets */
	if (s == 0)
		s = ((unsigned long long)time(NULL) << 20) ^
		    (unsigned long long)getpid() ^ 0x9e3779b97f4a7c15ULL;
	s ^= s >> 12;
	s ^= s << 25;
	s ^= s >> 27;
	return (unsigned long)((s * 0x2545f4914f6cdd1dULL) >> 33);
}

long
backoff_next(struct backoff *b)
{
	long base, span, d;

	if (b->cur_ms <= 0)
		b->cur_ms = b->first_ms;
	base = b->cur_ms;
	b->cur_ms = base >= b->max_ms / 2 ? b->max_ms : base * 2;
	span = base * b->jitter_pct / 100;
	d = base;
	if (span > 0)
		d += (long)(jitter_rand() % (unsigned long)(2 * span + 1)) - span;
	return d > 0 ? d : 1;
}

void
backoff_tv(long ms, struct timeval *tv)
{
	tv->tv_sec = ms / 1000;
	tv->tv_usec = (ms % 1000) * 1000;
}

void
backoff_reset(struct backoff *b)
{
	b->cur_ms = 0;
}

/* fdlimit: see fdlimit.h. */
#include "supervisor/fdlimit.h"
#include "common/log.h"

#include <sys/resource.h>

#include <dirent.h>
#include <limits.h>
#include <stddef.h>

void
fdlimit_raise(void)
{
	struct rlimit rl;
	rlim_t was;

	if (getrlimit(RLIMIT_NOFILE, &rl) == -1) {
		log_warn("getrlimit(RLIMIT_NOFILE)");
		return;
	}
	if (rl.rlim_cur == rl.rlim_max)
		return;
	was = rl.rlim_cur;
	rl.rlim_cur = rl.rlim_max;
	if (setrlimit(RLIMIT_NOFILE, &rl) == -1) {
		log_warn("raising the descriptor limit to %llu",
		    (unsigned long long)rl.rlim_max);
		return;
	}
	log_debug("descriptor limit raised from %llu to the hard limit %llu",
	    (unsigned long long)was, (unsigned long long)rl.rlim_max);
}

long
fdlimit_max(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) == -1 || rl.rlim_cur == RLIM_INFINITY ||
	    rl.rlim_cur > LONG_MAX)
		return LONG_MAX;
	return (long)rl.rlim_cur;
}

/* descriptors open now (/proc/self/fd, less the one reading it) */
static long
fds_open(void)
{
	struct dirent *e;
	DIR *d;
	long n = 0;

	if ((d = opendir("/proc/self/fd")) == NULL)
		return 16;	/* a guess: stdio, the loop, the binary */
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n - 1;
}

void
fdlimit_pools(int *pool, int *senders)
{
	static int said_pool, said_senders;
	long max = fdlimit_max(), open = fds_open(), budget, need;
	int p = *pool, s = *senders;

	budget = max - open - FDLIMIT_RESERVE;
	need = (long)p * FDLIMIT_PER_CHILD + (long)s * FDLIMIT_PER_UPLOAD;
	if (need <= budget)
		return;
	/* both shrink in proportion, each to at least one */
	if (budget > 0) {
		p = (int)((long)p * budget / need);
		s = (int)((long)s * budget / need);
	} else
		p = s = 0;
	p = p < 1 ? 1 : p;
	s = s < 1 ? 1 : s;
	if (p != said_pool || s != said_senders)
		log_warnx("descriptor limit %ld (%ld open): running %d collector "
		    "process%s and %d graph upload%s at once (configured: "
		    "pool_size %d, graph_sender_pool_size %d)%s", max, open, p,
		    p == 1 ? "" : "es", s, s == 1 ? "" : "s", *pool, *senders,
		    budget < FDLIMIT_PER_CHILD + FDLIMIT_PER_UPLOAD ?
		    "; too few descriptors even for that: collectors wait "
		    "for them" : "");
	said_pool = p;
	said_senders = s;
	*pool = p;
	*senders = s;
}

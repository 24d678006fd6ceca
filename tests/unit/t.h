/*
 * t: the unit-test harness. Each tests/unit/t_*.c is one program; CHECK
 * macros count and report, t_done() prints "N passed, N failed" for the
 * program and returns its exit status (0 only when nothing failed).
 */
#ifndef RW_T_H
#define RW_T_H

#include <stdio.h>
#include <string.h>

static int t_pass, t_fail;

#define CHECK(c) do {							\
	if (c) t_pass++;						\
	else { t_fail++; fprintf(stderr, "%s:%d: FAIL: %s\n",		\
	    __FILE__, __LINE__, #c); }					\
} while (0)

#define CHECK_STR(a, b) do {						\
	const char *t_a = (a), *t_b = (b);				\
	if (t_a && t_b && strcmp(t_a, t_b) == 0) t_pass++;		\
	else { t_fail++; fprintf(stderr, "%s:%d: FAIL: %s == %s\n"	\
	    "  got:      %s\n  expected: %s\n", __FILE__, __LINE__,	\
	    #a, #b, t_a ? t_a : "(null)", t_b ? t_b : "(null)"); }	\
} while (0)

#define CHECK_INT(a, b) do {						\
	long long t_a = (long long)(a), t_b = (long long)(b);		\
	if (t_a == t_b) t_pass++;					\
	else { t_fail++; fprintf(stderr, "%s:%d: FAIL: %s == %s (%lld != %lld)\n", \
	    __FILE__, __LINE__, #a, #b, t_a, t_b); }			\
} while (0)

/* How often needle occurs in hay (overlapping ones too). */
static inline int
t_count(const char *hay, const char *needle)
{
	int n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay++;
	}
	return n;
}

static inline int
t_done(void)
{
	printf("%d passed, %d failed\n", t_pass, t_fail);
	return t_fail ? 1 : 0;
}

#endif

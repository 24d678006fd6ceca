/* duration: see duration.h. */
#include "supervisor/plugins/duration.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* In the order durations.py tries them: per unit, longest name first. */
static const struct {
	const char	*name;
	double		 secs;
} units[] = {
	{ "years", 365 * 86400. }, { "year", 365 * 86400. },
	{ "yr", 365 * 86400. }, { "y", 365 * 86400. },
	{ "months", 31 * 86400. }, { "month", 31 * 86400. },
	{ "mo", 31 * 86400. }, { "M", 31 * 86400. },
	{ "days", 86400. }, { "day", 86400. }, { "d", 86400. },
	{ "weeks", 7 * 86400. }, { "week", 7 * 86400. }, { "w", 7 * 86400. },
	{ "hours", 3600. }, { "hour", 3600. }, { "h", 3600. },
	{ "minutes", 60. }, { "minute", 60. }, { "min", 60. }, { "m", 60. },
	{ "seconds", 1. }, { "second", 1. }, { "s", 1. },
};

static const char *
blanks(const char *p)
{
	while (isspace((unsigned char)*p))
		p++;
	return p;
}

/* [+-]digits[.digits]: the number's end, NULL when there is none */
static const char *
number(const char *p, double *v, int *neg)
{
	const char *q = p;

	*neg = *q == '-';
	if (*q == '+' || *q == '-')
		q++;
	if (!isdigit((unsigned char)*q))
		return NULL;
	while (isdigit((unsigned char)*q))
		q++;
	if (*q == '.' && isdigit((unsigned char)q[1]))
		for (q++; isdigit((unsigned char)*q); q++)
			;
	*v = strtod(p, NULL);
	return q;
}

static const char *
unit(const char *p, double *secs)
{
	size_t i, n;

	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		n = strlen(units[i].name);
		if (strncmp(p, units[i].name, n) == 0) {
			*secs = units[i].secs;
			return p + n;
		}
	}
	return NULL;
}

/* the text is cut (it may be anything), where and why are not */
static int
fail(const char *s, const char *why, const char *at, char *err,
    size_t errlen)
{
	snprintf(err, errlen, "\"%.60s%s\" is not a duration: %s at offset "
	    "%d (durations look like 7d, 2h30m, 14 days)", s,
	    strlen(s) > 60 ? "..." : "", why, (int)(at - s));
	return -1;
}

int
duration_parse(const char *s, double *out, char *err, size_t errlen)
{
	const char *p = s, *q, *sep;
	double v, u, sum = 0;
	int neg, first_neg = 0, n = 0;

	for (;;) {
		p = blanks(p);
		if ((q = number(p, &v, &neg)) == NULL)
			break;
		if ((q = unit(blanks(q), &u)) == NULL)
			return fail(s, "no unit", blanks(number(p, &v, &neg)),
			    err, errlen);
		if (n++ == 0)
			first_neg = neg;
		sum += (v < 0 ? -v : v) * u;
		p = blanks(q);
		sep = p;
		if (*p == ',')
			p++;
		else if (strncmp(p, "and", 3) == 0)
			p += 3;
		if (p != sep && number(blanks(p), &v, &neg) == NULL) {
			p = sep;	/* a separator needs a term after it */
			break;
		}
	}
	if (n == 0 || *p != '\0')
		return fail(s, n == 0 ? "no number" : "unexpected text", p, err,
		    errlen);
	*out = first_neg ? -sum : sum;
	return 0;
}

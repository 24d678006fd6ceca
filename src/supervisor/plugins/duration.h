/*
 * duration: the durations of the action plugins' settings and tags
 * (min_age, age, expiration), as resotolib's durations.py reads them: one
 * or more "<number><unit>" terms, the number an integer or a decimal with
 * digits on both sides of the dot, blanks allowed around everything,
 * terms optionally separated by "," or "and", summed; a sign on the first
 * number makes the whole sum negative. Units (case-sensitive): years,
 * year, yr, y (365 days); months, month, mo, M (31 days); days, day, d;
 * weeks, week, w; hours, hour, h; minutes, minute, min, m; seconds,
 * second, s. Anything else ("never", a date, "", garbage) is no duration.
 */
#ifndef RW_DURATION_H
#define RW_DURATION_H

#include <stddef.h>

/* 0 with the seconds in *out, or -1 with where and why in err. */
int	duration_parse(const char *s, double *out, char *err, size_t errlen);

#endif

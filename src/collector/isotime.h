/*
 * isotime: ISO-8601 timestamps as Python's datetime.fromisoformat() reads
 * them, normalised to UTC and written as resotolib writes datetimes
 * ("%Y-%m-%dT%H:%M:%SZ", naive times taken as UTC). Used for the
 * "resoto:ctime" tag rule and for datetime properties of core nodes.
 */
#ifndef RW_ISOTIME_H
#define RW_ISOTIME_H

#include <time.h>

#define ISOTIME_LEN	21	/* "YYYY-MM-DDTHH:MM:SSZ" + NUL */

/* -1 when s is not an ISO-8601 date or date-time. */
int	iso_parse(const char *s, time_t *out);
void	iso_format(time_t, char out[ISOTIME_LEN]);
/* iso_parse + iso_format */
int	iso_to_utc(const char *s, char out[ISOTIME_LEN]);

#endif

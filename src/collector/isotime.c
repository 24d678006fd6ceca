/* isotime: see isotime.h. */
#include "collector/isotime.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* n decimal digits at *s; -1 if they are not all there */
static int
num(const char **s, int n)
{
	int v = 0;

	while (n-- > 0) {
		if (!isdigit((unsigned char)**s))
			return -1;
		v = v * 10 + (**s - '0');
		(*s)++;
	}
	return v;
}

/* days since 1970-01-01 of a proleptic Gregorian date */
static long long
days_from_civil(int y, int m, int d)
{
	long long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

static int
mdays(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

int
iso_parse(const char *s, time_t *out)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, sign, oh, om, os = 0;
	long long off = 0;

	if ((y = num(&s, 4)) < 1 || *s++ != '-' || (mo = num(&s, 2)) < 1 ||
	    mo > 12 || *s++ != '-' || (d = num(&s, 2)) < 1 ||
	    d > mdays(y, mo))
		return -1;
	if (*s == 'T' || *s == ' ') {
		s++;
		if ((h = num(&s, 2)) < 0 || h > 23)
			return -1;
		if (*s == ':') {
			s++;
			if ((mi = num(&s, 2)) < 0 || mi > 59)
				return -1;
			if (*s == ':') {
				s++;
				if ((sec = num(&s, 2)) < 0 || sec > 59)
					return -1;
				if (*s == '.' || *s == ',') {	/* fraction: dropped */
					s++;
					if (!isdigit((unsigned char)*s))
						return -1;
					while (isdigit((unsigned char)*s))
						s++;
				}
			}
		}
		if (*s == 'Z' || *s == 'z')
			s++;
		else if (*s == '+' || *s == '-') {
			sign = *s++ == '-' ? -1 : 1;
			if ((oh = num(&s, 2)) < 0 || oh > 23)
				return -1;
			if (*s == ':')
				s++;
			if ((om = num(&s, 2)) < 0 || om > 59)
				return -1;
			if (*s == ':') {
				s++;
				if ((os = num(&s, 2)) < 0 || os > 59)
					return -1;
			}
			off = sign * ((long long)oh * 3600 + om * 60 + os);
		}
	}
	if (*s != '\0')
		return -1;
	*out = (time_t)(days_from_civil(y, mo, d) * 86400 + h * 3600 +
	    mi * 60 + sec - off);
	return 0;
}

/* n digits of v at p */
static void
digits(char *p, unsigned v, int n)
{
	while (n-- > 0) {
		p[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

/* Written by hand (a node's ctime, mtime and atime each: gmtime_r and
 * strftime were 3 % of the AWS collector's CPU); the years 1000-9999
 * only, the others as strftime writes them (glibc pads no year). */
void
iso_format(time_t t, char out[ISOTIME_LEN])
{
	long long days, sec, era, y;
	unsigned doe, yoe, doy, mp, d, m;
	struct tm tm;

	days = (long long)t / 86400;
	sec = (long long)t % 86400;
	if (sec < 0) {
		sec += 86400;
		days--;
	}
	/* days_from_civil's inverse */
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = (unsigned)(days - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = (long long)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	if (y < 1000 || y > 9999) {
		gmtime_r(&t, &tm);
		strftime(out, ISOTIME_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm);
		return;
	}
	memcpy(out, "0000-00-00T00:00:00Z", ISOTIME_LEN);
	digits(out, (unsigned)y, 4);
	digits(out + 5, m, 2);
	digits(out + 8, d, 2);
	digits(out + 11, (unsigned)(sec / 3600), 2);
	digits(out + 14, (unsigned)(sec / 60 % 60), 2);
	digits(out + 17, (unsigned)(sec % 60), 2);
}

int
iso_to_utc(const char *s, char out[ISOTIME_LEN])
{
	time_t t;

	if (iso_parse(s, &t) == -1)
		return -1;
	iso_format(t, out);
	return 0;
}

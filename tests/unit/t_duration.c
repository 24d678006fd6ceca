/* Unit tests of the plugins' durations (src/supervisor/plugins/duration.c),
 * against what resotolib's durations.py answers. */
#include "t.h"
#include "supervisor/plugins/duration.h"

static double
ok(const char *s)
{
	double v = -1;
	char err[256] = "";

	if (duration_parse(s, &v, err, sizeof(err)) == -1) {
		fprintf(stderr, "\"%s\": %s\n", s, err);
		return -12345;
	}
	return v;
}

static int
bad(const char *s, const char *why)
{
	double v = 42;
	char err[256] = "";

	if (duration_parse(s, &v, err, sizeof(err)) != -1 || v != 42)
		return 0;
	if (strstr(err, why) == NULL || strstr(err, s) == NULL) {
		fprintf(stderr, "\"%s\": %s\n", s, err);
		return 0;
	}
	return 1;
}

int
main(void)
{
	CHECK(ok("7d") == 7 * 86400);
	CHECK(ok("2h30m") == 2 * 3600 + 30 * 60);
	CHECK(ok("2h") == 7200);
	CHECK(ok("14 days") == 14 * 86400);
	CHECK(ok("7 days") == 7 * 86400);
	CHECK(ok("1h30m") == 5400);
	CHECK(ok("1.5h") == 5400);
	CHECK(ok("3d, 2h and 5min") == 3 * 86400 + 7200 + 300);
	CHECK(ok(" 1 w 1 s ") == 7 * 86400 + 1);
	CHECK(ok("2mo") == 62 * 86400);
	CHECK(ok("2M") == 62 * 86400);
	CHECK(ok("1y") == 365 * 86400);
	CHECK(ok("1yr2min") == 365 * 86400 + 120);
	CHECK(ok("5m") == 300);
	CHECK(ok("10 seconds") == 10);
	CHECK(ok("-1h30m") == -5400);	/* the first sign counts for all */
	CHECK(ok("+3d") == 3 * 86400);
	CHECK(ok("24h") == 86400);
	CHECK(ok("8d") == 8 * 86400);

	CHECK(bad("never", "no number at offset 0"));
	CHECK(bad("", "no number"));
	CHECK(bad("2026-01-01T00:00:00Z", "no unit"));
	CHECK(bad("2026-01-01", "no unit"));
	CHECK(bad("soon", "no number"));
	CHECK(bad("7", "no unit at offset 1"));
	CHECK(bad("7D", "no unit"));		/* case-sensitive */
	CHECK(bad("1h,", "unexpected text at offset 2"));
	CHECK(bad("1h and", "unexpected text"));
	CHECK(bad("1.h", "no unit"));
	CHECK(bad("2ms", "unexpected text at offset 2"));
	CHECK(bad("3d garbage", "unexpected text at offset 3"));
	return t_done();
}

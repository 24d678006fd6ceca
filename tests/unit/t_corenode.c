/* Unit tests of the core-node rebuild (src/collector/corenode.c) and ISO
 * times (src/collector/isotime.c): the node a TAG/CLEANUP frame carries,
 * written back as the reference's node_to_dict would write it. */
#include "t.h"
#include "collector/corenode.h"
#include "collector/isotime.h"
#include "collector/kind.h"
#include "common/buf.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* iso_format written by hand: the same as gmtime_r and strftime, around
 * the epoch, leap days and centuries, across years 0 to 9999 and past */
static void
test_iso_format(void)
{
	static const long long at[] = { 0, -1, 86399, 86400, -86400,
	    -86401, 951782400LL, 951868799LL, 4107542400LL, 1709251199LL,
	    -62167219200LL, -62167219201LL, 253402300799LL, 253402300800LL,
	    -2208988800LL, 2147483647LL, 2147483648LL };
	char got[ISOTIME_LEN], want[ISOTIME_LEN];
	struct tm tm;
	long long t;
	size_t i;
	int bad = 0;

	for (i = 0; i < sizeof(at) / sizeof(at[0]); i++) {
		iso_format((time_t)at[i], got);
		gmtime_r(&(time_t){ (time_t)at[i] }, &tm);
		strftime(want, sizeof(want), "%Y-%m-%dT%H:%M:%SZ", &tm);
		CHECK_STR(got, want);
	}
	/* year 0 to past 10000 in steps of ~100 days that move the time
	 * of day */
	for (t = -62167219200LL; t < 253402300800LL + 86400 * 400LL;
	    t += 7777 * 1111) {
		iso_format((time_t)t, got);
		gmtime_r(&(time_t){ (time_t)t }, &tm);
		if (strftime(want, sizeof(want), "%Y-%m-%dT%H:%M:%SZ",
		    &tm) == 0)
			continue;	/* strftime's own limit */
		if (strcmp(got, want) != 0 && bad++ < 5)
			fprintf(stderr, "iso_format(%lld): %s, want %s\n", t,
			    got, want);
	}
	CHECK_INT(bad, 0);
}

static void
test_iso(void)
{
	char t[ISOTIME_LEN];

	CHECK_INT(iso_to_utc("2019-09-05T10:40:11+00:00", t), 0);
	CHECK_STR(t, "2019-09-05T10:40:11Z");
	CHECK_INT(iso_to_utc("2023-08-01T14:00:00+02:00", t), 0);
	CHECK_STR(t, "2023-08-01T12:00:00Z");
	CHECK_INT(iso_to_utc("2023-08-01T00:30:00-01:00", t), 0);
	CHECK_STR(t, "2023-08-01T01:30:00Z");
	CHECK_INT(iso_to_utc("2023-08-01", t), 0);
	CHECK_STR(t, "2023-08-01T00:00:00Z");
	CHECK_INT(iso_to_utc("2023-08-01 12:00:00.123456Z", t), 0);
	CHECK_STR(t, "2023-08-01T12:00:00Z");
	CHECK_INT(iso_to_utc("2024-02-29T23:59:59", t), 0);
	CHECK_STR(t, "2024-02-29T23:59:59Z");
	CHECK_INT(iso_to_utc("1969-12-31T23:59:59Z", t), 0);
	CHECK_STR(t, "1969-12-31T23:59:59Z");
	CHECK_INT(iso_to_utc("2023-02-29T00:00:00Z", t), -1);
	CHECK_INT(iso_to_utc("2023-08-01T25:00:00Z", t), -1);
	CHECK_INT(iso_to_utc("2023-08-01T12:00:00Zjunk", t), -1);
	CHECK_INT(iso_to_utc("yesterday", t), -1);
}

static const char *
rebuild(const char *json, struct buf *b, char *err, size_t errlen)
{
	json_object *n = json_tokener_parse(json);
	const struct kind *k = corenode_kind(n, NULL, err, errlen);

	buf_reset(b);
	if (k == NULL || corenode_write(b, k, n, err, errlen) == -1) {
		json_object_put(n);
		return NULL;
	}
	json_object_put(n);
	return buf_str(b);
}

static void
test_rebuild(void)
{
	struct buf b = BUF_INIT;
	char err[256];
	json_object *n;

	/* core-protocol.md 5.3: unknown fields dropped, nulls dropped,
	 * defaults filled in, kind last, the worker's metadata */
	CHECK_STR(rebuild("{\"id\": \"r00Z_uUMlym8JKUwzwM5Iw\", \"type\": \"node\","
	    " \"reported\": {\"id\": \"vol-1\", \"name\": \"vol-1\", \"kind\": "
	    "\"volume\", \"tags\": {\"owner\": \"alice\", \"keep\": \"x\", \"gone\":"
	    " null}, \"volume_size\": 8, \"volume_iops\": null, \"age\": \"2d\"},"
	    " \"metadata\": {\"python_type\": \"x\", \"protected\": false}}",
	    &b, err, sizeof(err)),
	    "{\"id\": \"r00Z_uUMlym8JKUwzwM5Iw\", \"reported\": {\"id\": "
	    "\"vol-1\", \"tags\": {\"owner\": \"alice\", \"keep\": \"x\"}, "
	    "\"name\": \"vol-1\", \"volume_size\": 8, \"volume_type\": \"\", "
	    "\"snapshot_before_delete\": false, \"kind\": \"volume\"}, "
	    "\"metadata\": {\"python_type\": "
	    "\"resotolib.baseresources.BaseVolume\", \"cleaned\": false, "
	    "\"phantom\": false, \"protected\": false}, \"usage\": {}}");
	/* coercion to the declared types; times to UTC; the resoto:ctime tag
	 * wins; a missing name is the id; desired.clean kept */
	CHECK_STR(rebuild("{\"id\": \"I\", \"reported\": {\"id\": \"i-1\", "
	    "\"kind\": \"instance\", \"tags\": {\"resoto:ctime\": "
	    "\"2019-09-05T12:40:11+02:00\"}, \"ctime\": \"2020-01-01T00:00:00Z\","
	    " \"mtime\": \"2023-08-01T14:00:00+02:00\", \"instance_cores\": \"4\","
	    " \"instance_memory\": 2, \"instance_status\": \"running\"}, "
	    "\"desired\": {\"clean\": true}, \"metadata\": {\"cleaned\": true}}",
	    &b, err, sizeof(err)),
	    "{\"id\": \"I\", \"reported\": {\"id\": \"i-1\", \"tags\": "
	    "{\"resoto:ctime\": \"2019-09-05T12:40:11+02:00\"}, \"name\": \"i-1\", "
	    "\"ctime\": \"2019-09-05T10:40:11Z\", \"mtime\": "
	    "\"2023-08-01T12:00:00Z\", \"instance_cores\": 4.0, "
	    "\"instance_memory\": 2.0, \"instance_type\": \"\", "
	    "\"instance_status\": \"running\", \"kind\": \"instance\"}, "
	    "\"metadata\": {\"python_type\": "
	    "\"resotolib.baseresources.BaseInstance\", \"cleaned\": true, "
	    "\"phantom\": false, \"protected\": false}, \"usage\": {}, "
	    "\"desired\": {\"clean\": true}}");
	/* errors name what was wrong */
	CHECK(rebuild("{\"id\": \"V\", \"reported\": {\"id\": \"v\", \"kind\": "
	    "\"volume\", \"volume_size\": \"big\"}}", &b, err, sizeof(err)) ==
	    NULL);
	CHECK_STR(err, "reported.volume_size: expected an integer");
	CHECK(rebuild("{\"id\": \"V\", \"reported\": {\"id\": \"v\", \"kind\": "
	    "\"volume\", \"mtime\": \"soon\"}}", &b, err, sizeof(err)) == NULL);
	CHECK_STR(err, "reported.mtime: expected an ISO-8601 date-time");
	CHECK(rebuild("{\"id\": \"V\", \"reported\": {\"id\": \"v\", \"kind\": "
	    "\"example_volume\"}}", &b, err, sizeof(err)) == NULL);
	CHECK_STR(err, "unknown kind example_volume");	/* not among kinds */
	CHECK(rebuild("{\"reported\": {\"id\": \"v\", \"kind\": \"volume\"}}",
	    &b, err, sizeof(err)) == NULL);
	CHECK_STR(err, "the node has no id");
	CHECK(rebuild("[1]", &b, err, sizeof(err)) == NULL);

	/* tag edits keep positions; deletes of missing keys fail */
	n = json_tokener_parse("{\"reported\": {\"id\": \"a\", \"name\": \"n\","
	    " \"kind\": \"volume\", \"tags\": {\"a\": \"1\", \"b\": \"2\"}}}");
	corenode_tag_set(n, "a", "9");
	corenode_tag_set(n, "c", "3");
	CHECK_INT(corenode_tag_del(n, "b"), 0);
	CHECK_INT(corenode_tag_del(n, "b"), -1);
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(
	    json_object_object_get(n, "reported"), "tags"),
	    JSON_C_TO_STRING_PLAIN), "{\"a\":\"9\",\"c\":\"3\"}");
	corenode_rtdname(n, err, sizeof(err));
	CHECK_STR(err, "volume n (a)");
	json_object_put(n);
	buf_free(&b);
}

int
main(void)
{
	test_iso();
	test_iso_format();
	test_rebuild();
	return t_done();
}

/*
 * fuzz_aws_metrics: arbitrary bytes as a CloudWatch GetMetricData answer
 * page (src/collector/aws/metrics.c), read for the queries of two items
 * (a running instance's usage metrics, an available volume's usage and
 * time metrics, from the tables in src/collector/aws/ec2.c). Whatever
 * the answer, the reading ends with 0 or -1 and a reason; what it puts
 * into the items is a usage section of numbers and times as resotolib
 * writes them (isotime.h: strftime's "%Y-%m-%dT%H:%M:%SZ", whose year
 * has no leading zeros below 1000); every item is handed back exactly
 * once.
 */
#define _XOPEN_SOURCE 700	/* strptime */
#include "collector/aws/aws.h"
#include "collector/table.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <time.h>

/* A time as iso_format writes it */
static int
written_time(json_object *t)
{
	const char *s = json_object_get_string(t), *end;
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	end = s ? strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	return end != NULL && *end == '\0';
}
#include <string.h>

static int handed;

static void
done(struct aws_mwait *w)
{
	handed++;
}

/* "_usage": {name: {stat: number}}; "_atime"/"_mtime": ISO times */
static void
check(json_object *item)
{
	json_object *u, *t;

	if (json_object_object_get_ex(item, "_usage", &u)) {
		if (!json_object_is_type(u, json_type_object))
			abort();
		json_object_object_foreach(u, name, stats) {
			(void)name;
			json_object_object_foreach(stats, st, v) {
				(void)st;
				if (!json_object_is_type(v, json_type_double))
					abort();
			}
		}
	}
	if (json_object_object_get_ex(item, "_atime", &t) && !written_time(t))
		abort();
	if (json_object_object_get_ex(item, "_mtime", &t) && !written_time(t))
		abort();
}

static void
add(struct aws_mset *s, struct aws_mwait *w, const struct tmetric *m,
    const char *id)
{
	for (; m && m->name; m++)
		aws_mset_add(s, w, m, id);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct tkind *inst = table_lookup(aws_tables, "aws_ec2_instance");
	const struct tkind *vol = table_lookup(aws_tables, "aws_ec2_volume");
	struct aws_mwait w[2];
	struct aws_mset *s;
	struct aws a;
	struct buf next = BUF_INIT, err = BUF_INIT;
	int errors = 0, i;

	if (inst == NULL || vol == NULL || inst->usage == NULL ||
	    vol->times == NULL)
		abort();
	memset(&a, 0, sizeof(a));
	memset(w, 0, sizeof(w));
	handed = 0;
	s = aws_mset_new(&a, "123456789012", "us-east-1", 0, 3600, 3600,
	    &errors);
	for (i = 0; i < 2; i++) {
		w[i].item = json_object_new_object();
		w[i].left = 1;
		w[i].done = done;
	}
	add(s, &w[0], inst->usage, "i-1");
	add(s, &w[1], vol->usage, "vol-1");
	add(s, &w[1], vol->times, "vol-1");
	if (aws_mset_read(s, (const char *)data, size, &next, &err) == -1 &&
	    err.len == 0)
		abort();		/* a failed read says why */
	for (i = 0; i < 2; i++) {
		check(w[i].item);
		aws_mwait_release(&w[i]);	/* the hold */
	}
	aws_mset_discard(s);
	if (handed != 2)
		abort();		/* each item handed back once */
	for (i = 0; i < 2; i++)
		json_object_put(w[i].item);
	buf_free(&next);
	buf_free(&err);
	return 0;
}

/*
 * chttp_bench: figures of the collectors' HTTP layer (bench/README.md).
 * Not a test: it asserts nothing, it prints.
 *
 *  1. calls: CALLS calls to tests/integration/chttp_server.py, which holds
 *     each DELAY ms (as a cloud API does), over 4 keys (regions), with the
 *     default bounds: wall time beside the lower bound
 *     calls x delay / calls in flight, calls per second, the most in flight
 *     the server counted, connections opened;
 *  2. pages: 16 pagers of 25 pages each (one page after the other within a
 *     pager, the pagers at once), same delay;
 *  3. XML: a DescribeInstances page of ITEMS instances streamed item by
 *     item (chttp_xml_items): time, MB/s, and the peak RssAnon beside the
 *     page's own size.
 *
 * usage: chttp_bench [calls [delay_ms [items]]]   (top_srcdir, PYTHON3
 * from the environment, as the tests have them)
 */
#include "t_proto.h"
#include "collector/http/chttp.h"
#include "common/buf.h"
#include "common/log.h"

#include <sys/resource.h>
#include <time.h>

static int port;

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
cpu_s(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec +
	    (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

static long
status_kb(const char *field)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long v = -1;

	while (f && fgets(line, sizeof(line), f))
		if (strncmp(line, field, strlen(field)) == 0)
			v = strtol(line + strlen(field) + 1, NULL, 10);
	if (f)
		fclose(f);
	return v;
}

static void
count_cb(const struct chttp_res *r, void *arg)
{
	int *failed = arg;

	if (r->error)
		(*failed)++;
}

struct sres {
	json_object *j;
};

static void
stats_cb(const struct chttp_res *r, void *arg)
{
	struct sres *s = arg;

	s->j = json_tokener_parse(r->body);
}

static json_object *
server_stats(void)
{
	struct chttp_opts o;
	struct chttp *c;
	struct chttp_call call;
	struct sres s = { NULL };
	char url[128];

	memset(&o, 0, sizeof(o));
	o.proxy = "";
	c = chttp_new(&o);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/stats?reset=1", port);
	memset(&call, 0, sizeof(call));
	call.url = url;
	chttp_submit(c, &call, stats_cb, &s);
	chttp_run(c);
	chttp_free(c);
	return s.j;
}

static void
bench_calls(int calls, int delay)
{
	static const char *const regions[] = { "us-east-1", "us-west-2",
	    "eu-central-1", "ap-south-1" };
	struct chttp_opts o;
	struct chttp *c;
	struct chttp_call call;
	struct chttp_stats st;
	json_object *s, *v;
	char url[128];
	double t0, wall, bound, cpu0;
	int i, failed = 0, inflight;

	json_object_put(server_stats());
	memset(&o, 0, sizeof(o));
	o.proxy = "";
	c = chttp_new(&o);
	t0 = now_s();
	cpu0 = cpu_s();
	for (i = 0; i < calls; i++) {
		snprintf(url, sizeof(url), "http://127.0.0.1:%d/count?k=%s&ms=%d",
		    port, regions[i % 4], delay);
		memset(&call, 0, sizeof(call));
		call.url = url;
		call.service = "ec2";
		call.operation = "DescribeThings";
		call.region = regions[i % 4];
		chttp_submit(c, &call, count_cb, &failed);
	}
	chttp_run(c);
	wall = now_s() - t0;
	cpu0 = cpu_s() - cpu0;
	chttp_stats(c, &st);
	chttp_free(c);
	inflight = CHTTP_MAX_INFLIGHT < 4 * CHTTP_MAX_PER_KEY ?
	    CHTTP_MAX_INFLIGHT : 4 * CHTTP_MAX_PER_KEY;
	bound = (double)calls * delay / 1000 / inflight;
	s = server_stats();
	printf("calls: %d calls, %d ms each, 4 keys, bounds %d/%d per key\n",
	    calls, delay, CHTTP_MAX_INFLIGHT, CHTTP_MAX_PER_KEY);
	printf("  wall %.2f s, lower bound %.2f s (ratio %.2f), %.0f calls/s,"
	    " failed %d; our CPU %.2f s\n", wall, bound, wall / bound,
	    calls / wall, failed, cpu0);
	printf("  in flight at most: ours %d, the server counted %d; "
	    "connections %d\n", st.max_inflight,
	    json_object_object_get_ex(s, "max", &v) ? json_object_get_int(v)
	    : -1, json_object_object_get_ex(s, "ports", &v) ?
	    json_object_get_int(v) - 1 : -1);
	json_object_put(s);
}

struct pgb {
	struct buf	 url;
	int		 delay, pages, done;
};

static int
pgb_make(struct chttp_call *call, const char *token, void *arg)
{
	struct pgb *p = arg;

	buf_reset(&p->url);
	buf_printf(&p->url, "http://127.0.0.1:%d/page/pagetoken?n=%d&size=1"
	    "&delay=%d%s%s", port, p->pages, p->delay, token ? "&pageToken=" :
	    "", token ? token : "");
	call->url = p->url.data;
	call->service = "compute";
	call->operation = "list";
	return 0;
}

static int
pgb_page(const struct chttp_res *r, struct buf *next, struct buf *err,
    void *arg)
{
	json_object *o = chttp_json(r, err);
	const char *t;

	if (o == NULL)
		return -1;
	if ((t = chttp_json_str(o, "nextPageToken")) != NULL)
		buf_puts(next, t);
	json_object_put(o);
	return 0;
}

static void
pgb_done(const struct chttp_res *r, const char *error, int pages, void *arg)
{
	struct pgb *p = arg;

	p->done = error ? -1 : pages;
	buf_free(&p->url);
}

static void
bench_pages(int delay)
{
	struct chttp_opts o;
	struct chttp *c;
	struct chttp_stats st;
	struct pgb p[16];
	struct chttp_pager def = { pgb_make, pgb_page, pgb_done, NULL, 0,
	    NULL };
	double t0, wall, bound;
	int i, ok = 0;

	memset(&o, 0, sizeof(o));
	o.proxy = "";
	c = chttp_new(&o);
	memset(p, 0, sizeof(p));
	t0 = now_s();
	for (i = 0; i < 16; i++) {
		p[i].delay = delay;
		p[i].pages = 25;
		def.arg = &p[i];
		chttp_page(c, &def);
	}
	chttp_run(c);
	wall = now_s() - t0;
	chttp_stats(c, &st);
	chttp_free(c);
	for (i = 0; i < 16; i++)
		ok += p[i].done == 25;
	/* the pages of one pager follow each other */
	bound = 25.0 * delay / 1000;
	printf("pages: 16 pagers x 25 pages, %d ms each: wall %.2f s, lower "
	    "bound %.2f s (ratio %.2f), %ld pages, %d/16 complete\n", delay,
	    wall, bound, wall / bound, st.pages, ok);
}

static int
xml_item(json_object *item, struct buf *err, void *arg)
{
	long *n = arg;

	(*n)++;
	json_object_put(item);
	return 0;
}

static void
bench_xml(int items)
{
	struct buf doc = BUF_INIT, err = BUF_INIT;
	double t0, wall;
	long n = 0, before, hwm;
	int i;

	buf_puts(&doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/"
	    "2016-11-15/\"><requestId>r</requestId><reservationSet><item>"
	    "<reservationId>r-1</reservationId><ownerId>123456789012</ownerId>"
	    "<groupSet/><instancesSet>");
	for (i = 0; i < items; i++)
		buf_printf(&doc, "<item><instanceId>i-%017x</instanceId>"
		    "<imageId>ami-0abcdef1234567890</imageId><instanceState>"
		    "<code>16</code><name>running</name></instanceState>"
		    "<privateDnsName>ip-10-0-%d-%d.ec2.internal</privateDnsName>"
		    "<instanceType>t3.micro</instanceType><launchTime>"
		    "2024-01-01T00:00:00.000Z</launchTime><placement>"
		    "<availabilityZone>us-east-1a</availabilityZone><tenancy>"
		    "default</tenancy></placement><subnetId>subnet-0123456789"
		    "</subnetId><vpcId>vpc-0123456789</vpcId><privateIpAddress>"
		    "10.0.%d.%d</privateIpAddress><groupSet><item><groupId>"
		    "sg-0123456789</groupId><groupName>default</groupName></item>"
		    "</groupSet><blockDeviceMapping><item><deviceName>/dev/xvda"
		    "</deviceName><ebs><volumeId>vol-%017x</volumeId><status>"
		    "attached</status></ebs></item></blockDeviceMapping><tagSet>"
		    "<item><key>Name</key><value>node-%d</value></item><item>"
		    "<key>owner</key><value>team-a</value></item></tagSet>"
		    "</item>", i, i / 250 % 250, i % 250, i / 250 % 250,
		    i % 250, i, i);
	buf_puts(&doc, "</instancesSet></item></reservationSet>"
	    "</DescribeInstancesResponse>");
	chttp_xml_init(NULL);
	before = status_kb("RssAnon:");
	hwm = status_kb("VmHWM:");
	t0 = now_s();
	/* the items one at a time, as the collector reads a page */
	chttp_xml_items(doc.data, doc.len, "*/reservationSet/item/"
	    "instancesSet/item", xml_item, &n, NULL, NULL, &err);
	wall = now_s() - t0;
	printf("xml: %ld items, %.1f MB page: %.2f s, %.0f items/s, %.0f MB/s;"
	    " RssAnon %ld KiB with the page in memory, %ld KiB after the "
	    "parse; the peak RSS grew by %ld KiB during the parse%s%s\n", n,
	    doc.len / 1e6, wall, n / wall, doc.len / 1e6 / wall, before,
	    status_kb("RssAnon:"), status_kb("VmHWM:") - hwm,
	    err.len ? "; error: " : "", buf_str(&err));
	buf_free(&doc);
	buf_free(&err);
}

int
main(int argc, char **argv)
{
	struct t_srv srv;
	int calls = argc > 1 ? atoi(argv[1]) : 4000;
	int delay = argc > 2 ? atoi(argv[2]) : 50;
	int items = argc > 3 ? atoi(argv[3]) : 100000;

	(void)t_run;
	(void)t_idle;
	(void)t_certs;
	(void)t_rmdir;
	(void)t_dead_port;
	log_init(LOG_LVL_WARN, 0);
	if (t_srv_start(&srv, "chttp_server.py", NULL) == -1)
		return 1;
	port = srv.ports[0];
	bench_calls(calls, delay);
	bench_pages(delay);
	t_srv_stop(&srv);
	bench_xml(items);
	return 0;
}

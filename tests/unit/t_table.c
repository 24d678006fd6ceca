/* Unit tests of the generic kind-table engine (src/collector/table.c):
 * source paths, value conversions, nested kinds, tags, nulls and
 * defaults, bad values reported, edges with the reference's add_edge /
 * dependant_node semantics resolved after all nodes; and one AWS table
 * entry (aws/ec2.c) on an EC2 item as chttp_xml_items makes it. */
#include "t.h"
#include "collector/aws/aws.h"
#include "collector/gcp/gcp.h"
#include "collector/graph.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/buf.h"

#include <stdlib.h>

struct sink {
	struct buf	all;
};

static int
sink_out(void *arg, const char *data, size_t len)
{
	buf_add(&((struct sink *)arg)->all, data, len);
	return 0;
}

static struct buf reports = BUF_INIT;

static void
report(void *arg, const struct tkind *tk, const char *msg)
{
	buf_printf(&reports, "%s\n", msg);
}

#define P(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }

static const struct kprop p_inner[] = {
	P("count", "int64", PT_INT, NULL, "count", NULL),
	P("names", "string[]", PT_LIST, "[]", "names", NULL),
};
static const struct kind k_inner = { "t_inner", "t.Inner", NULL,
	KIND_PROPS(p_inner), NULL, NULL, NULL, 0 };

static const struct kprop p_thing[] = {
	P("size", "int64", PT_INT, "0", "size", NULL),
	P("ratio", "double", PT_DOUBLE, NULL, "ratio", NULL),
	P("on", "boolean", PT_BOOL, NULL, "flags.on", NULL),
	P("born", "datetime", PT_DATETIME, NULL, "born", NULL),
	P("inner", "t_inner", PT_OBJECT, NULL, "inner", &k_inner),
	P("inners", "t_inner[]", PT_OLIST, "[]", "inners", &k_inner),
	P("codes", "int64[]", PT_ILIST, "[]", "codes", NULL),
	P("ips", "string[]", PT_LIST, "[]", "nics[].ip", NULL),
	P("family", "string", PT_STRING, NULL, "=ipv4", NULL),
	P("alias", "string", PT_STRING, NULL, "#Alias|alias", NULL),
};
static const struct kind k_thing = { "t_thing", "t.Thing",
	KIND_BASES(&kind_instance), KIND_PROPS(p_thing), NULL, NULL, NULL, 0 };
static const struct kind k_net = { "t_net", "t.Net",
	KIND_BASES(&kind_network), NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind k_type = { "t_type", "t.Type",
	KIND_BASES(&kind_resource), NULL, 0, NULL, NULL, NULL, 0 };

static const struct tenum status[] = {
	{ "up", "running" }, { "down", "stopped" }, { NULL, "unknown" }
};
static const struct tmap m_thing[] = {
	TM("id", "thingId"), TM("name", "#Name"), TM("ctime", "born"),
	{ "instance_status", "state.name", status, TC_NONE },
	{ "instance_memory", "mem", NULL, TC_DIV1024 },
	TM("instance_type", "type"),
	TM_END
};
static const struct tedge e_thing[] = {
	{ "netId", &k_net, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "netName", &k_net, TE_DEPENDANT | TE_BY_NAME },
	{ "type", &k_type, TE_REVERSE | TE_REGION },
	{ "missing", &k_net, TE_REVERSE },
	{ NULL, NULL, 0 }
};
static const struct tkind t_thing = { .kind = &k_thing, .map = m_thing,
	.tags = "tagSet", .tag_key = "key", .tag_value = "value",
	.edges = e_thing };
static const struct tmap m_net[] = { TM("id", "id"), TM("name", "#Name"),
	TM_END };
static const struct tkind t_net = { .kind = &k_net, .map = m_net,
	.tags = "tagSet", .tag_key = "key", .tag_value = "value",
	.flags = TK_NAMED };

/* the reported object of the line of node id */
static json_object *
reported(const char *all, const struct nodeid *id)
{
	char s[NODEID_LEN + 1], key[64];
	const char *p, *e;
	json_object *o, *r = NULL;
	struct buf line = BUF_INIT;

	nodeid_str(id, s);
	snprintf(key, sizeof(key), "{\"id\": \"%s\", \"reported\"", s);
	if ((p = strstr(all, key)) == NULL)
		return NULL;
	e = strchr(p, '\n');
	buf_add(&line, p, (size_t)(e - p));
	o = json_tokener_parse(line.data);
	buf_free(&line);
	if (o && json_object_object_get_ex(o, "reported", &r))
		r = json_object_get(r);
	json_object_put(o);
	return r;
}

static const char *
rstr(json_object *r, const char *key)
{
	json_object *v;

	if (r == NULL || !json_object_object_get_ex(r, key, &v))
		return NULL;
	return json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
}

static int
has_edge(const char *all, const struct nodeid *from, const struct nodeid *to,
    int del)
{
	char f[NODEID_LEN + 1], t[NODEID_LEN + 1], line[128];

	nodeid_str(from, f);
	nodeid_str(to, t);
	snprintf(line, sizeof(line), "{\"from\": \"%s\", \"to\": \"%s\"%s\n", f,
	    t, del ? ", \"edge_type\": \"delete\"}" : "}");
	return strstr(all, line) != NULL;
}

static void
test_engine(void)
{
	struct sink s = { BUF_INIT };
	struct graph *g = graph_new(MERGE_ACCOUNT, sink_out, &s);
	struct table *t;
	struct nodeid acc, r1, r2, thing, net1, net2, ty1, ty2, found;
	struct gnode a = { .kind = &kind_account, .id = "acc", .cloud = "c" };
	struct tloc l1 = { "c", "acc", "r1", &r1 }, l2 = { "c", "acc", "r2", &r2 };
	struct gnode rn = { .kind = &kind_region, .cloud = "c", .account = "acc" };
	json_object *item, *r;
	size_t nodes, edges;
	char err[256];

	graph_root_cloud(g, "c", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	rn.id = "r1";
	graph_node_begin(g, &rn, &r1);
	graph_node_end(g);
	rn.id = "r2";
	graph_node_begin(g, &rn, &r2);
	graph_node_end(g);
	graph_edge(g, &acc, &r1, EDGE_DEFAULT);
	graph_edge(g, &acc, &r2, EDGE_DEFAULT);
	t = table_new(g, report, NULL);

	item = json_tokener_parse("{\"thingId\": \"t-1\", \"size\": \"42\", "
	    "\"ratio\": \"0.5\", \"flags\": {\"on\": \"true\"}, \"born\": "
	    "\"2023-01-10T08:00:00.000Z\", \"inner\": {\"count\": \"3\"}, "
	    "\"inners\": [{\"names\": [\"a\", \"b\"]}, {\"count\": \"x\"}], "
	    "\"codes\": \"\", \"nics\": [{\"ip\": \"10.0.0.1\"}, {}, "
	    "{\"ip\": \"10.0.0.2\"}], \"state\": {\"name\": \"sideways\"}, "
	    "\"mem\": \"1536\", \"type\": \"big\", \"alias\": \"al\", "
	    "\"tagSet\": [{\"key\": \"Name\", \"value\": \"thing one\"}, "
	    "{\"key\": \"empty\", \"value\": \"\"}], \"netId\": \"n-1\", "
	    "\"netName\": \"second\"}");
	CHECK_INT(table_node(t, &t_thing, item, &l1, &thing), 0);
	json_object_put(item);
	/* a node the caller makes itself, per region: only r1's is linked */
	rn.kind = &k_type;
	rn.id = "big";
	rn.region = "r1";
	graph_node_begin(g, &rn, &ty1);
	graph_node_end(g);
	graph_edge(g, &r1, &ty1, EDGE_DEFAULT);
	table_index(t, &k_type, "r1", "big", 0, &ty1);
	rn.region = "r2";
	graph_node_begin(g, &rn, &ty2);
	graph_node_end(g);
	graph_edge(g, &r2, &ty2, EDGE_DEFAULT);
	table_index(t, &k_type, "r2", "big", 0, &ty2);
	item = json_tokener_parse("{\"id\": \"n-1\", \"tagSet\": \"\"}");
	CHECK_INT(table_node(t, &t_net, item, &l1, &net1), 0);
	json_object_put(item);
	item = json_tokener_parse("{\"id\": \"n-2\", \"tagSet\": [{\"key\": "
	    "\"Name\", \"value\": \"second\"}]}");
	CHECK_INT(table_node(t, &t_net, item, &l2, &net2), 0);
	json_object_put(item);
	item = json_tokener_parse("{\"tagSet\": []}");
	CHECK_INT(table_node(t, &t_net, item, &l2, &found), -1);
	json_object_put(item);
	CHECK(strstr(buf_str(&reports), "t_net: an item without an id") != NULL);
	CHECK(table_find(t, &k_net, NULL, "n-2", 0, &found) &&
	    memcmp(&found, &net2, sizeof(found)) == 0);
	CHECK(table_find(t, &k_net, NULL, "second", 1, &found) &&
	    memcmp(&found, &net2, sizeof(found)) == 0);
	CHECK(!table_find(t, &k_net, NULL, "n-3", 0, &found));
	table_link(t);
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);

	r = reported(s.all.data, &thing);
	CHECK(r != NULL);
	CHECK_STR(rstr(r, "name"), "\"thing one\"");
	CHECK_STR(rstr(r, "tags"), "{\"Name\":\"thing one\",\"empty\":\"\"}");
	CHECK_STR(rstr(r, "ctime"), "\"2023-01-10T08:00:00Z\"");
	CHECK_STR(rstr(r, "born"), "\"2023-01-10T08:00:00Z\"");
	CHECK_STR(rstr(r, "instance_status"), "\"unknown\"");	/* MapEnum default */
	CHECK_STR(rstr(r, "instance_memory"), "1.5");
	CHECK_STR(rstr(r, "instance_cores"), "0.0");		/* the default */
	CHECK_STR(rstr(r, "instance_type"), "\"big\"");
	CHECK_STR(rstr(r, "size"), "42");
	CHECK_STR(rstr(r, "ratio"), "0.5");
	CHECK_STR(rstr(r, "on"), "true");
	CHECK_STR(rstr(r, "inner"), "{\"count\":3,\"names\":[]}");
	/* a bad value is left out (and reported), the object stays */
	CHECK_STR(rstr(r, "inners"),
	    "[{\"names\":[\"a\",\"b\"]},{\"names\":[]}]");
	CHECK(strstr(buf_str(&reports), "t_thing t-1: property count: \"x\" is "
	    "not an integer") != NULL);
	CHECK_STR(rstr(r, "codes"), "[]");			/* empty element */
	CHECK_STR(rstr(r, "ips"), "[\"10.0.0.1\",\"10.0.0.2\"]");
	CHECK_STR(rstr(r, "family"), "\"ipv4\"");
	CHECK_STR(rstr(r, "alias"), "\"al\"");
	json_object_put(r);
	r = reported(s.all.data, &net1);
	CHECK_STR(rstr(r, "name"), "\"n-1\"");			/* the id */
	CHECK_STR(rstr(r, "tags"), "{}");
	json_object_put(r);

	/* region -> node */
	CHECK(has_edge(s.all.data, &r1, &thing, 0));
	CHECK(has_edge(s.all.data, &r2, &net2, 0));
	/* dependant_node(reverse, delete_same_as_default) on n-1 */
	CHECK(has_edge(s.all.data, &net1, &thing, 0));
	CHECK(has_edge(s.all.data, &net1, &thing, 1));
	/* dependant_node by name: thing -> n-2 and n-2 -delete-> thing */
	CHECK(has_edge(s.all.data, &thing, &net2, 0));
	CHECK(has_edge(s.all.data, &net2, &thing, 1));
	/* add_edge reverse in the item's region: type -> thing */
	CHECK(has_edge(s.all.data, &ty1, &thing, 0));
	CHECK(!has_edge(s.all.data, &ty2, &thing, 0));
	CHECK_INT(t_count(s.all.data, "\"edge_type\": \"delete\""), 2);
	table_free(t);
	graph_free(g);
	buf_free(&s.all);
}

/* An EC2 volume item as chttp_xml_items gives it, through aws/ec2.c */
static void
test_aws_volume(void)
{
	struct sink s = { BUF_INIT };
	struct graph *g = graph_new(MERGE_ACCOUNT, sink_out, &s);
	const struct tkind *tk = table_lookup(aws_tables, "aws_ec2_volume");
	struct table *t;
	struct gnode a = { .kind = &kind_account, .id = "123456789012",
	    .cloud = "aws" };
	struct nodeid acc, id;
	struct tloc loc = { "aws", "123456789012", "us-east-1", &acc };
	json_object *item, *r;
	size_t nodes, edges;
	char err[256];

	graph_root_cloud(g, "aws", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	CHECK(tk != NULL);
	CHECK(table_lookup(aws_tables, "aws_vpc") != NULL);
	CHECK(table_lookup(aws_tables, "aws_region") == NULL);
	t = table_new(g, report, NULL);
	item = json_tokener_parse("{\"volumeId\": \"vol-1\", \"size\": \"8\", "
	    "\"snapshotId\": \"\", \"availabilityZone\": \"us-east-1a\", "
	    "\"status\": \"in-use\", \"createTime\": \"2023-01-10T08:00:00.000Z\", "
	    "\"attachmentSet\": [{\"volumeId\": \"vol-1\", \"instanceId\": "
	    "\"i-1\", \"device\": \"/dev/xvda\", \"status\": \"attached\", "
	    "\"attachTime\": \"2023-01-10T08:00:00.000Z\", "
	    "\"deleteOnTermination\": \"true\"}], \"volumeType\": \"gp3\", "
	    "\"iops\": \"3000\", \"encrypted\": \"false\", \"throughput\": \"125\", "
	    "\"multiAttachEnabled\": \"false\", \"tagSet\": [{\"key\": \"Name\", "
	    "\"value\": \"root\"}]}");
	CHECK_INT(table_node(t, tk, item, &loc, &id), 0);
	json_object_put(item);
	table_link(t);		/* i-1 and gp3 are not there: no edges */
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);
	CHECK_INT(edges, 3);
	r = reported(s.all.data, &id);
	CHECK_STR(rstr(r, "name"), "\"root\"");
	CHECK_STR(rstr(r, "volume_size"), "8");
	CHECK_STR(rstr(r, "volume_status"), "\"in-use\"");
	CHECK_STR(rstr(r, "volume_type"), "\"gp3\"");
	CHECK_STR(rstr(r, "volume_iops"), "3000");
	CHECK_STR(rstr(r, "volume_encrypted"), "false");
	CHECK_STR(rstr(r, "snapshot_before_delete"), "false");
	CHECK_STR(rstr(r, "volume_attachments"), "[{\"attach_time\":"
	    "\"2023-01-10T08:00:00Z\",\"device\":\"/dev/xvda\",\"instance_id\":"
	    "\"i-1\",\"state\":\"attached\",\"volume_id\":\"vol-1\","
	    "\"delete_on_termination\":true}]");
	CHECK_STR(rstr(r, "volume_snapshot_id"), "\"\"");
	CHECK_STR(rstr(r, "kind"), "\"aws_ec2_volume\"");
	json_object_put(r);
	table_free(t);
	graph_free(g);
	buf_free(&s.all);
}

/* S3 addressing as the SDKs do it: virtual-hosted, path-style when the
 * endpoint is an IP address or has a port, or the name is no DNS label */
static void
test_s3_url(void)
{
	json_object *env = json_object_new_object(), *cfg =
	    json_object_new_object();
	struct aws_ep ep = { env, cfg, NULL };
	char *u;

	u = aws_s3_url(&ep, "eu-central-1", "data-1", NULL, "tagging");
	CHECK_STR(u, "https://data-1.s3.eu-central-1.amazonaws.com/?tagging");
	free(u);
	u = aws_s3_url(&ep, "us-east-1", NULL, NULL, NULL);
	CHECK_STR(u, "https://s3.us-east-1.amazonaws.com/");
	free(u);
	u = aws_s3_url(&ep, "us-east-1", "logs.example", NULL, "acl");
	CHECK_STR(u, "https://s3.us-east-1.amazonaws.com/logs.example?acl");
	free(u);
	json_object_object_add(env, "AWS_ENDPOINT_URL",
	    json_object_new_string("http://127.0.0.1:4566"));
	u = aws_s3_url(&ep, "us-east-1", "data-1", NULL, "versions&max-keys=1");
	CHECK_STR(u, "http://127.0.0.1:4566/data-1?versions&max-keys=1");
	free(u);
	u = aws_s3_url(&ep, "us-east-1", NULL, NULL, NULL);
	CHECK_STR(u, "http://127.0.0.1:4566/");
	free(u);
	json_object_object_add(env, "AWS_ENDPOINT_URL",
	    json_object_new_string("https://storage.example.com"));
	u = aws_s3_url(&ep, "us-east-1", "data-1", "a/b", NULL);
	CHECK_STR(u, "https://data-1.storage.example.com/a/b");
	free(u);
	json_object_object_add(env, "AWS_ENDPOINT_URL",
	    json_object_new_string("http://localhost:9000/"));
	u = aws_s3_url(&ep, "us-east-1", "data-1", NULL, "location");
	CHECK_STR(u, "http://localhost:9000/data-1?location");
	free(u);
	json_object_put(env);
	json_object_put(cfg);
}

/* "a[0].b" paths, links by ARN, a boolean out of a value mapping */
static const struct kprop p_lb[] = {
	P("ip", "string", PT_STRING, NULL, "zones[0].addrs[0].ip", NULL),
	P("on", "boolean", PT_BOOL, NULL, NULL, NULL),
};
static const struct kind k_lb = { "t_lb", "t.Lb", KIND_BASES(&kind_resource),
	KIND_PROPS(p_lb), NULL, NULL, NULL, 0 };
static const struct kind k_tg = { "t_tg", "t.Tg", KIND_BASES(&kind_resource),
	NULL, 0, NULL, NULL, NULL, 0 };
static const struct tenum on_map[] = { { "Enabled", "true" }, { NULL, "false" } };
static const struct tmap m_lb[] = { TM("id", "name"), TM("arn", "arn"),
	{ "on", "status|=Disabled", on_map, TC_NONE }, TM_END };
static const struct tmap m_tg[] = { TM("id", "name"), TM_END };
static const struct tedge e_tg[] = { { "lbs", &k_lb,
	TE_REVERSE | TE_DEPENDANT | TE_BY_ARN }, { NULL, NULL, 0 } };
static const struct tkind tk_lb = { .kind = &k_lb, .map = m_lb,
	.flags = TK_ARN };
static const struct tkind tk_tg = { .kind = &k_tg, .map = m_tg, .edges = e_tg };

static void
test_arn_first(void)
{
	struct sink s = { BUF_INIT };
	struct graph *g = graph_new(MERGE_ACCOUNT, sink_out, &s);
	struct gnode a = { .kind = &kind_account, .id = "1", .cloud = "t" };
	struct nodeid acc, lb, lb2, tg;
	struct tloc loc = { "t", "1", "r", &acc };
	struct table *t;
	json_object *item, *r;
	size_t nodes, edges;
	char err[256];

	graph_root_cloud(g, "t", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	t = table_new(g, report, NULL);
	item = json_tokener_parse("{\"name\": \"lb\", \"arn\": \"arn:lb\", "
	    "\"status\": \"Enabled\", \"zones\": [{\"addrs\": [{\"ip\": "
	    "\"1.2.3.4\"}, {\"ip\": \"5.6.7.8\"}]}, {\"addrs\": []}]}");
	CHECK_INT(table_node(t, &tk_lb, item, &loc, &lb), 0);
	json_object_put(item);
	item = json_tokener_parse("{\"name\": \"lb2\", \"zones\": "
	    "[{\"addrs\": \"\"}]}");
	CHECK_INT(table_node(t, &tk_lb, item, &loc, &lb2), 0);
	json_object_put(item);
	item = json_tokener_parse("{\"name\": \"tg\", \"lbs\": [\"arn:lb\", "
	    "\"arn:none\"]}");
	CHECK_INT(table_node(t, &tk_tg, item, &loc, &tg), 0);
	json_object_put(item);
	table_link(t);
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);
	r = reported(s.all.data, &lb);
	CHECK_STR(rstr(r, "ip"), "\"1.2.3.4\"");
	CHECK_STR(rstr(r, "on"), "true");
	json_object_put(r);
	r = reported(s.all.data, &lb2);
	CHECK(rstr(r, "ip") == NULL);		/* no first address */
	CHECK_STR(rstr(r, "on"), "false");	/* the constant's mapping */
	json_object_put(r);
	CHECK(has_edge(s.all.data, &lb, &tg, 0));	/* found by its ARN */
	CHECK(has_edge(s.all.data, &tg, &lb, 1));
	CHECK(!has_edge(s.all.data, &lb2, &tg, 0));
	table_free(t);
	graph_free(g);
	buf_free(&s.all);
}

/* GCP items: labels as tags (an object), TC_PRESENT, a zone in the
 * identity tuple, edges by selfLink (TE_BY_ALT), a cleaned node. */
static void
test_gcp_disk(void)
{
	struct sink s = { BUF_INIT };
	struct graph *g = graph_new(MERGE_ACCOUNT, sink_out, &s);
	const struct tkind *dk = table_lookup(gcp_tables, "gcp_disk");
	const struct tkind *ik = table_lookup(gcp_tables, "gcp_instance");
	struct gnode a = { .kind = &kind_gcp_project, .id = "p1",
	    .cloud = "gcp" };
	struct tloc loc = { "gcp", "p1", "us-east1", NULL };
	struct tat at = { "us-east1-b", 1, NULL };
	const char *const keys[] = { "gcp_disk", "gcp", "p1", "us-east1",
	    "us-east1-b", "d1", "d1" };
	struct nodeid acc, inst, disk, want;
	struct table *t;
	json_object *item, *r;
	const char *link = "https://www.googleapis.com/compute/v1/projects/p1/"
	    "zones/us-east1-b/instances/i1";
	struct buf tmp = BUF_INIT;
	char err[256];
	size_t nodes, edges;

	graph_root_cloud(g, "gcp", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	loc.region_id = &acc;
	CHECK(dk != NULL && ik != NULL);
	t = table_new(g, report, NULL);
	item = json_tokener_parse("{\"name\": \"i1\", \"status\": "
	    "\"TERMINATED\", \"labels\": {\"env\": \"test\"}}");
	json_object_object_add(item, "selfLink", json_object_new_string(link));
	CHECK_INT(table_node_at(t, ik, item, &loc, &at, &inst), 0);
	table_index(t, ik->kind, NULL, link, TABLE_BY_ALT, &inst);
	json_object_put(item);
	at.cleaned = 0;
	item = json_tokener_parse("{\"name\": \"d1\", \"sizeGb\": \"10\", "
	    "\"status\": \"READY\", \"diskEncryptionKey\": {\"sha256\": "
	    "\"x\"}, \"labels\": {\"a\": \"1\", \"b\": \"2\"}}");
	json_object_object_add(item, "users", json_tokener_parse("[]"));
	json_object_array_add(json_object_object_get(item, "users"),
	    json_object_new_string(link));
	CHECK_INT(table_node_at(t, dk, item, &loc, &at, &disk), 0);
	json_object_put(item);
	nodeid_tuple(&want, keys, 7, &tmp);
	buf_free(&tmp);
	CHECK(memcmp(&want, &disk, sizeof(want)) == 0);	/* zone in the id */
	table_link(t);
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);
	r = reported(s.all.data, &disk);
	CHECK_STR(rstr(r, "tags"), "{\"a\":\"1\",\"b\":\"2\"}");
	CHECK_STR(rstr(r, "volume_encrypted"), "true");
	CHECK_STR(rstr(r, "volume_size"), "10");
	CHECK_STR(rstr(r, "volume_status"), "\"in-use\"");
	CHECK_STR(rstr(r, "deprecation_status"), "{}");
	CHECK(rstr(r, "volume_type") == NULL);	/* no "type": None */
	json_object_put(r);
	/* without a machine type: the base's defaults ("p|") */
	r = reported(s.all.data, &inst);
	CHECK_STR(rstr(r, "instance_cores"), "0.0");
	CHECK_STR(rstr(r, "instance_memory"), "0.0");
	CHECK_STR(rstr(r, "instance_type"), "\"\"");
	json_object_put(r);
	/* users: the instance's default edge to the disk, a delete edge back */
	CHECK(has_edge(s.all.data, &inst, &disk, 0));
	CHECK(has_edge(s.all.data, &disk, &inst, 1));
	CHECK(strstr(s.all.data, "\"kind\": \"gcp_instance\"}, \"metadata\": "
	    "{\"python_type\": \"resoto_plugin_gcp.resources.compute.GcpInstance\", "
	    "\"cleaned\": true") != NULL);
	CHECK(strstr(s.all.data, "GcpDisk\", \"cleaned\": false") != NULL);
	table_free(t);
	graph_free(g);
	buf_free(&s.all);
}

/* times in seconds since the epoch (Slack's): TC_EPOCH, TC_EPOCH_NOW
 * (absent: the export time), ctime included; a bad one reported */
static const struct tmap m_epoch[] = {
	TM("id", "id"),
	{ "ctime", "created", NULL, TC_EPOCH_NOW },
	{ "mtime", "updated", NULL, TC_EPOCH_NOW },
	{ "atime", "seen", NULL, TC_EPOCH },
	TM_END
};
static const struct tkind t_epoch = { .kind = &k_type, .map = m_epoch };

static void
test_epoch(void)
{
	struct sink s = { BUF_INIT };
	struct graph *g = graph_new(MERGE_ACCOUNT, sink_out, &s);
	struct table *t = table_new(g, report, NULL);
	struct gnode a = { .kind = &kind_account, .id = "a", .cloud = "c" };
	struct nodeid acc, id1, id2;
	struct tloc loc = { "c", "a", NULL, &acc };
	json_object *i1, *i2, *r;
	char err[256];
	size_t n, e;

	graph_set_time(g, 1700000000);
	graph_root_cloud(g, "c", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	i1 = json_tokener_parse("{\"id\": \"x1\", \"created\": 1600000000, "
	    "\"updated\": 1690891200.5, \"seen\": \"1600000001\"}");
	i2 = json_tokener_parse("{\"id\": \"x2\", \"seen\": \"soon\"}");
	buf_reset(&reports);
	CHECK(table_node(t, &t_epoch, i1, &loc, &id1) == 0);
	CHECK(table_node(t, &t_epoch, i2, &loc, &id2) == 0);
	CHECK(graph_finish(g, &n, &e, err, sizeof(err)) == 0);
	r = reported(s.all.data, &id1);
	CHECK_STR(rstr(r, "ctime"), "\"2020-09-13T12:26:40Z\"");
	CHECK_STR(rstr(r, "mtime"), "\"2023-08-01T12:00:00Z\"");
	CHECK_STR(rstr(r, "atime"), "\"2020-09-13T12:26:41Z\"");
	json_object_put(r);
	r = reported(s.all.data, &id2);
	CHECK_STR(rstr(r, "ctime"), "\"2023-11-14T22:13:20Z\"");
	CHECK_STR(rstr(r, "mtime"), "\"2023-11-14T22:13:20Z\"");
	CHECK(rstr(r, "atime") == NULL);
	json_object_put(r);
	CHECK(strstr(buf_str(&reports), "t_type x2: property atime: \"soon\" "
	    "is not a time in seconds since the epoch") != NULL);
	json_object_put(i1);
	json_object_put(i2);
	table_free(t);
	graph_free(g);
	buf_free(&s.all);
}

int
main(void)
{
	test_engine();
	test_aws_volume();
	test_s3_url();
	test_arn_first();
	test_gcp_disk();
	test_epoch();
	buf_free(&reports);
	return t_done();
}

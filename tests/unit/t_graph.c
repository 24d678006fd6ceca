/* Unit tests of the graph emitter (src/collector/graph.c): node and edge
 * lines, emission order, dedup, chunking into whole-line frames, and the
 * checks before DONE (dangling edge, replace node, cycles). Ids were
 * computed with Python (blake2b of the tuple repr). */
#include "t.h"
#include "collector/graph.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "protocol/frame.h"

#include <stdlib.h>

struct sink {
	struct buf	all;
	int		frames;
	int		bad;	/* a chunk not made of whole lines, or too big */
	int		fail;	/* make the output fail */
};

static int
sink_out(void *arg, const char *data, size_t len)
{
	struct sink *s = arg;

	if (s->fail)
		return -1;
	if (len == 0 || len > FRAME_MAX_PAYLOAD || data[len - 1] != '\n')
		s->bad++;
	s->frames++;
	buf_add(&s->all, data, len);
	return 0;
}

#define T0 1690891200	/* 2023-08-01T12:00:00Z */

/* root, cloud demo, account acc1, region r1, volume v1 (collectors.md 1.10) */
static struct graph *
demo(struct sink *s, enum merge_kind mk, struct nodeid *acc, struct nodeid *reg,
    struct nodeid *vol)
{
	static const struct gtag tags[] = { { "owner", "ops" }, { "none", NULL } };
	struct graph *g = graph_new(mk, sink_out, s);
	struct gnode a = { .kind = &kind_account, .id = "acc1", .cloud = "demo" };
	struct gnode r = { .kind = &kind_region, .id = "r1", .name = "Region One",
	    .cloud = "demo", .account = "acc1" };
	struct gnode v = { .kind = &kind_volume, .id = "v1", .cloud = "demo",
	    .account = "acc1", .region = "r1", .tags = tags, .ntags = 2 };
	struct buf *b;

	graph_set_time(g, T0);
	graph_root_cloud(g, "demo", NULL);
	graph_node_begin(g, &a, acc);
	graph_node_end(g);
	graph_node_begin(g, &r, reg);
	graph_node_end(g);
	b = graph_node_begin(g, &v, vol);
	jw_key(b, "volume_size");
	jw_int(b, 20);
	graph_node_end(g);
	/* edges added out of order: output is grouped by source */
	graph_edge(g, reg, vol, EDGE_DEFAULT);
	graph_edge(g, acc, reg, EDGE_DEFAULT);
	graph_edge(g, graph_cloud_id(g), acc, EDGE_DEFAULT);
	return g;
}

static void
test_demo(void)
{
	struct sink s = { BUF_INIT, 0, 0, 0 };
	struct nodeid acc, reg, vol;
	struct graph *g = demo(&s, MERGE_ACCOUNT, &acc, &reg, &vol);
	size_t nodes = 0, edges = 0;
	char err[256];

	graph_edge(g, &reg, &vol, EDGE_DEFAULT);	/* twice: ignored */
	graph_edge(g, &vol, &reg, EDGE_DELETE);		/* delete only */
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);
	CHECK_INT(nodes, 5);
	CHECK_INT(edges, 5);
	CHECK_INT(s.bad, 0);
	CHECK_STR(buf_str(&s.all),
	    "{\"id\": \"TXM91rR24mG18DeK7ljCTQ\", \"reported\": {\"id\": \"root\", \"tags\": {}, \"name\": \"root\", \"kind\": \"graph_root\"}, \"metadata\": {\"python_type\": \"resotolib.baseresources.GraphRoot\", \"cleaned\": false, \"phantom\": true, \"protected\": false}, \"usage\": {}}\n"
	    "{\"id\": \"NX4Uc6_KzohdDWbYCVOCfQ\", \"reported\": {\"id\": \"demo\", \"tags\": {}, \"name\": \"demo\", \"kind\": \"cloud\"}, \"metadata\": {\"python_type\": \"resotolib.baseresources.Cloud\", \"cleaned\": false, \"phantom\": false, \"protected\": false}, \"usage\": {}}\n"
	    "{\"id\": \"IdmJhlegFz0Gf65nJCQ-mQ\", \"reported\": {\"id\": \"acc1\", \"tags\": {}, \"name\": \"acc1\", \"kind\": \"account\"}, \"metadata\": {\"python_type\": \"resotolib.baseresources.BaseAccount\", \"cleaned\": false, \"phantom\": false, \"protected\": false, \"replace\": true, \"exported_at\": \"2023-08-01T12:00:00Z\"}, \"usage\": {}}\n"
	    "{\"id\": \"PpNpu3BJuSWJPTErvY8mwg\", \"reported\": {\"id\": \"r1\", \"tags\": {}, \"name\": \"Region One\", \"kind\": \"region\"}, \"metadata\": {\"python_type\": \"resotolib.baseresources.BaseRegion\", \"cleaned\": false, \"phantom\": false, \"protected\": false}, \"usage\": {}}\n"
	    "{\"id\": \"2X1nm61einxtRx1QJvm02w\", \"reported\": {\"id\": \"v1\", \"tags\": {\"owner\": \"ops\"}, \"name\": \"v1\", \"volume_size\": 20, \"kind\": \"volume\"}, \"metadata\": {\"python_type\": \"resotolib.baseresources.BaseVolume\", \"cleaned\": false, \"phantom\": false, \"protected\": false}, \"usage\": {}}\n"
	    "{\"from\": \"TXM91rR24mG18DeK7ljCTQ\", \"to\": \"NX4Uc6_KzohdDWbYCVOCfQ\"}\n"
	    "{\"from\": \"NX4Uc6_KzohdDWbYCVOCfQ\", \"to\": \"IdmJhlegFz0Gf65nJCQ-mQ\"}\n"
	    "{\"from\": \"IdmJhlegFz0Gf65nJCQ-mQ\", \"to\": \"PpNpu3BJuSWJPTErvY8mwg\"}\n"
	    "{\"from\": \"PpNpu3BJuSWJPTErvY8mwg\", \"to\": \"2X1nm61einxtRx1QJvm02w\"}\n"
	    "{\"from\": \"2X1nm61einxtRx1QJvm02w\", \"to\": \"PpNpu3BJuSWJPTErvY8mwg\", \"edge_type\": \"delete\"}\n");
	graph_free(g);
	buf_free(&s.all);
}

static void
test_order_and_deferred(void)
{
	struct sink s = { BUF_INIT, 0, 0, 0 };
	struct nodeid acc, reg, vol;
	struct graph *g = demo(&s, MERGE_CLOUD, &acc, &reg, &vol);
	struct gsel from = { &vol, NULL }, to = { NULL, "is(volume)" };
	size_t nodes, edges;
	char err[256];
	const char *d, *e;

	/* delete added before default on one pair: delete line first */
	graph_edge(g, &acc, &vol, EDGE_DELETE);
	graph_edge(g, &acc, &vol, EDGE_DEFAULT);
	graph_deferred(g, &from, &to, EDGE_DELETE);
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);
	CHECK_INT(edges, 6);
	/* cloud mode: the cloud carries replace, the account exported_at */
	CHECK_INT(t_count(s.all.data, "\"replace\": true"), 1);
	CHECK(strstr(s.all.data, "\"name\": \"demo\", \"kind\": \"cloud\"}, "
	    "\"metadata\": {\"python_type\": \"resotolib.baseresources.Cloud\", "
	    "\"cleaned\": false, \"phantom\": false, \"protected\": false, "
	    "\"replace\": true}") != NULL);
	d = strstr(s.all.data, "{\"from\": \"IdmJhlegFz0Gf65nJCQ-mQ\", \"to\": "
	    "\"2X1nm61einxtRx1QJvm02w\", \"edge_type\": \"delete\"}\n"
	    "{\"from\": \"IdmJhlegFz0Gf65nJCQ-mQ\", \"to\": "
	    "\"2X1nm61einxtRx1QJvm02w\"}\n");
	e = strstr(s.all.data, "\"to\": \"PpNpu3BJuSWJPTErvY8mwg\"}\n");
	CHECK(d != NULL && e != NULL && e < d);	/* acc -> r1 came first */
	CHECK(strstr(s.all.data, "\n{\"from_selector\": {\"node_id\": "
	    "\"2X1nm61einxtRx1QJvm02w\"}, \"to_selector\": {\"search_criteria\": "
	    "\"is(volume)\"}, \"edge_type\": \"delete\"}\n") != NULL);
	CHECK(s.all.len > 0 && strstr(s.all.data, "from_selector") >
	    strstr(s.all.data, "edge_type\": \"delete\"}\n{\"from\""));
	graph_free(g);
	buf_free(&s.all);
}

/* A broken graph: finish fails with a reason and writes no edge. */
static void
refused(struct graph *g, struct sink *s, const char *why)
{
	size_t nodes, edges;
	char err[256] = "";

	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), -1);
	if (strstr(err, why) == NULL)
		fprintf(stderr, "error \"%s\" does not say \"%s\"\n", err, why);
	CHECK(strstr(err, why) != NULL);
	CHECK(strstr(buf_str(&s->all), "\"from\"") == NULL);
	graph_free(g);
	buf_free(&s->all);
}

static void
test_checks(void)
{
	struct sink s = { BUF_INIT, 0, 0, 0 };
	struct nodeid acc, reg, vol, ghost = { { 1, 2, 3 } };
	struct gnode a2 = { .kind = &kind_account, .id = "acc2",
	    .cloud = "demo" };
	struct graph *g;

	g = demo(&s, MERGE_ACCOUNT, &acc, &reg, &vol);
	graph_edge(g, &vol, &ghost, EDGE_DEFAULT);
	refused(g, &s, "AQIDAAAAAAAAAAAAAAAAAA was never added");

	g = demo(&s, MERGE_ACCOUNT, &acc, &reg, &vol);
	graph_edge(g, &vol, &acc, EDGE_DEFAULT);	/* acc->r1->v1->acc */
	refused(g, &s, "the default edges have a cycle");

	g = demo(&s, MERGE_ACCOUNT, &acc, &reg, &vol);
	graph_edge(g, &vol, &reg, EDGE_DELETE);
	graph_edge(g, &reg, &vol, EDGE_DELETE);
	refused(g, &s, "the delete edges have a cycle");

	g = demo(&s, MERGE_ACCOUNT, &acc, &reg, &vol);
	graph_node_begin(g, &a2, &acc);
	graph_node_end(g);
	refused(g, &s, "exactly one account node (the replace node), the "
	    "graph has 2");

	g = graph_new(MERGE_ACCOUNT, sink_out, &s);	/* no account at all */
	graph_root_cloud(g, "demo", NULL);
	refused(g, &s, "the graph has 0");

	/* a default edge one way and a delete edge back is no cycle */
	g = demo(&s, MERGE_ACCOUNT, &acc, &reg, &vol);
	graph_edge(g, &vol, &reg, EDGE_DELETE);
	{
		size_t n, e;
		char err[256];

		CHECK_INT(graph_finish(g, &n, &e, err, sizeof(err)), 0);
	}
	graph_free(g);
	buf_free(&s.all);
}

static void
test_chunks(void)
{
	struct sink s = { BUF_INIT, 0, 0, 0 };
	struct graph *g = graph_new(MERGE_CLOUD, sink_out, &s);
	struct gnode n = { .kind = &kind_volume, .cloud = "demo" };
	struct nodeid id, prev, root;
	char name[64], *big;
	size_t i, nodes, edges;
	struct buf *b;
	char err[256];

	graph_root_cloud(g, "demo", &root);
	prev = root;
	for (i = 0; i < 20000; i++) {
		snprintf(name, sizeof(name), "vol-%zu", i);
		n.id = name;
		b = graph_node_begin(g, &n, &id);
		jw_key(b, "volume_type");
		jw_str(b, "a fairly long volume type to make the lines longer");
		graph_node_end(g);
		graph_edge(g, &prev, &id, EDGE_DEFAULT);
		prev = id;
	}
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);
	CHECK_INT(nodes, 20002);
	CHECK_INT(edges, 20001);
	CHECK(s.frames > 20);
	CHECK_INT(s.bad, 0);
	CHECK_INT(t_count(s.all.data, "\n"), 40003);
	graph_free(g);
	buf_free(&s.all);

	/* one line over the frame maximum cannot be sent */
	memset(&s, 0, sizeof(s));
	g = graph_new(MERGE_CLOUD, sink_out, &s);
	graph_root_cloud(g, "demo", NULL);
	big = malloc(FRAME_MAX_PAYLOAD + 10);
	memset(big, 'x', FRAME_MAX_PAYLOAD + 9);
	big[FRAME_MAX_PAYLOAD + 9] = '\0';
	n.id = big;
	graph_node_begin(g, &n, &id);
	graph_node_end(g);
	free(big);
	refused(g, &s, "exceeds the frame maximum");

	/* the receiver goes away */
	memset(&s, 0, sizeof(s));
	s.fail = 1;
	g = graph_new(MERGE_CLOUD, sink_out, &s);
	graph_root_cloud(g, "demo", NULL);
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), -1);
	CHECK(graph_io_failed(g));
	graph_free(g);
	buf_free(&s.all);
}

/* Repeats of a pair, spread among other edges of the same source and of
 * other sources, are folded into its first: one line per (from, to, type),
 * in the order of each pair's first appearance, delete first when the
 * pair's first edge was a delete. */
static void
test_repeats(void)
{
	struct sink s = { BUF_INIT, 0, 0, 0 };
	struct nodeid acc, reg, vol;
	struct graph *g = demo(&s, MERGE_ACCOUNT, &acc, &reg, &vol);
	size_t nodes, edges;
	char err[256];
	const char *e1, *e2, *e3;

	graph_edge(g, &acc, &vol, EDGE_DEFAULT);
	graph_edge(g, &reg, &vol, EDGE_DELETE);		/* default first */
	graph_edge(g, &acc, &reg, EDGE_DEFAULT);	/* repeat */
	graph_edge(g, &acc, &vol, EDGE_DELETE);
	graph_edge(g, &acc, &vol, EDGE_DEFAULT);	/* repeat */
	graph_edge(g, graph_cloud_id(g), &vol, EDGE_DELETE);	/* delete first */
	graph_edge(g, graph_cloud_id(g), &vol, EDGE_DELETE);	/* repeat */
	graph_edge(g, graph_cloud_id(g), &vol, EDGE_DEFAULT);
	nodes = edges = 0;
	CHECK_INT(graph_finish(g, &nodes, &edges, err, sizeof(err)), 0);
	/* root->cloud, cloud->acc, cloud->vol x2, acc->reg, acc->vol x2,
	 * reg->vol x2 */
	CHECK_INT(edges, 9);
	CHECK(s.all.data != NULL);
	if (s.all.data == NULL)
		return;
	CHECK_INT(t_count(s.all.data, "\"from\": \"IdmJhlegFz0Gf65nJCQ-mQ\", "
	    "\"to\": \"PpNpu3BJuSWJPTErvY8mwg\"}"), 1);
	/* acc: reg (added first, in demo) before vol, default before delete */
	e1 = strstr(s.all.data, "{\"from\": \"IdmJhlegFz0Gf65nJCQ-mQ\", "
	    "\"to\": \"PpNpu3BJuSWJPTErvY8mwg\"}\n"
	    "{\"from\": \"IdmJhlegFz0Gf65nJCQ-mQ\", \"to\": "
	    "\"2X1nm61einxtRx1QJvm02w\"}\n"
	    "{\"from\": \"IdmJhlegFz0Gf65nJCQ-mQ\", \"to\": "
	    "\"2X1nm61einxtRx1QJvm02w\", \"edge_type\": \"delete\"}\n");
	e2 = strstr(s.all.data, "{\"from\": \"PpNpu3BJuSWJPTErvY8mwg\", "
	    "\"to\": \"2X1nm61einxtRx1QJvm02w\"}\n"
	    "{\"from\": \"PpNpu3BJuSWJPTErvY8mwg\", \"to\": "
	    "\"2X1nm61einxtRx1QJvm02w\", \"edge_type\": \"delete\"}\n");
	/* cloud: acc (demo's) first, then vol, delete first */
	e3 = strstr(s.all.data, "{\"from\": \"NX4Uc6_KzohdDWbYCVOCfQ\", "
	    "\"to\": \"IdmJhlegFz0Gf65nJCQ-mQ\"}\n"
	    "{\"from\": \"NX4Uc6_KzohdDWbYCVOCfQ\", \"to\": "
	    "\"2X1nm61einxtRx1QJvm02w\", \"edge_type\": \"delete\"}\n"
	    "{\"from\": \"NX4Uc6_KzohdDWbYCVOCfQ\", \"to\": "
	    "\"2X1nm61einxtRx1QJvm02w\"}\n");
	CHECK(e1 != NULL && e2 != NULL && e3 != NULL);
	CHECK(e3 < e1 && e1 < e2);	/* grouped by source, in node order */
	graph_free(g);
	buf_free(&s.all);
}

int
main(void)
{
	test_demo();
	test_order_and_deferred();
	test_checks();
	test_chunks();
	test_repeats();
	return t_done();
}

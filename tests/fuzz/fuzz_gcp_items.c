/*
 * fuzz_gcp_items: arbitrary bytes as a Google list answer, read as the GCP
 * collector reads a page (src/collector/gcp/collect.c): the JSON body
 * (chttp_json), the items at the table kind's path, plain or aggregated
 * by scope (gcp_page_items), each through the kind-table engine
 * (src/collector/table.c) into a graph, whose edges are then linked and
 * checked (graph_finish). The first byte picks the kind. A node line must
 * come out for every item with an id, whatever its values.
 */
#include "collector/gcp/gcp.h"
#include "collector/graph.h"
#include "collector/http/chttp.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/buf.h"
#include "common/jget.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct run {
	struct table	*t;
	const struct tkind *tk;
	struct tloc	 loc;
};

static int
out(void *arg, const char *data, size_t len)
{
	return 0;
}

static void
report(void *arg, const struct tkind *tk, const char *msg)
{
	if (msg == NULL || *msg == '\0')
		abort();		/* a report says what was wrong */
}

static void
item(json_object *it, void *arg)
{
	struct run *r = arg;
	struct tat at = { jget_str(it, "_zone"), 0, NULL };
	struct nodeid id;
	const char *link;

	if (table_node_at(r->t, r->tk, it, &r->loc, &at, &id) == 0 &&
	    (link = jget_str(it, "selfLink")) != NULL)
		table_index(r->t, r->tk->kind, NULL, link, TABLE_BY_ALT, &id);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct graph *g;
	struct gnode a = { .kind = &kind_gcp_project, .id = "fuzz-1",
	    .cloud = "gcp" };
	struct chttp_res res;
	struct nodeid acc;
	struct run r;
	struct buf err = BUF_INIT;
	json_object *page;
	size_t n = 0, nodes, edges;
	char e[256];

	if (size < 1)
		return 0;
	while (gcp_tables[n].kind)
		n++;
	memset(&r, 0, sizeof(r));
	r.tk = &gcp_tables[data[0] % n];
	g = graph_new(MERGE_ACCOUNT, out, NULL);
	graph_root_cloud_named(g, "gcp", "Gcp", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	r.t = table_new(g, report, NULL);
	r.loc.cloud = "gcp";
	r.loc.account = "fuzz-1";
	r.loc.region = "global";
	r.loc.region_id = &acc;
	memset(&res, 0, sizeof(res));
	res.service = r.tk->service;
	res.operation = r.tk->op;
	res.body = (const char *)data + 1;
	res.len = size - 1;
	if ((page = chttp_json(&res, &err)) == NULL) {
		if (err.len == 0)
			abort();	/* a failed parse says why */
	} else {
		if (gcp_page_items(page, r.tk->items, item, &r, &err) == -1 &&
		    err.len == 0)
			abort();
		json_object_put(page);
	}
	table_link(r.t);
	if (graph_finish(g, &nodes, &edges, e, sizeof(e)) == -1 && !*e)
		abort();
	table_free(r.t);
	graph_free(g);
	buf_free(&err);
	return 0;
}

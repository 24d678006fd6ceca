/*
 * fuzz_saas_items: arbitrary bytes as a Slack Web API or OneLogin API
 * answer, read as the collectors read a page: the shared JSON parser
 * (chttp_json), then the items at the table kind's place (Slack's
 * "members", "usergroups", "channels", team.info's "team", OneLogin's
 * "data") through saas_node and the kind-table engine into a graph, whose
 * edges are then linked and checked (graph_finish). The first byte picks
 * the kind. Nothing may crash; a failed parse says why.
 */
#include "collector/graph.h"
#include "collector/http/chttp.h"
#include "collector/kind.h"
#include "collector/onelogin/onelogin.h"
#include "collector/saas.h"
#include "collector/slack/slack.h"
#include "collector/table.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct tkind *const tks[] = { &slack_tk_team,
	    &slack_tk_user, &slack_tk_usergroup, &slack_tk_conversation,
	    &onelogin_tk_user };
	const struct tkind *tk;
	struct graph *g;
	struct table *t;
	struct gnode a = { .kind = &kind_account, .id = "T1",
	    .cloud = "slack" };
	struct nodeid acc;
	struct tloc loc = { "slack", "T1", "members", &acc };
	struct chttp_res r;
	struct buf err = BUF_INIT;
	json_object *o, *items, *it;
	size_t i, nodes, edges;
	char e[256], *x;

	if (size < 1)
		return 0;
	tk = tks[data[0] % (sizeof(tks) / sizeof(tks[0]))];
	x = malloc(size);
	memcpy(x, data + 1, size - 1);
	x[size - 1] = '\0';
	memset(&r, 0, sizeof(r));
	r.service = "slack";
	r.operation = tk->op ? tk->op : "?";
	r.body = x;
	r.len = size - 1;
	if ((o = chttp_json(&r, &err)) == NULL) {
		if (err.len == 0)
			abort();
		goto done;
	}
	g = graph_new(MERGE_ACCOUNT, out, NULL);
	graph_root_cloud(g, "slack", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	t = table_new(g, report, NULL);
	if (tk == &slack_tk_team) {
		if (json_object_object_get_ex(o, "team", &it))
			saas_node(t, tk, it, &loc, "fuzz");
	} else if (json_object_object_get_ex(o, tk->items, &items) &&
	    json_object_is_type(items, json_type_array))
		for (i = 0; i < json_object_array_length(items); i++)
			saas_node(t, tk, json_object_array_get_idx(items, i),
			    &loc, "fuzz");
	table_link(t);
	if (graph_finish(g, &nodes, &edges, e, sizeof(e)) == -1 && !*e)
		abort();
	table_free(t);
	graph_free(g);
	json_object_put(o);
done:
	buf_free(&err);
	free(x);
	return 0;
}

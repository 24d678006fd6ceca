/*
 * fuzz_aws_items: arbitrary bytes as an AWS answer (EC2, ELB, S3, Auto
 * Scaling, CloudWatch, RDS, IAM: XML of the Query and REST protocols;
 * KMS: JSON 1.1; Lambda, EKS: REST-JSON, where the same bytes are also
 * the answer of every per-item call, merged or parsed into the item as
 * the collector does), read as the
 * AWS collector reads a page (src/collector/aws/collect.c): the items at
 * each table kind's path (chttp_xml_items) go through the kind-table
 * engine (src/collector/table.c) into a graph, whose edges are then
 * linked and checked (graph_finish). The first byte picks the kind (a
 * TK_SUB kind's items are at its parent's per-item call's path); each
 * item goes through the kind's prep (IAM's policy documents). A
 * node line must come out for every item with an id, whatever its values.
 */
#include "collector/aws/aws.h"
#include "collector/graph.h"
#include "collector/http/chttp.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAXT	64

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

static int
item(json_object *it, struct buf *err, void *arg)
{
	struct run *r = arg;
	struct nodeid id;

	if (r->tk->prep)
		r->tk->prep(it);
	table_node(r->t, r->tk, it, &r->loc, &id);
	json_object_put(it);
	return 0;
}

/* a JSON answer's items (at the table's items path) through item();
 * a REST-JSON kind's (a name wrapped, a child's with a parent) get the
 * answer as each per-item call's too */
static void
json_items(struct run *r, const char *data, size_t len)
{
	struct json_tokener *tok = json_tokener_new();
	json_object *doc, *items, *it, *parent;
	const struct tsub *sub;
	struct buf text = BUF_INIT, err = BUF_INIT;
	size_t i;

	doc = json_tokener_parse_ex(tok, data, (int)len);
	json_tokener_free(tok);
	buf_add(&text, data, len);		/* NUL-terminated */
	parent = json_tokener_parse("{\"name\": \"c\"}");
	items = doc ? chttp_json_path(doc, r->tk->items) : NULL;
	if (items && json_object_is_type(items, json_type_array))
		for (i = 0; i < json_object_array_length(items); i++) {
			it = aws_rest_item(r->tk, json_object_array_get_idx(
			    items, i), r->tk->flags & TK_CHILD ? parent : NULL);
			for (sub = r->tk->sub; (r->tk->flags & TK_JSON) &&
			    sub && sub->op; sub++) {
				buf_reset(&err);
				if (json_object_is_type(it, json_type_object) &&
				    aws_rest_answer(it, sub, buf_str(&text),
				    &err) == -1 && err.len == 0)
					abort();	/* a failure says why */
			}
			item(it, NULL, r);
		}
	json_object_put(parent);
	json_object_put(doc);
	buf_free(&text);
	buf_free(&err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct graph *g;
	struct gnode a = { .kind = &kind_aws_account, .id = "123456789012",
	    .cloud = "aws" };
	struct nodeid acc;
	struct run r;
	struct buf err = BUF_INIT;
	static const struct tkind *all[MAXT];
	static const char *paths[MAXT];
	static size_t nall;
	const struct tsub *sub;
	size_t i;
	const struct tkind *const *set, *tk;
	size_t nodes, edges;
	char e[256];

	if (size < 1)
		return 0;
	if (nall == 0) {	/* every table of every AWS service */
		for (set = aws_table_sets; *set; set++)
			for (tk = *set; tk->kind && nall < MAXT; tk++) {
				paths[nall] = tk->items;
				all[nall++] = tk;
			}
		for (set = aws_table_sets; *set; set++)
			for (tk = *set; tk->kind; tk++)
				for (sub = tk->sub; sub && sub->op; sub++)
					for (i = 0; sub->each && i < nall; i++)
						if (all[i] == sub->each)
							paths[i] = sub->items;
	}
	memset(&r, 0, sizeof(r));
	r.tk = all[data[0] % nall];
	i = data[0] % nall;
	g = graph_new(MERGE_ACCOUNT, out, NULL);
	graph_root_cloud_named(g, "aws", "AWS", NULL);
	graph_node_begin(g, &a, &acc);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &acc, EDGE_DEFAULT);
	r.t = table_new(g, report, NULL);
	r.loc.cloud = "aws";
	r.loc.account = "123456789012";
	r.loc.region = "us-east-1";
	r.loc.region_id = &acc;
	if (r.tk->target || (r.tk->flags & TK_JSON))	/* JSON answers */
		json_items(&r, (const char *)data + 1, size - 1);
	else if (chttp_xml_items((const char *)data + 1, size - 1,
	    paths[i], item, &r, NULL, NULL, &err) == -1 && err.len == 0)
		abort();		/* a failed parse says why */
	table_link(r.t);
	if (graph_finish(g, &nodes, &edges, e, sizeof(e)) == -1 && !*e)
		abort();
	table_free(r.t);
	graph_free(g);
	buf_free(&err);
	return 0;
}

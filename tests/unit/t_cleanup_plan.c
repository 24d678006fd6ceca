/*
 * t_cleanup_plan: the delete order of the cleanup job
 * (src/supervisor/cleanup_plan.c, core-protocol.md 7.2): the node table,
 * passes over the delete edges as the reference's dependent_node_iterator
 * makes them (islands interleaved pass by pass, a failed node counts as
 * done), repeated edges, and nodes on or behind a cycle skipped.
 */
#include "t.h"

#include "supervisor/cleanup_int.h"

#include <stdio.h>
#include <string.h>

/* A run with nodes named by the letters of ids, delete edges "XY" (X
 * -delete-> Y: Y goes first). */
static void
setup(struct crun *r, const char *ids, const char *const *edges)
{
	char id[2] = { 0, 0 };
	uint32_t a;
	size_t i;

	memset(r, 0, sizeof(*r));
	r->task = "t";
	a = cl_acct(r, "example", "A");
	for (i = 0; ids[i]; i++) {
		id[0] = ids[i];
		CHECK_INT(cl_node_add(r, id, a, i, 1), i);
	}
	for (; edges && *edges; edges++) {
		char f[2] = { (*edges)[0], 0 }, t[2] = { (*edges)[1], 0 };

		cl_edge_add(r, cl_node_find(r, f), cl_node_find(r, t));
	}
	cl_plan(r);
}

/* The passes as "ab|cd|e": each pass's nodes sorted. */
static void
passes(struct crun *r, char *out)
{
	char layer[64];
	uint32_t k, n;
	size_t o = 0;

	*out = '\0';
	do {
		for (n = 0; n < r->nlayer; n++)
			layer[n] = cl_node_id(r, r->layer[n])[0];
		layer[n] = '\0';
		for (k = 0; k < n; k++) {	/* sort the pass */
			uint32_t m;

			for (m = k + 1; m < n; m++)
				if (layer[m] < layer[k]) {
					char c = layer[k];

					layer[k] = layer[m];
					layer[m] = c;
				}
		}
		o += (size_t)snprintf(out + o, 128 - o, "%s%s", o ? "|" : "",
		    layer);
		for (k = 0; k < r->nlayer; k++) {
			r->n[r->layer[k]].state = CN_DELETED;
			cl_plan_done(r, r->layer[k]);
		}
		CHECK_INT(r->layer_left, 0);
	} while (cl_plan_next(r));
}

int
main(void)
{
	static const char *const example[] = { "NI", "VI", "MJ", "WJ", NULL };
	static const char *const chain[] = { "ab", "bc", "cd", NULL };
	static const char *const diamond[] = { "ab", "ac", "bd", "cd", "da",
	    NULL };
	static const char *const dag[] = { "ab", "ac", "bd", "cd", NULL };
	static const char *const twice[] = { "ab", "ab", "aa", NULL };
	static const char *const cycle[] = { "xy", "yz", "zx", "wx", "vu",
	    NULL };
	struct crun r;
	char out[128];

	/* collectors.md 2.5: instances first, then networks and volumes;
	 * the two islands in the same passes */
	setup(&r, "NIVMJWR", example);
	passes(&r, out);
	CHECK_STR(out, "IJR|MNVW");
	CHECK_INT(r.skipped, 0);
	cl_plan_free(&r);

	setup(&r, "abcd", chain);
	passes(&r, out);
	CHECK_STR(out, "d|c|b|a");
	cl_plan_free(&r);

	/* a waits for b and c, which wait for d: d, then b and c, then a */
	setup(&r, "abcd", dag);
	passes(&r, out);
	CHECK_STR(out, "d|bc|a");
	cl_plan_free(&r);

	/* a repeated edge and a self edge change nothing */
	setup(&r, "ab", twice);
	passes(&r, out);
	CHECK_STR(out, "b|a");
	cl_plan_free(&r);

	/* d -> a closes a cycle over all four: nothing to delete */
	setup(&r, "abcd", diamond);
	passes(&r, out);
	CHECK_STR(out, "");
	CHECK_INT(r.skipped, 4);
	cl_plan_free(&r);

	/* x y z form a cycle, w waits for it, u and v are free */
	setup(&r, "uvwxyz", cycle);
	passes(&r, out);
	CHECK_STR(out, "u|v");
	CHECK_INT(r.skipped, 4);
	CHECK(cl_node_find(&r, "q") == CL_NONE);
	CHECK(cl_node_add(&r, "x", 0, 0, 1) == CL_NONE);	/* twice */
	cl_plan_free(&r);
	return t_done();
}

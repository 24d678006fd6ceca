/*
 * plugin_cleanup_aws_loadbalancers: desired.clean = true on load
 * balancers and target groups older than plugin_cleanup_aws_loadbalancers.
 * min_age (and not tagged expiration=never) that serve nothing
 * (action-plugins.md 2.5): an ELB without instances (delete predecessors)
 * and backends, an ALB without target groups and backends, a target group
 * attached to no load balancer, and an ALB without backends whose target
 * groups are all of target type "instance", old enough and without
 * instances (then its target groups too). As in 3.6.5, any attached
 * instance counts, terminated or not. A node without ctime has no age and
 * is left (3.6.5 fails the whole step on it).
 */
#include "supervisor/plugins/plugin.h"
#include "supervisor/plugins/pgraph.h"

#include "common/buf.h"

#include <string.h>

static int
is(const struct pnode *n, const char *kind)
{
	return n->kind != NULL && strcmp(n->kind, kind) == 0;
}

/* delete-edge neighbours of kind: in (predecessors) or out (successors) */
static size_t
count(struct pgraph *g, size_t i, int out, const char *kind)
{
	size_t pos = 0, k = 0;
	long j;

	while ((j = pg_next(g, i, out, PG_DELETE, &pos)) != -1)
		k += kind == NULL || is(&g->n[j], kind);
	return k;
}

static int
no_backends(const struct pnode *n)
{
	return json_object_array_length(pn_get(n, "reported", "backends")) == 0;
}

static int
old(struct pgraph *g, const struct pnode *n, double min_age)
{
	double age = pn_since(g, n, "ctime");
	json_object *tags = pn_get(n, "reported", "tags"), *v;

	if (age < 0 || age < min_age)
		return 0;
	return !(json_object_object_get_ex(tags, "expiration", &v) &&
	    strcmp(json_object_get_string(v), "never") == 0);
}

/* an ALB whose target groups all serve no instance */
static void
idle_alb(struct pgraph *g, size_t i, double min_age)
{
	size_t pos = 0;
	long j;

	if (!no_backends(&g->n[i]))
		return;
	while ((j = pg_next(g, i, 0, PG_DELETE, &pos)) != -1) {
		const char *tt;

		if (!is(&g->n[j], "aws_alb_target_group"))
			continue;
		tt = pn_str(&g->n[j], "reported", "target_type");
		if (tt == NULL || strcmp(tt, "instance") != 0 ||
		    pn_since(g, &g->n[j], "ctime") < min_age ||
		    count(g, j, 0, "aws_ec2_instance") > 0)
			return;
	}
	pos = 0;
	while ((j = pg_next(g, i, 0, PG_DELETE, &pos)) != -1)
		if (is(&g->n[j], "aws_alb_target_group"))
			pn_set_clean(g, &g->n[j], 1);
	pn_set_clean(g, &g->n[i], 1);
}

static void
searched(struct prun *r, const char *err)
{
	struct pgraph *g = pgraph_of(r);
	struct buf e = BUF_INIT;
	struct pnode *n;
	double age = 0;
	size_t i;

	if (err != NULL) {
		prun_end(r, err, NULL);
		return;
	}
	prun_duration(r, "min_age", &age, &e);	/* checked in run() */
	buf_free(&e);
	for (i = 0; i < g->nn; i++) {
		n = &g->n[i];
		if (!(is(n, "aws_elb") || is(n, "aws_alb") ||
		    is(n, "aws_alb_target_group")) || !old(g, n, age))
			continue;
		if (is(n, "aws_elb")) {
			if (count(g, i, 0, "aws_ec2_instance") == 0 &&
			    no_backends(n))
				pn_set_clean(g, n, 1);
		} else if (is(n, "aws_alb_target_group")) {
			if (count(g, i, 1, NULL) == 0)
				pn_set_clean(g, n, 1);
		} else if (count(g, i, 0, "aws_alb_target_group") == 0 &&
		    no_backends(n))
			pn_set_clean(g, n, 1);
		else
			idle_alb(g, i, age);
	}
	pgraph_patch_end(r, "load balancers and target groups");
}

static void
run(struct prun *r)
{
	struct buf err = BUF_INIT;
	double v;

	if (prun_duration(r, "min_age", &v, &err) == -1)
		prun_end(r, buf_str(&err), NULL);
	else
		pgraph_search(r, "is([\"aws_elb\", \"aws_alb\", "
		    "\"aws_alb_target_group\"]) <-default,delete[0:]delete->",
		    searched);
	buf_free(&err);
}

const struct plugin_def plugin_cleanup_aws_loadbalancers = {
	"cleanup_aws_loadbalancers", "CleanupAWSLoadbalancersPlugin",
	"cleanup_plan", run
};

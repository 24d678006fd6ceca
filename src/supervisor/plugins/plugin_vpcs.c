/*
 * plugin_cleanup_aws_vpcs: after the planners, every unprotected VPC
 * flagged for cleanup in a configured account (plugin_cleanup_aws_vpcs.
 * config, cloud -> account ids, {} = all) takes what it holds along
 * (action-plugins.md 2.6): with an EC2 instance not flagged among its
 * descendants (over delete edges) the VPC is unflagged; otherwise the
 * descendants of the kinds a VPC's deletion needs gone are flagged, and
 * the others not flagged are named in the VPC's event log. As in 3.6.5,
 * any instance counts as active, whatever its status.
 */
#include "supervisor/plugins/plugin.h"
#include "supervisor/plugins/pgraph.h"

#include "common/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const targeted[] = {
	"aws_vpc_peering_connection", "aws_ec2_network_acl",
	"aws_ec2_network_interface", "aws_elb", "aws_alb",
	"aws_alb_target_group", "aws_ec2_subnet", "aws_ec2_security_group",
	"aws_ec2_internet_gateway", "aws_ec2_nat_gateway",
	"aws_ec2_route_table", "aws_vpc_endpoint", "aws_ec2_elastic_ip", NULL
};

static int
is_targeted(const char *kind)
{
	size_t i;

	for (i = 0; kind != NULL && targeted[i] != NULL; i++)
		if (strcmp(kind, targeted[i]) == 0)
			return 1;
	return 0;
}

/* the nodes reachable from v over outgoing delete edges, v excluded, in
 * breadth-first order; returns their count, *out malloc'd */
static size_t
descendants(struct pgraph *g, size_t v, size_t **out)
{
	unsigned char *seen = xcalloc(g->nn, 1);
	size_t *q = xcalloc(g->nn, sizeof(*q)), head = 0, n = 0, pos;
	long j;

	seen[v] = 1;
	q[n++] = v;
	while (head < n) {
		pos = 0;
		while ((j = pg_next(g, q[head], 1, PG_DELETE, &pos)) != -1)
			if (!seen[j]) {
				seen[j] = 1;
				q[n++] = (size_t)j;
			}
		head++;
	}
	free(seen);
	memmove(q, q + 1, (n - 1) * sizeof(*q));
	*out = q;
	return n - 1;
}

static void
vpc(struct pgraph *g, size_t v, size_t *kept, size_t *flagged)
{
	struct pnode *n = &g->n[v], *d;
	size_t *desc, nd, i;
	char dn[512], vn[512];

	nd = descendants(g, v, &desc);
	for (i = 0; i < nd; i++) {
		d = &g->n[desc[i]];
		if (d->kind != NULL && strcmp(d->kind, "aws_ec2_instance") == 0 &&
		    !d->clean) {
			pn_log(g, n, "VPC contains active EC2 instances - not "
			    "cleaning VPC.");
			pn_set_clean(g, n, 0);
			(*kept)++;
			free(desc);
			return;
		}
	}
	pn_dname(n, vn, sizeof(vn));
	for (i = 0; i < nd; i++) {
		d = &g->n[desc[i]];
		pn_dname(d, dn, sizeof(dn));
		if (is_targeted(d->kind)) {
			pn_log(g, d, "Marking for cleanup because resource is a "
			    "descendant of VPC %s which is set to be cleaned",
			    vn);
			pn_log(g, n, "Marking %s %s for cleanup because resource "
			    "is a descendant", d->kind, dn);
			pn_set_clean(g, d, 1);
			(*flagged)++;
		} else if (!d->clean)
			pn_log(g, n, "Descendant %s %s is not targeted and not "
			    "marked for cleaning - cleanup will likely fail",
			    d->kind ? d->kind : "?", dn);
	}
	free(desc);
}

static void
patched(struct prun *r, const char *err)
{
	prun_end(r, err, r->what_done);
}

static void
searched(struct prun *r, const char *err)
{
	struct pgraph *g = pgraph_of(r);
	json_object *conf = prun_conf(r, "config");
	struct pnode *n;
	size_t i, kept = 0, flagged = 0;
	char info[160];

	if (err != NULL) {
		prun_end(r, err, NULL);
		return;
	}
	for (i = 0; i < g->nn; i++) {
		n = &g->n[i];
		if (n->kind == NULL || strcmp(n->kind, "aws_vpc") != 0 ||
		    !n->clean || pn_protected(n) || !pg_accounts_match(conf, n))
			continue;
		vpc(g, i, &kept, &flagged);
	}
	snprintf(info, sizeof(info), "%zu resources in VPCs flagged for "
	    "cleanup, %zu VPCs kept (active instances)", flagged, kept);
	free(r->what_done);
	r->what_done = xstrdup(info);
	pgraph_patch(r, patched);
}

static void
run(struct prun *r)
{
	struct buf err = BUF_INIT;

	if (pg_accounts_check(prun_conf(r, "config"),
	    "plugin_cleanup_aws_vpcs.config", &err) == -1)
		prun_end(r, buf_str(&err), NULL);
	else
		pgraph_search(r, "is(aws_vpc) and /desired.clean == true and "
		    "/metadata.cleaned == false <-default,delete[0:]delete->",
		    searched);
	buf_free(&err);
}

const struct plugin_def plugin_cleanup_aws_vpcs = {
	"cleanup_aws_vpcs", "CleanupAWSVPCsPlugin", "post_cleanup_plan", run
};

/*
 * plugin_cleanup_aws_alarms: desired.clean = true on every unprotected
 * CloudWatch alarm of a configured account (plugin_cleanup_aws_alarms.
 * config, cloud -> account ids, {} = all) with an InstanceId dimension
 * whose EC2 instance is not in the answer or is terminated
 * (action-plugins.md 2.4). Deviation from 3.6.5 (which fails on the first
 * such alarm): the dimensions are read from cloudwatch_dimensions, the
 * property the alarm has (doc/architecture.md).
 */
#include "supervisor/plugins/plugin.h"
#include "supervisor/plugins/pgraph.h"

#include "common/buf.h"
#include "common/jget.h"

#include <string.h>

static int
instance_active(struct pgraph *g, const char *id)
{
	const char *st;
	size_t i;

	for (i = 0; i < g->nn; i++)
		if (g->n[i].kind != NULL &&
		    strcmp(g->n[i].kind, "aws_ec2_instance") == 0 &&
		    g->n[i].rid != NULL && strcmp(g->n[i].rid, id) == 0) {
			st = pn_str(&g->n[i], "reported", "instance_status");
			return st == NULL || strcmp(st, "terminated") != 0;
		}
	return 0;
}

/* 1: an InstanceId dimension names an instance that is gone */
static int
orphaned(struct pgraph *g, struct pnode *n)
{
	json_object *dims = pn_get(n, "reported", "cloudwatch_dimensions"), *d;
	const char *v;
	size_t i;
	int gone = 0;

	for (i = 0; i < json_object_array_length(dims); i++) {
		d = json_object_array_get_idx(dims, i);
		if ((v = jget_str(d, "name")) == NULL ||
		    strcmp(v, "InstanceId") != 0 ||
		    (v = jget_str(d, "value")) == NULL)
			continue;
		if (instance_active(g, v))
			return 0;
		gone = 1;
	}
	return gone;
}

static void
searched(struct prun *r, const char *err)
{
	struct pgraph *g = pgraph_of(r);
	json_object *conf = prun_conf(r, "config");
	struct pnode *n;
	size_t i;

	if (err != NULL) {
		prun_end(r, err, NULL);
		return;
	}
	for (i = 0; i < g->nn; i++) {
		n = &g->n[i];
		if (n->kind == NULL || strcmp(n->kind, "aws_cloudwatch_alarm") ||
		    pn_protected(n) || !pg_accounts_match(conf, n))
			continue;
		if (orphaned(g, n))
			pn_set_clean(g, n, 1);
	}
	pgraph_patch_end(r, "alarms of instances that are gone");
}

static void
run(struct prun *r)
{
	struct buf err = BUF_INIT;

	if (pg_accounts_check(prun_conf(r, "config"),
	    "plugin_cleanup_aws_alarms.config", &err) == -1)
		prun_end(r, buf_str(&err), NULL);
	else
		pgraph_search(r, "is(aws_cloudwatch_alarm) "
		    "<-default,delete[0:]delete->", searched);
	buf_free(&err);
}

const struct plugin_def plugin_cleanup_aws_alarms = {
	"cleanup_aws_alarms", "CleanupAWSAlarmsPlugin", "cleanup_plan", run
};

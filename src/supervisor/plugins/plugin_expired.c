/*
 * plugin_cleanup_expired: desired.clean = true on every node whose
 * metadata.expires (computed by the core from the resoto:expires,
 * resoto:expiration or expiration tag) is in the past, through the
 * core's CLI with the reference's command (action-plugins.md 2.1).
 */
#include "supervisor/plugins/plugin.h"

#include <stdio.h>

static void
cleaned(struct prun *r, const char *err)
{
	char info[128];

	snprintf(info, sizeof(info), "%zu expired resources flagged for "
	    "cleanup", r->nodes);
	prun_end(r, err, info);
}

static void
run(struct prun *r)
{
	prun_cli(r, "query /metadata.expires < \"@NOW@\" | "
	    "clean \"Resource is expired\"", cleaned);
}

const struct plugin_def plugin_cleanup_expired = {
	"cleanup_expired", "CleanupExpiredPlugin", "cleanup_plan", run
};

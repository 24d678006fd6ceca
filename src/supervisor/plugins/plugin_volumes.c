/*
 * plugin_cleanup_volumes: desired.clean = true on every volume that is
 * "available" and whose age, time since the last access and since the
 * last update are all known and longer than plugin_cleanup_volumes.min_age
 * (action-plugins.md 2.3). Deviation from 3.6.5 (which flags nothing):
 * the status is searched with the absolute /reported.volume_status and
 * compared as the string it is (doc/architecture.md).
 */
#include "supervisor/plugins/plugin.h"
#include "supervisor/plugins/pgraph.h"

#include "common/buf.h"

#include <string.h>

static void
searched(struct prun *r, const char *err)
{
	struct pgraph *g = pgraph_of(r);
	struct buf e = BUF_INIT;
	struct pnode *n;
	const char *st;
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
		st = pn_str(n, "reported", "volume_status");
		if (st == NULL || strcmp(st, "available") != 0 ||
		    pn_since(g, n, "ctime") <= age ||
		    pn_since(g, n, "atime") <= age ||
		    pn_since(g, n, "mtime") <= age)
			continue;
		pn_set_clean(g, n, 1);
	}
	pgraph_patch_end(r, "unused volumes");
}

static void
run(struct prun *r)
{
	struct buf err = BUF_INIT;
	double v;

	if (prun_duration(r, "min_age", &v, &err) == -1)
		prun_end(r, buf_str(&err), NULL);
	else
		pgraph_search(r, "is(volume) and /reported.volume_status == "
		    "available <-[0:]->", searched);
	buf_free(&err);
}

const struct plugin_def plugin_cleanup_volumes = {
	"cleanup_volumes", "CleanupVolumesPlugin", "cleanup_plan", run
};

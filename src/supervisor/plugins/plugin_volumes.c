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
#include "supervisor/plugins/duration.h"

#include "common/buf.h"

#include <stdio.h>
#include <string.h>

static double min_age(struct prun *r, struct buf *err)
{
	const char *s = json_object_get_string(prun_conf(r, "min_age"));
	char why[256];
	double v;

	if (duration_parse(s ? s : "", &v, why, sizeof(why)) == -1) {
		buf_printf(err, "plugin_cleanup_volumes.min_age: %s", why);
		return -1;
	}
	return v;
}

static void
patched(struct prun *r, const char *err)
{
	struct pgraph *g = pgraph_of(r);
	char info[128];
	size_t i, k = 0;

	for (i = 0; i < g->nn; i++)
		k += g->n[i].changed && g->n[i].clean;
	snprintf(info, sizeof(info), "%zu unused volumes flagged for cleanup",
	    k);
	prun_end(r, err, info);
}

static void
searched(struct prun *r, const char *err)
{
	struct pgraph *g = pgraph_of(r);
	struct buf e = BUF_INIT;
	struct pnode *n;
	const char *st;
	double age;
	size_t i;

	if (err != NULL) {
		prun_end(r, err, NULL);
		return;
	}
	age = min_age(r, &e);
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
	pgraph_patch(r, patched);
}

static void
run(struct prun *r)
{
	struct buf err = BUF_INIT;

	if (min_age(r, &err) < 0 && err.len > 0)
		prun_end(r, buf_str(&err), NULL);
	else
		pgraph_search(r, "is(volume) and /reported.volume_status == "
		    "available <-[0:]->", searched);
	buf_free(&err);
}

const struct plugin_def plugin_cleanup_volumes = {
	"cleanup_volumes", "CleanupVolumesPlugin", "cleanup_plan", run
};

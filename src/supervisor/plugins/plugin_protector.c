/*
 * plugin_protector: after every collect, metadata.protected = true on the
 * resources listed in plugin_protector.config (cloud -> account -> region
 * -> kind -> ids) through the core's "search ... | protect"
 * (action-plugins.md 2.7). The account level is not part of the filter,
 * as in the reference. A configuration that lists no resource protects
 * nothing (the reference's "search  | protect" protects every node).
 */
#include "supervisor/plugins/plugin.h"

#include "common/buf.h"

#include <stdio.h>

/* level names of the configuration, for the errors */
static const char *const levels[] = { "cloud", "account", "region", "kind" };

static int
check(json_object *v, int depth, struct buf *where, struct buf *err)
{
	size_t i;

	if (depth == 4) {
		if (!json_object_is_type(v, json_type_array)) {
			buf_printf(err, "plugin_protector.config%s: expected a "
			    "list of resource ids", buf_str(where));
			return -1;
		}
		for (i = 0; i < json_object_array_length(v); i++)
			if (!json_object_is_type(json_object_array_get_idx(v,
			    i), json_type_string)) {
				buf_printf(err, "plugin_protector.config%s[%zu]:"
				    " expected a resource id (a string)",
				    buf_str(where), i);
				return -1;
			}
		return 0;
	}
	if (!json_object_is_type(v, json_type_object)) {
		buf_printf(err, "plugin_protector.config%s: expected a map of "
		    "%s id to %s", buf_str(where), levels[depth],
		    depth == 3 ? "resource ids" : levels[depth + 1]);
		return -1;
	}
	json_object_object_foreach(v, k, sub) {
		size_t len = where->len;

		buf_printf(where, ".%s", k);
		if (check(sub, depth + 1, where, err) == -1)
			return -1;
		where->len = len;
		where->data[len] = '\0';
	}
	return 0;
}

/* (/reported.id == "RID" and /reported.kind == "KIND" and
 * /ancestors.region.reported.id == "REGION" and
 * /ancestors.cloud.reported.id == "CLOUD"), " or " before all but the first */
static void
term(struct buf *cmd, size_t n, const char *cloud, const char *region,
    const char *kind, const char *id)
{
	buf_puts(cmd, n ? " or " : "");
	buf_puts(cmd, "(/reported.id == ");
	prun_quote(cmd, id);
	buf_puts(cmd, " and /reported.kind == ");
	prun_quote(cmd, kind);
	buf_puts(cmd, " and /ancestors.region.reported.id == ");
	prun_quote(cmd, region);
	buf_puts(cmd, " and /ancestors.cloud.reported.id == ");
	prun_quote(cmd, cloud);
	buf_puts(cmd, ")");
}

static void
protected(struct prun *r, const char *err)
{
	char info[128];

	snprintf(info, sizeof(info), "%zu resources protected", r->nodes);
	prun_end(r, err, info);
}

static void
run(struct prun *r)
{
	json_object *conf = prun_conf(r, "config");
	struct buf where = BUF_INIT, err = BUF_INIT, cmd = BUF_INIT;
	size_t i, n = 0;

	buf_puts(&where, "");
	if (check(conf, 0, &where, &err) == -1) {
		prun_end(r, buf_str(&err), NULL);
		goto out;
	}
	buf_puts(&cmd, "search ");
	json_object_object_foreach(conf, cloud, accounts) {
		json_object_object_foreach(accounts, account, regions) {
			(void)account;
			json_object_object_foreach(regions, region, kinds) {
				json_object_object_foreach(kinds, kind, ids) {
					for (i = 0; i < json_object_array_length(
					    ids); i++)
						term(&cmd, n++, cloud, region,
						    kind, json_object_get_string(
						    json_object_array_get_idx(ids,
						    i)));
				}
			}
		}
	}
	buf_puts(&cmd, " | protect");
	if (n == 0)
		prun_end(r, NULL, "plugin_protector.config lists no resource: "
		    "nothing protected");
	else
		prun_cli(r, buf_str(&cmd), protected);
out:
	buf_free(&where);
	buf_free(&err);
	buf_free(&cmd);
}

const struct plugin_def plugin_protector = {
	"protector", "ProtectorPlugin", "post_collect", run
};

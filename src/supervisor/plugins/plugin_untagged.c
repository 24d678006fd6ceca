/*
 * plugin_cleanup_untagged: desired.clean = true on the resources of the
 * configured kinds that lack one of the required tags and are older than
 * their account's age (action-plugins.md 2.2), through the core's
 * "search ... | clean". The accounts are matched on
 * /ancestors.<kind>.reported.id, where the core keeps them; the
 * reference's /ancestors.cloud.id matches nothing (doc/architecture.md).
 * The configuration is checked first: a list or account of the wrong
 * shape and an age that is no duration are errors naming the key.
 */
#include "supervisor/plugins/plugin.h"
#include "supervisor/plugins/duration.h"

#include "common/buf.h"

#include <stdio.h>

static int
str_list(json_object *conf, const char *key, struct buf *err)
{
	json_object *v = json_object_object_get(conf, key);
	size_t i;

	if (!json_object_is_type(v, json_type_array) ||
	    json_object_array_length(v) == 0) {
		buf_printf(err, "plugin_cleanup_untagged.config.%s: expected a "
		    "non-empty list", key);
		return -1;
	}
	for (i = 0; i < json_object_array_length(v); i++)
		if (!json_object_is_type(json_object_array_get_idx(v, i),
		    json_type_string)) {
			buf_printf(err, "plugin_cleanup_untagged.config.%s[%zu]: "
			    "expected a string", key, i);
			return -1;
		}
	return 0;
}

static void
list(struct buf *b, json_object *a, const char *sep, int quote)
{
	size_t i;

	for (i = 0; i < json_object_array_length(a); i++) {
		buf_puts(b, i ? sep : "");
		if (quote)
			prun_quote(b, json_object_get_string(
			    json_object_array_get_idx(a, i)));
		else
			buf_puts(b, json_object_get_string(
			    json_object_array_get_idx(a, i)));
	}
}

/* the account's age: its own, the default's, 2h; checked */
static const char *
age(json_object *conf, json_object *acc, const char *where, struct buf *err)
{
	json_object *v;
	const char *s = "2h";
	char why[256];
	double secs;

	if (json_object_object_get_ex(acc, "age", &v) ||
	    (json_object_object_get_ex(conf, "default", &v) &&
	    json_object_object_get_ex(v, "age", &v))) {
		if (!json_object_is_type(v, json_type_string)) {
			buf_printf(err, "%s: the age is not a string", where);
			return NULL;
		}
		s = json_object_get_string(v);
	}
	if (duration_parse(s, &secs, why, sizeof(why)) == -1) {
		buf_printf(err, "%s: age %s", where, why);
		return NULL;
	}
	return s;
}

static void
cleaned(struct prun *r, const char *err)
{
	char info[128];

	snprintf(info, sizeof(info), "%zu untagged resources flagged for "
	    "cleanup", r->nodes);
	prun_end(r, err, info);
}

static int
build(json_object *conf, struct buf *cmd, struct buf *err)
{
	json_object *accounts, *tags;
	struct buf where = BUF_INIT;
	const char *a;
	size_t n = 0;

	if (!json_object_is_type(conf, json_type_object)) {
		buf_puts(err, "plugin_cleanup_untagged.config: expected a map");
		return -1;
	}
	if (str_list(conf, "tags", err) == -1 ||
	    str_list(conf, "kinds", err) == -1)
		return -1;
	accounts = json_object_object_get(conf, "accounts");
	if (!json_object_is_type(accounts, json_type_object) ||
	    json_object_object_length(accounts) == 0) {
		buf_puts(err, "plugin_cleanup_untagged.config.accounts: "
		    "expected a non-empty map of cloud id to accounts");
		return -1;
	}
	tags = json_object_object_get(conf, "tags");
	buf_puts(cmd, "search /metadata.protected == false and "
	    "/metadata.phantom == false and /metadata.cleaned == false and "
	    "is([");
	list(cmd, json_object_object_get(conf, "kinds"), ", ", 1);
	buf_puts(cmd, "]) and not(has_key(tags, [");
	list(cmd, tags, ", ", 1);
	buf_puts(cmd, "])) and (");
	json_object_object_foreach(accounts, cloud, accs) {
		if (!json_object_is_type(accs, json_type_object)) {
			buf_printf(err, "plugin_cleanup_untagged.config.accounts."
			    "%s: expected a map of account id to settings",
			    cloud);
			goto fail;
		}
		json_object_object_foreach(accs, id, acc) {
			buf_reset(&where);
			buf_printf(&where, "plugin_cleanup_untagged.config."
			    "accounts.%s.%s", cloud, id);
			if (!json_object_is_type(acc, json_type_object)) {
				buf_printf(err, "%s: expected a map (name, age)",
				    buf_str(&where));
				goto fail;
			}
			if ((a = age(conf, acc, buf_str(&where), err)) == NULL)
				goto fail;
			buf_puts(cmd, n++ ? " or " : "");
			buf_puts(cmd, "(/ancestors.cloud.reported.id == ");
			prun_quote(cmd, cloud);
			buf_puts(cmd, " and /ancestors.account.reported.id == ");
			prun_quote(cmd, id);
			buf_printf(cmd, " and age > %s)", a);
		}
	}
	if (n == 0) {
		buf_puts(err, "plugin_cleanup_untagged.config.accounts: no "
		    "account listed");
		goto fail;
	}
	buf_puts(cmd, ") | clean \"Missing one or more of required tags ");
	list(cmd, tags, ", ", 0);
	buf_puts(cmd, " and age more than threshold\"");
	buf_free(&where);
	return 0;
fail:
	buf_free(&where);
	return -1;
}

static void
run(struct prun *r)
{
	struct buf cmd = BUF_INIT, err = BUF_INIT;

	if (build(prun_conf(r, "config"), &cmd, &err) == -1)
		prun_end(r, buf_str(&err), NULL);
	else
		prun_cli(r, buf_str(&cmd), cleaned);
	buf_free(&cmd);
	buf_free(&err);
}

const struct plugin_def plugin_cleanup_untagged = {
	"cleanup_untagged", "CleanupUntaggedPlugin", "cleanup_plan", run
};

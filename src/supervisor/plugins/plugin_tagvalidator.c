/*
 * plugin_tagvalidator: caps the expiration tag of the unprotected
 * resources of the configured kinds and accounts (action-plugins.md 2.8):
 * a value that is no duration, or one longer than the account's
 * expiration (else default.expiration, else 24h), gets an event log line
 * (PATCH), then, unless dry_run, "query id(<node>) | tag update --nowait
 * expiration <max>", one command a node, one after the other. Deviation
 * from 3.6.5 (whose search matches nothing): the search uses absolute
 * paths and the resolved ancestors (doc/architecture.md).
 */
#include "supervisor/plugins/plugin.h"
#include "supervisor/plugins/pgraph.h"
#include "supervisor/plugins/duration.h"

#include "common/buf.h"
#include "common/jget.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SECTION	"plugin_tagvalidator.config"

struct tv {
	json_object	*fix;	/* [[node id, max], ...] */
	size_t		 next, failed;
	struct buf	 errs;
};

/* the account's maximum, NULL when the account is not configured */
static const char *
max_of(json_object *conf, const char *cloud, const char *acc)
{
	json_object *a;
	const char *s;

	if (cloud == NULL || acc == NULL ||
	    !json_object_object_get_ex(json_object_object_get(conf, "accounts"),
	    cloud, &a) || !json_object_object_get_ex(a, acc, &a))
		return NULL;
	if ((s = jget_str(a, "expiration")) != NULL)
		return s;
	if ((s = jget_str(json_object_object_get(conf, "default"),
	    "expiration")) != NULL)
		return s;
	return "24h";
}

static int
check(json_object *conf, struct buf *err)
{
	json_object *kinds = json_object_object_get(conf, "kinds"),
	    *accs = json_object_object_get(conf, "accounts");
	int has_default = jget_str(json_object_object_get(conf, "default"),
	    "expiration") != NULL;
	const char *m;
	char why[256];
	double v;
	size_t i;

	if (!json_object_is_type(kinds, json_type_array) ||
	    json_object_array_length(kinds) == 0) {
		buf_puts(err, SECTION ".kinds: expected a non-empty list");
		return -1;
	}
	for (i = 0; i < json_object_array_length(kinds); i++)
		if (!json_object_is_type(json_object_array_get_idx(kinds, i),
		    json_type_string)) {
			buf_printf(err, SECTION ".kinds[%zu]: expected a kind", i);
			return -1;
		}
	if (!json_object_is_type(accs, json_type_object) ||
	    json_object_object_length(accs) == 0) {
		buf_puts(err, SECTION ".accounts: expected a non-empty map of "
		    "cloud id to accounts");
		return -1;
	}
	json_object_object_foreach(accs, cloud, list) {
		if (!json_object_is_type(list, json_type_object)) {
			buf_printf(err, SECTION ".accounts.%s: expected a map of "
			    "account id to settings", cloud);
			return -1;
		}
		json_object_object_foreach(list, id, a) {
			if (jget_str(a, "name") == NULL) {
				buf_printf(err, SECTION ".accounts.%s.%s: no name",
				    cloud, id);
				return -1;
			}
			if (jget_str(a, "expiration") == NULL && !has_default) {
				buf_printf(err, SECTION ".accounts.%s.%s: no "
				    "expiration and no default.expiration",
				    cloud, id);
				return -1;
			}
			m = max_of(conf, cloud, id);
			if (duration_parse(m, &v, why, sizeof(why)) == -1) {
				buf_printf(err, SECTION ".accounts.%s.%s: "
				    "expiration %s", cloud, id, why);
				return -1;
			}
		}
	}
	return 0;
}

static void
search_text(json_object *conf, struct buf *b)
{
	json_object *kinds = json_object_object_get(conf, "kinds");
	size_t i, n = 0;

	buf_puts(b, "/metadata.protected == false and /metadata.phantom == "
	    "false and /metadata.cleaned == false and /reported.kind in [");
	for (i = 0; i < json_object_array_length(kinds); i++) {
		buf_puts(b, i ? ", " : "");
		prun_quote(b, json_object_get_string(
		    json_object_array_get_idx(kinds, i)));
	}
	buf_puts(b, "] and has_key(/reported.tags, expiration) and (");
	json_object_object_foreach(json_object_object_get(conf, "accounts"),
	    cloud, list) {
		json_object_object_foreach(list, id, a) {
			(void)a;
			buf_puts(b, n++ ? " or " : "");
			buf_puts(b, "(/ancestors.cloud.reported.id == ");
			prun_quote(b, cloud);
			buf_puts(b, " and /ancestors.account.reported.id == ");
			prun_quote(b, id);
			buf_puts(b, ")");
		}
	}
	buf_puts(b, ") #tagvalidate <-[0:]-");
}

static void	next_tag(struct prun *);

static void
tagged(struct prun *r, const char *err)
{
	struct tv *t = r->state2;

	if (err != NULL) {
		t->failed++;
		if (t->errs.len == 0)
			buf_puts(&t->errs, err);
	}
	next_tag(r);
}

static void
next_tag(struct prun *r)
{
	struct tv *t = r->state2;
	struct buf cmd = BUF_INIT, info = BUF_INIT;
	json_object *f;
	size_t n = json_object_array_length(t->fix);

	if (t->next < n) {
		f = json_object_array_get_idx(t->fix, t->next++);
		buf_printf(&cmd, "query id(%s) | tag update --nowait "
		    "expiration %s", json_object_get_string(
		    json_object_array_get_idx(f, 0)), json_object_get_string(
		    json_object_array_get_idx(f, 1)));
		prun_cli(r, buf_str(&cmd), tagged);
		buf_free(&cmd);
		return;
	}
	buf_printf(&info, "%zu expiration tags %s", n,
	    json_object_get_boolean(prun_conf(r, "dry_run")) ?
	    "would be capped (dry run)" : "capped");
	if (t->failed > 0)
		buf_printf(&info, "; %zu of the tag updates failed, the first: "
		    "%s", t->failed, buf_str(&t->errs));
	prun_end(r, t->failed > 0 ? buf_str(&info) : NULL, buf_str(&info));
	buf_free(&info);
}

static void
patched(struct prun *r, const char *err)
{
	struct tv *t = r->state2;

	if (err != NULL) {
		prun_end(r, err, NULL);
		return;
	}
	if (json_object_get_boolean(prun_conf(r, "dry_run")))
		t->next = json_object_array_length(t->fix);
	next_tag(r);
}

static void
searched(struct prun *r, const char *err)
{
	struct pgraph *g = pgraph_of(r);
	json_object *conf = prun_conf(r, "config"), *fix, *tags, *v;
	struct tv *t;
	struct pnode *n;
	const char *max, *tag, *qt;
	double have, cap;
	char why[256];
	size_t i;

	if (err != NULL) {
		prun_end(r, err, NULL);
		return;
	}
	t = xcalloc(1, sizeof(*t));
	t->fix = json_object_new_array();
	r->state2 = t;
	for (i = 0; i < g->nn; i++) {
		n = &g->n[i];
		qt = pn_str(n, "metadata", "query_tag");
		if (qt == NULL || strcmp(qt, "tagvalidate") != 0 ||
		    pn_protected(n))
			continue;
		tags = pn_get(n, "reported", "tags");
		if (!json_object_object_get_ex(tags, "expiration", &v))
			continue;
		tag = json_object_get_string(v);
		max = max_of(conf, pn_ancestor(n, "cloud"),
		    pn_ancestor(n, "account"));
		if (max == NULL || duration_parse(max, &cap, why,
		    sizeof(why)) == -1)
			continue;
		if (duration_parse(tag, &have, why, sizeof(why)) == -1)
			pn_log(g, n, "Invalid expiration tag value %s - updating "
			    "tag to %s", tag, max);
		else if (have > cap)
			pn_log(g, n, "Current expiration tag value %s is larger "
			    "than %s - updating tag", tag, max);
		else
			continue;
		fix = json_object_new_array();
		json_object_array_add(fix, json_object_new_string(n->id));
		json_object_array_add(fix, json_object_new_string(max));
		json_object_array_add(t->fix, fix);
	}
	pgraph_patch(r, patched);
}

static void
tv_free(void *arg)
{
	struct tv *t = arg;

	if (t == NULL)
		return;
	json_object_put(t->fix);
	buf_free(&t->errs);
	free(t);
}

static void
run(struct prun *r)
{
	json_object *conf = prun_conf(r, "config");
	struct buf err = BUF_INIT, text = BUF_INIT;

	r->state2_free = tv_free;
	if (!json_object_is_type(conf, json_type_object)) {
		prun_end(r, SECTION ": expected a map", NULL);
	} else if (check(conf, &err) == -1)
		prun_end(r, buf_str(&err), NULL);
	else {
		search_text(conf, &text);
		pgraph_search(r, buf_str(&text), searched);
	}
	buf_free(&err);
	buf_free(&text);
}

const struct plugin_def plugin_tagvalidator = {
	"tagvalidator", "TagValidatorPlugin", "pre_cleanup_plan", run
};

/*
 * gcp/mutate: deletes and labels of the GCP table kinds, made for one node
 * as the core stores it (CLEANUP and TAG_* frames), at the node's selfLink
 * below the API root (gcp.api_base_url when set): DELETE, or POST
 * <link>/setLabels with the full new label map and the current
 * labelFingerprint; Compute answers both with an operation that is then
 * polled until it is DONE (the reference waits the same way). A bucket's
 * objects are deleted before the bucket, as the reference's pre_delete.
 * A fingerprint that changed meanwhile (412 conditionNotMet) makes one
 * fresh read of the labels and fingerprint and one more try. Buckets take
 * their labels by PATCH (a removed key sent as null, which is how the JSON
 * API removes one). The project is the node's account ancestor; its key is
 * the first of the section's service_account entries that may act on it.
 */
#include "collector/collector.h"
#include "collector/gcp/gcp.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/jget.h"
#include "common/log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#define OP_WAIT_S	600	/* an operation that does not end */
#define MAX_OBJECT_PAGES 100000	/* of a bucket being emptied */

static const char *
ancestor(json_object *node, const char *what)
{
	json_object *a, *x, *r;

	if (json_object_object_get_ex(node, "ancestors", &a) &&
	    json_object_object_get_ex(a, what, &x) &&
	    json_object_object_get_ex(x, "reported", &r))
		return jget_str(r, "id");
	return NULL;
}

struct target {
	const struct tkind	*tk;
	json_object		*reported;
	const char		*project, *link;
};

static int
target(const struct kind *k, json_object *node, struct target *t,
    char *err, size_t errlen)
{
	memset(t, 0, sizeof(*t));
	if ((t->tk = table_lookup(gcp_tables, k->fqn)) == NULL) {
		snprintf(err, errlen, "%s: not a kind the gcp collector "
		    "deletes or labels", k->fqn);
		return -1;
	}
	if (t->tk->del == NULL && t->tk->tag == NULL) {
		snprintf(err, errlen, "%s can be neither deleted nor labelled: "
		    "its API has no such method", k->fqn);
		return -1;
	}
	json_object_object_get_ex(node, "reported", &t->reported);
	t->project = ancestor(node, "account");
	t->link = jget_str(t->reported, "link");
	if (t->project == NULL || t->link == NULL) {
		snprintf(err, errlen, "%s %s: the node has no %s", k->fqn,
		    jget_str(t->reported, "id") ? jget_str(t->reported, "id") :
		    "?", t->project == NULL ? "project (account ancestor)" :
		    "link (selfLink)");
		return -1;
	}
	return 0;
}

typedef int (*act_fn)(struct gcp *, const struct target *, void *arg,
    long *status, struct buf *err);

/* Runs act with the first key that may act on the project. */
static int
with_key(const struct target *t, act_fn act, void *arg, char *err,
    size_t errlen)
{
	json_object *config = collector_config(), *keys;
	struct buf e = BUF_INIT;
	struct gcp g;
	long status = 0;
	size_t i, n = 0;
	int rc = -1;

	if (json_object_object_get_ex(config, "service_account", &keys) &&
	    json_object_is_type(keys, json_type_array))
		n = json_object_array_length(keys);
	for (i = 0; i < n && rc == -1; i++) {
		if (e.len)
			buf_puts(&e, "; ");
		if (gcp_open(&g, config, collector_env(),
		    json_object_get_string(json_object_array_get_idx(keys, i)),
		    t->project, &e) == 0) {
			rc = act(&g, t, arg, &status, &e);
			if (rc == -1 && status != 401 && status != 403)
				i = n;	/* not the key's fault */
		}
		gcp_close(&g);
	}
	if (n == 0)
		buf_printf(&e, "gcp.service_account names no key");
	if (rc == -1)
		snprintf(err, errlen, "%s", buf_str(&e));
	buf_free(&e);
	return rc;
}

/* Polls a Compute operation until it is DONE: 0, or -1 with its error. */
static int
wait_op(struct gcp *g, const struct target *t, json_object *op,
    struct buf *err)
{
	json_object *cur = json_object_get(op), *errs;
	const char *link, *st;
	struct timespec ts;
	time_t end = time(NULL) + OP_WAIT_S;
	long status, ms = 200;
	char *url, code[128];
	int rc = -1;

	for (;;) {
		st = jget_str(cur, "status");
		if (st == NULL || strcmp(st, "DONE") == 0) {
			if (json_object_object_get_ex(cur, "error", &errs)) {
				buf_printf(err, "project %s: %s: the operation "
				    "failed: %s", g->project, t->link,
				    json_object_to_json_string_ext(errs,
				    JSON_C_TO_STRING_PLAIN));
				break;
			}
			rc = 0;
			break;
		}
		if ((link = jget_str(cur, "selfLink")) == NULL) {
			buf_printf(err, "project %s: %s: an operation without "
			    "selfLink", g->project, t->link);
			break;
		}
		if (time(NULL) > end) {
			buf_printf(err, "project %s: %s: the operation %s has "
			    "not ended after %d s", g->project, t->link,
			    jget_str(cur, "name") ? jget_str(cur, "name") : "?",
			    OP_WAIT_S);
			break;
		}
		ts.tv_sec = ms / 1000;
		ts.tv_nsec = (ms % 1000) * 1000000L;
		nanosleep(&ts, NULL);
		if (ms < 5000)
			ms *= 2;
		url = gcp_link_url(g->config, t->tk->service, link);
		json_object_put(cur);
		cur = NULL;
		rc = gcp_call(g, "GET", t->tk->service, "operations.get", url,
		    NULL, &cur, &status, code, sizeof(code), err);
		free(url);
		if (rc == -1)
			break;
		rc = -1;
	}
	json_object_put(cur);
	return rc;
}

/* A bucket's objects, deleted before the bucket (the reference's
 * pre_delete): objects.list page after page, objects.delete of each; one
 * already gone counts as deleted. 0, or -1 with err. */
static int
empty_bucket(struct gcp *g, const struct target *t, long *status,
    struct buf *err)
{
	struct buf path = BUF_INIT;
	json_object *page = NULL, *items, *o, *none;
	const char *tok = NULL, *on;
	char *url, *esc, code[128], *prev = NULL;
	size_t i;
	int n, rc = -1;

	for (n = 0; n < MAX_OBJECT_PAGES; n++) {
		buf_reset(&path);
		buf_printf(&path, "%s/o", t->link);
		if (tok)
			buf_printf(&path, "?pageToken=%s", tok);
		url = gcp_link_url(g->config, "storage", path.data);
		json_object_put(page);
		rc = gcp_call(g, "GET", "storage", "objects.list", url, NULL,
		    &page, status, code, sizeof(code), err);
		free(url);
		if (rc == -1)
			goto out;
		if (json_object_object_get_ex(page, "items", &items) &&
		    json_object_is_type(items, json_type_array))
			for (i = 0; i < json_object_array_length(items); i++) {
				o = json_object_array_get_idx(items, i);
				if ((on = jget_str(o, "name")) == NULL ||
				    (esc = curl_easy_escape(NULL, on, 0)) ==
				    NULL)
					continue;
				buf_reset(&path);
				buf_printf(&path, "%s/o/%s", t->link, esc);
				curl_free(esc);
				url = gcp_link_url(g->config, "storage",
				    path.data);
				rc = gcp_call(g, "DELETE", "storage",
				    "objects.delete", url, NULL, &none, status,
				    code, sizeof(code), err);
				free(url);
				json_object_put(none);
				if (rc == -1 && *status != 404)
					goto out;
				rc = 0;
			}
		if ((tok = jget_str(page, "nextPageToken")) == NULL || !*tok)
			goto out;
		if (prev && strcmp(prev, tok) == 0)
			break;
		free(prev);
		prev = xstrdup(tok);
	}
	buf_printf(err, "project %s: %s: objects.list does not end",
	    g->project, t->link);
	rc = -1;
out:
	free(prev);
	json_object_put(page);
	buf_free(&path);
	return rc;
}

static int
act_delete(struct gcp *g, const struct target *t, void *arg, long *status,
    struct buf *err)
{
	json_object *op;
	char *url, code[128];
	int rc;

	(void)arg;
	if (t->tk->kind == &kind_gcp_bucket &&
	    empty_bucket(g, t, status, err) == -1)
		return -1;
	url = gcp_link_url(g->config, t->tk->service, t->link);
	rc = gcp_call(g, "DELETE", t->tk->service, "delete", url, NULL, &op,
	    status, code, sizeof(code), err);
	free(url);
	if (rc == -1 && *status == 404) {	/* already gone */
		buf_reset(err);
		return 0;
	}
	if (rc == 0)
		rc = wait_op(g, t, op, err);
	json_object_put(op);
	return rc;
}

int
gcp_delete(const struct kind *k, json_object *node, char *err, size_t errlen)
{
	struct target t;

	if (target(k, node, &t, err, errlen) == -1)
		return -1;
	return with_key(&t, act_delete, NULL, err, errlen);
}

struct label_change {
	const char	*key, *value;	/* value NULL: remove */
	json_object	*node;
};

/* The labels after the change (a new object) from the current ones. */
static json_object *
changed(json_object *cur, const struct label_change *ch, int patch)
{
	json_object *l = json_object_new_object();

	if (cur && json_object_is_type(cur, json_type_object)) {
		json_object_object_foreach(cur, k, v)
			json_object_object_add(l, k, json_object_get(v));
	}
	if (ch->value)
		json_object_object_add(l, ch->key,
		    json_object_new_string(ch->value));
	else if (patch)
		json_object_object_add(l, ch->key, NULL);
	else
		json_object_object_del(l, ch->key);
	return l;
}

/* setLabels (or, for buckets, PATCH) with labels and fingerprint fp */
static int
set_labels(struct gcp *g, const struct target *t, json_object *labels,
    const char *fp, long *status, struct buf *err)
{
	json_object *body = json_object_new_object(), *op = NULL;
	int patch = strcmp(t->tk->service, "storage") == 0, rc;
	struct buf path = BUF_INIT;
	char *url, code[128];

	json_object_object_add(body, "labels", json_object_get(labels));
	if (!patch && fp)
		json_object_object_add(body, "labelFingerprint",
		    json_object_new_string(fp));
	buf_printf(&path, "%s%s", t->link, patch ? "" : "/setLabels");
	url = gcp_link_url(g->config, t->tk->service, path.data);
	rc = gcp_call(g, patch ? "PATCH" : "POST", t->tk->service,
	    patch ? "patch" : "setLabels", url, json_object_to_json_string_ext(
	    body, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE),
	    &op, status, code, sizeof(code), err);
	free(url);
	if (rc == 0 && !patch)
		rc = wait_op(g, t, op, err);
	json_object_put(op);
	json_object_put(body);
	buf_free(&path);
	return rc;
}

static int
act_label(struct gcp *g, const struct target *t, void *arg, long *status,
    struct buf *err)
{
	const struct label_change *ch = arg;
	int patch = strcmp(t->tk->service, "storage") == 0, rc;
	json_object *labels, *cur = NULL, *tags = NULL;
	char *url, code[128];

	json_object_object_get_ex(t->reported, "tags", &tags);
	labels = changed(tags, ch, patch);
	rc = set_labels(g, t, labels, jget_str(t->reported,
	    "label_fingerprint"), status, err);
	json_object_put(labels);
	if (rc == -1 && *status == 412) {
		/* the fingerprint changed: the labels as they are now */
		buf_reset(err);
		url = gcp_link_url(g->config, t->tk->service, t->link);
		rc = gcp_call(g, "GET", t->tk->service, "get", url, NULL, &cur,
		    status, code, sizeof(code), err);
		free(url);
		if (rc == 0) {
			json_object_object_get_ex(cur, "labels", &tags);
			labels = changed(tags, ch, patch);
			rc = set_labels(g, t, labels, jget_str(cur,
			    "labelFingerprint"), status, err);
			json_object_put(labels);
		}
		json_object_put(cur);
		cur = NULL;
	}
	if (rc == -1 || patch)
		return rc;
	/* the fingerprint after the change, as the reference re-reads it */
	url = gcp_link_url(g->config, t->tk->service, t->link);
	if (gcp_call(g, "GET", t->tk->service, "get", url, NULL, &cur, status,
	    code, sizeof(code), err) == 0 && jget_str(cur, "labelFingerprint"))
		json_object_object_add(t->reported, "label_fingerprint",
		    json_object_new_string(jget_str(cur, "labelFingerprint")));
	else
		buf_reset(err);		/* the change itself is done */
	free(url);
	json_object_put(cur);
	return 0;
}

static int
label(const struct kind *k, json_object *node, const char *key,
    const char *value, char *err, size_t errlen)
{
	struct label_change ch = { key, value, node };
	struct target t;
	json_object *tags;

	if (target(k, node, &t, err, errlen) == -1)
		return -1;
	if (t.tk->tag == NULL) {
		snprintf(err, errlen, "%s has no labels: its API has no "
		    "setLabels", k->fqn);
		return -1;
	}
	if (value == NULL && (!json_object_object_get_ex(t.reported, "tags",
	    &tags) || !json_object_object_get_ex(tags, key, NULL))) {
		snprintf(err, errlen, "%s %s has no label %s", k->fqn,
		    jget_str(t.reported, "id") ? jget_str(t.reported, "id") :
		    "?", key);
		return -1;
	}
	return with_key(&t, act_label, &ch, err, errlen);
}

int
gcp_update_tag(const struct kind *k, json_object *node, const char *key,
    const char *value, char *err, size_t errlen)
{
	return label(k, node, key, value ? value : "", err, errlen);
}

int
gcp_delete_tag(const struct kind *k, json_object *node, const char *key,
    char *err, size_t errlen)
{
	return label(k, node, key, NULL, err, errlen);
}

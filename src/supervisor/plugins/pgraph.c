/* pgraph: see pgraph.h. */
#include "supervisor/plugins/pgraph.h"
#include "supervisor/plugins/plugin.h"

#include "collector/isotime.h"
#include "common/buf.h"
#include "common/jget.h"
#include "protocol/http.h"
#include "protocol/msg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
pg_free(void *arg)
{
	struct pgraph *g = arg;
	size_t i;

	if (g == NULL)
		return;
	for (i = 0; i < g->nn; i++) {
		json_object_put(g->n[i].line);
		json_object_put(g->n[i].log);
	}
	free(g->n);
	free(g->e);
	free(g->out);
	free(g->in);
	free(g->out0);
	free(g->in0);
	json_object_put(g->index);
	json_object_put(g->pending);
	free(g);
}

struct pgraph *
pgraph_of(struct prun *r)
{
	return r->state;
}

json_object *
pn_get(const struct pnode *n, const char *section, const char *key)
{
	json_object *s, *v;

	if (!json_object_object_get_ex(n->line, section, &s) ||
	    !json_object_object_get_ex(s, key, &v))
		return NULL;
	return v;
}

const char *
pn_str(const struct pnode *n, const char *section, const char *key)
{
	json_object *v = pn_get(n, section, key);

	return json_object_is_type(v, json_type_string) ?
	    json_object_get_string(v) : NULL;
}

int
pn_protected(const struct pnode *n)
{
	return json_object_get_boolean(pn_get(n, "metadata", "protected"));
}

double
pn_since(const struct pgraph *g, const struct pnode *n, const char *key)
{
	const char *s = pn_str(n, "reported", key);
	time_t t;

	if (s == NULL || iso_parse(s, &t) == -1)
		return -1;
	return difftime(g->now, t);
}

const char *
pn_ancestor(const struct pnode *n, const char *kind)
{
	json_object *a;

	if (!json_object_object_get_ex(n->line, "ancestors", &a) ||
	    !json_object_object_get_ex(a, kind, &a) ||
	    !json_object_object_get_ex(a, "reported", &a))
		return NULL;
	return jget_str(a, "id");
}

const char *
pn_dname(const struct pnode *n, char *buf, size_t len)
{
	const char *id = n->rid ? n->rid : n->id;

	if (n->name == NULL || strcmp(n->name, id) == 0)
		snprintf(buf, len, "%s", id);
	else
		snprintf(buf, len, "%s (%s)", n->name, id);
	return buf;
}

void
pn_log(struct pgraph *g, struct pnode *n, const char *fmt, ...)
{
	json_object *e;
	struct buf b = BUF_INIT;
	char ts[MSG_UTC_LEN];
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	msg_utc(g->now, ts);
	e = json_object_new_object();
	json_object_object_add(e, "timestamp", json_object_new_string(ts));
	json_object_object_add(e, "msg", json_object_new_string(buf_str(&b)));
	json_object_object_add(e, "exception", NULL);
	if (n->log == NULL)
		n->log = json_object_new_array();
	json_object_array_add(n->log, e);
	buf_free(&b);
}

void
pn_set_clean(struct pgraph *g, struct pnode *n, int clean)
{
	if (pn_protected(n)) {
		pn_log(g, n, "Modification was requested even though resource "
		    "is protected - refusing");
		return;
	}
	n->clean = clean;
	n->changed = 1;
	pn_log(g, n, clean ? "Setting to be cleaned" :
	    "Setting to not be cleaned");
}

long
pg_next(const struct pgraph *g, size_t i, int out, int type, size_t *pos)
{
	const size_t *idx = out ? g->out : g->in, *start = out ? g->out0 :
	    g->in0;
	const struct pedge *e;

	if (*pos < start[i])
		*pos = start[i];
	for (; *pos < start[i + 1]; (*pos)++) {
		e = &g->e[idx[*pos]];
		if (e->type & type) {
			(*pos)++;
			return (long)(out ? e->to : e->from);
		}
	}
	return -1;
}

/* --- the search ------------------------------------------------------------ */

static const char *
node_line(struct pgraph *g, json_object *o)
{
	struct pnode *n;
	json_object *d;
	const char *id = jget_str(o, "id");

	if (id == NULL)
		return "a node without an id";
	if (json_object_object_get_ex(g->index, id, NULL))
		return "a node listed twice";
	if (g->nn == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 64;
		g->n = xrealloc(g->n, g->cap * sizeof(*g->n));
	}
	n = &g->n[g->nn];
	memset(n, 0, sizeof(*n));
	n->line = json_object_get(o);
	n->id = id;
	n->kind = pn_str(n, "reported", "kind");
	n->rid = pn_str(n, "reported", "id");
	n->name = pn_str(n, "reported", "name");
	n->clean = json_object_object_get_ex(o, "desired", &d) &&
	    json_object_get_boolean(json_object_object_get(d, "clean"));
	json_object_object_add(g->index, id, json_object_new_int64(g->nn));
	g->nn++;
	return NULL;
}

static const char *
search_line(struct prun *r, const char *s, size_t len)
{
	struct pgraph *g = r->state;
	json_object *o;
	const char *type, *why = NULL;
	char err[256];

	if ((o = msg_parse(s, len, err, sizeof(err))) == NULL)
		return "not a JSON object";
	type = jget_str(o, "type");
	if (type != NULL && strcmp(type, "node") == 0)
		why = node_line(g, o);
	else if (type != NULL && strcmp(type, "edge") == 0)
		json_object_array_add(g->pending, json_object_get(o));
	else
		why = "neither a node nor an edge";
	json_object_put(o);
	return why;
}

static int
index_of(struct pgraph *g, const char *id, size_t *out)
{
	json_object *v;

	if (id == NULL || !json_object_object_get_ex(g->index, id, &v))
		return -1;
	*out = (size_t)json_object_get_int64(v);
	return 0;
}

/* edges whose ends are both in the answer, by type; the others skipped
 * (as the reference skips edges to unknown nodes) */
static void
edges(struct pgraph *g)
{
	json_object *o;
	const char *t;
	size_t i, f, to, k, *fill;
	int type;

	for (i = 0; i < json_object_array_length(g->pending); i++) {
		o = json_object_array_get_idx(g->pending, i);
		t = jget_str(o, "edge_type");
		type = t == NULL || strcmp(t, "default") == 0 ? PG_DEFAULT :
		    strcmp(t, "delete") == 0 ? PG_DELETE : 0;
		if (type == 0 || index_of(g, jget_str(o, "from"), &f) == -1 ||
		    index_of(g, jget_str(o, "to"), &to) == -1)
			continue;
		if (g->ne == g->ecap) {
			g->ecap = g->ecap ? g->ecap * 2 : 64;
			g->e = xrealloc(g->e, g->ecap * sizeof(*g->e));
		}
		g->e[g->ne].from = f;
		g->e[g->ne].to = to;
		g->e[g->ne++].type = type;
	}
	/* counting sort by from and by to */
	g->out0 = xcalloc(g->nn + 1, sizeof(size_t));
	g->in0 = xcalloc(g->nn + 1, sizeof(size_t));
	for (i = 0; i < g->ne; i++) {
		g->out0[g->e[i].from + 1]++;
		g->in0[g->e[i].to + 1]++;
	}
	for (i = 0; i < g->nn; i++) {
		g->out0[i + 1] += g->out0[i];
		g->in0[i + 1] += g->in0[i];
	}
	g->out = xcalloc(g->ne + 1, sizeof(size_t));
	g->in = xcalloc(g->ne + 1, sizeof(size_t));
	fill = xcalloc(g->nn + 1, sizeof(size_t));
	for (i = 0; i < g->ne; i++) {
		k = g->e[i].from;
		g->out[g->out0[k] + fill[k]++] = i;
	}
	memset(fill, 0, (g->nn + 1) * sizeof(size_t));
	for (i = 0; i < g->ne; i++) {
		k = g->e[i].to;
		g->in[g->in0[k] + fill[k]++] = i;
	}
	free(fill);
	json_object_put(g->pending);
	g->pending = NULL;
}

static void
searched(struct prun *r, const char *err)
{
	void (*done)(struct prun *, const char *) = r->gdone;

	if (err == NULL)
		edges(r->state);
	done(r, err);
}

void
pgraph_search(struct prun *r, const char *text,
    void (*done)(struct prun *, const char *err))
{
	struct http_req_opts o;
	struct pgraph *g;
	struct buf what = BUF_INIT;
	char *url;

	g = xcalloc(1, sizeof(*g));
	g->index = json_object_new_object();
	g->pending = json_object_new_array();
	g->now = time(NULL);
	r->state = g;
	r->state_free = pg_free;
	r->gdone = done;
	url = prun_graph_url(r, "/search/graph?section=reported");
	memset(&o, 0, sizeof(o));
	o.method = "POST";
	o.url = url;
	o.accept = "application/x-ndjson";
	o.body = text;
	o.body_len = strlen(text);
	buf_printf(&what, "search: %s", text);
	prun_request(r, &o, buf_str(&what), search_line, searched);
	buf_free(&what);
	free(url);
}

/* --- the patch ------------------------------------------------------------- */

void
pgraph_patch(struct prun *r, void (*done)(struct prun *, const char *err))
{
	struct pgraph *g = r->state;
	struct http_req_opts o;
	struct pnode *n;
	json_object *line, *sec;
	struct buf body = BUF_INIT, what = BUF_INIT;
	char *url;
	size_t i, k = 0;

	for (i = 0; i < g->nn; i++) {
		n = &g->n[i];
		if (!n->changed && n->log == NULL)
			continue;
		line = json_object_new_object();
		json_object_object_add(line, "id", json_object_new_string(n->id));
		if (n->changed) {
			sec = json_object_new_object();
			json_object_object_add(sec, "clean",
			    json_object_new_boolean(n->clean));
			json_object_object_add(line, "desired", sec);
		}
		if (n->log != NULL) {
			sec = json_object_new_object();
			json_object_object_add(sec, "event_log",
			    json_object_get(n->log));
			json_object_object_add(line, "metadata", sec);
		}
		buf_puts(&body, json_object_to_json_string_ext(line,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
		buf_putc(&body, '\n');
		json_object_put(line);
		k++;
	}
	url = prun_graph_url(r, "/nodes");
	memset(&o, 0, sizeof(o));
	o.method = "PATCH";
	o.url = url;
	o.content_type = "application/x-ndjson";
	o.body = body.data ? body.data : "";
	o.body_len = body.len;
	buf_printf(&what, "patch of %zu nodes", k);
	prun_request(r, &o, buf_str(&what), NULL, done);
	buf_free(&what);
	buf_free(&body);
	free(url);
}

/* --- the cloud -> account ids filter of alarms and vpcs -------------------- */

int
pg_accounts_check(json_object *conf, const char *key, struct buf *err)
{
	size_t i;

	if (conf == NULL)
		return 0;
	if (!json_object_is_type(conf, json_type_object)) {
		buf_printf(err, "%s: expected a map of cloud id to a list of "
		    "account ids", key);
		return -1;
	}
	json_object_object_foreach(conf, cloud, ids) {
		if (!json_object_is_type(ids, json_type_array)) {
			buf_printf(err, "%s.%s: expected a list of account ids",
			    key, cloud);
			return -1;
		}
		for (i = 0; i < json_object_array_length(ids); i++)
			if (!json_object_is_type(json_object_array_get_idx(ids,
			    i), json_type_string)) {
				buf_printf(err, "%s.%s[%zu]: expected an account "
				    "id (a string)", key, cloud, i);
				return -1;
			}
	}
	return 0;
}

int
pg_accounts_match(json_object *conf, const struct pnode *n)
{
	const char *cloud = pn_ancestor(n, "cloud"), *acc =
	    pn_ancestor(n, "account");
	json_object *ids;
	size_t i;

	if (conf == NULL || json_object_object_length(conf) == 0)
		return 1;
	if (cloud == NULL || acc == NULL ||
	    !json_object_object_get_ex(conf, cloud, &ids))
		return 0;
	for (i = 0; i < json_object_array_length(ids); i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(ids,
		    i)), acc) == 0)
			return 1;
	return 0;
}

static void
patched_end(struct prun *r, const char *err)
{
	struct pgraph *g = r->state;
	char info[160];
	size_t i, k = 0;

	for (i = 0; i < g->nn; i++)
		k += g->n[i].changed && g->n[i].clean;
	snprintf(info, sizeof(info), "%zu %s flagged for cleanup", k,
	    r->what_done);
	prun_end(r, err, info);
}

void
pgraph_patch_end(struct prun *r, const char *what)
{
	free(r->what_done);
	r->what_done = xstrdup(what);
	pgraph_patch(r, patched_end);
}

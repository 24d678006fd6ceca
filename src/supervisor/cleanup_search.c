/* cleanup_search: the answer of the reference worker's search
 * (core-protocol.md 7.1), read line by line as it arrives: flagged nodes
 * of served accounts go to the node spool and the node table, delete
 * edges between them to the plan; everything else is dropped at once.
 * See cleanup_int.h. */
#include "supervisor/cleanup_int.h"

#include "collector/collector.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "common/jget.h"
#include "common/log.h"
#include "protocol/msg.h"
#include "supervisor/spool.h"

#include <stdio.h>
#include <string.h>

#include <event2/buffer.h>

#define BAD_LINES_LISTED	10
#define SPOOL_BATCH		(256 * 1024)

static void bad_line(struct crun *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
bad_line(struct crun *r, const char *fmt, ...)
{
	struct buf m = BUF_INIT;
	va_list ap;

	if (++r->bad_lines > BAD_LINES_LISTED)
		return;
	va_start(ap, fmt);
	buf_vprintf(&m, fmt, ap);
	va_end(ap);
	cl_info(r, "error", NULL, NULL, "search answer line %llu: %s%s",
	    (unsigned long long)r->lineno, buf_str(&m),
	    r->bad_lines == BAD_LINES_LISTED ? " (further bad lines are "
	    "only counted)" : "");
	buf_free(&m);
}

static json_object *
obj(json_object *o, const char *key)
{
	json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_object))
		return NULL;
	return v;
}

/* ancestors.<which>.reported.id */
static const char *
ancestor(json_object *node, const char *which)
{
	return jget_str(obj(obj(obj(node, "ancestors"), which), "reported"),
	    "id");
}

static int
configured(const struct crun *r, const char *cloud)
{
	size_t i;

	for (i = 0; i < json_object_array_length(r->clouds); i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(
		    r->clouds, i)), cloud) == 0)
			return 1;
	return 0;
}

/* Whether this worker deletes in the account: its cloud is configured
 * and, where the collector knows its accounts from the configuration,
 * the account is one of them. */
static int
serves(const struct crun *r, const char *cloud, const char *account)
{
	json_object *ids;
	size_t i;

	if (account == NULL || !configured(r, cloud))
		return 0;
	if (!json_object_object_get_ex(r->served, cloud, &ids) || ids == NULL)
		return 1;
	for (i = 0; i < json_object_array_length(ids); i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(
		    ids, i)), account) == 0)
			return 1;
	return 0;
}

static int
spool_out(struct crun *r, size_t min, char *err, size_t errlen)
{
	size_t n = evbuffer_get_length(r->nodes_out);

	if (n == 0 || n < min)
		return 0;
	return spool_write(r->nodes_sp, r->nodes_out, n, err, errlen);
}

static int
node_line(struct crun *r, json_object *o, const char *s, size_t len,
    char *err, size_t errlen)
{
	json_object *rep = obj(o, "reported");
	const char *id = jget_str(o, "id"), *kind = jget_str(rep, "kind");
	const char *cloud, *account;
	const struct collector *coll;
	const struct kind *k;
	json_object *clean;
	struct cacct *a;
	uint32_t ai;

	if (id == NULL) {
		bad_line(r, "a node without an \"id\" string: ignored");
		return 0;
	}
	if (kind == NULL) {
		bad_line(r, "node %s has no reported.kind: ignored", id);
		return 0;
	}
	r->seen_nodes++;
	if (!json_object_object_get_ex(obj(o, "desired"), "clean", &clean) ||
	    !json_object_is_type(clean, json_type_boolean) ||
	    !json_object_get_boolean(clean))
		return 0;	/* an ancestor or descendant, not flagged */
	/* the core gives a node its ancestors but not itself (a cloud node
	 * has no ancestors.cloud, an account none of its own account) */
	if ((cloud = ancestor(o, "cloud")) == NULL && strcmp(kind, "cloud") == 0)
		cloud = jget_str(rep, "id");
	account = ancestor(o, "account");
	if (cloud != NULL && account == NULL &&
	    (coll = collector_find(cloud)) != NULL &&
	    (k = kind_lookup(coll->kinds, kind)) != NULL &&
	    kind_is_a(k, &kind_account))
		account = jget_str(rep, "id");
	if (cloud == NULL && obj(o, "ancestors") == NULL) {
		bad_line(r, "flagged node %s (%s) has no ancestors: cannot "
		    "tell its cloud and account; left alone", id, kind);
		return 0;
	}
	ai = cl_acct(r, cloud ? cloud : "?", account);
	a = &r->accts[ai];
	a->total++;
	if (!serves(r, a->cloud, account)) {
		if (a->sample == NULL) {
			struct buf b = BUF_INIT;

			buf_printf(&b, "%s %s", kind, id);
			a->sample = buf_take(&b);
		}
		return 0;
	}
	a->served = 1;
	if (len > UINT32_MAX) {
		bad_line(r, "node %s is larger than 4 GiB: left alone", id);
		a->total--;
		return 0;
	}
	if (cl_node_add(r, id, ai, r->nodes_bytes, (uint32_t)len) ==
	    CL_NONE) {
		bad_line(r, "node %s appears a second time: ignored", id);
		a->total--;
		return 0;
	}
	evbuffer_add(r->nodes_out, s, len);
	evbuffer_add(r->nodes_out, "\n", 1);
	r->nodes_bytes += len + 1;
	return spool_out(r, SPOOL_BATCH, err, errlen);
}

static void
edge_line(struct crun *r, json_object *o)
{
	const char *from = jget_str(o, "from"), *to = jget_str(o, "to");
	const char *et = jget_str(o, "edge_type");
	uint32_t f, t;

	if (from == NULL || to == NULL) {
		bad_line(r, "an edge without \"from\" and \"to\" strings: "
		    "ignored");
		return;
	}
	r->seen_edges++;
	if (et == NULL || strcmp(et, "default") == 0)
		return;
	if (strcmp(et, "delete") != 0) {
		bad_line(r, "edge %s -> %s of unknown type \"%s\": ignored",
		    from, to, et);
		return;
	}
	if ((f = cl_node_find(r, from)) != CL_NONE &&
	    (t = cl_node_find(r, to)) != CL_NONE)
		cl_edge_add(r, f, t);
}

static int
one_line(struct crun *r, const char *s, size_t len, char *err,
    size_t errlen)
{
	struct json_tokener *tok;
	json_object *o;
	const char *type;
	size_t i;
	int rc = 0;

	r->lineno++;
	for (i = 0; i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r');
	    i++)
		;
	if (i == len)
		return 0;
	if ((tok = json_tokener_new_ex(MSG_MAX_DEPTH)) == NULL)
		fatalx("cleanup: out of memory");
	o = json_tokener_parse_ex(tok, s, (int)len);
	if (o == NULL || !json_object_is_type(o, json_type_object)) {
		bad_line(r, "not a JSON object (%s): ignored", o == NULL ?
		    json_tokener_error_desc(json_tokener_get_error(tok)) :
		    json_type_to_name(json_object_get_type(o)));
		json_object_put(o);
		json_tokener_free(tok);
		return 0;
	}
	json_tokener_free(tok);
	type = jget_str(o, "type");
	if (type != NULL && strcmp(type, "node") == 0)
		rc = node_line(r, o, s, len, err, errlen);
	else if (type != NULL && strcmp(type, "edge") == 0)
		edge_line(r, o);
	else
		bad_line(r, "neither a node nor an edge (\"type\": %s): "
		    "ignored", type ? type : "missing");
	json_object_put(o);
	return rc;
}

int
cl_search_data(const char *p, size_t n, char *err, size_t errlen, void *arg)
{
	struct crun *r = arg;
	const char *nl;
	size_t k;

	while (n > 0) {
		if ((nl = memchr(p, '\n', n)) == NULL) {
			if (r->line.len + n > (size_t)INT32_MAX) {
				snprintf(err, errlen, "search answer line "
				    "%llu is longer than 2 GiB",
				    (unsigned long long)r->lineno + 1);
				return -1;
			}
			buf_add(&r->line, p, n);
			return 0;
		}
		k = (size_t)(nl - p);
		if (r->line.len > 0) {
			buf_add(&r->line, p, k);
			if (one_line(r, r->line.data, r->line.len, err,
			    errlen) == -1)
				return -1;
			buf_reset(&r->line);
		} else if (one_line(r, p, k, err, errlen) == -1)
			return -1;
		p += k + 1;
		n -= k + 1;
	}
	return 0;
}

int
cl_search_end(struct crun *r, char *err, size_t errlen)
{
	if (r->line.len > 0 && one_line(r, r->line.data, r->line.len, err,
	    errlen) == -1)
		return -1;
	buf_free(&r->line);
	if (spool_out(r, 0, err, errlen) == -1 ||
	    spool_finish(r->nodes_sp, err, errlen) == -1)
		return -1;
	if (r->bad_lines > BAD_LINES_LISTED)
		cl_info(r, "error", NULL, NULL, "%llu bad lines in the search "
		    "answer in all, each ignored",
		    (unsigned long long)r->bad_lines);
	return 0;
}

/* cleanup_search: the answer of the reference worker's search
 * (core-protocol.md 7.1), read line by line as it arrives: flagged nodes
 * of served accounts go to the node spool and the node table, delete
 * edges between them to the plan; everything else is dropped at once.
 * See cleanup_int.h. */
#include "supervisor/cleanup_int.h"

#include "collector/collector.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "common/log.h"
#include "supervisor/cleanup_line.h"
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
node_line(struct crun *r, const struct cl_line *l, const char *s,
    size_t len, char *err, size_t errlen)
{
	const char *cloud = l->cloud, *account = l->account;
	const struct collector *coll;
	const struct kind *k;
	struct cacct *a;
	uint32_t ai;

	r->seen_nodes++;
	if (!l->flagged)
		return 0;	/* an ancestor or descendant, not flagged */
	/* the core gives a node its ancestors but not itself (a cloud node
	 * has no ancestors.cloud, an account none of its own account) */
	if (cloud == NULL && strcmp(l->kind, "cloud") == 0)
		cloud = l->rid;
	if (cloud != NULL && account == NULL &&
	    (coll = collector_find(cloud)) != NULL &&
	    (k = kind_lookup(coll->kinds, l->kind)) != NULL &&
	    kind_is_a(k, &kind_account))
		account = l->rid;
	if (cloud == NULL && !l->ancestors) {
		bad_line(r, "flagged node %s (%s) has no ancestors: cannot "
		    "tell its cloud and account; left alone", l->id, l->kind);
		return 0;
	}
	ai = cl_acct(r, cloud ? cloud : "?", account);
	a = &r->accts[ai];
	a->total++;
	if (!serves(r, a->cloud, account)) {
		if (a->sample == NULL) {
			struct buf b = BUF_INIT;

			buf_printf(&b, "%s %s", l->kind, l->id);
			a->sample = buf_take(&b);
		}
		return 0;
	}
	a->served = 1;
	if (len > UINT32_MAX) {
		bad_line(r, "node %s is larger than 4 GiB: left alone", l->id);
		a->total--;
		return 0;
	}
	if (cl_node_add(r, l->id, ai, r->nodes_bytes, (uint32_t)len) ==
	    CL_NONE) {
		bad_line(r, "node %s appears a second time: ignored", l->id);
		a->total--;
		return 0;
	}
	evbuffer_add(r->nodes_out, s, len);
	evbuffer_add(r->nodes_out, "\n", 1);
	r->nodes_bytes += len + 1;
	return spool_out(r, SPOOL_BATCH, err, errlen);
}

static int
one_line(struct crun *r, const char *s, size_t len, char *err,
    size_t errlen)
{
	struct cl_line l;
	uint32_t f, t;
	int rc = 0;

	r->lineno++;
	switch (cl_line_parse(s, len, &l)) {
	case CL_L_BLANK:
		break;
	case CL_L_BAD:
		bad_line(r, "%s: ignored", l.why);
		break;
	case CL_L_NODE:
		rc = node_line(r, &l, s, len, err, errlen);
		break;
	case CL_L_EDGE:
		r->seen_edges++;
		if (l.delete_edge && (f = cl_node_find(r, l.from)) != CL_NONE &&
		    (t = cl_node_find(r, l.to)) != CL_NONE)
			cl_edge_add(r, f, t);
		break;
	}
	cl_line_free(&l);
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
	if (spool_out(r, 0, err, errlen) == -1)
		return -1;
	spool_finish(r->nodes_sp);
	if (r->bad_lines > BAD_LINES_LISTED)
		cl_info(r, "error", NULL, NULL, "%llu bad lines in the search "
		    "answer in all, each ignored",
		    (unsigned long long)r->bad_lines);
	return 0;
}

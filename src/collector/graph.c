/* graph: see graph.h. */
#include "collector/graph.h"
#include "collector/isotime.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "common/log.h"
#include "protocol/frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T_DEFAULT	0x1
#define T_DELETE	0x2
#define T_DELFIRST	0x4	/* delete was added before default */

/* The edges of one (from, to). graph_edge() appends one per call; the
 * repeats of a pair are folded into its first at graph_finish(). */
struct pair {
	uint32_t	from, to;
	uint8_t		types;
};

/* What the graph asks of a node's kind, looked up once per kind. */
#define KF_CLOUD	0x01	/* a base_cloud */
#define KF_ACCOUNT	0x02
#define KF_REGION	0x04
#define KF_ZONE		0x08
#define KF_PHANTOM	0x10
#define KF_MAX		32	/* kinds remembered; more are looked up */

struct kflags {
	const struct kind	*kind;
	unsigned		 flags;
};

/* A slot of the id table: the id's index + 1 (0: empty) and another
 * part of its hash, so that a probe rarely has to read the id itself. */
struct idslot {
	uint32_t	tag;
	uint32_t	ix;
};

struct graph {
	enum merge_kind	 merge;
	graph_out_fn	 out_fn;
	void		*out_arg;
	time_t		 now;
	char		 now_str[ISOTIME_LEN];

	struct buf	 out;		/* whole lines not yet flushed */
	size_t		 line_start;	/* of the node line being built */
	const struct kind *cur;		/* its kind, NULL between nodes */
	unsigned	 curflags;	/* its KF_ flags */
	int		 curcleaned;	/* its gnode.cleaned */
	json_object	*curusage;	/* its gnode.usage (a reference) */
	struct kflags	 kf[KF_MAX];
	size_t		 nkf;
	struct buf	 tmp;		/* scratch (identity tuple repr) */
	struct buf	 deferred;	/* deferred edge lines */

	/* node ids, interned in order of first appearance */
	struct nodeid	*ids;
	uint8_t		*isnode;
	uint32_t	 nids, capids;
	struct idslot	*idslots;	/* open addressing, at most 3/4 full */
	uint32_t	 nidslots;

	struct pair	*pairs;
	uint32_t	 npairs, cappairs;

	size_t		 nodes;		/* node lines */
	size_t		 edges;		/* edge lines */
	uint32_t	 lastfrom;	/* the source of the last edge line, */
	char		 lastfrom_s[NODEID_LEN + 1];	/* its id text */
	size_t		 replace;	/* replace nodes */
	struct nodeid	 cloud_id;
	int		 io_failed;
	int		 finished;	/* graph_finish ran: only free now */
	char		 err[256];	/* first error, "" when none */
};

static void
seterr(struct graph *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
seterr(struct graph *g, const char *fmt, ...)
{
	va_list ap;

	if (g->err[0])
		return;
	va_start(ap, fmt);
	vsnprintf(g->err, sizeof(g->err), fmt, ap);
	va_end(ap);
}

struct graph *
graph_new(enum merge_kind merge, graph_out_fn fn, void *arg)
{
	struct graph *g = xcalloc(1, sizeof(*g));

	g->merge = merge;
	g->out_fn = fn;
	g->out_arg = arg;
	graph_set_time(g, time(NULL));
	g->nidslots = 1024;
	g->idslots = xcalloc(g->nidslots, sizeof(*g->idslots));
	return g;
}

void
graph_free(struct graph *g)
{
	if (g == NULL)
		return;
	buf_free(&g->out);
	buf_free(&g->tmp);
	buf_free(&g->deferred);
	free(g->ids);
	free(g->isnode);
	free(g->idslots);
	free(g->pairs);
	free(g);
}

void
graph_set_time(struct graph *g, time_t t)
{
	g->now = t;
	iso_format(t, g->now_str);
}

time_t
graph_time(const struct graph *g)
{
	return g->now;
}

const char *
graph_time_str(const struct graph *g)
{
	return g->now_str;
}

int
graph_io_failed(const struct graph *g)
{
	return g->io_failed;
}

const struct nodeid *
graph_cloud_id(const struct graph *g)
{
	return &g->cloud_id;
}

/* Sends out[0, upto) as one frame and keeps the rest. */
static void
flush_upto(struct graph *g, size_t upto)
{
	if (upto == 0)
		return;
	if (!g->io_failed && !g->err[0] &&
	    g->out_fn(g->out_arg, g->out.data, upto) == -1) {
		g->io_failed = 1;
		seterr(g, "cannot deliver the graph (receiver gone)");
	}
	memmove(g->out.data, g->out.data + upto, g->out.len - upto);
	g->out.len -= upto;
	g->out.data[g->out.len] = '\0';
}

/* Called after each whole line: start at its first byte. */
static void
line_done(struct graph *g, size_t start)
{
	if (g->out.len <= FRAME_MAX_PAYLOAD) {
		if (g->out.len >= GRAPH_CHUNK)
			flush_upto(g, g->out.len);
		return;
	}
	flush_upto(g, start);
	if (g->out.len > FRAME_MAX_PAYLOAD) {
		seterr(g, "a graph line of %zu bytes exceeds the frame maximum "
		    "of %d bytes", g->out.len, FRAME_MAX_PAYLOAD);
		buf_reset(&g->out);
	}
}

/* ---- node id table ---------------------------------------------------- */

/* BLAKE2b output is uniform already: bytes 0-3 pick the slot, 4-7 are
 * the tag. */
static void
id_hash(const struct nodeid *id, uint32_t *h, uint32_t *tag)
{
	memcpy(h, id->b, sizeof(*h));
	memcpy(tag, id->b + 4, sizeof(*tag));
}

static void
id_rehash(struct graph *g)
{
	uint32_t i, h, tag, s, mask;

	if (g->nidslots > UINT32_MAX / 2)
		fatalx("graph: too many node ids");
	free(g->idslots);
	g->nidslots *= 2;
	g->idslots = xcalloc(g->nidslots, sizeof(*g->idslots));
	mask = g->nidslots - 1;
	for (i = 0; i < g->nids; i++) {
		id_hash(&g->ids[i], &h, &tag);
		for (s = h & mask; g->idslots[s].ix; s = (s + 1) & mask)
			;
		g->idslots[s].tag = tag;
		g->idslots[s].ix = i + 1;
	}
}

/* The index of id, interned now if new (*isnew set). */
static uint32_t
id_intern(struct graph *g, const struct nodeid *id, int *isnew)
{
	uint32_t h, tag, s, mask, ix;

	if (g->finished)
		fatalx("graph: used after graph_finish");
	if (((uint64_t)g->nids + 1) * 4 > (uint64_t)g->nidslots * 3)
		id_rehash(g);
	id_hash(id, &h, &tag);
	mask = g->nidslots - 1;
	for (s = h & mask; g->idslots[s].ix; s = (s + 1) & mask) {
		ix = g->idslots[s].ix - 1;
		if (g->idslots[s].tag == tag &&
		    memcmp(g->ids[ix].b, id->b, NODEID_BIN) == 0) {
			*isnew = 0;
			return ix;
		}
	}
	if (g->nids == UINT32_MAX - 1)
		fatalx("graph: too many node ids");
	if (g->nids == g->capids) {
		g->capids = g->capids ? g->capids * 2 : 1024;
		g->ids = xrealloc(g->ids, (size_t)g->capids * sizeof(*g->ids));
		g->isnode = xrealloc(g->isnode, g->capids);
	}
	ix = g->nids++;
	g->ids[ix] = *id;
	g->isnode[ix] = 0;
	g->idslots[s].tag = tag;
	g->idslots[s].ix = ix + 1;
	*isnew = 1;
	return ix;
}

/* ---- nodes ------------------------------------------------------------ */

static unsigned
kind_flags(struct graph *g, const struct kind *k)
{
	unsigned f = 0;
	size_t i;

	for (i = 0; i < g->nkf; i++)
		if (g->kf[i].kind == k)
			return g->kf[i].flags;
	if (kind_is_a(k, &kind_base_cloud))
		f |= KF_CLOUD;
	if (kind_is_a(k, &kind_account))
		f |= KF_ACCOUNT;
	if (kind_is_a(k, &kind_region))
		f |= KF_REGION;
	if (kind_is_a(k, &kind_zone))
		f |= KF_ZONE;
	if (kind_phantom(k))
		f |= KF_PHANTOM;
	if (g->nkf < KF_MAX) {
		g->kf[g->nkf].kind = k;
		g->kf[g->nkf++].flags = f;
	}
	return f;
}

/* "id": the quoted text of a node id */
static void
put_idstr(struct buf *b, const char *s)
{
	buf_add_quoted(b, '"', s, NODEID_LEN);
}

static void
put_id(struct buf *b, const struct nodeid *id)
{
	buf_reserve(b, NODEID_LEN + 2);
	b->data[b->len++] = '"';
	nodeid_str(id, b->data + b->len);
	b->len += NODEID_LEN;
	b->data[b->len++] = '"';
	b->data[b->len] = '\0';
}

void
graph_node_id(struct graph *g, const struct gnode *n, struct nodeid *id)
{
	const struct kind *k = n->kind;
	const char *name = n->name ? n->name : n->id;
	const char *keys[7];
	unsigned f = kind_flags(g, k);

	if (n->keys)
		nodeid_tuple(id, n->keys, n->nkeys, &g->tmp);
	else {
		keys[0] = k->fqn;
		keys[1] = (f & KF_CLOUD) ? n->id :
		    n->cloud ? n->cloud : "undefined";
		keys[2] = (f & KF_ACCOUNT) ? n->id :
		    n->account ? n->account : "undefined";
		keys[3] = (f & KF_REGION) ? n->id :
		    n->region ? n->region : "undefined";
		keys[4] = (f & KF_ZONE) ? n->id :
		    n->zone ? n->zone : "undefined";
		keys[5] = n->id;
		keys[6] = name;
		nodeid_tuple(id, keys, 7, &g->tmp);
	}
}

struct buf *
graph_node_begin(struct graph *g, const struct gnode *n, struct nodeid *id)
{
	const struct kind *k = n->kind;
	const char *name = n->name ? n->name : n->id;
	struct buf *b = &g->out;
	unsigned f = kind_flags(g, k);
	uint32_t ix;
	size_t i;
	int isnew;

	graph_node_id(g, n, id);
	ix = id_intern(g, id, &isnew);
	if (g->isnode[ix]) {
		char s[NODEID_LEN + 1];

		nodeid_str(id, s);
		log_warnx("graph: duplicate node id %s (%s %s): the core keeps "
		    "the later line", s, k->fqn, n->id);
	}
	g->isnode[ix] = 1;

	g->line_start = b->len;
	ADDS(b, "{\"id\": ");
	put_id(b, id);
	ADDS(b, ", \"reported\": {\"id\": ");
	jw_str(b, n->id);
	ADDS(b, ", \"tags\": {");
	for (i = 0; i < n->ntags; i++) {
		if (n->tags[i].value == NULL)
			continue;
		if (b->data[b->len - 1] != '{')
			ADDS(b, ", ");
		jw_key1(b, n->tags[i].key);
		jw_str(b, n->tags[i].value);
	}
	ADDS(b, "}, \"name\": ");
	jw_str(b, name);
	g->cur = k;
	g->curflags = f;
	g->curcleaned = n->cleaned;
	g->curusage = n->usage ? json_object_get(n->usage) : NULL;
	return b;
}

void
graph_prop_ctime(struct graph *g, const struct gnode *n, const char *ctime)
{
	char t[ISOTIME_LEN];
	size_t i;

	for (i = 0; i < n->ntags; i++)
		if (strcmp(n->tags[i].key, "resoto:ctime") == 0 &&
		    n->tags[i].value && iso_to_utc(n->tags[i].value, t) == 0) {
			ctime = t;
			break;
		}
	if (ctime) {
		jw_key(&g->out, "ctime");
		jw_str(&g->out, ctime);
	}
}

void
graph_node_end(struct graph *g)
{
	const struct kind *k = g->cur;
	unsigned f = g->curflags;
	struct buf *b = &g->out;
	int replace;

	if (k == NULL)
		fatalx("graph_node_end without graph_node_begin");
	if (k->python_type == NULL)
		fatalx("graph: kind %s is a mixin, not a resource", k->fqn);
	g->cur = NULL;
	replace = g->merge == MERGE_CLOUD ? (f & KF_CLOUD) : (f & KF_ACCOUNT);
	ADDS(b, ", \"kind\": ");
	jw_str(b, k->fqn);
	ADDS(b, "}, \"metadata\": {\"python_type\": ");
	jw_str(b, k->python_type);
	ADDS(b, ", \"cleaned\": ");
	jw_bool(b, g->curcleaned);
	if (f & KF_PHANTOM)
		ADDS(b, ", \"phantom\": true, \"protected\": false");
	else
		ADDS(b, ", \"phantom\": false, \"protected\": false");
	if (replace) {
		ADDS(b, ", \"replace\": true");
		g->replace++;
	}
	if (f & KF_ACCOUNT) {
		ADDS(b, ", \"exported_at\": \"");
		buf_puts(b, g->now_str);
		buf_putc(b, '"');
	}
	ADDS(b, "}, \"usage\": ");
	if (g->curusage) {
		jw_json(b, g->curusage);
		json_object_put(g->curusage);
		g->curusage = NULL;
	} else
		ADDS(b, "{}");
	ADDS(b, "}\n");
	g->nodes++;
	line_done(g, g->line_start);
}

void
graph_root_cloud(struct graph *g, const char *cloud, struct nodeid *cloud_id)
{
	graph_root_cloud_named(g, cloud, NULL, cloud_id);
}

void
graph_root_cloud_named(struct graph *g, const char *cloud, const char *name,
    struct nodeid *cloud_id)
{
	struct gnode root = { .kind = &kind_graph_root, .id = "root" };
	struct gnode c = { .kind = &kind_cloud, .id = cloud, .name = name };
	struct nodeid rid;

	graph_node_begin(g, &root, &rid);
	graph_node_end(g);
	graph_node_begin(g, &c, &g->cloud_id);
	graph_node_end(g);
	graph_edge(g, &rid, &g->cloud_id, EDGE_DEFAULT);
	if (cloud_id)
		*cloud_id = g->cloud_id;
}

/* ---- edges ------------------------------------------------------------ */

void
graph_edge(struct graph *g, const struct nodeid *from, const struct nodeid *to,
    enum edge_type type)
{
	struct pair *p;
	int isnew;

	if (g->npairs == UINT32_MAX - 1)
		fatalx("graph: too many edges");
	if (g->npairs == g->cappairs) {
		g->cappairs = g->cappairs ? g->cappairs * 2 : 1024;
		g->pairs = xrealloc(g->pairs,
		    (size_t)g->cappairs * sizeof(*g->pairs));
	}
	p = &g->pairs[g->npairs++];
	p->from = id_intern(g, from, &isnew);
	p->to = id_intern(g, to, &isnew);
	p->types = type == EDGE_DELETE ? (T_DELETE | T_DELFIRST) : T_DEFAULT;
}

static void
put_sel(struct buf *b, const struct gsel *s)
{
	if (s->node_id) {
		ADDS(b, "{\"node_id\": ");
		put_id(b, s->node_id);
	} else {
		ADDS(b, "{\"search_criteria\": ");
		jw_str(b, s->search);
	}
	buf_putc(b, '}');
}

void
graph_deferred(struct graph *g, const struct gsel *from, const struct gsel *to,
    enum edge_type type)
{
	struct buf *b = &g->deferred;

	ADDS(b, "{\"from_selector\": ");
	put_sel(b, from);
	ADDS(b, ", \"to_selector\": ");
	put_sel(b, to);
	ADDS(b, ", \"edge_type\": ");
	jw_str(b, type == EDGE_DELETE ? "delete" : "default");
	ADDS(b, "}\n");
}

/* ---- checks and output ------------------------------------------------ */

/* Pairs ordered by source index, insertion order within a source (a
 * counting sort), each (from, to) once, its repeats folded into the first:
 * order[] holds pair indexes, start[] n + 1 offsets. */
static void
by_source(struct graph *g, uint32_t **orderp, uint32_t **startp)
{
	uint32_t *start = xcalloc((size_t)g->nids + 1, sizeof(*start));
	uint32_t *order = xcalloc(g->npairs ? g->npairs : 1, sizeof(*order));
	uint32_t *fill, *first, i, v, end, w, ws;
	struct pair *p;

	for (i = 0; i < g->npairs; i++)
		start[g->pairs[i].from + 1]++;
	for (i = 0; i < g->nids; i++)
		start[i + 1] += start[i];
	fill = xcalloc((size_t)g->nids + 1, sizeof(*fill));
	memcpy(fill, start, ((size_t)g->nids + 1) * sizeof(*fill));
	for (i = 0; i < g->npairs; i++)
		order[fill[g->pairs[i].from]++] = i;
	free(fill);
	/* fold repeats: first[to] is 1 + the place of (v, to) in order[]
	 * once source v kept it, smaller than 1 + ws for earlier sources */
	first = xcalloc((size_t)g->nids + 1, sizeof(*first));
	for (v = 0, i = 0, w = 0; v < g->nids; v++) {
		end = start[v + 1];
		start[v] = ws = w;
		for (; i < end; i++) {
			p = &g->pairs[order[i]];
			if (first[p->to] > ws) {
				g->pairs[order[first[p->to] - 1]].types |=
				    p->types & (T_DEFAULT | T_DELETE);
				continue;
			}
			first[p->to] = w + 1;
			order[w++] = order[i];
		}
	}
	start[g->nids] = w;
	free(first);
	*orderp = order;
	*startp = start;
}

/* Depth first search for a cycle over the edges of one type; returns the
 * index of a node on a cycle or UINT32_MAX. */
static uint32_t
find_cycle(struct graph *g, const uint32_t *order, const uint32_t *start,
    uint8_t bit)
{
	/* color: 0 not seen, 1 on the current path, 2 done */
	uint8_t *color = xcalloc(g->nids ? g->nids : 1, 1);
	uint32_t *stack = xcalloc(g->nids ? g->nids : 1, sizeof(*stack));
	uint32_t *next = xcalloc(g->nids ? g->nids : 1, sizeof(*next));
	uint32_t root, sp, v, w, found = UINT32_MAX;
	const struct pair *p;

	for (root = 0; root < g->nids && found == UINT32_MAX; root++) {
		if (color[root])
			continue;
		sp = 0;
		stack[sp++] = root;
		color[root] = 1;
		next[root] = start[root];
		while (sp > 0) {
			v = stack[sp - 1];
			if (next[v] == start[v + 1]) {
				color[v] = 2;
				sp--;
				continue;
			}
			p = &g->pairs[order[next[v]++]];
			if (!(p->types & bit))
				continue;
			w = p->to;
			if (color[w] == 1) {
				found = w;
				break;
			}
			if (color[w] == 0) {
				color[w] = 1;
				next[w] = start[w];
				stack[sp++] = w;
			}
		}
	}
	free(color);
	free(stack);
	free(next);
	return found;
}

static int
check(struct graph *g, const uint32_t *order, const uint32_t *start)
{
	char a[NODEID_LEN + 1], c[NODEID_LEN + 1];
	uint32_t i, v;

	for (i = 0; i < g->npairs; i++) {
		const struct pair *p = &g->pairs[i];

		if (g->isnode[p->from] && g->isnode[p->to])
			continue;
		nodeid_str(&g->ids[p->from], a);
		nodeid_str(&g->ids[p->to], c);
		seterr(g, "edge %s -> %s: node %s was never added", a, c,
		    g->isnode[p->from] ? c : a);
		return -1;
	}
	if (g->merge == MERGE_ACCOUNT && g->replace != 1) {
		seterr(g, "merge kind account needs exactly one account node "
		    "(the replace node), the graph has %zu", g->replace);
		return -1;
	}
	if (g->merge == MERGE_CLOUD && g->replace != 1) {
		seterr(g, "merge kind cloud needs exactly one cloud node "
		    "(the replace node), the graph has %zu", g->replace);
		return -1;
	}
	if ((v = find_cycle(g, order, start, T_DEFAULT)) != UINT32_MAX) {
		nodeid_str(&g->ids[v], a);
		seterr(g, "the default edges have a cycle through node %s", a);
		return -1;
	}
	if ((v = find_cycle(g, order, start, T_DELETE)) != UINT32_MAX) {
		nodeid_str(&g->ids[v], a);
		seterr(g, "the delete edges have a cycle through node %s", a);
		return -1;
	}
	return 0;
}

static void
put_edge(struct graph *g, const struct pair *p, int del)
{
	struct buf *b = &g->out;
	size_t start = b->len;

	/* edges come grouped by source: its id text is made once */
	if (p->from != g->lastfrom) {
		nodeid_str(&g->ids[p->from], g->lastfrom_s);
		g->lastfrom = p->from;
	}
	ADDS(b, "{\"from\": ");
	put_idstr(b, g->lastfrom_s);
	ADDS(b, ", \"to\": ");
	put_id(b, &g->ids[p->to]);
	if (del)
		ADDS(b, ", \"edge_type\": \"delete\"}\n");
	else
		ADDS(b, "}\n");
	g->edges++;
	line_done(g, start);
}

int
graph_finish(struct graph *g, size_t *nodes, size_t *edges, char *err,
    size_t errlen)
{
	uint32_t *order, *start, i;
	const char *d, *nl;
	int r;

	if (g->cur)
		fatalx("graph_finish inside a node");
	if (g->finished)
		fatalx("graph_finish called twice");
	g->finished = 1;
	g->lastfrom = UINT32_MAX;
	free(g->idslots);		/* no more lookups: make room */
	g->idslots = NULL;
	by_source(g, &order, &start);
	r = g->err[0] ? -1 : check(g, order, start);
	for (i = 0; r == 0 && i < start[g->nids] && !g->err[0]; i++) {
		const struct pair *p = &g->pairs[order[i]];

		if ((p->types & T_DELFIRST) && (p->types & T_DEFAULT)) {
			put_edge(g, p, 1);
			put_edge(g, p, 0);
		} else {
			if (p->types & T_DEFAULT)
				put_edge(g, p, 0);
			if (p->types & T_DELETE)
				put_edge(g, p, 1);
		}
	}
	free(order);
	free(start);
	/* deferred lines, copied line by line to keep frames whole-line */
	for (d = g->deferred.data; r == 0 && d && *d && !g->err[0]; d = nl + 1) {
		size_t s = g->out.len;

		nl = strchr(d, '\n');
		buf_add(&g->out, d, (size_t)(nl - d) + 1);
		line_done(g, s);
	}
	if (r == 0 && !g->err[0])
		flush_upto(g, g->out.len);
	if (g->err[0]) {
		snprintf(err, errlen, "%s", g->err);
		return -1;
	}
	*nodes = g->nodes;
	*edges = g->edges;
	return 0;
}

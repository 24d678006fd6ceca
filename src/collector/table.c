/* table: the generic kind-table engine, see table.h. */
#include "collector/table.h"
#include "collector/blake2b.h"
#include "collector/graph.h"
#include "collector/isotime.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PROPS	256	/* of one kind with its bases */
#define MAX_TAGS	64	/* AWS allows 50 per resource */

/* The properties of a kind in attrs order, found once per kind. */
struct pcache {
	const struct kind	*kind;
	const struct kprop	*props[MAX_PROPS];
	size_t			 n;
	struct pcache		*next;
};

/* What a table kind's node is made of, found once per table kind: its
 * properties, the mapping of each, and what each is to the node. */
enum prole { PR_VALUE, PR_BEGIN, PR_CTIME };	/* BEGIN: id, tags, name */

struct tcache {
	const struct tkind	*tk;
	const struct pcache	*pc;
	const struct tmap	*maps[MAX_PROPS];
	enum prole		 role[MAX_PROPS];
	const struct tmap	*id, *name;
	struct tcache		*next;
};

struct slot {			/* the index: emitted nodes by key */
	uint64_t	h;		/* 0: empty */
	struct nodeid	id;
};

struct pending {		/* an edge waiting for its other end */
	struct nodeid	self;
	uint64_t	other;		/* the other end's key */
	unsigned	flags;
};

struct table {
	struct graph	*g;
	table_report_fn	 report;
	void		*arg;
	struct pcache	*cache;
	struct tcache	*tcache;
	struct slot	*slots;
	size_t		 nslots, used;
	struct pending	*pend;
	size_t		 npend, cappend;
	struct buf	 tmp;
};

struct table *
table_new(struct graph *g, table_report_fn report, void *arg)
{
	struct table *t = xcalloc(1, sizeof(*t));

	t->g = g;
	t->report = report;
	t->arg = arg;
	t->nslots = 1024;
	t->slots = xcalloc(t->nslots, sizeof(*t->slots));
	return t;
}

void
table_free(struct table *t)
{
	struct pcache *c, *n;
	struct tcache *tc, *tn;

	if (t == NULL)
		return;
	for (c = t->cache; c; c = n) {
		n = c->next;
		free(c);
	}
	for (tc = t->tcache; tc; tc = tn) {
		tn = tc->next;
		free(tc);
	}
	free(t->slots);
	free(t->pend);
	buf_free(&t->tmp);
	free(t);
}

static int
collect_prop(const struct kprop *p, void *arg)
{
	struct pcache *c = arg;

	if (c->n == MAX_PROPS)
		fatalx("table: kind %s has more than %d properties",
		    c->kind->fqn, MAX_PROPS);
	c->props[c->n++] = p;
	return 0;
}

static const struct pcache *
props_of(struct table *t, const struct kind *k)
{
	struct pcache *c;

	for (c = t->cache; c; c = c->next)
		if (c->kind == k)
			return c;
	c = xcalloc(1, sizeof(*c));
	c->kind = k;
	kind_props_walk(k, collect_prop, c);
	c->next = t->cache;
	t->cache = c;
	return c;
}

/* ---- reading items ------------------------------------------------------ */

static json_object *
tag_value(json_object *o, const char *key, const struct tkind *tk)
{
	json_object *list, *e, *k, *v;
	size_t i, n;

	if (tk == NULL || tk->tags == NULL ||
	    !json_object_object_get_ex(o, tk->tags, &list) ||
	    !json_object_is_type(list, json_type_array))
		return NULL;
	n = json_object_array_length(list);
	for (i = 0; i < n; i++) {
		e = json_object_array_get_idx(list, i);
		if (json_object_object_get_ex(e, tk->tag_key, &k) &&
		    json_object_is_type(k, json_type_string) &&
		    strcmp(json_object_get_string(k), key) == 0 &&
		    json_object_object_get_ex(e, tk->tag_value, &v) &&
		    json_object_is_type(v, json_type_string))
			return json_object_get(v);
	}
	return NULL;
}

static int	is_empty(json_object *);

static int	scalar_str(json_object *, const char **);

/* One alternative of a path (no '|'), len bytes of it. */
static json_object *
get_one(json_object *o, const char *p, size_t len, const struct tkind *tk)
{
	char name[128];
	json_object *cur = o, *list, *e, *v, *out;
	const char *end = p + len, *dot, *plus;
	size_t n, i;

	if (len > 0 && *p != '=' && (plus = memchr(p, '+', len)) != NULL) {
		/* "a+=:+b": the pieces' values joined, none when one is
		 * missing (the reference's S(a) + K(":") + S(b)) */
		struct buf j = BUF_INIT;
		const char *s;

		for (;;) {
			v = get_one(o, p, (size_t)(plus - p), tk);
			if (v == NULL || scalar_str(v, &s) == -1) {
				json_object_put(v);
				buf_free(&j);
				return NULL;
			}
			buf_puts(&j, s);
			json_object_put(v);
			if (plus == end)
				break;
			p = plus + 1;
			if ((plus = memchr(p, '+', (size_t)(end - p))) == NULL)
				plus = end;
		}
		out = json_object_new_string(buf_str(&j));
		buf_free(&j);
		return out;
	}
	if (len > 0 && *p == '=')
		return json_object_new_string_len(p + 1, (int)(len - 1));
	if (len > 0 && *p == '#') {
		if (len - 1 >= sizeof(name))
			return NULL;
		memcpy(name, p + 1, len - 1);
		name[len - 1] = '\0';
		return tag_value(o, name, tk);
	}
	while (p < end) {
		for (dot = p; dot < end && *dot != '.' && *dot != '['; dot++)
			;
		n = (size_t)(dot - p);
		if (n >= sizeof(name) || cur == NULL ||
		    !json_object_is_type(cur, json_type_object))
			return NULL;
		memcpy(name, p, n);
		name[n] = '\0';
		if (!json_object_object_get_ex(cur, name, &cur) || cur == NULL)
			return NULL;
		if (end - dot >= 3 && memcmp(dot, "[0]", 3) == 0) {
			/* "a[0].rest": the first element */
			if (!json_object_is_type(cur, json_type_array) ||
			    json_object_array_length(cur) == 0)
				return NULL;
			cur = json_object_array_get_idx(cur, 0);
			p = dot + 3;
			if (p < end && *p == '.')
				p++;
			continue;
		}
		if (dot < end && *dot == '[') {	/* "a[].rest" */
			p = dot + 2;
			if (p < end && *p == '.')
				p++;
			out = json_object_new_array();
			if (is_empty(cur))
				return out;	/* "": empty */
			/* XML: a list of one is the element itself */
			list = json_object_is_type(cur, json_type_array) ? cur :
			    NULL;
			for (i = 0; i < (list ? json_object_array_length(list) :
			    1); i++) {
				e = list ? json_object_array_get_idx(list, i) : cur;
				v = p < end ? get_one(e, p, (size_t)(end - p),
				    tk) : json_object_get(e);
				if (v != NULL)	/* StripNones */
					json_object_array_add(out, v);
			}
			return out;
		}
		p = dot < end ? dot + 1 : end;
	}
	return json_object_get(cur);
}

json_object *
table_get(json_object *o, const char *path, const struct tkind *tk)
{
	const char *bar;
	json_object *v;

	if (path == NULL || o == NULL)
		return NULL;
	for (;;) {
		bar = strchr(path, '|');
		v = get_one(o, path, bar ? (size_t)(bar - path) : strlen(path),
		    tk);
		/* an absent or empty string alternative gives way */
		if (v != NULL && !(json_object_is_type(v, json_type_string) &&
		    json_object_get_string_len(v) == 0 && bar != NULL))
			return v;
		json_object_put(v);
		if (bar == NULL || bar[1] == '\0')
			return NULL;	/* "p|": the default (table_node_at) */
		path = bar + 1;
	}
}

const char *
table_str(json_object *o, const char *path)
{
	json_object *v = table_get(o, path, NULL);
	const char *s = NULL;

	/* simple member paths only: the value lives on in o */
	if (v != NULL && json_object_is_type(v, json_type_string) &&
	    strpbrk(path, "[=#") == NULL)
		s = json_object_get_string(v);
	json_object_put(v);
	return s;
}

const struct tkind *
table_lookup(const struct tkind *tables, const char *fqn)
{
	for (; tables->kind; tables++)
		if (strcmp(tables->kind->fqn, fqn) == 0)
			return tables;
	return NULL;
}

/* ---- writing values ----------------------------------------------------- */

struct wctx {
	struct table		*t;
	const struct tkind	*tk;
	const char		*id;	/* for reports */
};

static void
bad(struct wctx *w, const char *prop, const char *want, json_object *v)
{
	char msg[512];

	snprintf(msg, sizeof(msg), "%s %s: property %s: %.80s is not %s",
	    w->tk->kind->fqn, w->id, prop, v ? json_object_to_json_string_ext(
	    v, JSON_C_TO_STRING_PLAIN) : "nothing", want);
	w->t->report(w->t->arg, w->tk, msg);
}

static int	write_value(struct wctx *, struct buf *, const struct kprop *,
		    json_object *, const struct tmap *);

static int
scalar_str(json_object *v, const char **s)
{
	if (v == NULL || json_object_is_type(v, json_type_object) ||
	    json_object_is_type(v, json_type_array))
		return -1;
	*s = json_object_get_string(v);
	return 0;
}

static int
parse_int(json_object *v, int64_t *out)
{
	const char *s;
	char *end;
	long long ll;

	if (json_object_is_type(v, json_type_int)) {
		*out = json_object_get_int64(v);
		return 0;
	}
	if (!json_object_is_type(v, json_type_string))
		return -1;
	s = json_object_get_string(v);
	errno = 0;
	ll = strtoll(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0)
		return -1;
	*out = ll;
	return 0;
}

static int
parse_double(json_object *v, double *out)
{
	const char *s;
	char *end;

	if (json_object_is_type(v, json_type_int) ||
	    json_object_is_type(v, json_type_double)) {
		*out = json_object_get_double(v);
		return 0;
	}
	if (!json_object_is_type(v, json_type_string))
		return -1;
	s = json_object_get_string(v);
	*out = strtod(s, &end);
	return *s == '\0' || *end != '\0' ? -1 : 0;
}

/* An object's properties (a nested kind): "{...}" */
static void
write_object(struct wctx *w, struct buf *b, const struct kind *k,
    json_object *o)
{
	const struct pcache *c = props_of(w->t, k);
	json_object *v;
	size_t i, mark;
	int first = 1;

	buf_putc(b, '{');
	for (i = 0; i < c->n; i++) {
		v = table_get(o, c->props[i]->src, NULL);
		mark = b->len;
		if (first)
			jw_key1(b, c->props[i]->name);
		else
			jw_key(b, c->props[i]->name);
		if (write_value(w, b, c->props[i], v, NULL) == 0)
			first = 0;
		else
			b->len = mark;	/* None: dropped */
		b->data[b->len] = '\0';
		json_object_put(v);
	}
	buf_putc(b, '}');
}

static int
is_empty(json_object *v)
{
	return json_object_is_type(v, json_type_string) &&
	    json_object_get_string_len(v) == 0;
}

/* A time in seconds since the epoch (TC_EPOCH, TC_EPOCH_NOW) as ISO
 * text in t: 0, or 1 when there is none (reported when v is not one). */
static int
epoch_time(struct wctx *w, const struct kprop *p, json_object *v,
    const struct tmap *m, char t[ISOTIME_LEN])
{
	double d;

	if (v == NULL || json_object_is_type(v, json_type_null)) {
		if (m->conv != TC_EPOCH_NOW)
			return 1;
		iso_format(graph_time(w->t->g), t);
		return 0;
	}
	if (parse_double(v, &d) == -1 || d < 0 || d > 253402300799.0) {
		bad(w, p->name, "a time in seconds since the epoch", v);
		return 1;
	}
	iso_format((time_t)d, t);
	return 0;
}

/* Writes the value of property p (v: what the source gave, NULL: none;
 * m: the kind's mapping of it). 0 written, 1 nothing (dropped). */
static int
write_value(struct wctx *w, struct buf *b, const struct kprop *p,
    json_object *v, const struct tmap *m)
{
	const struct tenum *e;
	const char *s;
	char t[ISOTIME_LEN];
	json_object *x;
	int64_t i;
	double d;
	size_t k, n;

	if (m && (m->conv == TC_EPOCH || m->conv == TC_EPOCH_NOW) &&
	    (p->type == PT_DATETIME || p->type == PT_STRING)) {
		if (epoch_time(w, p, v, m, t) != 0)
			return 1;
		jw_str(b, t);
		return 0;
	}
	if (v == NULL || json_object_is_type(v, json_type_null)) {
		if (p->def == NULL)
			return 1;
		buf_puts(b, p->def);
		return 0;
	}
	switch (p->type) {
	case PT_STRING:
	case PT_ENUM:
		if (scalar_str(v, &s) == -1) {
			bad(w, p->name, "a string", v);
			return 1;
		}
		if (m && m->map) {
			for (e = m->map; e->from; e++)
				if (strcmp(e->from, s) == 0)
					break;
			if (e->to == NULL)
				return 1;
			s = e->to;
		}
		if (m && m->conv == TC_S3_ARN) {
			struct buf arn = BUF_INIT;

			buf_printf(&arn, "arn:aws:s3:::%s", s);
			jw_str(b, arn.data);
			buf_free(&arn);
		} else
			jw_str(b, s);
		return 0;
	case PT_INT:
		if (parse_int(v, &i) == -1) {
			bad(w, p->name, "an integer", v);
			return 1;
		}
		jw_int(b, i);
		return 0;
	case PT_DOUBLE:
		if (m && m->conv == TC_PRESENT) {
			jw_bool(b, 1);
			return 0;
		}
		if (m && m->conv == TC_DIV1024) {
			if (parse_int(v, &i) == -1) {
				bad(w, p->name, "an integer", v);
				return 1;
			}
			d = (double)i / 1024;
		} else if (parse_double(v, &d) == -1) {
			bad(w, p->name, "a number", v);
			return 1;
		}
		jw_double(b, d);
		return 0;
	case PT_BOOL:
		if (m && m->conv == TC_PRESENT)
			jw_bool(b, 1);
		else if (m && m->map && scalar_str(v, &s) == 0) {
			for (e = m->map; e->from; e++)
				if (strcmp(e->from, s) == 0)
					break;
			if (e->to == NULL)
				return 1;
			jw_bool(b, strcmp(e->to, "true") == 0);
		} else if (json_object_is_type(v, json_type_boolean))
			jw_bool(b, json_object_get_boolean(v));
		else if (scalar_str(v, &s) == 0 && strcmp(s, "true") == 0)
			jw_bool(b, 1);
		else if (scalar_str(v, &s) == 0 && strcmp(s, "false") == 0)
			jw_bool(b, 0);
		else {
			bad(w, p->name, "a boolean", v);
			return 1;
		}
		return 0;
	case PT_DATETIME:
		/* a number: seconds since the epoch (AWS's JSON protocols) */
		if ((json_object_is_type(v, json_type_int) ||
		    json_object_is_type(v, json_type_double)) &&
		    parse_double(v, &d) == 0 && d >= 0 && d <= 253402300799.0) {
			iso_format((time_t)d, t);
			jw_str(b, t);
			return 0;
		}
		if (scalar_str(v, &s) == -1 || iso_to_utc(s, t) == -1) {
			bad(w, p->name, "an ISO-8601 time", v);
			return 1;
		}
		jw_str(b, t);
		return 0;
	case PT_DICT:	/* a key/value list (tags) or an object */
		if (is_empty(v))
			ADDS(b, "{}");
		else if (json_object_is_type(v, json_type_object))
			jw_json(b, v);
		else if (json_object_is_type(v, json_type_array)) {
			buf_putc(b, '{');
			n = json_object_array_length(v);
			for (k = 0; k < n; k++) {
				json_object *key, *val;

				x = json_object_array_get_idx(v, k);
				if (!json_object_object_get_ex(x,
				    w->tk->tag_key, &key) ||
				    scalar_str(key, &s) == -1)
					continue;
				if (b->data[b->len - 1] != '{')
					ADDS(b, ", ");
				jw_str(b, s);
				ADDS(b, ": ");
				if (json_object_object_get_ex(x,
				    w->tk->tag_value, &val) &&
				    scalar_str(val, &s) == 0)
					jw_str(b, s);
				else
					jw_str(b, "");
			}
			buf_putc(b, '}');
		} else {
			bad(w, p->name, "a key/value list", v);
			return 1;
		}
		return 0;
	case PT_LIST:
	case PT_ILIST:
		if (is_empty(v)) {
			ADDS(b, "[]");
			return 0;
		}
		if (!json_object_is_type(v, json_type_array) &&
		    scalar_str(v, &s) == 0) {	/* XML: a list of one */
			buf_putc(b, '[');
			if (p->type == PT_ILIST && parse_int(v, &i) == 0)
				jw_int(b, i);
			else if (p->type == PT_LIST)
				jw_str(b, s);
			else
				bad(w, p->name, "a list of integers", v);
			buf_putc(b, ']');
			return 0;
		}
		if (!json_object_is_type(v, json_type_array)) {
			bad(w, p->name, "a list", v);
			return 1;
		}
		buf_putc(b, '[');
		n = json_object_array_length(v);
		for (k = 0; k < n; k++) {
			x = json_object_array_get_idx(v, k);
			if (k)
				ADDS(b, ", ");
			if (p->type == PT_ILIST && parse_int(x, &i) == 0)
				jw_int(b, i);
			else if (p->type == PT_LIST && scalar_str(x, &s) == 0)
				jw_str(b, s);
			else {
				bad(w, p->name, "a list of scalars", v);
				jw_null(b);
			}
		}
		buf_putc(b, ']');
		return 0;
	case PT_OBJECT:
		if (is_empty(v))
			ADDS(b, "{}");
		else if (!json_object_is_type(v, json_type_object)) {
			bad(w, p->name, "an object", v);
			return 1;
		} else
			write_object(w, b, p->sub, v);
		return 0;
	case PT_OLIST:
		if (is_empty(v)) {
			ADDS(b, "[]");
			return 0;
		}
		buf_putc(b, '[');
		if (json_object_is_type(v, json_type_object))
			write_object(w, b, p->sub, v);	/* a list of one */
		else if (json_object_is_type(v, json_type_array)) {
			n = json_object_array_length(v);
			for (k = 0; k < n; k++) {
				if (k)
					ADDS(b, ", ");
				x = json_object_array_get_idx(v, k);
				if (json_object_is_type(x, json_type_object))
					write_object(w, b, p->sub, x);
				else
					ADDS(b, "{}");
			}
		} else
			bad(w, p->name, "a list of objects", v);
		buf_putc(b, ']');
		return 0;
	}
	return 1;
}

/* ---- the index of emitted nodes ----------------------------------------- */

/* (kind, region, id or name) as 8 bytes of BLAKE2b: the index's key */
static uint64_t
key_hash(struct table *t, const struct kind *k, const char *region,
    const char *key, int by_name)
{
	struct buf *b = &t->tmp;
	uint64_t h;

	buf_reset(b);
	buf_add(b, k->fqn, strlen(k->fqn) + 1);
	if (region)
		buf_puts(b, region);
	buf_putc(b, '\0');
	buf_putc(b, "ina"[by_name < 0 || by_name > 2 ? 0 : by_name]);
	buf_puts(b, key);
	blake2b((uint8_t *)&h, sizeof(h), b->data, b->len);
	return h ? h : 1;
}

static struct slot *
slot_of(struct table *t, uint64_t h)
{
	size_t i = (size_t)h & (t->nslots - 1);

	while (t->slots[i].h != 0 && t->slots[i].h != h)
		i = (i + 1) & (t->nslots - 1);
	return &t->slots[i];
}

static void
index_add(struct table *t, uint64_t h, const struct nodeid *id)
{
	struct slot *old, *s;
	size_t i, n;

	if ((t->used + 1) * 4 > t->nslots * 3) {
		old = t->slots;
		n = t->nslots;
		t->nslots *= 2;
		t->slots = xcalloc(t->nslots, sizeof(*t->slots));
		for (i = 0; i < n; i++)
			if (old[i].h)
				*slot_of(t, old[i].h) = old[i];
		free(old);
	}
	s = slot_of(t, h);
	if (s->h == 0) {		/* the first node of a key wins */
		s->h = h;
		s->id = *id;
		t->used++;
	}
}

void
table_index(struct table *t, const struct kind *k, const char *region,
    const char *key, int by_name, const struct nodeid *id)
{
	index_add(t, key_hash(t, k, region, key, by_name), id);
}

int
table_find(struct table *t, const struct kind *k, const char *region,
    const char *key, int by_name, struct nodeid *id)
{
	struct slot *s = slot_of(t, key_hash(t, k, region, key, by_name));

	if (s->h == 0)
		return 0;
	*id = s->id;
	return 1;
}

/* ---- nodes and edges ---------------------------------------------------- */

static const struct tmap *
map_of(const struct tkind *tk, const char *prop)
{
	const struct tmap *m;

	for (m = tk->map; m && m->prop; m++)
		if (strcmp(m->prop, prop) == 0)
			return m;
	return NULL;
}

static void
pend_add(struct table *t, const struct nodeid *self, uint64_t other,
    unsigned flags)
{
	if (t->npend == t->cappend) {
		t->cappend = t->cappend ? t->cappend * 2 : 256;
		t->pend = xrealloc(t->pend, t->cappend * sizeof(*t->pend));
	}
	t->pend[t->npend].self = *self;
	t->pend[t->npend].other = other;
	t->pend[t->npend].flags = flags;
	t->npend++;
}

static void
queue_edges(struct table *t, const struct tkind *tk, json_object *item,
    const struct tloc *loc, const struct nodeid *self)
{
	const struct tedge *e;
	json_object *v, *x;
	const char *s;
	size_t i, n;

	for (e = tk->edges; e && e->src; e++) {
		if ((v = table_get(item, e->src, tk)) == NULL)
			continue;
		n = json_object_is_type(v, json_type_array) ?
		    json_object_array_length(v) : 1;
		for (i = 0; i < n; i++) {
			x = json_object_is_type(v, json_type_array) ?
			    json_object_array_get_idx(v, i) : v;
			if (scalar_str(x, &s) == -1 || *s == '\0')
				continue;
			if ((e->flags & TE_ARN_TAIL) &&
			    strncmp(s, "arn:", 4) == 0 && strrchr(s, '/'))
				s = strrchr(s, '/') + 1;
			pend_add(t, self, key_hash(t, e->kind, e->flags &
			    TE_REGION ? loc->region : NULL, s,
			    e->flags & TE_BY_ALT ? TABLE_BY_ALT :
			    e->flags & TE_BY_NAME ? TABLE_BY_NAME : TABLE_BY_ID),
			    e->flags);
		}
		json_object_put(v);
	}
}

static const struct tcache *
tcache_of(struct table *t, const struct tkind *tk)
{
	struct tcache *c;
	const char *name;
	size_t i;

	for (c = t->tcache; c; c = c->next)
		if (c->tk == tk)
			return c;
	c = xcalloc(1, sizeof(*c));
	c->tk = tk;
	c->pc = props_of(t, tk->kind);
	for (i = 0; i < c->pc->n; i++) {
		name = c->pc->props[i]->name;
		c->maps[i] = map_of(tk, name);
		c->role[i] = strcmp(name, "id") == 0 ||
		    strcmp(name, "tags") == 0 || strcmp(name, "name") == 0 ?
		    PR_BEGIN : strcmp(name, "ctime") == 0 ? PR_CTIME : PR_VALUE;
	}
	c->id = map_of(tk, "id");
	c->name = map_of(tk, "name");
	c->next = t->tcache;
	t->tcache = c;
	return c;
}

int
table_node(struct table *t, const struct tkind *tk, json_object *item,
    const struct tloc *loc, struct nodeid *nid)
{
	return table_node_at(t, tk, item, loc, NULL, nid);
}

int
table_node_at(struct table *t, const struct tkind *tk, json_object *item,
    const struct tloc *loc, const struct tat *at, struct nodeid *nid)
{
	const struct tcache *tc = tcache_of(t, tk);
	const struct pcache *c = tc->pc;
	struct gtag tags[MAX_TAGS];
	const struct tmap *m;
	const struct kprop *p;
	json_object *idv, *namev, *list, *tagl, *e, *k, *v;
	struct wctx w = { t, tk, NULL };
	struct gnode n;
	struct buf *b;
	char ct[ISOTIME_LEN], msg[256];
	const char *arn;
	size_t i, mark;

	memset(&n, 0, sizeof(n));
	m = tc->id;
	idv = table_get(item, m ? m->src : kind_resource.props[0].src, tk);
	if (idv == NULL || scalar_str(idv, &n.id) == -1 || *n.id == '\0') {
		snprintf(msg, sizeof(msg), "%s: an item without an id (%s) is "
		    "left out", tk->kind->fqn, m ? m->src : "?");
		t->report(t->arg, tk, msg);
		json_object_put(idv);
		return -1;
	}
	w.id = n.id;
	namev = table_get(item, tc->name ? tc->name->src :
	    kind_resource.props[2].src, tk);
	if (namev && scalar_str(namev, &n.name) == -1)
		n.name = NULL;
	n.kind = tk->kind;
	n.cloud = loc->cloud;
	n.account = loc->account;
	n.region = loc->region;
	if (at) {
		n.zone = at->zone;
		n.cleaned = at->cleaned;
		n.usage = at->usage;
	}
	/* the tags: a path to a list of {tag_key, tag_value} objects
	 * ("TagList.Tag[]": a list of one is the element itself), or, for a
	 * kind without tag_key, to a map of labels (GCP, AWS's REST
	 * services); tagl holds it until the node is written */
	tagl = tk->tags ? table_get(item, tk->tags, tk) : NULL;
	if (tagl && tk->tag_key == NULL &&
	    json_object_is_type(tagl, json_type_object)) {
		json_object_object_foreach(tagl, lk, lv) {
			if (n.ntags == MAX_TAGS ||
			    !json_object_is_type(lv, json_type_string))
				continue;
			tags[n.ntags].key = lk;
			tags[n.ntags].value = json_object_get_string(lv);
			n.ntags++;
		}
	} else if (tagl && json_object_is_type(tagl, json_type_object)) {
		list = json_object_new_array();
		json_object_array_add(list, tagl);
		tagl = list;
	}
	if (tagl && tk->tag_key && json_object_is_type(tagl, json_type_array))
		for (i = 0; i < json_object_array_length(tagl) &&
		    n.ntags < MAX_TAGS; i++) {
			e = json_object_array_get_idx(tagl, i);
			if (!json_object_object_get_ex(e, tk->tag_key, &k) ||
			    !json_object_is_type(k, json_type_string))
				continue;
			tags[n.ntags].key = json_object_get_string(k);
			tags[n.ntags].value = "";
			if (json_object_object_get_ex(e, tk->tag_value, &v) &&
			    json_object_is_type(v, json_type_string))
				tags[n.ntags].value = json_object_get_string(v);
			n.ntags++;
		}
	n.tags = tags;
	b = graph_node_begin(t->g, &n, nid);
	for (i = 0; i < c->n; i++) {
		p = c->props[i];
		if (tc->role[i] == PR_BEGIN)
			continue;
		m = tc->maps[i];
		v = table_get(item, m ? m->src : p->src, tk);
		if (tc->role[i] == PR_CTIME) {
			const char *s = NULL;

			if (m && m->conv != TC_NONE)
				s = epoch_time(&w, p, v, m, ct) == 0 ? ct :
				    NULL;
			else if (v == NULL && p->def && *p->def == '"' &&
			    strlen(p->def) - 2 < sizeof(ct)) {	/* "\"...\"" */
				memcpy(ct, p->def + 1, strlen(p->def) - 2);
				ct[strlen(p->def) - 2] = '\0';
				s = ct;
			} else if (v && (scalar_str(v, &s) == -1 ||
			    iso_to_utc(s, ct) == -1)) {
				bad(&w, p->name, "an ISO-8601 time", v);
				s = NULL;
			} else if (v)
				s = ct;
			graph_prop_ctime(t->g, &n, s);
			json_object_put(v);
			continue;
		}
		if (v == NULL && m && m->src && m->conv != TC_EPOCH_NOW &&
		    (*m->src == '\0' || m->src[strlen(m->src) - 1] != '|') &&
		    p->type != PT_LIST && p->type != PT_ILIST &&
		    p->type != PT_OLIST && p->type != PT_DICT)
			continue;	/* mapped, not in the answer: None */
		mark = b->len;
		jw_key(b, p->name);
		if (write_value(&w, b, p, v, m) != 0) {
			b->len = mark;
			b->data[b->len] = '\0';
		}
		json_object_put(v);
	}
	graph_node_end(t->g);
	index_add(t, key_hash(t, tk->kind, tk->flags & TK_PER_REGION ?
	    loc->region : NULL, n.id, 0), nid);
	if (tk->flags & TK_NAMED)
		index_add(t, key_hash(t, tk->kind, tk->flags & TK_PER_REGION ?
		    loc->region : NULL, n.name ? n.name : n.id, 1), nid);
	if ((tk->flags & TK_ARN) && (m = map_of(tk, "arn")) != NULL &&
	    (v = table_get(item, m->src, tk)) != NULL) {
		if (scalar_str(v, &arn) == 0 && *arn)
			index_add(t, key_hash(t, tk->kind, NULL, arn,
			    TABLE_BY_ALT), nid);
		json_object_put(v);
	}
	if (loc->region_id)
		graph_edge(t->g, loc->region_id, nid, EDGE_DEFAULT);
	queue_edges(t, tk, item, loc, nid);
	json_object_put(idv);
	json_object_put(namev);
	json_object_put(tagl);
	return 0;
}

void
table_link(struct table *t)
{
	struct pending *p;
	struct slot *s;
	const struct nodeid *from, *to;
	size_t i;

	for (i = 0; i < t->npend; i++) {
		p = &t->pend[i];
		s = slot_of(t, p->other);
		if (s->h == 0)
			continue;
		from = p->flags & TE_REVERSE ? &s->id : &p->self;
		to = p->flags & TE_REVERSE ? &p->self : &s->id;
		graph_edge(t->g, from, to, EDGE_DEFAULT);
		if (p->flags & TE_DEPENDANT)
			graph_edge(t->g, p->flags & TE_SAME ? from : to,
			    p->flags & TE_SAME ? to : from, EDGE_DELETE);
	}
	free(t->pend);
	t->pend = NULL;
	t->npend = t->cappend = 0;
}

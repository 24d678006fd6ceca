/*
 * gcp/collect: the collect of one project (collectors.md 4.2): the project
 * node, the fallback region "global", the regions (compute regions.list,
 * each with its quota node) and zones (zones.list), then every table kind
 * (gcp/tables.c) through the generic engine (table.h), all listings at
 * once on the project's HTTP context, each paged with nextPageToken;
 * some start more listings per item (a SQL instance's, a billing
 * account's projects, the Compute Engine service's SKUs).
 *
 * An item's place is the reference's (GraphBuilder._standard_edges): the
 * zone of its aggregated list's key (zones/<z>), else its region (the
 * key regions/<r>, or the item's own "region"), else "global"; an item in
 * a zone or region the project does not list is left out, as the
 * reference ignores it. Items stream from each page into node lines; only
 * ids, pending edges and the machine and disk types (emitted where used)
 * stay in memory.
 */
#include "collector/collector.h"
#include "collector/gcp/gcp.h"
#include "collector/graph.h"
#include "collector/http/chttp.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/jget.h"
#include "common/log.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GLOBAL		"global"
#define MAX_LIST_PAGES	10000
#define MAX_EMPTY_PAGES	100	/* in a row, each with a next token */

struct gcol;

/* One listing: a table kind of the project, page after page. */
struct listing {
	struct gcol		*c;
	const struct tkind	*tk;
	char			*url;		/* the first page's */
	char			*parent;	/* its items' "_parent" */
	json_object		*keep;		/* its items go here (regions,
						   zones) */
	struct buf		 page_url;
	int			 items;		/* of this page */
	int			 pages, empty;	/* empty: in a row */
	uint64_t		 hash, last;	/* the page's selfLinks (or
						   names: Cloud Billing's) */
	int			 keyed;		/* items hashed, this page */
};

struct gcol {
	struct gcp		 g;
	json_object		*config;
	const char		*project;
	struct graph		*g_out;
	struct table		*t;
	int			 errors;
	int			 lookups;	/* TK_LOOKUP listings */
	json_object		*found;		/* lookups by link */
	json_object		*custom;	/* custom machine types asked
						   for: their waiting items */
	json_object		*zones;		/* zone: region */
	struct nodeid		 project_id, global_id;
	int			 services, skus;	/* listed, removed */
	json_object		*regions, *zone_items;	/* as listed */
	int			 locating;	/* regions, zones listings */
	struct buf		 loc_err;	/* why they failed */
};

static void
report(void *arg, const struct tkind *tk, const char *msg)
{
	struct gcol *c = arg;

	c->errors++;
	log_warnx("gcp %s: %s", c->project, msg);
	collector_info("error", "project %s: %s", c->project, msg);
}

/* regions and zones: listed together, first (locations()) */
static const struct tkind rk = { .kind = &kind_gcp_region,
	.map = gcp_map_gcp_region, .tags = "labels", .service = "compute",
	.op = "regions.list", .path = "compute/v1/projects/%s/regions",
	.items = "items" };
static const struct tkind qk = { .kind = &kind_gcp_region_quota,
	.map = gcp_map_gcp_region_quota };
static const struct tkind zk = { .kind = &kind_gcp_zone,
	.map = gcp_map_gcp_zone, .tags = "labels", .service = "compute",
	.op = "zones.list", .path = "compute/v1/projects/%s/zones",
	.items = "items" };

/* Where an item is: its location, and its zone (NULL: none). */
struct place {
	struct tloc	 loc;
	struct tat	 at;
	struct nodeid	 parent;
};

/* The node of an item at p; indexed by its selfLink too, which is how
 * other items name it (TE_BY_ALT). */
static int
node(struct gcol *c, const struct tkind *tk, json_object *it,
    const struct place *p, struct nodeid *id)
{
	const char *link;

	if (table_node_at(c->t, tk, it, &p->loc, &p->at, id) == -1)
		return -1;
	if ((link = jget_str(it, "selfLink")) != NULL)
		table_index(c->t, tk->kind, NULL, link, TABLE_BY_ALT, id);
	return 0;
}

/* the last path element of a link ("…/regions/us-east1": "us-east1") */
static const char *
last(const char *s)
{
	const char *p = s ? strrchr(s, '/') : NULL;

	return p ? p + 1 : s;
}

/* Where an item goes: 0 with p, -1 when its zone or region is not one
 * of the project's. */
static int
place(struct gcol *c, json_object *item, struct place *p)
{
	json_object *r;
	const char *z = jget_str(item, "_zone"), *reg;

	memset(p, 0, sizeof(*p));
	p->loc.cloud = "gcp";
	p->loc.account = c->project;
	p->loc.region_id = &p->parent;
	if (z) {
		if (!json_object_object_get_ex(c->zones, z, &r) ||
		    !table_find(c->t, &kind_gcp_zone, NULL, z, TABLE_BY_ID,
		    &p->parent))
			return -1;
		p->at.zone = z;
		p->loc.region = json_object_get_string(r);
		return 0;
	}
	if ((reg = jget_str(item, "region")) != NULL &&
	    strcmp(last(reg), GLOBAL) != 0) {
		reg = last(reg);
		if (!table_find(c->t, &kind_gcp_region, NULL, reg, TABLE_BY_ID,
		    &p->parent))
			return -1;
		p->loc.region = reg;
		return 0;
	}
	p->parent = c->global_id;
	p->loc.region = GLOBAL;
	return 0;
}

/* The node of a machine or disk type an item uses (link), once; the
 * type's item (borrowed), NULL when it was not listed. */
static json_object *
use_type(struct gcol *c, const struct kind *k, const char *link)
{
	const struct tkind *tk;
	struct place p;
	struct nodeid id;
	json_object *item;
	struct buf full = BUF_INIT;

	if (link == NULL)
		return NULL;
	/* "zones/z/machineTypes/n": relative to the project */
	if (strncmp(link, "https://", 8) != 0) {
		buf_printf(&full, GCP_LINK_BASE "compute/v1/projects/%s/%s",
		    c->project, link);
		link = full.data;
	}
	if (!json_object_object_get_ex(c->found, link, &item)) {
		buf_free(&full);
		return NULL;
	}
	for (tk = gcp_tables; tk->kind && tk->kind != k; tk++)
		;
	if (tk->kind && !table_find(c->t, k, NULL, link, TABLE_BY_ALT, &id) &&
	    place(c, item, &p) == 0)
		node(c, tk, item, &p, &id);
	buf_free(&full);
	return item;
}

static struct listing *list_start(struct gcol *, const struct tkind *,
		    const char *);

/* An item's node, with the machine or disk type it uses; a SQL
 * instance's backup runs, databases, users and operations listed. */
static void
emit(struct gcol *c, const struct tkind *tk, json_object *it)
{
	const struct tkind *sub;
	struct place p;
	struct nodeid id;
	json_object *mt;
	const char *name, *host;
	char anon[300];

	if (place(c, it, &p) == -1) {
		log_debug("gcp %s: %s %s: its zone or region is not one of "
		    "the project's, left out", c->project, tk->kind->fqn,
		    jget_str(it, "name") ? jget_str(it, "name") : "?");
		return;
	}
	if (tk->kind == &kind_gcp_instance &&
	    (mt = use_type(c, &kind_gcp_machine_type,
	    jget_str(it, "machineType"))) != NULL)
		json_object_object_add(it, "_machine_type",
		    json_object_get(mt));
	if (tk->kind == &kind_gcp_disk)
		use_type(c, &kind_gcp_disk_type, jget_str(it, "type"));
	/* the reference's post_process: a terminated instance is cleaned */
	if (tk->kind == &kind_gcp_instance && jget_str(it, "status") &&
	    strcmp(jget_str(it, "status"), "TERMINATED") == 0)
		p.at.cleaned = 1;
	if (tk->kind == &kind_gcp_sql_user) {
		if ((name = jget_str(it, "name")) == NULL || *name == '\0') {
			host = jget_str(it, "host");
			snprintf(anon, sizeof(anon), "(anonymous)@%s",
			    host && *host ? host : "localhost");
			name = anon;
		}
		json_object_object_add(it, "_id", json_object_new_string(name));
	}
	if (node(c, tk, it, &p, &id) == -1 ||
	    (name = jget_str(it, "name")) == NULL)
		return;
	/* whatever collect / no_collect say, as the reference */
	if (tk->kind == &kind_gcp_sql_database_instance)
		for (sub = gcp_sql_tables; sub->kind; sub++)
			list_start(c, sub, name);
	else if (tk->kind == &kind_gcp_billing_account)
		list_start(c, &gcp_billing_info_table, name);
}

/*
 * Cloud Billing's services, and the SKUs of "Compute Engine", listed as
 * the reference's GcpService.collect lists them; none becomes a node.
 * The reference's remove_unconnected_nodes runs before anything links a
 * SKU: a SKU's only edges are the service's (its successor then) and
 * the pricing edges post_process_instance adds to machine and disk types
 * after the removal, so every SKU is removed for having no successor,
 * then every service (its successors were SKUs), and no pricing is ever
 * linked. Counted for the log.
 */
static void
billing_helper(struct gcol *c, const struct tkind *tk, json_object *it)
{
	const char *name = jget_str(it, "name");
	const char *shown = jget_str(it, "displayName");

	if (tk->kind == &kind_gcp_sku) {
		c->skus++;
		return;
	}
	c->services++;
	if (name && shown && strcmp(shown, "Compute Engine") == 0)
		list_start(c, &gcp_sku_table, name);
}

/* A custom machine type (not in the aggregated list): its instances wait
 * for machineTypes.get, as the reference's collect_individual. */
struct custom {
	struct gcol	*c;
	char		*link;
	json_object	*held;		/* the instances that wait */
};

static void
custom_done(const struct chttp_res *r, void *arg)
{
	struct custom *cu = arg;
	struct gcol *c = cu->c;
	const struct tkind *tk = table_lookup(gcp_tables, "gcp_instance");
	struct buf err = BUF_INIT;
	json_object *mt = NULL;
	const char *z;
	size_t i;

	if (r->error == NULL && (mt = chttp_json(r, &err)) != NULL &&
	    json_object_is_type(mt, json_type_object)) {
		/* ".../zones/<z>/machineTypes/<name>" */
		if ((z = strstr(cu->link, "/zones/")) != NULL) {
			z += 7;
			json_object_object_add(mt, "_zone",
			    json_object_new_string_len(z,
			    (int)strcspn(z, "/")));
		}
		json_object_object_add(c->found, cu->link, mt);
	} else {
		json_object_put(mt);
		report(c, tk, r->error ? r->error : buf_str(&err));
	}
	for (i = 0; i < json_object_array_length(cu->held); i++)
		emit(c, tk, json_object_array_get_idx(cu->held, i));
	json_object_object_del(c->custom, cu->link);
	json_object_put(cu->held);
	free(cu->link);
	free(cu);
	buf_free(&err);
}

/* 1 when the instance waits for its custom machine type */
static int
custom_wait(struct gcol *c, json_object *it)
{
	const char *link = jget_str(it, "machineType");
	struct chttp_call call;
	struct custom *cu;
	json_object *held;
	struct buf e = BUF_INIT;
	char *url;

	if (link == NULL || strstr(link, "custom") == NULL ||
	    strncmp(link, "https://", 8) != 0 ||
	    json_object_object_get_ex(c->found, link, NULL))
		return 0;
	if (json_object_object_get_ex(c->custom, link, &held)) {
		json_object_array_add(held, json_object_get(it));
		return 1;
	}
	if (gcp_fresh(&c->g, &e) == -1) {
		report(c, NULL, buf_str(&e));
		buf_free(&e);
		return 0;
	}
	cu = xcalloc(1, sizeof(*cu));
	cu->c = c;
	cu->link = xstrdup(link);
	cu->held = json_object_new_array();
	json_object_array_add(cu->held, json_object_get(it));
	json_object_object_add(c->custom, link, json_object_get(cu->held));
	url = gcp_link_url(c->config, "compute", link);
	memset(&call, 0, sizeof(call));
	call.url = url;
	call.service = "compute";
	call.operation = "machineTypes.get";
	call.auth = c->g.auth;
	chttp_submit(c->g.http, &call, custom_done, cu);
	free(url);
	return 1;
}

static void
item(struct listing *l, json_object *it)
{
	struct gcol *c = l->c;
	const char *link;

	l->items++;
	if ((link = jget_str(it, "selfLink")) != NULL ||
	    (link = jget_str(it, "name")) != NULL) {
		l->keyed++;
		for (; *link; link++)	/* FNV-1a over the page's links */
			l->hash = (l->hash ^ (unsigned char)*link) *
			    0x100000001b3ULL;
	}
	if (l->keep) {
		json_object_array_add(l->keep, json_object_get(it));
		return;
	}
	if (l->parent)
		json_object_object_add(it, "_parent",
		    json_object_new_string(l->parent));
	if (l->tk->kind == &kind_gcp_service || l->tk->kind == &kind_gcp_sku) {
		billing_helper(c, l->tk, it);
		return;
	}
	if (l->tk->flags & TK_LOOKUP) {
		if ((link = jget_str(it, "selfLink")) != NULL)
			json_object_object_add(c->found, link,
			    json_object_get(it));
		return;
	}
	if (l->tk->kind == &kind_gcp_instance && custom_wait(c, it))
		return;
	emit(c, l->tk, it);
}

/* ---- pages ------------------------------------------------------------- */

static int
list_make(struct chttp_call *call, const char *token, void *arg)
{
	struct listing *l = arg;
	struct buf e = BUF_INIT;

	if (gcp_fresh(&l->c->g, &e) == -1) {
		report(l->c, l->tk, buf_str(&e));
		buf_free(&e);
		return -1;
	}
	buf_reset(&l->page_url);
	buf_puts(&l->page_url, l->url);
	if (token)
		buf_printf(&l->page_url, "%spageToken=%s",
		    strchr(l->url, '?') ? "&" : "?", token);
	memset(call, 0, sizeof(*call));
	call->url = l->page_url.data;
	call->service = l->tk->service;
	call->operation = l->tk->op;
	call->auth = l->c->g.auth;
	return 0;
}

/* the items of an aggregated list's scope ("zones/z": {sub: [...]}) */
static void
scope_items(const char *scope, json_object *v, const char *sub,
    gcp_item_fn fn, void *arg)
{
	json_object *list, *it;
	const char *slash = strchr(scope, '/');
	size_t i;

	if (!json_object_object_get_ex(v, sub, &list) ||
	    !json_object_is_type(list, json_type_array))
		return;		/* a scope's "warning": no results */
	for (i = 0; i < json_object_array_length(list); i++) {
		it = json_object_array_get_idx(list, i);
		if (!json_object_is_type(it, json_type_object))
			continue;
		if (strncmp(scope, "zones/", 6) == 0)
			json_object_object_add(it, "_zone",
			    json_object_new_string(slash + 1));
		else if (strncmp(scope, "regions/", 8) == 0)
			json_object_object_add(it, "region",
			    json_object_new_string(slash + 1));
		else if (strcmp(scope, GLOBAL) == 0)
			json_object_object_add(it, "region",
			    json_object_new_string(GLOBAL));
		fn(it, arg);
	}
}

int
gcp_page_items(json_object *page, const char *items, gcp_item_fn fn,
    void *arg, struct buf *err)
{
	json_object *l, *it;
	const char *sub = strstr(items, "{}");
	char path[64];
	size_t i;

	snprintf(path, sizeof(path), "%.*s", sub ? (int)(sub - items) :
	    (int)strlen(items), items);
	if (!json_object_object_get_ex(page, path, &l))
		return 0;		/* an empty list has no items */
	if (sub && json_object_is_type(l, json_type_object)) {
		json_object_object_foreach(l, scope, v)
			scope_items(scope, v, sub + 2, fn, arg);
		return 0;
	}
	if (!sub && json_object_is_type(l, json_type_array)) {
		for (i = 0; i < json_object_array_length(l); i++) {
			it = json_object_array_get_idx(l, i);
			if (json_object_is_type(it, json_type_object))
				fn(it, arg);
		}
		return 0;
	}
	buf_printf(err, "\"%s\" is not %s", path, sub ?
	    "an object of scopes" : "a list");
	return -1;
}

static void
page_item(json_object *it, void *arg)
{
	item(arg, it);
}

static int
list_page(const struct chttp_res *r, struct buf *next, struct buf *err,
    void *arg)
{
	struct listing *l = arg;
	json_object *o;
	const char *tok;

	if ((o = chttp_json(r, err)) == NULL)
		return -1;
	l->items = 0;
	l->hash = 0xcbf29ce484222325ULL;
	l->keyed = 0;
	l->pages++;
	if (gcp_page_items(o, l->tk->items, page_item, l, err) == -1) {
		json_object_put(o);
		return -1;
	}
	if ((tok = jget_str(o, "nextPageToken")) != NULL && *tok)
		buf_puts(next, tok);
	json_object_put(o);
	l->empty = l->items == 0 ? l->empty + 1 : 0;
	if (next->len && ((l->keyed > 0 && l->pages > 1 &&
	    l->hash == l->last) || l->empty > MAX_EMPTY_PAGES)) {
		/* fresh tokens, the same items or none: a token that never
		 * ends */
		buf_printf(err, "page %d %s and asks for more: the paging does "
		    "not end", l->pages, l->items ?
		    "repeats the page before it" : "is one more empty page");
		return -1;
	}
	l->last = l->hash;
	return graph_io_failed(l->c->g_out) ? -1 : 0;
}

static void	start_pass(struct gcol *, int after_lookup);
static void	locations_done(struct gcol *);

/* Google's answer for an API the project has not enabled (the
 * reference's expected PERMISSION_DENIED:usageLimits:accessNotConfigured):
 * nothing to collect there */
static int
not_enabled(const struct chttp_res *res)
{
	return res && res->status == 403 && res->body &&
	    strstr(res->body, "accessNotConfigured") != NULL;
}

static void
list_done(const struct chttp_res *res, const char *error, int pages,
    void *arg)
{
	struct listing *l = arg;

	if (l->keep) {		/* regions or zones: the project's frame */
		if (error && l->c->loc_err.len == 0)
			buf_puts(&l->c->loc_err, error);
		if (--l->c->locating == 0)
			locations_done(l->c);
	} else if (error && not_enabled(res))
		log_info("gcp %s: %s %s: the API is not enabled, nothing to "
		    "collect", l->c->project, l->tk->service, l->tk->op);
	else if (error) {
		/* error names API and method ("compute disks.list: ...") */
		l->c->errors++;
		log_warnx("gcp %s: %s (%s)", l->c->project, error,
		    l->tk->kind->fqn);
		collector_info("error", "project %s: %s", l->c->project,
		    error);
	}
	if ((l->tk->flags & TK_LOOKUP) && --l->c->lookups == 0)
		start_pass(l->c, 1);
	free(l->url);
	free(l->parent);
	buf_free(&l->page_url);
	free(l);
}

static struct listing *
list_start(struct gcol *c, const struct tkind *tk, const char *parent)
{
	struct listing *l = xcalloc(1, sizeof(*l));
	struct chttp_pager pg = { list_make, list_page, list_done, l,
		MAX_LIST_PAGES, NULL };
	char path[256];

	l->c = c;
	l->tk = tk;
	l->parent = parent ? xstrdup(parent) : NULL;
	/* a second "%s": the parent resource (gcp_sql_tables, billing) */
	snprintf(path, sizeof(path), tk->path, c->project, parent);
	l->url = gcp_url(c->config, tk->service, path);
	chttp_page(c->g.http, &pg);
	return l;	/* its callbacks come from chttp_run() only */
}

static void
start_pass(struct gcol *c, int after_lookup)
{
	const struct tkind *tk;

	for (tk = gcp_tables; tk->kind; tk++) {
		if (((tk->flags & TK_AFTER_LOOKUP) != 0) != after_lookup ||
		    !gcp_should_collect(c->config, tk->kind->fqn))
			continue;
		if (tk->flags & TK_LOOKUP)
			c->lookups++;
		list_start(c, tk, NULL);
	}
	if (!after_lookup && c->lookups == 0)
		start_pass(c, 1);
}

/* ---- project, regions and zones ----------------------------------------- */

/*
 * A region's quotas as the reference's GcpRegionQuota maps them: by
 * metric in lower case, each with its limit and usage (as given) and
 * percentage round(usage / max(limit, 1) * 100, 2), an absent usage
 * counting 0 and an absent limit 1. "%.2f" rounds the exact binary
 * value half to even, as Python's round() does. A quota without a
 * metric is left out (the reference fails on it).
 */
static json_object *
quotas(struct gcol *c, json_object *region)
{
	json_object *all = json_object_new_object(), *l, *q, *o;
	const char *metric;
	double limit, usage;
	char key[128], pct[64];
	size_t i, k;

	if (!json_object_object_get_ex(region, "quotas", &l) ||
	    !json_object_is_type(l, json_type_array))
		return all;
	for (i = 0; i < json_object_array_length(l); i++) {
		q = json_object_array_get_idx(l, i);
		if ((metric = jget_str(q, "metric")) == NULL) {
			log_debug("gcp %s: region %s: a quota without a metric, "
			    "left out", c->project, jget_str(region, "name"));
			continue;
		}
		for (k = 0; metric[k] && k < sizeof(key) - 1; k++)
			key[k] = (char)tolower((unsigned char)metric[k]);
		key[k] = '\0';
		o = json_object_new_object();
		limit = 1;
		usage = 0;
		if (jget_num(q, "limit", &limit))
			json_object_object_add(o, "limit",
			    json_object_new_double(limit));
		if (jget_num(q, "usage", &usage))
			json_object_object_add(o, "usage",
			    json_object_new_double(usage));
		snprintf(pct, sizeof(pct), "%.2f",
		    usage / (limit > 1 ? limit : 1) * 100);
		json_object_object_add(o, "percentage",
		    json_object_new_double(strtod(pct, NULL)));
		json_object_object_add(all, key, o);
	}
	return all;
}

/* The project node and the fallback region "global"; regions and zones
 * listed at once (their nodes: locations_done). */
static void
locations(struct gcol *c)
{
	static const struct tmap pm[] = { TM("id", "id"), TM("name", "name"),
	    TM_END };
	static const struct tkind pk = { .kind = &kind_gcp_project, .map = pm };
	struct tloc loc = { .cloud = "gcp" };
	json_object *o;

	loc.account = c->project;
	o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_string(c->project));
	json_object_object_add(o, "name", json_object_new_string(c->project));
	table_node(c->t, &pk, o, &loc, &c->project_id);
	graph_edge(c->g_out, graph_cloud_id(c->g_out), &c->project_id,
	    EDGE_DEFAULT);
	json_object_object_add(o, "id", json_object_new_string(GLOBAL));
	json_object_object_add(o, "name", json_object_new_string(GLOBAL));
	loc.region = GLOBAL;
	loc.region_id = &c->project_id;
	table_node(c->t, &rk, o, &loc, &c->global_id);
	json_object_put(o);
	c->locating = 2;
	list_start(c, &rk, NULL)->keep = c->regions;
	list_start(c, &zk, NULL)->keep = c->zone_items;
}

/* Regions with their quotas, and zones, once both are listed; then every
 * table kind. A failed listing fails the project (loc_err). */
static void
locations_done(struct gcol *c)
{
	struct place p;
	json_object *r;
	struct nodeid rid, zid, qid;
	const char *name, *z, *dash;
	char reg[128];
	size_t i;

	if (c->loc_err.len)
		return;
	memset(&p, 0, sizeof(p));
	p.loc.cloud = "gcp";
	p.loc.account = c->project;
	for (i = 0; i < json_object_array_length(c->regions); i++) {
		r = json_object_array_get_idx(c->regions, i);
		if ((name = jget_str(r, "name")) == NULL ||
		    strcmp(name, GLOBAL) == 0)
			continue;
		p.loc.region = name;
		p.loc.region_id = &c->project_id;
		if (table_node(c->t, &rk, r, &p.loc, &rid) == -1)
			continue;
		/* its quotas: below global, linked from the region */
		p.loc.region = GLOBAL;
		p.loc.region_id = &c->global_id;
		json_object_object_add(r, "_quotas", quotas(c, r));
		if (table_node(c->t, &qk, r, &p.loc, &qid) == 0)
			graph_edge(c->g_out, &rid, &qid, EDGE_DEFAULT);
	}
	for (i = 0; i < json_object_array_length(c->zone_items); i++) {
		r = json_object_array_get_idx(c->zone_items, i);
		if ((z = jget_str(r, "name")) == NULL)
			continue;
		/* the reference's region of a zone: its name without the
		 * last "-x" */
		dash = strrchr(z, '-');
		snprintf(reg, sizeof(reg), "%.*s", dash ? (int)(dash - z) :
		    (int)strlen(z), z);
		if (!table_find(c->t, &kind_gcp_region, NULL, reg, TABLE_BY_ID,
		    &rid)) {
			log_debug("gcp %s: zone %s: region %s not found, left "
			    "out", c->project, z, reg);
			continue;
		}
		p.loc.region = reg;
		p.loc.region_id = &rid;
		p.at.zone = z;
		if (table_node_at(c->t, &zk, r, &p.loc, &p.at, &zid) == 0)
			json_object_object_add(c->zones, z,
			    json_object_new_string(reg));
	}
	start_pass(c, 0);
}

int
gcp_collect(json_object *config, const struct coll_account *a,
    struct graph *g, char *err, size_t errlen)
{
	struct gcol c;
	struct chttp_stats st;
	struct buf e = BUF_INIT;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	c.config = config;
	c.project = a->id;
	c.g_out = g;
	c.found = json_object_new_object();
	c.custom = json_object_new_object();
	c.zones = json_object_new_object();
	c.regions = json_object_new_array();
	c.zone_items = json_object_new_array();
	if (gcp_open(&c.g, config, collector_env(), gcp_entry_key(a->js),
	    a->id, &e) == -1)
		goto out;
	c.t = table_new(g, report, &c);
	locations(&c);
	if (chttp_run(c.g.http) == -1 && c.loc_err.len == 0)
		report(&c, NULL, "the project's deadline passed");
	if (c.loc_err.len) {
		buf_puts(&e, buf_str(&c.loc_err));
		goto out;
	}
	table_link(c.t);
	if (c.services || c.skus)
		log_debug("gcp %s: %d services and %d SKUs removed, unconnected "
		    "(the reference's remove_unconnected_nodes)", c.project,
		    c.services, c.skus);
	if (c.errors &&
	    jget_bool(config, "discard_account_on_resource_error")) {
		buf_printf(&e, "%d errors while collecting, and "
		    "discard_account_on_resource_error is set", c.errors);
		goto out;
	}
	rc = 0;
	chttp_stats(c.g.http, &st);
	log_info("gcp %s: %ld calls, %ld requests (%ld retries, %ld "
	    "throttled), %ld pages, %lld bytes, at most %d in flight, %d "
	    "errors", c.project, st.calls, st.attempts, st.retries,
	    st.throttled, st.pages, st.bytes, st.max_inflight, c.errors);
out:
	if (rc == -1)
		snprintf(err, errlen, "project %s: %s", a->id, buf_str(&e));
	json_object_put(c.found);
	json_object_put(c.custom);
	json_object_put(c.zones);
	json_object_put(c.regions);
	json_object_put(c.zone_items);
	buf_free(&c.loc_err);
	table_free(c.t);
	gcp_close(&c.g);
	buf_free(&e);
	return rc;
}

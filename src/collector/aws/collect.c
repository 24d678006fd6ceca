/*
 * aws/collect: the collect of one account (collectors.md 4.1): the account
 * node with its IAM summary and password policy, the regions
 * (ec2:DescribeRegions unless `region` is set) and the global region, and
 * every table kind of every region through the generic engine (table.h),
 * all regions at once on the account's HTTP context; the listings begin
 * with the account's first calls (or when DescribeRegions is in), not
 * after the account node. Items stream from
 * each page into node lines; only ids and pending edges stay in memory,
 * and the instance types (read before the instances, whose cores and
 * memory come from them; emitted only where used), and the items waiting
 * for their CloudWatch metrics (metrics.c: usage, atime and mtime).
 */
#include "collector/collector.h"
#include "collector/aws/aws.h"
#include "collector/aws/iamcred.h"
#include "collector/graph.h"
#include "collector/http/chttp.h"
#include "collector/isotime.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/jget.h"
#include "common/log.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define IAM_VERSION	"2010-05-08"
#define GLOBAL_REGION	"us-east-1"
#define MAX_EMPTY_PAGES	100	/* in a row, each with a next token */

struct acol;

#define MAX_PARTS	4

/* One listing: a table kind in a region, page after page. */
struct listing {
	struct acol		*c;
	const struct tkind	*tk;
	char			*region;
	struct nodeid		 region_id;
	char			*url;
	struct buf		 body;
	char			 item_path[160];
	char			 token_path[160];
	int			 pages;
	int			 items;		/* of the page being read */
	uint64_t		 hash, last;	/* its ids; the last page's */
	int			 empty;		/* empty pages in a row */
	int			 refs;		/* the pager, items waiting */
	struct buf		 jbody;		/* a JSON request's body */
	int			 skip;		/* listed for its parts only */
	/* the TK_PART kinds' listings: their items are in its answers */
	struct listing		*parts[MAX_PARTS];
	int			 nparts;
	json_object		*parent;	/* a TK_CHILD's: the item */
	/* CloudWatch: the usage and the times queries of its items */
	struct aws_mset		*mu, *mt;
	int			 insub;		/* items in per-item calls */
	int			 ended;		/* the paging has ended */
};

/* An item waiting for its metrics: its text in the account's spool
 * (w.item holds only the metrics' answers, once one came), or the item
 * itself when the spool cannot be written */
struct mitem {
	struct aws_mwait	 w;
	struct listing		*l;
	int			 times;		/* atime/mtime asked */
	off_t			 off;
	size_t			 len;
	json_object		*held;
};

/* An item waiting for its per-item calls (struct tsub) */
struct pending {
	struct listing		*l;
	json_object		*item;
	int			 left;
	char			*region;	/* where the calls go */
	const struct tsub	*next;		/* calls after a TS_REGION */
	int			 drop;		/* a TS_MERGE call failed */
};

struct subcall {
	struct pending		*p;
	const struct tsub	*sub;
};

struct acol {
	struct aws		 a;
	json_object		*config;
	const char		*account;
	struct graph		*g;
	struct table		*t;
	json_object		*itypes;	/* instance types by name */
	int			 errors;
	json_object		*regions;	/* the region ids */
	struct nodeid		*rids;		/* and their nodes */
	int			 lookups;	/* TK_LOOKUP listings running */
	struct nodeid		 gid;		/* the global region */
	long long		 mfa;		/* the summary's MFADevices */
	int			 summary_in;	/* GetAccountSummary answered */
	const struct tkind	*users_wait;	/* users, waiting for it */
	/* the credential report the IAM users' listing waits for */
	struct iamcred		*cred;
	const struct tkind	*users;
	/* metrics windows: usage (when collect_usage_metrics is on) and
	 * atime/mtime, each from start to the export time, in periods */
	int			 usage;
	time_t			 now, ustart, tstart;
	long			 uperiod, tperiod;
	/* the items waiting for their metrics, as text: an unlinked file
	 * in $TMPDIR (the child's scratch directory), so that a large
	 * account's items do not wait in memory (-1: none yet, -2: none
	 * can be made) */
	int			 spool;
	off_t			 spool_end;
};

static void
report(void *arg, const struct tkind *tk, const char *msg)
{
	struct acol *c = arg;

	c->errors++;
	log_warnx("aws %s: %s", c->account, msg);
	collector_info("error", "account %s: %s", c->account, msg);
}

/* ---- pages ------------------------------------------------------------- */

static int
list_make(struct chttp_call *call, const char *token, void *arg)
{
	struct listing *l = arg;
	struct buf q = BUF_INIT;

	if (l->tk->target) {	/* JSON 1.1: the token in the body */
		json_object *b = json_object_new_object();

		if (token)
			json_object_object_add(b, l->tk->token ? l->tk->token :
			    "NextToken", json_object_new_string(token));
		free(l->url);
		buf_reset(&l->jbody);
		buf_puts(&l->jbody, json_object_to_json_string_ext(b,
		    JSON_C_TO_STRING_PLAIN));
		json_object_put(b);
		aws_json_call_in(&l->c->a, call, l->tk->service, l->region,
		    l->tk->target, l->tk->op, l->jbody.data, &l->url, &l->body);
		return 0;
	}
	if (l->tk->flags & TK_JSON) {	/* REST-JSON: the token in the query */
		aws_fresh(&l->c->a);
		free(l->url);
		buf_reset(&l->jbody);
		buf_puts(&l->jbody, l->tk->params ? l->tk->params : "");
		if (token)
			aws_param(&l->jbody, l->tk->token ? l->tk->token :
			    "NextToken", token);
		if ((l->url = aws_rest_url(&l->c->a.ep, l->tk->service,
		    l->region, l->tk->path, l->parent, l->jbody.data)) == NULL)
			return -1;	/* the parent has no such value */
		memset(call, 0, sizeof(*call));
		call->method = "GET";
		call->url = l->url;
		call->service = l->tk->service;
		call->sign_service = aws_prefix(l->tk->service);
		call->operation = l->tk->op;
		call->region = l->region;
		call->auth = l->c->a.auth;
		return 0;
	}
	if (l->tk->path) {	/* REST: a GET of the path (S3) */
		aws_fresh(&l->c->a);
		free(l->url);
		l->url = aws_s3_url(&l->c->a.ep, l->region, NULL, NULL, NULL);
		memset(call, 0, sizeof(*call));
		call->method = "GET";
		call->url = l->url;
		call->service = l->tk->service;
		call->operation = l->tk->op;
		call->region = l->region;
		call->auth = l->c->a.auth;
		return 0;
	}
	buf_puts(&q, l->tk->params ? l->tk->params : "");
	if (token)
		aws_param(&q, l->tk->token ? l->tk->token : "NextToken",
		    token);
	free(l->url);
	aws_query_call(&l->c->a, call, l->tk->service, l->region, l->tk->op,
	    l->tk->version ? l->tk->version : AWS_EC2_VERSION, buf_str(&q),
	    &l->url, &l->body);
	buf_free(&q);
	return 0;
}

/* the volume type node of a region, once */
static void
volume_type(struct listing *l, const char *vt)
{
	struct gnode n;
	struct nodeid id;
	struct buf *b;

	if (vt == NULL || table_find(l->c->t, &kind_aws_ec2_volume_type,
	    l->region, vt, 0, &id))
		return;
	memset(&n, 0, sizeof(n));
	n.kind = &kind_aws_ec2_volume_type;
	n.id = n.name = vt;
	n.cloud = "aws";
	n.account = l->c->account;
	n.region = l->region;
	b = graph_node_begin(l->c->g, &n, &id);
	jw_key(b, "volume_type");
	jw_str(b, vt);
	graph_node_end(l->c->g);
	graph_edge(l->c->g, &l->region_id, &id, EDGE_DEFAULT);
	table_index(l->c->t, &kind_aws_ec2_volume_type, l->region, vt, 0, &id);
}

/* the instance type node of a region, once; adds "_type" to the item */
static void
instance_type(struct listing *l, json_object *item)
{
	const struct tkind *tk = &aws_tables[0];
	struct tloc loc = { "aws", l->c->account, l->region, &l->region_id };
	const char *name = table_str(item, "instanceType");
	json_object *it;
	struct nodeid id;

	if (name == NULL ||
	    !json_object_object_get_ex(l->c->itypes, name, &it))
		return;
	json_object_object_add(item, "_type", json_object_get(it));
	if (!table_find(l->c->t, tk->kind, l->region, name, 0, &id))
		table_node(l->c->t, tk, it, &loc, &id);
}

/* "60d", "1h30m": seconds, -1 when malformed */
static long
duration(const char *s)
{
	long total = 0, n;
	char *end;

	if (s == NULL || *s == '\0')
		return -1;
	while (*s) {
		n = strtol(s, &end, 10);
		if (end == s || n < 0)
			return -1;
		switch (*end) {
		case 's': total += n; break;
		case 'm': total += n * 60; break;
		case 'h': total += n * 3600; break;
		case 'd': total += n * 86400; break;
		case 'w': total += n * 7 * 86400; break;
		default: return -1;
		}
		s = end + 1;
	}
	return total;
}

/* A duration of the section ("60d"), def when absent or malformed */
static long
cfg_duration(json_object *config, const char *key, long def)
{
	json_object *v;
	long d;

	if (!json_object_object_get_ex(config, key, &v) ||
	    (d = duration(json_object_get_string(v))) <= 0)
		return def;
	return d;
}

/* The reference's fall-back for an atime or mtime CloudWatch gave none
 * of: the start of the look-back period
 * (cloudwatch_metrics_for_atime_mtime_period, 60 days) or the item's
 * ctime (at path) when later, as "_atime" / "_mtime" of the item. */
static void
fallback_time(struct listing *l, json_object *item, const char *path)
{
	const char *ct;
	time_t start = l->c->tstart, c;
	char t[ISOTIME_LEN];

	if (path && (ct = table_str(item, path)) != NULL &&
	    iso_parse(ct, &c) == 0 && c > start)
		start = c;
	iso_format(start, t);
	if (!json_object_object_get_ex(item, "_atime", NULL))
		json_object_object_add(item, "_atime",
		    json_object_new_string(t));
	if (!json_object_object_get_ex(item, "_mtime", NULL))
		json_object_object_add(item, "_mtime",
		    json_object_new_string(t));
}

/* A volume in use was used now (the reference stamps the collect time);
 * available ones ask CloudWatch (the table's times_when), the others get
 * none. */
static void
volume_times(struct listing *l, json_object *item)
{
	const char *st = table_str(item, "status");
	char t[ISOTIME_LEN];

	if (st && strcmp(st, "in-use") == 0) {
		iso_format(graph_time(l->c->g), t);
		json_object_object_add(item, "_atime",
		    json_object_new_string(t));
		json_object_object_add(item, "_mtime",
		    json_object_new_string(t));
	}
}

/* the member of an item that holds a property (the table's source) */
static const char *
member_of(const struct tkind *tk, const char *prop)
{
	const struct tmap *m;

	for (m = tk->map; m && m->prop; m++)
		if (strcmp(m->prop, prop) == 0)
			return m->src;
	return NULL;
}

static void
list_release(struct listing *l)
{
	if (--l->refs > 0)
		return;
	free(l->url);
	free(l->region);
	buf_free(&l->body);
	buf_free(&l->jbody);
	json_object_put(l->parent);
	free(l);
}

static void	list_start(struct acol *, const struct tkind *, const char *,
		    const struct nodeid *, json_object *);

static void
emit(struct listing *l, json_object *item)
{
	struct tloc loc = { "aws", l->c->account, l->region, &l->region_id };
	struct tat at = { NULL, 0, NULL };
	struct nodeid id;
	const struct tkind *ch;
	const struct tsub *sub;
	json_object *list;
	size_t i;
	int made;

	if (l->c->cred && l->tk->kind == &kind_aws_iam_user)
		iamcred_user(l->c->cred, item);
	json_object_object_get_ex(item, "_usage", &at.usage);
	/* the kinds listed per item of this one (EKS's node groups), when
	 * its node is made */
	made = table_node_at(l->c->t, l->tk, item, &loc, &at, &id) == 0;
	for (ch = l->tk + 1; made && !(l->tk->flags & TK_CHILD) && ch->kind &&
	    (ch->flags & TK_CHILD); ch++)
		if (aws_should_collect(l->c->config, ch->kind->fqn))
			list_start(l->c, ch, l->region, &l->region_id, item);
	for (sub = l->tk->sub; sub && sub->op; sub++) {
		if (sub->each == NULL ||
		    !json_object_object_get_ex(item, sub->into, &list) ||
		    !json_object_is_type(list, json_type_array))
			continue;
		for (i = 0; i < json_object_array_length(list); i++) {
			json_object *el = json_object_array_get_idx(list, i);

			if (sub->each->prep)
				sub->each->prep(el);
			table_node(l->c->t, sub->each, el, &loc, &id);
		}
	}
}

static int
sub_item(json_object *item, struct buf *err, void *arg)
{
	json_object_array_add(arg, item);
	return 0;
}

static int	sub_calls(struct pending *, const struct tsub *);
static void	pending_end(struct pending *);
static int	item_has(json_object *, const char *);

/* ---- metrics ------------------------------------------------------------ */

/* Keeps the item's text in the account's spool: 0, or -1 (the item is
 * kept in memory then). */
static int
spool_put(struct acol *c, struct mitem *mi, json_object *item)
{
	const char *d = getenv("TMPDIR"), *txt;
	struct buf path = BUF_INIT;
	size_t done = 0;
	ssize_t n;

	if (c->spool == -1) {
		buf_printf(&path, "%s/resotoworker-aws.XXXXXX",
		    d && *d ? d : "/tmp");
		if ((c->spool = mkstemp(path.data)) == -1) {
			log_warnx("aws %s: %s: %s; the items waiting for their "
			    "metrics are kept in memory", c->account,
			    buf_str(&path), strerror(errno));
			c->spool = -2;
		} else
			unlink(buf_str(&path));
		buf_free(&path);
	}
	if (c->spool < 0)
		return -1;
	txt = json_object_to_json_string_ext(item, JSON_C_TO_STRING_PLAIN);
	mi->len = strlen(txt);
	mi->off = c->spool_end;
	while (done < mi->len) {
		n = pwrite(c->spool, txt + done, mi->len - done,
		    mi->off + (off_t)done);
		if (n <= 0) {
			log_warnx("aws %s: writing the items' spool: %s",
			    c->account, n == 0 ? "no space" : strerror(errno));
			return -1;
		}
		done += (size_t)n;
	}
	c->spool_end += (off_t)mi->len;
	return 0;
}

/* The item spool_put kept, read back (NULL: reported). */
static json_object *
spool_get(struct acol *c, const struct mitem *mi)
{
	char *txt = xmalloc(mi->len + 1);
	json_object *item = NULL;
	size_t done = 0;
	ssize_t n;

	while (done < mi->len) {
		n = pread(c->spool, txt + done, mi->len - done,
		    mi->off + (off_t)done);
		if (n <= 0)
			break;
		done += (size_t)n;
	}
	txt[done] = '\0';
	if (done == mi->len)
		item = json_tokener_parse(txt);
	free(txt);
	if (item == NULL)
		report(c, mi->l->tk, "an item waiting for its metrics could "
		    "not be read back from the spool");
	return item;
}

/* The item's metrics are in: atime/mtime fall back where none came, and
 * its node */
static void
metrics_done(struct aws_mwait *w)
{
	struct mitem *mi = (struct mitem *)w;
	struct listing *l = mi->l;
	json_object *item = mi->held ? mi->held : spool_get(l->c, mi);

	if (item != NULL) {
		if (w->item != NULL) {
			json_object_object_foreach(w->item, k, v)
				json_object_object_add(item, k,
				    json_object_get(v));
		}
		if (mi->times)
			fallback_time(l, item, member_of(l->tk, "ctime"));
		emit(l, item);
		json_object_put(item);
	}
	json_object_put(w->item);
	free(mi);
	list_release(l);
}

/* the listing's usage (times 0) or times set, made when first needed */
static struct aws_mset *
mset(struct listing *l, int times)
{
	struct acol *c = l->c;
	struct aws_mset **s = times ? &l->mt : &l->mu;

	if (*s == NULL)
		*s = aws_mset_new(&c->a, c->account, l->region, times ?
		    c->tstart : c->ustart, c->now, times ? c->tperiod :
		    c->uperiod, &c->errors);
	return *s;
}

/* Every item of the listing has been through finish(): the last calls */
static void
metrics_end(struct listing *l)
{
	aws_mset_end(l->mu);
	aws_mset_end(l->mt);
	l->mu = l->mt = NULL;
}

/* The item is complete but for its CloudWatch metrics: asks them, or
 * makes its node when it needs none. */
static void
finish(struct listing *l, json_object *item)
{
	const struct tkind *tk = l->tk;
	const struct tmetric *m;
	struct mitem *mi;
	const char *id = table_str(item, member_of(tk, "id"));
	int usage, times;

	usage = l->c->usage && tk->usage && (tk->usage_when == NULL ||
	    item_has(item, tk->usage_when));
	times = (tk->flags & TK_TIMES) && tk->times &&
	    (tk->times_when == NULL || item_has(item, tk->times_when));
	if ((!usage && !times) || id == NULL) {
		emit(l, item);
		return;
	}
	mi = xcalloc(1, sizeof(*mi));
	mi->l = l;
	if (spool_put(l->c, mi, item) == -1)
		mi->held = json_object_get(item);
	mi->w.left = 1;
	mi->w.done = metrics_done;
	mi->times = times;
	l->refs++;
	for (m = tk->usage; usage && m->name; m++)
		aws_mset_add(mset(l, 0), &mi->w, m, id);
	for (m = tk->times; times && m->name; m++)
		aws_mset_add(mset(l, 1), &mi->w, m, id);
	aws_mwait_release(&mi->w);
}

/* GetBucketLocation's answer: the bucket's region (none: us-east-1,
 * "EU": eu-west-1, as S3 names them) */
static void
region_of(struct pending *p, const char *body, size_t len)
{
	char *r = aws_xml_text(body, len, "LocationConstraint");

	free(p->region);
	if (r == NULL || *r == '\0')
		p->region = xstrdup(GLOBAL_REGION);
	else if (strcmp(r, "EU") == 0)
		p->region = xstrdup("eu-west-1");
	else
		p->region = xstrdup(r);
	free(r);
}

json_object *
aws_rest_item(const struct tkind *tk, json_object *it, json_object *parent)
{
	json_object *o;

	if (tk->wrap == NULL || !json_object_is_type(it, json_type_string))
		return json_object_get(it);
	/* a name (EKS): the object the calls fill in */
	o = json_object_new_object();
	json_object_object_add(o, tk->wrap, json_object_get(it));
	if (parent)
		json_object_object_add(o, "_parent", json_object_get(parent));
	return o;
}

int
aws_rest_answer(json_object *item, const struct tsub *sub, const char *body,
    struct buf *err)
{
	json_object *doc = json_tokener_parse(body), *v;

	if (doc == NULL || !json_object_is_type(doc, json_type_object)) {
		buf_printf(err, "the answer is no JSON object");
		json_object_put(doc);
		return -1;
	}
	v = sub->items ? json_object_get(chttp_json_path(doc, sub->items)) :
	    json_object_get(doc);
	json_object_put(doc);
	if (v && (sub->flags & TS_PARSE)) {
		doc = json_object_is_type(v, json_type_string) ?
		    json_tokener_parse(json_object_get_string(v)) : NULL;
		json_object_put(v);
		if ((v = doc) == NULL) {
			buf_printf(err, "%s is no JSON text", sub->items);
			return -1;
		}
	}
	if (sub->flags & TS_MERGE) {
		if (v == NULL || !json_object_is_type(v, json_type_object)) {
			buf_printf(err, "%s is no object", sub->items ?
			    sub->items : "the answer");
			json_object_put(v);
			return -1;
		}
		json_object_object_foreach(v, k, x)
			json_object_object_add(item, k, json_object_get(x));
		json_object_put(v);
	} else if (v)
		json_object_object_add(item, sub->into, v);
	return 0;
}

/* a per-item call's answer into its item; the node once all are in */
static void
sub_done(const char *body, size_t len, const char *error, const char *code,
    void *arg)
{
	struct subcall *s = arg;
	struct pending *p = s->p;
	struct listing *l = p->l;
	struct buf e = BUF_INIT;
	json_object *list = json_object_new_array(), *v;
	const struct tsub *sub;

	if (error) {
		if (!aws_gone(s->sub->gone, code)) {
			buf_printf(&e, "%s", error);
			goto bad;
		}
		if (s->sub->flags & TS_MERGE)
			p->drop = 1;	/* gone since it was listed */
		if (s->sub->flags & (TS_JSON | TS_REGION) ||
		    (l->tk->flags & TK_JSON))
			goto done;	/* none: the member stays absent */
	} else if (l->tk->flags & TK_JSON) {
		if (aws_rest_answer(p->item, s->sub, body, &e) == -1)
			goto bad;
		goto done;
	} else if (s->sub->flags & TS_REGION) {
		region_of(p, body, len);
		goto done;
	} else if (l->tk->target) {	/* JSON: the value at items */
		json_object *doc = json_tokener_parse(body);

		if (doc == NULL) {
			buf_printf(&e, "the answer is no JSON document");
			goto bad;
		}
		if ((v = chttp_json_path(doc, s->sub->items)) != NULL)
			json_object_object_add(p->item, s->sub->into,
			    json_object_get(v));
		json_object_put(doc);
		goto done;
	} else if (s->sub->flags & TS_JSON) {
		if ((v = json_tokener_parse(body)) == NULL) {
			buf_printf(&e, "the answer is no JSON document");
			goto bad;
		}
		json_object_object_add(p->item, s->sub->into, v);
		goto done;
	} else if (chttp_xml_items(body, len, s->sub->items, sub_item, list,
	    NULL, NULL, &e) == -1)
		goto bad;
	if (s->sub->member == NULL)
		json_object_object_add(p->item, s->sub->into,
		    json_object_get(list));
	else if (json_object_array_length(list) > 0 &&
	    json_object_object_get_ex(json_object_array_get_idx(list, 0),
	    s->sub->member, &v))
		json_object_object_add(p->item, s->sub->into,
		    json_object_get(v));
	goto done;
bad:
	if (s->sub->flags & TS_MERGE)
		p->drop = 1;
	l->c->errors++;
	log_warnx("aws %s: %s %s %s: %s", l->c->account, l->region,
	    l->tk->service, s->sub->op, buf_str(&e));
	collector_info("error", "account %s region %s: %s %s: %s",
	    l->c->account, l->region, l->tk->service, s->sub->op, buf_str(&e));
done:
	json_object_put(list);
	buf_free(&e);
	free(s);
	if (--p->left > 0)
		return;
	if (p->next) {		/* the calls that waited for the region */
		sub = p->next;
		p->next = NULL;
		if (sub_calls(p, sub) > 0)
			return;
	}
	pending_end(p);
}

/* the item is done: its node */
static void
pending_end(struct pending *p)
{
	struct listing *l = p->l;

	if (!p->drop)
		finish(l, p->item);
	json_object_put(p->item);
	free(p->region);
	free(p);
	if (--l->insub == 0 && l->ended)
		metrics_end(l);
	list_release(l);
}

/* "k=@path&k2=text" as a JSON object's text: each path's value in item
 * (none: left out), constants as strings */
static char *
json_params(const char *tmpl, json_object *item)
{
	json_object *o = json_object_new_object(), *v;
	const char *p, *amp, *eq;
	char key[128], path[256];
	char *out;

	for (p = tmpl; p && *p; p = *amp ? amp + 1 : amp) {
		amp = p + strcspn(p, "&");
		if ((eq = memchr(p, '=', (size_t)(amp - p))) == NULL)
			continue;
		snprintf(key, sizeof(key), "%.*s", (int)(eq - p), p);
		if (eq[1] == '@') {
			snprintf(path, sizeof(path), "%.*s",
			    (int)(amp - eq - 2), eq + 2);
			if ((v = table_get(item, path, NULL)) != NULL)
				json_object_object_add(o, key, v);
		} else
			json_object_object_add(o, key,
			    json_object_new_string_len(eq + 1,
			    (int)(amp - eq - 1)));
	}
	out = xstrdup(json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	return out;
}

/* 1 when item has every "path=value" of cond ('&'-separated) */
static int
item_has(json_object *item, const char *cond)
{
	const char *p, *amp, *eq, *v;
	char path[256];
	int ok = 1;

	for (p = cond; ok && *p; p = *amp ? amp + 1 : amp) {
		amp = p + strcspn(p, "&");
		if ((eq = memchr(p, '=', (size_t)(amp - p))) == NULL)
			return 0;
		snprintf(path, sizeof(path), "%.*s", (int)(eq - p), p);
		v = table_str(item, path);
		ok = v != NULL && strlen(v) == (size_t)(amp - eq - 1) &&
		    strncmp(v, eq + 1, (size_t)(amp - eq - 1)) == 0;
	}
	return ok;
}

/* Starts the calls from sub on, up to a TS_REGION one (which the others
 * wait for); 0 when none was started. */
static int
sub_calls(struct pending *p, const struct tsub *sub)
{
	struct listing *l = p->l;
	struct subcall *s;
	json_object *qs;
	const char *v;
	char *url;
	int n = 0;

	for (; sub->op; sub++) {
		if (n > 0 && (sub->flags & (TS_REGION | TS_FIRST)))
			break;
		if (sub->when && !item_has(p->item, sub->when))
			continue;
		s = xcalloc(1, sizeof(*s));
		s->p = p;
		s->sub = sub;
		if (l->tk->flags & TK_JSON) {	/* REST-JSON: a GET */
			if ((url = aws_rest_url(&l->c->a.ep, l->tk->service,
			    p->region, sub->rest, p->item, NULL)) == NULL) {
				free(s);
				continue;
			}
			p->left++;
			n++;
			aws_rest(&l->c->a, "GET", l->tk->service, p->region,
			    sub->op, url, NULL, 0, NULL, sub_done, s);
			free(url);
		} else if (l->tk->target) {	/* JSON: the params as the body */
			char *body = json_params(sub->params, p->item);

			p->left++;
			n++;
			aws_json(&l->c->a, l->tk->service, p->region,
			    l->tk->target, sub->op, body, sub_done, s);
			free(body);
		} else if (sub->rest) {	/* an S3 bucket's subresource */
			if ((v = table_str(p->item, sub->params + 1)) == NULL) {
				free(s);
				continue;
			}
			url = aws_s3_url(&l->c->a.ep, p->region, v, NULL,
			    sub->rest);
			p->left++;
			n++;
			aws_rest(&l->c->a, "GET", l->tk->service, p->region,
			    sub->op, url, NULL, 0, NULL, sub_done, s);
			free(url);
		} else {
			qs = aws_expand(sub->params, p->item);
			if (json_object_array_length(qs) > 0) {
				p->left++;
				n++;
				aws_query(&l->c->a, l->tk->service, p->region,
				    sub->op, l->tk->version,
				    json_object_get_string(
				    json_object_array_get_idx(qs, 0)),
				    sub_done, s);
			} else
				free(s);
			json_object_put(qs);
		}
		if (sub->flags & (TS_REGION | TS_FIRST)) {
			p->next = sub + 1;
			break;
		}
	}
	return n;
}

/* Starts an item's per-item calls; its node is made when they are in. */
static void
sub_start(struct listing *l, json_object *item)
{
	struct pending *p = xcalloc(1, sizeof(*p));

	p->l = l;
	p->item = json_object_get(item);
	p->region = xstrdup(l->region);
	l->refs++;
	l->insub++;
	if (sub_calls(p, l->tk->sub) == 0)
		pending_end(p);
}

static int
list_item(json_object *item, struct buf *err, void *arg)
{
	struct listing *l = arg;
	const char *name;

	/* the other calls go on while a large page is read */
	if ((++l->items & 127) == 0)
		chttp_progress(l->c->a.http);
	/* FNV-1a over the page's ids, or over the items' text when the id
	 * comes from a per-item call (KMS's DescribeKey) */
	if ((name = table_str(item, member_of(l->tk, "id"))) == NULL)
		name = json_object_to_json_string_ext(item,
		    JSON_C_TO_STRING_PLAIN);
	for (; *name; name++)
		l->hash = (l->hash ^ (unsigned char)*name) * 0x100000001b3ULL;
	if (l->skip) {		/* listed for its parts only */
		json_object_put(item);
		return 0;
	}
	if (l->tk->flags & TK_LOOKUP) {		/* instance types */
		if ((name = table_str(item, "instanceType")) != NULL &&
		    !json_object_object_get_ex(l->c->itypes, name, NULL))
			json_object_object_add(l->c->itypes, name,
			    json_object_get(item));
	} else {
		if (l->tk->prep)
			l->tk->prep(item);
		if (l->tk->kind == &kind_aws_ec2_instance)
			instance_type(l, item);
		else if (l->tk->kind == &kind_aws_ec2_volume) {
			volume_type(l, table_str(item, "volumeType"));
			volume_times(l, item);
		}
		if (l->tk->sub)
			sub_start(l, item);
		else
			finish(l, item);
	}
	json_object_put(item);
	return graph_io_failed(l->c->g) ? -1 : 0;
}

/* A JSON answer's items (at the table's items path) through list_item,
 * its next token (at next) into values[0]; -1 with err when malformed. */
static int
json_page(struct listing *l, const struct chttp_res *r, char **values,
    struct buf *err)
{
	json_object *doc, *items;
	const char *t;
	size_t i;
	int rc = 0;

	if ((doc = chttp_json(r, err)) == NULL)
		return -1;
	items = chttp_json_path(doc, l->tk->items);
	if (items != NULL && !json_object_is_type(items, json_type_array)) {
		buf_printf(err, "%s %s: %s is no list", l->tk->service,
		    l->tk->op, l->tk->items);
		rc = -1;
	}
	for (i = 0; rc == 0 && items && i < json_object_array_length(items);
	    i++) {
		json_object *it = json_object_array_get_idx(items, i);

		rc = list_item(aws_rest_item(l->tk, it, l->parent), err, l);
	}
	if (rc == 0 && l->tk->next &&
	    (t = chttp_json_str(doc, l->tk->next)) != NULL)
		values[0] = xstrdup(t);
	json_object_put(doc);
	return rc;
}

static int
list_page(const struct chttp_res *r, struct buf *next, struct buf *err,
    void *arg)
{
	struct listing *l = arg;
	const char *const leaves[] = { l->token_path, NULL };
	char *values[1] = { NULL };
	int i, n;

	l->items = 0;
	l->hash = 0xcbf29ce484222325ULL;
	l->pages++;
	if (l->tk->target || (l->tk->flags & TK_JSON))
		n = json_page(l, r, values, err);
	else
		n = chttp_xml_items(r->body, r->len, l->item_path, list_item,
		    l, leaves, values, err);
	for (i = 0; n != -1 && i < l->nparts; i++) {
		struct listing *pl = l->parts[i];

		pl->items = 0;
		pl->hash = l->hash;
		n = chttp_xml_items(r->body, r->len, pl->item_path, list_item,
		    pl, NULL, NULL, err);
		l->items += pl->items;
		l->hash = pl->hash;
	}
	if (values[0] && *values[0])
		buf_puts(next, values[0]);
	free(values[0]);
	l->empty = l->items == 0 ? l->empty + 1 : 0;
	if (n != -1 && next->len && ((l->items > 0 && l->pages > 1 &&
	    l->hash == l->last) || l->empty > MAX_EMPTY_PAGES)) {
		/* fresh tokens, the same items or none: a token that never
		 * ends (AWS may answer a few empty pages, never this many) */
		buf_printf(err, "page %d %s and asks for more: the paging does "
		    "not end", l->pages, l->items ?
		    "repeats the page before it" : "is one more empty page");
		return -1;
	}
	l->last = l->hash;
	return n == -1 ? -1 : 0;
}

/* An XML page's next token from its tail (EC2's nextToken ends the
 * answer), so the next page is asked for before this one is read (a JSON
 * page's token is read with the page). */
static int
list_token(const struct chttp_res *r, struct buf *next, void *arg)
{
	struct listing *l = arg;

	if (l->tk->target || (l->tk->flags & TK_JSON))
		return 0;
	return chttp_xml_tail_leaf(r->body, r->len, l->token_path, next);
}

static void	start_pass(struct acol *, int after_lookup);

static void
list_done(const struct chttp_res *res, const char *error, int pages,
    void *arg)
{
	struct listing *l = arg;

	if (error) {
		l->c->errors++;
		log_warnx("aws %s: %s %s %s %s: %s", l->c->account, l->region,
		    l->tk->service, l->tk->op, l->tk->kind->fqn, error);
		collector_info("error", "account %s region %s: %s %s: %s",
		    l->c->account, l->region, l->tk->service, l->tk->op, error);
	}
	/* the last instance types are in: the instances can start */
	if ((l->tk->flags & TK_LOOKUP) && --l->c->lookups == 0)
		start_pass(l->c, 1);
	l->ended = 1;
	if (l->insub == 0)
		metrics_end(l);
	while (l->nparts > 0) {
		struct listing *pl = l->parts[--l->nparts];

		pl->ended = 1;
		if (pl->insub == 0)
			metrics_end(pl);
		list_release(pl);
	}
	list_release(l);
}

static struct listing *
listing_new(struct acol *c, const struct tkind *tk, const char *region,
    const struct nodeid *region_id)
{
	struct listing *l = xcalloc(1, sizeof(*l));

	l->c = c;
	l->refs = 1;
	l->tk = tk;
	l->region = xstrdup(region);
	l->region_id = *region_id;
	snprintf(l->item_path, sizeof(l->item_path), "%s", tk->items);
	return l;
}

/* 1 when tk or one of the TK_PART entries after it is to be collected */
static int
wanted(struct acol *c, const struct tkind *tk)
{
	const struct tkind *p;

	if (aws_should_collect(c->config, tk->kind->fqn))
		return 1;
	for (p = tk + 1; p->kind && (p->flags & TK_PART); p++)
		if (aws_should_collect(c->config, p->kind->fqn))
			return 1;
	return 0;
}

/* Starts the listing of tk, with the TK_PART entries after it that are
 * collected: their items are in its answers. */
static void
list_start(struct acol *c, const struct tkind *tk, const char *region,
    const struct nodeid *region_id, json_object *parent)
{
	const struct tkind *p;
	struct listing *l = listing_new(c, tk, region, region_id);
	struct chttp_pager pg = { list_make, list_page, list_done, l, 0,
	    list_token };

	l->parent = json_object_get(parent);
	l->skip = !aws_should_collect(c->config, tk->kind->fqn);
	for (p = tk + 1; p->kind && (p->flags & TK_PART); p++) {
		if (l->nparts == MAX_PARTS)
			fatalx("aws: %s has more than %d parts",
			    tk->kind->fqn, MAX_PARTS);
		if (aws_should_collect(c->config, p->kind->fqn))
			l->parts[l->nparts++] = listing_new(c, p, region,
			    region_id);
	}
	if (tk->next)
		snprintf(l->token_path, sizeof(l->token_path), "%s", tk->next);
	else
		snprintf(l->token_path, sizeof(l->token_path),
		    "%sResponse/nextToken", tk->op);
	chttp_page(c->a.http, &pg);
}

/* ---- the tables ---------------------------------------------------------- */

const struct tkind *const aws_table_sets[] = { aws_tables, aws_elb_tables,
	aws_s3_tables, aws_autoscaling_tables, aws_cloudwatch_tables,
	aws_rds_tables, aws_kms_tables, aws_iam_tables, aws_lambda_tables,
	aws_eks_tables, NULL };

const struct tkind *
aws_table_find(const char *fqn)
{
	const struct tkind *const *set, *tk;

	for (set = aws_table_sets; *set; set++)
		if ((tk = table_lookup(*set, fqn)) != NULL)
			return tk;
	return NULL;
}

/* ---- account and regions ----------------------------------------------- */

static int
summary_item(json_object *item, struct buf *err, void *arg)
{
	json_object *acc = arg, *k, *v;

	if (json_object_object_get_ex(item, "key", &k) &&
	    json_object_object_get_ex(item, "value", &v))
		json_object_object_add(acc, json_object_get_string(k),
		    json_object_get(v));
	json_object_put(item);
	return 0;
}

static int
policy_item(json_object *item, struct buf *err, void *arg)
{
	json_object_object_add(arg, "policy", item);
	return 0;
}

static int
region_item(json_object *item, struct buf *err, void *arg)
{
	const char *r = table_str(item, "regionName");

	if (r)
		json_object_array_add(arg, json_object_new_string(r));
	json_object_put(item);
	return 0;
}

/*
 * The account's first calls: iam:GetAccountSummary and
 * GetAccountPasswordPolicy (into the account node, written when both are
 * in) and the regions (ec2:DescribeRegions unless the section names
 * them). Nothing waits for the account node: its id is known before its
 * line, so the regions' nodes and listings begin at once when the section
 * names the regions, else as soon as DescribeRegions is in, beside the
 * other two calls.
 */
struct astart {
	struct acol		*c;
	json_object		*o;		/* the account's properties */
	struct aws_answer	 sum, pol;
	int			 left;		/* of sum and pol */
	struct nodeid		 acc;
	struct buf		*err;		/* the regions' error */
};

/* a region node (name: its id, or "global") below the account */
static void
region_node(struct acol *c, const struct nodeid *acc, const char *id,
    const char *name, struct nodeid *rid)
{
	static const struct tmap rm[] = { TM("id", "id"), TM("name", "name"),
	    TM_END };
	static const struct tkind rk = { .kind = &kind_aws_region, .map = rm };
	struct tloc loc = { "aws", c->account, id, NULL };
	json_object *o = json_object_new_object();

	json_object_object_add(o, "id", json_object_new_string(id));
	json_object_object_add(o, "name", json_object_new_string(name));
	table_node(c->t, &rk, o, &loc, rid);
	graph_edge(c->g, acc, rid, EDGE_DEFAULT);
	json_object_put(o);
}

static void	key_limits(struct acol *, json_object *);
static void	start_pass(struct acol *, int);
static void	users_start(struct acol *, const struct tkind *);

/* the regions' nodes and listings: rl is the account's regions */
static void
regions_start(struct astart *s, json_object *rl)
{
	struct acol *c = s->c;
	size_t i, n = json_object_array_length(rl);

	key_limits(c, rl);
	c->rids = xcalloc(n ? n : 1, sizeof(*c->rids));
	for (i = 0; i < n; i++) {
		const char *r = json_object_get_string(
		    json_object_array_get_idx(rl, i));

		region_node(c, &s->acc, r, r, &c->rids[i]);
	}
	c->regions = rl;
	start_pass(c, 0);
}

/* the account node, once GetAccountSummary and GetAccountPasswordPolicy
 * are in */
static void
account_write(struct astart *s)
{
	static const struct tmap am[] = { TM("id", "id"), TM("name", "name"),
	    TM("role", "role"),
	    TM("profile", "profile"), TM_END };
	static const struct tkind ak = { .kind = &kind_aws_account, .map = am };
	struct acol *c = s->c;
	struct tloc loc = { "aws", c->account, NULL, NULL };
	struct nodeid id;
	json_object *mfa;

	if (s->sum.failed)
		report(c, NULL, buf_str(&s->sum.err));
	else if (chttp_xml_items(s->sum.body.data, s->sum.body.len,
	    "GetAccountSummaryResponse/GetAccountSummaryResult/SummaryMap/"
	    "entry", summary_item, s->o, NULL, NULL, &s->sum.err) == -1)
		report(c, NULL, buf_str(&s->sum.err));
	if (s->pol.failed && strcmp(s->pol.code, "NoSuchEntity") != 0)
		report(c, NULL, buf_str(&s->pol.err));
	else if (!s->pol.failed && chttp_xml_items(s->pol.body.data,
	    s->pol.body.len, "GetAccountPasswordPolicyResponse/"
	    "GetAccountPasswordPolicyResult/PasswordPolicy", policy_item, s->o,
	    NULL, NULL, &s->pol.err) == -1)
		report(c, NULL, buf_str(&s->pol.err));
	if (json_object_object_get_ex(s->o, "MFADevices", &mfa))
		c->mfa = json_object_get_int64(mfa);
	table_node(c->t, &ak, s->o, &loc, &id);
	if (memcmp(&id, &s->acc, sizeof(id)) != 0)
		fatalx("aws %s: the account node's id is not the one its "
		    "regions were linked to", c->account);
	graph_edge(c->g, graph_cloud_id(c->g), &id, EDGE_DEFAULT);
	c->summary_in = 1;
	if (c->users_wait)		/* the users need MFADevices */
		users_start(c, c->users_wait);
}

static void
start_answer(struct astart *s, struct aws_answer *ans, const char *body,
    size_t len, const char *error, const char *code)
{
	aws_answer_cb(body, len, error, code, ans);
	if (--s->left == 0)
		account_write(s);
}

static void
summary_cb(const char *body, size_t len, const char *error, const char *code,
    void *arg)
{
	struct astart *s = arg;

	start_answer(s, &s->sum, body, len, error, code);
}

static void
policy_cb(const char *body, size_t len, const char *error, const char *code,
    void *arg)
{
	struct astart *s = arg;

	start_answer(s, &s->pol, body, len, error, code);
}

/* DescribeRegions' answer: the regions' nodes and listings, or the error */
static void
regions_cb(const char *body, size_t len, const char *error, const char *code,
    void *arg)
{
	struct astart *s = arg;
	json_object *rl;

	if (error) {
		buf_puts(s->err, error);
		return;
	}
	rl = json_object_new_array();
	if (chttp_xml_items(body, len, "DescribeRegionsResponse/regionInfo/"
	    "item", region_item, rl, NULL, NULL, s->err) == -1) {
		json_object_put(rl);
		return;
	}
	regions_start(s, rl);
}

/* The account's node and regions (below the global one, gid), every
 * listing started; run with chttp_run(). */
static void
account_start(struct acol *c, const struct coll_account *a, struct astart *s)
{
	struct gnode n;
	json_object *l;

	memset(s, 0, sizeof(*s));
	s->c = c;
	if (json_object_deep_copy(a->js, &s->o, NULL) != 0)
		fatalx("aws: cannot copy the account entry");
	json_object_object_del(s->o, "credentials");
	json_object_object_add(s->o, "name", json_object_new_string(a->name));
	memset(&n, 0, sizeof(n));
	n.kind = &kind_aws_account;
	n.id = a->id;
	n.name = a->name;
	n.cloud = "aws";
	n.account = c->account;
	graph_node_id(c->g, &n, &s->acc);
	region_node(c, &s->acc, GLOBAL_REGION, "global", &c->gid);
	s->left = 2;
	aws_query(&c->a, "iam", NULL, "GetAccountSummary", IAM_VERSION, NULL,
	    summary_cb, s);
	aws_query(&c->a, "iam", NULL, "GetAccountPasswordPolicy", IAM_VERSION,
	    NULL, policy_cb, s);
	if (json_object_object_get_ex(c->config, "region", &l) &&
	    json_object_is_type(l, json_type_array) &&
	    json_object_array_length(l) > 0)
		regions_start(s, json_object_get(l));
	else
		aws_query(&c->a, "ec2", GLOBAL_REGION, "DescribeRegions",
		    AWS_EC2_VERSION, NULL, regions_cb, s);
}

static void
cred_err(void *arg, const char *msg)
{
	report(arg, NULL, msg);
}

/* the credential report is in: the users' listing */
static void
cred_done(void *arg)
{
	struct acol *c = arg;

	list_start(c, c->users, GLOBAL_REGION, &c->gid, NULL);
}

/* The IAM users' listing (with its parts) waits for the credential report
 * and the virtual MFA devices (iamcred.h), which their nodes carry. */
static void
users_start(struct acol *c, const struct tkind *tk)
{
	struct tloc loc = { "aws", c->account, GLOBAL_REGION, &c->gid };
	struct iamcred_cb cb = { cred_err, cred_done, c };

	if (!aws_should_collect(c->config, tk->kind->fqn)) {
		list_start(c, tk, GLOBAL_REGION, &c->gid, NULL);
		return;
	}
	c->users = tk;
	c->cred = iamcred_start(&c->a, c->g, c->t, &loc, c->mfa, &cb);
}

/* Starts the listings of every region: the kinds that need the lookups
 * (after_lookup) or the others; the latter first, and the former once the
 * last lookup listing has ended (list_done), or at once when there is
 * none. */
static void
start_pass(struct acol *c, int after_lookup)
{
	const struct tkind *const *set, *tk;
	size_t i, n = json_object_array_length(c->regions);

	for (set = aws_table_sets; *set; set++)
	for (tk = *set; tk->kind; tk++) {
		if (((tk->flags & TK_AFTER_LOOKUP) != 0) != after_lookup ||
		    (tk->flags & (TK_PART | TK_SUB | TK_CHILD)) ||
		    !wanted(c, tk))
			continue;
		if (tk->kind == &kind_aws_iam_user) {
			if (c->summary_in)
				users_start(c, tk);
			else
				c->users_wait = tk;
			continue;
		}
		if (tk->flags & TK_GLOBAL) {	/* once, in the global region */
			list_start(c, tk, GLOBAL_REGION, &c->gid, NULL);
			continue;
		}
		for (i = 0; i < n; i++) {
			if (tk->flags & TK_LOOKUP)
				c->lookups++;
			list_start(c, tk, json_object_get_string(
			    json_object_array_get_idx(c->regions, i)),
			    &c->rids[i], NULL);
		}
	}
	if (!after_lookup && c->lookups == 0)
		start_pass(c, 1);
}

/* resource_pool_tasks_per_service: calls in flight per (service, region) */
static void
key_limits(struct acol *c, json_object *regions)
{
	char key[128];
	json_object *m;
	size_t i;

	if (!json_object_object_get_ex(c->config,
	    "resource_pool_tasks_per_service", &m) ||
	    !json_object_is_type(m, json_type_object))
		return;
	json_object_object_foreach(m, svc, v) {
		if (!json_object_is_type(v, json_type_int) ||
		    json_object_get_int(v) < 1)
			continue;
		for (i = 0; i < json_object_array_length(regions); i++) {
			snprintf(key, sizeof(key), "%s/%s", svc,
			    json_object_get_string(json_object_array_get_idx(
			    regions, i)));
			chttp_key_limit(c->a.http, key, json_object_get_int(v));
		}
	}
}

/* The metrics' time windows, as the reference's GraphBuilder sets them:
 * usage from the step's previous run (its timedelta's seconds, rounded up
 * to a minute, at least 10 minutes), else the last hour, in one period;
 * atime/mtime over cloudwatch_metrics_for_atime_mtime_period in periods
 * of its granularity; each up to the account's start (the reference's
 * builder.created_at: in a cloud merge the accounts come one by one). */
static void
metrics_windows(struct acol *c)
{
	json_object *v;
	time_t now = time(NULL), last = collector_last_run();
	long d;

	c->usage = json_object_object_get_ex(c->config,
	    "collect_usage_metrics", &v) && json_object_is_type(v,
	    json_type_boolean) && json_object_get_boolean(v);
	if (last > 0) {
		/* timedelta.seconds: the part under a day, never negative */
		d = (long)(((now - last) % 86400 + 86400) % 86400);
		d = (d + 59) / 60 * 60;
		c->ustart = last;
		if (d < 600) {
			d = 600;
			c->ustart = now - d;
		}
	} else {
		d = 3600;
		c->ustart = now - d;
	}
	c->uperiod = d;
	c->now = now;
	c->tstart = now - cfg_duration(c->config,
	    "cloudwatch_metrics_for_atime_mtime_period", 60 * 86400);
	c->tperiod = cfg_duration(c->config,
	    "cloudwatch_metrics_for_atime_mtime_granularity", 3600);
}

int
aws_collect(json_object *config, const struct coll_account *a,
    struct graph *g, char *err, size_t errlen)
{
	struct acol c;
	struct astart s;
	struct chttp_stats st;
	json_object *dv;
	struct buf e = BUF_INIT;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	memset(&s, 0, sizeof(s));
	c.spool = -1;
	c.config = config;
	c.account = a->id;
	c.g = g;
	if (aws_open_account(&c.a, config, a->js, &e) == -1)
		goto out;
	c.t = table_new(g, report, &c);
	c.itypes = json_object_new_object();
	metrics_windows(&c);
	s.err = &e;
	account_start(&c, a, &s);
	if (chttp_run(c.a.http) == -1)	/* each unfinished listing said so */
		report(&c, NULL, "the account's deadline passed");
	if (c.regions == NULL) {	/* DescribeRegions failed: e says why */
		if (e.len == 0)
			buf_puts(&e, "the account's regions are not known");
		goto out;
	}
	table_link(c.t);
	if (c.errors && json_object_object_get_ex(config,
	    "discard_account_on_resource_error", &dv) &&
	    json_object_get_boolean(dv)) {
		buf_printf(&e, "%d errors while collecting, and "
		    "discard_account_on_resource_error is set", c.errors);
		goto out;
	}
	rc = 0;
	chttp_stats(c.a.http, &st);
	log_info("aws %s: %ld calls, %ld requests (%ld retries, %ld "
	    "throttled), %ld pages, %lld bytes, at most %d in flight, %d "
	    "errors", c.account, st.calls, st.attempts, st.retries,
	    st.throttled, st.pages, st.bytes, st.max_inflight, c.errors);
out:
	if (rc == -1)
		snprintf(err, errlen, "%s", buf_str(&e));
	json_object_put(c.regions);
	json_object_put(s.o);
	aws_answer_free(&s.sum);
	aws_answer_free(&s.pol);
	json_object_put(c.itypes);
	iamcred_free(c.cred);
	free(c.rids);
	table_free(c.t);
	aws_close(&c.a);
	if (c.spool >= 0)
		close(c.spool);
	buf_free(&e);
	return rc;
}

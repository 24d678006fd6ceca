/*
 * aws/metrics: CloudWatch GetMetricData for the items of a listing (the
 * reference's AwsCloudwatchQuery and AwsCloudwatchMetricData.query_for):
 * one query per item and metric (struct tmetric), in calls of at most 499
 * queries (the reference's chunks: the API takes 500) made as soon as a
 * call is full, so a large region's items do not wait for its last page;
 * each call paged by NextToken, newest datapoints first
 * (ScanBy=TimestampDescending). The answers go into the items: a usage
 * metric's first value into "_usage" ({name: {min|avg|max|sum: value}}),
 * a time metric's first non-zero datapoint into "_atime" / "_mtime"; an
 * item is handed back (struct aws_mwait.done) once every call that holds
 * one of its queries has ended. A full call waits as its queries alone (a
 * pointer to the item and to the metric each) until one of the account's
 * AWS_CW_INFLIGHT places is free; its request text (some 200 kB for 499
 * queries) and the lookup of its query ids are made when it goes out and
 * dropped when it ends, so a large account's calls do not all sit in
 * memory as text while CloudWatch answers the first ones.
 */
#include "collector/collector.h"
#include "collector/aws/aws.h"
#include "collector/http/chttp.h"
#include "collector/isotime.h"
#include "common/log.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CW_VERSION	"2010-08-01"
#define CW_CHUNK	499
#define CW_RESULTS	"GetMetricDataResponse/GetMetricDataResult/" \
			"MetricDataResults/member"
#define CW_NEXT		"GetMetricDataResponse/GetMetricDataResult/NextToken"

struct mquery {
	struct aws_mwait	*w;
	const struct tmetric	*m;
};

/* One GetMetricData call, page after page. */
struct mcall {
	struct aws_mset		*set;
	struct mquery		 q[CW_CHUNK];
	int			 n;
	json_object		*ids;		/* query id -> its index */
	char			*url;
	struct buf		 body;
	TAILQ_ENTRY(mcall)	 entry;		/* in struct aws.cw_wait */
};

struct aws_mset {
	struct aws		*a;
	char			*account, *region;
	int			*errors;
	char			 start[ISOTIME_LEN], end[ISOTIME_LEN];
	long			 period;
	struct mcall		*cur;		/* being filled */
	int			 calls;		/* submitted, not ended */
	int			 ended;
};

struct aws_mset *
aws_mset_new(struct aws *a, const char *account, const char *region,
    time_t start, time_t end, long period, int *errors)
{
	struct aws_mset *s = xcalloc(1, sizeof(*s));

	s->a = a;
	s->account = xstrdup(account);
	s->region = xstrdup(region);
	s->errors = errors;
	iso_format(start, s->start);
	iso_format(end, s->end);
	s->period = period;
	return s;
}

static void
mset_free(struct aws_mset *s)
{
	free(s->account);
	free(s->region);
	free(s);
}

void
aws_mwait_release(struct aws_mwait *w)
{
	if (--w->left == 0) {
		free(w->value);
		w->value = NULL;
		w->done(w);
	}
}

/* The reference's query id: "metric-namespace-dim+value-stat" lower-cased,
 * every character but a letter, digit or '_' made '_'. */
static void
query_id(struct buf *b, const struct tmetric *m, const char *value)
{
	size_t from = b->len;
	unsigned char *p;

	buf_printf(b, "%s-%s-%s+%s-%s", m->name, m->ns, m->dim, value,
	    m->stat);
	for (p = (unsigned char *)b->data + from; *p; p++)
		*p = isalnum(*p) ? (unsigned char)tolower(*p) : '_';
}

/* "avg" for "Average": the reference's MetricNormalization.stat_map */
static const char *
stat_short(const char *stat)
{
	if (strcmp(stat, "Minimum") == 0)
		return "min";
	if (strcmp(stat, "Average") == 0)
		return "avg";
	if (strcmp(stat, "Maximum") == 0)
		return "max";
	return "sum";
}

/* A list member of a result: a JSON array, or none (an empty element) */
static json_object *
list_of(json_object *r, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(r, key, &v))
		return NULL;
	if (json_object_is_type(v, json_type_string)) {	/* one member */
		if (json_object_get_string_len(v) == 0)
			return NULL;
	}
	return v;
}

static const char *
list_at(json_object *l, size_t i)
{
	if (json_object_is_type(l, json_type_array))
		return json_object_get_string(json_object_array_get_idx(l, i));
	return i == 0 ? json_object_get_string(l) : NULL;
}

static size_t
list_len(json_object *l)
{
	if (l == NULL)
		return 0;
	if (json_object_is_type(l, json_type_array))
		return json_object_array_length(l);
	return 1;
}

/* -1 when s is no number */
static int
number(const char *s, double *v)
{
	char *end;

	if (s == NULL || *s == '\0')
		return -1;
	*v = strtod(s, &end);
	return *end == '\0' ? 0 : -1;
}

/* round(x, 3) as Python rounds: the correctly rounded decimal */
static double
round3(double x)
{
	char t[64];

	snprintf(t, sizeof(t), "%.3f", x);
	return strtod(t, NULL);
}

/* The item's answers, made at the first */
static json_object *
answers(struct aws_mwait *w)
{
	if (w->item == NULL)
		w->item = json_object_new_object();
	return w->item;
}

static void
put_usage(json_object *item, const struct tmetric *m, double v)
{
	json_object *u, *one;

	if (!json_object_object_get_ex(item, "_usage", &u)) {
		u = json_object_new_object();
		json_object_object_add(item, "_usage", u);
	}
	if (!json_object_object_get_ex(u, m->usage, &one)) {
		one = json_object_new_object();
		json_object_object_add(u, m->usage, one);
	}
	if (json_object_object_get_ex(one, stat_short(m->stat), NULL))
		return;		/* the first value stands (a later page) */
	if (m->flags & TMT_ROUND3)
		v = round3(v);
	json_object_object_add(one, stat_short(m->stat),
	    json_object_new_double(v));
}

static void
put_time(json_object *item, const char *key, const char *t)
{
	if (!json_object_object_get_ex(item, key, NULL))
		json_object_object_add(item, key, json_object_new_string(t));
}

/* One MetricDataResults member into its item. */
static int
result(json_object *r, struct buf *err, void *arg)
{
	struct mcall *mc = arg;
	const struct mquery *q;
	json_object *ix, *ts, *vs;
	const char *id = NULL;
	char t[ISOTIME_LEN];
	size_t i, n;
	double v;

	if (json_object_object_get_ex(r, "Id", &ix))
		id = json_object_get_string(ix);
	if (id == NULL || !json_object_object_get_ex(mc->ids, id, &ix)) {
		buf_printf(err, "a result for a query not asked (%s)",
		    id ? id : "no Id");
		json_object_put(r);
		return -1;
	}
	q = &mc->q[json_object_get_int(ix)];
	ts = list_of(r, "Timestamps");
	vs = list_of(r, "Values");
	n = list_len(vs) < list_len(ts) ? list_len(vs) : list_len(ts);
	for (i = 0; i < n; i++) {
		if (number(list_at(vs, i), &v) == -1) {
			buf_printf(err, "%s: the value \"%s\" is no number", id,
			    list_at(vs, i));
			json_object_put(r);
			return -1;
		}
		if (q->m->usage) {
			put_usage(answers(q->w), q->m, v);
			break;
		}
		if (v == 0)
			continue;
		if (iso_to_utc(list_at(ts, i), t) == -1) {
			buf_printf(err, "%s: the timestamp \"%s\" is no time",
			    id, list_at(ts, i));
			json_object_put(r);
			return -1;
		}
		if (q->m->flags & TMT_ATIME)
			put_time(answers(q->w), "_atime", t);
		if (q->m->flags & TMT_MTIME)
			put_time(answers(q->w), "_mtime", t);
		break;
	}
	json_object_put(r);
	return 0;
}

/* The call's queries, form-encoded, and (when lookup) the index of each
 * query id in mc->ids */
static void
mc_form(struct mcall *mc, struct buf *qs, int lookup)
{
	const struct aws_mset *s = mc->set;
	const struct tmetric *m;
	struct buf id = BUF_INIT;
	char k[96], period[24];
	size_t kn;
	int i;

	aws_param(qs, "StartTime", s->start);
	aws_param(qs, "EndTime", s->end);
	aws_param(qs, "ScanBy", "TimestampDescending");
	snprintf(period, sizeof(period), "%ld", s->period);
	for (i = 0; i < mc->n; i++) {
		m = mc->q[i].m;
		buf_reset(&id);
		query_id(&id, m, mc->q[i].w->value);
		if (lookup)
			json_object_object_add(mc->ids, id.data,
			    json_object_new_int(i));
		kn = (size_t)snprintf(k, sizeof(k), "MetricDataQueries.member.%d.",
		    i + 1);
#define Q(suffix, v) do {						\
	memcpy(k + kn, suffix, sizeof(suffix));				\
	aws_param(qs, k, v);						\
} while (0)
		Q("Id", id.data);
		Q("MetricStat.Metric.Namespace", m->ns);
		Q("MetricStat.Metric.MetricName", m->name);
		Q("MetricStat.Metric.Dimensions.member.1.Name", m->dim);
		Q("MetricStat.Metric.Dimensions.member.1.Value",
		    mc->q[i].w->value);
		Q("MetricStat.Period", period);
		Q("MetricStat.Stat", m->stat);
		Q("MetricStat.Unit", m->unit);
		Q("ReturnData", "true");
#undef Q
	}
	buf_free(&id);
}

/* The call's form, and its query ids' lookup the first time */
static void
mc_request(struct mcall *mc, struct buf *qs)
{
	int first = mc->ids == NULL;

	if (first)
		mc->ids = json_object_new_object();
	mc_form(mc, qs, first);
}

static int
mc_make(struct chttp_call *call, const char *token, void *arg)
{
	struct mcall *mc = arg;
	struct buf q = BUF_INIT;

	mc_request(mc, &q);
	if (token)
		aws_param(&q, "NextToken", token);
	free(mc->url);
	aws_query_call(mc->set->a, call, "cloudwatch", mc->set->region,
	    "GetMetricData", CW_VERSION, buf_str(&q), &mc->url, &mc->body);
	buf_free(&q);
	return 0;
}

/* One page of a call's answer into its items; its NextToken into next */
static int
mc_read(struct mcall *mc, const char *body, size_t len, struct buf *next,
    struct buf *err)
{
	const char *const leaves[] = { CW_NEXT, NULL };
	char *values[1] = { NULL };
	int rc;

	rc = chttp_xml_items(body, len, CW_RESULTS, result, mc, leaves,
	    values, err);
	if (rc != -1 && values[0] && *values[0])
		buf_puts(next, values[0]);
	free(values[0]);
	return rc == -1 ? -1 : 0;
}

static int
mc_page(const struct chttp_res *r, struct buf *next, struct buf *err,
    void *arg)
{
	return mc_read(arg, r->body, r->len, next, err);
}

int
aws_mset_read(struct aws_mset *s, const char *body, size_t len,
    struct buf *next, struct buf *err)
{
	if (s->cur == NULL) {
		buf_printf(err, "no queries to read an answer for");
		return -1;
	}
	if (s->cur->ids == NULL) {
		struct buf q = BUF_INIT;

		mc_request(s->cur, &q);
		buf_free(&q);
	}
	return mc_read(s->cur, body, len, next, err);
}

/* Each item of the call once (its queries are next to each other), then
 * the call */
static void
mc_free(struct mcall *mc)
{
	int i;

	for (i = 0; i < mc->n; i++)
		if (i + 1 == mc->n || mc->q[i + 1].w != mc->q[i].w)
			aws_mwait_release(mc->q[i].w);
	json_object_put(mc->ids);
	buf_free(&mc->body);
	free(mc->url);
	free(mc);
}

static void	pump(struct aws *);

/* A call is over (ended, or dropped before it went out): its items
 * released, its set freed with its last call once it has ended */
static void
mc_over(struct mcall *mc)
{
	struct aws_mset *s = mc->set;

	mc_free(mc);
	if (--s->calls == 0 && s->ended)
		mset_free(s);
}

static void
mc_done(const struct chttp_res *res, const char *error, int pages, void *arg)
{
	struct mcall *mc = arg;
	struct aws_mset *s = mc->set;
	struct aws *a = s->a;
	int over = res != NULL && (res->err == CHTTP_E_DEADLINE ||
	    res->err == CHTTP_E_ABORTED);

	if (error && over && a->cw_over)
		a->cw_dropped++;	/* told once, counted in the summary */
	else if (error) {
		(*s->errors)++;
		log_warnx("aws %s: %s cloudwatch GetMetricData: %s", s->account,
		    s->region, error);
		collector_info("error", "account %s region %s: cloudwatch "
		    "GetMetricData: %s", s->account, s->region, error);
	}
	if (over && !a->cw_over)
		a->cw_over = res->err;
	mc_over(mc);
	a->cw_inflight--;
	pump(a);
}

/* The account's calls have ended (its deadline, an abort): the waiting
 * calls are not made, their items released with what they have; one
 * message for all of them once the last call is back */
static void
drop_waiting(struct aws *a)
{
	struct mcall *mc;
	const char *why;

	while ((mc = TAILQ_FIRST(&a->cw_wait)) != NULL) {
		TAILQ_REMOVE(&a->cw_wait, mc, entry);
		a->cw_dropped++;
		mc_over(mc);
	}
	if (a->cw_inflight > 0 || a->cw_dropped == 0)
		return;
	why = a->cw_over == CHTTP_E_DEADLINE ? "the account's deadline passed" :
	    "the account's calls were aborted";
	log_warnx("aws %s: %d more cloudwatch GetMetricData calls not made "
	    "or not ended: %s", a->account ? a->account : "", a->cw_dropped,
	    why);
	collector_info("error", "account %s: %d more cloudwatch GetMetricData "
	    "calls not made or not ended: %s", a->account ? a->account : "",
	    a->cw_dropped, why);
	a->cw_dropped = 0;
}

/* The waiting calls go out while the account has places for them */
static void
pump(struct aws *a)
{
	struct mcall *mc;
	struct chttp_pager pg;

	if (a->cw_over) {
		drop_waiting(a);
		return;
	}
	while (a->cw_inflight < AWS_CW_INFLIGHT &&
	    (mc = TAILQ_FIRST(&a->cw_wait)) != NULL) {
		TAILQ_REMOVE(&a->cw_wait, mc, entry);
		a->cw_inflight++;
		memset(&pg, 0, sizeof(pg));
		pg.make = mc_make;
		pg.page = mc_page;
		pg.done = mc_done;
		pg.arg = mc;
		chttp_page(a->http, &pg);
	}
}

static void
submit(struct aws_mset *s)
{
	struct mcall *mc = s->cur;

	s->cur = NULL;
	s->calls++;
	if (s->a->cw_wait.tqh_last == NULL)
		TAILQ_INIT(&s->a->cw_wait);
	TAILQ_INSERT_TAIL(&s->a->cw_wait, mc, entry);
	pump(s->a);
}

void
aws_mset_add(struct aws_mset *s, struct aws_mwait *w,
    const struct tmetric *m, const char *value)
{
	struct mcall *mc;

	if ((mc = s->cur) == NULL) {
		mc = s->cur = xcalloc(1, sizeof(*mc));
		mc->set = s;
	}
	if (w->value == NULL)
		w->value = xstrdup(value);
	if (mc->n == 0 || mc->q[mc->n - 1].w != w)
		w->left++;	/* the item waits for this call too */
	mc->q[mc->n].w = w;
	mc->q[mc->n].m = m;
	if (++mc->n == CW_CHUNK)
		submit(s);
}

void
aws_mset_discard(struct aws_mset *s)
{
	if (s->cur)
		mc_free(s->cur);
	s->cur = NULL;
	s->ended = 1;
	if (s->calls == 0)
		mset_free(s);
}

void
aws_mset_end(struct aws_mset *s)
{
	if (s == NULL)
		return;
	if (s->cur)
		submit(s);
	s->ended = 1;
	if (s->calls == 0)
		mset_free(s);
}

/*
 * aws/iamcred: the credential report and the virtual MFA devices
 * (iamcred.h).
 */
#include "collector/aws/aws.h"
#include "collector/aws/iamcred.h"
#include "collector/collector.h"
#include "collector/csv.h"
#include "collector/graph.h"
#include "collector/http/chttp.h"
#include "collector/isotime.h"
#include "collector/table.h"
#include "common/buf.h"
#include "common/log.h"
#include "protocol/b64.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define VERSION		"2010-05-08"
#define REGION		"us-east-1"
#define POLL_MS		1000		/* between GenerateCredentialReport */
#define GIVE_UP_S	300		/* no report after 5 minutes: none */
#define ROOT_LINE	"<root_account>"
#define LVMD		"ListVirtualMFADevices"

struct iamcred {
	struct aws		*a;
	struct graph		*g;
	struct table		*t;
	struct tloc		 loc;
	struct nodeid		 region_id;
	struct iamcred_cb	 cb;
	time_t			 started;
	json_object		*lines;		/* the report's, by user */
	json_object		*mfa;		/* devices by their user's ARN */
	int			 left;		/* report, devices */
	char			*url;		/* the device pages' call */
	struct buf		 body;
};

/* ---- the report's lines ------------------------------------------------- */

struct rows {
	json_object	*hdr, *out;
};

/* the columns read (the others are not kept: a line per user stays in
 * memory until the users are in) */
static const char *const wanted[] = { "user", "arn", "user_creation_time",
	"password_enabled", "password_last_used", "password_last_changed",
	"password_next_rotation", "mfa_active", "access_key_1_active",
	"access_key_1_last_rotated", "access_key_1_last_used_date",
	"access_key_1_last_used_region", "access_key_1_last_used_service",
	"access_key_2_active", "access_key_2_last_rotated",
	"access_key_2_last_used_date", "access_key_2_last_used_region",
	"access_key_2_last_used_service", NULL };

static int
is_wanted(const char *col)
{
	const char *const *w;

	for (w = wanted; *w; w++)
		if (strcmp(*w, col) == 0)
			return 1;
	return 0;
}

static int
row(char **f, size_t n, void *arg)
{
	struct rows *r = arg;
	json_object *o, *user;
	size_t i;

	if (r->hdr == NULL) {		/* the first record names the columns */
		r->hdr = json_object_new_array();
		for (i = 0; i < n; i++)		/* NULL: not read */
			json_object_array_add(r->hdr, is_wanted(f[i]) ?
			    json_object_new_string(f[i]) : NULL);
		return 0;
	}
	o = json_object_new_object();
	for (i = 0; i < n && i < json_object_array_length(r->hdr); i++)
		if (json_object_array_get_idx(r->hdr, i) != NULL)
			json_object_object_add(o, json_object_get_string(
			    json_object_array_get_idx(r->hdr, i)),
			    json_object_new_string(f[i]));
	if (json_object_object_get_ex(o, "user", &user))
		json_object_object_add(r->out, json_object_get_string(user), o);
	else
		json_object_put(o);
	return 0;
}

json_object *
iamcred_lines(const char *csv, size_t len, struct buf *err)
{
	struct rows r = { NULL, json_object_new_object() };

	if (csv_parse(csv, len, row, &r, err) == -1) {
		json_object_put(r.out);
		r.out = NULL;
	}
	json_object_put(r.hdr);
	return r.out;
}

/* a column's value; none when absent or N/A, not_supported (the
 * reference's undefined) */
static const char *
value_of(json_object *line, const char *col)
{
	json_object *v;
	const char *s;

	if (!json_object_object_get_ex(line, col, &v) ||
	    (s = json_object_get_string(v)) == NULL ||
	    strcmp(s, "N/A") == 0 || strcmp(s, "not_supported") == 0)
		return NULL;
	return s;
}

/* a time column: none also when it is no time (no_information) */
static const char *
time_of(json_object *line, const char *col)
{
	const char *s = value_of(line, col);
	time_t t;

	return s && iso_parse(s, &t) == 0 ? s : NULL;
}

static void
put_str(json_object *o, const char *k, const char *v)
{
	if (v)
		json_object_object_add(o, k, json_object_new_string(v));
}

static int
is_true(json_object *line, const char *col)
{
	const char *s = value_of(line, col);

	return s && strcmp(s, "true") == 0;
}

/* the line's password and MFA values, as the user's (and root's) item
 * carries them for the table ("_report") */
static json_object *
report_of(json_object *line)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "password_enabled",
	    json_object_new_boolean(is_true(line, "password_enabled")));
	put_str(o, "password_last_used", time_of(line, "password_last_used"));
	put_str(o, "password_last_changed", time_of(line,
	    "password_last_changed"));
	put_str(o, "password_next_rotation", time_of(line,
	    "password_next_rotation"));
	json_object_object_add(o, "mfa_active",
	    json_object_new_boolean(is_true(line, "mfa_active")));
	return o;
}

/* access key i's (1, 2) last use; NULL when the line says nothing */
static json_object *
last_used(json_object *line, int i)
{
	json_object *o = json_object_new_object();
	char col[64];

	snprintf(col, sizeof(col), "access_key_%d_last_used_date", i);
	put_str(o, "LastUsedDate", time_of(line, col));
	snprintf(col, sizeof(col), "access_key_%d_last_rotated", i);
	put_str(o, "LastRotated", time_of(line, col));
	snprintf(col, sizeof(col), "access_key_%d_last_used_service", i);
	put_str(o, "ServiceName", value_of(line, col));
	snprintf(col, sizeof(col), "access_key_%d_last_used_region", i);
	put_str(o, "Region", value_of(line, col));
	if (json_object_object_length(o) == 0) {
		json_object_put(o);
		return NULL;
	}
	return o;
}

/* the devices of the user (root) with this ARN into item's "_mfa" */
static void
add_devices(struct iamcred *c, json_object *item, const char *arn)
{
	json_object *d;

	if (arn && c->mfa && json_object_object_get_ex(c->mfa, arn, &d))
		json_object_object_add(item, "_mfa", json_object_get(d));
}

void
iamcred_user(struct iamcred *c, json_object *item)
{
	json_object *line, *keys, *lu;
	const char *name = table_str(item, "UserName");
	size_t i;

	if (name == NULL)
		name = table_str(item, "UserId");
	add_devices(c, item, table_str(item, "Arn"));
	if (c->lines == NULL || name == NULL ||
	    !json_object_object_get_ex(c->lines, name, &line))
		return;
	json_object_object_add(item, "_report", report_of(line));
	/* the keys in ListAccessKeys' order are the line's first, second */
	if (!json_object_object_get_ex(item, "_keys", &keys) ||
	    !json_object_is_type(keys, json_type_array))
		return;
	for (i = 0; i < 2 && i < json_object_array_length(keys); i++)
		if ((lu = last_used(line, (int)i + 1)) != NULL)
			json_object_object_add(json_object_array_get_idx(keys,
			    i), "_last_used", lu);
}

/* ---- the root ----------------------------------------------------------- */

static const struct tmap m_root[] = {
	TM("id", "=root"), TM("name", "=root"), TM("arn", "arn"),
	TM("ctime", "ctime"), TM_END
};
static const struct tkind t_root = { .kind = &kind_aws_root_user,
	.service = "iam", .map = m_root, .flags = TK_GLOBAL };

static const struct tmap m_root_key[] = {
	TM("id", "id"), TM("name", "id"), TM("access_key_status", "status"),
	TM("atime", "_last_used.LastUsedDate"), TM_END
};
static const struct tkind t_root_key = { .kind = &kind_aws_iam_access_key,
	.service = "iam", .map = m_root_key, .flags = TK_GLOBAL };

/* the root user of the `<root_account>` line, and its keys that are
 * active or were used, each linked from it */
static void
root_nodes(struct iamcred *c)
{
	json_object *line, *o, *k, *lu;
	struct nodeid root, key;
	char id[32], col[32];
	int i, active;

	if (c->lines == NULL ||
	    !json_object_object_get_ex(c->lines, ROOT_LINE, &line))
		return;
	o = json_object_new_object();
	json_object_object_add(o, "_report", report_of(line));
	put_str(o, "arn", value_of(line, "arn"));
	put_str(o, "ctime", time_of(line, "user_creation_time"));
	add_devices(c, o, value_of(line, "arn"));
	i = table_node(c->t, &t_root, o, &c->loc, &root);
	json_object_put(o);
	if (i == -1)
		return;
	for (i = 1; i <= 2; i++) {
		snprintf(col, sizeof(col), "access_key_%d_active", i);
		active = is_true(line, col);
		lu = last_used(line, i);
		if (!active && lu == NULL)
			continue;
		k = json_object_new_object();
		snprintf(id, sizeof(id), "root_key_%d", i);
		put_str(k, "id", id);
		put_str(k, "status", active ? "Active" : "Inactive");
		if (lu)
			json_object_object_add(k, "_last_used", lu);
		if (table_node(c->t, &t_root_key, k, &c->loc, &key) == 0)
			graph_edge(c->g, &root, &key, EDGE_DEFAULT);
		json_object_put(k);
	}
}

/* ---- the calls ---------------------------------------------------------- */

static void
part_done(struct iamcred *c)
{
	if (--c->left > 0)
		return;
	root_nodes(c);
	c->cb.done(c->cb.arg);
}

/* an error: a denial is the account's warning, the rest its error */
static void
failed(struct iamcred *c, const char *code, const char *error)
{
	if (code && strncasecmp(code, "AccessDenied", 12) == 0) {
		log_warnx("aws %s: %s", c->a->account, error);
		collector_info("info", "account %s: access denied, collected "
		    "without it: %s", c->a->account, error);
	} else {
		struct buf m = BUF_INIT;

		buf_printf(&m, "account %s: %s", c->a->account, error);
		c->cb.err(c->cb.arg, buf_str(&m));
		buf_free(&m);
	}
}

static void	generate(void *);

static void
got_report(const char *body, size_t len, const char *error, const char *code,
    void *arg)
{
	struct iamcred *c = arg;
	struct buf csv = BUF_INIT, e = BUF_INIT;
	char *content;

	if (error) {
		if (code == NULL || strcmp(code, "ReportNotPresent") != 0)
			failed(c, code, error);
		goto done;
	}
	content = aws_xml_text(body, len, "GetCredentialReportResponse/"
	    "GetCredentialReportResult/Content");
	if (content == NULL)
		buf_printf(&e, "the answer has no Content");
	else if (b64_decode(&csv, content, strlen(content), B64_STD) == -1)
		buf_printf(&e, "its Content is no base64");
	else
		c->lines = iamcred_lines(csv.data ? csv.data : "", csv.len,
		    &e);
	free(content);
	if (c->lines == NULL) {
		struct buf m = BUF_INIT;

		buf_printf(&m, "iam GetCredentialReport: the report is "
		    "malformed: %s", buf_str(&e));
		failed(c, NULL, buf_str(&m));
		buf_free(&m);
	}
done:
	buf_free(&csv);
	buf_free(&e);
	part_done(c);
}

/* GenerateCredentialReport's answer: COMPLETE, or ask again in a second */
static void
generated(const char *body, size_t len, const char *error, const char *code,
    void *arg)
{
	struct iamcred *c = arg;
	char *state;

	if (error) {
		failed(c, code, error);
		part_done(c);
		return;
	}
	state = aws_xml_text(body, len, "GenerateCredentialReportResponse/"
	    "GenerateCredentialReportResult/State");
	if (state && strcmp(state, "COMPLETE") == 0)
		aws_query(c->a, "iam", REGION, "GetCredentialReport", VERSION,
		    NULL, got_report, c);
	else if (time(NULL) - c->started < GIVE_UP_S)
		chttp_later(c->a->http, POLL_MS, generate, c);
	else {
		log_warnx("aws %s: iam GenerateCredentialReport: no report "
		    "after %d s (%s), collected without it", c->a->account,
		    GIVE_UP_S, state ? state : "no State");
		collector_info("info", "account %s: iam GenerateCredentialReport:"
		    " no report after %d s, collected without it",
		    c->a->account, GIVE_UP_S);
		part_done(c);
	}
	free(state);
}

static void
generate(void *arg)
{
	struct iamcred *c = arg;

	aws_query(c->a, "iam", REGION, "GenerateCredentialReport", VERSION,
	    NULL, generated, c);
}

/* a device: its serial number and enable date under its user's ARN */
static int
device(json_object *item, struct buf *err, void *arg)
{
	struct iamcred *c = arg;
	const char *arn = table_str(item, "User.Arn");
	json_object *d, *list;

	if (arn != NULL) {
		d = json_object_new_object();
		put_str(d, "SerialNumber", table_str(item, "SerialNumber"));
		put_str(d, "EnableDate", table_str(item, "EnableDate"));
		if (!json_object_object_get_ex(c->mfa, arn, &list)) {
			list = json_object_new_array();
			json_object_object_add(c->mfa, arn, list);
		}
		json_object_array_add(list, d);
	}
	json_object_put(item);
	return 0;
}

static int
mfa_make(struct chttp_call *call, const char *token, void *arg)
{
	struct iamcred *c = arg;
	struct buf q = BUF_INIT;

	if (token)
		aws_param(&q, "Marker", token);
	free(c->url);
	aws_query_call(c->a, call, "iam", REGION, LVMD, VERSION, buf_str(&q),
	    &c->url, &c->body);
	buf_free(&q);
	return 0;
}

static int
mfa_page(const struct chttp_res *r, struct buf *next, struct buf *err,
    void *arg)
{
	const char *const leaves[] = { LVMD "Response/" LVMD "Result/Marker",
	    LVMD "Response/" LVMD "Result/IsTruncated", NULL };
	char *values[2] = { NULL, NULL };
	int rc;

	rc = chttp_xml_items(r->body, r->len, LVMD "Response/" LVMD
	    "Result/VirtualMFADevices/member", device, arg, leaves, values,
	    err) == -1 ? -1 : 0;
	if (rc == 0 && values[0] && values[1] && strcmp(values[1], "true") == 0)
		buf_puts(next, values[0]);
	free(values[0]);
	free(values[1]);
	return rc;
}

static void
mfa_done(const struct chttp_res *res, const char *error, int pages, void *arg)
{
	struct iamcred *c = arg;

	if (error) {
		failed(c, res ? res->err_code : NULL, error);
		json_object_put(c->mfa);	/* none, as the reference's */
		c->mfa = NULL;
	}
	part_done(c);
}

struct iamcred *
iamcred_start(struct aws *a, struct graph *g, struct table *t,
    const struct tloc *loc, long long mfa, const struct iamcred_cb *cb)
{
	struct iamcred *c = xcalloc(1, sizeof(*c));
	struct chttp_pager pg = { mfa_make, mfa_page, mfa_done, c, 0, NULL };

	c->a = a;
	c->g = g;
	c->t = t;
	c->loc = *loc;
	if (loc->region_id) {
		c->region_id = *loc->region_id;
		c->loc.region_id = &c->region_id;
	}
	c->cb = *cb;
	c->started = time(NULL);
	c->left = 1;
	if (mfa > 0) {		/* the reference lists them only then */
		c->left++;
		c->mfa = json_object_new_object();
		chttp_page(a->http, &pg);
	}
	generate(c);
	return c;
}

void
iamcred_free(struct iamcred *c)
{
	if (c == NULL)
		return;
	json_object_put(c->lines);
	json_object_put(c->mfa);
	free(c->url);
	buf_free(&c->body);
	free(c);
}

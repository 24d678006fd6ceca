/*
 * onelogin: the OneLogin collector's struct collector, its `onelogin`
 * section (the reference's OneloginConfig plus the API's base URL) and the
 * collect of the account a client id names (collectors.md 4.4): an OAuth2
 * client-credentials token (POST <base>/auth/oauth2/v2/token), then the
 * users (GET <base>/api/1/users, page after page by the after_cursor of
 * the pagination the answer carries). The token is renewed when it is
 * about to expire and when the API answers 401, and the listing resumes
 * at the page it had reached.
 *
 * A token that cannot be had or does not last a page fails the account
 * (a graph without its users must not replace the core's); other
 * failures of the listing are reported and the users read are delivered.
 *
 * The account's node id is the client id, its region's the configured
 * region, as the reference's classes say (its 3.6.5 collect raises before
 * its first request: it passes them positionally).
 */
#include "collector/collector.h"
#include "collector/graph.h"
#include "collector/isotime.h"
#include "collector/jw.h"
#include "collector/onelogin/onelogin.h"
#include "collector/saas.h"
#include "collector/http/chttp.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/jget.h"
#include "common/log.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RENEW_BEFORE	60	/* seconds before the token's end (at most
				   half its life) */
#define MAX_RENEWALS	3	/* in a row without a page read */

static const struct cfg_key onelogin_keys[] = {
	{ "region", CFG_STRING, "\"us\"", 0, "Onelogin region" },
	{ "client_id", CFG_STRING, NULL, CFG_NULLABLE, "Onelogin client ID" },
	{ "client_secret", CFG_STRING, NULL, CFG_NULLABLE | CFG_SECRET,
	    "Onelogin client secret" },
	{ "api_base_url", CFG_STRING, NULL, CFG_NULLABLE,
	    "Base URL of the OneLogin API (null: "
	    "https://api.<region>.onelogin.com)" },
	{ NULL, CFG_STRING, NULL, 0, NULL }
};

static const struct cfg_section onelogin_section = {
	"onelogin", onelogin_keys, "The OneLogin collector"
};

struct ol {
	struct chttp		*http;
	struct chttp_auth	*auth;		/* the access token */
	char			*base;
	const char		*id, *secret, *region;
	time_t			 expires, issued;
	struct graph		*g;
	struct table		*t;
	struct tloc		 loc;
	struct nodeid		 rid;
	/* the listing */
	struct buf		 url, resume;	/* the page being read */
	int			 expired;	/* make() found the token old */
	long			 status;	/* of a failed page */
	int			 pages;
	long			 users;		/* items read */
	struct buf		 error;
	int			 refused;	/* the credentials or tokens were */
};

static const char *
region_of(json_object *config)
{
	const char *r = jget_str(config, "region");

	return r && *r ? r : "us";
}

static int
creds(json_object *config, const char **id, const char **secret)
{
	*id = jget_str(config, "client_id");
	*secret = jget_str(config, "client_secret");
	return *id && **id && *secret && **secret ? 0 : -1;
}

/* the message of OneLogin's error body {"status": {"message": ...}} */
static void
ol_error(struct buf *err, const char *what, struct buf *why)
{
	buf_printf(err, "%s: %s", what, buf_str(why));
}

/* A new access token: 0, or -1 with the reason in err. */
static int
token(struct ol *o, struct buf *err)
{
	struct chttp_call c;
	struct buf hdr = BUF_INIT, why = BUF_INIT;
	const char *hdrs[2], *tok, *body = "{\"grant_type\": "
	    "\"client_credentials\"}";
	char *url = saas_url(o->base, "auth/oauth2/v2/token");
	json_object *a, *v;
	int rc = -1;

	buf_printf(&hdr, "Authorization: client_id:%s, client_secret:%s",
	    o->id, o->secret);
	hdrs[0] = buf_str(&hdr);
	hdrs[1] = NULL;
	memset(&c, 0, sizeof(c));
	c.method = "POST";
	c.url = url;
	c.headers = hdrs;
	c.body = body;
	c.body_len = strlen(body);
	c.content_type = "application/json";
	c.service = "onelogin";
	c.operation = "token";
	if ((a = chttp_json_sync(o->http, &c, NULL, &why)) == NULL)
		ol_error(err, "the access token", &why);
	else if ((tok = jget_str(a, "access_token")) == NULL || *tok == '\0')
		buf_printf(err, "the access token: the answer has none");
	else {
		if (o->auth == NULL)
			o->auth = chttp_auth_bearer(tok);
		else
			chttp_auth_bearer_set(o->auth, tok);
		o->issued = time(NULL);
		o->expires = o->issued + 36000;
		if (json_object_object_get_ex(a, "expires_in", &v) &&
		    json_object_is_type(v, json_type_int))
			o->expires = o->issued + json_object_get_int64(v);
		rc = 0;
	}
	json_object_put(a);
	explicit_bzero(hdr.data, hdr.len);
	buf_free(&hdr);
	buf_free(&why);
	free(url);
	return rc;
}

static int
page_make(struct chttp_call *c, const char *cursor, void *arg)
{
	struct ol *o = arg;
	char *url, *enc;
	time_t before = (o->expires - o->issued) / 2;

	if (before > RENEW_BEFORE)
		before = RENEW_BEFORE;
	if (time(NULL) + before >= o->expires) {
		o->expired = 1;
		return -1;
	}
	if (cursor != NULL) {
		buf_reset(&o->resume);
		buf_puts(&o->resume, cursor);
	}
	url = saas_url(o->base, "api/1/users");
	buf_reset(&o->url);
	buf_puts(&o->url, url);
	free(url);
	if (o->resume.len > 0) {
		if ((enc = curl_easy_escape(NULL, o->resume.data, 0)) == NULL)
			fatalx("onelogin: out of memory");
		buf_printf(&o->url, "?after_cursor=%s", enc);
		curl_free(enc);
	}
	memset(c, 0, sizeof(*c));
	c->url = buf_str(&o->url);
	c->service = "onelogin";
	c->operation = "users";
	c->auth = o->auth;
	return 0;
}

static int
page_read(const struct chttp_res *res, struct buf *next, struct buf *err,
    void *arg)
{
	struct ol *o = arg;
	struct tloc loc = o->loc;
	struct buf who = BUF_INIT;
	json_object *a, *data, *u, *v;
	const char *s, *cur;
	char age[64];
	time_t t;
	size_t i, n;
	int rc = 0;

	if ((a = chttp_json(res, err)) == NULL)
		return -1;
	if (json_object_object_get_ex(a, "status", &v) &&
	    json_object_object_get_ex(v, "error", &v) &&
	    json_object_get_boolean(v)) {
		buf_printf(err, "the answer is an error: %s",
		    (s = table_str(a, "status.message")) ? s : "(no message)");
		json_object_put(a);
		return -1;
	}
	if (!json_object_object_get_ex(a, "data", &data) ||
	    !json_object_is_type(data, json_type_array)) {
		buf_printf(err, "the answer has no list \"data\"");
		json_object_put(a);
		return -1;
	}
	loc.region_id = &o->rid;
	n = json_object_array_length(data);
	buf_printf(&who, "onelogin account %s", o->id);
	for (i = 0; i < n && rc == 0; i++) {
		u = json_object_array_get_idx(data, i);
		if (json_object_is_type(u, json_type_object) &&
		    (s = jget_str(u, "password_changed_at")) != NULL &&
		    iso_parse(s, &t) == 0) {
			onelogin_duration((long long)(graph_time(o->g) - t),
			    age, sizeof(age));
			json_object_object_add(u, "_password_age",
			    json_object_new_string(age));
		}
		saas_node(o->t, &onelogin_tk_user, u, &loc, who.data);
		o->users++;
		if (graph_io_failed(o->g)) {
			buf_printf(err, "the output failed");
			rc = -1;
		}
	}
	if (rc == 0 && (cur = chttp_json_str(a,
	    "pagination.after_cursor")) != NULL)
		buf_puts(next, cur);
	o->pages++;
	buf_free(&who);
	json_object_put(a);
	return rc;
}

static void
page_done(const struct chttp_res *res, const char *error, int pages,
    void *arg)
{
	struct ol *o = arg;

	(void)pages;
	o->status = res ? res->status : 0;
	if (error != NULL)
		buf_puts(&o->error, error);
}

/* every page of the users, the token renewed as needed: 0, or -1 with
 * the reason in err */
static int
users(struct ol *o, struct buf *err)
{
	struct chttp_pager pg = { page_make, page_read, page_done, o, 0, NULL };
	int renewals = 0, pages;

	for (;;) {
		o->expired = 0;
		o->status = 0;
		buf_reset(&o->error);
		pages = o->pages;
		chttp_page(o->http, &pg);
		chttp_run(o->http);
		if (o->error.len == 0)
			return 0;
		if (!o->expired && o->status != 401)
			break;
		if (o->pages > pages)
			renewals = 0;
		if (++renewals > MAX_RENEWALS) {
			buf_printf(err, "no access token lasted a page (%d "
			    "renewed in a row): %s", MAX_RENEWALS,
			    buf_str(&o->error));
			o->refused = 1;
			return -1;
		}
		log_info("onelogin account %s: renewing the access token (%s)",
		    o->id, o->expired ? "it expires" : "HTTP 401");
		if (token(o, err) == -1) {
			o->refused = 1;
			return -1;
		}
	}
	buf_printf(err, "%s", buf_str(&o->error));
	return -1;
}

static void
report(void *arg, const struct tkind *tk, const char *msg)
{
	struct ol *o = arg;

	(void)tk;
	saas_report("onelogin account %s: %s", o->id, msg);
}

static int
onelogin_collect(json_object *config, const struct coll_account *a,
    struct graph *g, char *err, size_t errlen)
{
	struct ol o;
	struct buf e = BUF_INIT;
	struct nodeid aid;
	json_object *x;
	const char *base;
	int rc = -1;

	memset(&o, 0, sizeof(o));
	o.g = g;
	o.region = region_of(config);
	if (creds(config, &o.id, &o.secret) == -1) {
		buf_printf(&e, "no credentials (onelogin.client_id and "
		    "client_secret)");
		goto out;
	}
	log_secret(o.secret);
	if ((base = jget_str(config, "api_base_url")) != NULL && *base)
		o.base = xstrdup(base);
	else {
		struct buf b = BUF_INIT;

		buf_printf(&b, "https://api.%s.onelogin.com", o.region);
		o.base = buf_take(&b);
	}
	if ((o.http = saas_http(0)) == NULL) {
		buf_printf(&e, "the HTTP layer could not be set up");
		goto out;
	}
	if (token(&o, &e) == -1)
		goto out;
	o.t = table_new(g, report, &o);
	o.loc.cloud = "onelogin";
	o.loc.account = o.id;
	x = json_object_new_object();
	json_object_object_add(x, "id", json_object_new_string(o.id));
	table_node(o.t, &onelogin_tk_account, x, &o.loc, &aid);
	graph_edge(g, graph_cloud_id(g), &aid, EDGE_DEFAULT);
	json_object_put(x);
	o.loc.region = o.region;
	x = json_object_new_object();
	json_object_object_add(x, "id", json_object_new_string(o.region));
	table_node(o.t, &onelogin_tk_region, x, &o.loc, &o.rid);
	graph_edge(g, &aid, &o.rid, EDGE_DEFAULT);
	json_object_put(x);
	if (users(&o, &e) == -1 && o.refused)	/* nothing delivered */
		goto out;
	if (e.len > 0)			/* what was read is delivered */
		saas_report("onelogin account %s: %s",
		    o.id, buf_str(&e));
	else if (o.users == 0)	/* as the reference: check the credentials */
		saas_report("onelogin account %s: the API listed no users; are "
		    "the credentials those of the right account?", o.id);
	rc = 0;
out:
	if (rc == -1)
		snprintf(err, errlen, "onelogin account %s: %s", a->id,
		    buf_str(&e));
	table_free(o.t);
	chttp_auth_free(o.auth);
	chttp_free(o.http);
	free(o.base);
	buf_free(&o.url);
	buf_free(&o.resume);
	buf_free(&o.error);
	buf_free(&e);
	return rc;
}

/* The account of the client id: [{"id": client id, "name": client id}],
 * or [] without credentials. */
static int
onelogin_discover(json_object *config, struct buf *out, char *err,
    size_t errlen)
{
	const char *id, *secret;
	json_object *arr, *entry;

	(void)err; (void)errlen;
	if (creds(config, &id, &secret) == -1) {
		log_info("onelogin: no credentials (onelogin.client_id and "
		    "client_secret), nothing to collect");
		ADDS(out, "[]");
		return 0;
	}
	arr = json_object_new_array();
	entry = json_object_new_object();
	json_object_object_add(entry, "id", json_object_new_string(id));
	json_object_object_add(entry, "name", json_object_new_string(id));
	json_object_array_add(arr, entry);
	jw_json(out, arr);
	json_object_put(arr);
	return 0;
}

const struct collector collector_onelogin = {
	.name = "onelogin",
	.config = &onelogin_section,
	.kinds = onelogin_kinds,
	.discover = onelogin_discover,
	.collect = onelogin_collect,
	.update_tag = saas_update_tag,
	.delete_tag = saas_delete_tag,
	.delete = saas_delete,
};

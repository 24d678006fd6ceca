/*
 * gcp/api: Google API calls over the collectors' HTTP layer: the API roots
 * (gcp.api_base_url replaces every https://<service>.googleapis.com/), the
 * session of one project (its chttp context, its bearer token, renewed
 * before it ends), and synchronous JSON calls.
 */
#include "collector/collector.h"
#include "collector/gcp/gcp.h"
#include "collector/http/chttp.h"
#include "common/jget.h"
#include "common/log.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RENEW_MARGIN	300	/* seconds before a token ends */

/* Google's throttling: 429 RESOURCE_EXHAUSTED, and 403 with the reason
 * rateLimitExceeded or userRateLimitExceeded (classify) */
static const char *const throttle_codes[] = { "RESOURCE_EXHAUSTED", NULL };

static enum chttp_verdict
classify(const struct chttp_res *r, void *arg)
{
	if (r->status == 403 && r->body &&
	    (strstr(r->body, "\"rateLimitExceeded\"") != NULL ||
	    strstr(r->body, "\"userRateLimitExceeded\"") != NULL))
		return CHTTP_THROTTLED;
	return chttp_classify_default(r, arg);
}

char *
gcp_url(json_object *config, const char *service, const char *path)
{
	struct buf b = BUF_INIT;
	const char *base = jget_str(config, "api_base_url");

	if (base && *base)
		buf_printf(&b, "%s%s%s", base,
		    base[strlen(base) - 1] == '/' ? "" : "/", path);
	else
		buf_printf(&b, "https://%s.googleapis.com/%s", service, path);
	return buf_take(&b);
}

char *
gcp_link_url(json_object *config, const char *service, const char *link)
{
	const char *p = link;

	if (strncmp(p, "https://", 8) == 0 || strncmp(p, "http://", 7) == 0) {
		p = strchr(p + 8 - (p[4] == ':'), '/');
		p = p ? p + 1 : "";
	}
	return gcp_url(config, service, p);
}

struct answer {
	struct buf	 body, err;
	long		 status;
	char		 code[128];
	int		 failed;
};

static void
answer_cb(const struct chttp_res *r, void *arg)
{
	struct answer *a = arg;

	a->status = r->status;
	buf_add(&a->body, r->body, r->len);
	if (r->error) {
		a->failed = 1;
		buf_puts(&a->err, r->error);
		snprintf(a->code, sizeof(a->code), "%s",
		    r->err_code ? r->err_code : "");
	}
}

static void
answer_free(struct answer *a)
{
	explicit_bzero(a->body.data ? a->body.data : a->code,
	    a->body.data ? a->body.len : 0);
	buf_free(&a->body);
	buf_free(&a->err);
}

static struct chttp *
http_new(json_object *env, int inflight)
{
	struct chttp_opts o;
	json_object *v;

	memset(&o, 0, sizeof(o));
	o.throttle_codes = throttle_codes;
	o.classify = classify;
	o.max_inflight = inflight;
	/* end the project's calls before the supervisor's deadline */
	if (json_object_object_get_ex(collector_worker(), "timeout", &v) &&
	    json_object_get_int64(v) > 20)
		o.deadline_ms = (json_object_get_int64(v) - 10) * 1000;
	o.proxy = jget_str(env, "HTTPS_PROXY");
	o.no_proxy = jget_str(env, "NO_PROXY");
	return chttp_new(&o);
}

/* The token request of the credentials: form body and headers. */
static void
token_request(const struct gcp_cred *c, struct buf *body, struct buf *err)
{
	char *jwt;

	switch (c->type) {
	case GCP_SERVICE_ACCOUNT:
		if ((jwt = gcp_jwt(c, time(NULL), err)) == NULL)
			return;
		buf_printf(body, "grant_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3A"
		    "grant-type%%3Ajwt-bearer&assertion=%s", jwt);
		free(jwt);
		break;
	case GCP_AUTHORIZED_USER:
		buf_printf(body, "grant_type=refresh_token&client_id=%s&"
		    "client_secret=%s&refresh_token=%s", c->client_id,
		    c->client_secret, c->refresh_token);
		break;
	case GCP_METADATA:
		break;
	}
}

/* A token for the credentials: *token (malloc'd) and its end. */
static int
get_token(json_object *env, const struct gcp_cred *c, char **token,
    time_t *expires, struct buf *err)
{
	static const char *const meta[] = { "Metadata-Flavor: Google", NULL };
	struct chttp *h;
	struct chttp_call call;
	struct answer a;
	struct buf body = BUF_INIT;
	json_object *o = NULL, *v;
	const char *t;
	size_t had = err->len;
	int rc = -1;

	memset(&a, 0, sizeof(a));

	token_request(c, &body, err);
	if (err->len > had)
		goto out;
	if ((h = http_new(env, 1)) == NULL) {
		buf_printf(err, "the HTTP layer could not be set up");
		goto out;
	}
	memset(&call, 0, sizeof(call));
	call.url = c->token_uri;
	call.service = "oauth2";
	call.operation = "token";
	if (c->type == GCP_METADATA)
		call.headers = meta;
	else {
		call.method = "POST";
		call.body = body.data;
		call.body_len = body.len;
		call.content_type = "application/x-www-form-urlencoded";
	}
	chttp_submit(h, &call, answer_cb, &a);
	chttp_run(h);
	chttp_free(h);
	if (a.failed) {
		buf_printf(err, "%s: no token: %s", c->source, buf_str(&a.err));
		goto out;
	}
	o = json_tokener_parse(buf_str(&a.body));
	if ((t = jget_str(o, "access_token")) == NULL || *t == '\0') {
		buf_printf(err, "%s: the token answer has no access_token",
		    c->source);
		goto out;
	}
	*token = xstrdup(t);
	log_secret(*token);
	*expires = time(NULL) + 3600;
	if (json_object_object_get_ex(o, "expires_in", &v) &&
	    json_object_get_int64(v) > 0)
		*expires = time(NULL) + json_object_get_int64(v);
	rc = 0;
out:
	if (o && (t = jget_str(o, "access_token")))
		explicit_bzero((char *)t, strlen(t));
	json_object_put(o);
	if (body.data)
		explicit_bzero(body.data, body.len);
	buf_free(&body);
	answer_free(&a);
	return rc;
}

int
gcp_fresh(struct gcp *g, struct buf *err)
{
	char *token = NULL;
	time_t exp;

	if (g->auth && g->expires - time(NULL) > RENEW_MARGIN)
		return 0;
	if (get_token(g->env, &g->cred, &token, &exp, err) == -1)
		return -1;
	if (g->auth)
		chttp_auth_bearer_set(g->auth, token);
	else
		g->auth = chttp_auth_bearer(token);
	g->expires = exp;
	explicit_bzero(token, strlen(token));
	free(token);
	return 0;
}

int
gcp_open(struct gcp *g, json_object *config, json_object *env,
    const char *key_path, const char *project, struct buf *err)
{
	memset(g, 0, sizeof(*g));
	g->config = config;
	g->env = env;
	g->project = project;
	if (gcp_cred_load(key_path, env, &g->cred, err) == -1)
		return -1;
	if ((g->http = http_new(env, 0)) == NULL) {
		buf_printf(err, "the HTTP layer could not be set up");
		return -1;
	}
	return gcp_fresh(g, err);
}

void
gcp_close(struct gcp *g)
{
	if (g->http)
		chttp_free(g->http);
	if (g->auth)
		chttp_auth_free(g->auth);
	gcp_cred_free(&g->cred);
	memset(g, 0, sizeof(*g));
}

int
gcp_call(struct gcp *g, const char *method, const char *service,
    const char *op, const char *url, const char *body, json_object **out,
    long *status, char *code, size_t codelen, struct buf *err)
{
	struct chttp_call call;
	struct answer a;
	struct chttp_res r;
	int rc = -1;

	*out = NULL;
	*status = 0;
	if (code)
		*code = '\0';
	if (gcp_fresh(g, err) == -1)
		return -1;
	memset(&a, 0, sizeof(a));
	memset(&call, 0, sizeof(call));
	call.method = method;
	call.url = url;
	call.service = service;
	call.operation = op;
	call.auth = g->auth;
	if (body) {
		call.body = body;
		call.body_len = strlen(body);
		call.content_type = "application/json";
	}
	chttp_submit(g->http, &call, answer_cb, &a);
	chttp_run(g->http);
	*status = a.status;
	if (code)
		snprintf(code, codelen, "%s", a.code);
	if (a.failed) {
		buf_printf(err, "project %s: %s", g->project, buf_str(&a.err));
		goto out;
	}
	if (a.body.len == 0) {		/* 204: nothing to say */
		*out = json_object_new_object();
		rc = 0;
		goto out;
	}
	memset(&r, 0, sizeof(r));
	r.service = service;
	r.operation = op;
	r.body = buf_str(&a.body);
	r.len = a.body.len;
	if ((*out = chttp_json(&r, err)) == NULL)
		goto out;
	rc = 0;
out:
	answer_free(&a);
	return rc;
}

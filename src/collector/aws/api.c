/*
 * aws/api: AWS calls over the collectors' HTTP layer: endpoints as the
 * SDKs pick them, the session of one account (its chttp context with the
 * AWS throttling codes, its SigV4 credentials), and Query-protocol calls
 * (EC2, IAM, STS: Action and Version in a form body, XML answers).
 */
#include "collector/collector.h"
#include "collector/aws/aws.h"
#include "collector/isotime.h"
#include "collector/http/chttp.h"
#include "common/jget.h"
#include "common/log.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const throttle_codes[] = {
	"Throttling", "ThrottlingException", "ThrottledException",
	"RequestThrottledException", "TooManyRequestsException",
	"ProvisionedThroughputExceededException",
	"TransactionInProgressException", "RequestLimitExceeded",
	"BandwidthLimitExceeded", "LimitExceededException",
	"RequestThrottled", "SlowDown", "PriorRequestNotComplete",
	"EC2ThrottledException", NULL
};

void
aws_param(struct buf *b, const char *k, const char *v)
{
	const unsigned char *p;

	buf_printf(b, "%s%s=", b->len ? "&" : "", k);
	for (p = (const unsigned char *)v; *p; p++)
		if (isalnum(*p) || strchr("-_.~", *p))
			buf_putc(b, (char)*p);
		else
			buf_printf(b, "%%%02X", *p);
}

/* the frame's environment, then the section */
static const char *
setting(const struct aws_ep *ep, const char *env, const char *key)
{
	const char *v;

	if ((v = jget_str(ep->env, env)) != NULL && *v)
		return v;
	if (key && (v = jget_str(ep->config, key)) != NULL && *v)
		return v;
	return NULL;
}

char *
aws_endpoint(const struct aws_ep *ep, const char *service, const char *region)
{
	char env[64], key[64];
	const char *v;
	struct buf b = BUF_INIT;
	size_t i;

	/* AWS_ENDPOINT_URL_<SERVICE>: the service id upper-cased */
	snprintf(env, sizeof(env), "AWS_ENDPOINT_URL_%s", service);
	for (i = strlen("AWS_ENDPOINT_URL_"); env[i]; i++)
		env[i] = (char)(env[i] == '-' || env[i] == ' ' ? '_' :
		    toupper((unsigned char)env[i]));
	snprintf(key, sizeof(key), "endpoint_url_%s", service);
	if ((v = setting(ep, env, key)) == NULL &&
	    (v = setting(ep, "AWS_ENDPOINT_URL", "endpoint_url")) == NULL)
		v = ep->profile_url;
	if (v != NULL)
		return xstrdup(v);
	if (strcmp(service, "iam") == 0)
		buf_puts(&b, "https://iam.amazonaws.com");
	else if (strcmp(service, "organizations") == 0)
		buf_puts(&b, "https://organizations.us-east-1.amazonaws.com");
	else
		buf_printf(&b, "https://%s.%s.amazonaws.com", service,
		    region ? region : "us-east-1");
	return buf_take(&b);
}

int
aws_open(struct aws *a, json_object *config, json_object *env,
    const struct aws_cred *c, const char *account, struct buf *err)
{
	struct chttp_opts o;
	json_object *v;
	const char *s;

	memset(&o, 0, sizeof(o));
	a->ep.env = env;
	a->ep.config = config;
	a->account = account;
	if ((s = jget_str(env, "AWS_CA_BUNDLE")) != NULL ||
	    (s = jget_str(config, "ca_bundle")) != NULL)
		a->ca_file = xstrdup(s);
	o.ca_file = a->ca_file;
	o.throttle_codes = throttle_codes;
	if (json_object_object_get_ex(config, "resource_pool_size", &v))
		o.max_inflight = json_object_get_int(v);
	if (json_object_object_get_ex(config,
	    "resource_pool_tasks_per_service_default", &v))
		o.max_per_key = json_object_get_int(v);
	/* end the account's calls before the supervisor's deadline
	 * (resotoworker.timeout) kills the process, so that what was
	 * collected is delivered and the rest reported */
	if (json_object_object_get_ex(collector_worker(), "timeout", &v) &&
	    json_object_get_int64(v) > 20)
		o.deadline_ms = (json_object_get_int64(v) - 10) * 1000;
	o.proxy = jget_str(env, "HTTPS_PROXY");
	o.no_proxy = jget_str(env, "NO_PROXY");
	if ((a->http = chttp_new(&o)) == NULL) {
		buf_printf(err, "the HTTP layer could not be set up");
		return -1;
	}
	if (c != NULL) {
		a->auth = chttp_auth_sigv4(c->key_id, c->secret, c->token);
		a->issued = time(NULL);
		if (c->expires == NULL ||
		    iso_parse(c->expires, &a->expires) == -1)
			a->expires = 0;
	}
	return 0;
}

void
aws_fresh(struct aws *a)
{
	struct aws_cred c;
	json_object *cred;
	time_t now = time(NULL), margin;
	char err[512];

	if (a->expires == 0 || a->account == NULL)
		return;
	margin = (a->expires - a->issued) / 2;
	if (margin > 300)
		margin = 300;
	if (now < a->expires - margin)
		return;
	memset(&c, 0, sizeof(c));
	if (collector_renew(a->account, &cred, err, sizeof(err)) == -1 ||
	    aws_cred_from_json(cred, &c) == -1) {
		log_warnx("aws %s: the credentials end %s and cannot be "
		    "renewed: %s", a->account, now < a->expires ? "soon" :
		    "now", cred ? "the answer is incomplete" : err);
		a->expires = 0;		/* said once; calls will tell */
	} else {
		chttp_auth_sigv4_set(a->auth, c.key_id, c.secret, c.token);
		a->issued = now;
		if (c.expires == NULL ||
		    iso_parse(c.expires, &a->expires) == -1)
			a->expires = 0;
		log_info("aws %s: credentials renewed", a->account);
	}
	json_object_put(cred);
	aws_cred_free(&c);
}

void
aws_close(struct aws *a)
{
	if (a->auth)
		chttp_auth_free(a->auth);
	if (a->http)
		chttp_free(a->http);
	free(a->ca_file);
	free(a->ep.profile_url);
	memset(a, 0, sizeof(*a));
}

struct qcall {
	aws_cb	 cb;
	void	*arg;
};

static void
query_done(const struct chttp_res *r, void *arg)
{
	struct qcall *q = arg;

	if (r->error)
		q->cb(NULL, 0, r->error, r->err_code ? r->err_code : "",
		    q->arg);
	else
		q->cb(r->body, r->len, NULL, NULL, q->arg);
	free(q);
}

void
aws_query_call(struct aws *a, struct chttp_call *call, const char *service,
    const char *region, const char *action, const char *version,
    const char *params, char **url, struct buf *body)
{
	aws_fresh(a);
	*url = aws_endpoint(&a->ep, service, region);
	buf_reset(body);
	aws_param(body, "Action", action);
	aws_param(body, "Version", version);
	if (params && *params)
		buf_printf(body, "&%s", params);
	memset(call, 0, sizeof(*call));
	call->method = "POST";
	call->url = *url;
	call->body = body->data;
	call->body_len = body->len;
	call->content_type = "application/x-www-form-urlencoded; charset=utf-8";
	call->service = service;
	call->operation = action;
	call->region = region;
	call->auth = a->auth;
	if (region == NULL)		/* global services sign for us-east-1 */
		call->sign_region = "us-east-1";
}

void
aws_query(struct aws *a, const char *service, const char *region,
    const char *action, const char *version, const char *params, aws_cb cb,
    void *arg)
{
	struct chttp_call call;
	struct qcall *q = xcalloc(1, sizeof(*q));
	struct buf body = BUF_INIT;
	char *url;

	q->cb = cb;
	q->arg = arg;
	aws_query_call(a, &call, service, region, action, version, params,
	    &url, &body);
	chttp_submit(a->http, &call, query_done, q);
	free(url);
	buf_free(&body);
}

/* A JSON-protocol request (Organizations): X-Amz-Target and a JSON body. */
void
aws_json_call(struct aws *a, struct chttp_call *call, const char *service,
    const char *target, const char *operation, const char *body,
    char **url, struct buf *hdr)
{
	static const char *headers[3];

	*url = aws_endpoint(&a->ep, service, NULL);
	buf_reset(hdr);
	buf_printf(hdr, "X-Amz-Target: %s.%s", target, operation);
	headers[0] = hdr->data;
	headers[1] = "Content-Type: application/x-amz-json-1.1";
	headers[2] = NULL;
	memset(call, 0, sizeof(*call));
	call->method = "POST";
	call->url = *url;
	call->headers = headers;
	call->body = body;
	call->body_len = strlen(body);
	call->service = service;
	call->operation = operation;
	call->region = "us-east-1";
	call->auth = a->auth;
}

void
aws_answer_cb(const char *body, size_t len, const char *error,
    const char *code, void *arg)
{
	struct aws_answer *a = arg;

	if (error) {
		buf_puts(&a->err, error);
		snprintf(a->code, sizeof(a->code), "%s", code);
		a->failed = 1;
	} else
		buf_add(&a->body, body, len);
}

void
aws_answer_free(struct aws_answer *a)
{
	buf_free(&a->body);
	buf_free(&a->err);
}

/* Runs the account's calls until this answer is in; 0, or -1 with the
 * error (and the AWS error code) in err and code. */
static int
answer_wait(struct aws *a, struct aws_answer *ans, const char *service,
    const char *operation, struct buf *out, struct buf *err, char *code,
    size_t codelen)
{
	int rc = 0;

	if (chttp_run(a->http) == -1 && !ans->failed) {
		buf_printf(err, "%s %s: the account's deadline passed", service,
		    operation);
		rc = -1;
	} else if (ans->failed) {
		buf_puts(err, buf_str(&ans->err));
		snprintf(code, codelen, "%s", ans->code);
		rc = -1;
	} else
		buf_add(out, ans->body.data, ans->body.len);
	aws_answer_free(ans);
	return rc;
}

int
aws_json_sync(struct aws *a, const char *service, const char *target,
    const char *operation, const char *body, struct buf *out,
    struct buf *err, char *code, size_t codelen)
{
	struct aws_answer ans;
	struct qcall *q = xcalloc(1, sizeof(*q));
	struct chttp_call call;
	struct buf hdr = BUF_INIT;
	char *url;

	memset(&ans, 0, sizeof(ans));
	code[0] = '\0';
	q->cb = aws_answer_cb;
	q->arg = &ans;
	aws_json_call(a, &call, service, target, operation, body, &url, &hdr);
	chttp_submit(a->http, &call, query_done, q);
	free(url);
	buf_free(&hdr);
	return answer_wait(a, &ans, service, operation, out, err, code,
	    codelen);
}

int
aws_query_sync(struct aws *a, const char *service, const char *region,
    const char *action, const char *version, const char *params,
    struct buf *out, struct buf *err, char *code, size_t codelen)
{
	struct aws_answer ans;

	memset(&ans, 0, sizeof(ans));
	code[0] = '\0';
	aws_query(a, service, region, action, version, params, aws_answer_cb,
	    &ans);
	return answer_wait(a, &ans, service, action, out, err, code, codelen);
}

static int
no_item(json_object *item, struct buf *err, void *arg)
{
	json_object_put(item);
	return 0;
}

char *
aws_xml_text(const char *xml, size_t len, const char *path)
{
	const char *const leaves[] = { path, NULL };
	char *values[1] = { NULL };
	struct buf err = BUF_INIT;

	/* no items: only the leaf is read */
	if (chttp_xml_items(xml, len, "-", no_item, NULL, leaves, values,
	    &err) == -1) {
		free(values[0]);
		values[0] = NULL;
	}
	buf_free(&err);
	return values[0];
}

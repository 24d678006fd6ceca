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
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
aws_encode(struct buf *b, const char *v)
{
	buf_pct(b, v, strlen(v), "-_.~");
}

void
aws_param(struct buf *b, const char *k, const char *v)
{
	if (b->len)
		buf_putc(b, '&');
	buf_puts(b, k);
	buf_putc(b, '=');
	aws_encode(b, v);
}

char *
aws_rest_url(const struct aws_ep *ep, const char *service, const char *region,
    const char *tmpl, json_object *o, const char *query)
{
	char *base = aws_endpoint(ep, service, region);
	struct buf b = BUF_INIT;
	const char *p, *end;
	char path[256];
	json_object *v;
	size_t n = strlen(base);

	while (n > 0 && base[n - 1] == '/')
		n--;
	buf_add(&b, base, n);
	free(base);
	for (p = tmpl; *p; p = end) {
		if (*p != '@') {
			end = p + strcspn(p, "@");
			buf_add(&b, p, (size_t)(end - p));
			continue;
		}
		end = p + 1 + strcspn(p + 1, "/");
		snprintf(path, sizeof(path), "%.*s", (int)(end - p - 1), p + 1);
		v = table_get(o, path, NULL);
		if (v == NULL || json_object_is_type(v, json_type_object) ||
		    json_object_is_type(v, json_type_array) ||
		    *json_object_get_string(v) == '\0') {
			json_object_put(v);
			buf_free(&b);
			return NULL;
		}
		aws_encode(&b, json_object_get_string(v));
		json_object_put(v);
	}
	if (query && *query)
		buf_printf(&b, "?%s", query);
	return buf_take(&b);
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

/* Services whose endpoint prefix and SigV4 name differ from the SDK's
 * service name (which config keys and resource_pool_tasks_per_service
 * use), and the service id of AWS_ENDPOINT_URL_<ID>. */
static const struct {
	const char	*name, *prefix, *id;
} services[] = {
	{ "elb", "elasticloadbalancing", "ELASTIC_LOAD_BALANCING" },
	{ "elbv2", "elasticloadbalancing", "ELASTIC_LOAD_BALANCING_V2" },
	{ "cloudwatch", "monitoring", "CLOUDWATCH" },
	{ "autoscaling", "autoscaling", "AUTO_SCALING" },
};

const char *
aws_prefix(const char *service)
{
	size_t i;

	for (i = 0; i < sizeof(services) / sizeof(services[0]); i++)
		if (strcmp(services[i].name, service) == 0)
			return services[i].prefix;
	return service;
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
	for (i = 0; i < sizeof(services) / sizeof(services[0]); i++)
		if (strcmp(services[i].name, service) == 0)
			snprintf(env, sizeof(env), "AWS_ENDPOINT_URL_%s",
			    services[i].id);
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
		buf_printf(&b, "https://%s.%s.amazonaws.com",
		    aws_prefix(service), region ? region : "us-east-1");
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
	if (a->ca_file != NULL && access(a->ca_file, R_OK) == -1) {
		buf_printf(err, "the CA bundle %s (AWS_CA_BUNDLE or the aws "
		    "section's ca_bundle) cannot be read: %s", a->ca_file,
		    strerror(errno));
		return -1;
	}
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
	if (params && *params) {
		buf_putc(body, '&');
		buf_puts(body, params);
	}
	memset(call, 0, sizeof(*call));
	call->method = "POST";
	call->url = *url;
	call->body = body->data;
	call->body_len = body->len;
	call->content_type = "application/x-www-form-urlencoded; charset=utf-8";
	call->service = service;
	call->sign_service = aws_prefix(service);
	call->operation = action;
	call->region = region;
	call->auth = a->auth;
	if (region == NULL)		/* global services sign for us-east-1 */
		call->sign_region = "us-east-1";
}

/* Submits a built call with cb for its answer; frees what the builder
 * made, url and b, when given (the call is copied by chttp_submit). */
static void
submit(struct aws *a, struct chttp_call *call, char *url, struct buf *b,
    aws_cb cb, void *arg)
{
	struct qcall *q = xcalloc(1, sizeof(*q));

	q->cb = cb;
	q->arg = arg;
	chttp_submit(a->http, call, query_done, q);
	free(url);
	if (b)
		buf_free(b);
}

void
aws_query(struct aws *a, const char *service, const char *region,
    const char *action, const char *version, const char *params, aws_cb cb,
    void *arg)
{
	struct chttp_call call;
	struct buf body = BUF_INIT;
	char *url;

	aws_query_call(a, &call, service, region, action, version, params,
	    &url, &body);
	submit(a, &call, url, &body, cb, arg);
}

static int	answer_wait(struct aws *, struct aws_answer *, const char *,
		    const char *, struct buf *, struct buf *, char *, size_t);

/* host of a URL: its start and length (after "scheme://", before the
 * port, path or query) */
static const char *
url_host(const char *url, size_t *len, int *port)
{
	const char *h = strstr(url, "://"), *e;

	h = h ? h + 3 : url;
	if (*h == '[') {			/* [IPv6]:port */
		e = strchr(h, ']');
		e = e ? e + 1 : h + strlen(h);
	} else
		e = h + strcspn(h, ":/?");
	*len = (size_t)(e - h);
	*port = *e == ':';
	return h;
}

char *
aws_s3_url(const struct aws_ep *ep, const char *region, const char *bucket,
    const char *key, const char *sub)
{
	char *base = aws_endpoint(ep, "s3", region);
	const char *host, *p;
	struct buf b = BUF_INIT;
	size_t hl, bl = bucket ? strlen(bucket) : 0;
	int port, ip = 1, path = 1;

	host = url_host(base, &hl, &port);
	for (p = host; p < host + hl; p++)
		if (!isdigit((unsigned char)*p) && *p != '.')
			ip = 0;
	if (*host == '[')
		ip = 1;
	/* virtual-hosted unless the endpoint is an IP or has a port, or
	 * the name cannot be a DNS label over TLS (dots, upper case) */
	if (bucket && !ip && !port && bl >= 3 && bl <= 63 &&
	    strspn(bucket, "abcdefghijklmnopqrstuvwxyz0123456789-") == bl)
		path = 0;
	hl += strcspn(host + hl, "/?");		/* with the port */
	if (bucket == NULL)
		buf_printf(&b, "%.*s/", (int)(host + hl - base), base);
	else if (path)
		buf_printf(&b, "%.*s/%s", (int)(host + hl - base), base, bucket);
	else
		buf_printf(&b, "%.*s%s.%.*s", (int)(host - base), base, bucket,
		    (int)hl, host);
	if (bucket && (key || !path))
		buf_putc(&b, '/');
	if (key)
		buf_puts(&b, key);
	if (sub)
		buf_printf(&b, "?%s", sub);
	free(base);
	return buf_take(&b);
}

void
aws_rest(struct aws *a, const char *method, const char *service,
    const char *region, const char *op, const char *url, const char *body,
    size_t len, const char *const *headers, aws_cb cb, void *arg)
{
	struct chttp_call call;

	aws_fresh(a);
	memset(&call, 0, sizeof(call));
	call.method = method;
	call.url = url;
	call.headers = headers;
	call.body = body;
	call.body_len = len;
	if (body)	/* S3's REST-XML, or Lambda's and EKS's REST-JSON */
		call.content_type = strcmp(service, "s3") == 0 ?
		    "application/xml" : "application/json";
	call.service = service;
	call.sign_service = aws_prefix(service);
	call.operation = op;
	call.region = region ? region : "us-east-1";
	call.auth = a->auth;
	submit(a, &call, NULL, NULL, cb, arg);
}

int
aws_rest_sync(struct aws *a, const char *method, const char *service,
    const char *region, const char *op, const char *url, const char *body,
    size_t len, const char *const *headers, struct buf *out,
    struct buf *err, char *code, size_t codelen)
{
	struct aws_answer ans;

	memset(&ans, 0, sizeof(ans));
	code[0] = '\0';
	aws_rest(a, method, service, region, op, url, body, len, headers,
	    aws_answer_cb, &ans);
	return answer_wait(a, &ans, service, op, out, err, code, codelen);
}

/* A JSON-protocol request (Organizations): X-Amz-Target and a JSON body. */
void
aws_json_call(struct aws *a, struct chttp_call *call, const char *service,
    const char *target, const char *operation, const char *body,
    char **url, struct buf *hdr)
{
	aws_json_call_in(a, call, service, NULL, target, operation, body, url,
	    hdr);
}

void
aws_json_call_in(struct aws *a, struct chttp_call *call, const char *service,
    const char *region, const char *target, const char *operation,
    const char *body, char **url, struct buf *hdr)
{
	static const char *headers[3];	/* copied by chttp_submit */

	aws_fresh(a);
	*url = aws_endpoint(&a->ep, service, region);
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
	call->sign_service = aws_prefix(service);
	call->operation = operation;
	call->region = region ? region : "us-east-1";
	call->auth = a->auth;
}

void
aws_json(struct aws *a, const char *service, const char *region,
    const char *target, const char *operation, const char *body, aws_cb cb,
    void *arg)
{
	struct chttp_call call;
	struct buf hdr = BUF_INIT;
	char *url;

	aws_json_call_in(a, &call, service, region, target, operation, body,
	    &url, &hdr);
	submit(a, &call, url, &hdr, cb, arg);
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
	return aws_json_sync_in(a, service, NULL, target, operation, body, out,
	    err, code, codelen);
}

int
aws_json_sync_in(struct aws *a, const char *service, const char *region,
    const char *target, const char *operation, const char *body,
    struct buf *out, struct buf *err, char *code, size_t codelen)
{
	struct aws_answer ans;

	memset(&ans, 0, sizeof(ans));
	code[0] = '\0';
	aws_json(a, service, region, target, operation, body, aws_answer_cb,
	    &ans);
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

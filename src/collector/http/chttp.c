/*
 * chttp.c: calls, their bounds, retries and deadlines, and the loop that
 * drives libcurl's multi handle (see chttp.h). The shape of curl's
 * multi-*.c examples: add easy handles, curl_multi_perform, read the
 * finished ones with curl_multi_info_read, wait in curl_multi_poll.
 */
#include "config.h"

#include "collector/http/chttp.h"
#include "collector/http/chttp_int.h"
#include "common/buf.h"
#include "common/hdrs.h"
#include "common/log.h"

#include <sys/queue.h>

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

enum call_state { C_WAIT, C_RUN, C_BACKOFF, C_DONE };

struct key;

struct call {
	struct chttp_res	 res;	/* first: chttp_res_header() casts */
	struct chttp		*c;
	struct key		*key;
	enum call_state		 state;
	TAILQ_ENTRY(call)	 entry;	/* key's waiting, running, backoff, done */
	char			*method, *url, *body;
	size_t			 body_len;
	struct curl_slist	*xhdrs;	/* the caller's headers */
	char			*service, *operation, *region;
	char			*sign_service, *sign_region;
	struct chttp_auth	*auth;
	int			 retries;
	size_t			 max_response;
	chttp_classify_fn	 classify;
	void			*classify_arg;
	chttp_cb		 cb;
	void			*arg;
	uint64_t		 start, deadline, due, att_start;
	long			 timeout_ms;
	CURL			*easy;
	struct curl_slist	*hdrs;	/* this attempt's */
	struct buf		 in, rhdrs, error, why;
	char			*err_code, *err_message;
	char			 errbuf[CURL_ERROR_SIZE];
	int			 too_large;
	/* a deferred function instead of a call (chttp_defer) */
	void			(*defer_fn)(void *);
};

TAILQ_HEAD(callq, call);

struct key {
	TAILQ_ENTRY(key)	 entry;
	char			*name;
	int			 limit, inflight;
	struct callq		 waiting;
};

struct chttp {
	CURLM			*multi;
	struct chttp_opts	 o;
	char			*ca_file, *proxy, *no_proxy, *user_agent;
	char			**throttle_codes;
	TAILQ_HEAD(, key)	 keys;
	struct callq		 running, backoff, done;
	int			 inflight, pending;
	uint64_t		 deadline;	/* 0: none */
	enum chttp_err		 ended;		/* ABORTED, DEADLINE, or OK */
	struct buf		 ended_why;
	struct chttp_stats	 st;
	uint64_t		 rnd;
};

static uint64_t
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void
free_secret(char *s, size_t len)
{
	if (s != NULL) {
		explicit_bzero(s, len);
		free(s);
	}
}

static void
slist_free_secret(struct curl_slist *l)
{
	struct curl_slist *p;

	for (p = l; p != NULL; p = p->next)
		explicit_bzero(p->data, strlen(p->data));
	curl_slist_free_all(l);
}

void
chttp_what(struct buf *b, const char *service, const char *operation,
    const char *region)
{
	const char *parts[3] = { service, operation, region };
	int i, n = 0;

	for (i = 0; i < 3; i++) {
		if (parts[i] == NULL || *parts[i] == '\0')
			continue;
		if (n++)
			buf_putc(b, ' ');
		buf_puts(b, parts[i]);
	}
	if (n == 0)
		buf_puts(b, "http");
}

/* xorshift64*, seeded from the kernel: the jitter of the backoff */
static uint64_t
rnd_next(struct chttp *c)
{
	c->rnd ^= c->rnd >> 12;
	c->rnd ^= c->rnd << 25;
	c->rnd ^= c->rnd >> 27;
	return c->rnd * 0x2545F4914F6CDD1DULL;
}

static struct key *
key_get(struct chttp *c, const char *name)
{
	struct key *k;

	TAILQ_FOREACH(k, &c->keys, entry)
		if (strcmp(k->name, name) == 0)
			return k;
	k = xcalloc(1, sizeof(*k));
	k->name = xstrdup(name);
	k->limit = c->o.max_per_key;
	TAILQ_INIT(&k->waiting);
	TAILQ_INSERT_TAIL(&c->keys, k, entry);
	return k;
}

void
chttp_key_limit(struct chttp *c, const char *key, int n)
{
	key_get(c, key)->limit = n < 1 ? 1 : n;
}

struct chttp *
chttp_new(const struct chttp_opts *o)
{
	static int global, global_xml_warned;
	struct buf why = BUF_INIT;
	struct chttp *c;
	const char *const *t;
	int n;

	if (!global) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
			log_warnx("http: curl_global_init failed");
			return NULL;
		}
		global = 1;
	}
	if (chttp_xml_init(NULL) == -1 && !global_xml_warned) {
		global_xml_warned = 1;
		chttp_xml_init(&why);
		log_warnx("http: %s; XML answers cannot be read", why.data);
		buf_free(&why);
	}
	if (o->ca_file != NULL && access(o->ca_file, R_OK) == -1) {
		log_warn("http: CA file %s", o->ca_file);
		return NULL;
	}
	c = xcalloc(1, sizeof(*c));
	c->o = *o;
#define DEF(f, v) if (c->o.f == 0) c->o.f = (v)
	DEF(max_inflight, CHTTP_MAX_INFLIGHT);
	DEF(max_per_key, CHTTP_MAX_PER_KEY);
	DEF(retries, CHTTP_RETRIES);
	DEF(backoff_base_ms, CHTTP_BACKOFF_BASE_MS);
	DEF(backoff_cap_ms, CHTTP_BACKOFF_CAP_MS);
	DEF(call_timeout_ms, CHTTP_CALL_TIMEOUT_MS);
	DEF(connect_timeout_ms, CHTTP_CONNECT_TIMEOUT_MS);
	DEF(max_response, (size_t)CHTTP_MAX_RESPONSE);
#undef DEF
	if (c->o.retries < 0)
		c->o.retries = 0;
	if (c->o.max_inflight < 1)
		c->o.max_inflight = 1;
	if (c->o.max_per_key < 1)
		c->o.max_per_key = 1;
	c->ca_file = dup_or_null(o->ca_file);
	c->proxy = dup_or_null(o->proxy);
	c->no_proxy = dup_or_null(o->no_proxy);
	c->user_agent = xstrdup(o->user_agent ? o->user_agent :
	    PACKAGE_NAME "/" PACKAGE_VERSION);
	for (n = 0, t = o->throttle_codes; t != NULL && *t != NULL; t++)
		n++;
	c->throttle_codes = xcalloc((size_t)n + 1, sizeof(char *));
	for (n = 0, t = o->throttle_codes; t != NULL && *t != NULL; t++)
		c->throttle_codes[n++] = xstrdup(*t);
	c->o.ca_file = c->o.proxy = c->o.no_proxy = c->o.user_agent = NULL;
	c->o.throttle_codes = NULL;
	TAILQ_INIT(&c->keys);
	TAILQ_INIT(&c->running);
	TAILQ_INIT(&c->backoff);
	TAILQ_INIT(&c->done);
	if (getentropy(&c->rnd, sizeof(c->rnd)) == -1 || c->rnd == 0)
		c->rnd = now_ms() | 1;
	if (o->deadline_ms > 0)
		c->deadline = now_ms() + (uint64_t)o->deadline_ms;
	if ((c->multi = curl_multi_init()) == NULL) {
		log_warnx("http: curl_multi_init failed");
		chttp_free(c);
		return NULL;
	}
	/* keep a connection per call in flight for reuse */
	curl_multi_setopt(c->multi, CURLMOPT_MAXCONNECTS,
	    (long)c->o.max_inflight);
	curl_multi_setopt(c->multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
	return c;
}

static void
call_free(struct call *k)
{
	if (k->easy != NULL) {
		if (k->state == C_RUN)
			curl_multi_remove_handle(k->c->multi, k->easy);
		curl_easy_cleanup(k->easy);
	}
	free(k->method);
	free(k->url);
	free_secret(k->body, k->body_len);
	slist_free_secret(k->xhdrs);
	slist_free_secret(k->hdrs);
	free(k->service);
	free(k->operation);
	free(k->region);
	free(k->sign_service);
	free(k->sign_region);
	if (k->auth != NULL)
		chttp_auth_free(k->auth);
	/* an answer may carry credentials (STS, the metadata service) */
	if (k->in.data != NULL)
		explicit_bzero(k->in.data, k->in.cap);
	buf_free(&k->in);
	buf_free(&k->rhdrs);
	buf_free(&k->error);
	buf_free(&k->why);
	free(k->err_code);
	free(k->err_message);
	free(k);
}

void
chttp_free(struct chttp *c)
{
	struct key *k;
	struct call *x;
	char **t;

	if (c == NULL)
		return;
	while ((k = TAILQ_FIRST(&c->keys)) != NULL) {
		while ((x = TAILQ_FIRST(&k->waiting)) != NULL) {
			TAILQ_REMOVE(&k->waiting, x, entry);
			call_free(x);
		}
		TAILQ_REMOVE(&c->keys, k, entry);
		free(k->name);
		free(k);
	}
	while ((x = TAILQ_FIRST(&c->running)) != NULL) {
		TAILQ_REMOVE(&c->running, x, entry);
		call_free(x);
	}
	while ((x = TAILQ_FIRST(&c->backoff)) != NULL) {
		TAILQ_REMOVE(&c->backoff, x, entry);
		call_free(x);
	}
	while ((x = TAILQ_FIRST(&c->done)) != NULL) {
		TAILQ_REMOVE(&c->done, x, entry);
		call_free(x);
	}
	if (c->multi != NULL)
		curl_multi_cleanup(c->multi);
	for (t = c->throttle_codes; t != NULL && *t != NULL; t++)
		free(*t);
	free(c->throttle_codes);
	free(c->ca_file);
	free(c->proxy);
	free(c->no_proxy);
	free(c->user_agent);
	buf_free(&c->ended_why);
	free(c);
}

const char *
chttp_res_header(const struct chttp_res *res, const char *name)
{
	return hdrs_get(&((const struct call *)res)->rhdrs, name);
}

void
chttp_stats(const struct chttp *c, struct chttp_stats *st)
{
	*st = c->st;
}

void
chttp_count_page(struct chttp *c)
{
	c->st.pages++;
}

/* The call's error message and its place in the done list. */
static void
finish(struct call *k, enum chttp_err err)
{
	struct chttp *c = k->c;
	struct chttp_res *r = &k->res;

	k->state = C_DONE;
	r->err = err;
	r->body = buf_str(&k->in);
	r->len = k->in.len;
	r->ms = (long)(now_ms() - k->start);
	buf_reset(&k->error);
	if (err != CHTTP_OK || r->status < 200 || r->status > 299) {
		chttp_what(&k->error, k->service, k->operation, k->region);
		buf_puts(&k->error, ": ");
		switch (err) {
		case CHTTP_OK:
			buf_printf(&k->error, "HTTP %ld", r->status);
			if (r->err_code != NULL)
				buf_printf(&k->error, " %s", r->err_code);
			if (r->err_message != NULL)
				buf_printf(&k->error, ": %s", r->err_message);
			break;
		case CHTTP_E_TIMEOUT:
			buf_printf(&k->error, "no answer within the call's "
			    "deadline (%ld ms)", k->timeout_ms);
			break;
		case CHTTP_E_TOO_LARGE:
			buf_printf(&k->error, "answer larger than %zu bytes",
			    k->max_response);
			break;
		case CHTTP_E_DEADLINE:
			buf_printf(&k->error, "the account's deadline "
			    "(%ld ms) passed", c->o.deadline_ms);
			break;
		case CHTTP_E_ABORTED:
			buf_puts(&k->error, buf_str(&c->ended_why));
			break;
		default:
			buf_puts(&k->error, k->errbuf[0] ? k->errbuf :
			    "connection failed");
			/* which CAs said no: the fix is often a CA file */
			if (err == CHTTP_E_TLS)
				buf_printf(&k->error, " (trusted CAs: %s%s)",
				    c->ca_file ? "the file " : "the system's",
				    c->ca_file ? c->ca_file : "");
			break;
		}
		if (k->why.len) {
			buf_puts(&k->error, " (");
			buf_add(&k->error, k->why.data, k->why.len);
			buf_putc(&k->error, ')');
		}
		if (r->attempts > 1)
			buf_printf(&k->error, " (after %d attempts)",
			    r->attempts);
		log_redact(k->error.data);
		r->error = k->error.data;
		c->st.failed++;
	} else
		r->error = NULL;
	c->st.calls++;
	TAILQ_INSERT_TAIL(&c->done, k, entry);
}

static size_t
write_cb(char *p, size_t size, size_t n, void *arg)
{
	struct call *k = arg;

	if (k->in.len + size * n > k->max_response) {
		k->too_large = 1;
		return 0;
	}
	buf_add(&k->in, p, size * n);
	return size * n;
}

static int
start(struct call *k)
{
	struct chttp *c = k->c;
	struct curl_slist *l;
	uint64_t now = now_ms(), end;
	const char *m = k->method;
	CURL *e;

	/* the call's deadline counts from its first attempt: time in the
	 * queue is bounded by the account's */
	if (k->deadline == 0)
		k->deadline = now + (uint64_t)k->timeout_ms;
	if (now >= k->deadline) {
		finish(k, CHTTP_E_TIMEOUT);
		return -1;
	}
	end = k->deadline;
	if (c->deadline && c->deadline < end)
		end = c->deadline;
	if (k->easy == NULL && (k->easy = curl_easy_init()) == NULL) {
		snprintf(k->errbuf, sizeof(k->errbuf), "curl_easy_init failed");
		finish(k, CHTTP_E_TRANSPORT);
		return -1;
	}
	e = k->easy;
	curl_easy_reset(e);
	slist_free_secret(k->hdrs);
	k->hdrs = NULL;
	for (l = k->xhdrs; l != NULL; l = l->next)
		k->hdrs = curl_slist_append(k->hdrs, l->data);
	buf_reset(&k->in);
	buf_reset(&k->rhdrs);
	k->too_large = 0;
	k->errbuf[0] = '\0';
	free(k->err_code);
	free(k->err_message);
	k->err_code = k->err_message = NULL;
	k->res.err_code = k->res.err_message = NULL;
	k->res.throttle_code = 0;
	k->res.status = 0;
	buf_reset(&k->why);
	curl_easy_setopt(e, CURLOPT_URL, k->url);
	if (k->auth != NULL) {
		if (chttp_auth_apply(k->auth, e, &k->hdrs, m ? m : k->body ?
		    "POST" : "GET", k->url,
		    k->sign_region ? k->sign_region : k->region,
		    k->sign_service ? k->sign_service : k->service,
		    k->body, k->body_len, &k->why) == -1) {
			snprintf(k->errbuf, sizeof(k->errbuf), "auth");
			finish(k, CHTTP_E_BAD_CALL);
			return -1;
		}
	}
	curl_easy_setopt(e, CURLOPT_PRIVATE, k);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, k->errbuf);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, write_cb);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, k);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, hdrs_curl_cb);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, &k->rhdrs);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	/* wait for a connection that may multiplex: HTTP/2 is only ever
	 * negotiated over TLS (2TLS), so a plain http:// call (a fake, a
	 * private endpoint) waiting would wait for the first answer on a
	 * connection that never multiplexes: the first calls in a row */
	if (strncmp(k->url, "https://", 8) == 0)
		curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(e, CURLOPT_USERAGENT, c->user_agent);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)(end - now));
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, c->o.connect_timeout_ms);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)k->max_response);
	if (c->ca_file != NULL)
		curl_easy_setopt(e, CURLOPT_CAINFO, c->ca_file);
	if (c->o.insecure) {
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
	}
	if (c->proxy != NULL)
		curl_easy_setopt(e, CURLOPT_PROXY, c->proxy);
	if (c->no_proxy != NULL)
		curl_easy_setopt(e, CURLOPT_NOPROXY, c->no_proxy);
	if (m == NULL)
		m = k->body ? "POST" : "GET";
	if (strcmp(m, "HEAD") == 0)
		curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
	else if (strcmp(m, "GET") != 0) {
		/* POST, PUT and PATCH carry a body, empty if none is given
		 * (Content-Length: 0, as IMDSv2's token PUT wants it) */
		if (k->body != NULL || strcmp(m, "POST") == 0 ||
		    strcmp(m, "PUT") == 0 || strcmp(m, "PATCH") == 0) {
			curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
			    (curl_off_t)k->body_len);
			curl_easy_setopt(e, CURLOPT_POSTFIELDS,
			    k->body ? k->body : "");
		}
		if (strcmp(m, "POST") != 0)
			curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, m);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, k->hdrs);
	if (curl_multi_add_handle(c->multi, e) != CURLM_OK) {
		snprintf(k->errbuf, sizeof(k->errbuf),
		    "curl_multi_add_handle failed");
		finish(k, CHTTP_E_TRANSPORT);
		return -1;
	}
	k->state = C_RUN;
	k->att_start = now;
	k->res.attempts++;
	k->key->inflight++;
	c->inflight++;
	c->st.attempts++;
	if (c->inflight > c->st.max_inflight)
		c->st.max_inflight = c->inflight;
	TAILQ_INSERT_TAIL(&c->running, k, entry);
	return 0;
}

/* Start waiting calls while both bounds allow, taking the keys in turn. */
static void
pump(struct chttp *c)
{
	struct key *k;
	struct call *x;
	int started;

	do {
		started = 0;
		TAILQ_FOREACH(k, &c->keys, entry) {
			if (c->inflight >= c->o.max_inflight)
				return;
			if ((x = TAILQ_FIRST(&k->waiting)) == NULL ||
			    k->inflight >= k->limit)
				continue;
			TAILQ_REMOVE(&k->waiting, x, entry);
			start(x);
			/* the next turn starts with the key after this one */
			TAILQ_REMOVE(&c->keys, k, entry);
			TAILQ_INSERT_TAIL(&c->keys, k, entry);
			started = 1;
			break;
		}
	} while (started);
}

/* Retry-After in ms: delta-seconds or an HTTP-date; -1 when absent or
 * unreadable. */
static long
retry_after(const struct chttp_res *r)
{
	const char *v = chttp_res_header(r, "Retry-After"), *p;
	time_t t, now;
	long s;

	if (v == NULL || *v == '\0')
		return -1;
	for (p = v; isdigit((unsigned char)*p); p++)
		;
	if (*p == '\0') {
		if (p - v > 6)
			return 1000000L * 1000;	/* past any deadline */
		s = strtol(v, NULL, 10);
		return s * 1000;
	}
	if ((t = curl_getdate(v, NULL)) == -1)
		return -1;
	now = time(NULL);
	return t > now ? (long)(t - now) * 1000 : 0;
}

static enum chttp_err
curl_err(struct call *k, CURLcode rc, uint64_t now)
{
	struct chttp *c = k->c;

	if (rc == CURLE_OK)
		return CHTTP_OK;
	if (k->too_large || rc == CURLE_FILESIZE_EXCEEDED)
		return CHTTP_E_TOO_LARGE;
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT:
		if (c->deadline && now + 5 >= c->deadline)
			return CHTTP_E_DEADLINE;
		if (now + 5 >= k->deadline)
			return CHTTP_E_TIMEOUT;
		return CHTTP_E_CONNECT;		/* the connect timeout */
	case CURLE_COULDNT_CONNECT:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
		return CHTTP_E_CONNECT;
	case CURLE_URL_MALFORMAT:
	case CURLE_UNSUPPORTED_PROTOCOL:
		return CHTTP_E_BAD_CALL;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CONNECT_ERROR:
		return CHTTP_E_TLS;
	default:
		return CHTTP_E_TRANSPORT;
	}
}

static int
is_throttle_code(struct chttp *c, const char *code)
{
	char **t;

	for (t = c->throttle_codes; code != NULL && *t != NULL; t++)
		if (strcmp(*t, code) == 0)
			return 1;
	return 0;
}

enum chttp_verdict
chttp_classify_default(const struct chttp_res *r, void *arg)
{
	switch (r->err) {
	case CHTTP_OK:
		break;
	case CHTTP_E_CONNECT:
	case CHTTP_E_TRANSPORT:
		return CHTTP_RETRY;
	default:
		return CHTTP_DONE;
	}
	if (r->status == 429 || r->throttle_code)
		return CHTTP_THROTTLED;
	if (r->status >= 500 || r->status == 408)
		return CHTTP_RETRY;
	return CHTTP_DONE;
}

/* An attempt ended: retry it, or finish the call. */
static void
attempt_done(struct call *k, CURLcode rc)
{
	struct chttp *c = k->c;
	struct chttp_res *r = &k->res;
	enum chttp_verdict v;
	enum chttp_err err;
	uint64_t now = now_ms(), exp;
	struct buf what = BUF_INIT;
	const char *t;
	long delay, ra, ver, conns;

	curl_multi_remove_handle(c->multi, k->easy);
	TAILQ_REMOVE(&c->running, k, entry);
	k->state = C_WAIT;
	k->key->inflight--;
	c->inflight--;
	curl_easy_getinfo(k->easy, CURLINFO_RESPONSE_CODE, &r->status);
	if (curl_easy_getinfo(k->easy, CURLINFO_HTTP_VERSION, &ver) != CURLE_OK)
		ver = 0;
	r->http_version = ver == CURL_HTTP_VERSION_2_0 ? 2 :
	    ver == CURL_HTTP_VERSION_3 ? 3 : r->status ? 1 : 0;
	if (curl_easy_getinfo(k->easy, CURLINFO_NUM_CONNECTS, &conns) ==
	    CURLE_OK)
		c->st.connections += conns;
	c->st.bytes += (long long)k->in.len;
	err = curl_err(k, rc, now);
	r->err = err;
	r->body = buf_str(&k->in);
	r->len = k->in.len;
	if (err == CHTTP_OK && (r->status < 200 || r->status > 299)) {
		chttp_error_parse(k->in.data, k->in.len, &k->err_code,
		    &k->err_message);
		if (k->err_code == NULL &&
		    (t = chttp_res_header(r, "x-amzn-ErrorType")) != NULL)
			k->err_code = strndup(t, strcspn(t, ":"));
		r->err_code = k->err_code;
		r->err_message = k->err_message;
		r->throttle_code = is_throttle_code(c, k->err_code);
	}
	chttp_what(&what, k->service, k->operation, k->region);
	if (err == CHTTP_OK)
		log_debug("http: %s: %ld%s%s, %zu bytes, %lu ms (attempt %d)",
		    what.data, r->status, r->err_code ? " " : "",
		    r->err_code ? r->err_code : "", k->in.len,
		    (unsigned long)(now - k->att_start), r->attempts);
	else
		log_debug("http: %s: %s, %zu bytes, %lu ms (attempt %d)",
		    what.data, err == CHTTP_E_TOO_LARGE ? "too large" :
		    k->errbuf[0] ? k->errbuf : curl_easy_strerror(rc),
		    k->in.len, (unsigned long)(now - k->att_start),
		    r->attempts);
	v = k->classify(r, k->classify_arg);
	if (v != CHTTP_DONE && r->attempts <= k->retries &&
	    err != CHTTP_E_TIMEOUT && err != CHTTP_E_DEADLINE &&
	    err != CHTTP_E_TOO_LARGE && err != CHTTP_E_ABORTED) {
		if ((ra = retry_after(r)) >= 0)
			delay = ra;
		else {
			exp = (uint64_t)k->c->o.backoff_base_ms <<
			    (r->attempts - 1 < 30 ? r->attempts - 1 : 30);
			if (exp > (uint64_t)c->o.backoff_cap_ms)
				exp = (uint64_t)c->o.backoff_cap_ms;
			delay = (long)(rnd_next(c) % (exp + 1));
		}
		if (now + (uint64_t)delay < k->deadline &&
		    (c->deadline == 0 || now + (uint64_t)delay < c->deadline)) {
			log_debug("http: %s: %s, retry in %ld ms", what.data,
			    v == CHTTP_THROTTLED ? "throttled" : "failed",
			    delay);
			buf_free(&what);
			c->st.retries++;
			if (v == CHTTP_THROTTLED)
				c->st.throttled++;
			k->state = C_BACKOFF;
			k->due = now + (uint64_t)delay;
			TAILQ_INSERT_TAIL(&c->backoff, k, entry);
			return;
		}
		buf_printf(&k->why, "no retry: waiting %ld ms would pass the "
		    "deadline", delay);
	}
	buf_free(&what);
	finish(k, err);
}

/* End every call not yet ended with err (chttp_abort, the deadline). */
static void
end_all(struct chttp *c, enum chttp_err err)
{
	struct key *k;
	struct call *x;

	c->ended = err;
	TAILQ_FOREACH(k, &c->keys, entry)
		while ((x = TAILQ_FIRST(&k->waiting)) != NULL) {
			TAILQ_REMOVE(&k->waiting, x, entry);
			finish(x, err);
		}
	while ((x = TAILQ_FIRST(&c->backoff)) != NULL) {
		TAILQ_REMOVE(&c->backoff, x, entry);
		if (x->defer_fn != NULL) {	/* chttp_later: due now */
			x->state = C_DONE;
			TAILQ_INSERT_TAIL(&c->done, x, entry);
		} else
			finish(x, err);
	}
	while ((x = TAILQ_FIRST(&c->running)) != NULL) {
		TAILQ_REMOVE(&c->running, x, entry);
		curl_multi_remove_handle(c->multi, x->easy);
		x->state = C_WAIT;
		x->key->inflight--;
		c->inflight--;
		finish(x, err);
	}
}

void
chttp_abort(struct chttp *c, const char *why)
{
	if (c->ended != CHTTP_OK)
		return;
	buf_printf(&c->ended_why, "aborted: %s", why ? why : "no reason");
	log_debug("http: %s", c->ended_why.data);
	end_all(c, CHTTP_E_ABORTED);
}

static struct call *
call_new(struct chttp *c)
{
	struct call *k = xcalloc(1, sizeof(*k));

	k->c = c;
	k->start = now_ms();
	c->pending++;
	return k;
}

void
chttp_defer(struct chttp *c, void (*fn)(void *), void *arg)
{
	struct call *k = call_new(c);

	k->defer_fn = fn;
	k->arg = arg;
	k->state = C_DONE;
	TAILQ_INSERT_TAIL(&c->done, k, entry);
}

void
chttp_later(struct chttp *c, long ms, void (*fn)(void *), void *arg)
{
	struct call *k = call_new(c);

	k->defer_fn = fn;
	k->arg = arg;
	if (c->ended != CHTTP_OK) {
		k->state = C_DONE;
		TAILQ_INSERT_TAIL(&c->done, k, entry);
		return;
	}
	k->state = C_BACKOFF;
	k->due = k->start + (uint64_t)(ms > 0 ? ms : 0);
	TAILQ_INSERT_TAIL(&c->backoff, k, entry);
}

void
chttp_submit(struct chttp *c, const struct chttp_call *o, chttp_cb cb,
    void *arg)
{
	struct call *k = call_new(c);
	const char *const *h;
	struct buf key = BUF_INIT;

	k->cb = cb;
	k->arg = arg;
	k->method = dup_or_null(o->method);
	k->url = xstrdup(o->url ? o->url : "");
	if (o->body != NULL) {
		k->body = xmalloc(o->body_len + 1);
		memcpy(k->body, o->body, o->body_len);
		k->body[o->body_len] = '\0';
		k->body_len = o->body_len;
	}
	for (h = o->headers; h != NULL && *h != NULL; h++)
		k->xhdrs = curl_slist_append(k->xhdrs, *h);
	if (o->content_type != NULL) {
		buf_printf(&key, "Content-Type: %s", o->content_type);
		k->xhdrs = curl_slist_append(k->xhdrs, key.data);
		buf_reset(&key);
	}
	k->service = dup_or_null(o->service);
	k->operation = dup_or_null(o->operation);
	k->region = dup_or_null(o->region);
	k->sign_service = dup_or_null(o->sign_service);
	k->sign_region = dup_or_null(o->sign_region);
	k->res.service = k->service ? k->service : "";
	k->res.operation = k->operation ? k->operation : "";
	k->res.region = k->region ? k->region : "";
	k->res.url = k->url;
	k->res.body = "";
	if (o->auth != NULL)
		k->auth = chttp_auth_ref(o->auth);
	k->timeout_ms = o->timeout_ms > 0 ? o->timeout_ms :
	    c->o.call_timeout_ms;
	k->retries = o->retries == 0 ? c->o.retries :
	    o->retries < 0 ? 0 : o->retries;
	k->max_response = o->max_response ? o->max_response :
	    c->o.max_response;
	k->classify = o->classify ? o->classify :
	    c->o.classify ? c->o.classify : chttp_classify_default;
	k->classify_arg = o->classify ? o->classify_arg : c->o.classify ?
	    c->o.classify_arg : NULL;
	if (o->key != NULL)
		buf_puts(&key, o->key);
	else if (o->region != NULL && *o->region != '\0')
		buf_printf(&key, "%s/%s", o->service ? o->service : "",
		    o->region);
	else
		buf_puts(&key, o->service ? o->service : "");
	k->key = key_get(c, buf_str(&key));
	buf_free(&key);
	if (c->ended != CHTTP_OK) {
		finish(k, c->ended);
		return;
	}
	k->state = C_WAIT;
	TAILQ_INSERT_TAIL(&k->key->waiting, k, entry);
}

/* Calls whose backoff is over go to the head of their key's queue. */
static void
backoff_due(struct chttp *c, uint64_t now)
{
	struct call *x, *next;

	for (x = TAILQ_FIRST(&c->backoff); x != NULL; x = next) {
		next = TAILQ_NEXT(x, entry);
		if (x->due > now)
			continue;
		TAILQ_REMOVE(&c->backoff, x, entry);
		if (x->defer_fn != NULL) {	/* chttp_later: its time */
			x->state = C_DONE;
			TAILQ_INSERT_TAIL(&c->done, x, entry);
			continue;
		}
		x->state = C_WAIT;
		TAILQ_INSERT_HEAD(&x->key->waiting, x, entry);
	}
}

/* Call back the ended calls; 1 when there was any. */
static int
deliver(struct chttp *c)
{
	struct call *x;
	int n = 0;

	while ((x = TAILQ_FIRST(&c->done)) != NULL) {
		TAILQ_REMOVE(&c->done, x, entry);
		c->pending--;
		n = 1;
		if (x->defer_fn != NULL)
			x->defer_fn(x->arg);
		else if (x->cb != NULL)
			x->cb(&x->res, x->arg);
		call_free(x);
	}
	return n;
}

/* Transfers along, finished attempts to the done list (or to retry). */
static void
drive(struct chttp *c)
{
	struct call *x;
	CURLMsg *msg;
	int running, left;

	pump(c);
	curl_multi_perform(c->multi, &running);
	while ((msg = curl_multi_info_read(c->multi, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE,
		    (char **)&x);
		attempt_done(x, msg->data.result);
	}
}

void
chttp_progress(struct chttp *c)
{
	if (c->ended == CHTTP_OK)
		drive(c);
}

int
chttp_run(struct chttp *c)
{
	struct call *x;
	uint64_t now, next;

	while (c->pending > 0) {
		now = now_ms();
		if (c->deadline && now >= c->deadline &&
		    c->ended == CHTTP_OK) {
			log_debug("http: the account's deadline passed");
			end_all(c, CHTTP_E_DEADLINE);
		}
		backoff_due(c, now);
		drive(c);
		if (deliver(c) || c->pending == 0)
			continue;
		/* sleep until a socket is ready, a backoff or a deadline */
		next = now + 1000;
		TAILQ_FOREACH(x, &c->backoff, entry)
			if (x->due < next)
				next = x->due;
		if (c->deadline && c->deadline < next)
			next = c->deadline;
		now = now_ms();
		curl_multi_poll(c->multi, NULL, 0,
		    next > now ? (int)(next - now) : 0, NULL);
	}
	return c->ended != CHTTP_OK ? -1 : 0;
}

/*
 * chttp_auth.c: the auth providers of the collectors' HTTP layer (see
 * chttp.h): AWS SigV4 done by libcurl (CURLOPT_AWS_SIGV4), bearer tokens.
 * libcurl signs the method, path, query, the headers it sends (our
 * X-Amz-Security-Token among them), x-amz-date and the body's SHA-256.
 * Two things curl 7.88 does not do, done here: S3 wants the body's
 * SHA-256 in x-amz-content-sha256 (we add the header, curl signs it), and
 * curl signs the query string as it is, where AWS canonicalizes it
 * (parameters sorted, every byte but A-Z a-z 0-9 - _ . ~ percent-encoded):
 * we send the query in that canonical form, so both sides agree.
 * And curl signs the path as it is, where AWS encodes it once more for
 * every service but S3 (a "%3A" of an ARN in a REST path is signed as
 * "%253A"): a request to such a path (Lambda's and EKS's calls on an
 * ARN) is signed here, as SigV4 says, with host, x-amz-date and the
 * session token signed.
 */
#include "collector/http/chttp_int.h"
#include "common/buf.h"
#include "common/log.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

enum auth_kind { AUTH_SIGV4, AUTH_BEARER };

struct chttp_auth {
	enum auth_kind	 kind;
	int		 refs;
	char		*key_id, *secret, *token;	/* token: bearer or session */
};

static void
clear(char **s)
{
	if (*s != NULL) {
		explicit_bzero(*s, strlen(*s));
		free(*s);
		*s = NULL;
	}
}

static char *
secret_dup(const char *s)
{
	if (s == NULL || *s == '\0')
		return NULL;
	log_secret(s);
	return xstrdup(s);
}

struct chttp_auth *
chttp_auth_sigv4(const char *key_id, const char *secret,
    const char *session_token)
{
	struct chttp_auth *a = xcalloc(1, sizeof(*a));

	a->kind = AUTH_SIGV4;
	a->refs = 1;
	chttp_auth_sigv4_set(a, key_id, secret, session_token);
	return a;
}

struct chttp_auth *
chttp_auth_bearer(const char *token)
{
	struct chttp_auth *a = xcalloc(1, sizeof(*a));

	a->kind = AUTH_BEARER;
	a->refs = 1;
	chttp_auth_bearer_set(a, token);
	return a;
}

void
chttp_auth_sigv4_set(struct chttp_auth *a, const char *key_id,
    const char *secret, const char *session_token)
{
	clear(&a->key_id);
	clear(&a->secret);
	clear(&a->token);
	a->key_id = xstrdup(key_id ? key_id : "");
	a->secret = secret_dup(secret);
	a->token = secret_dup(session_token);
}

void
chttp_auth_bearer_set(struct chttp_auth *a, const char *token)
{
	clear(&a->token);
	a->token = secret_dup(token);
}

struct chttp_auth *
chttp_auth_ref(struct chttp_auth *a)
{
	a->refs++;
	return a;
}

void
chttp_auth_free(struct chttp_auth *a)
{
	if (a == NULL || --a->refs > 0)
		return;
	clear(&a->key_id);
	clear(&a->secret);
	clear(&a->token);
	free(a);
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* s[0..n) decoded (%XX; a '+' is a plus sign) and percent-encoded as
 * SigV4 wants it */
static void
uri_encode(struct buf *b, const char *s, size_t n)
{
	size_t i;
	int c, h, l;
	char ch;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '%' && i + 2 < n && (h = hexval(s[i + 1])) >= 0 &&
		    (l = hexval(s[i + 2])) >= 0) {
			c = h * 16 + l;
			i += 2;
		}
		ch = (char)c;
		buf_pct(b, &ch, 1, "-_.~");
	}
}

struct qparam {
	char	*text;		/* "key=value", canonical */
	size_t	 klen;
};

static int
qparam_cmp(const void *a, const void *b)
{
	const struct qparam *x = a, *y = b;
	size_t n = x->klen < y->klen ? x->klen : y->klen;
	int r = memcmp(x->text, y->text, n);

	if (r != 0)
		return r;
	if (x->klen != y->klen)
		return x->klen < y->klen ? -1 : 1;
	return strcmp(x->text + x->klen, y->text + y->klen);
}

/* url with its query in SigV4's canonical form, into out */
static void
canonical_url(struct buf *out, const char *url)
{
	const char *q = strchr(url, '?'), *p, *amp, *eq, *end;
	struct qparam *v = NULL;
	struct buf b = BUF_INIT;
	size_t n = 0, i;

	if (q == NULL) {
		buf_puts(out, url);
		return;
	}
	buf_add(out, url, (size_t)(q - url) + 1);
	end = q + 1 + strcspn(q + 1, "#");
	for (p = q + 1; p < end; p = amp + 1) {
		if ((amp = memchr(p, '&', (size_t)(end - p))) == NULL)
			amp = end;
		if (amp == p)
			continue;
		if ((eq = memchr(p, '=', (size_t)(amp - p))) == NULL)
			eq = amp;
		uri_encode(&b, p, (size_t)(eq - p));
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n].klen = b.len;
		buf_putc(&b, '=');
		if (eq < amp)
			uri_encode(&b, eq + 1, (size_t)(amp - eq - 1));
		v[n++].text = buf_take(&b);
		if (amp == end)
			break;
	}
	qsort(v, n, sizeof(*v), qparam_cmp);
	for (i = 0; i < n; i++) {
		if (i)
			buf_putc(out, '&');
		buf_puts(out, v[i].text);
		free(v[i].text);
	}
	free(v);
	buf_free(&b);
}


static void
hex(struct buf *b, const unsigned char *md, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		buf_printf(b, "%02x", md[i]);
}

static void
sha256_hex(struct buf *b, const char *data, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	EVP_Digest(data ? data : "", data ? len : 0, md, &n, EVP_sha256(),
	    NULL);
	hex(b, md, n);
}

/* out = HMAC-SHA256(key, msg) */
static unsigned int
hmac(unsigned char out[EVP_MAX_MD_SIZE], const void *key, size_t klen,
    const char *msg)
{
	unsigned int n = 0;

	HMAC(EVP_sha256(), key, (int)klen, (const unsigned char *)msg,
	    strlen(msg), out, &n);
	return n;
}

/* 1 when curl's signature of url (its path as it is) would not be AWS's:
 * a service but S3 whose path has a byte SigV4 encodes again */
static int
curl_cannot_sign(const char *url, const char *service)
{
	const char *p = strstr(url, "://");

	if (strcmp(service, "s3") == 0)
		return 0;
	p = p ? p + 3 : url;
	for (p += strcspn(p, "/?"); *p && *p != '?' && *p != '#'; p++)
		if (!isalnum((unsigned char)*p) && !strchr("-_.~/", *p))
			return 1;
	return 0;
}

/* SigV4 of a request to url (its query canonical already): the
 * Authorization, X-Amz-Date and Host header lines into headers */
static void
sign(struct chttp_auth *a, struct curl_slist **headers, const char *method,
    const char *url, const char *region, const char *service,
    const char *body, size_t body_len)
{
	struct buf cr = BUF_INIT, sts = BUF_INIT, h = BUF_INIT;
	const char *host = strstr(url, "://"), *path, *q;
	unsigned char k[EVP_MAX_MD_SIZE];
	unsigned int kn;
	char amz[32], day[16];
	time_t now = time(NULL);
	struct tm tm;
	size_t hl;

	host = host ? host + 3 : url;
	hl = strcspn(host, "/?#");
	path = host + hl;
	q = strchr(path, '?');
	gmtime_r(&now, &tm);
	strftime(amz, sizeof(amz), "%Y%m%dT%H%M%SZ", &tm);
	strftime(day, sizeof(day), "%Y%m%d", &tm);
	/* the canonical request: the path's bytes encoded (again) */
	buf_printf(&cr, "%s\n", method);
	if (*path != '/')
		buf_putc(&cr, '/');
	buf_pct(&cr, path, strcspn(path, "?#"), "-_.~/");
	buf_printf(&cr, "\n%s\n", q ? q + 1 : "");
	buf_printf(&cr, "host:%.*s\nx-amz-date:%s\n", (int)hl, host, amz);
	if (a->token)
		buf_printf(&cr, "x-amz-security-token:%s\n", a->token);
	buf_printf(&cr, "\nhost;x-amz-date%s\n", a->token ?
	    ";x-amz-security-token" : "");
	sha256_hex(&cr, body, body_len);
	buf_printf(&sts, "AWS4-HMAC-SHA256\n%s\n%s/%s/%s/aws4_request\n", amz,
	    day, region, service);
	sha256_hex(&sts, cr.data, cr.len);
	/* the signing key: HMAC chain from "AWS4" + secret */
	buf_printf(&h, "AWS4%s", a->secret);
	kn = hmac(k, h.data, h.len, day);
	explicit_bzero(h.data, h.len);
	kn = hmac(k, k, kn, region);
	kn = hmac(k, k, kn, service);
	kn = hmac(k, k, kn, "aws4_request");
	kn = hmac(k, k, kn, sts.data);
	buf_reset(&h);
	buf_printf(&h, "Host: %.*s", (int)hl, host);
	*headers = curl_slist_append(*headers, h.data);
	buf_reset(&h);
	buf_printf(&h, "X-Amz-Date: %s", amz);
	*headers = curl_slist_append(*headers, h.data);
	buf_reset(&h);
	buf_printf(&h, "Authorization: AWS4-HMAC-SHA256 Credential=%s/%s/%s/%s/"
	    "aws4_request, SignedHeaders=host;x-amz-date%s, Signature=",
	    a->key_id, day, region, service, a->token ?
	    ";x-amz-security-token" : "");
	hex(&h, k, kn);
	*headers = curl_slist_append(*headers, h.data);
	explicit_bzero(k, sizeof(k));
	explicit_bzero(cr.data, cr.len);
	buf_free(&cr);
	buf_free(&sts);
	buf_free(&h);
}

int
chttp_auth_apply(struct chttp_auth *a, CURL *easy,
    struct curl_slist **headers, const char *method, const char *url,
    const char *region, const char *service, const char *body,
    size_t body_len, struct buf *err)
{
	struct buf b = BUF_INIT;

	if (a->kind == AUTH_BEARER) {
		if (a->token == NULL) {
			buf_puts(err, "no bearer token");
			return -1;
		}
		buf_printf(&b, "Authorization: Bearer %s", a->token);
		*headers = curl_slist_append(*headers, b.data);
		explicit_bzero(b.data, b.len);
		buf_free(&b);
		return 0;
	}
	if (region == NULL || *region == '\0' || service == NULL ||
	    *service == '\0') {
		buf_puts(err, "SigV4 needs the call's region and service");
		return -1;
	}
	if (a->secret == NULL || *a->key_id == '\0') {
		buf_puts(err, "no AWS access key");
		return -1;
	}
	canonical_url(&b, url);
	curl_easy_setopt(easy, CURLOPT_URL, b.data);
	if (curl_cannot_sign(b.data, service))
		sign(a, headers, method, b.data, region, service, body,
		    body_len);
	else {
		buf_reset(&b);
		buf_printf(&b, "aws:amz:%s:%s", region, service);
		curl_easy_setopt(easy, CURLOPT_AWS_SIGV4, b.data);
		curl_easy_setopt(easy, CURLOPT_USERNAME, a->key_id);
		curl_easy_setopt(easy, CURLOPT_PASSWORD, a->secret);
	}
	buf_free(&b);
	if (strcmp(service, "s3") == 0) {
		/* "x-amz-content-sha256: <hex of the body's SHA-256>" */
		buf_puts(&b, "x-amz-content-sha256: ");
		sha256_hex(&b, body, body_len);
		*headers = curl_slist_append(*headers, b.data);
		buf_reset(&b);
	}
	if (a->token != NULL) {
		buf_printf(&b, "X-Amz-Security-Token: %s", a->token);
		*headers = curl_slist_append(*headers, b.data);
		explicit_bzero(b.data, b.len);
	}
	buf_free(&b);
	return 0;
}

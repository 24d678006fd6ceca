/* tlsboot: see tlsboot.h. */
#include "supervisor/tlsboot.h"

#include "common/buf.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/jwt.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct tlsboot {
	struct http_req	*req;
	char		*psk;
	tlsboot_cb	 cb;
	void		*arg;
};

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* The one certificate in pem; NULL when there is none or more than one. */
static X509 *
read_cert(const char *pem, size_t len, char *err, size_t errlen)
{
	BIO *bio;
	X509 *x, *extra;

	if (len > (size_t)INT32_MAX ||
	    (bio = BIO_new_mem_buf(pem, (int)len)) == NULL) {
		seterr(err, errlen, "certificate too large");
		return NULL;
	}
	if ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) == NULL) {
		seterr(err, errlen, "not a PEM certificate");
		BIO_free(bio);
		ERR_clear_error();
		return NULL;
	}
	if ((extra = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
		seterr(err, errlen, "more than one certificate (expected only "
		    "the core's root CA)");
		X509_free(extra);
		X509_free(x);
		BIO_free(bio);
		return NULL;
	}
	ERR_clear_error();
	BIO_free(bio);
	return x;
}

static int
fingerprint(X509 *x, char out[TLSBOOT_FP_LEN], char *err, size_t errlen)
{
	static const char hex[] = "0123456789ABCDEF";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n, i;

	if (!X509_digest(x, EVP_sha256(), md, &n) || n != 32) {
		seterr(err, errlen, "cannot compute the SHA-256 fingerprint");
		ERR_clear_error();
		return -1;
	}
	for (i = 0; i < n; i++) {
		out[3 * i] = hex[md[i] >> 4];
		out[3 * i + 1] = hex[md[i] & 0xf];
		out[3 * i + 2] = ':';
	}
	out[3 * n - 1] = '\0';
	return 0;
}

int
tlsboot_fingerprint(const char *pem, size_t len, char out[TLSBOOT_FP_LEN],
    char *err, size_t errlen)
{
	X509 *x;
	int rv;

	if ((x = read_cert(pem, len, err, errlen)) == NULL)
		return -1;
	rv = fingerprint(x, out, err, errlen);
	X509_free(x);
	return rv;
}

static char *
to_pem(X509 *x)
{
	BIO *bio;
	char *p, *s;
	long n;

	if ((bio = BIO_new(BIO_s_mem())) == NULL ||
	    !PEM_write_bio_X509(bio, x))
		fatalx("tlsboot: cannot encode the CA certificate");
	n = BIO_get_mem_data(bio, &p);
	s = xmalloc((size_t)n + 1);
	memcpy(s, p, (size_t)n);
	s[n] = '\0';
	BIO_free(bio);
	return s;
}

int
tlsboot_verify(const char *pem, size_t len, const char *authorization,
    const char *psk, time_t now, char **out_pem, char *err, size_t errlen)
{
	char fp[TLSBOOT_FP_LEN], why[256];
	json_object *claims = NULL, *v;
	const char *tok, *claim;
	X509 *x;
	int rv = -1;

	*out_pem = NULL;
	if ((x = read_cert(pem, len, why, sizeof(why))) == NULL) {
		seterr(err, errlen, "the core's CA download is unusable: %s",
		    why);
		return -1;
	}
	if (fingerprint(x, fp, err, errlen) == -1)
		goto out;
	if (psk == NULL || *psk == '\0') {
		rv = 0;
		goto out;
	}
	if (authorization == NULL) {
		seterr(err, errlen, "the core sent its CA certificate without "
		    "an Authorization header (core started without a PSK?); "
		    "refusing it");
		goto out;
	}
	if (strncasecmp(authorization, "Bearer ", 7) != 0) {
		seterr(err, errlen, "the core's CA certificate came with an "
		    "Authorization header that is not \"Bearer <token>\"; "
		    "refusing it");
		goto out;
	}
	for (tok = authorization + 7; *tok == ' '; tok++)
		;
	if (jwt_verify(psk, tok, now, &claims, why, sizeof(why)) != 0) {
		seterr(err, errlen, "the token signing the core's CA "
		    "certificate does not verify with our PSK (wrong PSK, or "
		    "clocks more than 5 minutes apart?): %s; refusing it", why);
		goto out;
	}
	if (!json_object_object_get_ex(claims, "sha256_fingerprint", &v) ||
	    !json_object_is_type(v, json_type_string)) {
		seterr(err, errlen, "the token signing the core's CA "
		    "certificate has no sha256_fingerprint claim; refusing it");
		goto out;
	}
	claim = json_object_get_string(v);
	if (strcasecmp(claim, fp) != 0) {
		seterr(err, errlen, "the core's CA certificate has fingerprint "
		    "%s but the core signed %s (MITM attack?); refusing it",
		    fp, claim);
		goto out;
	}
	rv = 0;
 out:
	if (rv == 0)
		*out_pem = to_pem(x);
	json_object_put(claims);
	X509_free(x);
	return rv;
}

static void
fetched(const struct http_res *res, void *arg)
{
	struct tlsboot *tb = arg;
	char err[512], *pem = NULL;

	tb->req = NULL;
	if (res->failed)
		snprintf(err, sizeof(err), "GET /ca/cert failed: %s",
		    res->error ? res->error : "transport error");
	else if (res->status != 200)
		snprintf(err, sizeof(err), "GET /ca/cert: HTTP %ld", res->status);
	else if (tlsboot_verify(buf_str(&res->body), res->body.len,
	    http_res_header(res, "Authorization"), tb->psk, time(NULL), &pem,
	    err, sizeof(err)) == 0) {
		if (tb->psk == NULL)
			log_warnx("core: trusting the CA certificate downloaded "
			    "from the core without verification (no --psk); "
			    "use --ca-cert or --psk to avoid this");
		else
			log_info("core: CA certificate verified with the PSK");
	}
	tb->cb(pem, res->failed ? 0 : res->status, pem ? NULL : err, tb->arg);
	free(pem);
	tlsboot_cancel(tb);
}

struct tlsboot *
tlsboot_start(struct http *boot, const char *url, const char *psk,
    tlsboot_cb cb, void *arg)
{
	struct http_req_opts o;
	struct tlsboot *tb;

	tb = xcalloc(1, sizeof(*tb));
	tb->psk = psk != NULL && *psk != '\0' ? xstrdup(psk) : NULL;
	tb->cb = cb;
	tb->arg = arg;
	memset(&o, 0, sizeof(o));
	o.method = "GET";
	o.url = url;
	o.no_auth = 1;
	o.no_verify = 1;
	o.timeout_ms = 30000;
	tb->req = http_request(boot, &o, fetched, tb);
	return tb;
}

void
tlsboot_cancel(struct tlsboot *tb)
{
	if (tb == NULL)
		return;
	if (tb->req != NULL)
		http_cancel(tb->req);
	if (tb->psk != NULL) {
		explicit_bzero(tb->psk, strlen(tb->psk));
		free(tb->psk);
	}
	free(tb);
}

/* webcert: see webcert.h. */
#include "supervisor/webcert.h"

#include "common/buf.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/tls.h"
#include "supervisor/backoff.h"
#include "supervisor/core.h"

#include <sys/socket.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#include <ifaddrs.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#define SIGN_TIMEOUT_MS	60000
#define DAY_S		86400
#define MIN_RENEW_S	60

struct webcert {
	struct event_base	*base;
	struct core		*core;
	char			*cn, *host;
	webcert_cb		 cb;
	void			*arg;
	struct http_req		*req;
	EVP_PKEY		*key;		/* of the request in flight */
	struct event		*timer;		/* retry or renewal */
	struct backoff		 bo;
	int			 have;		/* a certificate is in use */
	int			 failing;	/* logged in this outage */
};

/* ---- the request -------------------------------------------------------- */

static void
add_name(GENERAL_NAMES *gens, int type, const char *v)
{
	GENERAL_NAME *g;
	ASN1_IA5STRING *s;
	ASN1_OCTET_STRING *ip;
	int i;

	for (i = 0; i < sk_GENERAL_NAME_num(gens); i++) {
		int t;
		void *d = GENERAL_NAME_get0_value(sk_GENERAL_NAME_value(gens,
		    i), &t);

		if (t == GEN_DNS && type == GEN_DNS &&
		    strcasecmp((const char *)ASN1_STRING_get0_data(d), v) == 0)
			return;
	}
	if (type == GEN_IPADD) {
		if ((ip = a2i_IPADDRESS(v)) == NULL)
			return;
		for (i = 0; i < sk_GENERAL_NAME_num(gens); i++) {
			int t;
			void *d = GENERAL_NAME_get0_value(
			    sk_GENERAL_NAME_value(gens, i), &t);

			if (t == GEN_IPADD && ASN1_OCTET_STRING_cmp(d, ip) ==
			    0) {
				ASN1_OCTET_STRING_free(ip);
				return;
			}
		}
		g = GENERAL_NAME_new();
		GENERAL_NAME_set0_value(g, GEN_IPADD, ip);
	} else {
		s = ASN1_IA5STRING_new();
		ASN1_STRING_set(s, v, -1);
		g = GENERAL_NAME_new();
		GENERAL_NAME_set0_value(g, GEN_DNS, s);
	}
	sk_GENERAL_NAME_push(gens, g);
}

static int
is_ip(const char *s)
{
	unsigned char a[16];

	return inet_pton(AF_INET, s, a) == 1 || inet_pton(AF_INET6, s, a) == 1;
}

/* the names a client may reach this host by (no DNS look-ups: they
 * could block the loop) */
static GENERAL_NAMES *
local_names(const char *host)
{
	GENERAL_NAMES *gens = sk_GENERAL_NAME_new_null();
	struct ifaddrs *ifa, *i;
	char name[256], addr[INET6_ADDRSTRLEN];
	const void *a;

	add_name(gens, GEN_DNS, "localhost");
	if (gethostname(name, sizeof(name)) == 0 && name[0] != '\0') {
		name[sizeof(name) - 1] = '\0';
		add_name(gens, GEN_DNS, name);
	}
	if (host != NULL && *host != '\0' && strcmp(host, "::") != 0 &&
	    strcmp(host, "0.0.0.0") != 0)
		add_name(gens, is_ip(host) ? GEN_IPADD : GEN_DNS, host);
	add_name(gens, GEN_IPADD, "127.0.0.1");
	add_name(gens, GEN_IPADD, "::1");
	if (getifaddrs(&ifa) == 0) {
		for (i = ifa; i != NULL; i = i->ifa_next) {
			if (i->ifa_addr == NULL)
				continue;
			if (i->ifa_addr->sa_family == AF_INET)
				a = &((struct sockaddr_in *)(void *)
				    i->ifa_addr)->sin_addr;
			else if (i->ifa_addr->sa_family == AF_INET6 &&
			    !IN6_IS_ADDR_LINKLOCAL(&((struct sockaddr_in6 *)
			    (void *)i->ifa_addr)->sin6_addr))
				a = &((struct sockaddr_in6 *)(void *)
				    i->ifa_addr)->sin6_addr;
			else
				continue;
			if (inet_ntop(i->ifa_addr->sa_family, a, addr,
			    sizeof(addr)) != NULL)
				add_name(gens, GEN_IPADD, addr);
		}
		freeifaddrs(ifa);
	}
	return gens;
}

int
webcert_csr(const char *cn, const char *host, EVP_PKEY **keyp, char **pem,
    char *err, size_t errlen)
{
	STACK_OF(X509_EXTENSION) *exts = NULL;
	GENERAL_NAMES *gens = NULL;
	X509_REQ *req = NULL;
	EVP_PKEY *key;
	BIO *bio = NULL;
	BUF_MEM *mem;
	char why[256];
	int ok = 0;

	ERR_clear_error();
	*pem = NULL;
	if ((key = EVP_EC_gen("P-256")) == NULL ||
	    (req = X509_REQ_new()) == NULL ||
	    X509_REQ_set_version(req, 0) != 1 ||
	    X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(req), "CN",
	    MBSTRING_UTF8, (const unsigned char *)cn, -1, -1, 0) != 1 ||
	    X509_REQ_set_pubkey(req, key) != 1)
		goto done;
	gens = local_names(host);
	if (X509V3_add1_i2d(&exts, NID_subject_alt_name, gens, 0,
	    X509V3_ADD_DEFAULT) != 1 ||
	    X509_REQ_add_extensions(req, exts) != 1 ||
	    X509_REQ_sign(req, key, EVP_sha256()) <= 0 ||
	    (bio = BIO_new(BIO_s_mem())) == NULL ||
	    PEM_write_bio_X509_REQ(bio, req) != 1)
		goto done;
	BIO_get_mem_ptr(bio, &mem);
	*pem = xmalloc(mem->length + 1);
	memcpy(*pem, mem->data, mem->length);
	(*pem)[mem->length] = '\0';
	ok = 1;
 done:
	if (!ok) {
		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "cannot make a certificate request: %s",
		    why);
		EVP_PKEY_free(key);
		key = NULL;
	}
	*keyp = key;
	BIO_free(bio);
	GENERAL_NAMES_free(gens);
	sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
	X509_REQ_free(req);
	return ok ? 0 : -1;
}

SSL_CTX *
webcert_ctx(const char *pem, size_t len, EVP_PKEY *key, time_t *not_after,
    char *err, size_t errlen)
{
	BIO *bio;
	X509 *x = NULL;
	SSL_CTX *ctx = NULL;
	struct tm tm;
	char why[256];

	ERR_clear_error();
	if (pem == NULL || len == 0) {
		snprintf(err, errlen, "the answer is empty");
		return NULL;
	}
	if (len > INT32_MAX || (bio = BIO_new_mem_buf(pem, (int)len)) == NULL)
		goto fail;
	x = PEM_read_bio_X509(bio, NULL, NULL, NULL);
	BIO_free(bio);
	if (x == NULL) {
		snprintf(err, errlen, "the answer is not a PEM certificate");
		return NULL;
	}
	if (X509_check_private_key(x, key) != 1) {
		snprintf(err, errlen, "the certificate is not for our key");
		X509_free(x);
		ERR_clear_error();
		return NULL;
	}
	if (ASN1_TIME_to_tm(X509_get0_notAfter(x), &tm) != 1)
		goto fail;
	*not_after = timegm(&tm);
	ctx = tls_server_ctx(NULL, x, key, err, errlen);
	X509_free(x);
	return ctx;
 fail:
	tls_errors(why, sizeof(why));
	snprintf(err, errlen, "the answer is not a usable certificate: %s",
	    why);
	X509_free(x);
	return NULL;
}

long
webcert_renew_in(long left)
{
	if (left > 2 * DAY_S)
		return left - DAY_S;
	return left / 2 > MIN_RENEW_S ? left / 2 : MIN_RENEW_S;
}

/* ---- the exchange with the core ----------------------------------------- */

static void
later(struct webcert *wc, long secs)
{
	struct timeval tv = { secs, 0 };

	evtimer_add(wc->timer, &tv);
}

static void failed(struct webcert *, int, const char *, ...)
    __attribute__((format(printf, 3, 4)));

/* Logged once per outage: an error when the core refused or answered
 * nonsense, a warning when it could not be reached (the session reports
 * that outage too). */
static void
failed(struct webcert *wc, int refused, const char *fmt, ...)
{
	struct timeval tv;
	char line[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (wc->failing)
		log_debug("web: %s", line);
	else
		(refused ? log_errorx : log_warnx)("web: %s; %s", line,
		    wc->have ? "keeping the current certificate, asking again "
		    "with backoff" : "no https endpoints until it works, "
		    "asking again with backoff");
	wc->failing = 1;
	backoff_tv(backoff_next(&wc->bo), &tv);
	evtimer_add(wc->timer, &tv);
}

static void
signed_cb(const struct http_res *res, void *arg)
{
	struct webcert *wc = arg;
	SSL_CTX *ctx;
	time_t na;
	long left;
	char err[512];

	wc->req = NULL;
	if (res->failed) {
		failed(wc, 0, "no certificate from the core yet: %s",
		    res->error);
		goto out;
	}
	if (res->status != 200) {
		failed(wc, 1, "the core refused to sign our certificate "
		    "(POST /ca/sign): HTTP %ld: %.200s", res->status,
		    buf_str(&res->body));
		goto out;
	}
	if ((ctx = webcert_ctx(res->body.data, res->body.len, wc->key, &na,
	    err, sizeof(err))) == NULL) {
		failed(wc, 1, "POST /ca/sign: %s", err);
		goto out;
	}
	left = (long)(na - time(NULL));
	log_info("web: %s certificate signed by the core's CA, valid for "
	    "%ld h", wc->have ? "a renewed" : "a", left / 3600);
	wc->have = 1;
	wc->failing = 0;
	backoff_reset(&wc->bo);
	later(wc, webcert_renew_in(left));
	wc->cb(ctx, wc->arg);
 out:
	EVP_PKEY_free(wc->key);
	wc->key = NULL;
}

static void
request(struct webcert *wc)
{
	struct http_req_opts o;
	struct http *h = core_http(wc->core);
	char err[512], *csr, *url;

	if (wc->req != NULL)
		return;
	if (h == NULL) {	/* the session is starting again */
		later(wc, MIN_RENEW_S);
		return;
	}
	if (webcert_csr(wc->cn, wc->host, &wc->key, &csr, err,
	    sizeof(err)) == -1) {
		failed(wc, 1, "%s", err);
		return;
	}
	url = core_url(wc->core, "/ca/sign");
	memset(&o, 0, sizeof(o));
	o.method = "POST";
	o.url = url;
	o.body = csr;
	o.body_len = strlen(csr);
	o.timeout_ms = SIGN_TIMEOUT_MS;
	wc->req = http_request(h, &o, signed_cb, wc);
	free(url);
	free(csr);
}

static void
timer_cb(evutil_socket_t fd, short ev, void *arg)
{
	request(arg);
}

struct webcert *
webcert_new(struct event_base *base, struct core *core, const char *cn,
    const char *host, webcert_cb cb, void *arg)
{
	struct webcert *wc = xcalloc(1, sizeof(*wc));
	struct backoff bo = BACKOFF_INIT;

	wc->base = base;
	wc->core = core;
	wc->cn = xstrdup(cn);
	wc->host = xstrdup(host ? host : "");
	wc->cb = cb;
	wc->arg = arg;
	wc->bo = bo;
	if ((wc->timer = evtimer_new(base, timer_cb, wc)) == NULL)
		fatalx("web: evtimer_new failed");
	return wc;
}

void
webcert_start(struct webcert *wc)
{
	if (wc->have || wc->req != NULL || evtimer_pending(wc->timer, NULL))
		return;
	request(wc);
}

void
webcert_free(struct webcert *wc)
{
	if (wc == NULL)
		return;
	if (wc->req != NULL)
		http_cancel(wc->req);
	EVP_PKEY_free(wc->key);
	event_free(wc->timer);
	free(wc->cn);
	free(wc->host);
	free(wc);
}

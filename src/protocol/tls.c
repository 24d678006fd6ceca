/* tls: see tls.h. */
#include "protocol/tls.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

void
tls_errors(char *out, size_t outlen)
{
	unsigned long e;
	const char *r;
	size_t n = 0;

	out[0] = '\0';
	while ((e = ERR_get_error()) != 0) {
		if ((r = ERR_reason_error_string(e)) == NULL)
			r = "unknown reason";
		if (n < outlen)
			n += (size_t)snprintf(out + n, outlen - n, "%s%s",
			    n ? ": " : "", r);
	}
	if (out[0] == '\0')
		snprintf(out, outlen, "unknown TLS error");
}

/* Read every certificate of bio into sk; -1 when there is none or one is
 * broken. */
static int
read_certs(BIO *bio, STACK_OF(X509) *sk)
{
	X509 *x;
	unsigned long e;
	int n = 0;

	while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
		if (!sk_X509_push(sk, x)) {
			X509_free(x);
			return -1;
		}
		n++;
	}
	e = ERR_peek_last_error();
	if (n > 0 && ERR_GET_LIB(e) == ERR_LIB_PEM &&
	    ERR_GET_REASON(e) == PEM_R_NO_START_LINE) {
		ERR_clear_error();	/* the normal end of the file */
		return 0;
	}
	return -1;
}

int
tls_load_cas(const struct tls_opts *o, STACK_OF(X509) **out, char *err,
    size_t errlen)
{
	STACK_OF(X509) *sk;
	BIO *bio;
	char why[256];

	*out = NULL;
	if (o == NULL || (o->ca_file == NULL && o->ca_pem == NULL))
		return 0;
	if ((sk = sk_X509_new_null()) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	ERR_clear_error();
	if (o->ca_file != NULL) {
		if ((bio = BIO_new_file(o->ca_file, "r")) == NULL) {
			tls_errors(why, sizeof(why));
			snprintf(err, errlen, "CA file %s: %s", o->ca_file, why);
			goto fail;
		}
		if (read_certs(bio, sk) == -1) {
			BIO_free(bio);
			tls_errors(why, sizeof(why));
			snprintf(err, errlen, "CA file %s: no PEM certificate "
			    "or a broken one (%s)", o->ca_file, why);
			goto fail;
		}
		BIO_free(bio);
	}
	if (o->ca_pem != NULL) {
		if ((bio = BIO_new_mem_buf(o->ca_pem, -1)) == NULL ||
		    read_certs(bio, sk) == -1) {
			BIO_free(bio);
			tls_errors(why, sizeof(why));
			snprintf(err, errlen, "CA certificate (PEM in memory): "
			    "no PEM certificate or a broken one (%s)", why);
			goto fail;
		}
		BIO_free(bio);
	}
	*out = sk;
	return 0;
 fail:
	sk_X509_pop_free(sk, X509_free);
	return -1;
}

void
tls_store_add(X509_STORE *store, STACK_OF(X509) *cas)
{
	int i;

	for (i = 0; cas != NULL && i < sk_X509_num(cas); i++)
		X509_STORE_add_cert(store, sk_X509_value(cas, i));	/* takes a reference */
	ERR_clear_error();	/* "already in the store" is not an error */
}

static int
pass_cb(char *buf, int size, int rwflag, void *u)
{
	size_t n = strlen(u);

	if (n >= (size_t)size)
		return 0;
	memcpy(buf, u, n);
	return (int)n;
}

/* The certificate chain and key files of o into ctx; -1 with err. */
static int
use_cert_files(SSL_CTX *ctx, const struct tls_opts *o, char *err,
    size_t errlen)
{
	char why[256];
	int rc = -1;

	if (SSL_CTX_use_certificate_chain_file(ctx, o->cert) != 1) {
		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "certificate %s: %s", o->cert, why);
		return -1;
	}
	if (o->key_pass != NULL) {
		SSL_CTX_set_default_passwd_cb(ctx, pass_cb);
		SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)o->key_pass);
	}
	if (SSL_CTX_use_PrivateKey_file(ctx, o->key ? o->key : o->cert,
	    SSL_FILETYPE_PEM) != 1) {
		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "private key %s: %s",
		    o->key ? o->key : o->cert, why);
	} else if (SSL_CTX_check_private_key(ctx) != 1) {
		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "private key %s does not match "
		    "certificate %s: %s", o->key ? o->key : o->cert, o->cert,
		    why);
	} else
		rc = 0;
	SSL_CTX_set_default_passwd_cb(ctx, NULL);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	return rc;
}

static SSL_CTX *
ctx_new(const SSL_METHOD *method, char *err, size_t errlen)
{
	SSL_CTX *ctx;
	char why[256];

	ERR_clear_error();
	if ((ctx = SSL_CTX_new(method)) == NULL) {
		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "TLS context: %s", why);
		return NULL;
	}
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
	return ctx;
}

SSL_CTX *
tls_client_ctx(const struct tls_opts *o, char *err, size_t errlen)
{
	SSL_CTX *ctx;
	STACK_OF(X509) *cas = NULL;
	char why[256];

	if ((ctx = ctx_new(TLS_client_method(), err, errlen)) == NULL)
		return NULL;
	if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "TLS system trust store: %s", why);
		goto fail;
	}
	if (tls_load_cas(o, &cas, err, errlen) == -1)
		goto fail;
	tls_store_add(SSL_CTX_get_cert_store(ctx), cas);
	sk_X509_pop_free(cas, X509_free);
	SSL_CTX_set_verify(ctx, o == NULL || o->verify ? SSL_VERIFY_PEER :
	    SSL_VERIFY_NONE, NULL);
	if (o == NULL || o->cert == NULL ||
	    use_cert_files(ctx, o, err, errlen) == 0)
		return ctx;
 fail:
	SSL_CTX_free(ctx);
	return NULL;
}

SSL_CTX *
tls_server_ctx(const struct tls_opts *o, X509 *cert, EVP_PKEY *key,
    char *err, size_t errlen)
{
	SSL_CTX *ctx;
	char why[256];

	if ((ctx = ctx_new(TLS_server_method(), err, errlen)) == NULL)
		return NULL;
	if (o != NULL) {
		if (use_cert_files(ctx, o, err, errlen) == 0)
			return ctx;
	} else if (SSL_CTX_use_certificate(ctx, cert) != 1 ||
	    SSL_CTX_use_PrivateKey(ctx, key) != 1 ||
	    SSL_CTX_check_private_key(ctx) != 1) {
		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "server certificate: %s", why);
	} else
		return ctx;
	SSL_CTX_free(ctx);
	return NULL;
}

int
tls_client_host(SSL *ssl, const char *host, char *err, size_t errlen)
{
	unsigned char a[16];
	int ip, ok = 1;

	ip = inet_pton(AF_INET, host, a) == 1 || inet_pton(AF_INET6, host, a) == 1;
	if (!ip && SSL_set_tlsext_host_name(ssl, host) != 1)
		ok = 0;
	if (ok && (SSL_get_verify_mode(ssl) & SSL_VERIFY_PEER)) {
		if (ip)
			ok = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl),
			    host) == 1;
		else {
			SSL_set_hostflags(ssl,
			    X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
			ok = SSL_set1_host(ssl, host) == 1;
		}
	}
	if (!ok) {
		char why[256];

		tls_errors(why, sizeof(why));
		snprintf(err, errlen, "TLS setup for host %s: %s", host, why);
		return -1;
	}
	return 0;
}

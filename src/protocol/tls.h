/*
 * tls: OpenSSL contexts: the client ones for the connections to the core
 * and the server one of the worker's own endpoints (web.h). Owns how
 * the trust store is built (system default paths plus the core's CA from a
 * file or from memory), peer verification on/off, the optional client
 * certificate, TLS >= 1.2, and the per-connection SNI and host name (or
 * IP address) check. The websocket client uses the SSL_CTX directly; the
 * REST client hands the same CA certificates to libcurl.
 */
#ifndef RW_TLS_H
#define RW_TLS_H

#include <stddef.h>

#include <openssl/ssl.h>
#include <openssl/x509.h>

struct tls_opts {
	const char	*ca_file;	/* PEM file with extra trusted CAs, or NULL */
	const char	*ca_pem;	/* the same in memory (the core's CA), or NULL */
	int		 verify;	/* 1: verify the peer (and its host name) */
	const char	*cert, *key, *key_pass;	/* client certificate, or NULL */
};

/* A new client context as opts says (NULL opts: verify against the system
 * store). NULL and a reason in err (naming the file) on failure. */
SSL_CTX	*tls_client_ctx(const struct tls_opts *, char *err, size_t errlen);

/* A server context (TLS >= 1.2) with the certificate chain and key files
 * of opts (cert, key, key_pass), or, with opts NULL, cert and key (the
 * context takes its own references). NULL and err on failure (naming the
 * file). */
SSL_CTX	*tls_server_ctx(const struct tls_opts *, X509 *cert, EVP_PKEY *key,
	    char *err, size_t errlen);

/* The extra CAs of opts (ca_file, then ca_pem) as a stack of certificates;
 * *out is NULL when there are none. -1 and err when one cannot be read. */
int	 tls_load_cas(const struct tls_opts *, STACK_OF(X509) **out,
	    char *err, size_t errlen);
/* Add every certificate of cas to store (NULL cas: nothing). */
void	 tls_store_add(X509_STORE *store, STACK_OF(X509) *cas);

/* Prepare ssl for a connection to host (no brackets for IPv6): SNI for
 * names (never for IP literals) and, when the context verifies the peer,
 * the host name or IP address check. -1 and err on failure. */
int	 tls_client_host(SSL *ssl, const char *host, char *err, size_t errlen);

/* The reasons of OpenSSL's error queue, ": "-joined, into out; the queue
 * is emptied. "unknown TLS error" when it is empty. */
void	 tls_errors(char *out, size_t outlen);

#endif

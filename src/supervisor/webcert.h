/*
 * webcert: the certificate of the worker's own HTTPS endpoints when no
 * --cert/--cert-key is given, signed by the core's CA as the reference
 * gets it (core-protocol.md 3.2): a new key, a CSR with subject CN = the
 * subscriber id and the local names and addresses as subjectAltName
 * (localhost, the host name, web_host when it names one, 127.0.0.1, ::1
 * and the addresses of the local interfaces), POST CORE/ca/sign with the
 * PSK token over the verified connection; the answer must be a
 * certificate for our key. Owns the key (in memory only, never written),
 * the retries with backoff when the core refuses or is away (the first
 * failure of an outage is an error, repeats are debug), and the renewal:
 * one day before the certificate expires (or half-way when it has less
 * than two days left), a new key and certificate replace the old ones.
 *
 * The key is EC P-256, not the reference's RSA 2048: generating it takes
 * microseconds instead of up to half a second of the supervisor's loop;
 * the core signs any key type.
 */
#ifndef RW_WEBCERT_H
#define RW_WEBCERT_H

#include <stddef.h>
#include <time.h>

#include <openssl/ssl.h>

struct event_base;
struct core;
struct webcert;

/* A server context with the new certificate; the callee owns it. */
typedef void (*webcert_cb)(SSL_CTX *, void *arg);

/* cn: the subject's common name; host: web_host (a wildcard adds
 * nothing). */
struct webcert *webcert_new(struct event_base *, struct core *,
	    const char *cn, const char *host, webcert_cb, void *arg);
/* Ask the core now if there is no certificate yet and no request in
 * flight (core_http() must be ready). */
void	webcert_start(struct webcert *);
void	webcert_free(struct webcert *);

/* The pure parts, for tests. A new key and the PEM CSR (malloc'd). */
int	webcert_csr(const char *cn, const char *host, EVP_PKEY **key,
	    char **pem, char *err, size_t errlen);
/* The core's answer for key: a server context, and when the certificate
 * expires; NULL and err when it is not a certificate for key. */
SSL_CTX	*webcert_ctx(const char *pem, size_t len, EVP_PKEY *key,
	    time_t *not_after, char *err, size_t errlen);

/* Seconds until the renewal of a certificate valid for `left` more
 * seconds: a day before it expires, half-way with less than two days
 * left, never sooner than a minute. */
long	webcert_renew_in(long left);

#endif

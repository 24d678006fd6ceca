/*
 * tlsboot: the trust bootstrap of core-protocol.md 3.1. When the core URI
 * is https and no --ca-cert is given, the session fetches the core's root
 * CA from GET CORE/ca/cert without verification (it is how the trust
 * anchor is obtained), and with a PSK checks it: the response's
 * Authorization JWT must verify with our PSK and its sha256_fingerprint
 * claim must equal SHA-256 over the certificate's DER (uppercase hex, ':'
 * joined). A missing token, a bad signature or a mismatch refuses the CA
 * with an error naming the likely cause. Without a PSK the CA is trusted
 * as downloaded (logged). The result is one re-encoded PEM certificate,
 * used together with the system roots for every later connection.
 *
 * POST /ca/sign (3.2) is not done here: that certificate is only for the
 * worker's own HTTPS endpoints (webcert.h).
 */
#ifndef RW_TLSBOOT_H
#define RW_TLSBOOT_H

#include <stddef.h>
#include <time.h>

struct http;
struct tlsboot;

#define TLSBOOT_FP_LEN	96	/* 32 bytes as "AA:BB:..." + NUL */

/* pem: the verified CA (valid during the call) or NULL; err says why not.
 * status: the HTTP status of the download (0: transport error). The
 * tlsboot is freed after the callback returns: forget the pointer there,
 * do not cancel it. */
typedef void (*tlsboot_cb)(const char *pem, long status, const char *err,
	    void *arg);

/* Start the download with `boot` (an http without CA; the request is
 * sent without verification and without Authorization). url is
 * CORE/ca/cert; psk NULL or "" means none. */
struct tlsboot *tlsboot_start(struct http *boot, const char *url,
	    const char *psk, tlsboot_cb, void *arg);
void	tlsboot_cancel(struct tlsboot *);

/* The checks, without I/O. authorization: the response's Authorization
 * header or NULL. On success *out_pem is the one certificate re-encoded
 * as PEM (malloc'd). -1 with err otherwise. */
int	tlsboot_verify(const char *pem, size_t len, const char *authorization,
	    const char *psk, time_t now, char **out_pem, char *err,
	    size_t errlen);
/* SHA-256 over the DER of the only certificate in pem. */
int	tlsboot_fingerprint(const char *pem, size_t len,
	    char out[TLSBOOT_FP_LEN], char *err, size_t errlen);

#endif

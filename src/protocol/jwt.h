/*
 * jwt: the PSK tokens of Resoto (core-protocol.md 2): HS256 JWTs whose
 * HMAC key is PBKDF2-HMAC-SHA256(psk, salt, 100000 iterations, 32 bytes),
 * the salt travelling in the JOSE header as standard base64. Owns the key
 * derivation, encoding (our Authorization tokens) and verification (the
 * token the core puts on GET /ca/cert). The PSK is registered with
 * log_secret(); neither it nor a token is ever logged.
 */
#ifndef RW_JWT_H
#define RW_JWT_H

#include <stddef.h>
#include <time.h>

#include <json-c/json.h>

struct buf;
struct jwt_key;

#define JWT_SALT_LEN	16
#define JWT_LIFETIME_S	300	/* exp = now + 300, as the reference */

/* Derive the key once, with a random salt (expensive: 100000 rounds).
 * NULL when psk is NULL or empty (no PSK: no tokens). */
struct jwt_key	*jwt_key_new(const char *psk);
/* A fresh compact token, claims {"exp":now+300}, signed with the key and
 * salt of k (cheap: one HMAC). Caller frees. */
char		*jwt_token(struct jwt_key *k, time_t now);
void		 jwt_key_free(struct jwt_key *k);

/* Encode claims_json (used verbatim as the payload) with a key derived
 * from psk and salt; appends the compact token to out. 0, or -1 when the
 * derivation fails. For tests and one-off tokens. */
int	jwt_encode(const char *psk, const unsigned char salt[JWT_SALT_LEN],
	    const char *claims_json, struct buf *out);

/* Verify a PSK token: HS256 only, key re-derived from the header's salt,
 * signature compared in constant time, "exp" (when present) must be later
 * than now (no leeway). 0 and *claims (caller puts it) when valid; -1 and
 * a reason in err otherwise ("bad signature (wrong PSK?)", "token expired",
 * "malformed token: ..."). claims may be NULL. */
int	jwt_verify(const char *psk, const char *token, time_t now,
	    json_object **claims, char *err, size_t errlen);

#endif

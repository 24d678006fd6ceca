/*
 * blake2b: BLAKE2b (RFC 7693) with a configurable digest size (1..64
 * bytes), unkeyed. Owns nothing but the hash state. Used for node ids
 * (digest size 16) and the random collector's ids (6 and 10): OpenSSL 3.0
 * only offers the 64-byte variant.
 */
#ifndef RW_BLAKE2B_H
#define RW_BLAKE2B_H

#include <stddef.h>
#include <stdint.h>

#define BLAKE2B_OUTMAX	64

struct blake2b {
	uint64_t	h[8];
	uint64_t	t[2];
	uint8_t		b[128];
	size_t		c;
	size_t		outlen;
};

void	blake2b_init(struct blake2b *, size_t outlen);	/* 1 <= outlen <= 64 */
void	blake2b_update(struct blake2b *, const void *, size_t);
void	blake2b_final(struct blake2b *, uint8_t *out);	/* outlen bytes */
/* One call: out gets outlen bytes. */
void	blake2b(uint8_t *out, size_t outlen, const void *in, size_t inlen);
/* Lowercase hex of the digest into hex (2 * outlen + 1 bytes). */
void	blake2b_hex(char *hex, size_t outlen, const void *in, size_t inlen);

#endif

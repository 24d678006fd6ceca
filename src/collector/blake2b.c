/* blake2b: see blake2b.h. Straight from the RFC 7693 description. */
#include "collector/blake2b.h"
#include "common/log.h"

#include <string.h>

static const uint64_t iv[8] = {
	0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL,
	0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
	0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
	0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static const uint8_t sigma[12][16] = {
	{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
	{ 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
	{ 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
	{ 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
	{ 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
	{ 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
	{ 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
	{ 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
	{ 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
	{ 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
	{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
	{ 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
};

static inline uint64_t
rotr(uint64_t x, int n)
{
	return (x >> n) | (x << (64 - n));
}

static inline uint64_t
load64(const uint8_t *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 |
	    (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

#define G(a, b, c, d, x, y) do {				\
	v[a] = v[a] + v[b] + (x); v[d] = rotr(v[d] ^ v[a], 32);	\
	v[c] = v[c] + v[d];       v[b] = rotr(v[b] ^ v[c], 24);	\
	v[a] = v[a] + v[b] + (y); v[d] = rotr(v[d] ^ v[a], 16);	\
	v[c] = v[c] + v[d];       v[b] = rotr(v[b] ^ v[c], 63);	\
} while (0)

/* One round; r is a constant, so the sigma lookups fold into the code
 * once the rounds are written out. */
#define ROUND(r) do {							\
	G(0, 4, 8, 12, m[sigma[r][0]], m[sigma[r][1]]);			\
	G(1, 5, 9, 13, m[sigma[r][2]], m[sigma[r][3]]);			\
	G(2, 6, 10, 14, m[sigma[r][4]], m[sigma[r][5]]);		\
	G(3, 7, 11, 15, m[sigma[r][6]], m[sigma[r][7]]);		\
	G(0, 5, 10, 15, m[sigma[r][8]], m[sigma[r][9]]);		\
	G(1, 6, 11, 12, m[sigma[r][10]], m[sigma[r][11]]);		\
	G(2, 7, 8, 13, m[sigma[r][12]], m[sigma[r][13]]);		\
	G(3, 4, 9, 14, m[sigma[r][14]], m[sigma[r][15]]);		\
} while (0)

static void
compress(struct blake2b *s, int last)
{
	uint64_t v[16], m[16];
	int i;

	for (i = 0; i < 8; i++) {
		v[i] = s->h[i];
		v[i + 8] = iv[i];
	}
	v[12] ^= s->t[0];
	v[13] ^= s->t[1];
	if (last)
		v[14] = ~v[14];
	for (i = 0; i < 16; i++)
		m[i] = load64(s->b + 8 * i);
	ROUND(0);
	ROUND(1);
	ROUND(2);
	ROUND(3);
	ROUND(4);
	ROUND(5);
	ROUND(6);
	ROUND(7);
	ROUND(8);
	ROUND(9);
	ROUND(10);
	ROUND(11);
	for (i = 0; i < 8; i++)
		s->h[i] ^= v[i] ^ v[i + 8];
}

void
blake2b_init(struct blake2b *s, size_t outlen)
{
	int i;

	if (outlen == 0 || outlen > BLAKE2B_OUTMAX)
		fatalx("blake2b: digest size %zu out of 1..64", outlen);
	for (i = 0; i < 8; i++)
		s->h[i] = iv[i];
	/* parameter block: digest length, no key, fanout 1, depth 1 */
	s->h[0] ^= 0x01010000ULL ^ (uint64_t)outlen;
	s->t[0] = s->t[1] = 0;
	s->c = 0;
	s->outlen = outlen;
	/* s->b needs no clearing: blake2b_final() pads what was not written */
}

void
blake2b_update(struct blake2b *s, const void *in, size_t len)
{
	const uint8_t *p = in;
	size_t n;

	while (len > 0) {
		if (s->c == sizeof(s->b)) {
			s->t[0] += s->c;
			if (s->t[0] < s->c)
				s->t[1]++;
			compress(s, 0);
			s->c = 0;
		}
		n = sizeof(s->b) - s->c;
		if (n > len)
			n = len;
		memcpy(s->b + s->c, p, n);
		s->c += n;
		p += n;
		len -= n;
	}
}

void
blake2b_final(struct blake2b *s, uint8_t *out)
{
	size_t i;

	s->t[0] += s->c;
	if (s->t[0] < s->c)
		s->t[1]++;
	memset(s->b + s->c, 0, sizeof(s->b) - s->c);
	compress(s, 1);
	for (i = 0; i < s->outlen; i++)
		out[i] = (uint8_t)(s->h[i >> 3] >> (8 * (i & 7)));
}

void
blake2b(uint8_t *out, size_t outlen, const void *in, size_t inlen)
{
	struct blake2b s;

	blake2b_init(&s, outlen);
	blake2b_update(&s, in, inlen);
	blake2b_final(&s, out);
}

void
blake2b_hex(char *hex, size_t outlen, const void *in, size_t inlen)
{
	static const char digits[] = "0123456789abcdef";
	uint8_t d[BLAKE2B_OUTMAX];
	size_t i;

	blake2b(d, outlen, in, inlen);
	for (i = 0; i < outlen; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 15];
	}
	hex[2 * outlen] = '\0';
}

/*
 * pyrand: see pyrand.h. MT19937 after Matsumoto and Nishimura's reference
 * code (as CPython's _randommodule.c uses it); the helpers follow the
 * documented algorithms of CPython 3.11's Lib/random.py.
 */
#include "collector/pyrand.h"
#include "common/buf.h"

#include <stdlib.h>

#define MT_M		397
#define MATRIX_A	0x9908b0dfU
#define UPPER_MASK	0x80000000U
#define LOWER_MASK	0x7fffffffU

static void
init_genrand(struct pyrand *r, uint32_t s)
{
	int i;

	r->mt[0] = s;
	for (i = 1; i < MT_N; i++)
		r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) +
		    (uint32_t)i;
	r->mti = MT_N;
}

static void
init_by_array(struct pyrand *r, const uint32_t *key, size_t len)
{
	size_t i = 1, j = 0, k;

	init_genrand(r, 19650218U);
	for (k = MT_N > len ? MT_N : len; k; k--) {
		r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) *
		    1664525U)) + key[j] + (uint32_t)j;
		i++;
		j++;
		if (i >= MT_N) {
			r->mt[0] = r->mt[MT_N - 1];
			i = 1;
		}
		if (j >= len)
			j = 0;
	}
	for (k = MT_N - 1; k; k--) {
		r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) *
		    1566083941U)) - (uint32_t)i;
		i++;
		if (i >= MT_N) {
			r->mt[0] = r->mt[MT_N - 1];
			i = 1;
		}
	}
	r->mt[0] = 0x80000000U;
}

void
pyrand_seed(struct pyrand *r, int64_t seed)
{
	uint64_t a = seed < 0 ? 0 - (uint64_t)seed : (uint64_t)seed;
	uint32_t key[2] = { (uint32_t)a, (uint32_t)(a >> 32) };

	/* CPython: the absolute value as 32-bit words, least significant
	 * first, as many as its bit length needs (at least one) */
	init_by_array(r, key, key[1] ? 2 : 1);
}

uint32_t
pyrand_u32(struct pyrand *r)
{
	static const uint32_t mag01[2] = { 0, MATRIX_A };
	uint32_t y;
	int kk;

	if (r->mti >= MT_N) {
		for (kk = 0; kk < MT_N - MT_M; kk++) {
			y = (r->mt[kk] & UPPER_MASK) | (r->mt[kk + 1] & LOWER_MASK);
			r->mt[kk] = r->mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
		}
		for (; kk < MT_N - 1; kk++) {
			y = (r->mt[kk] & UPPER_MASK) | (r->mt[kk + 1] & LOWER_MASK);
			r->mt[kk] = r->mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^
			    mag01[y & 1];
		}
		y = (r->mt[MT_N - 1] & UPPER_MASK) | (r->mt[0] & LOWER_MASK);
		r->mt[MT_N - 1] = r->mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
		r->mti = 0;
	}
	y = r->mt[r->mti++];
	y ^= y >> 11;
	y ^= (y << 7) & 0x9d2c5680U;
	y ^= (y << 15) & 0xefc60000U;
	y ^= y >> 18;
	return y;
}

uint64_t
pyrand_getrandbits(struct pyrand *r, int k)
{
	uint64_t lo;

	if (k <= 0)
		return 0;
	if (k <= 32)
		return pyrand_u32(r) >> (32 - k);
	/* 32-bit words from least to most significant; the last one
	 * keeps only its top bits */
	lo = pyrand_u32(r);
	return lo | (uint64_t)(pyrand_u32(r) >> (64 - (k > 64 ? 64 : k))) << 32;
}

static int
bit_length(uint64_t n)
{
	int k = 0;

	while (n) {
		k++;
		n >>= 1;
	}
	return k;
}

uint64_t
pyrand_below(struct pyrand *r, uint64_t n)
{
	int k = bit_length(n);
	uint64_t v;

	if (n == 0)
		return 0;
	do
		v = pyrand_getrandbits(r, k);
	while (v >= n);
	return v;
}

int
pyrand_randrange(struct pyrand *r, int64_t a, int64_t b, int64_t *out)
{
	if (b <= a)
		return -1;
	*out = a + (int64_t)pyrand_below(r, (uint64_t)b - (uint64_t)a);
	return 0;
}

int
pyrand_randint(struct pyrand *r, int64_t a, int64_t b, int64_t *out)
{
	if (b == INT64_MAX)
		return -1;
	return pyrand_randrange(r, a, b + 1, out);
}

double
pyrand_random(struct pyrand *r)
{
	uint32_t a = pyrand_u32(r) >> 5, b = pyrand_u32(r) >> 6;

	return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

int64_t
pyrand_choice(struct pyrand *r, size_t n)
{
	if (n == 0)
		return -1;
	return (int64_t)pyrand_below(r, n);
}

size_t
pyrand_choices1(struct pyrand *r, size_t n)
{
	/* floor(random() * n): the product is not negative, so the
	 * conversion's truncation is the floor */
	return (size_t)(pyrand_random(r) * (double)n);
}

size_t
pyrand_wchoice(struct pyrand *r, const double *w, size_t n)
{
	double total = 0, cum = 0, x;
	size_t i;

	/* cumulative weights, x = random() * total, bisect_right capped at
	 * n - 1: the first index whose cumulative weight exceeds x */
	for (i = 0; i < n; i++)
		total += w[i];
	x = pyrand_random(r) * total;
	for (i = 0; i + 1 < n; i++) {
		cum += w[i];
		if (x < cum)
			return i;
	}
	return n - 1;
}

/*
 * random.sample's 4 ** ceil(log(3k, 4)) for k > 5: 3k is never a power of
 * 4, so this is the least power of 4 above 3k, which the float expression
 * gives exactly for any k that fits in memory (no libm needed).
 */
static size_t
pow4_above(size_t x)
{
	size_t p = 1;

	while (p < x)
		p *= 4;
	return p;
}

int
pyrand_sample(struct pyrand *r, size_t n, size_t k, size_t *out)
{
	size_t setsize = 21, i, j, *pool;
	unsigned char *sel;

	if (k > n)
		return -1;
	if (k > 5)
		setsize += pow4_above(k * 3);
	if (n <= setsize) {
		pool = xcalloc(n, sizeof(*pool));
		for (i = 0; i < n; i++)
			pool[i] = i;
		for (i = 0; i < k; i++) {
			j = (size_t)pyrand_below(r, n - i);
			out[i] = pool[j];
			pool[j] = pool[n - i - 1];
		}
		free(pool);
	} else {
		sel = xcalloc(n, 1);
		for (i = 0; i < k; i++) {
			do
				j = (size_t)pyrand_below(r, n);
			while (sel[j]);
			sel[j] = 1;
			out[i] = j;
		}
		free(sel);
	}
	return 0;
}

/*
 * Python's round(x): to nearest, ties to even. Adding and taking away 2^52
 * rounds in the default mode (nearest, ties to even) at the units place;
 * from 2^52 on every double is an integer already.
 */
int64_t
py_round(double x)
{
	const double two52 = 4503599627370496.0;

	if (x >= two52 || x <= -two52)
		return (int64_t)x;
	if (x >= 0)
		return (int64_t)((x + two52) - two52);
	return (int64_t)((x - two52) + two52);
}

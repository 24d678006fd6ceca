/*
 * pyrand: CPython 3.11's `random` module, draw for draw: MT19937 seeded with
 * init_by_array from the absolute value of an integer seed, and the Python
 * level helpers the random collector uses (getrandbits, _randbelow, randint,
 * randrange, choice, random, choices, sample). Same seed, same stream as the
 * reference plugin. Owns only the generator state.
 */
#ifndef RW_PYRAND_H
#define RW_PYRAND_H

#include <stddef.h>
#include <stdint.h>

#define MT_N	624

struct pyrand {
	uint32_t	mt[MT_N];
	int		mti;
};

void	 pyrand_seed(struct pyrand *, int64_t seed);	/* random.seed(int) */
uint32_t pyrand_u32(struct pyrand *);			/* genrand_uint32 */
uint64_t pyrand_getrandbits(struct pyrand *, int k);	/* 0 <= k <= 64 */
uint64_t pyrand_below(struct pyrand *, uint64_t n);	/* _randbelow, n >= 1 */
/* randint(a, b) / randrange(a, b): -1 (range empty, Python raises ValueError) or 0 */
int	 pyrand_randint(struct pyrand *, int64_t a, int64_t b, int64_t *out);
int	 pyrand_randrange(struct pyrand *, int64_t a, int64_t b, int64_t *out);
double	 pyrand_random(struct pyrand *);			/* [0, 1), 53 bits */
/* choice(seq): an index; -1 when n == 0 (Python raises IndexError) */
int64_t	 pyrand_choice(struct pyrand *, size_t n);
/* choices(population, k=1) without weights: one index */
size_t	 pyrand_choices1(struct pyrand *, size_t n);
/* choices(population, weights, k=1): one index (n >= 1, weights summing > 0) */
size_t	 pyrand_wchoice(struct pyrand *, const double *weights, size_t n);
/* sample(range(n), k) into out[k]; -1 when k > n (ValueError) */
int	 pyrand_sample(struct pyrand *, size_t n, size_t k, size_t *out);
/* Python's round() of a float to an int: half to even */
int64_t	 py_round(double);

#endif

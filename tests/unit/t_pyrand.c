/* Unit tests of the CPython random module port (src/collector/pyrand.c).
 * Every expected value was printed by CPython 3.11 with the same seed and
 * calls (random.seed(s); random.getrandbits(32) ...). */
#include "t.h"
#include "collector/pyrand.h"

#include <stdint.h>

int
main(void)
{
	static const uint32_t seed1[] = { 577090037, 2444712010, 3639700191,
	    3445702192, 3280387012 };
	static const uint32_t seed_big[] = { 2166296868, 2220160828, 1153647273 };
	static const uint32_t seed_neg3[] = { 1022050301, 2545373330, 2337446730 };
	static const uint64_t bits42[] = { 1, 14, 53710184, 3184935163ULL,
	    4117511471858006928ULL };
	static const int bits42k[] = { 1, 7, 31, 33, 64 };
	static const int64_t ri7n[] = { 0, 1, 2, 5, 100, 1000, 1000000 };
	static const int64_t ri7[] = { 0, 0, 1, 5, 6, 74, 861168 };
	static const int64_t rr7[] = { 41, 19, 50, 83, 6 };
	static const int64_t ch9[] = { 14, 19, 11, 8, 4 };
	static const size_t cs11[] = { 93, 115, 190, 95, 104, 121, 38, 105 };
	static const double wvs[] = { 70, 40, 30, 5, 5, 20, 1 };
	static const size_t wvs12[] = { 1, 2, 2, 0, 0, 0, 0, 2, 2, 1, 1, 2 };
	static const double wit[] = { 10, 10, 20, 50, 20, 10, 5, 5 };
	static const size_t wit12[] = { 3, 3, 3, 1, 0, 3, 2, 4, 3, 3, 3, 3 };
	static const size_t s13a[] = { 8, 9, 21, 29, 25 };
	static const size_t s13b[] = { 2, 3, 9, 6, 1, 5, 4, 0, 7, 8 };
	static const size_t s14a[] = { 109, 630, 719, 773, 667, 539, 962 };
	static const size_t s14b[] = { 15, 17, 16 };
	static const size_t s15a[] = { 6, 0, 16, 1, 5 };
	static const size_t s15b[] = { 7, 0, 1, 4, 11, 20 };
	struct pyrand r;
	size_t out[21], i;
	int64_t v;

	pyrand_seed(&r, 1);
	for (i = 0; i < 5; i++)
		CHECK_INT(pyrand_getrandbits(&r, 32), seed1[i]);
	pyrand_seed(&r, 0);
	CHECK(pyrand_random(&r) == 0.8444218515250481);
	CHECK(pyrand_random(&r) == 0.7579544029403025);
	CHECK(pyrand_random(&r) == 0.420571580830845);
	pyrand_seed(&r, (INT64_C(1) << 40) + 5);	/* two key words */
	for (i = 0; i < 3; i++)
		CHECK_INT(pyrand_u32(&r), seed_big[i]);
	pyrand_seed(&r, -3);				/* abs() of the seed */
	for (i = 0; i < 3; i++)
		CHECK_INT(pyrand_u32(&r), seed_neg3[i]);
	pyrand_seed(&r, 42);
	for (i = 0; i < 5; i++)
		CHECK(pyrand_getrandbits(&r, bits42k[i]) == bits42[i]);
	pyrand_seed(&r, 7);
	for (i = 0; i < 7; i++) {
		CHECK_INT(pyrand_randint(&r, 0, ri7n[i], &v), 0);
		CHECK_INT(v, ri7[i]);
	}
	pyrand_seed(&r, 7);
	for (i = 0; i < 5; i++) {
		CHECK_INT(pyrand_randrange(&r, 0, 100, &v), 0);
		CHECK_INT(v, rr7[i]);
	}
	CHECK_INT(pyrand_randint(&r, 5, 4, &v), -1);	/* empty range */
	pyrand_seed(&r, 5);	/* randint(3, 3) draws until a 0 bit */
	for (i = 0; i < 4; i++) {
		CHECK_INT(pyrand_randint(&r, 3, 3, &v), 0);
		CHECK_INT(v, 3);
	}
	CHECK_INT(pyrand_u32(&r), 3332716663U);
	pyrand_seed(&r, 9);
	for (i = 0; i < 5; i++)
		CHECK_INT(pyrand_choice(&r, 22), ch9[i]);
	CHECK_INT(pyrand_choice(&r, 0), -1);
	pyrand_seed(&r, 11);
	for (i = 0; i < 8; i++)
		CHECK_INT(pyrand_choices1(&r, 206), cs11[i]);
	pyrand_seed(&r, 12);
	for (i = 0; i < 12; i++)
		CHECK_INT(pyrand_wchoice(&r, wvs, 7), wvs12[i]);
	pyrand_seed(&r, 12);
	for (i = 0; i < 12; i++)
		CHECK_INT(pyrand_wchoice(&r, wit, 8), wit12[i]);
	/* sample: set algorithm (n > setsize) and pool algorithm */
	pyrand_seed(&r, 13);
	CHECK_INT(pyrand_sample(&r, 30, 5, out), 0);
	for (i = 0; i < 5; i++)
		CHECK_INT(out[i], s13a[i]);
	CHECK_INT(pyrand_sample(&r, 10, 10, out), 0);
	for (i = 0; i < 10; i++)
		CHECK_INT(out[i], s13b[i]);
	pyrand_seed(&r, 14);
	CHECK_INT(pyrand_sample(&r, 1000, 7, out), 0);
	for (i = 0; i < 7; i++)
		CHECK_INT(out[i], s14a[i]);
	CHECK_INT(pyrand_sample(&r, 40, 3, out), 0);
	for (i = 0; i < 3; i++)
		CHECK_INT(out[i], s14b[i]);
	pyrand_seed(&r, 15);
	CHECK_INT(pyrand_sample(&r, 20, 5, out), 0);
	for (i = 0; i < 5; i++)
		CHECK_INT(out[i], s15a[i]);
	CHECK_INT(pyrand_sample(&r, 21, 21, out), 0);
	for (i = 0; i < 6; i++)
		CHECK_INT(out[i], s15b[i]);
	CHECK_INT(pyrand_sample(&r, 3, 4, out), -1);
	/* round(): half to even */
	CHECK_INT(py_round(0.5), 0);
	CHECK_INT(py_round(1.5), 2);
	CHECK_INT(py_round(2.5), 2);
	CHECK_INT(py_round(-0.5), 0);
	CHECK_INT(py_round(0.49999999999999994), 0);
	CHECK_INT(py_round(2.675 * 100), 268);
	CHECK_INT(py_round(0.2 * 4), 1);
	CHECK_INT(py_round(-1.5), -2);
	CHECK_INT(py_round(-2.5), -2);
	CHECK_INT(py_round(-2.6), -3);
	CHECK_INT(py_round(3.5), 4);
	CHECK_INT(py_round(1e6 + 0.5), 1000000);
	CHECK_INT(py_round(4503599627370495.5), 4503599627370496LL);
	CHECK_INT(py_round(4503599627370497.0), 4503599627370497LL);
	CHECK_INT(py_round(-4503599627370497.0), -4503599627370497LL);
	CHECK_INT(py_round(1e18), 1000000000000000000LL);
	return t_done();
}

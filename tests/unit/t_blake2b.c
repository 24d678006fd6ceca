/* Unit tests of BLAKE2b (src/collector/blake2b.c): RFC 7693 Appendix A and
 * vectors from Python's hashlib.blake2b(data, digest_size=n). */
#include "t.h"
#include "collector/blake2b.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void
hex_of(const void *data, size_t len, size_t outlen, const char *expect)
{
	char hex[2 * BLAKE2B_OUTMAX + 1];

	blake2b_hex(hex, outlen, data, len);
	CHECK_STR(hex, expect);
}

int
main(void)
{
	uint8_t big[1024], x[129];
	struct blake2b s;
	uint8_t d1[16], d2[16];
	size_t i;

	/* RFC 7693 Appendix A: BLAKE2b-512("abc") */
	hex_of("abc", 3, 64, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b7"
	    "4b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925a"
	    "b92386edd4009923");
	/* hashlib vectors: digest sizes and block boundaries */
	hex_of("", 0, 16, "cae66941d9efbd404e4d88758ea67670");
	hex_of("a", 1, 16, "27c35e6e9373877f29e562464e46497e");
	hex_of("account_0", 9, 6, "fb39142eb8f2");
	hex_of("6552793585705/us-east-1/rndnet-0", 32, 10,
	    "4147698f153f187f6dd1");
	memset(x, 'x', 127);
	hex_of(x, 127, 1, "28");
	memset(x, 'y', 128);
	hex_of(x, 128, 32, "344a3b5dec41f412c454eb8e0a96c5ff9d31c94fed2bd73d4e"
	    "ea9bc92524993d");
	memset(x, 'z', 129);
	hex_of(x, 129, 64, "ade277d819a7bef14e4792df4bfd1e7bdec8415431f618798b"
	    "7f9a233c6fa056e6b385be767888588647eb48c52062f340a5b2b33f33183a12a"
	    "8e99a749be88f");
	for (i = 0; i < sizeof(big); i++)
		big[i] = (uint8_t)i;
	hex_of(big, sizeof(big), 16, "0b4661484ed1cc8e28c4a7f18e8b1019");

	/* streaming in odd pieces gives the one-shot digest */
	blake2b(d1, 16, big, sizeof(big));
	blake2b_init(&s, 16);
	for (i = 0; i < sizeof(big); i += 7)
		blake2b_update(&s, big + i, i + 7 <= sizeof(big) ? 7 :
		    sizeof(big) - i);
	blake2b_final(&s, d2);
	CHECK(memcmp(d1, d2, 16) == 0);
	return t_done();
}

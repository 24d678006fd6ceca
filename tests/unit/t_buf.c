/* Unit tests of the growing buffer (src/common/buf.c): buf_printf writes
 * into the room there is and formats again only when it was short, so
 * every length around the room's edge must come out as snprintf's; and
 * buf_pct, the one percent-encoder. */
#include "t.h"
#include "common/buf.h"

#include <stdlib.h>

/* buf_printf("%s%d", s, k) after a prefix of pre bytes, against snprintf */
static int
same(size_t pre, size_t n, int k)
{
	struct buf b = BUF_INIT;
	char *s = malloc(n + 1), *want;
	size_t wlen = pre + n + 16;
	int ok;

	memset(s, 'x', n);
	s[n] = '\0';
	want = malloc(wlen);
	memset(want, 'p', pre);
	snprintf(want + pre, wlen - pre, "%s%d", s, k);
	for (size_t i = 0; i < pre; i++)
		buf_putc(&b, 'p');
	buf_printf(&b, "%s%d", s, k);
	ok = b.len == strlen(want) && strcmp(b.data, want) == 0 &&
	    b.data[b.len] == '\0' && b.cap > b.len;
	buf_free(&b);
	free(s);
	free(want);
	return ok;
}

int
main(void)
{
	struct buf b = BUF_INIT;
	size_t pre, n;
	int bad = 0;

	/* an empty buffer: nothing allocated before the first format */
	buf_printf(&b, "%s=%d", "a", 1);
	CHECK_STR(b.data, "a=1");
	CHECK_INT(b.len, 3);
	buf_printf(&b, "%s", "");
	CHECK_STR(b.data, "a=1");
	CHECK_INT(b.len, 3);
	/* appended to what is there, the room filled exactly and overrun */
	buf_reset(&b);
	buf_printf(&b, "%0*d", (int)b.cap - 1, 7);	/* fills it to the NUL */
	CHECK_INT(b.len, b.cap - 1);
	buf_printf(&b, "%c", 'z');
	CHECK_INT(b.data[b.len - 1], 'z');
	CHECK_INT(b.data[b.len], '\0');
	CHECK(b.data[b.len - 2] == '7');
	buf_free(&b);
	/* every length across the first two growths (256, 512 bytes) */
	for (pre = 0; pre < 300; pre += 37)
		for (n = 0; n < 600; n++)
			if (!same(pre, n, (int)n))
				bad++;
	CHECK_INT(bad, 0);
	/* a long value appended to a long buffer (the Query forms' case) */
	CHECK(same(200000, 250000, -1));
	/* buf_pct: RFC 3986's unreserved kept, every other byte %XX */
	buf_puts(&b, "k=");
	buf_pct(&b, "a Z-9._~/+%\xc3\xa9", 13, "-._~");
	CHECK_STR(b.data, "k=a%20Z-9._~%2F%2B%25%C3%A9");
	buf_reset(&b);
	buf_pct(&b, "/a b/c?x", 6, "-._~/");	/* a path: its slashes stay */
	CHECK_STR(b.data, "/a%20b/c");
	buf_reset(&b);
	buf_pct(&b, "a\0b", 3, "-._~");	/* n bytes, a NUL among them */
	CHECK_STR(b.data, "a%00b");
	CHECK_INT(b.len, 5);
	buf_free(&b);
	return t_done();
}

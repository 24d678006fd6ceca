/* pyrepr: see pyrepr.h. Follows CPython's unicode_repr(). */
#include "collector/pyrepr.h"
#include "collector/jw.h"
#include "collector/utf8.h"
#include "common/buf.h"

#include <string.h>

static const char hexd[] = "0123456789abcdef";

int
py_isprintable(uint32_t cp)
{
	size_t lo = 0, hi = py_unprintable_len;

	if (cp < 0x80)
		return cp >= 0x20 && cp < 0x7f;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < py_unprintable[mid].lo)
			hi = mid;
		else if (cp > py_unprintable[mid].hi)
			lo = mid + 1;
		else
			return 0;
	}
	return 1;
}

static void
put_hex(struct buf *b, char kind, uint32_t cp, int digits)
{
	char t[12];
	int i;

	t[0] = '\\';
	t[1] = kind;
	for (i = 0; i < digits; i++)
		t[2 + i] = hexd[(cp >> (4 * (digits - 1 - i))) & 15];
	buf_add(b, t, (size_t)digits + 2);
}

void
py_repr_str(struct buf *b, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	int sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
	char quote = (sq && !dq) ? '"' : '\'';
	size_t i = 0, n, run;
	uint32_t cp;

	buf_reserve(b, len + 2);
	buf_putc(b, quote);
	while (i < len) {
		/* copy runs of plain printable ASCII in one go */
		for (run = i; run < len && p[run] >= 0x20 && p[run] < 0x7f &&
		    p[run] != (unsigned char)quote && p[run] != '\\'; run++)
			;
		if (run > i) {
			buf_add(b, s + i, run - i);
			i = run;
			continue;
		}
		n = utf8_decode(p + i, len - i, &cp);
		if (cp == (uint32_t)quote || cp == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (char)cp);
		} else if (cp == '\t')
			ADDS(b, "\\t");
		else if (cp == '\n')
			ADDS(b, "\\n");
		else if (cp == '\r')
			ADDS(b, "\\r");
		else if (cp < 0x20 || cp == 0x7f)
			put_hex(b, 'x', cp, 2);
		else if (py_isprintable(cp)) {
			if (cp == 0xfffd && n == 1)	/* invalid input byte */
				ADDS(b, "\xef\xbf\xbd");
			else
				buf_add(b, s + i, n);
		} else if (cp <= 0xff)
			put_hex(b, 'x', cp, 2);
		else if (cp <= 0xffff)
			put_hex(b, 'u', cp, 4);
		else
			put_hex(b, 'U', cp, 8);
		i += n;
	}
	buf_putc(b, quote);
}

/* repr(s) when s is printable ASCII without ' and \\ (the common case):
 * 'text', in one pass; else -1 and nothing written. */
static int
repr_plain(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	while (*p >= 0x20 && *p < 0x7f && *p != '\'' && *p != '\\')
		p++;
	if (*p != '\0')
		return -1;
	n = (size_t)(p - (const unsigned char *)s);
	buf_add_quoted(b, '\'', s, n);
	return 0;
}

void
py_repr_tuple(struct buf *b, const char *const *elems, size_t n)
{
	size_t i;

	buf_putc(b, '(');
	for (i = 0; i < n; i++) {
		if (i > 0)
			ADDS(b, ", ");
		if (repr_plain(b, elems[i]) == -1)
			py_repr_str(b, elems[i], strlen(elems[i]));
	}
	if (n == 1)
		buf_putc(b, ',');
	buf_putc(b, ')');
}

/*
 * utf8: decoding of one UTF-8 sequence, shared by the Python repr and the
 * JSON writer. Invalid or overlong sequences and encoded surrogates decode
 * as U+FFFD, consuming one byte, so that any byte string has a defined text.
 */
#ifndef RW_UTF8_H
#define RW_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the sequence at s (len > 0 bytes left); returns its length. */
static inline size_t
utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t c = s[0], min;
	size_t n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if ((c & 0xe0) == 0xc0) {
		n = 2; c &= 0x1f; min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3; c &= 0x0f; min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4; c &= 0x07; min = 0x10000;
	} else
		goto bad;
	if (n > len)
		goto bad;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return n;
bad:
	*cp = 0xfffd;
	return 1;
}

#endif

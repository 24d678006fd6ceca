/* b64: see b64.h. */
#include "protocol/b64.h"
#include "common/buf.h"

#include <stdint.h>

static const char b64_std[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void
b64_encode(struct buf *out, const void *p, size_t len, int mode)
{
	const uint8_t *in = p;
	const char *abc = mode == B64_URL ? b64_url : b64_std;
	char q[4];
	uint32_t v;
	size_t i, n;

	buf_reserve(out, (len + 2) / 3 * 4);
	for (i = 0; i < len; i += 3) {
		n = len - i < 3 ? len - i : 3;
		v = (uint32_t)in[i] << 16;
		if (n > 1)
			v |= (uint32_t)in[i + 1] << 8;
		if (n > 2)
			v |= in[i + 2];
		q[0] = abc[v >> 18 & 63];
		q[1] = abc[v >> 12 & 63];
		q[2] = n > 1 ? abc[v >> 6 & 63] : '=';
		q[3] = n > 2 ? abc[v & 63] : '=';
		if (mode == B64_URL)
			buf_add(out, q, n + 1);
		else
			buf_add(out, q, 4);
	}
	buf_add(out, "", 0);	/* NUL-terminated even when len is 0 */
}

static int
b64_val(char c, int mode)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == (mode == B64_URL ? '-' : '+'))
		return 62;
	if (c == (mode == B64_URL ? '_' : '/'))
		return 63;
	return -1;
}

int
b64_decode(struct buf *out, const char *s, size_t len, int mode)
{
	uint8_t b[3];
	uint32_t v = 0;
	size_t i, pad = 0, n = 0;
	int d;

	/* strip padding: at most two '=', only at the end, whole quad */
	while (len > 0 && s[len - 1] == '=') {
		len--;
		pad++;
	}
	if (pad > 2 || (pad > 0 && (len + pad) % 4 != 0))
		return -1;
	if (len % 4 == 1)
		return -1;
	buf_reserve(out, len / 4 * 3 + 2);
	for (i = 0; i < len; i++) {
		if ((d = b64_val(s[i], mode)) == -1)
			return -1;
		v = v << 6 | (uint32_t)d;
		if (++n == 4) {
			b[0] = v >> 16;
			b[1] = v >> 8;
			b[2] = v;
			buf_add(out, b, 3);
			v = 0;
			n = 0;
		}
	}
	if (n == 2) {
		if (v & 0xf)	/* non-zero trailing bits: not canonical */
			return -1;
		b[0] = v >> 4;
		buf_add(out, b, 1);
	} else if (n == 3) {
		if (v & 0x3)
			return -1;
		b[0] = v >> 10;
		b[1] = v >> 2;
		buf_add(out, b, 2);
	}
	if (pad > 0 && (n == 0 || 4 - n != pad))
		return -1;
	buf_add(out, "", 0);
	return 0;
}

/* nodeid: see nodeid.h. */
#include "collector/nodeid.h"
#include "collector/blake2b.h"
#include "collector/pyrepr.h"
#include "common/buf.h"


static const char b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t
b64url(char *out, const uint8_t *in, size_t n)
{
	size_t i, o = 0;
	uint32_t v;

	for (i = 0; i + 2 < n; i += 3) {
		v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
		out[o++] = b64[v >> 18];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = b64[(v >> 6) & 63];
		out[o++] = b64[v & 63];
	}
	if (n - i == 1) {
		v = (uint32_t)in[i] << 16;
		out[o++] = b64[v >> 18];
		out[o++] = b64[(v >> 12) & 63];
	} else if (n - i == 2) {
		v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
		out[o++] = b64[v >> 18];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = b64[(v >> 6) & 63];
	}
	out[o] = '\0';
	return o;
}

void
nodeid_tuple(struct nodeid *id, const char *const *keys, size_t n,
    struct buf *tmp)
{
	buf_reset(tmp);
	py_repr_tuple(tmp, keys, n);
	blake2b(id->b, NODEID_BIN, tmp->data, tmp->len);
}

void
nodeid_str(const struct nodeid *id, char out[NODEID_LEN + 1])
{
	b64url(out, id->b, NODEID_BIN);
}

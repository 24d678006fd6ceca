/* hdrs: see hdrs.h. */
#include "common/hdrs.h"

#include <string.h>
#include <strings.h>

void
hdrs_line(struct buf *h, const char *p, size_t len)
{
	size_t nl, vs, ve;
	const char *c;

	if (len >= 5 && strncmp(p, "HTTP/", 5) == 0) {
		buf_reset(h);
		return;
	}
	if ((c = memchr(p, ':', len)) == NULL || c == p)
		return;
	nl = (size_t)(c - p);
	for (vs = nl + 1; vs < len && (p[vs] == ' ' || p[vs] == '\t'); vs++)
		;
	for (ve = len; ve > vs && (p[ve - 1] == '\r' || p[ve - 1] == '\n' ||
	    p[ve - 1] == ' ' || p[ve - 1] == '\t'); ve--)
		;
	buf_add(h, p, nl);
	buf_add(h, "", 1);
	buf_add(h, p + vs, ve - vs);
	buf_add(h, "", 1);
}

size_t
hdrs_curl_cb(char *p, size_t size, size_t n, void *h)
{
	hdrs_line(h, p, size * n);
	return size * n;
}

const char *
hdrs_get(const struct buf *h, const char *name)
{
	const char *p, *end, *v;

	if (h->data == NULL)
		return NULL;
	for (p = h->data, end = p + h->len; p < end; p = v + strlen(v) + 1) {
		v = p + strlen(p) + 1;
		if (strcasecmp(p, name) == 0)
			return v;
	}
	return NULL;
}

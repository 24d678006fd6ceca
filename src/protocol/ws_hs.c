/* ws_hs: see ws_hs.h. */
#include "config.h"
#include "protocol/ws_hs.h"
#include "protocol/b64.h"
#include "protocol/url.h"
#include "common/buf.h"
#include "common/log.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <openssl/sha.h>
#include <unistd.h>

#define WS_GUID	"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

void
ws_hs_key(char key[WS_HS_KEY_LEN + 1])
{
	unsigned char r[16];
	struct buf b = BUF_INIT;

	if (getentropy(r, sizeof(r)) != 0)
		fatalx("websocket: no random bytes for the key");
	b64_encode(&b, r, sizeof(r), B64_STD);
	memcpy(key, b.data, WS_HS_KEY_LEN + 1);
	buf_free(&b);
}

void
ws_hs_accept(const char *key, char out[WS_HS_ACCEPT_LEN + 1])
{
	unsigned char md[SHA_DIGEST_LENGTH];
	struct buf b = BUF_INIT;

	buf_puts(&b, key);
	buf_puts(&b, WS_GUID);
	SHA1((unsigned char *)b.data, b.len, md);
	buf_reset(&b);
	b64_encode(&b, md, sizeof(md), B64_STD);
	memcpy(out, b.data, WS_HS_ACCEPT_LEN + 1);
	buf_free(&b);
}

void
ws_hs_request(struct buf *out, const struct url *u, const char *key,
    const char *authorization)
{
	buf_printf(out, "GET %s HTTP/1.1\r\n"
	    "Host: %s\r\n"
	    "Upgrade: websocket\r\n"
	    "Connection: Upgrade\r\n"
	    "Sec-WebSocket-Key: %s\r\n"
	    "Sec-WebSocket-Version: 13\r\n"
	    "User-Agent: " PACKAGE_NAME "/" PACKAGE_VERSION "\r\n",
	    u->path, u->hostport, key);
	if (authorization != NULL)
		buf_printf(out, "Authorization: %s\r\n", authorization);
	buf_puts(out, "\r\n");
}

/* Does the comma-separated list v[0..n) hold token (case-insensitive)? */
static int
has_token(const char *v, size_t n, const char *token)
{
	size_t tl = strlen(token), i = 0, s, e;

	while (i < n) {
		while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
			i++;
		s = i;
		while (i < n && v[i] != ',')
			i++;
		e = i;
		while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t'))
			e--;
		if (e - s == tl && strncasecmp(v + s, token, tl) == 0)
			return 1;
	}
	return 0;
}

/* A printable copy of s[0..n) for messages. */
static void
printable(char *out, size_t outlen, const char *s, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n && o + 1 < outlen; i++)
		out[o++] = isprint((unsigned char)s[i]) ? s[i] : '?';
	out[o] = '\0';
}

int
ws_hs_response(const char *resp, size_t len, const char *key, int *status,
    char *err, size_t errlen)
{
	const char *p = resp, *end = resp + len, *eol, *c, *v, *ve;
	char want[WS_HS_ACCEPT_LEN + 1], why[80];
	size_t nl;
	int up = 0, conn = 0, acc = 0, i;

	*status = 0;
	if ((eol = memchr(p, '\n', len)) == NULL)
		eol = end;
	nl = (size_t)(eol - p);
	if (nl > 0 && p[nl - 1] == '\r')
		nl--;
	if (nl < 12 || strncmp(p, "HTTP/1.", 7) != 0 || p[8] != ' ' ||
	    !isdigit((unsigned char)p[9]) || !isdigit((unsigned char)p[10]) ||
	    !isdigit((unsigned char)p[11]) || (nl > 12 && p[12] != ' ')) {
		printable(why, sizeof(why), p, nl);
		snprintf(err, errlen, "malformed HTTP status line \"%s\"", why);
		return -1;
	}
	*status = (p[9] - '0') * 100 + (p[10] - '0') * 10 + (p[11] - '0');
	if (*status != 101) {
		printable(why, sizeof(why), p + 12, nl - 12);
		snprintf(err, errlen, "HTTP %d%s", *status, why);
		return -1;
	}
	ws_hs_accept(key, want);
	for (p = eol < end ? eol + 1 : end; p < end; p = eol + 1) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		nl = (size_t)(eol - p);
		if (nl > 0 && p[nl - 1] == '\r')
			nl--;
		if (nl == 0)
			break;
		if ((c = memchr(p, ':', nl)) == NULL || c == p) {
			printable(why, sizeof(why), p, nl);
			snprintf(err, errlen, "malformed header line \"%s\" in "
			    "the 101 response", why);
			return -1;
		}
		for (v = c + 1; v < p + nl && (*v == ' ' || *v == '\t'); v++)
			;
		for (ve = p + nl; ve > v && (ve[-1] == ' ' || ve[-1] == '\t'); ve--)
			;
#define IS(name) ((size_t)(c - p) == strlen(name) && strncasecmp(p, name, strlen(name)) == 0)
		if (IS("Upgrade"))
			up = has_token(v, (size_t)(ve - v), "websocket");
		else if (IS("Connection"))
			conn = has_token(v, (size_t)(ve - v), "upgrade");
		else if (IS("Sec-WebSocket-Accept"))
			acc = (size_t)(ve - v) == WS_HS_ACCEPT_LEN &&
			    memcmp(v, want, WS_HS_ACCEPT_LEN) == 0 ? 1 : -1;
		else if (IS("Sec-WebSocket-Extensions")) {
			printable(why, sizeof(why), v, (size_t)(ve - v));
			snprintf(err, errlen, "the server chose extension "
			    "\"%s\" that we did not offer", why);
			return -1;
		} else if (IS("Sec-WebSocket-Protocol")) {
			printable(why, sizeof(why), v, (size_t)(ve - v));
			snprintf(err, errlen, "the server chose subprotocol "
			    "\"%s\" that we did not offer", why);
			return -1;
		}
#undef IS
	}
	i = 0;
	if (acc != 1)
		i = snprintf(err, errlen, "%s Sec-WebSocket-Accept in the 101 "
		    "response", acc == 0 ? "no" : "wrong");
	else if (!up)
		i = snprintf(err, errlen, "no \"Upgrade: websocket\" in the "
		    "101 response");
	else if (!conn)
		i = snprintf(err, errlen, "no \"Connection: Upgrade\" in the "
		    "101 response");
	return i ? -1 : 0;
}

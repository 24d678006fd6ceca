/* Unit tests of the websocket pieces without sockets: URL parsing
 * (src/protocol/url.c), the opening handshake (ws_hs.c), and the receive
 * path of ws.c on memory buffers (ws_mem_new/ws_mem_feed): messages,
 * fragments, control frames, and every kind of bad input. */
#include "t.h"
#include "common/buf.h"
#include "common/log.h"
#include "protocol/url.h"
#include "protocol/ws.h"
#include "protocol/ws_hs.h"

#include <stdint.h>
#include <stdlib.h>

#include <event2/buffer.h>
#include <event2/event.h>

static void
test_url(void)
{
	struct url u;
	char err[256];

	CHECK_INT(url_parse("ws://core:8900/work/queue?a=1#frag", &u, err, sizeof(err)), 0);
	CHECK_INT(u.tls, 0);
	CHECK_STR(u.host, "core");
	CHECK_INT(u.port, 8900);
	CHECK_STR(u.path, "/work/queue?a=1");
	CHECK_STR(u.hostport, "core:8900");
	url_free(&u);
	CHECK_INT(url_parse("WSS://Example.org", &u, err, sizeof(err)), 0);
	CHECK_INT(u.tls, 1);
	CHECK_INT(u.port, 443);
	CHECK_STR(u.path, "/");
	CHECK_STR(u.hostport, "Example.org:443");
	url_free(&u);
	CHECK_INT(url_parse("http://[::1]?x=y", &u, err, sizeof(err)), 0);
	CHECK_STR(u.host, "::1");
	CHECK_INT(u.port, 80);
	CHECK_STR(u.path, "/?x=y");
	CHECK_STR(u.hostport, "[::1]:80");
	url_free(&u);
	CHECK_INT(url_parse("https://[fe80::1]:8900/events?show=config-updated", &u, err, sizeof(err)), 0);
	CHECK_STR(u.hostport, "[fe80::1]:8900");
	CHECK_STR(u.path, "/events?show=config-updated");
	url_free(&u);
	CHECK_INT(url_parse("ftp://x/", &u, err, sizeof(err)), -1);
	CHECK(strstr(err, "unsupported scheme") != NULL);
	CHECK_INT(url_parse("localhost:8900", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws://h:0/", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws://h:65536/", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws://h:8x/", &u, err, sizeof(err)), -1);
	CHECK(strstr(err, "bad port") != NULL);
	CHECK_INT(url_parse("ws://[::1/", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws://[zz]/", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws:///x", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws://u:p@h/", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws://h/a b", &u, err, sizeof(err)), -1);
	CHECK_INT(url_parse("ws://h/a\r\nX: y", &u, err, sizeof(err)), -1);
}

static int
hs(const char *resp, const char *key, int *st, char *err, size_t errlen)
{
	return ws_hs_response(resp, strlen(resp), key, st, err, errlen);
}

static void
test_hs(void)
{
	char acc[WS_HS_ACCEPT_LEN + 1], key[WS_HS_KEY_LEN + 1], key2[WS_HS_KEY_LEN + 1];
	char err[256];
	struct buf b = BUF_INIT;
	struct url u;
	int st;

	/* RFC 6455 section 1.3 */
	ws_hs_accept("dGhlIHNhbXBsZSBub25jZQ==", acc);
	CHECK_STR(acc, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
	ws_hs_key(key);
	ws_hs_key(key2);
	CHECK_INT(strlen(key), WS_HS_KEY_LEN);
	CHECK(strcmp(key, key2) != 0);

	CHECK_INT(url_parse("ws://[::1]:8900/subscriber/x/handle", &u, err, sizeof(err)), 0);
	ws_hs_request(&b, &u, "dGhlIHNhbXBsZSBub25jZQ==", "Bearer abc");
	CHECK(strncmp(b.data, "GET /subscriber/x/handle HTTP/1.1\r\n", 35) == 0);
	CHECK(strstr(b.data, "\r\nHost: [::1]:8900\r\n") != NULL);
	CHECK(strstr(b.data, "\r\nAuthorization: Bearer abc\r\n") != NULL);
	CHECK(strstr(b.data, "\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n") != NULL);
	CHECK(strstr(b.data, "\r\nSec-WebSocket-Version: 13\r\n") != NULL);
	CHECK(strstr(b.data, "Origin") == NULL);
	CHECK(b.len > 4 && strcmp(b.data + b.len - 4, "\r\n\r\n") == 0);
	buf_reset(&b);
	ws_hs_request(&b, &u, key, NULL);
	CHECK(strstr(b.data, "Authorization") == NULL);
	url_free(&u);
	buf_free(&b);

	CHECK_INT(hs("HTTP/1.1 101 Switching Protocols\r\n"
	    "upgrade: WebSocket\r\nConnection: keep-alive, Upgrade\r\n"
	    "Sec-WebSocket-Accept:  s3pPLMBiTxaQ9kYGzzhZRbK+xOo= \r\n\r\n",
	    "dGhlIHNhbXBsZSBub25jZQ==", &st, err, sizeof(err)), 0);
	CHECK_INT(st, 101);
	CHECK_INT(hs("HTTP/1.1 101 OK\r\nUpgrade: websocket\r\n"
	    "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOx=\r\n\r\n",
	    "dGhlIHNhbXBsZSBub25jZQ==", &st, err, sizeof(err)), -1);
	CHECK_STR(err, "wrong Sec-WebSocket-Accept in the 101 response");
	CHECK_INT(hs("HTTP/1.1 101 OK\r\nUpgrade: websocket\r\n"
	    "Connection: Upgrade\r\n\r\n",
	    "dGhlIHNhbXBsZSBub25jZQ==", &st, err, sizeof(err)), -1);
	CHECK_STR(err, "no Sec-WebSocket-Accept in the 101 response");
	CHECK_INT(hs("HTTP/1.1 101 OK\r\nUpgrade: websocket\r\n"
	    "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n",
	    "dGhlIHNhbXBsZSBub25jZQ==", &st, err, sizeof(err)), -1);
	CHECK(strstr(err, "Connection: Upgrade") != NULL);
	CHECK_INT(hs("HTTP/1.1 101 OK\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n"
	    "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n",
	    "dGhlIHNhbXBsZSBub25jZQ==", &st, err, sizeof(err)), -1);
	CHECK(strstr(err, "Upgrade: websocket") != NULL);
	CHECK_INT(hs("HTTP/1.1 101 OK\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
	    "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
	    "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n",
	    "dGhlIHNhbXBsZSBub25jZQ==", &st, err, sizeof(err)), -1);
	CHECK(strstr(err, "permessage-deflate") != NULL);
	CHECK_INT(hs("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n",
	    key, &st, err, sizeof(err)), -1);
	CHECK_INT(st, 401);
	CHECK_STR(err, "HTTP 401 Unauthorized");
	CHECK_INT(hs("HTTP/1.0 503\r\n\r\n", key, &st, err, sizeof(err)), -1);
	CHECK_STR(err, "HTTP 503");
	CHECK_INT(hs("SSH-2.0-OpenSSH\r\n\r\n", key, &st, err, sizeof(err)), -1);
	CHECK_INT(st, 0);
	CHECK(strstr(err, "malformed HTTP status line") != NULL);
	CHECK_INT(hs("HTTP/1.1 101 OK\r\nno colon here\r\n\r\n",
	    key, &st, err, sizeof(err)), -1);
	CHECK(strstr(err, "malformed header line") != NULL);
}

/* A frame as a server sends it (mask: as a broken server would). */
static size_t
frame(uint8_t *out, int fin, int rsv, int op, int mask, const void *p, size_t n)
{
	size_t h = 0, i;
	static const uint8_t mk[4] = { 1, 2, 3, 4 };

	out[h++] = (uint8_t)((fin ? 0x80 : 0) | rsv << 4 | op);
	if (n < 126)
		out[h++] = (uint8_t)((mask ? 0x80 : 0) | n);
	else if (n < 65536) {
		out[h++] = (uint8_t)((mask ? 0x80 : 0) | 126);
		out[h++] = (uint8_t)(n >> 8);
		out[h++] = (uint8_t)n;
	} else {
		out[h++] = (uint8_t)((mask ? 0x80 : 0) | 127);
		for (i = 0; i < 8; i++)
			out[h++] = (uint8_t)((uint64_t)n >> (56 - 8 * i));
	}
	if (mask) {
		memcpy(out + h, mk, 4);
		h += 4;
	}
	for (i = 0; i < n; i++)
		out[h + i] = ((const uint8_t *)p)[i] ^ (mask ? mk[i % 4] : 0);
	return h + n;
}

/* Take the next client frame from sent: 0 and its parts, -1 if none or
 * not masked (clients must mask). */
static int
client_frame(struct evbuffer *sent, int *op, struct buf *payload)
{
	uint8_t h[14], *p;
	size_t hl = 2, n, i, have = evbuffer_get_length(sent);

	if (have < 2)
		return -1;
	evbuffer_copyout(sent, h, 2);
	if (!(h[1] & 0x80))
		return -1;
	n = h[1] & 0x7f;
	hl += n == 126 ? 2 : n == 127 ? 8 : 0;
	hl += 4;
	if (have < hl)
		return -1;
	evbuffer_copyout(sent, h, hl);
	if (n == 126)
		n = (size_t)h[2] << 8 | h[3];
	else if (n == 127)
		for (n = 0, i = 2; i < 10; i++)
			n = n << 8 | h[i];
	if (have < hl + n)
		return -1;
	evbuffer_drain(sent, hl);
	p = xmalloc(n + 1);
	evbuffer_remove(sent, p, n);
	for (i = 0; i < n; i++)
		p[i] ^= h[hl - 4 + i % 4];
	*op = h[0] & 0xf;
	buf_reset(payload);
	buf_add(payload, p, n);
	free(p);
	return 0;
}

struct got {
	int		 texts, bins, closes, code;
	struct buf	 last, reason;
	int		 nul_ok;
};

static void
on_text(struct ws *ws, const char *msg, size_t len, void *arg)
{
	struct got *g = arg;

	g->texts++;
	g->nul_ok = msg[len] == '\0';
	buf_reset(&g->last);
	buf_add(&g->last, msg, len);
}

static void
on_binary(struct ws *ws, const void *msg, size_t len, void *arg)
{
	struct got *g = arg;

	g->bins++;
	buf_reset(&g->last);
	buf_add(&g->last, msg, len);
}

static void
on_close(struct ws *ws, int code, const char *reason, void *arg)
{
	struct got *g = arg;

	g->closes++;
	g->code = code;
	buf_reset(&g->reason);
	buf_puts(&g->reason, reason);
	CHECK(ws_send_text(ws, "x", 1) == -1);	/* over: refused */
	ws_close(ws, 1000, "ignored");		/* and harmless */
}

static const struct ws_cbs cbs = { NULL, on_text, on_close, on_binary };

static struct ws *
mem(struct event_base *base, struct got *g, size_t max)
{
	struct ws_opts o = { "ws://mem/", NULL, NULL, max, -1, 0 };

	buf_reset(&g->last);
	buf_reset(&g->reason);
	g->texts = g->bins = g->closes = g->code = g->nul_ok = 0;
	return ws_mem_new(base, &o, &cbs, g);
}

/* Feed a stream that must be refused with code; reason must hold what. */
static void
refused(struct event_base *base, const uint8_t *p, size_t n, size_t max,
    int code, const char *what, int line)
{
	struct got g = { 0 };
	struct evbuffer *sent = evbuffer_new();
	struct buf pl = BUF_INIT;
	struct ws *ws = mem(base, &g, max);
	int op = -1, r;

	r = ws_mem_feed(ws, p, n, sent);
	if (r != -1 || g.closes != 1 || g.code != code ||
	    strstr(buf_str(&g.reason), what) == NULL) {
		fprintf(stderr, "line %d: feed %d closes %d code %d reason \"%s\"\n",
		    line, r, g.closes, g.code, buf_str(&g.reason));
		CHECK(0);
		if (r == 0)
			ws_close(ws, 1000, NULL);
	} else
		CHECK(1);
	/* the client told the server: a close frame with that code */
	CHECK(client_frame(sent, &op, &pl) == 0 && op == 8 && pl.len >= 2 &&
	    ((uint8_t)pl.data[0] << 8 | (uint8_t)pl.data[1]) == code);
	evbuffer_free(sent);
	buf_free(&pl);
	buf_free(&g.last);
	buf_free(&g.reason);
}

static void
test_frames(struct event_base *base)
{
	struct got g = { 0 };
	struct evbuffer *sent = evbuffer_new();
	struct buf pl = BUF_INIT;
	uint8_t s[70000 + 20], big[70000];
	size_t n, i;
	struct ws *ws;
	int op;

	/* text, then a fragmented text with a ping in the middle, binary */
	ws = mem(base, &g, 0);
	n = frame(s, 1, 0, 1, 0, "hello", 5);
	CHECK_INT(ws_mem_feed(ws, s, n, sent), 0);
	CHECK_INT(g.texts, 1);
	CHECK_STR(buf_str(&g.last), "hello");
	CHECK(g.nul_ok);
	n = frame(s, 0, 0, 1, 0, "frag", 4);
	n += frame(s + n, 1, 0, 9, 0, "pp", 2);
	n += frame(s + n, 0, 0, 0, 0, "men", 3);
	n += frame(s + n, 1, 0, 0, 0, "ted", 3);
	for (i = 0; i < n; i++)		/* byte by byte */
		CHECK_INT(ws_mem_feed(ws, s + i, 1, sent), 0);
	CHECK_INT(g.texts, 2);
	CHECK_STR(buf_str(&g.last), "fragmented");
	CHECK(client_frame(sent, &op, &pl) == 0 && op == 0xa);	/* the pong */
	CHECK_STR(buf_str(&pl), "pp");
	n = frame(s, 1, 0, 2, 0, "\0\1\2", 3);
	CHECK_INT(ws_mem_feed(ws, s, n, sent), 0);
	CHECK_INT(g.bins, 1);
	CHECK_INT(g.last.len, 3);
	/* a large message (64-bit length) within the limit */
	memset(big, 'a', sizeof(big));
	n = frame(s, 1, 0, 1, 0, big, sizeof(big));
	CHECK_INT(ws_mem_feed(ws, s, n, sent), 0);
	CHECK_INT(g.last.len, sizeof(big));
	/* we send: masked text */
	CHECK_INT(ws_send_text(ws, "{\"a\":1}", 7), 0);
	CHECK_INT(ws_mem_feed(ws, NULL, 0, sent), 0);	/* collect it */
	CHECK(client_frame(sent, &op, &pl) == 0 && op == 1);
	CHECK_STR(buf_str(&pl), "{\"a\":1}");
	/* the server closes: we answer with the same code */
	n = frame(s, 1, 0, 8, 0, "\x0f\xa1" "bye", 5);
	CHECK_INT(ws_mem_feed(ws, s, n, sent), -1);
	CHECK_INT(g.closes, 1);
	CHECK_INT(g.code, 4001);
	CHECK_STR(buf_str(&g.reason), "bye");
	CHECK(client_frame(sent, &op, &pl) == 0 && op == 8 && pl.len == 5 &&
	    memcmp(pl.data, "\x0f\xa1" "bye", 5) == 0);

	/* a close without a code */
	ws = mem(base, &g, 0);
	n = frame(s, 1, 0, 8, 0, "", 0);
	CHECK_INT(ws_mem_feed(ws, s, n, NULL), -1);
	CHECK_INT(g.code, 1005);

	/* we close: a close frame, no callback */
	ws = mem(base, &g, 0);
	evbuffer_drain(sent, evbuffer_get_length(sent));
	ws_close(ws, 4000, "done");
	CHECK_INT(g.closes, 0);

	/* bad input */
#define REFUSE(max, code, what) refused(base, s, n, max, code, what, __LINE__)
	n = frame(s, 1, 0, 3, 0, "x", 1);
	REFUSE(0, 1002, "unknown opcode 0x3");
	n = frame(s, 1, 0, 0xb, 0, "", 0);
	REFUSE(0, 1002, "unknown opcode 0xb");
	n = frame(s, 1, 4, 1, 0, "x", 1);
	REFUSE(0, 1002, "reserved bits 0x4 set");
	n = frame(s, 1, 1, 1, 0, "x", 1);
	REFUSE(0, 1002, "reserved bits 0x1 set");
	n = frame(s, 1, 0, 1, 1, "x", 1);
	REFUSE(0, 1002, "masked text frame (servers must not mask)");
	n = frame(s, 1, 0, 0, 0, "x", 1);
	REFUSE(0, 1002, "continuation frame without a message");
	n = frame(s, 0, 0, 1, 0, "x", 1);
	n += frame(s + n, 1, 0, 2, 0, "y", 1);
	REFUSE(0, 1002, "new binary message inside a fragmented message");
	n = frame(s, 0, 0, 9, 0, "x", 1);
	REFUSE(0, 1002, "fragmented ping frame");
	n = frame(s, 1, 0, 9, 0, big, 126);
	REFUSE(0, 1002, "control frames carry at most 125 bytes");
	n = frame(s, 1, 0, 1, 0, "abc", 3);	/* 16-bit length for 3 bytes */
	memmove(s + 4, s + 2, 3);
	s[1] = 126;
	s[2] = 0;
	s[3] = 3;
	n = 7;
	REFUSE(0, 1002, "not in its shortest encoding");
	n = frame(s, 1, 0, 8, 0, "\x03\xe7", 2);	/* 999 */
	REFUSE(0, 1002, "invalid status code 999");
	n = frame(s, 1, 0, 1, 0, big, 101);
	REFUSE(100, 1009, "more than 101 bytes (the maximum is 100)");
	n = frame(s, 0, 0, 1, 0, big, 60);
	n += frame(s + n, 1, 0, 0, 0, big, 60);
	REFUSE(100, 1009, "more than 120 bytes");
	/* the default limit is the documented 16 MiB: a frame announcing
	 * one byte more is refused at its first byte, a fragment that
	 * crosses it too */
	memcpy(s, "\x81\x7f\0\0\0\0\x01\0\0\x01a", 11);
	n = 11;
	REFUSE(0, 1009, "(the maximum is 16777216)");
	memcpy(s, "\x01\x7f\0\0\0\0\0\xff\xff\xff", 10);	/* 16 MiB - 1 */
	n = 10;
	{
		uint8_t *m = xmalloc(16u << 20 | 64);

		memcpy(m, s, n);
		memset(m + n, 'a', (16u << 20) - 1);
		n += (16u << 20) - 1;
		n += frame(m + n, 1, 0, 0, 0, "bc", 2);
		refused(base, m, n, 0, 1009, "(the maximum is 16777216)",
		    __LINE__);
		free(m);
	}
	n = frame(s, 1, 0, 1, 0, "ok \xc3\x28", 5);
	REFUSE(0, 1007, "invalid UTF-8");
	n = frame(s, 0, 0, 1, 0, "\xe2\x82", 2);	/* split € is fine... */
	n += frame(s + n, 1, 0, 0, 0, "\xac", 1);
	ws = mem(base, &g, 0);
	CHECK_INT(ws_mem_feed(ws, s, n, NULL), 0);
	CHECK_STR(buf_str(&g.last), "\xe2\x82\xac");
	n = frame(s, 0, 0, 1, 0, "\xe2\x82", 2);	/* ...a truncated one not */
	n += frame(s + n, 1, 0, 0, 0, "a", 1);
	CHECK_INT(ws_mem_feed(ws, s, n, NULL), -1);
	CHECK_INT(g.code, 1007);
#undef REFUSE

	/* garbage never crashes: feed pseudo-random bytes in pieces */
	srand(7);
	for (i = 0; i < 200; i++) {
		size_t k, len = (size_t)(rand() % 300);

		ws = mem(base, &g, 1000);
		for (k = 0; k < len; k++)
			s[k] = (uint8_t)rand();
		if (ws_mem_feed(ws, s, len / 2, NULL) == 0 &&
		    ws_mem_feed(ws, s + len / 2, len - len / 2, NULL) == 0)
			ws_close(ws, 1000, NULL);
	}
	CHECK(1);
	evbuffer_free(sent);
	buf_free(&pl);
	buf_free(&g.last);
	buf_free(&g.reason);
}

int
main(void)
{
	struct event_base *base = event_base_new();

	log_init(LOG_LVL_ERROR, 0);
	test_url();
	test_hs();
	test_frames(base);
	event_base_free(base);
	return t_done();
}

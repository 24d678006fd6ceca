/* Tests of the websocket client (src/protocol/ws.c) against the aiohttp
 * test server tests/integration/ws_server.py: plain and TLS, messages in
 * both directions, pings, close codes, limits, broken servers. */
#include "t.h"
#include "t_proto.h"
#include "common/buf.h"
#include "common/log.h"
#include "protocol/tls.h"
#include "protocol/ws.h"

#include <event2/event.h>

#define AUTH	"Bearer test-token-123"

/* A scenario: after the open, send[0]; whenever a message matching
 * expect[i] arrives, send[i + 1] (NULL: nothing) ... until expect is NULL. */
struct step {
	const char	*send;
	const char	*expect;	/* exact text, "<bin N>" for binary, "*" */
};

struct tc {
	struct ws		*ws;
	const struct step	*steps;
	int			 at;
	int			 opened, closes, code, texts, bins, bad;
	int			 close_on_open;	/* ws_close() in on_open */
	int			 done;
	char			 reason[512];
	struct buf		 last;
};

static void
tc_next(struct tc *t, const char *got)
{
	const struct step *s;

	if (t->steps == NULL)
		return;
	s = &t->steps[t->at];
	if (s->expect == NULL)
		return;
	if (strcmp(s->expect, "*") != 0 && strcmp(s->expect, got) != 0) {
		fprintf(stderr, "step %d: expected \"%s\", got \"%.80s\"\n",
		    t->at, s->expect, got);
		t->bad++;
	}
	s = &t->steps[++t->at];
	if (s->send != NULL)
		CHECK_INT(ws_send_text(t->ws, s->send, strlen(s->send)), 0);
	if (s->expect == NULL)
		t->done = 1;
}

static void
on_open(struct ws *ws, void *arg)
{
	struct tc *t = arg;

	t->opened++;
	if (t->close_on_open) {
		ws_close(ws, 4000, "client bye");
		t->done = 1;
		return;
	}
	if (t->steps != NULL && t->steps[0].send != NULL)
		CHECK_INT(ws_send_text(ws, t->steps[0].send,
		    strlen(t->steps[0].send)), 0);
}

static void
on_text(struct ws *ws, const char *msg, size_t len, void *arg)
{
	struct tc *t = arg;

	t->texts++;
	CHECK(msg[len] == '\0');
	buf_reset(&t->last);
	buf_add(&t->last, msg, len);
	tc_next(t, t->last.data);
}

static void
on_binary(struct ws *ws, const void *msg, size_t len, void *arg)
{
	struct tc *t = arg;
	char b[32];

	t->bins++;
	snprintf(b, sizeof(b), "<bin %zu>", len);
	tc_next(t, b);
}

static void
on_close(struct ws *ws, int code, const char *reason, void *arg)
{
	struct tc *t = arg;

	t->closes++;
	t->code = code;
	snprintf(t->reason, sizeof(t->reason), "%s", reason);
	t->done = 1;
}

static const struct ws_cbs cbs = { on_open, on_text, on_close, on_binary };

struct opts {
	const char	*auth;
	SSL_CTX		*ssl;
	size_t		 max;
	int		 ping, pong;
};

/* Run one connection until its scenario is over; the ws is then closed
 * (by us, unless it ended by itself). */
static void
run(struct event_base *base, struct tc *t, const char *url,
    const struct opts *o, const struct step *steps, const char *what)
{
	struct ws_opts wo = { url, o ? o->auth : AUTH, o ? o->ssl : NULL,
	    o ? o->max : 0, o && o->ping ? o->ping : -1, o ? o->pong : 0 };

	memset(t, 0, sizeof(*t));
	t->steps = steps;
	t->ws = ws_connect(base, &wo, &cbs, t);
	CHECK(t->ws != NULL);
	CHECK_INT(t_run(base, &t->done, 20, what), 0);
	if (t->closes == 0 && !t->close_on_open)
		ws_close(t->ws, 4999, "query");
	buf_free(&t->last);
}

/* What the server says about the last close frame it got. */
static char *
last_close_of(struct event_base *base, int port)
{
	char url[128];
	struct ws_opts wo = { url, AUTH, NULL, 0, -1, 0 };
	struct tc t;
	char *r;

	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/ws", port);
	memset(&t, 0, sizeof(t));
	t.ws = ws_connect(base, &wo, &cbs, &t);
	while (!t.opened && !t.closes && t_run(base, &t.opened, 10, "open") == 0)
		;
	ws_send_text(t.ws, "lastclose", 9);
	t_run(base, &t.texts, 10, "lastclose answer");
	r = xstrdup(buf_str(&t.last));
	if (t.closes == 0)
		ws_close(t.ws, 4999, "query");
	buf_free(&t.last);
	return r;
}

/* Wait until the server recorded a close frame; check it starts with want. */
static void
check_lastclose(struct event_base *base, int port, const char *want, int line)
{
	char *got = NULL;
	int i;

	for (i = 0; i < 100; i++) {
		free(got);
		got = last_close_of(base, port);
		if (strcmp(got, "none") != 0)
			break;
		t_idle(base, 50);
	}
	if (strncmp(got, want, strlen(want)) != 0) {
		fprintf(stderr, "line %d: server saw close \"%s\", want \"%s\"\n",
		    line, got, want);
		CHECK(0);
	} else
		CHECK(1);
	free(got);
}

static void
test_plain(struct event_base *base, const struct t_srv *s)
{
	char url[128];
	struct tc t;
	struct opts o = { AUTH, NULL, 0, 0, 0 };
	static const struct step talk[] = {
		{ "echo:hello", "hello" },
		{ "frag", "fragmented" },
		{ "bin", "<bin 3>" },
		{ "ping", "pong:srv" },			/* server ping answered */
		{ "{\"kind\":\"x\"}", "{\"kind\":\"x\"}" },
		{ "close:4001:bye", NULL },
		{ NULL, NULL },
	};
	static const struct step big[] = { { "big:5000", NULL }, { NULL, NULL } };
	static const struct step u8[] = { { "badutf8", NULL }, { NULL, NULL } };
	static const struct step op[] = { { "badop", NULL }, { NULL, NULL } };
	static const struct step mk[] = { { "masked", NULL }, { NULL, NULL } };

	/* talk, then the server closes */
	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/ws?x=1", s->ports[0]);
	memset(&t, 0, sizeof(t));
	{
		struct ws_opts wo = { url, AUTH, NULL, 0, -1, 0 };

		t.steps = talk;
		t.ws = ws_connect(base, &wo, &cbs, &t);
		CHECK_INT(t_run(base, &t.closes, 20, "server close 4001"), 0);
		CHECK_INT(t.bad, 0);
		CHECK_INT(t.at, 5);
		CHECK_INT(t.closes, 1);
		CHECK_INT(t.code, 4001);
		CHECK_STR(t.reason, "bye");
		CHECK_INT(t.bins, 1);
		buf_free(&t.last);
	}

	/* the client closes: no on_close; the server got our code + reason */
	memset(&t, 0, sizeof(t));
	t.close_on_open = 1;
	{
		struct ws_opts wo = { url, AUTH, NULL, 0, -1, 0 };

		t.ws = ws_connect(base, &wo, &cbs, &t);
		CHECK_INT(t_run(base, &t.done, 20, "open then close"), 0);
		CHECK_INT(t.opened, 1);
		t_idle(base, 200);
		CHECK_INT(t.closes, 0);
		check_lastclose(base, s->ports[0], "4000 client bye", __LINE__);
	}

	/* oversize message: 1009 both ways */
	o.max = 1000;
	run(base, &t, url, &o, big, "oversize");
	CHECK_INT(t.closes, 1);
	CHECK_INT(t.code, 1009);
	CHECK(strstr(t.reason, "more than 5000 bytes (the maximum is 1000)") != NULL);
	check_lastclose(base, s->ports[0], "1009", __LINE__);
	o.max = 0;

	/* invalid UTF-8: 1007 */
	run(base, &t, url, &o, u8, "bad utf-8");
	CHECK_INT(t.code, 1007);
	CHECK(strstr(t.reason, "invalid UTF-8") != NULL);
	check_lastclose(base, s->ports[0], "1007", __LINE__);

	/* bad opcode, masked frame: 1002 with what was wrong */
	run(base, &t, url, &o, op, "bad opcode");
	CHECK_INT(t.code, 1002);
	CHECK(strstr(t.reason, "unknown opcode 0x3") != NULL);
	check_lastclose(base, s->ports[0], "1002", __LINE__);
	run(base, &t, url, &o, mk, "masked frame");
	CHECK_INT(t.code, 1002);
	CHECK(strstr(t.reason, "masked text frame") != NULL);

	/* wrong Authorization: the upgrade is refused with the status */
	o.auth = "Bearer wrong";
	run(base, &t, url, &o, NULL, "401");
	CHECK_INT(t.opened, 0);
	CHECK_INT(t.closes, 1);
	CHECK_INT(t.code, 1006);
	CHECK(strncmp(t.reason, "HTTP 401", 8) == 0);
	o.auth = NULL;
	run(base, &t, url, &o, NULL, "no auth");
	CHECK(strncmp(t.reason, "HTTP 401", 8) == 0);
	o.auth = AUTH;

	/* our pings: the server counts them */
	{
		struct ws_opts wo = { url, AUTH, NULL, 0, 1, 5 };
		static const struct step cp[] = { { NULL, NULL } };
		int i, n = 0;

		memset(&t, 0, sizeof(t));
		t.steps = cp;
		t.ws = ws_connect(base, &wo, &cbs, &t);
		CHECK_INT(t_run(base, &t.opened, 10, "open for pings"), 0);
		for (i = 0; i < 40 && n < 2 && t.closes == 0; i++) {
			int before = t.texts;

			t_idle(base, 250);
			ws_send_text(t.ws, "clientpings?", 12);
			while (t.texts == before && t.closes == 0 &&
			    t_run(base, &t.texts, 10, "pings answer") == 0)
				break;
			sscanf(buf_str(&t.last), "pings:%d", &n);
		}
		CHECK(n >= 2);
		CHECK_INT(t.closes, 0);		/* pongs came: still open */
		ws_close(t.ws, 1000, NULL);
		buf_free(&t.last);
	}

	/* no pong: the client drops the connection */
	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/nopong", s->ports[0]);
	o.ping = 1;
	o.pong = 1;
	run(base, &t, url, &o, NULL, "pong timeout");
	CHECK_INT(t.opened, 1);
	CHECK_INT(t.closes, 1);
	CHECK_INT(t.code, 1006);
	CHECK(strstr(t.reason, "no pong within 1 s") != NULL);

	/* nobody listening */
	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/ws", t_dead_port());
	run(base, &t, url, NULL, NULL, "refused");
	CHECK_INT(t.closes, 1);
	CHECK_INT(t.code, 1006);
	CHECK(strstr(t.reason, "refused") != NULL);

	/* a bad URL ends asynchronously too */
	run(base, &t, "ftp://127.0.0.1/", NULL, NULL, "bad url");
	CHECK_INT(t.closes, 1);
	CHECK(strstr(t.reason, "unsupported scheme") != NULL);

	/* ws_close() before the open: nothing more happens */
	{
		struct ws_opts wo = { url, AUTH, NULL, 0, -1, 0 };

		snprintf(url, sizeof(url), "ws://localhost:%d/ws", s->ports[0]);
		memset(&t, 0, sizeof(t));
		t.ws = ws_connect(base, &wo, &cbs, &t);
		ws_close(t.ws, 1000, NULL);
		t_idle(base, 300);
		CHECK_INT(t.opened + t.closes, 0);
	}

	/* a name (evdns, every address in turn) and IPv6 */
	snprintf(url, sizeof(url), "ws://localhost:%d/ws", s->ports[0]);
	{
		static const struct step e[] = { { "echo:by name", "by name" },
		    { NULL, NULL } };

		run(base, &t, url, &o, e, "localhost");
		CHECK_INT(t.opened, 1);
		CHECK_INT(t.bad, 0);
		CHECK_INT(t.closes, 0);
	}
	if (s->ports[4] != 0) {
		static const struct step e[] = { { "echo:v6", "v6" }, { NULL, NULL } };

		snprintf(url, sizeof(url), "ws://[::1]:%d/ws", s->ports[4]);
		run(base, &t, url, &o, e, "IPv6");
		CHECK_INT(t.opened, 1);
		CHECK_INT(t.bad, 0);
	}
}

static void
test_raw(struct event_base *base, const struct t_srv *s)
{
	char url[128], host[64];
	struct tc t;

	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/badaccept", s->ports[1]);
	run(base, &t, url, NULL, NULL, "bad accept");
	CHECK_INT(t.opened, 0);
	CHECK_INT(t.closes, 1);
	CHECK_STR(t.reason, "bad upgrade response: wrong Sec-WebSocket-Accept "
	    "in the 101 response");

	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/401", s->ports[1]);
	run(base, &t, url, NULL, NULL, "raw 401");
	CHECK_STR(t.reason, "HTTP 401 Unauthorized (upgrade refused)");

	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/noupgrade", s->ports[1]);
	run(base, &t, url, NULL, NULL, "200 instead of 101");
	CHECK_STR(t.reason, "HTTP 200 OK (upgrade refused)");

	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/garbage", s->ports[1]);
	run(base, &t, url, NULL, NULL, "garbage after the upgrade");
	CHECK_INT(t.opened, 1);
	CHECK_INT(t.texts, 1);		/* the valid first message */
	CHECK_INT(t.closes, 1);
	CHECK(t.code == 1002 || t.code == 1007 || t.code == 1009);

	snprintf(url, sizeof(url), "ws://127.0.0.1:%d/closenoframe", s->ports[1]);
	run(base, &t, url, NULL, NULL, "EOF without close frame");
	CHECK_INT(t.texts, 1);
	CHECK_INT(t.code, 1006);
	CHECK(strstr(t.reason, "without a close frame") != NULL);

	/* what we send: Host with port, Authorization, no Origin, path+query */
	{
		static const struct step any[] = { { NULL, "*" }, { NULL, NULL } };
		char *h;

		snprintf(url, sizeof(url), "ws://127.0.0.1:%d/inspect?a=b&c=d",
		    s->ports[1]);
		memset(&t, 0, sizeof(t));
		{
			struct ws_opts wo = { url, AUTH, NULL, 0, -1, 0 };

			t.steps = any;
			t.ws = ws_connect(base, &wo, &cbs, &t);
			CHECK_INT(t_run(base, &t.texts, 20, "inspect"), 0);
		}
		h = t.last.data ? t.last.data : "";
		CHECK(strncmp(h, "GET /inspect?a=b&c=d HTTP/1.1\r\n", 31) == 0);
		snprintf(host, sizeof(host), "\r\nHost: 127.0.0.1:%d\r\n", s->ports[1]);
		CHECK(strstr(h, host) != NULL);
		CHECK(strstr(h, "\r\nAuthorization: " AUTH "\r\n") != NULL);
		CHECK(strstr(h, "Origin") == NULL);
		CHECK(strstr(h, "\r\nUpgrade: websocket\r\n") != NULL);
		if (t.closes == 0)
			ws_close(t.ws, 1000, NULL);
		buf_free(&t.last);
	}
}

static SSL_CTX *
ctx(const char *ca, int verify)
{
	struct tls_opts to = { ca, NULL, verify, NULL, NULL, NULL };
	char err[256];
	SSL_CTX *c = tls_client_ctx(&to, err, sizeof(err));

	if (c == NULL)
		fprintf(stderr, "tls_client_ctx: %s\n", err);
	CHECK(c != NULL);
	return c;
}

static void
test_tls(struct event_base *base, const struct t_srv *s, const char *dir)
{
	char url[128], ca[128], other[128];
	struct tc t;
	struct opts o = { AUTH, NULL, 0, 0, 0 };
	static const struct step e[] = { { "echo:secure", "secure" },
	    { "frag", "fragmented" }, { NULL, NULL } };

	snprintf(ca, sizeof(ca), "%s/ca.pem", dir);
	snprintf(other, sizeof(other), "%s/otherca.pem", dir);
	o.ssl = ctx(ca, 1);

	/* the right CA, by IP and by name */
	snprintf(url, sizeof(url), "wss://127.0.0.1:%d/ws", s->ports[2]);
	run(base, &t, url, &o, e, "TLS by IP");
	CHECK_INT(t.opened, 1);
	CHECK_INT(t.bad, 0);
	CHECK_INT(t.done, 1);
	CHECK_INT(t.closes, 0);
	snprintf(url, sizeof(url), "wss://localhost:%d/ws", s->ports[2]);
	run(base, &t, url, &o, e, "TLS by name");
	CHECK_INT(t.opened, 1);
	CHECK_INT(t.bad, 0);
	CHECK_INT(t.closes, 0);

	/* a certificate for another name */
	snprintf(url, sizeof(url), "wss://127.0.0.1:%d/ws", s->ports[3]);
	run(base, &t, url, &o, e, "TLS wrong name");
	CHECK_INT(t.opened, 0);
	CHECK_INT(t.code, 1006);
	CHECK(strstr(t.reason, "certificate verify failed") != NULL);
	CHECK(strstr(t.reason, "IP address mismatch") != NULL);
	SSL_CTX_free(o.ssl);

	/* an untrusted CA: system store only, and another CA */
	o.ssl = NULL;		/* ws builds one on the system store */
	snprintf(url, sizeof(url), "wss://127.0.0.1:%d/ws", s->ports[2]);
	run(base, &t, url, &o, e, "TLS untrusted (system store)");
	CHECK_INT(t.opened, 0);
	CHECK(strstr(t.reason, "certificate verify failed") != NULL);
	o.ssl = ctx(other, 1);
	run(base, &t, url, &o, e, "TLS untrusted (other CA)");
	CHECK_INT(t.opened, 0);
	CHECK(strstr(t.reason, "certificate verify failed") != NULL);
	SSL_CTX_free(o.ssl);

	/* verification off: the wrong certificate is accepted */
	o.ssl = ctx(NULL, 0);
	snprintf(url, sizeof(url), "wss://127.0.0.1:%d/ws", s->ports[3]);
	run(base, &t, url, &o, e, "TLS no verify");
	CHECK_INT(t.opened, 1);
	CHECK_INT(t.bad, 0);
	SSL_CTX_free(o.ssl);

	/* TLS to a plain server fails cleanly */
	o.ssl = ctx(ca, 1);
	snprintf(url, sizeof(url), "wss://127.0.0.1:%d/ws", s->ports[0]);
	run(base, &t, url, &o, e, "TLS to plain");
	CHECK_INT(t.opened, 0);
	CHECK_INT(t.closes, 1);
	CHECK(strstr(t.reason, "TLS") != NULL);
	SSL_CTX_free(o.ssl);
}

int
main(void)
{
	struct event_base *base = event_base_new();
	struct t_srv srv;
	char dir[64];
	const char *args[] = { "--auth", AUTH, "--certs", dir, NULL };

	log_init(getenv("T_DEBUG") ? LOG_LVL_DEBUG : LOG_LVL_WARN, 0);
	signal(SIGPIPE, SIG_IGN);
	if (t_certs(dir) == -1 || t_srv_start(&srv, "ws_server.py", args) == -1) {
		CHECK(0);
		return t_done();
	}
	CHECK(srv.nports >= 5);
	test_plain(base, &srv);
	test_raw(base, &srv);
	test_tls(base, &srv, dir);
	t_idle(base, 300);	/* lingering connections end */
	t_srv_stop(&srv);
	t_rmdir(dir);
	event_base_free(base);
	return t_done();
}

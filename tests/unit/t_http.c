/* Tests of the REST client (src/protocol/http.c) against the aiohttp test
 * server tests/integration/http_server.py, which verifies our PSK tokens
 * with its own implementation. */
#include "t.h"
#include "t_proto.h"
#include "common/buf.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/jwt.h"
#include "protocol/tls.h"

#include <sys/stat.h>

#include <json-c/json.h>
#include <openssl/evp.h>

#define PSK	"test-psk-!x"

struct got {
	int		 n;		/* callbacks */
	long		 status;
	int		 failed;
	struct buf	 error, body;
	char		 hdr[256];	/* the header asked for by want_hdr */
	const char	*want_hdr;
	json_object	*json;
	/* in the callback: cancel this one, free this http */
	struct http_req	*cancel;
	struct http	*free;
	struct http_req	*self;
};

static void
got_reset(struct got *g)
{
	buf_free(&g->error);
	buf_free(&g->body);
	json_object_put(g->json);
	memset(g, 0, sizeof(*g));
}

static void
cb(const struct http_res *res, void *arg)
{
	struct got *g = arg;
	const char *h;

	g->n++;
	g->status = res->status;
	g->failed = res->failed;
	buf_reset(&g->error);
	if (res->error)
		buf_puts(&g->error, res->error);
	CHECK(res->body.data != NULL && res->body.data[res->body.len] == '\0');
	buf_reset(&g->body);
	buf_add(&g->body, res->body.data, res->body.len);
	if (g->want_hdr && (h = http_res_header(res, g->want_hdr)) != NULL)
		snprintf(g->hdr, sizeof(g->hdr), "%s", h);
	json_object_put(g->json);
	g->json = json_tokener_parse(buf_str(&g->body));
	if (g->self)
		http_cancel(g->self);	/* our own: a no-op */
	if (g->cancel)
		http_cancel(g->cancel);
	if (g->free)
		http_free(g->free);
}

static const char *
jstr(json_object *o, const char *path)
{
	json_object *v = o;
	char key[64], *dot;
	const char *p = path;

	while (v != NULL && *p) {
		snprintf(key, sizeof(key), "%s", p);
		if ((dot = strchr(key, '.')) != NULL)
			*dot = '\0';
		if (!json_object_object_get_ex(v, key, &v))
			return NULL;
		p += strlen(key);
		if (*p == '.')
			p++;
	}
	return v ? json_object_get_string(v) : NULL;
}

/* One request, run to its end. */
static void
req(struct event_base *base, struct http *h, const struct http_req_opts *o,
    struct got *g)
{
	const char *want = g->want_hdr;

	got_reset(g);
	g->want_hdr = want;
	CHECK(http_request(h, o, cb, g) != NULL);
	CHECK_INT(t_run(base, &g->n, 120, o->url), 0);
	CHECK_INT(g->n, 1);
}

static void
test_basic(struct event_base *base, struct http *h, int port)
{
	char url[256];
	struct got g = { 0 };
	struct http_req_opts o;
	const char *extra[] = { "X-Extra: one", "X-Other: two", NULL };
	const char *hv;

	memset(&o, 0, sizeof(o));
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/echo?a=1&b=2", port);
	o.url = url;
	o.accept = "application/json";
	o.headers = extra;
	g.want_hdr = "content-type";
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	CHECK_INT(g.failed, 0);
	CHECK_STR(jstr(g.json, "method"), "GET");
	CHECK_STR(jstr(g.json, "path"), "/echo?a=1&b=2");
	CHECK_STR(jstr(g.json, "auth"), "ok");	/* verified by the server */
	CHECK(jstr(g.json, "jwt_header") != NULL && strncmp(jstr(g.json,
	    "jwt_header"), "{\"alg\":\"HS256\",\"salt\":\"", 23) == 0);
	CHECK_STR(jstr(g.json, "headers.Accept"), "application/json");
	CHECK_STR(jstr(g.json, "headers.X-Extra"), "one");
	CHECK_STR(jstr(g.json, "headers.X-Other"), "two");
	CHECK(jstr(g.json, "headers.Expect") == NULL);
	CHECK(jstr(g.json, "headers.Content-Type") == NULL);
	CHECK(strncmp(g.hdr, "application/json", 16) == 0);

	/* POST with a JSON body, PATCH, PUT, DELETE, POST without body */
	o.method = "POST";
	o.body = "{\"kind\":\"x\"}";
	o.body_len = strlen(o.body);
	o.content_type = "application/json";
	o.headers = NULL;
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	CHECK_STR(jstr(g.json, "method"), "POST");
	CHECK_STR(jstr(g.json, "body"), "{\"kind\":\"x\"}");
	CHECK_STR(jstr(g.json, "headers.Content-Type"), "application/json");
	CHECK(jstr(g.json, "headers.Expect") == NULL);
	o.method = "PATCH";
	req(base, h, &o, &g);
	CHECK_STR(jstr(g.json, "method"), "PATCH");
	CHECK_STR(jstr(g.json, "body"), "{\"kind\":\"x\"}");
	CHECK_STR(jstr(g.json, "auth"), "ok");
	o.method = "PUT";
	o.body = "a\0b";	/* binary-safe */
	o.body_len = 3;
	o.content_type = NULL;
	req(base, h, &o, &g);
	CHECK_STR(jstr(g.json, "method"), "PUT");
	CHECK_STR(jstr(g.json, "body_len"), "3");
	CHECK(jstr(g.json, "headers.Content-Type") == NULL);
	o.method = "DELETE";
	o.body = NULL;
	o.body_len = 0;
	req(base, h, &o, &g);
	CHECK_STR(jstr(g.json, "method"), "DELETE");
	o.method = "POST";
	req(base, h, &o, &g);
	CHECK_STR(jstr(g.json, "method"), "POST");
	CHECK_STR(jstr(g.json, "headers.Content-Length"), "0");
	CHECK_STR(jstr(g.json, "body_len"), "0");
	o.method = "GET";	/* a GET with a body stays a GET */
	o.body = "q";
	o.body_len = 1;
	req(base, h, &o, &g);
	CHECK_STR(jstr(g.json, "method"), "GET");
	CHECK_STR(jstr(g.json, "body"), "q");
	o.method = "HEAD";
	o.body = NULL;
	o.body_len = 0;
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	CHECK_INT(g.body.len, 0);

	/* no_auth */
	o.method = NULL;
	o.no_auth = 1;
	req(base, h, &o, &g);
	CHECK_STR(jstr(g.json, "auth"), "none");
	CHECK(jstr(g.json, "headers.Authorization") == NULL);
	o.no_auth = 0;

	/* HTTP errors: status and body, not a transport failure */
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/status/404", port);
	g.want_hdr = "Retry-After";
	req(base, h, &o, &g);
	CHECK_INT(g.status, 404);
	CHECK_INT(g.failed, 0);
	CHECK_STR(buf_str(&g.body), "status 404");
	CHECK_STR(g.hdr, "5");
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/status/503", port);
	req(base, h, &o, &g);
	CHECK_INT(g.status, 503);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/status/204", port);
	req(base, h, &o, &g);
	CHECK_INT(g.status, 204);
	CHECK_INT(g.body.len, 0);

	/* response headers */
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/headers", port);
	g.want_hdr = "x-two";
	req(base, h, &o, &g);
	CHECK_STR(g.hdr, "two words");
	g.want_hdr = "X-NONE";
	req(base, h, &o, &g);
	CHECK_STR(g.hdr, "");
	g.want_hdr = NULL;

	/* the core's /ca/cert token: made by Python, verified by jwt_verify */
	{
		char err[256];
		json_object *claims = NULL, *v;

		snprintf(url, sizeof(url), "http://127.0.0.1:%d/catoken", port);
		g.want_hdr = "Authorization";
		req(base, h, &o, &g);
		hv = g.hdr;
		CHECK(strncmp(hv, "Bearer ", 7) == 0);
		CHECK_INT(jwt_verify(PSK, hv + 7, time(NULL), &claims, err,
		    sizeof(err)), 0);
		CHECK(claims != NULL && json_object_object_get_ex(claims,
		    "sha256_fingerprint", &v) && strcmp(json_object_get_string(v),
		    "AB:CD") == 0);
		json_object_put(claims);
		CHECK_INT(jwt_verify("wrong", hv + 7, time(NULL), NULL, err,
		    sizeof(err)), -1);
		CHECK_STR(err, "bad signature (wrong PSK?)");
		g.want_hdr = NULL;
	}
	got_reset(&g);
}

static void
test_failures(struct event_base *base, struct http *h, int port)
{
	char url[256];
	struct got g = { 0 };
	struct http_req_opts o;

	memset(&o, 0, sizeof(o));
	o.url = url;

	/* timeout */
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/slow?ms=5000", port);
	o.timeout_ms = 200;
	req(base, h, &o, &g);
	CHECK_INT(g.failed, 1);
	CHECK(strstr(buf_str(&g.error), url) != NULL);
	CHECK(strstr(buf_str(&g.error), "timed out") != NULL);
	o.timeout_ms = 0;

	/* connection refused */
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/x", t_dead_port());
	req(base, h, &o, &g);
	CHECK_INT(g.failed, 1);
	CHECK_INT(g.status, 0);
	CHECK(strncmp(buf_str(&g.error), "GET http://127.0.0.1:", 21) == 0);
	CHECK(strstr(buf_str(&g.error), "onnect") != NULL);

	/* a body file that is not there: fails from the loop */
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/upload", port);
	o.body_file = "/nonexistent/spool.ndjson";
	req(base, h, &o, &g);
	CHECK_INT(g.failed, 1);
	CHECK(strstr(buf_str(&g.error), "POST http") != NULL);
	CHECK(strstr(buf_str(&g.error), "/nonexistent/spool.ndjson: No such file") != NULL);
	o.body_file = NULL;

	/* bad input */
	o.url = "ftp://127.0.0.1/";
	req(base, h, &o, &g);
	CHECK_INT(g.failed, 1);
	{
		const char *bad[] = { "X-Evil: a\r\nX-Injected: b", NULL };

		o.url = url;
		o.headers = bad;
		req(base, h, &o, &g);
		CHECK_INT(g.failed, 1);
		CHECK(strstr(buf_str(&g.error), "bad extra header") != NULL);
		o.headers = NULL;
	}
	got_reset(&g);
}

static void
fill(const char *path, size_t size, unsigned char md[32])
{
	FILE *f = fopen(path, "w");
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	unsigned char b[65536];
	uint32_t x = 12345;
	size_t i, n;

	EVP_DigestInit_ex(c, EVP_sha256(), NULL);
	while (size > 0) {
		n = size < sizeof(b) ? size : sizeof(b);
		for (i = 0; i < n; i++) {
			x = x * 1103515245 + 12345;
			b[i] = (unsigned char)(x >> 16);
		}
		fwrite(b, 1, n, f);
		EVP_DigestUpdate(c, b, n);
		size -= n;
	}
	EVP_DigestFinal_ex(c, md, NULL);
	EVP_MD_CTX_free(c);
	fclose(f);
}

static void
hex(const unsigned char md[32], char out[65])
{
	int i;

	for (i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

static void
test_upload(struct event_base *base, struct http *h, int port, const char *dir)
{
	char url[256], path[128], fifo[128], sum[65], bytes[32];
	unsigned char md[32];
	struct got g = { 0 };
	struct http_req_opts o;
	size_t size = 50 * 1024 * 1024;
	int wfd, k;
	pid_t pid;

	memset(&o, 0, sizeof(o));
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/upload", port);
	o.url = url;
	o.content_type = "application/x-ndjson";

	/* 50 MB from a regular file: Content-Length, streamed */
	snprintf(path, sizeof(path), "%s/big.ndjson", dir);
	fill(path, size, md);
	hex(md, sum);
	o.body_file = path;
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	snprintf(bytes, sizeof(bytes), "%zu", size);
	CHECK_STR(jstr(g.json, "bytes"), bytes);
	CHECK_STR(jstr(g.json, "content_length"), bytes);
	CHECK_STR(jstr(g.json, "sha256"), sum);
	CHECK_STR(jstr(g.json, "chunked"), "false");
	CHECK_STR(jstr(g.json, "auth"), "ok");

	/* from a descriptor: from offset 0 whatever its offset, the same
	 * file after its name was given to another */
	wfd = open(path, O_RDONLY);
	CHECK(wfd > 2 && lseek(wfd, 12345, SEEK_SET) == 12345);
	unlink(path);
	fill(path, 10, md);
	o.body_file = NULL;
	o.body_fd = wfd;
	for (k = 0; k < 2; k++) {		/* twice: a retry */
		got_reset(&g);
		req(base, h, &o, &g);
		CHECK_INT(g.status, 200);
		CHECK_STR(jstr(g.json, "bytes"), bytes);
		CHECK_STR(jstr(g.json, "sha256"), sum);
	}
	close(wfd);
	o.body_fd = 0;
	o.body_file = path;
	unlink(path);

	/* from a pipe: chunked, the writer slower than us */
	snprintf(fifo, sizeof(fifo), "%s/fifo", dir);
	CHECK(mkfifo(fifo, 0600) == 0);
	snprintf(path, sizeof(path), "%s/small", dir);
	fill(path, 3 * 1024 * 1024 + 7, md);
	hex(md, sum);
	wfd = open(fifo, O_RDWR);	/* a writer exists before the reader */
	o.body_file = fifo;
	got_reset(&g);
	CHECK(http_request(h, &o, cb, &g) != NULL);
	if ((pid = fork()) == 0) {
		char b[100000];
		FILE *f = fopen(path, "r");
		size_t n;

		while ((n = fread(b, 1, sizeof(b), f)) > 0) {
			if (write(wfd, b, n) != (ssize_t)n)
				_exit(1);
			usleep(20000);
		}
		_exit(0);
	}
	close(wfd);
	CHECK_INT(t_run(base, &g.n, 60, "chunked upload"), 0);
	waitpid(pid, NULL, 0);
	CHECK_STR(jstr(g.json, "bytes"), "3145735");
	CHECK_STR(jstr(g.json, "sha256"), sum);
	CHECK_STR(jstr(g.json, "chunked"), "true");
	unlink(fifo);
	unlink(path);
	got_reset(&g);
}

static void
test_cancel(struct event_base *base, struct tls_opts *tls, struct jwt_key *key,
    int port)
{
	char slow[256], fast[256];
	struct got a = { 0 }, b = { 0 }, c = { 0 };
	struct http_req_opts o;
	struct http_req *ra, *rb;
	struct http *h = http_new(base, tls, key);

	memset(&o, 0, sizeof(o));
	snprintf(slow, sizeof(slow), "http://127.0.0.1:%d/slow?ms=400", port);
	snprintf(fast, sizeof(fast), "http://127.0.0.1:%d/slow?ms=10", port);

	/* cancel right away, and from the loop while in flight */
	o.url = slow;
	ra = http_request(h, &o, cb, &a);
	http_cancel(ra);
	rb = http_request(h, &o, cb, &b);
	t_idle(base, 100);
	http_cancel(rb);
	t_idle(base, 800);
	CHECK_INT(a.n + b.n, 0);

	/* cancel another request and (harmlessly) itself from a callback */
	o.url = slow;
	rb = http_request(h, &o, cb, &b);
	o.url = fast;
	a.cancel = rb;
	a.self = ra = http_request(h, &o, cb, &a);
	CHECK_INT(t_run(base, &a.n, 20, "fast request"), 0);
	t_idle(base, 800);
	CHECK_INT(a.n, 1);
	CHECK_INT(a.status, 200);
	CHECK_INT(b.n, 0);

	/* the http still works; then free it from a callback with one in flight */
	o.url = slow;
	rb = http_request(h, &o, cb, &b);
	o.url = fast;
	memset(&c, 0, sizeof(c));
	c.free = h;
	http_request(h, &o, cb, &c);
	CHECK_INT(t_run(base, &c.n, 20, "free from a callback"), 0);
	t_idle(base, 800);
	CHECK_INT(c.n, 1);
	CHECK_INT(b.n, 0);

	/* free with requests in flight: no callbacks */
	h = http_new(base, tls, key);
	o.url = slow;
	http_request(h, &o, cb, &b);
	http_request(h, &o, cb, &b);
	t_idle(base, 50);
	http_free(h);
	t_idle(base, 600);
	CHECK_INT(b.n, 0);
	got_reset(&a);
	got_reset(&b);
	got_reset(&c);
}

static void
test_tls(struct event_base *base, struct jwt_key *key, const struct t_srv *s,
    const char *dir)
{
	char url[256], ca[128], pem[8192], cert[128], keyf[128];
	struct tls_opts tls = { NULL, NULL, 1, NULL, NULL, NULL };
	struct http_req_opts o;
	struct got g = { 0 };
	struct http *h;
	FILE *f;
	size_t n;

	memset(&o, 0, sizeof(o));
	o.url = url;
	snprintf(ca, sizeof(ca), "%s/ca.pem", dir);

	/* the CA from a file: by IP and by name; the system store still loads */
	tls.ca_file = ca;
	h = http_new(base, &tls, key);
	CHECK(h != NULL);
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/echo", s->ports[1]);
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	CHECK_STR(jstr(g.json, "auth"), "ok");
	snprintf(url, sizeof(url), "https://localhost:%d/echo", s->ports[1]);
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	http_free(h);

	/* the CA in memory (as fetched from /ca/cert) */
	f = fopen(ca, "r");
	n = f ? fread(pem, 1, sizeof(pem) - 1, f) : 0;
	pem[n] = '\0';
	if (f)
		fclose(f);
	tls.ca_file = NULL;
	tls.ca_pem = pem;
	h = http_new(base, &tls, key);
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/echo", s->ports[1]);
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	CHECK_INT(g.failed, 0);
	http_free(h);

	/* no CA: verification fails, names the URL; per request no_verify */
	tls.ca_pem = NULL;
	h = http_new(base, &tls, key);
	req(base, h, &o, &g);
	CHECK_INT(g.failed, 1);
	CHECK(strstr(buf_str(&g.error), url) != NULL);
	CHECK(strstr(buf_str(&g.error), "certificate") != NULL);
	o.no_verify = 1;
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	o.no_verify = 0;
	http_free(h);

	/* verification off for the whole http */
	tls.verify = 0;
	h = http_new(base, &tls, key);
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	http_free(h);
	tls.verify = 1;

	/* a client certificate with an encrypted key */
	snprintf(cert, sizeof(cert), "%s/client.pem", dir);
	snprintf(keyf, sizeof(keyf), "%s/client-enc.key", dir);
	tls.ca_file = ca;
	tls.cert = cert;
	tls.key = keyf;
	tls.key_pass = "secretpw";
	h = http_new(base, &tls, key);
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/echo", s->ports[2]);
	req(base, h, &o, &g);
	CHECK_INT(g.status, 200);
	CHECK_STR(jstr(g.json, "client_cert"), "client");
	http_free(h);
	tls.key_pass = "wrong";
	h = http_new(base, &tls, key);
	req(base, h, &o, &g);
	CHECK_INT(g.failed, 1);
	http_free(h);

	/* tls_client_ctx with the same options (the websocket side) */
	{
		char err[256];
		SSL_CTX *c;

		tls.key_pass = "secretpw";
		c = tls_client_ctx(&tls, err, sizeof(err));
		CHECK(c != NULL);
		SSL_CTX_free(c);
		tls.key_pass = "wrong";
		c = tls_client_ctx(&tls, err, sizeof(err));
		CHECK(c == NULL);
		CHECK(strstr(err, "client-enc.key") != NULL);
		tls.key_pass = NULL;
		tls.cert = tls.key = NULL;
		tls.ca_file = "/nonexistent/ca.pem";
		c = tls_client_ctx(&tls, err, sizeof(err));
		CHECK(c == NULL);
		CHECK(strstr(err, "/nonexistent/ca.pem") != NULL);
		CHECK(http_new(base, &tls, key) == NULL);
		tls.ca_file = NULL;
		tls.ca_pem = "not a certificate";
		CHECK(http_new(base, &tls, key) == NULL);
	}
	got_reset(&g);
}

int
main(void)
{
	struct event_base *base = event_base_new();
	struct t_srv srv;
	struct jwt_key *key;
	struct http *h;
	char dir[64];
	const char *args[] = { "--psk", PSK, "--certs", dir, NULL };

	log_init(getenv("T_DEBUG") ? LOG_LVL_DEBUG : LOG_LVL_ERROR, 0);
	signal(SIGPIPE, SIG_IGN);
	if (t_certs(dir) == -1 || t_srv_start(&srv, "http_server.py", args) == -1) {
		CHECK(0);
		return t_done();
	}
	CHECK(srv.nports >= 3);
	key = jwt_key_new(PSK);
	h = http_new(base, NULL, key);
	CHECK(h != NULL);
	test_basic(base, h, srv.ports[0]);
	test_failures(base, h, srv.ports[0]);
	test_upload(base, h, srv.ports[0], dir);
	http_free(h);
	test_cancel(base, NULL, key, srv.ports[0]);
	test_tls(base, key, &srv, dir);
	/* without a key: no Authorization */
	{
		struct http_req_opts o;
		struct got g = { 0 };
		char url[128];

		memset(&o, 0, sizeof(o));
		snprintf(url, sizeof(url), "http://127.0.0.1:%d/echo", srv.ports[0]);
		o.url = url;
		h = http_new(base, NULL, NULL);
		req(base, h, &o, &g);
		CHECK_STR(jstr(g.json, "auth"), "none");
		http_free(h);
		got_reset(&g);
	}
	jwt_key_free(key);
	t_srv_stop(&srv);
	t_rmdir(dir);
	event_base_free(base);
	return t_done();
}

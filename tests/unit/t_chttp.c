/* Tests of the collectors' HTTP layer (src/collector/http) against the
 * aiohttp test server tests/integration/chttp_server.py, which counts the
 * calls in flight, fails on demand, pages in every token style and
 * verifies SigV4 with botocore's own signer. */
#include "t.h"
#include "t_proto.h"
#include "collector/http/chttp.h"
#include "collector/sandbox.h"
#include "common/buf.h"
#include "common/log.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include <json-c/json.h>

static int port, tls_port;
static int boxed;		/* inside the sandbox: no processes of our own */
static char certs[64];

struct got {
	int		 n;
	long		 status;
	enum chttp_err	 err;
	int		 attempts, http_version;
	long		 ms;
	char		 error[2048], code[64], body[4096];
	json_object	*json;
};

static void
got_free(struct got *g)
{
	json_object_put(g->json);
	memset(g, 0, sizeof(*g));
}

static void
cb(const struct chttp_res *r, void *arg)
{
	struct got *g = arg;

	g->n++;
	g->status = r->status;
	g->err = r->err;
	g->attempts = r->attempts;
	g->http_version = r->http_version;
	g->ms = r->ms;
	snprintf(g->error, sizeof(g->error), "%s", r->error ? r->error : "");
	snprintf(g->code, sizeof(g->code), "%s", r->err_code ? r->err_code : "");
	snprintf(g->body, sizeof(g->body), "%s", r->body);
	CHECK(r->body[r->len] == '\0');
	json_object_put(g->json);
	g->json = json_tokener_parse(r->body);
}

static long
ms_since(struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

static struct chttp *
ctx(long base_ms)
{
	struct chttp_opts o;
	static const char *const codes[] = { "Throttling",
	    "ThrottlingException", "RequestLimitExceeded",
	    "TooManyRequestsException", NULL };

	memset(&o, 0, sizeof(o));
	o.backoff_base_ms = base_ms;
	o.throttle_codes = codes;
	o.proxy = "";
	return chttp_new(&o);
}

/* One GET of path on the test server, run to its end. */
static void
get1(struct chttp *c, const char *path, long timeout_ms, int retries,
    struct got *g)
{
	struct chttp_call call;
	char url[512];

	snprintf(url, sizeof(url), "http://127.0.0.1:%d%s", port, path);
	memset(&call, 0, sizeof(call));
	call.url = url;
	call.service = "test";
	call.operation = "Get";
	call.region = "local-1";
	call.timeout_ms = timeout_ms;
	call.retries = retries;
	chttp_submit(c, &call, cb, g);
	chttp_run(c);
}

static json_object *
server_stats(int reset)
{
	struct chttp *c = ctx(0);
	struct got g = { 0 };
	json_object *o;

	get1(c, reset ? "/stats?reset=1" : "/stats", 0, 0, &g);
	chttp_free(c);
	o = json_object_get(g.json);
	got_free(&g);
	return o;
}

static int
jint(json_object *o, const char *path)
{
	return json_object_get_int(chttp_json_path(o, path));
}

/* 40 calls over 4 keys: at most 6 in flight, 2 per key, 1 for key b. */
static void
test_bounds(void)
{
	struct chttp_opts o;
	struct chttp *c;
	struct chttp_call call;
	struct chttp_stats st;
	struct got g[40];
	char url[256], key[8];
	json_object *s;
	int i, ok = 0;

	json_object_put(server_stats(1));
	memset(&o, 0, sizeof(o));
	o.max_inflight = 6;
	o.max_per_key = 2;
	o.proxy = "";
	c = chttp_new(&o);
	chttp_key_limit(c, "b", 1);
	memset(g, 0, sizeof(g));
	for (i = 0; i < 40; i++) {
		snprintf(key, sizeof(key), "%c", "abcde"[i % 5]);
		snprintf(url, sizeof(url), "http://127.0.0.1:%d/count?k=%s&ms=80",
		    port, key);
		memset(&call, 0, sizeof(call));
		call.url = url;
		call.service = "test";
		call.operation = "Count";
		call.key = key;
		chttp_submit(c, &call, cb, &g[i]);
	}
	CHECK_INT(chttp_run(c), 0);
	for (i = 0; i < 40; i++) {
		ok += g[i].n == 1 && g[i].status == 200 && g[i].err == CHTTP_OK;
		got_free(&g[i]);
	}
	CHECK_INT(ok, 40);
	chttp_stats(c, &st);
	CHECK_INT(st.calls, 40);
	CHECK_INT(st.attempts, 40);
	CHECK_INT(st.max_inflight, 6);
	CHECK(st.connections >= 1 && st.connections <= 6);
	chttp_free(c);
	s = server_stats(1);
	CHECK_INT(jint(s, "total"), 40);
	CHECK_INT(jint(s, "max"), 6);
	CHECK_INT(jint(s, "max_by_key.a"), 2);
	CHECK_INT(jint(s, "max_by_key.b"), 1);
	CHECK(jint(s, "max_by_key.c") <= 2);
	/* +1: the /stats call itself; connections were reused */
	CHECK(jint(s, "ports") <= 7);
	json_object_put(s);
}

/* The default key is service/region: 2 regions run 2 calls each. */
static void
test_default_key(void)
{
	struct chttp_opts o;
	struct chttp *c;
	struct chttp_call call;
	struct got g[12];
	char url[256];
	json_object *s;
	int i;

	json_object_put(server_stats(1));
	memset(&o, 0, sizeof(o));
	o.max_per_key = 2;
	o.proxy = "";
	c = chttp_new(&o);
	memset(g, 0, sizeof(g));
	for (i = 0; i < 12; i++) {
		snprintf(url, sizeof(url), "http://127.0.0.1:%d/count?k=%s&ms=60",
		    port, i % 2 ? "r1" : "r2");
		memset(&call, 0, sizeof(call));
		call.url = url;
		call.service = "ec2";
		call.region = i % 2 ? "r1" : "r2";
		chttp_submit(c, &call, cb, &g[i]);
	}
	chttp_run(c);
	for (i = 0; i < 12; i++)
		got_free(&g[i]);
	chttp_free(c);
	s = server_stats(1);
	CHECK_INT(jint(s, "max"), 4);
	CHECK_INT(jint(s, "max_by_key.r1"), 2);
	CHECK_INT(jint(s, "max_by_key.r2"), 2);
	json_object_put(s);
}

struct chain {
	struct chttp	*c;
	int		 left, done;
};

static void
chain_cb(const struct chttp_res *r, void *arg)
{
	struct chain *ch = arg;
	struct chttp_call call;
	char url[128];

	CHECK_INT(r->status, 200);
	ch->done++;
	if (ch->left-- <= 0)
		return;
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/echo", port);
	memset(&call, 0, sizeof(call));
	call.url = url;
	chttp_submit(ch->c, &call, chain_cb, ch);
}

/* A callback submits the next call; chttp_run waits for all of them. */
static void
test_chain(void)
{
	struct chain ch = { ctx(0), 4, 0 };

	chain_cb(&(struct chttp_res){ .status = 200 }, &ch);
	ch.done = 0;
	CHECK_INT(chttp_run(ch.c), 0);
	CHECK_INT(ch.done, 4);
	chttp_free(ch.c);
}

static void
test_retries(void)
{
	static const struct {
		const char	*path;
		int		 attempts;
	} flaky[] = {
		{ "/flaky?id=5xx&fail=3&status=500", 4 },
		{ "/flaky?id=q&fail=1&status=400&body=query&code=Throttling", 2 },
		{ "/flaky?id=e&fail=1&status=503&body=ec2"
		  "&code=RequestLimitExceeded", 2 },
		{ "/flaky?id=j&fail=1&status=400&body=json"
		  "&code=ThrottlingException", 2 },
		{ "/flaky?id=j2&fail=1&status=400&body=json"
		  "&code=TooManyRequestsException", 2 },
		{ "/flaky?id=s&fail=1&status=200&body=slack&code=ratelimited", 1 },
		{ "/flaky?id=t&fail=1&status=400&errtype=ThrottlingException", 2 },
		{ "/flaky?id=u&fail=1&status=400&errtype=ValidationException", 1 },
	};
	struct chttp *c = ctx(20);
	size_t i;
	struct chttp_stats st;
	struct timespec t0;
	struct got g = { 0 };
	char path[256];
	long ms;

	/* 429 with Retry-After: 1 (seconds), twice */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	get1(c, "/flaky?id=ra&fail=2&status=429&ra=1", 0, 0, &g);
	ms = ms_since(&t0);
	CHECK_INT(g.status, 200);
	CHECK_INT(g.attempts, 3);
	CHECK_INT(jint(g.json, "attempts"), 3);
	CHECK(g.error[0] == '\0');
	CHECK(ms >= 1900);
	chttp_stats(c, &st);
	CHECK_INT(st.throttled, 2);
	CHECK_INT(st.retries, 2);
	got_free(&g);

	/* Retry-After as an HTTP-date 2 s ahead (whole seconds: >= 1 s) */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	get1(c, "/flaky?id=rad&fail=1&status=503&radate=2", 0, 0, &g);
	ms = ms_since(&t0);
	CHECK_INT(g.status, 200);
	CHECK_INT(g.attempts, 2);
	CHECK(ms >= 900);
	got_free(&g);

	/* 5xx without Retry-After, the cloud's throttling codes in the body
	 * of a 400 or 503 (each error format): backoff, then success */
	for (i = 0; i < sizeof(flaky) / sizeof(flaky[0]); i++) {
		get1(c, flaky[i].path, 0, 0, &g);
		CHECK_INT(g.status, strstr(flaky[i].path, "Validation") ?
		    400 : 200);
		CHECK_INT(g.attempts, flaky[i].attempts);
		if (strstr(flaky[i].path, "errtype=Validation"))
			CHECK_STR(g.code, "ValidationException");
		got_free(&g);
	}

	/* another code: final, reported with code and message */
	get1(c, "/flaky?id=v&fail=1&status=400&body=query&code=ValidationError",
	    0, 0, &g);
	CHECK_INT(g.status, 400);
	CHECK_INT(g.attempts, 1);
	CHECK_INT(g.err, CHTTP_OK);
	CHECK_STR(g.code, "ValidationError");
	CHECK_STR(g.error, "test Get local-1: HTTP 400 ValidationError: "
	    "Rate exceeded");
	got_free(&g);

	/* retries exhausted */
	get1(c, "/flaky?id=x&fail=100&status=502", 0, 2, &g);
	CHECK_INT(g.status, 502);
	CHECK_INT(g.attempts, 3);
	CHECK(strstr(g.error, "HTTP 502") != NULL);
	CHECK(strstr(g.error, "after 3 attempts") != NULL);
	got_free(&g);

	/* retries: -1 is none */
	get1(c, "/flaky?id=none&fail=1&status=500", 0, -1, &g);
	CHECK_INT(g.attempts, 1);
	CHECK_INT(g.status, 500);
	got_free(&g);

	/* connection closed without an answer, then an answer */
	get1(c, "/drop?id=d&n=2", 0, 0, &g);
	CHECK_INT(g.status, 200);
	/* curl itself retries once on a reused connection found dead */
	CHECK(g.attempts >= 2);
	CHECK_INT(jint(g.json, "attempts"), 3);
	got_free(&g);

	/* a Retry-After past the call's deadline: no waiting, the 429 */
	get1(c, "/flaky?id=long&fail=5&status=429&ra=100", 3000, 0, &g);
	CHECK_INT(g.status, 429);
	CHECK_INT(g.attempts, 1);
	CHECK(strstr(g.error, "would pass the deadline") != NULL);
	got_free(&g);
	chttp_free(c);

	/* connection refused on every attempt */
	c = ctx(5);
	snprintf(path, sizeof(path), "http://127.0.0.1:%d/x", t_dead_port());
	{
		struct chttp_call call;

		memset(&call, 0, sizeof(call));
		call.url = path;
		call.service = "ec2";
		call.operation = "DescribeRegions";
		call.region = "us-east-1";
		call.retries = 3;
		chttp_submit(c, &call, cb, &g);
		chttp_run(c);
	}
	CHECK_INT(g.err, CHTTP_E_CONNECT);
	CHECK_INT(g.status, 0);
	CHECK_INT(g.attempts, 4);
	CHECK(strncmp(g.error, "ec2 DescribeRegions us-east-1: ", 31) == 0);
	got_free(&g);
	chttp_free(c);

	/* refused until a server comes up on the port 0.5 s later (a
	 * process of its own: not inside the sandbox) */
	c = ctx(100);
	if (!boxed) {
		struct chttp_call call;
		int dead = t_dead_port();
		char cmd[256];
		pid_t pid;

		snprintf(cmd, sizeof(cmd), "sleep 0.5; exec %s -m http.server "
		    "--bind 127.0.0.1 --directory %s %d >/dev/null 2>&1",
		    getenv("PYTHON3") ? getenv("PYTHON3") : "python3", certs,
		    dead);
		if ((pid = fork()) == 0) {
			execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
			_exit(127);
		}
		snprintf(path, sizeof(path), "http://127.0.0.1:%d/ca.pem",
		    dead);
		memset(&call, 0, sizeof(call));
		call.url = path;
		call.retries = 10;
		chttp_submit(c, &call, cb, &g);
		chttp_run(c);
		CHECK_INT(g.status, 200);
		CHECK(g.attempts > 1);
		CHECK(strstr(g.body, "BEGIN CERTIFICATE") != NULL);
		got_free(&g);
		kill(pid, SIGTERM);
		waitpid(pid, NULL, 0);
	}
	chttp_free(c);
}

/* A context with these bounds and deadlines (0: defaults), and three
 * calls to /slow?ms=ms run to their end, into g; *rc is chttp_run's. */
static struct chttp *
slow3(int max_inflight, long call_timeout_ms, long deadline_ms, int ms,
    struct got g[3], int *rc)
{
	struct chttp_opts o;
	struct chttp *c;
	struct chttp_call call;
	char url[128];
	int i;

	memset(&o, 0, sizeof(o));
	o.max_inflight = max_inflight;
	o.call_timeout_ms = call_timeout_ms;
	o.deadline_ms = deadline_ms;
	o.proxy = "";
	c = chttp_new(&o);
	memset(g, 0, 3 * sizeof(*g));
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/slow?ms=%d", port, ms);
	memset(&call, 0, sizeof(call));
	call.url = url;
	call.service = "test";
	for (i = 0; i < 3; i++)
		chttp_submit(c, &call, cb, &g[i]);
	*rc = chttp_run(c);
	return c;
}

static void
test_deadlines(void)
{
	struct chttp *c = ctx(0);
	struct chttp_call call;
	struct timespec t0;
	struct got g = { 0 }, g2[3], late = { 0 };
	int i, rc;

	/* the call's deadline, a slow server: not retried */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	get1(c, "/slow?ms=3000", 300, 0, &g);
	CHECK_INT(g.err, CHTTP_E_TIMEOUT);
	CHECK(ms_since(&t0) < 1500);
	CHECK_INT(g.attempts, 1);
	CHECK(strstr(g.error, "deadline") != NULL);
	got_free(&g);
	chttp_free(c);

	/* a call's deadline counts from its first attempt, not from its
	 * submission: three calls of 250 ms one after the other (one slot)
	 * each within their 600 ms */
	c = slow3(1, 600, 0, 250, g2, &rc);
	CHECK_INT(rc, 0);
	for (i = 0; i < 3; i++) {
		CHECK_INT(g2[i].status, 200);
		got_free(&g2[i]);
	}
	chttp_free(c);

	/* the account's deadline ends the calls in flight and the waiting */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	c = slow3(2, 0, 500, 3000, g2, &rc);
	CHECK_INT(rc, -1);
	CHECK(ms_since(&t0) < 1500);
	for (i = 0; i < 3; i++) {
		CHECK_INT(g2[i].n, 1);
		CHECK_INT(g2[i].err, CHTTP_E_DEADLINE);
		CHECK(strstr(g2[i].error, "account's deadline") != NULL);
		got_free(&g2[i]);
	}
	/* and any later call */
	memset(&call, 0, sizeof(call));
	call.url = "http://127.0.0.1:1/never";
	chttp_submit(c, &call, cb, &late);
	CHECK_INT(late.n, 0);		/* never from the submission */
	CHECK_INT(chttp_run(c), -1);
	CHECK_INT(late.n, 1);
	CHECK_INT(late.err, CHTTP_E_DEADLINE);
	got_free(&late);
	chttp_free(c);
}

/* chttp_later: a function called once its time has passed, the calls
 * running meanwhile; called at once when the context ends first */
struct later {
	struct chttp	*c;
	struct timespec	 t0;
	long		 at[4];
	int		 n, again;
};

static void
later_fn(void *arg)
{
	struct later *l = arg;

	if (l->n < 4)
		l->at[l->n] = ms_since(&l->t0);
	l->n++;
	if (l->again-- > 0)
		chttp_later(l->c, 100, later_fn, l);
}

static void
test_later(void)
{
	struct chttp_opts o;
	struct later l;
	struct got g = { 0 };
	struct chttp_call call;
	char url[128];

	/* after 300 ms; a call of 50 ms ends before it */
	memset(&l, 0, sizeof(l));
	l.c = ctx(0);
	clock_gettime(CLOCK_MONOTONIC, &l.t0);
	chttp_later(l.c, 300, later_fn, &l);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/slow?ms=50", port);
	memset(&call, 0, sizeof(call));
	call.url = url;
	chttp_submit(l.c, &call, cb, &g);
	CHECK_INT(l.n, 0);
	CHECK_INT(chttp_run(l.c), 0);
	CHECK_INT(l.n, 1);
	CHECK_INT(g.n, 1);
	CHECK_INT(g.status, 200);
	CHECK(l.at[0] >= 290 && l.at[0] < 1500);
	got_free(&g);
	/* again and again from its own function: 100 ms apart */
	memset(&l.at, 0, sizeof(l.at));
	l.n = 0;
	l.again = 2;
	clock_gettime(CLOCK_MONOTONIC, &l.t0);
	chttp_later(l.c, 100, later_fn, &l);
	CHECK_INT(chttp_run(l.c), 0);
	CHECK_INT(l.n, 3);
	CHECK(l.at[1] - l.at[0] >= 90 && l.at[2] - l.at[1] >= 90);
	chttp_free(l.c);

	/* the account's deadline comes first: called then, not after 5 s */
	memset(&o, 0, sizeof(o));
	o.deadline_ms = 200;
	o.proxy = "";
	memset(&l, 0, sizeof(l));
	l.c = chttp_new(&o);
	clock_gettime(CLOCK_MONOTONIC, &l.t0);
	chttp_later(l.c, 5000, later_fn, &l);
	CHECK_INT(chttp_run(l.c), -1);
	CHECK_INT(l.n, 1);
	CHECK(l.at[0] >= 190 && l.at[0] < 1500);
	/* and on an ended context at once */
	chttp_later(l.c, 5000, later_fn, &l);
	CHECK_INT(chttp_run(l.c), -1);
	CHECK_INT(l.n, 2);
	CHECK(l.at[1] < 1500);
	chttp_free(l.c);

	/* aborted: at once; freed with one pending: nothing called */
	memset(&l, 0, sizeof(l));
	l.c = ctx(0);
	clock_gettime(CLOCK_MONOTONIC, &l.t0);
	chttp_later(l.c, 5000, later_fn, &l);
	chttp_abort(l.c, "test");
	CHECK_INT(chttp_run(l.c), -1);
	CHECK_INT(l.n, 1);
	CHECK(l.at[0] < 1500);
	chttp_free(l.c);
	l.c = ctx(0);
	chttp_later(l.c, 5000, later_fn, &l);
	chttp_free(l.c);
	CHECK_INT(l.n, 1);
}

static void
test_abort(void)
{
	struct chttp *c = ctx(0);
	struct chttp_call call;
	struct got g[3];
	char url[128];
	int i;

	memset(g, 0, sizeof(g));
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/slow?ms=3000", port);
	memset(&call, 0, sizeof(call));
	call.url = url;
	call.service = "sts";
	for (i = 0; i < 3; i++)
		chttp_submit(c, &call, cb, &g[i]);
	chttp_abort(c, "credentials refused");
	CHECK_INT(chttp_run(c), -1);
	for (i = 0; i < 3; i++) {
		CHECK_INT(g[i].err, CHTTP_E_ABORTED);
		CHECK_STR(g[i].error, "sts: aborted: credentials refused");
		got_free(&g[i]);
	}
	chttp_free(c);
}

static void
test_size_cap(void)
{
	struct chttp_opts o;
	struct chttp *c;
	struct got g = { 0 };

	memset(&o, 0, sizeof(o));
	o.max_response = 1000;
	o.proxy = "";
	c = chttp_new(&o);
	get1(c, "/big?n=1000", 0, 0, &g);
	CHECK_INT(g.status, 200);
	CHECK_INT(strlen(g.body), 1000);
	got_free(&g);
	get1(c, "/big?n=1001", 0, 0, &g);
	CHECK_INT(g.err, CHTTP_E_TOO_LARGE);
	CHECK_INT(g.attempts, 1);
	CHECK(strstr(g.error, "larger than 1000 bytes") != NULL);
	got_free(&g);
	get1(c, "/big?n=300000&chunked=1", 0, 0, &g);
	CHECK_INT(g.err, CHTTP_E_TOO_LARGE);
	got_free(&g);
	chttp_free(c);
}

/* --- pagination ------------------------------------------------------ */

struct pg {
	const char	*style;
	struct buf	 url, body, ids;
	int		 done, pages, fail_make_at, made;
	int		 ahead;		/* a token function (pg_token) */
	const char	*wrong;		/* which finds this token */
	int		 made_at[8], nread;	/* calls made when page i is read */
	char		 error[1024];
	long		 status;
	enum chttp_err	 err;
};

static int
pg_make(struct chttp_call *call, const char *token, void *arg)
{
	struct pg *p = arg;
	static const char *const param[][2] = {
		{ "ec2", "NextToken" }, { "repeat", "NextToken" },
		{ "marker", "Marker" }, { "s3", "continuation-token" },
		{ "pagetoken", "pageToken" }, { "cursor", "cursor" },
		{ "bad", "NextToken" },
	};
	size_t i;

	if (++p->made == p->fail_make_at)
		return -1;
	buf_reset(&p->url);
	buf_printf(&p->url, "http://127.0.0.1:%d/page/%s?n=10&size=3", port,
	    strcmp(p->style, "bad") ? p->style : "ec2");
	call->url = p->url.data;
	call->service = "test";
	call->operation = p->style;
	call->region = "local-1";
	if (strcmp(p->style, "json-nexttoken") == 0) {
		buf_reset(&p->body);
		if (token)
			buf_printf(&p->body, "{\"NextToken\":\"%s\"}", token);
		else
			buf_puts(&p->body, "{}");
		call->body = p->body.data;
		call->body_len = p->body.len;
		call->content_type = "application/x-amz-json-1.1";
		return 0;
	}
	for (i = 0; i < sizeof(param) / sizeof(param[0]); i++)
		if (token && strcmp(param[i][0], p->style) == 0)
			buf_printf(&p->url, "&%s=%s", param[i][1],
			    strcmp(p->style, "bad") ? token : "garbage");
	call->url = p->url.data;
	return 0;
}

static int
pg_item(json_object *item, struct buf *err, void *arg)
{
	struct pg *p = arg;
	const char *id = chttp_json_str(item, "thingId");

	if (id == NULL)
		id = chttp_json_str(item, "ThingName");
	if (id == NULL)
		id = chttp_json_str(item, "Key");
	if (id != NULL)
		buf_printf(&p->ids, "%s,", id);
	/* EC2's tagSet: a list of items is an array */
	if (chttp_json_path(item, "tagSet") != NULL)
		CHECK(json_object_is_type(chttp_json_path(item, "tagSet"),
		    json_type_array));
	json_object_put(item);
	return 0;
}

static int
pg_page(const struct chttp_res *r, struct buf *next, struct buf *err,
    void *arg)
{
	struct pg *p = arg;
	const char *items = NULL, *idkey = NULL, *tok = NULL;
	const char *leaves[3] = { NULL };
	char *v[3] = { NULL };
	json_object *o, *a;
	size_t i;
	int n;

	if (p->nread < 8)
		p->made_at[p->nread++] = p->made;

	if (strcmp(p->style, "ec2") == 0 || strcmp(p->style, "repeat") == 0 ||
	    strcmp(p->style, "bad") == 0) {
		items = "DescribeThingsResponse/thingSet/item";
		leaves[0] = "DescribeThingsResponse/nextToken";
	} else if (strcmp(p->style, "marker") == 0) {
		items = "ListThingsResponse/ListThingsResult/Things/member";
		leaves[0] = "*/ListThingsResult/Marker";
		leaves[1] = "*/ListThingsResult/IsTruncated";
	} else if (strcmp(p->style, "s3") == 0) {
		items = "ListBucketResult/Contents";
		leaves[0] = "ListBucketResult/NextContinuationToken";
		leaves[1] = "ListBucketResult/IsTruncated";
	}
	if (items != NULL) {
		n = chttp_xml_items(r->body, r->len, items, pg_item, p, leaves,
		    v, err);
		if (n >= 0 && v[0] && (leaves[1] == NULL ||
		    (v[1] && strcmp(v[1], "true") == 0)))
			buf_puts(next, v[0]);
		for (i = 0; i < 3; i++)
			free(v[i]);
		return n < 0 ? -1 : 0;
	}
	if ((o = chttp_json(r, err)) == NULL)
		return -1;
	if (strcmp(p->style, "json-nexttoken") == 0) {
		a = chttp_json_path(o, "Items");
		idkey = "Id";
		tok = chttp_json_str(o, "NextToken");
	} else if (strcmp(p->style, "pagetoken") == 0) {
		a = chttp_json_path(o, "items");
		idkey = "name";
		tok = chttp_json_str(o, "nextPageToken");
	} else {
		a = chttp_json_path(o, "members");
		idkey = "id";
		tok = chttp_json_str(o, "response_metadata.next_cursor");
	}
	for (i = 0; i < json_object_array_length(a); i++)
		buf_printf(&p->ids, "%s,", chttp_json_str(
		    json_object_array_get_idx(a, i), idkey));
	if (tok)
		buf_puts(next, tok);
	json_object_put(o);
	return 0;
}

static void
pg_done(const struct chttp_res *r, const char *error, int pages, void *arg)
{
	struct pg *p = arg;

	p->done++;
	p->pages = pages;
	snprintf(p->error, sizeof(p->error), "%s", error ? error : "");
	p->status = r ? r->status : 0;
	p->err = r ? r->err : CHTTP_OK;
}

/* EC2's next token from the page's tail, or the wrong one asked for */
static int
pg_token(const struct chttp_res *r, struct buf *next, void *arg)
{
	struct pg *p = arg;

	if (p->wrong != NULL) {
		buf_puts(next, p->wrong);
		return 1;
	}
	return chttp_xml_tail_leaf(r->body, r->len,
	    "DescribeThingsResponse/nextToken", next);
}

static void
run_pager(struct pg *p, const char *style)
{
	struct chttp *c = ctx(0);
	struct chttp_pager def = { pg_make, pg_page, pg_done, p, 0, NULL };

	if (p->ahead)
		def.token = pg_token;
	p->style = style;
	chttp_page(c, &def);
	CHECK_INT(p->done, 0);
	chttp_run(c);
	CHECK_INT(p->done, 1);
	chttp_free(c);
}

static void
pg_free(struct pg *p)
{
	buf_free(&p->url);
	buf_free(&p->body);
	buf_free(&p->ids);
	memset(p, 0, sizeof(*p));
}

static void
test_pagers(void)
{
	static const char *const styles[] = { "json-nexttoken", "ec2",
	    "marker", "s3", "pagetoken", "cursor" };
	struct pg p;
	size_t i;

	for (i = 0; i < sizeof(styles) / sizeof(styles[0]); i++) {
		memset(&p, 0, sizeof(p));
		run_pager(&p, styles[i]);
		if (p.error[0])
			fprintf(stderr, "%s: %s\n", styles[i], p.error);
		CHECK_STR(p.error, "");
		CHECK_INT(p.pages, 4);
		CHECK_STR(buf_str(&p.ids), "i0,i1,i2,i3,i4,i5,i6,i7,i8,i9,");
		pg_free(&p);
	}

	/* a token that comes back is an error, not a loop */
	memset(&p, 0, sizeof(p));
	run_pager(&p, "repeat");
	CHECK_INT(p.pages, 3);
	CHECK_INT(p.err, CHTTP_E_PAGING);
	CHECK_STR(p.error, "test repeat local-1: page token \"tok-3\" after "
	    "page 3 was seen before");
	pg_free(&p);

	/* make() fails for page 2 */
	memset(&p, 0, sizeof(p));
	p.fail_make_at = 2;
	run_pager(&p, "ec2");
	CHECK_INT(p.pages, 1);
	CHECK(strstr(p.error, "could not make the call for page 2") != NULL);
	pg_free(&p);

	/* with the token found at a page's tail, the next page is asked
	 * for before the page is read */
	memset(&p, 0, sizeof(p));
	p.ahead = 1;
	run_pager(&p, "ec2");
	CHECK_STR(p.error, "");
	CHECK_INT(p.pages, 4);
	CHECK_STR(buf_str(&p.ids), "i0,i1,i2,i3,i4,i5,i6,i7,i8,i9,");
	CHECK_INT(p.nread, 4);
	CHECK_INT(p.made_at[0], 2);
	CHECK_INT(p.made_at[1], 3);
	CHECK_INT(p.made_at[2], 4);
	CHECK_INT(p.made_at[3], 4);	/* the last page: nothing ahead */
	pg_free(&p);

	/* a token found ahead that page() does not find: an error, and the
	 * page asked for ahead is dropped when it comes */
	memset(&p, 0, sizeof(p));
	p.ahead = 1;
	p.wrong = "tok-other";
	run_pager(&p, "ec2");
	CHECK_INT(p.pages, 1);
	CHECK_INT(p.made, 2);
	CHECK_INT(p.err, CHTTP_E_PAGING);
	CHECK_STR(p.error, "test ec2 local-1: page 1: its token \"tok-3\" is "
	    "not the one found at its end");
	pg_free(&p);

	/* make() fails for the page asked for ahead */
	memset(&p, 0, sizeof(p));
	p.ahead = 1;
	p.fail_make_at = 2;
	run_pager(&p, "ec2");
	CHECK_INT(p.pages, 1);
	CHECK_INT(p.nread, 0);
	CHECK(strstr(p.error, "could not make the call for page 2") != NULL);
	pg_free(&p);

	/* a token that comes back is not asked for ahead, and is an error */
	memset(&p, 0, sizeof(p));
	p.ahead = 1;
	run_pager(&p, "repeat");
	CHECK_INT(p.pages, 3);
	CHECK_INT(p.made, 3);
	CHECK_STR(p.error, "test repeat local-1: page token \"tok-3\" after "
	    "page 3 was seen before");
	pg_free(&p);

	/* the server refuses page 2's token: the call's error ends it */
	memset(&p, 0, sizeof(p));
	run_pager(&p, "bad");
	CHECK_INT(p.pages, 1);
	CHECK_INT(p.status, 400);
	CHECK(strstr(p.error, "HTTP 400") != NULL);
	pg_free(&p);
}

/* --- SigV4 ----------------------------------------------------------- */

static void
sign1(struct chttp_auth *a, const char *method, const char *region,
    const char *service, const char *path, const char *ctype,
    const char *body, const char *const *hdrs, struct got *g)
{
	struct chttp *c = ctx(0);
	struct chttp_call call;
	char url[512];

	snprintf(url, sizeof(url), "http://127.0.0.1:%d/sigv4/%s/%s%s", port,
	    region, service, path);
	memset(&call, 0, sizeof(call));
	call.method = method;
	call.url = url;
	call.service = service;
	call.region = region;
	call.operation = "Signed";
	call.auth = a;
	call.content_type = ctype;
	call.body = body;
	call.body_len = body ? strlen(body) : 0;
	call.headers = hdrs;
	call.retries = -1;
	chttp_submit(c, &call, cb, g);
	chttp_run(c);
	chttp_free(c);
}

/* A signed call the verifier accepted (its reason shown when not). */
static void
signed_ok(struct got *g, const char *what)
{
	if (g->status != 200)
		fprintf(stderr, "sigv4 %s: %s\n", what, g->body);
	CHECK_INT(g->status, 200);
}

static void
test_sigv4(void)
{
	struct chttp_auth *a = chttp_auth_sigv4("AKIDTEST", "SECRETTEST", NULL);
	struct chttp_auth *t = chttp_auth_sigv4("AKIDTEST", "SECRETTEST",
	    "TOKENTEST");
	static const char *const target[] = {
	    "X-Amz-Target: DynamoDB_20120810.ListTables", NULL };
	struct chttp *c;
	struct chttp_call call;
	struct got g = { 0 };

	/* EC2 Query in the query string, unsorted, with characters that
	 * need encoding */
	sign1(a, NULL, "us-east-1", "ec2", "/?Version=2016-11-15&Action="
	    "DescribeInstances&Filter.1.Name=tag%3AName&Filter.1.Value.1="
	    "a%20b%2Fc~d*", NULL, NULL, NULL, &g);
	signed_ok(&g, "query");
	got_free(&g);

	/* Query protocol as a POST form body (STS), session token */
	sign1(t, "POST", "eu-central-1", "sts", "/?token=1",
	    "application/x-www-form-urlencoded; charset=utf-8",
	    "Action=GetCallerIdentity&Version=2011-06-15", NULL, &g);
	signed_ok(&g, "post");
	CHECK(strstr(chttp_json_str(g.json, "signed") ?
	    chttp_json_str(g.json, "signed") : "", "x-amz-security-token")
	    != NULL);
	got_free(&g);

	/* JSON protocol with X-Amz-Target */
	sign1(a, "POST", "us-west-2", "dynamodb", "/",
	    "application/x-amz-json-1.0", "{}", target, &g);
	signed_ok(&g, "json");
	got_free(&g);

	/* S3: x-amz-content-sha256 of the body, a PUT */
	sign1(a, "PUT", "us-east-1", "s3", "/bucket/some%20key.txt",
	    "text/plain", "hello s3", NULL, &g);
	signed_ok(&g, "s3 put");
	got_free(&g);
	sign1(a, "GET", "us-east-1", "s3", "/bucket?list-type=2&prefix=a",
	    NULL, NULL, NULL, &g);
	signed_ok(&g, "s3 get");
	got_free(&g);

	/* refused: wrong secret, missing token, another region's scope */
	chttp_auth_sigv4_set(a, "AKIDTEST", "WRONG", NULL);
	sign1(a, NULL, "us-east-1", "ec2", "/?Action=DescribeRegions", NULL,
	    NULL, NULL, &g);
	CHECK_INT(g.status, 403);
	CHECK_STR(g.code, "SignatureDoesNotMatch");
	got_free(&g);
	chttp_auth_sigv4_set(a, "AKIDTEST", "SECRETTEST", NULL);
	sign1(a, NULL, "us-east-1", "sts", "/?token=1", NULL, NULL, NULL, &g);
	CHECK_INT(g.status, 403);
	CHECK_STR(g.code, "InvalidClientTokenId");
	got_free(&g);

	c = ctx(0);
	{
		char url[256];

		snprintf(url, sizeof(url), "http://127.0.0.1:%d/sigv4/"
		    "us-east-1/iam/", port);
		memset(&call, 0, sizeof(call));
		call.url = url;
		call.service = "iam";
		call.region = "global";
		call.sign_region = "us-east-1";	/* IAM signs for us-east-1 */
		call.auth = a;
		chttp_submit(c, &call, cb, &g);
		chttp_run(c);
		CHECK_INT(g.status, 200);
		got_free(&g);
		call.sign_region = "us-west-2";
		chttp_submit(c, &call, cb, &g);
		chttp_run(c);
		CHECK_INT(g.status, 403);
		CHECK_STR(g.code, "SignatureDoesNotMatch");
		got_free(&g);
		/* no region: SigV4 cannot sign, said so */
		call.sign_region = NULL;
		call.region = NULL;
		chttp_submit(c, &call, cb, &g);
		chttp_run(c);
		CHECK_INT(g.err, CHTTP_E_BAD_CALL);
		CHECK(strstr(g.error, "needs the call's region") != NULL);
		got_free(&g);
		/* a URL curl cannot use: said so at once, not retried */
		call.url = "ftp://127.0.0.1/x";
		call.auth = NULL;
		chttp_submit(c, &call, cb, &g);
		chttp_run(c);
		CHECK_INT(g.err, CHTTP_E_BAD_CALL);
		CHECK_INT(g.attempts, 1);
		got_free(&g);
	}
	chttp_free(c);
	chttp_auth_free(a);
	chttp_auth_free(t);
}

static void
test_bearer_and_headers(void)
{
	struct chttp_auth *a = chttp_auth_bearer("xoxb-first");
	struct chttp *c = ctx(0);
	struct chttp_call call;
	struct got g = { 0 };
	char url[256];
	static const char *const hdrs[] = { "X-Custom: yes", NULL };

	snprintf(url, sizeof(url), "http://127.0.0.1:%d/echo", port);
	memset(&call, 0, sizeof(call));
	call.url = url;
	call.auth = a;
	call.headers = hdrs;
	call.body = "a=1";
	call.body_len = 3;
	chttp_submit(c, &call, cb, &g);
	chttp_auth_free(a);	/* the call holds its own reference */
	chttp_run(c);
	if (g.json == NULL)
		fprintf(stderr, "echo: %ld %s %s\n", g.status, g.error, g.body);
	CHECK_STR(chttp_json_str(g.json, "headers.Authorization"),
	    "Bearer xoxb-first");
	CHECK_STR(chttp_json_str(g.json, "headers.X-Custom"), "yes");
	CHECK_STR(chttp_json_str(g.json, "method"), "POST");
	CHECK_STR(chttp_json_str(g.json, "body"), "a=1");
	CHECK(chttp_json_path(g.json, "headers.Expect") == NULL);
	got_free(&g);

	a = chttp_auth_bearer("xoxb-first");
	call.auth = a;
	call.body = NULL;
	call.method = "DELETE";
	chttp_auth_bearer_set(a, "xoxb-second");
	chttp_submit(c, &call, cb, &g);
	chttp_run(c);
	CHECK_STR(chttp_json_str(g.json, "headers.Authorization"),
	    "Bearer xoxb-second");
	CHECK_STR(chttp_json_str(g.json, "method"), "DELETE");
	got_free(&g);
	/* a PUT without a body (IMDSv2's token) sends an empty one */
	call.method = "PUT";
	call.auth = NULL;
	chttp_submit(c, &call, cb, &g);
	chttp_run(c);
	CHECK_STR(chttp_json_str(g.json, "method"), "PUT");
	CHECK_STR(chttp_json_str(g.json, "headers.Content-Length"), "0");
	got_free(&g);
	chttp_auth_free(a);
	chttp_free(c);
}

/* One call in a context of its own (o NULL: ctx(0)), run to its end. */
static void
run1(const struct chttp_opts *o, const struct chttp_call *call,
    struct got *g)
{
	struct chttp *c = o ? chttp_new(o) : ctx(0);

	chttp_submit(c, call, cb, g);
	chttp_run(c);
	chttp_free(c);
}

/* chttp_json_sync: one call, its JSON or its error. */
static void
test_json_sync(void)
{
	struct chttp *c = ctx(0);
	struct chttp_call call;
	struct buf err = BUF_INIT;
	json_object *o;
	char url[128];
	long status;

	snprintf(url, sizeof(url), "http://127.0.0.1:%d/echo", port);
	memset(&call, 0, sizeof(call));
	call.url = url;
	o = chttp_json_sync(c, &call, &status, &err);
	CHECK_INT(status, 200);
	CHECK_STR(chttp_json_str(o, "method"), "GET");
	CHECK_STR(buf_str(&err), "");
	json_object_put(o);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/flaky?id=js&fail=1&"
	    "status=403&body=google&code=PERMISSION_DENIED", port);
	call.service = "compute";
	o = chttp_json_sync(c, &call, &status, &err);
	CHECK(o == NULL);
	CHECK_INT(status, 403);
	CHECK_STR(buf_str(&err), "compute: HTTP 403 PERMISSION_DENIED: "
	    "Rate exceeded");
	buf_reset(&err);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/big?n=10", port);
	o = chttp_json_sync(c, &call, NULL, &err);
	CHECK(o == NULL);
	CHECK(strstr(buf_str(&err), "compute: malformed JSON") != NULL);
	buf_free(&err);
	chttp_free(c);
}

/* The proxy given explicitly is used (the test server plays one). */
static void
test_proxy(void)
{
	struct chttp_opts o;
	struct chttp_call call;
	struct got g = { 0 };
	char proxy[64], url[128];

	snprintf(proxy, sizeof(proxy), "http://127.0.0.1:%d", port);
	memset(&o, 0, sizeof(o));
	o.proxy = proxy;
	memset(&call, 0, sizeof(call));
	call.url = "http://ec2.far-away-1.amazonaws.invalid/echo";
	run1(&o, &call, &g);
	CHECK_INT(g.status, 200);
	CHECK_STR(chttp_json_str(g.json, "host"),
	    "ec2.far-away-1.amazonaws.invalid");
	got_free(&g);

	/* none given: the environment's, as curl reads it */
	setenv("http_proxy", proxy, 1);
	memset(&o, 0, sizeof(o));
	run1(&o, &call, &g);
	CHECK_STR(chttp_json_str(g.json, "host"),
	    "ec2.far-away-1.amazonaws.invalid");
	got_free(&g);
	/* "" is no proxy, whatever the environment says: a port nobody
	 * listens on is tried directly (through the proxy it answers) */
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/echo", t_dead_port());
	call.url = url;
	call.retries = -1;
	run1(&o, &call, &g);
	CHECK_INT(g.status, 200);
	got_free(&g);
	o.proxy = "";
	run1(&o, &call, &g);
	CHECK_INT(g.err, CHTTP_E_CONNECT);
	got_free(&g);
	unsetenv("http_proxy");
}

static void
test_tls(void)
{
	struct chttp_opts o;
	struct chttp_call call;
	struct got g = { 0 };
	char url[128], ca[128];

	snprintf(url, sizeof(url), "https://127.0.0.1:%d/echo", tls_port);
	snprintf(ca, sizeof(ca), "%s/ca.pem", certs);
	memset(&call, 0, sizeof(call));
	call.url = url;
	/* the system CAs do not know the test CA: refused, not retried */
	run1(NULL, &call, &g);
	CHECK_INT(g.err, CHTTP_E_TLS);
	CHECK_INT(g.attempts, 1);
	got_free(&g);
	/* with the CA file */
	memset(&o, 0, sizeof(o));
	o.ca_file = ca;
	o.proxy = "";
	run1(&o, &call, &g);
	CHECK_INT(g.status, 200);
	got_free(&g);
	/* not verified at all, when the caller asks (do_not_verify_ssl) */
	memset(&o, 0, sizeof(o));
	o.insecure = 1;
	o.proxy = "";
	run1(&o, &call, &g);
	CHECK_INT(g.status, 200);
	got_free(&g);
	/* a CA file that cannot be read */
	o.insecure = 0;
	o.ca_file = "/nonexistent/ca.pem";
	CHECK(chttp_new(&o) == NULL);
}

/* HTTP/2 where the server offers it (nghttpd, nghttp2-server): calls at
 * once to one host share one connection. */
static void
test_http2(void)
{
	struct chttp_opts o;
	struct chttp *c;
	struct chttp_call call;
	struct chttp_stats st;
	struct got g[20];
	struct sockaddr_in sin;
	char dir[80], path[160], key[128], cert[128], portstr[16], url[128];
	char ca[128];
	FILE *f;
	pid_t pid;
	int h2port = t_dead_port(), i, fd, up = 0, ok = 0;

	if (access("/usr/sbin/nghttpd", X_OK) == -1) {
		fprintf(stderr, "t_chttp: /usr/sbin/nghttpd is missing: "
		    "apt-get install nghttp2-server\n");
		CHECK(!"nghttpd installed");
		return;
	}
	snprintf(dir, sizeof(dir), "%s/htdocs", certs);
	mkdir(dir, 0700);
	snprintf(path, sizeof(path), "%s/things.json", dir);
	if ((f = fopen(path, "w")) != NULL) {
		fputs("{\"Things\":[]}", f);
		fclose(f);
	}
	snprintf(key, sizeof(key), "%s/good.key", certs);
	snprintf(cert, sizeof(cert), "%s/good.pem", certs);
	snprintf(ca, sizeof(ca), "%s/ca.pem", certs);
	snprintf(portstr, sizeof(portstr), "%d", h2port);
	if ((pid = fork()) == 0) {
		fd = open("/dev/null", O_RDWR);
		dup2(fd, 1);
		dup2(fd, 2);
		execl("/usr/sbin/nghttpd", "nghttpd", "-a", "127.0.0.1", "-d",
		    dir, portstr, key, cert, (char *)NULL);
		_exit(127);
	}
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(h2port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	for (i = 0; i < 100 && !up; i++) {
		fd = socket(AF_INET, SOCK_STREAM, 0);
		up = connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == 0;
		close(fd);
		if (!up)
			usleep(50000);
	}
	CHECK(up);
	memset(&o, 0, sizeof(o));
	o.ca_file = ca;
	o.proxy = "";
	c = chttp_new(&o);
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/things.json", h2port);
	memset(&call, 0, sizeof(call));
	call.url = url;
	memset(g, 0, sizeof(g));
	for (i = 0; i < 20; i++)
		chttp_submit(c, &call, cb, &g[i]);
	chttp_run(c);
	chttp_stats(c, &st);
	chttp_free(c);
	for (i = 0; i < 20; i++) {
		ok += g[i].status == 200 && g[i].http_version == 2 &&
		    chttp_json_path(g[i].json, "Things") != NULL;
		got_free(&g[i]);
	}
	CHECK_INT(ok, 20);
	CHECK_INT(st.connections, 1);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
}

/* Each attempt is logged at debug with service, operation, region,
 * status, bytes and time. */
static void
test_log(void)
{
	struct chttp *c = ctx(0);
	struct got g = { 0 };
	char path[] = "/tmp/t_chttp_log.XXXXXX", text[4096];
	int fd = mkstemp(path), save = dup(2);
	ssize_t n;

	log_setlevel(LOG_LVL_DEBUG);
	dup2(fd, 2);
	get1(c, "/big?n=123", 0, 0, &g);
	dup2(save, 2);
	close(save);
	log_setlevel(LOG_LVL_WARN);
	n = pread(fd, text, sizeof(text) - 1, 0);
	text[n > 0 ? n : 0] = '\0';
	close(fd);
	unlink(path);
	CHECK(strstr(text, "test Get local-1: 200, 123 bytes, ") != NULL);
	CHECK(strstr(text, " ms (attempt 1)") != NULL);
	got_free(&g);
	chttp_free(c);
}

/* The calls that need no process of their own (not the HTTP/2 server,
 * not the log capture). */
static void
test_calls(void)
{
	test_bounds();
	test_default_key();
	test_chain();
	test_retries();
	test_deadlines();
	test_later();
	test_abort();
	test_size_cap();
	test_pagers();
	test_sigv4();
	test_bearer_and_headers();
	test_json_sync();
	test_proxy();
	test_tls();
}

/*
 * RW_T_SANDBOX set (tests/sandbox/chttp_sandboxed.sh): the calls again in
 * a forked process inside a collector child's sandbox (collector/sandbox.h:
 * limits, Landlock with the test server's URLs as its cloud section and the
 * certificates as its scratch directory, the seccomp filter). Its exit
 * status, or the system call the filter refused.
 */
static int
sandboxed(void)
{
	struct sandbox_limits lim = { 4096, 1024, 0 };
	char conf[256], err[512];
	json_object *account;
	pid_t pid;
	int lw[2], st;

	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, lw) == -1)
		return 1;
	if ((pid = fork()) == 0) {
		boxed = 1;
		snprintf(conf, sizeof(conf), "{\"config\": {\"endpoints\": "
		    "[\"http://127.0.0.1:%d/\", \"https://127.0.0.1:%d/\"]}}",
		    port, tls_port);
		account = json_tokener_parse(conf);
		sandbox_arm(SANDBOX_ALL, &lim, certs, lw[1]);
		if (sandbox_enter(account, NULL, NULL, err, sizeof(err)) == -1) {
			fprintf(stderr, "t_chttp: %s\n", err);
			_exit(1);
		}
		json_object_put(account);
		test_calls();
		st = t_done();
		fflush(NULL);
		_exit(st);
	}
	close(lw[1]);
	while (pid > 0 && waitpid(pid, &st, 0) == -1 && errno == EINTR)
		;
	if (pid > 0 && WIFSIGNALED(st) &&
	    sandbox_last_word(lw[0], err, sizeof(err)) == 0)
		fprintf(stderr, "t_chttp: FAIL: the sandbox refused %s\n", err);
	close(lw[0]);
	return pid > 0 && WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

int
main(void)
{
	static const char *args[] = { "--certs", NULL, NULL };
	struct t_srv srv;
	int rc;

	(void)t_run;
	(void)t_idle;
	log_init(LOG_LVL_WARN, 0);
	signal(SIGPIPE, SIG_IGN);
	if (t_certs(certs) == -1)
		return 1;
	args[1] = certs;
	if (t_srv_start(&srv, "chttp_server.py", args) == -1)
		return 1;
	port = srv.ports[0];
	tls_port = srv.ports[1];
	if (getenv("RW_T_SANDBOX") != NULL) {
		rc = sandboxed();
		t_srv_stop(&srv);
		t_rmdir(certs);
		return rc;
	}
	test_calls();
	test_http2();
	test_log();
	t_srv_stop(&srv);
	t_rmdir(certs);
	return t_done();
}

/*
 * t_children: collector children, forked (the fake_child program through
 * the RW_TEST_CHILD_EXEC hook) and in-process (--no-fork): the normal
 * conversation, the pool limit, deadlines, crashes, and every kind of bad
 * frame, each of which must end that child only, with a clear reason.
 */
#include "supervisor/children.h"
#include "supervisor/inproc.h"
#include "protocol/frame.h"
#include "common/buf.h"
#include "common/log.h"
#include "tests/fakechild/fake_peer.h"
#include "t.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <json-c/json.h>

struct owner {
	const char		*mode;
	int			 discover;
	int			 ended;
	struct child_end	 end;
	size_t			 graph;
	int			 frames[FRAME_TYPE_MAX];
	struct child		*c;
};

static struct event_base *base;
static int	 nowners, nended, maxrunning, pool;

/* the in-process collector of this test: the same scripted peer */
static const char *
id_mode(const char *id, void *arg)
{
	return id;
}

int
collector_serve(int fd, void (*pump)(void *), void *arg)
{
	return fake_serve(fd, pump, arg, id_mode, NULL);
}

static int
on_frame(struct child *c, uint32_t type, const char *p, size_t len,
    char *err, size_t errlen, void *arg)
{
	struct owner *o = arg;
	json_object *j = NULL;

	o->frames[type]++;
	if (children_running() > maxrunning)
		maxrunning = children_running();
	if (type == FRAME_DONE && (j = json_tokener_parse(p)) == NULL) {
		snprintf(err, errlen, "DONE payload is not JSON");
		return -1;
	}
	json_object_put(j);
	if (type == FRAME_DONE || type == FRAME_FAILED ||
	    type == FRAME_ACCOUNTS)
		CHECK_INT(child_send(c, FRAME_STOP, NULL, 0), 0);
	return 0;
}

static int
on_graph(struct child *c, struct evbuffer *in, size_t n, char *err,
    size_t errlen, void *arg)
{
	struct owner *o = arg;

	o->graph += n;
	evbuffer_drain(in, n);
	return 0;
}

static void
on_end(struct child *c, const struct child_end *e, void *arg)
{
	struct owner *o = arg;

	o->ended++;
	o->end = *e;
	if (++nended == nowners)
		loop_exit(base);
}

static const struct child_cbs cbs = { on_frame, on_graph, on_end };

static void
start_(struct owner *o, int timeout, int sends)
{
	struct child_spec spec = { "fake", o->mode, 7, timeout, 0 };
	struct buf b = BUF_INIT;

	o->c = child_new(&spec, &cbs, o);
	if (!sends) {
		/* a child that fails to start at once refuses frames */
		child_send(o->c, FRAME_ACCOUNT, "{}", 2);
		return;
	}
	buf_printf(&b, "{\"cloud\":\"fake\",\"accounts\":[{\"id\":\"%s\"}]}",
	    o->mode);
	CHECK_INT(child_send(o->c, FRAME_ACCOUNT, b.data, b.len), 0);
	CHECK_INT(child_send(o->c, o->discover ? FRAME_DISCOVER : FRAME_COLLECT,
	    "{}", 2), 0);
	/* one request at a time */
	CHECK_INT(child_send(o->c, FRAME_COLLECT, "{}", 2), -1);
	/* only parent frames */
	CHECK_INT(child_send(o->c, FRAME_DONE, "{}", 2), -1);
	buf_free(&b);
}

static void
start(struct owner *o, int timeout)
{
	start_(o, timeout, 1);
}

static void
expect(struct owner *o, enum child_fate fate, const char *why)
{
	if (o->end.fate != fate || strstr(o->end.why, why) == NULL)
		fprintf(stderr, "mode %s: fate %s, why \"%s\"; expected %s, "
		    "\"%s\"\n", o->mode, child_fate_name(o->end.fate),
		    o->end.why, child_fate_name(fate), why);
	CHECK_INT(o->ended, 1);
	CHECK_INT(o->end.fate, fate);
	CHECK(strstr(o->end.why, why) != NULL);
}

static void
run(struct owner *os, int n, int timeout)
{
	int i;

	nowners = n;
	nended = 0;
	maxrunning = 0;
	for (i = 0; i < n; i++)
		start(&os[i], timeout);
	CHECK(children_running() <= pool);
	CHECK_INT(loop_run(base), 0);
	CHECK_INT(nended, n);
	CHECK(maxrunning <= pool);
	CHECK_INT(children_running(), 0);
	CHECK_INT(children_queued(), 0);
}

#define LINES3	strlen(FAKE_LINE1 FAKE_LINE2 FAKE_LINE3)

static void
forked(void)
{
	struct owner os[] = {
		{ .mode = "ok" }, { .mode = "big" }, { .mode = "failed" },
		{ .mode = "crash" }, { .mode = "abort" }, { .mode = "hang" },
		{ .mode = "exit3" }, { .mode = "noanswer" },
		{ .mode = "badtype" }, { .mode = "oversize" },
		{ .mode = "flags" }, { .mode = "parentframe" },
		{ .mode = "wrongjob" }, { .mode = "graphafterdone" },
		{ .mode = "doneondiscover", .discover = 1 },
		{ .mode = "cut" }, { .mode = "noeol" }, { .mode = "badjson" },
		{ .mode = "ok", .discover = 1 },
	};
	char err[256];

	pool = 3;
	CHECK_INT(children_configure(pool, 1, NULL, 0, err, sizeof(err)), 0);
	run(os, (int)(sizeof(os) / sizeof(os[0])), 2);
	expect(&os[0], CHILD_OK, "finished");
	CHECK_INT(os[0].graph, LINES3);
	CHECK_INT(os[0].frames[FRAME_DONE], 1);
	CHECK_INT(os[0].frames[FRAME_PROGRESS], 1);
	CHECK_INT(os[0].frames[FRAME_INFO], 1);
	expect(&os[1], CHILD_OK, "finished");
	CHECK_INT(os[1].graph, 64 * 1000 * strlen(FAKE_LINE2));
	expect(&os[2], CHILD_OK, "finished");
	CHECK_INT(os[2].frames[FRAME_FAILED], 1);
	expect(&os[3], CHILD_CRASHED, "collector crashed (signal 11)");
	CHECK_INT(os[3].end.code, 11);
	expect(&os[4], CHILD_CRASHED, "collector crashed (signal 6)");
	expect(&os[5], CHILD_TIMEOUT, "collector timed out after 2 s");
	expect(&os[6], CHILD_EXITED, "collector exited with status 3");
	CHECK_INT(os[6].end.code, 3);
	expect(&os[7], CHILD_PROTOCOL, "collector exited without answering COLLECT");
	expect(&os[8], CHILD_PROTOCOL, "malformed frame: unknown frame type 99");
	expect(&os[9], CHILD_PROTOCOL, "exceeds the 1048576 byte maximum");
	expect(&os[10], CHILD_PROTOCOL, "flags 0x1");
	expect(&os[11], CHILD_PROTOCOL, "sent COLLECT, a frame only the supervisor sends");
	expect(&os[12], CHILD_PROTOCOL, "sent DONE for job 8, expected job 7");
	expect(&os[13], CHILD_PROTOCOL, "sent GRAPH after DONE");
	expect(&os[14], CHILD_PROTOCOL, "sent DONE in answer to DISCOVER");
	expect(&os[15], CHILD_PROTOCOL, "in the middle of a GRAPH frame");
	expect(&os[16], CHILD_PROTOCOL, "does not end with a whole line");
	expect(&os[17], CHILD_REFUSED, "DONE payload is not JSON");
	expect(&os[18], CHILD_OK, "finished");
	CHECK_INT(os[18].frames[FRAME_ACCOUNTS], 1);
}

static void
in_process(void)
{
	struct owner os[] = {
		{ .mode = "ok" }, { .mode = "big" }, { .mode = "failed" },
		{ .mode = "badtype" }, { .mode = "parentframe" },
		{ .mode = "graphafterdone" }, { .mode = "noeol" },
		{ .mode = "doneondiscover", .discover = 1 },
		{ .mode = "ok", .discover = 1 },
	};
	char err[256];

	pool = 1;	/* in-process children run one at a time */
	CHECK_INT(children_configure(4, 0, NULL, 0, err, sizeof(err)), 0);
	run(os, (int)(sizeof(os) / sizeof(os[0])), 0);
	expect(&os[0], CHILD_OK, "finished");
	CHECK_INT(os[0].graph, LINES3);
	expect(&os[1], CHILD_OK, "finished");
	CHECK_INT(os[1].graph, 64 * 1000 * strlen(FAKE_LINE2));
	expect(&os[2], CHILD_OK, "finished");
	expect(&os[3], CHILD_PROTOCOL, "unknown frame type 99");
	expect(&os[4], CHILD_PROTOCOL, "a frame only the supervisor sends");
	expect(&os[5], CHILD_PROTOCOL, "sent GRAPH after DONE");
	expect(&os[6], CHILD_PROTOCOL, "does not end with a whole line");
	expect(&os[7], CHILD_PROTOCOL, "sent DONE in answer to DISCOVER");
	expect(&os[8], CHILD_OK, "finished");
}

static void
bad_user(void)
{
	struct owner os[] = { { .mode = "ok" } };
	char err[256];

	pool = 2;
	CHECK_INT(children_configure(2, 1, "no-such-user-rw", 0, err,
	    sizeof(err)), -1);
	CHECK(strstr(err, "resotoworker.user: no user no-such-user-rw") != NULL);
	nowners = 1;
	nended = 0;
	start_(&os[0], 0, 0);
	CHECK_INT(loop_run(base), 0);
	expect(&os[0], CHILD_SPAWN, "no user no-such-user-rw");
	CHECK_INT(children_configure(2, 1, NULL, 0, err, sizeof(err)), 0);
}

static void
stop_queued(void)
{
	struct owner os[] = { { .mode = "hang" }, { .mode = "ok" } };
	char err[256];

	pool = 1;
	CHECK_INT(children_configure(1, 1, NULL, 0, err, sizeof(err)), 0);
	nowners = 2;
	nended = 0;
	start(&os[0], 0);
	start(&os[1], 0);
	CHECK_INT(children_running(), 1);
	CHECK_INT(children_queued(), 1);
	child_kill(os[1].c, "not needed");
	child_kill(os[0].c, "not needed either");
	CHECK_INT(loop_run(base), 0);
	expect(&os[0], CHILD_STOPPED, "not needed either");
	expect(&os[1], CHILD_STOPPED, "not needed");
}

/* descriptors the test holds to bring the process to its limit */
static int	 held[512], nheld;

static void
hold_all_but(int free_slots)
{
	int fd;

	while ((fd = dup(0)) != -1 && nheld < (int)(sizeof(held) / sizeof(held[0])))
		held[nheld++] = fd;
	if (fd != -1)
		close(fd);
	while (free_slots-- > 0 && nheld > 0)
		close(held[--nheld]);
}

static void
release(evutil_socket_t fd, short ev, void *arg)
{
	int n = *(int *)arg;

	while (n-- > 0 && nheld > 0)
		close(held[--nheld]);
}

/*
 * Out of descriptors (issue 9, item 6): a child that cannot get its
 * socketpair waits and starts once descriptors come free; one that never
 * gets them fails after CHILD_FD_WAIT_S, naming the cause and the limit.
 */
static void
no_descriptors(void)
{
	struct owner os[] = { { .mode = "ok" }, { .mode = "ok" } },
	    late[] = { { .mode = "ok" } };
	struct rlimit was, rl;
	struct event *ev;
	struct timeval tv = { 1, 0 };
	char err[256];
	int n = 32;

	getrlimit(RLIMIT_NOFILE, &was);
	rl = was;
	rl.rlim_cur = 128;
	CHECK_INT(setrlimit(RLIMIT_NOFILE, &rl), 0);
	pool = 2;
	CHECK_INT(children_configure(pool, 1, NULL, 0, err, sizeof(err)), 0);
	hold_all_but(1);	/* a socketpair needs two */
	ev = evtimer_new(base, release, &n);
	evtimer_add(ev, &tv);
	run(os, 2, 30);
	expect(&os[0], CHILD_OK, "finished");
	CHECK_INT(os[0].graph, LINES3);
	expect(&os[1], CHILD_OK, "finished");
	event_free(ev);

	hold_all_but(1);	/* and this time none come free */
	run(late, 1, 30);
	expect(&late[0], CHILD_SPAWN, "cannot start the collector: socketpair: "
	    "Too many open files (descriptor limit 128; none came free in");
	while (nheld > 0)
		close(held[--nheld]);
	CHECK_INT(setrlimit(RLIMIT_NOFILE, &was), 0);
}

int
main(void)
{
	const char *top = getenv("top_builddir");
	char err[256];
	struct buf exe = BUF_INIT;

	log_init(LOG_LVL_WARN, 0);
	buf_printf(&exe, "%s/tests/fakechild/fake_child", top ? top : ".");
	setenv("RW_TEST_CHILD_EXEC", exe.data, 1);
	base = event_base_new();
	CHECK_INT(children_init(base, err, sizeof(err)), 0);
	forked();
	in_process();
	bad_user();
	stop_queued();
	no_descriptors();
	children_shutdown();
	event_base_free(base);
	buf_free(&exe);
	return t_done();
}

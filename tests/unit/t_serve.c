/* Unit tests of the collector child's conversation (src/collector/serve.c,
 * frame_read_pump/frame_write_pump): collector_serve() in a forked child
 * over a socketpair, as the supervisor runs it, and once in-process in
 * --no-fork (pump) mode. */
#include "t.h"
#include "collector/collector.h"
#include "common/buf.h"
#include "common/log.h"
#include "protocol/frame.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t child;

static int
start(void)
{
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == -1)
		fatal("socketpair");
	if ((child = fork()) == -1)
		fatal("fork");
	if (child == 0) {
		close(sv[0]);
		_exit(collector_serve(sv[1], NULL, NULL));
	}
	close(sv[1]);
	return sv[0];
}

/* the child's exit status once the parent end is closed */
static int
stop(int fd)
{
	int st;

	close(fd);
	if (waitpid(child, &st, 0) == -1)
		fatal("waitpid");
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void
send_json(int fd, uint32_t type, uint32_t job, const char *json)
{
	CHECK_INT(frame_write(fd, type, job, json, json ? strlen(json) : 0), 0);
}

/* next frame that is not GRAPH (those are appended to graph) */
static uint32_t
next(int fd, uint32_t job, struct buf *p, struct buf *graph)
{
	struct frame_hdr h;
	char err[256];

	for (;;) {
		if (frame_read(fd, &h, p, err, sizeof(err)) != 1) {
			fprintf(stderr, "frame_read: %s\n", err);
			return FRAME_NONE;
		}
		CHECK_INT(h.job, job);
		if (h.type != FRAME_GRAPH)
			return h.type;
		CHECK(p->len > 0 && p->data[p->len - 1] == '\n');
		if (graph)
			buf_add(graph, p->data, p->len);
	}
}

static const char instance1[] =
    "{\"id\": \"r00Z_uUMlym8JKUwzwM5Iw\", \"type\": \"node\", \"revision\": \"_gT1\","
    " \"reported\": {\"id\": \"someInstance1\", \"tags\": {\"Name\": \"Example Instance 1\","
    " \"expiration\": \"2d\", \"owner\": \"lukas\"}, \"name\": \"someInstance1\","
    " \"ctime\": \"2023-08-01T12:00:00Z\", \"mtime\": \"2023-08-01T12:00:00Z\","
    " \"atime\": \"2023-08-01T12:00:00Z\", \"instance_cores\": 4, \"instance_memory\": 32,"
    " \"instance_type\": \"\", \"instance_status\": \"running\", \"age\": \"1d\","
    " \"kind\": \"example_instance\"},"
    " \"metadata\": {\"python_type\": \"resoto_plugin_example_collector.ExampleInstance\","
    " \"cleaned\": false, \"protected\": false},"
    " \"ancestors\": {\"cloud\": {\"reported\": {\"id\": \"example\"}}}}";

/* collectors.md 2.4: delete "expiration", then update owner=alice */
static const char tagged[] =
    "{\"id\": \"r00Z_uUMlym8JKUwzwM5Iw\", \"reported\": {\"id\": \"someInstance1\", \"tags\": {\"Name\": \"Example Instance 1\", \"owner\": \"alice\"}, \"name\": \"someInstance1\", \"ctime\": \"2023-08-01T12:00:00Z\", \"mtime\": \"2023-08-01T12:00:00Z\", \"atime\": \"2023-08-01T12:00:00Z\", \"instance_cores\": 4.0, \"instance_memory\": 32.0, \"instance_type\": \"\", \"instance_status\": \"running\", \"kind\": \"example_instance\"}, \"metadata\": {\"python_type\": \"resoto_plugin_example_collector.ExampleInstance\", \"cleaned\": false, \"phantom\": false, \"protected\": false}, \"usage\": {}}";

static json_object *
result(struct buf *p, int ok)
{
	json_object *r = json_tokener_parse(buf_str(p)), *v;

	CHECK(json_object_object_get_ex(r, "ok", &v) &&
	    json_object_get_boolean(v) == ok);
	return r;
}

/* Sends a request and reads its RESULT (left in p): "ok" must be ok. */
static void
ask(int fd, uint32_t type, uint32_t job, const char *json, int ok,
    struct buf *p)
{
	send_json(fd, type, job, json);
	CHECK_INT(next(fd, job, p, NULL), FRAME_RESULT);
	json_object_put(result(p, ok));
}

static void
test_example_conversation(void)
{
	struct buf p = BUF_INIT, g = BUF_INIT, req = BUF_INIT;
	json_object *r, *node;
	int fd = start();

	send_json(fd, FRAME_ACCOUNT, 1, "{\"cloud\": \"example\", \"accounts\": [],"
	    " \"config\": {}, \"worker\": {}}");
	send_json(fd, FRAME_DISCOVER, 2, NULL);
	CHECK_INT(next(fd, 2, &p, NULL), FRAME_ACCOUNTS);
	CHECK_STR(buf_str(&p), "[{\"id\": \"Example Account\", \"name\": "
	    "\"Example Account\"}]");
	send_json(fd, FRAME_COLLECT, 3, "{\"task\": \"t\", \"step\": \"collect\","
	    " \"merge_kind\": \"account\"}");
	CHECK_INT(next(fd, 3, &p, NULL), FRAME_FAILED);	/* no account given */
	CHECK(strstr(buf_str(&p), "needs exactly one account") != NULL);
	send_json(fd, FRAME_STOP, 4, NULL);
	CHECK_INT(stop(fd), 0);

	fd = start();
	send_json(fd, FRAME_ACCOUNT, 5, "{\"cloud\": \"example\", \"accounts\": "
	    "[{\"id\": \"Example Account\", \"name\": \"Example Account\"}], "
	    "\"config\": null}");
	send_json(fd, FRAME_COLLECT, 6, "{\"task\": \"t\", \"merge_kind\": "
	    "\"sideways\"}");
	CHECK_INT(next(fd, 6, &p, NULL), FRAME_FAILED);
	CHECK(strstr(buf_str(&p), "neither") != NULL);
	send_json(fd, FRAME_COLLECT, 7, "{\"task\": \"t\", \"step\": \"collect\","
	    " \"merge_kind\": \"account\"}");
	CHECK_INT(next(fd, 7, &p, &g), FRAME_PROGRESS);
	CHECK_STR(buf_str(&p), "{\"kind\": \"progress\", \"name\": \"Example "
	    "Account\", \"path\": [\"example\"], \"current\": 0, \"total\": 1}");
	CHECK_INT(next(fd, 7, &p, &g), FRAME_PROGRESS);
	CHECK(strstr(buf_str(&p), "\"current\": 1") != NULL);
	CHECK_INT(next(fd, 7, &p, &g), FRAME_DONE);
	CHECK_STR(buf_str(&p), "{\"nodes\": 12, \"edges\": 19}");
	CHECK(g.len > 0 && strncmp(g.data, "{\"id\": \"TXM91rR24mG18DeK7ljCTQ\"",
	    31) == 0);
	CHECK(strstr(g.data, "{\"from_selector\": {\"node_id\": "
	    "\"r00Z_uUMlym8JKUwzwM5Iw\"}") != NULL);

	/* tags: delete then update, as the supervisor splits a tag task */
	buf_printf(&req, "{\"node\": %s, \"key\": \"expiration\"}", instance1);
	send_json(fd, FRAME_TAG_DELETE, 8, req.data);
	CHECK_INT(next(fd, 8, &p, NULL), FRAME_RESULT);
	r = result(&p, 1);
	json_object_object_get_ex(r, "node", &node);
	buf_reset(&req);
	buf_printf(&req, "{\"node\": %s, \"key\": \"owner\", \"value\": "
	    "\"alice\"}", json_object_to_json_string(node));
	json_object_put(r);
	send_json(fd, FRAME_TAG_UPDATE, 9, req.data);
	CHECK_INT(next(fd, 9, &p, NULL), FRAME_RESULT);
	CHECK_INT(strncmp(buf_str(&p), "{\"ok\": true, \"node\": ", 21), 0);
	CHECK(strstr(buf_str(&p), tagged) != NULL);
	CHECK(strstr(buf_str(&p), "\"error\": null}") != NULL);

	/* deleting a tag that is not there */
	buf_reset(&req);
	buf_printf(&req, "{\"node\": %s, \"key\": \"nope\"}", instance1);
	ask(fd, FRAME_TAG_DELETE, 10, req.data, 0, &p);
	CHECK(strstr(buf_str(&p), "has no tag nope") != NULL);

	/* accounts have no tags */
	ask(fd, FRAME_TAG_UPDATE, 11, "{\"node\": {\"id\": \"K_29M_R9vFdUP72fGCc5eg\","
	    " \"reported\": {\"id\": \"Example Account\", \"kind\": \"example_account\"}},"
	    " \"key\": \"a\", \"value\": null}", 0, &p);
	CHECK(strstr(buf_str(&p), "does not support tags") != NULL);

	/* cleanup: resource ok, account ok (reference quirk), cloud fails,
	 * root is phantom, protected is refused, unknown kinds too */
	ask(fd, FRAME_CLEANUP, 12, instance1, 1, &p);
	CHECK(strstr(buf_str(&p), "\"cleaned\": true") != NULL);
	ask(fd, FRAME_CLEANUP, 13, "{\"id\": \"K\", \"reported\": {\"id\": "
	    "\"Example Account\", \"kind\": \"example_account\"}}", 1, &p);
	ask(fd, FRAME_CLEANUP, 14, "{\"id\": \"C\", \"reported\": {\"id\": "
	    "\"example\", \"kind\": \"cloud\"}}", 0, &p);
	CHECK(strstr(buf_str(&p), "Failed to clean up cloud example") != NULL);
	ask(fd, FRAME_CLEANUP, 15, "{\"id\": \"R\", \"reported\": {\"id\": "
	    "\"root\", \"kind\": \"graph_root\"}}", 0, &p);
	CHECK(strstr(buf_str(&p), "phantom") != NULL);
	ask(fd, FRAME_CLEANUP, 16, "{\"id\": \"P\", \"reported\": {\"id\": "
	    "\"v\", \"kind\": \"example_volume\"}, \"metadata\": {\"protected\": true}}", 0, &p);
	CHECK(strstr(buf_str(&p), "protected") != NULL);
	ask(fd, FRAME_CLEANUP, 17, "{\"id\": \"X\", \"reported\": {\"id\": "
	    "\"v\", \"kind\": \"aws_ec2_volume\"}}", 0, &p);
	CHECK(strstr(buf_str(&p), "unknown kind aws_ec2_volume") != NULL);
	ask(fd, FRAME_CLEANUP, 18, "not json", 0, &p);
	/* example has no pre-clean step (as the reference's) */
	ask(fd, FRAME_PRE_CLEANUP, 19, instance1, 0, &p);
	CHECK(strstr(buf_str(&p), "collector example has no pre-clean step") !=
	    NULL);

	CHECK_INT(stop(fd), 0);		/* EOF: done */
	buf_free(&p);
	buf_free(&g);
	buf_free(&req);
}

static void
test_random_failure(void)
{
	struct buf p = BUF_INIT;
	int fd = start();

	send_json(fd, FRAME_ACCOUNT, 1, "{\"cloud\": \"random\", \"accounts\": "
	    "[{\"id\": \"42\", \"name\": \"Forty Two\"}], \"config\": {\"seed\": 1,"
	    " \"size\": 0.2}}");
	send_json(fd, FRAME_COLLECT, 2, "{\"merge_kind\": \"account\"}");
	CHECK_INT(next(fd, 2, &p, NULL), FRAME_PROGRESS);
	CHECK(strstr(buf_str(&p), "\"name\": \"Forty Two (42)\"") != NULL);
	CHECK_INT(next(fd, 2, &p, NULL), FRAME_INFO);
	CHECK(strstr(buf_str(&p), "{\"level\": \"error\", \"message\": "
	    "\"[random:Forty Two (42)] account 42 is not one of the 2 "
	    "accounts") != NULL);
	CHECK_INT(next(fd, 2, &p, NULL), FRAME_FAILED);
	send_json(fd, FRAME_STOP, 3, NULL);
	CHECK_INT(stop(fd), 0);
	buf_free(&p);
}

/* frames the protocol does not allow: the child exits non-zero */
static void
test_bad_frames(void)
{
	uint8_t hb[FRAME_HDR_SIZE];
	struct frame_hdr h = { FRAME_DISCOVER, 1, 1, 0 };
	int fd;

	fd = start();
	send_json(fd, FRAME_DISCOVER, 1, NULL);		/* before ACCOUNT */
	CHECK(stop(fd) != 0);

	fd = start();
	send_json(fd, FRAME_ACCOUNT, 1, "{\"cloud\": \"example\", \"accounts\": []}");
	send_json(fd, FRAME_GRAPH, 1, "{}\n");		/* a child's frame */
	CHECK(stop(fd) != 0);

	fd = start();
	send_json(fd, FRAME_ACCOUNT, 1, "{\"cloud\": \"example\", \"accounts\": []}");
	send_json(fd, FRAME_ACCOUNT, 1, "{\"cloud\": \"example\", \"accounts\": []}");
	CHECK(stop(fd) != 0);

	fd = start();
	send_json(fd, FRAME_ACCOUNT, 1, "{\"cloud\": \"nope\", \"accounts\": []}");
	CHECK(stop(fd) != 0);

	fd = start();
	send_json(fd, FRAME_ACCOUNT, 1, "[1, 2]");
	CHECK(stop(fd) != 0);

	fd = start();
	frame_hdr_encode(&h, hb);			/* flags != 0 */
	CHECK(write(fd, hb, sizeof(hb)) == (ssize_t)sizeof(hb));
	CHECK(stop(fd) != 0);

	fd = start();
	CHECK(write(fd, hb, 7) == 7);			/* truncated header */
	CHECK(stop(fd) != 0);
}

/* --no-fork: the same loop in this process, non-blocking fd; the pump
 * plays the supervisor: it drains the child's frames and, after DONE,
 * closes its write side so that the loop sees EOF. */
struct sup {
	int		fd;
	struct buf	in;
	int		pumps, done, frames;
	size_t		graph;
};

static void
pump(void *arg)
{
	struct sup *s = arg;
	struct frame_hdr h;
	char chunk[65536], err[256];
	ssize_t n;

	s->pumps++;
	while ((n = read(s->fd, chunk, sizeof(chunk))) > 0)
		buf_add(&s->in, chunk, (size_t)n);
	while (s->in.len >= FRAME_HDR_SIZE) {
		if (frame_hdr_decode((uint8_t *)s->in.data, &h, err,
		    sizeof(err)) == -1) {
			fprintf(stderr, "pump: %s\n", err);
			exit(1);
		}
		if (s->in.len < FRAME_HDR_SIZE + h.len)
			break;
		s->frames++;
		if (h.type == FRAME_GRAPH)
			s->graph += h.len;
		if (h.type == FRAME_DONE && !s->done) {
			s->done = 1;
			shutdown(s->fd, SHUT_WR);
		}
		memmove(s->in.data, s->in.data + FRAME_HDR_SIZE + h.len,
		    s->in.len - FRAME_HDR_SIZE - h.len);
		s->in.len -= FRAME_HDR_SIZE + h.len;
	}
}

static void
test_pump(void)
{
	struct sup s = { -1, BUF_INIT, 0, 0, 0, 0 };
	int sv[2];

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	s.fd = sv[0];
	send_json(sv[0], FRAME_ACCOUNT, 1, "{\"cloud\": \"random\", \"accounts\": "
	    "[{\"id\": \"276222570313970\", \"name\": \"Random Account 0\"},"
	    " {\"id\": \"6552793585705\", \"name\": \"Random Account 1\"},"
	    " {\"id\": \"160219894333092\", \"name\": \"Random Account 2\"}],"
	    " \"config\": {\"seed\": 0, \"size\": 1.0}}");
	send_json(sv[0], FRAME_COLLECT, 2, "{\"merge_kind\": \"cloud\"}");
	CHECK(fcntl(sv[0], F_SETFL, O_NONBLOCK) == 0);
	CHECK(fcntl(sv[1], F_SETFL, O_NONBLOCK) == 0);
	CHECK_INT(collector_serve(sv[1], pump, &s), 0);
	CHECK(s.done);
	CHECK(s.pumps > 1);		/* the output did not fit the socket */
	CHECK(s.graph > 500000);
	close(sv[0]);
	close(sv[1]);
	buf_free(&s.in);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	test_example_conversation();
	test_random_failure();
	test_bad_frames();
	test_pump();
	return t_done();
}

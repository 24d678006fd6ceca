/* Unit tests of the frame protocol (src/protocol/frame.c). */
#include "t.h"
#include "common/buf.h"
#include "protocol/frame.h"

#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>

#include <event2/buffer.h>

static void
test_roundtrip(void)
{
	int sv[2];
	struct frame_hdr h;
	struct buf p = BUF_INIT;
	char err[256];

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	CHECK(frame_write(sv[0], FRAME_GRAPH, 7, "{\"a\":1}\n", 8) == 0);
	CHECK(frame_write(sv[0], FRAME_DONE, 7, NULL, 0) == 0);
	close(sv[0]);
	CHECK_INT(frame_read(sv[1], &h, &p, err, sizeof(err)), 1);
	CHECK_INT(h.type, FRAME_GRAPH);
	CHECK_INT(h.job, 7);
	CHECK_STR(buf_str(&p), "{\"a\":1}\n");
	CHECK_INT(frame_read(sv[1], &h, &p, err, sizeof(err)), 1);
	CHECK_INT(h.type, FRAME_DONE);
	CHECK_INT(p.len, 0);
	CHECK_INT(frame_read(sv[1], &h, &p, err, sizeof(err)), 0);
	close(sv[1]);
	buf_free(&p);
}

static void
test_malformed(void)
{
	uint8_t hb[FRAME_HDR_SIZE];
	struct frame_hdr h = { 99, 0, 1, 0 }, d;
	char err[256];

	frame_hdr_encode(&h, hb);
	CHECK_INT(frame_hdr_decode(hb, &d, err, sizeof(err)), -1);
	CHECK(strstr(err, "unknown frame type 99") != NULL);
	h.type = FRAME_GRAPH;
	h.len = FRAME_MAX_PAYLOAD + 1;
	frame_hdr_encode(&h, hb);
	CHECK_INT(frame_hdr_decode(hb, &d, err, sizeof(err)), -1);
	CHECK(strstr(err, "exceeds") != NULL);
	h.len = 1;
	h.flags = 2;
	frame_hdr_encode(&h, hb);
	CHECK_INT(frame_hdr_decode(hb, &d, err, sizeof(err)), -1);
	CHECK(frame_from_child(FRAME_GRAPH));
	CHECK(!frame_from_child(FRAME_COLLECT));
	CHECK(frame_from_child(FRAME_RENEW));
	CHECK(!frame_from_child(FRAME_ASSUME));
	CHECK(!frame_from_child(FRAME_CREDENTIALS));
	CHECK_STR(frame_type_name(FRAME_CREDENTIALS), "CREDENTIALS");
}

static void
test_truncated(void)
{
	int sv[2];
	struct frame_hdr h = { FRAME_GRAPH, 0, 1, 100 };
	uint8_t hb[FRAME_HDR_SIZE];
	struct buf p = BUF_INIT;
	char err[256];

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	frame_hdr_encode(&h, hb);
	CHECK(write(sv[0], hb, sizeof(hb)) == sizeof(hb));
	CHECK(write(sv[0], "abc", 3) == 3);
	close(sv[0]);
	CHECK_INT(frame_read(sv[1], &h, &p, err, sizeof(err)), -1);
	CHECK(strstr(err, "truncated") != NULL);
	close(sv[1]);
	buf_free(&p);
}

static void
test_evbuf(void)
{
	struct evbuffer *b = evbuffer_new();
	struct frame_hdr h;
	char err[256];

	frame_evbuf_add(b, FRAME_INFO, 3, "{}", 2);
	CHECK_INT(frame_evbuf_peek(b, &h, err, sizeof(err)), 1);
	CHECK_INT(h.type, FRAME_INFO);
	CHECK_INT(h.len, 2);
	evbuffer_drain(b, 17);
	CHECK_INT(frame_evbuf_peek(b, &h, err, sizeof(err)), 0);
	evbuffer_free(b);
}

int
main(void)
{
	test_roundtrip();
	test_malformed();
	test_truncated();
	test_evbuf();
	return t_done();
}

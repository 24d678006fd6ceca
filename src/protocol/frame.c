/* frame: see frame.h. */
#include "protocol/frame.h"
#include "common/buf.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <event2/buffer.h>

static const char *const frame_names[FRAME_TYPE_MAX] = {
	[FRAME_NONE] = "NONE",
	[FRAME_ACCOUNT] = "ACCOUNT",
	[FRAME_DISCOVER] = "DISCOVER",
	[FRAME_COLLECT] = "COLLECT",
	[FRAME_CLEANUP] = "CLEANUP",
	[FRAME_PRE_CLEANUP] = "PRE_CLEANUP",
	[FRAME_COMMAND] = "COMMAND",
	[FRAME_TAG_UPDATE] = "TAG_UPDATE",
	[FRAME_TAG_DELETE] = "TAG_DELETE",
	[FRAME_STOP] = "STOP",
	[FRAME_ACCOUNTS] = "ACCOUNTS",
	[FRAME_GRAPH] = "GRAPH",
	[FRAME_PROGRESS] = "PROGRESS",
	[FRAME_INFO] = "INFO",
	[FRAME_DONE] = "DONE",
	[FRAME_FAILED] = "FAILED",
	[FRAME_RESULT] = "RESULT",
	[FRAME_RENEW] = "RENEW",
	[FRAME_ASSUME] = "ASSUME",
	[FRAME_CREDENTIALS] = "CREDENTIALS",
};

const char *
frame_type_name(uint32_t type)
{
	if (type >= FRAME_TYPE_MAX)
		return "UNKNOWN";
	return frame_names[type];
}

int
frame_from_child(uint32_t type)
{
	return (type >= FRAME_ACCOUNTS && type <= FRAME_RESULT) ||
	    type == FRAME_RENEW;
}

static void
put32(uint8_t *p, uint32_t v)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}

static uint32_t
get32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

void
frame_hdr_encode(const struct frame_hdr *h, uint8_t out[FRAME_HDR_SIZE])
{
	put32(out, h->type);
	put32(out + 4, h->flags);
	put32(out + 8, h->job);
	put32(out + 12, h->len);
}

int
frame_hdr_decode(const uint8_t in[FRAME_HDR_SIZE], struct frame_hdr *h,
    char *err, size_t errlen)
{
	h->type = get32(in);
	h->flags = get32(in + 4);
	h->job = get32(in + 8);
	h->len = get32(in + 12);
	if (h->type == FRAME_NONE || h->type >= FRAME_TYPE_MAX) {
		snprintf(err, errlen, "unknown frame type %u", h->type);
		return -1;
	}
	if (h->flags != 0) {
		snprintf(err, errlen, "frame %s with flags 0x%x (must be 0)",
		    frame_type_name(h->type), h->flags);
		return -1;
	}
	if (h->len > FRAME_MAX_PAYLOAD) {
		snprintf(err, errlen, "frame %s of %u bytes exceeds the %d byte maximum",
		    frame_type_name(h->type), h->len, FRAME_MAX_PAYLOAD);
		return -1;
	}
	return 0;
}

/* 1: wait and retry, 0: a real error */
static int
would_block(void (*pump)(void *), void *arg)
{
	if (errno == EINTR)
		return 1;
	if ((errno == EAGAIN || errno == EWOULDBLOCK) && pump) {
		pump(arg);
		return 1;
	}
	return 0;
}

/* 1 all read, 0 EOF before the first byte, -1 error or EOF inside */
static int
read_full(int fd, void (*pump)(void *), void *arg, void *p, size_t len)
{
	uint8_t *d = p;
	size_t got = 0;
	ssize_t n;

	while (got < len) {
		n = read(fd, d + got, len - got);
		if (n < 0) {
			if (would_block(pump, arg))
				continue;
			return -1;
		}
		if (n == 0) {
			if (got == 0)
				return 0;
			errno = EPIPE;
			return -1;
		}
		got += (size_t)n;
	}
	return 1;
}

int
frame_write_pump(int fd, void (*pump)(void *), void *arg, uint32_t type,
    uint32_t job, const void *p, size_t len)
{
	struct frame_hdr h = { type, 0, job, (uint32_t)len };
	uint8_t hb[FRAME_HDR_SIZE];
	struct iovec iov[2];
	struct msghdr m;
	int first = 0, cnt = len ? 2 : 1, sock = 1;
	ssize_t n;

	if (len > FRAME_MAX_PAYLOAD) {
		errno = EMSGSIZE;
		return -1;
	}
	frame_hdr_encode(&h, hb);
	iov[0].iov_base = hb;
	iov[0].iov_len = sizeof(hb);
	iov[1].iov_base = (void *)(uintptr_t)p;
	iov[1].iov_len = len;
	while (cnt > 0) {
		if (sock) {
			memset(&m, 0, sizeof(m));
			m.msg_iov = iov + first;
			m.msg_iovlen = (size_t)cnt;
			n = sendmsg(fd, &m, MSG_NOSIGNAL);
			if (n < 0 && errno == ENOTSOCK) {
				sock = 0;	/* a pipe or file (tests) */
				continue;
			}
		} else
			n = writev(fd, iov + first, cnt);
		if (n < 0) {
			if (would_block(pump, arg))
				continue;
			return -1;
		}
		while (cnt > 0 && (size_t)n >= iov[first].iov_len) {
			n -= (ssize_t)iov[first].iov_len;
			first++;
			cnt--;
		}
		if (cnt > 0) {
			iov[first].iov_base = (uint8_t *)iov[first].iov_base + n;
			iov[first].iov_len -= (size_t)n;
		}
	}
	return 0;
}

int
frame_write(int fd, uint32_t type, uint32_t job, const void *p, size_t len)
{
	return frame_write_pump(fd, NULL, NULL, type, job, p, len);
}

int
frame_read_pump(int fd, void (*pump)(void *), void *arg, struct frame_hdr *h,
    struct buf *payload, char *err, size_t errlen)
{
	uint8_t hb[FRAME_HDR_SIZE];
	int r;

	buf_reset(payload);
	if ((r = read_full(fd, pump, arg, hb, sizeof(hb))) == 0)
		return 0;
	if (r < 0) {
		snprintf(err, errlen, "reading a frame header: %s",
		    strerror(errno));
		return -1;
	}
	if (frame_hdr_decode(hb, h, err, errlen) == -1)
		return -1;
	buf_reserve(payload, h->len);
	if (h->len > 0 &&
	    read_full(fd, pump, arg, payload->data, h->len) != 1) {
		snprintf(err, errlen, "frame %s truncated after its header",
		    frame_type_name(h->type));
		return -1;
	}
	payload->len = h->len;
	payload->data[h->len] = '\0';
	return 1;
}

int
frame_read(int fd, struct frame_hdr *h, struct buf *payload, char *err,
    size_t errlen)
{
	return frame_read_pump(fd, NULL, NULL, h, payload, err, errlen);
}

void
frame_evbuf_add(struct evbuffer *out, uint32_t type, uint32_t job,
    const void *p, size_t len)
{
	struct frame_hdr h = { type, 0, job, (uint32_t)len };
	uint8_t hb[FRAME_HDR_SIZE];

	frame_hdr_encode(&h, hb);
	evbuffer_add(out, hb, sizeof(hb));
	if (len)
		evbuffer_add(out, p, len);
}

int
frame_evbuf_hdr(struct evbuffer *in, struct frame_hdr *h, char *err,
    size_t errlen)
{
	uint8_t hb[FRAME_HDR_SIZE];

	if (evbuffer_get_length(in) < FRAME_HDR_SIZE)
		return 0;
	evbuffer_copyout(in, hb, sizeof(hb));
	if (frame_hdr_decode(hb, h, err, errlen) == -1)
		return -1;
	return 1;
}

int
frame_evbuf_peek(struct evbuffer *in, struct frame_hdr *h, char *err,
    size_t errlen)
{
	int r = frame_evbuf_hdr(in, h, err, errlen);

	if (r != 1)
		return r;
	return evbuffer_get_length(in) >= FRAME_HDR_SIZE + (size_t)h->len;
}

/* chan: see chan.h. */
#include "collector/chan.h"
#include "common/buf.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

/* 1: wait and retry, 0: a real error */
static int
would_block(struct chan *c)
{
	if (errno == EINTR)
		return 1;
	if ((errno == EAGAIN || errno == EWOULDBLOCK) && c->pump) {
		c->pump(c->arg);
		return 1;
	}
	return 0;
}

/* 1 all read, 0 EOF before the first byte, -1 error or EOF inside */
static int
read_full(struct chan *c, void *p, size_t len)
{
	uint8_t *d = p;
	size_t got = 0;
	ssize_t n;

	while (got < len) {
		n = read(c->fd, d + got, len - got);
		if (n < 0) {
			if (would_block(c))
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
chan_read(struct chan *c, struct frame_hdr *h, struct buf *payload, char *err,
    size_t errlen)
{
	uint8_t hb[FRAME_HDR_SIZE];
	int r;

	buf_reset(payload);
	if ((r = read_full(c, hb, sizeof(hb))) == 0)
		return 0;
	if (r < 0) {
		snprintf(err, errlen, "reading a frame header: %s",
		    strerror(errno));
		return -1;
	}
	if (frame_hdr_decode(hb, h, err, errlen) == -1)
		return -1;
	buf_reserve(payload, h->len);
	if (h->len > 0 && read_full(c, payload->data, h->len) != 1) {
		snprintf(err, errlen, "frame %s truncated after its header",
		    frame_type_name(h->type));
		return -1;
	}
	payload->len = h->len;
	payload->data[h->len] = '\0';
	return 1;
}

int
chan_write(struct chan *c, uint32_t type, uint32_t job, const void *p,
    size_t len)
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
			n = sendmsg(c->fd, &m, MSG_NOSIGNAL);
			if (n < 0 && errno == ENOTSOCK) {
				sock = 0;	/* a pipe or file (tests) */
				continue;
			}
		} else
			n = writev(c->fd, iov + first, cnt);
		if (n < 0) {
			if (would_block(c))
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

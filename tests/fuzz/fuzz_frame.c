/*
 * fuzz_frame: arbitrary bytes as a child's frame stream (src/protocol/
 * frame.c): frame_hdr_decode() on the first header, then frame_evbuf_peek()
 * frame after frame as the supervisor reads them, and frame_read() on a
 * pipe as a child reads them. A decoded header must re-encode to the same
 * bytes; peek must never claim a frame that is not all there.
 */
#include "common/buf.h"
#include "protocol/frame.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct frame_hdr h;
	struct evbuffer *b;
	struct buf payload = BUF_INIT;
	uint8_t enc[FRAME_HDR_SIZE];
	char err[256];
	int r, fds[2];

	if (size >= FRAME_HDR_SIZE &&
	    frame_hdr_decode(data, &h, err, sizeof(err)) == 0) {
		frame_hdr_encode(&h, enc);
		if (memcmp(enc, data, FRAME_HDR_SIZE) != 0)
			abort();
	}

	b = evbuffer_new();
	evbuffer_add(b, data, size);
	while ((r = frame_evbuf_peek(b, &h, err, sizeof(err))) == 1) {
		if (evbuffer_get_length(b) < FRAME_HDR_SIZE + (size_t)h.len ||
		    h.len > FRAME_MAX_PAYLOAD)
			abort();
		evbuffer_drain(b, FRAME_HDR_SIZE + (size_t)h.len);
	}
	if (r == -1 && err[0] == '\0')
		abort();	/* a refusal always says why */
	evbuffer_free(b);

	/* the blocking reader of the children, on a pipe */
	if (size <= 60000 && pipe(fds) == 0) {
		if (write(fds[1], data, size) == (ssize_t)size) {
			close(fds[1]);
			while ((r = frame_read(fds[0], &h, &payload, err,
			    sizeof(err))) == 1)
				if (payload.len != h.len)
					abort();
		} else
			close(fds[1]);
		close(fds[0]);
	}
	buf_free(&payload);
	return 0;
}

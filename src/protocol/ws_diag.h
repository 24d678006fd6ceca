/*
 * ws_diag: follows the frame headers of the byte stream a websocket
 * server sends, next to wslay, only to say in words what is wrong when
 * wslay rejects the stream (wslay answers with a close code but not the
 * reason): "masked frame from the server", "unknown opcode 0x3", ...
 * with the close code that fits (1002, or 1009 for an oversize message).
 * wslay decides; ws.c only queues the close frame with that code early,
 * because for some header errors wslay would send a close without one.
 */
#ifndef RW_WS_DIAG_H
#define RW_WS_DIAG_H

#include <stddef.h>
#include <stdint.h>

struct ws_diag {
	uint8_t		 hdr[14];
	size_t		 hlen, need;	/* header bytes seen / needed */
	int		 payload;	/* inside a frame's payload */
	uint64_t	 left;		/* its bytes still to come */
	int		 op;		/* its opcode */
	int		 frag;		/* inside a fragmented data message */
	uint64_t	 msglen;	/* data bytes of that message so far */
	uint64_t	 max;		/* the largest message we accept */
	uint8_t		 cb[2];		/* first bytes of a close frame */
	size_t		 cblen;
	char		 why[160];	/* the first problem, "" while none */
	int		 code;		/* its close code */
};

void	ws_diag_init(struct ws_diag *, uint64_t max_message);
/* Follow p[0..n), the next bytes of the server's stream. */
void	ws_diag_feed(struct ws_diag *, const uint8_t *p, size_t n);

#endif

/*
 * chan: the child's side of the frame socket. Blocking reads and writes of
 * whole frames; in --no-fork mode the fd is non-blocking and, whenever it
 * would block, the pump function runs the supervisor's event loop once
 * before the call retries. Writes never raise SIGPIPE.
 */
#ifndef RW_CHAN_H
#define RW_CHAN_H

#include <stddef.h>
#include <stdint.h>

#include "protocol/frame.h"

struct buf;

struct chan {
	int	  fd;
	void	(*pump)(void *);	/* NULL: blocking fd */
	void	 *arg;
};

/* 1 frame read, 0 clean EOF before a header, -1 error (err says why). */
int	chan_read(struct chan *, struct frame_hdr *, struct buf *payload,
	    char *err, size_t errlen);
/* 0, or -1 with errno set. */
int	chan_write(struct chan *, uint32_t type, uint32_t job, const void *,
	    size_t len);

#endif

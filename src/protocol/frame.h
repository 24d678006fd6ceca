/*
 * frame: the supervisor <-> collector child message protocol (in the spirit
 * of OpenBSD's imsg). Owns the one enum of frame types, the 16-byte header
 * encoding and the read/write helpers for both sides: blocking fds for the
 * child, evbuffers for the supervisor's event loop.
 *
 * Header (all fields big-endian uint32): type, flags, job, len; then len
 * bytes of payload, len <= FRAME_MAX_PAYLOAD. Payloads are JSON unless noted.
 */
#ifndef RW_FRAME_H
#define RW_FRAME_H

#include <stddef.h>
#include <stdint.h>

struct buf;
struct evbuffer;

#define FRAME_HDR_SIZE		16
#define FRAME_MAX_PAYLOAD	(1024 * 1024)
#define FRAME_CHILD_FD		3	/* the child's socketpair end after exec */

enum frame_type {
	FRAME_NONE = 0,
	/* parent -> child */
	FRAME_ACCOUNT,		/* {"cloud","accounts":[{account}...],"config":{cloud section},"worker":{resotoworker section}}:
			   first frame; one account (merge kind account), all (cloud), or [] before DISCOVER */
	FRAME_DISCOVER,		/* list the accounts of the ACCOUNT's cloud; answered by ACCOUNTS */
	FRAME_COLLECT,		/* {"task","step","merge_kind"[,"last_run"]}: collect the account, answer GRAPH* then
			   DONE|FAILED; last_run: unix s the step's previous run started (the action's timing) */
	FRAME_CLEANUP,		/* node JSON as the core stores it: delete this resource */
	FRAME_TAG_UPDATE,	/* {"node":{...},"key":"k","value":"v"|null} */
	FRAME_TAG_DELETE,	/* {"node":{...},"key":"k"} */
	FRAME_STOP,		/* empty: finish now and exit 0 */
	/* child -> parent */
	FRAME_ACCOUNTS,		/* [{"id","name",...}, ...]: the accounts DISCOVER found */
	FRAME_GRAPH,		/* raw ndjson: one or more whole merge lines, each ending in \n */
	FRAME_PROGRESS,		/* a core progress object (leaf or tree), core-protocol.md 9.1 */
	FRAME_INFO,		/* {"level":"info"|"error","message":"..."} */
	FRAME_DONE,		/* {"nodes":n,"edges":n}: the graph is complete and checked */
	FRAME_FAILED,		/* {"error":"..."}: the step failed; nothing of it may be used */
	FRAME_RESULT,		/* {"ok":bool,"node":{...}|null,"error":"..."}: outcome of [PRE_]CLEANUP/TAG_*; a CLEANUP refused while the resource is in use adds "busy":true */
	/* credential renewal (AWS assumed roles) */
	FRAME_RENEW,		/* child -> parent {"account"}: my credentials expire soon; answered by CREDENTIALS */
	FRAME_ASSUME,		/* parent -> child {"account"}: fresh credentials for it; answered by ACCOUNTS (that entry) */
	FRAME_CREDENTIALS,	/* parent -> child {"credentials":{...}}|{"error":"..."}: the answer to RENEW */
	/* cleanup (appended: the types above keep their numbers) */
	FRAME_PRE_CLEANUP,	/* parent -> child, node JSON as CLEANUP: run the collector's pre-clean step; answered by RESULT */
	FRAME_COMMAND,		/* parent -> child {"args":["..."],"node":{...}|null}: run the collector's custom command
			   (a worker task of its name); answered by RESULT {"ok":true,"data":<json>} or ok false with "error" */
	FRAME_TYPE_MAX
};

struct frame_hdr {
	uint32_t	type;
	uint32_t	flags;	/* reserved, 0 */
	uint32_t	job;	/* supervisor's job id, echoed by the child */
	uint32_t	len;
};

const char	*frame_type_name(uint32_t type);
/* 1 for types a child may send, 0 for types only the parent sends. */
int		 frame_from_child(uint32_t type);

void	frame_hdr_encode(const struct frame_hdr *, uint8_t out[FRAME_HDR_SIZE]);
/* Decode and validate (type known, flags 0, len <= max). -1 with a reason
 * in err when malformed. */
int	frame_hdr_decode(const uint8_t in[FRAME_HDR_SIZE], struct frame_hdr *,
	    char *err, size_t errlen);

/* Blocking fd helpers (children, tests). write: 0 or -1 (errno set); it
 * never raises SIGPIPE (EPIPE instead). read: 1 frame read, 0 clean EOF
 * before a header, -1 error (err says why; a malformed header or a short
 * read counts as error). */
int	frame_write(int fd, uint32_t type, uint32_t job, const void *p, size_t len);
int	frame_read(int fd, struct frame_hdr *, struct buf *payload,
	    char *err, size_t errlen);
/* The same for the child's side in --no-fork mode: fd is non-blocking and,
 * whenever it would block, pump(arg) runs the supervisor's event loop once
 * before the call retries. pump NULL is frame_write/frame_read. */
int	frame_write_pump(int fd, void (*pump)(void *), void *arg,
	    uint32_t type, uint32_t job, const void *p, size_t len);
int	frame_read_pump(int fd, void (*pump)(void *), void *arg,
	    struct frame_hdr *, struct buf *payload, char *err, size_t errlen);

/* evbuffer helpers (supervisor). add: appends one frame. peek: 1 when a
 * whole frame is in `in` (header decoded into h, nothing removed), 0 when
 * more bytes are needed, -1 when the header is malformed (err says why). */
void	frame_evbuf_add(struct evbuffer *out, uint32_t type, uint32_t job,
	    const void *p, size_t len);
int	frame_evbuf_peek(struct evbuffer *in, struct frame_hdr *h,
	    char *err, size_t errlen);
/* Only the header: 1 when a valid header is at the front of `in` (decoded
 * into h, nothing removed; the payload may still be arriving), 0 when
 * fewer bytes than a header are there, -1 when it is malformed. */
int	frame_evbuf_hdr(struct evbuffer *in, struct frame_hdr *h,
	    char *err, size_t errlen);

#endif

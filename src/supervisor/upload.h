/*
 * upload: requests to the core that must get through: the graph creation,
 * the model and the merge uploads of a collect run. Owns the queue (at most
 * `parallel` requests in flight, the rest wait in order), the retries (a
 * transport error or an unexpected status is tried again after a delay, up
 * to `attempts` times in all; a streamed body is sent again from its start)
 * and the error text of the last failure. Knows nothing of graphs or
 * accounts.
 *
 * Retry delay: 10 s (the reference worker's), or the milliseconds in the
 * environment variable RW_TEST_RETRY_DELAY_MS, a test hook that
 * keeps the retry tests fast.
 */
#ifndef RW_UPLOAD_H
#define RW_UPLOAD_H

#include <stddef.h>

struct http;
struct http_res;
struct uploads;
struct upload;

#define UPLOAD_ATTEMPTS		3
#define UPLOAD_DELAY_MS		10000

struct upload_req {
	const char		*what;		/* "create graph": names it in errors */
	const char		*method;
	const char		*url;
	const char		*content_type;
	const char		*accept;
	const char		*body;		/* copied */
	size_t			 body_len;
	const char		*body_file;	/* or: stream this file */
	int			 body_fd;	/* or (> 0): this regular file's
						   descriptor, from offset 0 on
						   every attempt; borrowed: open
						   until the callback or
						   upload_cancel */
	const char *const	*headers;	/* copied; NULL-terminated */
	const long		*ok;		/* accepted statuses, 0-terminated;
						   NULL: 200 only */
	long			 timeout_ms;	/* per attempt; 0: none */
	int			 discard_body;	/* an accepted answer's body is
						   not kept (see http.h) */
};

/* Called once, unless cancelled: ok 1 when a status in req->ok arrived;
 * else error says what failed last ("HTTP 500: <body>" or the transport
 * error). */
typedef void (*upload_cb)(int ok, const char *error, void *arg);

struct event_base;

struct uploads	*uploads_new(struct event_base *, struct http *, int parallel);
/* Never NULL. */
struct upload	*upload_add(struct uploads *, const struct upload_req *,
		    upload_cb, void *arg);
/* Forget it: no callback. Safe from any callback. */
void		 upload_cancel(struct upload *);
/* Cancel all (no callbacks) and free. */
void		 uploads_free(struct uploads *);

/* The delay between attempts, in milliseconds. */
long		 upload_retry_delay_ms(void);

#endif

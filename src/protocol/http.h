/*
 * http: the REST client for the core: libcurl's multi interface driven by
 * the supervisor's libevent loop ("hiperfifo": curl tells us which sockets
 * and which timeout to watch, libevent tells curl when they fire), so a
 * request never blocks the loop. Owns the requests in flight, their bodies
 * (from memory or streamed from a file of any size), the response body and
 * headers, the TLS trust (system store plus the core's CA, verification
 * on/off, optional client certificate) and the Authorization header (a
 * fresh PSK token per request). It knows nothing of what the core's
 * endpoints mean.
 */
#ifndef RW_HTTP_H
#define RW_HTTP_H

#include <stddef.h>

#include "common/buf.h"

struct event_base;
struct jwt_key;
struct tls_opts;
struct http;
struct http_req;

#define HTTP_MAX_BODY	(1024L * 1024 * 1024)	/* larger responses fail */

struct http_res {
	long		 status;	/* HTTP status, 0 when none was received */
	int		 failed;	/* transport error: no (complete) response */
	const char	*error;		/* when failed: "<METHOD> <url>: <why>" */
	struct buf	 body;		/* the response body, NUL-terminated */
};

/* A response header (the last response's, case-insensitive name); NULL
 * when absent. */
const char *http_res_header(const struct http_res *, const char *name);

/* Called once per request unless it was cancelled; res (and its body and
 * headers) is valid only during the call. */
typedef void (*http_cb)(const struct http_res *, void *arg);

struct http_req_opts {
	const char	*method;	/* NULL: GET, or POST with a body */
	const char	*url;
	const char	*content_type;	/* NULL: no Content-Type header */
	const char	*accept;	/* NULL: curl's Accept: * / * */
	const char	*body;		/* copied; body_len bytes */
	size_t		 body_len;
	const char	*body_file;	/* or: stream this file as the body, with
					   Content-Length for a regular file,
					   chunked for a pipe */
	int		 body_fd;	/* or (when > 0): stream this regular
					   file from offset 0 (the descriptor
					   is duplicated, its offset unused) */
	const char *const *headers;	/* extra "Name: value", NULL-terminated */
	/* or (for large answers): every piece of a 2xx response body goes
	 * to on_data as it arrives, in order, and res.body stays empty
	 * (other statuses still fill res.body). It runs inside curl: it must
	 * not start or cancel requests. -1 (with a reason in err) aborts the
	 * request, which then fails with that reason. arg: the cb's arg. */
	int		(*on_data)(const char *p, size_t n, char *err,
			    size_t errlen, void *arg);
	int		 discard_body;	/* a 2xx body is read and dropped (an
					   answer of no interest that may be
					   large); other statuses fill res.body */
	long		 timeout_ms;	/* whole request; 0: none */
	int		 no_auth;	/* no Authorization header */
	int		 no_verify;	/* do not verify the server's certificate */
};

/* tls: trust and client certificate for https (NULL: verify against the
 * system store); key: PSK key for the Authorization header (NULL: none);
 * both must outlive the http. NULL (logged) when a CA file or PEM cannot
 * be read. */
struct http	*http_new(struct event_base *, const struct tls_opts *tls,
		    struct jwt_key *key);
/* Start a request; never blocks and never calls cb before it returns (a
 * request that cannot even start, e.g. a missing body file, fails from
 * the loop). NULL only when http_free() is under way. */
struct http_req	*http_request(struct http *, const struct http_req_opts *,
		    http_cb cb, void *arg);
/* Forget a request in flight: cb is not called. Safe from any callback;
 * a no-op for the request whose callback is running. */
void		 http_cancel(struct http_req *);
/* Cancel every request (no callbacks) and free; safe from a callback. */
void		 http_free(struct http *);

#endif

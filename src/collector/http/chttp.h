/*
 * chttp: the collectors' HTTP layer (collector children only, never the
 * supervisor). One struct chttp per account: a libcurl multi handle driven
 * by chttp_run() in the child's single thread (curl_multi_poll), with
 *
 *  - many calls in flight, bounded per context (the account) and per key
 *    (by default "service/region", e.g. "ec2/us-east-1"; the reference's
 *    resource_pool_size and resource_pool_tasks_per_service); calls over
 *    the bounds wait in submission order per key, the keys taking turns;
 *  - connections reused per host, HTTP/1.1 keep-alive, HTTP/2 where the
 *    server offers it over TLS, TLS verified against the system CAs or a
 *    given CA file (or, when the caller asks, not verified), proxies
 *    given explicitly (children run with a clean environment) or, when
 *    none is given, from the proxy variables of the environment as curl
 *    reads them;
 *  - retries with capped exponential backoff and full jitter on throttling
 *    (HTTP 429, or an error code the cloud puts in the body), on 5xx and on
 *    connection errors, Retry-After honoured (seconds or HTTP-date);
 *  - a deadline per call (all its attempts) and one per context, a cap on
 *    a response's size, a debug log line per attempt (service, operation,
 *    region, status, bytes, time);
 *  - authentication per call: AWS SigV4 (libcurl's CURLOPT_AWS_SIGV4),
 *    a bearer token, or none;
 *  - pagination written once (chttp_page), and the answers' parsers:
 *    XML items streamed out of a page as json-c objects (chttp_xml_items),
 *    JSON with the size cap (chttp_json), the clouds' error bodies
 *    (chttp_error_parse).
 *
 * Owns: the multi handle and its easy handles, the queue of waiting calls,
 * the retry timers, copies of everything a call was given, and the secrets
 * of its auth providers (cleared with explicit_bzero when freed). Knows no
 * cloud: what a cloud adds (endpoints, throttling codes, which token style
 * it pages with) comes from its caller.
 *
 * Callbacks are only ever called from chttp_run(), never from the function
 * that submitted the call; a callback may submit more calls, start pagers,
 * call chttp_abort(), and must not call chttp_run() or chttp_free().
 */
#ifndef RW_CHTTP_H
#define RW_CHTTP_H

#include <stddef.h>

#include <json-c/json.h>

#include "common/buf.h"

struct chttp;
struct chttp_auth;

/* Defaults for a zero field of struct chttp_opts / struct chttp_call. */
#define CHTTP_MAX_INFLIGHT	64			/* per context */
#define CHTTP_MAX_PER_KEY	20			/* per key */
#define CHTTP_RETRIES		8			/* after the first attempt */
#define CHTTP_BACKOFF_BASE_MS	200L
#define CHTTP_BACKOFF_CAP_MS	20000L
#define CHTTP_CALL_TIMEOUT_MS	(5 * 60 * 1000L)	/* all attempts of a call */
#define CHTTP_CONNECT_TIMEOUT_MS 10000L
#define CHTTP_MAX_RESPONSE	(64L * 1024 * 1024)	/* bytes of one body */
#define CHTTP_MAX_PAGES		100000			/* per pager */

struct chttp_res;

/* What a classifier says about an attempt's outcome. */
enum chttp_verdict {
	CHTTP_DONE = 0,		/* final: hand it to the callback */
	CHTTP_RETRY,		/* 5xx, connection error: back off, try again */
	CHTTP_THROTTLED,	/* throttled: back off, try again */
};

/* Decides whether an attempt is retried. res->status, res->err, the body,
 * headers and res->err_code (the error code found in the body) are set. */
typedef enum chttp_verdict (*chttp_classify_fn)(const struct chttp_res *,
		    void *arg);

struct chttp_opts {
	int		 max_inflight;	/* calls in flight per context; 0: default */
	int		 max_per_key;	/* per key unless chttp_key_limit; 0: default */
	int		 retries;	/* retries per call; 0: default, <0: none */
	long		 backoff_base_ms;	/* 0: default */
	long		 backoff_cap_ms;	/* 0: default */
	long		 call_timeout_ms;	/* per call, from its first attempt
					   over all attempts and backoffs (time
					   waiting for a slot is bounded by the
					   deadline below); 0: default */
	long		 connect_timeout_ms;	/* per attempt; 0: default */
	long		 deadline_ms;	/* the context's (account's) deadline,
					   from chttp_new(); 0: none */
	size_t		 max_response;	/* 0: default */
	const char	*ca_file;	/* PEM CA bundle instead of the system
					   CAs (AWS_CA_BUNDLE); NULL: system */
	int		 insecure;	/* the server's certificate and name
					   are not verified (Slack's
					   do_not_verify_ssl) */
	const char	*proxy;		/* e.g. "http://proxy:3128" (HTTPS_PROXY);
					   NULL: curl reads the environment,
					   "": no proxy at all */
	const char	*no_proxy;	/* NO_PROXY list; NULL: environment */
	const char	*user_agent;	/* NULL: "resotoworker/VERSION" */
	/* Codes in an error body (chttp_error_parse) that mean throttling,
	 * NULL-terminated (AWS: "Throttling", "ThrottlingException",
	 * "RequestLimitExceeded", "TooManyRequestsException", ...). */
	const char *const *throttle_codes;
	/* Replaces chttp_classify_default for every call of the context
	 * (NULL: the default). */
	chttp_classify_fn classify;
	void		*classify_arg;
};

/* How an attempt or call ended, besides its HTTP status. */
enum chttp_err {
	CHTTP_OK = 0,		/* a response was received (any status) */
	CHTTP_E_CONNECT,	/* could not resolve or connect */
	CHTTP_E_TRANSPORT,	/* connection lost, truncated response, ... */
	CHTTP_E_TIMEOUT,	/* the call's deadline passed */
	CHTTP_E_DEADLINE,	/* the context's deadline passed */
	CHTTP_E_TOO_LARGE,	/* the response is larger than the cap */
	CHTTP_E_ABORTED,	/* chttp_abort() */
	CHTTP_E_PAGING,		/* pagers only: a page token repeated, too
				   many pages, or the page callback failed */
	CHTTP_E_TLS,		/* the server's certificate was refused, or
				   the CA file could not be used */
	CHTTP_E_BAD_CALL,	/* the call cannot be made: malformed URL,
				   unsupported scheme, SigV4 without region,
				   service or credentials */
};

/* A call's outcome, given to its callback (valid only during the call). */
struct chttp_res {
	const char	*service;	/* as given in the call ("" if none) */
	const char	*operation;
	const char	*region;
	const char	*url;
	long		 status;	/* HTTP status of the last attempt, 0: none */
	enum chttp_err	 err;
	/* NULL when the call succeeded (err == CHTTP_OK and a 2xx status),
	 * else a message naming service, operation, region and what went
	 * wrong, e.g. "ec2 DescribeInstances us-east-1: HTTP 403
	 * UnauthorizedOperation: You are not authorized ..." */
	const char	*error;
	/* From the body of a non-2xx answer (chttp_error_parse), or AWS's
	 * x-amzn-ErrorType header; NULL when none was found. */
	const char	*err_code;
	const char	*err_message;
	int		 throttle_code;	/* err_code is one of throttle_codes */
	int		 attempts;	/* 1 + retries made */
	const char	*body;		/* NUL-terminated, "" when none */
	size_t		 len;
	long		 ms;		/* wall time of the call, all attempts */
	int		 http_version;	/* of the last answer: 1 (1.x), 2, 3;
					   0: none */
};

/* A header of the response (the last attempt's, case-insensitive name);
 * NULL when absent. */
const char	*chttp_res_header(const struct chttp_res *, const char *name);

/* Called once per call, from chttp_run(). */
typedef void (*chttp_cb)(const struct chttp_res *, void *arg);

/* A call. Everything is copied at submission; the struct and its strings
 * need not outlive chttp_submit(). */
struct chttp_call {
	const char	*method;	/* NULL: GET, or POST when body is set;
					   POST, PUT, PATCH without a body
					   send an empty one */
	const char	*url;
	const char *const *headers;	/* extra "Name: value", NULL-terminated */
	const char	*body;		/* body_len bytes; NULL: none */
	size_t		 body_len;
	const char	*content_type;	/* NULL: none (with a body: curl's
					   application/x-www-form-urlencoded) */
	/* Logged and used in errors; service and region also make the
	 * default key and the SigV4 scope. */
	const char	*service;	/* "ec2", "sts", "compute", "slack" */
	const char	*operation;	/* "DescribeInstances" */
	const char	*region;	/* "us-east-1"; NULL: none (global) */
	const char	*key;		/* concurrency key; NULL: "service/region"
					   (or "service" without region) */
	struct chttp_auth *auth;	/* NULL: none; a reference is held */
	const char	*sign_service;	/* SigV4 service when it differs from
					   service (e.g. "execute-api") */
	const char	*sign_region;	/* SigV4 region when it differs from
					   region (global services: us-east-1) */
	long		 timeout_ms;	/* 0: the context's call_timeout_ms */
	int		 retries;	/* 0: the context's; <0: none */
	size_t		 max_response;	/* 0: the context's */
	chttp_classify_fn classify;	/* NULL: the context's */
	void		*classify_arg;
};

/* A new context; NULL (logged) when curl cannot be set up or a CA file
 * cannot be read. */
struct chttp	*chttp_new(const struct chttp_opts *);
/* Fails every call still pending without calling back, frees. Not from a
 * callback. */
void		 chttp_free(struct chttp *);

/* The bound of calls in flight for one key (e.g. "sagemaker/eu-west-1"
 * at 6); n >= 1. Applies at once to the calls that wait. */
void		 chttp_key_limit(struct chttp *, const char *key, int n);

/* Submit a call: it waits for a free slot under both bounds, runs, is
 * retried as its classifier says, and ends in exactly one cb from
 * chttp_run(). Never fails (a call submitted after the deadline or an
 * abort calls back with that error). */
void		 chttp_submit(struct chttp *, const struct chttp_call *,
		    chttp_cb cb, void *arg);

/* Drive the context until no call (waiting, in flight, backing off) is
 * left. 0 when every call ran to its end, -1 when the context's deadline
 * or chttp_abort() ended them (each was called back with the error). */
int		 chttp_run(struct chttp *);

/* Call fn(arg) from chttp_run() once ms milliseconds have passed (at once
 * when the deadline or chttp_abort() ends the context first): a wait
 * between calls that keeps the others running (IAM's credential report,
 * asked for again every second until it is generated). */
void		 chttp_later(struct chttp *, long ms, void (*fn)(void *),
		    void *arg);

/* End every pending call with CHTTP_E_ABORTED (called back from
 * chttp_run()); calls submitted later fail the same way. why is logged
 * and put into their errors. E.g. the account's credentials are refused. */
void		 chttp_abort(struct chttp *, const char *why);

struct chttp_stats {
	long		 calls;		/* calls ended */
	long		 attempts;	/* requests sent (calls + retries) */
	long		 retries;
	long		 throttled;	/* attempts classified CHTTP_THROTTLED */
	long		 failed;	/* calls ended with an error */
	long		 pages;		/* pages read by pagers */
	long long	 bytes;		/* response bytes received */
	int		 max_inflight;	/* highest number in flight seen */
	long		 connections;	/* connections opened (the others
					   were reused) */
};
void		 chttp_stats(const struct chttp *, struct chttp_stats *);

/* The default classifier: a connect or transport error is RETRY (a
 * timeout, the deadline, the size cap and abort are DONE); HTTP 429, or
 * an answer whose err_code is one of the context's throttle_codes
 * (res->throttle_code), is THROTTLED; other 5xx and 408 are RETRY; the
 * rest DONE. A cloud's own classifier may call it for what it does not
 * know. arg is unused. */
enum chttp_verdict chttp_classify_default(const struct chttp_res *, void *arg);

/* --- auth providers ----------------------------------------------------
 * Reference-counted: a call holds a reference until it ends, so the
 * caller may chttp_auth_free() its own as soon as it has no more use. The
 * secrets are cleared with explicit_bzero when the last reference goes
 * and when they are replaced. Each is registered with log_secret(). */

/* AWS Signature Version 4 by libcurl: provider "aws:amz:REGION:SERVICE"
 * from the call's (sign_)region and (sign_)service, key:secret as user
 * and password, the session token (NULL: none) as X-Amz-Security-Token.
 * The URL's query is sent in SigV4's canonical form (parameters sorted,
 * all but A-Za-z0-9-_.~ percent-encoded, '+' a plus sign), which curl
 * 7.88 does not make; for the service "s3" x-amz-content-sha256 is
 * added. */
struct chttp_auth *chttp_auth_sigv4(const char *key_id, const char *secret,
		    const char *session_token);
/* Authorization: Bearer <token> */
struct chttp_auth *chttp_auth_bearer(const char *token);
/* New credentials for the calls that start from now on (a renewed
 * assumed role, a refreshed OAuth token); session_token as above. */
void		 chttp_auth_sigv4_set(struct chttp_auth *, const char *key_id,
		    const char *secret, const char *session_token);
void		 chttp_auth_bearer_set(struct chttp_auth *, const char *token);
void		 chttp_auth_free(struct chttp_auth *);

/* --- pagination ----------------------------------------------------------
 * A pager submits page after page, each when the previous one has been
 * read: make() fills the call for the page after token (NULL: the first
 * page), page() reads an answer: it hands the page's items to the caller
 * and puts the next token into next (left empty: this was the last page).
 * A token seen before is an error (CHTTP_E_PAGING), not a loop.
 * For Marker/IsTruncated answers page() puts the marker into next only
 * when IsTruncated is true; for cursors, the cursor. */

/* Fill call for the page after token (NULL: first). The call's strings
 * must stay valid until make() returns (the pager copies them then), so
 * a buffer in arg will do. Return 0, or -1 to stop (done gets an error). */
typedef int (*chttp_page_make_fn)(struct chttp_call *call, const char *token,
		    void *arg);
/* Read a 2xx page. Return 0, or -1 with a reason in err to stop. */
typedef int (*chttp_page_read_fn)(const struct chttp_res *, struct buf *next,
		    struct buf *err, void *arg);
/* Called once when the paging ends: error is NULL when every page was
 * read, else what went wrong (naming service, operation, region). res
 * is NULL on success and when make() failed; on a failed call it is that
 * call's answer (err, status, err_code); on a paging error it is the
 * page's answer with err CHTTP_E_PAGING and error set. */
typedef void (*chttp_page_done_fn)(const struct chttp_res *res,
		    const char *error, int pages, void *arg);

/* Optional: the next token of a 2xx page found cheaply, before page()
 * reads the page (e.g. chttp_xml_tail_leaf). 1 with the token in next
 * (empty: the last page), 0 when it cannot tell without reading the
 * page. */
typedef int (*chttp_page_token_fn)(const struct chttp_res *,
		    struct buf *next, void *arg);

struct chttp_pager {
	chttp_page_make_fn	 make;
	chttp_page_read_fn	 page;
	chttp_page_done_fn	 done;
	void			*arg;
	int			 max_pages;	/* 0: CHTTP_MAX_PAGES */
	/* NULL: none. With a token known, the next page is submitted and
	 * its request sent before page() reads this one, so the call's
	 * round trip overlaps the reading; page() must then find the same
	 * token (else the paging ends with an error, and the page already
	 * asked for is dropped when it comes). */
	chttp_page_token_fn	 token;
};

/* Start a pager (the struct is copied). Like chttp_submit, never fails:
 * done is always called once, from chttp_run(). */
void		 chttp_page(struct chttp *, const struct chttp_pager *);

/* --- parsers ---------------------------------------------------------- */

/* The JSON body of res as a json-c object (caller puts it), NULL with the
 * reason in err (empty, malformed, truncated, nested too deep, trailing
 * garbage), naming service/operation/region and the byte offset. */
json_object	*chttp_json(const struct chttp_res *, struct buf *err);
/* One call, run to its end (chttp_run: nothing else may be pending):
 * the 2xx answer's JSON (caller puts it), or NULL with res's error (or
 * the parser's) in err. status (may be NULL) gets the last attempt's
 * HTTP status, 0 when none came. */
json_object	*chttp_json_sync(struct chttp *, const struct chttp_call *,
		    long *status, struct buf *err);
/* The member at a dotted path ("response_metadata.next_cursor"); NULL when
 * a step is absent or not an object. Borrowed from o. */
json_object	*chttp_json_path(json_object *o, const char *path);
/* As chttp_json_path, the value when it is a non-empty string, else NULL. */
const char	*chttp_json_str(json_object *o, const char *path);

/* Called per item; item belongs to the callee (json_object_put it).
 * Return 0 to go on, -1 to stop (chttp_xml_items returns -1, err as set). */
typedef int (*chttp_xml_item_fn)(json_object *item, struct buf *err,
		    void *arg);

/* Stream the items of an XML document: every element at item_path is
 * expanded and converted to a json-c object and given to fn, one at a
 * time (the document is never held as one tree).
 *
 * Paths are element local names (namespaces ignored) from the root,
 * separated by '/', "*" matching any one name, at most 16 names:
 * "DescribeInstancesResponse/reservationSet/item",
 * "ListAccountsResponse/ListAccountsResult/Accounts/member".
 *
 * Conversion: an element with child elements is an object of its
 * children, named by their local names; an element whose children are
 * all <item>, <member> or <entry> elements is an array of them (a Query
 * map's <entry><key/><value/></entry> becomes [{"key":..,"value":..}]);
 * a child name repeated in one element makes that member an array of
 * its values; an element without child elements is its text, a string
 * (an empty element: ""). Attributes are ignored.
 *
 * item_path may be NULL: only leaves are read.
 * leaves: at most 8 NULL-terminated paths whose text is captured into
 * values[i] (malloc'd, NULL when absent, the last one when repeated; the
 * caller frees them; all NULL after an error), e.g. the next token:
 * "DescribeInstancesResponse/nextToken". leaves/values may be NULL.
 *
 * Returns the number of items, or -1 with the reason in err (malformed or
 * truncated XML with its line, an item nested too deeply, fn's -1); items
 * given to fn before an error stand. */
int		 chttp_xml_items(const char *xml, size_t len,
		    const char *item_path, chttp_xml_item_fn fn, void *arg,
		    const char *const *leaves, char **values, struct buf *err);

/* The text of the element at path (as for chttp_xml_items, at least two
 * names) when it ends the document: each name of the path is the last
 * child of the one before, e.g. EC2's "DescribeVolumesResponse/nextToken"
 * after the items. 1 with the text in out; 0 when the document does not
 * end so or the text would need decoding (an entity, CDATA, '\r', a byte
 * that is not ASCII: the parser transcodes other encodings). Looks
 * only at the document's tail: no parse, no check that the rest of the
 * document is well-formed. */
int		 chttp_xml_tail_leaf(const char *xml, size_t len,
		    const char *path, struct buf *out);

/* Drive the transfers from inside a callback that works long (reading a
 * large page): requests are sent, answers read, calls that ended are
 * queued for chttp_run() to call back, waiting calls take the freed
 * slots. Calls no callback. */
void		 chttp_progress(struct chttp *);

/* Load libxml2 (dlopen: the supervisor, the same binary, never maps it).
 * chttp_new() and chttp_xml_items() call it; a child that drops its
 * rights to open files may call it before. 0, or -1 with the reason in
 * err (may be NULL). */
int		 chttp_xml_init(struct buf *err);

/* The error code and message of a cloud's error body, XML or JSON:
 *   AWS Query: <ErrorResponse><Error><Code>/<Message>
 *   EC2:       <Response><Errors><Error><Code>/<Message>
 *   S3 / REST-XML: <Error><Code>/<Message>
 *   JSON: "__type" (the part after '#'), "code" or "Code", "message" or
 *   "Message"; {"error": {"status"|"code", "message"}} (Google);
 *   {"ok": false, "error": "..."} (Slack).
 * *code and *message are malloc'd (caller frees), NULL when not found
 * (a message may come without a code). Returns 0 when a code was found,
 * -1 otherwise. Never reads past len. */
int		 chttp_error_parse(const char *body, size_t len, char **code,
		    char **message);

#endif

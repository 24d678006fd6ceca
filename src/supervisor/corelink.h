/*
 * corelink: one websocket to the core that stays connected. Owns the
 * connect attempts (a fresh "Bearer <JWT>" per attempt), the optional
 * step before each attempt (the action subscription registers there), and
 * the retry timer with capped exponential backoff and jitter (backoff.h);
 * the backoff is reset once a connection opens. What a failure means and
 * how it is logged is the caller's business (the closed callback).
 */
#ifndef RW_CORELINK_H
#define RW_CORELINK_H

#include <stddef.h>

#include <openssl/ssl.h>

struct event_base;
struct jwt_key;
struct corelink;

struct corelink_cbs {
	/* Before each attempt (may be NULL): call corelink_go() when ready
	 * or corelink_retry() on failure, now or later. */
	void	(*prepare)(struct corelink *, void *arg);
	void	(*opened)(struct corelink *, void *arg);
	void	(*text)(struct corelink *, const char *, size_t, void *arg);
	/* A connection closed or an attempt failed; was_open says which.
	 * A retry is already scheduled unless the link was stopped. */
	void	(*closed)(struct corelink *, int was_open, int code,
		    const char *reason, void *arg);
};

struct corelink_params {
	const char	*name;		/* for logs: "actions", "tasks", "events" */
	const char	*url;		/* ws:// or wss:// */
	SSL_CTX		*ssl;		/* NULL for ws:// */
	struct jwt_key	*jwt;		/* NULL: no Authorization */
	size_t		 max_message;
};

struct corelink *corelink_new(struct event_base *,
	    const struct corelink_params *, const struct corelink_cbs *,
	    void *arg);
void	corelink_free(struct corelink *);
/* Connect (after prepare) now, and keep connecting until stopped. */
void	corelink_start(struct corelink *);
/* Close, cancel the retry; start again with corelink_start(). */
void	corelink_stop(struct corelink *);
/* From prepare: go on with the connect / give up this attempt. */
void	corelink_go(struct corelink *);
void	corelink_retry(struct corelink *);
/* 0 sent (queued on the socket), -1 when not open or the send failed. */
int	corelink_send(struct corelink *, const char *, size_t);
int	corelink_is_open(const struct corelink *);
int	corelink_is_started(const struct corelink *);
const char *corelink_name(const struct corelink *);
/* Connections opened so far (1 for the first one). */
unsigned corelink_opens(const struct corelink *);

#endif

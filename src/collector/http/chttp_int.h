/*
 * chttp_int: what the files of the collectors' HTTP layer share and no
 * caller sees: how an auth provider sets up an easy handle, and the
 * context's page counter for the pagers.
 */
#ifndef RW_CHTTP_INT_H
#define RW_CHTTP_INT_H

#include <curl/curl.h>

#include "collector/http/chttp.h"

/* Another reference to a. */
struct chttp_auth *chttp_auth_ref(struct chttp_auth *a);
/* Set up easy for a with this SigV4 scope; headers gets the extra header
 * lines (session token, bearer token, S3's body hash; the signature of a
 * request curl cannot sign); for SigV4 the URL is set again with its
 * query in canonical form. -1 with the reason in err when the scope or
 * the credentials are missing. */
int		 chttp_auth_apply(struct chttp_auth *a, CURL *easy,
		    struct curl_slist **headers, const char *method,
		    const char *url,
		    const char *region,
		    const char *service, const char *body, size_t body_len,
		    struct buf *err);

/* Call fn(arg) from chttp_run(), as if it were a call's callback. */
void		 chttp_defer(struct chttp *, void (*fn)(void *), void *arg);

/* A pager read one more page. */
void		 chttp_count_page(struct chttp *);

/* "service operation region" for messages: the parts that are set. */
void		 chttp_what(struct buf *, const char *service,
		    const char *operation, const char *region);

#endif

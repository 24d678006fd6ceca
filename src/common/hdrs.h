/*
 * hdrs: the response headers an HTTP client keeps, as "name\0value\0"
 * pairs in a struct buf, filled line by line from curl's header callback
 * and looked up by name. Shared by the core's REST client and the
 * collectors' HTTP layer. Owns nothing.
 */
#ifndef RW_HDRS_H
#define RW_HDRS_H

#include <stddef.h>

#include "common/buf.h"

/* One header line as curl hands it over (CRLF included): a status line
 * starts a new response (after a 1xx or a redirect) and empties h; a
 * "Name: value" line is added with the value trimmed; others are ignored. */
void		 hdrs_line(struct buf *h, const char *line, size_t len);
/* curl's CURLOPT_HEADERFUNCTION as is, with the struct buf as
 * CURLOPT_HEADERDATA: hdrs_line for each line. */
size_t		 hdrs_curl_cb(char *p, size_t size, size_t n, void *h);
/* The value of the first header named name (case-insensitive); NULL when
 * absent. */
const char	*hdrs_get(const struct buf *h, const char *name);

#endif

/*
 * buf: a growable byte buffer, always NUL-terminated. Owns nothing but its
 * own memory. Used wherever text is built piece by piece (JSON lines, HTTP
 * bodies, tokens). Allocation failure is fatal (the process cannot go on).
 */
#ifndef RW_BUF_H
#define RW_BUF_H

#include <stddef.h>
#include <stdarg.h>
#include <string.h>

struct buf {
	char	*data;	/* NUL-terminated, NULL until the first append */
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

/* Grows b to hold extra more bytes and the NUL (buf_reserve's slow path). */
void	 buf_grow(struct buf *, size_t extra);

/* The appends are inline: the graph writers call them per value. */
static inline void
buf_reserve(struct buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		buf_grow(b, extra);
}

static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static inline void
buf_putc(struct buf *b, char c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

/* q, the n bytes of s, q: a quoted text with nothing to escape */
static inline void
buf_add_quoted(struct buf *b, char q, const char *s, size_t n)
{
	buf_reserve(b, n + 2);
	b->data[b->len++] = q;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len++] = q;
	b->data[b->len] = '\0';
}

/* The n bytes of s percent-encoded (%XX, upper case) but for ASCII
 * letters, digits and the characters of keep (RFC 3986's unreserved:
 * "-._~"; a path's "-._~/") */
void	 buf_pct(struct buf *, const char *s, size_t n, const char *keep);

void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vprintf(struct buf *, const char *, va_list);
void	 buf_reset(struct buf *);	/* len = 0, keeps memory */
void	 buf_free(struct buf *);
char	*buf_take(struct buf *);	/* caller owns the string; buf is reset */
const char *buf_str(const struct buf *);	/* "" when empty */

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
/* The first control character (below 0x20, or DEL) in s, NULL when none:
 * text that would break a log line, a printed configuration or a header */
const char *first_ctrl(const char *);

#endif

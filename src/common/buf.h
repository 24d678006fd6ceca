/*
 * buf: a growable byte buffer, always NUL-terminated. Owns nothing but its
 * own memory. Used wherever text is built piece by piece (JSON lines, HTTP
 * bodies, tokens). Allocation failure is fatal (the process cannot go on).
 */
#ifndef RW_BUF_H
#define RW_BUF_H

#include <stddef.h>
#include <stdarg.h>

struct buf {
	char	*data;	/* NUL-terminated, NULL until the first append */
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

void	 buf_reserve(struct buf *, size_t extra);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
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

#endif

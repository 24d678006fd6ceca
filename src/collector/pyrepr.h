/*
 * pyrepr: Python's repr() of strings and of tuples of strings, byte for
 * byte as CPython 3.11 writes them (quote choice, escapes, printable
 * non-ASCII kept as UTF-8). The node id hashes this text (collectors.md 1.5).
 */
#ifndef RW_PYREPR_H
#define RW_PYREPR_H

#include <stddef.h>
#include <stdint.h>

struct buf;

struct cp_range {
	uint32_t	lo, hi;
};
/* Code points >= 0x80 that str.isprintable() rejects (generated table). */
extern const struct cp_range py_unprintable[];
extern const size_t py_unprintable_len;

int	py_isprintable(uint32_t cp);
void	py_repr_str(struct buf *, const char *s, size_t len);
/* ('a', 'b', ...); a 1-tuple gets the trailing comma. */
void	py_repr_tuple(struct buf *, const char *const *elems, size_t n);

#endif

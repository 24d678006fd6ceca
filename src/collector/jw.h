/*
 * jw: JSON text exactly as Python's json.dumps() writes it with default
 * arguments: ", " and ": " separators, ensure_ascii (\uXXXX, surrogate pairs
 * above U+FFFF), floats in Python's shortest round-trip repr ("10.0",
 * "1e-05"), NaN/Infinity as Python spells them. Writes straight into a
 * struct buf: no objects per value, so it can write millions of lines.
 * Key order is the caller's.
 */
#ifndef RW_JW_H
#define RW_JW_H

#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

struct buf;

/* append a string literal */
#define ADDS(b, lit)	buf_add((b), (lit), sizeof(lit) - 1)

#define PY_FLOAT_MAX	32	/* longest py_float_repr() text, with NUL */
#define JW_INT_MAX	21	/* longest jw_itoa() text, with NUL */

void	jw_str(struct buf *, const char *s);		/* "..." escaped */
void	jw_strn(struct buf *, const char *s, size_t n);
void	jw_int(struct buf *, int64_t);
/* The decimal text of v, NUL-terminated; returns its length. */
size_t	jw_itoa(char out[JW_INT_MAX], int64_t v);
void	jw_double(struct buf *, double);
void	jw_bool(struct buf *, int);
void	jw_null(struct buf *);
/* ", \"key\": " -- a key after the first one of an object */
void	jw_key(struct buf *, const char *key);
/* \"key\": -- the first key of an object (no leading separator) */
void	jw_key1(struct buf *, const char *key);
/* jw_key() of a string literal with nothing to escape, written as is */
#define JW_KEYLIT(b, lit)	ADDS((b), ", \"" lit "\": ")
/* A json-c value, keys in the object's insertion order. */
void	jw_json(struct buf *, json_object *);
/* json.dumps(v, indent=4): one value per line, "," item separator. */
void	jw_pretty(struct buf *, json_object *, int level);
/* Python's repr(float) (json.dumps spelling for NaN and infinities). */
size_t	py_float_repr(char out[PY_FLOAT_MAX], double);

#endif

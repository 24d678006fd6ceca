/*
 * b64: base64 encoding and decoding (RFC 4648), both alphabets: standard
 * ("+/", with "=" padding) and base64url ("-_", without padding, as JWT
 * segments use). Owns nothing but these two conversions.
 */
#ifndef RW_B64_H
#define RW_B64_H

#include <stddef.h>

struct buf;

#define B64_STD	0	/* "+/" alphabet, "=" padding */
#define B64_URL	1	/* "-_" alphabet, no padding */

/* Append the encoding of p[0..len) to out. */
void	b64_encode(struct buf *out, const void *p, size_t len, int mode);
/* Append the decoded bytes of s[0..len) to out. Padding is optional in
 * both modes but, when present, must be correct and at the end. -1 on a
 * character outside the mode's alphabet, a bad length or bad padding (out
 * may then hold part of the output). */
int	b64_decode(struct buf *out, const char *s, size_t len, int mode);

#endif

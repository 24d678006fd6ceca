/* jw: see jw.h. Follows CPython's json encoder and float_repr(). */
#include "collector/jw.h"
#include "collector/utf8.h"
#include "common/buf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char hexd[] = "0123456789abcdef";

/* 1 for bytes json.dumps(ensure_ascii=True) writes as they are */
static const unsigned char plain[256] = {
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
	R16(0), R16(0),			/* 0x00-0x1f: escaped */
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* '"' escaped */
	R16(1), R16(1),
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,	/* '\\' escaped */
	R16(1),
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,	/* 0x7f escaped */
	R16(0), R16(0), R16(0), R16(0), R16(0), R16(0), R16(0), R16(0),
#undef R16
};

static void
put_u(struct buf *b, uint32_t u)
{
	char t[6] = { '\\', 'u', hexd[(u >> 12) & 15], hexd[(u >> 8) & 15],
	    hexd[(u >> 4) & 15], hexd[u & 15] };

	buf_add(b, t, 6);
}

void
jw_strn(struct buf *b, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run, n;
	uint32_t cp;

	buf_reserve(b, len + 2);
	b->data[b->len++] = '"';
	while (i < len) {
		for (run = i; run < len && plain[p[run]]; run++)
			;
		if (run > i) {
			buf_add(b, s + i, run - i);
			i = run;
			if (i == len)
				break;
		}
		n = utf8_decode(p + i, len - i, &cp);
		switch (cp) {
		case '"':  ADDS(b, "\\\""); break;
		case '\\': ADDS(b, "\\\\"); break;
		case '\n': ADDS(b, "\\n"); break;
		case '\r': ADDS(b, "\\r"); break;
		case '\t': ADDS(b, "\\t"); break;
		case '\b': ADDS(b, "\\b"); break;
		case '\f': ADDS(b, "\\f"); break;
		default:
			if (cp >= 0x10000) {
				cp -= 0x10000;
				put_u(b, 0xd800 | (cp >> 10));
				put_u(b, 0xdc00 | (cp & 0x3ff));
			} else
				put_u(b, cp);
		}
		i += n;
	}
	buf_putc(b, '"');
}

void
jw_str(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	/* the common case, nothing to escape, in one pass (NUL is not plain) */
	while (plain[*p])
		p++;
	n = (size_t)(p - (const unsigned char *)s);
	if (*p != '\0') {
		jw_strn(b, s, n + strlen((const char *)p));
		return;
	}
	buf_add_quoted(b, '"', s, n);
}

size_t
jw_itoa(char out[JW_INT_MAX], int64_t v)
{
	char t[JW_INT_MAX], *e = t + sizeof(t), *p = e;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	memcpy(out, p, (size_t)(e - p));
	out[e - p] = '\0';
	return (size_t)(e - p);
}

void
jw_int(struct buf *b, int64_t v)
{
	char t[JW_INT_MAX];

	buf_add(b, t, jw_itoa(t, v));
}

/* value = m * 10^q reads back as x? */
static int
roundtrips(long long m, int q, double x, double sign)
{
	char t[48];

	snprintf(t, sizeof(t), "%llde%d", m, q);
	return sign * strtod(t, NULL) == x;
}

size_t
py_float_repr(char out[PY_FLOAT_MAX], double x)
{
	char t[40], digits[24], *o = out, *end;
	int p, nd, decpt, i, q = 0;
	double sign = x < 0 ? -1 : 1;
	long long m = 0;

	if (isnan(x))
		return (size_t)snprintf(out, PY_FLOAT_MAX, "NaN");
	if (isinf(x))
		return (size_t)snprintf(out, PY_FLOAT_MAX, x < 0 ? "-Infinity" :
		    "Infinity");
	if (x == 0)
		return (size_t)snprintf(out, PY_FLOAT_MAX, signbit(x) ? "-0.0" :
		    "0.0");
	/* the common case, a whole number below 1e16 (Python's repr stays
	 * in fixed notation there): its digits and ".0", without the
	 * search below */
	if (fabs(x) < 1e16 && x == (double)(long long)x) {
		nd = (int)jw_itoa(out, (int64_t)x);
		memcpy(out + nd, ".0", 3);
		return (size_t)nd + 2;
	}
	/*
	 * The shortest digit string that reads back as x, the nearest to x
	 * among those (what Python's repr gives): per length, the correctly
	 * rounded digits, else their neighbours (at powers of two the
	 * interval that reads back as x is narrower below than above).
	 */
	for (p = 1; p <= 17; p++) {
		snprintf(t, sizeof(t), "%.*e", p - 1, fabs(x));
		m = 0;
		for (i = 0; t[i] != 'e'; i++)
			if (t[i] != '.')
				m = m * 10 + (t[i] - '0');
		q = (int)strtol(t + i + 1, &end, 10) - (p - 1);
		if (roundtrips(m, q, x, sign))
			break;
		if (m > 1 && roundtrips(m - 1, q, x, sign)) {
			m--;
			break;
		}
		if (roundtrips(m + 1, q, x, sign)) {
			m++;
			break;
		}
	}
	nd = snprintf(digits, sizeof(digits), "%lld", m);
	decpt = nd + q;		/* x = 0.digits * 10^decpt */
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (x < 0)
		*o++ = '-';
	if (decpt > -4 && decpt <= 16) {
		if (decpt <= 0) {
			*o++ = '0';
			*o++ = '.';
			for (i = 0; i < -decpt; i++)
				*o++ = '0';
			memcpy(o, digits, (size_t)nd);
			o += nd;
		} else if (decpt >= nd) {
			memcpy(o, digits, (size_t)nd);
			o += nd;
			for (i = nd; i < decpt; i++)
				*o++ = '0';
			*o++ = '.';
			*o++ = '0';
		} else {
			memcpy(o, digits, (size_t)decpt);
			o += decpt;
			*o++ = '.';
			memcpy(o, digits + decpt, (size_t)(nd - decpt));
			o += nd - decpt;
		}
		*o = '\0';
		return (size_t)(o - out);
	}
	*o++ = digits[0];
	if (nd > 1) {
		*o++ = '.';
		memcpy(o, digits + 1, (size_t)(nd - 1));
		o += nd - 1;
	}
	o += snprintf(o, PY_FLOAT_MAX - (size_t)(o - out), "e%c%02d",
	    decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
	return (size_t)(o - out);
}

void
jw_double(struct buf *b, double v)
{
	char t[PY_FLOAT_MAX];

	buf_add(b, t, py_float_repr(t, v));
}

void
jw_bool(struct buf *b, int v)
{
	if (v)
		ADDS(b, "true");
	else
		ADDS(b, "false");
}

void
jw_null(struct buf *b)
{
	ADDS(b, "null");
}

void
jw_key1(struct buf *b, const char *key)
{
	jw_str(b, key);
	ADDS(b, ": ");
}

void
jw_key(struct buf *b, const char *key)
{
	ADDS(b, ", ");
	jw_key1(b, key);
}

void
jw_json(struct buf *b, json_object *v)
{
	size_t i, n;
	int first = 1;

	switch (json_object_get_type(v)) {
	case json_type_null:
		jw_null(b);
		break;
	case json_type_boolean:
		jw_bool(b, json_object_get_boolean(v));
		break;
	case json_type_double:
		jw_double(b, json_object_get_double(v));
		break;
	case json_type_int:
		jw_int(b, json_object_get_int64(v));
		break;
	case json_type_string:
		jw_strn(b, json_object_get_string(v),
		    (size_t)json_object_get_string_len(v));
		break;
	case json_type_array:
		buf_putc(b, '[');
		n = json_object_array_length(v);
		for (i = 0; i < n; i++) {
			if (i > 0)
				ADDS(b, ", ");
			jw_json(b, json_object_array_get_idx(v, i));
		}
		buf_putc(b, ']');
		break;
	case json_type_object:
		buf_putc(b, '{');
		json_object_object_foreach(v, key, val) {
			if (first)
				jw_key1(b, key);
			else
				jw_key(b, key);
			first = 0;
			jw_json(b, val);
		}
		buf_putc(b, '}');
		break;
	}
}

static void
indent(struct buf *b, int level)
{
	buf_putc(b, '\n');
	while (level-- > 0)
		ADDS(b, "    ");
}

void
jw_pretty(struct buf *b, json_object *v, int level)
{
	size_t i, n;
	int first = 1;

	switch (json_object_get_type(v)) {
	case json_type_array:
		n = json_object_array_length(v);
		if (n == 0) {
			ADDS(b, "[]");
			break;
		}
		buf_putc(b, '[');
		for (i = 0; i < n; i++) {
			if (i > 0)
				buf_putc(b, ',');
			indent(b, level + 1);
			jw_pretty(b, json_object_array_get_idx(v, i), level + 1);
		}
		indent(b, level);
		buf_putc(b, ']');
		break;
	case json_type_object:
		if (json_object_object_length(v) == 0) {
			ADDS(b, "{}");
			break;
		}
		buf_putc(b, '{');
		json_object_object_foreach(v, key, val) {
			if (!first)
				buf_putc(b, ',');
			first = 0;
			indent(b, level + 1);
			jw_key1(b, key);
			jw_pretty(b, val, level + 1);
		}
		indent(b, level);
		buf_putc(b, '}');
		break;
	default:
		jw_json(b, v);
	}
}

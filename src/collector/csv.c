/*
 * csv: RFC 4180 records (csv.h).
 */
#include "collector/csv.h"
#include "common/buf.h"

#include <stdlib.h>
#include <string.h>

/* One record's fields: their text one after the other in text, each
 * NUL-terminated, their starts in off. */
struct rec {
	struct buf	 text;
	size_t		*off;
	size_t		 n, cap;
	char		**ptr;
	size_t		 pcap;
	int		 quotes;	/* a quoted field in it */
};

static void
field_start(struct rec *r)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->off = xrealloc(r->off, r->cap * sizeof(*r->off));
	}
	r->off[r->n++] = r->text.len;
}

static int
emit(struct rec *r, csv_row_fn fn, void *arg)
{
	size_t i;
	int rc;

	if (r->n == 1 && r->text.len == 1 && !r->quotes)	/* empty line */
		rc = 0;
	else {
		if (r->pcap < r->n) {
			r->pcap = r->n;
			r->ptr = xrealloc(r->ptr, r->pcap * sizeof(*r->ptr));
		}
		for (i = 0; i < r->n; i++)
			r->ptr[i] = r->text.data + r->off[i];
		rc = fn(r->ptr, r->n, arg);
	}
	buf_reset(&r->text);
	r->n = 0;
	r->quotes = 0;
	return rc;
}

int
csv_parse(const char *s, size_t len, csv_row_fn fn, void *arg,
    struct buf *err)
{
	struct rec r;
	size_t i, line = 1, qline = 0;
	int quoted = 0, rc = 0, open = 0;	/* open: a record begun */
	char ch;

	memset(&r, 0, sizeof(r));
	for (i = 0; i < len && rc == 0; i++) {
		ch = s[i];
		if (ch == '\0') {
			buf_printf(err, "line %zu: a NUL byte", line);
			rc = -1;
			break;
		}
		if (!open) {
			field_start(&r);
			open = 1;
		}
		if (quoted) {
			if (ch == '"' && i + 1 < len && s[i + 1] == '"') {
				buf_putc(&r.text, '"');
				i++;
			} else if (ch == '"')
				quoted = 0;
			else {
				if (ch == '\n')
					line++;
				buf_putc(&r.text, ch);
			}
			continue;
		}
		switch (ch) {
		case '"':
			/* a quote opens a field only at its start */
			if (r.text.len == r.off[r.n - 1]) {
				quoted = r.quotes = 1;
				qline = line;
			} else
				buf_putc(&r.text, ch);
			break;
		case ',':
			buf_putc(&r.text, '\0');
			field_start(&r);
			break;
		case '\r':
		case '\n':
			if (ch == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
			line++;
			buf_putc(&r.text, '\0');
			open = 0;
			rc = emit(&r, fn, arg);
			break;
		default:
			buf_putc(&r.text, ch);
		}
	}
	if (rc == 0 && quoted) {
		buf_printf(err, "line %zu: a quoted field is not closed",
		    qline);
		rc = -1;
	} else if (rc == 0 && open) {	/* the last record, without a line end */
		buf_putc(&r.text, '\0');
		rc = emit(&r, fn, arg);
	}
	buf_free(&r.text);
	free(r.off);
	free(r.ptr);
	return rc;
}

/*
 * fuzz_csv: arbitrary bytes as a CSV document (IAM's credential report,
 * src/collector/csv.c). Whatever it reads must come back the same when its
 * records are written out again as RFC 4180 quotes them (every field
 * quoted, quotes doubled, CRLF) and read once more; a refusal must say
 * why.
 */
#include "collector/csv.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* the records written out quoted into out, and counted */
struct w {
	struct buf	out;
	struct buf	flat;	/* fields as "len:text" for the comparison */
	size_t		n;
};

static int
write_rec(char **f, size_t n, void *arg)
{
	struct w *w = arg;
	const char *p;
	size_t i;

	if (n == 0)
		abort();
	for (i = 0; i < n; i++) {
		buf_putc(&w->out, i ? ',' : '"');
		if (i)
			buf_putc(&w->out, '"');
		for (p = f[i]; *p; p++) {
			if (*p == '"')
				buf_putc(&w->out, '"');
			buf_putc(&w->out, *p);
		}
		buf_putc(&w->out, '"');
		buf_printf(&w->flat, "%zu:%s|", strlen(f[i]), f[i]);
	}
	buf_puts(&w->out, "\r\n");
	buf_putc(&w->flat, ';');
	w->n++;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct w a, b;
	struct buf err = BUF_INIT;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	if (csv_parse((const char *)data, size, write_rec, &a, &err) == -1) {
		if (err.len == 0)
			abort();	/* a refusal names its reason */
		goto done;
	}
	if (csv_parse(a.out.data ? a.out.data : "", a.out.len, write_rec, &b,
	    &err) == -1)
		abort();		/* its own output is no CSV */
	if (a.n != b.n || a.flat.len != b.flat.len ||
	    (a.flat.len && memcmp(a.flat.data, b.flat.data, a.flat.len) != 0))
		abort();		/* read back differently */
done:
	buf_free(&a.out);
	buf_free(&a.flat);
	buf_free(&b.out);
	buf_free(&b.flat);
	buf_free(&err);
	return 0;
}

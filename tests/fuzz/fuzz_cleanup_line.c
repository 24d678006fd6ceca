/*
 * fuzz_cleanup_line: arbitrary bytes as lines of the cleanup search's
 * answer (src/supervisor/cleanup_line.c), split at newlines as the job
 * splits them. Every line gets a type; a node has an id and a kind, an
 * edge both ends, a bad line a reason.
 */
#include "supervisor/cleanup_line.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *nl;
	struct cl_line l;

	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		switch (cl_line_parse(p, (size_t)(nl - p), &l)) {
		case CL_L_NODE:
			if (l.id == NULL || l.kind == NULL || l.o == NULL)
				abort();
			break;
		case CL_L_EDGE:
			if (l.from == NULL || l.to == NULL)
				abort();
			break;
		case CL_L_BAD:
			if (l.why[0] == '\0')
				abort();
			break;
		case CL_L_BLANK:
			if (l.o != NULL)
				abort();
			break;
		default:
			abort();
		}
		cl_line_free(&l);
		p = nl + 1;
	}
	return 0;
}

/*
 * fuzz_chttp_xml: arbitrary bytes as a cloud's XML answer
 * (src/collector/http/chttp_xml.c): the items at one of a few paths
 * streamed into json-c and written out, leaves captured, and the error
 * body read (chttp_error_parse). The first byte picks the path. Nothing
 * may crash, leak or read past the input. The next token found at the
 * document's tail (chttp_xml_tail_leaf, what a pager asks for ahead)
 * must be the one the whole parse finds when the parse succeeds.
 */
#include "collector/http/chttp.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int
item(json_object *o, struct buf *err, void *arg)
{
	size_t *n = arg;

	*n += strlen(json_object_to_json_string(o));
	json_object_put(o);
	return *n > (1 << 20) ? -1 : 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = {
		"DescribeInstancesResponse/reservationSet/item",
		"*/*/item", "R/set/item", "*/ListThingsResult/Things/member",
		"ListBucketResult/Contents", "*",
	};
	const char *leaves[] = { "*/nextToken", "*/*/Marker",
	    "*/*/IsTruncated", NULL };
	char *v[3], *code, *msg, *x;
	struct buf err = BUF_INIT, tail = BUF_INIT;
	size_t n = 0;
	int i, rc;

	if (size < 2)
		return 0;
	/* a copy of just the input, no NUL: reads past it are caught */
	x = malloc(size - 1);
	memcpy(x, data + 1, size - 1);
	rc = chttp_xml_items(x, size - 1, paths[data[0] % 6], item, &n,
	    leaves, v, &err);
	/* "*": the root is the item, the leaves inside it are not read */
	if (chttp_xml_tail_leaf(x, size - 1, "*/nextToken", &tail) == 1 &&
	    rc >= 0 && data[0] % 6 != 5 && (v[0] == NULL ||
	    strcmp(v[0], buf_str(&tail)) != 0))
		abort();
	buf_free(&tail);
	for (i = 0; i < 3; i++)
		free(v[i]);
	if (chttp_error_parse(x, size - 1, &code, &msg) == 0 && code == NULL)
		abort();
	free(code);
	free(msg);
	buf_free(&err);
	free(x);
	return 0;
}

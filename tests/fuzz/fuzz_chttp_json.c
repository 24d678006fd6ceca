/*
 * fuzz_chttp_json: arbitrary bytes as a cloud's JSON answer
 * (src/collector/http/chttp_json.c): chttp_json with its error report,
 * the paths the pagers read (chttp_json_path, chttp_json_str), and the
 * error body read (chttp_error_parse). A parse that fails must say why.
 */
#include "collector/http/chttp.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = { "NextToken", "nextPageToken",
	    "response_metadata.next_cursor", "error.status", "a.b.c.d", "" };
	struct chttp_res r;
	struct buf err = BUF_INIT;
	json_object *o;
	char *x, *code, *msg;
	size_t i;

	x = malloc(size + 1);
	memcpy(x, data, size);
	x[size] = '\0';
	memset(&r, 0, sizeof(r));
	r.service = "svc";
	r.operation = "Op";
	r.region = "r";
	r.body = x;
	r.len = size;
	if ((o = chttp_json(&r, &err)) == NULL) {
		if (err.len == 0)
			abort();
	} else {
		for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
			chttp_json_path(o, paths[i]);
			chttp_json_str(o, paths[i]);
		}
		json_object_put(o);
	}
	if (chttp_error_parse(x, size, &code, &msg) == 0 && code == NULL)
		abort();
	free(code);
	free(msg);
	buf_free(&err);
	free(x);
	return 0;
}

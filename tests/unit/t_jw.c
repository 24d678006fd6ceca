/* Unit tests of the Python-compatible JSON writer (src/collector/jw.c):
 * string escapes, ints, and float repr against CPython 3.11's json.dumps()
 * for ~7000 values (tests/data/collector/floats.txt: powers of two,
 * powers of ten, random bit patterns, decimals). */
#include "t.h"
#include "collector/jw.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>

static const struct {
	const char *in;
	size_t len;
	const char *out;
} strs[] = {
	{ "plain", 5, "\042plain\042" },
	{ "q\042uo\134te", 7, "\042q\134\042uo\134\134te\042" },
	{ "ctl\010\014\012\015\011\000\001\037\177", 12, "\042ctl\134b\134f"
	    "\134n\134r\134t\134u0000\134u0001\134u001f\134u007f\042" },
	{ "\303\251\342\202\254", 5, "\042\134u00e9\134u20ac\042" },
	{ "smile\360\237\230\200", 9, "\042smile\134ud83d\134ude00\042" },
	{ "max\364\217\277\277", 7, "\042max\134udbff\134udfff\042" },
	{ "/slash", 6, "\042/slash\042" },
	{ "bad\377", 4, "\042bad\134ufffd\042" },	/* invalid UTF-8 */
};

static void
test_floats(void)
{
	char path[4096], line[256], hex[128], expect[128], got[PY_FLOAT_MAX];
	const char *dir = getenv("top_srcdir");
	size_t n = 0, bad = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/tests/data/collector/floats.txt",
	    dir ? dir : "..");
	f = fopen(path, "r");
	CHECK(f != NULL);
	if (f == NULL)
		return;
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#')
			continue;
		if (sscanf(line, "%127s %127s", hex, expect) != 2)
			continue;
		py_float_repr(got, strtod(hex, NULL));
		n++;
		if (strcmp(got, expect) != 0) {
			if (bad++ < 10)
				fprintf(stderr, "float %s: got %s, expected %s\n",
				    hex, got, expect);
		}
	}
	fclose(f);
	CHECK(n > 7000);
	CHECK_INT(bad, 0);
}

int
main(void)
{
	struct buf b = BUF_INIT;
	json_object *o;
	char t[JW_INT_MAX];
	size_t i;

	for (i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		buf_reset(&b);
		jw_strn(&b, strs[i].in, strs[i].len);
		CHECK_STR(buf_str(&b), strs[i].out);
		/* jw_str (plain strings in one pass, the rest by jw_strn):
		 * the same text up to a NUL */
		if (strlen(strs[i].in) == strs[i].len) {
			buf_reset(&b);
			ADDS(&b, "x");
			jw_str(&b, strs[i].in);
			CHECK_INT(b.len, strlen(strs[i].out) + 1);
			CHECK_STR(buf_str(&b) + 1, strs[i].out);
		}
	}
	buf_reset(&b);
	jw_key(&b, "volume_size");
	JW_KEYLIT(&b, "volume_size");
	CHECK_STR(buf_str(&b), ", \042volume_size\042: , \042volume_size\042: ");
	CHECK_INT(jw_itoa(t, 0), 1);
	CHECK_STR(t, "0");
	CHECK_INT(jw_itoa(t, -7), 2);
	CHECK_STR(t, "-7");
	CHECK_INT(jw_itoa(t, INT64_MIN), 20);
	CHECK_STR(t, "-9223372036854775808");
	CHECK_INT(jw_itoa(t, INT64_MAX), 19);
	CHECK_STR(t, "9223372036854775807");
	buf_reset(&b);
	jw_int(&b, 0);
	ADDS(&b, " ");
	jw_int(&b, -42);
	ADDS(&b, " ");
	jw_int(&b, INT64_MIN);
	ADDS(&b, " ");
	jw_int(&b, INT64_MAX);
	CHECK_STR(buf_str(&b), "0 -42 -9223372036854775808 9223372036854775807");
	buf_reset(&b);
	jw_double(&b, 4);
	jw_key(&b, "k");
	jw_double(&b, 1e-5);
	jw_bool(&b, 1);
	jw_null(&b);
	CHECK_STR(buf_str(&b), "4.0, \"k\": 1e-05truenull");

	/* json-c values: key order kept, Python separators */
	o = json_tokener_parse("{\"a\": [1, 2.5, null, true], \"b\": {}, "
	    "\"c\": {\"d\": \"\303\251\"}}");
	buf_reset(&b);
	jw_json(&b, o);
	CHECK_STR(buf_str(&b), "{\042a\042: [1, 2.5, null, true], \042b\042: {}, "
	    "\042c\042: {\042d\042: \042\134u00e9\042}}");
	json_object_put(o);
	o = json_tokener_parse("{\"a\": [1, {\"x\": []}], \"b\": {}}");
	buf_reset(&b);
	jw_pretty(&b, o, 0);
	CHECK_STR(buf_str(&b), "{\012    \042a\042: [\012        1,\012        {"
	    "\012            \042x\042: []\012        }\012    ],\012    "
	    "\042b\042: {}\012}");
	json_object_put(o);

	test_floats();
	buf_free(&b);
	return t_done();
}

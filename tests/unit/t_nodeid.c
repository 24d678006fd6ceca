/* Unit tests of Python repr (src/collector/pyrepr.c) and node ids
 * (src/collector/nodeid.c). Expected texts come from CPython 3.11's repr()
 * and the worked ids of collectors.md 1.5. */
#include "t.h"
#include "collector/nodeid.h"
#include "collector/pyrepr.h"
#include "common/buf.h"

#include <stdint.h>

static const struct {
	const char *in, *repr;
} reprs[] = {
	{ "it's", "\042it's\042" },
	{ "say \042hi\042", "'say \042hi\042'" },
	{ "both ' and \042", "'both \134' and \042'" },
	{ "tab\011here\015\012", "'tab\134there\134r\134n'" },
	{ "\001\037\177", "'\134x01\134x1f\134x7f'" },
	{ "\303\251\303\251", "'\303\251\303\251'" },
	{ "nb\302\240sp\302\255", "'nb\134xa0sp\134xad'" },
	{ "zw\342\200\213\342\200\250", "'zw\134u200b\134u2028'" },
	{ "smile\360\237\230\200", "'smile\360\237\230\200'" },
	{ "tag\363\240\200\201\364\217\277\277",
	    "'tag\134U000e0001\134U0010ffff'" },
	{ "back\134slash", "'back\134\134slash'" },
	{ "\315\270", "'\134u0378'" },		/* unassigned: not printable */
	{ "", "''" },
	{ "bad\377byte", "'bad\357\277\275byte'" },	/* invalid UTF-8: U+FFFD */
};

static const struct {
	const char *keys[7];
	const char *id;
} ids[] = {	/* collectors.md 1.5 */
	{ { "graph_root", "undefined", "undefined", "undefined", "undefined",
	    "root", "root" }, "TXM91rR24mG18DeK7ljCTQ" },
	{ { "cloud", "example", "undefined", "undefined", "undefined",
	    "example", "example" }, "pvtny3o5u2xNhPJ6aKdbow" },
	{ { "example_account", "example", "Example Account", "undefined",
	    "undefined", "Example Account", "Example Account" },
	    "K_29M_R9vFdUP72fGCc5eg" },
	{ { "example_region", "example", "Example Account", "us-west",
	    "undefined", "us-west", "US West" }, "q-ewFfplOZDQGF3A65lR2w" },
	{ { "example_instance", "example", "Example Account", "us-west",
	    "undefined", "someInstance1", "someInstance1" },
	    "r00Z_uUMlym8JKUwzwM5Iw" },
	{ { "cloud", "random", "undefined", "undefined", "undefined",
	    "random", "random" }, "Zu0SApTom-VQ26RjQebQww" },
};

int
main(void)
{
	struct buf b = BUF_INIT, tmp = BUF_INIT;
	const char *tuple[4];
	struct nodeid id;
	char s[NODEID_LEN + 1], out[16];
	const uint8_t in[] = { 0xfb, 0xff, 0xbf };
	size_t i;

	for (i = 0; i < sizeof(reprs) / sizeof(reprs[0]); i++) {
		buf_reset(&b);
		py_repr_str(&b, reprs[i].in, strlen(reprs[i].in));
		CHECK_STR(buf_str(&b), reprs[i].repr);
		/* a tuple writes plain strings itself, the rest by
		 * py_repr_str: the same text */
		buf_reset(&b);
		py_repr_tuple(&b, &reprs[i].in, 1);
		CHECK_INT(b.len, strlen(reprs[i].repr) + 3);
		CHECK(strncmp(buf_str(&b) + 1, reprs[i].repr,
		    strlen(reprs[i].repr)) == 0);
	}
	buf_reset(&b);
	tuple[0] = "ok";
	tuple[1] = "ok \042";
	tuple[2] = "";
	py_repr_tuple(&b, tuple, 3);
	CHECK_STR(buf_str(&b), "('ok', 'ok \042', '')");
	CHECK(py_isprintable('a'));
	CHECK(!py_isprintable(0x85));
	CHECK(py_isprintable(0xe9));
	CHECK(!py_isprintable(0x10ffff));

	for (i = 0; i < 4; i++)
		tuple[i] = reprs[i].in;
	buf_reset(&b);
	py_repr_tuple(&b, tuple, 4);
	CHECK_STR(buf_str(&b), "(\042it's\042, 'say \042hi\042', "
	    "'both \134' and \042', 'tab\134there\134r\134n')");
	nodeid_tuple(&id, tuple, 4, &tmp);
	nodeid_str(&id, s);
	CHECK_STR(s, "XRiJye8TU3PZKVFSAYs9GA");	/* Python's value */
	buf_reset(&b);
	py_repr_tuple(&b, tuple, 1);
	CHECK_STR(buf_str(&b), "(\042it's\042,)");

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		nodeid_tuple(&id, ids[i].keys, 7, &tmp);
		nodeid_str(&id, s);
		CHECK_STR(s, ids[i].id);
	}

	/* base64url alphabet and padding rules */
	CHECK_INT(b64url(out, in, 3), 4);
	CHECK_STR(out, "-_-_");
	CHECK_INT(b64url(out, in, 1), 2);
	CHECK_STR(out, "-w");
	CHECK_INT(b64url(out, in, 2), 3);
	CHECK_STR(out, "-_8");
	buf_free(&b);
	buf_free(&tmp);
	return t_done();
}

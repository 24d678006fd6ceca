/* Tests of the parsers of the collectors' HTTP layer: XML items streamed
 * into json-c (chttp_xml_items), JSON answers (chttp_json, the paths) and
 * the clouds' error bodies (chttp_error_parse), on good, odd, malformed
 * and truncated input. */
#include "t.h"
#include "collector/http/chttp.h"
#include "common/buf.h"
#include "common/log.h"

#include <stdlib.h>

#include <json-c/json.h>

struct items {
	struct buf	 out;	/* one JSON text per item, one a line */
	int		 n, stop_at;
};

static int
item_cb(json_object *item, struct buf *err, void *arg)
{
	struct items *it = arg;

	it->n++;
	buf_printf(&it->out, "%s\n", json_object_to_json_string_ext(item,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(item);
	if (it->n == it->stop_at) {
		buf_puts(err, "enough");
		return -1;
	}
	return 0;
}

static const char ec2[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
    "  <requestId>8f7724cf-496f-496e-8fe3-example</requestId>\n"
    "  <reservationSet>\n"
    "    <item>\n"
    "      <reservationId>r-1234567890abcdef0</reservationId>\n"
    "      <groupSet/>\n"
    "      <instancesSet>\n"
    "        <item>\n"
    "          <instanceId>i-1</instanceId>\n"
    "          <instanceState><code>16</code><name>running</name></instanceState>\n"
    "          <tagSet>\n"
    "            <item><key>Name</key><value>a &amp; b &lt;c&gt;</value></item>\n"
    "            <item><key>owner</key><value><![CDATA[x<y]]></value></item>\n"
    "          </tagSet>\n"
    "          <description></description>\n"
    "          <ebsOptimized a=\"1\">false</ebsOptimized>\n"
    "        </item>\n"
    "        <item><instanceId>i-2</instanceId></item>\n"
    "      </instancesSet>\n"
    "    </item>\n"
    "    <item><reservationId>r-2</reservationId><instancesSet/></item>\n"
    "  </reservationSet>\n"
    "  <nextToken>abc+/=</nextToken>\n"
    "</DescribeInstancesResponse>\n";

static void
test_xml_items(void)
{
	struct items it = { BUF_INIT, 0, 0 };
	struct buf err = BUF_INIT;
	const char *leaves[] = { "DescribeInstancesResponse/nextToken",
	    "*/requestId", "DescribeInstancesResponse/absent", NULL };
	char *v[8];

	CHECK_INT(chttp_xml_items(ec2, sizeof(ec2) - 1,
	    "DescribeInstancesResponse/reservationSet/item", item_cb, &it,
	    leaves, v, &err), 2);
	CHECK_STR(buf_str(&err), "");
	CHECK_STR(buf_str(&it.out),
	    "{\"reservationId\":\"r-1234567890abcdef0\",\"groupSet\":\"\","
	    "\"instancesSet\":[{\"instanceId\":\"i-1\",\"instanceState\":"
	    "{\"code\":\"16\",\"name\":\"running\"},\"tagSet\":[{\"key\":"
	    "\"Name\",\"value\":\"a & b <c>\"},{\"key\":\"owner\",\"value\":"
	    "\"x<y\"}],\"description\":\"\",\"ebsOptimized\":\"false\"},"
	    "{\"instanceId\":\"i-2\"}]}\n"
	    "{\"reservationId\":\"r-2\",\"instancesSet\":\"\"}\n");
	CHECK_STR(v[0], "abc+/=");
	CHECK_STR(v[1], "8f7724cf-496f-496e-8fe3-example");
	CHECK(v[2] == NULL);
	free(v[0]);
	free(v[1]);
	buf_free(&it.out);

	/* deeper items: the instances themselves, "*" for any name */
	memset(&it, 0, sizeof(it));
	CHECK_INT(chttp_xml_items(ec2, sizeof(ec2) - 1,
	    "*/reservationSet/item/instancesSet/item", item_cb, &it, NULL,
	    NULL, &err), 2);
	CHECK_INT(t_count(buf_str(&it.out), "\"instanceId\""), 2);
	buf_free(&it.out);

	/* paths past the bounds are refused, not matched in part */
	{
		const char *nine[] = { "a", "b", "c", "d", "e", "f", "g", "h",
		    "i", NULL };
		const char *longp[] = { "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q",
		    NULL };

		buf_reset(&err);
		CHECK_INT(chttp_xml_items(ec2, sizeof(ec2) - 1, NULL, NULL,
		    NULL, nine, v, &err), -1);
		CHECK_STR(buf_str(&err), "more than 8 leaf paths");
		buf_reset(&err);
		CHECK_INT(chttp_xml_items(ec2, sizeof(ec2) - 1, NULL, NULL,
		    NULL, longp, v, &err), -1);
		CHECK(strstr(buf_str(&err), "more than 16 names") != NULL);
		CHECK(v[0] == NULL);
		buf_reset(&err);
	}

	/* the callback stops the walk */
	memset(&it, 0, sizeof(it));
	it.stop_at = 1;
	CHECK_INT(chttp_xml_items(ec2, sizeof(ec2) - 1,
	    "*/reservationSet/item", item_cb, &it, NULL, NULL, &err), -1);
	CHECK_INT(it.n, 1);
	CHECK_STR(buf_str(&err), "enough");
	buf_free(&it.out);
	buf_free(&err);
}

static void
test_xml_shapes(void)
{
	struct items it = { BUF_INIT, 0, 0 };
	struct buf err = BUF_INIT;
	static const char s3[] =
	    "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
	    "<Name>b</Name><Contents><Key>k1</Key></Contents>"
	    "<Contents><Key>k2</Key><Owner><ID>o</ID></Owner></Contents>"
	    "</ListBucketResult>";
	static const char rep[] =
	    "<r><x><a>1</a><b>2</b><a>3</a><a>4</a><c><member>m</member></c>"
	    "<m><entry><key>k</key><value>v</value></entry></m>"
	    "<p:n xmlns:p=\"urn:p\">ns</p:n></x></r>";

	/* S3's repeated <Contents> directly under the root */
	CHECK_INT(chttp_xml_items(s3, sizeof(s3) - 1,
	    "ListBucketResult/Contents", item_cb, &it, NULL, NULL, &err), 2);
	CHECK_STR(buf_str(&it.out), "{\"Key\":\"k1\"}\n"
	    "{\"Key\":\"k2\",\"Owner\":{\"ID\":\"o\"}}\n");
	buf_free(&it.out);

	/* a repeated name gathers in an array; maps; namespaces ignored */
	memset(&it, 0, sizeof(it));
	CHECK_INT(chttp_xml_items(rep, sizeof(rep) - 1, "r/x", item_cb, &it,
	    NULL, NULL, &err), 1);
	CHECK_STR(buf_str(&it.out), "{\"a\":[\"1\",\"3\",\"4\"],\"b\":\"2\","
	    "\"c\":[\"m\"],\"m\":[{\"key\":\"k\",\"value\":\"v\"}],"
	    "\"n\":\"ns\"}\n");
	buf_free(&it.out);
	buf_free(&err);
}

/* chttp_xml_tail_leaf: the token that ends a document, or "cannot tell" */
static void
test_xml_tail(void)
{
	static const struct {
		const char	*doc, *path, *want;	/* want NULL: 0 */
	} t[] = {
		{ "<R><set><item>1</item></set><nextToken>abc+/=</nextToken>"
		    "</R>\n", "R/nextToken", "abc+/=" },
		{ "<R><set/>\n  <nextToken>t</nextToken>\n</R>  ",
		    "*/nextToken", "t" },
		{ "<R><nextToken></nextToken></R>", "R/nextToken", "" },
		{ "<R><a><b>x</b></a></R>", "R/a/b", "x" },
		/* the leaf is not the last child: cannot tell */
		{ "<R><nextToken>t</nextToken><set/></R>", "R/nextToken",
		    NULL },
		/* another root, another leaf, a prefix */
		{ "<S><nextToken>t</nextToken></S>", "R/nextToken", NULL },
		{ "<R><xnextToken>t</xnextToken></R>", "R/nextToken", NULL },
		{ "<p:R xmlns:p=\"u\"><nextToken>t</nextToken></p:R>",
		    "*/nextToken", NULL },
		/* text that would need decoding, an attribute, no text */
		{ "<R><nextToken>a&amp;b</nextToken></R>", "R/nextToken",
		    NULL },
		{ "<R><nextToken><![CDATA[t]]></nextToken></R>", "R/nextToken",
		    NULL },
		{ "<R><nextToken>a\r\nb</nextToken></R>", "R/nextToken", NULL },
		{ "<R><nextToken a=\"1\">t</nextToken></R>", "R/nextToken",
		    NULL },
		{ "<R><nextToken/></R>", "R/nextToken", NULL },
		{ "<R/>", "R/nextToken", NULL },
		{ "", "R/nextToken", NULL },
		{ "</nextToken></R>", "R/nextToken", NULL },
		{ "<R><nextToken>t</nextToken></R><!-- -->", "R/nextToken",
		    NULL },
		{ "<R><nextToken>t</nextToken></R>", "R", NULL },
	};
	struct buf out = BUF_INIT;
	size_t i;
	int rc;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		buf_reset(&out);
		rc = chttp_xml_tail_leaf(t[i].doc, strlen(t[i].doc), t[i].path,
		    &out);
		if (rc != (t[i].want != NULL))
			fprintf(stderr, "tail %zu: %d\n", i, rc);
		CHECK_INT(rc, t[i].want != NULL);
		if (t[i].want != NULL)
			CHECK_STR(buf_str(&out), t[i].want);
	}
	/* EC2's answer: the same token as the whole parse finds */
	CHECK_INT(chttp_xml_tail_leaf(ec2, sizeof(ec2) - 1,
	    "DescribeInstancesResponse/nextToken", &out), 1);
	CHECK_STR(buf_str(&out), "abc+/=");
	buf_free(&out);
}

static void
test_xml_bad(void)
{
	struct items it = { BUF_INIT, 0, 0 };
	struct buf err = BUF_INIT, deep = BUF_INIT, doc = BUF_INIT;
	const char *leaves[] = { "*/nextToken", NULL };
	char *v[1];
	int i;

	/* the reader parses ahead by chunks: an error well past an item
	 * leaves that item given */
	buf_puts(&doc, "<R><set><item><a>1</a></item>\n<pad>");
	for (i = 0; i < 1000; i++)
		buf_puts(&doc, "padding ");
	buf_puts(&doc, "</pad>\n<item><a>2</a>");
	/* truncated in the middle of the second item */
	CHECK_INT(chttp_xml_items(doc.data, doc.len, "R/set/item", item_cb,
	    &it, leaves, v, &err), -1);
	CHECK_INT(it.n, 1);
	CHECK(strstr(buf_str(&err), "XML") != NULL);
	CHECK(v[0] == NULL);
	buf_free(&it.out);
	buf_reset(&err);
	/* mismatched tags in the second item */
	memset(&it, 0, sizeof(it));
	buf_puts(&doc, "</b></item></set><nextToken>t</nextToken></R>");
	CHECK_INT(chttp_xml_items(doc.data, doc.len, "R/set/item", item_cb,
	    &it, leaves, v, &err), -1);
	CHECK_INT(it.n, 1);
	CHECK(strncmp(buf_str(&err), "malformed XML at line 3: ", 25) == 0);
	CHECK(v[0] == NULL);
	buf_free(&it.out);
	buf_free(&doc);
	buf_reset(&err);
	/* in the first chunk: no item, the error */
	memset(&it, 0, sizeof(it));
	CHECK_INT(chttp_xml_items(ec2, 500, "*/reservationSet/item", item_cb,
	    &it, NULL, NULL, &err), -1);
	CHECK(strstr(buf_str(&err), "XML") != NULL);
	buf_free(&it.out);
	buf_reset(&err);

	memset(&it, 0, sizeof(it));
	CHECK_INT(chttp_xml_items("", 0, "R", item_cb, &it, NULL, NULL,
	    &err), -1);
	CHECK_STR(buf_str(&err), "empty answer where XML was expected");
	buf_reset(&err);
	CHECK_INT(chttp_xml_items("{\"a\":1}", 7, "R", item_cb, &it, NULL,
	    NULL, &err), -1);
	CHECK(strstr(buf_str(&err), "malformed XML") != NULL);
	buf_reset(&err);

	/* no external entity is loaded (nor the network asked) */
	memset(&it, 0, sizeof(it));
	buf_puts(&doc, "<!DOCTYPE R [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
	    "<R><i>&x;</i></R>");
	CHECK_INT(chttp_xml_items(doc.data, doc.len, "R/i", item_cb, &it,
	    NULL, NULL, &err), 1);
	CHECK(strstr(buf_str(&it.out), "root") == NULL);
	buf_free(&it.out);
	buf_free(&doc);

	/* an item nested deeper than the bound */
	memset(&it, 0, sizeof(it));
	buf_puts(&deep, "<R><i>");
	for (i = 0; i < 100; i++)
		buf_puts(&deep, "<d>");
	for (i = 0; i < 100; i++)
		buf_puts(&deep, "</d>");
	buf_puts(&deep, "</i></R>");
	CHECK_INT(chttp_xml_items(deep.data, deep.len, "R/i", item_cb, &it,
	    NULL, NULL, &err), -1);
	CHECK(strstr(buf_str(&err), "nested deeper") != NULL);
	CHECK_INT(it.n, 0);
	buf_free(&deep);
	buf_free(&err);
	buf_free(&it.out);
}

static void
test_errors(void)
{
	static const struct {
		const char *body, *code, *msg;
	} t[] = {
		{ "<?xml version=\"1.0\"?><Response><Errors><Error><Code>"
		  "InvalidInstanceID.NotFound</Code><Message>The instance ID "
		  "'i-1' does not exist</Message></Error></Errors><RequestID>x"
		  "</RequestID></Response>", "InvalidInstanceID.NotFound",
		  "The instance ID 'i-1' does not exist" },
		{ "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/"
		  "2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied"
		  "</Code><Message>no</Message></Error></ErrorResponse>",
		  "AccessDenied", "no" },
		{ "<Error><Code>NoSuchBucket</Code><Message>gone</Message>"
		  "<BucketName>b</BucketName></Error>", "NoSuchBucket", "gone" },
		{ "{\"__type\":\"com.amazonaws.dynamodb.v20120810#Throttling"
		  "Exception\",\"message\":\"slow down\"}",
		  "ThrottlingException", "slow down" },
		{ "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"x\"}",
		  "ResourceNotFoundException", "x" },
		{ "{\"code\":\"TooManyRequestsException\",\"message\":\"m\"}",
		  "TooManyRequestsException", "m" },
		{ "{\"error\":{\"code\":403,\"message\":\"denied\",\"status\":"
		  "\"PERMISSION_DENIED\"}}", "PERMISSION_DENIED", "denied" },
		{ "{\"error\":{\"code\":404,\"message\":\"nf\"}}", "404", "nf" },
		{ "{\"ok\":false,\"error\":\"ratelimited\"}", "ratelimited",
		  NULL },
	};
	static const char *const bad[] = { "", "try later", "<Response>"
	    "<Errors><Error><Code>Trunc", "{\"__type\":", "<a></a>",
	    "{\"message\":\"only a message\"}", "[1,2]" };
	char *code, *msg;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		CHECK_INT(chttp_error_parse(t[i].body, strlen(t[i].body),
		    &code, &msg), 0);
		CHECK_STR(code, t[i].code);
		if (t[i].msg)
			CHECK_STR(msg, t[i].msg);
		else
			CHECK(msg == NULL);
		free(code);
		free(msg);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		CHECK_INT(chttp_error_parse(bad[i], strlen(bad[i]), &code,
		    &msg), -1);
		CHECK(code == NULL);
		free(msg);
	}
	/* a message without a code is kept */
	chttp_error_parse(bad[5], strlen(bad[5]), &code, &msg);
	CHECK_STR(msg, "only a message");
	free(msg);
	/* never past len: the code is cut off by len */
	CHECK_INT(chttp_error_parse(t[2].body, 20, &code, &msg), -1);
}

static json_object *
parse(const char *s, struct buf *err)
{
	struct chttp_res r;

	memset(&r, 0, sizeof(r));
	r.service = "ec2";
	r.operation = "DescribeThings";
	r.region = "us-east-1";
	r.body = s;
	r.len = strlen(s);
	buf_reset(err);
	return chttp_json(&r, err);
}

static void
test_json(void)
{
	struct buf err = BUF_INIT, deep = BUF_INIT;
	json_object *o;
	int i;

	o = parse(" {\"a\":{\"b\":{\"c\":\"x\"},\"e\":\"\",\"n\":1}} \n", &err);
	CHECK(o != NULL);
	CHECK_STR(chttp_json_str(o, "a.b.c"), "x");
	CHECK(chttp_json_str(o, "a.e") == NULL);	/* empty */
	CHECK(chttp_json_str(o, "a.n") == NULL);	/* not a string */
	CHECK(chttp_json_path(o, "a.n") != NULL);
	CHECK(chttp_json_path(o, "a.b.c.d") == NULL);
	CHECK(chttp_json_path(o, "a.zz") == NULL);
	CHECK(chttp_json_path(o, "") == o);
	json_object_put(o);

	CHECK(parse("{\"a\":[1,2", &err) == NULL);
	CHECK_STR(buf_str(&err), "ec2 DescribeThings us-east-1: truncated "
	    "JSON (9 bytes)");
	CHECK(parse("{\"a\":tru}", &err) == NULL);
	CHECK(strncmp(buf_str(&err), "ec2 DescribeThings us-east-1: malformed "
	    "JSON at byte ", 53) == 0);
	CHECK(parse("{} {}", &err) == NULL);
	CHECK_STR(buf_str(&err), "ec2 DescribeThings us-east-1: malformed "
	    "JSON: garbage after the value at byte 3");
	CHECK(parse("  \n", &err) == NULL);
	CHECK_STR(buf_str(&err), "ec2 DescribeThings us-east-1: empty answer "
	    "where JSON was expected");
	for (i = 0; i < 100; i++)
		buf_putc(&deep, '[');
	for (i = 0; i < 100; i++)
		buf_putc(&deep, ']');
	CHECK(parse(deep.data, &err) == NULL);
	CHECK(strstr(buf_str(&err), "malformed JSON") != NULL);
	buf_free(&deep);
	buf_free(&err);
}

int
main(void)
{
	log_init(LOG_LVL_WARN, 0);
	test_xml_items();
	test_xml_shapes();
	test_xml_tail();
	test_xml_bad();
	test_errors();
	test_json();
	return t_done();
}

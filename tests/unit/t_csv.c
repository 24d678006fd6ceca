/* Unit tests of the CSV reader (src/collector/csv.c) against what Python's
 * csv module reads, and of the credential report's lines
 * (iamcred_lines, src/collector/aws/iamcred.c). */
#include "t.h"
#include "collector/aws/iamcred.h"
#include "collector/csv.h"
#include "common/buf.h"

#include <json-c/json.h>

/* the records as "a|b;c|d;" */
static int
join(char **f, size_t n, void *arg)
{
	size_t i;

	for (i = 0; i < n; i++)
		buf_printf(arg, "%s%s", i ? "|" : "", f[i]);
	buf_putc(arg, ';');
	return 0;
}

static const char *
rows(const char *s)
{
	static struct buf out;
	struct buf err = BUF_INIT;

	buf_reset(&out);
	if (csv_parse(s, strlen(s), join, &out, &err) == -1)
		buf_printf(&out, "ERR %s", buf_str(&err));
	buf_free(&err);
	return buf_str(&out);
}

static int
stop(char **f, size_t n, void *arg)
{
	return ++*(int *)arg == 2 ? 7 : 0;
}

int
main(void)
{
	struct buf err = BUF_INIT;
	json_object *l, *u;
	int n = 0;
	const char *rep = "user,arn,password_enabled,mfa_active,cert_1_active\n"
	    "<root_account>,arn:aws:iam::1:root,not_supported,true,false\n"
	    "alice,\"arn:aws:iam::1:user/a,b\",true,false,false\n"
	    "short\n"
	    "alice,arn:aws:iam::1:user/alice,false,true,true\n";

	CHECK_STR(rows("a,b\nc,d\n"), "a|b;c|d;");
	CHECK_STR(rows("a,b\r\nc,d"), "a|b;c|d;");		/* CRLF, no end */
	CHECK_STR(rows("a\rb\r"), "a;b;");			/* CR alone */
	CHECK_STR(rows("\"x,y\",\"say \"\"hi\"\"\"\n"), "x,y|say \"hi\";");
	CHECK_STR(rows("\"two\nlines\",z\n"), "two\nlines|z;");
	CHECK_STR(rows("a,,\n"), "a||;");			/* empty fields */
	CHECK_STR(rows("a\n\n\nb\n"), "a;b;");		/* empty lines */
	CHECK_STR(rows("\"\"\n"), ";");			/* one empty field */
	CHECK_STR(rows("ab\"c,d\n"), "ab\"c|d;");		/* a quote inside */
	CHECK_STR(rows("\"ab\"cd,e\n"), "abcd|e;");	/* after the quote */
	CHECK_STR(rows(""), "");
	CHECK_STR(rows("a,\"open\nb\n"), "ERR line 1: a quoted field is not "
	    "closed");
	CHECK(csv_parse("a\0b\n", 4, join, &err, &err) == -1);
	CHECK(strstr(buf_str(&err), "NUL") != NULL);
	buf_reset(&err);
	CHECK_INT(csv_parse("a\nb\nc\n", 6, stop, &n, &err), 7);
	CHECK_INT(n, 2);

	/* the report: by user, the later line of a user replacing the
	 * earlier, a short line with the columns it has, the columns not
	 * read left out */
	l = iamcred_lines(rep, strlen(rep), &err);
	CHECK(l != NULL);
	CHECK_INT(json_object_object_length(l), 3);
	CHECK(json_object_object_get_ex(l, "<root_account>", &u));
	CHECK_STR(json_object_get_string(json_object_object_get(u,
	    "password_enabled")), "not_supported");
	CHECK(json_object_object_get_ex(l, "alice", &u));
	CHECK_STR(json_object_get_string(json_object_object_get(u, "arn")),
	    "arn:aws:iam::1:user/alice");
	CHECK_INT(json_object_object_length(u), 4);	/* no cert_1_active */
	CHECK(json_object_object_get_ex(l, "short", &u));
	CHECK_INT(json_object_object_length(u), 1);
	json_object_put(l);
	CHECK(iamcred_lines("user\n\"x\n", 8, &err) == NULL);
	CHECK(strstr(buf_str(&err), "line 2") != NULL);
	buf_free(&err);
	return t_done();
}

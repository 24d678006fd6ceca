/* t_spool: spool files (create, append from evbuffers, count, keep, remove). */
#include "supervisor/spool.h"
#include "common/buf.h"
#include "t.h"

#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	struct buf b = BUF_INIT;
	char tmp[4096];
	size_t n;

	if (f == NULL)
		return NULL;
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(&b, tmp, n);
	fclose(f);
	if (b.data == NULL)
		buf_puts(&b, "");
	return buf_take(&b);
}

int
main(void)
{
	char dir[] = "/tmp/t_spool.XXXXXX", name[16], err[256], *s;
	struct evbuffer *in = evbuffer_new();
	struct spool *sp;
	struct stat st;
	struct buf kept = BUF_INIT, big = BUF_INIT;
	char *path;
	int i;

	CHECK(mkdtemp(dir) != NULL);

	/* names */
	spool_name("random/123 456", name, sizeof(name));
	CHECK_STR(name, "random_123_456");
	spool_name("..", name, sizeof(name));
	CHECK_STR(name, "_");
	spool_name("", name, sizeof(name));
	CHECK_STR(name, "_");
	spool_name("abcdefghijklmnopqrstuvwxyz", name, 8);
	CHECK_STR(name, "abcdefg");
	CHECK_STR(spool_dir("/var/x"), "/var/x");
	setenv("TMPDIR", "/tmp/elsewhere", 1);
	CHECK_STR(spool_dir(NULL), "/tmp/elsewhere");
	CHECK_STR(spool_dir(""), "/tmp/elsewhere");
	unsetenv("TMPDIR");
	CHECK_STR(spool_dir(NULL), "/tmp");

	/* a spool in a missing directory: a clear error */
	CHECK(spool_new("/nonexistent/dir", "x", err, sizeof(err)) == NULL);
	CHECK(strstr(err, "/nonexistent/dir") != NULL);
	CHECK(strstr(err, "No such file") != NULL);

	/* write, count, keep */
	sp = spool_new(dir, "random/acc 1", err, sizeof(err));
	CHECK(sp != NULL);
	path = xstrdup(spool_path(sp));
	CHECK(strstr(path, "/resotoworker-random_acc_1-") != NULL);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
	evbuffer_add_printf(in, "{\"a\":1}\n{\"b\":2}\n{\"c\":");
	CHECK_INT(spool_write(sp, in, 16, err, sizeof(err)), 0);
	CHECK_INT(evbuffer_get_length(in), 5);
	for (i = 0; i < 20000; i++)
		buf_puts(&big, "0123456789\n");
	evbuffer_add(in, big.data, big.len);
	CHECK_INT(spool_write(sp, in, evbuffer_get_length(in), err,
	    sizeof(err)), 0);
	CHECK_INT(spool_bytes(sp), 16 + 5 + big.len);
	CHECK_INT(spool_lines(sp), 2 + 20000);
	CHECK_INT(spool_finish(sp, err, sizeof(err)), 0);
	/* writing after finish is an error, and drains */
	evbuffer_add(in, "x\n", 2);
	CHECK_INT(spool_write(sp, in, 2, err, sizeof(err)), -1);
	CHECK_INT(evbuffer_get_length(in), 0);
	buf_printf(&kept, "%s/kept.ndjson", dir);
	CHECK_INT(spool_keep_as(sp, kept.data, err, sizeof(err)), 0);
	CHECK(access(path, F_OK) == -1);
	spool_free(sp);
	s = slurp(kept.data);
	CHECK(s != NULL && strncmp(s, "{\"a\":1}\n{\"b\":2}\n{\"c\":0123", 25) == 0);
	CHECK(s != NULL && strlen(s) == 21 + big.len);
	free(s);
	unlink(kept.data);
	free(path);

	/* a spool that is not kept is removed */
	sp = spool_new(dir, "x", err, sizeof(err));
	CHECK(sp != NULL);
	path = xstrdup(spool_path(sp));
	CHECK(access(path, F_OK) == 0);
	spool_free(sp);
	CHECK(access(path, F_OK) == -1);
	free(path);
	/* keep() keeps it in place */
	sp = spool_new(dir, "y", err, sizeof(err));
	path = xstrdup(spool_path(sp));
	spool_keep(sp);
	spool_free(sp);
	CHECK(access(path, F_OK) == 0);
	unlink(path);
	free(path);
	spool_free(NULL);

	CHECK(rmdir(dir) == 0);
	evbuffer_free(in);
	buf_free(&kept);
	buf_free(&big);
	return t_done();
}

/* t_spool: spool files (create, append from evbuffers, count, keep, remove). */
#include "supervisor/spool.h"
#include "common/buf.h"
#include "t.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <signal.h>
#include <stdio.h>
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

/* <dir>/resotoworker-<pid>-abcdef holding one file */
static void
leftover(const char *dir, pid_t pid, char *out, size_t len)
{
	char f[600];
	FILE *fp;

	snprintf(out, len, "%s/resotoworker-%ld-abcdef", dir, (long)pid);
	CHECK(mkdir(out, 0700) == 0);
	snprintf(f, sizeof(f), "%s/resotoworker-random-x.ndjson", out);
	CHECK((fp = fopen(f, "w")) != NULL);
	if (fp != NULL) {
		fputs("{\"a\":1}\n", fp);
		fclose(fp);
	}
}

/* the private spool directory: a safe tempdir only; what dead instances
 * left is removed, a live one's is not */
static void
test_private(void)
{
	char top[] = "/tmp/t_spool_priv.XXXXXX", dead[512], live[512],
	    mine[512], other[512], err[512];
	const char *p, *q;
	struct stat st;
	pid_t gone, alive;
	int status;

	CHECK(mkdtemp(top) != NULL);
	/* writable by others without the sticky bit: refused */
	CHECK(chmod(top, 0777) == 0);
	CHECK(spool_private_dir(top, err, sizeof(err)) == NULL);
	CHECK(strstr(err, "writable by others without the sticky bit") !=
	    NULL);
	CHECK(chmod(top, 0770) == 0);
	CHECK(spool_private_dir(top, err, sizeof(err)) == NULL);
	CHECK(strstr(err, "writable by its group") != NULL);
	CHECK(spool_private_dir("/nonexistent/t", err, sizeof(err)) == NULL);
	CHECK(strstr(err, "/nonexistent/t") != NULL);

	/* leftovers: a pid that is gone, one running this program, our own
	 * (an earlier instance's: we have made none yet), a plain file */
	if ((gone = fork()) == 0)
		_exit(0);
	waitpid(gone, &status, 0);
	if ((alive = fork()) == 0) {
		pause();
		_exit(0);
	}
	CHECK(chmod(top, 01777) == 0);
	leftover(top, gone, dead, sizeof(dead));
	leftover(top, alive, live, sizeof(live));
	leftover(top, getpid(), mine, sizeof(mine));
	snprintf(other, sizeof(other), "%s/resotoworker-%ld-zzzzzz", top,
	    (long)gone);
	fclose(fopen(other, "w"));
	CHECK_INT(spool_reap(top), 2);
	CHECK(access(dead, F_OK) == -1);
	CHECK(access(mine, F_OK) == -1);
	CHECK(access(live, F_OK) == 0);
	CHECK(access(other, F_OK) == 0);
	kill(alive, SIGKILL);
	waitpid(alive, &status, 0);

	/* sticky and world-writable (like /tmp): a private 0700 directory,
	 * the same one every time */
	p = spool_private_dir(top, err, sizeof(err));
	CHECK(p != NULL);
	q = spool_private_dir(top, err, sizeof(err));
	CHECK(p == q);
	CHECK(p != NULL && strncmp(p, top, strlen(top)) == 0);
	CHECK(p != NULL && stat(p, &st) == 0 && S_ISDIR(st.st_mode) &&
	    (st.st_mode & 07777) == 0700);
	/* a kept spool moves up into tempdir, out of the private directory */
	{
		struct spool *sp = spool_new(p, "kept", err, sizeof(err));
		char *path;

		CHECK(sp != NULL);
		spool_keep(sp);
		path = xstrdup(spool_path(sp));
		spool_free(sp);
		CHECK(strncmp(path, top, strlen(top)) == 0 &&
		    strchr(path + strlen(top) + 1, '/') == NULL);
		CHECK(access(path, F_OK) == 0);
		unlink(path);
		free(path);
	}
	strcpy(mine, p);
	spool_private_cleanup();
	CHECK(access(mine, F_OK) == -1);
	snprintf(err, sizeof(err), "rm -rf '%s'", top);
	CHECK(system(err) == 0);
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
	spool_finish(sp);
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
	test_private();
	evbuffer_free(in);
	buf_free(&kept);
	buf_free(&big);
	return t_done();
}

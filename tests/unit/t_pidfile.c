/* Unit tests of the pid file (src/supervisor/pidfile.c). */
#include "t.h"
#include "common/log.h"
#include "supervisor/pidfile.h"

#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[] = "/tmp/t_pidfile.XXXXXX";
static char path[512];

static void
put(const char *text)
{
	FILE *fp = fopen(path, "w");

	fputs(text, fp);
	fclose(fp);
}

static int
entries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

/* a process that is gone */
static pid_t
dead_pid(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	return pid;
}

static void
test_create(void)
{
	char err[512] = "";
	struct stat st;

	CHECK_INT(pidfile_create(path, err, sizeof(err)), 0);
	CHECK_STR(err, "");
	CHECK_INT(pidfile_read(path), getpid());
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0644);
	CHECK_INT(entries(), 1);	/* no temporary file left */
	pidfile_remove(path);
	CHECK(access(path, F_OK) == -1);
	CHECK_INT(entries(), 0);
}

static void
test_live(void)
{
	char err[512] = "", text[32], want[600];
	pid_t child;

	/* a running instance (this program, so the same name in /proc) */
	if ((child = fork()) == 0) {
		pause();
		_exit(0);
	}
	snprintf(text, sizeof(text), "%d\n", (int)child);
	put(text);
	CHECK_INT(pidfile_create(path, err, sizeof(err)), -1);
	snprintf(want, sizeof(want), "%s: resotoworker is already running as "
	    "pid %d", path, (int)child);
	CHECK_STR(err, want);
	CHECK_INT(pidfile_read(path), child);	/* left alone */
	CHECK_INT(entries(), 1);
	pidfile_remove(path);			/* not ours: stays */
	CHECK_INT(pidfile_read(path), child);
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	unlink(path);
}

static void
test_stale(void)
{
	char err[512] = "", text[32];

	snprintf(text, sizeof(text), "%d\n", (int)dead_pid());
	put(text);
	CHECK_INT(pidfile_create(path, err, sizeof(err)), 0);
	CHECK_INT(pidfile_read(path), getpid());
	CHECK_INT(entries(), 1);
	pidfile_remove(path);

	put("garbage\n");
	CHECK_INT(pidfile_read(path), -1);
	CHECK_INT(pidfile_create(path, err, sizeof(err)), 0);
	CHECK_INT(pidfile_read(path), getpid());
	pidfile_remove(path);

	put("");
	CHECK_INT(pidfile_create(path, err, sizeof(err)), 0);
	pidfile_remove(path);

	/* a live pid of another program (pid 1) is a reused pid: stale */
	put("1\n");
	CHECK_INT(pidfile_create(path, err, sizeof(err)), 0);
	CHECK_INT(pidfile_read(path), getpid());
	pidfile_remove(path);

	/* our own pid in the file (a restart in place) is no other instance */
	snprintf(text, sizeof(text), "%d", (int)getpid());
	put(text);
	CHECK_INT(pidfile_create(path, err, sizeof(err)), 0);
	pidfile_remove(path);
	CHECK_INT(entries(), 0);
}

static void
test_read(void)
{
	put("123");
	CHECK_INT(pidfile_read(path), 123);
	put("123x\n");
	CHECK_INT(pidfile_read(path), -1);
	put("-5\n");
	CHECK_INT(pidfile_read(path), -1);
	put("99999999999999\n");
	CHECK_INT(pidfile_read(path), -1);
	unlink(path);
	CHECK_INT(pidfile_read(path), -1);
}

static void
test_errors(void)
{
	char err[512] = "", bad[600];

	snprintf(bad, sizeof(bad), "%s/no/such/dir/r.pid", dir);
	CHECK_INT(pidfile_create(bad, err, sizeof(err)), -1);
	CHECK(strstr(err, "/no/such/dir/r.pid") != NULL);
	CHECK(strstr(err, "No such file or directory") != NULL);
}

/* a FIFO (or anything not a regular file) at the path: refused at once,
 * never opened for a read that waits for a writer */
static void
test_not_regular(void)
{
	char err[512] = "";

	CHECK_INT(mkfifo(path, 0600), 0);
	alarm(10);
	CHECK_INT(pidfile_read(path), -1);
	CHECK_INT(pidfile_create(path, err, sizeof(err)), -1);
	alarm(0);
	CHECK(strstr(err, "resotoworker.pid: not a regular file") != NULL);
	CHECK_INT(entries(), 1);	/* no temporary file left behind */
	unlink(path);
	CHECK_INT(mkdir(path, 0700), 0);
	CHECK_INT(pidfile_create(path, err, sizeof(err)), -1);
	CHECK(strstr(err, "not a regular file") != NULL);
	rmdir(path);
	CHECK_INT(symlink("/dev/null", path), 0);
	CHECK_INT(pidfile_create(path, err, sizeof(err)), -1);
	CHECK(strstr(err, "not a regular file") != NULL);
	unlink(path);
	CHECK_INT(entries(), 0);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof(path), "%s/resotoworker.pid", dir);
	test_create();
	test_live();
	test_stale();
	test_read();
	test_errors();
	test_not_regular();
	rmdir(dir);
	return t_done();
}

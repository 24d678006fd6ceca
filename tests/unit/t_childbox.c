/*
 * t_childbox: the supervisor's side of the children's sandbox (childbox.h)
 * and the names of its parts (sandbox.h): what a child of a cloud gets
 * from the configuration (parts, default and per-cloud limits, a shorter
 * per-cloud deadline), the command line that tells it, one uid per account
 * of child_uid_range for the life of the worker (root only), the scratch
 * directory's life.
 */
#include "supervisor/childbox.h"
#include "collector/collector.h"
#include "common/config.h"
#include "common/log.h"
#include "common/worker_config.h"
#include "t.h"

#include <sys/socket.h>
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const struct cfg_section *sections[] = { &worker_config_section, NULL };

static struct config *
cfg_with(const char *const *sets)
{
	struct config *cfg = config_new(sections);
	char err[256];

	for (; *sets != NULL; sets++)
		CHECK_INT(config_set(cfg, *sets, err, sizeof(err)), 0);
	CHECK_INT(worker_config_check(cfg, err, sizeof(err)), 0);
	return cfg;
}

static void
test_names(void)
{
	char s[80];

	CHECK_INT(sandbox_parts_parse(""), 0);
	CHECK_INT(sandbox_parts_parse("seccomp,dumpable"),
	    SANDBOX_SECCOMP | SANDBOX_DUMPABLE);
	CHECK_INT(sandbox_parts_parse("dumpable,limits,landlock,seccomp"),
	    SANDBOX_ALL);
	CHECK_INT(sandbox_parts_parse("seccomp,,"), -1);
	CHECK_INT(sandbox_parts_parse("landlocks"), -1);
	sandbox_parts_str(SANDBOX_LIMITS | SANDBOX_SECCOMP, s, sizeof(s));
	CHECK_STR(s, "limits,seccomp");
	sandbox_parts_str(0, s, sizeof(s));
	CHECK_STR(s, "");
}

static void
test_limits(void)
{
	static const char *const sets[] = {
		"resotoworker.sandbox_disable=landlock",
		"resotoworker.child_memory_mb=512",
		"resotoworker.child_limits={\"aws\": {\"memory_mb\": 8192, "
		    "\"cpu_seconds\": 60, \"timeout\": 30}}",
		NULL
	};
	static const char *const off[] = { "resotoworker.sandbox=false", NULL };
	struct config *cfg = cfg_with(sets);
	struct childbox b;
	char err[256], parts[80], limits[80];

	CHECK_INT(childbox_configure(cfg, err, sizeof(err)), 0);
	CHECK(childbox_error() == NULL);
	CHECK_INT(childbox_get("random", "1", &b, err, sizeof(err)), 0);
	CHECK_INT(b.parts, SANDBOX_ALL & ~SANDBOX_LANDLOCK);
	CHECK_INT(b.lim.memory_mb, 512);
	CHECK_INT(b.lim.open_files, 1024);
	CHECK_INT(b.lim.cpu_s, 0);
	CHECK_INT(b.timeout_s, 0);
	CHECK_INT(b.own_uid, 0);
	childbox_args(&b, parts, sizeof(parts), limits, sizeof(limits));
	CHECK_STR(parts, "--sandbox=dumpable,limits,seccomp");
	CHECK_STR(limits, "--limits=512:1024:0");
	CHECK_INT(childbox_get("aws", "123", &b, err, sizeof(err)), 0);
	CHECK_INT(b.lim.memory_mb, 8192);
	CHECK_INT(b.lim.open_files, 1024);
	CHECK_INT(b.lim.cpu_s, 60);
	CHECK_INT(b.timeout_s, 30);
	config_free(cfg);

	cfg = cfg_with(off);
	CHECK_INT(childbox_configure(cfg, err, sizeof(err)), 0);
	CHECK_INT(childbox_get("aws", "123", &b, err, sizeof(err)), 0);
	CHECK_INT(b.parts, 0);
	childbox_args(&b, parts, sizeof(parts), limits, sizeof(limits));
	CHECK_STR(parts, "--sandbox=");
	config_free(cfg);
}

static void
test_uids(void)
{
	static const char *const sets[] = {
		"resotoworker.child_uid_range=61000-61002", NULL
	};
	static const char *const wider[] = {
		"resotoworker.child_uid_range=61001-61005", NULL
	};
	struct config *cfg = cfg_with(sets);
	struct childbox a, b, c, d;
	char err[256];

	if (geteuid() != 0) {
		CHECK_INT(childbox_configure(cfg, err, sizeof(err)), -1);
		CHECK(strstr(err, "needs root") != NULL);
		CHECK(childbox_get("aws", "1", &a, err, sizeof(err)) == -1);
		config_free(cfg);
		return;
	}
	CHECK_INT(childbox_configure(cfg, err, sizeof(err)), 0);
	CHECK_INT(childbox_get("aws", "1", &a, err, sizeof(err)), 0);
	CHECK_INT(childbox_get("aws", "2", &b, err, sizeof(err)), 0);
	CHECK_INT(childbox_get("aws", NULL, &c, err, sizeof(err)), 0);
	CHECK(a.own_uid && b.own_uid && c.own_uid);
	CHECK_INT(a.uid, 61000);
	CHECK_INT(a.gid, 61000);
	CHECK_INT(b.uid, 61001);
	CHECK_INT(c.uid, 61002);
	/* the same account keeps its uid */
	CHECK_INT(childbox_get("aws", "1", &d, err, sizeof(err)), 0);
	CHECK_INT(d.uid, 61000);
	/* the range is used up */
	CHECK_INT(childbox_get("gcp", "1", &d, err, sizeof(err)), -1);
	CHECK(strstr(err, "61000-61002 has no uid left for gcp/1") != NULL);
	config_free(cfg);
	/* a new range: uids in it are kept, the others get new ones */
	cfg = cfg_with(wider);
	CHECK_INT(childbox_configure(cfg, err, sizeof(err)), 0);
	CHECK_INT(childbox_get("aws", "2", &d, err, sizeof(err)), 0);
	CHECK_INT(d.uid, 61001);
	CHECK_INT(childbox_get("aws", "1", &d, err, sizeof(err)), 0);
	CHECK_INT(d.uid, 61003);
	CHECK_INT(childbox_get("gcp", "1", &d, err, sizeof(err)), 0);
	CHECK_INT(d.uid, 61004);
	config_free(cfg);
}

/* what a child says on its last-word socket: only a well-formed report of
 * a refused system call names it; anything else is no report */
static void
test_last_word(void)
{
	static const struct { const char *said, *named; } cases[] = {
		{ "SIGSYS 101 3221225534", "system call ptrace (101)" },
		{ "SIGSYS 59 3221225534", "system call execve (59)" },
		{ "SIGSYS 99999 3221225534", "system call ? (99999)" },
		{ "SIGSYS 101 12345", "system call ? (101)" },
		{ "SIGSYS 101", NULL },
		{ "hello", NULL },
		{ "", NULL },
	};
	char out[128];
	size_t i;
	int sv[2];

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
		if (cases[i].said[0] != '\0')
			CHECK(write(sv[1], cases[i].said,
			    strlen(cases[i].said)) > 0);
		out[0] = '\0';
		if (cases[i].named != NULL) {
			CHECK_INT(sandbox_last_word(sv[0], out, sizeof(out)), 0);
			CHECK_STR(out, cases[i].named);
		} else
			CHECK_INT(sandbox_last_word(sv[0], out, sizeof(out)),
			    -1);
		close(sv[0]);
		close(sv[1]);
	}
	CHECK_INT(sandbox_last_word(-1, out, sizeof(out)), -1);
	/* a datagram longer than a report is cut, not overflowing */
	CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
	memset(out, 'x', sizeof(out));
	CHECK(write(sv[1], out, sizeof(out)) == (ssize_t)sizeof(out));
	CHECK_INT(sandbox_last_word(sv[0], out, sizeof(out)), -1);
	close(sv[0]);
	close(sv[1]);
}

static void
test_scratch(void)
{
	struct stat st;
	char err[256], path[512], *s;
	FILE *f;

	s = childbox_scratch(geteuid(), getegid(), err, sizeof(err));
	CHECK(s != NULL);
	if (s == NULL)
		return;
	CHECK(stat(s, &st) == 0 && S_ISDIR(st.st_mode) &&
	    (st.st_mode & 0777) == 0700);
	snprintf(path, sizeof(path), "%s/sub", s);
	CHECK(mkdir(path, 0500) == 0);
	snprintf(path, sizeof(path), "%s/file", s);
	if ((f = fopen(path, "w")) != NULL)
		fclose(f);
	snprintf(path, sizeof(path), "%s", s);
	childbox_scratch_free(s);
	CHECK(stat(path, &st) == -1);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	test_names();
	test_limits();
	test_uids();
	test_last_word();
	test_scratch();
	childbox_free();
	return t_done();
}

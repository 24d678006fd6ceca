/* childmode: see childmode.h. */
#include "supervisor/childmode.h"
#include "collector/collector.h"
#include "collector/sandbox.h"
#include "protocol/frame.h"
#include "common/log.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
children_harden(int lowfd, const char **what)
{
	struct rlimit rl = { 0, 0 };
	long max, fd;

#ifdef SYS_close_range
	if (syscall(SYS_close_range, (unsigned)lowfd, ~0U, 0) == -1)
#endif
	{
		max = sysconf(_SC_OPEN_MAX);
		for (fd = lowfd; fd < (max > 0 ? max : 1024); fd++)
			close((int)fd);
	}
	if (setrlimit(RLIMIT_CORE, &rl) == -1) {
		*what = "setrlimit(RLIMIT_CORE)";
		return -1;
	}
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1) {
		*what = "prctl(PR_SET_NO_NEW_PRIVS)";
		return -1;
	}
	return 0;
}

/* --limits=MEMORY_MB:OPEN_FILES:CPU_SECONDS */
static int
parse_limits(const char *s, struct sandbox_limits *l)
{
	char *end;

	l->memory_mb = strtoll(s, &end, 10);
	if (*end != ':')
		return -1;
	l->open_files = strtoll(end + 1, &end, 10);
	if (*end != ':')
		return -1;
	l->cpu_s = strtoll(end + 1, &end, 10);
	return *end == '\0' && l->memory_mb >= 0 && l->open_files >= 0 &&
	    l->cpu_s >= 0 ? 0 : -1;
}

int
childmode_main(int argc, char *argv[])
{
	enum log_level level = LOG_LVL_INFO;
	struct sandbox_limits lim = { 0, 0, 0 };
	const char *what = NULL, *scratch = NULL, *bad = NULL;
	struct stat st;
	int i, to_syslog = 0, parts = SANDBOX_ALL, last_fd = -1;
	long l;
	char *end;

	/* first of all: no ptrace, no /proc/PID/mem by the siblings */
	sandbox_early();
	for (i = 2; i < argc; i++) {
		if (strncmp(argv[i], "--log-level=", 12) == 0) {
			l = strtol(argv[i] + 12, &end, 10);
			if (*end == '\0' && l >= LOG_LVL_ERROR &&
			    l <= LOG_LVL_DEBUG)
				level = (enum log_level)l;
		} else if (strcmp(argv[i], "--syslog") == 0)
			to_syslog = 1;
		else if (strncmp(argv[i], "--sandbox=", 10) == 0) {
			if ((parts = sandbox_parts_parse(argv[i] + 10)) == -1)
				bad = argv[i];
		} else if (strncmp(argv[i], "--limits=", 9) == 0) {
			if (parse_limits(argv[i] + 9, &lim) == -1)
				bad = argv[i];
		} else if (strncmp(argv[i], "--scratch=", 10) == 0)
			scratch = argv[i] + 10;
	}
	log_init(level, to_syslog);
	log_component("collector");
	/* a sandbox it cannot read is not a sandbox to run without */
	if (bad != NULL)
		fatalx("--collector-child: bad option %s", bad);
	if (fstat(FRAME_CHILD_FD, &st) == -1 || !S_ISSOCK(st.st_mode))
		fatalx("--collector-child is started by the resotoworker "
		    "supervisor only: descriptor %d must be its socket",
		    FRAME_CHILD_FD);
	/* the supervisor did this before exec; repeat it for a child started
	 * any other way */
	if (fstat(SANDBOX_LAST_FD, &st) == 0 && S_ISSOCK(st.st_mode))
		last_fd = SANDBOX_LAST_FD;
	if (children_harden(SANDBOX_LAST_FD + 1, &what) == -1)
		fatal("%s", what);
	sandbox_arm(parts, &lim, scratch, last_fd);
	return collector_serve(FRAME_CHILD_FD, NULL, NULL);
}

/*
 * childmode: the process side of a collector child, `resotoworker
 * --collector-child` (started only by the supervisor, see children.h).
 * Owns checking that it was started that way (its socket on
 * FRAME_CHILD_FD), its logging setup, dropping what it does not need
 * (children_harden) and handing over to the collector (collector_serve).
 */
#ifndef RW_CHILDMODE_H
#define RW_CHILDMODE_H

/* main() calls this when argv[1] is "--collector-child"; the return value
 * is the process exit status. Options after it (set by the supervisor):
 * --log-level=N (enum log_level), --syslog, and the sandbox it applies to
 * itself (collector/sandbox.h): --sandbox=PARTS, --limits=MIB:FILES:SECS,
 * --scratch=DIR. Descriptor SANDBOX_LAST_FD, when it is a socket, takes
 * its last word. Not dumpable from its first statement. */
int	childmode_main(int argc, char *argv[]);

/* Close every descriptor from lowfd up, forbid core dumps (RLIMIT_CORE 0:
 * they would hold credentials) and privilege gains (PR_SET_NO_NEW_PRIVS).
 * Async-signal-safe: also used between fork and exec. -1 with errno set on
 * failure; what names the step that failed. */
int	children_harden(int lowfd, const char **what);

#endif

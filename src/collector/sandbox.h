/*
 * sandbox: the collector child's isolation from everything that is not its
 * own account (issue 11, design.md "Isolation of the children"). Owns the
 * parts a child applies to itself and their order: not dumpable first thing
 * after exec (sandbox_early); once the ACCOUNT frame is in (sandbox_enter)
 * its resource limits, Landlock (read the CA bundle, the resolver's and the
 * libraries' files, the files its ACCOUNT frame names and its collector's
 * credential files below $HOME, write its scratch
 * directory, connect TCP only to the ports of the URLs its ACCOUNT frame
 * names (and of the host:port its collector's host_vars name) plus 80, 443
 * and 53, no signal or abstract socket outside itself) and
 * last a seccomp allow-list (libseccomp) whose refusals are SECCOMP_RET_TRAP:
 * the SIGSYS handler sends the system call's number to the supervisor on the
 * "last word" socket (SANDBOX_LAST_FD) and the child dies of SIGSYS.
 *
 * The supervisor side: the names of the parts (for the configuration and
 * the child's command line) and sandbox_last_word(), which reads what a
 * child killed by the filter said and names the system call.
 *
 * --no-fork never arms the sandbox: collector_serve() then runs in the
 * supervisor itself and sandbox_enter() does nothing.
 */
#ifndef RW_SANDBOX_H
#define RW_SANDBOX_H

#include <stddef.h>

#include <json-c/json.h>

#include "protocol/frame.h"

/* the child's datagram socket for its last word, next to its frames */
#define SANDBOX_LAST_FD	(FRAME_CHILD_FD + 1)

/* the parts (bits) */
#define SANDBOX_DUMPABLE	0x01	/* PR_SET_DUMPABLE 0 */
#define SANDBOX_LIMITS		0x02	/* memory, open files, CPU time */
#define SANDBOX_LANDLOCK	0x04	/* files and TCP ports */
#define SANDBOX_SECCOMP		0x08	/* the system call allow-list */
#define SANDBOX_ALL		0x0f

struct sandbox_limits {
	long long	memory_mb;	/* RLIMIT_DATA; 0: none */
	long long	open_files;	/* RLIMIT_NOFILE; 0: inherited */
	long long	cpu_s;		/* RLIMIT_CPU; 0: none */
};

/* "dumpable,limits,landlock,seccomp" for parts (out gets "" for 0). */
void	sandbox_parts_str(int parts, char *out, size_t outlen);
/* The bit of one part name, or 0 when the name is not a part. */
int	sandbox_part(const char *name, size_t len);
/* The parts of a comma-separated list ("" = none); -1 on an unknown name. */
int	sandbox_parts_parse(const char *list);

/* ---- in the child ------------------------------------------------------- */

/* First thing after exec: not dumpable (no ptrace, no /proc/PID/mem,
 * environ or maps for the siblings). */
void	sandbox_early(void);
/* From the command line the supervisor gave: which parts to apply, the
 * limits, the scratch directory (NULL: none, nothing writable). last_fd:
 * the last-word socket or -1. */
void	sandbox_arm(int parts, const struct sandbox_limits *,
	    const char *scratch, int last_fd);
/* Apply what was armed, given the ACCOUNT frame (its http(s) URLs give
 * the TCP ports, its absolute and "~/" paths of files the files to read),
 * the collector's home_paths (below $HOME, to read) and host_vars (the
 * frame's environment variables naming a host[:port]: their ports; NULL:
 * none). Does nothing unless armed
 * (--no-fork). -1 with err when a part cannot be applied: the child must
 * then run no collector code (serve.c refuses every request with err). */
int	sandbox_enter(json_object *account, const char *const *home_paths,
	    const char *const *host_vars, char *err, size_t errlen);

/* ---- in the supervisor -------------------------------------------------- */

/* Read the last word of a child from fd (non-blocking); when it names a
 * system call the filter refused, "system call ptrace (101)" into out and
 * 0; else -1. */
int	sandbox_last_word(int fd, char *out, size_t outlen);

#endif

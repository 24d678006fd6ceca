/*
 * children: the collector child processes of the supervisor. Owns the child
 * table (pid, socketpair, cloud/account label, deadline), starting a child
 * (fork, then exec of the same binary in collector mode with its socket on
 * FRAME_CHILD_FD, a clean environment, no secrets in argv or env; or in the
 * supervisor process itself with --no-fork, see inproc.h), the pool limit
 * (resotoworker.pool_size children at once, the rest queued in order; a
 * start that finds no free descriptor waits at the head of the queue until
 * descriptors come free, for at most 10 s without any), the
 * deadline (resotoworker.timeout: killed and reported), reaping (SIGCHLD)
 * and the frame reader, which checks everything a child sends: a malformed
 * or oversized frame, a frame only the supervisor may send or a frame out of
 * order (the conversation of collector.h) kills that child, never the
 * supervisor. GRAPH payloads are passed on as they arrive; other frames
 * are handled as soon as they are whole, so a child can never make the
 * supervisor buffer more than one frame. Each child gets its sandbox
 * (childbox.h: parts, limits, its own uid, a scratch directory) and a
 * datagram socket for its last word (SANDBOX_LAST_FD), which names the
 * system call when the seccomp filter killed it.
 *
 * Knows no core, no jobs and no spool: a child's owner gets its frames, its
 * GRAPH bytes and its end through callbacks, and decides what they mean.
 */
#ifndef RW_CHILDREN_H
#define RW_CHILDREN_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct event_base;
struct evbuffer;
struct child;

/* How a child ended. */
enum child_fate {
	CHILD_OK = 0,		/* answered, closed its socket, exited 0 */
	CHILD_EXITED,		/* exited with a non-zero status (code) */
	CHILD_CRASHED,		/* killed by a signal we did not send (code) */
	CHILD_TIMEOUT,		/* killed at its deadline */
	CHILD_PROTOCOL,		/* broke the frame protocol: killed */
	CHILD_REFUSED,		/* its owner refused what it sent: killed */
	CHILD_SPAWN,		/* could not be started */
	CHILD_STOPPED,		/* killed on request (child_kill, shutdown) */
};

struct child_end {
	enum child_fate	 fate;
	int		 code;		/* exit status or signal number */
	char		 why[300];	/* e.g. "collector crashed (signal 11)" */
};

struct child_cbs {
	/* A whole frame other than GRAPH that the conversation allows
	 * (payload NUL-terminated, len bytes). Return 0, or -1 with the
	 * reason in err: the child is killed (CHILD_REFUSED). */
	int	(*on_frame)(struct child *, uint32_t type, const char *payload,
		    size_t len, char *err, size_t errlen, void *arg);
	/* n bytes of GRAPH payload at the front of in (a frame may come in
	 * several pieces; every GRAPH frame ends in '\n', which children
	 * checks). Drain exactly n bytes; -1 with err kills the child.
	 * NULL for an owner that never sends COLLECT: GRAPH answers only
	 * COLLECT, so such a child is killed for it before it gets here. */
	int	(*on_graph)(struct child *, struct evbuffer *in, size_t n,
		    char *err, size_t errlen, void *arg);
	/* The child is gone: exited (or returned, in-process) and its socket
	 * closed. Called once, from the event loop; c is freed afterwards. */
	void	(*on_end)(struct child *, const struct child_end *, void *arg);
};

struct child_spec {
	const char	*cloud;
	const char	*account;	/* for logs and messages; NULL: none yet */
	uint32_t	 job;		/* echoed in every frame */
	int		 timeout_s;	/* deadline from start; <= 0: none */
	/* starts at once, beside the pool: a short helper a running child
	 * waits for (credential renewal), which a full pool would deadlock */
	int		 urgent;
};

/* Once per process: SIGCHLD handling on base, the binary to exec: this
 * one (a descriptor on /proc/self/exe, run with execveat, so a child runs
 * the very binary of its supervisor even after a package upgrade replaced
 * the file, and so that valgrind follows), or $RW_TEST_CHILD_EXEC, a test
 * hook naming another program to run as the child. -1 with err. */
int	 children_init(struct event_base *, char *err, size_t errlen);

/* Undo children_init (after children_shutdown): the SIGCHLD event and
 * the descriptor on the binary. */
void	 children_free(void);

/* Settings from the configuration; may be called again on reload (a
 * smaller pool lets running children finish). user: switch children to
 * this user (resolved here, not at spawn); NULL: stay. -1 with err when the
 * user is unknown or cannot be switched to; children then fail to start
 * with that reason until a later call succeeds. */
int	 children_configure(int pool_size, int fork_process, const char *user,
	    int log_syslog, char *err, size_t errlen);

/* A new child: queued, started as soon as the pool has room. Frames sent
 * before it starts are kept and go first. Never NULL; a failure to start
 * arrives later as on_end with CHILD_SPAWN. */
struct child *child_new(const struct child_spec *, const struct child_cbs *,
	    void *arg);
/* Queue a frame to the child. DISCOVER, COLLECT, CLEANUP, PRE_CLEANUP,
 * TAG_UPDATE, TAG_DELETE and ASSUME are requests: until the child answers
 * (ACCOUNTS, DONE, RESULT or FAILED) no other request may be sent, and the
 * child may only send what answers this request (plus PROGRESS, INFO, and
 * RENEW while it works). CREDENTIALS answers a RENEW. STOP asks it to
 * exit. -1 when the child is gone, or a request is still unanswered. */
int	 child_send(struct child *, uint32_t type, const void *payload,
	    size_t len);
/* Kill the child now; on_end follows with CHILD_STOPPED and why. */
void	 child_kill(struct child *, const char *why);

/* "random/276222570313970 (pid 4242)" */
const char *child_label(const struct child *);
pid_t	 child_pid(const struct child *);	/* 0 while queued or in-process */

/* 1 when children are processes (fork_process), 0 in --no-fork mode */
int	 children_forking(void);
/* Descriptors came free outside the children (a spool closed, an upload
 * ended): starts waiting for descriptors get another 10 s. */
void	 children_fds_freed(void);

/* Number of children started and not yet ended, and of queued ones. */
int	 children_running(void);
int	 children_queued(void);

/* Kill every child (queued ones end too), reap them and call every
 * on_end (CHILD_STOPPED). For shutdown. */
void	 children_shutdown(void);

/* Text for an end, e.g. "collector exited with status 3". */
const char *child_fate_name(enum child_fate);

#endif

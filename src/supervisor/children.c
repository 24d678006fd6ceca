/* children: see children.h. */
#include "supervisor/children.h"
#include "supervisor/childbox.h"
#include "supervisor/childmode.h"
#include "supervisor/fdlimit.h"
#include "supervisor/inproc.h"
#include "supervisor/metrics.h"
#include "protocol/frame.h"
#include "common/buf.h"
#include "common/log.h"

#include <sys/prctl.h>
#include <sys/queue.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>

#define CHILD_MAX_READ	(128 * 1024)	/* bytes per read from a child */
#define CHILD_MAX_BUF	(FRAME_HDR_SIZE + FRAME_MAX_PAYLOAD) /* buffered */
#define CHILD_LINGER_S	10		/* to exit after closing its socket */
#define CHILD_MAX_GROUPS 64
#define CHILD_SOCKBUF	(1024 * 1024)	/* socket buffer (capped by wmem_max) */
#define CHILD_FD_RETRY_MS 500		/* out of descriptors: try again */
#define CHILD_FD_WAIT_S	10		/* ... until none came free this long */

enum cstate { C_QUEUED, C_RUNNING, C_ENDING };

struct child {
	TAILQ_ENTRY(child)	 entry;
	enum cstate		 state;
	char			*cloud;
	char			*account;
	char			 label[192];
	uint32_t		 job;
	int			 timeout_s;
	int			 urgent;	/* started beside the pool */
	struct child_cbs	 cbs;
	void			*arg;

	pid_t			 pid;
	int			 inproc;
	int			 started;	/* a process or collector exists */
	struct bufferevent	*bev;		/* the socket; writes */
	struct event		*rev;		/* reads (sock_cb) */
	struct evbuffer		*in;		/* what it sent, not yet handled */
	struct evbuffer		*pending;	/* frames sent while queued */
	struct event		*timer;		/* deadline, then linger */
	struct event		*endev;		/* deferred end */
	int			 lingering;

	uint32_t		 request;	/* unanswered request, or 0 */
	uint32_t		 last;		/* last frame received */
	uint32_t		 graph_left;	/* GRAPH payload still to come */
	int			 in_graph;	/* inside a GRAPH payload */

	int			 exited;	/* process reaped / returned */
	int			 status;	/* wait status, or return value */
	int			 sock_done;
	int			 cut;		/* socket ended inside a frame */
	int			 killed;
	struct child_end	 end;		/* fate when killed by us */
	struct buf		 pl;		/* payload of the current frame */

	struct childbox		 box;		/* its sandbox */
	int			 lastfd;	/* its last word (datagrams) */
	char			*scratch;	/* its scratch directory */
};

TAILQ_HEAD(childq, child);

static struct {
	struct event_base	*base;
	struct event		*sigchld;
	struct childq		 queued;
	struct childq		 running;
	int			 nrunning;
	int			 nqueued;
	int			 pool_size;
	int			 fork;
	int			 syslog;
	char			 exec_path[PATH_MAX];	/* the test hook */
	int			 exe_fd;	/* this binary, for execveat */
	/* the user to switch to */
	int			 switch_user;
	uid_t			 uid;
	gid_t			 gid;
	gid_t			 groups[CHILD_MAX_GROUPS];
	int			 ngroups;
	char			*home;
	char			 user_error[256];
	/* out of descriptors: starts wait for running collectors to end */
	struct event		*fdwait;
	int			 fdwaiting;
	struct timespec		 fdsince;	/* the wait began or a collector ended */
} cs = { .pool_size = 5, .fork = 1, .exe_fd = -1 };

#define CHILD_EXE_FD	(SANDBOX_LAST_FD + 1)	/* between fork and exec */

static void	start_queued(void);
static void	child_start(struct child *);
static void	kill_with(struct child *, enum child_fate, const char *, ...)
		    __attribute__((format(printf, 3, 4)));

const char *
child_fate_name(enum child_fate f)
{
	switch (f) {
	case CHILD_OK:		return "ok";
	case CHILD_EXITED:	return "exited";
	case CHILD_CRASHED:	return "crashed";
	case CHILD_TIMEOUT:	return "timed out";
	case CHILD_PROTOCOL:	return "protocol violation";
	case CHILD_REFUSED:	return "refused";
	case CHILD_SPAWN:	return "could not start";
	case CHILD_STOPPED:	return "stopped";
	}
	return "unknown";
}

/* ---- lifecycle ---------------------------------------------------------- */

static void
set_label(struct child *c)
{
	char pid[48];

	if (c->inproc)
		snprintf(pid, sizeof(pid), " (in-process)");
	else if (c->pid > 0)
		snprintf(pid, sizeof(pid), " (pid %ld)", (long)c->pid);
	else
		pid[0] = '\0';
	snprintf(c->label, sizeof(c->label), "%s%s%s%s", c->cloud,
	    c->account ? "/" : "", c->account ? c->account : "", pid);
}

const char *
child_label(const struct child *c)
{
	return c->label;
}

pid_t
child_pid(const struct child *c)
{
	return c->pid;
}

int
children_running(void)
{
	return cs.nrunning;
}

int
children_queued(void)
{
	return cs.nqueued;
}

static void
close_sock(struct child *c)
{
	if (c->rev != NULL) {
		event_free(c->rev);
		c->rev = NULL;
	}
	if (c->bev != NULL) {
		bufferevent_free(c->bev);
		c->bev = NULL;
	}
	c->sock_done = 1;
}

/* Decide the fate of a child that exited and closed its socket. */
static void
judge(struct child *c, struct child_end *e)
{
	char call[128];
	int st = c->status;

	memset(e, 0, sizeof(*e));
	if (c->killed) {
		*e = c->end;
		return;
	}
	if (c->inproc) {
		if (st != 0) {
			e->fate = CHILD_EXITED;
			e->code = st;
			snprintf(e->why, sizeof(e->why),
			    "collector returned status %d", st);
			return;
		}
	} else if (WIFSIGNALED(st)) {
		e->fate = CHILD_CRASHED;
		e->code = WTERMSIG(st);
		if (e->code == SIGSYS && sandbox_last_word(c->lastfd, call,
		    sizeof(call)) == 0) {
			snprintf(e->why, sizeof(e->why), "collector killed by "
			    "the sandbox: %s is not allowed", call);
			log_warnx("collector %s: %s", c->label, e->why);
		} else if (e->code == SIGXCPU && c->box.lim.cpu_s > 0)
			snprintf(e->why, sizeof(e->why), "collector went over "
			    "its CPU time limit (%lld s)", c->box.lim.cpu_s);
		else
			snprintf(e->why, sizeof(e->why), "collector crashed "
			    "(signal %d%s)", e->code, WCOREDUMP(st) ?
			    ", core dumped" : "");
		return;
	} else if (WIFEXITED(st) && WEXITSTATUS(st) != 0) {
		e->fate = CHILD_EXITED;
		e->code = WEXITSTATUS(st);
		if (e->code == 126)	/* pre_exec_fail(): it sent the reason */
			snprintf(e->why, sizeof(e->why), "collector could not "
			    "be started (exit status 126)");
		else
			snprintf(e->why, sizeof(e->why),
			    "collector exited with status %d", e->code);
		return;
	}
	if (c->cut) {
		e->fate = CHILD_PROTOCOL;
		snprintf(e->why, sizeof(e->why),
		    "collector exited in the middle of a %s frame",
		    frame_type_name(c->in_graph ? FRAME_GRAPH : c->last));
		return;
	}
	if (c->request != 0) {
		e->fate = CHILD_PROTOCOL;
		snprintf(e->why, sizeof(e->why),
		    "collector exited without answering %s",
		    frame_type_name(c->request));
		return;
	}
	e->fate = CHILD_OK;
	snprintf(e->why, sizeof(e->why), "collector finished");
}

static void
end_now(struct child *c)
{
	struct child_end e;

	judge(c, &e);
	if (c->lastfd != -1)
		close(c->lastfd);
	childbox_scratch_free(c->scratch);
	if (c->state == C_RUNNING) {
		TAILQ_REMOVE(&cs.running, c, entry);
		cs.nrunning--;
	} else if (c->state == C_QUEUED) {
		TAILQ_REMOVE(&cs.queued, c, entry);
		cs.nqueued--;
	}
	c->state = C_ENDING;
	metrics_child_ended(e.fate);
	if (e.fate == CHILD_OK)
		log_debug("collector %s: finished", c->label);
	else
		log_debug("collector %s: %s", c->label, e.why);
	if (c->cbs.on_end)
		c->cbs.on_end(c, &e, c->arg);
	close_sock(c);
	if (c->pending)
		evbuffer_free(c->pending);
	evbuffer_free(c->in);
	event_free(c->timer);
	event_free(c->endev);
	buf_free(&c->pl);
	free(c->cloud);
	free(c->account);
	free(c);
}

void
children_fds_freed(void)
{
	if (cs.fdwaiting)
		clock_gettime(CLOCK_MONOTONIC, &cs.fdsince);
}

static void
end_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct child *c = arg;

	/* a collector that ran gives its descriptors back: starts waiting
	 * for descriptors get another CHILD_FD_WAIT_S */
	if (c->started)
		children_fds_freed();
	end_now(c);
	start_queued();
}

static void
maybe_end(struct child *c)
{
	if (c->state == C_ENDING)
		return;
	if (c->exited && c->sock_done)
		event_active(c->endev, EV_TIMEOUT, 0);
}

static void
kill_with(struct child *c, enum child_fate fate, const char *fmt, ...)
{
	va_list ap;

	if (c->killed || c->state == C_ENDING)
		return;
	c->killed = 1;
	c->end.fate = fate;
	c->end.code = 0;
	va_start(ap, fmt);
	vsnprintf(c->end.why, sizeof(c->end.why), fmt, ap);
	va_end(ap);
	if (fate != CHILD_STOPPED && fate != CHILD_SPAWN)
		log_warnx("collector %s: %s; killing it", c->label, c->end.why);
	else if (fate == CHILD_SPAWN)
		log_warnx("collector %s: %s", c->label, c->end.why);
	if (c->state == C_RUNNING && !c->inproc && !c->exited && c->pid > 0)
		kill(c->pid, SIGKILL);
	close_sock(c);
	if (!c->started)
		c->exited = 1;
	maybe_end(c);
}

void
child_kill(struct child *c, const char *why)
{
	kill_with(c, CHILD_STOPPED, "%s", why ? why : "stopped");
}

/* ---- frames from the child ---------------------------------------------- */

static int
answers(uint32_t request, uint32_t type)
{
	switch (type) {
	case FRAME_PROGRESS:
	case FRAME_INFO:
	case FRAME_FAILED:
		return request != 0;
	case FRAME_ACCOUNTS:
		return request == FRAME_DISCOVER || request == FRAME_ASSUME;
	case FRAME_RENEW:	/* asked while it works */
		return request == FRAME_COLLECT || request == FRAME_CLEANUP ||
		    request == FRAME_TAG_UPDATE || request == FRAME_TAG_DELETE ||
		    request == FRAME_COMMAND;
	case FRAME_GRAPH:
	case FRAME_DONE:
		return request == FRAME_COLLECT;
	case FRAME_RESULT:
		return request == FRAME_CLEANUP ||
		    request == FRAME_PRE_CLEANUP || request == FRAME_TAG_UPDATE ||
		    request == FRAME_TAG_DELETE || request == FRAME_COMMAND;
	}
	return 0;
}

/* 0 when type may come now, -1 after killing the child */
static int
check_order(struct child *c, const struct frame_hdr *h)
{
	if (!frame_from_child(h->type)) {
		kill_with(c, CHILD_PROTOCOL,
		    "collector sent %s, a frame only the supervisor sends",
		    frame_type_name(h->type));
		return -1;
	}
	if (h->job != c->job) {
		kill_with(c, CHILD_PROTOCOL,
		    "collector sent %s for job %u, expected job %u",
		    frame_type_name(h->type), h->job, c->job);
		return -1;
	}
	if (answers(c->request, h->type))
		return 0;
	if (c->request != 0)
		kill_with(c, CHILD_PROTOCOL,
		    "collector sent %s in answer to %s",
		    frame_type_name(h->type), frame_type_name(c->request));
	else if (c->last == FRAME_DONE || c->last == FRAME_FAILED ||
	    c->last == FRAME_ACCOUNTS || c->last == FRAME_RESULT)
		kill_with(c, CHILD_PROTOCOL, "collector sent %s after %s",
		    frame_type_name(h->type), frame_type_name(c->last));
	else
		kill_with(c, CHILD_PROTOCOL,
		    "collector sent %s without a request",
		    frame_type_name(h->type));
	return -1;
}

static void
read_frames(struct child *c)
{
	struct evbuffer *in = c->in;
	struct frame_hdr h;
	char err[256];
	struct evbuffer_ptr pos;
	size_t avail, n;
	char lastc;
	int r;

	while (c->bev != NULL && (avail = evbuffer_get_length(in)) > 0) {
		if (c->in_graph) {
			n = avail < c->graph_left ? avail : c->graph_left;
			if (n == c->graph_left && n > 0) {
				evbuffer_ptr_set(in, &pos, n - 1,
				    EVBUFFER_PTR_SET);
				evbuffer_copyout_from(in, &pos, &lastc, 1);
				if (lastc != '\n') {
					kill_with(c, CHILD_PROTOCOL, "collector "
					    "sent a GRAPH frame that does not end "
					    "with a whole line");
					return;
				}
			}
			if (n > 0 && c->cbs.on_graph == NULL) {
				kill_with(c, CHILD_REFUSED, "GRAPH frame to an "
				    "owner that takes none");
				return;
			}
			if (n > 0 && c->cbs.on_graph(c, in, n, err, sizeof(err),
			    c->arg) == -1) {
				kill_with(c, CHILD_REFUSED, "%s", err);
				return;
			}
			c->graph_left -= (uint32_t)n;
			if (c->graph_left == 0)
				c->in_graph = 0;
			continue;
		}
		if ((r = frame_evbuf_hdr(in, &h, err, sizeof(err))) == 0)
			break;
		if (r == -1) {
			kill_with(c, CHILD_PROTOCOL,
			    "collector sent a malformed frame: %s", err);
			return;
		}
		if (check_order(c, &h) == -1)
			return;
		if (h.type == FRAME_GRAPH) {
			/* streamed: the payload goes on as it arrives */
			evbuffer_drain(in, FRAME_HDR_SIZE);
			c->last = h.type;
			c->in_graph = h.len > 0;
			c->graph_left = h.len;
			continue;
		}
		if (avail < FRAME_HDR_SIZE + (size_t)h.len)
			break;
		evbuffer_drain(in, FRAME_HDR_SIZE);
		c->last = h.type;
		if (h.type == FRAME_ACCOUNTS || h.type == FRAME_DONE ||
		    h.type == FRAME_FAILED || h.type == FRAME_RESULT)
			c->request = 0;
		buf_reset(&c->pl);
		buf_reserve(&c->pl, h.len);
		evbuffer_remove(in, c->pl.data, h.len);
		c->pl.len = h.len;
		c->pl.data[h.len] = '\0';
		r = c->cbs.on_frame(c, h.type, c->pl.data, h.len, err,
		    sizeof(err), c->arg);
		if (r == -1) {
			kill_with(c, CHILD_REFUSED, "%s", err);
			return;
		}
		if (c->pl.cap > 64 * 1024)
			buf_free(&c->pl);
	}
}

/* The socket ended (EOF, or error errno when err): the child has little
 * time left to exit. */
static void
sock_end(struct child *c, int err)
{
	struct evbuffer *in = c->in;
	struct timeval tv = { CHILD_LINGER_S, 0 };

	if (err && errno != ECONNRESET && errno != EPIPE)
		log_debug("collector %s: socket: %s", c->label,
		    strerror(errno));
	if (c->in_graph || evbuffer_get_length(in) > 0)
		c->cut = 1;
	close_sock(c);
	if (!c->exited) {
		c->lingering = 1;
		evtimer_add(c->timer, &tv);
	}
	maybe_end(c);
}

/* The next read reuses the read buffer: copy what read_frames left of
 * it (at most an incomplete frame, usually a few bytes or nothing). */
static void
keep_rest(struct child *c)
{
	size_t left = evbuffer_get_length(c->in);
	struct evbuffer_iovec v;
	struct evbuffer *t;

	if (left == 0)
		return;
	if ((t = evbuffer_new()) == NULL ||
	    evbuffer_reserve_space(t, (ev_ssize_t)left, &v, 1) != 1)
		fatalx("collector %s: out of memory", c->label);
	evbuffer_copyout(c->in, v.iov_base, left);
	v.iov_len = left;
	if (evbuffer_commit_space(t, &v, 1) == -1)
		fatalx("collector %s: evbuffer_commit_space", c->label);
	evbuffer_free(c->in);
	c->in = t;
}

/*
 * Readable socket. libevent 2.1's evbuffer_read (and so a bufferevent)
 * reads at most 4 KiB per call, whatever bufferevent_set_max_single_read
 * says: a GRAPH stream then costs a read, an ioctl and a spool write per
 * 4 KiB. So the socket is read here, up to CHILD_MAX_READ at once, into
 * one buffer for all children (one loop, one read at a time) that c->in
 * references while read_frames hands the frames and GRAPH bytes on: no
 * buffer per child stays large after a burst.
 */
/* One read of the child's socket: 1 when bytes came (and were handed
 * on), 0 when there is nothing now, -1 when the socket has ended. */
static int
sock_read(struct child *c, evutil_socket_t fd)
{
	static char rbuf[CHILD_MAX_READ];
	size_t have = evbuffer_get_length(c->in), room;
	ssize_t n;

	/* read_frames leaves at most an incomplete frame behind */
	room = have < CHILD_MAX_BUF ? CHILD_MAX_BUF - have : 0;
	if (room > sizeof(rbuf))
		room = sizeof(rbuf);
	if (room == 0) {
		kill_with(c, CHILD_PROTOCOL, "collector sent more than a "
		    "frame can hold");
		return -1;
	}
	n = read(fd, rbuf, room);
	if (n == -1 && (errno == EAGAIN || errno == EWOULDBLOCK ||
	    errno == EINTR))
		return 0;
	if (n <= 0) {
		sock_end(c, n == -1);
		return -1;
	}
	if (evbuffer_add_reference(c->in, rbuf, (size_t)n, NULL, NULL) == -1)
		fatalx("collector %s: out of memory", c->label);
	read_frames(c);
	keep_rest(c);
	return 1;
}

static void
sock_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)ev;
	(void)sock_read(arg, fd);
}

/* Writing failed: the child is gone. What it wrote before it went (the
 * FAILED frame of pre_exec_fail(), its last GRAPH bytes) is read first,
 * or a write racing its exit would lose the reason it gave. */
static void
event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct child *c = arg;
	evutil_socket_t fd = bufferevent_getfd(bev);
	int r = 1;

	if (!(what & (BEV_EVENT_EOF | BEV_EVENT_ERROR)))
		return;
	while (r == 1 && !c->sock_done && !c->killed)
		r = sock_read(c, fd);
	if (!c->sock_done)
		sock_end(c, (what & BEV_EVENT_ERROR) != 0);
}

/* ---- frames to the child ------------------------------------------------ */

int
child_send(struct child *c, uint32_t type, const void *p, size_t len)
{
	struct evbuffer *out;

	if (c->killed || c->state == C_ENDING || (c->state == C_RUNNING &&
	    c->bev == NULL))
		return -1;
	if (frame_from_child(type) || type == FRAME_NONE ||
	    type >= FRAME_TYPE_MAX || len > FRAME_MAX_PAYLOAD)
		return -1;
	if (type == FRAME_DISCOVER || type == FRAME_COLLECT ||
	    type == FRAME_CLEANUP || type == FRAME_PRE_CLEANUP ||
	    type == FRAME_TAG_UPDATE || type == FRAME_COMMAND ||
	    type == FRAME_TAG_DELETE || type == FRAME_ASSUME) {
		if (c->request != 0)
			return -1;
		c->request = type;
	}
	out = c->state == C_QUEUED ? c->pending : bufferevent_get_output(c->bev);
	frame_evbuf_add(out, type, c->job, p, len);
	return 0;
}

/* ---- starting ----------------------------------------------------------- */

struct child *
child_new(const struct child_spec *spec, const struct child_cbs *cbs,
    void *arg)
{
	struct child *c;

	c = xcalloc(1, sizeof(*c));
	c->cloud = xstrdup(spec->cloud);
	c->account = spec->account ? xstrdup(spec->account) : NULL;
	c->job = spec->job;
	c->timeout_s = spec->timeout_s;
	c->cbs = *cbs;
	c->arg = arg;
	c->pending = evbuffer_new();
	c->in = evbuffer_new();
	c->state = C_QUEUED;
	c->lastfd = -1;
	c->timer = evtimer_new(cs.base, NULL, NULL);
	c->endev = event_new(cs.base, -1, 0, end_cb, c);
	if (c->pending == NULL || c->in == NULL || c->timer == NULL ||
	    c->endev == NULL)
		fatalx("child_new: out of memory");
	set_label(c);
	c->urgent = spec->urgent;
	if (c->urgent)
		TAILQ_INSERT_HEAD(&cs.queued, c, entry);
	else
		TAILQ_INSERT_TAIL(&cs.queued, c, entry);
	cs.nqueued++;
	start_queued();
	return c;
}

int
children_forking(void)
{
	return cs.fork;
}

static int
pool_room(void)
{
	int size = cs.fork ? cs.pool_size : 1;

	if (size < 1)
		size = 1;
	return cs.nrunning < size;
}

static void
start_queued(void)
{
	struct child *c;

	while ((c = TAILQ_FIRST(&cs.queued)) != NULL &&
	    (pool_room() || c->urgent)) {
		TAILQ_REMOVE(&cs.queued, c, entry);
		cs.nqueued--;
		c->state = C_RUNNING;
		TAILQ_INSERT_TAIL(&cs.running, c, entry);
		cs.nrunning++;
		child_start(c);
		if (c->state == C_QUEUED)	/* waits for descriptors */
			break;
	}
}

static void
fdwait_cb(evutil_socket_t fd, short ev, void *arg)
{
	start_queued();
}

/*
 * A start failed for want of descriptors (what failed with EMFILE or
 * ENFILE): the child goes back to the head of the queue and is tried again
 * when a collector ends or after CHILD_FD_RETRY_MS; once CHILD_FD_WAIT_S
 * passed in which no descriptor came free (no collector ended, no
 * children_fds_freed()), it fails, naming the cause.
 */
static void
fd_wait(struct child *c, const char *what, int err)
{
	struct timeval tv = { 0, CHILD_FD_RETRY_MS * 1000 };
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!cs.fdwaiting) {
		cs.fdwaiting = 1;
		cs.fdsince = now;
		log_warnx("collector %s: %s: %s (descriptor limit %ld): waiting "
		    "for running collectors to give descriptors back", c->label,
		    what, strerror(err), fdlimit_max());
	} else if (now.tv_sec - cs.fdsince.tv_sec >= CHILD_FD_WAIT_S) {
		kill_with(c, CHILD_SPAWN, "cannot start the collector: %s: %s "
		    "(descriptor limit %ld; none came free in %d s)", what,
		    strerror(err), fdlimit_max(), CHILD_FD_WAIT_S);
		return;
	}
	TAILQ_REMOVE(&cs.running, c, entry);
	cs.nrunning--;
	c->state = C_QUEUED;
	TAILQ_INSERT_HEAD(&cs.queued, c, entry);
	cs.nqueued++;
	if (cs.fdwait != NULL && !evtimer_pending(cs.fdwait, NULL))
		evtimer_add(cs.fdwait, &tv);
}

/* a socketpair of type (SOCK_STREAM or SOCK_DGRAM, and flags) for a
 * child; -1 after fd_wait() or kill_with() */
static int
child_socketpair(struct child *c, int type, int sv[2])
{
	if (socketpair(AF_UNIX, type, 0, sv) == 0) {
		cs.fdwaiting = 0;
		return 0;
	}
	if (errno == EMFILE || errno == ENFILE)
		fd_wait(c, "socketpair", errno);
	else
		kill_with(c, CHILD_SPAWN, "socketpair: %s", strerror(errno));
	return -1;
}

static void
timer_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct child *c = arg;

	if (c->lingering) {
		kill_with(c, CHILD_PROTOCOL, "collector closed its socket but "
		    "did not exit within %d s", CHILD_LINGER_S);
		if (!c->exited && c->pid > 0)
			kill(c->pid, SIGKILL);
		return;
	}
	kill_with(c, CHILD_TIMEOUT, "collector timed out after %d s",
	    c->timeout_s);
}

static void
inproc_done(int status, void *arg)
{
	struct child *c = arg;

	c->exited = 1;
	c->status = status;
	maybe_end(c);
}

/* Everything below runs in the forked child before exec: only
 * async-signal-safe calls (the parent may have other threads, e.g. a curl
 * resolver). Failures are written to stderr and, as a FAILED frame, to
 * the socket (the supervisor has queued a request, so FAILED answers it
 * and the reason reaches the account's report), and end the child with
 * status 126. */
static int	 pre_sock = -1;		/* the child's socket, once known */
static uint32_t	 pre_job;

/* s as text of a JSON string (what needs an escape becomes '?'), or
 * verbatim (raw) */
static size_t
pre_add(char *buf, size_t n, size_t max, const char *s, int raw)
{
	for (; *s && n < max; s++)
		buf[n++] = !raw && (*s == '"' || *s == '\\' ||
		    (unsigned char)*s < 0x20) ? '?' : *s;
	return n;
}

static void __attribute__((noreturn))
pre_exec_fail(const char *what)
{
	const char *e = strerror(errno);	/* safe enough: static table */
	struct frame_hdr h = { FRAME_FAILED, 0, 0, 0 };
	uint8_t hdr[FRAME_HDR_SIZE];
	char msg[512];
	size_t n = 0;

	(void)!write(2, "resotoworker: collector child: ", 31);
	(void)!write(2, what, strlen(what));
	(void)!write(2, ": ", 2);
	(void)!write(2, e, strlen(e));
	(void)!write(2, "\n", 1);
	if (pre_sock != -1) {
		n = pre_add(msg, n, sizeof(msg) - 2, "{\"error\":\"", 1);
		n = pre_add(msg, n, sizeof(msg) - 2, "cannot start the "
		    "collector: ", 0);
		n = pre_add(msg, n, sizeof(msg) - 2, what, 0);
		n = pre_add(msg, n, sizeof(msg) - 2, ": ", 0);
		n = pre_add(msg, n, sizeof(msg) - 2, e, 0);
		msg[n++] = '"';
		msg[n++] = '}';
		h.job = pre_job;
		h.len = (uint32_t)n;
		frame_hdr_encode(&h, hdr);
		if (write(pre_sock, hdr, sizeof(hdr)) == (ssize_t)sizeof(hdr))
			(void)!write(pre_sock, msg, n);
	}
	_exit(126);
}

/* from as target, close-on-exec cleared (also when from is target) */
static void
move_fd(int from, int target)
{
	if (from == target) {
		if (fcntl(target, F_SETFD, 0) == -1)
			pre_exec_fail("fcntl");
	} else if (dup2(from, target) == -1)
		pre_exec_fail("dup2");
}

static void __attribute__((noreturn))
pre_exec(int sock, int last, const struct childbox *box, uint32_t job,
    pid_t parent, char *const argv[], char *const envp[])
{
	const char *what = "harden";
	struct sigaction sa;
	sigset_t all;
	int fd, sig;

	/* signals: nothing blocked, default actions, SIGPIPE ignored so that
	 * a write to a closed socket is an error, not a death */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	for (sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			sigaction(sig, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigemptyset(&all);
	sigprocmask(SIG_SETMASK, &all, NULL);
	/* own process group: a ^C on the supervisor's terminal is the
	 * supervisor's to handle */
	setpgid(0, 0);

	/* descriptors: 0 = /dev/null, 1 and 2 kept (logs), 3 = socket,
	 * 4 = last word (sandbox.h), nothing else. The supervisor's are
	 * closed before anything new is opened: at its descriptor limit,
	 * open() here would fail; dup2 onto a number takes no new slot */
	pre_sock = sock;
	pre_job = job;
	if (last == FRAME_CHILD_FD) {
		if (sock == SANDBOX_LAST_FD) {	/* swapped: through 5 */
			move_fd(sock, CHILD_EXE_FD);
			sock = pre_sock = CHILD_EXE_FD;
		}
		move_fd(last, SANDBOX_LAST_FD);
		last = SANDBOX_LAST_FD;
	}
	move_fd(sock, FRAME_CHILD_FD);
	pre_sock = FRAME_CHILD_FD;
	move_fd(last, SANDBOX_LAST_FD);
	/* this binary: close-on-exec, above the sockets */
	if (cs.exe_fd != -1 && dup3(cs.exe_fd, CHILD_EXE_FD, O_CLOEXEC) == -1)
		pre_exec_fail("dup3");
	/* other descriptors, core dumps, privilege gains */
	if (children_harden(cs.exe_fd != -1 ? CHILD_EXE_FD + 1 :
	    SANDBOX_LAST_FD + 1, &what) == -1)
		pre_exec_fail(what);
	if ((fd = open("/dev/null", O_RDONLY)) == -1)
		pre_exec_fail("/dev/null");
	if (fd != 0) {
		dup2(fd, 0);
		close(fd);
	}
	if (box->own_uid) {
		/* the account's own uid and gid, no other group */
		if (setgroups(0, NULL) == -1)
			pre_exec_fail("setgroups");
		if (setresgid(box->gid, box->gid, box->gid) == -1)
			pre_exec_fail("setresgid");
		if (setresuid(box->uid, box->uid, box->uid) == -1)
			pre_exec_fail("setresuid");
	} else if (cs.switch_user) {
		if (setgroups((size_t)cs.ngroups, cs.groups) == -1)
			pre_exec_fail("setgroups");
		if (setresgid(cs.gid, cs.gid, cs.gid) == -1)
			pre_exec_fail("setresgid");
		if (setresuid(cs.uid, cs.uid, cs.uid) == -1)
			pre_exec_fail("setresuid");
	}
	/* die with the supervisor (set after the user switch, which clears
	 * it); the parent may already be gone */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) == -1)
		pre_exec_fail("prctl(PR_SET_PDEATHSIG)");
	if (getppid() != parent)
		_exit(125);
	if (cs.exe_fd != -1) {
		/* the running binary itself, even if its file was replaced
		 * since (and what valgrind expects, unlike /proc/self/exe) */
		syscall(SYS_execveat, CHILD_EXE_FD, "", argv, envp,
		    AT_EMPTY_PATH);
		pre_exec_fail("execveat(/proc/self/exe)");
	}
	execve(cs.exec_path, argv, envp);
	pre_exec_fail(cs.exec_path);
}

/* Larger socket buffers: fewer wake-ups per megabyte of graph (the
 * kernel caps them at net.core.wmem_max / rmem_max). */
static void
sockbufs(int child_end, int our_end)
{
	int sz = CHILD_SOCKBUF;

	(void)setsockopt(child_end, SOL_SOCKET, SO_SNDBUF, &sz, sizeof(sz));
	(void)setsockopt(our_end, SOL_SOCKET, SO_RCVBUF, &sz, sizeof(sz));
}

static void
add_env(char **envp, int *n, const char *name, const char *value)
{
	struct buf b = BUF_INIT;

	if (value == NULL)
		return;
	buf_printf(&b, "%s=%s", name, value);
	envp[(*n)++] = buf_take(&b);
}

static void
child_fork(struct child *c)
{
	static const char *const pass[] = { "TZ", "ASAN_OPTIONS",
	    "UBSAN_OPTIONS", "LSAN_OPTIONS", NULL };
	char *argv[10], *envp[10], level[32], parts[80], limits[80], err[256];
	struct buf scratch = BUF_INIT;
	int sv[2], lw[2], argc = 0, envc = 0, i;
	pid_t pid, parent = getpid();

	if (cs.user_error[0] != '\0') {
		kill_with(c, CHILD_SPAWN, "%s", cs.user_error);
		return;
	}
	if (childbox_get(c->cloud, c->account, &c->box, err,
	    sizeof(err)) == -1) {
		kill_with(c, CHILD_SPAWN, "%s", err);
		return;
	}
	if (c->box.timeout_s > 0 && (c->timeout_s <= 0 ||
	    c->box.timeout_s < c->timeout_s))
		c->timeout_s = c->box.timeout_s;
	if (child_socketpair(c, SOCK_DGRAM | SOCK_CLOEXEC, lw) == -1)
		return;
	if (child_socketpair(c, SOCK_STREAM | SOCK_CLOEXEC, sv) == -1) {
		close(lw[0]);		/* tried again when descriptors free */
		close(lw[1]);
		return;
	}
	c->lastfd = lw[0];
	/* its scratch directory belongs to the user it will run as */
	if (c->box.own_uid)
		c->scratch = childbox_scratch(c->box.uid, c->box.gid, err,
		    sizeof(err));
	else if (cs.switch_user)
		c->scratch = childbox_scratch(cs.uid, cs.gid, err, sizeof(err));
	else
		c->scratch = childbox_scratch(geteuid(), getegid(), err,
		    sizeof(err));
	if (c->scratch == NULL) {
		close(sv[0]);
		close(sv[1]);
		close(lw[1]);
		kill_with(c, CHILD_SPAWN, "%s", err);
		return;
	}
	sockbufs(sv[1], sv[0]);
	argv[argc++] = "resotoworker";
	argv[argc++] = "--collector-child";
	snprintf(level, sizeof(level), "--log-level=%d", (int)log_getlevel());
	argv[argc++] = level;
	if (cs.syslog)
		argv[argc++] = "--syslog";
	childbox_args(&c->box, parts, sizeof(parts), limits, sizeof(limits));
	argv[argc++] = parts;
	argv[argc++] = limits;
	buf_printf(&scratch, "--scratch=%s", c->scratch);
	argv[argc++] = scratch.data;
	argv[argc] = NULL;
	add_env(envp, &envc, "PATH",
	    "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
	add_env(envp, &envc, "HOME", c->box.own_uid ? c->scratch :
	    cs.switch_user ? cs.home : getenv("HOME"));
	add_env(envp, &envc, "TMPDIR", c->scratch);
	/* Debian's libcurl loads GnuTLS (through librtmp), whose constructor
	 * initialises it and p11-kit at load: ~0.7 MiB for nothing, as this
	 * worker never uses GnuTLS */
	add_env(envp, &envc, "GNUTLS_NO_IMPLICIT_INIT", "1");
	for (i = 0; pass[i] != NULL; i++)
		add_env(envp, &envc, pass[i], getenv(pass[i]));
	envp[envc] = NULL;

	pid = fork();
	if (pid == 0)
		pre_exec(sv[1], lw[1], &c->box, c->job, parent, argv, envp);
	for (i = 0; i < envc; i++)
		free(envp[i]);
	buf_free(&scratch);
	close(sv[1]);
	close(lw[1]);
	if (pid == -1) {
		close(sv[0]);
		kill_with(c, CHILD_SPAWN, "fork: %s", strerror(errno));
		return;
	}
	c->pid = pid;
	c->started = 1;
	set_label(c);
	evutil_make_socket_nonblocking(sv[0]);
	c->bev = bufferevent_socket_new(cs.base, sv[0], BEV_OPT_CLOSE_ON_FREE);
	if (c->bev == NULL) {
		close(sv[0]);
		kill_with(c, CHILD_SPAWN, "bufferevent_socket_new failed");
		return;
	}
}

static void
child_start(struct child *c)
{
	struct timeval tv;
	int sv[2];

	c->inproc = !cs.fork;
	if (c->inproc) {
		if (child_socketpair(c, SOCK_STREAM | SOCK_CLOEXEC |
		    SOCK_NONBLOCK, sv) == -1)
			return;
		sockbufs(sv[1], sv[0]);
		set_label(c);
		c->bev = bufferevent_socket_new(cs.base, sv[0],
		    BEV_OPT_CLOSE_ON_FREE);
		if (c->bev == NULL)
			fatalx("bufferevent_socket_new failed");
		inproc_start(cs.base, sv[1], inproc_done, c);
		c->started = 1;
	} else {
		child_fork(c);
		if (c->bev == NULL)
			return;
	}
	log_debug("collector %s: started", c->label);
	metrics_child_started();
	bufferevent_setcb(c->bev, NULL, NULL, event_cb, c);
	c->rev = event_new(cs.base, bufferevent_getfd(c->bev),
	    EV_READ | EV_PERSIST, sock_cb, c);
	if (c->rev == NULL || event_add(c->rev, NULL) == -1)
		fatalx("collector %s: cannot watch its socket", c->label);
	evbuffer_add_buffer(bufferevent_get_output(c->bev), c->pending);
	bufferevent_enable(c->bev, EV_WRITE);
	event_assign(c->timer, cs.base, -1, 0, timer_cb, c);
	if (c->timeout_s > 0) {
		tv.tv_sec = c->timeout_s;
		tv.tv_usec = 0;
		evtimer_add(c->timer, &tv);
	}
}

/* ---- reaping ------------------------------------------------------------ */

static void
sigchld_cb(evutil_socket_t sig, short ev, void *arg)
{
	struct child *c;
	pid_t r;
	int st;

	TAILQ_FOREACH(c, &cs.running, entry) {
		if (c->inproc || c->exited || c->pid <= 0)
			continue;
		r = waitpid(c->pid, &st, WNOHANG);
		if (r == c->pid || (r == -1 && errno == ECHILD)) {
			c->exited = 1;
			c->status = r == c->pid ? st : 0;
			if (c->lingering)
				evtimer_del(c->timer);
			maybe_end(c);
		}
	}
}

void
children_shutdown(void)
{
	struct child *c;
	int st;

	/* in-process children get done(-1) now: their collector, if one is
	 * running further up the stack, sees its socket closed and returns */
	inproc_abort_all();
	while ((c = TAILQ_FIRST(&cs.queued)) != NULL) {
		child_kill(c, "the supervisor is shutting down");
		event_del(c->endev);
		end_now(c);
	}
	while ((c = TAILQ_FIRST(&cs.running)) != NULL) {
		child_kill(c, "the supervisor is shutting down");
		if (!c->inproc && !c->exited && c->pid > 0) {
			while (waitpid(c->pid, &st, 0) == -1 && errno == EINTR)
				;
			c->exited = 1;
			c->status = st;
		}
		event_del(c->endev);
		end_now(c);
	}
}

/* ---- setup -------------------------------------------------------------- */

int
children_init(struct event_base *base, char *err, size_t errlen)
{
	const char *hook = getenv("RW_TEST_CHILD_EXEC");
	int fd = -1;

	cs.base = base;
	TAILQ_INIT(&cs.queued);
	TAILQ_INIT(&cs.running);
	if (hook != NULL && *hook != '\0') {
		log_warnx("test hook RW_TEST_CHILD_EXEC: collector children "
		    "run %s", hook);
		snprintf(cs.exec_path, sizeof(cs.exec_path), "%s", hook);
	} else {
		/* children run this very binary: keep it open (above the
		 * descriptors a child gets) */
		if ((fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)) == -1 ||
		    (cs.exe_fd = fcntl(fd, F_DUPFD_CLOEXEC, 10)) == -1) {
			snprintf(err, errlen, "cannot open /proc/self/exe: %s",
			    strerror(errno));
			if (fd != -1)
				close(fd);
			return -1;
		}
		close(fd);
	}
	if ((cs.fdwait = evtimer_new(base, fdwait_cb, NULL)) == NULL) {
		snprintf(err, errlen, "cannot create a timer");
		return -1;
	}
	/* a write to a child that is gone must be an error, not a signal */
	signal(SIGPIPE, SIG_IGN);
	cs.sigchld = evsignal_new(base, SIGCHLD, sigchld_cb, NULL);
	if (cs.sigchld == NULL || evsignal_add(cs.sigchld, NULL) == -1) {
		snprintf(err, errlen, "cannot watch SIGCHLD");
		return -1;
	}
	return 0;
}

void
children_free(void)
{
	children_shutdown();
	if (cs.sigchld != NULL)
		event_free(cs.sigchld);
	cs.sigchld = NULL;
	if (cs.fdwait != NULL)
		event_free(cs.fdwait);
	cs.fdwait = NULL;
	cs.fdwaiting = 0;
	if (cs.exe_fd != -1)
		close(cs.exe_fd);
	cs.exe_fd = -1;
	free(cs.home);
	cs.home = NULL;
	cs.base = NULL;
	childbox_free();
}

static int
resolve_user(const char *user, char *err, size_t errlen)
{
	struct passwd *pw;
	int n = CHILD_MAX_GROUPS;

	cs.switch_user = 0;
	free(cs.home);
	cs.home = NULL;
	if (user == NULL || *user == '\0')
		return 0;
	errno = 0;
	if ((pw = getpwnam(user)) == NULL) {
		snprintf(err, errlen, "resotoworker.user: no user %s%s%s", user,
		    errno ? ": " : "", errno ? strerror(errno) : "");
		return -1;
	}
	if (pw->pw_uid == geteuid() && pw->pw_gid == getegid())
		return 0;	/* already that user */
	if (geteuid() != 0) {
		snprintf(err, errlen, "resotoworker.user: switching collector "
		    "children to user %s needs root (running as uid %ld)",
		    user, (long)geteuid());
		return -1;
	}
	if (getgrouplist(user, pw->pw_gid, cs.groups, &n) == -1) {
		snprintf(err, errlen, "resotoworker.user: user %s is in more "
		    "than %d groups", user, CHILD_MAX_GROUPS);
		return -1;
	}
	cs.ngroups = n;
	cs.uid = pw->pw_uid;
	cs.gid = pw->pw_gid;
	cs.home = xstrdup(pw->pw_dir);
	cs.switch_user = 1;
	return 0;
}

int
children_configure(int pool_size, int fork_process, const char *user,
    int log_syslog, char *err, size_t errlen)
{
	cs.pool_size = pool_size > 0 ? pool_size : 1;
	if (!fork_process && cs.fork)
		log_warnx("collectors run inside the supervisor (--no-fork, "
		    "resotoworker.fork_process false): no isolation at all, no "
		    "sandbox, no limits, every account's credentials in one "
		    "process; for debugging only");
	cs.fork = fork_process;
	cs.syslog = log_syslog;
	cs.user_error[0] = '\0';
	if (resolve_user(user, err, errlen) == -1) {
		snprintf(cs.user_error, sizeof(cs.user_error), "%s", err);
		return -1;
	}
	start_queued();
	return 0;
}

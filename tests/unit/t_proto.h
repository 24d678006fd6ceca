/*
 * t_proto: helpers of the protocol tests (t_ws, t_http): test certificates
 * in a temporary directory, a Python test server started on free loopback
 * ports (it prints "PORTS a b ..."; it exits when we close its stdin), and
 * running an event loop until a condition holds, with a safety timeout
 * that fails the test instead of hanging.
 */
#ifndef RW_T_PROTO_H
#define RW_T_PROTO_H

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <event2/event.h>

#define T_MAXPORTS	8

struct t_srv {
	pid_t	pid;
	int	in;		/* its stdin: closing it ends the server */
	int	ports[T_MAXPORTS];
	int	nports;
};

static const char *
t_srcdir(void)
{
	const char *s = getenv("top_srcdir");

	return s && *s ? s : ".";
}

/* mkdtemp + tests/integration/ws_certs.sh; 0 or -1 */
static int
t_certs(char dir[64])
{
	char cmd[512];

	snprintf(dir, 64, "/tmp/rwtest.XXXXXX");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return -1;
	}
	snprintf(cmd, sizeof(cmd), "sh %s/tests/integration/ws_certs.sh %s",
	    t_srcdir(), dir);
	if (system(cmd) != 0) {
		fprintf(stderr, "%s failed\n", cmd);
		return -1;
	}
	return 0;
}

static void
t_rmdir(const char *dir)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "%s failed\n", cmd);
}

/* Start "$PYTHON3 $top_srcdir/tests/integration/<script> args..." and
 * read its PORTS line (at most 30 s). 0 or -1. */
static int
t_srv_start(struct t_srv *s, const char *script, const char *const *args)
{
	const char *py = getenv("PYTHON3");
	char path[512], line[256], *p, *e;
	const char *argv[16];
	int in[2], out[2], n = 0, i;
	size_t got = 0;
	struct pollfd pfd;
	ssize_t r;

	if (py == NULL || *py == '\0')
		py = "python3";
	snprintf(path, sizeof(path), "%s/tests/integration/%s", t_srcdir(),
	    script);
	argv[n++] = py;
	argv[n++] = path;
	for (i = 0; args && args[i] && n < 15; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	if (pipe(in) == -1 || pipe(out) == -1)
		return -1;
	memset(s, 0, sizeof(*s));
	if ((s->pid = fork()) == -1)
		return -1;
	if (s->pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		close(in[0]); close(in[1]); close(out[0]); close(out[1]);
		execvp(py, (char *const *)argv);
		fprintf(stderr, "exec %s: %s\n", py, strerror(errno));
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	s->in = in[1];
	pfd.fd = out[0];
	pfd.events = POLLIN;
	while (got < sizeof(line) - 1 && memchr(line, '\n', got) == NULL) {
		if (poll(&pfd, 1, 30000) != 1)
			break;
		if ((r = read(out[0], line + got, sizeof(line) - 1 - got)) <= 0)
			break;
		got += (size_t)r;
		line[got] = '\0';
	}
	line[got] = '\0';
	close(out[0]);
	if (strncmp(line, "PORTS ", 6) != 0) {
		fprintf(stderr, "test server %s did not start (PYTHON3=%s, "
		    "needs python3-aiohttp)\n", path, py);
		close(s->in);
		waitpid(s->pid, NULL, 0);
		return -1;
	}
	for (p = line + 6; s->nports < T_MAXPORTS; p = e) {
		long v = strtol(p, &e, 10);

		if (e == p)
			break;
		s->ports[s->nports++] = (int)v;
	}
	return 0;
}

static void
t_srv_stop(struct t_srv *s)
{
	close(s->in);
	kill(s->pid, SIGTERM);
	waitpid(s->pid, NULL, 0);
}

static void
t_safety(evutil_socket_t fd, short what, void *arg)
{
	*(int *)arg = 1;
}

/* Run base until *done is non-zero (0), or secs pass (-1, reported). */
static int
t_run(struct event_base *base, const int *done, int secs, const char *what)
{
	int expired = 0;
	struct timeval tv = { secs, 0 };
	struct event *ev = evtimer_new(base, t_safety, &expired);

	evtimer_add(ev, &tv);
	while (!*done && !expired)
		event_base_loop(base, EVLOOP_ONCE);
	event_free(ev);
	if (!*done) {
		fprintf(stderr, "TIMEOUT after %d s waiting for: %s\n", secs,
		    what);
		return -1;
	}
	return 0;
}

/* Run base for about ms milliseconds (lets lingering work finish). */
static void
t_idle(struct event_base *base, int ms)
{
	int done = 0;
	struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };
	struct event *ev = evtimer_new(base, t_safety, &done);

	evtimer_add(ev, &tv);
	while (!done)
		event_base_loop(base, EVLOOP_ONCE);
	event_free(ev);
}

/* A loopback TCP port nobody listens on (bound, then closed). */
static int
t_dead_port(void)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	int fd = socket(AF_INET, SOCK_STREAM, 0), port = 1;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd != -1 && bind(fd, (struct sockaddr *)&sin, sizeof(sin)) == 0 &&
	    getsockname(fd, (struct sockaddr *)&sin, &len) == 0)
		port = ntohs(sin.sin_port);
	if (fd != -1)
		close(fd);
	return port;
}

#endif

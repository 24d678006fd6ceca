/* daemon: see daemon.h. */
#include "supervisor/daemon.h"
#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <event2/event.h>

static int status_fd = -1;	/* the daemon's end of the start-up pipe */

/* The starting process: wait for the daemon's word, exit with it. */
static void __attribute__((noreturn))
wait_ready(int fd, pid_t first)
{
	char msg[1024];
	size_t len = 0;
	ssize_t n;

	while (len < sizeof(msg) - 1) {
		n = read(fd, msg + len, sizeof(msg) - 1 - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	msg[len] = '\0';
	waitpid(first, NULL, 0);
	if (len > 0 && msg[0] == '0')
		exit(0);
	if (len > 1)
		fprintf(stderr, "resotoworker: %s\n", msg + 1);
	else
		fprintf(stderr, "resotoworker: the daemon ended during start-up "
		    "(see syslog)\n");
	exit(1);
}

static void
report(char status, const char *msg)
{
	struct buf b = BUF_INIT;
	ssize_t n;

	if (status_fd == -1)
		return;
	buf_putc(&b, status);
	buf_puts(&b, msg);
	do
		n = write(status_fd, b.data, b.len);
	while (n == -1 && errno == EINTR);
	buf_free(&b);
	close(status_fd);
	status_fd = -1;
}

int
daemon_start(char *err, size_t errlen)
{
	int p[2], fd;
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) == -1) {
		snprintf(err, errlen, "pipe: %s", strerror(errno));
		return -1;
	}
	fflush(NULL);
	if ((pid = fork()) == -1) {
		snprintf(err, errlen, "fork: %s", strerror(errno));
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid > 0) {
		close(p[1]);
		wait_ready(p[0], pid);
	}
	close(p[0]);
	status_fd = p[1];
	if (setsid() == -1) {
		daemon_fail("setsid failed");
		_exit(1);
	}
	if ((pid = fork()) == -1) {
		daemon_fail("second fork failed");
		_exit(1);
	}
	if (pid > 0)
		_exit(0);	/* the session leader goes: no terminal ever again */
	if (chdir("/") == -1)
		log_warn("chdir /");
	umask(027);
	if ((fd = open("/dev/null", O_RDWR)) != -1) {
		dup2(fd, STDIN_FILENO);
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
		if (fd > STDERR_FILENO)
			close(fd);
	}
	log_syslog(1);
	return 0;
}

void
daemon_ready(void)
{
	report('0', "");
}

void
daemon_fail(const char *msg)
{
	report('1', msg);
}

struct signals {
	struct event	*ev[3];
	void		(*stop)(int, void *);
	void		(*reload)(void *);
	void		*arg;
};

static void
on_signal(evutil_socket_t sig, short what, void *arg)
{
	struct signals *s = arg;

	if (sig == SIGHUP)
		s->reload(s->arg);
	else
		s->stop((int)sig, s->arg);
}

struct signals *
signals_new(struct event_base *base, void (*stop)(int, void *),
    void (*reload)(void *), void *arg)
{
	static const int sigs[3] = { SIGTERM, SIGINT, SIGHUP };
	struct signals *s = xcalloc(1, sizeof(*s));
	int i;

	s->stop = stop;
	s->reload = reload;
	s->arg = arg;
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; i < 3; i++) {
		s->ev[i] = evsignal_new(base, sigs[i], on_signal, s);
		if (s->ev[i] == NULL || evsignal_add(s->ev[i], NULL) == -1)
			fatalx("cannot watch signal %d", sigs[i]);
	}
	return s;
}

void
signals_free(struct signals *s)
{
	int i;

	if (s == NULL)
		return;
	for (i = 0; i < 3; i++)
		if (s->ev[i] != NULL)
			event_free(s->ev[i]);
	free(s);
}

/* inproc: see inproc.h. */
#include "supervisor/inproc.h"
#include "collector/collector.h"
#include "common/buf.h"
#include "common/log.h"

#include <sys/queue.h>
#include <sys/socket.h>

#include <stdlib.h>
#include <unistd.h>

#include <event2/event.h>

struct inproc {
	TAILQ_ENTRY(inproc)	 entry;
	int			 fd;
	void			(*done)(int, void *);
	void			*arg;
};

static TAILQ_HEAD(, inproc) queue = TAILQ_HEAD_INITIALIZER(queue);
static struct inproc	*cur;		/* the collector running now */
static struct event_base *lbase;
static int		 want_exit;

struct inproc *
inproc_start(struct event_base *base, int fd, void (*done)(int, void *),
    void *arg)
{
	struct inproc *ip;

	ip = xcalloc(1, sizeof(*ip));
	ip->fd = fd;
	ip->done = done;
	ip->arg = arg;
	TAILQ_INSERT_TAIL(&queue, ip, entry);
	lbase = base;
	/* back to loop_run's top level, which runs it */
	event_base_loopbreak(base);
	return ip;
}

/* The collector would block: let the supervisor's loop run once. */
static void
pump(void *arg)
{
	struct inproc *ip = arg;

	if (!want_exit && ip->done != NULL)
		event_base_loop(lbase, EVLOOP_ONCE);
	if (want_exit || ip->done == NULL)
		shutdown(ip->fd, SHUT_RDWR);	/* make it return */
}

static void
run_one(void)
{
	struct inproc *ip = TAILQ_FIRST(&queue);
	int rc;

	TAILQ_REMOVE(&queue, ip, entry);
	cur = ip;
	rc = collector_serve(ip->fd, pump, ip);
	log_component("supervisor");
	close(ip->fd);
	cur = NULL;
	if (ip->done != NULL)
		ip->done(rc, ip->arg);
	free(ip);
}

int
loop_run(struct event_base *base)
{
	lbase = base;
	want_exit = 0;
	for (;;) {
		if (want_exit)
			return 0;
		if (!TAILQ_EMPTY(&queue)) {
			run_one();
			continue;
		}
		if (event_base_dispatch(base) == -1)
			return -1;
		/* dispatch returns on our loopbreak (something queued), on
		 * loop_exit, on somebody else's break or when idle */
		if (want_exit || TAILQ_EMPTY(&queue))
			return 0;
	}
}

void
loop_exit(struct event_base *base)
{
	want_exit = 1;
	event_base_loopbreak(base);
}

void
inproc_abort_all(void)
{
	struct inproc *ip;
	void (*done)(int, void *);

	while ((ip = TAILQ_FIRST(&queue)) != NULL) {
		TAILQ_REMOVE(&queue, ip, entry);
		close(ip->fd);
		if (ip->done != NULL)
			ip->done(-1, ip->arg);
		free(ip);
	}
	if (cur != NULL && cur->done != NULL) {
		done = cur->done;
		cur->done = NULL;
		shutdown(cur->fd, SHUT_RDWR);
		done(-1, cur->arg);
	}
}

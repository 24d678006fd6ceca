/* collect_to: collect_to_dir(), a run without a core (--collect-to DIR);
 * see collect.h. */
#include "supervisor/collect.h"
#include "supervisor/collect_int.h"
#include "supervisor/inproc.h"
#include "supervisor/sink.h"
#include "common/config.h"
#include "common/log.h"

#include <sys/stat.h>

#include <errno.h>
#include <signal.h>

#include <event2/event.h>

/* ---- --collect-to ------------------------------------------------------- */

struct local {
	struct event_base	*base;
	int			 status;
	int			 done;
};

static void
local_finish(struct run *r, int status, void *arg)
{
	struct local *l = arg;

	l->status = status;
	l->done = 1;
	loop_exit(l->base);
}

static void
local_signal(evutil_socket_t sig, short ev, void *arg)
{
	struct local *l = arg;

	log_warnx("collect-to: interrupted by signal %d", (int)sig);
	collect_shutdown(NULL);
	l->status = 1;
	loop_exit(l->base);
}

int
collect_to_dir(struct event_base *base, const struct config *cfg,
    const char *dir)
{
	struct local l = { base, 2, 0 };
	struct event *sigint, *sigterm;
	json_object *names;
	struct run *r;

	if (mkdir(dir, 0700) == -1 && errno != EEXIST) {
		log_warn("collect-to: cannot create %s", dir);
		return 2;
	}
	names = config_get(cfg, "resotoworker.collector");
	r = co_run_new(NULL, cfg, NULL, "collect", "collect-to", "collect");
	if (names == NULL || json_object_array_length(names) == 0) {
		/* the useful default of a core-free collect */
		log_info("collect-to: no collector configured "
		    "(resotoworker.collector): running example and random");
		json_object_put(r->names);
		r->names = json_object_new_array();
		json_object_array_add(r->names, json_object_new_string("example"));
		json_object_array_add(r->names, json_object_new_string("random"));
		json_object_object_add(r->sections, "random",
		    co_copy_json(config_section(cfg, "random")));
		json_object_object_add(r->sections, "example",
		    co_copy_json(config_section(cfg, "example")));
	}
	r->sink = sink_dir(base, dir);
	r->on_finish = local_finish;
	r->finish_arg = &l;
	sigint = evsignal_new(base, SIGINT, local_signal, &l);
	sigterm = evsignal_new(base, SIGTERM, local_signal, &l);
	if (sigint == NULL || sigterm == NULL)
		fatalx("collect-to: out of memory");
	evsignal_add(sigint, NULL);
	evsignal_add(sigterm, NULL);
	co_run_start(r, cfg);
	if (loop_run(base) == -1)
		log_warnx("collect-to: event loop failed");
	if (!l.done) {
		collect_shutdown(NULL);
		l.status = 1;
	}
	event_free(sigint);
	event_free(sigterm);
	return l.status;
}

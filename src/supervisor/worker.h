/*
 * worker: the supervisor's wiring. Owns struct worker (the event_base, the
 * options, the running configuration, the signal events) and the life of
 * the daemon: start, reload (SIGHUP, or a new configuration from the core),
 * stop (SIGTERM/SIGINT: take no new work, let running work finish within
 * resotoworker.shutdown_grace seconds, then kill what is left) and exit.
 *
 * Extension points for the other supervisor modules: worker_start() (start
 * the core session, the web server), worker_reconfigure() (react to new
 * values), worker_stop() (tell children to stop), worker_kill() (kill what
 * is left). Work in flight is counted with worker_hold()/worker_release():
 * while stopping, the loop ends when the count reaches 0.
 */
#ifndef RW_WORKER_H
#define RW_WORKER_H

#include <stddef.h>

#include <json-c/json.h>

struct event;
struct event_base;
struct options;
struct config;
struct cfg_section;
struct signals;
struct core;
struct web;
struct plugins;

struct worker {
	struct event_base	*base;
	struct options		*opts;
	struct config		*cfg;		/* the running configuration */
	const struct cfg_section *const *sections; /* collectors' sections, NULL-terminated */
	json_object		*core_doc;	/* the core's document, NULL: none yet */
	struct signals		*sigs;
	struct event		*grace;		/* shutdown grace timer */
	int			 running;	/* 1 while taking work */
	int			 stop_sig;	/* the signal that stopped it */
	int			 busy;		/* work in flight (worker_hold) */
	struct core		*core;		/* the session with the core (core.h) */
	struct web		*web;		/* /health, /metrics, /info (web.h) */
	struct plugins		*plugins;	/* the action plugins (plugins.h) */
};

/* Take over opts and cfg; create the event_base and the signal events. */
int	worker_init(struct worker *, struct options *, struct config *,
	    const struct cfg_section *const *sections, char *err, size_t errlen);
/* Begin: after this the daemon is ready (pidfile written, start-up
 * reported). -1 with the reason in err. */
int	worker_start(struct worker *, char *err, size_t errlen);
/* Run the loop until stopped; the exit status. */
int	worker_run(struct worker *);
/* SIGHUP: re-read the file (the core document is kept). */
void	worker_reload(struct worker *);
/* Build the configuration anew (core_doc NULL: keep the last one) and swap
 * it in. Keys that need a restart keep their running value and are logged.
 * A configuration that fails to build is logged and the old one stays: -1. */
int	worker_reconfigure(struct worker *, json_object *core_doc);
/* SIGTERM/SIGINT; a second one kills at once. */
void	worker_stop(struct worker *, int sig);
void	worker_kill(struct worker *);
void	worker_hold(struct worker *);
void	worker_release(struct worker *);
void	worker_free(struct worker *);

#endif

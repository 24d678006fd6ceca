/* worker: see worker.h. */
#include "config.h"
#include "supervisor/worker.h"
#include "supervisor/core.h"
#include "supervisor/dispatch.h"
#include "supervisor/daemon.h"
#include "supervisor/options.h"
#include "supervisor/cleanup.h"
#include "supervisor/collect.h"
#include "supervisor/tag.h"
#include "supervisor/inproc.h"
#include "supervisor/homefiles.h"
#include "supervisor/spool.h"
#include "supervisor/web.h"
#include "supervisor/plugins/plugins.h"
#include "common/config.h"
#include "common/log.h"

#include <signal.h>
#include <string.h>

#include <event2/event.h>

static void
on_stop(int sig, void *arg)
{
	worker_stop(arg, sig);
}

static void
on_reload(void *arg)
{
	worker_reload(arg);
}

int
worker_init(struct worker *w, struct options *opts, struct config *cfg,
    const struct cfg_section *const *sections, char *err, size_t errlen)
{
	memset(w, 0, sizeof(*w));
	w->opts = opts;
	w->cfg = cfg;
	w->sections = sections;
	if ((w->base = event_base_new()) == NULL) {
		snprintf(err, errlen, "cannot create the event loop");
		return -1;
	}
	w->sigs = signals_new(w->base, on_stop, on_reload, w);
	return 0;
}

/* The core's document for this worker (NULL: it holds none). */
static void
on_core_config(struct core *c, json_object *doc, void *arg)
{
	struct worker *w = arg;
	json_object *none;

	web_core_ready(w->web);	/* the REST client is ready now */
	if (doc != NULL)
		worker_reconfigure(w, doc);
	else if (w->core_doc != NULL) {
		none = json_object_new_object();	/* deleted in the core */
		worker_reconfigure(w, none);
		json_object_put(none);
	}
}

/* the TLS trust and the configuration are ready: the action plugins */
static void
on_core_run(struct core *c, void *arg)
{
	struct worker *w = arg;

	if (w->plugins == NULL)
		w->plugins = plugins_start(c);
}

static const struct core_cbs worker_core_cbs = {
	worker_on_action, worker_on_task, on_core_config, on_core_run
};

/* collect and cleanup runs and tag tasks count as work in flight; a
 * cleanup waiting for the collect of its task may start when one ends */
static void
on_busy(void *arg, int delta)
{
	if (delta > 0)
		worker_hold(arg);
	else {
		worker_release(arg);
		cleanup_kick();
	}
}

int
worker_start(struct worker *w, char *err, size_t errlen)
{
	const char *tempdir = config_str(w->cfg, "resotoworker.tempdir");

	/* our own spool directory (what crashed instances left there is
	 * removed first); an unsafe tempdir refuses the start */
	if (spool_private_dir(tempdir, err, errlen) == NULL)
		return -1;
	if (collect_init(w->base, w->opts->syslog, on_busy, w, err,
	    errlen) == -1)
		return -1;
	tag_init(on_busy, w);
	cleanup_init(w->base, w->opts->syslog, on_busy, w);
	homefiles_write(w->cfg, NULL);
	w->running = 1;
	w->core = core_new(w->base, w->opts, w->cfg, &worker_core_cbs, w);
	core_start(w->core);
	w->web = web_new(w->base, w->opts, w->cfg, w->core);
	log_info("resotoworker %s (subscriber %s, core %s): waiting for work",
	    PACKAGE_VERSION, w->opts->subscriber_id, w->opts->core_uri);
	return 0;
}

int
worker_run(struct worker *w)
{
	if (loop_run(w->base) == -1) {
		log_errorx("event loop failed");
		return 1;
	}
	log_info("stopped");
	return 0;
}

static void
on_grace(evutil_socket_t fd, short what, void *arg)
{
	struct worker *w = arg;

	log_warnx("shutdown grace period over: killing what is left");
	worker_kill(w);
}

static const char *
signame(int sig)
{
	return sig == SIGTERM ? "SIGTERM" : sig == SIGINT ? "SIGINT" :
	    strsignal(sig);
}

void
worker_stop(struct worker *w, int sig)
{
	struct timeval tv = { 0, 0 };

	if (!w->running) {
		log_warnx("%s again: stopping now", signame(sig));
		worker_kill(w);
		return;
	}
	w->running = 0;
	w->stop_sig = sig;
	log_info("%s: stopping, no new work", signame(sig));
	cleanup_stop();		/* what is in flight finishes, then written back */
	/* extension: the session stops taking work, children are told to stop */
	if (w->busy == 0) {
		loop_exit(w->base);
		return;
	}
	tv.tv_sec = config_int(w->cfg, "resotoworker.shutdown_grace");
	log_info("waiting up to %llds for %d running job(s)",
	    (long long)tv.tv_sec, w->busy);
	w->grace = evtimer_new(w->base, on_grace, w);
	evtimer_add(w->grace, &tv);
}

void
worker_kill(struct worker *w)
{
	char why[64];

	/* children killed, spools removed; each collect and cleanup is
	 * answered (what was done, what was not) before the loop ends, and
	 * the session's close sends the answers on their way (core_free) */
	snprintf(why, sizeof(why), "the worker was stopped (%s)",
	    signame(w->stop_sig ? w->stop_sig : SIGTERM));
	cleanup_shutdown(why);
	collect_shutdown(why);
	loop_exit(w->base);
}

void
worker_hold(struct worker *w)
{
	w->busy++;
}

void
worker_release(struct worker *w)
{
	if (w->busy > 0 && --w->busy == 0 && !w->running)
		loop_exit(w->base);
}

void
worker_reload(struct worker *w)
{
	log_info("SIGHUP: reloading %s", w->opts->config_file);
	worker_reconfigure(w, NULL);
}

struct change {
	const struct config	*old;
	struct config		*new;
	int			 n;
	int			 files;		/* the files for $HOME changed */
};

static const char *
shown(const struct cfg_key *k, json_object *v)
{
	if ((k->flags & CFG_SECRET) || config_has_secret(k, v))
		return "(secret)";
	return json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
}

static void
on_change(const char *path, const struct cfg_key *k, void *arg)
{
	struct change *c = arg;
	json_object *old = config_get(c->old, path), *keep = NULL;
	char err[256];

	c->n++;
	if (strcmp(path, "resotoworker.files_in_home_dir") == 0 ||
	    strcmp(path, "resotoworker.write_files_to_home_dir") == 0)
		c->files = 1;
	if (k->flags & CFG_RESTART) {
		log_warnx("%s changed to %s; that takes a restart, "
		    "keeping %s until then", path, shown(k, config_get(c->new,
		    path)), shown(k, old));
		json_object_deep_copy(old, &keep, NULL);
		if (config_set_json(c->new, path, keep, err, sizeof(err)) == -1)
			log_warnx("keeping %s: %s", path, err);
		return;
	}
	log_info("%s changed: %s -> %s", path, shown(k, old),
	    shown(k, config_get(c->new, path)));
}

int
worker_reconfigure(struct worker *w, json_object *core_doc)
{
	struct change c = { w->cfg, NULL, 0, 0 };
	char err[1024];

	if (worker_config_build(&c.new, w->opts, w->sections,
	    core_doc ? core_doc : w->core_doc, err, sizeof(err)) == -1) {
		log_errorx("configuration not changed: %s", err);
		return -1;
	}
	if (core_doc != NULL) {
		json_object_put(w->core_doc);
		w->core_doc = json_object_get(core_doc);
	}
	config_changes(w->cfg, c.new, on_change, &c);
	if (c.n == 0)
		log_info("configuration reloaded: nothing changed");
	config_free(w->cfg);
	w->cfg = c.new;
	if (c.files)
		homefiles_write(w->cfg, NULL);
	if (w->core != NULL)
		core_set_config(w->core, w->cfg);
	/* extension: modules that cache configuration values refresh here */
	return 0;
}

void
worker_free(struct worker *w)
{
	cleanup_shutdown(NULL);
	collect_free();
	spool_private_cleanup();
	web_free(w->web);
	plugins_free(w->plugins);
	core_free(w->core);
	if (w->grace != NULL)
		event_free(w->grace);
	signals_free(w->sigs);
	if (w->base != NULL)
		event_base_free(w->base);
	json_object_put(w->core_doc);
	config_free(w->cfg);
	memset(w, 0, sizeof(*w));
}

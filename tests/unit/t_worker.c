/* Unit tests of the supervisor's life (src/supervisor/worker.c, daemon.c):
 * SIGTERM with and without work in flight, the grace period, a second
 * signal, SIGHUP and configurations from the core. */
#include "t.h"
#include "common/config.h"
#include "common/log.h"
#include "supervisor/homefiles.h"
#include "supervisor/options.h"
#include "supervisor/worker.h"
#include "common/buf.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <event2/event.h>

static char dir[] = "/tmp/t_worker.XXXXXX";
static char conf[512];
static int safety_fired;

static void
write_conf(const char *text)
{
	FILE *fp = fopen(conf, "w");

	fputs(text, fp);
	fclose(fp);
	chmod(conf, 0600);
}

/* a worker on conf with the given --override */
static void
setup(struct worker *w, struct options *o, const char *override)
{
	char *argv[] = { "resotoworker", "--config", conf, "--override",
	    (char *)override, NULL };
	struct config *cfg;
	char err[512];

	CHECK_INT(options_parse(override ? 5 : 3, argv, o, err, sizeof(err)), 0);
	CHECK_INT(worker_config_build(&cfg, o, NULL, NULL, err, sizeof(err)), 0);
	CHECK_INT(worker_init(w, o, cfg, NULL, err, sizeof(err)), 0);
	CHECK_INT(worker_start(w, err, sizeof(err)), 0);
}

static void
on_safety(evutil_socket_t fd, short what, void *arg)
{
	safety_fired = 1;
	event_base_loopbreak(arg);
}

/* run the loop; a broken shutdown ends at the 30 s safety timer and fails */
static int
run(struct worker *w)
{
	struct timeval tv = { 30, 0 };
	struct event *safety = evtimer_new(w->base, on_safety, w->base);
	int rc;

	safety_fired = 0;
	evtimer_add(safety, &tv);
	rc = worker_run(w);
	event_free(safety);
	CHECK(!safety_fired);
	return rc;
}

struct action {
	struct worker	*w;
	int		 what;	/* a signal, or 0: worker_release */
};

static void
on_action(evutil_socket_t fd, short what, void *arg)
{
	struct action *a = arg;

	if (a->what == 0)
		worker_release(a->w);
	else
		raise(a->what);
}

static void
later(struct worker *w, struct action *a, int what, int ms)
{
	struct timeval tv = { 0, ms * 1000 };

	a->w = w;
	a->what = what;
	event_base_once(w->base, -1, EV_TIMEOUT, on_action, a, &tv);
}

static void
test_stop_idle(void)
{
	struct worker w;
	struct options o;
	struct action a;

	setup(&w, &o, NULL);
	CHECK(w.running);
	later(&w, &a, SIGTERM, 0);
	CHECK_INT(run(&w), 0);
	CHECK(!w.running);
	worker_free(&w);
	options_free(&o);
}

static void
test_stop_busy(void)
{
	struct worker w;
	struct options o;
	struct action a, b;

	/* the work ends within the grace period: the loop ends with it */
	setup(&w, &o, "resotoworker.shutdown_grace=3600");
	worker_hold(&w);
	worker_hold(&w);
	worker_release(&w);
	later(&w, &a, SIGINT, 0);
	later(&w, &b, 0, 50);
	CHECK_INT(run(&w), 0);
	CHECK_INT(w.busy, 0);
	worker_free(&w);
	options_free(&o);

	/* the work does not end: the grace period does */
	setup(&w, &o, "resotoworker.shutdown_grace=0");
	worker_hold(&w);
	later(&w, &a, SIGTERM, 0);
	CHECK_INT(run(&w), 0);
	CHECK_INT(w.busy, 1);
	worker_free(&w);
	options_free(&o);

	/* a second signal does not wait for the grace period */
	setup(&w, &o, "resotoworker.shutdown_grace=3600");
	worker_hold(&w);
	later(&w, &a, SIGTERM, 0);
	later(&w, &b, SIGTERM, 50);
	CHECK_INT(run(&w), 0);
	worker_free(&w);
	options_free(&o);
}

static void
on_hup_check(evutil_socket_t fd, short what, void *arg)
{
	struct worker *w = arg;
	static int step;

	switch (step++) {
	case 0:		/* after the first SIGHUP */
		CHECK_INT(config_int(w->cfg, "resotoworker.pool_size"), 8);
		/* a restart key keeps its running value */
		CHECK_INT(config_int(w->cfg, "resotoworker.web_port"), 9000);
		write_conf("resotoworker = { pool_size = ; };\n");
		raise(SIGHUP);
		break;
	case 1:		/* after the broken file */
		CHECK_INT(config_int(w->cfg, "resotoworker.pool_size"), 8);
		raise(SIGTERM);
		break;
	}
}

static void
test_reload(void)
{
	struct worker w;
	struct options o;
	struct timeval tv = { 0, 100000 };
	struct event *ev;

	write_conf("resotoworker = { pool_size = 7; web_port = 9000; };\n");
	setup(&w, &o, NULL);
	CHECK_INT(config_int(w.cfg, "resotoworker.pool_size"), 7);
	write_conf("resotoworker = { pool_size = 8; web_port = 9001; };\n");
	raise(SIGHUP);
	ev = event_new(w.base, -1, EV_PERSIST, on_hup_check, &w);
	event_add(ev, &tv);
	CHECK_INT(run(&w), 0);
	event_free(ev);
	worker_free(&w);
	options_free(&o);
}

static void
test_core_doc(void)
{
	struct worker w;
	struct options o;
	json_object *doc = json_tokener_parse("{\"resotoworker\":{\"pool_size\":3,"
	    "\"graph\":\"g2\"}}"), *bad = json_object_new_array();

	write_conf("resotoworker = { pool_size = 7; timeout = 60; };\n");
	setup(&w, &o, "resotoworker.graph=local");
	CHECK_INT(worker_reconfigure(&w, doc), 0);
	CHECK_INT(config_int(w.cfg, "resotoworker.pool_size"), 3);
	CHECK_INT(config_int(w.cfg, "resotoworker.timeout"), 60);
	CHECK_STR(config_str(w.cfg, "resotoworker.graph"), "local");	/* override wins */
	/* a reload of the file keeps the core's document */
	write_conf("resotoworker = { pool_size = 7; timeout = 61; };\n");
	CHECK_INT(worker_reconfigure(&w, NULL), 0);
	CHECK_INT(config_int(w.cfg, "resotoworker.pool_size"), 3);
	CHECK_INT(config_int(w.cfg, "resotoworker.timeout"), 61);
	/* a bad document changes nothing */
	CHECK_INT(worker_reconfigure(&w, bad), -1);
	CHECK_INT(config_int(w.cfg, "resotoworker.pool_size"), 3);
	json_object_put(doc);
	json_object_put(bad);
	worker_free(&w);
	options_free(&o);
}

/* files_in_home_dir paths: below $HOME or refused */
static void
test_home_paths(void)
{
	static const struct { const char *path, *want; } ok[] = {
		{ ".aws/credentials", ".aws/credentials" },
		{ "~/.kube/config", ".kube/config" },
		{ "/home/u/x", "x" },
		{ "/home/u//a/./b/../c", "a/c" },
		{ "a/../b", "b" },
		{ NULL, NULL }
	};
	static const char *const bad[] = { "", "~", "~root/x", "/etc/passwd",
	    "/home/user2/x", "/home/u", "../x", "a/../../x", "/home/u/..",
	    ".", NULL };
	struct buf out = BUF_INIT;
	char err[256];
	int i;

	for (i = 0; ok[i].path != NULL; i++) {
		CHECK_INT(homefiles_path("/home/u/", ok[i].path, &out, err,
		    sizeof(err)), 0);
		CHECK_STR(buf_str(&out), ok[i].want);
	}
	for (i = 0; bad[i] != NULL; i++)
		CHECK_INT(homefiles_path("/home/u", bad[i], &out, err,
		    sizeof(err)), -1);
	CHECK_INT(homefiles_path("/", "/etc/x", &out, err, sizeof(err)), 0);
	CHECK_STR(buf_str(&out), "etc/x");
	buf_free(&out);
}

int
main(void)
{
	char cmd[600];

	log_init(LOG_LVL_ERROR, 0);
	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(conf, sizeof(conf), "%s/w.conf", dir);
	write_conf("resotoworker = { pool_size = 7; };\n");
	test_stop_idle();
	test_stop_busy();
	test_reload();
	test_core_doc();
	test_home_paths();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return t_done();
}

/* main: entry point of resotoworker (supervisor and collector modes). */
#include "config.h"
#include "common/config.h"
#include "common/log.h"
#include "collector/collector.h"
#include "supervisor/daemon.h"
#include "supervisor/fdlimit.h"
#include "supervisor/options.h"
#include "supervisor/pidfile.h"
#include "supervisor/worker.h"
#include "supervisor/childmode.h"
#include "supervisor/collect.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

static const char *
or_none(const char *s)
{
	return s ? s : "(none)";
}

/* --check-config: the effective configuration as a valid libconfig file,
 * what the command line and environment set as comments above it */
static void
check_config(const struct options *o, const struct config *cfg, FILE *fp)
{
	char uri[4096];

	snprintf(uri, sizeof(uri), "%s", o->core_uri);
	log_redact(uri);
	fprintf(fp, "# resotoworker %s: effective configuration "
	    "(secrets shown as \"***\")\n", PACKAGE_VERSION);
	fprintf(fp, "# subscriber-id:   %s\n", o->subscriber_id);
	fprintf(fp, "# resotocore-uri:  %s\n", uri);
	fprintf(fp, "# psk:             %s\n", o->psk ? "*** (set)" : "(none)");
	fprintf(fp, "# config:          %s%s\n", o->config_file,
	    !o->config_given && access(o->config_file, F_OK) == -1 ?
	    " (not found: defaults)" : "");
	fprintf(fp, "# ca-cert:         %s\n", or_none(o->ca_cert));
	fprintf(fp, "# cert:            %s\n", or_none(o->cert));
	fprintf(fp, "# cert-key:        %s\n", or_none(o->cert_key));
	fprintf(fp, "# cert-key-pass:   %s\n", o->cert_key_pass ? "*** (set)" :
	    "(none)");
	fprintf(fp, "# verify-certs:    %s\n", o->verify_certs ? "yes" : "no");
	fprintf(fp, "# overrides:       %zu\n", o->noverrides);
	fprintf(fp, "# pidfile:         %s\n", or_none(o->pidfile));
	fprintf(fp, "# log:             %s, %s\n", o->quiet ? "errors only" :
	    o->verbose ? "debug" : "info", o->syslog ? "syslog" : "stderr");
	fprintf(fp, "\n");
	config_dump(cfg, fp, 1);
}

/* --collect-to DIR: one collect without a core (collect.h) */
static int
collect_to(const struct options *o, const struct config *cfg)
{
	struct event_base *base;
	char err[256];
	int rc;

	if ((base = event_base_new()) == NULL) {
		log_errorx("cannot create the event loop");
		return 2;
	}
	if (collect_init(base, o->syslog, NULL, NULL, err, sizeof(err)) == -1) {
		log_errorx("%s", err);
		collect_free();
		event_base_free(base);
		return 2;
	}
	rc = collect_to_dir(base, cfg, o->collect_to);
	collect_free();
	event_base_free(base);
	return rc;
}

static int
run(struct options *o, struct config *cfg)
{
	struct worker w;
	char err[1024];
	int rc;

	if (o->daemonize && daemon_start(err, sizeof(err)) == -1) {
		log_errorx("%s", err);
		config_free(cfg);
		return 1;
	}
	if (o->pidfile != NULL &&
	    pidfile_create(o->pidfile, err, sizeof(err)) == -1) {
		log_errorx("%s", err);
		daemon_fail(err);
		config_free(cfg);
		return 1;
	}
	if (worker_init(&w, o, cfg, collector_config_sections(), err, sizeof(err)) == -1 ||
	    worker_start(&w, err, sizeof(err)) == -1) {
		log_errorx("%s", err);
		daemon_fail(err);
		worker_free(&w);
		if (o->pidfile != NULL)
			pidfile_remove(o->pidfile);
		return 1;
	}
	daemon_ready();
	rc = worker_run(&w);
	worker_free(&w);
	if (o->pidfile != NULL)
		pidfile_remove(o->pidfile);
	return rc;
}

/* Descriptors 0-2 open (on /dev/null when they were closed), so that no
 * file the worker opens later (a spool, a socket) becomes one of them and
 * receives log output or is taken for "no descriptor". */
static void
stdio_open(void)
{
	int fd;

	while ((fd = open("/dev/null", O_RDWR)) != -1 && fd <= STDERR_FILENO)
		;
	if (fd > STDERR_FILENO)
		close(fd);
}

int
main(int argc, char *argv[])
{
	struct options opts;
	struct config *cfg = NULL;
	char err[1024];
	int rc;

	/* a collector child: started by the supervisor, which sets its
	 * options; nothing of the supervisor's command line applies */
	if (argc > 1 && strcmp(argv[1], "--collector-child") == 0)
		return childmode_main(argc, argv);
	stdio_open();
	log_init(LOG_LVL_INFO, 0);
	log_component("supervisor");
	if (options_parse(argc, argv, &opts, err, sizeof(err)) == -1) {
		log_redact(err);	/* a URI's password */
		fprintf(stderr, "resotoworker: %s\n", err);
		options_usage(stderr);
		options_hide_secrets(&opts, NULL);
		options_free(&opts);
		return 2;
	}
	if (opts.help || opts.version) {
		if (opts.help)
			options_help(stdout);
		else
			printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		options_free(&opts);
		return 0;
	}
	log_setlevel(opts.quiet ? LOG_LVL_ERROR : opts.verbose ?
	    LOG_LVL_DEBUG : LOG_LVL_INFO);
	log_syslog(opts.syslog);
	log_secret(opts.psk);
	log_secret(opts.cert_key_pass);
	options_absolute_paths(&opts);
	rc = worker_config_build(&cfg, &opts, collector_config_sections(), NULL, err,
	    sizeof(err));
	options_hide_secrets(&opts, cfg);
	if (rc == 0)
		rc = options_check_files(&opts, err, sizeof(err));
	if (rc == -1) {
		if (opts.check_config) {
			log_redact(err);
			fprintf(stderr, "resotoworker: %s\n", err);
		}
		else
			log_errorx("%s", err);
		config_free(cfg);
		options_free(&opts);
		return 1;
	}
	if (opts.check_config) {
		check_config(&opts, cfg, stdout);
		config_free(cfg);
		options_free(&opts);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	/* descriptors: as many as the hard limit allows (collects size
	 * their pools to it, fdlimit.h) */
	fdlimit_raise();
	if (opts.collect_to != NULL) {
		rc = collect_to(&opts, cfg);
		config_free(cfg);
		options_free(&opts);
		return rc;
	}
	rc = run(&opts, cfg);
	options_free(&opts);
	log_secrets_clear();
	return rc;
}

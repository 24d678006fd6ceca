/* Unit tests of the command line, the environment and the precedence of
 * the configuration sources (src/supervisor/options.c). */
#include "t.h"
#include "common/config.h"
#include "common/log.h"
#include "supervisor/options.h"

#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static const struct cfg_key cloud_keys[] = {
	{ "regions", CFG_STRING_LIST, "[]", 0, "regions" },
	{ "secret_access_key", CFG_STRING, NULL, CFG_NULLABLE | CFG_SECRET, "key" },
	{ NULL, 0, NULL, 0, NULL }
};
static const struct cfg_section cloud_section = { "cloud", cloud_keys, "test" };
static const struct cfg_section *const sections[] = { &cloud_section, NULL };

static char dir[] = "/tmp/t_options.XXXXXX";

static void
clear_env(void)
{
	char name[128], *eq;
	int i;

	for (i = 0; environ[i] != NULL; ) {
		if (strncmp(environ[i], "RESOTOWORKER_", 13) == 0 &&
		    (eq = strchr(environ[i], '=')) != NULL) {
			snprintf(name, sizeof(name), "%.*s", (int)(eq - environ[i]),
			    environ[i]);
			unsetenv(name);
			i = 0;
			continue;
		}
		i++;
	}
}

/* parse a NULL-terminated argument list (argv[0] added) */
static int
parse(struct options *o, char *err, size_t errlen, ...)
{
	static char *argv[32];
	va_list ap;
	int argc = 0;

	argv[argc++] = "resotoworker";
	va_start(ap, errlen);
	while ((argv[argc] = va_arg(ap, char *)) != NULL)
		argc++;
	va_end(ap);
	err[0] = '\0';
	return options_parse(argc, argv, o, err, errlen);
}

static void
bad(const char *want, ...)
{
	struct options o;
	char err[512] = "", *argv[32];
	va_list ap;
	int argc = 0;

	argv[argc++] = "resotoworker";
	va_start(ap, want);
	while ((argv[argc] = va_arg(ap, char *)) != NULL)
		argc++;
	va_end(ap);
	CHECK_INT(options_parse(argc, argv, &o, err, sizeof(err)), -1);
	CHECK_STR(err, want);
	options_free(&o);
}

static void
test_defaults(void)
{
	struct options o;
	char err[256];

	clear_env();
	CHECK_INT(parse(&o, err, sizeof(err), NULL), 0);
	CHECK_STR(o.subscriber_id, "resoto.worker");
	CHECK_STR(o.core_uri, "https://localhost:8900");
	CHECK_STR(o.config_file, SYSCONFDIR "/resotoworker/resotoworker.conf");
	CHECK(o.psk == NULL);
	CHECK(!o.config_given);
	CHECK_INT(o.fork, -1);
	CHECK_INT(o.verify_certs, 1);
	CHECK_INT(o.noverrides, 0);
	CHECK(o.overrides[0] == NULL);
	CHECK(!o.verbose && !o.quiet && !o.daemonize && !o.check_config);
	options_free(&o);
}

static void
test_cli(void)
{
	struct options o;
	char err[256];

	clear_env();
	CHECK_INT(parse(&o, err, sizeof(err), "--subscriber-id", "w1", "--psk",
	    "k3y", "--resotocore-uri=http://core:8900", "--override",
	    "resotoworker.pool_size=10", "cloud.regions=a,b", "-v", "--ca-cert",
	    "ca.pem", "--cert", "c.pem", "--cert-key", "k.pem", "--cert-key-pass",
	    "pass", "--no-verify-certs", "--no-fork", "--config", "x.conf",
	    "--pidfile", "/run/r.pid", "--daemonize", "--syslog", NULL), 0);
	CHECK_STR(err, "");
	CHECK_STR(o.subscriber_id, "w1");
	CHECK_STR(o.psk, "k3y");
	CHECK_STR(o.core_uri, "http://core:8900");
	CHECK_INT(o.noverrides, 2);
	CHECK_STR(o.overrides[0], "resotoworker.pool_size=10");
	CHECK_STR(o.overrides[1], "cloud.regions=a,b");
	CHECK(o.overrides[2] == NULL);
	CHECK(o.verbose);
	CHECK_STR(o.ca_cert, "ca.pem");
	CHECK_STR(o.cert, "c.pem");
	CHECK_STR(o.cert_key, "k.pem");
	CHECK_STR(o.cert_key_pass, "pass");
	CHECK_INT(o.verify_certs, 0);
	CHECK_INT(o.fork, 0);
	CHECK_STR(o.config_file, "x.conf");
	CHECK(o.config_given);
	CHECK_STR(o.pidfile, "/run/r.pid");
	CHECK(o.daemonize && o.syslog);
	CHECK_INT(o.nargv_secrets, 2);
	options_absolute_paths(&o);
	CHECK(o.config_file[0] == '/' && strstr(o.config_file, "/x.conf") != NULL);
	CHECK(o.ca_cert[0] == '/');
	CHECK_STR(o.pidfile, "/run/r.pid");
	options_free(&o);

	/* later options win; the overrides end at the next option */
	CHECK_INT(parse(&o, err, sizeof(err), "--fork", "--fork",
	    "--override=a.b=1", "--override", "c.d=2", "e.f=3", "--quiet",
	    "--check-config", "--collect-to", "/tmp/out", "--psk", "",
	    "--version", "-h", NULL), 0);
	CHECK_INT(o.fork, 1);
	CHECK_INT(o.noverrides, 3);
	CHECK_STR(o.overrides[0], "a.b=1");
	CHECK_STR(o.overrides[2], "e.f=3");
	CHECK(o.quiet && o.check_config && o.version && o.help);
	CHECK_STR(o.collect_to, "/tmp/out");
	CHECK(o.psk == NULL);
	options_free(&o);
	/* the child mode's own options follow --collector-child */
	setenv("RESOTOWORKER_VERBOSE", "bad", 1);
	CHECK_INT(parse(&o, err, sizeof(err), "--collector-child",
	    "--log-level=3", NULL), 0);
	CHECK(o.collector_child);
	CHECK(!o.verbose);
	options_free(&o);
	clear_env();
	CHECK_INT(parse(&o, err, sizeof(err), "--trace", NULL), 0);
	CHECK(o.verbose);
	options_free(&o);
}

static void
test_usage_errors(void)
{
	struct options o;
	char err[256];

	clear_env();
	bad("unknown option '--bogus'", "--bogus", NULL);
	bad("unknown option '--psk-file'", "--psk-file=x", NULL);
	bad("unknown option '-x'", "-vx", NULL);
	bad("option '--psk' needs an argument (KEY)", "--psk", NULL);
	bad("option '--override' needs an argument (PATH=VALUE ...)", "--override", NULL);
	bad("option '--fork' takes no value", "--fork=yes", NULL);
	bad("unexpected argument 'extra'", "extra", NULL);
	bad("unexpected argument 'extra'", "--", "extra", NULL);
	bad("unexpected argument '-'", "-", NULL);
	bad("--verbose and --quiet exclude each other", "-v", "--quiet", NULL);
	bad("--resotocore-uri 'localhost:8900' is not an http:// or https:// URI",
	    "--resotocore-uri", "localhost:8900", NULL);
	bad("--subscriber-id must not be empty", "--subscriber-id", "", NULL);
	bad("--config must name a file", "--config=", NULL);
	bad("--cert and --cert-key go together", "--cert", "c.pem", NULL);
	bad("--cert-key-pass needs --cert-key", "--cert-key-pass", "x", NULL);
	bad("--override 'pool_size=1': expected section.key=value", "--override",
	    "pool_size=1", NULL);
	bad("--override 'resotoworker.pool_size': expected section.key=value",
	    "--override", "resotoworker.pool_size", NULL);
	bad("--daemonize does not go with --check-config", "--daemonize",
	    "--check-config", NULL);
	bad("--daemonize does not go with --collect-to", "--daemonize",
	    "--collect-to", "/tmp/x", NULL);
	bad("--collector-child is internal and must be the first argument",
	    "-v", "--collector-child", NULL);
	/* issue 9: contradictions, ids that break printed lines, URIs that
	 * could only be retried forever */
	bad("--fork and --no-fork contradict each other", "--fork",
	    "--no-fork", NULL);
	bad("--no-fork and --fork contradict each other", "--no-fork", "-v",
	    "--fork", NULL);
	bad("--subscriber-id must not hold control characters",
	    "--subscriber-id", "w1\nFAKE LOG LINE", NULL);
	bad("--subscriber-id must not hold control characters",
	    "--subscriber-id=w\x7f", NULL);
	bad("--resotocore-uri: URL http://: bad host", "--resotocore-uri",
	    "http://", NULL);
	bad("--resotocore-uri: URL http://[::1: unterminated [IPv6]",
	    "--resotocore-uri", "http://[::1", NULL);
	bad("--resotocore-uri: URL https://core:99999: bad port",
	    "--resotocore-uri", "https://core:99999", NULL);
	bad("--resotocore-uri: URL http://core:0/x: bad port",
	    "--resotocore-uri", "http://core:0/x", NULL);
	setenv("RESOTOWORKER_SUBSCRIBER_ID", "a\tb", 1);
	bad("--subscriber-id must not hold control characters", NULL);
	clear_env();
	/* the command line still wins over the environment's setting */
	setenv("RESOTOWORKER_FORK", "true", 1);
	CHECK_INT(parse(&o, err, sizeof(err), "--no-fork", NULL), 0);
	CHECK_INT(o.fork, 0);
	options_free(&o);
	clear_env();
}

static void
test_env(void)
{
	struct options o;
	char err[256];

	clear_env();
	setenv("RESOTOWORKER_SUBSCRIBER_ID", "envid", 1);
	setenv("RESOTOWORKER_PSK", "envpsk", 1);
	setenv("RESOTOWORKER_RESOTOCORE_URI", "http://envcore:1", 1);
	setenv("RESOTOWORKER_VERBOSE", "Yes", 1);
	setenv("RESOTOWORKER_FORK", "false", 1);
	setenv("RESOTOWORKER_NO_VERIFY_CERTS", "true", 1);
	setenv("RESOTOWORKER_OVERRIDE", "a.b=1  c.d=2", 1);
	setenv("RESOTOWORKER_CONFIG", "/etc/x.conf", 1);
	setenv("RESOTOWORKER_PIDFILE", "", 1);		/* empty: unset */
	setenv("RESOTOWORKER_HELP", "true", 1);		/* not from the environment */
	CHECK_INT(parse(&o, err, sizeof(err), NULL), 0);
	CHECK_STR(o.subscriber_id, "envid");
	CHECK_STR(o.psk, "envpsk");
	CHECK_STR(o.core_uri, "http://envcore:1");
	CHECK(o.verbose);
	CHECK_INT(o.fork, 0);
	CHECK_INT(o.verify_certs, 0);
	CHECK_INT(o.noverrides, 2);
	CHECK_STR(o.overrides[1], "c.d=2");
	CHECK(o.override_argv[0] == NULL);
	CHECK_STR(o.config_file, "/etc/x.conf");
	CHECK(o.config_given);
	CHECK(o.pidfile == NULL);
	CHECK(!o.help);
	options_free(&o);

	/* the command line wins, also over the environment's overrides */
	CHECK_INT(parse(&o, err, sizeof(err), "--subscriber-id", "cli", "--fork",
	    "--override", "e.f=3", NULL), 0);
	CHECK_STR(o.subscriber_id, "cli");
	CHECK_INT(o.fork, 1);
	CHECK_INT(o.noverrides, 1);
	CHECK_STR(o.overrides[0], "e.f=3");
	CHECK(o.override_argv[0] != NULL);
	options_free(&o);

	clear_env();
	setenv("RESOTOWORKER_OVERRIDE0", "a.b=1", 1);
	setenv("RESOTOWORKER_OVERRIDE7", "c.d=2", 1);
	setenv("RESOTOWORKER_NO_VERIFY_CERTS", "0", 1);
	setenv("RESOTOWORKER_NO_FORK", "true", 1);
	CHECK_INT(parse(&o, err, sizeof(err), NULL), 0);
	CHECK_INT(o.noverrides, 2);
	CHECK_STR(o.overrides[1], "c.d=2");
	CHECK_INT(o.verify_certs, 1);
	CHECK_INT(o.fork, 0);
	options_free(&o);

	setenv("RESOTOWORKER_FORK", "true", 1);
	CHECK_INT(parse(&o, err, sizeof(err), NULL), -1);
	CHECK_STR(err, "RESOTOWORKER_FORK and RESOTOWORKER_NO_FORK contradict each other");
	options_free(&o);
	setenv("RESOTOWORKER_FORK", "false", 1);	/* agrees with NO_FORK */
	CHECK_INT(parse(&o, err, sizeof(err), NULL), 0);
	CHECK_INT(o.fork, 0);
	options_free(&o);

	clear_env();
	setenv("RESOTOWORKER_QUIET", "maybe", 1);
	CHECK_INT(parse(&o, err, sizeof(err), NULL), -1);
	CHECK_STR(err, "RESOTOWORKER_QUIET: 'maybe' is not a boolean "
	    "(true/false/1/0/yes/no)");
	options_free(&o);
	clear_env();
}

static const char *
file(const char *name, const char *text)
{
	static char path[512];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "w");
	fputs(text, fp);
	fclose(fp);
	chmod(path, 0600);
	return path;
}

static void
test_build(void)
{
	struct options o;
	struct config *cfg;
	json_object *doc;
	char err[512], missing[600], *conf;

	clear_env();
	conf = strdup(file("w.conf", "resotoworker = { pool_size = 7; "
	    "fork_process = false; timeout = 60; };\n"
	    "cloud = { regions = [ \"a\" ]; };\n"));
	snprintf(missing, sizeof(missing), "%s/missing.conf", dir);

	/* a missing default file is fine, a named one is not */
	CHECK_INT(parse(&o, err, sizeof(err), NULL), 0);
	free(o.config_file);
	o.config_file = strdup(missing);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), 0);
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 5);
	config_free(cfg);
	options_free(&o);
	CHECK_INT(parse(&o, err, sizeof(err), "--config", missing, NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), -1);
	CHECK(cfg == NULL);
	CHECK(strstr(err, "missing.conf: No such file or directory") != NULL);
	options_free(&o);

	/* file < core document < --fork < --override */
	doc = json_tokener_parse("{\"resotoworker\":{\"pool_size\":8,"
	    "\"fork_process\":false}}");
	CHECK_INT(parse(&o, err, sizeof(err), "--config", conf, NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), 0);
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 7);
	CHECK(!config_bool(cfg, "resotoworker.fork_process"));
	CHECK_INT(json_object_array_length(config_get(cfg, "cloud.regions")), 1);
	config_free(cfg);
	CHECK_INT(worker_config_build(&cfg, &o, sections, doc, err, sizeof(err)), 0);
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 8);
	CHECK_INT(config_int(cfg, "resotoworker.timeout"), 60);
	config_free(cfg);
	options_free(&o);
	CHECK_INT(parse(&o, err, sizeof(err), "--config", conf, "--fork",
	    "--override", "resotoworker.pool_size=9", NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, doc, err, sizeof(err)), 0);
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 9);
	CHECK(config_bool(cfg, "resotoworker.fork_process"));
	config_free(cfg);
	options_free(&o);
	setenv("RESOTOWORKER_FORK", "true", 1);
	CHECK_INT(parse(&o, err, sizeof(err), "--config", conf, "--override",
	    "resotoworker.fork_process=false", NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, doc, err, sizeof(err)), 0);
	CHECK(!config_bool(cfg, "resotoworker.fork_process"));
	config_free(cfg);
	options_free(&o);
	clear_env();
	json_object_put(doc);

	/* override errors name the path */
	CHECK_INT(parse(&o, err, sizeof(err), "--override", "cloud.nope=1", NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "--override cloud.nope: unknown key");
	options_free(&o);
	CHECK_INT(parse(&o, err, sizeof(err), "--override", "aws.regions=x", NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "--override aws.regions: unknown section 'aws' "
	    "(known: resotoworker, plugin_cleanup_aws_alarms, "
	    "plugin_cleanup_aws_loadbalancers, plugin_cleanup_aws_vpcs, "
	    "plugin_cleanup_expired, plugin_cleanup_untagged, "
	    "plugin_cleanup_volumes, plugin_protector, plugin_tagvalidator, "
	    "cloud)");
	options_free(&o);
	CHECK_INT(parse(&o, err, sizeof(err), "--override",
	    "resotoworker.timeout=soon", NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "--override resotoworker.timeout: 'soon' is not an integer");
	options_free(&o);
	CHECK_INT(parse(&o, err, sizeof(err), "--override",
	    "resotoworker.pool_size=0", NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "resotoworker.pool_size: 0 is too small (minimum 1)");
	options_free(&o);
	/* a config file error names file and line */
	conf = (free(conf), strdup(file("bad.conf", "resotoworker = {\n"
	    "  pool_size = 1;\n  colector = [];\n};\n")));
	CHECK_INT(parse(&o, err, sizeof(err), "--config", conf, NULL), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), -1);
	snprintf(missing, sizeof(missing), "%s:3: unknown key 'resotoworker.colector'",
	    conf);
	CHECK_STR(err, missing);
	options_free(&o);
	free(conf);
}

static void
test_hide(void)
{
	struct options o;
	struct config *cfg;
	char err[256], a1[] = "--psk", a2[] = "sekrit", a3[] = "--override",
	    a4[] = "cloud.secret_access_key=AKIA1234", a5[] = "cloud.regions=a",
	    a6[] = "--cert-key-pass=pw99", a7[] = "--cert", a8[] = "c",
	    a9[] = "--cert-key", a10[] = "k";
	char *argv[] = { "resotoworker", a1, a2, a3, a4, a5, a6, a7, a8, a9,
	    a10, NULL };
	char envline[] = "RESOTOWORKER_PSK=envsecret";
	char envnone[] = "RESOTOWORKER_SUBSCRIBER_ID=visible";
	char *env[] = { envline, envnone, "OTHER=1", NULL };
	char **saved = environ;

	clear_env();
	CHECK_INT(options_parse(11, argv, &o, err, sizeof(err)), 0);
	CHECK_INT(worker_config_build(&cfg, &o, sections, NULL, err, sizeof(err)), 0);
	CHECK_STR(config_str(cfg, "cloud.secret_access_key"), "AKIA1234");
	environ = env;
	options_hide_secrets(&o, cfg);
	environ = saved;
	/* a fixed mask, whatever the secret's length */
	CHECK_STR(a2, "***");
	CHECK_STR(a4, "cloud.secret_access_key=***");
	CHECK_STR(a5, "cloud.regions=a");
	CHECK_STR(a6, "--cert-key-pass=***");
	CHECK_STR(o.psk, "sekrit");
	CHECK_STR(o.cert_key_pass, "pw99");
	/* the variable's bytes are overwritten (/proc/PID/environ) and the
	 * RESOTOWORKER_ variables are gone from the environment */
	CHECK_STR(envline, "RESOTOWORKER_PSK=*********");
	CHECK_STR(envnone, "RESOTOWORKER_SUBSCRIBER_ID=visible");
	CHECK_STR(env[0], "OTHER=1");
	CHECK(env[1] == NULL);
	config_free(cfg);
	options_free(&o);
}

/* argv as the kernel lays it out (one block): the masked strings are
 * packed, so no run of NULs after "***" tells the key's length */
static void
test_hide_packed(void)
{
	static const char want[] = "resotoworker\0--psk\0***\0-v\0"
	    "--cert-key-pass=***\0--cert\0c\0--cert-key\0k";
	char block[] = "resotoworker\0--psk\0a-rather-long-key\0-v\0"
	    "--cert-key-pass=pw99\0--cert\0c\0--cert-key\0k";
	char *argv[10], *p = block, **saved = environ, *env[] = { NULL };
	struct options o;
	char err[256];
	size_t i;
	int n = 0;

	while (p < block + sizeof(block)) {
		argv[n++] = p;
		p += strlen(p) + 1;
	}
	argv[n] = NULL;
	clear_env();
	CHECK_INT(options_parse(n, argv, &o, err, sizeof(err)), 0);
	environ = env;
	options_hide_secrets(&o, NULL);
	environ = saved;
	CHECK(memcmp(block, want, sizeof(want)) == 0);
	for (i = sizeof(want); i < sizeof(block); i++)
		CHECK(block[i] == '\0');
	CHECK_STR(argv[2], "***");
	CHECK_STR(argv[3], "-v");
	CHECK_STR(o.psk, "a-rather-long-key");
	options_free(&o);
}

static void
test_help(void)
{
	static const char *const want[] = { "--subscriber-id ID", "--psk KEY",
	    "-v, --verbose", "--quiet", "--resotocore-uri URI",
	    "--override PATH=VALUE ...", "--ca-cert FILE", "--cert FILE",
	    "--cert-key FILE", "--cert-key-pass PASS", "--no-verify-certs",
	    "--fork", "--no-fork", "-h, --help", "--version", "--config FILE",
	    "--check-config", "--daemonize", "--pidfile FILE", "--syslog",
	    "--collect-to DIR", "RESOTOWORKER_SUBSCRIBER_ID", "RESOTOWORKER_PSK",
	    "RESOTOWORKER_NO_VERIFY_CERTS", "RESOTOWORKER_FORK",
	    "RESOTOWORKER_NO_FORK", "RESOTOWORKER_OVERRIDE", NULL };
	char *text = NULL;
	size_t len = 0, i;
	FILE *fp = open_memstream(&text, &len);

	options_help(fp);
	fclose(fp);
	for (i = 0; want[i] != NULL; i++) {
		CHECK(strstr(text, want[i]) != NULL);
		if (strstr(text, want[i]) == NULL)
			fprintf(stderr, "  --help lacks %s\n", want[i]);
	}
	CHECK(strstr(text, "collector-child") == NULL);
	free(text);
	text = NULL;
	fp = open_memstream(&text, &len);
	options_usage(fp);
	fclose(fp);
	CHECK(strncmp(text, "usage: resotoworker ", 20) == 0);
	CHECK(strchr(text, '\n') == text + len - 1);
	free(text);
}

int
main(void)
{
	char cmd[128];

	log_init(LOG_LVL_ERROR, 0);
	if (mkdtemp(dir) == NULL)
		return 1;
	test_defaults();
	test_cli();
	test_usage_errors();
	test_env();
	test_build();
	test_hide();
	test_hide_packed();
	test_help();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return t_done();
}

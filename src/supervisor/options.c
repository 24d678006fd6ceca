/* options: see options.h. */
#include "supervisor/options.h"
#include "collector/collector.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "common/worker_config.h"
#include "protocol/url.h"

#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

#define ENV_PREFIX	"RESOTOWORKER_"
#define ENV_LIST_MAX	255	/* RESOTOWORKER_OVERRIDE0 .. 254, as the reference */

enum opt_kind { O_STR, O_FLAG, O_LIST };

#define O_NOENV		0x1	/* not taken from the environment */
#define O_HIDDEN	0x2	/* not in --help (documented in the man page) */
#define O_SECRET	0x4	/* the value is wiped from argv */

struct optdef {
	const char	*name;		/* long name without "--" */
	char		 sname;		/* short name or 0 */
	enum opt_kind	 kind;
	const char	*arg;		/* argument name in --help */
	unsigned	 flags;
	size_t		 off;		/* field in struct options */
	int		 on;		/* O_FLAG: value stored when given */
	const char	*group;		/* --help heading, NULL: same as before */
	const char	*help;
};

#define F(x)	offsetof(struct options, x)

static const struct optdef defs[] = {
	{ "subscriber-id", 0, O_STR, "ID", 0, F(subscriber_id), 0,
	    "Core connection",
	    "unique subscriber id (default: " OPT_DEFAULT_SUBSCRIBER ")" },
	{ "resotocore-uri", 0, O_STR, "URI", 0, F(core_uri), 0, NULL,
	    "core base URI (default: " OPT_DEFAULT_CORE_URI ")" },
	{ "psk", 0, O_STR, "KEY", O_SECRET, F(psk), 0, NULL,
	    "pre-shared key of the core (default: none)" },
	{ "ca-cert", 0, O_STR, "FILE", 0, F(ca_cert), 0, "TLS",
	    "trust this CA certificate instead of fetching the core's" },
	{ "cert", 0, O_STR, "FILE", 0, F(cert), 0, NULL,
	    "certificate of the worker's web server (with --cert-key)" },
	{ "cert-key", 0, O_STR, "FILE", 0, F(cert_key), 0, NULL,
	    "private key of --cert" },
	{ "cert-key-pass", 0, O_STR, "PASS", O_SECRET, F(cert_key_pass), 0, NULL,
	    "passphrase of --cert-key" },
	{ "no-verify-certs", 0, O_FLAG, NULL, 0, F(verify_certs), 0, NULL,
	    "do not verify the core's certificate" },
	{ "config", 0, O_STR, "FILE", 0, F(config_file), 0, "Configuration",
	    "configuration file (default: " OPT_DEFAULT_CONFIG ")" },
	{ "override", 0, O_LIST, "PATH=VALUE ...", 0, F(overrides), 0, NULL,
	    "set configuration values, e.g. resotoworker.pool_size=10" },
	{ "fork", 0, O_FLAG, NULL, 0, F(fork), 1, NULL,
	    "run collectors in their own processes (resotoworker.fork_process)" },
	{ "no-fork", 0, O_FLAG, NULL, 0, F(fork), 0, NULL,
	    "run collectors inside the supervisor (debugging: no isolation at all)" },
	{ "check-config", 0, O_FLAG, NULL, 0, F(check_config), 1, NULL,
	    "print the effective configuration (secrets redacted) and exit" },
	{ "verbose", 'v', O_FLAG, NULL, 0, F(verbose), 1, "Logging",
	    "log debug messages too" },
	{ "trace", 0, O_FLAG, NULL, O_HIDDEN, F(verbose), 1, NULL,
	    "same as --verbose (the reference worker's name)" },
	{ "quiet", 0, O_FLAG, NULL, 0, F(quiet), 1, NULL,
	    "log errors only" },
	{ "syslog", 0, O_FLAG, NULL, 0, F(syslog), 1, NULL,
	    "log to syslog (facility daemon) instead of stderr" },
	{ "daemonize", 0, O_FLAG, NULL, 0, F(daemonize), 1, "Daemon",
	    "detach into the background (logs go to syslog)" },
	{ "pidfile", 0, O_STR, "FILE", 0, F(pidfile), 0, NULL,
	    "write the process id to FILE, remove it on exit" },
	{ "collect-to", 0, O_STR, "DIR", 0, F(collect_to), 0, "Other",
	    "collect once without a core; write the model and graph bodies into DIR" },
	{ "collector-child", 0, O_FLAG, NULL, O_NOENV | O_HIDDEN,
	    F(collector_child), 1, NULL,
	    "internal: run as a collector process (frames on fd 3)" },
	{ "help", 'h', O_FLAG, NULL, O_NOENV, F(help), 1, NULL,
	    "print this help and exit" },
	{ "version", 0, O_FLAG, NULL, O_NOENV, F(version), 1, NULL,
	    "print the version and exit" },
};
#define NDEFS	(sizeof(defs) / sizeof(defs[0]))

static char **
str_field(struct options *o, const struct optdef *d)
{
	return (char **)((char *)o + d->off);
}

static int *
int_field(struct options *o, const struct optdef *d)
{
	return (int *)((char *)o + d->off);
}

static void
env_name(const struct optdef *d, char *out, size_t len)
{
	size_t i, n;

	n = (size_t)snprintf(out, len, "%s", ENV_PREFIX);
	for (i = 0; d->name[i] && n + 1 < len; i++, n++)
		out[n] = d->name[i] == '-' ? '_' : toupper((unsigned char)d->name[i]);
	out[n] = '\0';
}

static void
set_str(struct options *o, const struct optdef *d, const char *v)
{
	char **f = str_field(o, d);

	free(*f);
	*f = (*v == '\0' && (d->off == F(psk) || d->off == F(cert_key_pass))) ?
	    NULL : xstrdup(v);
	if (d->off == F(config_file))
		o->config_given = 1;
}

static void
list_clear(struct options *o)
{
	size_t i;

	for (i = 0; i < o->noverrides; i++)
		free(o->overrides[i]);
	o->noverrides = 0;
	o->overrides[0] = NULL;
}

static void
list_add(struct options *o, const char *v, char *argv_pos)
{
	o->overrides = xrealloc(o->overrides,
	    (o->noverrides + 2) * sizeof(*o->overrides));
	o->override_argv = xrealloc(o->override_argv,
	    (o->noverrides + 2) * sizeof(*o->override_argv));
	o->override_argv[o->noverrides] = argv_pos;
	o->overrides[o->noverrides++] = xstrdup(v);
	o->overrides[o->noverrides] = NULL;
}

/* single spaces separate values, as the reference splits them */
static void
list_add_words(struct options *o, const char *s)
{
	const char *p = s, *e;
	char *w;

	while (*p) {
		if ((e = strchr(p, ' ')) == NULL)
			e = p + strlen(p);
		if (e > p) {
			w = xmalloc((size_t)(e - p) + 1);
			memcpy(w, p, (size_t)(e - p));
			w[e - p] = '\0';
			list_add(o, w, NULL);
			free(w);
		}
		p = *e ? e + 1 : e;
	}
}

static void
defaults(struct options *o)
{
	memset(o, 0, sizeof(*o));
	o->subscriber_id = xstrdup(OPT_DEFAULT_SUBSCRIBER);
	o->core_uri = xstrdup(OPT_DEFAULT_CORE_URI);
	o->config_file = xstrdup(OPT_DEFAULT_CONFIG);
	o->overrides = xcalloc(1, sizeof(*o->overrides));
	o->override_argv = xcalloc(1, sizeof(*o->override_argv));
	o->verify_certs = 1;
	o->fork = -1;
}

/*
 * A boolean variable. setby[] remembers which variable set a field, so that
 * two variables of one setting (FORK, NO_FORK) must agree.
 */
static int
env_flag(struct options *o, const struct optdef *d, const char *v,
    const struct optdef **setby, char *err, size_t errlen)
{
	char name[64], other[64];
	int b, val, *f = int_field(o, d);

	env_name(d, name, sizeof(name));
	if (config_parse_bool(v, &b) == -1) {
		snprintf(err, errlen, "%s: '%s' is not a boolean "
		    "(true/false/1/0/yes/no)", name, v);
		return -1;
	}
	val = b ? d->on : !d->on;
	if (setby[d->off] != NULL && *f != val) {
		env_name(setby[d->off], other, sizeof(other));
		snprintf(err, errlen, "%s and %s contradict each other",
		    other, name);
		return -1;
	}
	setby[d->off] = d;
	*f = val;
	return 0;
}

static int
from_env(struct options *o, char *err, size_t errlen)
{
	const struct optdef *setby[sizeof(struct options)] = { NULL };
	char name[64], nth[80];
	const char *v;
	size_t i;
	int n;

	for (i = 0; i < NDEFS; i++) {
		if (defs[i].flags & O_NOENV)
			continue;
		env_name(&defs[i], name, sizeof(name));
		v = getenv(name);
		if (defs[i].kind == O_LIST) {
			if (v != NULL) {
				list_add_words(o, v);
				continue;
			}
			for (n = 0; n < ENV_LIST_MAX; n++) {
				snprintf(nth, sizeof(nth), "%s%d", name, n);
				if ((v = getenv(nth)) != NULL && *v)
					list_add(o, v, NULL);
			}
			continue;
		}
		if (v == NULL || *v == '\0')
			continue;
		if (defs[i].kind == O_STR)
			set_str(o, &defs[i], v);
		else if (env_flag(o, &defs[i], v, setby, err, errlen) == -1)
			return -1;
	}
	return 0;
}

static const struct optdef *
find_long(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < NDEFS; i++)
		if (strlen(defs[i].name) == len &&
		    strncmp(defs[i].name, name, len) == 0)
			return &defs[i];
	return NULL;
}

static const struct optdef *
find_short(char c)
{
	size_t i;

	for (i = 0; i < NDEFS; i++)
		if (defs[i].sname == c)
			return &defs[i];
	return NULL;
}

static void
remember_secret(struct options *o, char *p)
{
	o->argv_secrets = xrealloc(o->argv_secrets,
	    (o->nargv_secrets + 1) * sizeof(*o->argv_secrets));
	o->argv_secrets[o->nargv_secrets++] = p;
}

/* the core URI: http(s), and one the connections can use (a malformed one
 * would only be retried forever) */
static int
check_uri(const char *uri, char *err, size_t errlen)
{
	struct url u;
	char why[512];

	if (strncmp(uri, "http://", 7) != 0 && strncmp(uri, "https://", 8) != 0) {
		snprintf(err, errlen, "--resotocore-uri '%s' is not an http:// "
		    "or https:// URI", uri);
		return -1;
	}
	if (url_parse(uri, &u, why, sizeof(why)) == -1) {
		snprintf(err, errlen, "--resotocore-uri: %s", why);
		return -1;
	}
	url_free(&u);
	return 0;
}

static int
check(struct options *o, char *err, size_t errlen)
{
	size_t i;
	const char *eq, *cc;

	/* a CR or LF in the core's URI would inject log lines and headers */
	if ((cc = first_ctrl(o->core_uri)) != NULL)
		snprintf(err, errlen, "--resotocore-uri contains the control "
		    "character 0x%02x at offset %zu", (unsigned char)*cc,
		    (size_t)(cc - o->core_uri));
	else if (o->verbose && o->quiet)
		snprintf(err, errlen, "--verbose and --quiet exclude each other");
	else if (*o->subscriber_id == '\0')
		snprintf(err, errlen, "--subscriber-id must not be empty");
	else if (first_ctrl(o->subscriber_id) != NULL)
		snprintf(err, errlen, "--subscriber-id must not hold control "
		    "characters");
	else if (check_uri(o->core_uri, err, errlen) == -1)
		return -1;
	else if (*o->config_file == '\0')
		snprintf(err, errlen, "--config must name a file");
	else if ((o->cert == NULL) != (o->cert_key == NULL))
		snprintf(err, errlen, "--cert and --cert-key go together");
	else if (o->cert_key_pass != NULL && o->cert_key == NULL)
		snprintf(err, errlen, "--cert-key-pass needs --cert-key");
	else if (o->daemonize && (o->check_config || o->collect_to))
		snprintf(err, errlen, "--daemonize does not go with %s",
		    o->check_config ? "--check-config" : "--collect-to");
	else if (o->collect_to != NULL && *o->collect_to == '\0')
		snprintf(err, errlen, "--collect-to must name a directory");
	else if (o->pidfile != NULL && *o->pidfile == '\0')
		snprintf(err, errlen, "--pidfile must name a file");
	else {
		for (i = 0; i < o->noverrides; i++) {
			eq = strchr(o->overrides[i], '=');
			if (eq == NULL || memchr(o->overrides[i], '.',
			    (size_t)(eq - o->overrides[i])) == NULL) {
				snprintf(err, errlen, "--override '%s': expected "
				    "section.key=value", o->overrides[i]);
				return -1;
			}
		}
		return 0;
	}
	return -1;
}

/*
 * A flag of the command line. setby[] remembers which option set a field:
 * two options of one setting (--fork, --no-fork) must agree, as their
 * variables must (env_flag).
 */
static int
cli_flag(struct options *o, const struct optdef *d, const struct optdef **setby,
    char *err, size_t errlen)
{
	int *f = int_field(o, d);

	if (setby[d->off] != NULL && setby[d->off]->on != d->on) {
		snprintf(err, errlen, "--%s and --%s contradict each other",
		    setby[d->off]->name, d->name);
		return -1;
	}
	setby[d->off] = d;
	*f = d->on;
	return 0;
}

/* one "--name[=value]" at argv[*i]; *i moves past consumed values */
static int
parse_long(struct options *o, int argc, char **argv, int *i, int *cli_list,
    const struct optdef **setby, char *err, size_t errlen)
{
	char *a = argv[*i] + 2, *eq = strchr(a, '='), *val;
	size_t len = eq ? (size_t)(eq - a) : strlen(a);
	const struct optdef *d = find_long(a, len);

	if (d == NULL) {
		snprintf(err, errlen, "unknown option '--%.*s'", (int)len, a);
		return -1;
	}
	if (d->off == F(collector_child)) {
		snprintf(err, errlen, "--collector-child is internal and must "
		    "be the first argument");
		return -1;
	}
	if (d->kind == O_FLAG) {
		if (eq != NULL) {
			snprintf(err, errlen, "option '--%s' takes no value",
			    d->name);
			return -1;
		}
		return cli_flag(o, d, setby, err, errlen);
	}
	if (eq != NULL)
		val = eq + 1;
	else if (*i + 1 < argc)
		val = argv[++*i];
	else {
		snprintf(err, errlen, "option '--%s' needs an argument (%s)",
		    d->name, d->arg);
		return -1;
	}
	if (d->flags & O_SECRET)
		remember_secret(o, val);
	if (d->kind == O_STR) {
		set_str(o, d, val);
		return 0;
	}
	if (!*cli_list) {	/* the command line replaces the environment's list */
		list_clear(o);
		*cli_list = 1;
	}
	list_add(o, val, val);
	while (eq == NULL && *i + 1 < argc && argv[*i + 1][0] != '-') {
		++*i;
		list_add(o, argv[*i], argv[*i]);
	}
	return 0;
}

int
options_parse(int argc, char **argv, struct options *o, char *err,
    size_t errlen)
{
	const struct optdef *setby[sizeof(struct options)] = { NULL }, *d;
	int i, cli_list = 0;
	char *p;

	defaults(o);
	o->argv = argv;
	o->argc = argc;
	/* a collector child: the rest of argv is the child mode's own */
	if (argc > 1 && strcmp(argv[1], "--collector-child") == 0) {
		o->collector_child = 1;
		return 0;
	}
	if (from_env(o, err, errlen) == -1)
		return -1;
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			if (i + 1 < argc) {
				snprintf(err, errlen, "unexpected argument '%s'",
				    argv[i + 1]);
				return -1;
			}
			break;
		}
		if (argv[i][0] != '-' || argv[i][1] == '\0') {
			snprintf(err, errlen, "unexpected argument '%s'", argv[i]);
			return -1;
		}
		if (argv[i][1] == '-') {
			if (parse_long(o, argc, argv, &i, &cli_list, setby,
			    err, errlen) == -1)
				return -1;
			continue;
		}
		for (p = argv[i] + 1; *p; p++) {
			if ((d = find_short(*p)) == NULL) {
				snprintf(err, errlen, "unknown option '-%c'", *p);
				return -1;
			}
			if (cli_flag(o, d, setby, err, errlen) == -1)
				return -1;
		}
	}
	return check(o, err, errlen);
}

void
options_free(struct options *o)
{
	size_t i;

	for (i = 0; i < NDEFS; i++)
		if (defs[i].kind == O_STR) {
			free(*str_field(o, &defs[i]));
			*str_field(o, &defs[i]) = NULL;
		}
	for (i = 0; i < o->noverrides; i++)
		free(o->overrides[i]);
	free(o->overrides);
	free(o->override_argv);
	free(o->argv_secrets);
	o->overrides = o->override_argv = o->argv_secrets = NULL;
	o->noverrides = o->nargv_secrets = 0;
}

void
options_usage(FILE *fp)
{
	fprintf(fp, "usage: resotoworker [-hv] [--quiet] [--config FILE] "
	    "[--check-config] [--override PATH=VALUE ...] [option ...]\n");
}

void
options_help(FILE *fp)
{
	char name[64], left[64];
	size_t i;

	fprintf(fp, "usage: resotoworker [option ...]\n\n"
	    "Collects cloud resources for Resoto Core and cleans them up.\n"
	    "Every option can also be set in the environment variable shown\n"
	    "(booleans: true/false/1/0/yes/no); the command line wins.\n");
	for (i = 0; i < NDEFS; i++) {
		if (defs[i].flags & O_HIDDEN)
			continue;
		if (defs[i].group != NULL)
			fprintf(fp, "\n%s:\n", defs[i].group);
		if (defs[i].sname)
			snprintf(left, sizeof(left), "-%c, --%s", defs[i].sname,
			    defs[i].name);
		else
			snprintf(left, sizeof(left), "    --%s%s%s", defs[i].name,
			    defs[i].arg ? " " : "", defs[i].arg ? defs[i].arg : "");
		fprintf(fp, "  %-30s %s\n", left, defs[i].help);
		if (!(defs[i].flags & O_NOENV)) {
			env_name(&defs[i], name, sizeof(name));
			fprintf(fp, "  %-30s env %s\n", "", name);
		}
	}
	fprintf(fp, "\nSignals: SIGTERM/SIGINT stop, SIGHUP re-reads the "
	    "configuration.\nSee resotoworker(8) and resotoworker.conf(5).\n");
}

static void
absolute(char **p)
{
	char cwd[4096];
	struct buf b = BUF_INIT;

	if (*p == NULL || **p == '/' || getcwd(cwd, sizeof(cwd)) == NULL)
		return;
	buf_printf(&b, "%s/%s", cwd, *p);
	free(*p);
	*p = buf_take(&b);
}

void
options_absolute_paths(struct options *o)
{
	absolute(&o->config_file);
	absolute(&o->pidfile);
	absolute(&o->ca_cert);
	absolute(&o->cert);
	absolute(&o->cert_key);
	absolute(&o->collect_to);
}

static void
wipe(char *p)
{
	memset(p, '*', strlen(p));
}

#define ARGV_MASK	"***"

/* The secret at p (the rest of an argv string) becomes ARGV_MASK and
 * NULs; a secret shorter than the mask is starred. */
static void
mask(char *p)
{
	size_t len = strlen(p);

	if (len < sizeof(ARGV_MASK) - 1) {
		wipe(p);
		return;
	}
	memset(p, '\0', len);
	memcpy(p, ARGV_MASK, sizeof(ARGV_MASK) - 1);
}

/* 1 when argv's strings follow each other in one block */
static int
argv_contiguous(char **argv, int argc)
{
	int i;

	for (i = 0; i + 1 < argc; i++)
		if (argv[i + 1] != argv[i] + strlen(argv[i]) + 1)
			return 0;
	return argc > 0;
}

/* Move the (masked) strings together; the freed end of the block is
 * zeroed. */
static void
argv_pack(char **argv, int argc, char *end)
{
	char *dst = argv[0];
	size_t len;
	int i;

	for (i = 0; i < argc; i++) {
		len = strlen(argv[i]) + 1;
		memmove(dst, argv[i], len);
		argv[i] = dst;
		dst += len;
	}
	memset(dst, '\0', (size_t)(end - dst));
}

static int
secret_override(const struct config *cfg, const char *ov)
{
	char path[256];
	const char *eq = strchr(ov, '=');
	const struct cfg_key *k;

	if (eq == NULL || (size_t)(eq - ov) >= sizeof(path))
		return 0;
	memcpy(path, ov, (size_t)(eq - ov));
	path[eq - ov] = '\0';
	if ((k = config_key(cfg, path)) == NULL)
		return 0;
	return (k->flags & CFG_SECRET) ||
	    (k->type == CFG_JSON && config_has_secret(k, config_get(cfg, path)));
}

void
options_hide_secrets(struct options *o, const struct config *cfg)
{
	static const char *const secret_env[] = { ENV_PREFIX "PSK=",
	    ENV_PREFIX "CERT_KEY_PASS=", ENV_PREFIX "OVERRIDE", NULL };
	struct buf names = BUF_INIT;
	char *eq, *p, *end = NULL;
	size_t i, j;
	int packed;

	if ((packed = argv_contiguous(o->argv, o->argc)) != 0)
		end = o->argv[o->argc - 1] + strlen(o->argv[o->argc - 1]) + 1;
	for (i = 0; i < o->nargv_secrets; i++)
		mask(o->argv_secrets[i]);
	for (i = 0; i < o->noverrides; i++)
		if (o->override_argv[i] != NULL && cfg != NULL &&
		    secret_override(cfg, o->overrides[i]))
			mask(strchr(o->override_argv[i], '=') + 1);
	if (packed)
		argv_pack(o->argv, o->argc, end);
	/* the pointers into argv are stale now */
	o->nargv_secrets = 0;
	for (i = 0; i < o->noverrides; i++)
		o->override_argv[i] = NULL;
	for (i = 0; environ[i] != NULL; i++) {
		if (strncmp(environ[i], ENV_PREFIX, strlen(ENV_PREFIX)) != 0 ||
		    (eq = strchr(environ[i], '=')) == NULL)
			continue;
		for (j = 0; secret_env[j] != NULL; j++)
			if (strncmp(environ[i], secret_env[j],
			    strlen(secret_env[j])) == 0)
				wipe(eq + 1);
		buf_add(&names, environ[i], (size_t)(eq - environ[i]) + 1);
	}
	/* names holds "NAME=" entries; unset after the walk over environ */
	for (p = names.data; p != NULL && p < names.data + names.len;
	    p = eq + 1) {
		eq = strchr(p, '=');
		*eq = '\0';
		unsetenv(p);
	}
	buf_free(&names);
}

int
options_check_files(const struct options *o, char *err, size_t errlen)
{
	const char *const files[] = { o->ca_cert, o->cert, o->cert_key };
	const char *const names[] = { "--ca-cert", "--cert", "--cert-key" };
	size_t i;

	for (i = 0; i < 3; i++) {
		if (files[i] != NULL && access(files[i], R_OK) == -1) {
			snprintf(err, errlen, "%s %s: %s", names[i], files[i],
			    strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* every name in resotoworker.collector must be a compiled-in collector;
 * every collector's section must hold values it can use */
static int
check_collectors(const struct config *cfg, char *err, size_t errlen)
{
	json_object *list = config_get(cfg, "resotoworker.collector");
	const struct collector *const *c;
	const char *name;
	size_t i;

	for (c = collectors; *c != NULL; c++)
		if ((*c)->check_config != NULL && (*c)->config != NULL &&
		    (*c)->check_config(config_section(cfg, (*c)->config->name),
		    err, errlen) == -1)
			return -1;

	for (i = 0; list != NULL && i < json_object_array_length(list); i++) {
		name = json_object_get_string(json_object_array_get_idx(list, i));
		if (collector_find(name) == NULL) {
			snprintf(err, errlen, "resotoworker.collector: unknown "
			    "collector \"%s\" (this build has: %s)", name,
			    collector_names());
			return -1;
		}
	}
	return 0;
}

int
worker_config_build(struct config **out, const struct options *o,
    const struct cfg_section *const *sections, json_object *core_doc,
    char *err, size_t errlen)
{
	const struct cfg_section **all;
	struct config *cfg;
	char why[1024];
	size_t i;

	*out = NULL;
	all = worker_config_sections(sections);
	cfg = config_new(all);
	free(all);
	if (!o->config_given && access(o->config_file, F_OK) == -1 &&
	    errno == ENOENT)
		log_debug("no configuration file %s: using the defaults",
		    o->config_file);
	else if (config_load_file(cfg, o->config_file, err, errlen) == -1)
		goto fail;
	if (core_doc != NULL && config_merge_json(cfg, core_doc,
	    "configuration held by the core", err, errlen) == -1)
		goto fail;
	if (o->fork != -1 && config_set_json(cfg, "resotoworker.fork_process",
	    json_object_new_boolean(o->fork), err, errlen) == -1)
		goto fail;
	for (i = 0; i < o->noverrides; i++) {
		if (config_set(cfg, o->overrides[i], why, sizeof(why)) == -1) {
			snprintf(err, errlen, "--override %s", why);
			goto fail;
		}
	}
	if (worker_config_check(cfg, err, errlen) == -1 ||
	    check_collectors(cfg, err, errlen) == -1)
		goto fail;
	config_register_secrets(cfg);
	*out = cfg;
	return 0;
fail:
	config_free(cfg);
	return -1;
}

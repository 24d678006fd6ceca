/*
 * options: the command line. Owns struct options (every option, its
 * RESOTOWORKER_* environment variable as default, the command line winning),
 * --help text and usage line, hiding secrets given on the command line or in
 * the environment from /proc, and worker_config_build(): the precedence of
 * the configuration sources (design.md): defaults < file < core document <
 * environment/command line (--fork) < --override.
 */
#ifndef RW_OPTIONS_H
#define RW_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

#include <json-c/json.h>

struct config;
struct cfg_section;

#define OPT_DEFAULT_SUBSCRIBER	"resoto.worker"
#define OPT_DEFAULT_CORE_URI	"https://localhost:8900"
#define OPT_DEFAULT_CONFIG	SYSCONFDIR "/resotoworker/resotoworker.conf"

struct options {
	char	 *subscriber_id;	/* --subscriber-id, never NULL */
	char	 *psk;			/* --psk, NULL: no PSK */
	char	 *core_uri;		/* --resotocore-uri, never NULL */
	char	**overrides;		/* --override, NULL-terminated "section.key=value" */
	size_t	  noverrides;
	char	**override_argv;	/* where each override sits in argv (NULL: environment) */
	char	 *ca_cert;		/* --ca-cert FILE */
	char	 *cert;			/* --cert FILE */
	char	 *cert_key;		/* --cert-key FILE */
	char	 *cert_key_pass;	/* --cert-key-pass PASS */
	int	  verify_certs;		/* 1 unless --no-verify-certs */
	int	  fork;			/* --fork 1, --no-fork 0, -1: resotoworker.fork_process decides */
	int	  verbose;		/* -v, --verbose (--trace) */
	int	  quiet;		/* --quiet */
	char	 *config_file;		/* --config FILE, never NULL */
	int	  config_given;		/* named by --config/RESOTOWORKER_CONFIG: must exist */
	int	  check_config;		/* --check-config */
	int	  daemonize;		/* --daemonize */
	char	 *pidfile;		/* --pidfile FILE */
	int	  syslog;		/* --syslog (implied by --daemonize) */
	char	 *collect_to;		/* --collect-to DIR: one core-free collect */
	int	  collector_child;	/* --collector-child (internal; only as the first
					   argument, the rest is the child mode's) */
	int	  help;			/* -h, --help */
	int	  version;		/* --version */
	char	**argv_secrets;		/* argv bytes to wipe: --psk, --cert-key-pass values */
	size_t	  nargv_secrets;
	char	**argv;			/* what options_parse read (masked in place) */
	int	  argc;
};

/* Fill o from the environment and argv. -1 with a one-line reason in err
 * (bad usage: the caller exits 2). o is valid (options_free) either way. */
int	options_parse(int argc, char **argv, struct options *o, char *err,
	    size_t errlen);
void	options_free(struct options *);
void	options_usage(FILE *);		/* the one usage line */
void	options_help(FILE *);		/* --help */

/* Relative file names made absolute (the daemon changes to /). */
void	options_absolute_paths(struct options *);
/* Overwrite secret values in argv (--psk, --cert-key-pass, overrides of
 * secret keys) and in the environment, and drop RESOTOWORKER_* from the
 * environment, so that neither /proc nor a child sees them. A secret in
 * argv becomes the fixed mask "***" whatever its length, and argv's
 * strings are packed together when they are contiguous (as the kernel
 * lays them out), so no run of NULs in /proc/PID/cmdline tells the
 * secret's length. */
void	options_hide_secrets(struct options *, const struct config *);

/* Check that the certificate files named by options can be read. */
int	options_check_files(const struct options *, char *err, size_t errlen);

/* Build the effective configuration: defaults of worker_config_section and
 * of sections (NULL-terminated; may be NULL), the file (a missing default
 * file is fine), core_doc (may be NULL), --fork/--no-fork, --override; then
 * the range checks of worker_config_check(). Secrets are registered with
 * log_secret(). -1 with a reason naming file:line or the key in err. */
int	worker_config_build(struct config **out, const struct options *,
	    const struct cfg_section *const *sections, json_object *core_doc,
	    char *err, size_t errlen);

#endif

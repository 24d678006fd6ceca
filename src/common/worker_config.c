/* worker_config: see worker_config.h. */
#include "common/worker_config.h"
#include "common/config.h"
#include "common/buf.h"
#include "common/plugin_config.h"

#include <errno.h>
#include <pwd.h>
#include <string.h>

static const struct cfg_key worker_keys[] = {
	{ "collector", CFG_STRING_LIST, "[]", 0,
	    "collectors to run, e.g. [ \"example\", \"random\" ]" },
	{ "graph", CFG_STRING, "\"resoto\"", 0,
	    "name of the graph to create, merge into and search" },
	{ "timeout", CFG_INT, "10800", 0,
	    "seconds a collect or cleanup may take; also the core's step timeout" },
	{ "pool_size", CFG_INT, "5", 0,
	    "collector processes running at once" },
	{ "graph_sender_pool_size", CFG_INT, "5", 0,
	    "graph uploads to the core running at once" },
	{ "fork_process", CFG_BOOL, "true", 0,
	    "run each collector in its own process (false: inside the supervisor, for debugging)" },
	{ "graph_merge_kind", CFG_STRING, "\"account\"", 0,
	    "\"account\" (one merge per account) or \"cloud\" (one per cloud)" },
	{ "debug_dump_json", CFG_BOOL, "false", 0,
	    "keep the model and graph bodies in tempdir" },
	{ "tempdir", CFG_STRING, NULL, CFG_NULLABLE,
	    "directory for spool files; unset: $TMPDIR or /tmp" },
	{ "cleanup", CFG_BOOL, "false", 0,
	    "act on cleanup actions" },
	{ "cleanup_pool_size", CFG_INT, "4", 0,
	    "deletions running at once" },
	{ "cleanup_dry_run", CFG_BOOL, "true", 0,
	    "only log what cleanup would delete" },
	{ "no_tls", CFG_BOOL, "false", CFG_RESTART,
	    "serve the worker's web server without TLS" },
	{ "web_host", CFG_STRING, "\"::\"", CFG_RESTART,
	    "bind address of the worker's web server" },
	{ "web_port", CFG_INT, "9956", CFG_RESTART,
	    "port of the worker's web server" },
	{ "web_path", CFG_STRING, "\"/\"", CFG_RESTART,
	    "path prefix of the web server's endpoints" },
	{ "write_files_to_home_dir", CFG_JSON, "[]", CFG_SECRET,
	    "deprecated: list of { path, content } files written below $HOME (mode 0600) at start and when changed" },
	{ "files_in_home_dir", CFG_JSON, "{}", CFG_SECRET,
	    "map of path to content of files written below $HOME (mode 0600) at start and when changed" },
	/* our additions */
	{ "user", CFG_STRING, NULL, CFG_NULLABLE,
	    "(resotoworker in C) user the collector processes switch to when started as root" },
	{ "shutdown_grace", CFG_INT, "10", 0,
	    "(resotoworker in C) seconds running work gets to stop on SIGTERM before it is killed" },
	{ NULL, 0, NULL, 0, NULL }
};

const struct cfg_section worker_config_section = {
	"resotoworker", worker_keys, "the worker itself"
};

const struct cfg_section **
worker_config_sections(const struct cfg_section *const *extra)
{
	const struct cfg_section **all;
	size_t n = 0, np = 0, i;

	while (extra != NULL && extra[n] != NULL)
		n++;
	while (plugin_config_sections[np] != NULL)
		np++;
	all = xcalloc(n + np + 2, sizeof(*all));
	all[0] = &worker_config_section;
	for (i = 0; i < np; i++)
		all[1 + i] = plugin_config_sections[i];
	for (i = 0; i < n; i++)
		all[1 + np + i] = extra[i];
	return all;
}

/* the integer keys: below min the worker cannot work; beyond max a value
 * is certainly a mistake (a timeout of centuries overflows the timers, a
 * pool of millions overflows the counters) */
static const struct {
	const char	*path;
	long long	 min, max;
} bounds[] = {
	{ "resotoworker.timeout", 1, 366LL * 86400 },		/* a year */
	{ "resotoworker.pool_size", 1, 1024 },
	{ "resotoworker.graph_sender_pool_size", 1, 1024 },
	{ "resotoworker.cleanup_pool_size", 1, 1024 },
	{ "resotoworker.shutdown_grace", 0, 86400 },		/* a day */
};

static int
in_bounds(const struct config *cfg, char *err, size_t errlen)
{
	long long v;
	size_t i;

	for (i = 0; i < sizeof(bounds) / sizeof(bounds[0]); i++) {
		v = config_int(cfg, bounds[i].path);
		if (v < bounds[i].min) {
			snprintf(err, errlen, "%s: %lld is too small (minimum "
			    "%lld)", bounds[i].path, v, bounds[i].min);
			return -1;
		}
		if (v > bounds[i].max) {
			snprintf(err, errlen, "%s: %lld is too large (maximum "
			    "%lld)", bounds[i].path, v, bounds[i].max);
			return -1;
		}
	}
	return 0;
}

/* the user the children switch to must exist (children.c switches) */
static int
check_user(const struct config *cfg, char *err, size_t errlen)
{
	const char *s = config_str(cfg, "resotoworker.user");

	if (s == NULL)
		return 0;
	if (*s == '\0') {
		snprintf(err, errlen, "resotoworker.user: must not be empty "
		    "(leave it unset to keep the supervisor's user)");
		return -1;
	}
	errno = 0;
	if (getpwnam(s) == NULL) {
		snprintf(err, errlen, "resotoworker.user: no user \"%s\"%s%s",
		    s, errno ? ": " : "", errno ? strerror(errno) : "");
		return -1;
	}
	return 0;
}

static int
check_files(const struct config *cfg, char *err, size_t errlen)
{
	json_object *v = config_get(cfg, "resotoworker.write_files_to_home_dir"), *e, *f;
	size_t i;

	if (!json_object_is_type(v, json_type_array)) {
		snprintf(err, errlen, "resotoworker.write_files_to_home_dir: "
		    "expected a list of { path, content } groups");
		return -1;
	}
	for (i = 0; i < json_object_array_length(v); i++) {
		e = json_object_array_get_idx(v, i);
		if (!json_object_is_type(e, json_type_object) ||
		    json_object_object_length(e) != 2 ||
		    !json_object_object_get_ex(e, "path", &f) ||
		    !json_object_is_type(f, json_type_string) ||
		    !json_object_object_get_ex(e, "content", &f) ||
		    !json_object_is_type(f, json_type_string)) {
			snprintf(err, errlen, "resotoworker.write_files_to_home_dir: "
			    "item %zu is not a { path = \"...\"; content = \"...\"; } group",
			    i + 1);
			return -1;
		}
	}
	v = config_get(cfg, "resotoworker.files_in_home_dir");
	if (!json_object_is_type(v, json_type_object)) {
		snprintf(err, errlen, "resotoworker.files_in_home_dir: "
		    "expected a map of path to content");
		return -1;
	}
	json_object_object_foreach(v, path, content) {
		if (!json_object_is_type(content, json_type_string)) {
			snprintf(err, errlen, "resotoworker.files_in_home_dir: "
			    "the content of %s is not a string", path);
			return -1;
		}
	}
	return 0;
}

int
worker_config_check(const struct config *cfg, char *err, size_t errlen)
{
	const char *s;
	json_object *v;
	size_t i;

	s = config_str(cfg, "resotoworker.graph_merge_kind");
	if (strcmp(s, "account") != 0 && strcmp(s, "cloud") != 0) {
		snprintf(err, errlen, "resotoworker.graph_merge_kind: '%s' is "
		    "neither \"account\" nor \"cloud\"", s);
		return -1;
	}
	if (*config_str(cfg, "resotoworker.graph") == '\0') {
		snprintf(err, errlen, "resotoworker.graph: must not be empty");
		return -1;
	}
	if (first_ctrl(config_str(cfg, "resotoworker.graph")) != NULL) {
		snprintf(err, errlen, "resotoworker.graph: must not hold "
		    "control characters");
		return -1;
	}
	if (in_bounds(cfg, err, errlen) == -1)
		return -1;
	if (config_int(cfg, "resotoworker.web_port") < 1 ||
	    config_int(cfg, "resotoworker.web_port") > 65535) {
		snprintf(err, errlen, "resotoworker.web_port: %lld is not a port "
		    "(1-65535)", (long long)config_int(cfg, "resotoworker.web_port"));
		return -1;
	}
	if (config_str(cfg, "resotoworker.web_path")[0] != '/') {
		snprintf(err, errlen, "resotoworker.web_path: must start with '/'");
		return -1;
	}
	if ((s = config_str(cfg, "resotoworker.tempdir")) != NULL && *s != '/') {
		snprintf(err, errlen, "resotoworker.tempdir: '%s' is not an "
		    "absolute path", s);
		return -1;
	}
	if (check_user(cfg, err, errlen) == -1)
		return -1;
	v = config_get(cfg, "resotoworker.collector");
	for (i = 0; i < json_object_array_length(v); i++) {
		if (json_object_get_string_len(json_object_array_get_idx(v, i)) == 0) {
			snprintf(err, errlen, "resotoworker.collector: item %zu "
			    "is empty", i + 1);
			return -1;
		}
	}
	return check_files(cfg, err, errlen);
}

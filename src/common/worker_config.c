/* worker_config: see worker_config.h. */
#include "common/worker_config.h"
#include "common/config.h"
#include "common/buf.h"
#include "common/plugin_config.h"

#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
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
	{ "sandbox", CFG_BOOL, "true", 0,
	    "(resotoworker in C) isolate each collector child: not dumpable, resource limits, Landlock, seccomp" },
	{ "sandbox_disable", CFG_STRING_LIST, "[]", 0,
	    "(resotoworker in C) parts of the sandbox to turn off: \"dumpable\", \"limits\", \"landlock\", \"seccomp\"" },
	{ "child_memory_mb", CFG_INT, "4096", 0,
	    "(resotoworker in C) data size limit of a collector child in MiB (0: none)" },
	{ "child_open_files", CFG_INT, "1024", 0,
	    "(resotoworker in C) open files limit of a collector child (0: inherited)" },
	{ "child_cpu_seconds", CFG_INT, "0", 0,
	    "(resotoworker in C) CPU time limit of a collector child in seconds (0: none)" },
	{ "child_limits", CFG_JSON, "{}", 0,
	    "(resotoworker in C) per cloud: { memory_mb, open_files, cpu_seconds, timeout } overriding the defaults" },
	{ "child_uid_range", CFG_STRING, "\"\"", 0,
	    "(resotoworker in C) \"FIRST-LAST\": each account's collector runs under its own uid of this range (root only; empty: off)" },
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
	{ "resotoworker.child_memory_mb", 0, 1LL << 30 },	/* 1 PiB */
	{ "resotoworker.child_open_files", 0, 1 << 20 },	/* nr_open */
	{ "resotoworker.child_cpu_seconds", 0, 366LL * 86400 },
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

const char *const worker_sandbox_parts[] = {
	"dumpable", "limits", "landlock", "seccomp", NULL
};

int
worker_sandbox_part(const char *name, size_t len)
{
	int i;

	for (i = 0; worker_sandbox_parts[i] != NULL; i++)
		if (strlen(worker_sandbox_parts[i]) == len &&
		    strncmp(worker_sandbox_parts[i], name, len) == 0)
			return i;
	return -1;
}

static const char *const limit_names[] = {
	"memory_mb", "open_files", "cpu_seconds", "timeout", NULL
};

int
worker_uid_range(const char *s, unsigned long *lo, unsigned long *hi)
{
	char *end;

	*lo = *hi = 0;
	if (s == NULL || *s == '\0')
		return 0;
	errno = 0;
	*lo = strtoul(s, &end, 10);
	if (end == s || *end != '-' || errno != 0)
		return -1;
	s = end + 1;
	*hi = strtoul(s, &end, 10);
	if (end == s || *end != '\0' || errno != 0)
		return -1;
	/* never root, never beyond what a uid_t holds */
	if (*lo == 0 || *hi < *lo || *hi >= (unsigned long)(uid_t)-1)
		return -1;
	return 0;
}

/* child_limits: { cloud: { memory_mb: N, ... }, ... } */
static int
check_limits(json_object *v, char *err, size_t errlen)
{
	size_t i;

	if (!json_object_is_type(v, json_type_object)) {
		snprintf(err, errlen, "resotoworker.child_limits: expected a "
		    "map of cloud to { memory_mb, open_files, cpu_seconds, "
		    "timeout }");
		return -1;
	}
	json_object_object_foreach(v, cloud, l) {
		if (!json_object_is_type(l, json_type_object)) {
			snprintf(err, errlen, "resotoworker.child_limits.%s: "
			    "expected a group", cloud);
			return -1;
		}
		json_object_object_foreach(l, k, n) {
			for (i = 0; limit_names[i] != NULL; i++)
				if (strcmp(limit_names[i], k) == 0)
					break;
			if (limit_names[i] == NULL) {
				snprintf(err, errlen, "resotoworker.child_limits"
				    ".%s.%s: unknown (memory_mb, open_files, "
				    "cpu_seconds or timeout)", cloud, k);
				return -1;
			}
			if (!json_object_is_type(n, json_type_int) ||
			    json_object_get_int64(n) < 0) {
				snprintf(err, errlen, "resotoworker.child_limits"
				    ".%s.%s: expected a number >= 0", cloud, k);
				return -1;
			}
		}
	}
	return 0;
}

static int
check_sandbox(const struct config *cfg, char *err, size_t errlen)
{
	unsigned long lo, hi;
	json_object *v;
	const char *s;
	size_t i;

	v = config_get(cfg, "resotoworker.sandbox_disable");
	for (i = 0; i < json_object_array_length(v); i++) {
		s = json_object_get_string(json_object_array_get_idx(v, i));
		if (worker_sandbox_part(s, strlen(s)) == -1) {
			snprintf(err, errlen, "resotoworker.sandbox_disable: "
			    "\"%s\" is not a part of the sandbox (dumpable, "
			    "limits, landlock, seccomp)", s);
			return -1;
		}
	}
	if (config_int(cfg, "resotoworker.child_open_files") > 0 &&
	    config_int(cfg, "resotoworker.child_open_files") < 16) {
		snprintf(err, errlen, "resotoworker.child_open_files: too small "
		    "(minimum 16, or 0 for the inherited limit)");
		return -1;
	}
	s = config_str(cfg, "resotoworker.child_uid_range");
	if (worker_uid_range(s, &lo, &hi) == -1) {
		snprintf(err, errlen, "resotoworker.child_uid_range: \"%s\" is "
		    "not a range \"FIRST-LAST\" of uids above 0", s);
		return -1;
	}
	return check_limits(config_get(cfg, "resotoworker.child_limits"), err,
	    errlen);
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
	if (check_user(cfg, err, errlen) == -1 ||
	    check_sandbox(cfg, err, errlen) == -1)
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

/*
 * collector: the collector child (design.md "Processes", BRIEF "Child
 * conversation"). Owns the table of compiled-in collectors, the model they
 * declare (model_write) and the child's whole life (collector_serve): the
 * frames it reads and answers. Each collector (example.c, random.c, ...)
 * fills one struct collector; the child loop, the graph emitter (graph.h)
 * and the kind tables (kind.h) are shared.
 */
#ifndef RW_COLLECTOR_H
#define RW_COLLECTOR_H

#include <stddef.h>
#include <time.h>

#include <json-c/json.h>

struct buf;
struct graph;
struct kind;
struct cfg_section;

/* One account of an ACCOUNT frame. */
struct coll_account {
	const char	*id;
	const char	*name;		/* the id when the frame gave none */
	json_object	*js;		/* the whole entry */
};

/* What a delete returns when the resource is still in use (see delete). */
#define COLLECTOR_BUSY	(-2)

/* A worker custom command a collector offers on /work/queue
 * (core-protocol.md 5.1): its handler description. args: argument name,
 * its description, ..., NULL. */
struct collector_command {
	const char		*name;		/* the task name: "aws" */
	const char		*info;
	const char		*description;
	const char *const	*args;
	const char		*allowed_on_kind;	/* NULL: any */
};

struct collector {
	const char		*name;		/* cloud id: "example", "random" */
	const char		*cloud_name;	/* the cloud node's name, NULL: the id */
	const struct cfg_section *config;	/* its config section, NULL if none */
	const struct kind *const *kinds;	/* the kinds it emits (NULL-terminated) */
	/* The supervisor's environment variables with this prefix (or one
	 * of several separated by '|': "GOOGLE_|HOME=") go into the ACCOUNT
	 * frame's "env" (NULL: none); children run with a clean
	 * environment. */
	const char		*env_prefix;
	/* Files or directories below $HOME it reads when they exist (e.g.
	 * ".aws"; "$VAR/x": below the directory the ACCOUNT frame's
	 * environment variable VAR names): readable inside its sandbox
	 * (sandbox.h). NULL: none. */
	const char *const *home_paths;
	/* Environment variables of the ACCOUNT frame naming a host[:port]
	 * it connects to (GCE_METADATA_HOST): their ports are open inside
	 * its sandbox. NULL: none. */
	const char *const *host_vars;
	/* The integer key of its section that bounds how many of its
	 * accounts a collect runs at once (merge kind account), e.g. AWS's
	 * "account_pool_size"; null or absent: max(2, usable CPUs) (the
	 * reference's num_default_threads). NULL: no bound of its own. */
	const char		*pool_key;

	/* Collector-private operations. config is the cloud's section from
	 * the ACCOUNT frame ({} when absent). Each returns 0, or -1 with a
	 * message in err. */

	/* Appends the JSON array [{"id": .., "name": ..}, ...] to out. */
	int	(*discover)(json_object *config, struct buf *out, char *err,
		    size_t errlen);
	/* Optional: the same array as discover, for collectors whose
	 * accounts follow from the configuration alone: no cloud call, no
	 * blocking, so the supervisor may call it (tag filters, which
	 * flagged nodes are this worker's). NULL: known only by discovery. */
	int	(*config_accounts)(json_object *config, struct buf *out,
		    char *err, size_t errlen);
	/* ASSUME: appends [{"id": account, "credentials": {...}}]: fresh
	 * credentials for an account (a renewal); NULL: not supported. */
	int	(*assume)(json_object *config, const char *account,
		    struct buf *out, char *err, size_t errlen);
	/* Adds one account below the cloud node (graph_cloud_id()). */
	int	(*collect)(json_object *config, const struct coll_account *,
		    struct graph *, char *err, size_t errlen);
	/* Sets / removes a tag of the resource in the cloud (node: the node
	 * JSON as the core stores it, kind: its kind); value NULL = null. The
	 * child then updates the node itself. */
	int	(*update_tag)(const struct kind *, json_object *node,
		    const char *key, const char *value, char *err, size_t errlen);
	int	(*delete_tag)(const struct kind *, json_object *node,
		    const char *key, char *err, size_t errlen);
	/* Optional: the reference's pre_cleanup, run for every flagged node
	 * of this collector before the first delete of a cleanup (e.g. to
	 * detach what would keep the resource); 0 also for a kind that has
	 * no such step. NULL: the collector has none, and the supervisor
	 * sends no PRE_CLEANUP. */
	int	(*pre_delete)(const struct kind *, json_object *node, char *err,
		    size_t errlen);
	/* Deletes the resource in the cloud (cleanup): 0, -1 with the
	 * reason, or COLLECTOR_BUSY with the reason when the cloud refused
	 * because another resource still uses this one (an instance in a
	 * subnet): the cleanup job tries it again after other deletes. */
	int	(*delete)(const struct kind *, json_object *node, char *err,
		    size_t errlen);
	/* Checks the values of its config section that a type alone cannot
	 * (ranges), naming the key; run by the supervisor at start, on
	 * --check-config and on every reload. NULL: nothing to check. */
	int	(*check_config)(json_object *config, char *err, size_t errlen);
	/* Optional: the custom command this collector offers when it is
	 * configured (NULL: none), and running it in the child (COMMAND):
	 * args the task's strings, node the core's node with its ancestors
	 * (NULL without one); 0 with *data a new JSON value (NULL is null),
	 * or -1 with the reason. */
	const struct collector_command *command;
	int	(*run_command)(json_object *args, json_object *node,
		    json_object **data, char *err, size_t errlen);
};

/* In the child: the ACCOUNT frame's "env" object ({} when none), and an
 * INFO frame to the supervisor (level "info" or "error"; it becomes an
 * action_info of the running job). */
json_object *collector_env(void);
json_object *collector_config(void);	/* its cloud section */
json_object *collector_worker(void);	/* the resotoworker section */
/* When the previous run of the collect step started (the COLLECT frame's
 * "last_run", from the action's timing: core-protocol.md 4.3); 0 when
 * the core named none. */
time_t	collector_last_run(void);
/* RENEW: asks the supervisor for fresh credentials of the account and
 * waits for them: 0 with the CREDENTIALS payload's "credentials" object
 * (caller puts it), -1 with the reason in err. */
int	collector_renew(const char *account, json_object **cred, char *err,
	    size_t errlen);
/* --no-fork: what a helper child does for a unit's RENEW (ACCOUNT acct,
 * then ASSUME account), run in the calling process: 0 with the ACCOUNTS
 * payload (the one account with its credentials) added to out, -1 with
 * the reason in err. Blocks for the collector's calls. */
int	collector_assume_here(const char *acct, size_t len,
	    const char *account, struct buf *out, char *err, size_t errlen);
void	collector_info(const char *level, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* A problem the collector goes on after: logged as a warning ("cloud: "
 * before it unless cloud is NULL) and sent as an error INFO frame. */
void	collector_report(const char *cloud, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

extern const struct collector *const collectors[];   /* NULL-terminated, all compiled in */
const struct collector *collector_find(const char *name);
const struct cfg_section *const *collector_config_sections(void); /* NULL-terminated */
const char *collector_names(void);
/* The account ids c->config_accounts gives for config (NULL: {}): a new
 * JSON array of strings; NULL with err "" when c has no such hook, NULL
 * with the reason in err when it failed. */
json_object *collector_config_account_ids(const struct collector *,
	    json_object *config, char *err, size_t errlen);	/* "example, random": for error messages */
void model_write(struct buf *out);   /* the PATCH /model body: every compiled-in kind (JSON array) */
/* The child's whole life: reads frames on fd, answers them, returns the exit status.
 * pump != NULL only in --no-fork mode (fd is then non-blocking: on EAGAIN the
 * child side calls pump(arg) to let the supervisor loop run, then retries). */
int collector_serve(int fd, void (*pump)(void *), void *arg);

#endif

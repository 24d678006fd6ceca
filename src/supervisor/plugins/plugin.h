/*
 * plugin: what the action plugins (plugin_*.c) share with their manager
 * (plugins.c): the table entry of a plugin, one run of it (one action),
 * the run's end, and the core's CLI (POST /cli/execute, whose answer is
 * read line by line and never kept whole).
 */
#ifndef RW_PLUGIN_H
#define RW_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"

#include <json-c/json.h>

struct core;
struct config;
struct http_req;
struct prun;
struct corelink;
struct plugins;
struct http_req_opts;

struct plugin_def {
	const char	*name;		/* section plugin_<name> */
	const char	*cls;		/* the reference's class name */
	const char	*action;	/* the step it answers */
	/* Start the work; end it, now or later, with prun_end(). */
	void		(*run)(struct prun *);
};

extern const struct plugin_def plugin_protector, plugin_cleanup_expired,
	    plugin_cleanup_untagged, plugin_cleanup_volumes,
	    plugin_cleanup_aws_alarms, plugin_cleanup_aws_loadbalancers,
	    plugin_cleanup_aws_vpcs, plugin_tagvalidator;

/* An enabled plugin (plugins.c). */
struct plugin {
	const struct plugin_def	*def;
	struct plugins		*ps;
	char			*sid;		/* %-escaped */
	int64_t			 timeout;
	struct corelink		*link;
	struct http_req		*reg;
	struct prun		*runs;		/* in flight */
};

/* One action being handled. */
struct prun {
	const struct plugin_def	*def;
	struct plugin		*p;
	struct core		*core;
	json_object		*conf;	/* plugin_<name> at the start (a copy:
					   the configuration may change) */
	char			*graph;	/* resotoworker.graph, %-escaped */
	json_object		*msg;	/* the action */
	json_object		*conf_text;	/* "config" given as JSON text */
	const char		*task, *step;
	struct http_req		*req;	/* the request in flight */
	char			*what;	/* what it is, for the errors */
	const char		*(*line)(struct prun *, const char *, size_t);
	void			(*done)(struct prun *, const char *err);
	size_t			 nodes;	/* node lines of a CLI answer */
	size_t			 bad;	/* lines that were not JSON objects */
	size_t			 lineno, badline;	/* of the answer */
	const char		*first_bad;	/* why the first bad line is */
	struct buf		 part;	/* the answer's unfinished line */
	void			*state;	/* the plugin's, freed by prun_end */
	void			(*gdone)(struct prun *, const char *err);
	char			*what_done;	/* the info of a run, or NULL */
	void			*state2;	/* a second state (after the graph) */
	void			(*state2_free)(void *);
	void			(*state_free)(void *);
	struct prun		*next;
};

/* The value of plugin_<name>.<key> in the run's configuration ("config"
 * given as a string: the JSON it holds, when it does). */
json_object *prun_conf(struct prun *, const char *key);
/* plugin_<name>.<key> as a duration in seconds: 0, or -1 with
 * "plugin_<name>.<key>: why" in err. */
int	prun_duration(struct prun *, const char *key, double *out,
	    struct buf *err);
/* The end of the run: action_done (err NULL) or action_error, and an
 * action_info with info (done) or err (error) first when not NULL. */
void	prun_end(struct prun *, const char *err, const char *info);
/* Send a request to the core; done gets NULL or what went wrong (a
 * transport failure, a status other than 200 with the core's message, the
 * first line line() refused), followed by "; " and what (e.g. the command).
 * line (may be NULL: the answer is dropped) gets every line of a 200
 * answer and returns NULL or why the line is bad. */
void	prun_request(struct prun *, const struct http_req_opts *,
	    const char *what,
	    const char *(*line)(struct prun *, const char *, size_t),
	    void (*done)(struct prun *, const char *err));
/* Copy what the run needs of the configuration. */
void	prun_take_config(struct prun *, const struct config *);
/* Forget a run without answering (the end of the daemon). */
void	prun_free(struct prun *);
/* POST /cli/execute?graph=G with the command; r->nodes counts the node
 * lines of the answer. */
void	prun_cli(struct prun *, const char *command,
	    void (*done)(struct prun *, const char *err));
/* CORE/graph/G + path, malloc'd. */
char	*prun_graph_url(struct prun *, const char *path);
/* '"' s '"' with JSON escapes: how a value goes into a command. */
void	prun_quote(struct buf *, const char *s);

#endif

/*
 * plugin: what the action plugins (plugin_*.c) share with their manager
 * (plugins.c): the table entry of a plugin, one run of it (one action),
 * the run's end, and the core's CLI (POST /cli/execute, whose answer is
 * read line by line and never kept whole).
 */
#ifndef RW_PLUGIN_H
#define RW_PLUGIN_H

#include <stddef.h>

#include <json-c/json.h>

struct core;
struct config;
struct http_req;
struct prun;
struct buf;

struct plugin_def {
	const char	*name;		/* section plugin_<name> */
	const char	*cls;		/* the reference's class name */
	const char	*action;	/* the step it answers */
	/* Start the work; end it, now or later, with prun_end(). */
	void		(*run)(struct prun *);
};

extern const struct plugin_def plugin_protector, plugin_cleanup_expired,
	    plugin_cleanup_untagged;

/* One action being handled. */
struct prun {
	const struct plugin_def	*def;
	struct plugin		*p;
	struct core		*core;
	const struct config	*cfg;	/* the configuration at the start */
	json_object		*msg;	/* the action */
	const char		*task, *step;
	struct http_req		*req;	/* the CLI call in flight */
	char			*cmd;	/* its command line */
	void			(*cli_done)(struct prun *, const char *err);
	size_t			 nodes;	/* node lines of its answer */
	size_t			 bad;	/* lines that were not JSON objects */
	struct prun		*next;
};

/* The value of plugin_<name>.<key> in the run's configuration. */
json_object *prun_conf(struct prun *, const char *key);
/* The end of the run: action_done (err NULL) or action_error, and an
 * action_info with info (done) or err (error) first when not NULL. */
void	prun_end(struct prun *, const char *err, const char *info);
/* POST /cli/execute?graph=G with the command; done gets NULL or what
 * went wrong (refused, transport, a line that is not JSON), with
 * r->nodes counted. */
void	prun_cli(struct prun *, const char *command,
	    void (*done)(struct prun *, const char *err));
/* '"' s '"' with JSON escapes: how a value goes into a command. */
void	prun_quote(struct buf *, const char *s);

#endif

/*
 * collect_int: private to the collect job (collect*.c). Owns the shapes
 * of a run (struct run), of its configured clouds (struct cloud: the
 * account discovery child, then the accounts) and of its merge units
 * (struct unit: an account, or a whole cloud with graph_merge_kind cloud:
 * its collector child and spool file), and the functions the files of
 * the job call across:
 *   collect.c          the run (start, check, finish, free) and collect.h
 *   collect_cloud.c    a cloud: discovery, progress tree, its units
 *   collect_account.c  a unit: collector child, spool, sink hand-off
 *   collect_progress.c messages to the core, frames of both child kinds
 *   collect_to.c       collect_to_dir() (--collect-to, no core)
 * Nothing outside the collect job includes this header.
 */
#ifndef RW_COLLECT_INT_H
#define RW_COLLECT_INT_H

#include <sys/queue.h>

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <json-c/json.h>

struct event_base;
struct config;
struct core;
struct child;
struct spool;
struct sink;
struct run;

/* One configured cloud: its discovery child, then its accounts. */
struct cloud {
	TAILQ_ENTRY(cloud)	 entry;
	struct run		*run;
	char			*name;
	json_object		*config;	/* its section, {} if none */
	json_object		*accounts;	/* from ACCOUNTS */
	struct child		*disc;
	int			 discovered;	/* discovery has ended */
	int			 limit;		/* accounts at once (pool_key) */
	int			 running;	/* units with a child */
};

/* One merge unit: an account (merge kind account) or a whole cloud. */
struct unit {
	TAILQ_ENTRY(unit)	 entry;
	struct run		*run;
	struct cloud		*cloud;
	json_object		*accounts;	/* for the ACCOUNT frame */
	char			*display;	/* "name (id)"; NULL: the cloud */
	char			*stem;		/* "random-1234": file name */
	struct child		*child;
	int			 queued;	/* waits for its cloud's limit */
	struct spool		*sp;
	int			 done;		/* DONE received and checked */
	int64_t			 nodes, edges;
	char			*failed;	/* FAILED error */
	char			*said;		/* last INFO error it sent */
	int			 finished;	/* delivered or given up */
	int			 delivered;	/* finished: the sink took it */
	struct timespec		 t0;		/* the collector's first frame */
	int			 began;
	double			 secs;
	struct renewal		*renewal;	/* credentials being renewed */
};

struct run {
	TAILQ_ENTRY(run)	 entry;
	struct event_base	*base;
	struct core		*core;		/* NULL: directory sink */
	json_object		*data;		/* the action's data */
	char			*type, *task, *step;
	uint32_t		 job;
	json_object		*worker;	/* resotoworker section (copy) */
	json_object		*sections;	/* the clouds' sections (copy) */
	json_object		*names;		/* collectors to run */
	int			 cloud_merge;	/* graph_merge_kind cloud */
	int			 timeout;
	int			 pool, senders;	/* sized to the descriptor limit */
	int			 keep;		/* debug_dump_json */
	char			*spooldir;
	struct sink		*sink;
	int			 prepared;
	TAILQ_HEAD(, cloud)	 clouds;
	TAILQ_HEAD(, unit)	 units;
	int			 delivered, failed;
	int			 aborting;
	struct timespec		 t0;
	void			(*on_finish)(struct run *, int status, void *);
	void			*finish_arg;
};

/* collect.c: the run */
struct run	*co_run_new(struct core *, const struct config *, json_object *data,
		    const char *type, const char *task, const char *step);
/* the sink (r->sink) is set: configure children, PATCH the model, start
 * every cloud once the sink is prepared */
void		 co_run_start(struct run *, const struct config *);
/* every cloud discovered and every unit finished: the final reply */
void		 co_run_check(struct run *);
double		 co_since(const struct timespec *);
json_object	*co_copy_json(json_object *);	/* NULL: NULL */

/* collect_cloud.c: a cloud */
void		 co_cloud_start(struct run *, const char *name);
void		 co_cloud_free(struct cloud *);
/* The secrets of the "credentials" of ACCOUNTS entries go to
 * log_secret(), so no log line shows them. */
void		 co_account_secrets(json_object *accounts);
/* the ACCOUNT frame's payload (malloc'd) */
char		*co_account_frame(struct run *, struct cloud *,
		    json_object *accounts);

/* collect_account.c: a merge unit; one: its only account, NULL: the
 * whole cloud */
void		 co_unit_new(struct cloud *, json_object *accounts,
		    json_object *one);
void		 co_unit_free(struct unit *);
/* when the previous run of r's step started (unix s), 0: unknown */
int64_t		 co_last_run(const struct run *);

/* collect_progress.c: messages to the core (nothing without a core) */
void		 co_reply(struct run *, char *json);	/* takes json (NULL ok) */
/* An action_info for [cloud:account]; also logged here. */
void		 co_info(struct run *, const char *level, const char *cloud,
		    const char *account, const char *fmt, ...)
		    __attribute__((format(printf, 5, 6)));
/* An action_progress; takes the progress object over. */
void		 co_progress(struct run *, const char *cloud, json_object *p);
void		 co_progress_leaf(struct run *, const char *cloud,
		    const char *name, int done);
/* "name (id)" when the name differs from the id (malloc'd) */
char		*co_display_name(json_object *account);
/* a child's frame as strict JSON; -1 with the reason in err */
int		 co_parse_frame(uint32_t type, const char *p, size_t len,
		    json_object **out, char *err, size_t errlen);
/* INFO and PROGRESS, from either kind of child */
int		 co_common_frame(struct run *, struct cloud *,
		    const char *account, uint32_t type, json_object *o,
		    char *err, size_t errlen);

#endif

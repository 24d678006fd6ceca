/*
 * cleanup_int: private to the cleanup job (cleanup*.c). Owns the shapes
 * of a run (struct crun), of the flagged nodes it holds (struct cnode:
 * where the node's JSON sits in the spool file, its account, its place
 * in the delete order; ids in one arena with an open-addressing table),
 * of the accounts it meets (struct cacct) and of its collector children
 * (struct cchild), and the functions the files of the job call across:
 *   cleanup.c         the run: queue, search request, write-back, reply
 *   cleanup_search.c  the search answer, line by line, into the node table
 *   cleanup_plan.c    ids, delete edges, layers, cycles
 *   cleanup_exec.c    the layers through the children (or the dry run)
 * Nothing outside the cleanup job includes this header.
 */
#ifndef RW_CLEANUP_INT_H
#define RW_CLEANUP_INT_H

#include <sys/queue.h>

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <json-c/json.h>

#include "common/buf.h"

struct core;
struct child;
struct spool;
struct evbuffer;
struct uploads;
struct upload;
struct http_req;
struct event;

#define CL_NONE		UINT32_MAX

enum cnode_state {
	CN_WAIT = 0,		/* dependencies not done yet */
	CN_READY,		/* in its account's ready list */
	CN_FLIGHT,		/* at a child */
	CN_DELETED,
	CN_FAILED,
	CN_BUSY,		/* refused while in use: in the busy list */
};

/* One flagged node of a served account: 32 bytes; the id is in the
 * arena, the JSON in the spool file. */
struct cnode {
	uint64_t	off;		/* of its line in the node spool */
	uint32_t	len;		/* of the line, without the newline */
	uint32_t	id;		/* offset of the NUL-terminated id in ids */
	uint32_t	acct;		/* index in accts */
	uint32_t	ndeps;		/* nodes that must go first, not yet gone */
	uint32_t	next;		/* next in its account's ready list */
	uint8_t		state;
	uint8_t		released;	/* busy, its dependents let go */
};

/* A node the cloud refused because another resource still used it
 * (COLLECTOR_BUSY): tried again once its account deleted something
 * since (mark: the account's deleted count at the refusal). */
struct cbusy {
	uint32_t	 node;
	uint32_t	 mark;
	char		*why;
	char		 tried[24];
};

/* A (cloud, account) the search answer named for a flagged node. */
struct cacct {
	char		*cloud, *account;	/* account NULL: none found */
	int		 served;	/* this worker deletes its nodes */
	int		 pre;		/* its collector has a pre-clean step */
	uint32_t	 total, deleted, failed;
	uint32_t	 head, tail;	/* ready list (CL_NONE: empty) */
	int		 nchildren;
	int		 reported;	/* "left alone" said */
	char		*sample;	/* a node of it (for the not-served report) */
	time_t		 progress_at;	/* last progress sent */
};

/* A collector child of one account. */
struct cchild {
	LIST_ENTRY(cchild)	 entry;
	struct crun		*run;
	struct child		*child;
	uint32_t		 acct;
	uint32_t		 node;		/* in flight, CL_NONE: idle */
	char			 tried[24];	/* "Trying to clean up" time */
	char			 dn[256];	/* "<kind> <name> (<id>)" */
	char			 region[128];
	int			 stopping;
};

struct crun {
	TAILQ_ENTRY(crun)	 entry;
	struct core		*core;
	json_object		*data;		/* the action's data */
	char			*task, *step, *graph;
	uint32_t		 job;
	int			 started;	/* not waiting for a collect */
	int			 dry_run;
	int			 pool;		/* nodes in flight at most */
	int			 timeout;
	json_object		*worker;	/* resotoworker section (copy) */
	json_object		*sections;	/* the clouds' sections (copy) */
	json_object		*clouds;	/* resotoworker.collector (copy) */
	json_object		*served;	/* cloud -> [account ids] or null */
	char			*tempdir;	/* resotoworker.tempdir or NULL */
	char			*spooldir;	/* the private one below it */
	struct timespec		 t0;

	/* the search answer */
	struct http_req		*search;
	struct buf		 line;		/* the line being received */
	uint64_t		 lineno;
	struct spool		*nodes_sp;	/* flagged nodes' lines */
	struct evbuffer		*nodes_out;	/* not yet written to it */
	uint64_t		 nodes_bytes;	/* written + pending */
	int			 nodes_fd;	/* its descriptor, -1 */
	uint64_t		 seen_nodes, seen_edges, bad_lines;

	/* the node table (cleanup_plan.c) */
	struct cnode		*n;
	uint32_t		 nn, nn_cap;
	struct buf		 ids;		/* arena of ids */
	uint32_t		*slots;		/* node index + 1; 0: empty */
	uint32_t		 nslots;	/* power of two */
	uint32_t		*pairs;		/* delete edges (from, to) while reading */
	size_t			 npairs, pairs_cap;
	uint32_t		*dep_at;	/* CSR: dependents of node i */
	uint32_t		*dep;		/*   dep[dep_at[i] .. dep_at[i+1]) */
	uint32_t		*layer, *next_layer;
	uint32_t		 nlayer, nnext, layer_no, layer_left;
	uint32_t		 skipped;	/* on or behind a cycle */
	int			 plan_over;	/* no layer left */

	struct cacct		*accts;
	uint32_t		 na;

	/* running (cleanup_exec.c) */
	LIST_HEAD(, cchild)	 children;
	int			 nchildren, inflight, maxchildren;
	uint32_t		 deleted, failed;
	struct cbusy		*busy;		/* refused while in use */
	size_t			 nbusy, busy_cap;
	int			 last_pass;	/* no pass left */
	int			 busy_all;	/* retry every busy node */
	int			 busy_waits, busy_waited;	/* s */
	struct event		*busy_ev;	/* the wait before it */
	int			 pre;		/* the pre-clean phase runs */
	uint32_t		 pre_left;	/* its nodes not answered yet */
	struct spool		*wb_sp;		/* write-back lines */
	struct evbuffer		*wb_out;
	uint64_t		 wb_lines;
	struct buf		 scratch;

	/* the end */
	struct uploads		*ups;
	struct upload		*patch;
	int			 finishing;
	int			 aborting;
	int			 stopping;	/* the worker stops: no new node */
	char			*error;		/* of cl_run_fail */
	struct event		*failev;
};

/* cleanup.c */
void	 cl_info(struct crun *, const char *level, const char *cloud,
	    const char *account, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
/* every layer done (or the dry run over): write back, then reply */
void	 cl_run_done(struct crun *);
/* the run cannot go on: action_error with why */
void	 cl_run_fail(struct crun *, const char *why);
/* the supervisor's event loop (timers of a run) */
struct event_base *cl_base(void);

/* cleanup_search.c: the http on_data callback and the end of the answer */
int	 cl_search_data(const char *p, size_t n, char *err, size_t errlen,
	    void *arg);
/* the last line (no newline at the end); -1 with err on a write error */
int	 cl_search_end(struct crun *, char *err, size_t errlen);

/* cleanup_plan.c */
/* The node with this id, CL_NONE when it is not a flagged node. */
uint32_t cl_node_find(struct crun *, const char *id);
/* A new flagged node; CL_NONE when the id is there already. */
uint32_t cl_node_add(struct crun *, const char *id, uint32_t acct,
	    uint64_t off, uint32_t len);
const char *cl_node_id(const struct crun *, uint32_t);
void	 cl_edge_add(struct crun *, uint32_t from, uint32_t to);
/* The account index of (cloud, account); account may be NULL. */
uint32_t cl_acct(struct crun *, const char *cloud, const char *account);
/* Dependencies counted, the first layer made. */
void	 cl_plan(struct crun *);
/* A node is done: its dependents may become ready (next layer). */
void	 cl_plan_done(struct crun *, uint32_t node);
/* The same for the dependents alone (a busy node let go of them). */
void	 cl_plan_release(struct crun *, uint32_t node);
/* The current layer is over: the next one becomes current; 0 when there
 * is none (then the nodes left wait on a cycle: reported, skipped). */
int	 cl_plan_next(struct crun *);
void	 cl_plan_free(struct crun *);
/* The node's JSON line, read back from the spool (NUL-terminated in
 * r->scratch); NULL with err. */
const char *cl_node_json(struct crun *, uint32_t, char *err, size_t errlen);

/* cleanup_exec.c */
void	 cl_exec_start(struct crun *);
/* no more nodes handed out; the run ends once those in flight are back */
void	 cl_exec_stop(struct crun *);
void	 cl_exec_free(struct crun *);

#endif

/*
 * pgraph: the graph-type plugins' local graph (action-plugins.md 1.3):
 * the answer of one search (POST /graph/G/search/graph?section=reported,
 * ndjson), i.e. only what the core's filter and traversal selected, with
 * its edges by type, the change tracking of the reference (desired.clean
 * set or unset, event log entries, refusals on protected nodes) and the
 * PATCH /graph/G/nodes of the changes, sent always (possibly empty).
 */
#ifndef RW_PGRAPH_H
#define RW_PGRAPH_H

#include <stddef.h>
#include <time.h>

#include <json-c/json.h>

struct prun;
struct buf;

struct pnode {
	json_object	*line;		/* the answer line */
	const char	*id;		/* the core's node id */
	const char	*kind, *rid, *name;	/* reported.* (may be NULL) */
	int		 clean;		/* desired.clean now */
	int		 changed;	/* clean set by the plugin */
	json_object	*log;		/* event_log entries written, or NULL */
};

#define PG_DEFAULT	0x1
#define PG_DELETE	0x2

struct pedge {
	size_t		 from, to;
	int		 type;		/* PG_DEFAULT or PG_DELETE */
};

struct pgraph {
	struct pnode	*n;
	size_t		 nn, cap;
	struct pedge	*e;
	size_t		 ne, ecap;
	size_t		*out, *in;	/* edge indexes by from / by to */
	size_t		*out0, *in0;	/* per node: first of its run, nn+1 */
	json_object	*index;		/* id -> node index */
	json_object	*pending;	/* edge lines, read after all nodes */
	time_t		 now;
};

/* Search with text; done gets NULL (the graph is in r->state, a struct
 * pgraph) or what went wrong. */
void	pgraph_search(struct prun *, const char *text,
	    void (*done)(struct prun *, const char *err));
/* PATCH the changes (every changed node, one line each); done as above. */
void	pgraph_patch(struct prun *, void (*done)(struct prun *, const char *err));

/* PATCH, then end the run with "<n> <what> flagged for cleanup". */
void	pgraph_patch_end(struct prun *, const char *what);

struct pgraph *pgraph_of(struct prun *);
/* reported.<key> or metadata.<key> and the like; NULL when absent. */
json_object *pn_get(const struct pnode *, const char *section, const char *key);
const char *pn_str(const struct pnode *, const char *section, const char *key);
int	pn_protected(const struct pnode *);
/* seconds since reported.<key> (ctime, atime, mtime); -1 when unknown */
double	pn_since(const struct pgraph *, const struct pnode *, const char *key);
/* ancestors.<kind>.reported.id of the answer line; NULL when absent */
const char *pn_ancestor(const struct pnode *, const char *kind);
/* "id" when id equals name, else "name (id)" (the reference's dname) */
const char *pn_dname(const struct pnode *, char *buf, size_t len);
/* Set clean (refused on a protected node: an event log line instead) and
 * log it as the reference does. */
void	pn_set_clean(struct pgraph *, struct pnode *, int clean);
void	pn_log(struct pgraph *, struct pnode *, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* The next node linked to node i by an edge of type (a PG_* mask) going
 * out of i (out = 1) or into it (out = 0); *pos starts at 0. -1 at the end. */
long	pg_next(const struct pgraph *, size_t i, int out, int type, size_t *pos);

/* plugin_cleanup_aws_alarms/vpcs.config: cloud id -> account ids; NULL
 * or {} is every account. check: -1 with err naming key; match: 1 when
 * the node's cloud and account ancestors are listed. */
int	pg_accounts_check(json_object *conf, const char *key, struct buf *err);
int	pg_accounts_match(json_object *conf, const struct pnode *);

#endif

/*
 * graph: the collector child's graph emitter (collectors.md 1.2-1.8).
 * Node lines are written as they are added and streamed out in chunks of
 * whole lines (GRAPH frames of ~128 KiB, never over FRAME_MAX_PAYLOAD);
 * only the 16-byte node ids and the edges are kept, so a graph of a
 * million lines needs a few tens of MB. Edges are deduplicated by
 * (from, to, type) and written after all nodes, grouped by source in node
 * order (1.8), then the deferred edges. graph_finish() checks the graph
 * first: every edge end is a node, exactly one replace node of the right
 * kind, no cycle over default edges nor over delete edges.
 */
#ifndef RW_GRAPH_H
#define RW_GRAPH_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <json-c/json.h>

#include "collector/nodeid.h"

struct buf;
struct kind;

enum merge_kind { MERGE_ACCOUNT, MERGE_CLOUD };
enum edge_type { EDGE_DEFAULT, EDGE_DELETE };

#define GRAPH_CHUNK	(128 * 1024)	/* flush GRAPH frames at this size */

struct gtag {
	const char	*key;
	const char	*value;		/* NULL: None, dropped */
};

struct gnode {
	const struct kind	*kind;
	const char		*id;
	const char		*name;		/* NULL: the id */
	/* location for the identity tuple; NULL: "undefined". A node whose
	 * kind is a cloud/account/region/zone is its own. */
	const char		*cloud, *account, *region, *zone;
	const struct gtag	*tags;
	size_t			 ntags;
	/* the whole identity tuple, for kinds that extend it (dns records);
	 * NULL: (kind, cloud, account, region, zone, id, name) */
	const char *const	*keys;
	size_t			 nkeys;
	int			 cleaned;	/* metadata.cleaned: true (the
						   reference's _cleaned, e.g.
						   a terminated GCP instance) */
	/* the usage section, {metric: {stat: value}} (collectors.md 1.2),
	 * kept until graph_node_end; NULL: {} */
	json_object		*usage;
};

/* A deferred edge end: a node id, or a core search. */
struct gsel {
	const struct nodeid	*node_id;
	const char		*search;
};

/* Receives the graph text, whole lines, len <= FRAME_MAX_PAYLOAD; returns
 * -1 when it cannot be delivered (the graph then stops writing). */
typedef int (*graph_out_fn)(void *arg, const char *data, size_t len);

struct graph;

struct graph	*graph_new(enum merge_kind, graph_out_fn, void *arg);
void		 graph_free(struct graph *);
/* The export time (metadata.exported_at, collectors' "now"); time(NULL)
 * unless set (tests pin it). */
void		 graph_set_time(struct graph *, time_t);
time_t		 graph_time(const struct graph *);
const char	*graph_time_str(const struct graph *);	/* YYYY-MM-DDTHH:MM:SSZ */
/* Adds the root node, the cloud node and root -> cloud. */
void		 graph_root_cloud(struct graph *, const char *cloud,
		    struct nodeid *cloud_id);
/* The same with the cloud node's name (NULL: the id), e.g. "AWS". */
void		 graph_root_cloud_named(struct graph *, const char *cloud,
		    const char *name, struct nodeid *cloud_id);
const struct nodeid *graph_cloud_id(const struct graph *);

/* Starts a node line up to and including "name"; the caller appends its
 * further reported properties (jw_key() + a value) in declaration order to
 * the buffer returned, then calls graph_node_end(). id gets the node id. */
struct buf	*graph_node_begin(struct graph *, const struct gnode *,
		    struct nodeid *id);
/* The id graph_node_begin() gives n, without writing it (edges to a node
 * may come before its line: a node written when its answers are in). */
void		 graph_node_id(struct graph *, const struct gnode *,
		    struct nodeid *id);
void		 graph_node_end(struct graph *);
/* Writes the ctime property of node n: the "resoto:ctime" tag when it
 * holds an ISO-8601 time (collectors.md 1.2), else ctime (NULL: none). */
void		 graph_prop_ctime(struct graph *, const struct gnode *n,
		    const char *ctime);
void		 graph_edge(struct graph *, const struct nodeid *from,
		    const struct nodeid *to, enum edge_type);
void		 graph_deferred(struct graph *, const struct gsel *from,
		    const struct gsel *to, enum edge_type);

/* Checks the graph, then writes edges and deferred edges and flushes.
 * 0 with the node and edge line counts, or -1 with the reason (broken
 * graph, a line too long, or output failure; nothing more is written).
 * Afterwards the graph can only be freed. */
int		 graph_finish(struct graph *, size_t *nodes, size_t *edges,
		    char *err, size_t errlen);
/* 1 once the output function failed: the receiver is gone. */
int		 graph_io_failed(const struct graph *);

#endif

/*
 * sink: where the graphs of a collect run go. Owns the two destinations
 * behind one interface: the core (POST /graph/{graph} and the model PATCH
 * before the first graph, then one POST /graph/{graph}/merge per finished
 * account, streamed from its spool file, through upload.h with retries,
 * at most graph_sender_pool_size at once) and a directory (--collect-to:
 * DIR/model.json is the exact model body, DIR/<cloud>-<account>.ndjson the
 * exact merge body, and the spool files are created in DIR itself so that
 * delivering one is a rename). The collect job decides what to deliver.
 */
#ifndef RW_SINK_H
#define RW_SINK_H

#include <stddef.h>
#include <stdint.h>

struct event_base;
struct http;
struct spool;
struct sink;

/* ok 1, or 0 with the reason in err. Called from the event loop, never
 * from inside the call that started the work, and not after sink_free. */
typedef void (*sink_cb)(int ok, const char *err, void *arg);

struct sink_core_params {
	struct http	*http;
	const char	*graph_url;	/* CORE/graph/{graph} */
	const char	*model_url;	/* CORE/model or CORE/graph/{graph}/model */
	const char	*task;		/* Resoto-Worker-Task-Id */
	int		 senders;	/* uploads at once */
	long		 timeout_ms;	/* per merge upload; 0: none */
};

struct sink	*sink_core(struct event_base *, const struct sink_core_params *);
/* dir must exist (it is created by the caller). */
struct sink	*sink_dir(struct event_base *, const char *dir);

/* Where spool files belong: the worker's private directory below tempdir
 * (or $TMPDIR, /tmp; spool_private_dir) for the core, the directory
 * itself for a directory sink. NULL with err when tempdir is unsafe. */
const char	*sink_spool_dir(const struct sink *, const char *tempdir,
		    char *err, size_t errlen);

/* Before the first graph: create the graph and send the model (core;
 * err then starts with "Failed to create graph: " or "Failed to create
 * model: "), or write model.json (directory). */
void	sink_prepare(struct sink *, const char *model, size_t len, sink_cb,
	    void *arg);

/* Deliver a complete, closed spool. name is the file stem for a directory
 * ("random-1234"). The spool stays the caller's: on success of a directory
 * sink it has been renamed into place (spool_keep_as). */
void	sink_deliver(struct sink *, struct spool *, const char *name,
	    uint64_t nodes, uint64_t edges, sink_cb, void *arg);

/* 1 for a directory sink. */
int	sink_is_dir(const struct sink *);

/* Cancel whatever is under way (no more callbacks) and free. */
void	sink_free(struct sink *);

#endif

/*
 * metrics: the supervisor's counters and their Prometheus text (exposition
 * format 0.0.4) for /metrics. Owns the counters (plain structs, one
 * function per event, called in one line where the event happens), the
 * outcome of the last collect (for /health), the process figures read from
 * /proc at scrape time, and the text writer. Every name is documented in
 * resotoworker(8); all of ours start with resotoworker_, the process ones
 * use the names every Prometheus client library uses.
 *
 * Result labels are short fixed words chosen by the caller ("done",
 * "partial", "error", "disabled", ...); at most METRICS_RESULTS distinct
 * ones per counter, further ones are counted as "other".
 */
#ifndef RW_METRICS_H
#define RW_METRICS_H

#include <stdint.h>
#include <time.h>

#include "supervisor/children.h"

struct buf;
struct core_state;

#define METRICS_RESULTS	8

/* A collect run is over: its task id, its status as collect.c's
 * on_finish has it (0: every account delivered, "done"; 1: some account
 * failed, "partial"; 2: the run could not start, "error") and wall time. */
void	metrics_collect_run(const char *task, int status, double secs);
/* A cleanup run is over: its task id, result and wall time. */
void	metrics_cleanup_run(const char *task, const char *result, double secs);
/* A merge unit's graph was accepted by the core. */
void	metrics_graph_sent(const char *cloud, int64_t nodes, int64_t edges,
	    uint64_t bytes);
/* A request to the core is tried again (upload.h). */
void	metrics_upload_retry(void);
/* A collector process (or in-process collector) started / ended. */
void	metrics_child_started(void);
void	metrics_child_ended(enum child_fate);
/* A tag task was answered ("done" or "error"). */
void	metrics_tag_task(const char *result);

/* The last finished run of a kind (/health). */
struct metrics_run {
	char	 task[128];
	char	 result[16];
	time_t	 finished;	/* wall clock */
	double	 secs;
	int	 some;		/* 0: no run finished yet */
};
const struct metrics_run *metrics_last_collect(void);
const struct metrics_run *metrics_last_cleanup(void);

/* What is read at scrape time by the caller (web.c), so that this module
 * calls nothing of the others and links alone into their tests. */
struct metrics_gauges {
	int			 children_running, children_queued;
	int			 collects, tags;	/* runs in flight */
	const struct core_state	*core;			/* NULL: none */
};

/* The whole exposition: our counters, the gauges and the process figures
 * read from /proc now. */
void	metrics_write(struct buf *, const struct metrics_gauges *);

/* Forget every counter (tests). */
void	metrics_reset(void);

#endif

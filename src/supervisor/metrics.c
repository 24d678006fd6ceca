/* metrics: see metrics.h. */
#include "config.h"
#include "supervisor/metrics.h"

#include "common/buf.h"
#include "supervisor/core.h"	/* struct core_state only */

#include <sys/resource.h>

#include <dirent.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_CLOUDS	32	/* compiled-in collectors: far fewer */

/* counters by result label */
struct results {
	struct {
		char		label[16];
		uint64_t	n;
	} v[METRICS_RESULTS];
	int		 n;
	double		 secs;	/* sum over every run */
	uint64_t	 runs;
};

struct cloud_sent {
	char		*cloud;
	uint64_t	 nodes, edges, bytes, graphs;
};

static struct {
	struct results		collect, cleanup, tag;
	struct metrics_run	last_collect, last_cleanup;
	struct cloud_sent	cloud[MAX_CLOUDS];
	int			ncloud;
	uint64_t		retries;
	uint64_t		started, crashed, timed_out, failed;
} m;

static int
find(const struct results *r, const char *label)
{
	int i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->v[i].label, label) == 0)
			return i;
	return -1;
}

static void
count(struct results *r, const char *result)
{
	int i;

	if ((i = find(r, result)) < 0) {
		/* the last slot is kept for "other" */
		if (strlen(result) >= sizeof(r->v[0].label) ||
		    r->n >= METRICS_RESULTS - 1)
			result = "other";
		if ((i = find(r, result)) < 0) {
			i = r->n++;
			snprintf(r->v[i].label, sizeof(r->v[i].label), "%s",
			    result);
		}
	}
	r->v[i].n++;
}

static void
last(struct metrics_run *l, const char *task, const char *result, double secs)
{
	snprintf(l->task, sizeof(l->task), "%s", task ? task : "");
	snprintf(l->result, sizeof(l->result), "%s", result);
	l->finished = time(NULL);
	l->secs = secs;
	l->some = 1;
}

void
metrics_collect_run(const char *task, int status, double secs)
{
	const char *result = status == 0 ? "done" : status == 1 ? "partial" :
	    "error";

	count(&m.collect, result);
	m.collect.secs += secs;
	m.collect.runs++;
	last(&m.last_collect, task, result, secs);
}

void
metrics_cleanup_run(const char *task, const char *result, double secs)
{
	count(&m.cleanup, result);
	m.cleanup.secs += secs;
	m.cleanup.runs++;
	last(&m.last_cleanup, task, result, secs);
}

void
metrics_graph_sent(const char *cloud, int64_t nodes, int64_t edges,
    uint64_t bytes)
{
	struct cloud_sent *c = NULL;
	int i;

	for (i = 0; i < m.ncloud && c == NULL; i++)
		if (strcmp(m.cloud[i].cloud, cloud) == 0)
			c = &m.cloud[i];
	if (c == NULL) {
		if (m.ncloud == MAX_CLOUDS)
			return;
		c = &m.cloud[m.ncloud++];
		c->cloud = xstrdup(cloud);
	}
	c->nodes += nodes > 0 ? (uint64_t)nodes : 0;
	c->edges += edges > 0 ? (uint64_t)edges : 0;
	c->bytes += bytes;
	c->graphs++;
}

void
metrics_upload_retry(void)
{
	m.retries++;
}

void
metrics_child_started(void)
{
	m.started++;
}

void
metrics_child_ended(enum child_fate f)
{
	if (f == CHILD_CRASHED)
		m.crashed++;
	else if (f == CHILD_TIMEOUT)
		m.timed_out++;
	else if (f == CHILD_EXITED || f == CHILD_PROTOCOL ||
	    f == CHILD_SPAWN)
		m.failed++;
}

void
metrics_tag_task(const char *result)
{
	count(&m.tag, result);
}

const struct metrics_run *
metrics_last_collect(void)
{
	return &m.last_collect;
}

const struct metrics_run *
metrics_last_cleanup(void)
{
	return &m.last_cleanup;
}

void
metrics_reset(void)
{
	int i;

	for (i = 0; i < m.ncloud; i++)
		free(m.cloud[i].cloud);
	memset(&m, 0, sizeof(m));
}

/* ---- the text ----------------------------------------------------------- */

/* a label value: backslash, double quote and newline escaped */
static void
label(struct buf *b, const char *name, const char *v)
{
	buf_printf(b, "%s=\"", name);
	for (; *v; v++)
		if (*v == '\\')
			buf_puts(b, "\\\\");
		else if (*v == '"')
			buf_puts(b, "\\\"");
		else if (*v == '\n')
			buf_puts(b, "\\n");
		else
			buf_putc(b, *v);
	buf_putc(b, '"');
}

static void
head(struct buf *b, const char *name, const char *type, const char *help)
{
	buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void
scalar(struct buf *b, const char *name, const char *type, const char *help,
    double v)
{
	head(b, name, type, help);
	buf_printf(b, "%s %.15g\n", name, v);
}

static void
by_result(struct buf *b, const char *name, const char *help,
    const struct results *r, const char *const *always)
{
	int i, j;

	head(b, name, "counter", help);
	for (j = 0; always[j] != NULL; j++)
		if (find(r, always[j]) < 0) {
			buf_printf(b, "%s{", name);
			label(b, "result", always[j]);
			buf_puts(b, "} 0\n");
		}
	for (i = 0; i < r->n; i++) {
		buf_printf(b, "%s{", name);
		label(b, "result", r->v[i].label);
		buf_printf(b, "} %llu\n", (unsigned long long)r->v[i].n);
	}
}

static void
duration(struct buf *b, const char *name, const char *help,
    const struct results *r)
{
	head(b, name, "summary", help);
	buf_printf(b, "%s_sum %.15g\n%s_count %llu\n", name, r->secs, name,
	    (unsigned long long)r->runs);
}

static void
per_cloud(struct buf *b, const char *name, const char *help, size_t off)
{
	int i;

	head(b, name, "counter", help);
	for (i = 0; i < m.ncloud; i++) {
		buf_printf(b, "%s{", name);
		label(b, "cloud", m.cloud[i].cloud);
		buf_printf(b, "} %llu\n", (unsigned long long)
		    *(const uint64_t *)((const char *)&m.cloud[i] + off));
	}
}

/* ---- the process -------------------------------------------------------- */

struct proc {
	double	cpu, start, rss, vsize;
	long	fds, max_fds;
	int	ok;
};

/* /proc/self/stat and /proc/stat's btime, as the client libraries read
 * them */
static void
proc_read(struct proc *p)
{
	char line[1024], *s;
	unsigned long long utime, stime, start, vsize, btime = 0;
	long rss, tck = sysconf(_SC_CLK_TCK), page = sysconf(_SC_PAGESIZE);
	struct rlimit rl;
	struct dirent *d;
	FILE *f;
	DIR *dir;

	memset(p, 0, sizeof(*p));
	if ((f = fopen("/proc/self/stat", "r")) != NULL) {
		/* fields after the command (which may hold spaces) */
		if (fgets(line, sizeof(line), f) != NULL &&
		    (s = strrchr(line, ')')) != NULL &&
		    sscanf(s + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u "
		    "%*u %llu %llu %*d %*d %*d %*d %*d %*d %llu %llu %ld",
		    &utime, &stime, &start, &vsize, &rss) == 5) {
			p->cpu = (double)(utime + stime) / (double)tck;
			p->vsize = (double)vsize;
			p->rss = (double)rss * (double)page;
			p->ok = 1;
		}
		fclose(f);
	}
	if (p->ok && (f = fopen("/proc/stat", "r")) != NULL) {
		while (fgets(line, sizeof(line), f) != NULL)
			if (sscanf(line, "btime %llu", &btime) == 1)
				break;
		fclose(f);
		p->start = (double)btime + (double)start / (double)tck;
	}
	if ((dir = opendir("/proc/self/fd")) != NULL) {
		while ((d = readdir(dir)) != NULL)
			if (d->d_name[0] != '.')
				p->fds++;
		closedir(dir);
		p->fds--;	/* the one opendir holds */
	}
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0)
		p->max_fds = rl.rlim_cur == RLIM_INFINITY ? -1 :
		    (long)rl.rlim_cur;
}

static void
process(struct buf *b)
{
	struct proc p;

	proc_read(&p);
	if (p.ok) {
		scalar(b, "process_cpu_seconds_total", "counter",
		    "Total user and system CPU time spent in seconds.", p.cpu);
		scalar(b, "process_start_time_seconds", "gauge",
		    "Start time of the process since unix epoch in seconds.",
		    p.start);
		scalar(b, "process_resident_memory_bytes", "gauge",
		    "Resident memory size in bytes.", p.rss);
		scalar(b, "process_virtual_memory_bytes", "gauge",
		    "Virtual memory size in bytes.", p.vsize);
	}
	if (p.fds >= 0)
		scalar(b, "process_open_fds", "gauge",
		    "Number of open file descriptors.", (double)p.fds);
	if (p.max_fds > 0)
		scalar(b, "process_max_fds", "gauge",
		    "Maximum number of open file descriptors.",
		    (double)p.max_fds);
}

void
metrics_write(struct buf *b, const struct metrics_gauges *g)
{
	static const char *const runs[] = { "done", "error", NULL };
	const struct core_state *st = g->core;
	int i;

	head(b, "resotoworker_build_info", "gauge", "Always 1; the version "
	    "in its label.");
	buf_puts(b, "resotoworker_build_info{");
	label(b, "version", PACKAGE_VERSION);
	buf_puts(b, "} 1\n");
	by_result(b, "resotoworker_collect_runs_total", "Collect runs by "
	    "result (done: every account delivered, partial: some account "
	    "failed, error: the run could not start).", &m.collect, runs);
	duration(b, "resotoworker_collect_duration_seconds", "Wall time of "
	    "the collect runs.", &m.collect);
	by_result(b, "resotoworker_cleanup_runs_total", "Cleanup runs by "
	    "result (done, disabled: resotoworker.cleanup is false, error).",
	    &m.cleanup, runs);
	duration(b, "resotoworker_cleanup_duration_seconds", "Wall time of "
	    "the cleanup runs.", &m.cleanup);
	scalar(b, "resotoworker_collect_runs_in_progress", "gauge",
	    "Collect runs in progress.", g->collects);
	per_cloud(b, "resotoworker_graphs_sent_total", "Graphs (merge "
	    "units) accepted by the core, per cloud.",
	    offsetof(struct cloud_sent, graphs));
	per_cloud(b, "resotoworker_nodes_sent_total", "Nodes sent to the "
	    "core in accepted graphs, per cloud.",
	    offsetof(struct cloud_sent, nodes));
	per_cloud(b, "resotoworker_edges_sent_total", "Edges sent to the "
	    "core in accepted graphs, per cloud.",
	    offsetof(struct cloud_sent, edges));
	per_cloud(b, "resotoworker_upload_bytes_total", "Bytes of accepted "
	    "graph uploads, per cloud.", offsetof(struct cloud_sent, bytes));
	scalar(b, "resotoworker_upload_retries_total", "counter", "Requests "
	    "to the core tried again (graph creation, model, merges).",
	    (double)m.retries);
	scalar(b, "resotoworker_children_started_total", "counter",
	    "Collector processes started.", (double)m.started);
	scalar(b, "resotoworker_children_running", "gauge",
	    "Collector processes running now.", g->children_running);
	scalar(b, "resotoworker_children_queued", "gauge",
	    "Collector processes waiting for room in the pool.",
	    g->children_queued);
	scalar(b, "resotoworker_children_crashed_total", "counter",
	    "Collector processes killed by a signal the worker did not send.",
	    (double)m.crashed);
	scalar(b, "resotoworker_children_timed_out_total", "counter",
	    "Collector processes killed at their deadline "
	    "(resotoworker.timeout).", (double)m.timed_out);
	scalar(b, "resotoworker_children_failed_total", "counter",
	    "Collector processes that exited non-zero, broke the frame "
	    "protocol or could not start.", (double)m.failed);
	by_result(b, "resotoworker_tag_tasks_total", "Tag tasks answered, "
	    "by result.", &m.tag, runs);
	scalar(b, "resotoworker_tag_tasks_in_progress", "gauge",
	    "Tag tasks in progress.", g->tags);
	if (st != NULL) {
		head(b, "resotoworker_core_reconnects_total", "counter",
		    "Connections to the core opened again after the first, "
		    "per websocket.");
		for (i = 0; i < CORE_LINKS; i++) {
			buf_puts(b, "resotoworker_core_reconnects_total{");
			label(b, "websocket", st->link[i].name);
			buf_printf(b, "} %u\n", st->link[i].opens > 1 ?
			    st->link[i].opens - 1 : 0);
		}
		head(b, "resotoworker_core_websocket_up", "gauge",
		    "1 when the websocket to the core is open.");
		for (i = 0; i < CORE_LINKS; i++) {
			buf_puts(b, "resotoworker_core_websocket_up{");
			label(b, "websocket", st->link[i].name);
			buf_printf(b, "} %d\n", st->link[i].open);
		}
	}
	process(b);
}

/* cleanup_plan: the flagged nodes' ids, the delete edges between them and
 * the delete order (core-protocol.md 7.2). See cleanup_int.h. */
#include "supervisor/cleanup_int.h"

#include "common/buf.h"
#include "common/log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* FNV-1a */
static uint32_t
hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

const char *
cl_node_id(const struct crun *r, uint32_t i)
{
	return r->ids.data + r->n[i].id;
}

static uint32_t *
slot_of(struct crun *r, const char *id)
{
	uint32_t m = r->nslots - 1, s = hash(id) & m;

	while (r->slots[s] != 0 &&
	    strcmp(cl_node_id(r, r->slots[s] - 1), id) != 0)
		s = (s + 1) & m;
	return &r->slots[s];
}

static void
grow_slots(struct crun *r)
{
	uint32_t i, n = r->nslots ? r->nslots * 2 : 1024;

	free(r->slots);
	r->nslots = n;
	r->slots = xcalloc(n, sizeof(*r->slots));
	for (i = 0; i < r->nn; i++)
		*slot_of(r, cl_node_id(r, i)) = i + 1;
}

uint32_t
cl_node_find(struct crun *r, const char *id)
{
	uint32_t s;

	if (r->nn == 0)
		return CL_NONE;
	s = *slot_of(r, id);
	return s == 0 ? CL_NONE : s - 1;
}

uint32_t
cl_node_add(struct crun *r, const char *id, uint32_t acct, uint64_t off,
    uint32_t len)
{
	struct cnode *c;
	uint32_t *s;

	/* the table fills up to 3/4 */
	if ((uint64_t)(r->nn + 1) * 4 > (uint64_t)r->nslots * 3)
		grow_slots(r);
	s = slot_of(r, id);
	if (*s != 0)
		return CL_NONE;
	if (r->nn == r->nn_cap) {
		r->nn_cap = r->nn_cap ? r->nn_cap * 2 : 1024;
		r->n = xrealloc(r->n, (size_t)r->nn_cap * sizeof(*r->n));
	}
	if (r->ids.len + strlen(id) + 1 > UINT32_MAX)
		fatalx("cleanup: more node ids than 4 GiB");
	c = &r->n[r->nn];
	memset(c, 0, sizeof(*c));
	c->off = off;
	c->len = len;
	c->id = (uint32_t)r->ids.len;
	c->acct = acct;		/* next: 0, the fill count of cl_plan */
	buf_add(&r->ids, id, strlen(id) + 1);
	*s = ++r->nn;
	return r->nn - 1;
}

void
cl_edge_add(struct crun *r, uint32_t from, uint32_t to)
{
	if (from == to)		/* a node cannot wait for itself */
		return;
	if (r->npairs == r->pairs_cap) {
		r->pairs_cap = r->pairs_cap ? r->pairs_cap * 2 : 1024;
		r->pairs = xrealloc(r->pairs, r->pairs_cap * 2 *
		    sizeof(*r->pairs));
	}
	r->pairs[2 * r->npairs] = from;
	r->pairs[2 * r->npairs + 1] = to;
	r->npairs++;
}

uint32_t
cl_acct(struct crun *r, const char *cloud, const char *account)
{
	uint32_t i;

	for (i = 0; i < r->na; i++)
		if (strcmp(r->accts[i].cloud, cloud) == 0 &&
		    (account == NULL) == (r->accts[i].account == NULL) &&
		    (account == NULL ||
		    strcmp(r->accts[i].account, account) == 0))
			return i;
	r->accts = xrealloc(r->accts, (r->na + 1) * sizeof(*r->accts));
	memset(&r->accts[r->na], 0, sizeof(*r->accts));
	r->accts[r->na].cloud = xstrdup(cloud);
	r->accts[r->na].account = account ? xstrdup(account) : NULL;
	r->accts[r->na].head = r->accts[r->na].tail = CL_NONE;
	return r->na++;
}

/* X -delete-> Y: Y goes before X. dep lists, per node, the nodes that
 * wait for it (compressed rows); ndeps counts what a node waits for. */
void
cl_plan(struct crun *r)
{
	uint32_t i, from, to;
	size_t e;

	r->dep_at = xcalloc((size_t)r->nn + 1, sizeof(*r->dep_at));
	for (e = 0; e < r->npairs; e++) {
		r->dep_at[r->pairs[2 * e + 1] + 1]++;
		r->n[r->pairs[2 * e]].ndeps++;
	}
	for (i = 0; i < r->nn; i++)
		r->dep_at[i + 1] += r->dep_at[i];
	r->dep = xcalloc(r->npairs ? r->npairs : 1, sizeof(*r->dep));
	for (e = 0; e < r->npairs; e++) {
		from = r->pairs[2 * e];
		to = r->pairs[2 * e + 1];
		/* next is free until the runs start: the fill position */
		r->dep[r->dep_at[to] + r->n[to].next++] = from;
	}
	for (i = 0; i < r->nn; i++)
		r->n[i].next = CL_NONE;
	free(r->pairs);
	r->pairs = NULL;
	r->npairs = r->pairs_cap = 0;
	r->layer = xcalloc(r->nn ? r->nn : 1, sizeof(*r->layer));
	r->next_layer = xcalloc(r->nn ? r->nn : 1, sizeof(*r->next_layer));
	for (i = 0; i < r->nn; i++)
		if (r->n[i].ndeps == 0)
			r->layer[r->nlayer++] = i;
	r->layer_left = r->nlayer;
	r->layer_no = 1;
}

void
cl_plan_done(struct crun *r, uint32_t node)
{
	r->layer_left--;
	cl_plan_release(r, node);
}

void
cl_plan_release(struct crun *r, uint32_t node)
{
	uint32_t k, d;

	for (k = r->dep_at[node]; k < r->dep_at[node + 1]; k++) {
		d = r->dep[k];
		if (--r->n[d].ndeps == 0)
			r->next_layer[r->nnext++] = d;
	}
}

/* The nodes still waiting are on a cycle of delete edges or wait for one:
 * find the cycles (depth-first along the waiting nodes), report each with
 * its ids, skip them all. */
static void
report_cycles(struct crun *r)
{
	uint32_t *stack, *pos, *parent, sp, i, v, w, k, ncycles = 0;
	uint8_t *color;
	struct buf ids = BUF_INIT;

	stack = xcalloc(r->nn, sizeof(*stack));
	pos = xcalloc(r->nn, sizeof(*pos));
	parent = xcalloc(r->nn, sizeof(*parent));
	color = xcalloc(r->nn, 1);	/* 0 new, 1 on the path, 2 done */
	for (i = 0; i < r->nn; i++) {
		if (r->n[i].state != CN_WAIT || color[i] != 0)
			continue;
		sp = 0;
		stack[sp++] = i;
		color[i] = 1;
		pos[i] = r->dep_at[i];
		while (sp > 0) {
			v = stack[sp - 1];
			if (pos[v] == r->dep_at[v + 1]) {
				color[v] = 2;
				sp--;
				continue;
			}
			w = r->dep[pos[v]++];
			if (r->n[w].state != CN_WAIT || color[w] == 2)
				continue;
			if (color[w] == 0) {
				color[w] = 1;
				parent[w] = v;
				pos[w] = r->dep_at[w];
				stack[sp++] = w;
				continue;
			}
			/* w is on the path: w -> ... -> v -> w, in delete
			 * order (each goes before the next) */
			if (++ncycles > 10)
				continue;
			buf_reset(&ids);
			for (k = 0, v = stack[sp - 1]; ; v = parent[v], k++) {
				if (k < 20)
					buf_printf(&ids, "%s%s", k ? " <- " :
					    "", cl_node_id(r, v));
				if (v == w)
					break;
			}
			if (k >= 20)
				buf_printf(&ids, " <- ... (%u nodes)", k + 1);
			buf_printf(&ids, " <- %s",
			    cl_node_id(r, stack[sp - 1]));
			cl_info(r, "error", NULL, NULL, "the delete edges form "
			    "a cycle (each node must go before the one to its "
			    "left): %s; these nodes are not deleted",
			    buf_str(&ids));
		}
	}
	for (i = 0; i < r->nn; i++)
		if (r->n[i].state == CN_WAIT)
			r->skipped++;
	if (ncycles > 10)
		cl_info(r, "error", NULL, NULL, "%u more cycles of delete "
		    "edges not listed", ncycles - 10);
	cl_info(r, "error", NULL, NULL, "%u flagged node%s skipped: on a "
	    "cycle of delete edges or waiting for one", r->skipped,
	    r->skipped == 1 ? "" : "s");
	buf_free(&ids);
	free(stack);
	free(pos);
	free(parent);
	free(color);
}

int
cl_plan_next(struct crun *r)
{
	uint32_t *t, i;

	t = r->layer;
	r->layer = r->next_layer;
	r->next_layer = t;
	r->nlayer = r->nnext;
	r->nnext = 0;
	r->layer_left = r->nlayer;
	r->layer_no++;
	if (r->nlayer > 0)
		return 1;
	for (i = 0; i < r->nn; i++)
		if (r->n[i].state == CN_WAIT) {
			report_cycles(r);
			break;
		}
	return 0;
}

const char *
cl_node_json(struct crun *r, uint32_t i, char *err, size_t errlen)
{
	const struct cnode *c = &r->n[i];
	size_t got = 0;
	ssize_t n;

	buf_reset(&r->scratch);
	buf_reserve(&r->scratch, (size_t)c->len + 1);
	while (got < c->len) {
		n = pread(r->nodes_fd, r->scratch.data + got, c->len - got,
		    (off_t)(c->off + got));
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			snprintf(err, errlen, "reading node %s back from the "
			    "spool file: %s", cl_node_id(r, i),
			    n == 0 ? "the file is short" : strerror(errno));
			return NULL;
		}
		got += (size_t)n;
	}
	r->scratch.len = c->len;
	r->scratch.data[c->len] = '\0';
	return r->scratch.data;
}

void
cl_plan_free(struct crun *r)
{
	uint32_t i;

	free(r->n);
	buf_free(&r->ids);
	free(r->slots);
	free(r->pairs);
	free(r->dep_at);
	free(r->dep);
	free(r->layer);
	free(r->next_layer);
	for (i = 0; i < r->na; i++) {
		free(r->accts[i].cloud);
		free(r->accts[i].account);
		free(r->accts[i].sample);
	}
	free(r->accts);
}

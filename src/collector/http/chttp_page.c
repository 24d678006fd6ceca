/*
 * chttp_page.c: the pager of the collectors' HTTP layer (see chttp.h):
 * one loop for every token style. The tokens seen are kept as 64-bit
 * hashes in an open-addressed set, so a token that comes back (the same
 * one, or one of a cycle) ends the paging with an error.
 *
 * With a token function, the next page is asked for before this one is
 * read (at most one page ahead); the token that page() then finds must
 * be the same. A pager that ends while its next page is on its way
 * stays, marked ended, until that page's callback frees it.
 */
#include "collector/http/chttp_int.h"
#include "common/buf.h"
#include "common/log.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct pager {
	struct chttp		*c;
	struct chttp_pager	 def;
	int			 pages;
	uint64_t		*seen;		/* 0: free slot */
	size_t			 nseen, cap;
	struct buf		 next, why, err, what;
	struct buf		 ahead;		/* the token asked for ahead */
	int			 asked;		/* a page asked for ahead */
	int			 ended;		/* done was called */
	int			 asking;	/* in ask_ahead's make() */
};

static uint64_t
token_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;	/* FNV-1a */

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

/* Put h into the set; 0 when it was there already. */
static int
seen_put(struct pager *p, uint64_t h)
{
	size_t i;

	for (i = h & (p->cap - 1); p->seen[i] != 0; i = (i + 1) & (p->cap - 1))
		if (p->seen[i] == h)
			return 0;
	p->seen[i] = h;
	p->nseen++;
	return 1;
}

/* Add the token; 0 when it was seen before. */
static int
seen_add(struct pager *p, const char *token)
{
	uint64_t *old;
	size_t i, ocap;

	if ((p->nseen + 1) * 2 > p->cap) {
		old = p->seen;
		ocap = p->cap;
		p->cap = ocap ? ocap * 2 : 64;
		p->seen = xcalloc(p->cap, sizeof(*p->seen));
		p->nseen = 0;
		for (i = 0; i < ocap; i++)
			if (old[i] != 0)
				seen_put(p, old[i]);
		free(old);
	}
	return seen_put(p, token_hash(token));
}

static void
pager_free(struct pager *p)
{
	free(p->seen);
	buf_free(&p->ahead);
	buf_free(&p->next);
	buf_free(&p->why);
	buf_free(&p->err);
	buf_free(&p->what);
	free(p);
}

/* done, once; the pager is freed now, or when the page asked for ahead
 * comes back. */
static void
pager_end(struct pager *p, const struct chttp_res *res, const char *error)
{
	p->ended = 1;
	p->def.done(res, error, p->pages, p->def.arg);
	if (!p->asked && !p->asking)
		pager_free(p);
}

/* End with a paging error about the page res answered. res is the
 * call's own (chttp_res_header works on it), ours to change for the time
 * of its callback. */
static void
pager_fail(struct pager *p, const struct chttp_res *res)
{
	struct chttp_res *r = (struct chttp_res *)res;

	r->err = CHTTP_E_PAGING;
	r->error = p->err.data;
	pager_end(p, r, p->err.data);
}

static void	page_cb(const struct chttp_res *, void *);

/* Submit the call for the page after token (NULL: the first). */
static void
pager_next(struct pager *p, const char *token)
{
	struct chttp_call call;

	memset(&call, 0, sizeof(call));
	buf_reset(&p->err);
	if (p->def.make(&call, token, p->def.arg) == -1) {
		buf_printf(&p->err, "%s: could not make the call for page %d",
		    buf_str(&p->what), p->pages + 1);
		pager_end(p, NULL, p->err.data);
		return;
	}
	if (p->what.len == 0)
		chttp_what(&p->what, call.service, call.operation, call.region);
	chttp_submit(p->c, &call, page_cb, p);
}

static void
pager_first(void *arg)
{
	pager_next(arg, NULL);
}

/* Ask for the page after this one before it is read, when the token
 * function knows its token and the token may be followed. -1 when the
 * paging ended (make() failed; the pager is freed). */
static int
ask_ahead(struct pager *p, const struct chttp_res *res)
{
	buf_reset(&p->ahead);
	if (p->def.token == NULL || p->pages >= p->def.max_pages ||
	    p->def.token(res, &p->ahead, p->def.arg) != 1 ||
	    p->ahead.len == 0 || !seen_add(p, p->ahead.data))
		return 0;
	p->asking = 1;
	pager_next(p, p->ahead.data);
	p->asking = 0;
	if (p->ended) {
		pager_free(p);
		return -1;
	}
	p->asked = 1;
	chttp_progress(p->c);	/* the request goes out now */
	return 0;
}

static void
page_cb(const struct chttp_res *res, void *arg)
{
	struct pager *p = arg;
	int ahead;

	if (p->ended) {		/* asked for ahead, no longer wanted */
		pager_free(p);
		return;
	}
	p->asked = 0;
	if (res->error != NULL) {
		pager_end(p, res, res->error);
		return;
	}
	p->pages++;
	chttp_count_page(p->c);
	if (ask_ahead(p, res) == -1)
		return;
	ahead = p->asked;
	buf_reset(&p->next);
	buf_reset(&p->why);
	buf_reset(&p->err);
	if (p->def.page(res, &p->next, &p->why, p->def.arg) == -1) {
		buf_printf(&p->err, "%s: page %d: %s", buf_str(&p->what),
		    p->pages, p->why.len ? p->why.data : "could not be read");
		pager_fail(p, res);
		return;
	}
	if (ahead) {
		if (p->next.len == p->ahead.len &&
		    memcmp(p->next.data, p->ahead.data, p->next.len) == 0)
			return;		/* that page is on its way */
		buf_printf(&p->err, "%s: page %d: its token \"%.64s%s\" is "
		    "not the one found at its end", buf_str(&p->what),
		    p->pages, buf_str(&p->next), p->next.len > 64 ? "..." : "");
		pager_fail(p, res);
		return;
	}
	if (p->next.len == 0) {
		pager_end(p, NULL, NULL);
		return;
	}
	if (!seen_add(p, p->next.data)) {
		buf_printf(&p->err, "%s: page token \"%.64s%s\" after page %d "
		    "was seen before", buf_str(&p->what), p->next.data,
		    p->next.len > 64 ? "..." : "", p->pages);
		pager_fail(p, res);
		return;
	}
	if (p->pages >= p->def.max_pages) {
		buf_printf(&p->err, "%s: more than %d pages",
		    buf_str(&p->what), p->def.max_pages);
		pager_fail(p, res);
		return;
	}
	pager_next(p, p->next.data);
}

void
chttp_page(struct chttp *c, const struct chttp_pager *def)
{
	struct pager *p = xcalloc(1, sizeof(*p));

	p->c = c;
	p->def = *def;
	if (p->def.max_pages <= 0)
		p->def.max_pages = CHTTP_MAX_PAGES;
	chttp_defer(c, pager_first, p);
}

/* kind: see kind.h. */
#include "collector/kind.h"
#include "common/log.h"

#include <string.h>

int
kind_is_a(const struct kind *k, const struct kind *base)
{
	const struct kind *const *b;

	if (k == base)
		return 1;
	for (b = k->bases; b && *b; b++)
		if (kind_is_a(*b, base))
			return 1;
	return 0;
}

int
kind_phantom(const struct kind *k)
{
	const struct kind *const *b;

	if (k->flags & KIND_PHANTOM)
		return 1;
	for (b = k->bases; b && *b; b++)
		if (kind_phantom(*b))
			return 1;
	return 0;
}

int
kind_metadata(const struct kind *k, const char **icon, const char **group)
{
	const struct kind *const *b;

	/* class attribute lookup: the class, then its bases left to right */
	if (k->icon) {
		*icon = k->icon;
		*group = k->group;
		return 1;
	}
	for (b = k->bases; b && *b; b++)
		if (kind_metadata(*b, icon, group))
			return 1;
	return 0;
}

#define WALK_MAX	256	/* properties of one kind with its bases */

struct walk {
	const struct kind	*seen[32];
	size_t			 nseen;
	const struct kprop	*props[WALK_MAX];
	size_t			 nprops;
};

static void
walk(const struct kind *k, struct walk *w)
{
	const struct kind *const *b;
	size_t i, j;

	for (i = 0; i < w->nseen; i++)
		if (w->seen[i] == k)
			return;
	if (w->nseen == sizeof(w->seen) / sizeof(w->seen[0]))
		fatalx("kind %s: more than %zu kinds in its hierarchy", k->fqn,
		    w->nseen);
	w->seen[w->nseen++] = k;
	for (b = k->bases; b && *b; b++)
		walk(*b, w);
	for (i = 0; i < k->nprops; i++) {
		if (k->props[i].flags & KP_MODEL_ONLY)
			continue;
		/* attrs: a field declared again moves to the subclass */
		for (j = 0; j < w->nprops; j++)
			if (strcmp(w->props[j]->name, k->props[i].name) == 0)
				break;
		if (j < w->nprops) {
			memmove(&w->props[j], &w->props[j + 1],
			    (w->nprops - j - 1) * sizeof(w->props[0]));
			w->nprops--;
		}
		if (w->nprops == WALK_MAX)
			fatalx("kind %s: more than %d properties", k->fqn,
			    WALK_MAX);
		w->props[w->nprops++] = &k->props[i];
	}
}

int
kind_props_walk(const struct kind *k, int (*fn)(const struct kprop *, void *),
    void *arg)
{
	struct walk w;
	size_t i;
	int r;

	w.nseen = w.nprops = 0;
	walk(k, &w);
	for (i = 0; i < w.nprops; i++)
		if ((r = fn(w.props[i], arg)) != 0)
			return r;
	return 0;
}

const struct kind *
kind_lookup(const struct kind *const *kinds, const char *fqn)
{
	const struct kind *const *k;

	for (k = kinds; k && *k; k++)
		if (strcmp((*k)->fqn, fqn) == 0)
			return *k;
	for (k = base_kinds; *k; k++)
		if (strcmp((*k)->fqn, fqn) == 0)
			return *k;
	return NULL;
}

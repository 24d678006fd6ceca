/*
 * random: the random collector (collectors.md 3): a reproducible fake cloud
 * drawn from Python's Mersenne Twister exactly as the reference plugin
 * draws it, so that a seed and size give the reference's graph. One
 * account per COLLECT: the stream is replayed from the seed, drawing the
 * earlier accounts without emitting them (nothing is drawn per instance or
 * volume, so skipping them is cheap). Deterministic: the reference adds
 * int(time() % 3) to every network's instance count; we always add 0.
 */
#include "collector/collector.h"
#include "collector/blake2b.h"
#include "collector/graph.h"
#include "collector/inmem.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "collector/pyrand.h"
#include "collector/random_data.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PT	"resoto_plugin_random.resources."

static const struct kind kind_random_account = { "random_account",
	PT "RandomAccount", KIND_BASES(&kind_account), NULL, 0, NULL, NULL,
	NULL, 0 };
static const struct kind kind_random_region = { "random_region",
	PT "RandomRegion", KIND_BASES(&kind_region), NULL, 0, NULL, NULL,
	NULL, 0 };
/* the mixin carrying delete/update_tag/delete_tag */
static const struct kind kind_random_resource = { "random_resource",
	PT "RandomResource", NULL, NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_random_instance = { "random_instance",
	PT "RandomInstance", KIND_BASES(&kind_random_resource, &kind_instance),
	NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_random_volume = { "random_volume",
	PT "RandomVolume", KIND_BASES(&kind_random_resource, &kind_volume),
	NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_random_network = { "random_network",
	PT "RandomNetwork", KIND_BASES(&kind_random_resource, &kind_network),
	NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_random_load_balancer = { "random_load_balancer",
	PT "RandomLoadBalancer", KIND_BASES(&kind_random_resource,
	&kind_load_balancer), NULL, 0, NULL, NULL, NULL, 0 };

static const struct kind *const random_kinds[] = {
	&kind_random_account, &kind_random_region, &kind_random_resource,
	&kind_random_instance, &kind_random_volume, &kind_random_network,
	&kind_random_load_balancer, NULL
};

static const struct cfg_key random_keys[] = {
	{ "seed", CFG_INT, "0", 0, "Random seed" },
	{ "size", CFG_DOUBLE, "1.0", 0, "Exponential cloud size multiplier "
	    "(0.5 - 2.0 are reasonable values)" },
	{ NULL, CFG_STRING, NULL, 0, NULL }
};

static const struct cfg_section random_section = {
	"random", random_keys,
	"The random collector: a reproducible fake cloud for tests and demos"
};

#define ID_PATH_MAX	512	/* a resource path: ids joined with "/" */

struct region {
	char	id[48];		/* e.g. us-east-1 */
	char	name[64];	/* e.g. US East 1 */
};

/* One run of the generator. */
struct rnd {
	struct pyrand	 r;
	double		 s;		/* random.size */
	int64_t		 seed;
	size_t		*emp;		/* employees: indexes into first names */
	size_t		 nemp;
	int64_t		 naccounts;
	struct buf	 scratch;
	char		*err;
	size_t		 errlen;
};

static int
rnd_fail(struct rnd *x, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
rnd_fail(struct rnd *x, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(x->err, x->errlen, fmt, ap);
	va_end(ap);
	return -1;
}

/* randint(R(lo * s), R(hi * s)) */
static int
randint_s(struct rnd *x, double lo, double hi, int64_t *out)
{
	int64_t a = py_round(lo * x->s), b = py_round(hi * x->s);

	if (pyrand_randint(&x->r, a, b, out) == -1)
		return rnd_fail(x, "empty range for randint(%" PRId64 ", %"
		    PRId64 ") (random.size %g)", a, b, x->s);
	return 0;
}

static int
config_read(json_object *config, int64_t *seed, double *size, char *err,
    size_t errlen)
{
	json_object *v;

	*seed = 0;
	*size = 1.0;
	if (config && json_object_object_get_ex(config, "seed", &v)) {
		if (!json_object_is_type(v, json_type_int)) {
			snprintf(err, errlen, "random.seed must be an integer, "
			    "not %s", json_object_to_json_string(v));
			return -1;
		}
		*seed = json_object_get_int64(v);
	}
	if (config && json_object_object_get_ex(config, "size", &v)) {
		if (!json_object_is_type(v, json_type_int) &&
		    !json_object_is_type(v, json_type_double)) {
			snprintf(err, errlen, "random.size must be a number, "
			    "not %s", json_object_to_json_string(v));
			return -1;
		}
		*size = json_object_get_double(v);
		if (!isfinite(*size) || *size < 0 || *size > 1000) {
			snprintf(err, errlen, "random.size must be between 0 and "
			    "1000, not %g", *size);
			return -1;
		}
	}
	return 0;
}

static void
rnd_free(struct rnd *x)
{
	free(x->emp);
	buf_free(&x->scratch);
}

/* Seeds and draws what comes before the accounts: the employees and the
 * number of accounts. */
static int
rnd_start(struct rnd *x, json_object *config, char *err, size_t errlen)
{
	int64_t n;
	size_t i;

	memset(x, 0, sizeof(*x));
	x->err = err;
	x->errlen = errlen;
	if (config_read(config, &x->seed, &x->s, err, errlen) == -1)
		return -1;
	pyrand_seed(&x->r, x->seed);
	if (randint_s(x, 5, 30, &n) == -1)
		return -1;
	x->nemp = (size_t)n;
	x->emp = xcalloc(x->nemp ? x->nemp : 1, sizeof(*x->emp));
	for (i = 0; i < x->nemp; i++)
		x->emp[i] = pyrand_choices1(&x->r, rnd_first_names_len);
	if (pyrand_randint(&x->r, 1, 10, &x->naccounts) == -1)
		return rnd_fail(x, "randint(1, 10) failed");
	return 0;
}

/* str(int(blake2b_hex("account_<n>", 6), 16)) */
static void
account_id(int64_t n, char out[24])
{
	char in[32];
	uint8_t d[6];
	uint64_t v = 0;
	int i, len;

	len = snprintf(in, sizeof(in), "account_%" PRId64, n);
	blake2b(d, sizeof(d), in, (size_t)len);
	for (i = 0; i < 6; i++)
		v = v << 8 | d[i];
	snprintf(out, 24, "%" PRIu64, v);
}

/* Appends s (n bytes) to out at o, as far as outlen allows (out stays
 * NUL-terminated); returns the new length. */
static size_t
cat(char *out, size_t outlen, size_t o, const char *s, size_t n)
{
	if (n > outlen - 1 - o)
		n = outlen - 1 - o;
	memcpy(out + o, s, n);
	out[o + n] = '\0';
	return o + n;
}

/* snprintf(out, outlen, "%s%s%" PRId64, a, b, n) without parsing a format
 * for every instance and volume; returns the length. */
static size_t
join_int(char *out, size_t outlen, const char *a, const char *b, int64_t n)
{
	char t[JW_INT_MAX];
	size_t o;

	o = cat(out, outlen, 0, a, strlen(a));
	o = cat(out, outlen, o, b, strlen(b));
	return cat(out, outlen, o, t, jw_itoa(t, n));
}

/* prefix + blake2b_hex(path, 10) */
static void
res_id(char *out, size_t outlen, const char *prefix, const char *path,
    size_t pathlen)
{
	size_t n = strlen(prefix);

	if (n + 2 * 10 + 1 > outlen)
		fatalx("random: no room for a %s id", prefix);
	memcpy(out, prefix, n);
	blake2b_hex(out + n, 10, path, pathlen);
}

static int
region_cmp(const void *a, const void *b)
{
	return strcmp(((const struct region *)a)->id,
	    ((const struct region *)b)->id);
}

/* What a network's instance group drew. */
struct group {
	const struct rnd_status	*istatus;
	const struct rnd_itype	*itype;
	const struct rnd_purpose *purpose;
	const char		*owner;		/* NULL: none */
	const struct rnd_status	*vstatus;
	int			 vsize;
	int64_t			 nvolumes;
	int64_t			 ninstances;
};

static int
draw_group(struct rnd *x, struct group *gr)
{
	double w[8];
	int64_t n, p;
	size_t i;

	if (randint_s(x, 5, 50, &n) == -1)	/* the group count: unused */
		return -1;
	for (i = 0; i < RND_INSTANCE_STATUSES; i++)
		w[i] = rnd_instance_statuses[i].weight;
	gr->istatus = &rnd_instance_statuses[pyrand_wchoice(&x->r, w,
	    RND_INSTANCE_STATUSES)];
	for (i = 0; i < RND_INSTANCE_TYPES; i++)
		w[i] = rnd_instance_types[i].weight;
	gr->itype = &rnd_instance_types[pyrand_wchoice(&x->r, w,
	    RND_INSTANCE_TYPES)];
	gr->purpose = &rnd_purposes[pyrand_choice(&x->r, RND_PURPOSES)];
	gr->owner = NULL;
	if (pyrand_randrange(&x->r, 0, 100, &n) == -1)
		return rnd_fail(x, "randrange(100) failed");
	if (n < 90) {
		if ((p = pyrand_choice(&x->r, x->nemp)) < 0)
			return rnd_fail(x, "an instance group needs an owner "
			    "but the employee list is empty (random.size %g is "
			    "too small; the reference fails here too)", x->s);
		gr->owner = rnd_first_names[x->emp[p]];
	}
	for (i = 0; i < RND_VOLUME_STATUSES; i++)
		w[i] = rnd_volume_statuses[i].weight;
	gr->vstatus = &rnd_volume_statuses[pyrand_wchoice(&x->r, w,
	    RND_VOLUME_STATUSES)];
	gr->vsize = rnd_volume_sizes[pyrand_wchoice(&x->r,
	    rnd_volume_size_weights, RND_VOLUME_SIZES)];
	if (pyrand_randint(&x->r, 1, 5, &gr->nvolumes) == -1)
		return rnd_fail(x, "randint(1, 5) failed");
	/* + jitter: the reference's int(time() % 3); ours is 0, see the top */
	if (randint_s(x, 0, 50, &gr->ninstances) == -1)
		return -1;
	return 0;
}

/* Location of every node below an account. */
struct where {
	const char	*account;
	const char	*region;
	struct nodeid	 region_id;
};

static void
emit_group(struct graph *g, const struct where *w,
    const char *net_path, const struct nodeid *net, const struct group *gr)
{
	struct gtag tags[2] = { { "costCenter", gr->purpose->s },
	    { "owner", gr->owner } };
	const char *prefix = gr->owner ? gr->purpose->l : "Instance";
	char id[64], name[96], ipath[ID_PATH_MAX], vpath[ID_PATH_MAX + 32];
	struct gnode n = { .cloud = "random", .account = w->account,
	    .region = w->region, .tags = tags, .ntags = 2 };
	struct nodeid lb, inst, vol;
	int has_lb = gr->owner && strncmp(prefix, "Webserver", 9) == 0;
	struct buf *b;
	int64_t j, k;
	size_t len;

	if (has_lb) {
		len = cat(ipath, sizeof(ipath), 0, net_path, strlen(net_path));
		len = cat(ipath, sizeof(ipath), len, "/lb", 3);
		res_id(id, sizeof(id), "rndlb-", ipath, len);
		n.kind = &kind_random_load_balancer;
		n.id = id;
		n.name = "LoadBalancer";
		b = graph_node_begin(g, &n, &lb);
		JW_KEYLIT(b, "lb_type");
		jw_str(b, "");
		JW_KEYLIT(b, "backends");
		ADDS(b, "[]");
		graph_node_end(g);
		graph_edge(g, net, &lb, EDGE_DEFAULT);
		graph_edge(g, &w->region_id, &lb, EDGE_DEFAULT);
	}
	for (j = 0; j < gr->ninstances; j++) {
		len = join_int(ipath, sizeof(ipath), net_path, "/rndi-", j);
		res_id(id, sizeof(id), "rndi-", ipath, len);
		join_int(name, sizeof(name), prefix, " ", j);
		n.kind = &kind_random_instance;
		n.id = id;
		n.name = name;
		b = graph_node_begin(g, &n, &inst);
		JW_KEYLIT(b, "instance_cores");
		jw_int(b, gr->itype->cores);
		JW_KEYLIT(b, "instance_memory");
		jw_int(b, gr->itype->memory);
		JW_KEYLIT(b, "instance_type");
		jw_str(b, gr->itype->name);
		JW_KEYLIT(b, "instance_status");
		jw_str(b, gr->istatus->mapped);
		graph_node_end(g);
		graph_edge(g, net, &inst, EDGE_DEFAULT);
		graph_edge(g, &w->region_id, &inst, EDGE_DEFAULT);
		if (has_lb)
			graph_edge(g, &lb, &inst, EDGE_DEFAULT);
		for (k = 0; k < gr->nvolumes; k++) {
			len = join_int(vpath, sizeof(vpath), ipath, "/rndvol-",
			    k);
			res_id(id, sizeof(id), "rndvol-", vpath, len);
			join_int(name, sizeof(name), "Volume", " ", k);
			n.kind = &kind_random_volume;
			n.id = id;
			n.name = name;
			b = graph_node_begin(g, &n, &vol);
			JW_KEYLIT(b, "volume_size");
			jw_int(b, gr->vsize);
			JW_KEYLIT(b, "volume_type");
			jw_str(b, "ssd");
			JW_KEYLIT(b, "volume_status");
			/* the reference maps the status in place in the
			 * group's shared dict: later instances get unknown */
			jw_str(b, j == 0 ? gr->vstatus->mapped : "unknown");
			JW_KEYLIT(b, "snapshot_before_delete");
			jw_bool(b, 0);
			graph_node_end(g);
			graph_edge(g, &inst, &vol, EDGE_DEFAULT);
			graph_edge(g, &w->region_id, &vol, EDGE_DEFAULT);
		}
	}
}

/* Draws account n; with g != NULL also adds its nodes and edges. */
static int
rnd_account(struct rnd *x, int64_t an, struct graph *g)
{
	char acc[24], name[64], path[ID_PATH_MAX], nid[64], nname[64];
	struct nodeid account, net;
	struct region *pool = NULL;
	size_t *pick = NULL, i;
	int64_t npool, nreg, nnet, rn, r, j;
	struct group gr;
	struct where w;
	int rc = -1;

	account_id(an, acc);
	snprintf(name, sizeof(name), "Random Account %" PRId64, an);
	if (g) {
		struct gnode n = { .kind = &kind_random_account, .id = acc,
		    .name = name, .cloud = "random" };

		graph_node_begin(g, &n, &account);
		graph_node_end(g);
		graph_edge(g, graph_cloud_id(g), &account, EDGE_DEFAULT);
	}
	if (randint_s(x, 10, 100, &npool) == -1)
		goto out;
	pool = xcalloc(npool ? (size_t)npool : 1, sizeof(*pool));
	for (i = 0, rn = 1; (int64_t)i < npool; rn++) {
		for (j = 0; j < RND_REGION_TEMPLATES && (int64_t)i < npool;
		    j++, i++) {
			snprintf(pool[i].id, sizeof(pool[i].id), "%s%" PRId64,
			    rnd_region_templates[j].s, rn);
			snprintf(pool[i].name, sizeof(pool[i].name),
			    "%s %" PRId64, rnd_region_templates[j].l, rn);
		}
	}
	qsort(pool, (size_t)npool, sizeof(*pool), region_cmp);
	if (randint_s(x, 1, 4, &nreg) == -1)
		goto out;
	pick = xcalloc(nreg ? (size_t)nreg : 1, sizeof(*pick));
	if (pyrand_sample(&x->r, (size_t)npool, (size_t)nreg, pick) == -1) {
		rnd_fail(x, "cannot sample %" PRId64 " regions out of %" PRId64,
		    nreg, npool);
		goto out;
	}
	w.account = acc;
	for (r = 0; r < nreg; r++) {
		const struct region *reg = &pool[pick[r]];

		w.region = reg->id;
		if (g) {
			struct gnode n = { .kind = &kind_random_region,
			    .id = reg->id, .name = reg->name,
			    .cloud = "random", .account = acc };

			graph_node_begin(g, &n, &w.region_id);
			graph_node_end(g);
			graph_edge(g, &account, &w.region_id, EDGE_DEFAULT);
		}
		if (randint_s(x, 1, 4, &nnet) == -1)
			goto out;
		for (j = 0; j < nnet; j++) {
			snprintf(path, sizeof(path), "%s/%s/rndnet-%" PRId64,
			    acc, reg->id, j);
			if (g) {
				struct gnode n = { .kind = &kind_random_network,
				    .id = nid, .name = nname, .cloud = "random",
				    .account = acc, .region = reg->id };

				res_id(nid, sizeof(nid), "rndnet-", path,
				    strlen(path));
				snprintf(nname, sizeof(nname), "Network %"
				    PRId64, j);
				graph_node_begin(g, &n, &net);
				graph_node_end(g);
				graph_edge(g, &w.region_id, &net, EDGE_DEFAULT);
			}
			if (draw_group(x, &gr) == -1)
				goto out;
			if (g)
				emit_group(g, &w, path, &net, &gr);
		}
	}
	rc = 0;
out:
	free(pool);
	free(pick);
	return rc;
}

static int
random_discover(json_object *config, struct buf *out, char *err,
    size_t errlen)
{
	struct rnd x;
	char acc[24];
	int64_t a;

	if (rnd_start(&x, config, err, errlen) == -1) {
		rnd_free(&x);
		return -1;
	}
	buf_putc(out, '[');
	for (a = 0; a < x.naccounts; a++) {
		if (a > 0)
			ADDS(out, ", ");
		account_id(a, acc);
		ADDS(out, "{\"id\": ");
		jw_str(out, acc);
		buf_printf(out, ", \"name\": \"Random Account %" PRId64 "\"}",
		    a);
	}
	buf_putc(out, ']');
	rnd_free(&x);
	return 0;
}

static int
random_collect(json_object *config, const struct coll_account *acc,
    struct graph *g, char *err, size_t errlen)
{
	struct rnd x;
	char id[24];
	int64_t a, k = -1;
	int rc = -1;

	if (rnd_start(&x, config, err, errlen) == -1)
		goto out;
	for (a = 0; a < x.naccounts && k < 0; a++) {
		account_id(a, id);
		if (strcmp(id, acc->id) == 0)
			k = a;
	}
	if (k < 0) {
		rnd_fail(&x, "account %s is not one of the %" PRId64 " accounts "
		    "of random.seed %" PRId64 ", random.size %g", acc->id,
		    x.naccounts, x.seed, x.s);
		goto out;
	}
	/* replay the stream up to account k */
	for (a = 0; a < k; a++)
		if (rnd_account(&x, a, NULL) == -1) {
			char why[256];

			snprintf(why, sizeof(why), "%s", err);
			rnd_fail(&x, "cannot reach account %" PRId64 ": account "
			    "%" PRId64 " failed: %s", k, a, why);
			goto out;
		}
	rc = rnd_account(&x, k, g);
out:
	rnd_free(&x);
	return rc;
}

static int
random_update_tag(const struct kind *k, json_object *node, const char *key,
    const char *value, char *err, size_t errlen)
{
	return inmem_update_tag(&kind_random_resource, k, node, key, value,
	    err, errlen);
}

static int
random_delete_tag(const struct kind *k, json_object *node, const char *key,
    char *err, size_t errlen)
{
	return inmem_delete_tag(&kind_random_resource, k, node, key, err,
	    errlen);
}

static int
random_delete(const struct kind *k, json_object *node, char *err,
    size_t errlen)
{
	return inmem_delete(&kind_random_resource, k, node, err, errlen);
}

static int
random_check_config(json_object *config, char *err, size_t errlen)
{
	int64_t seed;
	double size;

	return config_read(config, &seed, &size, err, errlen);
}

const struct collector collector_random = {
	.name = "random",
	.config = &random_section,
	.kinds = random_kinds,
	.discover = random_discover,
	.config_accounts = random_discover,	/* no cloud behind it */
	.collect = random_collect,
	.update_tag = random_update_tag,
	.delete_tag = random_delete_tag,
	.delete = random_delete,
	.check_config = random_check_config,
};

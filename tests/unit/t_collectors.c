/* Unit tests of the collectors and the model against the reference
 * worker's outputs (tests/data/collector, copies of shared/testdata):
 * example bodies byte for byte (time fields pinned), random bodies for
 * both merge kinds, the random counts of collectors.md 3.3 and the model
 * of the example plugin (example.model.json, compared as a set by fqn). */
#include "t.h"
#include "collector/collector.h"
#include "collector/graph.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "common/config.h"

#include <stdlib.h>

#define T0 1690891200	/* 2023-08-01T12:00:00Z: the testdata's time */

static char *
slurp(const char *name)
{
	const char *dir = getenv("top_srcdir");
	struct buf b = BUF_INIT;
	char path[4096], chunk[65536];
	size_t n;
	FILE *f;

	snprintf(path, sizeof(path), "%s/tests/data/collector/%s",
	    dir ? dir : "..", name);
	if ((f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "cannot open %s\n", path);
		exit(1);
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	return buf_take(&b);
}

static int
sink(void *arg, const char *data, size_t len)
{
	buf_add(arg, data, len);
	return 0;
}

/* What the child sends for these accounts: 0 or -1 (err set). */
static int
body(const char *cloud, enum merge_kind mk, const char *config,
    json_object *accounts, struct buf *out, char *err, size_t errlen)
{
	const struct collector *c = collector_find(cloud);
	json_object *cfg = json_tokener_parse(config);
	struct graph *g = graph_new(mk, sink, out);
	size_t i, nodes, edges;
	int rc = 0;

	graph_set_time(g, T0);
	graph_root_cloud(g, cloud, NULL);
	for (i = 0; rc == 0 && i < json_object_array_length(accounts); i++) {
		json_object *a = json_object_array_get_idx(accounts, i), *v;
		struct coll_account acc = { NULL, NULL, a };

		json_object_object_get_ex(a, "id", &v);
		acc.id = json_object_get_string(v);
		json_object_object_get_ex(a, "name", &v);
		acc.name = json_object_get_string(v);
		rc = c->collect(cfg, &acc, g, err, errlen);
	}
	if (rc == 0)
		rc = graph_finish(g, &nodes, &edges, err, errlen);
	graph_free(g);
	json_object_put(cfg);
	return rc;
}

static json_object *
discover(const char *cloud, const char *config)
{
	const struct collector *c = collector_find(cloud);
	json_object *cfg = json_tokener_parse(config), *list;
	struct buf b = BUF_INIT;
	char err[256];

	CHECK_INT(c->discover(cfg, &b, err, sizeof(err)), 0);
	list = json_tokener_parse(buf_str(&b));
	CHECK(json_object_is_type(list, json_type_array));
	json_object_put(cfg);
	buf_free(&b);
	return list;
}

static json_object *
one(json_object *list, size_t i)
{
	json_object *a = json_object_new_array();

	json_object_array_add(a, json_object_get(json_object_array_get_idx(list,
	    i)));
	return a;
}

static void
test_example(void)
{
	char *want_a = slurp("example.graph.account-merge.ndjson");
	char *want_c = slurp("example.graph.ndjson");
	json_object *list = discover("example", "{}"), *a;
	struct buf b = BUF_INIT;
	char err[256];

	CHECK_STR(json_object_to_json_string_ext(list, JSON_C_TO_STRING_PLAIN),
	    "[{\"id\":\"Example Account\",\"name\":\"Example Account\"}]");
	a = one(list, 0);
	CHECK_INT(body("example", MERGE_ACCOUNT, "{}", a, &b, err,
	    sizeof(err)), 0);
	CHECK_STR(buf_str(&b), want_a);
	buf_reset(&b);
	CHECK_INT(body("example", MERGE_CLOUD, "{}", a, &b, err, sizeof(err)), 0);
	CHECK_STR(buf_str(&b), want_c);
	json_object_put(a);

	/* an account the example cloud does not have */
	a = json_tokener_parse("[{\"id\": \"nope\", \"name\": \"nope\"}]");
	buf_reset(&b);
	CHECK_INT(body("example", MERGE_ACCOUNT, "{}", a, &b, err,
	    sizeof(err)), -1);
	CHECK(strstr(err, "unknown account \"nope\"") != NULL);
	json_object_put(a);
	json_object_put(list);
	buf_free(&b);
	free(want_a);
	free(want_c);
}

static void
test_random_reference(void)
{
	const char *cfg = "{\"seed\": 1, \"size\": 0.2}";
	char *want_c = slurp("random.seed1-size0.2-jitter0.graph.ndjson");
	char *want_a = slurp("random.seed1-size0.2-jitter0.account-merge.graph.ndjson");
	json_object *list = discover("random", cfg), *a;
	struct buf b = BUF_INIT, uni = BUF_INIT;
	char err[256], *line, *save, *p;
	const char *pos;
	size_t i, seen = 0, lines = 0;

	CHECK_STR(json_object_to_json_string_ext(list, JSON_C_TO_STRING_PLAIN),
	    "[{\"id\":\"276222570313970\",\"name\":\"Random Account 0\"},"
	    "{\"id\":\"6552793585705\",\"name\":\"Random Account 1\"}]");
	CHECK_INT(body("random", MERGE_CLOUD, cfg, list, &b, err, sizeof(err)),
	    0);
	CHECK_STR(buf_str(&b), want_c);

	/* per account: every line is a reference line, in the reference's
	 * order; together (root and cloud once) they are the reference */
	for (i = 0; i < json_object_array_length(list); i++) {
		buf_reset(&b);
		a = one(list, i);
		CHECK_INT(body("random", MERGE_ACCOUNT, cfg, a, &b, err,
		    sizeof(err)), 0);
		json_object_put(a);
		CHECK_INT(strstr(b.data, "\"replace\": true") != NULL, 1);
		pos = want_a;
		for (line = strtok_r(b.data, "\n", &save); line;
		    line = strtok_r(NULL, "\n", &save)) {
			buf_reset(&uni);
			buf_puts(&uni, line);
			buf_putc(&uni, '\n');
			p = strstr(pos, uni.data);
			CHECK(p != NULL);
			if (p == NULL) {
				fprintf(stderr, "not in the reference (or out of "
				    "order): %s\n", line);
				break;
			}
			pos = p + uni.len;
			lines++;
			if (strstr(line, "\"graph_root\"") == NULL &&
			    strstr(line, "\"kind\": \"cloud\"") == NULL &&
			    strstr(line, "{\"from\": \"TXM91rR24mG18DeK7ljCTQ\"") ==
			    NULL)
				seen++;
		}
	}
	/* 92 reference lines = root, cloud, root -> cloud + the rest */
	CHECK_INT(seen, 92 - 3);
	CHECK_INT(lines, 92 - 3 + 3 * 2);
	json_object_put(list);
	buf_free(&b);
	buf_free(&uni);
	free(want_a);
	free(want_c);
}

/* collectors.md 3.3, jitter 0 (and the seed 0, size 2.0 example) */
static const struct {
	int seed;
	double size;
	int accounts, regions, networks, lbs, instances, volumes, nodes, edges;
} counts[] = {
	{ 0, 0.2, 7, 4, 0, 0, 0, 0, 13, 12 },
	{ 1, 0.2, 2, 1, 1, 0, 9, 18, 33, 59 },
	{ 42, 0.2, 9, 4, 2, 0, 5, 23, 45, 72 },
	{ 0, 0.5, 9, 9, 11, 0, 164, 486, 681, 1330 },
	{ 1, 0.5, 8, 11, 10, 0, 146, 508, 685, 1338 },
	{ 42, 0.5, 9, 8, 7, 1, 44, 119, 190, 360 },
	{ 0, 1.0, 10, 25, 64, 4, 1647, 5261, 7013, 14011 },
	{ 1, 1.0, 7, 14, 39, 4, 735, 2554, 3355, 6693 },
	{ 42, 1.0, 2, 8, 17, 0, 505, 1765, 2299, 4568 },
	{ 0, 2.0, 1, 7, 30, 1, 1253, 3759, 5053, 10095 },
};

static void
test_random_counts(void)
{
	struct buf b = BUF_INIT;
	json_object *list;
	char cfg[64], err[256];
	size_t i;

	for (i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		snprintf(cfg, sizeof(cfg), "{\"seed\": %d, \"size\": %.1f}",
		    counts[i].seed, counts[i].size);
		list = discover("random", cfg);
		CHECK_INT(json_object_array_length(list), counts[i].accounts);
		buf_reset(&b);
		CHECK_INT(body("random", MERGE_CLOUD, cfg, list, &b, err,
		    sizeof(err)), 0);
		CHECK_INT(t_count(b.data, "\"kind\": \"random_account\"}"),
		    counts[i].accounts);
		CHECK_INT(t_count(b.data, "\"kind\": \"random_region\"}"),
		    counts[i].regions);
		CHECK_INT(t_count(b.data, "\"kind\": \"random_network\"}"),
		    counts[i].networks);
		CHECK_INT(t_count(b.data, "\"kind\": \"random_load_balancer\"}"),
		    counts[i].lbs);
		CHECK_INT(t_count(b.data, "\"kind\": \"random_instance\"}"),
		    counts[i].instances);
		CHECK_INT(t_count(b.data, "\"kind\": \"random_volume\"}"),
		    counts[i].volumes);
		CHECK_INT(t_count(b.data, "\"reported\": {"), counts[i].nodes);
		CHECK_INT(t_count(b.data, "{\"from\": "), counts[i].edges);
		json_object_put(list);
	}
	buf_free(&b);
}

static void
test_random_errors(void)
{
	struct buf b = BUF_INIT;
	json_object *cfg, *a;
	char err[256];

	cfg = json_tokener_parse("{\"seed\": \"x\"}");
	CHECK_INT(collector_find("random")->discover(cfg, &b, err, sizeof(err)),
	    -1);
	CHECK(strstr(err, "random.seed must be an integer") != NULL);
	json_object_put(cfg);
	cfg = json_tokener_parse("{\"size\": -1}");
	CHECK_INT(collector_find("random")->discover(cfg, &b, err, sizeof(err)),
	    -1);
	CHECK(strstr(err, "random.size must be between 0 and 1000") != NULL);
	json_object_put(cfg);
	a = json_tokener_parse("[{\"id\": \"123\", \"name\": \"x\"}]");
	CHECK_INT(body("random", MERGE_ACCOUNT, "{}", a, &b, err, sizeof(err)),
	    -1);
	CHECK(strstr(err, "account 123 is not one of the 10 accounts") != NULL);
	json_object_put(a);
	buf_free(&b);
}

static void
test_model(void)
{
	char *ref = slurp("example.model.json");
	json_object *want = json_tokener_parse(ref), *got, *byfqn, *e, *v;
	struct buf b = BUF_INIT;
	const struct kind *const *k;
	size_t i, n = 0;

	for (k = base_kinds; *k; k++)
		n++;
	CHECK_INT(n, 57);
	model_write(&b);
	got = json_tokener_parse(buf_str(&b));
	CHECK(json_object_is_type(got, json_type_array));
	byfqn = json_object_new_object();
	for (i = 0; i < json_object_array_length(got); i++) {
		e = json_object_array_get_idx(got, i);
		json_object_object_get_ex(e, "fqn", &v);
		CHECK(!json_object_object_get_ex(byfqn,
		    json_object_get_string(v), NULL));	/* once each */
		json_object_object_add(byfqn, json_object_get_string(v),
		    json_object_get(e));
	}
	/* every reference entry, equal as JSON; plus the 7 random kinds,
	 * the 73 of aws part 1 (17 resource and base kinds, 56 complex),
	 * the 84 of aws part 2 (14 resource kinds, 70 complex), the 381 of
	 * gcp (76 resource and base kinds, 305 complex), the 6 of slack and
	 * the 4 of onelogin, the 29 of aws lambda and eks (3 resource kinds,
	 * 26 complex), the 1 of IAM's credential report (aws_root_user) */
	CHECK_INT(json_object_array_length(want), 67);
	CHECK_INT(json_object_array_length(got), 67 + 7 + 73 + 84 + 381 + 6 + 4 +
	    29 + 1);
	/* EKS: a cluster's successors name its node groups */
	CHECK(json_object_object_get_ex(byfqn, "aws_eks_cluster", &e));
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "successor_kinds"), JSON_C_TO_STRING_PLAIN), "{\"default\":"
	    "[\"aws_eks_nodegroup\"],\"delete\":[\"aws_eks_nodegroup\"]}");
	CHECK(json_object_object_get_ex(byfqn, "aws_lambda_function", &e));
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "bases"), JSON_C_TO_STRING_PLAIN),
	    "[\"aws_resource\",\"serverless_function\"]");
	/* IAM: a group's successors name its users (their predecessor) */
	CHECK(json_object_object_get_ex(byfqn, "aws_iam_group", &e));
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "successor_kinds"), JSON_C_TO_STRING_PLAIN), "{\"default\":"
	    "[\"aws_iam_policy\",\"aws_iam_user\"],\"delete\":"
	    "[\"aws_iam_policy\"]}");
	/* the account's successors name the root user (its predecessor) */
	CHECK(json_object_object_get_ex(byfqn, "aws_account", &e));
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "successor_kinds"), JSON_C_TO_STRING_PLAIN), "{\"default\":"
	    "[\"aws_region\",\"aws_root_user\"]}");
	CHECK(json_object_object_get_ex(byfqn, "gcp_instance", &e));
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "bases"), JSON_C_TO_STRING_PLAIN), "[\"gcp_resource\",\"instance\"]");
	CHECK(json_object_object_get_ex(byfqn, "slack_usergroup", &e));
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "bases"), JSON_C_TO_STRING_PLAIN), "[\"slack_resource\",\"group\"]");
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "successor_kinds"), JSON_C_TO_STRING_PLAIN),
	    "{\"default\":[\"slack_user\"],\"delete\":[]}");
	CHECK(json_object_object_get_ex(byfqn, "onelogin_resource", &e));
	CHECK(!json_object_get_boolean(json_object_object_get(e,
	    "aggregate_root")));
	CHECK(json_object_object_get_ex(byfqn, "aws_ec2_volume", &e));
	CHECK_STR(json_object_to_json_string_ext(json_object_object_get(e,
	    "bases"), JSON_C_TO_STRING_PLAIN), "[\"aws_resource\",\"volume\"]");
	CHECK(json_object_object_get_ex(byfqn, "aws_ec2_placement", &e));
	CHECK(!json_object_get_boolean(json_object_object_get(e,
	    "aggregate_root")));
	for (i = 0; i < json_object_array_length(want); i++) {
		e = json_object_array_get_idx(want, i);
		json_object_object_get_ex(e, "fqn", &v);
		if (!json_object_object_get_ex(byfqn, json_object_get_string(v),
		    &v) || !json_object_equal(e, v)) {
			fprintf(stderr, "model entry differs: %s\n",
			    json_object_to_json_string(e));
			CHECK(0);
		}
	}
	CHECK(json_object_object_get_ex(byfqn, "random_load_balancer", &e));
	CHECK_STR(json_object_to_json_string_ext(e, JSON_C_TO_STRING_PLAIN),
	    "{\"fqn\":\"random_load_balancer\",\"bases\":[\"random_resource\","
	    "\"load_balancer\"],\"properties\":[],\"allow_unknown_props\":false,"
	    "\"successor_kinds\":null,\"aggregate_root\":true,\"metadata\":"
	    "{\"icon\":\"load_balancer\",\"group\":\"networking\"}}");
	CHECK(json_object_object_get_ex(byfqn, "random_resource", &e));
	CHECK_STR(json_object_to_json_string_ext(e, JSON_C_TO_STRING_PLAIN),
	    "{\"fqn\":\"random_resource\",\"bases\":[],\"properties\":[],"
	    "\"allow_unknown_props\":false,\"successor_kinds\":null,"
	    "\"aggregate_root\":false,\"metadata\":null}");
	json_object_put(byfqn);
	json_object_put(got);
	json_object_put(want);
	buf_free(&b);
	free(ref);
}

int
main(void)
{
	const struct cfg_section *const *s = collector_config_sections();

	CHECK(collector_find("example") != NULL);
	CHECK(collector_find("random") != NULL);
	CHECK(collector_find("aws") != NULL);
	CHECK(collector_find("gcp") != NULL);
	CHECK(collector_find("azure") == NULL);
	CHECK(s[0] != NULL && strcmp(s[0]->name, "random") == 0 &&
	    s[1] != NULL && strcmp(s[1]->name, "aws") == 0 &&
	    s[2] != NULL && strcmp(s[2]->name, "gcp") == 0 &&
	    s[3] != NULL && strcmp(s[3]->name, "slack") == 0 &&
	    s[4] != NULL && strcmp(s[4]->name, "onelogin") == 0 &&
	    s[5] == NULL);
	test_example();
	test_random_reference();
	test_random_counts();
	test_random_errors();
	test_model();
	return t_done();
}

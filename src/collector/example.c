/*
 * example: the example collector (collectors.md 2): a fixed graph of one
 * account, two regions, networks, instances, volumes and a custom resource,
 * byte for byte what resoto_plugin_example_collector produces. No config.
 */
#include "collector/collector.h"
#include "collector/graph.h"
#include "collector/inmem.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "common/buf.h"

#include <stdio.h>
#include <string.h>

#define PT	"resoto_plugin_example_collector."

static const struct kprop p_custom[] = {
	{ .name = "custom_string_attribute", .kind = "string",
	    .type = PT_STRING, .def = "\"\"" },
	{ .name = "custom_int_attribute", .kind = "int64", .type = PT_INT,
	    .def = "0" },
	{ .name = "custom_optional_float_attribute", .kind = "double",
	    .type = PT_DOUBLE },
	{ .name = "custom_dict_attribute", .kind = "dictionary[string, string]",
	    .type = PT_DICT, .def = "{}" },
	{ .name = "custom_list_attribute", .kind = "string[]", .type = PT_LIST,
	    .def = "[]" },
};

static const struct kind kind_example_account = { "example_account",
	PT "ExampleAccount", KIND_BASES(&kind_account), NULL, 0, NULL, NULL,
	NULL, 0 };
static const struct kind kind_example_region = { "example_region",
	PT "ExampleRegion", KIND_BASES(&kind_region), NULL, 0, NULL, NULL,
	NULL, 0 };
/* the mixin carrying delete/update_tag/delete_tag */
static const struct kind kind_example_resource = { "example_resource",
	PT "ExampleResource", NULL, NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_example_network = { "example_network",
	PT "ExampleNetwork", KIND_BASES(&kind_example_resource, &kind_network),
	NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_example_instance = { "example_instance",
	PT "ExampleInstance", KIND_BASES(&kind_example_resource,
	&kind_instance), NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_example_volume = { "example_volume",
	PT "ExampleVolume", KIND_BASES(&kind_example_resource, &kind_volume),
	NULL, 0, NULL, NULL, NULL, 0 };
static const struct kind kind_example_custom_resource = {
	"example_custom_resource", PT "ExampleCustomResource",
	KIND_BASES(&kind_example_resource, &kind_resource),
	KIND_PROPS(p_custom), NULL, NULL, NULL, 0 };

static const struct kind *const example_kinds[] = {
	&kind_example_account, &kind_example_region, &kind_example_resource,
	&kind_example_network, &kind_example_instance, &kind_example_volume,
	&kind_example_custom_resource, NULL
};

#define ACCOUNT	"Example Account"

static int
example_discover(json_object *config, struct buf *out, char *err,
    size_t errlen)
{
	ADDS(out, "[{\"id\": \"" ACCOUNT "\", \"name\": \"" ACCOUNT "\"}]");
	return 0;
}

/* a node in (example, Example Account, region) with tags and ctime (the
 * resoto:ctime tag wins, as for every resource), the caller adds the rest
 * of its properties before graph_node_end() */
static struct buf *
node(struct graph *g, const struct kind *k, const char *id, const char *name,
    const char *region, const struct gtag *tags, size_t ntags,
    const char *ctime, struct nodeid *nid)
{
	struct gnode n = {
		.kind = k, .id = id, .name = name, .cloud = "example",
		.account = ACCOUNT, .region = region, .tags = tags,
		.ntags = ntags,
	};
	struct buf *b = graph_node_begin(g, &n, nid);

	graph_prop_ctime(g, &n, ctime);
	return b;
}

static void
instance_props(struct buf *b, int cores, int memory, double fcores,
    double fmemory, const char *status)
{
	jw_key(b, "instance_cores");
	if (cores >= 0)
		jw_int(b, cores);	/* the plugin stores ints here */
	else
		jw_double(b, fcores);
	jw_key(b, "instance_memory");
	if (memory >= 0)
		jw_int(b, memory);
	else
		jw_double(b, fmemory);
	jw_key(b, "instance_type");
	jw_str(b, "");
	jw_key(b, "instance_status");
	jw_str(b, status);
}

static void
volume_props(struct buf *b, const char *status)
{
	jw_key(b, "volume_size");
	jw_int(b, 0);
	jw_key(b, "volume_type");
	jw_str(b, "");
	jw_key(b, "volume_status");
	jw_str(b, status);
	jw_key(b, "snapshot_before_delete");
	jw_bool(b, 0);
}

static int
example_collect(json_object *config, const struct coll_account *acc,
    struct graph *g, char *err, size_t errlen)
{
	static const struct gtag rtags[] = { { "Some Tag", "Some Value" } };
	static const struct gtag n1tags[] = { { "Name", "Example Network 1" } };
	static const struct gtag n2tags[] = { { "Name", "Example Network 2" } };
	static const struct gtag i1tags[] = { { "Name", "Example Instance 1" },
	    { "expiration", "2d" }, { "owner", "lukas" } };
	static const struct gtag i2tags[] = { { "Name", "Example Instance 2" },
	    { "expiration", "36h" },
	    { "resoto:ctime", "2019-09-05T10:40:11+00:00" } };
	static const struct gtag v1tags[] = { { "Name", "Example Volume 1" } };
	static const struct gtag v2tags[] = { { "Name", "Example Volume 2" } };
	struct nodeid a, r1, r2, n1, n2, i1, i2, v1, v2, c;
	struct gsel from = { &i1, NULL };
	struct gsel to = { NULL, "is(instance) and reported.id = someInstance2" };
	struct buf *b;

	if (strcmp(acc->id, ACCOUNT) != 0) {
		snprintf(err, errlen, "unknown account \"%s\": the example "
		    "cloud has only \"" ACCOUNT "\"", acc->id);
		return -1;
	}
	node(g, &kind_example_account, ACCOUNT, NULL, NULL, NULL, 0, NULL, &a);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &a, EDGE_DEFAULT);

	node(g, &kind_example_region, "us-west", "US West", NULL, rtags, 1,
	    NULL, &r1);
	graph_node_end(g);
	graph_edge(g, &a, &r1, EDGE_DEFAULT);
	node(g, &kind_example_region, "us-east", "US East", NULL, rtags, 1,
	    NULL, &r2);
	graph_node_end(g);
	graph_edge(g, &a, &r2, EDGE_DEFAULT);

	node(g, &kind_example_network, "someNetwork1", NULL, "us-west", n1tags,
	    1, NULL, &n1);
	graph_node_end(g);
	graph_edge(g, &r1, &n1, EDGE_DEFAULT);
	node(g, &kind_example_network, "someNetwork2", NULL, "us-east", n2tags,
	    1, NULL, &n2);
	graph_node_end(g);
	graph_edge(g, &r2, &n2, EDGE_DEFAULT);

	b = node(g, &kind_example_instance, "someInstance1", NULL, "us-west",
	    i1tags, 3, graph_time_str(g), &i1);
	jw_key(b, "mtime");
	jw_str(b, graph_time_str(g));
	jw_key(b, "atime");
	jw_str(b, graph_time_str(g));
	instance_props(b, 4, 32, 0, 0, "running");
	graph_node_end(g);
	graph_edge(g, &r1, &i1, EDGE_DEFAULT);
	graph_edge(g, &n1, &i1, EDGE_DEFAULT);
	graph_edge(g, &n1, &i1, EDGE_DELETE);

	b = node(g, &kind_example_instance, "someInstance2", NULL, "us-east",
	    i2tags, 3, NULL, &i2);	/* ctime: from its resoto:ctime tag */
	instance_props(b, -1, -1, 0.0, 0.0, "stopped");
	graph_node_end(g);
	graph_edge(g, &r2, &i2, EDGE_DEFAULT);
	graph_edge(g, &n2, &i2, EDGE_DEFAULT);
	graph_edge(g, &n2, &i2, EDGE_DELETE);

	b = node(g, &kind_example_volume, "someVolume1", NULL, "us-west",
	    v1tags, 1, NULL, &v1);
	volume_props(b, "in-use");
	graph_node_end(g);
	graph_edge(g, &r1, &v1, EDGE_DEFAULT);
	graph_edge(g, &i1, &v1, EDGE_DEFAULT);
	graph_edge(g, &v1, &i1, EDGE_DELETE);

	b = node(g, &kind_example_volume, "someVolume2", NULL, "us-east",
	    v2tags, 1, NULL, &v2);
	volume_props(b, "available");
	graph_node_end(g);
	graph_edge(g, &r2, &v2, EDGE_DEFAULT);
	graph_edge(g, &i2, &v2, EDGE_DEFAULT);
	graph_edge(g, &v2, &i2, EDGE_DELETE);

	graph_deferred(g, &from, &to, EDGE_DEFAULT);

	b = node(g, &kind_example_custom_resource, "someExampleResource", NULL,
	    "us-west", NULL, 0, NULL, &c);
	jw_key(b, "custom_string_attribute");
	jw_str(b, "");
	jw_key(b, "custom_int_attribute");
	jw_int(b, 0);
	jw_key(b, "custom_optional_float_attribute");
	jw_double(b, 10.0);
	jw_key(b, "custom_dict_attribute");
	ADDS(b, "{}");
	jw_key(b, "custom_list_attribute");
	ADDS(b, "[\"foo\", \"bar\"]");
	graph_node_end(g);
	graph_edge(g, &r1, &c, EDGE_DEFAULT);
	return 0;
}

static int
example_update_tag(const struct kind *k, json_object *node, const char *key,
    const char *value, char *err, size_t errlen)
{
	return inmem_update_tag(&kind_example_resource, k, node, key, value,
	    err, errlen);
}

static int
example_delete_tag(const struct kind *k, json_object *node, const char *key,
    char *err, size_t errlen)
{
	return inmem_delete_tag(&kind_example_resource, k, node, key, err,
	    errlen);
}

static int
example_delete(const struct kind *k, json_object *node, char *err,
    size_t errlen)
{
	return inmem_delete(&kind_example_resource, k, node, err, errlen);
}

const struct collector collector_example = {
	.name = "example",
	.config = NULL,
	.kinds = example_kinds,
	.discover = example_discover,
	.config_accounts = example_discover,	/* no cloud behind it */
	.collect = example_collect,
	.update_tag = example_update_tag,
	.delete_tag = example_delete_tag,
	.delete = example_delete,
};

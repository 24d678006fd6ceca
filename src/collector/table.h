/*
 * table: the generic engine of table-driven collectors. A cloud describes
 * each kind it collects once, as data (struct tkind): which call lists it,
 * where the items are in the answer, which answer field fills which
 * property, which edges an item makes, how the resource is deleted and
 * tagged. This engine turns one answer item into a node line (values
 * converted to the declared types, nulls dropped, defaults filled in, as
 * the reference's from_json does), remembers the ids it emitted and the
 * edges the items asked for, and links them once every item is in. It
 * knows no cloud: fetching pages, signing, and making the delete and tag
 * calls are the caller's (src/collector/aws/ for AWS).
 *
 * Source paths (struct kprop.src, struct tmap.src, struct tedge.src) walk
 * an item (a json-c object, e.g. what chttp_xml_items made of an XML
 * element):
 *   "a.b"     member b of member a
 *   "a[].b"   member b of every element of the list a (a list)
 *   "#Key"    the value of the item's tag Key (struct tkind.tags)
 *   "p|q"     p, or q when p gives nothing
 *   "=text"   the constant string text
 * A string "" where a list or object is expected is an empty one (an
 * empty XML element).
 */
#ifndef RW_TABLE_H
#define RW_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>

#include "collector/nodeid.h"

struct buf;
struct graph;
struct kind;
struct kprop;

/* A value mapping (an enum of the cloud onto the model's): pairs, ended
 * by { NULL, default } (default NULL: unknown values are left out). */
struct tenum {
	const char	*from;
	const char	*to;
};

enum tconv {
	TC_NONE,
	TC_DIV1024,	/* int(x) / 1024 as a double: MiB to GiB */
	TC_EPOCH,	/* a time: seconds since the epoch (a number) */
	TC_EPOCH_NOW,	/* the same, and absent: the export time (a
			   reference's fromtimestamp(x.get(k, time.time()))) */
};

/* Where a property a base kind declares comes from for this kind (its own
 * properties carry kprop.src), with an optional conversion. */
struct tmap {
	const char		*prop;
	const char		*src;
	const struct tenum	*map;
	enum tconv		 conv;
};

#define TM(prop, src)	{ prop, src, NULL, TC_NONE }
#define TM_END		{ NULL, NULL, NULL, TC_NONE }

/* Edge flags: the reference's add_edge (default edge only) and
 * dependant_node (a default edge and a delete edge the other way, or the
 * same way with TE_SAME). */
#define TE_REVERSE	0x1	/* the other node -> this one */
#define TE_DEPENDANT	0x2	/* and a delete edge */
#define TE_SAME		0x4	/* the delete edge runs like the default one */
#define TE_BY_NAME	0x8	/* the value is the other node's name */
#define TE_REGION	0x10	/* the other node is in this item's region
				   (its kind is TK_PER_REGION) */

struct tedge {
	const char		*src;	/* the other node's id (or name) */
	const struct kind	*kind;	/* the other node's kind */
	unsigned		 flags;
};

/* A call of a delete: op with params, a query template whose "@path"
 * parts (up to the next '&') are the values at path of the node's
 * reported properties ("@id": its id), URL-encoded. A path giving a list
 * makes one call per element; one giving nothing makes no call. */
struct tcall {
	const char		*op;
	const char		*params;	/* "VolumeId=@id" */
	const char *const	*gone;	/* error codes meaning already done */
	/* a step no template can say (it reads the cloud first): the
	 * caller's function, with the caller's context, instead */
	int			(*fn)(void *ctx, const struct tcall *,
				    json_object *reported, char *err,
				    size_t errlen);
};

/* How a kind's tags are set and removed: one key per call. */
struct ttag {
	const char	*set_op, *del_op;
	const char	*res_param;	/* the resource: "ResourceId.1" */
	const char	*key_param, *value_param;
};

#define TK_NAMED	0x1	/* other kinds link to it by name */
#define TK_PER_REGION	0x2	/* links to it stay in the item's region */
#define TK_GLOBAL	0x4	/* listed once, under the global region */
#define TK_LOOKUP	0x8	/* listed, but only nodes the caller makes */
#define TK_AFTER_LOOKUP	0x10	/* listed once the TK_LOOKUP kinds are in */

struct tkind {
	const struct kind	*kind;
	const char		*service;	/* "ec2" */
	const char		*op;		/* "DescribeVolumes" */
	const char		*params;	/* more query, "Owner.1=self" */
	const char		*items;		/* where the items are */
	const struct tmap	*map;		/* NULL-prop terminated */
	const char		*tags;		/* the key/value tag list */
	const char		*tag_key, *tag_value;	/* member names */
	const struct tedge	*edges;		/* NULL-src terminated */
	const struct tcall	*del;		/* NULL-op terminated */
	const struct ttag	*tag;
	unsigned		 flags;
};

/* Where an item's node sits. */
struct tloc {
	const char		*cloud, *account, *region;
	const struct nodeid	*region_id;	/* region -> node edge */
};

/* Reports a problem with an item (bad value, missing id). */
typedef void (*table_report_fn)(void *arg, const struct tkind *,
		    const char *msg);

struct table;

struct table	*table_new(struct graph *, table_report_fn, void *arg);
void		 table_free(struct table *);
/* Emits the node of item (kind tk at loc), queues its edges. 0 with its
 * node id, -1 (reported) when the item has no id. */
int		 table_node(struct table *, const struct tkind *,
		    json_object *item, const struct tloc *, struct nodeid *);
/* Records a node the caller emitted itself, so edges find it. */
void		 table_index(struct table *, const struct kind *,
		    const char *region, const char *key, int by_name,
		    const struct nodeid *);
/* 1 with *id when a node of kind with this id (name) was emitted. */
int		 table_find(struct table *, const struct kind *,
		    const char *region, const char *key, int by_name,
		    struct nodeid *id);
/* Adds the queued edges whose other end exists (the reference's lookups
 * find nothing otherwise, and add nothing). */
void		 table_link(struct table *);

/* The value at path in o, a new reference (NULL: nothing there). tags
 * (may be NULL) answers "#Key": the key/value list and its member names. */
json_object	*table_get(json_object *o, const char *path,
		    const struct tkind *tags);
/* The string at path, NULL when absent or not a string. */
const char	*table_str(json_object *o, const char *path);
/* The table entry of a kind among tables (NULL-kind terminated). */
const struct tkind *table_lookup(const struct tkind *tables, const char *fqn);

#endif

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
 *   "a[0].b"  member b of the first element of the list a
 *   "#Key"    the value of the item's tag Key (struct tkind.tags)
 *   "p|q"     p, or q when p gives nothing
 *   "p|"      p, or the property's default when p gives nothing (a
 *             struct tmap source that gives nothing otherwise leaves the
 *             property out: the reference's None)
 *   "=text"   the constant string text
 *   "a+=:+b"  the values of the pieces joined ("host:port"), none when
 *             one of them gives nothing
 * A string "" where a list or object is expected is an empty one (an
 * empty XML element); a single object or value where a list is expected
 * is a list of one (an XML list whose members are named by the API).
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

/* A value mapping (an enum of the cloud onto the model's, or onto a
 * boolean's "true"/"false"): pairs, ended by { NULL, default } (default
 * NULL: unknown values are left out). */
struct tenum {
	const char	*from;
	const char	*to;
};

enum tconv {
	TC_NONE,
	TC_DIV1024,	/* int(x) / 1024 as a double: MiB to GiB */
	TC_S3_ARN,	/* a bucket's name as its ARN, arn:aws:s3:::name */
	TC_PRESENT,	/* true when there is a value (a boolean) */
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
#define TE_BY_ALT	0x20	/* the value is the other node's alternate
				   key (table_index TABLE_BY_ALT): the ARN
				   of a TK_ARN kind, GCP's selfLink */
#define TE_BY_ARN	TE_BY_ALT	/* AWS's name for it */
#define TE_ARN_TAIL	0x40	/* an ARN value names the other node by its
				   last part ("arn:...:key/ID": ID) */

struct tedge {
	const char		*src;	/* the other node's id (or name) */
	const struct kind	*kind;	/* the other node's kind */
	unsigned		 flags;
};

/* A call of a delete: op with params, a query template whose "@path"
 * parts (up to the next '&') are the values at path of the node's
 * reported properties ("@id": its id), URL-encoded; other values are
 * constants ("ForceDelete=true"). A path giving a list
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
/* A REST-JSON kind's (TK_JSON) call: params is the method and a path
 * template, "DELETE /clusters/@name" ("@path" parts up to the next '/'
 * are the node's values, URL-encoded). */

/* How a kind's tags are set and removed: one key per call. */
struct ttag {
	const char	*set_op, *del_op;
	const char	*res_param;	/* the resource: "ResourceId.1" */
	const char	*key_param, *value_param;
	const char	*res_src;	/* its reported property, NULL: "id" */
	const char	*del_key_param;	/* the removal's, NULL: key_param */
	const char	*params;	/* more, constant: "Tags.member.1.X=y" */
	/* a kind whose tags no template can say: the caller's function
	 * (value NULL: remove key), with the caller's context */
	int		(*fn)(void *ctx, json_object *reported, const char *key,
			    const char *value, char *err, size_t errlen);
	/* a REST-JSON kind's (TK_JSON): a POST of {member: {key: value}}
	 * to path (a template as struct tcall's), a DELETE of it with
	 * key_param=key in the query */
	const char	*path, *member;
};

/* A call made for each listed item before its node is made (the
 * reference's per-item calls: an ELB's tags, an ALB's listeners): op with
 * a query template whose "@path" parts are the item's values (as in
 * struct tcall); the answer's elements at items become the item's member
 * into, as a list, or, with member, that member of the first of them. */
struct tsub {
	const char	*op;
	const char	*params;	/* "LoadBalancerNames.member.1=@Name" */
	const char	*items;		/* "DescribeTagsResponse/.../member" */
	const char	*member;	/* "Tags", or NULL */
	const char	*into;		/* "_tags" */
	const char *const *gone;	/* error codes meaning: nothing */
	/* a REST kind's (struct tkind.path) calls: a GET of the item's
	 * resource (params "@Name": its S3 bucket) with this subresource */
	const char	*rest;		/* "tagging" */
	unsigned	 flags;
	/* made only when the item has these values ("a.b=X&c=Y", after
	 * the TS_FIRST call's answer is in) */
	const char	*when;
	/* the answer's elements (in the member into) are nodes of this
	 * kind (a TK_SUB entry), made after the item's: IAM's access keys
	 * of a user */
	const struct tkind *each;
};

#define TS_REGION	0x1	/* its answer's text is the item's region,
				   where the calls after it go */
#define TS_JSON		0x2	/* the answer is a JSON document, kept whole */
#define TS_FIRST	0x4	/* the calls after it wait for its answer */
#define TS_MERGE	0x8	/* the value's members become the item's
				   (a REST-JSON Describe of a listed name);
				   when it fails, the item is left out */
#define TS_PARSE	0x10	/* the value is JSON text, parsed (Lambda's
				   policy document) */
/* A REST-JSON kind's calls (TK_JSON): a GET of rest, a path template as
 * struct tcall's on the item's values; the value at items (a dotted path,
 * NULL: the whole answer) becomes the member into; an error in gone leaves
 * the member out. */
/* A JSON kind's calls (struct tkind.target): params "KeyId=@KeyId" are the
 * members of the JSON body; the value at items (a dotted path) of the
 * answer becomes the member into. */

#define TK_NAMED	0x1	/* other kinds link to it by name */
#define TK_PER_REGION	0x2	/* links to it stay in the item's region */
#define TK_GLOBAL	0x4	/* listed once, under the global region */
#define TK_LOOKUP	0x8	/* listed, but only nodes the caller makes */
#define TK_AFTER_LOOKUP	0x10	/* listed once the TK_LOOKUP kinds are in */
#define TK_ARN		0x20	/* other kinds link to it by its ARN (the
				   table's "arn" source) */
#define TK_TIMES	0x40	/* atime and mtime from the kind's times
				   metrics (struct tmetric), else the
				   reference's fall-back (the caller's) */
#define TK_PART		0x80	/* its items (at items) are in the answer of
				   the nearest entry before it that is no
				   part: one listing for several kinds (IAM's
				   GetAccountAuthorizationDetails) */
#define TK_SUB		0x100	/* its nodes come from another kind's per-
				   item call (struct tsub.each), never
				   listed on their own */
#define TK_JSON		0x200	/* REST with JSON answers (Lambda, EKS): a
				   GET of path, a template as struct
				   tcall's; items and next are dotted JSON
				   paths, the token goes in the query */
#define TK_CHILD	0x400	/* listed once for each item of the nearest
				   entry before it that is no child, made
				   with that item's values (path's "@x"),
				   which its items hold as "_parent" (EKS's
				   node groups of a cluster) */

struct tkind {
	const struct kind	*kind;
	const char		*service;	/* "ec2" */
	const char		*version;	/* the Query API's, NULL: EC2's */
	const char		*path;		/* a REST GET of it, NULL: Query
						   (GCP: "%s" the project) */
	const char		*target;	/* JSON 1.1: X-Amz-Target prefix
						   ("TrentService"); items and
						   next are dotted JSON paths */
	const char		*op;		/* "DescribeVolumes" */
	const char		*params;	/* more query, "Owner.1=self" */
	const char		*items;		/* where the items are */
	const struct tmap	*map;		/* NULL-prop terminated */
	const char		*tags;		/* the key/value tag list, or an
						   object of tags (GCP labels) */
	const char		*tag_key, *tag_value;	/* member names */
	const struct tedge	*edges;		/* NULL-src terminated */
	const struct tcall	*del;		/* NULL-op terminated */
	const struct ttag	*tag;
	unsigned		 flags;
	/* paging: the request's token parameter (NULL: "NextToken") and
	 * the answer's next token (NULL: "<op>Response/nextToken") */
	const char		*token, *next;
	const struct tsub	*sub;		/* NULL-op terminated */
	/* the caller's changes to an item before its node is made (IAM's
	 * URL-encoded policy documents decoded, as botocore does) */
	void			(*prep)(json_object *item);
	/* items that are plain strings (EKS's lists of names) become
	 * objects with the string as this member */
	const char		*wrap;
	/* metrics (NULL-name terminated): usage, asked for the items that
	 * have usage_when ("a.b=X", NULL: all) when the section wants usage
	 * metrics; times (TK_TIMES), for the items that have times_when */
	const struct tmetric	*usage;
	const char		*usage_when;
	const struct tmetric	*times;
	const char		*times_when;
};

/* A metric of a kind's items in the cloud's monitoring service (AWS:
 * CloudWatch GetMetricData), one query per item: its dimension dim is the
 * item's id. A usage metric's first value goes into the node's usage
 * section as usage[usage][the stat's short name] (min, avg, max, sum);
 * a time metric's latest non-zero datapoint is the node's atime and / or
 * mtime (TMT_ATIME, TMT_MTIME). The caller makes the calls. */
struct tmetric {
	const char	*name;		/* "VolumeReadOps" */
	const char	*ns;		/* "AWS/EBS" */
	const char	*dim;		/* "VolumeId" */
	const char	*stat;		/* "Sum", "Average", ... */
	const char	*unit;		/* "Count" */
	const char	*usage;		/* "volume_read_ops", NULL: a time */
	unsigned	 flags;
};
#define TMT_ATIME	0x1
#define TMT_MTIME	0x2
#define TMT_ROUND3	0x4	/* the value rounded to 3 decimals */
/* A metric's minimum, average and maximum, rounded (the reference's
 * usual trio), with a cloud's entry macro mk(name, stat, unit, usage,
 * flags) */
#define TMT_MIN_AVG_MAX(mk, name, unit, usage)			\
	mk(name, "Minimum", unit, usage, TMT_ROUND3),			\
	mk(name, "Average", unit, usage, TMT_ROUND3),			\
	mk(name, "Maximum", unit, usage, TMT_ROUND3)

/* Where an item's node sits. */
struct tloc {
	const char		*cloud, *account, *region;
	const struct nodeid	*region_id;	/* region -> node edge (or
						   the zone's) */
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
/* The same with more about the node (NULL: nothing more). */
struct tat {
	const char	*zone;		/* its zone (NULL: "undefined" in its
					   identity tuple) */
	int		 cleaned;	/* metadata.cleaned true */
	json_object	*usage;		/* its usage section (NULL: {}) */
};
int		 table_node_at(struct table *, const struct tkind *,
		    json_object *item, const struct tloc *, const struct tat *,
		    struct nodeid *);
/* by_name below: which key of a node */
#define TABLE_BY_ID	0
#define TABLE_BY_NAME	1
#define TABLE_BY_ALT	2	/* a key of the cloud's choice (a link) */

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

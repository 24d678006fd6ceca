/*
 * corenode: a node as the core stores it (the payload of CLEANUP and TAG_*
 * frames), rebuilt the way the reference does it (node_from_dict, then
 * node_to_dict): reported properties of its kind only, coerced to their
 * declared types, defaults filled in, nulls dropped, "kind" last, and the
 * metadata the worker writes. Owns nothing; works on json-c trees.
 */
#ifndef RW_CORENODE_H
#define RW_CORENODE_H

#include <stddef.h>

#include <json-c/json.h>

struct buf;
struct kind;

/* The kind of reported.kind among kinds and the base kinds. */
const struct kind *corenode_kind(json_object *node,
	    const struct kind *const *kinds, char *err, size_t errlen);
/* reported.id, "" when absent */
const char	*corenode_id(json_object *node);
/* "<kind> <name> (<id>)", or "<kind> <id>" when the name is the id */
void		 corenode_rtdname(json_object *node, char *out, size_t outlen);
/* true when metadata.<key> is true */
int		 corenode_meta_flag(json_object *node, const char *key);
void		 corenode_set_meta_flag(json_object *node, const char *key, int);
/* reported.tags[key] = value (NULL: null); an existing key keeps its place */
void		 corenode_tag_set(json_object *node, const char *key,
		    const char *value);
/* -1 when the key is not there */
int		 corenode_tag_del(json_object *node, const char *key);
/* The rebuilt node (node_to_dict) as one line of JSON, no newline. */
int		 corenode_write(struct buf *, const struct kind *,
		    json_object *node, char *err, size_t errlen);

#endif

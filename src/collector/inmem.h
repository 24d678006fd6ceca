/*
 * inmem: the cloud side of tags and cleanup for collectors whose cloud only
 * exists in this process (example, random; collectors.md 2.4, 2.5, 3.4).
 * Kinds deriving from the collector's resource mixin log and succeed;
 * accounts and regions "succeed" at delete (the reference's NotImplemented
 * is truthy) and refuse tags; everything else refuses.
 */
#ifndef RW_INMEM_H
#define RW_INMEM_H

#include <stddef.h>

#include <json-c/json.h>

struct kind;

int	inmem_update_tag(const struct kind *mixin, const struct kind *,
	    json_object *node, const char *key, const char *value, char *err,
	    size_t errlen);
int	inmem_delete_tag(const struct kind *mixin, const struct kind *,
	    json_object *node, const char *key, char *err, size_t errlen);
int	inmem_delete(const struct kind *mixin, const struct kind *,
	    json_object *node, char *err, size_t errlen);

#endif

/* inmem: see inmem.h. */
#include "collector/inmem.h"
#include "collector/corenode.h"
#include "collector/kind.h"
#include "common/log.h"

#include <stdio.h>

static int
no_tags(const struct kind *k, json_object *node, char *err, size_t errlen)
{
	char dn[256];

	corenode_rtdname(node, dn, sizeof(dn));
	if (kind_phantom(k))
		snprintf(err, errlen, "Resource %s is a phantom resource and "
		    "does not maintain tags", dn);
	else
		snprintf(err, errlen, "Resource %s does not support tags", dn);
	return -1;
}

int
inmem_update_tag(const struct kind *mixin, const struct kind *k,
    json_object *node, const char *key, const char *value, char *err,
    size_t errlen)
{
	if (!kind_is_a(k, mixin))
		return no_tags(k, node, err, errlen);
	log_info("Updating or setting tag %s: %s on resource %s", key,
	    value ? value : "None", corenode_id(node));
	return 0;
}

int
inmem_delete_tag(const struct kind *mixin, const struct kind *k,
    json_object *node, const char *key, char *err, size_t errlen)
{
	if (!kind_is_a(k, mixin))
		return no_tags(k, node, err, errlen);
	log_info("Deleting tag %s on resource %s", key, corenode_id(node));
	return 0;
}

int
inmem_delete(const struct kind *mixin, const struct kind *k, json_object *node,
    char *err, size_t errlen)
{
	char dn[256];

	corenode_rtdname(node, dn, sizeof(dn));
	if (kind_is_a(k, mixin)) {
		log_info("Deleting resource %s", dn);
		return 0;
	}
	if (kind_is_a(k, &kind_account) || kind_is_a(k, &kind_region)) {
		/* the reference's delete returns NotImplemented, which is
		 * truthy: it reports success and marks the node cleaned */
		log_info("Resource %s cannot be deleted; reported as cleaned "
		    "like the reference worker does", dn);
		return 0;
	}
	snprintf(err, errlen, "Failed to clean up %s", dn);
	return -1;
}

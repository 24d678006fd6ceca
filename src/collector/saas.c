/* saas: the shared part of the Slack and OneLogin collectors, see saas.h. */
#include "collector/saas.h"
#include "collector/collector.h"
#include "collector/http/chttp.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/buf.h"
#include "common/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct chttp *
saas_http(int insecure)
{
	struct chttp_opts o;
	json_object *v;

	memset(&o, 0, sizeof(o));
	o.insecure = insecure;
	if (json_object_object_get_ex(collector_worker(), "timeout", &v) &&
	    json_object_get_int64(v) > 20)
		o.deadline_ms = (json_object_get_int64(v) - 10) * 1000;
	return chttp_new(&o);
}

char *
saas_url(const char *base, const char *path)
{
	struct buf b = BUF_INIT;
	size_t n = strlen(base);

	while (n > 0 && base[n - 1] == '/')
		n--;
	while (*path == '/')
		path++;
	buf_printf(&b, "%.*s/%s", (int)n, base, path);
	return buf_take(&b);
}

int
saas_node(struct table *t, const struct tkind *tk, json_object *item,
    const struct tloc *loc, const char *who)
{
	const struct tmap *m;
	struct nodeid id;
	json_object *v = NULL;
	const char *key = NULL;

	for (m = tk->map; m && m->prop; m++)
		if (strcmp(m->prop, "id") == 0)
			v = table_get(item, m->src, tk);
	if (v != NULL && !json_object_is_type(v, json_type_object) &&
	    !json_object_is_type(v, json_type_array))
		key = json_object_get_string(v);
	if (key != NULL && table_find(t, tk->kind, NULL, key, 0, &id)) {
		saas_report("%s: %s %s: listed again, left out", who,
		    tk->kind->fqn, key);
		json_object_put(v);
		return -1;
	}
	json_object_put(v);
	return table_node(t, tk, item, loc, &id);
}

int
saas_update_tag(const struct kind *k, json_object *node, const char *key,
    const char *value, char *err, size_t errlen)
{
	(void)node; (void)value;
	snprintf(err, errlen, "%s: tags are not supported by its collector "
	    "(tag %s not set)", k->fqn, key);
	return -1;
}

int
saas_delete_tag(const struct kind *k, json_object *node, const char *key,
    char *err, size_t errlen)
{
	(void)node;
	snprintf(err, errlen, "%s: tags are not supported by its collector "
	    "(tag %s not deleted)", k->fqn, key);
	return -1;
}

int
saas_delete(const struct kind *k, json_object *node, char *err,
    size_t errlen)
{
	(void)node;
	snprintf(err, errlen, "%s: delete is not supported by its collector "
	    "(not deleted)", k->fqn);
	return -1;
}

/* jget: see jget.h. */
#include "common/buf.h"
#include "common/jget.h"

const char *
jget_str(json_object *o, const char *key)
{
	json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

int
jget_bool(json_object *o, const char *key)
{
	json_object *v;

	return o != NULL && json_object_object_get_ex(o, key, &v) &&
	    json_object_get_boolean(v);
}

int
jget_num(json_object *o, const char *key, double *out)
{
	json_object *v;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    (!json_object_is_type(v, json_type_double) &&
	    !json_object_is_type(v, json_type_int)))
		return 0;
	*out = json_object_get_double(v);
	return 1;
}

char *
jget_home_path(json_object *env, const char *path)
{
	struct buf b = BUF_INIT;
	const char *home = jget_str(env, "HOME");

	if (path[0] == '~' && path[1] == '/' && home && *home)
		buf_printf(&b, "%s%s", home, path + 1);
	else
		buf_puts(&b, path);
	return buf_take(&b);
}

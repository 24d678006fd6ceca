/*
 * jget: reading the members of json-c objects that came from outside (the
 * core, a child, the configuration), where a member may be missing or of
 * another type. Owns nothing.
 */
#ifndef RW_JGET_H
#define RW_JGET_H

#include <json-c/json.h>

/* The member key of o as a string; NULL when o is NULL, or the member is
 * absent or not a string. */
const char	*jget_str(json_object *o, const char *key);
/* The member key of o taken as a boolean (json-c's rules); 0 when o is
 * NULL or the member is absent. */
int		 jget_bool(json_object *o, const char *key);
/* 1 with *out when the member key of o is a number (an integer or a
 * double), else 0 and *out unchanged. */
int		 jget_num(json_object *o, const char *key, double *out);
/* path with a leading "~/" below the HOME member of env (a child's
 * environment, as the ACCOUNT frame gives it), malloc'd; a copy of path
 * when it has no "~/" or env no HOME. */
char		*jget_home_path(json_object *env, const char *path);

#endif

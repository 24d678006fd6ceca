/*
 * cfgfile: the libconfig side of the configuration. Owns reading a libconfig
 * file into a JSON document checked against a configuration's schema (every
 * error names file:line; secrets in a group/other-readable file are
 * refused; the file is read whole without blocking, only a regular file
 * without NUL bytes, and parsed from memory: linear in its size) and
 * writing JSON values back in libconfig syntax (config_dump).
 */
#ifndef RW_CFGFILE_H
#define RW_CFGFILE_H

#include <stddef.h>
#include <stdio.h>

#include <json-c/json.h>

struct config;

/* Read path into *doc = {"section":{"key":value,...},...}, every value of
 * its key's type. -1 with "file:line: reason" in err. */
int	cfgfile_read(const struct config *schema, const char *path,
	    json_object **doc, char *err, size_t errlen);
/* One setting "name = value;" at the given tab indent. A value libconfig
 * cannot express (null, a group member name that is no libconfig name) is
 * written as a comment holding its JSON text. */
void	cfgfile_write_setting(FILE *, const char *name, json_object *v, int indent);

#endif

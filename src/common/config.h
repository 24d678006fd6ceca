/*
 * config: the configuration store. Owns the schema types (sections of typed
 * keys with defaults and flags), the json-c tree that holds the effective
 * values ({"resotoworker":{...},"random":{...},...}, the shape the core
 * holds), the typed parse of "section.key=value" overrides, merging a
 * core-held document, comparing two configurations, redaction of secrets
 * and the libconfig-syntax dump of --check-config. Reading the libconfig
 * file itself lives in cfgfile.c (declared here: config_load_file).
 *
 * Every change is all-or-nothing: a call that fails leaves the
 * configuration as it was.
 */
#ifndef RW_CONFIG_H
#define RW_CONFIG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <json-c/json.h>

enum cfg_type { CFG_STRING, CFG_INT, CFG_DOUBLE, CFG_BOOL, CFG_STRING_LIST, CFG_JSON };

#define CFG_SECRET	0x1	/* redacted in dumps/logs; refused in a group/other-readable file */
#define CFG_RESTART	0x2	/* change needs a restart (logged on SIGHUP / core change) */
#define CFG_NULLABLE	0x4	/* null is a valid value */

struct cfg_key {
	const char	*name;
	enum cfg_type	 type;
	const char	*def;	/* JSON text; NULL means null */
	unsigned	 flags;
	const char	*help;
};

struct cfg_section {
	const char		*name;
	const struct cfg_key	*keys;	/* {NULL} terminated */
	const char		*help;
};

struct config;

/* A configuration holding the defaults of the given sections (NULL-terminated
 * array; a section listed twice counts once). A default that does not parse
 * or does not match its type is a programming error (fatalx). */
struct config	*config_new(const struct cfg_section *const *sections);
void		 config_free(struct config *);

/* Read a libconfig file over the current values. Unknown sections or keys,
 * wrong types and syntax errors fail with "file:line: reason" in err; a file
 * that sets a secret and is readable by group or others is refused. */
int	config_load_file(struct config *, const char *path, char *err, size_t errlen);
/* Merge a core-held document. Unknown sections/keys and values of the wrong
 * type are dropped with a warning naming origin and path; -1 only when doc
 * is not a JSON object. */
int	config_merge_json(struct config *, json_object *doc, const char *origin,
	    char *err, size_t errlen);
/* "section.key=value": value parsed by the key's type (lists comma-separated,
 * booleans true/false/1/0/yes/no/on/off, CFG_JSON as JSON text, an empty
 * value sets a nullable key to null). Errors name the path. */
int	config_set(struct config *, const char *assignment, char *err, size_t errlen);
/* Set "section.key" to a JSON value (checked like a core document's value).
 * val is taken over (put) in every case. */
int	config_set_json(struct config *, const char *path, json_object *val,
	    char *err, size_t errlen);

/* Lookups by "section" or "section.key" (deeper paths descend into
 * CFG_JSON objects). Returned objects are borrowed. */
json_object	*config_get(const struct config *, const char *path);
const char	*config_str(const struct config *, const char *path);	/* NULL when null/missing */
int64_t		 config_int(const struct config *, const char *path);	/* 0 when missing */
double		 config_double(const struct config *, const char *path);
int		 config_bool(const struct config *, const char *path);
json_object	*config_section(const struct config *, const char *name);
json_object	*config_root(const struct config *);
/* The schema entry of "section.key", NULL when unknown. */
const struct cfg_key *config_key(const struct config *, const char *path);

/* Call cb for every key whose value differs between a and b (same schema). */
void	config_changes(const struct config *a, const struct config *b,
	    void (*cb)(const char *path, const struct cfg_key *, void *), void *arg);
/* true/false/1/0/yes/no/on/off, any case: 0 with *out set, -1 otherwise. */
int	config_parse_bool(const char *s, int *out);
/* Register every secret value with log_secret(), so no log line shows it. */
void	config_register_secrets(const struct config *);
/* 1 when key is secret: CFG_SECRET on a top-level key, or, inside a
 * CFG_JSON value, a member named like a secret (password, token, ..._key). */
int	config_secret_name(const char *member);

/* The effective configuration in libconfig syntax (a valid file: nulls are
 * comments). redact: secrets are printed as "***". */
void	config_dump(const struct config *, FILE *, int redact);

/* Internal to the config module (config.c, cfgfile.c). */
const struct cfg_section *config_find_section(const struct config *, const char *name);
const struct cfg_key	*config_find_key(const struct cfg_section *, const char *name);
/* A new value of key's type made from v into *out (NULL is JSON null);
 * -1 with the reason in why when v does not fit the key. */
int		 config_coerce(const struct cfg_key *, json_object *v,
		    json_object **out, char *why, size_t);
/* 1 when v (the value of key) holds a non-empty secret. */
int		 config_has_secret(const struct cfg_key *, json_object *v);

#endif

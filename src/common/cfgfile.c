/* cfgfile: see cfgfile.h. */
#include "common/cfgfile.h"
#include "common/config.h"
#include "common/buf.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libconfig.h>

static json_object *
to_json(config_setting_t *s)
{
	json_object *o;
	int i, n;

	switch (config_setting_type(s)) {
	case CONFIG_TYPE_INT:
		return json_object_new_int64(config_setting_get_int(s));
	case CONFIG_TYPE_INT64:
		return json_object_new_int64(config_setting_get_int64(s));
	case CONFIG_TYPE_FLOAT:
		return json_object_new_double(config_setting_get_float(s));
	case CONFIG_TYPE_STRING:
		return json_object_new_string(config_setting_get_string(s));
	case CONFIG_TYPE_BOOL:
		return json_object_new_boolean(config_setting_get_bool(s));
	case CONFIG_TYPE_ARRAY:
	case CONFIG_TYPE_LIST:
		o = json_object_new_array();
		n = config_setting_length(s);
		for (i = 0; i < n; i++)
			json_object_array_add(o,
			    to_json(config_setting_get_elem(s, i)));
		return o;
	case CONFIG_TYPE_GROUP:
		o = json_object_new_object();
		n = config_setting_length(s);
		for (i = 0; i < n; i++) {
			config_setting_t *m = config_setting_get_elem(s, i);
			json_object_object_add(o, config_setting_name(m),
			    to_json(m));
		}
		return o;
	}
	return NULL;
}

/* The file setting s came from: path, or an @include'd file (named
 * relative to path's directory, where libconfig looked for it). */
static const char *
src_file(config_setting_t *s, const char *path)
{
	static char name[4096];
	const char *f = config_setting_source_file(s), *slash;

	if (f == NULL || strcmp(f, path) == 0)
		return path;
	if (*f == '/' || (slash = strrchr(path, '/')) == NULL)
		return f;
	snprintf(name, sizeof(name), "%.*s/%s", (int)(slash - path), path, f);
	return name;
}

/* 0 when the file holding secret setting s is private to its owner */
static int
check_mode(config_setting_t *s, const char *path, const struct stat *main_st,
    const char *sec, const char *key, char *err, size_t errlen)
{
	const char *file = src_file(s, path);
	struct stat st = *main_st;

	if (file != path && stat(file, &st) == -1) {	/* an @include'd file */
		snprintf(err, errlen, "%s: %s", file, strerror(errno));
		return -1;
	}
	if ((st.st_mode & (S_IRGRP | S_IROTH)) == 0)
		return 0;
	snprintf(err, errlen, "%s: holds secrets (key %s.%s) but is readable by "
	    "group/others (mode %04o); run chmod 600 %s", file, sec, key,
	    (unsigned)(st.st_mode & 07777), file);
	return -1;
}

static int
read_section(const struct config *cfg, config_setting_t *s, const char *path,
    const struct stat *st, json_object *doc, char *err, size_t errlen)
{
	const struct cfg_section *sec;
	const struct cfg_key *k;
	config_setting_t *ks;
	json_object *sobj, *raw, *v;
	const char *name = config_setting_name(s);
	struct buf known = BUF_INIT;
	char why[256];
	int i, n, r;

	if ((sec = config_find_section(cfg, name)) == NULL) {
		json_object_object_foreach(config_root(cfg), sn, sv) {
			(void)sv;
			buf_printf(&known, "%s%s", known.len ? ", " : "", sn);
		}
		snprintf(err, errlen, "%s:%d: unknown section '%s' (known: %s)",
		    src_file(s, path), config_setting_source_line(s), name,
		    buf_str(&known));
		buf_free(&known);
		return -1;
	}
	if (!config_setting_is_group(s)) {
		snprintf(err, errlen, "%s:%d: '%s' must be a group: %s = { ... };",
		    src_file(s, path), config_setting_source_line(s), name, name);
		return -1;
	}
	sobj = json_object_new_object();
	json_object_object_add(doc, name, sobj);
	n = config_setting_length(s);
	for (i = 0; i < n; i++) {
		ks = config_setting_get_elem(s, i);
		if ((k = config_find_key(sec, config_setting_name(ks))) == NULL) {
			snprintf(err, errlen, "%s:%d: unknown key '%s.%s'",
			    src_file(ks, path), config_setting_source_line(ks),
			    name, config_setting_name(ks));
			return -1;
		}
		raw = to_json(ks);
		r = config_coerce(k, raw, &v, why, sizeof(why));
		json_object_put(raw);
		if (r == -1) {
			snprintf(err, errlen, "%s:%d: %s.%s: %s",
			    src_file(ks, path), config_setting_source_line(ks),
			    name, k->name, why);
			return -1;
		}
		json_object_object_add(sobj, k->name, v);
		if (config_has_secret(k, v) &&
		    check_mode(ks, path, st, name, k->name, err, errlen) == -1)
			return -1;
	}
	return 0;
}

static const char *
error_file(const config_t *lc, const char *path)
{
	static char name[4096];
	const char *f = config_error_file(lc), *slash;

	if (f == NULL || *f == '/' || (slash = strrchr(path, '/')) == NULL)
		return f ? f : path;
	snprintf(name, sizeof(name), "%.*s/%s", (int)(slash - path), path, f);
	return name;
}

/*
 * The whole of path in b, opened without blocking (a FIFO or a device at
 * the path is refused, never waited on). The text is handed to libconfig in
 * one piece: its reader of a FILE rescans a token from its start on every
 * 8 KB refill, which makes a long string quadratic.
 */
static int
slurp(const char *path, struct buf *b, struct stat *st, char *err,
    size_t errlen)
{
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, st) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		close(fd);
		return -1;
	}
	buf_reserve(b, (size_t)st->st_size);
	for (;;) {
		buf_reserve(b, 65536);
		n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		b->len += (size_t)n;
		b->data[b->len] = '\0';
	}
	if (n == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	if (memchr(buf_str(b), '\0', b->len) != NULL) {
		snprintf(err, errlen, "%s: holds a NUL byte (not a text file)",
		    path);
		return -1;
	}
	return 0;
}

int
cfgfile_read(const struct config *cfg, const char *path, json_object **doc,
    char *err, size_t errlen)
{
	config_t lc;
	config_setting_t *root;
	struct stat st;
	struct buf text = BUF_INIT;
	char *dir, *slash;
	int i, n, r = 0;

	*doc = NULL;
	if (slurp(path, &text, &st, err, errlen) == -1) {
		buf_free(&text);
		return -1;
	}
	config_init(&lc);
	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) != NULL) {
		slash[slash == dir] = '\0';
		config_set_include_dir(&lc, dir);
	}
	free(dir);
	if (config_read_string(&lc, buf_str(&text)) == CONFIG_FALSE) {
		snprintf(err, errlen, "%s:%d: %s", error_file(&lc, path),
		    config_error_line(&lc), config_error_text(&lc));
		r = -1;
	}
	buf_free(&text);
	*doc = json_object_new_object();
	root = config_root_setting(&lc);
	n = r == 0 ? config_setting_length(root) : 0;
	for (i = 0; i < n && r == 0; i++)
		r = read_section(cfg, config_setting_get_elem(root, i), path,
		    &st, *doc, err, errlen);
	config_destroy(&lc);
	if (r == -1) {
		json_object_put(*doc);
		*doc = NULL;
	}
	return r;
}

/* libconfig setting name: [A-Za-z*][-A-Za-z0-9_*]* */
static int
lc_name(const char *s)
{
	if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '*'))
		return 0;
	for (s++; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' ||
		    *s == '*'))
			return 0;
	return 1;
}

static int
expressible(json_object *v)
{
	size_t i;

	switch (json_object_get_type(v)) {
	case json_type_null:
		return 0;
	case json_type_array:
		for (i = 0; i < json_object_array_length(v); i++)
			if (!expressible(json_object_array_get_idx(v, i)))
				return 0;
		return 1;
	case json_type_object: {
		json_object_object_foreach(v, name, m)
			if (!lc_name(name) || !expressible(m))
				return 0;
		return 1;
	}
	default:
		return 1;
	}
}

static int
scalar(json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_boolean:
	case json_type_double:
	case json_type_string:
		return 1;
	case json_type_int:	/* 32-bit only: libconfig arrays hold one type */
		return json_object_get_int64(v) >= INT32_MIN &&
		    json_object_get_int64(v) <= INT32_MAX;
	default:
		return 0;
	}
}

/* a libconfig array: scalars of one type; otherwise a list */
static int
lc_array(json_object *v)
{
	size_t i, n = json_object_array_length(v);

	for (i = 0; i < n; i++) {
		json_object *e = json_object_array_get_idx(v, i);

		if (!scalar(e) || json_object_get_type(e) !=
		    json_object_get_type(json_object_array_get_idx(v, 0)))
			return 0;
	}
	return 1;
}

static void
write_string(FILE *fp, const char *s)
{
	const unsigned char *p;

	fputc('"', fp);
	for (p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':	fputs("\\\"", fp); break;
		case '\\':	fputs("\\\\", fp); break;
		case '\n':	fputs("\\n", fp); break;
		case '\r':	fputs("\\r", fp); break;
		case '\t':	fputs("\\t", fp); break;
		case '\f':	fputs("\\f", fp); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(fp, "\\x%02x", *p);
			else
				fputc(*p, fp);
		}
	}
	fputc('"', fp);
}

static void
write_double(FILE *fp, double d)
{
	char s[64];
	int prec;

	for (prec = 1; prec < 17; prec++) {
		snprintf(s, sizeof(s), "%.*g", prec, d);
		if (strtod(s, NULL) == d)
			break;
	}
	snprintf(s, sizeof(s), "%.*g", prec, d);
	fputs(s, fp);
	if (strpbrk(s, ".eE") == NULL)
		fputs(".0", fp);
}

static void
indent_to(FILE *fp, int indent)
{
	while (indent-- > 0)
		fputc('\t', fp);
}

static void
write_value(FILE *fp, json_object *v, int indent)
{
	size_t i, n;
	int64_t iv;

	switch (json_object_get_type(v)) {
	case json_type_boolean:
		fputs(json_object_get_boolean(v) ? "true" : "false", fp);
		break;
	case json_type_int:
		iv = json_object_get_int64(v);
		fprintf(fp, "%" PRId64 "%s", iv,
		    iv < INT32_MIN || iv > INT32_MAX ? "L" : "");
		break;
	case json_type_double:
		write_double(fp, json_object_get_double(v));
		break;
	case json_type_string:
		write_string(fp, json_object_get_string(v));
		break;
	case json_type_array:
		n = json_object_array_length(v);
		if (lc_array(v)) {
			fputs("[ ", fp);
			for (i = 0; i < n; i++) {
				write_value(fp, json_object_array_get_idx(v, i), 0);
				fputs(i + 1 < n ? ", " : " ", fp);
			}
			fputc(']', fp);
			break;
		}
		fputs("(\n", fp);
		for (i = 0; i < n; i++) {
			indent_to(fp, indent + 1);
			write_value(fp, json_object_array_get_idx(v, i), indent + 1);
			fputs(i + 1 < n ? ",\n" : "\n", fp);
		}
		indent_to(fp, indent);
		fputc(')', fp);
		break;
	case json_type_object: {
		if (json_object_object_length(v) == 0) {
			fputs("{ }", fp);
			break;
		}
		fputs("{\n", fp);
		json_object_object_foreach(v, name, m)
			cfgfile_write_setting(fp, name, m, indent + 1);
		indent_to(fp, indent);
		fputc('}', fp);
		break;
	}
	case json_type_null:
		break;
	}
}

void
cfgfile_write_setting(FILE *fp, const char *name, json_object *v, int indent)
{
	indent_to(fp, indent);
	if (!expressible(v)) {
		fprintf(fp, "# %s = %s\n", name, json_object_to_json_string_ext(v,
		    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
		return;
	}
	fprintf(fp, "%s = ", name);
	write_value(fp, v, indent);
	fputs(";\n", fp);
}

/* coreconf: see coreconf.h. */
#include "supervisor/coreconf.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/msg.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CONF_TIMEOUT_MS	60000

struct coreconf {
	struct coreconf_params	 p;
	char			*sid;
	char			*core;
	char			*file;
	coreconf_cb		 cb;
	void			*arg;
	struct http_req		*req;
	int			 first;		/* no load has succeeded yet */
	int			 busy, again;
	char			*revision;	/* "" when the core holds none */
	json_object		*body;		/* GET answer while storing */
	json_object		*doc, *raw;	/* borrowed from body */
	char			*payload;	/* PATCH/PUT body in flight */
};

/* Model kinds of the resotoworker section that are not plain types (8.2).
 * write_files_to_home_dir is required in the reference's model, but its
 * values are secrets here, which are only sent when the core holds them:
 * not required, like every secret. */
static const struct special {
	const char	*section, *key, *kind;
	int		 required;
} specials[] = {
	{ "resotoworker", "graph_merge_kind", "graph_merge_kind", 1 },
	{ "resotoworker", "write_files_to_home_dir",
	    "resotoworker_home_directory_file[]", 0 },
	{ "resotoworker", "files_in_home_dir", "dictionary[string, string]", 0 },
	{ NULL, NULL, NULL, 0 }
};

static const char worker_kinds_before[] =
	"{\"fqn\":\"graph_merge_kind\",\"runtime_kind\":\"string\","
	"\"enum\":[\"cloud\",\"account\"]}";
static const char worker_kinds_after[] =
	"{\"fqn\":\"resotoworker_home_directory_file\",\"bases\":[],"
	"\"properties\":["
	"{\"name\":\"path\",\"kind\":\"string\",\"required\":true,"
	"\"description\":\"Path to the file\"},"
	"{\"name\":\"content\",\"kind\":\"string\",\"required\":true,"
	"\"description\":\"Content of the file\","
	"\"metadata\":{\"ui-hint\":\"multiline\"}}],"
	"\"allow_unknown_props\":false,\"successor_kinds\":null,"
	"\"aggregate_root\":true,\"metadata\":null}";

static const char *
plain_kind(enum cfg_type t)
{
	switch (t) {
	case CFG_STRING:
		return "string";
	case CFG_INT:
		return "int64";
	case CFG_DOUBLE:
		return "double";
	case CFG_BOOL:
		return "boolean";
	case CFG_STRING_LIST:
		return "string[]";
	case CFG_JSON:
		break;
	}
	return "any";
}

static json_object *
section_kind(const struct cfg_section *s)
{
	const struct cfg_key *k;
	const struct special *sp;
	json_object *kind, *props, *p;
	const char *type;
	int required;

	props = json_object_new_array();
	for (k = s->keys; k != NULL && k->name != NULL; k++) {
		type = plain_kind(k->type);
		/* not required: what may be null, and what coreconf_document() may
		 * leave out because it is or holds a secret */
		required = !(k->flags & (CFG_NULLABLE | CFG_SECRET)) &&
		    k->type != CFG_JSON;
		for (sp = specials; sp->section != NULL; sp++)
			if (strcmp(sp->section, s->name) == 0 &&
			    strcmp(sp->key, k->name) == 0) {
				type = sp->kind;
				required = sp->required;
			}
		p = json_object_new_object();
		json_object_object_add(p, "name",
		    json_object_new_string(k->name));
		json_object_object_add(p, "kind", json_object_new_string(type));
		json_object_object_add(p, "required",
		    json_object_new_boolean(required));
		json_object_object_add(p, "description",
		    json_object_new_string(k->help ? k->help : ""));
		json_object_array_add(props, p);
	}
	kind = json_object_new_object();
	json_object_object_add(kind, "fqn", json_object_new_string(s->name));
	json_object_object_add(kind, "bases", json_object_new_array());
	json_object_object_add(kind, "properties", props);
	json_object_object_add(kind, "allow_unknown_props",
	    json_object_new_boolean(0));
	json_object_object_add(kind, "successor_kinds", NULL);
	json_object_object_add(kind, "aggregate_root",
	    json_object_new_boolean(1));
	json_object_object_add(kind, "metadata", NULL);
	return kind;
}

void
coreconf_model(struct buf *out, const struct cfg_section *const *sections)
{
	const struct cfg_section *const *s;
	json_object *k;
	int n = 0, worker;

	buf_putc(out, '[');
	for (s = sections; s != NULL && *s != NULL; s++) {
		worker = strcmp((*s)->name, "resotoworker") == 0;
		if (worker)
			buf_printf(out, "%s%s", n++ ? "," : "",
			    worker_kinds_before);
		k = section_kind(*s);
		buf_printf(out, "%s%s", n++ ? "," : "",
		    json_object_to_json_string_ext(k, JSON_C_TO_STRING_PLAIN |
		    JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(k);
		if (worker)
			buf_printf(out, ",%s", worker_kinds_after);
	}
	buf_putc(out, ']');
}

/* $(NAME) in s replaced from the environment: 1 done (*out set when
 * anything changed), 0 when a variable is unset or empty (name set). */
static int
expand(const char *s, char **out, char *name, size_t namelen)
{
	struct buf b = BUF_INIT;
	const char *p, *e, *val;
	size_t n;
	int changed = 0;

	*out = NULL;
	for (p = s; *p != '\0'; ) {
		if (p[0] != '$' || p[1] != '(') {
			buf_putc(&b, *p++);
			continue;
		}
		for (e = p + 2; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		if (*e != ')' || e == p + 2) {
			buf_putc(&b, *p++);
			continue;
		}
		n = (size_t)(e - (p + 2));
		snprintf(name, namelen, "%.*s", (int)n, p + 2);
		if ((val = getenv(name)) == NULL || *val == '\0') {
			buf_free(&b);
			return 0;
		}
		buf_puts(&b, val);
		p = e + 1;
		changed = 1;
	}
	if (changed)
		*out = buf_take(&b);
	buf_free(&b);
	return 1;
}

/* 1: keep v; 0: drop it (an unresolvable placeholder). */
static int
resolve(json_object *v, struct buf *path)
{
	struct lh_entry *ent, *next;
	json_object *child;
	char name[128], *s;
	size_t plen = path->len, i;

	switch (json_object_get_type(v)) {
	case json_type_string:
		if (!expand(json_object_get_string(v), &s, name,
		    sizeof(name))) {
			log_warnx("core config: environment variable %s is not "
			    "set; dropping %s from the core's config (the "
			    "default applies; set %s or use --override)", name,
			    buf_str(path), name);
			return 0;
		}
		if (s != NULL) {
			json_object_set_string(v, s);
			free(s);
		}
		return 1;
	case json_type_object:
		for (ent = json_object_get_object(v)->head; ent != NULL;
		    ent = next) {
			next = ent->next;
			buf_printf(path, "%s%s", plen ? "." : "",
			    (const char *)lh_entry_k(ent));
			child = (json_object *)lh_entry_v(ent);
			if (child != NULL && !resolve(child, path))
				json_object_object_del(v,
				    (const char *)lh_entry_k(ent));
			path->len = plen;
			path->data[plen] = '\0';
		}
		return 1;
	case json_type_array:
		for (i = 0; i < json_object_array_length(v); ) {
			buf_printf(path, "[%zu]", i);
			child = json_object_array_get_idx(v, i);
			if (child != NULL && !resolve(child, path))
				json_object_array_del_idx(v, i, 1);
			else
				i++;
			path->len = plen;
			path->data[plen] = '\0';
		}
		return 1;
	default:
		return 1;
	}
}

void
coreconf_resolve_env(json_object *doc)
{
	struct buf path = BUF_INIT;

	if (doc != NULL) {
		buf_puts(&path, "");
		buf_reserve(&path, 64);
		path.data[0] = '\0';
		resolve(doc, &path);
	}
	buf_free(&path);
}

struct coreconf *
coreconf_new(const struct coreconf_params *p, coreconf_cb cb, void *arg)
{
	struct coreconf *cc;

	cc = xcalloc(1, sizeof(*cc));
	cc->p = *p;
	cc->sid = xstrdup(p->sid);
	cc->core = xstrdup(p->core);
	cc->file = p->config_file ? xstrdup(p->config_file) : NULL;
	cc->p.sid = cc->sid;
	cc->p.core = cc->core;
	cc->p.config_file = cc->file;
	cc->cb = cb;
	cc->arg = arg;
	cc->first = 1;
	cc->revision = xstrdup("");
	return cc;
}

static void
reset(struct coreconf *cc)
{
	if (cc->req != NULL) {
		http_cancel(cc->req);
		cc->req = NULL;
	}
	json_object_put(cc->body);
	cc->body = cc->doc = cc->raw = NULL;
	free(cc->payload);
	cc->payload = NULL;
}

void
coreconf_free(struct coreconf *cc)
{
	if (cc == NULL)
		return;
	reset(cc);
	free(cc->revision);
	free(cc->sid);
	free(cc->core);
	free(cc->file);
	free(cc);
}

const char *
coreconf_revision(const struct coreconf *cc)
{
	return cc->revision;
}

static void
set_revision(struct coreconf *cc, const char *rev)
{
	free(cc->revision);
	cc->revision = xstrdup(rev ? rev : "");
}

static void
finish(struct coreconf *cc, enum coreconf_result r, long status,
    const char *err)
{
	if (r != CORECONF_FAILED)
		cc->first = 0;
	cc->busy = 0;
	if (r == CORECONF_LOADED)
		coreconf_resolve_env(cc->doc);
	cc->cb(r, r == CORECONF_LOADED ? cc->doc : NULL, status, err, cc->arg);
	reset(cc);
	if (cc->again) {
		cc->again = 0;
		coreconf_load(cc);
	}
}

/* "<what> failed: <why>" or "<what>: HTTP <status>: <body excerpt>". */
static void
describe(struct buf *out, const char *what, const struct http_res *res)
{
	char *excerpt;

	if (res->failed) {
		buf_printf(out, "%s failed: %s", what,
		    res->error ? res->error : "transport error");
		return;
	}
	excerpt = msg_oneline(buf_str(&res->body), res->body.len, 200);
	buf_printf(out, "%s: HTTP %ld%s%s", what, res->status,
	    *excerpt ? ": " : "", excerpt);
	free(excerpt);
}

static void
failed(struct coreconf *cc, const char *what, const struct http_res *res)
{
	struct buf err = BUF_INIT;

	describe(&err, what, res);
	finish(cc, CORECONF_FAILED, res->failed ? 0 : res->status,
	    buf_str(&err));
	buf_free(&err);
}

static struct http_req *
request(struct coreconf *cc, const char *method, const char *path,
    const char *body, http_cb cb)
{
	struct http_req_opts o;
	struct buf url = BUF_INIT;
	struct http_req *r;

	buf_printf(&url, "%s%s", cc->core, path);
	memset(&o, 0, sizeof(o));
	o.method = method;
	o.url = buf_str(&url);
	o.accept = "application/json";
	if (body != NULL) {
		o.content_type = "application/json";
		o.body = body;
		o.body_len = strlen(body);
	}
	o.timeout_ms = CONF_TIMEOUT_MS;
	r = http_request(cc->p.http, &o, cb, cc);
	buf_free(&url);
	return r;
}

char *
coreconf_document(const struct cfg_section *const *sections, const char *file,
    json_object *raw)
{
	const struct cfg_section *const *s;
	const struct cfg_key *k;
	json_object *doc = NULL, *sec, *rawsec;
	struct config *cfg;
	char err[512], *text;

	cfg = config_new(sections);
	if (file != NULL && access(file, F_OK) == 0 &&
	    config_load_file(cfg, file, err, sizeof(err)) != 0)
		log_warnx("core config: not storing values of %s: %s", file,
		    err);
	if (raw != NULL && config_merge_json(cfg, raw,
	    "the core's stored config", err, sizeof(err)) != 0) {
		/* never overwrite what the core holds with less */
		log_errorx("core config: not storing our config: %s", err);
		config_free(cfg);
		return NULL;
	}
	if (json_object_deep_copy(config_root(cfg), &doc, NULL) != 0)
		fatalx("core config: out of memory");
	for (s = sections; s != NULL && *s != NULL; s++) {
		if (!json_object_object_get_ex(doc, (*s)->name, &sec))
			continue;
		if (raw == NULL || !json_object_object_get_ex(raw, (*s)->name,
		    &rawsec))
			rawsec = NULL;
		for (k = (*s)->keys; k->name != NULL; k++) {
			if (rawsec != NULL && json_object_object_get_ex(rawsec,
			    k->name, NULL))
				continue;	/* the core had it already */
			if ((k->flags & CFG_SECRET) || config_has_secret(k,
			    json_object_object_get(sec, k->name)))
				json_object_object_del(sec, k->name);
		}
	}
	config_free(cfg);
	text = xstrdup(json_object_to_json_string_ext(doc,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(doc);
	return text;
}

static void
stored(const struct http_res *res, void *arg)
{
	struct coreconf *cc = arg;
	struct buf msg = BUF_INIT;
	const char *rev;

	cc->req = NULL;
	if (!res->failed && res->status == 200) {
		rev = http_res_header(res, "Resoto-Config-Revision");
		set_revision(cc, rev ? rev : "unknown");
		log_info("core config: stored config %s, revision %s", cc->sid,
		    cc->revision);
	} else {
		describe(&msg, "PUT /config", res);
		log_errorx("core config: %s; the core keeps what it had",
		    buf_str(&msg));
		buf_free(&msg);
	}
	finish(cc, CORECONF_LOADED, 200, NULL);
}

static void
modelled(const struct http_res *res, void *arg)
{
	struct coreconf *cc = arg;
	struct buf path = BUF_INIT;

	cc->req = NULL;
	free(cc->payload);
	cc->payload = NULL;
	if (res->failed || res->status != 200) {
		describe(&path, "PATCH /configs/model", res);
		log_errorx("core config: %s; not storing our config",
		    buf_str(&path));
		buf_free(&path);
		finish(cc, CORECONF_LOADED, 200, NULL);
		return;
	}
	if ((cc->payload = coreconf_document(cc->p.sections, cc->file,
	    cc->raw)) == NULL) {
		finish(cc, CORECONF_LOADED, 200, NULL);
		return;
	}
	buf_printf(&path, "/config/%s", cc->sid);
	cc->req = request(cc, "PUT", buf_str(&path), cc->payload, stored);
	buf_free(&path);
}

static void
store(struct coreconf *cc)
{
	struct buf model = BUF_INIT;

	coreconf_model(&model, cc->p.sections);
	cc->payload = buf_take(&model);
	cc->req = request(cc, "PATCH", "/configs/model", cc->payload,
	    modelled);
}

static void
got(const struct http_res *res, void *arg)
{
	struct coreconf *cc = arg;
	char err[512];
	const char *rev;

	cc->req = NULL;
	if (res->failed || (res->status != 200 && res->status != 404)) {
		snprintf(err, sizeof(err), "GET /config/%s", cc->sid);
		failed(cc, err, res);
		return;
	}
	if (res->status == 404) {
		if (cc->first) {
			log_info("core config: the core holds no config %s yet",
			    cc->sid);
			store(cc);
		} else if (*cc->revision != '\0') {
			log_warnx("core config: config %s was deleted in the "
			    "core; using local values", cc->sid);
			set_revision(cc, "");
			finish(cc, CORECONF_LOADED, 404, NULL);
		} else
			finish(cc, CORECONF_SAME, 404, NULL);
		return;
	}
	if ((cc->body = msg_parse(buf_str(&res->body), res->body.len, err,
	    sizeof(err))) == NULL) {
		char e2[600];

		snprintf(e2, sizeof(e2), "GET /config/%s: unusable answer: %s",
		    cc->sid, err);
		finish(cc, CORECONF_FAILED, res->status, e2);
		return;
	}
	if (!json_object_object_get_ex(cc->body, "config", &cc->doc) ||
	    !json_object_is_type(cc->doc, json_type_object)) {
		snprintf(err, sizeof(err), "GET /config/%s: answer without a "
		    "\"config\" object", cc->sid);
		finish(cc, CORECONF_FAILED, res->status, err);
		return;
	}
	if (json_object_object_length(cc->doc) == 0)
		cc->doc = NULL;	/* an empty config counts as none */
	if (!json_object_object_get_ex(cc->body, "raw_config", &cc->raw) ||
	    !json_object_is_type(cc->raw, json_type_object))
		cc->raw = NULL;
	if ((rev = http_res_header(res, "Resoto-Config-Revision")) == NULL)
		rev = "unknown";
	if (!cc->first && strcmp(rev, cc->revision) == 0) {
		finish(cc, CORECONF_SAME, 200, NULL);
		return;
	}
	log_info("core config: loaded config %s, revision %s", cc->sid, rev);
	set_revision(cc, rev);
	if (cc->first)
		store(cc);
	else
		finish(cc, CORECONF_LOADED, 200, NULL);
}

void
coreconf_load(struct coreconf *cc)
{
	struct buf path = BUF_INIT;

	if (cc->busy) {
		cc->again = 1;
		return;
	}
	cc->busy = 1;
	buf_printf(&path, "/config/%s?separate_overrides=true&"
	    "apply_overrides=true&resolve_env_vars=true&"
	    "include_raw_config=true", cc->sid);
	cc->req = request(cc, "GET", buf_str(&path), NULL, got);
	buf_free(&path);
}

void
coreconf_event(struct coreconf *cc, const struct msg_event *e)
{
	if (strcmp(e->type, "config-updated") != 0 || e->id == NULL ||
	    strcmp(e->id, cc->sid) != 0)
		return;
	if (e->revision != NULL && strcmp(e->revision, cc->revision) == 0)
		return;
	log_info("core config: config %s changed (revision %s); reloading",
	    cc->sid, e->revision ? e->revision : "unknown");
	coreconf_load(cc);
}

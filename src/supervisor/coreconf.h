/*
 * coreconf: the configuration Resoto Core holds for this worker
 * (core-protocol.md section 8). Owns the REST calls and their order:
 * GET CORE/config/S with the four flags (404: the core holds none);
 * on the first load of the process PATCH CORE/configs/model with the kinds
 * of every config section we know, then PUT CORE/config/S with our
 * document (defaults + local file, merged under what the core already
 * stored); later loads (a config-updated event for S with another
 * revision, or a reconnect) only GET. $(NAME) placeholders left in the
 * core's document are resolved from our environment; values whose
 * variable is unset are dropped (defaults apply), as in the reference.
 *
 * Secrets (CFG_SECRET keys, and free-form CFG_JSON values holding a
 * member named like a secret) are not required by the model and are never
 * sent from the local file: such a value travels to the core only if the
 * core already had it. The core's document overrides the file, so leaving
 * them out keeps the file's value in force.
 */
#ifndef RW_CORECONF_H
#define RW_CORECONF_H

#include <json-c/json.h>

struct buf;
struct http;
struct cfg_section;
struct msg_event;
struct coreconf;

struct coreconf_params {
	struct http	*http;		/* with the PSK and the CA */
	const char	*core;		/* CORE */
	const char	*sid;		/* S, the config id */
	const struct cfg_section *const *sections;	/* NULL-terminated */
	const char	*config_file;	/* local file, may be NULL */
};

enum coreconf_result {
	CORECONF_FAILED = -1,	/* err/status say why; retry later */
	CORECONF_SAME = 0,	/* the revision we hold: nothing to do */
	CORECONF_LOADED = 1,	/* doc: the core's document, NULL if none */
};

/* doc is valid during the call (env placeholders resolved). */
typedef void (*coreconf_cb)(enum coreconf_result, json_object *doc,
	    long status, const char *err, void *arg);

struct coreconf *coreconf_new(const struct coreconf_params *, coreconf_cb,
	    void *arg);
void	coreconf_free(struct coreconf *);
/* Load now (a load already running is followed by another one). The
 * first load of a coreconf registers the model and stores our document. */
void	coreconf_load(struct coreconf *);
/* A frame from WS/events: reloads when it is config-updated for S with a
 * revision other than ours. */
void	coreconf_event(struct coreconf *, const struct msg_event *);
const char *coreconf_revision(const struct coreconf *);

/* The PUT /config/S body: defaults + file (may be NULL or missing) with
 * raw (what the core stored, may be NULL) merged over it; secrets only
 * where raw had them. NULL (logged) when raw does not fit at all. */
char	*coreconf_document(const struct cfg_section *const *, const char *file,
	    json_object *raw);
/* The PATCH /configs/model body for these sections (JSON array). */
void	coreconf_model(struct buf *out, const struct cfg_section *const *);
/* Resolve $(NAME) in every string of doc from the environment; drop a
 * value whose variable is unset or empty, with a warning naming its path. */
void	coreconf_resolve_env(json_object *doc);

#endif

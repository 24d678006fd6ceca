/*
 * gcp: the Google Cloud collector (collectors.md 4.2), private to
 * src/collector/gcp/. Owns the `gcp` config section and the discovery of
 * projects (gcp.c), the credentials of a key file or of the application
 * default chain and their bearer tokens (auth.c), the session of one
 * project over the collectors' HTTP layer (api.c), the collect of one
 * project (collect.c) with its kinds as data (kinds.c: the model; tables.c:
 * the tables the generic engine src/collector/table.h walks), and deletes
 * and labels (mutate.c).
 */
#ifndef RW_GCP_H
#define RW_GCP_H

#include <stddef.h>
#include <time.h>

#include <json-c/json.h>

#include "collector/table.h"
#include "common/buf.h"

struct chttp;
struct chttp_auth;
struct coll_account;
struct graph;
struct kind;

#include "collector/gcp/kinds.h"

/* the model, NULL-terminated */
extern const struct kind *const gcp_kinds[];
extern const struct tkind gcp_tables[];	/* NULL-kind terminated */
/* listed per SQL instance: "%s" the project, then the instance */
extern const struct tkind gcp_sql_tables[];
/* listed per billing account and per service: "%s" the parent's name */
extern const struct tkind gcp_billing_info_table, gcp_sku_table;

#define GCP_SCOPE	"https://www.googleapis.com/auth/cloud-platform"
#define GCP_TOKEN_URI	"https://oauth2.googleapis.com/token"
/* the root of Google's selfLinks */
#define GCP_LINK_BASE	"https://www.googleapis.com/"

/* Credentials: a service account key, an authorized user (gcloud's
 * application default file) or the metadata server. */
enum gcp_cred_type { GCP_SERVICE_ACCOUNT, GCP_AUTHORIZED_USER, GCP_METADATA };

struct gcp_cred {
	enum gcp_cred_type	 type;
	char	*source;	/* the file or metadata URL, for messages */
	char	*client_email, *private_key, *private_key_id;
	char	*client_id, *client_secret, *refresh_token;
	char	*token_uri;	/* or the metadata token URL */
	char	*project_id;	/* the key's own project, NULL: none */
};
/* The credentials of a service_account entry: a key file, or for "" the
 * application default chain (GOOGLE_APPLICATION_CREDENTIALS, gcloud's
 * well-known file, the metadata server at GCE_METADATA_HOST or
 * metadata.google.internal), env being the frame's environment. The
 * private key is registered with log_secret(). 0, or -1 with err. */
int	gcp_cred_load(const char *path, json_object *env, struct gcp_cred *,
	    struct buf *err);
void	gcp_cred_free(struct gcp_cred *);
/* The signed RS256 assertion of a service account (iat now, one hour),
 * malloc'd; NULL with err. */
char	*gcp_jwt(const struct gcp_cred *, time_t now, struct buf *err);

/* One project's session: its HTTP context, bearer token, API base. */
struct gcp {
	struct chttp		*http;
	struct chttp_auth	*auth;
	struct gcp_cred		 cred;
	json_object		*config;
	json_object		*env;
	const char		*project;	/* for messages */
	time_t			 expires;	/* of the token */
};
int	gcp_open(struct gcp *, json_object *config, json_object *env,
	    const char *key_path, const char *project, struct buf *err);
void	gcp_close(struct gcp *);
/* A fresh token when the current one ends within 5 minutes (a call of
 * its own, synchronous): 0, or -1 with err. */
int	gcp_fresh(struct gcp *, struct buf *err);
/* The URL of path below an API's root: gcp.api_base_url, else
 * https://<service>.googleapis.com/ (malloc'd). */
char	*gcp_url(json_object *config, const char *service,
	    const char *path);
/* The URL of a resource's selfLink ("https://www.googleapis.com/compute/
 * v1/..."): its path below the API root, as gcp_url. */
char	*gcp_link_url(json_object *config, const char *service,
	    const char *link);
/* A synchronous call (body: JSON or NULL): 0 with the answer in *out
 * (caller puts it), -1 with err naming API, method and project; *status
 * gets the HTTP status (0: none) and code Google's error status
 * ("PERMISSION_DENIED"), "" when none. */
int	gcp_call(struct gcp *, const char *method, const char *service,
	    const char *op, const char *url, const char *body,
	    json_object **out, long *status, char *code, size_t codelen,
	    struct buf *err);

/* The items of a list answer (page) at a table's items path ("items",
 * or "items{}<sub>" for an aggregated list: each scope's sub-list, every
 * item given its scope as "_zone" or "region"), one call of fn each (the
 * item is borrowed from page). 0, or -1 with err when the path holds
 * something else. */
typedef void (*gcp_item_fn)(json_object *item, void *arg);
int	gcp_page_items(json_object *page, const char *items, gcp_item_fn fn,
	    void *arg, struct buf *err);

/* collect.c, mutate.c: struct collector's operations */
int	gcp_collect(json_object *config, const struct coll_account *,
	    struct graph *, char *err, size_t errlen);
int	gcp_update_tag(const struct kind *, json_object *node,
	    const char *key, const char *value, char *err, size_t errlen);
int	gcp_delete_tag(const struct kind *, json_object *node,
	    const char *key, char *err, size_t errlen);
int	gcp_delete(const struct kind *, json_object *node, char *err,
	    size_t errlen);
/* collect / no_collect: exact kind names, collect wins when set */
int	gcp_should_collect(json_object *config, const char *kind);
/* The key file of an ACCOUNT entry ("" : application default) */
const char *gcp_entry_key(json_object *entry);

#endif

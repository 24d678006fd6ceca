/*
 * gcp/gcp: the `gcp` section, the discovery of projects and the collector
 * (gcp.h). Each service_account entry (a key file, "" for the application
 * default credentials) lists the projects it sees (Cloud Resource Manager
 * v1 projects.list, paged, sys- projects skipped; the key's own project
 * when the listing fails, as the reference), restricted to `project` when
 * set. Each project becomes one account entry naming its key file: the
 * private key is read by the children that use it, never by the
 * supervisor. A key that fails is reported and the other keys go on.
 */
#include "collector/collector.h"
#include "collector/gcp/gcp.h"
#include "collector/http/chttp.h"
#include "collector/jw.h"
#include "common/config.h"
#include "common/jget.h"
#include "common/log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define report(...)	collector_report("gcp", __VA_ARGS__)

static const struct cfg_key gcp_keys[] = {
	{ "service_account", CFG_STRING_LIST, "[]", 0,
	    "GCP service account file(s)" },
	{ "project", CFG_STRING_LIST, "[]", 0, "GCP project(s)" },
	{ "collect", CFG_STRING_LIST, "[]", 0,
	    "GCP services to collect (default: all)" },
	{ "no_collect", CFG_STRING_LIST, "[]", 0,
	    "GCP services to exclude (default: none)" },
	{ "project_pool_size", CFG_INT, NULL, CFG_NULLABLE,
	    "GCP project thread/process pool size" },
	{ "fork_process", CFG_BOOL, "true", 0,
	    "Fork collector process instead of using threads" },
	{ "discard_account_on_resource_error", CFG_BOOL, "false", 0,
	    "Fail the whole account if collecting a resource fails. If false, "
	    "the error is logged and the resource is skipped." },
	{ "api_base_url", CFG_STRING, NULL, CFG_NULLABLE,
	    "Base URL replacing every https://<service>.googleapis.com/ "
	    "(null: the Google hosts)" },
	{ NULL, CFG_STRING, NULL, 0, NULL }
};

static const struct cfg_section gcp_section = {
	"gcp", gcp_keys, "The Google Cloud collector"
};

#define MAX_PROJECT_PAGES	1000

static int
in_list(json_object *config, const char *key, const char *s)
{
	json_object *l;
	size_t i;

	if (!json_object_object_get_ex(config, key, &l) ||
	    !json_object_is_type(l, json_type_array))
		return 0;
	for (i = 0; i < json_object_array_length(l); i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(l,
		    i)), s) == 0)
			return 1;
	return 0;
}

static int
list_len(json_object *config, const char *key)
{
	json_object *l;

	if (!json_object_object_get_ex(config, key, &l) ||
	    !json_object_is_type(l, json_type_array))
		return 0;
	return (int)json_object_array_length(l);
}

int
gcp_should_collect(json_object *config, const char *kind)
{
	if (list_len(config, "collect"))
		return in_list(config, "collect", kind);
	if (list_len(config, "no_collect"))
		return !in_list(config, "no_collect", kind);
	return 1;
}

const char *
gcp_entry_key(json_object *entry)
{
	const char *k = jget_str(entry, "service_account");

	return k ? k : "";
}


static void
add_project(json_object *out, json_object *config, const char *id,
    const char *key)
{
	json_object *e;
	size_t i;

	if (list_len(config, "project") && !in_list(config, "project", id))
		return;
	for (i = 0; i < json_object_array_length(out); i++)
		if (strcmp(jget_str(json_object_array_get_idx(out, i), "id"),
		    id) == 0)
			return;		/* the first key that sees it */
	e = json_object_new_object();
	json_object_object_add(e, "id", json_object_new_string(id));
	json_object_object_add(e, "name", json_object_new_string(id));
	json_object_object_add(e, "service_account",
	    json_object_new_string(key));
	json_object_array_add(out, e);
}

/* The projects of one key into out: 0, or -1 when the listing failed. */
static int
list_projects(struct gcp *g, json_object *out, const char *key,
    struct buf *err)
{
	struct buf path = BUF_INIT;
	json_object *page = NULL, *l;
	const char *next = NULL, *id;
	char *url, code[128], *last = NULL;
	long status;
	size_t i;
	int n, rc = -1;

	for (n = 0; n < MAX_PROJECT_PAGES; n++) {
		buf_reset(&path);
		buf_puts(&path, "v1/projects");
		if (next)
			buf_printf(&path, "?pageToken=%s", next);
		url = gcp_url(g->config, "cloudresourcemanager", path.data);
		json_object_put(page);
		rc = gcp_call(g, "GET", "cloudresourcemanager",
		    "projects.list", url, NULL, &page, &status, code,
		    sizeof(code), err);
		free(url);
		if (rc == -1)
			goto out;
		if (json_object_object_get_ex(page, "projects", &l) &&
		    json_object_is_type(l, json_type_array))
			for (i = 0; i < json_object_array_length(l); i++) {
				id = jget_str(json_object_array_get_idx(l, i),
				    "projectId");
				if (id && *id && strncmp(id, "sys-", 4) != 0)
					add_project(out, g->config, id, key);
			}
		next = jget_str(page, "nextPageToken");
		if (next == NULL || *next == '\0')
			goto out;
		if (last && strcmp(last, next) == 0) {
			buf_printf(err, "projects.list repeats the page token "
			    "%s", next);
			rc = -1;
			goto out;
		}
		free(last);
		last = xstrdup(next);
	}
	buf_printf(err, "projects.list: more than %d pages",
	    MAX_PROJECT_PAGES);
	rc = -1;
out:
	free(last);
	json_object_put(page);
	buf_free(&path);
	return rc;
}

static int
gcp_discover(json_object *config, struct buf *out, char *err, size_t errlen)
{
	json_object *l, *res = json_object_new_array();
	struct buf e = BUF_INIT;
	struct gcp g;
	const char *key;
	size_t i;

	if (json_object_object_get_ex(config, "service_account", &l) &&
	    json_object_is_type(l, json_type_array))
		for (i = 0; i < json_object_array_length(l); i++) {
			key = json_object_get_string(
			    json_object_array_get_idx(l, i));
			buf_reset(&e);
			if (gcp_open(&g, config, collector_env(), key,
			    "(discovery)", &e) == -1) {
				report("Unable to load credentials from %s: %s",
				    *key ? key : "the application default "
				    "credentials", buf_str(&e));
				gcp_close(&g);
				continue;
			}
			if (list_projects(&g, res, key, &e) == -1) {
				report("%s: unable to load projects from "
				    "cloudresourcemanager, falling back to the "
				    "key's project: %s", g.cred.source,
				    buf_str(&e));
				if (g.cred.project_id)
					add_project(res, config,
					    g.cred.project_id, key);
			}
			gcp_close(&g);
		}
	(void)err;
	(void)errlen;
	jw_json(out, res);
	json_object_put(res);
	buf_free(&e);
	return 0;
}

/* gcloud's application default credentials (gcp/auth.c): readable in the
 * sandbox (collector/sandbox.h) */
static const char *const gcp_home[] = {
	"$CLOUDSDK_CONFIG/application_default_credentials.json",
	"$HOME/.config/gcloud/application_default_credentials.json", NULL
};

/* the metadata server's host[:port] (gcp/auth.c) */
static const char *const gcp_hosts[] = { "GCE_METADATA_HOST", NULL };

const struct collector collector_gcp = {
	.name = "gcp",
	.cloud_name = "Gcp",
	.config = &gcp_section,
	.kinds = gcp_kinds,
	.env_prefix = "GOOGLE_|GCE_|CLOUDSDK_|HOME=|HTTPS_PROXY=|NO_PROXY=",
	.home_paths = gcp_home,
	.host_vars = gcp_hosts,
	.discover = gcp_discover,
	.collect = gcp_collect,
	.update_tag = gcp_update_tag,
	.delete_tag = gcp_delete_tag,
	.delete = gcp_delete,
};

/* collect_cloud: one configured cloud of a run: its account discovery
 * child, the ACCOUNTS it sends, the cloud's progress tree and the merge
 * units it starts. See collect_int.h. */
#include "supervisor/collect_int.h"
#include "collector/collector.h"
#include "common/config.h"
#include "supervisor/children.h"
#include "protocol/frame.h"
#include "protocol/msg.h"
#include "common/jget.h"
#include "common/buf.h"
#include "common/log.h"

#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void	cloud_discovered(struct cloud *);

static int
check_accounts(json_object *a, char *err, size_t errlen)
{
	json_object *seen, *e;
	const char *id;
	size_t i, n;
	int rc = 0;

	if (!json_object_is_type(a, json_type_array)) {
		snprintf(err, errlen, "collector sent ACCOUNTS that is not a "
		    "list");
		return -1;
	}
	seen = json_object_new_object();
	n = json_object_array_length(a);
	for (i = 0; i < n && rc == 0; i++) {
		e = json_object_array_get_idx(a, i);
		id = jget_str(e, "id");
		if (id == NULL || *id == '\0') {
			snprintf(err, errlen, "collector sent ACCOUNTS entry %zu "
			    "without an id", i);
			rc = -1;
		} else if (json_object_object_get_ex(seen, id, NULL)) {
			snprintf(err, errlen, "collector sent ACCOUNTS with the "
			    "account id %s twice", id);
			rc = -1;
		} else
			json_object_object_add(seen, id, NULL);
	}
	json_object_put(seen);
	return rc;
}


void
co_account_secrets(json_object *accounts)
{
	json_object *cred;
	size_t i;

	for (i = 0; i < json_object_array_length(accounts); i++) {
		if (!json_object_object_get_ex(json_object_array_get_idx(
		    accounts, i), "credentials", &cred) ||
		    !json_object_is_type(cred, json_type_object))
			continue;
		json_object_object_foreach(cred, k, v)
			if (config_secret_name(k) &&
			    json_object_is_type(v, json_type_string))
				log_secret(json_object_get_string(v));
	}
}

static int
disc_frame(struct child *c, uint32_t type, const char *p, size_t len,
    char *err, size_t errlen, void *arg)
{
	struct cloud *cl = arg;
	json_object *o;
	int rc = 0;

	if (co_parse_frame(type, p, len, &o, err, errlen) == -1)
		return -1;
	switch (type) {
	case FRAME_ACCOUNTS:
		if ((rc = check_accounts(o, err, errlen)) == 0) {
			co_account_secrets(o);
			cl->accounts = json_object_get(o);
			child_send(c, FRAME_STOP, NULL, 0);
		}
		break;
	case FRAME_FAILED:
		co_info(cl->run, "error", cl->name, NULL, "account discovery "
		    "failed: %s", jget_str(o, "error") ? jget_str(o, "error") :
		    "(no reason given)");
		child_send(c, FRAME_STOP, NULL, 0);
		break;
	default:
		rc = co_common_frame(cl->run, cl, NULL, type, o, err, errlen);
	}
	json_object_put(o);
	return rc;
}

/* An environment variable that holds a secret. */
static int
secret_env(const char *name)
{
	return strstr(name, "SECRET") || strstr(name, "TOKEN") ||
	    strstr(name, "ACCESS_KEY") || strstr(name, "PASSWORD");
}

/* The cloud's environment variables for the frame; without secrets for
 * children whose accounts bring their own credentials. */
static json_object *
frame_env(const char *prefix, int secrets)
{
	extern char **environ;
	json_object *env = json_object_new_object();
	const char *p, *bar;
	char **e, *eq;
	size_t n;
	int match;

	for (e = environ; *e; e++) {
		/* prefix: alternatives separated by '|' */
		for (match = 0, p = prefix; !match && *p; p = bar + 1) {
			bar = strchr(p, '|');
			n = bar ? (size_t)(bar - p) : strlen(p);
			match = n > 0 && strncmp(*e, p, n) == 0;
			if (bar == NULL)
				break;
		}
		if (match && (eq = strchr(*e, '=')) != NULL) {
			*eq = '\0';
			if (secrets || !secret_env(*e))
				json_object_object_add(env, *e,
				    json_object_new_string(eq + 1));
			*eq = '=';
		}
	}
	return env;
}

char *
collect_account_frame(const char *cloud, json_object *accounts,
    json_object *config, json_object *worker)
{
	const struct collector *coll = collector_find(cloud);
	const struct cfg_key *k;
	json_object *o = json_object_new_object(), *c;
	int own = 0;
	size_t i;
	char *s;

	/* accounts that bring their own credentials (AWS: from the discovery
	 * child) get the section without its secrets */
	for (i = 0; i < json_object_array_length(accounts); i++)
		if (json_object_object_get_ex(json_object_array_get_idx(
		    accounts, i), "credentials", NULL))
			own = 1;
	c = json_object_get(config);
	if (own && coll && coll->config) {
		json_object_put(c);
		c = co_copy_json(config);
		for (k = coll->config->keys; k->name; k++)
			if (k->flags & CFG_SECRET)
				json_object_object_del(c, k->name);
	}
	json_object_object_add(o, "cloud", json_object_new_string(cloud));
	json_object_object_add(o, "accounts", json_object_get(accounts));
	json_object_object_add(o, "config", c);
	if (coll && coll->env_prefix)
		json_object_object_add(o, "env", frame_env(coll->env_prefix,
		    !own));
	json_object_object_add(o, "worker", json_object_get(worker));
	s = xstrdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
	return s;
}

char *
co_account_frame(struct run *r, struct cloud *cl, json_object *accounts)
{
	return collect_account_frame(cl->name, accounts, cl->config,
	    r->worker);
}

/* ---- clouds ------------------------------------------------------------- */

static void
disc_end(struct child *c, const struct child_end *e, void *arg)
{
	struct cloud *cl = arg;

	cl->disc = NULL;
	if (cl->accounts == NULL && e->fate != CHILD_OK && !cl->run->aborting)
		co_info(cl->run, "error", cl->name, NULL,
		    "account discovery: %s", e->why);
	else if (cl->accounts != NULL && e->fate != CHILD_OK)
		log_warnx("[%s] account discovery ended badly after listing "
		    "the accounts: %s", cl->name, e->why);
	cloud_discovered(cl);
}

static const struct child_cbs disc_cbs = { disc_frame, NULL, disc_end };

static void
cloud_discovered(struct cloud *cl)
{
	struct run *r = cl->run;
	json_object *tree, *parts, *e;
	size_t i, n;
	char *d;

	n = cl->accounts ? json_object_array_length(cl->accounts) : 0;
	if (cl->accounts == NULL && !r->aborting)
		r->failed++;	/* discovery failed: none of its accounts came */
	if (r->aborting)
		;
	else if (n == 0) {
		if (cl->accounts != NULL)
			co_info(r, "info", cl->name, NULL, "no accounts found");
		co_progress_leaf(r, NULL, cl->name, 1);
	} else {
		tree = json_object_new_object();
		parts = json_object_new_array();
		for (i = 0; i < n; i++) {
			d = co_display_name(json_object_array_get_idx(
			    cl->accounts, i));
			json_object_array_add(parts, msg_progress_leaf(d, NULL,
			    0, 1));
			free(d);
		}
		json_object_object_add(tree, "kind",
		    json_object_new_string("tree"));
		json_object_object_add(tree, "name",
		    json_object_new_string(cl->name));
		json_object_object_add(tree, "parts", parts);
		co_progress(r, cl->name, tree);
		/* units that fail at once cannot end the run: the cloud
		 * counts as discovered only once all are created */
		if (r->cloud_merge)
			co_unit_new(cl, cl->accounts, NULL);
		else
			for (i = 0; i < n; i++) {
				e = json_object_new_array();
				json_object_array_add(e, json_object_get(
				    json_object_array_get_idx(cl->accounts, i)));
				co_unit_new(cl, e,
				    json_object_array_get_idx(e, 0));
				json_object_put(e);
			}
	}
	cl->discovered = 1;
	co_run_check(r);
}

/* How many accounts of the cloud a collect runs at once: its section's
 * pool_key (struct collector), null or absent: max(2, usable CPUs), as
 * the reference's num_default_threads; 0: no bound of its own. */
static int
account_limit(const char *name, json_object *config)
{
	const struct collector *c = collector_find(name);
	json_object *v;
	cpu_set_t set;
	int n;

	if (c == NULL || c->pool_key == NULL)
		return 0;
	if (json_object_object_get_ex(config, c->pool_key, &v) &&
	    json_object_is_type(v, json_type_int) &&
	    (n = json_object_get_int(v)) > 0)
		return n;
	n = sched_getaffinity(0, sizeof(set), &set) == 0 ? CPU_COUNT(&set) : 0;
	return n > 2 ? n : 2;
}

void
co_cloud_start(struct run *r, const char *name)
{
	struct cloud *cl = xcalloc(1, sizeof(*cl));
	struct child_spec spec;
	json_object *sec, *empty;
	char *acc;

	cl->run = r;
	cl->name = xstrdup(name);
	if (!json_object_object_get_ex(r->sections, name, &sec))
		sec = NULL;
	cl->config = sec ? json_object_get(sec) : json_object_new_object();
	cl->limit = account_limit(name, cl->config);
	TAILQ_INSERT_TAIL(&r->clouds, cl, entry);
	co_progress_leaf(r, NULL, name, 0);
	memset(&spec, 0, sizeof(spec));
	spec.cloud = name;
	spec.job = r->job;
	spec.timeout_s = r->timeout;
	cl->disc = child_new(&spec, &disc_cbs, cl);
	empty = json_object_new_array();
	acc = co_account_frame(r, cl, empty);
	json_object_put(empty);
	if (strlen(acc) > FRAME_MAX_PAYLOAD)
		child_kill(cl->disc, "the cloud's configuration is larger than "
		    "a frame (1 MiB)");
	else if (child_send(cl->disc, FRAME_ACCOUNT, acc, strlen(acc)) == 0)
		child_send(cl->disc, FRAME_DISCOVER, NULL, 0);
	free(acc);
}

void
co_cloud_free(struct cloud *cl)
{
	json_object_put(cl->config);
	json_object_put(cl->accounts);
	free(cl->name);
	free(cl);
}

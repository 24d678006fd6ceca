/*
 * aws: the AWS collector's struct collector, its config section (the
 * reference's AwsConfig, plus endpoint and CA overrides) and account
 * discovery (collectors.md 4.1): the credentials' own account
 * (sts:GetCallerIdentity), role + account (sts:AssumeRole), role +
 * scrape_org (organizations:ListAccounts), names from
 * iam:ListAccountAliases or the organisation. Each ACCOUNTS entry carries
 * the credentials its account's child will use, so that child never needs
 * the base ones (the supervisor leaves the section's secrets out of its
 * frame).
 */
#include "collector/collector.h"
#include "collector/aws/aws.h"
#include "collector/http/chttp.h"
#include "collector/jw.h"
#include "common/config.h"
#include "common/jget.h"
#include "common/log.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define report(...)	collector_report("aws", __VA_ARGS__)

static const struct cfg_key aws_keys[] = {
	{ "access_key_id", CFG_STRING, NULL, CFG_NULLABLE | CFG_SECRET,
	    "AWS Access Key ID (null to load from env - recommended)" },
	{ "secret_access_key", CFG_STRING, NULL, CFG_NULLABLE | CFG_SECRET,
	    "AWS Secret Access Key (null to load from env - recommended)" },
	{ "role", CFG_STRING, NULL, CFG_NULLABLE, "IAM role name to assume" },
	{ "role_override", CFG_BOOL, "false", 0,
	    "Override any stored role names (e.g. from remote commands)" },
	{ "profiles", CFG_STRING_LIST, NULL, CFG_NULLABLE,
	    "List of AWS profiles to collect" },
	{ "account", CFG_STRING_LIST, NULL, CFG_NULLABLE,
	    "List of AWS Account ID(s) to collect (null for all if "
	    "scrape_org is true)" },
	{ "region", CFG_STRING_LIST, NULL, CFG_NULLABLE,
	    "List of AWS Regions to collect (null for all)" },
	{ "scrape_org", CFG_BOOL, "false", 0, "Scrape the entire AWS org" },
	{ "scrape_org_role_arn", CFG_STRING, NULL, CFG_NULLABLE,
	    "Role ARN to assume when listing AWS org accounts" },
	{ "prefer_account_alias_as_name", CFG_BOOL, "true", 0,
	    "Prefer the account alias as the account name instead of "
	    "organization" },
	{ "fork_process", CFG_BOOL, "true", 0,
	    "Fork collector process instead of using threads" },
	{ "scrape_exclude_account", CFG_STRING_LIST, "[]", 0,
	    "List of accounts to exclude when scraping the org" },
	{ "assume_current", CFG_BOOL, "false", 0,
	    "Assume given role in current account" },
	{ "do_not_scrape_current", CFG_BOOL, "false", 0,
	    "Do not scrape current account" },
	{ "account_pool_size", CFG_INT, NULL, CFG_NULLABLE,
	    "Number of accounts to scrape in parallel (null: max(2, usable "
	    "CPUs))" },
	{ "resource_pool_size", CFG_INT, "64", 0,
	    "Number of AWS calls in flight per account" },
	{ "resource_pool_tasks_per_service_default", CFG_INT, "20", 0,
	    "Number of AWS calls in flight per service and region" },
	{ "resource_pool_tasks_per_service", CFG_JSON,
	    "{\"sagemaker\": 6, \"elb\": 6}", 0,
	    "Calls in flight allowed for an individual service" },
	{ "collect", CFG_STRING_LIST, "[]", 0,
	    "List of AWS kinds to collect (default: all), GLOB patterns" },
	{ "no_collect", CFG_STRING_LIST, "[]", 0,
	    "List of AWS kinds to exclude (default: none), GLOB patterns" },
	{ "cloudwatch_metrics_for_atime_mtime_period", CFG_STRING, "\"60d\"",
	    0, "How long to look back for CloudWatch metrics" },
	{ "cloudwatch_metrics_for_atime_mtime_granularity", CFG_STRING,
	    "\"1h\"", 0, "Granularity of atime and mtime" },
	{ "discard_account_on_resource_error", CFG_BOOL, "false", 0,
	    "Fail the whole account if collecting a resource fails" },
	{ "collect_usage_metrics", CFG_BOOL, "true", CFG_NULLABLE,
	    "Collect resource usage metrics via CloudWatch" },
	{ "endpoint_url", CFG_STRING, NULL, CFG_NULLABLE,
	    "Base URL of every AWS service (as AWS_ENDPOINT_URL)" },
	{ "endpoint_url_ec2", CFG_STRING, NULL, CFG_NULLABLE,
	    "URL of EC2 (as AWS_ENDPOINT_URL_EC2)" },
	{ "endpoint_url_sts", CFG_STRING, NULL, CFG_NULLABLE,
	    "URL of STS (as AWS_ENDPOINT_URL_STS)" },
	{ "endpoint_url_iam", CFG_STRING, NULL, CFG_NULLABLE,
	    "URL of IAM (as AWS_ENDPOINT_URL_IAM)" },
	{ "endpoint_url_organizations", CFG_STRING, NULL, CFG_NULLABLE,
	    "URL of Organizations (as AWS_ENDPOINT_URL_ORGANIZATIONS)" },
	{ "ca_bundle", CFG_STRING, NULL, CFG_NULLABLE,
	    "PEM file of the CAs to trust (as AWS_CA_BUNDLE)" },
	{ NULL, CFG_STRING, NULL, 0, NULL }
};

static const struct cfg_section aws_section = {
	"aws", aws_keys, "The AWS collector"
};


#define IAM_VERSION	"2010-05-08"
#define ORG_TARGET	"AWSOrganizationsV20161128"

int
aws_should_collect(json_object *config, const char *kind)
{
	json_object *l;
	size_t i;

	if (json_object_object_get_ex(config, "no_collect", &l) &&
	    json_object_is_type(l, json_type_array))
		for (i = 0; i < json_object_array_length(l); i++)
			if (fnmatch(json_object_get_string(
			    json_object_array_get_idx(l, i)), kind, 0) == 0)
				return 0;
	if (!json_object_object_get_ex(config, "collect", &l) ||
	    !json_object_is_type(l, json_type_array) ||
	    json_object_array_length(l) == 0)
		return 1;
	for (i = 0; i < json_object_array_length(l); i++)
		if (fnmatch(json_object_get_string(json_object_array_get_idx(l,
		    i)), kind, 0) == 0)
			return 1;
	return 0;
}

static int
in_list(json_object *config, const char *key, const char *s)
{
	json_object *l;
	size_t i;

	if (json_object_object_get_ex(config, key, &l) &&
	    json_object_is_type(l, json_type_array))
		for (i = 0; i < json_object_array_length(l); i++)
			if (strcmp(json_object_get_string(
			    json_object_array_get_idx(l, i)), s) == 0)
				return 1;
	return 0;
}

static int
cfg_bool(json_object *config, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(config, key, &v) &&
	    json_object_get_boolean(v);
}

/* What discovery works with. */
struct disc {
	json_object	*config, *env;
	json_object	*out;		/* the ACCOUNTS array */
};


/* sts:GetCallerIdentity: the account of c */
static int
caller_account(struct aws *a, char *id, size_t idlen, struct buf *err)
{
	struct buf out = BUF_INIT;
	char code[128], *acc;

	if (aws_query_sync(a, "sts", "us-east-1", "GetCallerIdentity",
	    AWS_STS_VERSION, NULL, &out, err, code, sizeof(code)) == -1) {
		buf_free(&out);
		return -1;
	}
	acc = aws_xml_text(out.data, out.len, "GetCallerIdentityResponse/"
	    "GetCallerIdentityResult/Account");
	buf_free(&out);
	if (acc == NULL) {
		buf_printf(err, "sts GetCallerIdentity: no Account in the "
		    "answer");
		return -1;
	}
	snprintf(id, idlen, "%s", acc);
	free(acc);
	return 0;
}

/* sts:AssumeRole of role in account, with the base credentials */
static int
assume(struct aws *base, const char *arn, struct aws_cred *c,
    struct buf *err, char *code, size_t codelen)
{
	static const char *const p = "AssumeRoleResponse/AssumeRoleResult/"
	    "Credentials/";
	struct buf q = BUF_INIT, out = BUF_INIT;
	char path[128], *k, *s, *t, *e;
	int rc = -1;

	aws_param(&q, "RoleArn", arn);
	aws_param(&q, "RoleSessionName", "resoto");
	if (aws_query_sync(base, "sts", "us-east-1", "AssumeRole", AWS_STS_VERSION,
	    q.data, &out, err, code, codelen) == 0) {
		snprintf(path, sizeof(path), "%sAccessKeyId", p);
		k = aws_xml_text(out.data, out.len, path);
		snprintf(path, sizeof(path), "%sSecretAccessKey", p);
		s = aws_xml_text(out.data, out.len, path);
		snprintf(path, sizeof(path), "%sSessionToken", p);
		t = aws_xml_text(out.data, out.len, path);
		snprintf(path, sizeof(path), "%sExpiration", p);
		e = aws_xml_text(out.data, out.len, path);
		memset(c, 0, sizeof(*c));
		if (k && s && t) {
			c->key_id = k;
			c->secret = s;
			c->token = t;
			c->expires = e;
			log_secret(s);
			log_secret(t);
			rc = 0;
		} else {
			buf_printf(err, "sts AssumeRole: no credentials in the "
			    "answer");
			free(k);
			free(s);
			free(t);
			free(e);
		}
	}
	buf_free(&q);
	buf_free(&out);
	return rc;
}

/* iam:ListAccountAliases: the first alias, NULL when none */
static char *
alias_of(json_object *config, json_object *env, const char *profile,
    const struct aws_cred *c)
{
	struct aws a;
	struct buf out = BUF_INIT, err = BUF_INIT;
	char code[128], *alias = NULL;

	memset(&a, 0, sizeof(a));
	if (aws_open(&a, config, env, c, NULL, &err) == -1)
		goto out;
	a.ep.profile_url = aws_profile_endpoint(env, profile);
	if (aws_query_sync(&a, "iam", NULL, "ListAccountAliases", IAM_VERSION,
	    NULL, &out, &err, code, sizeof(code)) == 0)
		alias = aws_xml_text(out.data, out.len,
		    "ListAccountAliasesResponse/ListAccountAliasesResult/"
		    "AccountAliases/member");
out:
	if (alias == NULL && err.len)
		log_info("aws: account alias: %s", buf_str(&err));
	aws_close(&a);
	buf_free(&out);
	buf_free(&err);
	return alias;
}

/* organizations:DescribeAccount: the account's name in the organisation
 * (with the discovery's base credentials), NULL when unknown */
static char *
org_name_of(struct aws *base, const char *id)
{
	struct buf out = BUF_INIT, err = BUF_INIT;
	json_object *b = json_object_new_object(), *js = NULL;
	char code[128], *name = NULL;
	const char *n;

	json_object_object_add(b, "AccountId", json_object_new_string(id));
	if (aws_json_sync(base, "organizations", ORG_TARGET, "DescribeAccount",
	    json_object_to_json_string(b), &out, &err, code,
	    sizeof(code)) == 0 && (js = json_tokener_parse(buf_str(&out))) &&
	    (n = chttp_json_str(js, "Account.Name")) != NULL)
		name = xstrdup(n);
	else if (err.len)
		log_info("aws: account %s: organization name: %s", id,
		    buf_str(&err));
	json_object_put(js);
	json_object_put(b);
	buf_free(&out);
	buf_free(&err);
	return name;
}

/* orgs: the session for the organisation's calls */
static void
add_account(struct disc *d, struct aws *orgs, const char *id,
    const struct aws_cred *c, const char *role, const char *profile)
{
	json_object *e = json_object_new_object();
	json_object *cr = json_object_new_object();
	char *alias = NULL, *org = NULL;
	size_t i;

	for (i = 0; i < json_object_array_length(d->out); i++)
		if (strcmp(jget_str(json_object_array_get_idx(d->out, i), "id"),
		    id) == 0) {
			json_object_put(e);
			json_object_put(cr);
			return;		/* the same account by two ways */
		}
	/* the reference's set_account_names: alias or organisation name,
	 * in the order prefer_account_alias_as_name says */
	if (cfg_bool(d->config, "prefer_account_alias_as_name")) {
		if ((alias = alias_of(d->config, d->env, profile, c)) == NULL)
			org = org_name_of(orgs, id);
	} else if ((org = org_name_of(orgs, id)) == NULL)
		alias = alias_of(d->config, d->env, profile, c);
	json_object_object_add(e, "id", json_object_new_string(id));
	json_object_object_add(e, "name", json_object_new_string(alias ? alias :
	    org ? org : id));
	if (role)
		json_object_object_add(e, "role", json_object_new_string(role));
	if (profile)
		json_object_object_add(e, "profile",
		    json_object_new_string(profile));
	aws_cred_to_json(c, cr);
	json_object_object_add(e, "credentials", cr);
	json_object_array_add(d->out, e);
	free(alias);
	free(org);
}

/* organizations:ListAccounts, paged with NextToken (JSON protocol) */
struct org {
	json_object	*ids;
	struct aws	*a;
	char		*url;
	struct buf	 body, hdr;
	char		*error;
};

static int
org_make(struct chttp_call *call, const char *token, void *arg)
{
	struct org *o = arg;
	json_object *b = json_object_new_object();

	if (token)
		json_object_object_add(b, "NextToken",
		    json_object_new_string(token));
	buf_reset(&o->body);
	buf_puts(&o->body, json_object_to_json_string(b));
	json_object_put(b);
	free(o->url);
	aws_json_call(o->a, call, "organizations", ORG_TARGET, "ListAccounts",
	    o->body.data, &o->url, &o->hdr);
	return 0;
}

static int
org_page(const struct chttp_res *r, struct buf *next, struct buf *err,
    void *arg)
{
	struct org *o = arg;
	json_object *js, *list, *e;
	const char *id, *tok;
	size_t i;

	if ((js = chttp_json(r, err)) == NULL)
		return -1;
	if (json_object_object_get_ex(js, "Accounts", &list) &&
	    json_object_is_type(list, json_type_array))
		for (i = 0; i < json_object_array_length(list); i++) {
			e = json_object_array_get_idx(list, i);
			if ((id = jget_str(e, "Id")) == NULL)
				continue;
			json_object_array_add(o->ids,
			    json_object_new_string(id));
		}
	if ((tok = chttp_json_str(js, "NextToken")) != NULL)
		buf_puts(next, tok);
	json_object_put(js);
	return 0;
}

static void
org_done(const struct chttp_res *res, const char *error, int pages, void *arg)
{
	struct org *o = arg;

	if (error)
		o->error = xstrdup(error);
}

static json_object *
org_accounts(struct aws *a, struct buf *err)
{
	struct org o;
	struct chttp_pager pg = { org_make, org_page, org_done, &o, 0, NULL };

	memset(&o, 0, sizeof(o));
	o.ids = json_object_new_array();
	o.a = a;
	chttp_page(a->http, &pg);
	chttp_run(a->http);
	free(o.url);
	buf_free(&o.body);
	buf_free(&o.hdr);
	if (o.error) {
		buf_puts(err, o.error);
		free(o.error);
		json_object_put(o.ids);
		return NULL;
	}
	return o.ids;
}

/* The accounts of one set of base credentials (one profile or none). */
static void
discover_base(struct disc *d, const char *profile)
{
	struct aws base, org, *orgs = &base;
	struct aws_cred c, rc;
	struct buf err = BUF_INIT;
	json_object *ids = NULL, *l;
	const char *role = jget_str(d->config, "role"), *id;
	const char *org_arn = jget_str(d->config, "scrape_org_role_arn");
	char me[32], arn[256], code[128];
	size_t i;

	memset(&base, 0, sizeof(base));
	memset(&org, 0, sizeof(org));
	memset(&c, 0, sizeof(c));
	if (aws_cred_chain(d->config, d->env, profile, &c, &err) == -1) {
		report("profile %s: %s", profile ? profile : "(none)",
		    buf_str(&err));
		goto out;
	}
	if (aws_open(&base, d->config, d->env, &c, NULL, &err) == -1)
		goto fail;
	base.ep.profile_url = aws_profile_endpoint(d->env, profile);
	if (caller_account(&base, me, sizeof(me), &err) == -1)
		goto fail;
	/* the organisation's calls with scrape_org_role_arn when set */
	if (org_arn && *org_arn) {
		memset(&rc, 0, sizeof(rc));
		if (assume(&base, org_arn, &rc, &err, code,
		    sizeof(code)) == -1 ||
		    aws_open(&org, d->config, d->env, &rc, NULL, &err) == -1) {
			aws_cred_free(&rc);
			goto fail;
		}
		aws_cred_free(&rc);
		org.ep.profile_url = aws_profile_endpoint(d->env, profile);
		orgs = &org;
	}
	if (role && cfg_bool(d->config, "scrape_org")) {
		if ((ids = org_accounts(orgs, &err)) == NULL)
			goto fail;
	} else if (role && json_object_object_get_ex(d->config, "account",
	    &l) && json_object_is_type(l, json_type_array))
		ids = json_object_get(l);
	if (ids == NULL) {		/* the credentials' own account */
		add_account(d, orgs, me, &c, NULL, profile);
		goto out;
	}
	for (i = 0; i < json_object_array_length(ids); i++) {
		id = json_object_get_string(json_object_array_get_idx(ids, i));
		/* the org's list names the current account too: it is
		 * assumed only with assume_current (role + account assumes
		 * every listed account, as the reference) */
		if (in_list(d->config, "scrape_exclude_account", id) ||
		    (cfg_bool(d->config, "scrape_org") && strcmp(id, me) == 0 &&
		    !cfg_bool(d->config, "assume_current")))
			continue;
		snprintf(arn, sizeof(arn), "arn:aws:iam::%s:role/%s", id, role);
		buf_reset(&err);
		memset(&rc, 0, sizeof(rc));
		if (assume(&base, arn, &rc, &err, code, sizeof(code)) == -1) {
			report("account %s: cannot assume role %s: %s%s%s", id,
			    role, code[0] ? code : "", code[0] ? ": " : "",
			    buf_str(&err));
			continue;
		}
		add_account(d, orgs, id, &rc, role, profile);
		aws_cred_free(&rc);
	}
	if (cfg_bool(d->config, "scrape_org") &&
	    !cfg_bool(d->config, "do_not_scrape_current") &&
	    !cfg_bool(d->config, "assume_current"))
		add_account(d, orgs, me, &c, NULL, profile);
	goto out;
fail:
	/* no account is known yet: the access key names the credentials */
	report("%s%s%scredentials of access key %s: %s", profile ? "profile " :
	    "", profile ? profile : "", profile ? ": " : "",
	    c.key_id ? c.key_id : "(none)", buf_str(&err));
out:
	json_object_put(ids);
	aws_close(&base);
	aws_close(&org);
	aws_cred_free(&c);
	buf_free(&err);
}

static int
aws_discover(json_object *config, struct buf *out, char *err, size_t errlen)
{
	struct disc d = { config, collector_env(), NULL };
	json_object *profiles = NULL, *l;
	size_t i;

	/* the reference's checks of get_accounts */
	if (cfg_bool(config, "assume_current") &&
	    !cfg_bool(config, "do_not_scrape_current")) {
		snprintf(err, errlen, "assume_current without "
		    "do_not_scrape_current would collect the current account "
		    "twice");
		return -1;
	}
	if (json_object_object_get_ex(config, "profiles", &l) &&
	    json_object_is_type(l, json_type_array) &&
	    json_object_array_length(l) > 0) {
		profiles = json_object_get(l);
		if (json_object_array_length(l) > 1 &&
		    json_object_object_get_ex(config, "account", &l) &&
		    json_object_is_type(l, json_type_array)) {
			snprintf(err, errlen, "a list of accounts with more "
			    "than one profile would collect the accounts once "
			    "per profile");
			json_object_put(profiles);
			return -1;
		}
	} else if (!json_object_object_get_ex(config, "account", &l) ||
	    !json_object_is_type(l, json_type_array)) {
		/* no keys in the section: every profile of the shared
		 * credentials file that has keys, when there is one */
		if (jget_str(config, "access_key_id") == NULL)
			profiles = aws_file_profiles(d.env);
	}
	d.out = json_object_new_array();
	if (profiles != NULL)
		for (i = 0; i < json_object_array_length(profiles); i++)
			discover_base(&d, json_object_get_string(
			    json_object_array_get_idx(profiles, i)));
	else
		discover_base(&d, NULL);
	json_object_put(profiles);
	jw_json(out, d.out);
	json_object_put(d.out);
	return 0;
}

/* Credentials for an account without any in its entry (tag and cleanup
 * tasks): the chain's, or the role assumed in that account: the role its
 * account node was collected with (stored: the core node's
 * ancestors.account.reported.role, when the core keeps it), else the
 * section's role in every account but the credentials' own (unless
 * assume_current); with role_override the section's role in every
 * account, the credentials' own too, whatever the node names (the
 * reference's aws_session). */
static int
account_cred(json_object *config, json_object *env, const char *id,
    const char *stored, struct aws_cred *c, struct buf *err)
{
	const char *role = jget_str(config, "role");
	int override = cfg_bool(config, "role_override");
	struct aws base;
	struct aws_cred rc;
	char me[32], arn[256], code[128];
	int r = 0;

	if (aws_cred_chain(config, env, NULL, c, err) == -1)
		return -1;
	if (stored && *stored && !override)
		role = stored;		/* the role its account was collected with */
	else
		stored = NULL;
	if (role == NULL || id == NULL || *id == '\0')
		return 0;
	memset(&base, 0, sizeof(base));
	if (aws_open(&base, config, env, c, NULL, err) == -1 ||
	    caller_account(&base, me, sizeof(me), err) == -1)
		r = -1;
	else if (strcmp(me, id) != 0 || cfg_bool(config, "assume_current") ||
	    override || stored) {
		snprintf(arn, sizeof(arn), "arn:aws:iam::%s:role/%s", id, role);
		if ((r = assume(&base, arn, &rc, err, code,
		    sizeof(code))) == 0) {
			aws_cred_free(c);
			*c = rc;
		}
	}
	aws_close(&base);
	return r;
}

int
aws_open_account(struct aws *a, json_object *config, json_object *entry,
    struct buf *err)
{
	struct aws_cred c;
	json_object *cr, *env = collector_env();
	int rc;

	memset(&c, 0, sizeof(c));
	memset(a, 0, sizeof(*a));
	if (json_object_object_get_ex(entry, "credentials", &cr)) {
		if (aws_cred_from_json(cr, &c) == -1) {
			buf_printf(err, "the account's credentials are "
			    "incomplete");
			return -1;
		}
	} else if (account_cred(config, env, jget_str(entry, "id"),
	    jget_str(entry, "role"), &c, err) == -1)
		return -1;
	rc = aws_open(a, config, env, &c, jget_str(entry, "id"), err);
	if (rc == 0)
		a->ep.profile_url = aws_profile_endpoint(env,
		    jget_str(entry, "profile"));
	aws_cred_free(&c);
	return rc;
}

/* ASSUME: fresh credentials for an account (an account child's renewal) */
static int
aws_assume(json_object *config, const char *account, struct buf *out,
    char *err, size_t errlen)
{
	struct aws_cred c;
	struct buf e = BUF_INIT;
	json_object *arr, *entry, *cr;

	memset(&c, 0, sizeof(c));
	if (account_cred(config, collector_env(), account, NULL, &c,
	    &e) == -1) {
		snprintf(err, errlen, "%s", buf_str(&e));
		buf_free(&e);
		return -1;
	}
	arr = json_object_new_array();
	entry = json_object_new_object();
	cr = json_object_new_object();
	json_object_object_add(entry, "id", json_object_new_string(account));
	aws_cred_to_json(&c, cr);
	json_object_object_add(entry, "credentials", cr);
	json_object_array_add(arr, entry);
	jw_json(out, arr);
	json_object_put(arr);
	aws_cred_free(&c);
	buf_free(&e);
	return 0;
}

/* the shared credentials and config files (aws/cred.c): readable in the
 * sandbox (collector/sandbox.h) */
static const char *const aws_home[] = { ".aws", NULL };

const struct collector collector_aws = {
	.name = "aws",
	.cloud_name = "AWS",
	.config = &aws_section,
	.kinds = aws_kinds,
	.env_prefix = "AWS_",
	.home_paths = aws_home,
	.pool_key = "account_pool_size",
	.discover = aws_discover,
	.assume = aws_assume,
	.collect = aws_collect,
	.update_tag = aws_update_tag,
	.delete_tag = aws_delete_tag,
	.delete = aws_delete,
	.command = &aws_command,
	.run_command = aws_run_command,
};

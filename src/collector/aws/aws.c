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

/* the credentials of an sts:AssumeRole answer into c; -1 (err set) when
 * it has none */
static int
assume_answer(const char *xml, size_t len, struct aws_cred *c,
    struct buf *err)
{
	static const char *const p = "AssumeRoleResponse/AssumeRoleResult/"
	    "Credentials/";
	char path[128], *k, *s, *t, *e;

	snprintf(path, sizeof(path), "%sAccessKeyId", p);
	k = aws_xml_text(xml, len, path);
	snprintf(path, sizeof(path), "%sSecretAccessKey", p);
	s = aws_xml_text(xml, len, path);
	snprintf(path, sizeof(path), "%sSessionToken", p);
	t = aws_xml_text(xml, len, path);
	snprintf(path, sizeof(path), "%sExpiration", p);
	e = aws_xml_text(xml, len, path);
	memset(c, 0, sizeof(*c));
	if (k && s && t) {
		c->key_id = k;
		c->secret = s;
		c->token = t;
		c->expires = e;
		log_secret(s);
		log_secret(t);
		return 0;
	}
	buf_printf(err, "sts AssumeRole: no credentials in the answer");
	free(k);
	free(s);
	free(t);
	free(e);
	return -1;
}

/* sts:AssumeRole of role arn, with the base credentials, submitted on
 * base's context; the answer in ans */
static void
assume_submit(struct aws *base, const char *arn, struct aws_answer *ans)
{
	struct buf q = BUF_INIT;

	aws_param(&q, "RoleArn", arn);
	aws_param(&q, "RoleSessionName", "resoto");
	aws_query(base, "sts", "us-east-1", "AssumeRole", AWS_STS_VERSION,
	    q.data, aws_answer_cb, ans);
	buf_free(&q);
}

/* sts:AssumeRole of role arn, with the base credentials, at once */
static int
assume(struct aws *base, const char *arn, struct aws_cred *c,
    struct buf *err, char *code, size_t codelen)
{
	struct aws_answer ans;
	int rc = -1;

	memset(&ans, 0, sizeof(ans));
	memset(c, 0, sizeof(*c));
	code[0] = '\0';
	assume_submit(base, arn, &ans);
	if (chttp_run(base->http) == -1 && !ans.failed)
		buf_printf(err, "sts AssumeRole: the deadline passed");
	else if (ans.failed) {
		buf_puts(err, buf_str(&ans.err));
		snprintf(code, codelen, "%s", ans.code);
	} else
		rc = assume_answer(ans.body.data, ans.body.len, c, err);
	aws_answer_free(&ans);
	return rc;
}

/*
 * An account found by discovery, before it is added: its credentials and
 * the answers of its name lookups. The accounts of one set of base
 * credentials are found together so that their calls go out at once (one
 * round trip for all the AssumeRoles, one for all the first name lookups,
 * one for the fallbacks), not one account after the other.
 */
struct found {
	char			 id[32];
	struct aws_cred		 c;
	const char		*role;		/* NULL: the base credentials */
	struct aws_answer	 ans;		/* AssumeRole, then a lookup */
	char			 arn[256];	/* the role's ARN */
	char			*body;		/* DescribeAccount's request */
	char			*alias, *org;	/* the names found */
	int			 asked_alias, asked_org, skip;
};

/* iam:ListAccountAliases with the account's own credentials, on the
 * base's context (a call carries its own auth) */
static void
alias_submit(struct aws *base, struct found *f)
{
	struct aws s = *base;

	s.auth = chttp_auth_sigv4(f->c.key_id, f->c.secret, f->c.token);
	s.expires = 0;			/* just assumed or the base's */
	aws_query(&s, "iam", NULL, "ListAccountAliases", IAM_VERSION, NULL,
	    aws_answer_cb, &f->ans);
	chttp_auth_free(s.auth);	/* the call holds its reference */
	f->asked_alias = 1;
}

/* organizations:DescribeAccount with the organisation's credentials */
static void
org_submit(struct aws *orgs, struct found *f)
{
	json_object *b = json_object_new_object();

	json_object_object_add(b, "AccountId", json_object_new_string(f->id));
	f->body = xstrdup(json_object_to_json_string(b));
	json_object_put(b);
	aws_json(orgs, "organizations", NULL, ORG_TARGET, "DescribeAccount",
	    f->body, aws_answer_cb, &f->ans);
	f->asked_org = 1;
}

/* the name in f's answer of the lookup just made (the first alias, the
 * account's name in the organisation), the failure logged */
static void
name_answer(struct found *f, int alias)
{
	json_object *js = NULL;
	const char *n;

	if (f->ans.failed)
		log_info(alias ? "aws: account alias: %s%s" :
		    "aws: account %s: organization name: %s",
		    alias ? "" : f->id, buf_str(&f->ans.err));
	else if (alias)
		f->alias = aws_xml_text(f->ans.body.data, f->ans.body.len,
		    "ListAccountAliasesResponse/ListAccountAliasesResult/"
		    "AccountAliases/member");
	else if ((js = json_tokener_parse(buf_str(&f->ans.body))) != NULL &&
	    (n = chttp_json_str(js, "Account.Name")) != NULL)
		f->org = xstrdup(n);
	json_object_put(js);
	aws_answer_free(&f->ans);
	memset(&f->ans, 0, sizeof(f->ans));
	free(f->body);
	f->body = NULL;
}

/* One round of name lookups (alias: ListAccountAliases, else the
 * organisation's DescribeAccount) for every account still unnamed, all
 * at once. */
static void
name_round(struct aws *base, struct aws *orgs, struct found *f, size_t n,
    int alias)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!f[i].skip && f[i].alias == NULL && f[i].org == NULL) {
			if (alias)
				alias_submit(base, &f[i]);
			else
				org_submit(orgs, &f[i]);
		}
	chttp_run(alias ? base->http : orgs->http);
	for (i = 0; i < n; i++)
		if (alias ? f[i].asked_alias : f[i].asked_org) {
			name_answer(&f[i], alias);
			f[i].asked_alias = f[i].asked_org = 0;
		}
}

static int
known(struct disc *d, struct found *f, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < json_object_array_length(d->out); i++)
		if (strcmp(jget_str(json_object_array_get_idx(d->out, i), "id"),
		    id) == 0)
			return 1;
	for (i = 0; i < n; i++)
		if (!f[i].skip && strcmp(f[i].id, id) == 0)
			return 1;
	return 0;
}

/* Names the found accounts (the reference's set_account_names: alias or
 * organisation name, in the order prefer_account_alias_as_name says) and
 * adds them to the ACCOUNTS array, in the order found. */
static void
add_accounts(struct disc *d, struct aws *base, struct aws *orgs,
    struct found *f, size_t n, const char *profile)
{
	int alias_first = cfg_bool(d->config, "prefer_account_alias_as_name");
	json_object *e, *cr;
	size_t i;

	name_round(base, orgs, f, n, alias_first);
	name_round(base, orgs, f, n, !alias_first);
	for (i = 0; i < n; i++) {
		if (f[i].skip)
			continue;
		e = json_object_new_object();
		cr = json_object_new_object();
		json_object_object_add(e, "id", json_object_new_string(f[i].id));
		json_object_object_add(e, "name", json_object_new_string(
		    f[i].alias ? f[i].alias : f[i].org ? f[i].org : f[i].id));
		if (f[i].role)
			json_object_object_add(e, "role",
			    json_object_new_string(f[i].role));
		if (profile)
			json_object_object_add(e, "profile",
			    json_object_new_string(profile));
		aws_cred_to_json(&f[i].c, cr);
		json_object_object_add(e, "credentials", cr);
		json_object_array_add(d->out, e);
	}
}

static void
found_free(struct found *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (f[i].role)		/* the base's are the caller's */
			aws_cred_free(&f[i].c);
		aws_answer_free(&f[i].ans);
		free(f[i].body);
		free(f[i].alias);
		free(f[i].org);
	}
	free(f);
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
	struct found *f;
	char me[32], code[128];
	size_t i, n, nf = 0;

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
	n = ids ? json_object_array_length(ids) : 0;
	f = xcalloc(n + 1, sizeof(*f));
	for (i = 0; i < n; i++) {
		id = json_object_get_string(json_object_array_get_idx(ids, i));
		/* the org's list names the current account too: it is
		 * assumed only with assume_current (role + account assumes
		 * every listed account, as the reference) */
		if (in_list(d->config, "scrape_exclude_account", id) ||
		    (cfg_bool(d->config, "scrape_org") && strcmp(id, me) == 0 &&
		    !cfg_bool(d->config, "assume_current")) ||
		    known(d, f, nf, id))
			continue;
		snprintf(f[nf].id, sizeof(f[nf].id), "%s", id);
		f[nf].role = role;
		snprintf(f[nf].arn, sizeof(f[nf].arn),
		    "arn:aws:iam::%s:role/%s", id, role);
		assume_submit(&base, f[nf].arn, &f[nf].ans);
		nf++;
	}
	chttp_run(base.http);		/* every AssumeRole at once */
	for (i = 0; i < nf; i++) {
		buf_reset(&err);
		if (f[i].ans.failed || assume_answer(f[i].ans.body.data,
		    f[i].ans.body.len, &f[i].c, &err) == -1) {
			report("account %s: cannot assume role %s: %s%s%s",
			    f[i].id, role, f[i].ans.code,
			    f[i].ans.code[0] ? ": " : "", f[i].ans.failed ?
			    buf_str(&f[i].ans.err) : buf_str(&err));
			f[i].skip = 1;
		}
		aws_answer_free(&f[i].ans);
		memset(&f[i].ans, 0, sizeof(f[i].ans));
	}
	/* the credentials' own account: alone without a list, or after the
	 * organisation's */
	if (ids == NULL || (cfg_bool(d->config, "scrape_org") &&
	    !cfg_bool(d->config, "do_not_scrape_current") &&
	    !cfg_bool(d->config, "assume_current"))) {
		if (!known(d, f, nf, me)) {
			snprintf(f[nf].id, sizeof(f[nf].id), "%s", me);
			f[nf++].c = c;
		}
	}
	add_accounts(d, &base, orgs, f, nf, profile);
	found_free(f, nf);
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

/*
 * aws/cred: credentials as boto3's default chain finds them on a host, in
 * its order: the `aws` section's access_key_id/secret_access_key; the
 * AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN the supervisor
 * read from its environment and put into the frame's "env"; the shared
 * credentials file (AWS_SHARED_CREDENTIALS_FILE, ~/.aws/credentials) and
 * config file (AWS_CONFIG_FILE, ~/.aws/config) for the profile (given,
 * AWS_PROFILE, or "default"); the instance metadata service, IMDSv2 (a
 * session token first; AWS_EC2_METADATA_SERVICE_ENDPOINT overrides the
 * address, AWS_EC2_METADATA_DISABLED=true skips it).
 */
#include "collector/aws/aws.h"
#include "collector/http/chttp.h"
#include "common/jget.h"
#include "common/log.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
aws_cred_free(struct aws_cred *c)
{
	if (c->secret)
		explicit_bzero(c->secret, strlen(c->secret));
	if (c->token)
		explicit_bzero(c->token, strlen(c->token));
	free(c->key_id);
	free(c->secret);
	free(c->token);
	free(c->expires);
	memset(c, 0, sizeof(*c));
}

static int
cred_set(struct aws_cred *c, const char *key, const char *secret,
    const char *token, const char *expires)
{
	if (key == NULL || secret == NULL || *key == '\0' || *secret == '\0')
		return -1;
	aws_cred_free(c);
	c->key_id = xstrdup(key);
	c->secret = xstrdup(secret);
	c->token = token && *token ? xstrdup(token) : NULL;
	c->expires = expires && *expires ? xstrdup(expires) : NULL;
	log_secret(c->secret);
	if (c->token)
		log_secret(c->token);
	return 0;
}

int
aws_cred_from_json(json_object *o, struct aws_cred *c)
{
	return cred_set(c, jget_str(o, "access_key_id"),
	    jget_str(o, "secret_access_key"), jget_str(o, "session_token"),
	    jget_str(o, "expiration"));
}

void
aws_cred_to_json(const struct aws_cred *c, json_object *dst)
{
	json_object_object_add(dst, "access_key_id",
	    json_object_new_string(c->key_id));
	json_object_object_add(dst, "secret_access_key",
	    json_object_new_string(c->secret));
	if (c->token)
		json_object_object_add(dst, "session_token",
		    json_object_new_string(c->token));
	if (c->expires)
		json_object_object_add(dst, "expiration",
		    json_object_new_string(c->expires));
}

/* ---- shared files ------------------------------------------------------ */

static char *
trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/* Calls fn for every key = value of an INI file with its section, until
 * fn returns non-zero; -1 when the file cannot be read. */
static int
ini_walk(const char *path, int (*fn)(const char *sect, const char *key,
    const char *value, void *arg), void *arg)
{
	char line[4096], sect[256] = "", *l, *eq;
	FILE *f;

	if (path == NULL || (f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		l = trim(line);
		if (*l == '[') {
			l[strcspn(l, "]")] = '\0';
			snprintf(sect, sizeof(sect), "%s", trim(l + 1));
		} else if (*l != '#' && *l != ';' &&
		    (eq = strchr(l, '=')) != NULL) {
			*eq = '\0';
			if (fn(sect, trim(l), trim(eq + 1), arg))
				break;
		}
	}
	fclose(f);
	return 0;
}

struct ini_find {
	const char	*sect, *key;
	char		*value;
};

static int
ini_find(const char *sect, const char *key, const char *value, void *arg)
{
	struct ini_find *q = arg;

	if (strcmp(sect, q->sect) != 0 || strcmp(key, q->key) != 0)
		return 0;
	q->value = xstrdup(value);
	return 1;
}

/* key of section sect in an INI file, malloc'd; NULL when absent */
char *
aws_ini_get(const char *path, const char *sect, const char *key)
{
	struct ini_find q = { sect, key, NULL };

	ini_walk(path, ini_find, &q);
	return q.value;
}

static const char *
credentials_file(json_object *env, char *buf, size_t len)
{
	const char *p, *home = getenv("HOME");

	if ((p = jget_str(env, "AWS_SHARED_CREDENTIALS_FILE")) != NULL)
		return p;
	if (home == NULL)
		return NULL;
	snprintf(buf, len, "%s/.aws/credentials", home);
	return buf;
}

static int
ini_profile(const char *sect, const char *key, const char *value, void *arg)
{
	json_object *list = arg;
	size_t i, n = json_object_array_length(list);

	if (strcmp(key, "aws_access_key_id") != 0)
		return 0;
	for (i = 0; i < n; i++)
		if (strcmp(json_object_get_string(json_object_array_get_idx(
		    list, i)), sect) == 0)
			return 0;
	json_object_array_add(list, json_object_new_string(sect));
	return 0;
}

json_object *
aws_file_profiles(json_object *env)
{
	json_object *list = json_object_new_array();
	char buf[1024];

	if (ini_walk(credentials_file(env, buf, sizeof(buf)), ini_profile,
	    list) == -1) {
		json_object_put(list);
		return NULL;
	}
	return list;
}

/* The profile's value of key: the credentials file first, then the config
 * file's "[profile name]" (or "[default]"). */
static char *
profile_get(json_object *env, const char *profile, const char *key)
{
	char path[1024], sect[256], *v;
	const char *p, *home = getenv("HOME");

	if ((v = aws_ini_get(credentials_file(env, path, sizeof(path)),
	    profile, key)) != NULL)
		return v;
	if ((p = jget_str(env, "AWS_CONFIG_FILE")) == NULL && home != NULL) {
		snprintf(path, sizeof(path), "%s/.aws/config", home);
		p = path;
	}
	if (strcmp(profile, "default") == 0)
		snprintf(sect, sizeof(sect), "default");
	else
		snprintf(sect, sizeof(sect), "profile %s", profile);
	return aws_ini_get(p, sect, key);
}

char *
aws_profile_endpoint(json_object *env, const char *profile)
{
	if (profile == NULL && (profile = jget_str(env, "AWS_PROFILE")) == NULL)
		profile = "default";
	return profile_get(env, profile, "endpoint_url");
}

static int
from_profile(json_object *env, const char *profile, struct aws_cred *c)
{
	char *k, *s, *t;
	int rc;

	k = profile_get(env, profile, "aws_access_key_id");
	s = profile_get(env, profile, "aws_secret_access_key");
	t = profile_get(env, profile, "aws_session_token");
	rc = cred_set(c, k, s, t, NULL);
	free(k);
	if (s)
		explicit_bzero(s, strlen(s));
	free(s);
	free(t);
	return rc;
}

/* ---- IMDSv2 ------------------------------------------------------------ */

struct imds {
	struct buf	body;
	long		status;
	char		error[256];
};

static void
imds_done(const struct chttp_res *r, void *arg)
{
	struct imds *m = arg;

	m->status = r->status;
	buf_reset(&m->body);
	buf_add(&m->body, r->body, r->len);
	snprintf(m->error, sizeof(m->error), "%s", r->error ? r->error : "");
}

static int
imds_call(struct chttp *h, const char *method, const char *url,
    const char *header, struct imds *m)
{
	const char *headers[] = { header, NULL };
	struct chttp_call call;

	memset(&call, 0, sizeof(call));
	call.method = method;
	call.url = url;
	call.headers = headers;
	call.service = "imds";
	call.operation = method;
	call.timeout_ms = 2000;
	call.retries = -1;
	chttp_submit(h, &call, imds_done, m);
	chttp_run(h);
	return m->error[0] || m->status != 200 ? -1 : 0;
}

static int
from_imds(json_object *env, struct aws_cred *c, struct buf *err)
{
	struct chttp_opts o;
	struct chttp *h;
	struct imds m;
	char url[512], hdr[1200], role[256];
	const char *base, *v;
	json_object *js;
	int rc = -1;

	if ((v = jget_str(env, "AWS_EC2_METADATA_DISABLED")) != NULL &&
	    strcasecmp(v, "true") == 0)
		return -1;
	if ((base = jget_str(env, "AWS_EC2_METADATA_SERVICE_ENDPOINT")) == NULL)
		base = "http://169.254.169.254";
	memset(&o, 0, sizeof(o));
	o.proxy = "";
	o.connect_timeout_ms = 1000;
	if ((h = chttp_new(&o)) == NULL)
		return -1;
	memset(&m, 0, sizeof(m));
	snprintf(url, sizeof(url), "%s/latest/api/token", base);
	if (imds_call(h, "PUT", url,
	    "X-aws-ec2-metadata-token-ttl-seconds: 21600", &m) == -1) {
		buf_printf(err, "; instance metadata at %s: %s", base,
		    m.error[0] ? m.error : "no token");
		goto out;
	}
	snprintf(hdr, sizeof(hdr), "X-aws-ec2-metadata-token: %.1100s",
	    m.body.data ? m.body.data : "");
	snprintf(url, sizeof(url), "%s/latest/meta-data/iam/"
	    "security-credentials/", base);
	if (imds_call(h, "GET", url, hdr, &m) == -1 || m.body.len == 0) {
		buf_printf(err, "; instance metadata: no role");
		goto out;
	}
	snprintf(role, sizeof(role), "%.*s", (int)strcspn(m.body.data, "\n"),
	    m.body.data);
	snprintf(url, sizeof(url), "%s/latest/meta-data/iam/"
	    "security-credentials/%s", base, role);
	if (imds_call(h, "GET", url, hdr, &m) == -1 ||
	    (js = json_tokener_parse(m.body.data)) == NULL) {
		buf_printf(err, "; instance metadata: no credentials for role "
		    "%s", role);
		goto out;
	}
	rc = cred_set(c, jget_str(js, "AccessKeyId"),
	    jget_str(js, "SecretAccessKey"), jget_str(js, "Token"),
	    jget_str(js, "Expiration"));
	json_object_put(js);
out:
	if (m.body.data)
		explicit_bzero(m.body.data, m.body.len);
	buf_free(&m.body);
	chttp_free(h);
	return rc;
}

int
aws_cred_chain(json_object *config, json_object *env, const char *profile,
    struct aws_cred *c, struct buf *err)
{
	const char *p;

	if (profile == NULL) {
		if (cred_set(c, jget_str(config, "access_key_id"),
		    jget_str(config, "secret_access_key"), NULL, NULL) == 0)
			return 0;
		if (cred_set(c, jget_str(env, "AWS_ACCESS_KEY_ID"),
		    jget_str(env, "AWS_SECRET_ACCESS_KEY"),
		    jget_str(env, "AWS_SESSION_TOKEN"), NULL) == 0)
			return 0;
	}
	p = profile ? profile : jget_str(env, "AWS_PROFILE");
	if (from_profile(env, p ? p : "default", c) == 0)
		return 0;
	buf_printf(err, "no credentials: not in the aws section, not in "
	    "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, not in profile %s of "
	    "the shared files", p ? p : "default");
	if (profile != NULL)
		return -1;
	return from_imds(env, c, err);
}

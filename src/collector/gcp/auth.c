/*
 * gcp/auth: Google credentials (gcp.h): service-account key files, the
 * application default chain, and the RS256 assertion a service account
 * exchanges for a bearer token (RFC 7523, Google's OAuth 2.0 for server to
 * server applications).
 */
#include "collector/gcp/gcp.h"
#include "common/jget.h"
#include "common/log.h"
#include "protocol/b64.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#define MAX_KEY_FILE	(64 * 1024)
#define METADATA_HOST	"metadata.google.internal"
#define METADATA_TOKEN	"/computeMetadata/v1/instance/service-accounts/" \
	"default/token"

void
gcp_cred_free(struct gcp_cred *c)
{
	if (c->private_key)
		explicit_bzero(c->private_key, strlen(c->private_key));
	if (c->client_secret)
		explicit_bzero(c->client_secret, strlen(c->client_secret));
	if (c->refresh_token)
		explicit_bzero(c->refresh_token, strlen(c->refresh_token));
	free(c->source);
	free(c->client_email);
	free(c->private_key);
	free(c->private_key_id);
	free(c->client_id);
	free(c->client_secret);
	free(c->refresh_token);
	free(c->token_uri);
	free(c->project_id);
	memset(c, 0, sizeof(*c));
}

static char *
dup_member(json_object *o, const char *k)
{
	const char *s = jget_str(o, k);

	return s && *s ? xstrdup(s) : NULL;
}

/* A key file: a service account or an authorized user (gcloud's). */
static int
load_file(const char *path, struct gcp_cred *c, struct buf *err)
{
	struct buf text = BUF_INIT;
	char chunk[4096];
	json_object *o;
	const char *type;
	FILE *f;
	size_t n, had = err->len;
	int rc = -1;

	if ((f = fopen(path, "r")) == NULL) {
		buf_printf(err, "cannot read the key file %s: %s", path,
		    strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 &&
	    text.len < MAX_KEY_FILE)
		buf_add(&text, chunk, n);
	fclose(f);
	if (text.len >= MAX_KEY_FILE) {
		buf_printf(err, "the key file %s is larger than %d bytes", path,
		    MAX_KEY_FILE);
		goto out;
	}
	if ((o = json_tokener_parse(buf_str(&text))) == NULL ||
	    !json_object_is_type(o, json_type_object)) {
		json_object_put(o);
		buf_printf(err, "the key file %s is not a JSON object", path);
		goto out;
	}
	c->source = xstrdup(path);
	type = jget_str(o, "type");
	if (type && strcmp(type, "authorized_user") == 0) {
		c->type = GCP_AUTHORIZED_USER;
		c->client_id = dup_member(o, "client_id");
		c->client_secret = dup_member(o, "client_secret");
		c->refresh_token = dup_member(o, "refresh_token");
		c->project_id = dup_member(o, "quota_project_id");
		if (!c->client_id || !c->client_secret || !c->refresh_token)
			buf_printf(err, "the key file %s lacks client_id, "
			    "client_secret or refresh_token", path);
	} else if (type == NULL || strcmp(type, "service_account") == 0) {
		c->type = GCP_SERVICE_ACCOUNT;
		c->client_email = dup_member(o, "client_email");
		c->private_key = dup_member(o, "private_key");
		c->private_key_id = dup_member(o, "private_key_id");
		c->project_id = dup_member(o, "project_id");
		if (!c->client_email || !c->private_key)
			buf_printf(err, "the key file %s lacks client_email "
			    "or private_key", path);
	} else
		buf_printf(err, "the key file %s is of type %s, not "
		    "service_account or authorized_user", path, type);
	c->token_uri = dup_member(o, "token_uri");
	if (c->token_uri == NULL)
		c->token_uri = xstrdup(GCP_TOKEN_URI);
	if (c->private_key)
		log_secret(c->private_key);
	if (c->client_secret)
		log_secret(c->client_secret);
	if (c->refresh_token)
		log_secret(c->refresh_token);
	{
		/* the parsed copy holds the key too */
		const char *pk = jget_str(o, "private_key");

		if (pk)
			explicit_bzero((char *)pk, strlen(pk));
	}
	json_object_put(o);
	rc = err->len > had ? -1 : 0;
out:
	explicit_bzero(text.data ? text.data : chunk, text.data ? text.len :
	    sizeof(chunk));
	buf_free(&text);
	return rc;
}

int
gcp_cred_load(const char *path, json_object *env, struct gcp_cred *c,
    struct buf *err)
{
	struct buf b = BUF_INIT;
	struct stat st;
	const char *v;
	char *p;
	int rc;

	memset(c, 0, sizeof(*c));
	if (path && *path) {
		p = jget_home_path(env, path);	/* "~/x": the frame's HOME */
		rc = load_file(p, c, err);
		free(p);
		return rc;
	}
	/* application default credentials */
	if ((v = jget_str(env, "GOOGLE_APPLICATION_CREDENTIALS")) && *v)
		return load_file(v, c, err);
	if ((v = jget_str(env, "CLOUDSDK_CONFIG")) && *v)
		buf_printf(&b, "%s/application_default_credentials.json", v);
	else if ((v = jget_str(env, "HOME")) && *v)
		buf_printf(&b, "%s/.config/gcloud/"
		    "application_default_credentials.json", v);
	if (b.len && stat(b.data, &st) == 0) {
		rc = load_file(b.data, c, err);
		buf_free(&b);
		return rc;
	}
	buf_free(&b);
	c->type = GCP_METADATA;
	v = jget_str(env, "GCE_METADATA_HOST");
	buf_printf(&b, "http://%s" METADATA_TOKEN, v && *v ? v : METADATA_HOST);
	c->token_uri = buf_take(&b);
	c->source = xstrdup(c->token_uri);
	return 0;
}

/* base64url of a JSON object's text */
static void
segment(struct buf *out, json_object *o)
{
	const char *s = json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);

	b64_encode(out, s, strlen(s), B64_URL);
}

char *
gcp_jwt(const struct gcp_cred *c, time_t now, struct buf *err)
{
	struct buf out = BUF_INIT;
	json_object *h, *cl;
	unsigned char *sig = NULL;
	size_t siglen = 0;
	EVP_PKEY *key = NULL;
	EVP_MD_CTX *md = NULL;
	BIO *bio;
	unsigned long e;

	bio = BIO_new_mem_buf(c->private_key, -1);
	if (bio == NULL || (key = PEM_read_bio_PrivateKey(bio, NULL, NULL,
	    NULL)) == NULL) {
		e = ERR_get_error();
		buf_printf(err, "the private key of %s cannot be read: %s",
		    c->source, e ? ERR_reason_error_string(e) : "not PEM");
		BIO_free(bio);
		ERR_clear_error();
		return NULL;
	}
	BIO_free(bio);
	h = json_object_new_object();
	json_object_object_add(h, "alg", json_object_new_string("RS256"));
	json_object_object_add(h, "typ", json_object_new_string("JWT"));
	if (c->private_key_id)
		json_object_object_add(h, "kid",
		    json_object_new_string(c->private_key_id));
	cl = json_object_new_object();
	json_object_object_add(cl, "iss", json_object_new_string(
	    c->client_email));
	json_object_object_add(cl, "scope", json_object_new_string(GCP_SCOPE));
	json_object_object_add(cl, "aud", json_object_new_string(
	    c->token_uri));
	json_object_object_add(cl, "iat", json_object_new_int64(now));
	json_object_object_add(cl, "exp", json_object_new_int64(now + 3600));
	segment(&out, h);
	buf_putc(&out, '.');
	segment(&out, cl);
	json_object_put(h);
	json_object_put(cl);
	if ((md = EVP_MD_CTX_new()) == NULL ||
	    EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, key) != 1 ||
	    EVP_DigestSign(md, NULL, &siglen, (unsigned char *)out.data,
	    out.len) != 1 ||
	    (sig = xmalloc(siglen)) == NULL ||
	    EVP_DigestSign(md, sig, &siglen, (unsigned char *)out.data,
	    out.len) != 1) {
		e = ERR_get_error();
		buf_printf(err, "the private key of %s cannot sign RS256: %s",
		    c->source, e ? ERR_reason_error_string(e) : "not RSA");
		ERR_clear_error();
		buf_free(&out);
		free(sig);
		EVP_MD_CTX_free(md);
		EVP_PKEY_free(key);
		return NULL;
	}
	buf_putc(&out, '.');
	b64_encode(&out, sig, siglen, B64_URL);
	free(sig);
	EVP_MD_CTX_free(md);
	EVP_PKEY_free(key);
	return buf_take(&out);
}

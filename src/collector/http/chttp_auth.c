/*
 * chttp_auth.c: the auth providers of the collectors' HTTP layer (see
 * chttp.h): AWS SigV4 done by libcurl (CURLOPT_AWS_SIGV4), bearer tokens.
 * libcurl signs the method, path, query, the headers it sends (our
 * X-Amz-Security-Token among them), x-amz-date and the body's SHA-256; for
 * the service "s3" it also sends and signs x-amz-content-sha256.
 */
#include "collector/http/chttp_int.h"
#include "common/buf.h"
#include "common/log.h"

#include <stdlib.h>
#include <string.h>

enum auth_kind { AUTH_SIGV4, AUTH_BEARER };

struct chttp_auth {
	enum auth_kind	 kind;
	int		 refs;
	char		*key_id, *secret, *token;	/* token: bearer or session */
};

static void
clear(char **s)
{
	if (*s != NULL) {
		explicit_bzero(*s, strlen(*s));
		free(*s);
		*s = NULL;
	}
}

static char *
secret_dup(const char *s)
{
	if (s == NULL || *s == '\0')
		return NULL;
	log_secret(s);
	return xstrdup(s);
}

struct chttp_auth *
chttp_auth_sigv4(const char *key_id, const char *secret,
    const char *session_token)
{
	struct chttp_auth *a = xcalloc(1, sizeof(*a));

	a->kind = AUTH_SIGV4;
	a->refs = 1;
	chttp_auth_sigv4_set(a, key_id, secret, session_token);
	return a;
}

struct chttp_auth *
chttp_auth_bearer(const char *token)
{
	struct chttp_auth *a = xcalloc(1, sizeof(*a));

	a->kind = AUTH_BEARER;
	a->refs = 1;
	chttp_auth_bearer_set(a, token);
	return a;
}

void
chttp_auth_sigv4_set(struct chttp_auth *a, const char *key_id,
    const char *secret, const char *session_token)
{
	clear(&a->key_id);
	clear(&a->secret);
	clear(&a->token);
	a->key_id = xstrdup(key_id ? key_id : "");
	a->secret = secret_dup(secret);
	a->token = secret_dup(session_token);
}

void
chttp_auth_bearer_set(struct chttp_auth *a, const char *token)
{
	clear(&a->token);
	a->token = secret_dup(token);
}

struct chttp_auth *
chttp_auth_ref(struct chttp_auth *a)
{
	a->refs++;
	return a;
}

void
chttp_auth_free(struct chttp_auth *a)
{
	if (a == NULL || --a->refs > 0)
		return;
	clear(&a->key_id);
	clear(&a->secret);
	clear(&a->token);
	free(a);
}

int
chttp_auth_apply(struct chttp_auth *a, CURL *easy,
    struct curl_slist **headers, const char *region, const char *service,
    struct buf *err)
{
	struct buf b = BUF_INIT;

	if (a->kind == AUTH_BEARER) {
		if (a->token == NULL) {
			buf_puts(err, "no bearer token");
			return -1;
		}
		buf_printf(&b, "Authorization: Bearer %s", a->token);
		*headers = curl_slist_append(*headers, b.data);
		explicit_bzero(b.data, b.len);
		buf_free(&b);
		return 0;
	}
	if (region == NULL || *region == '\0' || service == NULL ||
	    *service == '\0') {
		buf_puts(err, "SigV4 needs the call's region and service");
		return -1;
	}
	if (a->secret == NULL || *a->key_id == '\0') {
		buf_puts(err, "no AWS access key");
		return -1;
	}
	buf_printf(&b, "aws:amz:%s:%s", region, service);
	curl_easy_setopt(easy, CURLOPT_AWS_SIGV4, b.data);
	buf_free(&b);
	curl_easy_setopt(easy, CURLOPT_USERNAME, a->key_id);
	curl_easy_setopt(easy, CURLOPT_PASSWORD, a->secret);
	if (a->token != NULL) {
		buf_printf(&b, "X-Amz-Security-Token: %s", a->token);
		*headers = curl_slist_append(*headers, b.data);
		explicit_bzero(b.data, b.len);
		buf_free(&b);
	}
	return 0;
}

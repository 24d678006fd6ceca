/* jwt: see jwt.h. */
#include "protocol/jwt.h"
#include "protocol/b64.h"
#include "common/buf.h"
#include "common/log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <unistd.h>

#define JWT_ROUNDS	100000
#define JWT_KEY_LEN	32

struct jwt_key {
	unsigned char	 key[JWT_KEY_LEN];
	struct buf	 hdr;	/* base64url of the JOSE header, with the salt */
};

static int
derive(const char *psk, const unsigned char *salt, size_t saltlen,
    unsigned char key[JWT_KEY_LEN])
{
	return PKCS5_PBKDF2_HMAC(psk, (int)strlen(psk), salt, (int)saltlen,
	    JWT_ROUNDS, EVP_sha256(), JWT_KEY_LEN, key) == 1 ? 0 : -1;
}

/* base64url({"alg":"HS256","salt":"<std base64>","typ":"JWT"}) */
static void
header64(struct buf *out, const unsigned char salt[JWT_SALT_LEN])
{
	struct buf s = BUF_INIT, h = BUF_INIT;

	b64_encode(&s, salt, JWT_SALT_LEN, B64_STD);
	buf_printf(&h, "{\"alg\":\"HS256\",\"salt\":\"%s\",\"typ\":\"JWT\"}",
	    s.data);
	b64_encode(out, h.data, h.len, B64_URL);
	buf_free(&s);
	buf_free(&h);
}

/* out += hdr64 "." b64url(claims) "." b64url(HMAC-SHA256(key, first two)) */
static void
sign(const unsigned char key[JWT_KEY_LEN], const struct buf *hdr64,
    const char *claims, struct buf *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	size_t start = out->len;

	buf_add(out, hdr64->data, hdr64->len);
	buf_putc(out, '.');
	b64_encode(out, claims, strlen(claims), B64_URL);
	if (HMAC(EVP_sha256(), key, JWT_KEY_LEN,
	    (unsigned char *)out->data + start, out->len - start,
	    md, &mdlen) == NULL)
		fatalx("jwt: HMAC-SHA256 failed");
	buf_putc(out, '.');
	b64_encode(out, md, mdlen, B64_URL);
	OPENSSL_cleanse(md, sizeof(md));
}

struct jwt_key *
jwt_key_new(const char *psk)
{
	struct jwt_key *k;
	unsigned char salt[JWT_SALT_LEN];

	if (psk == NULL || *psk == '\0')
		return NULL;
	log_secret(psk);
	if (getentropy(salt, sizeof(salt)) != 0)
		fatalx("jwt: no random bytes for the salt");
	k = xcalloc(1, sizeof(*k));
	if (derive(psk, salt, sizeof(salt), k->key) == -1)
		fatalx("jwt: PBKDF2 key derivation failed");
	header64(&k->hdr, salt);
	return k;
}

char *
jwt_token(struct jwt_key *k, time_t now)
{
	struct buf t = BUF_INIT;
	char claims[64];

	snprintf(claims, sizeof(claims), "{\"exp\":%lld}",
	    (long long)now + JWT_LIFETIME_S);
	sign(k->key, &k->hdr, claims, &t);
	return buf_take(&t);
}

void
jwt_key_free(struct jwt_key *k)
{
	if (k == NULL)
		return;
	OPENSSL_cleanse(k->key, sizeof(k->key));
	buf_free(&k->hdr);
	free(k);
}

int
jwt_encode(const char *psk, const unsigned char salt[JWT_SALT_LEN],
    const char *claims_json, struct buf *out)
{
	unsigned char key[JWT_KEY_LEN];
	struct buf hdr = BUF_INIT;

	if (derive(psk, salt, JWT_SALT_LEN, key) == -1)
		return -1;
	header64(&hdr, salt);
	sign(key, &hdr, claims_json, out);
	OPENSSL_cleanse(key, sizeof(key));
	buf_free(&hdr);
	return 0;
}

/* Decode a base64url segment holding a JSON object. */
static json_object *
segment_json(const char *s, size_t len)
{
	struct buf raw = BUF_INIT;
	json_tokener *tok;
	json_object *o = NULL;

	if (b64_decode(&raw, s, len, B64_URL) == 0 && raw.len > 0) {
		tok = json_tokener_new();
		o = json_tokener_parse_ex(tok, raw.data, (int)raw.len);
		if (o != NULL && (json_tokener_get_error(tok) !=
		    json_tokener_success ||
		    json_tokener_get_parse_end(tok) != raw.len ||
		    !json_object_is_type(o, json_type_object))) {
			json_object_put(o);
			o = NULL;
		}
		json_tokener_free(tok);
	}
	buf_free(&raw);
	return o;
}

int
jwt_verify(const char *psk, const char *token, time_t now,
    json_object **claims, char *err, size_t errlen)
{
	const char *d1, *d2, *alg, *salt64;
	json_object *hdr = NULL, *pl = NULL, *v;
	struct buf salt = BUF_INIT, sig = BUF_INIT;
	unsigned char key[JWT_KEY_LEN], md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	int rc = -1;

	if (claims != NULL)
		*claims = NULL;
	if (psk == NULL || *psk == '\0') {
		snprintf(err, errlen, "no PSK to verify the token with");
		return -1;
	}
	if (token == NULL || (d1 = strchr(token, '.')) == NULL ||
	    (d2 = strchr(d1 + 1, '.')) == NULL || strchr(d2 + 1, '.') != NULL) {
		snprintf(err, errlen, "malformed token: not three segments");
		return -1;
	}
	if ((hdr = segment_json(token, (size_t)(d1 - token))) == NULL) {
		snprintf(err, errlen,
		    "malformed token: header is not base64url JSON");
		goto out;
	}
	if (!json_object_object_get_ex(hdr, "alg", &v) ||
	    (alg = json_object_get_string(v)) == NULL ||
	    strcmp(alg, "HS256") != 0) {
		snprintf(err, errlen, "malformed token: alg is not HS256");
		goto out;
	}
	if (!json_object_object_get_ex(hdr, "salt", &v) ||
	    !json_object_is_type(v, json_type_string)) {
		snprintf(err, errlen, "malformed token: no salt in the header");
		goto out;
	}
	salt64 = json_object_get_string(v);
	if (b64_decode(&salt, salt64, strlen(salt64), B64_STD) == -1 ||
	    salt.len == 0) {
		snprintf(err, errlen, "malformed token: salt is not base64");
		goto out;
	}
	if ((pl = segment_json(d1 + 1, (size_t)(d2 - d1 - 1))) == NULL) {
		snprintf(err, errlen,
		    "malformed token: payload is not base64url JSON");
		goto out;
	}
	if (b64_decode(&sig, d2 + 1, strlen(d2 + 1), B64_URL) == -1) {
		snprintf(err, errlen,
		    "malformed token: signature is not base64url");
		goto out;
	}
	if (derive(psk, (unsigned char *)salt.data, salt.len, key) == -1) {
		snprintf(err, errlen, "PBKDF2 key derivation failed");
		goto out;
	}
	if (HMAC(EVP_sha256(), key, JWT_KEY_LEN, (const unsigned char *)token,
	    (size_t)(d2 - token), md, &mdlen) == NULL) {
		snprintf(err, errlen, "HMAC-SHA256 failed");
		goto out;
	}
	if (sig.len != mdlen || CRYPTO_memcmp(sig.data, md, mdlen) != 0) {
		snprintf(err, errlen, "bad signature (wrong PSK?)");
		goto out;
	}
	if (json_object_object_get_ex(pl, "exp", &v)) {
		if (!json_object_is_type(v, json_type_int) &&
		    !json_object_is_type(v, json_type_double)) {
			snprintf(err, errlen,
			    "malformed token: exp is not a number");
			goto out;
		}
		if (json_object_get_double(v) <= (double)now) {
			snprintf(err, errlen, "token expired");
			goto out;
		}
	}
	if (claims != NULL) {
		*claims = pl;
		pl = NULL;
	}
	rc = 0;
 out:
	OPENSSL_cleanse(key, sizeof(key));
	json_object_put(hdr);
	json_object_put(pl);
	buf_free(&salt);
	buf_free(&sig);
	return rc;
}

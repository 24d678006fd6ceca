/* Unit tests of base64 (src/protocol/b64.c) and the PSK JWTs
 * (src/protocol/jwt.c) against the vectors of core-protocol.md 2.2. */
#include "t.h"
#include "common/buf.h"
#include "protocol/b64.h"
#include "protocol/jwt.h"

#include <stdlib.h>

static const unsigned char salt[JWT_SALT_LEN] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
};

#define VEC_HDR "eyJhbGciOiJIUzI1NiIsInNhbHQiOiJBQUVDQXdRRkJnY0lDUW9MREEwT0R3PT0iLCJ0eXAiOiJKV1QifQ"
#define VEC1 VEC_HDR ".eyJleHAiOjE3MDAwMDAzMDB9.VL6HrBhkxf1ZzN4SuQzabYm46wHwpH5JbvXd4JCS_Wg"
#define VEC2 VEC_HDR ".eyJzaGEyNTZfZmluZ2VycHJpbnQiOiJBQjpDRCIsImV4cCI6MTcwMDAwMDMwMH0.n73pUrgTPs408PQxaiA9GWbkZ6pp8IIuRHAGoBOQRTo"

static void
test_b64(void)
{
	struct buf b = BUF_INIT;
	static const struct { const char *in, *std, *url; } v[] = {
		{ "", "", "" },
		{ "f", "Zg==", "Zg" },
		{ "fo", "Zm8=", "Zm8" },
		{ "foo", "Zm9v", "Zm9v" },
		{ "foob", "Zm9vYg==", "Zm9vYg" },
		{ "\xfb\xff\xfe", "+//+", "-__-" },
	};
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		buf_reset(&b);
		b64_encode(&b, v[i].in, strlen(v[i].in), B64_STD);
		CHECK_STR(buf_str(&b), v[i].std);
		buf_reset(&b);
		b64_encode(&b, v[i].in, strlen(v[i].in), B64_URL);
		CHECK_STR(buf_str(&b), v[i].url);
		buf_reset(&b);
		CHECK_INT(b64_decode(&b, v[i].std, strlen(v[i].std), B64_STD), 0);
		CHECK_STR(buf_str(&b), v[i].in);
		buf_reset(&b);
		CHECK_INT(b64_decode(&b, v[i].url, strlen(v[i].url), B64_URL), 0);
		CHECK_STR(buf_str(&b), v[i].in);
	}
	buf_reset(&b);
	CHECK_INT(b64_decode(&b, "Zg=", 3, B64_STD), -1);	/* short padding */
	CHECK_INT(b64_decode(&b, "Z===", 4, B64_STD), -1);
	CHECK_INT(b64_decode(&b, "Zm9v=", 5, B64_STD), -1);
	CHECK_INT(b64_decode(&b, "Zh", 2, B64_URL), -1);	/* trailing bits */
	CHECK_INT(b64_decode(&b, "Z", 1, B64_URL), -1);
	CHECK_INT(b64_decode(&b, "-__-", 4, B64_STD), -1);	/* wrong alphabet */
	CHECK_INT(b64_decode(&b, "+//+", 4, B64_URL), -1);
	CHECK_INT(b64_decode(&b, "Zm 9", 4, B64_URL), -1);
	buf_free(&b);
}

static void
test_vectors(void)
{
	struct buf t = BUF_INIT;

	CHECK_INT(jwt_encode("changeme", salt, "{\"exp\":1700000300}", &t), 0);
	CHECK_STR(buf_str(&t), VEC1);
	buf_reset(&t);
	CHECK_INT(jwt_encode("changeme", salt,
	    "{\"sha256_fingerprint\":\"AB:CD\",\"exp\":1700000300}", &t), 0);
	CHECK_STR(buf_str(&t), VEC2);
	buf_free(&t);
}

static void
test_verify(void)
{
	json_object *c = NULL, *v;
	char err[256], *tok, *bad;
	struct jwt_key *k;

	/* the core's /ca/cert token */
	CHECK_INT(jwt_verify("changeme", VEC2, 1700000000, &c, err, sizeof(err)), 0);
	CHECK(c != NULL && json_object_object_get_ex(c, "sha256_fingerprint", &v));
	if (c != NULL && json_object_object_get_ex(c, "sha256_fingerprint", &v))
		CHECK_STR(json_object_get_string(v), "AB:CD");
	json_object_put(c);
	CHECK_INT(jwt_verify("changeme", VEC1, 1700000299, NULL, err, sizeof(err)), 0);

	/* wrong PSK */
	CHECK_INT(jwt_verify("changemf", VEC1, 1700000000, &c, err, sizeof(err)), -1);
	CHECK_STR(err, "bad signature (wrong PSK?)");
	CHECK(c == NULL);
	/* expired: exp == now is expired (no leeway) */
	CHECK_INT(jwt_verify("changeme", VEC1, 1700000300, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "token expired");
	/* tampered payload: a signature for another payload */
	CHECK_INT(jwt_verify("changeme", VEC_HDR ".eyJleHAiOjE3MDAwMDAzMDF9."
	    "VL6HrBhkxf1ZzN4SuQzabYm46wHwpH5JbvXd4JCS_Wg", 1700000000, NULL,
	    err, sizeof(err)), -1);
	CHECK_STR(err, "bad signature (wrong PSK?)");
	/* malformed */
	CHECK_INT(jwt_verify("changeme", "abc.def", 0, NULL, err, sizeof(err)), -1);
	CHECK(strncmp(err, "malformed token: ", 17) == 0);
	CHECK_INT(jwt_verify("changeme", "a.b.c.d", 0, NULL, err, sizeof(err)), -1);
	CHECK(strncmp(err, "malformed token: ", 17) == 0);
	CHECK_INT(jwt_verify("changeme", "!!!.e30.AAAA", 0, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "malformed token: header is not base64url JSON");
	/* {"alg":"RS256","salt":"AAAA"} */
	CHECK_INT(jwt_verify("changeme", "eyJhbGciOiJSUzI1NiIsInNhbHQiOiJBQUFBIn0.e30.AAAA",
	    0, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "malformed token: alg is not HS256");
	/* {"alg":"HS256"} */
	CHECK_INT(jwt_verify("changeme", "eyJhbGciOiJIUzI1NiJ9.e30.AAAA",
	    0, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "malformed token: no salt in the header");
	CHECK_INT(jwt_verify("changeme", VEC_HDR ".e30.***", 0, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "malformed token: signature is not base64url");
	CHECK_INT(jwt_verify("changeme", VEC_HDR ".WzFd.AAAA", 0, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "malformed token: payload is not base64url JSON");

	/* our own tokens: derived once, salt reused, verifiable, exp = now+300 */
	k = jwt_key_new("s3cret-psk");
	CHECK(k != NULL);
	tok = jwt_token(k, 1800000000);
	bad = jwt_token(k, 1800000001);
	CHECK(strncmp(tok, bad, strchr(tok, '.') - tok) == 0);	/* same header */
	CHECK_INT(jwt_verify("s3cret-psk", tok, 1800000299, &c, err, sizeof(err)), 0);
	CHECK(c != NULL && json_object_object_get_ex(c, "exp", &v) &&
	    json_object_get_int64(v) == 1800000300);
	json_object_put(c);
	CHECK_INT(jwt_verify("s3cret-psk", tok, 1800000300, NULL, err, sizeof(err)), -1);
	CHECK_INT(jwt_verify("other", tok, 1800000000, NULL, err, sizeof(err)), -1);
	free(tok);
	free(bad);
	jwt_key_free(k);
	CHECK(jwt_key_new("") == NULL);
	CHECK(jwt_key_new(NULL) == NULL);
}

int
main(void)
{
	test_b64();
	test_vectors();
	test_verify();
	return t_done();
}

/* t_tlsboot: the checks of the core's CA download (core-protocol 3.1):
 * fingerprint, PSK token, refusals. The certificate and its fingerprint
 * were made with the openssl command line (openssl x509 -fingerprint
 * -sha256), so the C fingerprint is checked against an independent tool. */
#include "common/buf.h"
#include "common/log.h"
#include "protocol/jwt.h"
#include "supervisor/tlsboot.h"
#include "t.h"

#include <stdlib.h>
#include <string.h>

static const char ca_pem[] =
	"-----BEGIN CERTIFICATE-----\n"
	"MIIBjjCCATWgAwIBAgIUFStpVyXIpy9sf52oR5cOmblDVYUwCgYIKoZIzj0EAwIw\n"
	"HDEaMBgGA1UEAwwRdF90bHNib290IHRlc3QgQ0EwIBcNMjYxMTI1MDczODQzWhgP\n"
	"MjEyNjExMDEwNzM4NDNaMBwxGjAYBgNVBAMMEXRfdGxzYm9vdCB0ZXN0IENBMFkw\n"
	"EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEg8BBwp9v3Wy34hu12gdZF17MSwGhdaJv\n"
	"drkPYb8qLe3K6F46Uy+MvPQSSybkGQJc+O8Kh9fubbqUPlvGpaX2IKNTMFEwHQYD\n"
	"VR0OBBYEFELorNeF8ZG59ywS19YBMzRRVehcMB8GA1UdIwQYMBaAFELorNeF8ZG5\n"
	"9ywS19YBMzRRVehcMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIg\n"
	"YAlDrFUzKwmmDfahUxbWS/ZVLRz4ZhtyszPSZA2VW9QCIGpdxiS3frulwSJZDsvV\n"
	"qMLrErz7Keg1qgmwVJS2bFOd\n"
	"-----END CERTIFICATE-----\n";
static const char ca_fp[] = "7D:8F:AF:7F:A6:19:36:20:74:D3:69:20:D0:DB:23:38:"
	"8F:3B:D2:54:CB:2C:0E:8B:5C:DF:C6:80:8A:67:59:15";
static const unsigned char salt[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
	12, 13, 14, 15, 16 };
static const time_t now = 1700000000;

static char err[512];

/* "Bearer <token>" for claims signed with psk. */
static char *
bearer(const char *scheme, const char *psk, const char *claims)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s ", scheme);
	CHECK(jwt_encode(psk, salt, claims, &b) == 0);
	return buf_take(&b);
}

static char *
claims_fp(const char *fp, long long exp)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "{\"sha256_fingerprint\":\"%s\",\"exp\":%lld}", fp, exp);
	return buf_take(&b);
}

static int
verify(const char *pem, const char *auth, const char *psk, char **out)
{
	*out = NULL;
	err[0] = '\0';
	return tlsboot_verify(pem, strlen(pem), auth, psk, now, out, err,
	    sizeof(err));
}

static void
t_fingerprint(void)
{
	char fp[TLSBOOT_FP_LEN];

	CHECK_INT(tlsboot_fingerprint(ca_pem, strlen(ca_pem), fp, err,
	    sizeof(err)), 0);
	CHECK_STR(fp, ca_fp);
	CHECK_INT(strlen(fp), TLSBOOT_FP_LEN - 1);
	CHECK_INT(tlsboot_fingerprint("junk", 4, fp, err, sizeof(err)), -1);
	CHECK_STR(err, "not a PEM certificate");
}

static void
t_verify(void)
{
	char *auth, *claims, *out, *two;
	struct buf b = BUF_INIT;

	/* the good case, and the re-encoded certificate is the same one */
	claims = claims_fp(ca_fp, now + 300);
	auth = bearer("Bearer", "changeme", claims);
	CHECK_INT(verify(ca_pem, auth, "changeme", &out), 0);
	CHECK(out != NULL && strcmp(out, ca_pem) == 0);
	free(out);
	free(auth);
	/* the scheme is case-insensitive */
	auth = bearer("bearer", "changeme", claims);
	CHECK_INT(verify(ca_pem, auth, "changeme", &out), 0);
	free(out);
	free(auth);

	/* without a PSK the CA is taken as it is */
	CHECK_INT(verify(ca_pem, NULL, NULL, &out), 0);
	CHECK(out != NULL);
	free(out);
	CHECK_INT(verify(ca_pem, NULL, "", &out), 0);
	free(out);

	/* with a PSK: no token */
	CHECK_INT(verify(ca_pem, NULL, "changeme", &out), -1);
	CHECK(out == NULL);
	CHECK(strstr(err, "without an Authorization header (core started "
	    "without a PSK?)") != NULL);
	/* signed with another PSK */
	auth = bearer("Bearer", "not-changeme", claims);
	CHECK_INT(verify(ca_pem, auth, "changeme", &out), -1);
	CHECK(strstr(err, "does not verify with our PSK (wrong PSK") != NULL);
	free(auth);
	free(claims);
	/* expired */
	claims = claims_fp(ca_fp, now - 1);
	auth = bearer("Bearer", "changeme", claims);
	CHECK_INT(verify(ca_pem, auth, "changeme", &out), -1);
	CHECK(strstr(err, "does not verify with our PSK") != NULL);
	CHECK(strstr(err, "expired") != NULL);
	free(auth);
	free(claims);
	/* another certificate's fingerprint */
	claims = claims_fp("00:11:22", now + 300);
	auth = bearer("Bearer", "changeme", claims);
	CHECK_INT(verify(ca_pem, auth, "changeme", &out), -1);
	CHECK(strstr(err, "MITM attack?") != NULL);
	CHECK(strstr(err, ca_fp) != NULL);
	free(auth);
	free(claims);
	/* no claim */
	auth = bearer("Bearer", "changeme", "{\"exp\":1700000300}");
	CHECK_INT(verify(ca_pem, auth, "changeme", &out), -1);
	CHECK(strstr(err, "no sha256_fingerprint claim") != NULL);
	free(auth);
	/* not a bearer token */
	CHECK_INT(verify(ca_pem, "Basic abc", "changeme", &out), -1);
	CHECK(strstr(err, "not \"Bearer <token>\"") != NULL);
	CHECK_INT(verify(ca_pem, "Bearer x.y.z", "changeme", &out), -1);
	CHECK(strstr(err, "does not verify with our PSK") != NULL);

	/* the download itself */
	CHECK_INT(verify("hello", NULL, NULL, &out), -1);
	CHECK(strstr(err, "the core's CA download is unusable: not a PEM "
	    "certificate") != NULL);
	buf_printf(&b, "%s%s", ca_pem, ca_pem);
	two = buf_take(&b);
	CHECK_INT(verify(two, NULL, NULL, &out), -1);
	CHECK(strstr(err, "more than one certificate") != NULL);
	CHECK(out == NULL);
	free(two);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	t_fingerprint();
	t_verify();
	return t_done();
}

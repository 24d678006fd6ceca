/*
 * onelogin/kinds: the OneLogin collector's kinds as Resoto 3.6.5's
 * resoto_plugin_onelogin declares them (collectors.md 4.4), and the table
 * of a user: the fields of GET /api/1/users (the OneLogin SDK's User
 * object: "status" is status_code, "role_id" role_ids), id = the user id
 * as a string, name = the username, ctime/atime/mtime = created_at,
 * last_login, updated_at. password_age (now - password_changed_at) is
 * computed by the collect into "_password_age".
 */
#include "collector/onelogin/onelogin.h"
#include "collector/kind.h"

#include <stdio.h>

#define OL	"resoto_plugin_onelogin."
#define S	"string"
#define I	"int64"
#define DT	"datetime"
#define P(n, k, t, s)	{ .name = n, .kind = k, .type = t, .src = s }
#define PS(n)		P(n, S, PT_STRING, n)
#define PI(n)		P(n, I, PT_INT, n)
#define PT(n)		P(n, DT, PT_DATETIME, n)

const struct kind kind_onelogin_resource = { "onelogin_resource",
	OL "OneLoginResource", NULL, NULL, 0, NULL, NULL, NULL, 0 };
const struct kind kind_onelogin_account = { "onelogin_account",
	OL "OneLoginAccount", KIND_BASES(&kind_onelogin_resource,
	&kind_account), NULL, 0, NULL, NULL, NULL, 0 };
const struct kind kind_onelogin_region = { "onelogin_region",
	OL "OneLoginRegion", KIND_BASES(&kind_onelogin_resource,
	&kind_region), NULL, 0, NULL, NULL, NULL, 0 };

static const struct kprop p_user[] = {
	P("user_id", I, PT_INT, "id"),
	PS("external_id"),
	PS("email"),
	PS("username"),
	PS("firstname"),
	PS("lastname"),
	PS("distinguished_name"),
	PS("phone"),
	PS("company"),
	PS("department"),
	PS("title"),
	P("status_code", I, PT_INT, "status"),
	PS("member_of"),
	PS("samaccountname"),
	PS("userprincipalname"),
	PI("group_id"),
	P("role_ids", "int64[]", PT_ILIST, "role_id"),
	P("custom_attributes", "dictionary[string, string]", PT_DICT,
	    "custom_attributes"),
	PS("openid_name"),
	PS("locale_code"),
	PS("comment"),
	PI("directory_id"),
	PI("manager_ad_id"),
	PI("trusted_idp_id"),
	PS("manager_user_id"),
	PT("activated_at"),
	PT("created_at"),
	PT("updated_at"),
	PT("password_changed_at"),
	PT("invitation_sent_at"),
	PI("invalid_login_attempts"),
	PT("last_login"),
	PT("locked_until"),
	PS("state"),
	P("password_age", "duration", PT_STRING, "_password_age"),
};
const struct kind kind_onelogin_user = { "onelogin_user", OL "OneLoginUser",
	KIND_BASES(&kind_onelogin_resource, &kind_user), KIND_PROPS(p_user),
	NULL, NULL, NULL, 0 };

const struct kind *const onelogin_kinds[] = {
	&kind_onelogin_resource, &kind_onelogin_account, &kind_onelogin_region,
	&kind_onelogin_user, NULL
};

/* the collect makes {"id": client id} and {"id": region} */
static const struct tmap m_id[] = { TM("id", "id"), TM_END };
const struct tkind onelogin_tk_account = { .kind = &kind_onelogin_account,
	.map = m_id };
const struct tkind onelogin_tk_region = { .kind = &kind_onelogin_region,
	.map = m_id };

static const struct tmap m_user[] = {
	TM("id", "id"),
	TM("name", "username"),
	TM("ctime", "created_at"),
	TM("atime", "last_login"),
	TM("mtime", "updated_at"),
	TM_END
};
const struct tkind onelogin_tk_user = { .kind = &kind_onelogin_user,
	.op = "users", .items = "data", .map = m_user };

void
onelogin_duration(long long secs, char *out, size_t len)
{
	static const struct {
		const char	*unit;
		long long	 factor;
	} units[] = {
		{ "yr", 365LL * 24 * 3600 }, { "mo", 31LL * 24 * 3600 },
		{ "d", 24 * 3600 }, { "h", 3600 }, { "min", 60 }, { "s", 1 },
	};
	size_t i, n = 0;
	long long k;

	out[0] = '\0';
	for (i = 0; i < sizeof(units) / sizeof(units[0]) && n < len; i++) {
		if (secs < units[i].factor)
			continue;
		k = secs / units[i].factor;
		secs -= k * units[i].factor;
		n += (size_t)snprintf(out + n, len - n, "%lld%s", k,
		    units[i].unit);
		if (secs < 1)
			break;
	}
	if (out[0] == '\0')
		snprintf(out, len, "0s");
}

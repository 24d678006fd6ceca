/* Unit tests of what the Slack and OneLogin collectors compute without
 * a service: Slack's pacing under its tiers (slack/pace.c), the
 * password_age duration as resotolib writes it (onelogin/kinds.c), the
 * URL of a method below a configured base (saas.c); and that both
 * answer deletes and tags "not supported", as the reference does. */
#include "t.h"
#include "collector/collector.h"
#include "collector/kind.h"
#include "collector/onelogin/onelogin.h"
#include "collector/saas.h"
#include "collector/slack/slack.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
test_pace(void)
{
	struct slack_pace p;
	long total = 0, t;
	int i;

	CHECK_INT(slack_tier("users.list"), 20);
	CHECK_INT(slack_tier("team.info"), 50);
	CHECK_INT(slack_tier("conversations.members"), 100);
	CHECK_INT(slack_tier("chat.unknown"), 20);

	/* 20 calls at once pass, the 21st waits for the first to be a
	 * minute old, the 22nd for the second */
	memset(&p, 0, sizeof(p));
	p.method = "users.list";
	p.limit = 20;
	for (i = 0; i < 20; i++)
		total += slack_pace(&p, 1000 + i);
	CHECK_INT(total, 0);
	CHECK_INT(slack_pace(&p, 2000), 59000);
	CHECK_INT(slack_pace(&p, 2000), 59001);
	/* later, spread out calls never wait */
	CHECK_INT(slack_pace(&p, 200000), 0);

	/* any 60 s window holds at most `limit` calls, however they come */
	memset(&p, 0, sizeof(p));
	p.limit = 5;
	{
		long at[40];

		for (i = 0, t = 0; i < 40; i++, t += 700) {
			at[i] = t + slack_pace(&p, t);
			if (i >= 5)
				CHECK(at[i] - at[i - 5] >= SLACK_PACE_WINDOW_MS);
			if (at[i] > t)
				t = at[i];
		}
	}
}

static void
test_duration(void)
{
	char s[64];

	onelogin_duration(0, s, sizeof(s));
	CHECK_STR(s, "0s");
	onelogin_duration(-5, s, sizeof(s));
	CHECK_STR(s, "0s");
	onelogin_duration(59, s, sizeof(s));
	CHECK_STR(s, "59s");
	onelogin_duration(3600, s, sizeof(s));
	CHECK_STR(s, "1h");
	onelogin_duration(90061, s, sizeof(s));
	CHECK_STR(s, "1d1h1min1s");
	/* a month is 31 days, a year 365 */
	onelogin_duration(365LL * 86400 + 31 * 86400 + 2 * 86400 + 5, s,
	    sizeof(s));
	CHECK_STR(s, "1yr1mo2d5s");
}

static void
test_url(void)
{
	char *u;

	u = saas_url("https://slack.com/api/", "users.list");
	CHECK_STR(u, "https://slack.com/api/users.list");
	free(u);
	u = saas_url("http://127.0.0.1:8080/api", "team.info");
	CHECK_STR(u, "http://127.0.0.1:8080/api/team.info");
	free(u);
	u = saas_url("https://api.us.onelogin.com", "/auth/oauth2/v2/token");
	CHECK_STR(u, "https://api.us.onelogin.com/auth/oauth2/v2/token");
	free(u);
}

static void
test_unsupported(void)
{
	static const char *const clouds[] = { "slack", "onelogin" };
	const struct kind *k[] = { &kind_slack_user, &kind_onelogin_user };
	const struct collector *c;
	json_object *node = json_tokener_parse("{\"id\": \"n\", \"reported\": "
	    "{\"id\": \"U1\", \"kind\": \"x\", \"tags\": {}}}");
	char err[256], want[128];
	size_t i;

	for (i = 0; i < 2; i++) {
		CHECK((c = collector_find(clouds[i])) != NULL);
		CHECK(c->delete(k[i], node, err, sizeof(err)) == -1);
		snprintf(want, sizeof(want), "%s: delete is not supported by "
		    "its collector (not deleted)", k[i]->fqn);
		CHECK_STR(err, want);
		CHECK(c->update_tag(k[i], node, "owner", "x", err,
		    sizeof(err)) == -1);
		snprintf(want, sizeof(want), "%s: tags are not supported by "
		    "its collector (tag owner not set)", k[i]->fqn);
		CHECK_STR(err, want);
		CHECK(c->delete_tag(k[i], node, "owner", err, sizeof(err)) == -1);
		CHECK(strstr(err, "tags are not supported") != NULL);
	}
	json_object_put(node);
}

int
main(void)
{
	test_unsupported();
	test_pace();
	test_duration();
	test_url();
	return t_done();
}

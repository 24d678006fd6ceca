/* slack/pace: Slack's rate-limit tiers, see slack.h. */
#include "collector/slack/slack.h"

#include <string.h>

/* Slack's documented tiers of the methods the collector calls: Tier 2
 * (20+ per minute), Tier 3 (50+), Tier 4 (100+). */
static const struct {
	const char	*method;
	int		 limit;
} tiers[] = {
	{ "team.info", 50 },
	{ "users.list", 20 },
	{ "usergroups.list", 20 },
	{ "conversations.list", 20 },
	{ "conversations.members", 100 },
};

int
slack_tier(const char *method)
{
	size_t i;

	for (i = 0; i < sizeof(tiers) / sizeof(tiers[0]); i++)
		if (strcmp(tiers[i].method, method) == 0)
			return tiers[i].limit;
	return 20;
}

long
slack_pace(struct slack_pace *p, long now)
{
	long wait = 0;
	int limit = p->limit;

	if (limit < 1 || limit > SLACK_PACE_MAX)
		limit = limit < 1 ? 1 : SLACK_PACE_MAX;
	/* the ring is full: the oldest of the last `limit` calls must be a
	 * window ago before another call */
	if (p->n == limit && p->at[p->next] + SLACK_PACE_WINDOW_MS > now)
		wait = p->at[p->next] + SLACK_PACE_WINDOW_MS - now;
	p->at[p->next] = now + wait;
	p->next = (p->next + 1) % limit;
	if (p->n < limit)
		p->n++;
	return wait;
}

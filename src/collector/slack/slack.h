/*
 * slack: the Slack collector (collectors.md 4.3), private to
 * src/collector/slack/. Owns the `slack` config section and the collect
 * of a workspace (slack.c), its kinds as data (kinds.c: the model and
 * the tables the generic engine src/collector/table.h walks), and the
 * pacing of the Web API's methods under Slack's rate-limit tiers
 * (pace.c).
 */
#ifndef RW_SLACK_H
#define RW_SLACK_H

#include "collector/table.h"

extern const struct kind kind_slack_resource, kind_slack_team,
    kind_slack_region, kind_slack_user, kind_slack_usergroup,
    kind_slack_conversation;
extern const struct kind *const slack_kinds[];	/* NULL-terminated */
extern const struct tkind slack_tk_team, slack_tk_region, slack_tk_user,
    slack_tk_usergroup, slack_tk_conversation;

/* Slack's rate limits: at most `limit` calls of a method per minute (its
 * tier: 1, 20, 50, 100). The calls of the last minute are remembered. */
#define SLACK_PACE_MAX		100
#define SLACK_PACE_WINDOW_MS	60000L
struct slack_pace {
	const char	*method;
	int		 limit;
	int		 n, next;		/* calls remembered, ring slot */
	long		 at[SLACK_PACE_MAX];	/* their times, ms */
};
/* The tier's limit of a Web API method (20 for one not listed). */
int	slack_tier(const char *method);
/* A call of p's method is to be made at now (ms, monotonic): how many ms
 * to wait first; the call is recorded at now + that wait. */
long	slack_pace(struct slack_pace *p, long now);

#endif

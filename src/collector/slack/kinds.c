/*
 * slack/kinds: the Slack collector's kinds as Resoto 3.6.5's
 * resoto_plugin_slack.resources declares them (collectors.md 4.3), each
 * property with its place in the Web API's answer (kprop.src), and the
 * tables that say how an answer item becomes a node: team.info's team,
 * users.list's members, usergroups.list's usergroups, conversations.list's
 * channels (with the members of conversations.members in "_members", as
 * the collect adds them).
 *
 * The reference's defaults where the answer lacks a member: false for the
 * is_* flags (x.get("is_admin", False)), "" for a conversation's topic and
 * purpose, [] for its lists, now for a time (fromtimestamp(x.get(k,
 * time.time()))), None otherwise.
 */
#include "collector/slack/slack.h"
#include "collector/kind.h"

#define RES	"resoto_plugin_slack.resources."
#define S	"string"
#define I	"int64"
#define B	"boolean"
#define L	"string[]"
#define P(n, k, t, s)	{ .name = n, .kind = k, .type = t, .src = s }
#define F(n)		P(n, B, PT_BOOL, n "|=false")	/* x.get(n, False) */
#define SUCC(k)		"{\"default\": [" k "], \"delete\": []}"

const struct kind kind_slack_resource = { "slack_resource", RES "SlackResource",
	NULL, NULL, 0, NULL, NULL, NULL, 0 };

static const struct kprop p_team[] = {
	P("domain", S, PT_STRING, "domain"),
	P("email_domain", S, PT_STRING, "email_domain"),
	P("icon", S, PT_STRING, "icon.image_original"),
};
const struct kind kind_slack_team = { "slack_team", RES "SlackTeam",
	KIND_BASES(&kind_slack_resource, &kind_account), KIND_PROPS(p_team),
	NULL, NULL, SUCC("\"slack_region\""), 0 };

const struct kind kind_slack_region = { "slack_region", RES "SlackRegion",
	KIND_BASES(&kind_slack_resource, &kind_region), NULL, 0, NULL, NULL,
	SUCC("\"slack_usergroup\", \"slack_user\", \"slack_conversation\""),
	0 };

static const struct kprop p_user[] = {
	P("real_name", S, PT_STRING, "real_name"),
	P("team_id", S, PT_STRING, "team_id"),
	P("deleted", B, PT_BOOL, "deleted"),
	P("color", S, PT_STRING, "color"),
	P("tz", S, PT_STRING, "tz"),
	P("tz_label", S, PT_STRING, "tz_label"),
	P("tz_offset", I, PT_INT, "tz_offset"),
	F("is_admin"),
	F("is_app_user"),
	F("is_bot"),
	F("is_owner"),
	F("is_primary_owner"),
	F("is_restricted"),
	F("is_ultra_restricted"),
	P("email", S, PT_STRING, "profile.email"),
	P("phone", S, PT_STRING, "profile.phone"),
	P("status_emoji", S, PT_STRING, "profile.status_emoji"),
	P("status_expiration", I, PT_INT, "profile.status_expiration"),
	P("status_text", S, PT_STRING, "profile.status_text"),
	P("status_text_canonical", S, PT_STRING,
	    "profile.status_text_canonical"),
	P("title", S, PT_STRING, "profile.title"),
	P("guest_invited_by", S, PT_STRING, "profile.guest_invited_by"),
	P("first_name", S, PT_STRING, "profile.first_name"),
	P("last_name", S, PT_STRING, "profile.last_name"),
	P("skype", S, PT_STRING, "profile.skype"),
	P("display_name", S, PT_STRING, "profile.display_name"),
	P("display_name_normalized", S, PT_STRING,
	    "profile.display_name_normalized"),
	P("image_24", S, PT_STRING, "profile.image_24"),
	P("image_32", S, PT_STRING, "profile.image_32"),
	P("image_48", S, PT_STRING, "profile.image_48"),
	P("image_72", S, PT_STRING, "profile.image_72"),
	P("image_192", S, PT_STRING, "profile.image_192"),
	P("image_512", S, PT_STRING, "profile.image_512"),
	P("real_name_normalized", S, PT_STRING, "profile.real_name_normalized"),
};
const struct kind kind_slack_user = { "slack_user", RES "SlackUser",
	KIND_BASES(&kind_slack_resource, &kind_user), KIND_PROPS(p_user),
	NULL, NULL, NULL, 0 };

static const struct kprop p_usergroup[] = {
	F("auto_provision"),
	P("auto_type", S, PT_STRING, "auto_type"),
	P("created_by", S, PT_STRING, "created_by"),
	P("description", S, PT_STRING, "description"),
	P("enterprise_subteam_id", S, PT_STRING, "enterprise_subteam_id"),
	P("handle", S, PT_STRING, "handle"),
	F("is_external"),
	F("is_subteam"),
	F("is_usergroup"),
	P("team_id", S, PT_STRING, "team_id"),
	P("updated_by", S, PT_STRING, "updated_by"),
	P("user_count", I, PT_INT, "user_count"),
};
const struct kind kind_slack_usergroup = { "slack_usergroup",
	RES "SlackUsergroup", KIND_BASES(&kind_slack_resource, &kind_group),
	KIND_PROPS(p_usergroup), NULL, NULL, SUCC("\"slack_user\""), 0 };

static const struct kprop p_conversation[] = {
	P("creator", S, PT_STRING, "creator"),
	F("is_archived"),
	F("is_channel"),
	F("is_ext_shared"),
	F("is_general"),
	F("is_group"),
	F("is_im"),
	F("is_member"),
	F("is_mpim"),
	F("is_org_shared"),
	F("is_pending_ext_shared"),
	F("is_private"),
	F("is_shared"),
	P("name_normalized", S, PT_STRING, "name_normalized"),
	P("num_members", I, PT_INT, "num_members"),
	P("parent_conversation", S, PT_STRING, "parent_conversation"),
	P("pending_connected_team_ids", L, PT_LIST,
	    "pending_connected_team_ids|="),
	P("pending_shared", L, PT_LIST, "pending_shared|="),
	P("previous_names", L, PT_LIST, "previous_names|="),
	P("shared_team_ids", L, PT_LIST, "shared_team_ids|="),
	P("unlinked", I, PT_INT, "unlinked"),
	P("topic", S, PT_STRING, "topic.value|="),
	P("topic_creator", S, PT_STRING, "topic.creator"),
	P("topic_last_set", I, PT_INT, "topic.last_set"),
	P("purpose", S, PT_STRING, "purpose.value|="),
	P("purpose_creator", S, PT_STRING, "purpose.creator"),
	P("purpose_last_set", I, PT_INT, "purpose.last_set"),
};
const struct kind kind_slack_conversation = { "slack_conversation",
	RES "SlackConversation", KIND_BASES(&kind_slack_resource,
	&kind_resource), KIND_PROPS(p_conversation), NULL, NULL,
	SUCC("\"slack_user\""), 0 };

const struct kind *const slack_kinds[] = {
	&kind_slack_resource, &kind_slack_team, &kind_slack_region,
	&kind_slack_user, &kind_slack_usergroup, &kind_slack_conversation,
	NULL
};

/* ---- tables ------------------------------------------------------------ */

static const struct tmap m_team[] = { TM("id", "id"), TM("name", "name"),
	TM_END };
const struct tkind slack_tk_team = { .kind = &kind_slack_team,
	.op = "team.info", .map = m_team };

/* the collect makes {"id": "members"} and so on */
static const struct tmap m_region[] = { TM("id", "id"), TM_END };
const struct tkind slack_tk_region = { .kind = &kind_slack_region,
	.map = m_region };

/* name: the display name; ctime and mtime: "updated" */
static const struct tmap m_user[] = {
	TM("id", "id"),
	TM("name", "profile.display_name"),
	{ "ctime", "updated", NULL, TC_EPOCH_NOW },
	{ "mtime", "updated", NULL, TC_EPOCH_NOW },
	TM_END
};
const struct tkind slack_tk_user = { .kind = &kind_slack_user,
	.op = "users.list", .items = "members", .map = m_user };

static const struct tmap m_usergroup[] = {
	TM("id", "id"),
	TM("name", "name"),
	{ "ctime", "date_create", NULL, TC_EPOCH_NOW },
	{ "mtime", "date_update", NULL, TC_EPOCH_NOW },
	TM_END
};
/* group -> each of its users (the reference: any node of that id; only
 * users have such ids) */
static const struct tedge e_usergroup[] = {
	{ "users", &kind_slack_user, 0 },
	{ NULL, NULL, 0 }
};
const struct tkind slack_tk_usergroup = { .kind = &kind_slack_usergroup,
	.op = "usergroups.list", .params = "include_users=true&"
	"include_count=true&include_disabled=false", .items = "usergroups",
	.map = m_usergroup, .edges = e_usergroup };

static const struct tmap m_conversation[] = { TM("id", "id"),
	TM("name", "name"), TM_END };
/* conversation -> each member (conversations.members) */
static const struct tedge e_conversation[] = {
	{ "_members", &kind_slack_user, 0 },
	{ NULL, NULL, 0 }
};
const struct tkind slack_tk_conversation = {
	.kind = &kind_slack_conversation, .op = "conversations.list",
	.params = "types=public_channel,private_channel&limit=100",
	.items = "channels", .map = m_conversation, .edges = e_conversation };

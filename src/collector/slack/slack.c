/*
 * slack: the Slack collector's struct collector, its `slack` section (the
 * reference's SlackConfig plus the API's base URL) and the collect of
 * the workspace its bot token belongs to (collectors.md 4.3): team.info,
 * users.list, usergroups.list, conversations.list, then
 * conversations.members per conversation, one call at a time, every
 * method paced under its tier's limit per minute (pace.c); a 429 is
 * waited out as its Retry-After says (the HTTP layer).
 *
 * A listing that fails (ok:false, a malformed page, a cursor that does
 * not end) is reported with the team and the method and the rest is
 * collected; team.info failing, or any method refusing the token
 * (invalid_auth, token_revoked, ...), fails the workspace: no more calls,
 * nothing delivered. Deletes and tags are not supported, as in the
 * reference.
 */
#include "collector/collector.h"
#include "collector/graph.h"
#include "collector/jw.h"
#include "collector/saas.h"
#include "collector/slack/slack.h"
#include "collector/http/chttp.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/jget.h"
#include "common/log.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEFAULT_BASE	"https://slack.com/api/"
#define EMPTY_PAGES	10	/* in a row with a cursor: it never ends */

static const struct cfg_key slack_keys[] = {
	{ "bot_token", CFG_STRING, NULL, CFG_NULLABLE | CFG_SECRET,
	    "Bot token" },
	{ "include_archived", CFG_BOOL, "false", 0,
	    "Include archived channels" },
	{ "do_not_verify_ssl", CFG_BOOL, "false", 0,
	    "Do not verify the Slack API server TLS certificate" },
	{ "api_base_url", CFG_STRING, "\"" DEFAULT_BASE "\"", 0,
	    "Base URL of the Slack Web API (the methods are appended)" },
	{ NULL, CFG_STRING, NULL, 0, NULL }
};

static const struct cfg_section slack_section = {
	"slack", slack_keys, "The Slack collector"
};

/* One workspace's session. */
struct slack {
	struct chttp		*http;
	struct chttp_auth	*auth;
	const char		*base;
	const char		*team;		/* for messages */
	struct slack_pace	 pace[8];
	int			 errors;
	char			 refused[256];	/* the token was refused: why */
};

/* One listing: a method's pages, each item given to fn. */
struct listing {
	struct slack		*s;
	const char		*method, *params, *items;
	const char		*what;		/* "conversation C1: ", or "" */
	struct buf		 url;
	int			 empty;		/* pages in a row without items */
	int			 (*fn)(struct listing *, json_object *item);
	void			*arg;
};

static int
flag(json_object *config, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(config, key, &v) &&
	    json_object_get_boolean(v);
}

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* waits until another call of method keeps within its tier */
static void
pace(struct slack *s, const char *method)
{
	struct slack_pace *p;
	struct timespec ts;
	long wait;
	size_t i;

	for (i = 0; i < sizeof(s->pace) / sizeof(s->pace[0]); i++) {
		p = &s->pace[i];
		if (p->method == NULL) {
			p->method = method;
			p->limit = slack_tier(method);
		}
		if (strcmp(p->method, method) == 0)
			break;
	}
	if (i == sizeof(s->pace) / sizeof(s->pace[0]))
		fatalx("slack: more methods than pacers");
	if ((wait = slack_pace(p, now_ms())) <= 0)
		return;
	log_info("slack team %s: %s: waiting %ld ms to stay within its "
	    "limit of %d calls a minute", s->team, method, wait, p->limit);
	ts.tv_sec = wait / 1000;
	ts.tv_nsec = (wait % 1000) * 1000000L;
	while (nanosleep(&ts, &ts) == -1)
		;
}

static void
call_of(struct slack *s, struct chttp_call *c, const char *method,
    const char *url)
{
	memset(c, 0, sizeof(*c));
	c->url = url;
	c->service = "slack";
	c->operation = method;
	c->auth = s->auth;
}

/* the error of an answer with "ok": false (NULL: it is ok) */
static const char *
not_ok(json_object *o)
{
	json_object *v;

	if (json_object_object_get_ex(o, "ok", &v) &&
	    json_object_is_type(v, json_type_boolean) &&
	    json_object_get_boolean(v))
		return NULL;
	return jget_str(o, "error") ? jget_str(o, "error") :
	    "the answer is not ok and names no error";
}

/* Slack's errors that mean the token is no good (any method): the
 * workspace cannot be collected, and a graph without its listings must
 * not replace the one the core has. */
static int
auth_error(const char *e)
{
	static const char *const codes[] = { "not_authed", "invalid_auth",
	    "token_revoked", "token_expired", "account_inactive",
	    "org_login_required", "ekm_access_denied", NULL };
	const char *const *c;

	for (c = codes; *c; c++)
		if (strcmp(*c, e) == 0)
			return 1;
	return 0;
}

/* One synchronous call without paging (team.info): the answer, or NULL
 * with what went wrong in err. */
static json_object *
slack_call(struct slack *s, const char *method, struct buf *err)
{
	struct chttp_call c;
	json_object *o;
	char *url = saas_url(s->base, method);
	const char *e;

	pace(s, method);
	call_of(s, &c, method, url);
	o = chttp_json_sync(s->http, &c, NULL, err);
	free(url);
	if (o != NULL && (e = not_ok(o)) != NULL) {
		buf_printf(err, "slack %s: %s", method, e);
		json_object_put(o);
		return NULL;
	}
	return o;
}

static int
page_make(struct chttp_call *c, const char *token, void *arg)
{
	struct listing *l = arg;
	char *url = saas_url(l->s->base, l->method), *enc;

	buf_reset(&l->url);
	buf_puts(&l->url, url);
	free(url);
	if (l->params)
		buf_printf(&l->url, "?%s", l->params);
	if (token != NULL) {
		if ((enc = curl_easy_escape(NULL, token, 0)) == NULL)
			fatalx("slack: out of memory");
		buf_printf(&l->url, "%ccursor=%s", l->params ? '&' : '?',
		    enc);
		curl_free(enc);
	}
	pace(l->s, l->method);
	call_of(l->s, c, l->method, buf_str(&l->url));
	return 0;
}

static int
page_read(const struct chttp_res *res, struct buf *next, struct buf *err,
    void *arg)
{
	struct listing *l = arg;
	json_object *o, *items;
	const char *e, *cur;
	size_t i, n = 0;
	int rc = 0;

	if ((o = chttp_json(res, err)) == NULL)
		return -1;
	if ((e = not_ok(o)) != NULL) {
		buf_printf(err, "%s", e);
		if (auth_error(e)) {
			snprintf(l->s->refused, sizeof(l->s->refused),
			    "slack %s: %s", l->method, e);
			chttp_abort(l->s->http, l->s->refused);
		}
		rc = -1;
	} else if (!json_object_object_get_ex(o, l->items, &items) ||
	    !json_object_is_type(items, json_type_array)) {
		buf_printf(err, "the answer has no list \"%s\"", l->items);
		rc = -1;
	} else {
		n = json_object_array_length(items);
		for (i = 0; i < n && rc == 0; i++)
			rc = l->fn(l, json_object_array_get_idx(items, i));
		if (rc == -1)
			buf_printf(err, "the output failed");
	}
	if (rc == 0 && (cur = chttp_json_str(o,
	    "response_metadata.next_cursor")) != NULL) {
		l->empty = n ? 0 : l->empty + 1;
		if (l->empty == EMPTY_PAGES) {
			buf_printf(err, "%d pages in a row without items, the "
			    "cursor does not end", EMPTY_PAGES);
			rc = -1;
		} else
			buf_puts(next, cur);
	}
	json_object_put(o);
	return rc;
}

static void
page_done(const struct chttp_res *res, const char *error, int pages,
    void *arg)
{
	struct listing *l = arg;

	(void)res;
	if (error == NULL)
		return;
	l->s->errors++;
	saas_report("slack team %s: %s%s (after %d pages)", l->s->team,
	    l->what, error, pages);
}

/* Lists every page of method; -1 when it failed (reported). */
static int
list(struct slack *s, const char *what, const char *method,
    const char *params, const char *items,
    int (*fn)(struct listing *, json_object *), void *arg)
{
	struct listing l;
	struct chttp_pager pg = { page_make, page_read, page_done, &l, 0, NULL };
	int errors = s->errors;

	if (s->refused[0] != '\0')	/* the token is no good: no more calls */
		return -1;
	memset(&l, 0, sizeof(l));
	l.s = s;
	l.what = what;
	l.method = method;
	l.params = params;
	l.items = items;
	l.fn = fn;
	l.arg = arg;
	chttp_page(s->http, &pg);
	chttp_run(s->http);
	buf_free(&l.url);
	return s->errors == errors ? 0 : -1;
}

/* ---- the graph ---------------------------------------------------------- */

struct scol {
	struct slack		 s;
	struct graph		*g;
	struct table		*t;
	struct tloc		 loc;
	struct nodeid		 rid[3];
	json_object		*channels;	/* conversations.list's */
};

static void
report(void *arg, const struct tkind *tk, const char *msg)
{
	struct scol *c = arg;

	(void)tk;
	saas_report("slack team %s: %s", c->s.team, msg);
}

static int
node(struct scol *c, const struct tkind *tk, int region, json_object *item)
{
	struct tloc loc = c->loc;
	struct buf who = BUF_INIT;
	static const char *const regions[] = { "members", "usergroups",
	    "conversations" };

	loc.region = regions[region];
	loc.region_id = &c->rid[region];
	buf_printf(&who, "slack team %s", c->s.team);
	saas_node(c->t, tk, item, &loc, buf_str(&who));
	buf_free(&who);
	return graph_io_failed(c->g) ? -1 : 0;
}

static int
user_item(struct listing *l, json_object *item)
{
	return node(l->arg, &slack_tk_user, 0, item);
}

static int
usergroup_item(struct listing *l, json_object *item)
{
	return node(l->arg, &slack_tk_usergroup, 1, item);
}

static int
channel_item(struct listing *l, json_object *item)
{
	struct scol *c = l->arg;

	json_object_array_add(c->channels, json_object_get(item));
	return 0;
}

static int
member_item(struct listing *l, json_object *item)
{
	json_object_array_add(l->arg, json_object_get(item));
	return 0;
}

/* each conversation with its members (conversations.members) */
static int
conversations(struct scol *c)
{
	json_object *ch, *members;
	struct buf params = BUF_INIT, what = BUF_INIT;
	char *enc;
	const char *id;
	size_t i;
	int rc = 0;

	for (i = 0; i < json_object_array_length(c->channels) && rc == 0;
	    i++) {
		ch = json_object_array_get_idx(c->channels, i);
		members = json_object_new_array();
		if ((id = jget_str(ch, "id")) != NULL && *id != '\0') {
			if ((enc = curl_easy_escape(NULL, id, 0)) == NULL)
				fatalx("slack: out of memory");
			buf_reset(&params);
			buf_printf(&params, "channel=%s", enc);
			curl_free(enc);
			buf_reset(&what);
			buf_printf(&what, "conversation %s: ", id);
			/* a failure keeps the members read so far */
			list(&c->s, buf_str(&what), "conversations.members",
			    buf_str(&params), "members", member_item,
			    members);
		}
		if (json_object_is_type(ch, json_type_object))
			json_object_object_add(ch, "_members", members);
		else
			json_object_put(members);
		rc = node(c, &slack_tk_conversation, 2, ch);
	}
	buf_free(&params);
	buf_free(&what);
	return rc;
}

static int
open_session(struct slack *s, json_object *config, const char *team,
    struct buf *err)
{
	const char *token = jget_str(config, "bot_token");

	memset(s, 0, sizeof(*s));
	s->team = team;
	if ((s->base = jget_str(config, "api_base_url")) == NULL)
		s->base = DEFAULT_BASE;
	if (token == NULL || *token == '\0') {
		buf_printf(err, "no bot token (slack.bot_token)");
		return -1;
	}
	if ((s->http = saas_http(flag(config, "do_not_verify_ssl"))) == NULL) {
		buf_printf(err, "the HTTP layer could not be set up");
		return -1;
	}
	s->auth = chttp_auth_bearer(token);
	return 0;
}

static void
close_session(struct slack *s)
{
	chttp_auth_free(s->auth);
	chttp_free(s->http);
}

static int
slack_collect(json_object *config, const struct coll_account *a,
    struct graph *g, char *err, size_t errlen)
{
	static const char *const regions[] = { "members", "usergroups",
	    "conversations" };
	struct scol c;
	struct buf e = BUF_INIT, params = BUF_INIT;
	json_object *o = NULL, *team, *r;
	struct nodeid tid;
	size_t i;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	c.g = g;
	if (open_session(&c.s, config, a->id, &e) == -1)
		goto out;
	if ((o = slack_call(&c.s, "team.info", &e)) == NULL)
		goto out;
	if (!json_object_object_get_ex(o, "team", &team) ||
	    !json_object_is_type(team, json_type_object)) {
		buf_printf(&e, "slack team.info: the answer has no team");
		goto out;
	}
	c.t = table_new(g, report, &c);
	c.loc.cloud = "slack";
	c.loc.account = jget_str(team, "id");
	if (c.loc.account == NULL || table_node(c.t, &slack_tk_team, team,
	    &c.loc, &tid) == -1) {
		buf_printf(&e, "slack team.info: the team has no id");
		goto out;
	}
	c.s.team = c.loc.account;
	graph_edge(g, graph_cloud_id(g), &tid, EDGE_DEFAULT);
	for (i = 0; i < 3; i++) {
		struct tloc rl = c.loc;

		r = json_object_new_object();
		json_object_object_add(r, "id",
		    json_object_new_string(regions[i]));
		rl.region = regions[i];
		table_node(c.t, &slack_tk_region, r, &rl, &c.rid[i]);
		graph_edge(g, &tid, &c.rid[i], EDGE_DEFAULT);
		json_object_put(r);
	}
	list(&c.s, "", slack_tk_user.op, NULL, slack_tk_user.items, user_item,
	    &c);
	list(&c.s, "", slack_tk_usergroup.op, slack_tk_usergroup.params,
	    slack_tk_usergroup.items, usergroup_item, &c);
	buf_printf(&params, "%s&exclude_archived=%s",
	    slack_tk_conversation.params, flag(config, "include_archived") ?
	    "false" : "true");
	c.channels = json_object_new_array();
	list(&c.s, "", slack_tk_conversation.op, buf_str(&params),
	    slack_tk_conversation.items, channel_item, &c);
	if (c.s.refused[0] == '\0' && conversations(&c) == 0)
		table_link(c.t);
	if (c.s.refused[0] != '\0') {
		buf_printf(&e, "%s: the token was refused, the workspace is "
		    "not delivered", c.s.refused);
		goto out;
	}
	rc = 0;
	log_info("slack team %s: collected, %d listings failed", c.s.team,
	    c.s.errors);
out:
	if (rc == -1)
		snprintf(err, errlen, "slack team %s: %s", a->id, buf_str(&e));
	json_object_put(c.channels);
	json_object_put(o);
	table_free(c.t);
	close_session(&c.s);
	buf_free(&e);
	buf_free(&params);
	return rc;
}

/* The workspace of the bot token: [{"id": team id, "name": its name}], or
 * [] without a token. */
static int
slack_discover(json_object *config, struct buf *out, char *err,
    size_t errlen)
{
	struct slack s;
	struct buf e = BUF_INIT;
	json_object *o = NULL, *arr, *entry;
	const char *id, *name;
	int rc = -1;

	if (jget_str(config, "bot_token") == NULL ||
	    *jget_str(config, "bot_token") == '\0') {
		log_info("slack: no bot token (slack.bot_token), nothing to "
		    "collect");
		ADDS(out, "[]");
		return 0;
	}
	if (open_session(&s, config, "(unknown)", &e) == 0 &&
	    (o = slack_call(&s, "team.info", &e)) != NULL) {
		if ((id = table_str(o, "team.id")) == NULL || *id == '\0')
			buf_printf(&e, "slack team.info: the team has no id");
		else {
			name = table_str(o, "team.name");
			arr = json_object_new_array();
			entry = json_object_new_object();
			json_object_object_add(entry, "id",
			    json_object_new_string(id));
			json_object_object_add(entry, "name",
			    json_object_new_string(name ? name : id));
			json_object_array_add(arr, entry);
			jw_json(out, arr);
			json_object_put(arr);
			rc = 0;
		}
	}
	if (rc == -1)
		snprintf(err, errlen, "the workspace of the bot token: %s",
		    buf_str(&e));
	json_object_put(o);
	close_session(&s);
	buf_free(&e);
	return rc;
}

const struct collector collector_slack = {
	.name = "slack",
	.config = &slack_section,
	.kinds = slack_kinds,
	.discover = slack_discover,
	.collect = slack_collect,
	.update_tag = saas_update_tag,
	.delete_tag = saas_delete_tag,
	.delete = saas_delete,
};

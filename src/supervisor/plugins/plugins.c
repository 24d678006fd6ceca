/* plugins: see plugins.h. */
#include "supervisor/plugins/plugins.h"
#include "supervisor/plugins/plugin.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/msg.h"
#include "supervisor/core.h"
#include "supervisor/corelink.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_TIMEOUT	10800	/* resotoworker.timeout */

static const struct plugin_def *const defs[] = {
	&plugin_protector,
	&plugin_cleanup_expired,
	&plugin_cleanup_untagged,
	NULL
};

struct plugin {
	const struct plugin_def	*def;
	struct plugins		*ps;
	char			*sid;		/* %-escaped */
	int64_t			 timeout;
	struct corelink		*link;
	struct http_req		*reg;
	struct prun		*runs;		/* in flight */
};

struct plugins {
	struct core		*core;
	struct plugin		*p;
	size_t			 n;
};

json_object *
prun_conf(struct prun *r, const char *key)
{
	struct buf b = BUF_INIT;
	json_object *v;

	buf_printf(&b, "plugin_%s.%s", r->def->name, key);
	v = config_get(r->cfg, buf_str(&b));
	buf_free(&b);
	return v;
}

void
prun_quote(struct buf *b, const char *s)
{
	json_object *o = json_object_new_string(s);

	buf_puts(b, json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

static void
send_frame(struct prun *r, char *text)
{
	if (corelink_send(r->p->link, text, strlen(text)) == -1)
		log_warnx("plugin %s: the websocket is down: reply for task %s "
		    "step %s not sent (the core sends the action again)",
		    r->def->name, r->task, r->step);
	free(text);
}

void
prun_end(struct prun *r, const char *err, const char *info)
{
	struct plugin *p = r->p;
	struct prun **pp;
	json_object *data = json_object_object_get(r->msg, "data");
	const char *type = r->def->action;

	if (err != NULL)
		log_warnx("plugin %s: task %s step %s failed: %s", r->def->name,
		    r->task, r->step, err);
	else if (info != NULL)
		log_info("plugin %s: task %s step %s: %s", r->def->name,
		    r->task, r->step, info);
	if (err != NULL || info != NULL)
		send_frame(r, msg_action_info(type, r->task, r->step,
		    err != NULL ? "error" : "info", NULL,
		    err != NULL ? err : info));
	/* as the reference: data echoed, no data.error (the info says why) */
	send_frame(r, err != NULL ? msg_action_error_plain(type, data) :
	    msg_action_done(type, data));
	for (pp = &p->runs; *pp != NULL; pp = &(*pp)->next)
		if (*pp == r) {
			*pp = r->next;
			break;
		}
	json_object_put(r->msg);
	free(r->cmd);
	free(r);
}

/* --- the core's CLI ------------------------------------------------------- */

/* one line of the answer: a node is counted; NULL, or why it is bad */
static const char *
cli_line(struct prun *r, const char *s, size_t len)
{
	json_object *o;
	char err[256];

	if (len == 0)
		return NULL;
	if ((o = msg_parse(s, len, err, sizeof(err))) == NULL) {
		r->bad++;
		return "not a JSON object";
	}
	if (json_object_is_type(json_object_object_get(o, "type"),
	    json_type_string) && strcmp(json_object_get_string(
	    json_object_object_get(o, "type")), "node") == 0)
		r->nodes++;
	json_object_put(o);
	return NULL;
}

static void
cli_answered(const struct http_res *res, void *arg)
{
	struct prun *r = arg;
	struct buf b = BUF_INIT;
	const char *s, *e, *end;
	char *excerpt, *cmd;
	size_t line = 0, badline = 0;

	r->req = NULL;
	if (res->failed)
		buf_printf(&b, "the command failed: %s",
		    res->error ? res->error : "transport error");
	else if (res->status != 200) {
		excerpt = msg_oneline(buf_str((struct buf *)&res->body),
		    res->body.len, 300);
		buf_printf(&b, "the core refused the command: HTTP %ld%s%s",
		    res->status, *excerpt ? ": " : "", excerpt);
		free(excerpt);
	} else {
		s = res->body.data;
		end = s + res->body.len;
		for (; s != NULL && s < end; s = e + 1) {
			line++;
			if ((e = memchr(s, '\n', end - s)) == NULL)
				e = end;
			if (cli_line(r, s, e - s) != NULL && badline == 0)
				badline = line;
		}
		if (badline != 0)
			buf_printf(&b, "line %zu of the answer is not a JSON "
			    "object (%zu such lines; %zu nodes changed)",
			    badline, r->bad, r->nodes);
	}
	if (b.len > 0) {
		cmd = msg_oneline(r->cmd, strlen(r->cmd), 200);
		buf_printf(&b, "; command: %s", cmd);
		free(cmd);
	}
	r->cli_done(r, b.len > 0 ? buf_str(&b) : NULL);
	buf_free(&b);
}

void
prun_cli(struct prun *r, const char *command,
    void (*done)(struct prun *, const char *err))
{
	struct http_req_opts o;
	char *url, *g;

	free(r->cmd);
	r->cmd = xstrdup(command);
	r->cli_done = done;
	r->nodes = r->bad = 0;
	g = core_escape(config_str(r->cfg, "resotoworker.graph"));
	url = core_url(r->core, "/cli/execute?graph=%s", g);
	free(g);
	memset(&o, 0, sizeof(o));
	o.method = "POST";
	o.url = url;
	o.content_type = "text/plain";
	o.accept = "application/x-ndjson";
	o.body = command;
	o.body_len = strlen(command);
	log_debug("plugin %s: %s", r->def->name, command);
	r->req = http_request(core_http(r->core), &o, cli_answered, r);
	free(url);
}

/* --- the subscriber ------------------------------------------------------- */

static void
registered(const struct http_res *res, void *arg)
{
	struct plugin *p = arg;

	p->reg = NULL;
	if (!res->failed && res->status == 200) {
		corelink_go(p->link);
		return;
	}
	log_warnx("plugin %s: registering %s for %s actions failed: %s%ld",
	    p->def->name, p->sid, p->def->action,
	    res->failed ? (res->error ? res->error : "transport error") :
	    "HTTP ", res->failed ? 0L : res->status);
	corelink_retry(p->link);
}

static void
prepare(struct corelink *l, void *arg)
{
	struct plugin *p = arg;

	p->reg = core_subscribe(p->ps->core, p->sid, p->def->action,
	    p->timeout, registered, p);
}

static void
opened(struct corelink *l, void *arg)
{
	struct plugin *p = arg;

	log_info("plugin %s: subscribed to %s as %s", p->def->name,
	    p->def->action, p->sid);
}

static void
text(struct corelink *l, const char *s, size_t len, void *arg)
{
	struct plugin *p = arg;
	struct msg_action a;
	struct prun *r;
	json_object *o;
	char err[512];
	char *rep;

	if ((o = msg_parse(s, len, err, sizeof(err))) == NULL) {
		log_warnx("plugin %s: ignoring a frame: %s", p->def->name, err);
		return;
	}
	if (msg_action_parse(o, &a, err, sizeof(err)) != MSG_OK ||
	    msg_id_check(a.data, "task", err, sizeof(err)) == -1 ||
	    msg_id_check(a.data, "step", err, sizeof(err)) == -1) {
		log_warnx("plugin %s: ignoring %s", p->def->name, err);
		json_object_put(o);
		return;
	}
	if (strcmp(a.type, p->def->action) != 0) {
		log_warnx("plugin %s: a %s action, but it answers %s: "
		    "action_error", p->def->name, a.type, p->def->action);
		rep = msg_action_error_plain(a.type, a.data);
		corelink_send(p->link, rep, strlen(rep));
		free(rep);
		json_object_put(o);
		return;
	}
	log_info("plugin %s: %s action for task %s step %s", p->def->name,
	    a.type, a.task, a.step);
	r = xcalloc(1, sizeof(*r));
	r->def = p->def;
	r->p = p;
	r->core = p->ps->core;
	r->cfg = core_config(r->core);
	r->msg = o;
	r->task = a.task;
	r->step = a.step;
	r->next = p->runs;
	p->runs = r;
	p->def->run(r);
}

static void
closed(struct corelink *l, int was_open, int code, const char *reason,
    void *arg)
{
	struct plugin *p = arg;

	if (p->reg != NULL) {
		http_cancel(p->reg);
		p->reg = NULL;
	}
	if (was_open)
		log_warnx("plugin %s: websocket closed (%d%s%s)", p->def->name,
		    code, *reason ? " " : "", reason);
	else
		log_debug("plugin %s: websocket: %s", p->def->name,
		    *reason ? reason : "connect failed");
}

static const struct corelink_cbs plugin_cbs = {
	prepare, opened, text, closed
};

struct plugins *
plugins_start(struct core *core)
{
	const struct config *cfg = core_config(core);
	struct plugins *ps;
	struct plugin *p;
	struct buf b = BUF_INIT;
	int64_t timeout;
	size_t i, n = 0;

	ps = xcalloc(1, sizeof(*ps));
	ps->core = core;
	for (i = 0; defs[i] != NULL; i++)
		n++;
	ps->p = xcalloc(n, sizeof(*ps->p));
	timeout = config_int(cfg, "resotoworker.timeout");
	for (i = 0; defs[i] != NULL; i++) {
		buf_reset(&b);
		buf_printf(&b, "plugin_%s.enabled", defs[i]->name);
		if (!config_bool(cfg, buf_str(&b)))
			continue;
		p = &ps->p[ps->n++];
		p->def = defs[i];
		p->ps = ps;
		p->timeout = timeout > 0 ? timeout : DEFAULT_TIMEOUT;
		buf_reset(&b);
		buf_printf(&b, "-actions-%s-%s", p->def->action, p->def->cls);
		p->sid = core_sid(core, buf_str(&b));
		buf_reset(&b);
		buf_printf(&b, "/subscriber/%s/handle", p->sid);
		p->link = core_link(core, p->def->name, buf_str(&b),
		    &plugin_cbs, p);
		corelink_start(p->link);
	}
	buf_free(&b);
	if (ps->n > 0)
		log_info("plugins: %zu action plugins enabled", ps->n);
	return ps;
}

void
plugins_free(struct plugins *ps)
{
	struct plugin *p;
	struct prun *r;
	size_t i;

	if (ps == NULL)
		return;
	for (i = 0; i < ps->n; i++) {
		p = &ps->p[i];
		if (p->reg != NULL)
			http_cancel(p->reg);
		while ((r = p->runs) != NULL) {
			p->runs = r->next;
			if (r->req != NULL)
				http_cancel(r->req);
			json_object_put(r->msg);
			free(r->cmd);
			free(r);
		}
		corelink_free(p->link);
		free(p->sid);
	}
	free(ps->p);
	free(ps);
}

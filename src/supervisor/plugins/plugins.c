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
	&plugin_cleanup_volumes,
	&plugin_cleanup_aws_alarms,
	&plugin_cleanup_aws_loadbalancers,
	&plugin_cleanup_aws_vpcs,
	&plugin_tagvalidator,
	NULL
};

struct plugins {
	struct core		*core;
	struct plugin		*p;
	size_t			 n;
};

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
	if (res->failed)
		log_warnx("plugin %s: registering %s for %s actions failed: %s",
		    p->def->name, p->sid, p->def->action,
		    res->error ? res->error : "transport error");
	else
		log_warnx("plugin %s: registering %s for %s actions: HTTP %ld",
		    p->def->name, p->sid, p->def->action, res->status);
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
	prun_take_config(r, core_config(r->core));
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
			prun_free(r);
		}
		corelink_free(p->link);
		free(p->sid);
	}
	free(ps->p);
	free(ps);
}

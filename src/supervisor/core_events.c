/*
 * core_events: the core session's websocket C (see core.h): config-updated
 * events go to coreconf, and a reconnect reloads the configuration.
 */
#include "supervisor/core.h"

#include "common/log.h"
#include "protocol/msg.h"
#include "supervisor/core_int.h"
#include "supervisor/coreconf.h"
#include "supervisor/corelink.h"

static void
c_text(struct corelink *l, const char *text, size_t len, void *arg)
{
	struct core *c = arg;
	struct msg_event e;
	json_object *o;
	char err[512];

	if ((o = core_ws_json(text, len, "events")) == NULL)
		return;
	if (msg_event_parse(o, &e, err, sizeof(err)) != MSG_OK)
		log_warnx("core: ignoring %s on the events websocket", err);
	else
		coreconf_event(c->cc, &e);
	json_object_put(o);
}

static void
c_opened(struct corelink *l, void *arg)
{
	struct core *c = arg;

	/* changes made while we were away sent no event to us */
	if (corelink_opens(l) > 1)
		coreconf_load(c->cc);
	core_maybe_restored(c);
}

const struct corelink_cbs core_c_cbs = {
	NULL, c_opened, c_text, core_link_closed };

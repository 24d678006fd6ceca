/*
 * core_boot: the core session's start-up phases (see core.h): polling
 * /system/ready, the TLS trust bootstrap and the REST clients, the first
 * configuration load (and the reloads' answers); then core_run_phase().
 */
#include "supervisor/core.h"

#include "common/buf.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/tls.h"
#include "supervisor/backoff.h"
#include "supervisor/core_int.h"
#include "supervisor/coreconf.h"
#include "supervisor/options.h"
#include "supervisor/tlsboot.h"

#include <event2/event.h>

#include <stdlib.h>
#include <string.h>

#define READY_TIMEOUT_MS	5000	/* per readiness probe (10.1) */

static void	tls_phase(struct core *);
static void	config_phase(struct core *);

void
core_timer_fired(evutil_socket_t fd, short ev, void *arg)
{
	struct core *c = arg;

	switch (c->phase) {
	case PH_READY:
		core_ready_poll(c);
		break;
	case PH_TLS:
		tls_phase(c);
		break;
	case PH_CONFIG:
		config_phase(c);
		break;
	default:
		break;
	}
}

static void
retry_later(struct core *c)
{
	struct timeval tv;

	backoff_tv(backoff_next(&c->bo), &tv);
	evtimer_add(c->timer, &tv);
}

static void
ready_done(const struct http_res *res, void *arg)
{
	struct core *c = arg;

	c->req = NULL;
	if (!res->failed && res->status == 200) {
		log_info("core: %s is ready", c->uri);
		backoff_reset(&c->bo);
		tls_phase(c);
		return;
	}
	if (res->failed)
		core_trouble(c, TR_NET, "core: %s is not reachable: %s", c->uri,
		    res->error ? res->error : "transport error");
	else
		core_trouble(c, TR_HTTP, "core: %s is not ready: HTTP %ld",
		    c->uri, res->status);
	retry_later(c);
}

void
core_ready_poll(struct core *c)
{
	struct http_req_opts o;
	char *url;

	c->phase = PH_READY;
	url = core_url(c, "/system/ready");
	memset(&o, 0, sizeof(o));
	o.method = "GET";
	o.url = url;
	o.timeout_ms = READY_TIMEOUT_MS;
	o.no_auth = 1;		/* /system paths need no token */
	o.no_verify = 1;	/* no CA yet; the answer carries nothing */
	c->req = http_request(c->boot, &o, ready_done, c);
	free(url);
}

static void
conf_done(enum coreconf_result r, json_object *doc, long status,
    const char *err, void *arg)
{
	struct core *c = arg;

	if (c->phase == PH_CONFIG) {
		if (r == CORECONF_FAILED) {
			core_trouble(c, core_trouble_class(status, err),
			    "core: %s%s", err, core_auth_hint(c, status));
			retry_later(c);
			return;
		}
		if (c->cbs.on_config != NULL)
			c->cbs.on_config(c, doc, c->arg);
		backoff_reset(&c->bo);
		core_run_phase(c);
		return;
	}
	if (r == CORECONF_FAILED)
		log_warnx("core: reloading the configuration failed: %s%s; "
		    "keeping the current one", err, core_auth_hint(c, status));
	else if (r == CORECONF_LOADED && c->cbs.on_config != NULL)
		c->cbs.on_config(c, doc, c->arg);
}

static void
clients_setup(struct core *c)
{
	struct coreconf_params p;
	char err[512];

	memset(&c->tls, 0, sizeof(c->tls));
	c->tls.ca_file = c->opts->ca_cert;
	c->tls.ca_pem = c->ca_pem;
	c->tls.verify = c->opts->verify_certs;
	c->tls.cert = c->opts->cert;
	c->tls.key = c->opts->cert_key;
	c->tls.key_pass = c->opts->cert_key_pass;
	if (c->https) {
		if (c->ssl != NULL)
			SSL_CTX_free(c->ssl);
		if ((c->ssl = tls_client_ctx(&c->tls, err, sizeof(err))) ==
		    NULL) {
			core_trouble(c, TR_TLS, "core: cannot set up TLS: %s",
			    err);
			retry_later(c);
			return;
		}
	}
	if (c->http == NULL)
		c->http = http_new(c->base, &c->tls, c->jwt);
	if (c->cc == NULL) {
		memset(&p, 0, sizeof(p));
		p.http = c->http;
		p.core = c->uri;
		p.sid = c->sid;
		p.sections = c->sections;
		p.config_file = c->opts->config_file;
		c->cc = coreconf_new(&p, conf_done, c);
	}
	backoff_reset(&c->bo);
	config_phase(c);
}

static void
tls_done(const char *pem, long status, const char *err, void *arg)
{
	struct core *c = arg;

	c->tb = NULL;
	if (pem == NULL) {
		core_trouble(c, status == 200 ? TR_TLS :
		    core_trouble_class(status, err), "core: %s", err);
		retry_later(c);
		return;
	}
	free(c->ca_pem);
	c->ca_pem = xstrdup(pem);
	clients_setup(c);
}

static void
tls_phase(struct core *c)
{
	char *url;

	c->phase = PH_TLS;
	if (!c->https || c->opts->ca_cert != NULL || !c->opts->verify_certs ||
	    c->ca_pem != NULL) {
		clients_setup(c);
		return;
	}
	url = core_url(c, "/ca/cert");
	c->tb = tlsboot_start(c->boot, url, c->opts->psk, tls_done, c);
	free(url);
}

static void
config_phase(struct core *c)
{
	c->phase = PH_CONFIG;
	coreconf_load(c->cc);
}

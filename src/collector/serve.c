/*
 * serve: the collector child's conversation with the supervisor (BRIEF
 * "Child conversation"): ACCOUNT first, then DISCOVER / COLLECT / CLEANUP /
 * PRE_CLEANUP / TAG_UPDATE / TAG_DELETE, each answered, until STOP or EOF. A frame the
 * protocol does not allow here ends the child with a non-zero status; a bad
 * request inside a well-formed frame is answered with FAILED / RESULT.
 */
#include "collector/collector.h"
#include "collector/corenode.h"
#include "collector/graph.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "collector/sandbox.h"
#include "common/buf.h"
#include "common/jget.h"
#include "common/log.h"
#include "protocol/frame.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct serve {
	int			 fd;		/* frames; see frame_read_pump() */
	void			(*pump)(void *);
	void			*arg;
	const struct collector	*coll;
	json_object		*acct;		/* the ACCOUNT frame */
	json_object		*config;	/* its cloud section (or {}) */
	struct coll_account	*accounts;
	size_t			 naccounts;
	struct buf		 out;		/* reply payloads */
	uint32_t		 job;		/* of the frame being answered */
	int			 dead;		/* the parent is gone */
	char			*unsafe;	/* why the sandbox is missing: every
						   request is refused with it */
	time_t			 last_run;	/* of the COLLECT frame, 0: none */
};

/* the conversation, for the collector_*() calls made from a collector */
static struct serve *cur_serve;

/* An object member of the ACCOUNT frame, {} when there is none. */
static json_object *
frame_object(const char *key)
{
	static json_object *empty;
	json_object *o;

	if (cur_serve && cur_serve->acct &&
	    json_object_object_get_ex(cur_serve->acct, key, &o) &&
	    json_object_is_type(o, json_type_object))
		return o;
	if (empty == NULL)
		empty = json_object_new_object();
	return empty;
}

json_object *
collector_env(void)
{
	return frame_object("env");
}

json_object *
collector_config(void)
{
	return frame_object("config");
}

json_object *
collector_worker(void)
{
	return frame_object("worker");
}

time_t
collector_last_run(void)
{
	return cur_serve ? cur_serve->last_run : 0;
}

static int	send_frame(struct serve *, uint32_t, const char *, size_t);
static void	serve_free(struct serve *);

static void	send_info(const char *, const char *);

void
collector_info(const char *level, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	send_info(level, msg);
}

void
collector_report(const char *cloud, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (cloud != NULL)
		log_warnx("%s: %s", cloud, msg);
	else
		log_warnx("%s", msg);
	send_info("error", msg);
}

static void
send_info(const char *level, const char *msg)
{
	struct buf b = BUF_INIT;	/* cur_serve->out may hold a reply */

	if (cur_serve == NULL)
		return;
	ADDS(&b, "{\"level\": ");
	jw_str(&b, level);
	ADDS(&b, ", \"message\": ");
	jw_str(&b, msg);
	buf_putc(&b, '}');
	send_frame(cur_serve, FRAME_INFO, b.data, b.len);
	buf_free(&b);
}

static int
send_frame(struct serve *s, uint32_t type, const char *p, size_t len)
{
	if (s->dead)
		return -1;
	if (frame_write_pump(s->fd, s->pump, s->arg, type, s->job, p, len) == -1) {
		log_warn("collector: sending %s", frame_type_name(type));
		s->dead = 1;
		return -1;
	}
	return 0;
}

static int
send_out(struct serve *s, uint32_t type)
{
	return send_frame(s, type, s->out.data, s->out.len);
}

static void
send_error(struct serve *s, uint32_t type, const char *key, const char *msg)
{
	buf_reset(&s->out);
	buf_putc(&s->out, '{');
	jw_key1(&s->out, key);
	jw_str(&s->out, msg);
	buf_putc(&s->out, '}');
	send_out(s, type);
}

/* "<name> (<id>)", or the id when they are the same (core-protocol 9.1) */
static void
display_name(const struct coll_account *a, char *out, size_t outlen)
{
	if (strcmp(a->id, a->name) == 0)
		snprintf(out, outlen, "%s", a->id);
	else
		snprintf(out, outlen, "%s (%s)", a->name, a->id);
}

static void
send_progress(struct serve *s, const char *name, int current)
{
	buf_reset(&s->out);
	ADDS(&s->out, "{\"kind\": \"progress\", \"name\": ");
	jw_str(&s->out, name);
	ADDS(&s->out, ", \"path\": [");
	jw_str(&s->out, s->coll->name);
	buf_printf(&s->out, "], \"current\": %d, \"total\": 1}", current);
	send_out(s, FRAME_PROGRESS);
}

static int
parse_account(struct serve *s, const struct buf *p, char *err, size_t errlen)
{
	json_object *v, *a, *e, *id, *name;
	size_t i;

	if ((s->acct = json_tokener_parse(p->data)) == NULL ||
	    !json_object_is_type(s->acct, json_type_object)) {
		snprintf(err, errlen, "ACCOUNT: the payload is not a JSON object");
		return -1;
	}
	if (!json_object_object_get_ex(s->acct, "cloud", &v) ||
	    !json_object_is_type(v, json_type_string)) {
		snprintf(err, errlen, "ACCOUNT: no \"cloud\" string");
		return -1;
	}
	if ((s->coll = collector_find(json_object_get_string(v))) == NULL) {
		snprintf(err, errlen, "ACCOUNT: unknown cloud \"%s\" (this "
		    "binary has no such collector)", json_object_get_string(v));
		return -1;
	}
	if (json_object_object_get_ex(s->acct, "config", &v) && v != NULL) {
		if (!json_object_is_type(v, json_type_object)) {
			snprintf(err, errlen, "ACCOUNT: \"config\" is not an "
			    "object");
			return -1;
		}
		s->config = json_object_get(v);
	} else
		s->config = json_object_new_object();
	if (!json_object_object_get_ex(s->acct, "accounts", &a) ||
	    !json_object_is_type(a, json_type_array)) {
		snprintf(err, errlen, "ACCOUNT: no \"accounts\" array");
		return -1;
	}
	s->naccounts = json_object_array_length(a);
	s->accounts = xcalloc(s->naccounts ? s->naccounts : 1,
	    sizeof(*s->accounts));
	for (i = 0; i < s->naccounts; i++) {
		e = json_object_array_get_idx(a, i);
		if (!json_object_is_type(e, json_type_object) ||
		    !json_object_object_get_ex(e, "id", &id) ||
		    !json_object_is_type(id, json_type_string)) {
			snprintf(err, errlen, "ACCOUNT: accounts[%zu] has no "
			    "\"id\" string", i);
			return -1;
		}
		s->accounts[i].js = e;
		s->accounts[i].id = json_object_get_string(id);
		s->accounts[i].name = s->accounts[i].id;
		if (json_object_object_get_ex(e, "name", &name) &&
		    json_object_is_type(name, json_type_string))
			s->accounts[i].name = json_object_get_string(name);
	}
	return 0;
}

int
collector_renew(const char *account, json_object **cred, char *err,
    size_t errlen)
{
	struct serve *s = cur_serve;
	struct frame_hdr h;
	struct buf req = BUF_INIT, p = BUF_INIT;
	json_object *o = NULL, *c;
	int r, rc = -1;

	*cred = NULL;
	if (s == NULL || s->dead) {
		snprintf(err, errlen, "no supervisor to renew credentials");
		return -1;
	}
	ADDS(&req, "{\"account\": ");
	jw_str(&req, account);
	buf_putc(&req, '}');
	if (send_frame(s, FRAME_RENEW, req.data, req.len) == -1) {
		snprintf(err, errlen, "the supervisor is gone");
		goto out;
	}
	if ((r = frame_read_pump(s->fd, s->pump, s->arg, &h, &p, err,
	    errlen)) <= 0) {
		if (r == 0)
			snprintf(err, errlen, "the supervisor is gone");
		s->dead = 1;
		goto out;
	}
	if (h.type != FRAME_CREDENTIALS) {
		/* STOP, or a frame the protocol does not allow here */
		snprintf(err, errlen, "%s instead of CREDENTIALS",
		    frame_type_name(h.type));
		s->dead = 1;
		goto out;
	}
	if ((o = json_tokener_parse(buf_str(&p))) == NULL)
		snprintf(err, errlen, "CREDENTIALS: the payload is not JSON");
	else if (json_object_object_get_ex(o, "credentials", &c) &&
	    json_object_is_type(c, json_type_object)) {
		*cred = json_object_get(c);
		rc = 0;
	} else
		snprintf(err, errlen, "%s", jget_str(o, "error") ?
		    jget_str(o, "error") : "CREDENTIALS without credentials");
out:
	json_object_put(o);
	buf_free(&req);
	buf_free(&p);
	return rc;
}

/* The collector's fresh credentials for account into s->out (an
 * ACCOUNTS payload); -1 with the reason in err (logged). */
static int
assume_into(struct serve *s, const char *account, char *err, size_t errlen)
{
	buf_reset(&s->out);
	if (s->coll->assume == NULL) {
		snprintf(err, errlen, "this collector renews no credentials");
		return -1;
	}
	if (s->coll->assume(s->config, account, &s->out, err, errlen) == -1) {
		log_warnx("collector %s: credentials for %s: %s", s->coll->name,
		    account, err);
		return -1;
	}
	return 0;
}

static void
do_assume(struct serve *s, const struct buf *p)
{
	json_object *req = json_tokener_parse(buf_str(p));
	const char *account = jget_str(req, "account");
	char err[512];

	if (account == NULL)
		send_error(s, FRAME_FAILED, "error", "ASSUME: no \"account\" "
		    "string");
	else if (assume_into(s, account, err, sizeof(err)) == -1)
		send_error(s, FRAME_FAILED, "error", err);
	else
		send_out(s, FRAME_ACCOUNTS);
	json_object_put(req);
}

int
collector_assume_here(const char *acct, size_t len, const char *account,
    struct buf *out, char *err, size_t errlen)
{
	struct serve s, *was = cur_serve;
	struct buf p = BUF_INIT;
	int rc = -1;

	memset(&s, 0, sizeof(s));
	s.fd = -1;
	s.dead = 1;	/* no frames: what it says is logged only */
	buf_add(&p, acct, len);
	buf_str(&p);
	if (parse_account(&s, &p, err, errlen) == 0) {
		cur_serve = &s;		/* collector_env() is this frame's */
		if ((rc = assume_into(&s, account, err, errlen)) == 0)
			buf_add(out, s.out.data, s.out.len);
		cur_serve = was;
	}
	if (s.out.data != NULL)
		explicit_bzero(s.out.data, s.out.len);
	serve_free(&s);
	buf_free(&p);
	return rc;
}

static void
do_discover(struct serve *s)
{
	char err[512];

	buf_reset(&s->out);
	if (s->coll->discover(s->config, &s->out, err, sizeof(err)) == -1) {
		log_warnx("collector %s: discover: %s", s->coll->name, err);
		send_error(s, FRAME_FAILED, "error", err);
		return;
	}
	send_out(s, FRAME_ACCOUNTS);
}

static int
graph_out(void *arg, const char *data, size_t len)
{
	return send_frame(arg, FRAME_GRAPH, data, len);
}

static void
do_collect(struct serve *s, const struct buf *p)
{
	enum merge_kind merge;
	json_object *req, *mk;
	struct graph *g;
	char err[512], msg[1024], dn[256];
	size_t i, nodes, edges;

	req = json_tokener_parse(p->data);
	if (req == NULL || !json_object_object_get_ex(req, "merge_kind", &mk) ||
	    !json_object_is_type(mk, json_type_string)) {
		json_object_put(req);
		send_error(s, FRAME_FAILED, "error", "COLLECT: the payload has "
		    "no \"merge_kind\" string");
		return;
	}
	if (strcmp(json_object_get_string(mk), "account") == 0)
		merge = MERGE_ACCOUNT;
	else if (strcmp(json_object_get_string(mk), "cloud") == 0)
		merge = MERGE_CLOUD;
	else {
		snprintf(err, sizeof(err), "COLLECT: merge_kind \"%s\" is "
		    "neither \"account\" nor \"cloud\"",
		    json_object_get_string(mk));
		json_object_put(req);
		send_error(s, FRAME_FAILED, "error", err);
		return;
	}
	s->last_run = 0;
	if (json_object_object_get_ex(req, "last_run", &mk) &&
	    (json_object_is_type(mk, json_type_int) ||
	    json_object_is_type(mk, json_type_double)) &&
	    json_object_get_int64(mk) > 0)
		s->last_run = (time_t)json_object_get_int64(mk);
	json_object_put(req);
	if (s->naccounts == 0 || (merge == MERGE_ACCOUNT && s->naccounts != 1)) {
		snprintf(err, sizeof(err), "COLLECT: merge kind %s needs %s "
		    "account, the ACCOUNT frame has %zu",
		    merge == MERGE_ACCOUNT ? "account" : "cloud",
		    merge == MERGE_ACCOUNT ? "exactly one" : "at least one",
		    s->naccounts);
		send_error(s, FRAME_FAILED, "error", err);
		return;
	}

	g = graph_new(merge, graph_out, s);
	graph_root_cloud_named(g, s->coll->name, s->coll->cloud_name, NULL);
	for (i = 0; i < s->naccounts; i++) {
		const struct coll_account *a = &s->accounts[i];

		display_name(a, dn, sizeof(dn));
		send_progress(s, dn, 0);
		if (s->coll->collect(s->config, a, g, err, sizeof(err)) == -1 ||
		    graph_io_failed(g)) {
			if (graph_io_failed(g))
				snprintf(err, sizeof(err), "the supervisor "
				    "stopped reading");
			log_warnx("collector %s: account %s: %s", s->coll->name,
			    dn, err);
			snprintf(msg, sizeof(msg), "[%s:%s] %s", s->coll->name,
			    dn, err);
			buf_reset(&s->out);
			ADDS(&s->out, "{\"level\": \"error\", \"message\": ");
			jw_str(&s->out, msg);
			buf_putc(&s->out, '}');
			send_out(s, FRAME_INFO);
			send_error(s, FRAME_FAILED, "error", msg);
			graph_free(g);
			return;
		}
		send_progress(s, dn, 1);
	}
	if (graph_finish(g, &nodes, &edges, err, sizeof(err)) == -1) {
		log_warnx("collector %s: graph refused: %s", s->coll->name, err);
		snprintf(msg, sizeof(msg), "[%s] the collected graph is "
		    "broken: %s", s->coll->name, err);
		send_error(s, FRAME_FAILED, "error", msg);
		graph_free(g);
		return;
	}
	graph_free(g);
	buf_reset(&s->out);
	buf_printf(&s->out, "{\"nodes\": %zu, \"edges\": %zu}", nodes, edges);
	send_out(s, FRAME_DONE);
}

static void
send_result(struct serve *s, const struct kind *k, json_object *node,
    const char *error, int busy)
{
	char err[512];
	size_t start;

	buf_reset(&s->out);
	if (error == NULL) {
		ADDS(&s->out, "{\"ok\": true, \"node\": ");
		start = s->out.len;
		if (corenode_write(&s->out, k, node, err, sizeof(err)) == 0) {
			ADDS(&s->out, ", \"error\": null}");
			send_out(s, FRAME_RESULT);
			return;
		}
		s->out.len = start;
		error = err;
	}
	buf_reset(&s->out);
	ADDS(&s->out, "{\"ok\": false, \"node\": null, \"error\": ");
	jw_str(&s->out, error);
	if (busy)
		ADDS(&s->out, ", \"busy\": true");
	buf_putc(&s->out, '}');
	send_out(s, FRAME_RESULT);
}

/* CLEANUP, PRE_CLEANUP, TAG_UPDATE, TAG_DELETE */
static void
do_node_op(struct serve *s, uint32_t type, const struct buf *p)
{
	json_object *req, *node = NULL, *kv = NULL, *vv = NULL;
	const struct kind *k;
	const char *key = NULL, *value = NULL;
	char err[512], dn[256];
	int rc, busy = 0;

	if ((req = json_tokener_parse(p->data)) == NULL) {
		snprintf(err, sizeof(err), "%s: the payload is not JSON",
		    frame_type_name(type));
		send_result(s, NULL, NULL, err, 0);
		return;
	}
	if (type == FRAME_CLEANUP || type == FRAME_PRE_CLEANUP)
		node = req;
	else if (!json_object_object_get_ex(req, "node", &node) ||
	    !json_object_object_get_ex(req, "key", &kv) ||
	    !json_object_is_type(kv, json_type_string)) {
		snprintf(err, sizeof(err), "%s: the payload needs \"node\" "
		    "and a \"key\" string", frame_type_name(type));
		goto fail;
	} else
		key = json_object_get_string(kv);
	if (type == FRAME_TAG_UPDATE) {
		json_object_object_get_ex(req, "value", &vv);
		if (vv && !json_object_is_type(vv, json_type_string)) {
			snprintf(err, sizeof(err), "TAG_UPDATE: \"value\" must "
			    "be a string or null");
			goto fail;
		}
		value = vv ? json_object_get_string(vv) : NULL;
	}
	if ((k = corenode_kind(node, s->coll->kinds, err, sizeof(err))) == NULL)
		goto fail;
	corenode_rtdname(node, dn, sizeof(dn));
	switch (type) {
	case FRAME_TAG_UPDATE:
		if (s->coll->update_tag(k, node, key, value, err,
		    sizeof(err)) == -1)
			goto fail;
		corenode_tag_set(node, key, value);
		log_info("Successfully set tag %s to %s in cloud for %s", key,
		    value ? value : "None", dn);
		break;
	case FRAME_TAG_DELETE:
		if (s->coll->delete_tag(k, node, key, err, sizeof(err)) == -1)
			goto fail;
		if (corenode_tag_del(node, key) == -1) {
			snprintf(err, sizeof(err), "%s has no tag %s", dn, key);
			goto fail;
		}
		log_info("Successfully deleted tag %s in cloud for %s", key, dn);
		break;
	case FRAME_PRE_CLEANUP:
	case FRAME_CLEANUP:
		if (corenode_meta_flag(node, "protected")) {
			snprintf(err, sizeof(err), "Resource %s is protected, "
			    "not cleaning it up", dn);
			goto fail;
		}
		if (kind_phantom(k)) {
			snprintf(err, sizeof(err), "Can't cleanup phantom "
			    "resource %s", dn);
			goto fail;
		}
		if (corenode_meta_flag(node, "cleaned")) {
			log_info("Resource %s has already been cleaned up", dn);
			break;
		}
		if (type == FRAME_PRE_CLEANUP) {
			if (s->coll->pre_delete == NULL) {
				snprintf(err, sizeof(err), "collector %s has no "
				    "pre-clean step", s->coll->name);
				goto fail;
			}
			log_info("Trying to run pre clean up %s", dn);
			if (s->coll->pre_delete(k, node, err, sizeof(err)) == -1)
				goto fail;
			log_info("Successfully ran pre clean up %s", dn);
			break;
		}
		log_info("Trying to clean up %s", dn);
		if ((rc = s->coll->delete(k, node, err, sizeof(err))) != 0) {
			busy = rc == COLLECTOR_BUSY;
			goto fail;
		}
		corenode_set_meta_flag(node, "cleaned", 1);
		log_info("Successfully cleaned up %s", dn);
		break;
	}
	send_result(s, k, node, NULL, 0);
	json_object_put(req);
	return;
fail:
	log_warnx("collector %s: %s: %s", s->coll->name, frame_type_name(type),
	    err);
	send_result(s, NULL, NULL, err, busy);
	json_object_put(req);
}

/* COMMAND {"args": [...], "node": {...} | null}: the collector's custom
 * command; RESULT {"ok": true, "node": null, "data": ..., "error": null}
 * or its error. */
static void
do_command(struct serve *s, const struct buf *p)
{
	json_object *req, *args = NULL, *node = NULL, *data = NULL;
	char err[512];
	size_t i;

	err[0] = '\0';
	if ((req = json_tokener_parse(p->data)) == NULL ||
	    !json_object_object_get_ex(req, "args", &args) ||
	    !json_object_is_type(args, json_type_array))
		snprintf(err, sizeof(err), "COMMAND: the payload needs an "
		    "\"args\" list");
	for (i = 0; err[0] == '\0' && i < json_object_array_length(args); i++)
		if (!json_object_is_type(json_object_array_get_idx(args, i),
		    json_type_string))
			snprintf(err, sizeof(err), "COMMAND: args[%zu] is not "
			    "a string", i);
	if (err[0] == '\0' && s->coll->run_command == NULL)
		snprintf(err, sizeof(err), "collector %s has no command",
		    s->coll->name);
	if (err[0] == '\0') {
		json_object_object_get_ex(req, "node", &node);
		if (node != NULL && !json_object_is_type(node, json_type_object))
			node = NULL;
		if (s->coll->run_command(args, node, &data, err,
		    sizeof(err)) == 0) {
			buf_reset(&s->out);
			ADDS(&s->out, "{\"ok\": true, \"node\": null, \"data\": ");
			jw_json(&s->out, data);
			ADDS(&s->out, ", \"error\": null}");
			json_object_put(data);
			if (s->out.len <= FRAME_MAX_PAYLOAD) {
				send_out(s, FRAME_RESULT);
				json_object_put(req);
				return;
			}
			snprintf(err, sizeof(err), "the answer is larger than "
			    "a frame (%zu bytes, 1 MiB at most): ask for less",
			    s->out.len);
		}
	}
	log_warnx("collector %s: COMMAND: %s", s->coll->name, err);
	send_result(s, NULL, NULL, err, 0);
	json_object_put(req);
}

static void
serve_free(struct serve *s)
{
	json_object_put(s->acct);
	json_object_put(s->config);
	free(s->accounts);
	free(s->unsafe);
	buf_free(&s->out);
}

int
collector_serve(int fd, void (*pump)(void *), void *arg)
{
	char component[128];
	struct serve s;
	struct frame_hdr h;
	struct buf p = BUF_INIT;
	char err[512];
	int r, status = 1;

	memset(&s, 0, sizeof(s));
	cur_serve = &s;
	s.fd = fd;
	s.pump = pump;
	s.arg = arg;
	for (;;) {
		if ((r = frame_read_pump(s.fd, s.pump, s.arg, &h, &p, err,
		    sizeof(err))) == 0) {
			status = 0;	/* EOF: the supervisor is done with us */
			break;
		}
		if (r == -1) {
			log_warnx("collector: %s", err);
			break;
		}
		s.job = h.job;
		if (frame_from_child(h.type)) {
			log_warnx("collector: received %s, a frame only a child "
			    "sends", frame_type_name(h.type));
			break;
		}
		if (h.type == FRAME_STOP) {
			status = 0;
			break;
		}
		if ((h.type == FRAME_ACCOUNT) != (s.coll == NULL)) {
			log_warnx("collector: %s out of order (%s)",
			    frame_type_name(h.type), s.coll ? "ACCOUNT came "
			    "already" : "ACCOUNT must come first");
			break;
		}
		if (s.unsafe != NULL && (h.type == FRAME_DISCOVER ||
		    h.type == FRAME_COLLECT)) {
			send_error(&s, FRAME_FAILED, "error", s.unsafe);
			continue;
		}
		if (s.unsafe != NULL && h.type != FRAME_ACCOUNT) {
			send_result(&s, NULL, NULL, s.unsafe, 0);
			continue;
		}
		switch (h.type) {
		case FRAME_ACCOUNT:
			r = parse_account(&s, &p, err, sizeof(err));
			/* the frame held the account's credentials: only
			 * the parsed configuration keeps them now */
			if (p.data != NULL)
				explicit_bzero(p.data, p.len);
			if (r == -1) {
				log_warnx("collector: %s", err);
				goto out;
			}
			if (pump == NULL) {	/* our own process: say who we are */
				snprintf(component, sizeof(component),
				    "collector %s%s%s", s.coll->name,
				    s.naccounts == 1 ? "/" : "",
				    s.naccounts == 1 ? s.accounts[0].id : "");
				log_component(component);
			}
			/* before the first byte from a cloud; without it no
			 * cloud is touched, and each request says why */
			if (sandbox_enter(s.acct, s.coll->home_paths,
			    s.coll->host_vars, err, sizeof(err)) == -1) {
				log_warnx("collector: %s", err);
				s.unsafe = xstrdup(err);
			}
			break;
		case FRAME_DISCOVER:
			do_discover(&s);
			break;
		case FRAME_ASSUME:
			do_assume(&s, &p);
			break;
		case FRAME_COLLECT:
			do_collect(&s, &p);
			break;
		case FRAME_CLEANUP:
		case FRAME_PRE_CLEANUP:
		case FRAME_TAG_UPDATE:
		case FRAME_TAG_DELETE:
			do_node_op(&s, h.type, &p);
			break;
		case FRAME_COMMAND:
			do_command(&s, &p);
			break;
		default:
			log_warnx("collector: unexpected frame %s",
			    frame_type_name(h.type));
			goto out;
		}
		if (s.dead) {
			log_warnx("collector: the supervisor is gone");
			goto out;
		}
	}
out:
	cur_serve = NULL;
	serve_free(&s);
	buf_free(&p);
	return status;
}

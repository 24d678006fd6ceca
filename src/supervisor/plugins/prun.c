/* prun: one run of a plugin (see plugin.h): its configuration, its
 * requests to the core (answers read line by line), its end. */
#include "supervisor/plugins/plugin.h"
#include "supervisor/plugins/duration.h"

#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "protocol/http.h"
#include "protocol/msg.h"
#include "supervisor/core.h"
#include "supervisor/corelink.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
prun_take_config(struct prun *r, const struct config *cfg)
{
	struct buf b = BUF_INIT;
	json_object *sec;

	buf_printf(&b, "plugin_%s", r->def->name);
	sec = config_section(cfg, buf_str(&b));
	buf_free(&b);
	if (sec == NULL || json_object_deep_copy(sec, &r->conf, NULL) != 0)
		r->conf = json_object_new_object();
	r->graph = core_escape(config_str(cfg, "resotoworker.graph"));
}

json_object *
prun_conf(struct prun *r, const char *key)
{
	json_object *v = json_object_object_get(r->conf, key);

	/* a map keyed by account ids cannot be written in libconfig (setting
	 * names are identifiers): there, "config" may be JSON text */
	if (strcmp(key, "config") == 0 &&
	    json_object_is_type(v, json_type_string)) {
		if (r->conf_text == NULL)
			r->conf_text = json_tokener_parse(
			    json_object_get_string(v));
		if (r->conf_text != NULL)
			return r->conf_text;
	}
	return v;
}

int
prun_duration(struct prun *r, const char *key, double *out, struct buf *err)
{
	const char *s = json_object_get_string(prun_conf(r, key));
	char why[256];

	if (duration_parse(s ? s : "", out, why, sizeof(why)) == -1) {
		buf_printf(err, "plugin_%s.%s: %s", r->def->name, key, why);
		return -1;
	}
	return 0;
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
prun_free(struct prun *r)
{
	if (r->req != NULL)
		http_cancel(r->req);
	if (r->state_free != NULL)
		r->state_free(r->state);
	if (r->state2_free != NULL)
		r->state2_free(r->state2);
	json_object_put(r->msg);
	json_object_put(r->conf_text);
	buf_free(&r->part);
	json_object_put(r->conf);
	free(r->graph);
	free(r->what);
	free(r->what_done);
	free(r);
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
	prun_free(r);
}

/* --- the core's CLI ------------------------------------------------------- */

/* one line of a CLI answer: a node is counted */
static const char *
cli_line(struct prun *r, const char *s, size_t len)
{
	json_object *o, *t;
	char err[256];

	if ((o = msg_parse(s, len, err, sizeof(err))) == NULL)
		return "not a JSON object";
	if (json_object_object_get_ex(o, "type", &t) &&
	    json_object_is_type(t, json_type_string) &&
	    strcmp(json_object_get_string(t), "node") == 0)
		r->nodes++;
	json_object_put(o);
	return NULL;
}

#define LINE_MAX_BYTES	(64 * 1024 * 1024)	/* one node: far below */

/* one complete line of a 200 answer */
static void
one_line(struct prun *r, const char *s, size_t len)
{
	const char *why;

	r->lineno++;
	if (len > 0 && s[len - 1] == '\r')
		len--;
	if (len == 0 || (why = r->line(r, s, len)) == NULL)
		return;
	if (r->bad++ == 0) {
		r->badline = r->lineno;
		r->first_bad = why;
	}
}

/* the answer as it arrives: complete lines are read at once, only the
 * unfinished last one waits (the answer is never kept whole) */
static int
piece(const char *p, size_t n, char *err, size_t errlen, void *arg)
{
	struct prun *r = arg;
	const char *s, *e;
	size_t used;

	buf_add(&r->part, p, n);
	s = r->part.data;
	while ((e = memchr(s, '\n', r->part.len - (s - r->part.data))) != NULL) {
		one_line(r, s, e - s);
		s = e + 1;
	}
	used = s - r->part.data;
	memmove(r->part.data, s, r->part.len - used);
	r->part.len -= used;
	if (r->part.len > LINE_MAX_BYTES) {
		snprintf(err, errlen, "line %zu of the answer is longer than "
		    "%d bytes", r->lineno + 1, LINE_MAX_BYTES);
		return -1;
	}
	return 0;
}

static void
answered(const struct http_res *res, void *arg)
{
	struct prun *r = arg;
	struct buf b = BUF_INIT;
	char *excerpt, *what;

	r->req = NULL;
	if (res->failed)
		buf_printf(&b, "the request failed: %s",
		    res->error ? res->error : "transport error");
	else if (res->status != 200) {
		excerpt = msg_oneline(buf_str(&res->body), res->body.len, 300);
		buf_printf(&b, "the core refused it: HTTP %ld%s%s",
		    res->status, *excerpt ? ": " : "", excerpt);
		free(excerpt);
	} else if (r->line != NULL) {
		if (r->part.len > 0)	/* a last line without its newline */
			one_line(r, r->part.data, r->part.len);
		if (r->badline != 0)
			buf_printf(&b, "line %zu of the answer is %s (%zu such "
			    "lines; %zu nodes changed)", r->badline,
			    r->first_bad, r->bad, r->nodes);
	}
	buf_free(&r->part);
	if (b.len > 0) {
		what = msg_oneline(r->what, strlen(r->what), 200);
		buf_printf(&b, "; %s", what);
		free(what);
	}
	r->done(r, b.len > 0 ? buf_str(&b) : NULL);
	buf_free(&b);
}

void
prun_request(struct prun *r, const struct http_req_opts *o, const char *what,
    const char *(*line)(struct prun *, const char *, size_t),
    void (*done)(struct prun *, const char *err))
{
	struct http_req_opts copy = *o;

	free(r->what);
	r->what = xstrdup(what);
	r->line = line;
	r->done = done;
	r->nodes = r->bad = r->lineno = r->badline = 0;
	buf_free(&r->part);
	if (line != NULL)
		copy.on_data = piece;
	else
		copy.discard_body = 1;
	log_debug("plugin %s: %s", r->def->name, what);
	r->req = http_request(core_http(r->core), &copy, answered, r);
}

char *
prun_graph_url(struct prun *r, const char *path)
{
	return core_url(r->core, "/graph/%s%s", r->graph, path);
}

void
prun_cli(struct prun *r, const char *command,
    void (*done)(struct prun *, const char *err))
{
	struct http_req_opts o;
	struct buf what = BUF_INIT;
	char *url;

	url = core_url(r->core, "/cli/execute?graph=%s", r->graph);
	memset(&o, 0, sizeof(o));
	o.method = "POST";
	o.url = url;
	o.content_type = "text/plain";
	o.accept = "application/x-ndjson";
	o.body = command;
	o.body_len = strlen(command);
	buf_printf(&what, "command: %s", command);
	prun_request(r, &o, buf_str(&what), cli_line, done);
	buf_free(&what);
	free(url);
}

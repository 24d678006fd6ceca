/* fake_peer: see fake_peer.h. Modes (per account):
 *   ok            DISCOVER: two accounts; COLLECT: progress, info, a
 *                 3-line graph in two GRAPH frames, DONE {2 nodes, 1 edge}
 *   big           COLLECT: 64 GRAPH frames of 64 KiB lines, DONE
 *   failed        answers FAILED {"error":"boom"}
 *   crash, abort  (COLLECT: after a GRAPH frame) SIGSEGV / abort()
 *   hang          (COLLECT: after a GRAPH frame) sleeps forever
 *   exit3         exits with status 3 without answering
 *   noanswer      exits 0 without answering
 *   (these five also apply to DISCOVER, and to CLEANUP and TAG_*, which
 *   are otherwise answered FAILED "no node operations here")
 *   badtype       a header with frame type 99
 *   oversize      a GRAPH header announcing 2 MiB
 *   flags         a DONE header with flags 1
 *   parentframe   sends COLLECT (a frame only the parent sends)
 *   wrongjob      DONE carrying another job id
 *   graphafterdone  GRAPH, DONE, GRAPH
 *   doneondiscover  answers DISCOVER with DONE (DONE without COLLECT)
 *   cut           a GRAPH header for 100 bytes, 10 bytes, exit 0
 *   noeol         a GRAPH frame that does not end in '\n'
 *   badjson       DONE with a payload that is not JSON
 *   badcounts     DONE claiming more lines than were sent
 *   badinfo       INFO without a message
 *   badprogress   PROGRESS with current > total
 */
#include "tests/fakechild/fake_peer.h"
#include "protocol/frame.h"
#include "common/buf.h"

#include <sys/socket.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

struct peer {
	int	 fd;
	void	(*pump)(void *);
	void	*arg;
	uint32_t job;
};

static int
io(struct peer *p, int wr, void *b, size_t n)
{
	char *c = b;
	ssize_t r;

	while (n > 0) {
		r = wr ? send(p->fd, c, n, MSG_NOSIGNAL) : read(p->fd, c, n);
		if (r == 0 && !wr)
			return -1;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			if ((errno == EAGAIN || errno == EWOULDBLOCK) && p->pump) {
				p->pump(p->arg);
				continue;
			}
			return -1;
		}
		c += r;
		n -= (size_t)r;
	}
	return 0;
}

static int
raw(struct peer *p, uint32_t type, uint32_t flags, uint32_t job, uint32_t len,
    const void *payload, size_t n)
{
	struct frame_hdr h = { type, flags, job, len };
	uint8_t hb[FRAME_HDR_SIZE];

	frame_hdr_encode(&h, hb);
	if (io(p, 1, hb, sizeof(hb)) == -1)
		return -1;
	return n ? io(p, 1, (void *)payload, n) : 0;
}

static int
send_frame(struct peer *p, uint32_t type, const char *s)
{
	size_t n = strlen(s);

	return raw(p, type, 0, p->job, (uint32_t)n, s, n);
}

static int
recv_frame(struct peer *p, struct frame_hdr *h, struct buf *pl)
{
	uint8_t hb[FRAME_HDR_SIZE];
	char err[128];

	if (io(p, 0, hb, sizeof(hb)) == -1)
		return -1;
	if (frame_hdr_decode(hb, h, err, sizeof(err)) == -1)
		return -1;
	buf_reset(pl);
	buf_reserve(pl, h->len);
	if (h->len && io(p, 0, pl->data, h->len) == -1)
		return -1;
	pl->len = h->len;
	pl->data[h->len] = '\0';
	return 0;
}

static const char *
account_id(const char *payload)
{
	static char id[128];
	json_object *o = json_tokener_parse(payload), *a, *e, *v;

	snprintf(id, sizeof(id), "?");
	if (o && json_object_object_get_ex(o, "accounts", &a) &&
	    json_object_is_type(a, json_type_array)) {
		if (json_object_array_length(a) == 0)
			snprintf(id, sizeof(id), "discover:%s",
			    json_object_object_get_ex(o, "cloud", &v) ?
			    json_object_get_string(v) : "?");
		else if ((e = json_object_array_get_idx(a, 0)) != NULL &&
		    json_object_object_get_ex(e, "id", &v))
			snprintf(id, sizeof(id), "%s", json_object_get_string(v));
	}
	json_object_put(o);
	return id;
}


/* Misbehaviours that end the process, for any request. */
static void
die(const char *mode)
{
	if (strcmp(mode, "exit3") == 0)
		exit(3);
	if (strcmp(mode, "noanswer") == 0)
		exit(0);
	if (strcmp(mode, "crash") == 0) {
		/* the default action, even under a sanitizer's handler */
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = SIG_DFL;
		sigaction(SIGSEGV, &sa, NULL);
		raise(SIGSEGV);
	}
	if (strcmp(mode, "abort") == 0)
		abort();
	if (strcmp(mode, "hang") == 0)
		for (;;)
			pause();
}

static int
collect(struct peer *p, const char *mode)
{
	struct buf b = BUF_INIT;
	int i, r;

	if (strcmp(mode, "failed") == 0)
		return send_frame(p, FRAME_FAILED, "{\"error\":\"boom\"}");
	if (strcmp(mode, "exit3") == 0 || strcmp(mode, "noanswer") == 0)
		die(mode);
	if (strcmp(mode, "badtype") == 0)
		return raw(p, 99, 0, p->job, 0, NULL, 0);
	if (strcmp(mode, "oversize") == 0)
		return raw(p, FRAME_GRAPH, 0, p->job, 2 * 1024 * 1024, NULL, 0);
	if (strcmp(mode, "flags") == 0)
		return raw(p, FRAME_DONE, 1, p->job, 2, "{}", 2);
	if (strcmp(mode, "parentframe") == 0)
		return send_frame(p, FRAME_COLLECT, "{}");
	if (strcmp(mode, "wrongjob") == 0)
		return raw(p, FRAME_DONE, 0, p->job + 1, 2, "{}", 2);
	if (strcmp(mode, "cut") == 0) {
		raw(p, FRAME_GRAPH, 0, p->job, 100, "0123456789", 10);
		exit(0);
	}
	if (strcmp(mode, "noeol") == 0)
		return send_frame(p, FRAME_GRAPH, "{\"id\":1}");
	if (strcmp(mode, "badinfo") == 0)
		return send_frame(p, FRAME_INFO, "{\"level\":\"error\"}");
	if (strcmp(mode, "badprogress") == 0)
		return send_frame(p, FRAME_PROGRESS, "{\"kind\":\"progress\","
		    "\"name\":\"x\",\"current\":3,\"total\":2}");
	if (send_frame(p, FRAME_PROGRESS, "{\"kind\":\"progress\",\"name\":"
	    "\"region-1\",\"current\":0,\"total\":1}") == -1 ||
	    send_frame(p, FRAME_INFO, "{\"level\":\"info\",\"message\":"
	    "\"collecting\"}") == -1)
		return -1;
	if (strcmp(mode, "big") == 0) {
		for (i = 0; i < 1000; i++)
			buf_puts(&b, FAKE_LINE2);
		for (i = 0; i < 64; i++)
			if (send_frame(p, FRAME_GRAPH, b.data) == -1)
				return -1;
		buf_free(&b);
		return send_frame(p, FRAME_DONE,
		    "{\"nodes\":64000,\"edges\":0}");
	}
	if (send_frame(p, FRAME_GRAPH, FAKE_LINE1 FAKE_LINE2) == -1)
		return -1;
	die(mode);	/* crash, abort, hang: with a graph begun */
	if (send_frame(p, FRAME_GRAPH, FAKE_LINE3) == -1)
		return -1;
	if (strcmp(mode, "badjson") == 0)
		return send_frame(p, FRAME_DONE, "{nodes");
	if (strcmp(mode, "badcounts") == 0)
		return send_frame(p, FRAME_DONE, "{\"nodes\":20,\"edges\":10}");
	r = send_frame(p, FRAME_DONE, "{\"nodes\":2,\"edges\":1}");
	if (r == 0 && strcmp(mode, "graphafterdone") == 0)
		r = send_frame(p, FRAME_GRAPH, FAKE_LINE3);
	return r;
}

int
fake_serve(int fd, void (*pump)(void *), void *arg,
    const char *(*mode_of)(const char *, void *), void *marg)
{
	struct peer p = { fd, pump, arg, 0 };
	struct frame_hdr h;
	struct buf pl = BUF_INIT;
	const char *mode = "ok";
	char m[64];
	int rc = 0, nodes = 0;

	for (;;) {
		if (recv_frame(&p, &h, &pl) == -1)
			break;		/* EOF */
		p.job = h.job;
		switch (h.type) {
		case FRAME_ACCOUNT:
			snprintf(m, sizeof(m), "%s",
			    mode_of(account_id(pl.data), marg));
			mode = m;
			break;
		case FRAME_DISCOVER:
			die(mode);
			if (strcmp(mode, "doneondiscover") == 0)
				rc = send_frame(&p, FRAME_DONE,
				    "{\"nodes\":0,\"edges\":0}");
			else if (strcmp(mode, "failed") == 0)
				rc = send_frame(&p, FRAME_FAILED,
				    "{\"error\":\"no accounts\"}");
			else
				rc = send_frame(&p, FRAME_ACCOUNTS,
				    "[{\"id\":\"a1\",\"name\":\"A 1\"},"
				    "{\"id\":\"a2\",\"name\":\"a2\"}]");
			break;
		case FRAME_COLLECT:
			rc = collect(&p, mode);
			break;
		case FRAME_STOP:
			buf_free(&pl);
			return 0;
		case FRAME_CLEANUP:
			if (strcmp(mode, "okcrash") == 0 && nodes++ == 0) {
				rc = send_frame(&p, FRAME_RESULT, "{\"ok\": true, "
				    "\"node\": {}, \"error\": null}");
				break;
			}
			die(strcmp(mode, "okcrash") == 0 ? "crash" : mode);
			/* FALLTHROUGH */
		case FRAME_PRE_CLEANUP:
		case FRAME_TAG_UPDATE:
		case FRAME_TAG_DELETE:
			die(mode);	/* crash, hang, ... on a node request */
			rc = send_frame(&p, FRAME_FAILED,
			    "{\"error\":\"no node operations here\"}");
			break;
		default:
			rc = send_frame(&p, FRAME_FAILED,
			    "{\"error\":\"unexpected frame\"}");
		}
		if (rc == -1) {
			buf_free(&pl);
			return 1;
		}
	}
	buf_free(&pl);
	return 0;
}

char *
fake_peek_account(int fd)
{
	uint8_t hb[FRAME_HDR_SIZE];
	struct frame_hdr h;
	char err[128], *b, *id;
	ssize_t n;
	int tries;

	for (tries = 0; tries < 500; tries++) {
		n = recv(fd, hb, sizeof(hb), MSG_PEEK);
		if (n == (ssize_t)sizeof(hb))
			break;
		if (n <= 0)
			return NULL;
		usleep(10000);
	}
	if (frame_hdr_decode(hb, &h, err, sizeof(err)) == -1 ||
	    h.type != FRAME_ACCOUNT)
		return NULL;
	b = xmalloc(FRAME_HDR_SIZE + h.len + 1);
	for (tries = 0; tries < 500; tries++) {
		n = recv(fd, b, FRAME_HDR_SIZE + h.len, MSG_PEEK);
		if (n == (ssize_t)(FRAME_HDR_SIZE + h.len))
			break;
		if (n <= 0) {
			free(b);
			return NULL;
		}
		usleep(10000);
	}
	b[FRAME_HDR_SIZE + h.len] = '\0';
	id = xstrdup(account_id(b + FRAME_HDR_SIZE));
	free(b);
	return id;
}

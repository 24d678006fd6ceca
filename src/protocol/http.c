/* http: see http.h. */
#include "protocol/http.h"
#include "protocol/jwt.h"
#include "protocol/tls.h"
#include "common/buf.h"
#include "common/hdrs.h"
#include "common/log.h"

#include <sys/queue.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <event2/event.h>
#include <openssl/ssl.h>

/* A socket curl asked us to watch. */
struct http_sock {
	struct http		*h;
	struct event		*ev;
	LIST_ENTRY(http_sock)	 entry;
};

struct http_req {
	struct http_res		 res;	/* first: http_res_header() casts */
	struct http		*h;
	CURL			*easy;
	http_cb			 cb;
	void			*arg;
	TAILQ_ENTRY(http_req)	 entry;
	struct curl_slist	*hdrs;
	char			*method, *url;
	char			 errbuf[CURL_ERROR_SIZE];
	char			 why[300];	/* our own reason (body file, size) */
	struct buf		 error;
	struct buf		 rhdrs;		/* "name\0value\0" ... */
	int			 fd;		/* body file, -1 */
	off_t			 off;		/* read so far (regular file) */
	char			*path;
	int			 pipe;		/* not a regular file: chunked */
	struct event		*fdev;		/* the pipe is readable again */
	struct event		*failev;	/* fail from the loop */
	int			(*on_data)(const char *, size_t, char *,
				    size_t, void *);
	int			 discard;	/* discard_body */
	int			 added;		/* in the multi handle */
	int			 in_cb;
};

struct http {
	struct event_base	*base;
	CURLM			*multi;
	struct event		*timer;
	struct jwt_key		*key;
	STACK_OF(X509)		*cas;
	int			 verify;
	char			*cert, *keyfile, *keypass;
	TAILQ_HEAD(, http_req)	 reqs;
	LIST_HEAD(, http_sock)	 socks;
	int			 busy, dead;
};

static void	http_destroy(struct http *);

static void
http_unbusy(struct http *h)
{
	if (--h->busy == 0 && h->dead)
		http_destroy(h);
}

static void
req_free(struct http_req *r)
{
	if (r->added)
		curl_multi_remove_handle(r->h->multi, r->easy);
	if (r->easy != NULL)
		curl_easy_cleanup(r->easy);
	curl_slist_free_all(r->hdrs);
	if (r->fdev != NULL)
		event_free(r->fdev);
	if (r->failev != NULL)
		event_free(r->failev);
	if (r->fd != -1)
		close(r->fd);
	buf_free(&r->res.body);
	buf_free(&r->rhdrs);
	buf_free(&r->error);
	free(r->method);
	free(r->url);
	free(r->path);
	free(r);
}

/* Report the outcome (unless cancelled) and free the request. */
static void
req_done(struct http_req *r, int failed)
{
	struct http *h = r->h;

	TAILQ_REMOVE(&h->reqs, r, entry);
	if (r->added) {
		curl_multi_remove_handle(h->multi, r->easy);
		r->added = 0;
	}
	if (r->easy != NULL)
		curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE,
		    &r->res.status);
	if (failed) {
		r->res.failed = 1;
		buf_printf(&r->error, "%s %s: %s", r->method, r->url,
		    r->why[0] ? r->why : r->errbuf);
		r->res.error = r->error.data;
		log_debug("http: %s", r->res.error);
	} else
		log_debug("http: %s %s: %ld", r->method, r->url, r->res.status);
	if (r->res.body.data == NULL)
		buf_add(&r->res.body, "", 0);
	r->in_cb = 1;
	if (r->cb != NULL)
		r->cb(&r->res, r->arg);
	req_free(r);
}

/* Collect the transfers curl finished. */
static void
http_check(struct http *h)
{
	struct http_req *r;
	CURLMsg *m;
	CURLcode rc;
	int left;

	while (!h->dead && (m = curl_multi_info_read(h->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		rc = m->data.result;
		if (curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE,
		    (char **)&r) != CURLE_OK || r == NULL)
			continue;
		if (rc != CURLE_OK && r->errbuf[0] == '\0')
			snprintf(r->errbuf, sizeof(r->errbuf), "%s",
			    curl_easy_strerror(rc));
		req_done(r, rc != CURLE_OK);
	}
}

/* libevent -> curl */

static void
http_sock_ev(evutil_socket_t fd, short what, void *arg)
{
	struct http_sock *s = arg;
	struct http *h = s->h;
	int running, flags = 0;

	if (what & EV_READ)
		flags |= CURL_CSELECT_IN;
	if (what & EV_WRITE)
		flags |= CURL_CSELECT_OUT;
	h->busy++;
	curl_multi_socket_action(h->multi, fd, flags, &running);
	if (running == 0)
		evtimer_del(h->timer);
	http_check(h);
	http_unbusy(h);
}

static void
http_timer_ev(evutil_socket_t fd, short what, void *arg)
{
	struct http *h = arg;
	int running;

	h->busy++;
	curl_multi_socket_action(h->multi, CURL_SOCKET_TIMEOUT, 0, &running);
	http_check(h);
	http_unbusy(h);
}

/* curl -> libevent */

static int
http_sock_cb(CURL *e, curl_socket_t fd, int what, void *userp, void *sockp)
{
	struct http *h = userp;
	struct http_sock *s = sockp;
	short kind = EV_PERSIST;

	if (what == CURL_POLL_REMOVE) {
		if (s != NULL) {
			event_free(s->ev);
			LIST_REMOVE(s, entry);
			free(s);
			curl_multi_assign(h->multi, fd, NULL);
		}
		return 0;
	}
	if (what & CURL_POLL_IN)
		kind |= EV_READ;
	if (what & CURL_POLL_OUT)
		kind |= EV_WRITE;
	if (s == NULL) {
		s = xcalloc(1, sizeof(*s));
		s->h = h;
		LIST_INSERT_HEAD(&h->socks, s, entry);
		curl_multi_assign(h->multi, fd, s);
	} else
		event_free(s->ev);
	if ((s->ev = event_new(h->base, fd, kind, http_sock_ev, s)) == NULL ||
	    event_add(s->ev, NULL) == -1)
		fatalx("http: cannot watch a socket");
	return 0;
}

static int
http_timer_cb(CURLM *m, long ms, void *userp)
{
	struct http *h = userp;
	struct timeval tv;

	if (ms < 0) {
		evtimer_del(h->timer);
		return 0;
	}
	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	evtimer_add(h->timer, &tv);
	return 0;
}

/* curl callbacks of one transfer */

static size_t
http_write_cb(char *p, size_t size, size_t n, void *arg)
{
	struct http_req *r = arg;
	long status = 0;

	n *= size;
	if (r->on_data != NULL || r->discard) {
		curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &status);
		if (status >= 200 && status < 300)
			return r->discard || r->on_data(p, n, r->why,
			    sizeof(r->why), r->arg) == 0 ? n : 0;
	}
	if (r->res.body.len + n > (size_t)HTTP_MAX_BODY) {
		snprintf(r->why, sizeof(r->why), "response body larger than "
		    "%ld bytes", HTTP_MAX_BODY);
		return 0;
	}
	buf_add(&r->res.body, p, n);
	return n;
}

static void
http_fd_ready(evutil_socket_t fd, short what, void *arg)
{
	struct http_req *r = arg;
	struct http *h = r->h;

	h->busy++;
	curl_easy_pause(r->easy, CURLPAUSE_CONT);
	http_check(h);
	http_unbusy(h);
}

static size_t
http_read_cb(char *p, size_t size, size_t n, void *arg)
{
	struct http_req *r = arg;
	ssize_t got;

	for (;;) {
		/* a regular file from offset 0, whoever else reads it */
		got = r->pipe ? read(r->fd, p, size * n) :
		    pread(r->fd, p, size * n, r->off);
		if (got >= 0) {
			r->off += got;
			return (size_t)got;
		}
		if (errno == EINTR)
			continue;
		if (r->pipe && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			event_add(r->fdev, NULL);
			return CURL_READFUNC_PAUSE;
		}
		snprintf(r->why, sizeof(r->why), "reading %s: %s", r->path,
		    strerror(errno));
		return CURL_READFUNC_ABORT;
	}
}

static CURLcode
http_sslctx_cb(CURL *e, void *ctx, void *arg)
{
	struct http *h = arg;

	tls_store_add(SSL_CTX_get_cert_store(ctx), h->cas);
	return CURLE_OK;
}

/* Requests */

static void
http_fail_ev(evutil_socket_t fd, short what, void *arg)
{
	struct http_req *r = arg;
	struct http *h = r->h;

	h->busy++;
	req_done(r, 1);
	http_unbusy(h);
}

/* The request cannot start: fail it from the loop (fmt NULL: r->why
 * already says why). */
static struct http_req *
req_fail(struct http_req *r, const char *fmt, ...)
{
	va_list ap;

	if (fmt != NULL) {
		va_start(ap, fmt);
		vsnprintf(r->why, sizeof(r->why), fmt, ap);
		va_end(ap);
	}
	if ((r->failev = event_new(r->h->base, -1, 0, http_fail_ev, r)) == NULL)
		fatalx("http: cannot create an event");
	event_active(r->failev, EV_TIMEOUT, 0);
	return r;
}

static int
http_header(struct http_req *r, const char *fmt, const char *v)
{
	struct curl_slist *l;
	struct buf b = BUF_INIT;

	buf_printf(&b, fmt, v);
	if (strpbrk(b.data, "\r\n") != NULL) {
		buf_free(&b);
		return -1;
	}
	if ((l = curl_slist_append(r->hdrs, b.data)) == NULL)
		fatalx("http: out of memory");
	r->hdrs = l;
	buf_free(&b);
	return 0;
}

/* The body from a file (path, or descriptor fd when path is NULL): its
 * size when regular, chunked when a pipe. */
static int
http_body_file(struct http_req *r, const char *path, int fd)
{
	struct stat st;

	if (path == NULL) {
		r->path = xstrdup("the body's descriptor");
		if ((r->fd = fcntl(fd, F_DUPFD_CLOEXEC, 3)) == -1 ||
		    fstat(r->fd, &st) == -1) {
			snprintf(r->why, sizeof(r->why), "body descriptor: %s",
			    strerror(errno));
			return -1;
		}
		if (!S_ISREG(st.st_mode)) {
			snprintf(r->why, sizeof(r->why), "body descriptor: "
			    "not a regular file");
			return -1;
		}
	} else {
		r->path = xstrdup(path);
		if ((r->fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) ==
		    -1 || fstat(r->fd, &st) == -1) {
			snprintf(r->why, sizeof(r->why), "body file %s: %s",
			    path, strerror(errno));
			return -1;
		}
	}
	curl_easy_setopt(r->easy, CURLOPT_POST, 1L);
	curl_easy_setopt(r->easy, CURLOPT_READFUNCTION, http_read_cb);
	curl_easy_setopt(r->easy, CURLOPT_READDATA, r);
	if (S_ISREG(st.st_mode)) {
		curl_easy_setopt(r->easy, CURLOPT_POSTFIELDSIZE_LARGE,
		    (curl_off_t)st.st_size);
		return 0;
	}
	r->pipe = 1;
	if ((r->fdev = event_new(r->h->base, r->fd, EV_READ, http_fd_ready,
	    r)) == NULL)
		fatalx("http: cannot create an event");
	curl_easy_setopt(r->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)-1);
	return http_header(r, "%s", "Transfer-Encoding: chunked");
}

struct http_req *
http_request(struct http *h, const struct http_req_opts *o, http_cb cb,
    void *arg)
{
	struct http_req *r;
	const char *const *hp;
	const char *m;
	char *tok;
	int body = o->body != NULL || o->body_file != NULL || o->body_fd > 0;
	int verify, post = 0;

	if (h->dead)
		return NULL;
	m = o->method ? o->method : body ? "POST" : "GET";
	r = xcalloc(1, sizeof(*r));
	r->h = h;
	r->cb = cb;
	r->arg = arg;
	r->on_data = o->on_data;
	r->discard = o->discard_body;
	r->fd = -1;
	r->method = xstrdup(m);
	r->url = xstrdup(o->url ? o->url : "(no URL)");
	TAILQ_INSERT_TAIL(&h->reqs, r, entry);
	if (o->url == NULL)
		return req_fail(r, "no URL");
	if ((r->easy = curl_easy_init()) == NULL)
		return req_fail(r, "cannot create a curl handle");
	curl_easy_setopt(r->easy, CURLOPT_URL, o->url);
	curl_easy_setopt(r->easy, CURLOPT_PRIVATE, r);
	curl_easy_setopt(r->easy, CURLOPT_ERRORBUFFER, r->errbuf);
	curl_easy_setopt(r->easy, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(r->easy, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(r->easy, CURLOPT_HTTP_VERSION,
	    (long)CURL_HTTP_VERSION_1_1);
	curl_easy_setopt(r->easy, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(r->easy, CURLOPT_WRITEFUNCTION, http_write_cb);
	curl_easy_setopt(r->easy, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(r->easy, CURLOPT_HEADERFUNCTION, hdrs_curl_cb);
	curl_easy_setopt(r->easy, CURLOPT_HEADERDATA, &r->rhdrs);
	if (o->timeout_ms > 0)
		curl_easy_setopt(r->easy, CURLOPT_TIMEOUT_MS, o->timeout_ms);
	verify = h->verify && !o->no_verify;
	curl_easy_setopt(r->easy, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
	curl_easy_setopt(r->easy, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
	if (h->cas != NULL) {
		curl_easy_setopt(r->easy, CURLOPT_SSL_CTX_FUNCTION,
		    http_sslctx_cb);
		curl_easy_setopt(r->easy, CURLOPT_SSL_CTX_DATA, h);
	}
	if (h->cert != NULL) {
		curl_easy_setopt(r->easy, CURLOPT_SSLCERT, h->cert);
		curl_easy_setopt(r->easy, CURLOPT_SSLKEY,
		    h->keyfile ? h->keyfile : h->cert);
		if (h->keypass != NULL)
			curl_easy_setopt(r->easy, CURLOPT_KEYPASSWD, h->keypass);
	}

	/* headers: never "Expect: 100-continue"; Content-Type only ours */
	http_header(r, "%s", "Expect:");
	if (o->content_type == NULL)
		http_header(r, "%s", "Content-Type:");	/* not curl's default */
	else if (http_header(r, "Content-Type: %s", o->content_type) == -1)
		return req_fail(r, "Content-Type contains a line break");
	if (o->accept != NULL && http_header(r, "Accept: %s", o->accept) == -1)
		return req_fail(r, "Accept contains a line break");
	for (hp = o->headers; hp != NULL && *hp != NULL; hp++)
		if (strchr(*hp, ':') == NULL || http_header(r, "%s", *hp) == -1)
			return req_fail(r, "bad extra header (\"Name: value\" "
			    "without line breaks)");
	if (h->key != NULL && !o->no_auth) {
		tok = jwt_token(h->key, time(NULL));
		http_header(r, "Authorization: Bearer %s", tok);
		free(tok);
	}

	/* method and body: curl POSTs a body, GETs otherwise; the rest is
	 * a custom method on top of that */
	if (o->body_file != NULL || o->body_fd > 0) {
		if (http_body_file(r, o->body_file, o->body_fd) == -1)
			return req_fail(r, NULL);
		post = 1;
	} else if (o->body != NULL || strcmp(m, "POST") == 0 ||
	    strcmp(m, "PUT") == 0 || strcmp(m, "PATCH") == 0) {
		curl_easy_setopt(r->easy, CURLOPT_POSTFIELDSIZE_LARGE,
		    (curl_off_t)(o->body ? o->body_len : 0));
		curl_easy_setopt(r->easy, CURLOPT_COPYPOSTFIELDS,
		    o->body ? o->body : "");
		post = 1;
	} else if (strcmp(m, "HEAD") == 0)
		curl_easy_setopt(r->easy, CURLOPT_NOBODY, 1L);
	else
		curl_easy_setopt(r->easy, CURLOPT_HTTPGET, 1L);
	if (post ? strcmp(m, "POST") != 0 :
	    strcmp(m, "GET") != 0 && strcmp(m, "HEAD") != 0)
		curl_easy_setopt(r->easy, CURLOPT_CUSTOMREQUEST, m);
	curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, r->hdrs);
	if (curl_multi_add_handle(h->multi, r->easy) != CURLM_OK)
		return req_fail(r, "cannot start the transfer");
	r->added = 1;
	return r;
}

void
http_cancel(struct http_req *r)
{
	if (r == NULL || r->in_cb)
		return;
	TAILQ_REMOVE(&r->h->reqs, r, entry);
	req_free(r);
}

const char *
http_res_header(const struct http_res *res, const char *name)
{
	return hdrs_get(&((const struct http_req *)res)->rhdrs, name);
}

struct http *
http_new(struct event_base *base, const struct tls_opts *tls,
    struct jwt_key *key)
{
	struct http *h;
	char err[512];

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		log_warnx("http: curl_global_init failed");
		return NULL;
	}
	h = xcalloc(1, sizeof(*h));
	h->base = base;
	h->key = key;
	TAILQ_INIT(&h->reqs);
	LIST_INIT(&h->socks);
	h->verify = tls == NULL || tls->verify;
	if (tls_load_cas(tls, &h->cas, err, sizeof(err)) == -1) {
		log_warnx("http: %s", err);
		free(h);
		curl_global_cleanup();
		return NULL;
	}
	if (tls != NULL && tls->cert != NULL) {
		h->cert = xstrdup(tls->cert);
		h->keyfile = tls->key ? xstrdup(tls->key) : NULL;
		if (tls->key_pass != NULL) {
			log_secret(tls->key_pass);
			h->keypass = xstrdup(tls->key_pass);
		}
	}
	if ((h->multi = curl_multi_init()) == NULL ||
	    (h->timer = evtimer_new(base, http_timer_ev, h)) == NULL)
		fatalx("http: cannot create the curl multi handle");
	curl_multi_setopt(h->multi, CURLMOPT_SOCKETFUNCTION, http_sock_cb);
	curl_multi_setopt(h->multi, CURLMOPT_SOCKETDATA, h);
	curl_multi_setopt(h->multi, CURLMOPT_TIMERFUNCTION, http_timer_cb);
	curl_multi_setopt(h->multi, CURLMOPT_TIMERDATA, h);
	return h;
}

static void
http_destroy(struct http *h)
{
	struct http_sock *s;

	curl_multi_cleanup(h->multi);
	while ((s = LIST_FIRST(&h->socks)) != NULL) {
		LIST_REMOVE(s, entry);
		event_free(s->ev);
		free(s);
	}
	event_free(h->timer);
	sk_X509_pop_free(h->cas, X509_free);
	free(h->cert);
	free(h->keyfile);
	if (h->keypass != NULL) {
		explicit_bzero(h->keypass, strlen(h->keypass));
		free(h->keypass);
	}
	free(h);
	curl_global_cleanup();
}

void
http_free(struct http *h)
{
	struct http_req *r;

	if (h == NULL || h->dead)
		return;
	h->dead = 1;
	while ((r = TAILQ_FIRST(&h->reqs)) != NULL) {
		TAILQ_REMOVE(&h->reqs, r, entry);
		req_free(r);
	}
	if (h->busy == 0)
		http_destroy(h);
}

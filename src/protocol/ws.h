/*
 * ws: a websocket client (RFC 6455) on libevent bufferevents, plain (ws://)
 * and TLS (wss://), framing by wslay. Owns one connection's whole life:
 * asynchronous name resolution (evdns), connect (every address in turn),
 * TLS with SNI and host name check, the opening handshake (Authorization,
 * no Origin, checked Sec-WebSocket-Accept), client masking, fragmented
 * messages, ping/pong keep-alive, the close handshake, the message size
 * limit (close 1009) and UTF-8 validation of text (close 1007). It knows
 * nothing of what the messages mean.
 *
 * Life of a ws: ws_connect() never fails synchronously and never calls a
 * callback before it returns. Every ws ends with exactly one on_close()
 * (code + reason: the server's close frame, the code we closed with on a
 * protocol error, or 1006 for connect/TLS/handshake failures, lost
 * connections and timeouts; a refused upgrade's reason starts with
 * "HTTP <status>"), after which the ws is freed -- unless the owner called
 * ws_close() first: then no callback is made any more and the ws frees
 * itself once the close handshake is over (at most WS_CLOSE_WAIT_S). All
 * calls are safe from inside the callbacks.
 */
#ifndef RW_WS_H
#define RW_WS_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/ssl.h>

struct event_base;
struct evbuffer;
struct ws;

#define WS_DEFAULT_MAX_MESSAGE	(16 * 1024 * 1024)
#define WS_DEFAULT_PING_S	20	/* core-protocol.md 10.1 */
#define WS_DEFAULT_PONG_S	10
#define WS_CONNECT_TIMEOUT_S	30	/* resolve + connect + TLS + upgrade */
#define WS_CLOSE_WAIT_S		5	/* wait for the server's close frame */

struct ws_cbs {
	void	(*on_open)(struct ws *, void *arg);
	/* msg is NUL-terminated (msg[len] == '\0'), valid UTF-8 */
	void	(*on_text)(struct ws *, const char *msg, size_t len, void *arg);
	/* also on failure/timeouts; ws is freed after it returns */
	void	(*on_close)(struct ws *, int code, const char *reason, void *arg);
	/* optional (NULL: binary messages are dropped with a debug line) */
	void	(*on_binary)(struct ws *, const void *msg, size_t len, void *arg);
};

struct ws_opts {
	const char	*url;		/* ws://host[:port]/path?query or wss:// */
	const char	*authorization;	/* Authorization header value, e.g.
					   "Bearer <jwt>", or NULL */
	SSL_CTX		*ssl;		/* for wss (reference taken); NULL: one
					   verifying against the system store */
	size_t		 max_message;	/* 0: WS_DEFAULT_MAX_MESSAGE */
	int		 ping_interval_s; /* 0: WS_DEFAULT_PING_S, < 0: no pings */
	int		 pong_timeout_s;  /* 0: WS_DEFAULT_PONG_S */
};

struct ws *ws_connect(struct event_base *, const struct ws_opts *,
	    const struct ws_cbs *, void *arg);
/* Queue a message: 0, or -1 when the ws is not open (or closing). */
int	 ws_send_text(struct ws *, const char *msg, size_t len);
int	 ws_send_binary(struct ws *, const void *msg, size_t len);
/* Start the close handshake with code (1000-1003, 1007-1011, 3000-4999;
 * 0: no code; others become 1000) and a reason (cut to 123 bytes, may be
 * NULL) and let go of the ws: no more callbacks. Before the ws is open
 * this just drops the attempt. */
void	 ws_close(struct ws *, int code, const char *reason);
const char *ws_url(const struct ws *);

/*
 * In-memory websocket for tests and fuzzing: an open ws without a socket.
 * ws_mem_feed() hands it bytes "from the server" and runs exactly the
 * receive path of a real connection; what the client sent in answer
 * (pongs, close frames, messages; masked) is appended to sent (may be
 * NULL; p NULL and n 0 just collects what ws_send_text queued). Returns 0
 * while the ws lives, -1 once it ended (on_close was called) and is freed.
 * ws_close() on it frees it at once.
 */
struct ws *ws_mem_new(struct event_base *, const struct ws_opts *,
	    const struct ws_cbs *, void *arg);
int	 ws_mem_feed(struct ws *, const void *p, size_t n,
	    struct evbuffer *sent);

#endif

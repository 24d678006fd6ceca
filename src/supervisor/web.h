/*
 * web: the worker's own HTTP(S) endpoints on resotoworker.web_host:web_port
 * under web_path (and, as the reference mounts them, under / too), served
 * by libevent's evhttp from the supervisor's one loop:
 *   /health   200 or 503 with a JSON of each condition (core-protocol.md
 *             1.1: the core reachable, each websocket open, the last
 *             collect); 503 names the failing conditions
 *   /metrics  Prometheus text format 0.0.4 (metrics.h)
 *   /info     {"active_collectors": [...], "all_collectors": [...]}
 * Owns the listening socket (bound at start; a bind that fails is logged
 * and tried again every WEB_REBIND_S seconds), the connections (at most
 * WEB_MAX_CONN at once: beyond that the listener pauses and new ones wait
 * in the kernel's backlog), each connection's deadline (a request must
 * arrive whole within WEB_DEADLINE_S of the connection or of the previous
 * answer, else the connection is dropped), the size limits of a request,
 * and TLS: https when the core URI is https unless resotoworker.no_tls,
 * with --cert/--cert-key when given, else a certificate the core's CA
 * signs (webcert.h); the listener opens once it has one.
 */
#ifndef RW_WEB_H
#define RW_WEB_H

struct event_base;
struct options;
struct config;
struct core;
struct web;

#define WEB_MAX_CONN	8
#define WEB_DEADLINE_S	10
#define WEB_REBIND_S	10

/* Serve with the web_* and no_tls values of cfg (read once: they need a
 * restart) and the certificate options of opts; core answers /health,
 * /metrics and /info (its current configuration names the active
 * collectors). Listens now unless a certificate must come from the core
 * first (web_core_ready). */
struct web *web_new(struct event_base *, const struct options *,
	    const struct config *, struct core *);
/* The session has its REST client (the core's CA is known): ask the core
 * for a certificate if one is needed and not there yet. */
void	web_core_ready(struct web *);
void	web_free(struct web *);

#endif

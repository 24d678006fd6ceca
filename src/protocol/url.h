/*
 * url: splits the URLs of the core connections (ws, wss, http, https) into
 * what a client needs: TLS or not, host (IPv6 literals without brackets),
 * port (scheme default when absent), path with query, and the value of the
 * Host header. Owns nothing else; no percent-decoding, no user info.
 */
#ifndef RW_URL_H
#define RW_URL_H

#include <stddef.h>

struct url {
	int	 tls;		/* wss or https */
	char	*host;		/* "localhost", "10.0.0.1", "::1" */
	int	 port;
	char	*path;		/* "/work/queue?x=1", at least "/" */
	char	*hostport;	/* "localhost:8900", "[::1]:8900" */
};

/* 0, or -1 and a reason in err. On success free with url_free(). */
int	url_parse(const char *s, struct url *u, char *err, size_t errlen);
void	url_free(struct url *u);

#endif

/* url: see url.h. */
#include "protocol/url.h"
#include "common/buf.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char	*name;
	int		 tls, port;
} schemes[] = {
	{ "ws", 0, 80 }, { "wss", 1, 443 }, { "http", 0, 80 }, { "https", 1, 443 },
};

static char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int
url_parse(const char *s, struct url *u, char *err, size_t errlen)
{
	const char *p, *h, *he, *end;
	size_t i, n;
	unsigned char a[16];
	long port;
	char *ep, hp[300];

	memset(u, 0, sizeof(*u));
	for (p = s; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f) {
			snprintf(err, errlen, "URL %s: contains a space or a "
			    "control character", s);
			return -1;
		}
	if ((p = strstr(s, "://")) == NULL) {
		snprintf(err, errlen, "URL %s: no scheme", s);
		return -1;
	}
	n = (size_t)(p - s);
	for (i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++)
		if (strlen(schemes[i].name) == n &&
		    strncasecmp(s, schemes[i].name, n) == 0)
			break;
	if (i == sizeof(schemes) / sizeof(schemes[0])) {
		snprintf(err, errlen, "URL %s: unsupported scheme "
		    "(ws, wss, http or https)", s);
		return -1;
	}
	u->tls = schemes[i].tls;
	u->port = schemes[i].port;
	h = p + 3;
	end = h + strcspn(h, "/?#");
	if (memchr(h, '@', (size_t)(end - h)) != NULL) {
		snprintf(err, errlen, "URL %s: user info is not supported", s);
		return -1;
	}
	if (*h == '[') {
		if ((he = memchr(h, ']', (size_t)(end - h))) == NULL) {
			snprintf(err, errlen, "URL %s: unterminated [IPv6]", s);
			return -1;
		}
		u->host = xstrndup(h + 1, (size_t)(he - h - 1));
		if (inet_pton(AF_INET6, u->host, a) != 1) {
			snprintf(err, errlen, "URL %s: bad IPv6 address", s);
			goto fail;
		}
		p = he + 1;
	} else {
		he = memchr(h, ':', (size_t)(end - h));
		p = he ? he : end;
		u->host = xstrndup(h, (size_t)(p - h));
	}
	if (*u->host == '\0' || strlen(u->host) > 253) {
		snprintf(err, errlen, "URL %s: bad host", s);
		goto fail;
	}
	if (p < end && *p == ':') {
		if (!(p[1] >= '0' && p[1] <= '9')) {
			snprintf(err, errlen, "URL %s: bad port", s);
			goto fail;
		}
		port = strtol(p + 1, &ep, 10);
		if (ep != end || port < 1 || port > 65535) {
			snprintf(err, errlen, "URL %s: bad port", s);
			goto fail;
		}
		u->port = (int)port;
	} else if (p != end) {
		snprintf(err, errlen, "URL %s: bad host", s);
		goto fail;
	}
	n = strcspn(end, "#");
	if (n == 0 || *end != '/') {
		u->path = xmalloc(n + 2);
		u->path[0] = '/';
		memcpy(u->path + 1, end, n);
		u->path[n + 1] = '\0';
	} else
		u->path = xstrndup(end, n);
	if (strchr(u->host, ':') != NULL)
		snprintf(hp, sizeof(hp), "[%s]:%d", u->host, u->port);
	else
		snprintf(hp, sizeof(hp), "%s:%d", u->host, u->port);
	u->hostport = xstrdup(hp);
	return 0;
 fail:
	url_free(u);
	return -1;
}

void
url_free(struct url *u)
{
	free(u->host);
	free(u->path);
	free(u->hostport);
	memset(u, 0, sizeof(*u));
}

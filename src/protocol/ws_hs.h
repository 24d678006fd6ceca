/*
 * ws_hs: the websocket opening handshake (RFC 6455 section 4) as pure
 * functions: the client key, the expected Sec-WebSocket-Accept, the
 * upgrade request and the check of the server's response head. No I/O;
 * ws.c sends and receives, t_ws_hs tests these directly.
 */
#ifndef RW_WS_HS_H
#define RW_WS_HS_H

#include <stddef.h>

struct buf;
struct url;

#define WS_HS_KEY_LEN		24	/* base64 of 16 random bytes */
#define WS_HS_ACCEPT_LEN	28	/* base64 of a SHA-1 */
#define WS_HS_MAX		16384	/* longest response head we accept */

void	ws_hs_key(char key[WS_HS_KEY_LEN + 1]);
void	ws_hs_accept(const char *key, char out[WS_HS_ACCEPT_LEN + 1]);
/* The GET upgrade request for u: Host with port, no Origin, the
 * Authorization header when authorization (its value) is not NULL. */
void	ws_hs_request(struct buf *out, const struct url *u, const char *key,
	    const char *authorization);
/* Check the response head resp[0..len) (status line to the empty line).
 * 0 when it accepts the upgrade for key; else -1 and a reason in err:
 * "HTTP 401 Unauthorized" for any status but 101, or what is wrong with
 * the 101 (Sec-WebSocket-Accept, Upgrade, Connection, an extension or
 * subprotocol we did not ask for). *status is the HTTP status (0 when the
 * status line is malformed). */
int	ws_hs_response(const char *resp, size_t len, const char *key,
	    int *status, char *err, size_t errlen);

#endif

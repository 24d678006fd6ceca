/* ws_diag: see ws_diag.h. */
#include "protocol/ws_diag.h"

#include <stdio.h>
#include <string.h>

static const char *
opname(int op)
{
	switch (op) {
	case 0x0: return "continuation";
	case 0x1: return "text";
	case 0x2: return "binary";
	case 0x8: return "close";
	case 0x9: return "ping";
	case 0xa: return "pong";
	}
	return "unknown";
}

#define WHY(...) (d->code = 1002, snprintf(d->why, sizeof(d->why), __VA_ARGS__))

void
ws_diag_init(struct ws_diag *d, uint64_t max)
{
	memset(d, 0, sizeof(*d));
	d->need = 2;
	d->max = max;
}

/* The header is complete: check it and enter the payload. */
static void
header(struct ws_diag *d)
{
	int fin = d->hdr[0] >> 7, rsv = d->hdr[0] >> 4 & 7, op = d->hdr[0] & 0xf;
	int mask = d->hdr[1] >> 7, len7 = d->hdr[1] & 0x7f, ctrl = op & 0x8;
	uint64_t len = (uint64_t)len7;
	size_t i;

	if (len7 == 126)
		len = (uint64_t)d->hdr[2] << 8 | d->hdr[3];
	else if (len7 == 127)
		for (len = 0, i = 2; i < 10; i++)
			len = len << 8 | d->hdr[i];
	if (ctrl && len7 > 125)
		WHY("%s frame with a %d-byte length (control frames carry at "
		    "most 125 bytes)", opname(op), len7);
	else if (ctrl && !fin)
		WHY("fragmented %s frame (control frames cannot be "
		    "fragmented)", opname(op));
	else if ((len7 == 126 && len < 126) || (len7 == 127 && len < 65536))
		WHY("frame length %llu not in its shortest encoding",
		    (unsigned long long)len);
	else if (len7 == 127 && (len >> 63))
		WHY("frame length with the most significant bit set");
	else if (rsv)
		WHY("reserved bits 0x%x set in a %s frame (no extension was "
		    "negotiated)", rsv, opname(op));
	else if (mask)
		WHY("masked %s frame (servers must not mask)",
		    opname(op));
	else if ((op > 0x2 && op < 0x8) || op > 0xa)
		WHY("unknown opcode 0x%x", op);
	else if (op == 0x0 && !d->frag)
		WHY("continuation frame without a message to continue");
	else if ((op == 0x1 || op == 0x2) && d->frag)
		WHY("new %s message inside a fragmented message", opname(op));
	else if (!ctrl && (op == 0x0 ? d->msglen : 0) + len > d->max) {
		WHY("message of more than %llu bytes (the maximum is %llu)",
		    (unsigned long long)((op == 0x0 ? d->msglen : 0) + len),
		    (unsigned long long)d->max);
		d->code = 1009;
	}
	if (!ctrl) {
		d->msglen = (op == 0x0 ? d->msglen : 0) + len;
		d->frag = !fin;
	}
	d->op = op;
	d->cblen = 0;
	d->payload = 1;
	d->left = len;
}

/* A frame ended: a close frame's status code must be one a peer may send. */
static void
frame_end(struct ws_diag *d)
{
	int code;

	d->payload = 0;
	d->hlen = 0;
	d->need = 2;
	if (d->op != 0x8 || d->cblen < 2)
		return;
	code = d->cb[0] << 8 | d->cb[1];
	if (!((code >= 1000 && code <= 1011 && code != 1004 && code != 1005 &&
	    code != 1006) || (code >= 3000 && code <= 4999)))
		WHY("close frame with the invalid status code %d", code);
}

void
ws_diag_feed(struct ws_diag *d, const uint8_t *p, size_t n)
{
	size_t take, i;

	while (n > 0 && d->why[0] == '\0') {
		if (!d->payload) {
			d->hdr[d->hlen++] = *p++;
			n--;
			if (d->hlen == 2) {
				d->need = 2 + (d->hdr[1] >> 7) * 4;
				if ((d->hdr[1] & 0x7f) == 126)
					d->need += 2;
				else if ((d->hdr[1] & 0x7f) == 127)
					d->need += 8;
			}
			if (d->hlen < d->need)
				continue;
			header(d);
			if (d->left == 0 && d->why[0] == '\0')
				frame_end(d);
			continue;
		}
		take = n < d->left ? n : (size_t)d->left;
		for (i = 0; d->op == 0x8 && d->cblen < 2 && i < take; i++)
			d->cb[d->cblen++] = p[i];
		p += take;
		n -= take;
		d->left -= take;
		if (d->left == 0)
			frame_end(d);
	}
}

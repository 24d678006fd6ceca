/*
 * nodeid: the node id of collectors.md 1.5: base64url (no padding) of
 * BLAKE2b-128 over the Python repr of the identity tuple
 * (kind, cloud, account, region, zone, id, name). Ids are kept binary
 * (16 bytes) in the graph and turned into their 22 characters on output.
 */
#ifndef RW_NODEID_H
#define RW_NODEID_H

#include <stddef.h>
#include <stdint.h>

#define NODEID_BIN	16
#define NODEID_LEN	22	/* characters, without the NUL */

struct buf;

struct nodeid {
	uint8_t	b[NODEID_BIN];
};

/* The id of a tuple of strings; tmp is scratch space for the repr. */
void	nodeid_tuple(struct nodeid *, const char *const *keys, size_t n,
	    struct buf *tmp);
void	nodeid_str(const struct nodeid *, char out[NODEID_LEN + 1]);
/* base64url without padding of any bytes; out needs 4*ceil(n/3)+1. */
size_t	b64url(char *out, const uint8_t *in, size_t n);

#endif

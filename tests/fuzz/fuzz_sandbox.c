/*
 * fuzz_sandbox: what the supervisor reads from a child that the sandbox
 * killed (sandbox_last_word: one datagram, untrusted) and the part lists of
 * the child's command line (sandbox_parts_parse). Neither may crash, read
 * past its input or write past its output, whatever the bytes.
 */
#include "collector/sandbox.h"

#include <sys/socket.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char out[64], *s;
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0) {
		if (size > 0 && write(sv[1], data, size > 4096 ? 4096 : size) < 0)
			abort();
		(void)sandbox_last_word(sv[0], out, sizeof(out));
		close(sv[0]);
		close(sv[1]);
	}
	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	(void)sandbox_parts_parse(s);
	free(s);
	return 0;
}

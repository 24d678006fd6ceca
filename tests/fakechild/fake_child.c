/*
 * fake_child: a collector child for tests, run by the supervisor through
 * the RW_TEST_CHILD_EXEC test hook, usually from a small wrapper
 * script that adds the options:
 *
 *   fake_child [--real PATH] [--fault ID=MODE]... [supervisor's args]
 *
 * It peeks at the ACCOUNT frame on descriptor 3 without consuming it. An
 * account named in a --fault gets that misbehaviour (modes: fake_peer.c). Any other account: with --real,
 * the real collector binary is executed in its place with the same
 * descriptor and arguments, so it sees the untouched conversation; without
 * --real, the account id itself names the mode. The account discovery of a
 * cloud is named "discover:<cloud>".
 */
#include "tests/fakechild/fake_peer.h"
#include "protocol/frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char	*faults[64];
static int	 nfaults;
static const char *real;

static const char *
mode_of(const char *id, void *arg)
{
	size_t n = strlen(id);
	int i;

	for (i = 0; i < nfaults; i++)
		if (strncmp(faults[i], id, n) == 0 && faults[i][n] == '=')
			return faults[i] + n + 1;
	return real ? NULL : id;
}

int
main(int argc, char *argv[])
{
	char *id, *args[16];
	int i, n = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--real") == 0 && i + 1 < argc)
			real = argv[++i];
		else if (strcmp(argv[i], "--fault") == 0 && i + 1 < argc &&
		    nfaults < 64)
			faults[nfaults++] = argv[++i];
		else if (n < 14)
			args[1 + n++] = argv[i];
	}
	if ((id = fake_peek_account(FRAME_CHILD_FD)) == NULL) {
		fprintf(stderr, "fake_child: no ACCOUNT frame on fd 3\n");
		return 2;
	}
	if (real != NULL && mode_of(id, NULL) == NULL) {
		args[0] = "resotoworker";
		args[1 + n] = NULL;
		execv(real, args);
		perror(real);
		return 127;
	}
	free(id);
	return fake_serve(FRAME_CHILD_FD, NULL, NULL, mode_of, NULL);
}

/* main: entry point of resotoworker (supervisor and collector modes). */
#include "config.h"
#include "common/log.h"

#include <stdio.h>
#include <string.h>

int
main(int argc, char *argv[])
{
	log_init(LOG_LVL_INFO, 0);
	log_component("supervisor");
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		return 0;
	}
	log_errorx("usage: resotoworker [--version]");
	return 2;
}

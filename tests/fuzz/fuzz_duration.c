/*
 * fuzz_duration: libFuzzer target for the action plugins' durations
 * (src/supervisor/plugins/duration.c): any text gives a value or an error
 * naming an offset inside the text, never a crash or sanitizer report; an
 * accepted duration is a finite number.
 */
#include "supervisor/plugins/duration.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, err[256];
	double v;

	s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';		/* a NUL inside ends the text, as in C */
	err[0] = '\0';
	if (duration_parse(s, &v, err, sizeof(err)) == 0) {
		if (isnan(v))
			abort();
	} else if (strstr(err, "offset") == NULL)
		abort();
	free(s);
	return 0;
}

/*
 * fuzz_aws_command: arbitrary bytes as the arguments of the aws custom
 * command (one argument a line), read as the AWS collector reads a task's
 * args (aws_cmd_parse, src/collector/aws/command.c): either a refusal
 * that says why, or one read-only call (Describe*, List*, Get*) of a
 * known service with its parameters; nothing is called.
 */
#include "collector/aws/aws.h"
#include "common/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_object *args = json_object_new_array();
	struct aws_cmd c;
	const uint8_t *p = data, *e;
	char err[512];

	while (p < data + size) {
		e = memchr(p, '\n', (size_t)(data + size - p));
		if (e == NULL)
			e = data + size;
		json_object_array_add(args, json_object_new_string_len(
		    (const char *)p, (int)(e - p)));
		p = e + 1;
	}
	err[0] = '\0';
	if (aws_cmd_parse(args, &c, err, sizeof(err)) == -1) {
		if (err[0] == '\0')
			abort();	/* a refusal says why */
	} else {
		if (strncmp(c.op, "Describe", 8) != 0 &&
		    strncmp(c.op, "List", 4) != 0 &&
		    strncmp(c.op, "Get", 3) != 0)
			abort();	/* only read-only operations */
		if ((c.target == NULL) == (c.body != NULL))
			abort();	/* a JSON body for JSON services only */
		aws_cmd_free(&c);
	}
	json_object_put(args);
	return 0;
}

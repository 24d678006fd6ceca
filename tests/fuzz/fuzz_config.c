/*
 * fuzz_config: the configuration parser (src/common/cfgfile.c, config.c,
 * worker_config.c) on arbitrary text. The input is "overrides\0file": the
 * lines before the first NUL are --override assignments (config_set), the
 * rest is a libconfig file (config_load_file: read whole, NUL bytes and
 * all). Inputs are large (run.sh gives this target up to 1 MiB) so long
 * strings and deep lists are tried too. Whatever loads must pass through
 * the --check-config dump and read back without an error.
 */
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "common/worker_config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* a section of every type, secrets and JSON values included */
static const struct cfg_key cloud_keys[] = {
	{ "seed", CFG_INT, "0", 0, "seed" },
	{ "size", CFG_DOUBLE, "1.0", 0, "size" },
	{ "regions", CFG_STRING_LIST, "[]", 0, "regions" },
	{ "secret_access_key", CFG_STRING, NULL, CFG_NULLABLE | CFG_SECRET, "key" },
	{ "accounts", CFG_JSON, "[]", 0, "accounts" },
	{ "enabled", CFG_BOOL, "true", CFG_RESTART, "on" },
	{ NULL, 0, NULL, 0, NULL }
};
static const struct cfg_section cloud_section = { "cloud", cloud_keys, "fuzz" };
static const struct cfg_section *const sections[] = {
	&worker_config_section, &cloud_section, NULL
};

/*
 * libconfig 1.5 (Debian bookworm) leaks the string its scanner was
 * collecting when a syntax error ends the parse (strbuf_append's buffer,
 * 64 bytes a time), and a string token its scanner had handed the parser
 * (libconfig_yylex's copy: its grammar has no destructor for the tokens a
 * syntax error discards; an empty string is 1 byte); those are the
 * library's, not ours: LeakSanitizer is told to pass over them and still
 * reports every other leak.
 */
const char *__lsan_default_suppressions(void);

const char *
__lsan_default_suppressions(void)
{
	return "leak:strbuf_append\nleak:libconfig_yylex\n";
}

static char path[] = "/tmp/fuzz_config.XXXXXX";
static int fd = -1;

static int
put_file(const void *p, size_t n)
{
	if (ftruncate(fd, 0) == -1 || pwrite(fd, p, n, 0) != (ssize_t)n)
		return -1;
	return 0;
}

static void
unlink_file(void)
{
	unlink(path);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t olen = nul ? (size_t)(nul - data) : 0;
	struct config *cfg, *back;
	struct buf line = BUF_INIT;
	char err[1024], *dump = NULL;
	size_t i, dlen = 0;
	FILE *fp;

	if (fd == -1) {
		log_init(LOG_LVL_ERROR, 0);
		if ((fd = mkstemp(path)) == -1)
			abort();
		atexit(unlink_file);
	}
	cfg = config_new(sections);
	for (i = 0; i < olen; i++) {
		if (data[i] != '\n') {
			buf_putc(&line, (char)data[i]);
			if (i + 1 < olen)
				continue;
		}
		if (line.len > 0)
			(void)config_set(cfg, buf_str(&line), err, sizeof(err));
		buf_reset(&line);
	}
	buf_free(&line);
	if (nul != NULL && put_file(nul + 1, size - olen - 1) == 0)
		(void)config_load_file(cfg, path, err, sizeof(err));
	(void)worker_config_check(cfg, err, sizeof(err));

	/* the dump is a valid file: it reads back without an error */
	if ((fp = open_memstream(&dump, &dlen)) == NULL)
		abort();
	config_dump(cfg, fp, 0);
	fclose(fp);
	back = config_new(sections);
	if (put_file(dump, dlen) == 0 &&
	    config_load_file(back, path, err, sizeof(err)) == -1) {
		fprintf(stderr, "the dump does not read back: %s\n%s\n", err, dump);
		abort();
	}
	free(dump);
	config_free(back);
	config_free(cfg);
	return 0;
}

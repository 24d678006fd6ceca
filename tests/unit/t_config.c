/* Unit tests of the configuration (src/common/config.c, cfgfile.c,
 * worker_config.c). */
#include "t.h"
#include "common/config.h"
#include "common/log.h"
#include "common/worker_config.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct cfg_key cloud_keys[] = {
	{ "seed", CFG_INT, "0", 0, "seed" },
	{ "size", CFG_DOUBLE, "1.0", 0, "size" },
	{ "regions", CFG_STRING_LIST, "[]", 0, "regions" },
	{ "access_key_id", CFG_STRING, NULL, CFG_NULLABLE, "key id" },
	{ "secret_access_key", CFG_STRING, NULL, CFG_NULLABLE | CFG_SECRET, "key" },
	{ "accounts", CFG_JSON, "[]", 0, "accounts" },
	{ "enabled", CFG_BOOL, "true", CFG_RESTART, "on" },
	{ NULL, 0, NULL, 0, NULL }
};
static const struct cfg_section cloud_section = { "cloud", cloud_keys, "test" };
static const struct cfg_section *const sections[] = {
	&worker_config_section, &cloud_section, &cloud_section, NULL
};

static char dir[] = "/tmp/t_config.XXXXXX";
static char path[512];

static const char *
file(const char *name, const char *text, mode_t mode)
{
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "w");
	CHECK(fp != NULL);
	fputs(text, fp);
	fclose(fp);
	chmod(path, mode);
	return path;
}

static int
has(const char *s, const char *sub)
{
	if (s != NULL && strstr(s, sub) != NULL)
		return 1;
	fprintf(stderr, "  \"%s\" not in \"%s\"\n", sub, s ? s : "(null)");
	return 0;
}

static void
test_defaults(void)
{
	struct config *cfg = config_new(sections);
	char err[512];

	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 5);
	CHECK_INT(config_int(cfg, "resotoworker.timeout"), 10800);
	CHECK_INT(config_int(cfg, "resotoworker.web_port"), 9956);
	CHECK_INT(config_int(cfg, "resotoworker.cleanup_pool_size"), 4);
	CHECK_STR(config_str(cfg, "resotoworker.graph"), "resoto");
	CHECK_STR(config_str(cfg, "resotoworker.graph_merge_kind"), "account");
	CHECK_STR(config_str(cfg, "resotoworker.web_host"), "::");
	CHECK(config_bool(cfg, "resotoworker.fork_process"));
	CHECK(config_bool(cfg, "resotoworker.cleanup_dry_run"));
	CHECK(!config_bool(cfg, "resotoworker.cleanup"));
	CHECK(config_str(cfg, "resotoworker.tempdir") == NULL);
	CHECK(json_object_is_type(config_get(cfg, "resotoworker.collector"),
	    json_type_array));
	CHECK(json_object_is_type(config_get(cfg, "resotoworker.files_in_home_dir"),
	    json_type_object));
	CHECK(config_double(cfg, "cloud.size") == 1.0);
	CHECK(config_get(cfg, "resotoworker.nope") == NULL);
	CHECK(config_get(cfg, "nope.x") == NULL);
	CHECK(config_section(cfg, "cloud") != NULL);
	CHECK(config_key(cfg, "cloud.secret_access_key")->flags & CFG_SECRET);
	CHECK(config_key(cfg, "cloud.nope") == NULL);
	CHECK_INT(worker_config_check(cfg, err, sizeof(err)), 0);
	/* the reference's default document (core-protocol.md 8.2) */
	CHECK_STR(json_object_to_json_string_ext(config_section(cfg,
	    "resotoworker"), JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE),
	    "{\"collector\":[],\"graph\":\"resoto\",\"timeout\":10800,"
	    "\"pool_size\":5,\"graph_sender_pool_size\":5,\"fork_process\":true,"
	    "\"graph_merge_kind\":\"account\",\"debug_dump_json\":false,"
	    "\"tempdir\":null,\"cleanup\":false,\"cleanup_pool_size\":4,"
	    "\"cleanup_dry_run\":true,\"no_tls\":false,\"web_host\":\"::\","
	    "\"web_port\":9956,\"web_path\":\"/\",\"write_files_to_home_dir\":[],"
	    "\"files_in_home_dir\":{},\"user\":null,\"shutdown_grace\":10,"
	    "\"sandbox\":true,\"sandbox_disable\":[],\"child_memory_mb\":4096,"
	    "\"child_open_files\":1024,\"child_cpu_seconds\":0,"
	    "\"child_limits\":{},\"child_uid_range\":\"\"}");
	config_free(cfg);
}

static void
test_load(void)
{
	struct config *cfg = config_new(sections);
	char err[512] = "";
	json_object *acc;

	CHECK_INT(config_load_file(cfg, file("good.conf",
	    "# a comment\n"
	    "resotoworker: {\n"
	    "  pool_size = 7;\n"
	    "  collector = [ \"example\", \"random\" ];\n"
	    "  tempdir = \"/var/tmp\";\n"
	    "  cleanup = true;\n"
	    "};\n"
	    "cloud = {\n"
	    "  size = 2;\n"
	    "  seed = 5000000000L;\n"
	    "  regions = ( \"a\", \"b\" );\n"
	    "  accounts = ( { name = \"x\"; ids = [ 1, 2 ]; } );\n"
	    "};\n", 0644), err, sizeof(err)), 0);
	CHECK_STR(err, "");
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 7);
	CHECK_INT(config_int(cfg, "resotoworker.timeout"), 10800);
	CHECK_STR(json_object_get_string(json_object_array_get_idx(
	    config_get(cfg, "resotoworker.collector"), 1)), "random");
	CHECK_STR(config_str(cfg, "resotoworker.tempdir"), "/var/tmp");
	CHECK(config_bool(cfg, "resotoworker.cleanup"));
	CHECK(config_double(cfg, "cloud.size") == 2.0);
	CHECK_INT(config_int(cfg, "cloud.seed"), 5000000000LL);
	CHECK_INT(json_object_array_length(config_get(cfg, "cloud.regions")), 2);
	acc = json_object_array_get_idx(config_get(cfg, "cloud.accounts"), 0);
	CHECK_STR(json_object_to_json_string_ext(acc, JSON_C_TO_STRING_PLAIN),
	    "{\"name\":\"x\",\"ids\":[1,2]}");
	config_free(cfg);
}

/* err after loading text, and the config unchanged */
static void
load_err(const char *text, const char *want1, const char *want2)
{
	struct config *cfg = config_new(sections);
	char err[512] = "";
	const char *p = file("bad.conf", text, 0600);

	CHECK_INT(config_load_file(cfg, p, err, sizeof(err)), -1);
	CHECK(has(err, want1));
	CHECK(want2 == NULL || has(err, want2));
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 5);
	config_free(cfg);
}

static void
test_file_errors(void)
{
	static const char nul[] = "resotoworker = { pool_size = 3; };\n\0x = 1;\n";
	char want[600], err[512];
	struct config *cfg;
	FILE *fp;

	snprintf(want, sizeof(want), "%s/bad.conf:3: syntax error", dir);
	load_err("resotoworker = {\n pool_size = 1;\n timeout = ;\n};\n", want, NULL);
	snprintf(want, sizeof(want), "%s/bad.conf:2: unknown section 'aws'", dir);
	load_err("resotoworker = { pool_size = 9; };\naws = { x = 1; };\n",
	    want, "known: resotoworker, cloud");
	snprintf(want, sizeof(want), "%s/bad.conf:3: unknown key 'resotoworker.nope'", dir);
	load_err("resotoworker = {\n pool_size = 9;\n nope = 1;\n};\n", want, NULL);
	snprintf(want, sizeof(want), "%s/bad.conf:2: resotoworker.pool_size: "
	    "expected an integer, got a string", dir);
	load_err("resotoworker = {\n pool_size = \"9\";\n};\n", want, NULL);
	load_err("resotoworker = {\n collector = ( \"a\", 1 );\n};\n",
	    "bad.conf:2: resotoworker.collector: expected a list of strings, "
	    "but item 2 is an integer", NULL);
	load_err("resotoworker = {\n fork_process = 1;\n};\n",
	    "bad.conf:2: resotoworker.fork_process: expected a boolean", NULL);
	load_err("resotoworker = 5;\n", "bad.conf:1: 'resotoworker' must be a group",
	    NULL);
	load_err("resotoworker = { pool_size = 1; pool_size = 2; };\n",
	    "bad.conf:1: duplicate setting name", NULL);

	/* an error in an included file names that file */
	file("inc.conf", "cloud = {\n  seed = true;\n};\n", 0600);
	snprintf(want, sizeof(want), "%s/inc.conf:2: cloud.seed: expected an "
	    "integer", dir);
	load_err("resotoworker = { pool_size = 3; };\n@include \"inc.conf\"\n",
	    want, NULL);
	file("inc.conf", "cloud = {\n  seed = ;\n};\n", 0600);
	snprintf(want, sizeof(want), "%s/inc.conf:2: syntax error", dir);
	load_err("resotoworker = { pool_size = 3; };\n@include \"inc.conf\"\n",
	    want, NULL);
	/* a secret in an included file: that file's mode counts */
	file("inc.conf", "cloud = {\n  secret_access_key = \"S3CR3T\";\n};\n", 0644);
	snprintf(want, sizeof(want), "%s/inc.conf: holds secrets", dir);
	load_err("resotoworker = { pool_size = 3; };\n@include \"inc.conf\"\n",
	    want, NULL);

	cfg = config_new(sections);
	snprintf(want, sizeof(want), "%s/missing.conf", dir);
	CHECK_INT(config_load_file(cfg, want, err, sizeof(err)), -1);
	CHECK(has(err, "missing.conf: No such file or directory"));
	CHECK_INT(config_load_file(cfg, dir, err, sizeof(err)), -1);
	CHECK(has(err, "not a regular file"));
	/* a FIFO is refused at once, not waited on (no writer ever comes) */
	snprintf(want, sizeof(want), "%s/fifo.conf", dir);
	CHECK_INT(mkfifo(want, 0600), 0);
	alarm(10);
	CHECK_INT(config_load_file(cfg, want, err, sizeof(err)), -1);
	alarm(0);
	CHECK(has(err, "fifo.conf: not a regular file"));
	unlink(want);
	config_free(cfg);
	/* a NUL byte would end libconfig's text early: refused */
	cfg = config_new(sections);
	fp = fopen(file("nul.conf", "", 0600), "w");
	fwrite(nul, 1, sizeof(nul) - 1, fp);
	fclose(fp);
	CHECK_INT(config_load_file(cfg, path, err, sizeof(err)), -1);
	CHECK(has(err, "nul.conf: holds a NUL byte"));
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 5);
	config_free(cfg);
}

/*
 * A 16 MB string reads in linear time (issue 9, item 8): libconfig's own
 * FILE reader took minutes for it (it rescans a token on every 8 KB), the
 * alarm ends such a run long before.
 */
static void
test_long_string(void)
{
	size_t n = 16u << 20;
	struct config *cfg = config_new(sections);
	char err[512] = "";
	const char *v;
	FILE *fp;
	size_t i;

	fp = fopen(file("long.conf", "", 0600), "w");
	fputs("resotoworker = {\n  graph = \"", fp);
	for (i = 0; i < n; i++)
		fputc('a' + (int)(i % 26), fp);
	fputs("\";\n  pool_size = 4;\n};\n", fp);
	fclose(fp);
	alarm(30);
	CHECK_INT(config_load_file(cfg, path, err, sizeof(err)), 0);
	alarm(0);
	CHECK_STR(err, "");
	v = config_str(cfg, "resotoworker.graph");
	CHECK(v != NULL && strlen(v) == n && v[0] == 'a' && v[n - 1] ==
	    'a' + (int)((n - 1) % 26));
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 4);
	config_free(cfg);
	unlink(path);
}

static void
test_secret_mode(void)
{
	struct config *cfg = config_new(sections);
	char err[512] = "", want[1200];
	const char *p;

	p = file("secret.conf", "cloud = {\n  secret_access_key = \"AKIASECRET\";\n};\n",
	    0644);
	CHECK_INT(config_load_file(cfg, p, err, sizeof(err)), -1);
	snprintf(want, sizeof(want), "%s: holds secrets (key cloud.secret_access_key) "
	    "but is readable by group/others (mode 0644); run chmod 600 %s", p, p);
	CHECK_STR(err, want);
	chmod(p, 0640);
	CHECK_INT(config_load_file(cfg, p, err, sizeof(err)), -1);
	CHECK(has(err, "(mode 0640)"));
	chmod(p, 0600);
	CHECK_INT(config_load_file(cfg, p, err, sizeof(err)), 0);
	CHECK_STR(config_str(cfg, "cloud.secret_access_key"), "AKIASECRET");

	/* a secret inside a free-form value counts too */
	p = file("nested.conf", "cloud = {\n  accounts = ( { name = \"a\"; "
	    "password = \"pw1234\"; } );\n};\n", 0604);
	CHECK_INT(config_load_file(cfg, p, err, sizeof(err)), -1);
	CHECK(has(err, "holds secrets (key cloud.accounts)"));
	/* an empty secret or a key id is no secret */
	p = file("empty.conf", "cloud = {\n  secret_access_key = \"\";\n"
	    "  access_key_id = \"AKIA\";\n  accounts = ( { name = \"a\"; } );\n};\n",
	    0644);
	CHECK_INT(config_load_file(cfg, p, err, sizeof(err)), 0);
	config_free(cfg);
}

static void
test_set(void)
{
	struct config *cfg = config_new(sections);
	char err[512] = "";

	CHECK_INT(config_set(cfg, "resotoworker.pool_size=10", err, sizeof(err)), 0);
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 10);
	CHECK_INT(config_set(cfg, "cloud.regions=us-east-1, eu-west-1,,", err,
	    sizeof(err)), 0);
	CHECK_STR(json_object_to_json_string_ext(config_get(cfg, "cloud.regions"),
	    JSON_C_TO_STRING_PLAIN), "[\"us-east-1\",\"eu-west-1\"]");
	CHECK_INT(config_set(cfg, "cloud.regions=", err, sizeof(err)), 0);
	CHECK_INT(json_object_array_length(config_get(cfg, "cloud.regions")), 0);
	CHECK_INT(config_set(cfg, "resotoworker.cleanup=YES", err, sizeof(err)), 0);
	CHECK(config_bool(cfg, "resotoworker.cleanup"));
	CHECK_INT(config_set(cfg, "resotoworker.cleanup=off", err, sizeof(err)), 0);
	CHECK(!config_bool(cfg, "resotoworker.cleanup"));
	CHECK_INT(config_set(cfg, "cloud.size=0.25", err, sizeof(err)), 0);
	CHECK(config_double(cfg, "cloud.size") == 0.25);
	CHECK_INT(config_set(cfg, "resotoworker.tempdir=/x=y", err, sizeof(err)), 0);
	CHECK_STR(config_str(cfg, "resotoworker.tempdir"), "/x=y");
	CHECK_INT(config_set(cfg, "resotoworker.tempdir=", err, sizeof(err)), 0);
	CHECK(config_str(cfg, "resotoworker.tempdir") == NULL);
	CHECK_INT(config_set(cfg, "resotoworker.graph=", err, sizeof(err)), 0);
	CHECK_STR(config_str(cfg, "resotoworker.graph"), "");
	CHECK_INT(config_set(cfg, "cloud.accounts=[{\"id\":\"1\"}]", err,
	    sizeof(err)), 0);
	CHECK_INT(json_object_array_length(config_get(cfg, "cloud.accounts")), 1);

	CHECK_INT(config_set(cfg, "resotoworker.pool_size=abc", err, sizeof(err)), -1);
	CHECK_STR(err, "resotoworker.pool_size: 'abc' is not an integer");
	CHECK_INT(config_set(cfg, "resotoworker.pool_size=5x", err, sizeof(err)), -1);
	CHECK_INT(config_set(cfg, "cloud.size=1e999", err, sizeof(err)), -1);
	CHECK_STR(err, "cloud.size: '1e999' is not a number");
	CHECK_INT(config_set(cfg, "resotoworker.cleanup=maybe", err, sizeof(err)), -1);
	CHECK(has(err, "resotoworker.cleanup: 'maybe' is not a boolean"));
	CHECK_INT(config_set(cfg, "aws.regions=x", err, sizeof(err)), -1);
	CHECK_STR(err, "aws.regions: unknown section 'aws' (known: resotoworker, cloud)");
	CHECK_INT(config_set(cfg, "resotoworker.nope=1", err, sizeof(err)), -1);
	CHECK_STR(err, "resotoworker.nope: unknown key");
	CHECK_INT(config_set(cfg, "resotoworker=1", err, sizeof(err)), -1);
	CHECK(has(err, "'resotoworker': expected section.key"));
	CHECK_INT(config_set(cfg, "resotoworker.pool_size", err, sizeof(err)), -1);
	CHECK(has(err, "expected section.key=value"));
	CHECK_INT(config_set(cfg, "cloud.accounts.x=1", err, sizeof(err)), -1);
	CHECK_STR(err, "cloud.accounts.x: set cloud.accounts as a whole (a JSON value)");
	CHECK_INT(config_set(cfg, "cloud.accounts=[1,", err, sizeof(err)), -1);
	CHECK(has(err, "cloud.accounts: not valid JSON"));
	CHECK_INT(config_set(cfg, "cloud.accounts=null", err, sizeof(err)), -1);
	CHECK_STR(err, "cloud.accounts: expected a value, got null");
	CHECK_INT(config_set(cfg, "cloud.enabled=1", err, sizeof(err)), 0);
	/* failed sets changed nothing */
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 10);
	config_free(cfg);
}

static void
test_merge(void)
{
	struct config *cfg = config_new(sections);
	json_object *doc = json_tokener_parse("{\"resotoworker\":{\"pool_size\":3,"
	    "\"graph\":7,\"unknown\":1,\"tempdir\":null},\"aws\":{},"
	    "\"cloud\":{\"size\":3,\"regions\":[\"x\"]},\"random\":5}");
	char err[256];

	CHECK_INT(config_merge_json(cfg, doc, "core", err, sizeof(err)), 0);
	CHECK_INT(config_int(cfg, "resotoworker.pool_size"), 3);
	CHECK_STR(config_str(cfg, "resotoworker.graph"), "resoto");
	CHECK(config_double(cfg, "cloud.size") == 3.0);
	CHECK(json_object_is_type(config_get(cfg, "cloud.size"), json_type_double));
	json_object_put(doc);
	doc = json_object_new_array();
	CHECK_INT(config_merge_json(cfg, doc, "core", err, sizeof(err)), -1);
	CHECK_STR(err, "core: configuration is not a JSON object");
	json_object_put(doc);
	config_free(cfg);
}

static char *
dump(const struct config *cfg, int redact)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	config_dump(cfg, fp, redact);
	fclose(fp);
	return text;
}

static void
test_dump(void)
{
	struct config *cfg = config_new(sections), *back = config_new(sections);
	char err[512] = "", *text;

	CHECK_INT(config_set(cfg, "cloud.secret_access_key=TOPSECRET1", err,
	    sizeof(err)), 0);
	CHECK_INT(config_set(cfg, "cloud.accounts=[{\"name\":\"a\",\"api_token\":"
	    "\"TOKEN42\",\"n\":[1,2.5,\"x\"],\"on\":true}]", err, sizeof(err)), 0);
	CHECK_INT(config_set(cfg, "resotoworker.files_in_home_dir={\".aws/cred\":"
	    "\"line1\\nline \\\"2\\\"\"}", err, sizeof(err)), 0);
	CHECK_INT(config_set(cfg, "resotoworker.graph=a\\b\"c\td", err, sizeof(err)), 0);
	CHECK_INT(config_set(cfg, "cloud.seed=-5000000000", err, sizeof(err)), 0);
	CHECK_INT(config_set(cfg, "cloud.size=0.1", err, sizeof(err)), 0);
	CHECK_INT(config_set(cfg, "resotoworker.collector=example,random", err,
	    sizeof(err)), 0);

	text = dump(cfg, 1);
	CHECK(has(text, "secret_access_key = \"***\";"));
	CHECK(has(text, "api_token = \"***\";"));
	CHECK(strstr(text, "TOPSECRET1") == NULL);
	CHECK(strstr(text, "TOKEN42") == NULL);
	CHECK(has(text, "# tempdir = null\n"));
	CHECK(has(text, "collector = [ \"example\", \"random\" ];"));
	CHECK(has(text, "seed = -5000000000L;"));
	CHECK(has(text, "size = 0.1;"));
	CHECK(has(text, "graph = \"a\\\\b\\\"c\\td\";"));
	/* the contents of files for $HOME are secrets; the paths are not */
	CHECK(has(text, "# files_in_home_dir = {\".aws/cred\":\"***\"}"));
	CHECK(strstr(text, "line1") == NULL);
	free(text);

	/* the unredacted dump is a configuration file that reads back the same */
	text = dump(cfg, 0);
	CHECK(has(text, "TOPSECRET1"));
	CHECK_INT(config_load_file(back, file("dump.conf", text, 0600), err,
	    sizeof(err)), 0);
	CHECK_STR(err, "");
	free(text);
	CHECK(json_object_equal(config_section(cfg, "cloud"),
	    config_section(back, "cloud")));
	CHECK_STR(config_str(back, "resotoworker.graph"), "a\\b\"c\td");
	CHECK(json_object_equal(config_get(cfg, "resotoworker.collector"),
	    config_get(back, "resotoworker.collector")));
	config_free(back);
	config_free(cfg);
}

static int nchanged;
static char changed[512];

static void
on_change(const char *p, const struct cfg_key *k, void *arg)
{
	nchanged++;
	strncat(changed, p, sizeof(changed) - strlen(changed) - 1);
	strncat(changed, (k->flags & CFG_RESTART) ? "(restart) " : " ",
	    sizeof(changed) - strlen(changed) - 1);
}

static void
test_changes(void)
{
	struct config *a = config_new(sections), *b = config_new(sections);
	char err[256];

	config_changes(a, b, on_change, NULL);
	CHECK_INT(nchanged, 0);
	config_set(b, "resotoworker.pool_size=9", err, sizeof(err));
	config_set(b, "cloud.enabled=false", err, sizeof(err));
	config_set(b, "resotoworker.web_port=1", err, sizeof(err));
	config_changes(a, b, on_change, NULL);
	CHECK_INT(nchanged, 3);
	CHECK_STR(changed, "resotoworker.pool_size resotoworker.web_port(restart) "
	    "cloud.enabled(restart) ");
	config_free(a);
	config_free(b);
}

static void
test_secrets(void)
{
	struct config *cfg = config_new(sections);
	char err[256], line[] = "id AKIDSECRET9 and pw PW-0000 and name keepme";

	config_set(cfg, "cloud.secret_access_key=AKIDSECRET9", err, sizeof(err));
	config_set(cfg, "cloud.accounts=[{\"name\":\"keepme\",\"password\":\"PW-0000\"}]",
	    err, sizeof(err));
	config_register_secrets(cfg);
	log_redact(line);
	CHECK_STR(line, "id *** and pw *** and name keepme");
	{
		/* the user information of any URI, however many '@' */
		char u1[] = "core https://alice:pw@core:8900/x and http://h/p@q",
		    u2[] = "\"wss://a:b@c@h\" ftp://x@y file:///tmp/a@b",
		    u3[] = "http://ab@h http://@h";

		log_redact(u1);
		CHECK_STR(u1, "core https://***@core:8900/x and http://h/p@q");
		log_redact(u2);
		CHECK_STR(u2, "\"wss://***@h\" ftp://*@y file:///tmp/a@b");
		log_redact(u3);
		CHECK_STR(u3, "http://**@h http://@h");
	}
	CHECK(config_secret_name("secret_access_key"));
	CHECK(config_secret_name("api_token"));
	CHECK(config_secret_name("private_key"));
	CHECK(config_secret_name("ssh_key"));
	CHECK(config_secret_name("Password"));
	CHECK(!config_secret_name("access_key_id"));
	CHECK(!config_secret_name("key_file"));
	CHECK(!config_secret_name("name"));
	config_free(cfg);
}

static void
check_fails(const char *set, const char *want)
{
	struct config *cfg = config_new(sections);
	char err[512] = "";

	CHECK_INT(config_set(cfg, set, err, sizeof(err)), 0);
	CHECK_INT(worker_config_check(cfg, err, sizeof(err)), -1);
	CHECK(has(err, want));
	config_free(cfg);
}

static void
check_ok(const char *set)
{
	struct config *cfg = config_new(sections);
	char err[512] = "";

	CHECK_INT(config_set(cfg, set, err, sizeof(err)), 0);
	CHECK_INT(worker_config_check(cfg, err, sizeof(err)), 0);
	CHECK_STR(err, "");
	config_free(cfg);
}

static void
test_worker_check(void)
{
	int b = -1;

	check_fails("resotoworker.graph_merge_kind=region",
	    "resotoworker.graph_merge_kind: 'region' is neither");
	check_fails("resotoworker.pool_size=0",
	    "resotoworker.pool_size: 0 is too small (minimum 1)");
	check_fails("resotoworker.timeout=-1", "resotoworker.timeout:");
	check_fails("resotoworker.web_port=70000",
	    "resotoworker.web_port: 70000 is not a port");
	check_fails("resotoworker.web_path=x", "resotoworker.web_path: must start");
	check_fails("resotoworker.tempdir=tmp", "resotoworker.tempdir: 'tmp' is not");
	check_fails("resotoworker.graph=", "resotoworker.graph: must not be empty");
	check_fails("resotoworker.write_files_to_home_dir=[{\"path\":\"a\"}]",
	    "write_files_to_home_dir: item 1 is not");
	check_fails("resotoworker.files_in_home_dir={\"a\":1}",
	    "files_in_home_dir: the content of a is not a string");
	check_fails("resotoworker.files_in_home_dir=[]",
	    "files_in_home_dir: expected a map");
	/* values the worker cannot use (issue 9, item 12) */
	check_fails("resotoworker.pool_size=99999999999",
	    "resotoworker.pool_size: 99999999999 is too large (maximum 1024)");
	check_fails("resotoworker.timeout=9223372036854775807",
	    "resotoworker.timeout: 9223372036854775807 is too large");
	check_fails("resotoworker.shutdown_grace=9223372036854775807",
	    "resotoworker.shutdown_grace: 9223372036854775807 is too large");
	check_fails("resotoworker.graph_sender_pool_size=5000",
	    "resotoworker.graph_sender_pool_size: 5000 is too large");
	check_fails("resotoworker.cleanup_pool_size=-3",
	    "resotoworker.cleanup_pool_size: -3 is too small (minimum 1)");
	check_fails("resotoworker.web_port=0",
	    "resotoworker.web_port: 0 is not a port");
	check_fails("resotoworker.user=nosuchuser",
	    "resotoworker.user: no user \"nosuchuser\"");
	check_fails("resotoworker.graph=re\nsoto",
	    "resotoworker.graph: must not hold control characters");
	check_ok("resotoworker.user=root");
	check_ok("resotoworker.timeout=31622400");
	check_ok("resotoworker.pool_size=1024");
	/* the children's sandbox (issue 11) */
	check_fails("resotoworker.sandbox_disable=seccomp,bpf",
	    "sandbox_disable: \"bpf\" is not a part of the sandbox");
	check_fails("resotoworker.child_uid_range=0-10",
	    "child_uid_range: \"0-10\" is not a range");
	check_fails("resotoworker.child_uid_range=62000-61000",
	    "child_uid_range: \"62000-61000\" is not a range");
	check_fails("resotoworker.child_uid_range=61000-",
	    "child_uid_range: \"61000-\" is not a range");
	check_fails("resotoworker.child_limits={\"aws\": {\"memory\": 1}}",
	    "child_limits.aws.memory: unknown");
	check_fails("resotoworker.child_limits={\"aws\": {\"cpu_seconds\": -1}}",
	    "child_limits.aws.cpu_seconds: expected a number >= 0");
	check_fails("resotoworker.child_limits={\"aws\": 5}",
	    "child_limits.aws: expected a group");
	check_fails("resotoworker.child_open_files=8",
	    "child_open_files: too small");
	check_fails("resotoworker.child_memory_mb=-1",
	    "child_memory_mb: -1 is too small");
	check_fails("resotoworker.child_cpu_seconds=99999999999",
	    "child_cpu_seconds: 99999999999 is too large");
	{
		unsigned long lo, hi;

		CHECK(worker_uid_range("61000-61999", &lo, &hi) == 0 &&
		    lo == 61000 && hi == 61999);
		CHECK(worker_uid_range("", &lo, &hi) == 0 && lo == 0 && hi == 0);
		CHECK(worker_uid_range("5-5x", &lo, &hi) == -1);
	}
	CHECK(config_parse_bool("On", &b) == 0 && b == 1);
	CHECK(config_parse_bool("0", &b) == 0 && b == 0);
	CHECK(config_parse_bool("", &b) == -1);
}

int
main(void)
{
	log_init(LOG_LVL_ERROR, 0);
	if (mkdtemp(dir) == NULL)
		return 1;
	test_defaults();
	test_load();
	test_file_errors();
	test_long_string();
	test_secret_mode();
	test_set();
	test_merge();
	test_dump();
	test_changes();
	test_secrets();
	test_worker_check();
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	if (system(path) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return t_done();
}

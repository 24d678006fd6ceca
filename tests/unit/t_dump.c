/*
 * t_dump: a development tool (not a test). Drives collector_serve() in a
 * forked child over a socketpair, exactly as the supervisor will, and
 * writes what comes back, so that bodies can be checked with core_oracle.py.
 *
 *   t_dump model > model.json
 *   t_dump discover CLOUD [CONFIG_JSON]
 *   t_dump collect CLOUD account|cloud [CONFIG_JSON] OUTPREFIX
 *	account: one body per discovered account, OUTPREFIX.N.ndjson
 *	cloud:   all accounts in one body, OUTPREFIX.ndjson
 * Frames other than GRAPH are reported on stderr.
 */
#include "collector/collector.h"
#include "common/buf.h"
#include "common/log.h"
#include "protocol/frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t
spawn(int *fd)
{
	int sv[2];
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == -1)
		fatal("socketpair");
	if ((pid = fork()) == -1)
		fatal("fork");
	if (pid == 0) {
		close(sv[0]);
		_exit(collector_serve(sv[1], NULL, NULL));
	}
	close(sv[1]);
	*fd = sv[0];
	return pid;
}

static int
finish(int fd, pid_t pid)
{
	int st;

	frame_write(fd, FRAME_STOP, 1, NULL, 0);
	close(fd);
	if (waitpid(pid, &st, 0) == -1)
		fatal("waitpid");
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

static void
account_frame(int fd, const char *cloud, const char *config,
    const char *accounts)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "{\"cloud\": \"%s\", \"accounts\": %s, \"config\": %s, "
	    "\"worker\": {}}", cloud, accounts, config);
	if (frame_write(fd, FRAME_ACCOUNT, 1, b.data, b.len) == -1)
		fatal("write ACCOUNT");
	buf_free(&b);
}

/* reads frames until an answer; GRAPH payloads go to out */
static int
answer(int fd, FILE *out, struct buf *p)
{
	struct frame_hdr h;
	char err[256];

	for (;;) {
		if (frame_read(fd, &h, p, err, sizeof(err)) != 1)
			fatalx("reading: %s", err);
		if (h.type == FRAME_GRAPH) {
			if (out)
				fwrite(p->data, 1, p->len, out);
			continue;
		}
		if (h.type != FRAME_ACCOUNTS)
			fprintf(stderr, "%s %s\n", frame_type_name(h.type),
			    buf_str(p));
		if (h.type == FRAME_PROGRESS || h.type == FRAME_INFO)
			continue;
		return (int)h.type;
	}
}

static json_object *
discover(const char *cloud, const char *config)
{
	struct buf p = BUF_INIT;
	json_object *list;
	pid_t pid;
	int fd;

	pid = spawn(&fd);
	account_frame(fd, cloud, config, "[]");
	frame_write(fd, FRAME_DISCOVER, 1, NULL, 0);
	if (answer(fd, NULL, &p) != FRAME_ACCOUNTS)
		fatalx("discover failed");
	list = json_tokener_parse(p.data);
	finish(fd, pid);
	buf_free(&p);
	return list;
}

static int
collect(const char *cloud, const char *merge, const char *config,
    const char *accounts, const char *path)
{
	struct buf p = BUF_INIT, c = BUF_INIT;
	FILE *out;
	pid_t pid;
	int fd, r;

	if ((out = fopen(path, "w")) == NULL)
		fatal("%s", path);
	pid = spawn(&fd);
	account_frame(fd, cloud, config, accounts);
	buf_printf(&c, "{\"task\": \"t\", \"step\": \"collect\", "
	    "\"merge_kind\": \"%s\"}", merge);
	frame_write(fd, FRAME_COLLECT, 1, c.data, c.len);
	r = answer(fd, out, &p);
	fclose(out);
	if (finish(fd, pid) != 0)
		r = -1;
	buf_free(&p);
	buf_free(&c);
	return r == FRAME_DONE ? 0 : 1;
}

int
main(int argc, char **argv)
{
	struct buf b = BUF_INIT;
	const char *config = "{}";
	json_object *list;
	char path[4096];
	size_t i, n;
	int rc = 0;

	log_init(LOG_LVL_WARN, 0);
	if (argc == 2 && strcmp(argv[1], "model") == 0) {
		model_write(&b);
		fwrite(b.data, 1, b.len, stdout);
		buf_free(&b);
		return 0;
	}
	if ((argc == 3 || argc == 4) && strcmp(argv[1], "discover") == 0) {
		list = discover(argv[2], argc == 4 ? argv[3] : config);
		printf("%s\n", json_object_to_json_string(list));
		json_object_put(list);
		return 0;
	}
	if ((argc == 5 || argc == 6) && strcmp(argv[1], "collect") == 0) {
		if (argc == 6)
			config = argv[4];
		list = discover(argv[2], config);
		if (strcmp(argv[3], "cloud") == 0) {
			snprintf(path, sizeof(path), "%s.ndjson", argv[argc - 1]);
			rc = collect(argv[2], "cloud", config,
			    json_object_to_json_string(list), path);
		} else {
			n = json_object_array_length(list);
			for (i = 0; i < n; i++) {
				json_object *one = json_object_new_array();

				json_object_array_add(one, json_object_get(
				    json_object_array_get_idx(list, i)));
				snprintf(path, sizeof(path), "%s.%zu.ndjson",
				    argv[argc - 1], i);
				rc |= collect(argv[2], "account", config,
				    json_object_to_json_string(one), path);
				json_object_put(one);
			}
		}
		json_object_put(list);
		return rc;
	}
	fprintf(stderr, "usage: t_dump model | discover CLOUD [CONFIG] | "
	    "collect CLOUD account|cloud [CONFIG] OUTPREFIX\n");
	return 2;
}

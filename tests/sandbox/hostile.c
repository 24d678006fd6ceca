/*
 * hostile: a collector that tries to escape its sandbox (issue 11 "Proof").
 * Compiled only into the test binary tests/sandbox/resotoworker-hostile
 * (collector.c built with RW_TEST_HOSTILE), never into the installed one.
 *
 * Its accounts are the items of hostile.escapes, one child each in account
 * merge: collecting one tries that escape. An attempt that works fails the
 * account with "ESCAPED: ..."; one that is refused fails it with "refused:
 * <what>: <errno text>"; one the seccomp filter stops kills the child. The
 * account named "victim" is a healthy sibling: it writes into its scratch
 * directory, reads the CA bundle, stays alive victim_seconds and delivers
 * one account node.
 *
 *   ptrace:parent|sibling    PTRACE_SEIZE (attaches without stopping it)
 *   vm_read:parent|sibling   process_vm_readv (EFAULT counts as let in)
 *   environ:sibling, mem:sibling, cmdline:parent   open and read /proc/PID/...
 *   read:PATH                open and read a file
 *   write:PATH               create a file
 *   connect:PORT             TCP connect to 127.0.0.1:PORT
 *   raw                      open a raw IP socket (root: sniff, forge)
 *   kill:parent|sibling      send SIGCONT (harmless, but a signal)
 *   keyctl                   look up the session keyring (kernel keys)
 *   exec:PATH                execve PATH -c '...'
 *   fork                     fork a process
 *   alloc:MIB                malloc that much
 *   spin                     burn CPU time until stopped
 *   uid                      report its uid and gid (child_uid_range)
 *
 * And what a collector must still be able to do: an item that is an http or
 * https URL is fetched with libcurl's multi interface (the collectors' HTTP
 * layer: DNS through getaddrinfo, sockets, poll, TLS with the CA file of
 * hostile.ca_file or the system bundle); the account is delivered when the
 * answer is 200. "may-read:PATH" reads a file it should be able to (its
 * credentials below $HOME/.hostile, its home_paths) and is delivered.
 */
#include "collector/collector.h"
#include "collector/graph.h"
#include "collector/jw.h"
#include "collector/kind.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"

#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

static const struct cfg_key hostile_keys[] = {
	{ "escapes", CFG_STRING_LIST, "[]", 0,
	    "escapes to try, one account each (tests/sandbox/hostile.c)" },
	{ "victim_seconds", CFG_INT, "4", 0,
	    "how long the account \"victim\" stays alive" },
	{ "ca_file", CFG_STRING, NULL, CFG_NULLABLE,
	    "CA certificates for the https items (unset: the system's)" },
	{ NULL, 0, NULL, 0, NULL }
};

static const struct cfg_section hostile_section = {
	"hostile", hostile_keys, "test only: a collector that tries to escape"
};

static const struct kind kind_hostile_account = { "hostile_account",
	"tests.hostile.HostileAccount", KIND_BASES(&kind_account), NULL, 0,
	NULL, NULL, NULL, 0 };

static const struct kind *const hostile_kinds[] = {
	&kind_hostile_account, NULL
};

static int
hostile_discover(json_object *config, struct buf *out, char *err,
    size_t errlen)
{
	json_object *v;
	size_t i;

	ADDS(out, "[{\"id\": \"victim\", \"name\": \"victim\"}");
	if (json_object_object_get_ex(config, "escapes", &v) &&
	    json_object_is_type(v, json_type_array))
		for (i = 0; i < json_object_array_length(v); i++) {
			buf_printf(out, ", {\"id\": \"e%zu\", \"name\": ", i + 1);
			jw_str(out, json_object_get_string(
			    json_object_array_get_idx(v, i)));
			buf_putc(out, '}');
		}
	buf_putc(out, ']');
	return 0;
}

/* 1 when pid is the victim: its TMPDIR holds the file "victim" */
static int
is_victim(pid_t pid)
{
	char path[PATH_MAX], env[8192], *p;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/environ", (int)pid);
	if ((fd = open(path, O_RDONLY)) == -1)
		return 0;
	n = read(fd, env, sizeof(env) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	env[n] = '\0';
	for (p = env; p < env + n; p += strlen(p) + 1)
		if (strncmp(p, "TMPDIR=", 7) == 0) {
			snprintf(path, sizeof(path), "%s/victim", p + 7);
			return access(path, F_OK) == 0;
		}
	return 0;
}

/* a process with our parent that is not us, from /proc, the victim if it
 * is found (the others may be ending); when /proc cannot be listed
 * (Landlock), the nearest live pid below ours: a sibling started just
 * before (the victim starts first) */
static pid_t
sibling(void)
{
	char path[64], line[512], *p;
	struct dirent *d;
	struct stat st;
	pid_t pid, me = getpid(), found = me - 1;
	long ppid;
	DIR *dir;
	FILE *f;

	if ((dir = opendir("/proc")) == NULL) {
		for (pid = me - 1; pid > 1 && pid > me - 500; pid--) {
			snprintf(path, sizeof(path), "/proc/%d", (int)pid);
			if (stat(path, &st) == 0)
				return pid;
		}
		return found;
	}
	while ((d = readdir(dir)) != NULL) {
		if ((pid = (pid_t)atoi(d->d_name)) <= 0 || pid == me)
			continue;
		snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
		if ((f = fopen(path, "r")) == NULL)
			continue;
		p = fgets(line, sizeof(line), f);
		fclose(f);
		if (p == NULL || (p = strrchr(line, ')')) == NULL ||
		    sscanf(p + 1, " %*c %ld", &ppid) != 1)
			continue;
		if ((pid_t)ppid == getppid()) {
			found = pid;
			if (is_victim(pid))
				break;
		}
	}
	closedir(dir);
	return found;
}

static pid_t
target(const char *who)
{
	return strcmp(who, "parent") == 0 ? getppid() : sibling();
}

static int
refused(char *err, size_t errlen, const char *what)
{
	snprintf(err, errlen, "refused: %s: %s", what, strerror(errno));
	return -1;
}

static int
escaped(char *err, size_t errlen, const char *what)
{
	snprintf(err, errlen, "ESCAPED: %s", what);
	return -1;
}

/* open and read path; for /proc/PID/mem opening it is enough (offset 0
 * is never mapped) */
static int
read_file(const char *path, int open_only, char *err, size_t errlen)
{
	char b[256];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY)) == -1)
		return refused(err, errlen, path);
	if (open_only) {
		close(fd);
		return escaped(err, errlen, path);
	}
	n = read(fd, b, sizeof(b));
	close(fd);
	if (n < 0)
		return refused(err, errlen, path);
	snprintf(err, errlen, "ESCAPED: read %zd bytes of %s", n, path);
	return -1;
}

static int
try_escape(const char *e, char *err, size_t errlen)
{
	struct sockaddr_in sin;
	struct iovec local, remote;
	char path[256], b[64];
	pid_t pid;
	void *mem;
	int fd, st;

	if (strncmp(e, "ptrace:", 7) == 0) {
		if (ptrace(PTRACE_SEIZE, target(e + 7), NULL, NULL) == -1)
			return refused(err, errlen, e);
		return escaped(err, errlen, e);
	}
	if (strncmp(e, "vm_read:", 8) == 0) {
		local.iov_base = b;
		local.iov_len = remote.iov_len = sizeof(b);
		remote.iov_base = (void *)&hostile_keys;
		if (process_vm_readv(target(e + 8), &local, 1, &remote, 1,
		    0) == -1 && errno != EFAULT)
			return refused(err, errlen, e);
		return escaped(err, errlen, e);
	}
	if (strncmp(e, "environ:", 8) == 0 || strncmp(e, "mem:", 4) == 0 ||
	    strncmp(e, "cmdline:", 8) == 0) {
		snprintf(path, sizeof(path), "/proc/%d/%.*s",
		    (int)target(strchr(e, ':') + 1),
		    (int)(strchr(e, ':') - e), e);
		return read_file(path, strncmp(e, "mem:", 4) == 0, err,
		    errlen);
	}
	if (strncmp(e, "read:", 5) == 0)
		return read_file(e + 5, 0, err, errlen);
	if (strncmp(e, "write:", 6) == 0) {
		if ((fd = open(e + 6, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1)
			return refused(err, errlen, e + 6);
		close(fd);
		return escaped(err, errlen, e);
	}
	if (strncmp(e, "connect:", 8) == 0) {
		memset(&sin, 0, sizeof(sin));
		sin.sin_family = AF_INET;
		sin.sin_port = htons((uint16_t)atoi(e + 8));
		sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1)
			return refused(err, errlen, e);
		if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1) {
			refused(err, errlen, e);
			close(fd);
			return -1;
		}
		close(fd);
		return escaped(err, errlen, e);
	}
	if (strncmp(e, "kill:", 5) == 0) {
		if (kill(target(e + 5), SIGCONT) == -1)
			return refused(err, errlen, e);
		return escaped(err, errlen, e);
	}
	if (strcmp(e, "keyctl") == 0) {
		/* KEYCTL_GET_KEYRING_ID of KEY_SPEC_SESSION_KEYRING, created */
		if (syscall(SYS_keyctl, 0, -3, 1) == -1)
			return refused(err, errlen, e);
		return escaped(err, errlen, e);
	}
	if (strcmp(e, "raw") == 0) {
		if ((fd = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)) == -1)
			return refused(err, errlen, e);
		close(fd);
		return escaped(err, errlen, e);
	}
	if (strncmp(e, "exec:", 5) == 0) {
		execl(e + 5, e + 5, "-c", "echo 'ESCAPED: exec' >&2; exit 3",
		    (char *)NULL);
		return refused(err, errlen, e);
	}
	if (strcmp(e, "fork") == 0) {
		if ((pid = fork()) == -1)
			return refused(err, errlen, e);
		if (pid == 0)
			_exit(0);
		waitpid(pid, &st, 0);
		return escaped(err, errlen, e);
	}
	if (strncmp(e, "alloc:", 6) == 0) {
		if ((mem = malloc((size_t)atol(e + 6) << 20)) == NULL)
			return refused(err, errlen, e);
		memset(mem, 1, 1 << 20);
		free(mem);
		return escaped(err, errlen, e);
	}
	if (strcmp(e, "spin") == 0) {
		for (;;)
			(void)getppid();
	}
	if (strcmp(e, "uid") == 0) {
		snprintf(err, errlen, "uid %ld gid %ld", (long)getuid(),
		    (long)getgid());
		return -1;
	}
	snprintf(err, errlen, "no such escape: %s", e);
	return -1;
}

static size_t
count_body(char *p, size_t size, size_t n, void *arg)
{
	*(size_t *)arg += size * n;
	return size * n;
}

/* GET url through a multi handle, as the collectors' HTTP layer does */
static int
fetch(json_object *config, const char *url, char *err, size_t errlen)
{
	json_object *ca;
	CURLM *m;
	CURL *e;
	CURLMsg *msg;
	CURLcode rc = CURLE_OK;
	long status = 0;
	size_t got = 0;
	int running = 1, left;

	if ((m = curl_multi_init()) == NULL || (e = curl_easy_init()) == NULL) {
		snprintf(err, errlen, "curl: out of memory");
		return -1;
	}
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, count_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &got);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, 20L);
	if (json_object_object_get_ex(config, "ca_file", &ca) &&
	    json_object_is_type(ca, json_type_string))
		curl_easy_setopt(e, CURLOPT_CAINFO, json_object_get_string(ca));
	curl_multi_add_handle(m, e);
	while (running) {
		if (curl_multi_perform(m, &running) != CURLM_OK)
			break;
		if (running && curl_multi_poll(m, NULL, 0, 1000, NULL) !=
		    CURLM_OK)
			break;
	}
	while ((msg = curl_multi_info_read(m, &left)) != NULL)
		if (msg->msg == CURLMSG_DONE)
			rc = msg->data.result;
	curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
	curl_multi_remove_handle(m, e);
	curl_easy_cleanup(e);
	curl_multi_cleanup(m);
	if (rc != CURLE_OK || status != 200) {
		snprintf(err, errlen, "GET %s: %s, status %ld", url,
		    curl_easy_strerror(rc), status);
		return -1;
	}
	log_info("GET %s: status %ld, %zu bytes", url, status, got);
	return 0;
}

static int
account_node(const struct coll_account *acc, struct graph *g)
{
	struct nodeid a;
	struct gnode n = { .kind = &kind_hostile_account, .id = acc->id,
	    .name = acc->name, .cloud = "hostile", .account = acc->id };

	graph_node_begin(g, &n, &a);
	graph_node_end(g);
	graph_edge(g, graph_cloud_id(g), &a, EDGE_DEFAULT);
	return 0;
}

/* the healthy sibling: what a collector may do, then its account node */
static int
victim(json_object *config, const struct coll_account *acc,
    struct graph *g, char *err, size_t errlen)
{
	struct timespec ts = { 0, 0 };
	const char *tmp = getenv("TMPDIR");
	char path[512], b[64];
	json_object *secs;
	int fd;

	snprintf(path, sizeof(path), "%s/victim", tmp ? tmp : ".");
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1 ||
	    write(fd, "x", 1) != 1) {
		snprintf(err, errlen, "cannot write its scratch file %s: %s",
		    path, strerror(errno));
		return -1;
	}
	close(fd);
	if ((fd = open("/etc/ssl/certs/ca-certificates.crt", O_RDONLY)) != -1) {
		if (read(fd, b, sizeof(b)) <= 0) {
			snprintf(err, errlen, "cannot read the CA bundle");
			close(fd);
			return -1;
		}
		close(fd);
	}
	ts.tv_sec = json_object_object_get_ex(config, "victim_seconds", &secs) ?
	    (time_t)json_object_get_int(secs) : 4;
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
	return account_node(acc, g);
}

static int
hostile_collect(json_object *config, const struct coll_account *acc,
    struct graph *g, char *err, size_t errlen)
{
	if (strcmp(acc->id, "victim") == 0)
		return victim(config, acc, g, err, errlen);
	if (strncmp(acc->name, "may-read:", 9) == 0) {
		if (read_file(acc->name + 9, 0, err, errlen) == -1 &&
		    strncmp(err, "refused", 7) == 0)
			return -1;
		return account_node(acc, g);
	}
	if (strncmp(acc->name, "http://", 7) == 0 ||
	    strncmp(acc->name, "https://", 8) == 0)
		return fetch(config, acc->name, err, errlen) == -1 ? -1 :
		    account_node(acc, g);
	return try_escape(acc->name, err, errlen);
}

static int
hostile_node_op(const struct kind *k, json_object *node, char *err,
    size_t errlen)
{
	snprintf(err, errlen, "the hostile collector changes nothing");
	return -1;
}

static int
hostile_update_tag(const struct kind *k, json_object *node, const char *key,
    const char *value, char *err, size_t errlen)
{
	return hostile_node_op(k, node, err, errlen);
}

static int
hostile_delete_tag(const struct kind *k, json_object *node, const char *key,
    char *err, size_t errlen)
{
	return hostile_node_op(k, node, err, errlen);
}

static const char *const hostile_home[] = { ".hostile", NULL };

const struct collector collector_hostile = {
	.name = "hostile",
	.config = &hostile_section,
	.kinds = hostile_kinds,
	.home_paths = hostile_home,
	.discover = hostile_discover,
	.collect = hostile_collect,
	.update_tag = hostile_update_tag,
	.delete_tag = hostile_delete_tag,
	.delete = hostile_node_op,
};

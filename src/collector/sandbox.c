/* sandbox: see sandbox.h. */
#include "collector/sandbox.h"
#include "common/jget.h"
#include "common/log.h"
#include "common/worker_config.h"

#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/capability.h>
#include <linux/landlock.h>
#include <linux/netlink.h>
#include <seccomp.h>

#if defined(__SANITIZE_ADDRESS__)
#define SANDBOX_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANDBOX_ASAN 1
#endif
#endif

/* Landlock beyond what the build host's headers know (ABI 4: TCP ports,
 * ABI 6: scopes); the kernel is asked for its ABI at run time. */
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE	(1ULL << 14)
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV	(1ULL << 15)
#endif
#ifndef LANDLOCK_ACCESS_NET_BIND_TCP
#define LANDLOCK_ACCESS_NET_BIND_TCP	(1ULL << 0)
#define LANDLOCK_ACCESS_NET_CONNECT_TCP	(1ULL << 1)
#define LANDLOCK_RULE_NET_PORT		2
struct landlock_net_port_attr {
	uint64_t	allowed_access;
	uint64_t	port;
};
#endif
#ifndef LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET
#define LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET	(1ULL << 0)
#define LANDLOCK_SCOPE_SIGNAL			(1ULL << 1)
#endif

/* struct landlock_ruleset_attr as of ABI 6; older kernels get a prefix */
struct ll_ruleset {
	uint64_t	fs;
	uint64_t	net;
	uint64_t	scoped;
};

#define LL_FILE_RIGHTS	(LANDLOCK_ACCESS_FS_EXECUTE | \
	LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE | \
	LANDLOCK_ACCESS_FS_TRUNCATE | LANDLOCK_ACCESS_FS_IOCTL_DEV)
#define LL_READ		(LANDLOCK_ACCESS_FS_READ_FILE | \
	LANDLOCK_ACCESS_FS_READ_DIR)
#define MAX_PORTS	32

/* What a collector reads: the CA certificates and OpenSSL's configuration
 * (not all of /etc/ssl or /etc/pki: their private/ holds the host's keys),
 * the resolver's files, the time zone, and the shared libraries (NSS
 * modules and the like are loaded on first use). Missing ones are
 * skipped. */
static const char *const read_paths[] = {
	"/etc/ssl/certs", "/etc/ssl/openssl.cnf", "/etc/pki/tls/certs",
	"/etc/pki/tls/cert.pem", "/etc/pki/tls/openssl.cnf",
	"/etc/pki/ca-trust/extracted", "/etc/ca-certificates",
	"/usr/share/ca-certificates", "/usr/local/share/ca-certificates",
	"/usr/lib/ssl", "/etc/resolv.conf", "/etc/hosts", "/etc/nsswitch.conf",
	"/etc/host.conf", "/etc/gai.conf", "/etc/services", "/etc/protocols",
	"/etc/localtime", "/usr/share/zoneinfo", "/etc/ld.so.cache",
	"/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib",
	"/dev/urandom",
	NULL
};

static struct {
	int			 parts;		/* armed; 0: not a sandboxed child */
	struct sandbox_limits	 lim;
	const char		*scratch;
	int			 last_fd;
	volatile sig_atomic_t	 seccomp_on;
} sb = { .last_fd = -1 };

/* ---- names -------------------------------------------------------------- */

void
sandbox_parts_str(int parts, char *out, size_t outlen)
{
	size_t i, n = 0;

	if (outlen > 0)
		out[0] = '\0';
	for (i = 0; worker_sandbox_parts[i] != NULL; i++)
		if ((parts & (1 << i)) && n < outlen)
			n += (size_t)snprintf(out + n, outlen - n, "%s%s",
			    n ? "," : "", worker_sandbox_parts[i]);
}

int
sandbox_part(const char *name, size_t len)
{
	int i = worker_sandbox_part(name, len);

	return i == -1 ? 0 : 1 << i;
}

int
sandbox_parts_parse(const char *list)
{
	const char *p = list, *e;
	int parts = 0, bit;

	while (*p != '\0') {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		if ((bit = sandbox_part(p, (size_t)(e - p))) == 0)
			return -1;
		parts |= bit;
		p = *e ? e + 1 : e;
	}
	return parts;
}

/* ---- the child ---------------------------------------------------------- */

void
sandbox_early(void)
{
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

void
sandbox_arm(int parts, const struct sandbox_limits *lim, const char *scratch,
    int last_fd)
{
	sb.parts = parts;
	if (lim != NULL)
		sb.lim = *lim;
	sb.scratch = scratch;
	sb.last_fd = last_fd;
	if (!(parts & SANDBOX_DUMPABLE))
		(void)prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
}

#ifdef SANDBOX_ASAN
/* LeakSanitizer stops the world at exit with clone and ptrace, which the
 * filter refuses: a filtered child checks no leaks (its code is checked in
 * the --no-fork runs, in the supervisor's process). */
int	__lsan_is_turned_off(void);
int
__lsan_is_turned_off(void)
{
	return sb.seccomp_on;
}
#endif

/* Lower a limit to v (soft) and v + extra (hard), never raise one: a
 * hard limit below them (the supervisor's) stays. */
static int
set_limit(int res, const char *name, long long v, long long extra,
    char *err, size_t errlen)
{
	struct rlimit rl, now;

	if (getrlimit(res, &now) == -1) {
		snprintf(err, errlen, "getrlimit(%s): %s", name,
		    strerror(errno));
		return -1;
	}
	rl.rlim_cur = (rlim_t)v;
	rl.rlim_max = (rlim_t)(v + extra);
	if (now.rlim_max != RLIM_INFINITY && rl.rlim_max > now.rlim_max)
		rl.rlim_max = now.rlim_max;
	if (rl.rlim_cur > rl.rlim_max)
		rl.rlim_cur = rl.rlim_max;
	if (setrlimit(res, &rl) == 0)
		return 0;
	snprintf(err, errlen, "setrlimit(%s, %lld): %s", name, v,
	    strerror(errno));
	return -1;
}

static int
apply_limits(char *err, size_t errlen)
{
	if (sb.lim.memory_mb > 0) {
#ifdef SANDBOX_ASAN
		/* AddressSanitizer's shadow is terabytes of writable mappings:
		 * any data size limit would end the child at once */
		log_debug("sandbox: sanitizer build: no memory limit");
#else
		if (set_limit(RLIMIT_DATA, "RLIMIT_DATA",
		    sb.lim.memory_mb * 1024 * 1024, 0, err, errlen) == -1)
			return -1;
#endif
	}
	if (sb.lim.open_files > 0 && set_limit(RLIMIT_NOFILE, "RLIMIT_NOFILE",
	    sb.lim.open_files, 0, err, errlen) == -1)
		return -1;
	/* SIGXCPU at the limit, SIGKILL 5 s of CPU later */
	if (sb.lim.cpu_s > 0 && set_limit(RLIMIT_CPU, "RLIMIT_CPU",
	    sb.lim.cpu_s, 5, err, errlen) == -1)
		return -1;
	return 0;
}

/* No capability at all: a child that runs as root (no resotoworker.user,
 * no child_uid_range) keeps root's uid, not its powers (raw sockets,
 * overriding file modes, ...). */
static int
drop_caps(char *err, size_t errlen)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];

	memset(d, 0, sizeof(d));
	if (syscall(SYS_capget, &h, d) == -1) {
		snprintf(err, errlen, "capget: %s", strerror(errno));
		return -1;
	}
	if ((d[0].permitted | d[1].permitted | d[0].inheritable |
	    d[1].inheritable) == 0)
		return 0;
	memset(d, 0, sizeof(d));
	if (syscall(SYS_capset, &h, d) == -1) {
		snprintf(err, errlen, "capset: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/* ---- Landlock ----------------------------------------------------------- */

static char ll_err[200];	/* the first rule that failed */

/* A rule for path (missing: none); -1 with ll_err set. */
static int
ll_path(int ruleset, const char *path, uint64_t rights, uint64_t handled)
{
	struct landlock_path_beneath_attr pb;
	struct stat st;
	int fd, r = -1;

	if ((fd = open(path, O_PATH | O_CLOEXEC)) == -1) {
		if (errno == ENOENT || errno == EACCES || errno == ENOTDIR)
			return 0;
	} else if (fstat(fd, &st) == 0) {
		if (!S_ISDIR(st.st_mode))
			rights &= LL_FILE_RIGHTS;
		pb.allowed_access = rights & handled;
		pb.parent_fd = fd;
		r = (int)syscall(SYS_landlock_add_rule, ruleset,
		    LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
	}
	if (r == -1 && ll_err[0] == '\0')
		snprintf(ll_err, sizeof(ll_err), "%s: %s", path,
		    strerror(errno));
	if (fd != -1)
		close(fd);
	return r;
}

static int
ll_port(int ruleset, unsigned port)
{
	struct landlock_net_port_attr np;

	np.allowed_access = LANDLOCK_ACCESS_NET_CONNECT_TCP;
	np.port = port;
	return (int)syscall(SYS_landlock_add_rule, ruleset,
	    LANDLOCK_RULE_NET_PORT, &np, 0);
}

/* the port of an http(s) URL; 0 when s is none */
static unsigned
url_port(const char *s)
{
	const char *h, *e, *c;
	unsigned long p;
	char *end;

	if (strncmp(s, "https://", 8) == 0)
		h = s + 8;
	else if (strncmp(s, "http://", 7) == 0)
		h = s + 7;
	else
		return 0;
	e = h + strcspn(h, "/?#");
	if (*h == '[' && (c = memchr(h, ']', (size_t)(e - h))) != NULL)
		h = c;		/* [v6]:port */
	if ((c = memchr(h, ':', (size_t)(e - h))) == NULL)
		return s[4] == 's' ? 443 : 80;
	p = strtoul(c + 1, &end, 10);
	if (end != e || p == 0 || p > 65535)
		return 0;
	return (unsigned)p;
}

struct ll_walk {
	json_object	*env;		/* the ACCOUNT frame's */
	int		 ruleset;
	uint64_t	 handled;
	unsigned	 ports[MAX_PORTS];
	size_t		 nports;
	int		 failed;
};

static void
add_port(struct ll_walk *w, unsigned port)
{
	size_t i;

	for (i = 0; i < w->nports; i++)
		if (w->ports[i] == port)
			return;
	if (w->nports < MAX_PORTS)
		w->ports[w->nports++] = port;
}

/* The ports of the http(s) URLs in a file the collector reads (a cloud's
 * config file may name an endpoint: AWS's endpoint_url). The first MiB. */
static void
file_ports(struct ll_walk *w, const char *path)
{
	char buf[4096 + 1], url[512], *p;
	size_t n, keep = 0, len, total = 0;
	unsigned port;
	FILE *f;

	if ((f = fopen(path, "re")) == NULL)
		return;
	while (total < 1024 * 1024 &&
	    (n = fread(buf + keep, 1, sizeof(buf) - 1 - keep, f)) > 0) {
		total += n;
		n += keep;
		buf[n] = '\0';
		for (p = buf; (p = strstr(p, "http")) != NULL; p++) {
			len = strcspn(p, " \t\r\n\"'<>,;");
			if (p + len == buf + n && !feof(f))
				break;		/* may go on in the next read */
			snprintf(url, sizeof(url), "%.*s", (int)len, p);
			if ((port = url_port(url)) != 0)
				add_port(w, port);
		}
		/* the tail may hold the start of a URL */
		keep = n > 511 ? 511 : n;
		memmove(buf, buf + n - keep, keep);
	}
	fclose(f);
}

/* A file or directory the collector reads: readable, and the URLs in it
 * (in the files directly in it) give ports. */
static void
readable(struct ll_walk *w, const char *path)
{
	char sub[PATH_MAX];
	struct dirent *d;
	struct stat st;
	DIR *dir;

	if (stat(path, &st) == -1) {
		/* missing: nothing to allow; anything else is an error */
		if (ll_path(w->ruleset, path, LL_READ, w->handled) == -1)
			w->failed = 1;
		return;
	}
	if (ll_path(w->ruleset, path, S_ISDIR(st.st_mode) ? LL_READ :
	    LANDLOCK_ACCESS_FS_READ_FILE, w->handled) == -1) {
		w->failed = 1;
		return;
	}
	if (S_ISREG(st.st_mode))
		file_ports(w, path);
	else if (S_ISDIR(st.st_mode) && (dir = opendir(path)) != NULL) {
		while ((d = readdir(dir)) != NULL) {
			snprintf(sub, sizeof(sub), "%s/%s", path, d->d_name);
			if (d->d_name[0] != '.' && stat(sub, &st) == 0 &&
			    S_ISREG(st.st_mode))
				file_ports(w, sub);
		}
		closedir(dir);
	}
}

/* The ACCOUNT frame's strings (its cloud section, its environment, its
 * accounts): URLs give ports, absolute paths of files (credentials, CA
 * bundles, config files), and "~/" ones below the frame's HOME as the
 * collectors read them (jget_home_path), become readable, and the URLs
 * in them give ports. */
static void
walk_config(struct ll_walk *w, json_object *v)
{
	struct stat st;
	const char *s;
	unsigned port;
	size_t i;
	char *p;

	switch (json_object_get_type(v)) {
	case json_type_object: {
		json_object_object_foreach(v, k, m) {
			(void)k;
			walk_config(w, m);
		}
		break;
	}
	case json_type_array:
		for (i = 0; i < json_object_array_length(v); i++)
			walk_config(w, json_object_array_get_idx(v, i));
		break;
	case json_type_string:
		s = json_object_get_string(v);
		if ((port = url_port(s)) != 0)
			add_port(w, port);
		else if (s[0] == '/' || (s[0] == '~' && s[1] == '/')) {
			p = jget_home_path(w->env, s);
			if (p[0] == '/' && stat(p, &st) == 0 &&
			    S_ISREG(st.st_mode))
				readable(w, p);
			free(p);
		}
		break;
	default:
		break;
	}
}

/* A collector's home_paths entry as a path: "x" below $HOME, "$VAR/x"
 * below the directory the ACCOUNT frame's environment names (when it is
 * absolute). -1: none. */
static int
home_path(json_object *account, const char *home, const char *hp,
    char *path, size_t len)
{
	json_object *env, *v;
	const char *slash, *dir = home;
	char var[64];

	if (*hp == '$') {
		if ((slash = strchr(hp, '/')) == NULL ||
		    (size_t)(slash - hp) > sizeof(var))
			return -1;
		memcpy(var, hp + 1, (size_t)(slash - hp - 1));
		var[slash - hp - 1] = '\0';
		dir = NULL;
		if (json_object_object_get_ex(account, "env", &env) &&
		    json_object_object_get_ex(env, var, &v) &&
		    json_object_is_type(v, json_type_string))
			dir = json_object_get_string(v);
		hp = slash + 1;
	}
	if (dir == NULL || *dir != '/')
		return -1;
	snprintf(path, len, "%s/%s", dir, hp);
	return 0;
}

/* The port of an environment variable naming host[:port] (a default
 * port is 80, allowed anyway): the loaders make "http://<value>/..." of
 * it (GCE_METADATA_HOST). */
static void
host_port(struct ll_walk *w, const char *var)
{
	const char *v = jget_str(w->env, var);
	char url[512];
	unsigned port;

	if (v == NULL || *v == '\0')
		return;
	snprintf(url, sizeof(url), "http://%s/", v);
	if ((port = url_port(url)) != 0)
		add_port(w, port);
}

static int
apply_landlock(json_object *account, const char *const *home_paths,
    const char *const *host_vars, char *err, size_t errlen)
{
	const char *home = getenv("HOME");
	char path[PATH_MAX];
	struct ll_ruleset ra;
	struct ll_walk w;
	size_t rasize, i;
	long abi;
	int fd;

	abi = syscall(SYS_landlock_create_ruleset, NULL, 0,
	    LANDLOCK_CREATE_RULESET_VERSION);
	if (abi < 1) {
		log_warnx("sandbox: this kernel has no Landlock (%s): no "
		    "file or network restriction", strerror(errno));
		return 0;
	}
	memset(&ra, 0, sizeof(ra));
	ra.fs = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;
	if (abi >= 2)
		ra.fs |= LANDLOCK_ACCESS_FS_REFER;
	if (abi >= 3)
		ra.fs |= LANDLOCK_ACCESS_FS_TRUNCATE;
	if (abi >= 5)
		ra.fs |= LANDLOCK_ACCESS_FS_IOCTL_DEV;
	rasize = sizeof(ra.fs);
	if (abi >= 4) {
		ra.net = LANDLOCK_ACCESS_NET_BIND_TCP |
		    LANDLOCK_ACCESS_NET_CONNECT_TCP;
		rasize = offsetof(struct ll_ruleset, scoped);
	}
	if (abi >= 6) {
		ra.scoped = LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET |
		    LANDLOCK_SCOPE_SIGNAL;
		rasize = sizeof(ra);
	}
	if (abi < 6)
		log_warnx("sandbox: this kernel has Landlock ABI %ld: %s", abi,
		    abi < 4 ? "no TCP port restriction, signals and abstract "
		    "sockets not scoped" : "signals and abstract sockets not "
		    "scoped");
	fd = (int)syscall(SYS_landlock_create_ruleset, &ra, rasize, 0);
	if (fd == -1) {
		snprintf(err, errlen, "landlock_create_ruleset: %s",
		    strerror(errno));
		return -1;
	}
	memset(&w, 0, sizeof(w));
	json_object_object_get_ex(account, "env", &w.env);
	w.ruleset = fd;
	w.handled = ra.fs;
	for (i = 0; read_paths[i] != NULL; i++)
		if (ll_path(fd, read_paths[i], LL_READ, ra.fs) == -1)
			w.failed = 1;
	if (ll_path(fd, "/dev/null", LANDLOCK_ACCESS_FS_READ_FILE |
	    LANDLOCK_ACCESS_FS_WRITE_FILE, ra.fs) == -1)
		w.failed = 1;
#ifdef SANDBOX_ASAN
	/* the sanitizer reads its own maps and symbolizes its own binary */
	if (ll_path(fd, "/proc/self", LL_READ, ra.fs) == -1 ||
	    ll_path(fd, "/proc/self/exe", LL_READ, ra.fs) == -1)
		w.failed = 1;
#endif
	if (sb.scratch != NULL && ll_path(fd, sb.scratch, ra.fs, ra.fs) == -1)
		w.failed = 1;
	add_port(&w, 443);
	add_port(&w, 80);
	add_port(&w, 53);	/* DNS over TCP, when an answer is truncated */
	walk_config(&w, account);
	for (i = 0; host_vars != NULL && host_vars[i] != NULL; i++)
		host_port(&w, host_vars[i]);
	for (i = 0; home_paths != NULL && home_paths[i] != NULL; i++)
		if (home_path(account, home, home_paths[i], path,
		    sizeof(path)) == 0)
			readable(&w, path);
	for (i = 0; abi >= 4 && i < w.nports; i++)
		if (ll_port(fd, w.ports[i]) == -1 && !w.failed) {
			snprintf(ll_err, sizeof(ll_err), "TCP port %u: %s",
			    w.ports[i], strerror(errno));
			w.failed = 1;
		}
	if (w.failed) {
		snprintf(err, errlen, "Landlock rule for %.200s", ll_err);
		close(fd);
		return -1;
	}
	if (syscall(SYS_landlock_restrict_self, fd, 0) == -1) {
		snprintf(err, errlen, "landlock_restrict_self: %s",
		    strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* ---- seccomp ------------------------------------------------------------ */

/* Always allowed: memory, files (Landlock decides which), sockets once
 * made, polling, time, random bytes, threads (curl's resolver), signals
 * to itself, exit. */
static const char *const allowed[] = {
	"read", "write", "readv", "writev", "pread64", "pwrite64", "preadv",
	"pwritev", "lseek", "close", "open", "openat", "fstat", "stat", "lstat",
	"newfstatat", "statx", "fstatfs", "statfs", "access", "faccessat",
	"faccessat2", "readlink", "readlinkat", "getdents64", "getcwd",
	"fcntl", "dup", "dup2", "dup3", "ftruncate", "fsync", "fdatasync",
	"unlink", "unlinkat", "mkdir", "mkdirat", "rmdir", "rename",
	"renameat", "renameat2", "umask", "pipe", "pipe2", "eventfd2",
	"brk", "mmap", "munmap", "mremap", "mprotect", "madvise",
	"poll", "ppoll", "select", "pselect6", "epoll_create",
	"epoll_create1", "epoll_ctl", "epoll_wait", "epoll_pwait",
	"epoll_pwait2",
	"connect", "bind", "getsockname", "getpeername", "setsockopt",
	"getsockopt", "sendto", "recvfrom", "sendmsg", "recvmsg", "sendmmsg",
	"recvmmsg", "shutdown", "socketpair",
	"clock_gettime", "clock_getres", "gettimeofday", "time", "nanosleep",
	"clock_nanosleep", "getrandom",
	"futex", "set_robust_list", "get_robust_list", "rseq",
	"set_tid_address", "sched_yield", "sched_getaffinity", "gettid",
	"getpid", "getppid", "getuid", "geteuid", "getgid", "getegid",
	"getresuid", "getresgid", "getgroups", "uname", "sysinfo", "getrlimit",
	"rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sigaltstack",
	"restart_syscall", "exit", "exit_group",
	NULL
};

static int
rule(scmp_filter_ctx ctx, uint32_t action, const char *name,
    unsigned n, const struct scmp_arg_cmp *args)
{
	int nr = seccomp_syscall_resolve_name(name);

	if (nr == __NR_SCMP_ERROR)
		return 0;	/* not on this architecture */
	return seccomp_rule_add_array(ctx, action, nr, n, args);
}

static int
apply_seccomp(char *err, size_t errlen)
{
	static const int ioctls[] = { FIONREAD, FIONBIO, FIOCLEX, FIONCLEX,
	    TCGETS };
	static const int families[] = { AF_INET, AF_INET6 };
	scmp_filter_ctx ctx;
	struct scmp_arg_cmp a[2];
	const char *what = "seccomp_init";
	pid_t self = getpid();
	size_t i;
	int r = -ENOMEM;

	if ((ctx = seccomp_init(SCMP_ACT_TRAP)) == NULL)
		goto fail;
	what = "seccomp_rule_add";
	for (i = 0; allowed[i] != NULL; i++)
		if ((r = rule(ctx, SCMP_ACT_ALLOW, allowed[i], 0, NULL)) < 0)
			goto fail;
	/* TCP and UDP sockets (no raw ones, which a child running as root
	 * could otherwise open), and netlink for getaddrinfo's
	 * AI_ADDRCONFIG; a Unix socket (nscd, syslog reconnecting) is
	 * refused, not fatal: those callers fall back */
	for (i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		a[0] = SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)families[i]);
		a[1] = SCMP_A1(SCMP_CMP_MASKED_EQ, 0xf, SOCK_STREAM);
		if ((r = rule(ctx, SCMP_ACT_ALLOW, "socket", 2, a)) < 0)
			goto fail;
		a[1] = SCMP_A1(SCMP_CMP_MASKED_EQ, 0xf, SOCK_DGRAM);
		if ((r = rule(ctx, SCMP_ACT_ALLOW, "socket", 2, a)) < 0)
			goto fail;
	}
	a[0] = SCMP_A0(SCMP_CMP_EQ, AF_NETLINK);
	a[1] = SCMP_A2(SCMP_CMP_EQ, NETLINK_ROUTE);
	if ((r = rule(ctx, SCMP_ACT_ALLOW, "socket", 2, a)) < 0)
		goto fail;
	a[0] = SCMP_A0(SCMP_CMP_EQ, AF_UNIX);
	if ((r = rule(ctx, SCMP_ACT_ERRNO(EACCES), "socket", 1, a)) < 0)
		goto fail;
	/* threads, never a new process; clone3 hides its flags in memory:
	 * ENOSYS makes the C library use clone */
	a[0] = SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD);
	if ((r = rule(ctx, SCMP_ACT_ALLOW, "clone", 1, a)) < 0 ||
	    (r = rule(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3", 0, NULL)) < 0)
		goto fail;
	/* signals to itself only (abort, raise) */
	a[0] = SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)self);
	if ((r = rule(ctx, SCMP_ACT_ALLOW, "tgkill", 1, a)) < 0 ||
	    (r = rule(ctx, SCMP_ACT_ALLOW, "kill", 1, a)) < 0)
		goto fail;
	/* reading its own limits, never raising them */
	a[0] = SCMP_A0(SCMP_CMP_EQ, 0);
	a[1] = SCMP_A2(SCMP_CMP_EQ, 0);
	if ((r = rule(ctx, SCMP_ACT_ALLOW, "prlimit64", 2, a)) < 0)
		goto fail;
	/* the harmless ioctls (isatty, non-blocking, bytes to read); others
	 * are refused: no TIOCSTI into the operator's terminal */
	for (i = 0; i < sizeof(ioctls) / sizeof(ioctls[0]); i++) {
		a[0] = SCMP_A1(SCMP_CMP_EQ, (scmp_datum_t)ioctls[i]);
		if ((r = rule(ctx, SCMP_ACT_ALLOW, "ioctl", 1, a)) < 0)
			goto fail;
	}
	what = "seccomp_attr_set";
	if ((r = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH,
	    SCMP_ACT_KILL_PROCESS)) < 0)
		goto fail;
	what = "seccomp_load";
	if ((r = seccomp_load(ctx)) < 0)
		goto fail;
	seccomp_release(ctx);
	return 0;
fail:
	snprintf(err, errlen, "%s: %s", what, strerror(-r));
	if (ctx != NULL)
		seccomp_release(ctx);
	return -1;
}

/* async-signal-safe: digits of v at the end of b */
static char *
utoa(char *end, unsigned long v)
{
	do {
		*--end = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	return end;
}

/* A system call the filter refused: say which on the last-word socket,
 * then die of SIGSYS (the handler was reset on entry). */
static void
on_sigsys(int sig, siginfo_t *si, void *uc)
{
	char b[64], *p = b + sizeof(b);
	int saved = errno;

	p = utoa(p, si->si_arch);
	*--p = ' ';
	p = utoa(p, (unsigned long)(unsigned)si->si_syscall);
	p -= 7;
	memcpy(p, "SIGSYS ", 7);
	if (sb.last_fd != -1)
		(void)!write(sb.last_fd, p, (size_t)(b + sizeof(b) - p));
	(void)syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGSYS);
	errno = saved;
}

int
sandbox_enter(json_object *account, const char *const *home_paths,
    const char *const *host_vars, char *err, size_t errlen)
{
	struct sigaction sa;
	char e[256];

	if (sb.parts == 0)
		return 0;
	/* set by every child before exec already; Landlock needs it once
	 * the capabilities are gone */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1) {
		snprintf(e, sizeof(e), "prctl(PR_SET_NO_NEW_PRIVS): %s",
		    strerror(errno));
		goto fail;
	}
	if ((sb.parts & SANDBOX_LIMITS) && apply_limits(e, sizeof(e)) == -1)
		goto fail;
	if (drop_caps(e, sizeof(e)) == -1)
		goto fail;
	if (sb.scratch != NULL && chdir(sb.scratch) == -1) {
		snprintf(e, sizeof(e), "chdir %s: %s", sb.scratch,
		    strerror(errno));
		goto fail;
	}
	if ((sb.parts & SANDBOX_LANDLOCK) &&
	    apply_landlock(account, home_paths, host_vars, e, sizeof(e)) == -1)
		goto fail;
	if (sb.parts & SANDBOX_SECCOMP) {
		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = on_sigsys;
		sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
		sigemptyset(&sa.sa_mask);
		if (sigaction(SIGSYS, &sa, NULL) == -1) {
			snprintf(e, sizeof(e), "sigaction(SIGSYS): %s",
			    strerror(errno));
			goto fail;
		}
		sb.seccomp_on = 1;
		if (apply_seccomp(e, sizeof(e)) == -1) {
			sb.seccomp_on = 0;
			goto fail;
		}
	}
	sandbox_parts_str(sb.parts, e, sizeof(e));
	log_debug("sandbox: %s applied", e);
	return 0;
fail:
	snprintf(err, errlen, "sandbox: %s (resotoworker.sandbox_disable can "
	    "turn that part off)", e);
	return -1;
}

/* ---- the supervisor ----------------------------------------------------- */

int
sandbox_last_word(int fd, char *out, size_t outlen)
{
	char b[64], *name;
	unsigned long nr, arch;
	ssize_t n;

	if (fd == -1)
		return -1;
	n = recv(fd, b, sizeof(b) - 1, MSG_DONTWAIT);
	if (n <= 0)
		return -1;
	b[n] = '\0';
	if (sscanf(b, "SIGSYS %lu %lu", &nr, &arch) != 2)
		return -1;
	name = seccomp_syscall_resolve_num_arch((uint32_t)arch, (int)nr);
	snprintf(out, outlen, "system call %s (%lu)", name ? name : "?", nr);
	free(name);
	return 0;
}

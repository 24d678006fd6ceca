/* childbox: see childbox.h. */
#include "supervisor/childbox.h"
#include "supervisor/spool.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"
#include "common/worker_config.h"

#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <linux/capability.h>

#include <errno.h>
#include <ftw.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* one account's uid for the life of the worker */
struct uidmap {
	char		*key;		/* "cloud/account" or "cloud" */
	uid_t		 uid;
};

static struct {
	int			 parts;
	struct sandbox_limits	 lim;		/* the defaults */
	json_object		*per_cloud;	/* child_limits (a copy) */
	unsigned long		 uid_lo, uid_hi;	/* 0, 0: off */
	struct uidmap		*uids;
	size_t			 nuids;
	int			 dropped;	/* root given up for user */
	char			 error[256];
} cb = {
	.parts = SANDBOX_ALL,
	.lim = { 4096, 1024, 0 },
};

const char *
childbox_error(void)
{
	return cb.error[0] ? cb.error : NULL;
}

/* What the supervisor keeps when it gives up root for its user while
 * child_uid_range is in use: starting a child under another uid (SETUID,
 * SETGID), killing it (KILL), giving it its scratch directory and taking
 * that back to remove it (CHOWN). */
#define KEPT_CAPS	((1U << CAP_SETUID) | (1U << CAP_SETGID) | \
	(1U << CAP_KILL) | (1U << CAP_CHOWN))

static int
drop_to(const char *user, const char *tempdir, char *err, size_t errlen)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[_LINUX_CAPABILITY_U32S_3];
	struct passwd *pw;
	const char *spool;
	char why[256];

	errno = 0;
	if ((pw = getpwnam(user)) == NULL) {
		snprintf(err, errlen, "resotoworker.user: no user %s%s%s", user,
		    errno ? ": " : "", errno ? strerror(errno) : "");
		return -1;
	}
	if (pw->pw_uid == 0)
		return 0;
	/* the spool stays the supervisor's: its private directory, made as
	 * root at start, becomes the user's */
	if ((spool = spool_private_dir(tempdir, why, sizeof(why))) == NULL)
		log_warnx("%s", why);
	else if (chown(spool, pw->pw_uid, pw->pw_gid) == -1)
		log_warn("chown %s to %s", spool, user);
	/* half a change of user is worse than none: fatal */
	if (initgroups(user, pw->pw_gid) == -1)
		fatal("initgroups %s", user);
	if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) == -1)
		fatal("prctl(PR_SET_KEEPCAPS)");
	if (setresgid(pw->pw_gid, pw->pw_gid, pw->pw_gid) == -1 ||
	    setresuid(pw->pw_uid, pw->pw_uid, pw->pw_uid) == -1)
		fatal("switching to user %s", user);
	memset(d, 0, sizeof(d));
	d[0].effective = d[0].permitted = KEPT_CAPS;
	if (syscall(SYS_capset, &h, d) == -1)
		fatal("capset");
	(void)prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0);
	cb.dropped = 1;
	log_info("now running as user %s (uid %ld), keeping only "
	    "CAP_SETUID, CAP_SETGID, CAP_KILL and CAP_CHOWN for the collector "
	    "processes of child_uid_range", user, (long)pw->pw_uid);
	return 0;
}

/* the values were checked with the section (worker_config_check) */
static int
configure(const struct config *cfg, char *err, size_t errlen)
{
	json_object *v;
	const char *s;
	size_t i;

	cb.parts = config_bool(cfg, "resotoworker.sandbox") ? SANDBOX_ALL : 0;
	v = config_get(cfg, "resotoworker.sandbox_disable");
	for (i = 0; v != NULL && i < json_object_array_length(v); i++) {
		s = json_object_get_string(json_object_array_get_idx(v, i));
		cb.parts &= ~sandbox_part(s, strlen(s));
	}
	cb.lim.memory_mb = config_int(cfg, "resotoworker.child_memory_mb");
	cb.lim.open_files = config_int(cfg, "resotoworker.child_open_files");
	cb.lim.cpu_s = config_int(cfg, "resotoworker.child_cpu_seconds");
	v = config_get(cfg, "resotoworker.child_limits");
	json_object_put(cb.per_cloud);
	cb.per_cloud = v ? json_object_get(v) : NULL;
	if (worker_uid_range(config_str(cfg, "resotoworker.child_uid_range"),
	    &cb.uid_lo, &cb.uid_hi) == -1)
		cb.uid_lo = cb.uid_hi = 0;
	if (cb.uid_lo != 0 && geteuid() != 0 && !cb.dropped) {
		snprintf(err, errlen, "resotoworker.child_uid_range: giving "
		    "each account its own uid needs root (running as uid %ld)",
		    (long)geteuid());
		cb.uid_lo = cb.uid_hi = 0;
		return -1;
	}
	/* the children have their uids: the supervisor needs root no more */
	s = config_str(cfg, "resotoworker.user");
	if (cb.uid_lo != 0 && geteuid() == 0 && s != NULL &&
	    drop_to(s, config_str(cfg, "resotoworker.tempdir"), err,
	    errlen) == -1)
		return -1;
	return 0;
}

int
childbox_configure(const struct config *cfg, char *err, size_t errlen)
{
	cb.error[0] = '\0';
	if (configure(cfg, err, errlen) == -1) {
		snprintf(cb.error, sizeof(cb.error), "%s", err);
		return -1;
	}
	return 0;
}

static void
cloud_limit(json_object *l, const char *name, long long *out)
{
	json_object *n;

	if (l != NULL && json_object_object_get_ex(l, name, &n))
		*out = json_object_get_int64(n);
}

static int
uid_taken(unsigned long u)
{
	size_t i;

	for (i = 0; i < cb.nuids; i++)
		if (cb.uids[i].uid == (uid_t)u)
			return 1;
	return 0;
}

/* The uid of an account: the one it had, or the first free one of the
 * range (also when the range changed and left its old uid outside). */
static uid_t
account_uid(const char *key, char *err, size_t errlen)
{
	struct uidmap *m = NULL;
	unsigned long u;
	size_t i;

	for (i = 0; i < cb.nuids && m == NULL; i++)
		if (strcmp(cb.uids[i].key, key) == 0)
			m = &cb.uids[i];
	if (m != NULL && m->uid >= cb.uid_lo && m->uid <= cb.uid_hi)
		return m->uid;
	for (u = cb.uid_lo; u <= cb.uid_hi && uid_taken(u); u++)
		;
	if (u > cb.uid_hi) {
		snprintf(err, errlen, "resotoworker.child_uid_range %lu-%lu "
		    "has no uid left for %s", cb.uid_lo, cb.uid_hi, key);
		return 0;
	}
	if (m == NULL) {
		cb.uids = xrealloc(cb.uids, (cb.nuids + 1) *
		    sizeof(*cb.uids));
		m = &cb.uids[cb.nuids++];
		m->key = xstrdup(key);
	}
	m->uid = (uid_t)u;
	return m->uid;
}

int
childbox_get(const char *cloud, const char *account, struct childbox *b,
    char *err, size_t errlen)
{
	json_object *l = NULL;
	long long timeout = 0;
	char key[512];

	memset(b, 0, sizeof(*b));
	if (cb.error[0] != '\0') {
		snprintf(err, errlen, "%s", cb.error);
		return -1;
	}
	b->parts = cb.parts;
	b->lim = cb.lim;
	if (cb.per_cloud != NULL)
		json_object_object_get_ex(cb.per_cloud, cloud, &l);
	cloud_limit(l, "memory_mb", &b->lim.memory_mb);
	cloud_limit(l, "open_files", &b->lim.open_files);
	cloud_limit(l, "cpu_seconds", &b->lim.cpu_s);
	cloud_limit(l, "timeout", &timeout);
	b->timeout_s = timeout > 0x7fffffff ? 0x7fffffff : (int)timeout;
	if (cb.uid_lo != 0) {
		snprintf(key, sizeof(key), "%s%s%s", cloud, account ? "/" : "",
		    account ? account : "");
		if ((b->uid = account_uid(key, err, errlen)) == 0)
			return -1;
		b->gid = (gid_t)b->uid;
		b->own_uid = 1;
	}
	return 0;
}

void
childbox_args(const struct childbox *b, char *parts, size_t plen,
    char *limits, size_t llen)
{
	char p[64];
	const struct sandbox_limits *l = &b->lim;

	sandbox_parts_str(b->parts, p, sizeof(p));
	snprintf(parts, plen, "--sandbox=%s", p);
	snprintf(limits, llen, "--limits=%lld:%lld:%lld", l->memory_mb,
	    l->open_files, l->cpu_s);
}

char *
childbox_scratch(uid_t uid, gid_t gid, char *err, size_t errlen)
{
	struct buf path = BUF_INIT;
	char *p;

	buf_printf(&path, "%s/resotoworker-child.XXXXXX", spool_dir(NULL));
	p = buf_take(&path);
	if (mkdtemp(p) == NULL) {
		snprintf(err, errlen, "scratch directory %s: %s", p,
		    strerror(errno));
		free(p);
		return NULL;
	}
	if ((uid != geteuid() || gid != getegid()) && chown(p, uid, gid) == -1) {
		snprintf(err, errlen, "chown %s to %lu: %s", p,
		    (unsigned long)uid, strerror(errno));
		rmdir(p);
		free(p);
		return NULL;
	}
	return p;
}

static int unreadable;	/* directories take_one could not enter yet */

/* a directory a child under another uid made: ours again (CAP_CHOWN),
 * so that we can empty it */
static int
take_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	if ((flag != FTW_D && flag != FTW_DNR) || st->st_uid == geteuid())
		return 0;
	if (lchown(path, geteuid(), getegid()) == -1 || chmod(path, 0700) == -1)
		log_debug("scratch: cannot take %s back: %s", path,
		    strerror(errno));
	else if (flag == FTW_DNR)
		unreadable = 1;		/* enter it on the next pass */
	return 0;
}

static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	if (remove(path) == -1)
		log_debug("scratch: cannot remove %s: %s", path,
		    strerror(errno));
	return 0;
}

void
childbox_scratch_free(char *path)
{
	int pass = 0;

	if (path == NULL)
		return;
	do {
		unreadable = 0;
		(void)nftw(path, take_one, 16, FTW_PHYS);
	} while (unreadable && ++pass < 16);
	(void)nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(path);
}

void
childbox_free(void)
{
	size_t i;

	for (i = 0; i < cb.nuids; i++)
		free(cb.uids[i].key);
	free(cb.uids);
	cb.uids = NULL;
	cb.nuids = 0;
	json_object_put(cb.per_cloud);
	cb.per_cloud = NULL;
}

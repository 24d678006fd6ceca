/*
 * childbox: the supervisor's side of the children's sandbox (issue 11).
 * Owns the settings read from the resotoworker section (sandbox,
 * sandbox_disable, child_memory_mb, child_open_files, child_cpu_seconds,
 * child_limits per cloud, child_uid_range), the table that gives each
 * account its own uid from child_uid_range for the life of the worker, the
 * command-line arguments that tell a child what to apply to itself
 * (collector/sandbox.h), and the children's scratch directories.
 */
#ifndef RW_CHILDBOX_H
#define RW_CHILDBOX_H

#include <stddef.h>
#include <sys/types.h>

#include "collector/sandbox.h"

struct config;

/* What one child gets. */
struct childbox {
	int			parts;		/* SANDBOX_* */
	struct sandbox_limits	lim;
	int			timeout_s;	/* per-cloud deadline; 0: none */
	int			own_uid;	/* run as uid/gid below */
	uid_t			uid;
	gid_t			gid;
};

/* Read the settings; -1 with "resotoworker.key: reason" in err (children
 * then refuse to start with that reason until a later call succeeds). */
int	 childbox_configure(const struct config *, char *err, size_t errlen);
/* The last error of childbox_configure, or NULL. */
const char *childbox_error(void);

/* The box of the child of (cloud, account) (account NULL: the discovery
 * child, or a whole cloud). -1 with err when no uid is left. */
int	 childbox_get(const char *cloud, const char *account,
	    struct childbox *, char *err, size_t errlen);

/* "--sandbox=..." and "--limits=M:F:C" for the child's command line. */
void	 childbox_args(const struct childbox *, char *parts, size_t,
	    char *limits, size_t);

/* A new scratch directory for a child (under $TMPDIR or /tmp, mode 0700,
 * owned by the child's uid and gid): its path (to free), or NULL with
 * err. */
char	*childbox_scratch(uid_t, gid_t, char *err, size_t errlen);
/* Remove a scratch directory and everything in it; frees path. */
void	 childbox_scratch_free(char *path);

/* Free the uid table (at exit). */
void	 childbox_free(void);

#endif

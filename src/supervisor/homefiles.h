/*
 * homefiles: the files of resotoworker.files_in_home_dir (path -> content)
 * and of the deprecated resotoworker.write_files_to_home_dir (list of
 * { path, content }) (core-protocol.md 8.3): written below the supervisor's
 * $HOME at start and again whenever the configuration changes them.
 *
 * Owns the path rules and the writing. "~/x", "x" and "$HOME/x" name
 * $HOME/x; ".." may not leave $HOME, a path outside it ("/etc/x",
 * "~other/x") is refused, and so is a symbolic link anywhere below $HOME
 * on the way (it could lead out). Missing directories are created with
 * mode 0700; a file is written to a temporary file in its directory with
 * mode 0600 and renamed over the old one, so it is never seen half
 * written nor with a wider mode. The contents are secrets: never logged.
 * A file that cannot be written is logged and the others are still
 * written (as the reference does).
 */
#ifndef RW_HOMEFILES_H
#define RW_HOMEFILES_H

#include <stddef.h>

struct buf;
struct config;

/* Write every file of both keys below home (NULL: $HOME, else the
 * password entry of the user). Returns the number of files that could
 * not be written (each logged). */
int	homefiles_write(const struct config *, const char *home);

/* The path below home that path names, normalized ("a/b"), into out;
 * -1 with the reason in err when it is outside home or names home. */
int	homefiles_path(const char *home, const char *path, struct buf *out,
	    char *err, size_t errlen);

#endif

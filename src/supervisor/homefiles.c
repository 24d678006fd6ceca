/* homefiles: see homefiles.h. */
#include "supervisor/homefiles.h"
#include "common/buf.h"
#include "common/config.h"
#include "common/log.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
homefiles_path(const char *home, const char *path, struct buf *out,
    char *err, size_t errlen)
{
	size_t hl = strlen(home), n;
	const char *p, *c;
	char *slash;

	buf_reset(out);
	while (hl > 1 && home[hl - 1] == '/')
		hl--;
	if (*path == '\0') {
		snprintf(err, errlen, "empty path");
		return -1;
	}
	if (path[0] == '~') {
		if (path[1] != '/' && path[1] != '\0') {
			snprintf(err, errlen, "another user's home directory "
			    "(outside $HOME)");
			return -1;
		}
		p = path + 1;
	} else if (path[0] == '/') {
		if (strncmp(path, home, hl) != 0 || (hl > 1 &&
		    path[hl] != '/' && path[hl] != '\0')) {
			snprintf(err, errlen, "outside $HOME (%.*s)", (int)hl,
			    home);
			return -1;
		}
		p = path + (hl > 1 ? hl : 0);
	} else
		p = path;
	for (; *p != '\0'; p = c) {
		while (*p == '/')
			p++;
		n = strcspn(p, "/");
		c = p + n;
		if (n == 0 || (n == 1 && p[0] == '.'))
			continue;
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (out->len == 0) {
				snprintf(err, errlen, "\"..\" leads outside $HOME");
				return -1;
			}
			slash = strrchr(out->data, '/');
			out->len = slash ? (size_t)(slash - out->data) : 0;
			out->data[out->len] = '\0';
			continue;
		}
		if (out->len > 0)
			buf_putc(out, '/');
		buf_add(out, p, n);
	}
	if (out->len == 0) {
		snprintf(err, errlen, "names $HOME itself, not a file");
		return -1;
	}
	return 0;
}

/* A new file ".<name>.XXXXXXXXXXXX" in dir, mode 0600; its name in tmp. */
static int
tmp_create(int dir, const char *name, struct buf *tmp)
{
	unsigned char r[6];
	int fd, i, k;

	for (k = 0; k < 10; k++) {
		if (getentropy(r, sizeof(r)) != 0)
			return -1;
		buf_reset(tmp);
		buf_printf(tmp, ".%s.", name);
		for (i = 0; i < (int)sizeof(r); i++)
			buf_printf(tmp, "%02x", r[i]);
		fd = openat(dir, tmp->data, O_WRONLY | O_CREAT | O_EXCL |
		    O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd != -1 || errno != EEXIST)
			return fd;
	}
	return -1;
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t w;

	while (len > 0) {
		if ((w = write(fd, p, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Write rel (normalized, below the directory home) with content. */
static int
write_file(int home, const char *rel, const char *content, size_t len,
    char *err, size_t errlen)
{
	struct buf tmp = BUF_INIT;
	struct stat st;
	char *part = xstrdup(rel), *name = part, *slash;
	int dir, next, fd = -1, rc = -1;

	if ((dir = dup(home)) == -1) {
		snprintf(err, errlen, "%s", strerror(errno));
		goto out;
	}
	/* every directory on the way: created 0700, never a link */
	while ((slash = strchr(name, '/')) != NULL) {
		*slash = '\0';
		if (mkdirat(dir, name, 0700) == -1 && errno != EEXIST) {
			snprintf(err, errlen, "creating directory %s: %s", name,
			    strerror(errno));
			goto out;
		}
		next = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		if (next == -1) {
			snprintf(err, errlen, "%s: %s", name, errno == ELOOP ||
			    errno == ENOTDIR ? "a symbolic link or not a "
			    "directory" : strerror(errno));
			goto out;
		}
		close(dir);
		dir = next;
		name = slash + 1;
	}
	if (fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "is a directory");
		goto out;
	}
	if ((fd = tmp_create(dir, name, &tmp)) == -1) {
		snprintf(err, errlen, "creating a file: %s", strerror(errno));
		goto out;
	}
	if (fchmod(fd, 0600) == -1 || write_all(fd, content, len) == -1 ||
	    fsync(fd) == -1 || close(fd) == -1) {
		snprintf(err, errlen, "writing: %s", strerror(errno));
		fd = -1;
		unlinkat(dir, tmp.data, 0);
		goto out;
	}
	fd = -1;
	if (renameat(dir, tmp.data, dir, name) == -1) {
		snprintf(err, errlen, "renaming into place: %s",
		    strerror(errno));
		unlinkat(dir, tmp.data, 0);
		goto out;
	}
	rc = 0;
out:
	if (fd != -1)
		close(fd);
	if (dir != -1)
		close(dir);
	buf_free(&tmp);
	free(part);
	return rc;
}

/* One file (what: "key: path" or "key item N"): 0 written, -1 refused
 * or failed (logged). */
static int
one(int home, const char *homedir, const char *what, const char *path,
    json_object *content)
{
	struct buf rel = BUF_INIT;
	char err[512];
	int rc = -1;

	if (homefiles_path(homedir, path, &rel, err, sizeof(err)) == 0 &&
	    write_file(home, rel.data, json_object_get_string(content),
	    (size_t)json_object_get_string_len(content), err,
	    sizeof(err)) == 0) {
		log_info("%s: wrote %s/%s (mode 0600)", what, homedir,
		    rel.data);
		rc = 0;
	} else
		log_warnx("%s: %s; not written", what, err);
	buf_free(&rel);
	return rc;
}

static const char *
home_dir(void)
{
	const char *h = getenv("HOME");
	struct passwd *pw;

	if (h != NULL && *h == '/')
		return h;
	if ((pw = getpwuid(getuid())) != NULL && pw->pw_dir != NULL &&
	    *pw->pw_dir == '/')
		return pw->pw_dir;
	return NULL;
}

int
homefiles_write(const struct config *cfg, const char *homedir)
{
	static const char k1[] = "resotoworker.write_files_to_home_dir";
	static const char k2[] = "resotoworker.files_in_home_dir";
	json_object *list = config_get(cfg, k1), *map = config_get(cfg, k2);
	json_object *e, *path, *content;
	struct buf what = BUF_INIT;
	size_t i, n, total;
	int home, failed = 0;

	n = json_object_is_type(list, json_type_array) ?
	    json_object_array_length(list) : 0;
	total = n + (json_object_is_type(map, json_type_object) ?
	    (size_t)json_object_object_length(map) : 0);
	if (total == 0)
		return 0;
	if (homedir == NULL && (homedir = home_dir()) == NULL) {
		log_warnx("%s, %s: no home directory ($HOME is not an absolute "
		    "path and the user has none); %zu file(s) not written",
		    k1, k2, total);
		return (int)total;
	}
	if ((home = open(homedir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		log_warn("%s, %s: home directory %s; %zu file(s) not written",
		    k1, k2, homedir, total);
		return (int)total;
	}
	for (i = 0; i < n; i++) {
		e = json_object_array_get_idx(list, i);
		if (!json_object_object_get_ex(e, "path", &path) ||
		    !json_object_object_get_ex(e, "content", &content))
			continue;	/* worker_config_check refused it */
		buf_reset(&what);
		buf_printf(&what, "%s item %zu: %s", k1, i + 1,
		    json_object_get_string(path));
		failed -= one(home, homedir, what.data,
		    json_object_get_string(path), content);
	}
	if (json_object_is_type(map, json_type_object)) {
		json_object_object_foreach(map, p, c) {
			buf_reset(&what);
			buf_printf(&what, "%s: %s", k2, p);
			failed -= one(home, homedir, what.data, p, c);
		}
	}
	buf_free(&what);
	close(home);
	return failed;
}

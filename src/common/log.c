/* log: see log.h. */
#include "common/log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#define LOG_LINE_MAX	4096

static enum log_level	 log_level = LOG_LVL_INFO;
static int		 log_to_syslog;
static char		 log_comp[64] = "resotoworker";
static char		**log_secrets;	/* grows: one per registered secret */
static int		 log_nsecrets;

static const char *const level_names[] = { "ERROR", "WARN", "INFO", "DEBUG" };
static const int level_prio[] = { LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG };

void
log_init(enum log_level level, int to_syslog)
{
	log_level = level;
	log_syslog(to_syslog);
}

void
log_setlevel(enum log_level level)
{
	log_level = level;
}

enum log_level
log_getlevel(void)
{
	return log_level;
}

void
log_syslog(int on)
{
	if (on && !log_to_syslog)
		openlog("resotoworker", LOG_PID | LOG_NDELAY, LOG_DAEMON);
	else if (!on && log_to_syslog)
		closelog();
	log_to_syslog = on;
}

void
log_component(const char *name)
{
	snprintf(log_comp, sizeof(log_comp), "%s", name);
}

void
log_secret(const char *secret)
{
	char **p;
	int i;

	if (secret == NULL || strlen(secret) < 3)
		return;	/* a 1-2 char "secret" would mask half of every line */
	for (i = 0; i < log_nsecrets; i++)
		if (strcmp(log_secrets[i], secret) == 0)
			return;
	p = realloc(log_secrets, (log_nsecrets + 1) * sizeof(*log_secrets));
	if (p == NULL)
		return;
	log_secrets = p;
	if ((log_secrets[log_nsecrets] = strdup(secret)) != NULL)
		log_nsecrets++;
}

void
log_secrets_clear(void)
{
	while (log_nsecrets > 0)
		free(log_secrets[--log_nsecrets]);
	free(log_secrets);
	log_secrets = NULL;
}

/* The user information of every URI in s (user:pass@host after "://"
 * becomes ***@host): a password in the core's URI is a secret too. */
static void
redact_userinfo(char *s)
{
	char *p = s, *auth, *end, *at;
	size_t len;

	while ((p = strstr(p, "://")) != NULL) {
		auth = p + 3;
		end = auth + strcspn(auth, "/?#@ \t\r\n\"'<>");
		at = NULL;
		/* the last '@' before the path ends the user information */
		while (*end == '@') {
			at = end;
			end = end + 1 + strcspn(end + 1, "/?#@ \t\r\n\"'<>");
		}
		p = auth;
		if (at == NULL)
			continue;
		len = (size_t)(at - auth);
		if (len < 3) {
			memset(auth, '*', len);
			continue;
		}
		memcpy(auth, "***", 3);
		memmove(auth + 3, at, strlen(at) + 1);
		p = auth + 3;
	}
}

void
log_redact(char *s)
{
	int i;
	char *p;
	size_t slen, mlen = 3;

	redact_userinfo(s);
	for (i = 0; i < log_nsecrets; i++) {
		slen = strlen(log_secrets[i]);
		while ((p = strstr(s, log_secrets[i])) != NULL) {
			memcpy(p, "***", mlen);
			memmove(p + mlen, p + slen, strlen(p + slen) + 1);
		}
	}
}

void
vlog(enum log_level level, int with_errno, const char *fmt, va_list ap)
{
	char line[LOG_LINE_MAX], ts[32];
	int saved = errno;
	size_t n;
	struct timespec now;
	struct tm tm;

	if (level > log_level)
		return;
	vsnprintf(line, sizeof(line), fmt, ap);
	if (with_errno) {
		n = strlen(line);
		snprintf(line + n, sizeof(line) - n, ": %s", strerror(saved));
	}
	log_redact(line);
	if (log_to_syslog) {
		syslog(level_prio[level], "%s: %s", log_comp, line);
	} else {
		clock_gettime(CLOCK_REALTIME, &now);
		gmtime_r(&now.tv_sec, &tm);
		strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%S", &tm);
		fprintf(stderr, "%s.%03ldZ %-5s %s: %s\n", ts,
		    now.tv_nsec / 1000000, level_names[level], log_comp, line);
		fflush(stderr);
	}
	errno = saved;
}

/* One logging function: `then` ends it (return, or exit(1) for fatal*). */
#define LOGFN(name, lvl, errn, then)				\
void								\
name(const char *fmt, ...)					\
{								\
	va_list ap;						\
	va_start(ap, fmt);					\
	vlog(lvl, errn, fmt, ap);				\
	va_end(ap);						\
	then;							\
}
LOGFN(log_error, LOG_LVL_ERROR, 1, return)
LOGFN(log_errorx, LOG_LVL_ERROR, 0, return)
LOGFN(log_warn, LOG_LVL_WARN, 1, return)
LOGFN(log_warnx, LOG_LVL_WARN, 0, return)
LOGFN(log_info, LOG_LVL_INFO, 0, return)
LOGFN(log_debug, LOG_LVL_DEBUG, 0, return)
LOGFN(fatal, LOG_LVL_ERROR, 1, exit(1))
LOGFN(fatalx, LOG_LVL_ERROR, 0, exit(1))

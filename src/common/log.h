/*
 * log: the logging module. Owns where log lines go (stderr or syslog), the
 * level filter, the component tag of this process, and the redaction of
 * registered secrets: a string given to log_secret() never appears in a log
 * line, it is replaced by "***", and neither does the user information of a
 * URI (user:pass@host in https: URIs is logged as ***@host).
 */
#ifndef RW_LOG_H
#define RW_LOG_H

#include <stdarg.h>

enum log_level {
	LOG_LVL_ERROR = 0,	/* --quiet: errors only */
	LOG_LVL_WARN,
	LOG_LVL_INFO,		/* default */
	LOG_LVL_DEBUG,		/* --verbose */
};

void	log_init(enum log_level level, int to_syslog);
void	log_setlevel(enum log_level level);
enum log_level log_getlevel(void);
void	log_syslog(int on);
void	log_component(const char *name);	/* e.g. "supervisor", "collector random/123" */
void	log_secret(const char *secret);		/* redact this string from every line */
void	log_secrets_clear(void);

void	log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));	/* + strerror(errno) */
void	log_errorx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));	/* + strerror(errno) */
void	log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void	vlog(enum log_level level, int with_errno, const char *fmt, va_list ap);

/* Redact registered secrets and URI user information in s (in place,
 * never grows). For callers that
 * pass text to other sinks than the log, e.g. action_info messages. */
void	log_redact(char *s);

#endif

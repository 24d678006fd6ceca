/*
 * onelogin: the OneLogin collector (collectors.md 4.4), private to
 * src/collector/onelogin/. Owns the `onelogin` config section, the OAuth2
 * client-credentials token and the users' listing (onelogin.c), and its
 * kinds as data (kinds.c: the model and the user table the generic engine
 * src/collector/table.h walks).
 */
#ifndef RW_ONELOGIN_H
#define RW_ONELOGIN_H

#include <time.h>

#include "collector/table.h"

extern const struct kind kind_onelogin_resource, kind_onelogin_account,
    kind_onelogin_region, kind_onelogin_user;
extern const struct kind *const onelogin_kinds[];	/* NULL-terminated */
extern const struct tkind onelogin_tk_account, onelogin_tk_region,
    onelogin_tk_user;

/* A duration as resotolib's duration_str writes it ("1yr2mo3d4h5min6s",
 * "0s"): the password_age property. */
void	onelogin_duration(long long seconds, char *out, size_t len);

#endif

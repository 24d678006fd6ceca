/*
 * config: MINIMAL COPY made by the collectors branch so that it compiles
 * before the foundation branch's src/common/config.h is merged. It holds
 * only the type definitions of the BRIEF's config contract; the lead
 * replaces this file with the foundation developer's at merge.
 */
#ifndef RW_CONFIG_H
#define RW_CONFIG_H

enum cfg_type { CFG_STRING, CFG_INT, CFG_DOUBLE, CFG_BOOL, CFG_STRING_LIST, CFG_JSON };
#define CFG_SECRET   0x1   /* redacted in dumps/logs; refused in a group/other-readable file */
#define CFG_RESTART  0x2   /* change needs a restart (logged on SIGHUP / core change) */
#define CFG_NULLABLE 0x4   /* null is a valid value */
struct cfg_key { const char *name; enum cfg_type type; const char *def; /* JSON text */ unsigned flags; const char *help; };
struct cfg_section { const char *name; const struct cfg_key *keys; /* {NULL} terminated */ const char *help; };

#endif

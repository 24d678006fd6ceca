/*
 * saas: what the collectors of the software-as-a-service APIs (Slack,
 * OneLogin: src/collector/slack/, src/collector/onelogin/) share: their
 * HTTP context, the URL of a method below a configured base, and the
 * report of a problem (the log and an error INFO frame of the job).
 */
#ifndef RW_SAAS_H
#define RW_SAAS_H

#include <stddef.h>

#include <json-c/json.h>

struct chttp;

/* An HTTP context whose calls end 10 s before resotoworker.timeout (so
 * what was collected is delivered), TLS unverified when insecure; NULL
 * (logged) when it cannot be set up. */
struct chttp	*saas_http(int insecure);
/* base and path joined by exactly one '/' (malloc'd). */
char		*saas_url(const char *base, const char *path);
/* Logs a warning and tells the job (INFO error, collector_report); the
 * message names the cloud, the team or account, the method and what went
 * wrong. */
#define saas_report(...)	collector_report(NULL, __VA_ARGS__)

/* table_node of an item at loc, unless a node of its kind and id was
 * made before (a page listed again): that one is reported (who: the team
 * or account's words) and left out. 0, or -1 when it was not made. */
struct table;
struct tkind;
struct tloc;
struct nodeid;
int		 saas_node(struct table *, const struct tkind *,
		    json_object *item, const struct tloc *, const char *who);

/* struct collector's tag and delete operations of a collector that
 * supports neither (the reference's delete returns False): an error
 * naming the kind and what was not done. */
struct kind;
int		 saas_update_tag(const struct kind *, json_object *node,
		    const char *key, const char *value, char *err,
		    size_t errlen);
int		 saas_delete_tag(const struct kind *, json_object *node,
		    const char *key, char *err, size_t errlen);
int		 saas_delete(const struct kind *, json_object *node, char *err,
		    size_t errlen);

#endif

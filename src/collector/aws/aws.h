/*
 * aws: the AWS collector (collectors.md 4.1), private to src/collector/aws/.
 * Owns the `aws` config section, account discovery and the renewal of
 * an account's credentials (aws.c), the credential chain (cred.c),
 * endpoints, the account's session and the Query/JSON calls over the
 * collectors' HTTP layer (api.c), the collect of one account (collect.c)
 * with its kinds as data (kinds.c: the model; ec2.c: the tables the
 * generic engine src/collector/table.h walks; part 2's services one
 * file each, model and tables: elb.c, s3.c, autoscaling.c, cloudwatch.c,
 * rds.c, kms.c, iam.c, lambda.c, eks.c, with model.h's shorthands), the
 * CloudWatch metrics of the collected items (metrics.c), and deletes and
 * tags (mutate.c). Calls speak Query, REST-XML (S3), JSON 1.1 (KMS) and
 * REST-JSON (Lambda, EKS).
 */
#ifndef RW_AWS_H
#define RW_AWS_H

#include <sys/queue.h>

#include <stddef.h>
#include <time.h>

#include <json-c/json.h>

#include "collector/table.h"
#include "common/buf.h"

struct chttp;
struct chttp_auth;
struct kind;
struct collector_command;


extern const struct kind kind_aws_resource, kind_aws_account, kind_aws_region,
    kind_aws_ec2_volume_type, kind_aws_ec2_instance_type, kind_aws_ec2_instance,
    kind_aws_ec2_volume, kind_aws_ec2_snapshot, kind_aws_vpc,
    kind_aws_ec2_subnet, kind_aws_ec2_security_group,
    kind_aws_ec2_internet_gateway, kind_aws_ec2_nat_gateway,
    kind_aws_ec2_route_table, kind_aws_ec2_network_interface,
    kind_aws_ec2_elastic_ip, kind_aws_ec2_keypair;
extern const struct kind *const aws_kinds[];	/* the model, NULL-terminated */
extern const struct tkind aws_tables[];	/* NULL-kind terminated */
/* part 2's kinds, each service's in its own file */
extern const struct kind kind_aws_elb, kind_aws_alb, kind_aws_alb_target_group;
extern const struct tkind aws_elb_tables[];
extern const struct kind kind_aws_s3_bucket;
extern const struct tkind aws_s3_tables[];
extern const struct kind kind_aws_autoscaling_group;
extern const struct tkind aws_autoscaling_tables[];
extern const struct kind kind_aws_cloudwatch_alarm;
extern const struct tkind aws_cloudwatch_tables[];
extern const struct kind kind_aws_rds_instance;
extern const struct tkind aws_rds_tables[];
extern const struct kind kind_aws_kms_key;
extern const struct tkind aws_kms_tables[];
extern const struct kind kind_aws_iam_user, kind_aws_iam_group,
    kind_aws_iam_role, kind_aws_iam_policy, kind_aws_iam_access_key,
    kind_aws_iam_instance_profile, kind_aws_root_user;
extern const struct tkind aws_iam_tables[];
extern const struct kind kind_aws_lambda_function;
extern const struct tkind aws_lambda_tables[];
extern const struct kind kind_aws_eks_cluster, kind_aws_eks_nodegroup;
extern const struct tkind aws_eks_tables[];
/* every table (NULL-terminated), and the entry of a kind among them */
extern const struct tkind *const aws_table_sets[];
const struct tkind *aws_table_find(const char *fqn);

#define AWS_EC2_VERSION	"2016-11-15"
#define AWS_STS_VERSION	"2011-06-15"

/* Credentials: a key pair and an optional session token. */
struct aws_cred {
	char	*key_id;
	char	*secret;
	char	*token;		/* NULL: none */
	char	*expires;	/* ISO time of an assumed role's end, or NULL */
};
void	aws_cred_free(struct aws_cred *);
/* The chain for a host (the `aws` section's keys, AWS_* of the frame's
 * "env", the shared credentials file with profile, IMDSv2): 0, or -1 with
 * what was tried in err. */
int	aws_cred_chain(json_object *config, json_object *env,
	    const char *profile, struct aws_cred *, struct buf *err);
/* The credentials in an ACCOUNT entry's "credentials" member. */
/* key of section sect of an INI file (malloc'd), NULL when absent */
char	*aws_ini_get(const char *path, const char *sect, const char *key);
/* The profiles of the shared credentials file that have keys (a JSON
 * array); NULL when there is no such file. */
json_object *aws_file_profiles(json_object *env);
/* endpoint_url of a profile (NULL: AWS_PROFILE or default) */
char	*aws_profile_endpoint(json_object *env, const char *profile);
int	aws_cred_from_json(json_object *, struct aws_cred *);
void	aws_cred_to_json(const struct aws_cred *, json_object *dst);

/* Endpoints: the URL of a service in a region, as the SDKs choose it:
 * AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL (env of the frame, then
 * the section's endpoint_url_<service> / endpoint_url, then the profile's
 * endpoint_url), else https://<service>.<region>.amazonaws.com. */
struct aws_ep {
	json_object	*env;		/* borrowed */
	json_object	*config;	/* borrowed */
	char		*profile_url;	/* endpoint_url of the profile */
};
char	*aws_endpoint(const struct aws_ep *, const char *service,
	    const char *region);
/* The endpoint prefix and SigV4 name of a service ("elb":
 * "elasticloadbalancing", "cloudwatch": "monitoring"). */
const char *aws_prefix(const char *service);

/* One account's session: its HTTP context, auth and endpoints. */
struct aws {
	struct chttp		*http;
	struct chttp_auth	*auth;
	struct aws_ep		 ep;
	const char		*account;	/* id, for messages */
	char			*ca_file;
	/* temporary credentials: when they end (0: they do not), when they
	 * came; renewed through the supervisor before they end (aws_fresh) */
	time_t			 expires, issued;
	/* metrics.c: GetMetricData calls made, and those waiting for one
	 * of the account's AWS_CW_INFLIGHT places */
	int			 cw_inflight;
	TAILQ_HEAD(, mcall)	 cw_wait;
	/* the account's calls have ended (its chttp_err: deadline, abort):
	 * the waiting ones are dropped, and those that end so counted, for
	 * one message once the last is back */
	int			 cw_over, cw_dropped;
};
int	aws_open(struct aws *, json_object *config, json_object *env,
	    const struct aws_cred *, const char *account, struct buf *err);
void	aws_close(struct aws *);
/* Renews temporary credentials that end within min(5 min, half their
 * life) through the supervisor (RENEW); before every call. */
void	aws_fresh(struct aws *);

/* A Query-protocol call (EC2, IAM, STS): params is the query after
 * Action and Version ("k=v&..."; values already encoded). cb gets the
 * answer (res NULL on error, with the message in error and the AWS error
 * code in code). Run with chttp_run(a->http). */
typedef void (*aws_cb)(const char *body, size_t len, const char *error,
	    const char *code, void *arg);
void	aws_query(struct aws *, const char *service, const char *region,
	    const char *action, const char *version, const char *params,
	    aws_cb cb, void *arg);
/* Fills call for a Query-protocol request (renewing the credentials when
 * they end soon); its strings live in *url (malloc'd: free it) and body. */
struct chttp_call;
void	aws_query_call(struct aws *, struct chttp_call *, const char *service,
	    const char *region, const char *action, const char *version,
	    const char *params, char **url, struct buf *body);
/* An answer kept for later: aws_answer_cb as the aws_cb, its arg a
 * zeroed struct aws_answer; aws_answer_free when done. */
struct aws_answer {
	struct buf	 body, err;
	char		 code[128];
	int		 failed;
};
void	aws_answer_cb(const char *body, size_t len, const char *error,
	    const char *code, void *arg);
void	aws_answer_free(struct aws_answer *);
/* The same, synchronous: the body in out; -1 with error (and the AWS error
 * code in code, "" when none) in err. */
int	aws_query_sync(struct aws *, const char *service, const char *region,
	    const char *action, const char *version, const char *params,
	    struct buf *out, struct buf *err, char *code, size_t codelen);
/* A JSON-protocol call (X-Amz-Target: target.operation, a JSON body):
 * fills call; its strings live in url (free it) and hdr. */
void	aws_json_call(struct aws *, struct chttp_call *, const char *service,
	    const char *target, const char *operation, const char *body,
	    char **url, struct buf *hdr);
int	aws_json_sync(struct aws *, const char *service, const char *target,
	    const char *operation, const char *body, struct buf *out,
	    struct buf *err, char *code, size_t codelen);
/* The same in a region (NULL: the global endpoint, signed for
 * us-east-1), and asynchronous with aws_query's callback. */
void	aws_json_call_in(struct aws *, struct chttp_call *,
	    const char *service, const char *region, const char *target,
	    const char *operation, const char *body, char **url,
	    struct buf *hdr);
void	aws_json(struct aws *, const char *service, const char *region,
	    const char *target, const char *operation, const char *body,
	    aws_cb, void *arg);
int	aws_json_sync_in(struct aws *, const char *service, const char *region,
	    const char *target, const char *operation, const char *body,
	    struct buf *out, struct buf *err, char *code, size_t codelen);
/* A REST call (S3, Lambda, EKS): method, the whole URL, an optional body
 * (XML for S3, else JSON) and extra headers; the answer to cb as
 * aws_query's. */
void	aws_rest(struct aws *, const char *method, const char *service,
	    const char *region, const char *op, const char *url,
	    const char *body, size_t len, const char *const *headers, aws_cb,
	    void *arg);
int	aws_rest_sync(struct aws *, const char *method, const char *service,
	    const char *region, const char *op, const char *url,
	    const char *body, size_t len, const char *const *headers,
	    struct buf *out, struct buf *err, char *code, size_t codelen);
/* The URL of an S3 bucket (NULL: the service), object key (NULL: none)
 * and subresource query ("tagging", NULL: none) in region, as the SDKs
 * address it: virtual-hosted (bucket.s3.region.amazonaws.com), or
 * path-style when the endpoint is an IP address or has a port, or the
 * name is no DNS label (malloc'd). */
char	*aws_s3_url(const struct aws_ep *, const char *region,
	    const char *bucket, const char *key, const char *sub);
/* Appends "&k=v", v URL-encoded. */
void	aws_param(struct buf *, const char *k, const char *v);
/* Appends v URL-encoded (every byte but A-Z a-z 0-9 - _ . ~). */
void	aws_encode(struct buf *, const char *v);
/* The URL of a REST-JSON call (Lambda, EKS): the service's endpoint in
 * region, the path template tmpl with each "@path" (up to the next '/')
 * the URL-encoded value at path in o, and the query (NULL: none);
 * NULL when a value is missing (malloc'd). */
char	*aws_rest_url(const struct aws_ep *, const char *service,
	    const char *region, const char *tmpl, json_object *o,
	    const char *query);

/* The text of the first element named name in an XML body, NULL when
 * absent (malloc'd). */
char	*aws_xml_text(const char *xml, size_t len, const char *path);

/* 1 when code is one of codes (NULL-terminated, may be NULL): an error
 * that means the resource is not there (struct tcall.gone) */
int	aws_gone(const char *const *codes, const char *code);
/* A mutating call's outcome: rc (0, or -1 with the error in e and the
 * AWS code in code) as 0 also when code is one of gone, else -1 with e
 * in err (COLLECTOR_BUSY when code says another resource still uses it);
 * frees e and out. */
int	aws_outcome(int rc, const char *const *gone, const char *code,
	    struct buf *e, struct buf *out, char *err, size_t errlen);
/* Expands a query template "k=@path&..." with the values of o (struct
 * tcall): one query per element of a list at one @path, none when a path
 * gives nothing; a JSON array of query strings. */
json_object *aws_expand(const char *tmpl, json_object *o);

/* What a custom delete or tag step (struct tcall.fn, struct ttag.fn)
 * gets as its context: the account's session and the node's region. */
struct aws_mctx {
	struct aws	*a;
	const char	*region;
};

/* mutate.c: revokes the rules of a security group (reported.id) in the
 * list the call's params names ("ipPermissions") that name other groups,
 * read fresh with ec2:DescribeSecurityGroups; a struct tcall step */
int	aws_revoke_group_rules(void *ctx, const struct tcall *,
	    json_object *reported, char *err, size_t errlen);

/* metrics.c: CloudWatch GetMetricData for a listing's items. An item
 * waiting for its metrics: the answers go into item ("_usage", "_atime",
 * "_mtime"; made at the first answer, NULL until then); done is called
 * when left drops to 0 (start it at 1 and release it once its queries are
 * added). value is metrics.c's copy of the item's id (freed before done).
 * A full call waits, as its queries alone, until one of the account's
 * AWS_CW_INFLIGHT places is free: only the calls on their way are held as
 * request text. */
#define AWS_CW_INFLIGHT	16
struct aws_mwait {
	json_object	*item;
	int		 left;
	void		(*done)(struct aws_mwait *);
	char		*value;
};
/* The queries of one time window (start, end, period in seconds) in a
 * region: calls of 499 queries, each made once full; failures are
 * reported naming account and region and counted in *errors. */
struct aws_mset;
struct aws_mset *aws_mset_new(struct aws *, const char *account,
	    const char *region, time_t start, time_t end, long period,
	    int *errors);
/* One query: metric m of the item whose id (m's dimension) is value. */
void	aws_mset_add(struct aws_mset *, struct aws_mwait *,
	    const struct tmetric *m, const char *value);
/* No more queries: the last call is made; the set frees itself once its
 * calls have ended (NULL: nothing). */
void	aws_mset_end(struct aws_mset *);
void	aws_mwait_release(struct aws_mwait *);
/* One GetMetricData answer page for the queries not sent yet, into their
 * items (its NextToken into next): 0, or -1 with err (the fuzz target's
 * way in; the calls read their pages the same way). */
int	aws_mset_read(struct aws_mset *, const char *body, size_t len,
	    struct buf *next, struct buf *err);
/* Drops the queries not sent (their items released as after a call) and
 * ends the set. */
void	aws_mset_discard(struct aws_mset *);

/* collect.c, mutate.c: struct collector's operations */
struct graph;
struct coll_account;
int	aws_collect(json_object *config, const struct coll_account *,
	    struct graph *, char *err, size_t errlen);
int	aws_update_tag(const struct kind *, json_object *node, const char *key,
	    const char *value, char *err, size_t errlen);
int	aws_delete_tag(const struct kind *, json_object *node, const char *key,
	    char *err, size_t errlen);
int	aws_delete(const struct kind *, json_object *node, char *err,
	    size_t errlen);
/* mutate.c: the session of the account a core node's ancestors name (the
 * chain's credentials without one), and its region (us-east-1 without
 * one); -1 with the reason in err. */
int	aws_node_session(json_object *node, struct aws *, const char **region,
	    char *err, size_t errlen);
/* command.c: the "aws" custom command (struct collector's), and its
 * arguments read into one call: service, API operation, the Query
 * parameters or the JSON body, --region (NULL: none). */
extern const struct collector_command aws_command;
struct aws_cmd {
	const char	*service;
	const char	*version;	/* Query (EC2's for ec2) */
	const char	*target;	/* JSON 1.1: the body's */
	int		 ec2;
	char		 op[128];
	struct buf	 query;
	json_object	*body;
	const char	*region;	/* borrowed from args */
};
int	aws_cmd_parse(json_object *args, struct aws_cmd *, char *err,
	    size_t errlen);
void	aws_cmd_free(struct aws_cmd *);
int	aws_run_command(json_object *args, json_object *node,
	    json_object **data, char *err, size_t errlen);
/* Opens the session of the account an ACCOUNT entry describes. */
int	aws_open_account(struct aws *, json_object *config,
	    json_object *entry, struct buf *err);
/* collect.c, REST-JSON (TK_JSON): a listed item as the engine takes it
 * (a name wrapped in an object as tk->wrap says, with "_parent" when
 * given; a new reference), and a per-item call's answer body into the
 * item (the value at sub->items, parsed with TS_PARSE, as sub->into or
 * merged with TS_MERGE); -1 with err when the answer is malformed */
json_object *aws_rest_item(const struct tkind *tk, json_object *it,
	    json_object *parent);
int	aws_rest_answer(json_object *item, const struct tsub *sub,
	    const char *body, struct buf *err);
/* kind globs: collect / no_collect (no_collect wins) */
int	aws_should_collect(json_object *config, const char *kind);

#endif

/*
 * aws/s3: S3 buckets (collectors.md 4.1, the reference's resource/s3.py)
 * as a model kind and a REST table for the generic engine (table.h):
 * ListBuckets once per account (global), then per bucket its region
 * (GetBucketLocation) and, in that region, its tagging, encryption,
 * policy, versioning, public access block, ACL and logging. Buckets are
 * addressed as the SDKs do (aws_s3_url: virtual-hosted, path-style when
 * the endpoint is an IP address or has a port). Deletes empty the bucket
 * first: every object version and delete marker (ListObjectVersions), in
 * DeleteObjects batches of up to 1000 keys, then DeleteBucket. Tags are
 * written as a whole set (GetBucketTagging, PutBucketTagging; an emptied
 * set is DeleteBucketTagging, as S3 takes no empty set).
 *
 * Deviations: a bucket whose versioning cannot be read (access denied)
 * has bucket_versioning and bucket_mfa_delete false (the reference: none);
 * a grantee's type is an XML attribute (xsi:type) the XML
 * reader does not keep, so aws_s3_grantee.type stays unset; the
 * reference's aws_s3_account_settings (s3control) is not collected.
 */
#include "collector/aws/aws.h"
#include "collector/aws/model.h"
#include "collector/http/chttp.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "common/buf.h"
#include "common/jget.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#define S3	"resoto_plugin_aws.resource.s3."
#define BATCH	1000		/* DeleteObjects' limit */

static const struct kprop p_aws_s3_server_side_encryption_rule[] = {
	MS("sse_algorithm", "ApplyServerSideEncryptionByDefault.SSEAlgorithm"),
	MS("kms_master_key_id",
	    "ApplyServerSideEncryptionByDefault.KMSMasterKeyID"),
	MB("bucket_key_enabled", "BucketKeyEnabled"),
};
MNK(aws_s3_server_side_encryption_rule, S3, "AwsS3ServerSideEncryptionRule");

static const struct kprop p_aws_s3_public_access_block_configuration[] = {
	MP("block_public_acls", "boolean", PT_BOOL, "false", "BlockPublicAcls",
	    NULL),
	MP("ignore_public_acls", "boolean", PT_BOOL, "false",
	    "IgnorePublicAcls", NULL),
	MP("block_public_policy", "boolean", PT_BOOL, "false",
	    "BlockPublicPolicy", NULL),
	MP("restrict_public_buckets", "boolean", PT_BOOL, "false",
	    "RestrictPublicBuckets", NULL),
};
MNK(aws_s3_public_access_block_configuration, S3,
    "AwsS3PublicAccessBlockConfiguration");

static const struct kprop p_aws_s3_owner[] = {
	MS("display_name", "DisplayName"),
	MS("id", "ID"),
};
MNK(aws_s3_owner, S3, "AwsS3Owner");

static const struct kprop p_aws_s3_grantee[] = {
	MS("display_name", "DisplayName"),
	MS("email_address", "EmailAddress"),
	MS("id", "ID"),
	MS("type", "Type"),
	MS("uri", "URI"),
};
MNK(aws_s3_grantee, S3, "AwsS3Grantee");

static const struct kprop p_aws_s3_grant[] = {
	MO("grantee", aws_s3_grantee, "Grantee"),
	MS("permission", "Permission"),
};
MNK(aws_s3_grant, S3, "AwsS3Grant");

static const struct kprop p_aws_s3_bucket_acl[] = {
	MO("owner", aws_s3_owner, "Owner"),
	MOL("grants", aws_s3_grant, "AccessControlList.Grant"),
};
MNK(aws_s3_bucket_acl, S3, "AwsS3BucketAcl");

static const struct kprop p_aws_s3_target_grant[] = {
	MO("grantee", aws_s3_grantee, "Grantee"),
	MS("permission", "Permission"),
};
MNK(aws_s3_target_grant, S3, "AwsS3TargetGrant");

static const struct kprop p_aws_s3_logging[] = {
	MS("target_bucket", "TargetBucket"),
	MP("target_grants", "aws_s3_target_grant[]", PT_OLIST, NULL,
	    "TargetGrants.Grant", &k_aws_s3_target_grant),
	MS("target_prefix", "TargetPrefix"),
};
MNK(aws_s3_logging, S3, "AwsS3Logging");

/* the per-bucket answers are the item's members _enc, _policy, _ver,
 * _pab, _acl and _log (struct tsub.into) */
static const struct kprop p_aws_s3_bucket[] = {
	MP("bucket_encryption_rules", "aws_s3_server_side_encryption_rule[]",
	    PT_OLIST, NULL, "_enc", &k_aws_s3_server_side_encryption_rule),
	MP("bucket_policy", "dictionary[string, any]", PT_DICT, NULL, "_policy",
	    NULL),
	MB("bucket_versioning", "_ver[0].Status"),
	MB("bucket_mfa_delete", "_ver[0].MfaDelete"),
	MO("bucket_public_access_block_configuration",
	    aws_s3_public_access_block_configuration, "_pab[0]"),
	MO("bucket_acl", aws_s3_bucket_acl, "_acl[0]"),
	MO("bucket_logging", aws_s3_logging, "_log[0].LoggingEnabled"),
};
const struct kind kind_aws_s3_bucket = { "aws_s3_bucket", S3 "AwsS3Bucket",
	KIND_BASES(&kind_aws_resource, &kind_bucket),
	KIND_PROPS(p_aws_s3_bucket), NULL, NULL, NULL, 0 };

/* ---- the table ---------------------------------------------------------- */

/* "Enabled" is true; anything else (Suspended, an empty answer: never
 * enabled) false */
static const struct tenum enabled[] = { { "Enabled", "true" },
	{ NULL, "false" } };

static const struct tmap m_bucket[] = {
	TM("id", "Name"),
	TM("name", "Name"),
	TM("ctime", "CreationDate"),
	{ "arn", "Name", NULL, TC_S3_ARN },
	{ "bucket_versioning", "_ver[0].Status|=Disabled", enabled, TC_NONE },
	{ "bucket_mfa_delete", "_ver[0].MfaDelete|=Disabled", enabled,
	    TC_NONE },
	TM_END
};

static const char *const gone_bucket[] = { "NoSuchBucket", NULL };
static const char *const gone_tags[] = { "NoSuchTagSet", "NoSuchBucket",
	NULL };
static const char *const gone_enc[] = {
	"ServerSideEncryptionConfigurationNotFoundError", "NoSuchBucket",
	NULL };
static const char *const gone_policy[] = { "NoSuchBucketPolicy",
	"NoSuchBucket", NULL };
static const char *const gone_pab[] = {
	"NoSuchPublicAccessBlockConfiguration", "NoSuchBucket", NULL };

#define SUB(o, r, it, in, g, fl)	{ .op = o, .params = "@Name", \
	.items = it, .into = in, .gone = g, .rest = r, .flags = fl }
static const struct tsub s_bucket[] = {
	SUB("GetBucketLocation", "location", NULL, NULL, gone_bucket,
	    TS_REGION),
	SUB("GetBucketTagging", "tagging", "Tagging/TagSet/Tag", "_tags",
	    gone_tags, 0),
	SUB("GetBucketEncryption", "encryption",
	    "ServerSideEncryptionConfiguration/Rule", "_enc", gone_enc, 0),
	SUB("GetBucketPolicy", "policy", NULL, "_policy", gone_policy,
	    TS_JSON),
	SUB("GetBucketVersioning", "versioning", "VersioningConfiguration",
	    "_ver", gone_bucket, 0),
	SUB("GetPublicAccessBlock", "publicAccessBlock",
	    "PublicAccessBlockConfiguration", "_pab", gone_pab, 0),
	SUB("GetBucketAcl", "acl", "AccessControlPolicy", "_acl", gone_bucket,
	    0),
	SUB("GetBucketLogging", "logging", "BucketLoggingStatus", "_log",
	    gone_bucket, 0),
	{ .op = NULL }
};

static int	s3_empty(void *, const struct tcall *, json_object *, char *,
		    size_t);
static int	s3_delete(void *, const struct tcall *, json_object *, char *,
		    size_t);
static int	s3_tag(void *, json_object *, const char *, const char *,
		    char *, size_t);

static const struct tcall d_bucket[] = {
	{ "DeleteObjects", NULL, gone_bucket, s3_empty },
	{ "DeleteBucket", NULL, gone_bucket, s3_delete },
	{ NULL, NULL, NULL, NULL }
};
static const struct ttag t_bucket = { .set_op = "PutBucketTagging",
	.del_op = "PutBucketTagging", .fn = s3_tag };

const struct tkind aws_s3_tables[] = {
	{ .kind = &kind_aws_s3_bucket, .service = "s3", .op = "ListBuckets",
	    .path = "/", .items = "ListAllMyBucketsResult/Buckets/Bucket",
	    .next = "ListAllMyBucketsResult/ContinuationToken",
	    .map = m_bucket, .tags = "_tags", .tag_key = "Key",
	    .tag_value = "Value", .sub = s_bucket, .del = d_bucket,
	    .tag = &t_bucket, .flags = TK_GLOBAL },
	{ .kind = NULL }
};

/* ---- deletes and tags --------------------------------------------------- */

/* A call on bucket (its region found first, once); 0, 1 when S3 says
 * the bucket is gone, -1 with err. */
struct s3ctx {
	struct aws	*a;
	const char	*bucket;
	char		 region[64];
};

static int
s3_call(struct s3ctx *s, const char *method, const char *op,
    const char *key, const char *sub, const char *body, struct buf *out,
    char *err, size_t errlen)
{
	struct buf e = BUF_INIT, hdr = BUF_INIT;
	unsigned char md[EVP_MAX_MD_SIZE];
	char b64[64], code[128];
	const char *headers[2] = { NULL, NULL };
	unsigned int n;
	char *url;
	int rc;

	if (body) {	/* S3 wants Content-MD5 on these writes */
		EVP_Digest(body, strlen(body), md, &n, EVP_md5(), NULL);
		EVP_EncodeBlock((unsigned char *)b64, md, (int)n);
		buf_printf(&hdr, "Content-MD5: %s", b64);
		headers[0] = hdr.data;
	}
	url = aws_s3_url(&s->a->ep, s->region, s->bucket, key, sub);
	buf_reset(out);
	rc = aws_rest_sync(s->a, method, "s3", s->region, op, url, body,
	    body ? strlen(body) : 0, headers, out, &e, code, sizeof(code));
	if (rc == -1 && aws_gone(gone_bucket, code))
		rc = 1;
	else if (rc == -1)
		snprintf(err, errlen, "%s", buf_str(&e));
	free(url);
	buf_free(&e);
	buf_free(&hdr);
	return rc;
}

/* the bucket's region (GetBucketLocation in the global region) */
static int
s3_open(struct s3ctx *s, void *ctx, json_object *rep, char *err,
    size_t errlen)
{
	struct aws_mctx *m = ctx;
	struct buf out = BUF_INIT;
	char *r;
	int rc;

	s->a = m->a;
	s->bucket = jget_str(rep, "name");
	if (s->bucket == NULL && (s->bucket = jget_str(rep, "id")) == NULL) {
		snprintf(err, errlen, "the bucket has no name");
		return -1;
	}
	snprintf(s->region, sizeof(s->region), "us-east-1");
	rc = s3_call(s, "GET", "GetBucketLocation", NULL, "location", NULL,
	    &out, err, errlen);
	if (rc == 0 && (r = aws_xml_text(out.data, out.len,
	    "LocationConstraint")) != NULL) {
		if (*r)
			snprintf(s->region, sizeof(s->region), "%s",
			    strcmp(r, "EU") == 0 ? "eu-west-1" : r);
		free(r);
	}
	buf_free(&out);
	return rc;
}

static void
xml_text(struct buf *b, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		case '\'': buf_puts(b, "&apos;"); break;
		default: buf_putc(b, *s);
		}
}

struct batch {
	struct buf	 body;
	int		 n;
};

/* a <Version> or <DeleteMarker> of ListObjectVersions into the batch */
static int
version_item(json_object *item, struct buf *err, void *arg)
{
	struct batch *bt = arg;
	const char *k = table_str(item, "Key");
	const char *v = table_str(item, "VersionId");

	if (k != NULL && v != NULL && bt->n < BATCH) {
		buf_puts(&bt->body, "<Object><Key>");
		xml_text(&bt->body, k);
		buf_puts(&bt->body, "</Key><VersionId>");
		xml_text(&bt->body, v);
		buf_puts(&bt->body, "</VersionId></Object>");
		bt->n++;
	}
	json_object_put(item);
	return 0;
}

static int
first_error(json_object *item, struct buf *err, void *arg)
{
	const char *k = table_str(item, "Key"), *c = table_str(item, "Code");

	if (err->len == 0)
		buf_printf(err, "DeleteObjects: %s: %s", k ? k : "?",
		    c ? c : "?");
	json_object_put(item);
	return 0;
}

/* Every object version and delete marker goes, a batch at a time (the
 * listing starts over after each batch: what it gave is gone). */
static int
s3_empty(void *ctx, const struct tcall *c, json_object *rep, char *err,
    size_t errlen)
{
	struct s3ctx s;
	struct batch bt;
	struct buf out = BUF_INIT, e = BUF_INIT;
	int rc, rounds = 0;

	if ((rc = s3_open(&s, ctx, rep, err, errlen)) != 0)
		return rc == 1 ? 0 : -1;
	memset(&bt, 0, sizeof(bt));
	for (;;) {
		buf_reset(&bt.body);
		bt.n = 0;
		buf_puts(&bt.body, "<Delete><Quiet>true</Quiet>");
		if ((rc = s3_call(&s, "GET", "ListObjectVersions", NULL,
		    "versions&max-keys=1000", NULL, &out, err, errlen)) != 0 ||
		    chttp_xml_items(out.data, out.len, "ListVersionsResult/*",
		    version_item, &bt, NULL, NULL, &e) == -1)
			break;
		if (bt.n == 0)
			break;
		if (++rounds > 100000) {
			snprintf(err, errlen, "the bucket does not get empty");
			rc = -1;
			break;
		}
		buf_puts(&bt.body, "</Delete>");
		if ((rc = s3_call(&s, "POST", c->op, NULL, "delete",
		    bt.body.data, &out, err, errlen)) != 0)
			break;
		/* Quiet: the answer names only the keys that failed */
		if (chttp_xml_items(out.data, out.len, "DeleteResult/Error",
		    first_error, NULL, NULL, NULL, &e) == -1 || e.len) {
			snprintf(err, errlen, "%s", buf_str(&e));
			rc = -1;
			break;
		}
	}
	if (rc == 0 && e.len) {
		snprintf(err, errlen, "%s", buf_str(&e));
		rc = -1;
	}
	buf_free(&bt.body);
	buf_free(&out);
	buf_free(&e);
	return rc == 1 ? 0 : rc;
}

static int
s3_delete(void *ctx, const struct tcall *c, json_object *rep, char *err,
    size_t errlen)
{
	struct s3ctx s;
	struct buf out = BUF_INIT;
	int rc;

	if ((rc = s3_open(&s, ctx, rep, err, errlen)) == 0)
		rc = s3_call(&s, "DELETE", c->op, NULL, NULL, NULL, &out, err,
		    errlen);
	buf_free(&out);
	return rc == 1 ? 0 : rc;
}

static int
tag_item(json_object *item, struct buf *err, void *arg)
{
	json_object *tags = arg;
	const char *k = table_str(item, "Key"), *v = table_str(item, "Value");

	if (k != NULL)
		json_object_object_add(tags, k, json_object_new_string(v ?
		    v : ""));
	json_object_put(item);
	return 0;
}

/* The bucket's whole tag set, read, changed (value NULL: key removed)
 * and written back, as the reference does. */
static int
s3_tag(void *ctx, json_object *rep, const char *key, const char *value,
    char *err, size_t errlen)
{
	struct s3ctx s;
	struct buf out = BUF_INIT, body = BUF_INIT, e = BUF_INIT;
	json_object *tags = json_object_new_object();
	int rc;

	if ((rc = s3_open(&s, ctx, rep, err, errlen)) != 0) {
		if (rc == 1)
			snprintf(err, errlen, "the bucket does not exist");
		rc = -1;
		goto done;
	}
	rc = s3_call(&s, "GET", "GetBucketTagging", NULL, "tagging", NULL,
	    &out, err, errlen);
	if (rc == -1 && strstr(err, "NoSuchTagSet") != NULL)
		rc = 0;			/* no tags yet */
	else if (rc == 0 && chttp_xml_items(out.data, out.len,
	    "Tagging/TagSet/Tag", tag_item, tags, NULL, NULL, &e) == -1) {
		snprintf(err, errlen, "%s", buf_str(&e));
		rc = -1;
	}
	if (rc != 0)
		goto done;
	if (value)
		json_object_object_add(tags, key,
		    json_object_new_string(value));
	else if (!json_object_object_get_ex(tags, key, NULL)) {
		snprintf(err, errlen, "the bucket has no tag %s", key);
		rc = -1;
		goto done;
	} else
		json_object_object_del(tags, key);
	if (json_object_object_length(tags) == 0) {
		rc = s3_call(&s, "DELETE", "DeleteBucketTagging", NULL,
		    "tagging", NULL, &out, err, errlen);
		goto done;
	}
	buf_puts(&body, "<Tagging><TagSet>");
	json_object_object_foreach(tags, k, v) {
		buf_puts(&body, "<Tag><Key>");
		xml_text(&body, k);
		buf_puts(&body, "</Key><Value>");
		xml_text(&body, json_object_get_string(v));
		buf_puts(&body, "</Value></Tag>");
	}
	buf_puts(&body, "</TagSet></Tagging>");
	rc = s3_call(&s, "PUT", "PutBucketTagging", NULL, "tagging", body.data,
	    &out, err, errlen);
done:
	json_object_put(tags);
	buf_free(&out);
	buf_free(&body);
	buf_free(&e);
	return rc == 1 ? -1 : rc;
}

/*
 * aws/iam: IAM users, groups, roles, managed policies, access keys and
 * instance profiles (collectors.md 4.1, the reference's resource/iam.py)
 * as model kinds and tables for the generic engine (table.h). Global:
 * listed once, in the global region. GetAccountAuthorizationDetails (Query
 * API 2010-05-08, Marker pages) holds users, groups, roles and policies:
 * one listing, the users' entry with the three others as its TK_PART
 * entries; each user's ListAccessKeys gives its access keys (TK_SUB);
 * ListInstanceProfiles the instance profiles. The policy documents come
 * URL-encoded; they are decoded into JSON as botocore does (iam_prep).
 * Edges as the reference makes them: users, groups and roles to their
 * attached managed policies (by ARN, delete edges the same way), users to
 * their access keys. Deletes detach the attached managed policies (listed
 * from IAM: a delete sees one node, not its graph) and delete the inline
 * ones first, as the reference does; an instance profile loses its roles
 * before it goes.
 */
#include "collector/aws/aws.h"
#include "collector/aws/model.h"
#include "collector/kind.h"
#include "collector/table.h"
#include "collector/http/chttp.h"
#include "common/buf.h"
#include "common/jget.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IAM	"resoto_plugin_aws.resource.iam."
#define VERSION	"2010-05-08"

static const struct kprop p_aws_iam_policy_detail[] = {
	MS("policy_name", "PolicyName"),
	MP("policy_document", "dictionary[string, any]", PT_DICT, NULL,
	    "PolicyDocument", NULL),
};
MNK(aws_iam_policy_detail, IAM, "AwsIamPolicyDetail");

static const struct kprop p_aws_iam_attached_permissions_boundary[] = {
	MS("permissions_boundary_type", "PermissionsBoundaryType"),
	MS("permissions_boundary_arn", "PermissionsBoundaryArn"),
};
MNK(aws_iam_attached_permissions_boundary, IAM,
    "AwsIamAttachedPermissionsBoundary");

static const struct kprop p_aws_iam_role_last_used[] = {
	MP("last_used", "datetime", PT_DATETIME, NULL, "LastUsedDate", NULL),
	MS("region", "Region"),
};
MNK(aws_iam_role_last_used, IAM, "AwsIamRoleLastUsed");

static const struct kprop p_aws_iam_policy_version[] = {
	MP("document", "dictionary[string, any]", PT_DICT, NULL, "Document",
	    NULL),
	MS("version_id", "VersionId"),
	MB("is_default_version", "IsDefaultVersion"),
	MP("create_date", "datetime", PT_DATETIME, NULL, "CreateDate", NULL),
};
MNK(aws_iam_policy_version, IAM, "AwsIamPolicyVersion");

/* from the credential report's line (iamcred.c) */
static const struct kprop p_aws_iam_access_key_last_used[] = {
	MP("last_used", "datetime", PT_DATETIME, NULL, "LastUsedDate", NULL),
	MP("last_rotated", "datetime", PT_DATETIME, NULL, "LastRotated",
	    NULL),
	MS("service_name", "ServiceName"),
	MS("region", "Region"),
};
MNK(aws_iam_access_key_last_used, IAM, "AwsIamAccessKeyLastUsed");

static const struct kprop p_aws_iam_virtual_mfa_device[] = {
	MS("serial_number", "SerialNumber"),
	MP("enable_date", "datetime", PT_DATETIME, NULL, "EnableDate", NULL),
};
MNK(aws_iam_virtual_mfa_device, IAM, "AwsIamVirtualMfaDevice");

#define INLINE(n, s)	MP(n, "aws_iam_policy_detail[]", PT_OLIST, "[]", \
	s, &k_aws_iam_policy_detail)

static const struct kprop p_aws_iam_role[] = {
	MS("path", "Path"),
	MS("description", "Description"),
	MP("role_assume_role_policy_document", "any", PT_DICT, NULL,
	    "AssumeRolePolicyDocument", NULL),
	MI("role_max_session_duration", "MaxSessionDuration"),
	MO("role_permissions_boundary", aws_iam_attached_permissions_boundary,
	    "PermissionsBoundary"),
	MO("role_last_used", aws_iam_role_last_used, "RoleLastUsed"),
	INLINE("role_policies", "RolePolicyList"),
};
const struct kind kind_aws_iam_role = { "aws_iam_role", IAM "AwsIamRole",
	KIND_BASES(&kind_aws_resource), KIND_PROPS(p_aws_iam_role), NULL, NULL,
	"{\"default\": [\"aws_iam_policy\", \"aws_iam_instance_profile\"], "
	"\"delete\": [\"aws_iam_policy\", \"aws_iam_instance_profile\"]}", 0 };

static const struct kprop p_aws_iam_policy[] = {
	MS("path", "Path"),
	MS("policy_default_version_id", "DefaultVersionId"),
	MI("policy_attachment_count", "AttachmentCount"),
	MI("policy_permissions_boundary_usage_count",
	    "PermissionsBoundaryUsageCount"),
	MB("policy_is_attachable", "IsAttachable"),
	MS("policy_description", "Description"),
	MO("policy_document", aws_iam_policy_version, "_default"),
};
const struct kind kind_aws_iam_policy = { "aws_iam_policy",
	IAM "AwsIamPolicy", KIND_BASES(&kind_aws_resource, &kind_policy),
	KIND_PROPS(p_aws_iam_policy), NULL, NULL, NULL, 0 };

static const struct kprop p_aws_iam_group[] = {
	MS("path", "Path"),
	INLINE("group_policies", "GroupPolicyList"),
};
const struct kind kind_aws_iam_group = { "aws_iam_group", IAM "AwsIamGroup",
	KIND_BASES(&kind_aws_resource, &kind_group),
	KIND_PROPS(p_aws_iam_group), NULL, NULL,
	/* and the users, whose predecessor it is */
	"{\"default\": [\"aws_iam_policy\", \"aws_iam_user\"], "
	"\"delete\": [\"aws_iam_policy\"]}", 0 };

static const struct kprop p_aws_iam_access_key[] = {
	MO("access_key_last_used", aws_iam_access_key_last_used, "_last_used"),
};
const struct kind kind_aws_iam_access_key = { "aws_iam_access_key",
	IAM "AwsIamAccessKey", KIND_BASES(&kind_aws_resource, &kind_access_key),
	KIND_PROPS(p_aws_iam_access_key), NULL, NULL, NULL, 0 };

/* the credential report's line and the virtual MFA devices (iamcred.c
 * puts them into the item) */
#define REPORT_PROPS \
	MP("password_enabled", "boolean", PT_BOOL, NULL, \
	    "_report.password_enabled", NULL), \
	MP("password_last_used", "datetime", PT_DATETIME, NULL, \
	    "_report.password_last_used", NULL), \
	MP("password_last_changed", "datetime", PT_DATETIME, NULL, \
	    "_report.password_last_changed", NULL), \
	MP("password_next_rotation", "datetime", PT_DATETIME, NULL, \
	    "_report.password_next_rotation", NULL), \
	MP("mfa_active", "boolean", PT_BOOL, NULL, "_report.mfa_active", \
	    NULL), \
	MP("user_virtual_mfa_devices", "aws_iam_virtual_mfa_device[]", \
	    PT_OLIST, NULL, "_mfa", &k_aws_iam_virtual_mfa_device)

static const struct kprop p_aws_iam_user[] = {
	MS("path", "Path"),
	INLINE("user_policies", "UserPolicyList"),
	MO("user_permissions_boundary", aws_iam_attached_permissions_boundary,
	    "PermissionsBoundary"),
	REPORT_PROPS,
};
const struct kind kind_aws_iam_user = { "aws_iam_user", IAM "AwsIamUser",
	KIND_BASES(&kind_aws_resource, &kind_user), KIND_PROPS(p_aws_iam_user),
	NULL, NULL, "{\"default\": [\"aws_iam_policy\"], "
	"\"delete\": [\"aws_iam_policy\"]}", 0 };

/* the account's root user, from the report's <root_account> line */
static const struct kprop p_aws_root_user[] = {
	REPORT_PROPS,
};
const struct kind kind_aws_root_user = { "aws_root_user", IAM "AwsRootUser",
	KIND_BASES(&kind_aws_resource, &kind_user), KIND_PROPS(p_aws_root_user),
	NULL, NULL, NULL, 0 };

static const struct kprop p_aws_iam_instance_profile[] = {
	MS("instance_profile_path", "Path"),
};
const struct kind kind_aws_iam_instance_profile = {
	"aws_iam_instance_profile", IAM "AwsIamInstanceProfile",
	KIND_BASES(&kind_aws_resource, &kind_instance_profile),
	KIND_PROPS(p_aws_iam_instance_profile), NULL, NULL, NULL, 0 };

/* ---- the answers -------------------------------------------------------- */

static int
hexval(int c)
{
	if (isdigit(c))
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* a policy document (URL-encoded JSON) as JSON, decoded as botocore's
 * unquote does ('+' stays); NULL when it is none */
static json_object *
policy_doc(const char *s)
{
	struct buf b = BUF_INIT;
	json_object *o;
	int hi, lo;

	for (; *s; s++) {
		if (*s == '%' && (hi = hexval((unsigned char)s[1])) != -1 &&
		    (lo = hexval((unsigned char)s[2])) != -1) {
			buf_putc(&b, (char)(hi << 4 | lo));
			s += 2;
		} else
			buf_putc(&b, *s);
	}
	o = json_tokener_parse(buf_str(&b));
	buf_free(&b);
	return o;
}

/* Decodes every policy document of an answer's item, as botocore does
 * for IAM (its policyDocumentType members), and puts a managed policy's
 * default version (of its PolicyVersionList) into _default. */
static void
iam_prep(json_object *o)
{
	static const char *const bent[] = { "RoleLastUsed",
	    "PermissionsBoundary" };
	json_object *v, *d;
	const char *dflt;
	size_t i;

	if (json_object_is_type(o, json_type_array)) {
		for (i = 0; i < json_object_array_length(o); i++)
			iam_prep(json_object_array_get_idx(o, i));
		return;
	}
	if (!json_object_is_type(o, json_type_object))
		return;
	/* an empty object is none, as the reference's Bend makes it */
	for (i = 0; i < sizeof(bent) / sizeof(bent[0]); i++)
		if (json_object_object_get_ex(o, bent[i], &v) &&
		    ((json_object_is_type(v, json_type_string) &&
		    json_object_get_string_len(v) == 0) ||
		    (json_object_is_type(v, json_type_object) &&
		    json_object_object_length(v) == 0)))
			json_object_object_del(o, bent[i]);
	json_object_object_foreach(o, k, x) {
		if (json_object_is_type(x, json_type_string) &&
		    (strcmp(k, "PolicyDocument") == 0 ||
		    strcmp(k, "AssumeRolePolicyDocument") == 0 ||
		    strcmp(k, "Document") == 0)) {
			if ((d = policy_doc(json_object_get_string(x))) != NULL)
				json_object_object_add(o, k, d);
		} else
			iam_prep(x);
	}
	if ((dflt = jget_str(o, "DefaultVersionId")) == NULL ||
	    (v = table_get(o, "PolicyVersionList[]", NULL)) == NULL)
		return;
	for (i = 0; json_object_is_type(v, json_type_array) &&
	    i < json_object_array_length(v); i++) {
		d = json_object_array_get_idx(v, i);
		if (jget_str(d, "VersionId") &&
		    strcmp(jget_str(d, "VersionId"), dflt) == 0) {
			json_object_object_add(o, "_default",
			    json_object_get(d));
			break;
		}
	}
	json_object_put(v);
}

/* ---- deletes ------------------------------------------------------------ */

/* Each attached managed policy of a user, group or role: its listing,
 * and the name parameter (the detach call is the tcall's op). */
static const struct {
	const char	*detach, *list, *param;
} attached[] = {
	{ "DetachUserPolicy", "ListAttachedUserPolicies", "UserName" },
	{ "DetachGroupPolicy", "ListAttachedGroupPolicies", "GroupName" },
	{ "DetachRolePolicy", "ListAttachedRolePolicies", "RoleName" },
	/* an instance profile's roles, removed */
	{ "RemoveRoleFromInstanceProfile", "GetInstanceProfile",
	    "InstanceProfileName" },
};

struct names {
	json_object	*list;
	const char	*member;
};

static int
name_item(json_object *item, struct buf *err, void *arg)
{
	struct names *n = arg;
	const char *v = jget_str(item, n->member);

	if (v)
		json_object_array_add(n->list, json_object_new_string(v));
	json_object_put(item);
	return 0;
}

static const char *const gone_entity[] = { "NoSuchEntity", NULL };

/* Detaches (removes) what the resource named in the node's "name" has,
 * listing it from IAM page after page, then one call per element. */
static int
iam_detach(void *ctx, const struct tcall *c, json_object *rep, char *err,
    size_t errlen)
{
	struct aws_mctx *m = ctx;
	struct buf q = BUF_INIT, out = BUF_INIT, e = BUF_INIT, path = BUF_INIT;
	struct names n = { json_object_new_array(), NULL };
	const char *name = jget_str(rep, "name"), *arg, *list = NULL;
	char code[128], *marker = NULL, *trunc = NULL;
	size_t i;
	int rc = -1, profile;

	for (i = 0; i < sizeof(attached) / sizeof(attached[0]); i++)
		if (strcmp(attached[i].detach, c->op) == 0)
			break;
	if (i == sizeof(attached) / sizeof(attached[0]) || name == NULL) {
		snprintf(err, errlen, "%s: no such detach", c->op);
		goto done;
	}
	list = attached[i].list;
	arg = attached[i].param;
	profile = strcmp(list, "GetInstanceProfile") == 0;
	n.member = profile ? "RoleName" : "PolicyArn";
	do {
		const char *const leaves[] = { "Marker", "IsTruncated", NULL };
		char *values[2] = { NULL, NULL };

		buf_reset(&q);
		buf_reset(&out);
		buf_reset(&path);
		aws_param(&q, arg, name);
		if (marker)
			aws_param(&q, "Marker", marker);
		free(marker);
		free(trunc);
		marker = trunc = NULL;
		if (aws_query_sync(m->a, "iam", m->region, list, VERSION,
		    q.data, &out, &e, code, sizeof(code)) == -1) {
			if (aws_gone(gone_entity, code))
				rc = 0;
			else
				snprintf(err, errlen, "%s", buf_str(&e));
			goto done;
		}
		buf_printf(&path, "%sResponse/%sResult/%s", list, list,
		    profile ? "InstanceProfile/Roles/member" :
		    "AttachedPolicies/member");
		if (chttp_xml_items(out.data, out.len, path.data, name_item, &n,
		    leaves, values, &e) == -1) {
			snprintf(err, errlen, "%s %s: %s", list, name,
			    buf_str(&e));
			free(values[0]);
			free(values[1]);
			goto done;
		}
		marker = values[0];
		trunc = values[1];
	} while (marker && trunc && strcmp(trunc, "true") == 0);
	for (i = 0, rc = 0; rc == 0 && i < json_object_array_length(n.list);
	    i++) {
		buf_reset(&q);
		buf_reset(&out);
		buf_reset(&e);
		aws_param(&q, arg, name);
		aws_param(&q, profile ? "RoleName" : "PolicyArn",
		    json_object_get_string(json_object_array_get_idx(n.list,
		    i)));
		if (aws_query_sync(m->a, "iam", m->region, c->op, VERSION,
		    q.data, &out, &e, code, sizeof(code)) == -1 &&
		    !aws_gone(gone_entity, code)) {
			snprintf(err, errlen, "%s", buf_str(&e));
			rc = -1;
		}
	}
done:
	free(marker);
	free(trunc);
	json_object_put(n.list);
	buf_free(&q);
	buf_free(&out);
	buf_free(&e);
	buf_free(&path);
	return rc;
}

/* ---- the tables --------------------------------------------------------- */

static const struct tcall d_user[] = {
	{ "DetachUserPolicy", NULL, NULL, iam_detach },
	{ "DeleteUserPolicy", "UserName=@name&"
	    "PolicyName=@user_policies[].policy_name", gone_entity, NULL },
	{ "DeleteUser", "UserName=@name", gone_entity, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct tcall d_group[] = {
	{ "DetachGroupPolicy", NULL, NULL, iam_detach },
	{ "DeleteGroupPolicy", "GroupName=@name&"
	    "PolicyName=@group_policies[].policy_name", gone_entity, NULL },
	{ "DeleteGroup", "GroupName=@name", gone_entity, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct tcall d_role[] = {
	{ "DetachRolePolicy", NULL, NULL, iam_detach },
	{ "DeleteRolePolicy", "RoleName=@name&"
	    "PolicyName=@role_policies[].policy_name", gone_entity, NULL },
	{ "DeleteRole", "RoleName=@name", gone_entity, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct tcall d_policy[] = {
	{ "DeletePolicy", "PolicyArn=@arn", gone_entity, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct tcall d_profile[] = {
	{ "RemoveRoleFromInstanceProfile", NULL, NULL, iam_detach },
	{ "DeleteInstanceProfile", "InstanceProfileName=@name", gone_entity,
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

#define TAGS(set, del, res, src)	{ .set_op = set, .del_op = del, \
	.res_param = res, .key_param = "Tags.member.1.Key", \
	.value_param = "Tags.member.1.Value", .res_src = src, \
	.del_key_param = "TagKeys.member.1" }
static const struct ttag t_user = TAGS("TagUser", "UntagUser", "UserName",
	"name");
static const struct ttag t_role = TAGS("TagRole", "UntagRole", "RoleName",
	"name");
static const struct ttag t_policy = TAGS("TagPolicy", "UntagPolicy",
	"PolicyArn", "arn");
static const struct ttag t_profile = TAGS("TagInstanceProfile",
	"UntagInstanceProfile", "InstanceProfileName", "name");

/* users, groups and roles to their attached managed policies */
static const struct tedge e_attached[] = {
	{ "AttachedManagedPolicies[].PolicyArn", &kind_aws_iam_policy,
	    TE_DEPENDANT | TE_SAME | TE_BY_ARN },
	{ NULL, NULL, 0 }
};
/* the user's access key: user -> key, delete edge key -> user */
static const struct tedge e_key[] = {
	{ "UserName", &kind_aws_iam_user, TE_REVERSE | TE_DEPENDANT |
	    TE_BY_NAME },
	{ NULL, NULL, 0 }
};

static const struct tmap m_user[] = {
	TM("id", "UserId"), TM("name", "UserName"), TM("ctime", "CreateDate"),
	TM("arn", "Arn"), TM("atime", "_report.password_last_used"), TM_END
};
static const struct tmap m_group[] = {
	TM("id", "GroupId"), TM("name", "GroupName"),
	TM("ctime", "CreateDate"), TM("arn", "Arn"), TM_END
};
static const struct tmap m_role[] = {
	TM("id", "RoleId"), TM("name", "RoleName"), TM("ctime", "CreateDate"),
	TM("arn", "Arn"), TM_END
};
static const struct tmap m_policy[] = {
	TM("id", "PolicyId"), TM("name", "PolicyName"),
	TM("ctime", "CreateDate"), TM("mtime", "UpdateDate"), TM("arn", "Arn"),
	TM_END
};
static const struct tmap m_key[] = {
	TM("id", "AccessKeyId"), TM("name", "UserName"),
	TM("ctime", "CreateDate"), TM("access_key_status", "Status"), TM_END
};
static const struct tmap m_profile[] = {
	TM("id", "InstanceProfileId"), TM("name", "InstanceProfileName"),
	TM("ctime", "CreateDate"), TM("arn", "Arn"), TM_END
};

#define AAD		"GetAccountAuthorizationDetails"
#define AADR		AAD "Response/" AAD "Result/"
#define LAK		"ListAccessKeys"
#define LIP		"ListInstanceProfiles"

static const struct tsub s_user[] = {
	{ .op = LAK, .params = "UserName=@UserName", .items = LAK "Response/"
	    LAK "Result/AccessKeyMetadata/member", .into = "_keys",
	    .gone = gone_entity, .each = &aws_iam_tables[4] },
	{ .op = NULL }
};

#define IAMK(k, it, m, t, e, d, tg, f)	{ .kind = &k, .service = "iam", \
	.version = VERSION, .items = it, .map = m, .tags = t, \
	.tag_key = "Key", .tag_value = "Value", .edges = e, .del = d, \
	.tag = tg, .flags = TK_GLOBAL | (f), .prep = iam_prep }

const struct tkind aws_iam_tables[] = {
	/* one listing, four kinds: the users' entry and its parts */
	{ .kind = &kind_aws_iam_user, .service = "iam", .version = VERSION,
	    .op = AAD, .items = AADR "UserDetailList/member", .map = m_user,
	    .tags = "Tags", .tag_key = "Key", .tag_value = "Value",
	    .edges = e_attached, .del = d_user, .tag = &t_user,
	    .flags = TK_GLOBAL | TK_NAMED, .token = "Marker",
	    .next = AADR "Marker", .sub = s_user, .prep = iam_prep },
	IAMK(kind_aws_iam_group, AADR "GroupDetailList/member", m_group,
	    "Tags", e_attached, d_group, NULL, TK_PART),
	/* by ARN: EKS clusters name their role so */
	IAMK(kind_aws_iam_role, AADR "RoleDetailList/member", m_role,
	    "Tags", e_attached, d_role, &t_role, TK_PART | TK_ARN),
	IAMK(kind_aws_iam_policy, AADR "Policies/member", m_policy,
	    "Tags", NULL, d_policy, &t_policy, TK_PART | TK_ARN),
	/* from the users' ListAccessKeys */
	IAMK(kind_aws_iam_access_key, NULL, m_key, NULL, e_key, NULL, NULL,
	    TK_SUB),
	{ .kind = &kind_aws_iam_instance_profile, .service = "iam",
	    .version = VERSION, .op = LIP, .items = LIP "Response/" LIP
	    "Result/InstanceProfiles/member", .map = m_profile,
	    .del = d_profile, .tag = &t_profile, .flags = TK_GLOBAL,
	    .token = "Marker", .next = LIP "Response/" LIP "Result/Marker" },
	{ .kind = NULL }
};

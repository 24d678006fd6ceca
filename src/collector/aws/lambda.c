/*
 * aws/lambda: Lambda functions (collectors.md 4.1, the reference's
 * resource/lambda_.py) as a model kind and a table for the generic engine
 * (table.h), over Lambda's REST-JSON API (SigV4 service "lambda"):
 * ListFunctions (GET /2015-03-31/functions/, Marker / NextMarker pages),
 * per function ListTags (by its ARN), GetPolicy (the policy document is
 * JSON text, parsed) and GetFunctionUrlConfig, each answering
 * ResourceNotFoundException when the function has none; TagResource /
 * UntagResource by the ARN, DeleteFunction by the ARN, as the reference.
 *
 * Edges as the reference's connect_in_graph: the function's VPC, subnets
 * and security groups point at it (default and delete edge alike), it
 * points at the KMS key of its environment (delete edge: key -> function).
 * The reference's API Gateway edges (from the policy's statements) name
 * kinds this collector does not have, so none are made.
 */
#include "collector/aws/aws.h"
#include "collector/aws/model.h"
#include "collector/kind.h"
#include "collector/table.h"

#define LAM	"resoto_plugin_aws.resource.lambda_."
#define MD(n, s)	MP(n, "dictionary[string, string]", PT_DICT, NULL, s, \
	NULL)

static const struct kprop p_aws_lambda_policy_statement[] = {
	MS("sid", "Sid"),
	MS("effect", "Effect"),
	MD("principal", "Principal"),
	MS("action", "Action"),
	MS("resource", "Resource"),
	MP("condition", "dictionary[string, any]", PT_DICT, NULL, "Condition",
	    NULL),
};
MNK(aws_lambda_policy_statement, LAM, "AwsLambdaPolicyStatement");

static const struct kprop p_aws_lambda_policy[] = {
	MS("id", "Id"),
	MS("version", "Version"),
	/* S("Statement") >> ForallBend: None when absent */
	MP("statement", "aws_lambda_policy_statement[]", PT_OLIST, NULL,
	    "Statement", &k_aws_lambda_policy_statement),
};
MNK(aws_lambda_policy, LAM, "AwsLambdaPolicy");

static const struct kprop p_aws_lambda_environment_error[] = {
	MS("error_code", "ErrorCode"),
	MS("message", "Message"),
};
MNK(aws_lambda_environment_error, LAM, "AwsLambdaEnvironmentError");

static const struct kprop p_aws_lambda_environment_response[] = {
	MD("variables", "Variables"),
	MO("error", aws_lambda_environment_error, "Error"),
};
MNK(aws_lambda_environment_response, LAM, "AwsLambdaEnvironmentResponse");

static const struct kprop p_aws_lambda_layer[] = {
	MS("arn", "Arn"),
	MI("code_size", "CodeSize"),
	MS("signing_profile_version_arn", "SigningProfileVersionArn"),
	MS("signing_job_arn", "SigningJobArn"),
};
MNK(aws_lambda_layer, LAM, "AwsLambdaLayer");

static const struct kprop p_aws_lambda_file_system_config[] = {
	MS("arn", "Arn"),
	/* the reference reads this member, which the API does not have */
	MS("local_mount_source_arn", "LocalMountsource_arn"),
};
MNK(aws_lambda_file_system_config, LAM, "AwsLambdaFileSystemConfig");

static const struct kprop p_aws_lambda_image_config[] = {
	ML("entry_point", "EntryPoint"),
	ML("command", "Command"),
	MS("working_directory", "WorkingDirectory"),
};
MNK(aws_lambda_image_config, LAM, "AwsLambdaImageConfig");

static const struct kprop p_aws_lambda_image_config_error[] = {
	MS("error_code", "ErrorCode"),
	MS("message", "Message"),
};
MNK(aws_lambda_image_config_error, LAM, "AwsLambdaImageConfigError");

static const struct kprop p_aws_lambda_image_config_response[] = {
	MO("image_config", aws_lambda_image_config, "ImageConfig"),
	MO("error", aws_lambda_image_config_error, "Error"),
};
MNK(aws_lambda_image_config_response, LAM, "AwsLambdaImageConfigResponse");

static const struct kprop p_aws_lambda_cors[] = {
	MB("allow_credentials", "AllowCredentials"),
	ML("allow_headers", "AllowHeaders"),
	ML("allow_methods", "AllowMethods"),
	ML("allow_origins", "AllowOrigins"),
	ML("expose_headers", "ExposeHeaders"),
	MI("max_age", "MaxAge"),
};
MNK(aws_lambda_cors, LAM, "AwsLambdaCors");

static const struct kprop p_aws_lambda_function_url_config[] = {
	MS("function_url", "FunctionUrl"),
	MS("function_arn", "FunctionArn"),
	MS("auth_type", "AuthType"),
	MO("cors", aws_lambda_cors, "Cors"),
	MS("creation_time", "CreationTime"),
	MS("last_modified_time", "LastModifiedTime"),
};
MNK(aws_lambda_function_url_config, LAM, "AwsLambdaFunctionUrlConfig");

static const struct kprop p_aws_lambda_function[] = {
	MS("function_runtime", "Runtime"),
	MS("function_role", "Role"),
	MS("function_handler", "Handler"),
	MI("function_code_size", "CodeSize"),
	MS("function_description", "Description"),
	MI("function_timeout", "Timeout"),
	MI("function_memory_size", "MemorySize"),
	MS("function_code_sha256", "CodeSha256"),
	MS("function_version", "Version"),
	MS("function_dead_letter_config", "DeadLetterConfig.TargetArn"),
	MO("function_environment", aws_lambda_environment_response,
	    "Environment"),
	MS("function_kms_key_arn", "KMSKeyArn"),
	MS("function_tracing_config", "TracingConfig.Mode"),
	MS("function_master_arn", "MasterArn"),
	MS("function_revision_id", "RevisionId"),
	MOL("function_layers", aws_lambda_layer, "Layers"),
	MS("function_state", "State"),
	MS("function_state_reason", "StateReason"),
	MS("function_state_reason_code", "StateReasonCode"),
	MS("function_last_update_status", "LastUpdateStatus"),
	MS("function_last_update_status_reason", "LastUpdateStatusReason"),
	MS("function_last_update_status_reason_code",
	    "LastUpdateStatusReasonCode"),
	MOL("function_file_system_configs", aws_lambda_file_system_config,
	    "FileSystemConfigs"),
	MS("function_package_type", "PackageType"),
	MO("function_image_config_response", aws_lambda_image_config_response,
	    "ImageConfigResponse"),
	MS("function_signing_profile_version_arn", "SigningProfileVersionArn"),
	MS("function_signing_job_arn", "SigningJobArn"),
	ML("function_architectures", "Architectures"),
	MI("function_ephemeral_storage", "EphemeralStorage.Size"),
	/* the per-function calls' answers */
	MO("function_policy", aws_lambda_policy, "_policy"),
	MO("function_url_config", aws_lambda_function_url_config, "_url"),
};
const struct kind kind_aws_lambda_function = { "aws_lambda_function",
	LAM "AwsLambdaFunction",
	KIND_BASES(&kind_aws_resource, &kind_serverless_function),
	KIND_PROPS(p_aws_lambda_function), NULL, NULL,
	/* the reference's delete successors are API Gateway kinds, which
	 * this model does not have (the core refuses unknown kinds) */
	"{\"default\": [\"aws_kms_key\"]}", 0 };

/* ---- the table ---------------------------------------------------------- */

static const char *const gone_fn[] = { "ResourceNotFoundException", NULL };

static const struct tmap m_fn[] = {
	TM("id", "FunctionName"),
	TM("name", "FunctionName"),
	/* "2023-01-02T03:04:05.000+0000": the offset without a colon */
	TM("mtime", "LastModified"),
	TM("arn", "FunctionArn"),
	TM_END
};
static const struct tsub s_fn[] = {
	{ .op = "ListTags", .rest = "/2017-03-31/tags/@FunctionArn",
	    .items = "Tags", .into = "_tags", .gone = gone_fn },
	{ .op = "GetPolicy", .rest = "/2015-03-31/functions/@FunctionName/"
	    "policy", .items = "Policy", .into = "_policy", .gone = gone_fn,
	    .flags = TS_PARSE },
	{ .op = "GetFunctionUrlConfig", .rest = "/2021-10-31/functions/"
	    "@FunctionName/url", .into = "_url", .gone = gone_fn },
	{ .op = NULL }
};
static const struct tedge e_fn[] = {
	{ "VpcConfig.VpcId", &kind_aws_vpc,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "VpcConfig.SubnetIds", &kind_aws_ec2_subnet,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "VpcConfig.SecurityGroupIds", &kind_aws_ec2_security_group,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	/* the reference looks the key up by its ARN: the key id is its
	 * last part */
	{ "KMSKeyArn", &kind_aws_kms_key, TE_DEPENDANT | TE_ARN_TAIL },
	{ NULL, NULL, 0 }
};
static const struct tcall d_fn[] = {
	{ "DeleteFunction", "DELETE /2015-03-31/functions/@arn", gone_fn,
	    NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct ttag t_fn = { .set_op = "TagResource",
	.del_op = "UntagResource", .path = "/2017-03-31/tags/@arn",
	.member = "Tags", .key_param = "tagKeys" };

const struct tkind aws_lambda_tables[] = {
	{ .kind = &kind_aws_lambda_function, .service = "lambda",
	    .op = "ListFunctions", .path = "/2015-03-31/functions/",
	    .items = "Functions", .token = "Marker", .next = "NextMarker",
	    .map = m_fn, .tags = "_tags", .sub = s_fn, .edges = e_fn,
	    .del = d_fn, .tag = &t_fn, .flags = TK_JSON },
	{ .kind = NULL }
};

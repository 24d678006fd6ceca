/*
 * aws/cloudwatch: CloudWatch metric alarms (collectors.md 4.1, the
 * reference's resource/cloudwatch.py) as a model kind and a table for the
 * generic engine (table.h): DescribeAlarms (Query API 2010-08-01,
 * NextToken pages), each alarm's tags (ListTagsForResource), an edge from
 * the instance each dimension names (the reference links every dimension
 * value that is an instance id), TagResource / UntagResource by the
 * alarm's ARN and DeleteAlarms.
 */
#include "collector/aws/aws.h"
#include "collector/kind.h"
#include "collector/table.h"

#define CW	"resoto_plugin_aws.resource.cloudwatch."

#define P(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }
#define S(n, s)		P(n, "string", PT_STRING, NULL, s, NULL)
#define I(n, s)		P(n, "int64", PT_INT, NULL, s, NULL)
#define B(n, s)		P(n, "boolean", PT_BOOL, NULL, s, NULL)
#define L(n, s)		P(n, "string[]", PT_LIST, "[]", s, NULL)
#define O(n, k, s)	P(n, #k, PT_OBJECT, NULL, s, &k_##k)
#define OL(n, k, s)	P(n, #k "[]", PT_OLIST, "[]", s, &k_##k)
#define NK(n, cls)	static const struct kind k_##n = { #n, CW cls, NULL, \
	KIND_PROPS(p_##n), NULL, NULL, NULL, 0 }

static const struct kprop p_aws_cloudwatch_dimension[] = {
	S("name", "Name"),
	S("value", "Value"),
};
NK(aws_cloudwatch_dimension, "AwsCloudwatchDimension");

static const struct kprop p_aws_cloudwatch_metric[] = {
	S("namespace", "Namespace"),
	S("metric_name", "MetricName"),
	OL("dimensions", aws_cloudwatch_dimension, "Dimensions"),
};
NK(aws_cloudwatch_metric, "AwsCloudwatchMetric");

static const struct kprop p_aws_cloudwatch_metric_stat[] = {
	O("metric", aws_cloudwatch_metric, "Metric"),
	I("period", "Period"),
	S("stat", "Stat"),
	S("unit", "Unit"),
};
NK(aws_cloudwatch_metric_stat, "AwsCloudwatchMetricStat");

static const struct kprop p_aws_cloudwatch_metric_data_query[] = {
	S("id", "Id"),
	O("metric_stat", aws_cloudwatch_metric_stat, "MetricStat"),
	S("expression", "Expression"),
	S("label", "Label"),
	B("return_data", "ReturnData"),
	I("period", "Period"),
	S("account_id", "AccountId"),
};
NK(aws_cloudwatch_metric_data_query, "AwsCloudwatchMetricDataQuery");

static const struct kprop p_aws_cloudwatch_alarm[] = {
	S("cloudwatch_alarm_description", "AlarmDescription"),
	B("cloudwatch_actions_enabled", "ActionsEnabled"),
	L("cloudwatch_ok_actions", "OKActions"),
	L("cloudwatch_alarm_actions", "AlarmActions"),
	L("cloudwatch_insufficient_data_actions", "InsufficientDataActions"),
	S("cloudwatch_state_value", "StateValue"),
	S("cloudwatch_state_reason", "StateReason"),
	S("cloudwatch_state_reason_data", "StateReasonData"),
	P("cloudwatch_state_updated_timestamp", "datetime", PT_DATETIME, NULL,
	    "StateUpdatedTimestamp", NULL),
	S("cloudwatch_metric_name", "MetricName"),
	S("cloudwatch_namespace", "Namespace"),
	S("cloudwatch_statistic", "Statistic"),
	S("cloudwatch_extended_statistic", "ExtendedStatistic"),
	OL("cloudwatch_dimensions", aws_cloudwatch_dimension, "Dimensions"),
	I("cloudwatch_period", "Period"),
	S("cloudwatch_unit", "Unit"),
	I("cloudwatch_evaluation_periods", "EvaluationPeriods"),
	I("cloudwatch_datapoints_to_alarm", "DatapointsToAlarm"),
	P("cloudwatch_threshold", "double", PT_DOUBLE, NULL, "Threshold", NULL),
	S("cloudwatch_comparison_operator", "ComparisonOperator"),
	S("cloudwatch_treat_missing_data", "TreatMissingData"),
	S("cloudwatch_evaluate_low_sample_count_percentile",
	    "EvaluateLowSampleCountPercentile"),
	OL("cloudwatch_metrics", aws_cloudwatch_metric_data_query, "Metrics"),
	S("cloudwatch_threshold_metric_id", "ThresholdMetricId"),
};
const struct kind kind_aws_cloudwatch_alarm = { "aws_cloudwatch_alarm",
	CW "AwsCloudwatchAlarm", KIND_BASES(&kind_aws_resource),
	KIND_PROPS(p_aws_cloudwatch_alarm), NULL, NULL, NULL, 0 };

/* ---- the table ---------------------------------------------------------- */

static const char *const gone_alarm[] = { "ResourceNotFound",
	"ResourceNotFoundException", NULL };

static const struct tmap m_alarm[] = {
	TM("id", "AlarmName"),
	TM("name", "AlarmName"),
	TM("mtime", "AlarmConfigurationUpdatedTimestamp"),
	TM("arn", "AlarmArn"),
	TM_END
};
static const struct tedge e_alarm[] = {
	{ "Dimensions[].Value", &kind_aws_ec2_instance,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ NULL, NULL, 0 }
};
static const struct tsub s_alarm[] = {
	{ .op = "ListTagsForResource", .params = "ResourceARN=@AlarmArn",
	    .items = "ListTagsForResourceResponse/ListTagsForResourceResult/"
	    "Tags/member", .into = "_tags", .gone = gone_alarm },
	{ .op = NULL }
};
static const struct tcall d_alarm[] = {
	{ "DeleteAlarms", "AlarmNames.member.1=@name", NULL, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct ttag t_alarm = { .set_op = "TagResource",
	.del_op = "UntagResource", .res_param = "ResourceARN",
	.key_param = "Tags.member.1.Key", .value_param = "Tags.member.1.Value",
	.res_src = "arn", .del_key_param = "TagKeys.member.1" };

const struct tkind aws_cloudwatch_tables[] = {
	{ .kind = &kind_aws_cloudwatch_alarm, .service = "cloudwatch",
	    .version = "2010-08-01", .op = "DescribeAlarms",
	    .items = "DescribeAlarmsResponse/DescribeAlarmsResult/MetricAlarms/"
	    "member", .next = "DescribeAlarmsResponse/DescribeAlarmsResult/"
	    "NextToken", .map = m_alarm, .tags = "_tags", .tag_key = "Key",
	    .tag_value = "Value", .edges = e_alarm, .sub = s_alarm,
	    .del = d_alarm, .tag = &t_alarm },
	{ .kind = NULL }
};

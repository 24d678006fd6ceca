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
#include "collector/aws/model.h"
#include "collector/kind.h"
#include "collector/table.h"

#define CW	"resoto_plugin_aws.resource.cloudwatch."

static const struct kprop p_aws_cloudwatch_dimension[] = {
	MS("name", "Name"),
	MS("value", "Value"),
};
MNK(aws_cloudwatch_dimension, CW, "AwsCloudwatchDimension");

static const struct kprop p_aws_cloudwatch_metric[] = {
	MS("namespace", "Namespace"),
	MS("metric_name", "MetricName"),
	MOL("dimensions", aws_cloudwatch_dimension, "Dimensions"),
};
MNK(aws_cloudwatch_metric, CW, "AwsCloudwatchMetric");

static const struct kprop p_aws_cloudwatch_metric_stat[] = {
	MO("metric", aws_cloudwatch_metric, "Metric"),
	MI("period", "Period"),
	MS("stat", "Stat"),
	MS("unit", "Unit"),
};
MNK(aws_cloudwatch_metric_stat, CW, "AwsCloudwatchMetricStat");

static const struct kprop p_aws_cloudwatch_metric_data_query[] = {
	MS("id", "Id"),
	MO("metric_stat", aws_cloudwatch_metric_stat, "MetricStat"),
	MS("expression", "Expression"),
	MS("label", "Label"),
	MB("return_data", "ReturnData"),
	MI("period", "Period"),
	MS("account_id", "AccountId"),
};
MNK(aws_cloudwatch_metric_data_query, CW, "AwsCloudwatchMetricDataQuery");

static const struct kprop p_aws_cloudwatch_alarm[] = {
	MS("cloudwatch_alarm_description", "AlarmDescription"),
	MB("cloudwatch_actions_enabled", "ActionsEnabled"),
	ML("cloudwatch_ok_actions", "OKActions"),
	ML("cloudwatch_alarm_actions", "AlarmActions"),
	ML("cloudwatch_insufficient_data_actions", "InsufficientDataActions"),
	MS("cloudwatch_state_value", "StateValue"),
	MS("cloudwatch_state_reason", "StateReason"),
	MS("cloudwatch_state_reason_data", "StateReasonData"),
	MP("cloudwatch_state_updated_timestamp", "datetime", PT_DATETIME, NULL,
	    "StateUpdatedTimestamp", NULL),
	MS("cloudwatch_metric_name", "MetricName"),
	MS("cloudwatch_namespace", "Namespace"),
	MS("cloudwatch_statistic", "Statistic"),
	MS("cloudwatch_extended_statistic", "ExtendedStatistic"),
	MOL("cloudwatch_dimensions", aws_cloudwatch_dimension, "Dimensions"),
	MI("cloudwatch_period", "Period"),
	MS("cloudwatch_unit", "Unit"),
	MI("cloudwatch_evaluation_periods", "EvaluationPeriods"),
	MI("cloudwatch_datapoints_to_alarm", "DatapointsToAlarm"),
	MP("cloudwatch_threshold", "double", PT_DOUBLE, NULL, "Threshold",
	    NULL),
	MS("cloudwatch_comparison_operator", "ComparisonOperator"),
	MS("cloudwatch_treat_missing_data", "TreatMissingData"),
	MS("cloudwatch_evaluate_low_sample_count_percentile",
	    "EvaluateLowSampleCountPercentile"),
	MOL("cloudwatch_metrics", aws_cloudwatch_metric_data_query, "Metrics"),
	MS("cloudwatch_threshold_metric_id", "ThresholdMetricId"),
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

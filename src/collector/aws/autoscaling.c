/*
 * aws/autoscaling: Auto Scaling groups (collectors.md 4.1, the reference's
 * resource/autoscaling.py) as a model kind and a table for the generic
 * engine (table.h): DescribeAutoScalingGroups (Query API 2011-01-01,
 * NextToken pages), an edge to each of the group's instances, tags with
 * CreateOrUpdateTags / DeleteTags (PropagateAtLaunch false, as the
 * reference), the delete with ForceDelete (the instances go with it).
 */
#include "collector/aws/aws.h"
#include "collector/kind.h"
#include "collector/table.h"

#define ASG	"resoto_plugin_aws.resource.autoscaling."

#define P(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }
#define S(n, s)		P(n, "string", PT_STRING, NULL, s, NULL)
#define I(n, s)		P(n, "int64", PT_INT, NULL, s, NULL)
#define B(n, s)		P(n, "boolean", PT_BOOL, NULL, s, NULL)
#define L(n, s)		P(n, "string[]", PT_LIST, "[]", s, NULL)
#define O(n, k, s)	P(n, #k, PT_OBJECT, NULL, s, &k_##k)
#define OL(n, k, s)	P(n, #k "[]", PT_OLIST, "[]", s, &k_##k)
#define NK(n, cls)	static const struct kind k_##n = { #n, ASG cls, NULL, \
	KIND_PROPS(p_##n), NULL, NULL, NULL, 0 }

static const struct kprop p_aws_autoscaling_launch_template_specification[] = {
	S("launch_template_id", "LaunchTemplateId"),
	S("launch_template_name", "LaunchTemplateName"),
	S("version", "Version"),
};
NK(aws_autoscaling_launch_template_specification,
    "AwsAutoScalingLaunchTemplateSpecification");

static const struct kprop p_aws_autoscaling_min_max[] = {
	I("min", "Min"),
	I("max", "Max"),
};
NK(aws_autoscaling_min_max, "AwsAutoScalingMinMax");

static const struct kprop p_aws_autoscaling_instance_requirements[] = {
	O("v_cpu_count", aws_autoscaling_min_max, "VCpuCount"),
	O("memory_mi_b", aws_autoscaling_min_max, "MemoryMiB"),
	L("cpu_manufacturers", "CpuManufacturers"),
	O("memory_gi_b_per_v_cpu", aws_autoscaling_min_max, "MemoryGiBPerVCpu"),
	L("excluded_instance_types", "ExcludedInstanceTypes"),
	L("instance_generations", "InstanceGenerations"),
	I("spot_max_price_percentage_over_lowest_price",
	    "SpotMaxPricePercentageOverLowestPrice"),
	I("on_demand_max_price_percentage_over_lowest_price",
	    "OnDemandMaxPricePercentageOverLowestPrice"),
	S("bare_metal", "BareMetal"),
	S("burstable_performance", "BurstablePerformance"),
	B("require_hibernate_support", "RequireHibernateSupport"),
	O("network_interface_count", aws_autoscaling_min_max,
	    "NetworkInterfaceCount"),
	S("local_storage", "LocalStorage"),
	L("local_storage_types", "LocalStorageTypes"),
	O("total_local_storage_gb", aws_autoscaling_min_max,
	    "TotalLocalStorageGB"),
	O("baseline_ebs_bandwidth_mbps", aws_autoscaling_min_max,
	    "BaselineEbsBandwidthMbps"),
	L("accelerator_types", "AcceleratorTypes"),
	O("accelerator_count", aws_autoscaling_min_max, "AcceleratorCount"),
	L("accelerator_manufacturers", "AcceleratorManufacturers"),
	L("accelerator_names", "AcceleratorNames"),
	O("accelerator_total_memory_mi_b", aws_autoscaling_min_max,
	    "AcceleratorTotalMemoryMiB"),
};
NK(aws_autoscaling_instance_requirements, "AwsAutoScalingInstanceRequirements");

static const struct kprop p_aws_autoscaling_launch_template_overrides[] = {
	S("instance_type", "InstanceType"),
	S("weighted_capacity", "WeightedCapacity"),
	O("launch_template_specification",
	    aws_autoscaling_launch_template_specification,
	    "LaunchTemplateSpecification"),
	O("instance_requirements", aws_autoscaling_instance_requirements,
	    "InstanceRequirements"),
};
NK(aws_autoscaling_launch_template_overrides,
    "AwsAutoScalingLaunchTemplateOverrides");

static const struct kprop p_aws_autoscaling_launch_template[] = {
	O("launch_template_specification",
	    aws_autoscaling_launch_template_specification,
	    "LaunchTemplateSpecification"),
	OL("overrides", aws_autoscaling_launch_template_overrides, "Overrides"),
};
NK(aws_autoscaling_launch_template, "AwsAutoScalingLaunchTemplate");

static const struct kprop p_aws_autoscaling_instances_distribution[] = {
	S("on_demand_allocation_strategy", "OnDemandAllocationStrategy"),
	I("on_demand_base_capacity", "OnDemandBaseCapacity"),
	I("on_demand_percentage_above_base_capacity",
	    "OnDemandPercentageAboveBaseCapacity"),
	S("spot_allocation_strategy", "SpotAllocationStrategy"),
	I("spot_instance_pools", "SpotInstancePools"),
	S("spot_max_price", "SpotMaxPrice"),
};
NK(aws_autoscaling_instances_distribution,
    "AwsAutoScalingInstancesDistribution");

static const struct kprop p_aws_autoscaling_mixed_instances_policy[] = {
	O("launch_template", aws_autoscaling_launch_template, "LaunchTemplate"),
	O("instances_distribution", aws_autoscaling_instances_distribution,
	    "InstancesDistribution"),
};
NK(aws_autoscaling_mixed_instances_policy,
    "AwsAutoScalingMixedInstancesPolicy");

static const struct kprop p_aws_autoscaling_instance[] = {
	S("instance_id", "InstanceId"),
	S("instance_type", "InstanceType"),
	S("availability_zone", "AvailabilityZone"),
	S("lifecycle_state", "LifecycleState"),
	S("health_status", "HealthStatus"),
	S("launch_configuration_name", "LaunchConfigurationName"),
	O("launch_template", aws_autoscaling_launch_template_specification,
	    "LaunchTemplate"),
	B("protected_from_scale_in", "ProtectedFromScaleIn"),
	S("weighted_capacity", "WeightedCapacity"),
};
NK(aws_autoscaling_instance, "AwsAutoScalingInstance");

static const struct kprop p_aws_autoscaling_suspended_process[] = {
	S("process_name", "ProcessName"),
	S("suspension_reason", "SuspensionReason"),
};
NK(aws_autoscaling_suspended_process, "AwsAutoScalingSuspendedProcess");

static const struct kprop p_aws_autoscaling_enabled_metric[] = {
	S("metric", "Metric"),
	S("granularity", "Granularity"),
};
NK(aws_autoscaling_enabled_metric, "AwsAutoScalingEnabledMetric");

static const struct kprop p_aws_autoscaling_warm_pool_configuration[] = {
	I("max_group_prepared_capacity", "MaxGroupPreparedCapacity"),
	I("min_size", "MinSize"),
	S("pool_state", "PoolState"),
	S("status", "Status"),
	B("instance_reuse_policy", "InstanceReusePolicy.ReuseOnScaleIn"),
};
NK(aws_autoscaling_warm_pool_configuration,
    "AwsAutoScalingWarmPoolConfiguration");

static const struct kprop p_aws_autoscaling_group[] = {
	S("autoscaling_launch_configuration_name", "LaunchConfigurationName"),
	O("autoscaling_launch_template",
	    aws_autoscaling_launch_template_specification, "LaunchTemplate"),
	O("autoscaling_mixed_instances_policy",
	    aws_autoscaling_mixed_instances_policy, "MixedInstancesPolicy"),
	I("autoscaling_predicted_capacity", "PredictedCapacity"),
	I("autoscaling_default_cooldown", "DefaultCooldown"),
	L("autoscaling_availability_zones", "AvailabilityZones"),
	L("autoscaling_load_balancer_names", "LoadBalancerNames"),
	L("autoscaling_target_group_ar_ns", "TargetGroupARNs"),
	S("autoscaling_health_check_type", "HealthCheckType"),
	I("autoscaling_health_check_grace_period", "HealthCheckGracePeriod"),
	OL("autoscaling_instances", aws_autoscaling_instance, "Instances"),
	OL("autoscaling_suspended_processes", aws_autoscaling_suspended_process,
	    "SuspendedProcesses"),
	S("autoscaling_placement_group", "PlacementGroup"),
	S("autoscaling_vpc_zone_identifier", "VPCZoneIdentifier"),
	OL("autoscaling_enabled_metrics", aws_autoscaling_enabled_metric,
	    "EnabledMetrics"),
	S("autoscaling_status", "Status"),
	L("autoscaling_termination_policies", "TerminationPolicies"),
	B("autoscaling_new_instances_protected_from_scale_in",
	    "NewInstancesProtectedFromScaleIn"),
	S("autoscaling_service_linked_role_arn", "ServiceLinkedRoleARN"),
	I("autoscaling_max_instance_lifetime", "MaxInstanceLifetime"),
	B("autoscaling_capacity_rebalance", "CapacityRebalance"),
	O("autoscaling_warm_pool_configuration",
	    aws_autoscaling_warm_pool_configuration, "WarmPoolConfiguration"),
	I("autoscaling_warm_pool_size", "WarmPoolSize"),
	S("autoscaling_context", "Context"),
	S("autoscaling_desired_capacity_type", "DesiredCapacityType"),
	I("autoscaling_default_instance_warmup", "DefaultInstanceWarmup"),
};
const struct kind kind_aws_autoscaling_group = { "aws_autoscaling_group",
	ASG "AwsAutoScalingGroup",
	KIND_BASES(&kind_aws_resource, &kind_autoscaling_group),
	KIND_PROPS(p_aws_autoscaling_group), NULL, NULL,
	"{\"default\": [\"aws_ec2_instance\"]}", 0 };

/* ---- the table ---------------------------------------------------------- */

static const char *const gone_asg[] = { "ValidationError", NULL };

static const struct tmap m_asg[] = {
	TM("id", "AutoScalingGroupName"),
	TM("name", "AutoScalingGroupName"),
	TM("ctime", "CreatedTime"),
	TM("arn", "AutoScalingGroupARN"),
	TM("min_size", "MinSize"),
	TM("max_size", "MaxSize"),
	/* DesiredCapacity: the reference maps it to a property its class
	 * does not declare (autoscaling_desired_capacity): dropped there */
	TM_END
};
static const struct tedge e_asg[] = {
	{ "Instances[].InstanceId", &kind_aws_ec2_instance, TE_DEPENDANT },
	{ NULL, NULL, 0 }
};
static const struct tcall d_asg[] = {
	{ "DeleteAutoScalingGroup", "AutoScalingGroupName=@name&"
	    "ForceDelete=true", gone_asg, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct ttag t_asg = { .set_op = "CreateOrUpdateTags",
	.del_op = "DeleteTags", .res_param = "Tags.member.1.ResourceId",
	.key_param = "Tags.member.1.Key", .value_param = "Tags.member.1.Value",
	.res_src = "name", .params = "Tags.member.1.ResourceType="
	"auto-scaling-group&Tags.member.1.PropagateAtLaunch=false" };

#define OP	"DescribeAutoScalingGroups"
const struct tkind aws_autoscaling_tables[] = {
	{ .kind = &kind_aws_autoscaling_group, .service = "autoscaling",
	    .version = "2011-01-01", .op = OP,
	    .items = OP "Response/" OP "Result/AutoScalingGroups/member",
	    .next = OP "Response/" OP "Result/NextToken", .map = m_asg,
	    .tags = "Tags", .tag_key = "Key", .tag_value = "Value",
	    .edges = e_asg, .del = d_asg, .tag = &t_asg },
	{ .kind = NULL }
};

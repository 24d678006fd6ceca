/*
 * aws/autoscaling: Auto Scaling groups (collectors.md 4.1, the reference's
 * resource/autoscaling.py) as a model kind and a table for the generic
 * engine (table.h): DescribeAutoScalingGroups (Query API 2011-01-01,
 * NextToken pages), an edge to each of the group's instances, tags with
 * CreateOrUpdateTags / DeleteTags (PropagateAtLaunch false, as the
 * reference), the delete with ForceDelete (the instances go with it).
 */
#include "collector/aws/aws.h"
#include "collector/aws/model.h"
#include "collector/kind.h"
#include "collector/table.h"

#define ASG	"resoto_plugin_aws.resource.autoscaling."

static const struct kprop p_aws_autoscaling_launch_template_specification[] = {
	MS("launch_template_id", "LaunchTemplateId"),
	MS("launch_template_name", "LaunchTemplateName"),
	MS("version", "Version"),
};
MNK(aws_autoscaling_launch_template_specification, ASG,
    "AwsAutoScalingLaunchTemplateSpecification");

static const struct kprop p_aws_autoscaling_min_max[] = {
	MI("min", "Min"),
	MI("max", "Max"),
};
MNK(aws_autoscaling_min_max, ASG, "AwsAutoScalingMinMax");

static const struct kprop p_aws_autoscaling_instance_requirements[] = {
	MO("v_cpu_count", aws_autoscaling_min_max, "VCpuCount"),
	MO("memory_mi_b", aws_autoscaling_min_max, "MemoryMiB"),
	ML("cpu_manufacturers", "CpuManufacturers"),
	MO("memory_gi_b_per_v_cpu", aws_autoscaling_min_max,
	    "MemoryGiBPerVCpu"),
	ML("excluded_instance_types", "ExcludedInstanceTypes"),
	ML("instance_generations", "InstanceGenerations"),
	MI("spot_max_price_percentage_over_lowest_price",
	    "SpotMaxPricePercentageOverLowestPrice"),
	MI("on_demand_max_price_percentage_over_lowest_price",
	    "OnDemandMaxPricePercentageOverLowestPrice"),
	MS("bare_metal", "BareMetal"),
	MS("burstable_performance", "BurstablePerformance"),
	MB("require_hibernate_support", "RequireHibernateSupport"),
	MO("network_interface_count", aws_autoscaling_min_max,
	    "NetworkInterfaceCount"),
	MS("local_storage", "LocalStorage"),
	ML("local_storage_types", "LocalStorageTypes"),
	MO("total_local_storage_gb", aws_autoscaling_min_max,
	    "TotalLocalStorageGB"),
	MO("baseline_ebs_bandwidth_mbps", aws_autoscaling_min_max,
	    "BaselineEbsBandwidthMbps"),
	ML("accelerator_types", "AcceleratorTypes"),
	MO("accelerator_count", aws_autoscaling_min_max, "AcceleratorCount"),
	ML("accelerator_manufacturers", "AcceleratorManufacturers"),
	ML("accelerator_names", "AcceleratorNames"),
	MO("accelerator_total_memory_mi_b", aws_autoscaling_min_max,
	    "AcceleratorTotalMemoryMiB"),
};
MNK(aws_autoscaling_instance_requirements, ASG,
    "AwsAutoScalingInstanceRequirements");

static const struct kprop p_aws_autoscaling_launch_template_overrides[] = {
	MS("instance_type", "InstanceType"),
	MS("weighted_capacity", "WeightedCapacity"),
	MO("launch_template_specification",
	    aws_autoscaling_launch_template_specification,
	    "LaunchTemplateSpecification"),
	MO("instance_requirements", aws_autoscaling_instance_requirements,
	    "InstanceRequirements"),
};
MNK(aws_autoscaling_launch_template_overrides, ASG,
    "AwsAutoScalingLaunchTemplateOverrides");

static const struct kprop p_aws_autoscaling_launch_template[] = {
	MO("launch_template_specification",
	    aws_autoscaling_launch_template_specification,
	    "LaunchTemplateSpecification"),
	MOL("overrides", aws_autoscaling_launch_template_overrides,
	    "Overrides"),
};
MNK(aws_autoscaling_launch_template, ASG, "AwsAutoScalingLaunchTemplate");

static const struct kprop p_aws_autoscaling_instances_distribution[] = {
	MS("on_demand_allocation_strategy", "OnDemandAllocationStrategy"),
	MI("on_demand_base_capacity", "OnDemandBaseCapacity"),
	MI("on_demand_percentage_above_base_capacity",
	    "OnDemandPercentageAboveBaseCapacity"),
	MS("spot_allocation_strategy", "SpotAllocationStrategy"),
	MI("spot_instance_pools", "SpotInstancePools"),
	MS("spot_max_price", "SpotMaxPrice"),
};
MNK(aws_autoscaling_instances_distribution, ASG,
    "AwsAutoScalingInstancesDistribution");

static const struct kprop p_aws_autoscaling_mixed_instances_policy[] = {
	MO("launch_template", aws_autoscaling_launch_template,
	    "LaunchTemplate"),
	MO("instances_distribution", aws_autoscaling_instances_distribution,
	    "InstancesDistribution"),
};
MNK(aws_autoscaling_mixed_instances_policy, ASG,
    "AwsAutoScalingMixedInstancesPolicy");

static const struct kprop p_aws_autoscaling_instance[] = {
	MS("instance_id", "InstanceId"),
	MS("instance_type", "InstanceType"),
	MS("availability_zone", "AvailabilityZone"),
	MS("lifecycle_state", "LifecycleState"),
	MS("health_status", "HealthStatus"),
	MS("launch_configuration_name", "LaunchConfigurationName"),
	MO("launch_template", aws_autoscaling_launch_template_specification,
	    "LaunchTemplate"),
	MB("protected_from_scale_in", "ProtectedFromScaleIn"),
	MS("weighted_capacity", "WeightedCapacity"),
};
MNK(aws_autoscaling_instance, ASG, "AwsAutoScalingInstance");

static const struct kprop p_aws_autoscaling_suspended_process[] = {
	MS("process_name", "ProcessName"),
	MS("suspension_reason", "SuspensionReason"),
};
MNK(aws_autoscaling_suspended_process, ASG, "AwsAutoScalingSuspendedProcess");

static const struct kprop p_aws_autoscaling_enabled_metric[] = {
	MS("metric", "Metric"),
	MS("granularity", "Granularity"),
};
MNK(aws_autoscaling_enabled_metric, ASG, "AwsAutoScalingEnabledMetric");

static const struct kprop p_aws_autoscaling_warm_pool_configuration[] = {
	MI("max_group_prepared_capacity", "MaxGroupPreparedCapacity"),
	MI("min_size", "MinSize"),
	MS("pool_state", "PoolState"),
	MS("status", "Status"),
	MB("instance_reuse_policy", "InstanceReusePolicy.ReuseOnScaleIn"),
};
MNK(aws_autoscaling_warm_pool_configuration, ASG,
    "AwsAutoScalingWarmPoolConfiguration");

static const struct kprop p_aws_autoscaling_group[] = {
	MS("autoscaling_launch_configuration_name", "LaunchConfigurationName"),
	MO("autoscaling_launch_template",
	    aws_autoscaling_launch_template_specification, "LaunchTemplate"),
	MO("autoscaling_mixed_instances_policy",
	    aws_autoscaling_mixed_instances_policy, "MixedInstancesPolicy"),
	MI("autoscaling_predicted_capacity", "PredictedCapacity"),
	MI("autoscaling_default_cooldown", "DefaultCooldown"),
	ML("autoscaling_availability_zones", "AvailabilityZones"),
	ML("autoscaling_load_balancer_names", "LoadBalancerNames"),
	ML("autoscaling_target_group_ar_ns", "TargetGroupARNs"),
	MS("autoscaling_health_check_type", "HealthCheckType"),
	MI("autoscaling_health_check_grace_period", "HealthCheckGracePeriod"),
	MOL("autoscaling_instances", aws_autoscaling_instance, "Instances"),
	MOL("autoscaling_suspended_processes",
	    aws_autoscaling_suspended_process,
	    "SuspendedProcesses"),
	MS("autoscaling_placement_group", "PlacementGroup"),
	MS("autoscaling_vpc_zone_identifier", "VPCZoneIdentifier"),
	MOL("autoscaling_enabled_metrics", aws_autoscaling_enabled_metric,
	    "EnabledMetrics"),
	MS("autoscaling_status", "Status"),
	ML("autoscaling_termination_policies", "TerminationPolicies"),
	MB("autoscaling_new_instances_protected_from_scale_in",
	    "NewInstancesProtectedFromScaleIn"),
	MS("autoscaling_service_linked_role_arn", "ServiceLinkedRoleARN"),
	MI("autoscaling_max_instance_lifetime", "MaxInstanceLifetime"),
	MB("autoscaling_capacity_rebalance", "CapacityRebalance"),
	MO("autoscaling_warm_pool_configuration",
	    aws_autoscaling_warm_pool_configuration, "WarmPoolConfiguration"),
	MI("autoscaling_warm_pool_size", "WarmPoolSize"),
	MS("autoscaling_context", "Context"),
	MS("autoscaling_desired_capacity_type", "DesiredCapacityType"),
	MI("autoscaling_default_instance_warmup", "DefaultInstanceWarmup"),
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

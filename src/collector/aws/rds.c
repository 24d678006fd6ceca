/*
 * aws/rds: RDS database instances (collectors.md 4.1, the reference's
 * resource/rds.py) as a model kind and a table for the generic engine
 * (table.h): DescribeDBInstances (Query API 2014-10-31, Marker pages),
 * tags from the item's TagList (what ListTagsForResource gives too),
 * edges from its VPC, subnets and VPC security groups, AddTagsToResource /
 * RemoveTagsFromResource by its ARN and DeleteDBInstance without a final
 * snapshot, as the reference. atime and mtime are the reference's
 * fall-back without CloudWatch metrics: the later of the ctime and the
 * start of the look-back period. The edges to KMS keys come with
 * aws_kms_key (not collected yet). Element names are those of the RDS
 * Query API's XML, whose lists name their members (a list of one is the
 * member itself, table.h).
 */
#include "collector/aws/aws.h"
#include "collector/kind.h"
#include "collector/table.h"

#define RDS	"resoto_plugin_aws.resource.rds."

#define P(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }
#define NK(n, cls)	static const struct kind k_##n = { #n, RDS cls, NULL, \
	KIND_PROPS(p_##n), NULL, NULL, NULL, 0 }

static const struct kprop p_aws_rds_db_security_group_membership[] = {
	P("db_security_group_name", "string", PT_STRING, NULL,
	    "DBSecurityGroupName", NULL),
	P("status", "string", PT_STRING, NULL, "Status", NULL),
};
NK(aws_rds_db_security_group_membership, "AwsRdsDBSecurityGroupMembership");

static const struct kprop p_aws_rds_vpc_security_group_membership[] = {
	P("vpc_security_group_id", "string", PT_STRING, NULL,
	    "VpcSecurityGroupId", NULL),
	P("status", "string", PT_STRING, NULL, "Status", NULL),
};
NK(aws_rds_vpc_security_group_membership, "AwsRdsVpcSecurityGroupMembership");

static const struct kprop p_aws_rds_db_parameter_group_status[] = {
	P("db_parameter_group_name", "string", PT_STRING, NULL,
	    "DBParameterGroupName", NULL),
	P("parameter_apply_status", "string", PT_STRING, NULL,
	    "ParameterApplyStatus", NULL),
};
NK(aws_rds_db_parameter_group_status, "AwsRdsDBParameterGroupStatus");

static const struct kprop p_aws_rds_subnet[] = {
	P("subnet_identifier", "string", PT_STRING, NULL, "SubnetIdentifier",
	    NULL),
	P("subnet_availability_zone", "string", PT_STRING, NULL,
	    "SubnetAvailabilityZone.Name", NULL),
	P("subnet_outpost", "string", PT_STRING, NULL, "SubnetOutpost.Arn",
	    NULL),
	P("subnet_status", "string", PT_STRING, NULL, "SubnetStatus", NULL),
};
NK(aws_rds_subnet, "AwsRdsSubnet");

static const struct kprop p_aws_rds_db_subnet_group[] = {
	P("db_subnet_group_name", "string", PT_STRING, NULL,
	    "DBSubnetGroupName", NULL),
	P("db_subnet_group_description", "string", PT_STRING, NULL,
	    "DBSubnetGroupDescription", NULL),
	P("vpc_id", "string", PT_STRING, NULL, "VpcId", NULL),
	P("subnet_group_status", "string", PT_STRING, NULL, "SubnetGroupStatus",
	    NULL),
	P("subnets", "aws_rds_subnet[]", PT_OLIST, "[]", "Subnets.Subnet",
	    &k_aws_rds_subnet),
	P("db_subnet_group_arn", "string", PT_STRING, NULL, "DBSubnetGroupArn",
	    NULL),
	P("supported_network_types", "string[]", PT_LIST, "[]",
	    "SupportedNetworkTypes[]", NULL),
};
NK(aws_rds_db_subnet_group, "AwsRdsDBSubnetGroup");

static const struct kprop p_aws_rds_pending_cloudwatch_logs_exports[] = {
	P("log_types_to_enable", "string[]", PT_LIST, "[]",
	    "LogTypesToEnable[]", NULL),
	P("log_types_to_disable", "string[]", PT_LIST, "[]",
	    "LogTypesToDisable[]", NULL),
};
NK(aws_rds_pending_cloudwatch_logs_exports,
    "AwsRdsPendingCloudwatchLogsExports");

static const struct kprop p_aws_rds_processor_feature[] = {
	P("name", "string", PT_STRING, NULL, "Name", NULL),
	P("value", "string", PT_STRING, NULL, "Value", NULL),
};
NK(aws_rds_processor_feature, "AwsRdsProcessorFeature");

static const struct kprop p_aws_rds_pending_modified_values[] = {
	P("db_instance_class", "string", PT_STRING, NULL, "DBInstanceClass",
	    NULL),
	P("allocated_storage", "int64", PT_INT, NULL, "AllocatedStorage", NULL),
	P("master_user_password", "string", PT_STRING, NULL,
	    "MasterUserPassword", NULL),
	P("port", "int64", PT_INT, NULL, "Port", NULL),
	P("backup_retention_period", "int64", PT_INT, NULL,
	    "BackupRetentionPeriod", NULL),
	P("multi_az", "boolean", PT_BOOL, NULL, "MultiAZ", NULL),
	P("engine_version", "string", PT_STRING, NULL, "EngineVersion", NULL),
	P("license_model", "string", PT_STRING, NULL, "LicenseModel", NULL),
	P("iops", "int64", PT_INT, NULL, "Iops", NULL),
	P("db_instance_identifier", "string", PT_STRING, NULL,
	    "DBInstanceIdentifier", NULL),
	P("storage_type", "string", PT_STRING, NULL, "StorageType", NULL),
	P("ca_certificate_identifier", "string", PT_STRING, NULL,
	    "CACertificateIdentifier", NULL),
	P("db_subnet_group_name", "string", PT_STRING, NULL,
	    "DBSubnetGroupName", NULL),
	P("pending_cloudwatch_logs_exports",
	    "aws_rds_pending_cloudwatch_logs_exports", PT_OBJECT, NULL,
	    "PendingCloudwatchLogsExports",
	    &k_aws_rds_pending_cloudwatch_logs_exports),
	P("processor_features", "aws_rds_processor_feature[]", PT_OLIST, "[]",
	    "ProcessorFeatures.ProcessorFeature", &k_aws_rds_processor_feature),
	P("iam_database_authentication_enabled", "boolean", PT_BOOL, NULL,
	    "IAMDatabaseAuthenticationEnabled", NULL),
	P("automation_mode", "string", PT_STRING, NULL, "AutomationMode", NULL),
	P("resume_full_automation_mode_time", "datetime", PT_DATETIME, NULL,
	    "ResumeFullAutomationModeTime", NULL),
};
NK(aws_rds_pending_modified_values, "AwsRdsPendingModifiedValues");

static const struct kprop p_aws_rds_option_group_membership[] = {
	P("option_group_name", "string", PT_STRING, NULL, "OptionGroupName",
	    NULL),
	P("status", "string", PT_STRING, NULL, "Status", NULL),
};
NK(aws_rds_option_group_membership, "AwsRdsOptionGroupMembership");

static const struct kprop p_aws_rds_db_instance_status_info[] = {
	P("status_type", "string", PT_STRING, NULL, "StatusType", NULL),
	P("normal", "boolean", PT_BOOL, NULL, "Normal", NULL),
	P("status", "string", PT_STRING, NULL, "Status", NULL),
	P("message", "string", PT_STRING, NULL, "Message", NULL),
};
NK(aws_rds_db_instance_status_info, "AwsRdsDBInstanceStatusInfo");

static const struct kprop p_aws_rds_domain_membership[] = {
	P("domain", "string", PT_STRING, NULL, "Domain", NULL),
	P("status", "string", PT_STRING, NULL, "Status", NULL),
	P("fqdn", "string", PT_STRING, NULL, "FQDN", NULL),
	P("iam_role_name", "string", PT_STRING, NULL, "IAMRoleName", NULL),
};
NK(aws_rds_domain_membership, "AwsRdsDomainMembership");

static const struct kprop p_aws_rds_db_role[] = {
	P("role_arn", "string", PT_STRING, NULL, "RoleArn", NULL),
	P("feature_name", "string", PT_STRING, NULL, "FeatureName", NULL),
	P("status", "string", PT_STRING, NULL, "Status", NULL),
};
NK(aws_rds_db_role, "AwsRdsDBRole");

static const struct kprop p_aws_rds_endpoint[] = {
	P("address", "string", PT_STRING, NULL, "Address", NULL),
	P("port", "int64", PT_INT, NULL, "Port", NULL),
	P("hosted_zone_id", "string", PT_STRING, NULL, "HostedZoneId", NULL),
};
NK(aws_rds_endpoint, "AwsRdsEndpoint");

static const struct kprop p_aws_rds_instance[] = {
	P("rds_automatic_restart_time", "datetime", PT_DATETIME, NULL,
	    "AutomaticRestartTime", NULL),
	P("rds_master_username", "string", PT_STRING, NULL, "MasterUsername",
	    NULL),
	P("rds_preferred_backup_window", "string", PT_STRING, NULL,
	    "PreferredBackupWindow", NULL),
	P("rds_backup_retention_period", "int64", PT_INT, NULL,
	    "BackupRetentionPeriod", NULL),
	P("rds_db_security_groups", "aws_rds_db_security_group_membership[]",
	    PT_OLIST, "[]", "DBSecurityGroups.DBSecurityGroup",
	    &k_aws_rds_db_security_group_membership),
	P("rds_vpc_security_groups", "aws_rds_vpc_security_group_membership[]",
	    PT_OLIST, "[]", "VpcSecurityGroups.VpcSecurityGroupMembership",
	    &k_aws_rds_vpc_security_group_membership),
	P("rds_db_parameter_groups", "aws_rds_db_parameter_group_status[]",
	    PT_OLIST, "[]", "DBParameterGroups.DBParameterGroup",
	    &k_aws_rds_db_parameter_group_status),
	P("rds_availability_zone", "string", PT_STRING, NULL,
	    "AvailabilityZone", NULL),
	P("rds_db_subnet_group", "aws_rds_db_subnet_group", PT_OBJECT, NULL,
	    "DBSubnetGroup", &k_aws_rds_db_subnet_group),
	P("rds_preferred_maintenance_window", "string", PT_STRING, NULL,
	    "PreferredMaintenanceWindow", NULL),
	P("rds_pending_modified_values", "aws_rds_pending_modified_values",
	    PT_OBJECT, NULL, "PendingModifiedValues",
	    &k_aws_rds_pending_modified_values),
	P("rds_latest_restorable_time", "datetime", PT_DATETIME, NULL,
	    "LatestRestorableTime", NULL),
	P("rds_multi_az", "boolean", PT_BOOL, NULL, "MultiAZ", NULL),
	P("rds_auto_minor_version_upgrade", "boolean", PT_BOOL, NULL,
	    "AutoMinorVersionUpgrade", NULL),
	P("rds_read_replica_source_db_instance_identifier", "string", PT_STRING,
	    NULL, "ReadReplicaSourceDBInstanceIdentifier", NULL),
	P("rds_read_replica_db_instance_identifiers", "string[]", PT_LIST, "[]",
	    "ReadReplicaDBInstanceIdentifiers.ReadReplicaDBInstanceIdentifier",
	    NULL),
	P("rds_read_replica_db_cluster_identifiers", "string[]", PT_LIST, "[]",
	    "ReadReplicaDBClusterIdentifiers.ReadReplicaDBClusterIdentifier",
	    NULL),
	P("rds_replica_mode", "string", PT_STRING, NULL, "ReplicaMode", NULL),
	P("rds_license_model", "string", PT_STRING, NULL, "LicenseModel", NULL),
	P("rds_option_group_memberships", "aws_rds_option_group_membership[]",
	    PT_OLIST, "[]", "OptionGroupMemberships.OptionGroupMembership",
	    &k_aws_rds_option_group_membership),
	P("rds_character_set_name", "string", PT_STRING, NULL,
	    "CharacterSetName", NULL),
	P("rds_nchar_character_set_name", "string", PT_STRING, NULL,
	    "NcharCharacterSetName", NULL),
	P("rds_secondary_availability_zone", "string", PT_STRING, NULL,
	    "SecondaryAvailabilityZone", NULL),
	P("rds_status_infos", "aws_rds_db_instance_status_info[]", PT_OLIST,
	    "[]", "StatusInfos.DBInstanceStatusInfo",
	    &k_aws_rds_db_instance_status_info),
	P("rds_storage_type", "string", PT_STRING, NULL, "StorageType", NULL),
	P("rds_tde_credential_arn", "string", PT_STRING, NULL,
	    "TdeCredentialArn", NULL),
	P("rds_db_instance_port", "int64", PT_INT, NULL, "DbInstancePort",
	    NULL),
	P("rds_db_cluster_identifier", "string", PT_STRING, NULL,
	    "DBClusterIdentifier", NULL),
	P("rds_kms_key_id", "string", PT_STRING, NULL, "KmsKeyId", NULL),
	P("rds_dbi_resource_id", "string", PT_STRING, NULL, "DbiResourceId",
	    NULL),
	P("rds_ca_certificate_identifier", "string", PT_STRING, NULL,
	    "CACertificateIdentifier", NULL),
	P("rds_domain_memberships", "aws_rds_domain_membership[]", PT_OLIST,
	    "[]", "DomainMemberships.DomainMembership",
	    &k_aws_rds_domain_membership),
	P("rds_copy_tags_to_snapshot", "boolean", PT_BOOL, NULL,
	    "CopyTagsToSnapshot", NULL),
	P("rds_monitoring_interval", "int64", PT_INT, NULL,
	    "MonitoringInterval", NULL),
	P("rds_enhanced_monitoring_resource_arn", "string", PT_STRING, NULL,
	    "EnhancedMonitoringResourceArn", NULL),
	P("rds_monitoring_role_arn", "string", PT_STRING, NULL,
	    "MonitoringRoleArn", NULL),
	P("rds_promotion_tier", "int64", PT_INT, NULL, "PromotionTier", NULL),
	P("rds_timezone", "string", PT_STRING, NULL, "Timezone", NULL),
	P("rds_iam_database_authentication_enabled", "boolean", PT_BOOL, NULL,
	    "IAMDatabaseAuthenticationEnabled", NULL),
	P("rds_performance_insights_enabled", "boolean", PT_BOOL, NULL,
	    "PerformanceInsightsEnabled", NULL),
	P("rds_performance_insights_kms_key_id", "string", PT_STRING, NULL,
	    "PerformanceInsightsKMSKeyId", NULL),
	P("rds_performance_insights_retention_period", "int64", PT_INT, NULL,
	    "PerformanceInsightsRetentionPeriod", NULL),
	P("rds_enabled_cloudwatch_logs_exports", "string[]", PT_LIST, "[]",
	    "EnabledCloudwatchLogsExports[]", NULL),
	P("rds_processor_features", "aws_rds_processor_feature[]", PT_OLIST,
	    "[]", "ProcessorFeatures.ProcessorFeature",
	    &k_aws_rds_processor_feature),
	P("rds_deletion_protection", "boolean", PT_BOOL, NULL,
	    "DeletionProtection", NULL),
	P("rds_associated_roles", "aws_rds_db_role[]", PT_OLIST, "[]",
	    "AssociatedRoles.DBInstanceRole", &k_aws_rds_db_role),
	P("rds_listener_endpoint", "aws_rds_endpoint", PT_OBJECT, NULL,
	    "ListenerEndpoint", &k_aws_rds_endpoint),
	P("rds_max_allocated_storage", "int64", PT_INT, NULL,
	    "MaxAllocatedStorage", NULL),
	P("rds_db_instance_automated_backups_replications", "string[]", PT_LIST,
	    "[]",
	    "DBInstanceAutomatedBackupsReplications."
	    "DBInstanceAutomatedBackupsReplication[].DBInstanceAutomatedBackupsArn",
	    NULL),
	P("rds_customer_owned_ip_enabled", "boolean", PT_BOOL, NULL,
	    "CustomerOwnedIpEnabled", NULL),
	P("rds_aws_backup_recovery_point_arn", "string", PT_STRING, NULL,
	    "AwsBackupRecoveryPointArn", NULL),
	P("rds_activity_stream_status", "string", PT_STRING, NULL,
	    "ActivityStreamStatus", NULL),
	P("rds_activity_stream_kms_key_id", "string", PT_STRING, NULL,
	    "ActivityStreamKmsKeyId", NULL),
	P("rds_activity_stream_kinesis_stream_name", "string", PT_STRING, NULL,
	    "ActivityStreamKinesisStreamName", NULL),
	P("rds_activity_stream_mode", "string", PT_STRING, NULL,
	    "ActivityStreamMode", NULL),
	P("rds_activity_stream_engine_native_audit_fields_included", "boolean",
	    PT_BOOL, NULL, "ActivityStreamEngineNativeAuditFieldsIncluded",
	    NULL),
	P("rds_automation_mode", "string", PT_STRING, NULL, "AutomationMode",
	    NULL),
	P("rds_resume_full_automation_mode_time", "datetime", PT_DATETIME, NULL,
	    "ResumeFullAutomationModeTime", NULL),
	P("rds_custom_iam_instance_profile", "string", PT_STRING, NULL,
	    "CustomIamInstanceProfile", NULL),
	P("rds_backup_target", "string", PT_STRING, NULL, "BackupTarget", NULL),
	P("rds_network_type", "string", PT_STRING, NULL, "NetworkType", NULL),
};

const struct kind kind_aws_rds_instance = { "aws_rds_instance",
	RDS "AwsRdsInstance", KIND_BASES(&kind_aws_resource, &kind_database),
	KIND_PROPS(p_aws_rds_instance), NULL, NULL,
	NULL, 0 };

/* ---- the table ---------------------------------------------------------- */

static const char *const gone_db[] = { "DBInstanceNotFound",
	"DBInstanceNotFoundFault", NULL };

static const struct tmap m_rds[] = {
	TM("id", "DBInstanceIdentifier"),
	TM("name", "DBName"),
	TM("ctime", "InstanceCreateTime"),
	TM("arn", "DBInstanceArn"),
	TM("db_type", "Engine"),
	TM("db_status", "DBInstanceStatus"),
	TM("db_endpoint", "Endpoint.Address+=:+Endpoint.Port"),
	TM("db_version", "EngineVersion"),
	TM("db_publicly_accessible", "PubliclyAccessible"),
	TM("instance_type", "DBInstanceClass"),
	TM("volume_size", "AllocatedStorage"),
	TM("volume_iops", "Iops"),
	TM("volume_encrypted", "StorageEncrypted"),
	/* set by the collect (collect.c: fallback_times) */
	TM("atime", "_atime"),
	TM("mtime", "_atime"),
	TM_END
};
static const struct tedge e_rds[] = {
	{ "VpcSecurityGroups.VpcSecurityGroupMembership[].VpcSecurityGroupId",
	    &kind_aws_ec2_security_group, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "DBSubnetGroup.VpcId", &kind_aws_vpc,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "DBSubnetGroup.Subnets.Subnet[].SubnetIdentifier",
	    &kind_aws_ec2_subnet, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ NULL, NULL, 0 }
};
static const struct tcall d_rds[] = {
	{ "DeleteDBInstance", "DBInstanceIdentifier=@id&"
	    "SkipFinalSnapshot=true", gone_db, NULL },
	{ NULL, NULL, NULL, NULL }
};
/* RDS names a tag list's members Tag: Tags.Tag.1.Key */
static const struct ttag t_rds = { .set_op = "AddTagsToResource",
	.del_op = "RemoveTagsFromResource", .res_param = "ResourceName",
	.key_param = "Tags.Tag.1.Key", .value_param = "Tags.Tag.1.Value",
	.res_src = "arn", .del_key_param = "TagKeys.member.1" };

#define OP	"DescribeDBInstances"
const struct tkind aws_rds_tables[] = {
	{ .kind = &kind_aws_rds_instance, .service = "rds",
	    .version = "2014-10-31", .op = OP,
	    .items = OP "Response/" OP "Result/DBInstances/DBInstance",
	    .token = "Marker", .next = OP "Response/" OP "Result/Marker",
	    .map = m_rds, .tags = "TagList.Tag", .tag_key = "Key",
	    .tag_value = "Value", .edges = e_rds, .del = d_rds, .tag = &t_rds,
	    .flags = TK_TIMES },
	{ .kind = NULL }
};

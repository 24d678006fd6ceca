/*
 * aws/rds: RDS database instances (collectors.md 4.1, the reference's
 * resource/rds.py) as a model kind and a table for the generic engine
 * (table.h): DescribeDBInstances (Query API 2014-10-31, Marker pages),
 * tags from the item's TagList (what ListTagsForResource gives too),
 * edges from its VPC, subnets and VPC security groups, AddTagsToResource /
 * RemoveTagsFromResource by its ARN and DeleteDBInstance without a final
 * snapshot, as the reference. atime and mtime are the last hour with
 * connections (CloudWatch DatabaseConnections, metrics.c), else the
 * reference's fall-back: the later of the ctime and the start of the
 * look-back period. The instance links to the KMS keys of
 * its storage, Performance Insights and activity stream (by the key id
 * of their ARNs, as the reference). Element names are those of the RDS
 * Query API's XML, whose lists name their members (a list of one is the
 * member itself, table.h).
 */
#include "collector/aws/aws.h"
#include "collector/aws/model.h"
#include "collector/kind.h"
#include "collector/table.h"

#define RDS	"resoto_plugin_aws.resource.rds."

static const struct kprop p_aws_rds_db_security_group_membership[] = {
	MP("db_security_group_name", "string", PT_STRING, NULL,
	    "DBSecurityGroupName", NULL),
	MP("status", "string", PT_STRING, NULL, "Status", NULL),
};
MNK(aws_rds_db_security_group_membership, RDS,
    "AwsRdsDBSecurityGroupMembership");

static const struct kprop p_aws_rds_vpc_security_group_membership[] = {
	MP("vpc_security_group_id", "string", PT_STRING, NULL,
	    "VpcSecurityGroupId", NULL),
	MP("status", "string", PT_STRING, NULL, "Status", NULL),
};
MNK(aws_rds_vpc_security_group_membership, RDS,
    "AwsRdsVpcSecurityGroupMembership");

static const struct kprop p_aws_rds_db_parameter_group_status[] = {
	MP("db_parameter_group_name", "string", PT_STRING, NULL,
	    "DBParameterGroupName", NULL),
	MP("parameter_apply_status", "string", PT_STRING, NULL,
	    "ParameterApplyStatus", NULL),
};
MNK(aws_rds_db_parameter_group_status, RDS, "AwsRdsDBParameterGroupStatus");

static const struct kprop p_aws_rds_subnet[] = {
	MP("subnet_identifier", "string", PT_STRING, NULL, "SubnetIdentifier",
	    NULL),
	MP("subnet_availability_zone", "string", PT_STRING, NULL,
	    "SubnetAvailabilityZone.Name", NULL),
	MP("subnet_outpost", "string", PT_STRING, NULL, "SubnetOutpost.Arn",
	    NULL),
	MP("subnet_status", "string", PT_STRING, NULL, "SubnetStatus", NULL),
};
MNK(aws_rds_subnet, RDS, "AwsRdsSubnet");

static const struct kprop p_aws_rds_db_subnet_group[] = {
	MP("db_subnet_group_name", "string", PT_STRING, NULL,
	    "DBSubnetGroupName", NULL),
	MP("db_subnet_group_description", "string", PT_STRING, NULL,
	    "DBSubnetGroupDescription", NULL),
	MP("vpc_id", "string", PT_STRING, NULL, "VpcId", NULL),
	MP("subnet_group_status", "string", PT_STRING, NULL,
	    "SubnetGroupStatus",
	    NULL),
	MP("subnets", "aws_rds_subnet[]", PT_OLIST, "[]", "Subnets.Subnet",
	    &k_aws_rds_subnet),
	MP("db_subnet_group_arn", "string", PT_STRING, NULL, "DBSubnetGroupArn",
	    NULL),
	MP("supported_network_types", "string[]", PT_LIST, "[]",
	    "SupportedNetworkTypes[]", NULL),
};
MNK(aws_rds_db_subnet_group, RDS, "AwsRdsDBSubnetGroup");

static const struct kprop p_aws_rds_pending_cloudwatch_logs_exports[] = {
	MP("log_types_to_enable", "string[]", PT_LIST, "[]",
	    "LogTypesToEnable[]", NULL),
	MP("log_types_to_disable", "string[]", PT_LIST, "[]",
	    "LogTypesToDisable[]", NULL),
};
MNK(aws_rds_pending_cloudwatch_logs_exports, RDS,
    "AwsRdsPendingCloudwatchLogsExports");

static const struct kprop p_aws_rds_processor_feature[] = {
	MP("name", "string", PT_STRING, NULL, "Name", NULL),
	MP("value", "string", PT_STRING, NULL, "Value", NULL),
};
MNK(aws_rds_processor_feature, RDS, "AwsRdsProcessorFeature");

static const struct kprop p_aws_rds_pending_modified_values[] = {
	MP("db_instance_class", "string", PT_STRING, NULL, "DBInstanceClass",
	    NULL),
	MP("allocated_storage", "int64", PT_INT, NULL, "AllocatedStorage",
	    NULL),
	MP("master_user_password", "string", PT_STRING, NULL,
	    "MasterUserPassword", NULL),
	MP("port", "int64", PT_INT, NULL, "Port", NULL),
	MP("backup_retention_period", "int64", PT_INT, NULL,
	    "BackupRetentionPeriod", NULL),
	MP("multi_az", "boolean", PT_BOOL, NULL, "MultiAZ", NULL),
	MP("engine_version", "string", PT_STRING, NULL, "EngineVersion", NULL),
	MP("license_model", "string", PT_STRING, NULL, "LicenseModel", NULL),
	MP("iops", "int64", PT_INT, NULL, "Iops", NULL),
	MP("db_instance_identifier", "string", PT_STRING, NULL,
	    "DBInstanceIdentifier", NULL),
	MP("storage_type", "string", PT_STRING, NULL, "StorageType", NULL),
	MP("ca_certificate_identifier", "string", PT_STRING, NULL,
	    "CACertificateIdentifier", NULL),
	MP("db_subnet_group_name", "string", PT_STRING, NULL,
	    "DBSubnetGroupName", NULL),
	MP("pending_cloudwatch_logs_exports",
	    "aws_rds_pending_cloudwatch_logs_exports", PT_OBJECT, NULL,
	    "PendingCloudwatchLogsExports",
	    &k_aws_rds_pending_cloudwatch_logs_exports),
	MP("processor_features", "aws_rds_processor_feature[]", PT_OLIST, "[]",
	    "ProcessorFeatures.ProcessorFeature", &k_aws_rds_processor_feature),
	MP("iam_database_authentication_enabled", "boolean", PT_BOOL, NULL,
	    "IAMDatabaseAuthenticationEnabled", NULL),
	MP("automation_mode", "string", PT_STRING, NULL, "AutomationMode",
	    NULL),
	MP("resume_full_automation_mode_time", "datetime", PT_DATETIME, NULL,
	    "ResumeFullAutomationModeTime", NULL),
};
MNK(aws_rds_pending_modified_values, RDS, "AwsRdsPendingModifiedValues");

static const struct kprop p_aws_rds_option_group_membership[] = {
	MP("option_group_name", "string", PT_STRING, NULL, "OptionGroupName",
	    NULL),
	MP("status", "string", PT_STRING, NULL, "Status", NULL),
};
MNK(aws_rds_option_group_membership, RDS, "AwsRdsOptionGroupMembership");

static const struct kprop p_aws_rds_db_instance_status_info[] = {
	MP("status_type", "string", PT_STRING, NULL, "StatusType", NULL),
	MP("normal", "boolean", PT_BOOL, NULL, "Normal", NULL),
	MP("status", "string", PT_STRING, NULL, "Status", NULL),
	MP("message", "string", PT_STRING, NULL, "Message", NULL),
};
MNK(aws_rds_db_instance_status_info, RDS, "AwsRdsDBInstanceStatusInfo");

static const struct kprop p_aws_rds_domain_membership[] = {
	MP("domain", "string", PT_STRING, NULL, "Domain", NULL),
	MP("status", "string", PT_STRING, NULL, "Status", NULL),
	MP("fqdn", "string", PT_STRING, NULL, "FQDN", NULL),
	MP("iam_role_name", "string", PT_STRING, NULL, "IAMRoleName", NULL),
};
MNK(aws_rds_domain_membership, RDS, "AwsRdsDomainMembership");

static const struct kprop p_aws_rds_db_role[] = {
	MP("role_arn", "string", PT_STRING, NULL, "RoleArn", NULL),
	MP("feature_name", "string", PT_STRING, NULL, "FeatureName", NULL),
	MP("status", "string", PT_STRING, NULL, "Status", NULL),
};
MNK(aws_rds_db_role, RDS, "AwsRdsDBRole");

static const struct kprop p_aws_rds_endpoint[] = {
	MP("address", "string", PT_STRING, NULL, "Address", NULL),
	MP("port", "int64", PT_INT, NULL, "Port", NULL),
	MP("hosted_zone_id", "string", PT_STRING, NULL, "HostedZoneId", NULL),
};
MNK(aws_rds_endpoint, RDS, "AwsRdsEndpoint");

static const struct kprop p_aws_rds_instance[] = {
	MP("rds_automatic_restart_time", "datetime", PT_DATETIME, NULL,
	    "AutomaticRestartTime", NULL),
	MP("rds_master_username", "string", PT_STRING, NULL, "MasterUsername",
	    NULL),
	MP("rds_preferred_backup_window", "string", PT_STRING, NULL,
	    "PreferredBackupWindow", NULL),
	MP("rds_backup_retention_period", "int64", PT_INT, NULL,
	    "BackupRetentionPeriod", NULL),
	MP("rds_db_security_groups", "aws_rds_db_security_group_membership[]",
	    PT_OLIST, "[]", "DBSecurityGroups.DBSecurityGroup",
	    &k_aws_rds_db_security_group_membership),
	MP("rds_vpc_security_groups", "aws_rds_vpc_security_group_membership[]",
	    PT_OLIST, "[]", "VpcSecurityGroups.VpcSecurityGroupMembership",
	    &k_aws_rds_vpc_security_group_membership),
	MP("rds_db_parameter_groups", "aws_rds_db_parameter_group_status[]",
	    PT_OLIST, "[]", "DBParameterGroups.DBParameterGroup",
	    &k_aws_rds_db_parameter_group_status),
	MP("rds_availability_zone", "string", PT_STRING, NULL,
	    "AvailabilityZone", NULL),
	MP("rds_db_subnet_group", "aws_rds_db_subnet_group", PT_OBJECT, NULL,
	    "DBSubnetGroup", &k_aws_rds_db_subnet_group),
	MP("rds_preferred_maintenance_window", "string", PT_STRING, NULL,
	    "PreferredMaintenanceWindow", NULL),
	MP("rds_pending_modified_values", "aws_rds_pending_modified_values",
	    PT_OBJECT, NULL, "PendingModifiedValues",
	    &k_aws_rds_pending_modified_values),
	MP("rds_latest_restorable_time", "datetime", PT_DATETIME, NULL,
	    "LatestRestorableTime", NULL),
	MP("rds_multi_az", "boolean", PT_BOOL, NULL, "MultiAZ", NULL),
	MP("rds_auto_minor_version_upgrade", "boolean", PT_BOOL, NULL,
	    "AutoMinorVersionUpgrade", NULL),
	MP("rds_read_replica_source_db_instance_identifier", "string",
	    PT_STRING,
	    NULL, "ReadReplicaSourceDBInstanceIdentifier", NULL),
	MP("rds_read_replica_db_instance_identifiers", "string[]", PT_LIST,
	    "[]",
	    "ReadReplicaDBInstanceIdentifiers.ReadReplicaDBInstanceIdentifier",
	    NULL),
	MP("rds_read_replica_db_cluster_identifiers", "string[]", PT_LIST, "[]",
	    "ReadReplicaDBClusterIdentifiers.ReadReplicaDBClusterIdentifier",
	    NULL),
	MP("rds_replica_mode", "string", PT_STRING, NULL, "ReplicaMode", NULL),
	MP("rds_license_model", "string", PT_STRING, NULL, "LicenseModel",
	    NULL),
	MP("rds_option_group_memberships", "aws_rds_option_group_membership[]",
	    PT_OLIST, "[]", "OptionGroupMemberships.OptionGroupMembership",
	    &k_aws_rds_option_group_membership),
	MP("rds_character_set_name", "string", PT_STRING, NULL,
	    "CharacterSetName", NULL),
	MP("rds_nchar_character_set_name", "string", PT_STRING, NULL,
	    "NcharCharacterSetName", NULL),
	MP("rds_secondary_availability_zone", "string", PT_STRING, NULL,
	    "SecondaryAvailabilityZone", NULL),
	MP("rds_status_infos", "aws_rds_db_instance_status_info[]", PT_OLIST,
	    "[]", "StatusInfos.DBInstanceStatusInfo",
	    &k_aws_rds_db_instance_status_info),
	MP("rds_storage_type", "string", PT_STRING, NULL, "StorageType", NULL),
	MP("rds_tde_credential_arn", "string", PT_STRING, NULL,
	    "TdeCredentialArn", NULL),
	MP("rds_db_instance_port", "int64", PT_INT, NULL, "DbInstancePort",
	    NULL),
	MP("rds_db_cluster_identifier", "string", PT_STRING, NULL,
	    "DBClusterIdentifier", NULL),
	MP("rds_kms_key_id", "string", PT_STRING, NULL, "KmsKeyId", NULL),
	MP("rds_dbi_resource_id", "string", PT_STRING, NULL, "DbiResourceId",
	    NULL),
	MP("rds_ca_certificate_identifier", "string", PT_STRING, NULL,
	    "CACertificateIdentifier", NULL),
	MP("rds_domain_memberships", "aws_rds_domain_membership[]", PT_OLIST,
	    "[]", "DomainMemberships.DomainMembership",
	    &k_aws_rds_domain_membership),
	MP("rds_copy_tags_to_snapshot", "boolean", PT_BOOL, NULL,
	    "CopyTagsToSnapshot", NULL),
	MP("rds_monitoring_interval", "int64", PT_INT, NULL,
	    "MonitoringInterval", NULL),
	MP("rds_enhanced_monitoring_resource_arn", "string", PT_STRING, NULL,
	    "EnhancedMonitoringResourceArn", NULL),
	MP("rds_monitoring_role_arn", "string", PT_STRING, NULL,
	    "MonitoringRoleArn", NULL),
	MP("rds_promotion_tier", "int64", PT_INT, NULL, "PromotionTier", NULL),
	MP("rds_timezone", "string", PT_STRING, NULL, "Timezone", NULL),
	MP("rds_iam_database_authentication_enabled", "boolean", PT_BOOL, NULL,
	    "IAMDatabaseAuthenticationEnabled", NULL),
	MP("rds_performance_insights_enabled", "boolean", PT_BOOL, NULL,
	    "PerformanceInsightsEnabled", NULL),
	MP("rds_performance_insights_kms_key_id", "string", PT_STRING, NULL,
	    "PerformanceInsightsKMSKeyId", NULL),
	MP("rds_performance_insights_retention_period", "int64", PT_INT, NULL,
	    "PerformanceInsightsRetentionPeriod", NULL),
	MP("rds_enabled_cloudwatch_logs_exports", "string[]", PT_LIST, "[]",
	    "EnabledCloudwatchLogsExports[]", NULL),
	MP("rds_processor_features", "aws_rds_processor_feature[]", PT_OLIST,
	    "[]", "ProcessorFeatures.ProcessorFeature",
	    &k_aws_rds_processor_feature),
	MP("rds_deletion_protection", "boolean", PT_BOOL, NULL,
	    "DeletionProtection", NULL),
	MP("rds_associated_roles", "aws_rds_db_role[]", PT_OLIST, "[]",
	    "AssociatedRoles.DBInstanceRole", &k_aws_rds_db_role),
	MP("rds_listener_endpoint", "aws_rds_endpoint", PT_OBJECT, NULL,
	    "ListenerEndpoint", &k_aws_rds_endpoint),
	MP("rds_max_allocated_storage", "int64", PT_INT, NULL,
	    "MaxAllocatedStorage", NULL),
	MP("rds_db_instance_automated_backups_replications", "string[]",
	    PT_LIST,
	    "[]",
	    "DBInstanceAutomatedBackupsReplications."
	    "DBInstanceAutomatedBackupsReplication[]."
	    "DBInstanceAutomatedBackupsArn",
	    NULL),
	MP("rds_customer_owned_ip_enabled", "boolean", PT_BOOL, NULL,
	    "CustomerOwnedIpEnabled", NULL),
	MP("rds_aws_backup_recovery_point_arn", "string", PT_STRING, NULL,
	    "AwsBackupRecoveryPointArn", NULL),
	MP("rds_activity_stream_status", "string", PT_STRING, NULL,
	    "ActivityStreamStatus", NULL),
	MP("rds_activity_stream_kms_key_id", "string", PT_STRING, NULL,
	    "ActivityStreamKmsKeyId", NULL),
	MP("rds_activity_stream_kinesis_stream_name", "string", PT_STRING, NULL,
	    "ActivityStreamKinesisStreamName", NULL),
	MP("rds_activity_stream_mode", "string", PT_STRING, NULL,
	    "ActivityStreamMode", NULL),
	MP("rds_activity_stream_engine_native_audit_fields_included", "boolean",
	    PT_BOOL, NULL, "ActivityStreamEngineNativeAuditFieldsIncluded",
	    NULL),
	MP("rds_automation_mode", "string", PT_STRING, NULL, "AutomationMode",
	    NULL),
	MP("rds_resume_full_automation_mode_time", "datetime", PT_DATETIME,
	    NULL,
	    "ResumeFullAutomationModeTime", NULL),
	MP("rds_custom_iam_instance_profile", "string", PT_STRING, NULL,
	    "CustomIamInstanceProfile", NULL),
	MP("rds_backup_target", "string", PT_STRING, NULL, "BackupTarget",
	    NULL),
	MP("rds_network_type", "string", PT_STRING, NULL, "NetworkType", NULL),
};

const struct kind kind_aws_rds_instance = { "aws_rds_instance",
	RDS "AwsRdsInstance", KIND_BASES(&kind_aws_resource, &kind_database),
	KIND_PROPS(p_aws_rds_instance), NULL, NULL,
	"{\"default\": [\"aws_kms_key\"]}", 0 };

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
	/* set by the collect (collect.c: CloudWatch, fallback_time) */
	TM("atime", "_atime"),
	TM("mtime", "_mtime"),
	TM_END
};
/* the last connection is the atime and mtime (the reference's
 * update_atime_mtime) */
static const struct tmetric cw_rds[] = {
	{ "DatabaseConnections", "AWS/RDS", "DBInstanceIdentifier", "Sum",
	    "Count", NULL, TMT_ATIME | TMT_MTIME },
	{ NULL, NULL, NULL, NULL, NULL, NULL, 0 }
};
static const struct tedge e_rds[] = {
	{ "VpcSecurityGroups.VpcSecurityGroupMembership[].VpcSecurityGroupId",
	    &kind_aws_ec2_security_group, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "DBSubnetGroup.VpcId", &kind_aws_vpc,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "DBSubnetGroup.Subnets.Subnet[].SubnetIdentifier",
	    &kind_aws_ec2_subnet, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "KmsKeyId", &kind_aws_kms_key, TE_DEPENDANT | TE_ARN_TAIL },
	{ "PerformanceInsightsKMSKeyId", &kind_aws_kms_key,
	    TE_DEPENDANT | TE_ARN_TAIL },
	{ "ActivityStreamKmsKeyId", &kind_aws_kms_key,
	    TE_DEPENDANT | TE_ARN_TAIL },
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
	    .flags = TK_TIMES, .times = cw_rds },
	{ .kind = NULL }
};

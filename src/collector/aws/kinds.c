/*
 * aws/kinds: the model of the AWS collector's part-1 kinds (Resoto 3.6.5's
 * resoto_plugin_aws resource classes): the AWS base kinds, the EC2 and
 * VPC resource kinds and the complex kinds their properties use, with
 * each property's place in the EC2 answer (kprop.src, element names of
 * the EC2 Query API's XML). Properties the resource kinds' bases declare
 * are mapped in the tables (aws/ec2.c).
 */
#include "collector/aws/aws.h"
#include "collector/kind.h"

#define AWS	"resoto_plugin_aws.resource.base."
#define EC2	"resoto_plugin_aws.resource.ec2."
#define REGION_SUCC	"{\"default\": [" \
	"\"aws_ec2_elastic_ip\", \"aws_ec2_instance\", " \
	"\"aws_ec2_instance_type\", \"aws_ec2_internet_gateway\", " \
	"\"aws_ec2_keypair\", \"aws_ec2_nat_gateway\", " \
	"\"aws_ec2_network_interface\", \"aws_ec2_route_table\", " \
	"\"aws_ec2_security_group\", \"aws_ec2_snapshot\", " \
	"\"aws_ec2_subnet\", \"aws_ec2_volume\", \"aws_ec2_volume_type\", " \
	"\"aws_vpc\", \"aws_elb\", \"aws_alb\", \"aws_alb_target_group\", " \
	"\"aws_s3_bucket\", \"aws_autoscaling_group\", " \
	"\"aws_cloudwatch_alarm\", \"aws_rds_instance\", \"aws_iam_role\", " \
	"\"aws_iam_policy\", \"aws_iam_instance_profile\", \"aws_iam_group\", " \
	"\"aws_iam_user\", \"aws_eks_cluster\"]}"
/* a complex kind used by properties (no bases, not a resource) */
#define NK(n, cls)	static const struct kind k_##n = { #n, EC2 cls, NULL, \
	KIND_PROPS(p_##n), NULL, NULL, NULL, 0 }
#define P(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }

static const struct kind k_aws_ec2_route_table_association_state;
static const struct kind k_aws_ec2_route;
static const struct kind k_aws_ec2_route_table_association;
static const struct kind k_aws_ec2_internet_gateway_attachment;
static const struct kind k_aws_ec2_provisioned_bandwidth;
static const struct kind k_aws_ec2_nat_gateway_address;
static const struct kind k_aws_ec2_user_id_group_pair;
static const struct kind k_aws_ec2_prefix_list_id;
static const struct kind k_aws_ec2_ipv6_range;
static const struct kind k_aws_ec2_ip_range;
static const struct kind k_aws_ec2_ip_permission;
static const struct kind k_aws_ec2_subnet_cidr_block_state;
static const struct kind k_aws_ec2_private_dns_name_options_on_launch;
static const struct kind k_aws_ec2_subnet_ipv6_cidr_block_association;
static const struct kind k_aws_vpc_cidr_block_state;
static const struct kind k_aws_vpc_cidr_block_association;
static const struct kind k_aws_vpc_ipv6_cidr_block_association;
static const struct kind k_aws_ec2_tag;
static const struct kind k_aws_ec2_network_interface_private_ip_address;
static const struct kind k_aws_ec2_network_interface_attachment;
static const struct kind k_aws_ec2_network_interface_association;
static const struct kind k_aws_ec2_capacity_reservation_target_response;
static const struct kind k_aws_ec2_instance_private_ip_address;
static const struct kind k_aws_ec2_instance_network_interface_attachment;
static const struct kind k_aws_ec2_instance_network_interface_association;
static const struct kind k_aws_ec2_ebs_instance_block_device;
static const struct kind k_aws_ec2_private_dns_name_options_response;
static const struct kind k_aws_ec2_instance_metadata_options_response;
static const struct kind k_aws_ec2_capacity_reservation_specification_response;
static const struct kind k_aws_ec2_cpu_options;
static const struct kind k_aws_ec2_state_reason;
static const struct kind k_aws_ec2_group_identifier;
static const struct kind k_aws_ec2_instance_network_interface;
static const struct kind k_aws_ec2_elastic_inference_accelerator_association;
static const struct kind k_aws_ec2_elastic_gpu_association;
static const struct kind k_aws_ec2_iam_instance_profile;
static const struct kind k_aws_ec2_instance_block_device_mapping;
static const struct kind k_aws_ec2_instance_state;
static const struct kind k_aws_ec2_product_code;
static const struct kind k_aws_ec2_placement;
static const struct kind k_aws_ec2_volume_attachment;
static const struct kind k_aws_ec2_inference_device_info;
static const struct kind k_aws_ec2_fpga_device_info;
static const struct kind k_aws_ec2_gpu_device_info;
static const struct kind k_aws_ec2_network_card_info;
static const struct kind k_aws_ec2_ebs_optimized_info;
static const struct kind k_aws_ec2_disk_info;
static const struct kind k_aws_ec2_inference_accelerator_info;
static const struct kind k_aws_ec2_placement_group_info;
static const struct kind k_aws_ec2_fpga_info;
static const struct kind k_aws_ec2_gpu_info;
static const struct kind k_aws_ec2_network_info;
static const struct kind k_aws_ec2_ebs_info;
static const struct kind k_aws_ec2_instance_storage_info;
static const struct kind k_aws_ec2_v_cpu_info;
static const struct kind k_aws_ec2_processor_info;

static const struct kprop p_aws_resource[] = {
	P("arn", "string", PT_STRING, NULL, NULL, NULL),
};
const struct kind kind_aws_resource = { "aws_resource", AWS "AwsResource",
	KIND_BASES(&kind_resource), KIND_PROPS(p_aws_resource), NULL, NULL,
	NULL, 0 };

/* filled from iam:GetAccountSummary and GetAccountPasswordPolicy */
static const struct kprop p_aws_account[] = {
	P("account_alias", "string", PT_STRING, "\"\"", NULL, NULL),
	P("role", "string", PT_STRING, NULL, NULL, NULL),
	P("profile", "string", PT_STRING, NULL, NULL, NULL),
	P("partition", "string", PT_STRING, "\"aws\"", NULL, NULL),
	P("users", "int64", PT_INT, "0", "Users", NULL),
	P("groups", "int64", PT_INT, "0", "Groups", NULL),
	P("account_mfa_enabled", "int64", PT_INT, "0", "AccountMFAEnabled",
	    NULL),
	P("account_access_keys_present", "int64", PT_INT, "0",
	    "AccountAccessKeysPresent", NULL),
	P("account_signing_certificates_present", "int64", PT_INT, "0",
	    "AccountSigningCertificatesPresent", NULL),
	P("mfa_devices", "int64", PT_INT, "0", "MFADevices", NULL),
	P("mfa_devices_in_use", "int64", PT_INT, "0", "MFADevicesInUse", NULL),
	P("policies", "int64", PT_INT, "0", "Policies", NULL),
	P("policy_versions_in_use", "int64", PT_INT, "0",
	    "PolicyVersionsInUse", NULL),
	P("global_endpoint_token_version", "int64", PT_INT, "0",
	    "GlobalEndpointTokenVersion", NULL),
	P("server_certificates", "int64", PT_INT, "0", "ServerCertificates",
	    NULL),
	P("minimum_password_length", "int64", PT_INT, NULL,
	    "policy.MinimumPasswordLength", NULL),
	P("require_symbols", "boolean", PT_BOOL, NULL, "policy.RequireSymbols",
	    NULL),
	P("require_numbers", "boolean", PT_BOOL, NULL, "policy.RequireNumbers",
	    NULL),
	P("require_uppercase_characters", "boolean", PT_BOOL, NULL,
	    "policy.RequireUppercaseCharacters", NULL),
	P("require_lowercase_characters", "boolean", PT_BOOL, NULL,
	    "policy.RequireLowercaseCharacters", NULL),
	P("allow_users_to_change_password", "boolean", PT_BOOL, NULL,
	    "policy.AllowUsersToChangePassword", NULL),
	P("expire_passwords", "boolean", PT_BOOL, NULL,
	    "policy.ExpirePasswords", NULL),
	P("max_password_age", "int64", PT_INT, "0", "policy.MaxPasswordAge",
	    NULL),
	P("password_reuse_prevention", "int64", PT_INT, "0",
	    "policy.PasswordReusePrevention", NULL),
	P("hard_expiry", "boolean", PT_BOOL, NULL, "policy.HardExpiry", NULL),
};
const struct kind kind_aws_account = { "aws_account", AWS "AwsAccount",
	KIND_BASES(&kind_account, &kind_aws_resource),
	KIND_PROPS(p_aws_account), NULL, NULL,
	/* and the root user, whose predecessor it is (iam.c) */
	"{\"default\": [\"aws_region\", \"aws_root_user\"]}", 0 };

/* AWS public launch date: the ctime of every region */
static const struct kprop p_aws_region[] = {
	P("ctime", "datetime", PT_DATETIME, "\"2006-03-19T00:00:00Z\"", NULL,
	    NULL),
};
const struct kind kind_aws_region = { "aws_region", AWS "AwsRegion",
	KIND_BASES(&kind_region, &kind_aws_resource), KIND_PROPS(p_aws_region),
	NULL, NULL, REGION_SUCC, 0 };

const struct kind kind_aws_ec2_volume_type = { "aws_ec2_volume_type",
	AWS "AwsEc2VolumeType", KIND_BASES(&kind_aws_resource,
	&kind_volume_type), NULL, 0, NULL, NULL,
	"{\"default\": [\"aws_ec2_volume\"]}", 0 };

static const struct kprop p_aws_ec2_route_table_association_state[] = {
	P("state", "string", PT_STRING, NULL, "state", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
};
NK(aws_ec2_route_table_association_state, "AwsEc2RouteTableAssociationState");

static const struct kprop p_aws_ec2_route[] = {
	P("destination_cidr_block", "string", PT_STRING, NULL,
	    "destinationCidrBlock", NULL),
	P("destination_ipv6_cidr_block", "string", PT_STRING, NULL,
	    "destinationIpv6CidrBlock", NULL),
	P("destination_prefix_list_id", "string", PT_STRING, NULL,
	    "destinationPrefixListId", NULL),
	P("egress_only_internet_gateway_id", "string", PT_STRING, NULL,
	    "egressOnlyInternetGatewayId", NULL),
	P("gateway_id", "string", PT_STRING, NULL, "gatewayId", NULL),
	P("instance_id", "string", PT_STRING, NULL, "instanceId", NULL),
	P("instance_owner_id", "string",
	    PT_STRING, NULL, "instanceOwnerId", NULL),
	P("nat_gateway_id", "string", PT_STRING, NULL, "natGatewayId", NULL),
	P("transit_gateway_id", "string",
	    PT_STRING, NULL, "transitGatewayId", NULL),
	P("local_gateway_id", "string",
	    PT_STRING, NULL, "localGatewayId", NULL),
	P("carrier_gateway_id", "string",
	    PT_STRING, NULL, "carrierGatewayId", NULL),
	P("network_interface_id", "string", PT_STRING, NULL,
	    "networkInterfaceId", NULL),
	P("origin", "string", PT_STRING, NULL, "origin", NULL),
	P("state", "string", PT_STRING, NULL, "state", NULL),
	P("vpc_peering_connection_id", "string", PT_STRING, NULL,
	    "vpcPeeringConnectionId", NULL),
	P("core_network_arn", "string",
	    PT_STRING, NULL, "coreNetworkArn", NULL),
};
NK(aws_ec2_route, "AwsEc2Route");

static const struct kprop p_aws_ec2_route_table_association[] = {
	P("main", "boolean", PT_BOOL, NULL, "main", NULL),
	P("route_table_association_id", "string", PT_STRING, NULL,
	    "routeTableAssociationId", NULL),
	P("route_table_id", "string", PT_STRING, NULL, "routeTableId", NULL),
	P("subnet_id", "string", PT_STRING, NULL, "subnetId", NULL),
	P("gateway_id", "string", PT_STRING, NULL, "gatewayId", NULL),
	P("association_state", "aws_ec2_route_table_association_state",
	    PT_OBJECT, NULL,
	    "associationState", &k_aws_ec2_route_table_association_state),
};
NK(aws_ec2_route_table_association, "AwsEc2RouteTableAssociation");

static const struct kprop p_aws_ec2_route_table[] = {
	P("route_table_associations", "aws_ec2_route_table_association[]",
	    PT_OLIST, "[]",
	    "associationSet", &k_aws_ec2_route_table_association),
	P("route_table_propagating_vgws", "string[]", PT_LIST, "[]",
	    "propagatingVgwSet[].gatewayId", NULL),
	P("route_table_routes", "aws_ec2_route[]", PT_OLIST, "[]",
	    "routeSet", &k_aws_ec2_route),
	P("owner_id", "string", PT_STRING, NULL, "ownerId", NULL),
};
const struct kind kind_aws_ec2_route_table = {
	"aws_ec2_route_table", EC2 "AwsEc2RouteTable",
	KIND_BASES(&kind_aws_resource, &kind_routing_table),
	KIND_PROPS(p_aws_ec2_route_table),
	NULL, NULL, NULL, 0 };

static const struct kprop p_aws_ec2_internet_gateway_attachment[] = {
	P("state", "string", PT_STRING, NULL, "state", NULL),
	P("vpc_id", "string", PT_STRING, NULL, "vpcId", NULL),
};
NK(aws_ec2_internet_gateway_attachment, "AwsEc2InternetGatewayAttachment");

static const struct kprop p_aws_ec2_internet_gateway[] = {
	P("gateway_attachments", "aws_ec2_internet_gateway_attachment[]",
	    PT_OLIST, "[]",
	    "attachmentSet", &k_aws_ec2_internet_gateway_attachment),
};
const struct kind kind_aws_ec2_internet_gateway = {
	"aws_ec2_internet_gateway", EC2 "AwsEc2InternetGateway",
	KIND_BASES(&kind_aws_resource, &kind_gateway),
	KIND_PROPS(p_aws_ec2_internet_gateway),
	NULL, NULL, NULL, 0 };

static const struct kprop p_aws_ec2_provisioned_bandwidth[] = {
	P("provision_time", "datetime",
	    PT_DATETIME, NULL, "provisionTime", NULL),
	P("provisioned", "string", PT_STRING, NULL, "provisioned", NULL),
	P("request_time", "datetime", PT_DATETIME, NULL, "requestTime", NULL),
	P("requested", "string", PT_STRING, NULL, "requested", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
NK(aws_ec2_provisioned_bandwidth, "AwsEc2ProvisionedBandwidth");

static const struct kprop p_aws_ec2_nat_gateway_address[] = {
	P("allocation_id", "string", PT_STRING, NULL, "allocationId", NULL),
	P("network_interface_id", "string", PT_STRING, NULL,
	    "networkInterfaceId", NULL),
	P("private_ip", "string", PT_STRING, NULL, "privateIp", NULL),
	P("public_ip", "string", PT_STRING, NULL, "publicIp", NULL),
};
NK(aws_ec2_nat_gateway_address, "AwsEc2NatGatewayAddress");

static const struct kprop p_aws_ec2_nat_gateway[] = {
	P("nat_delete_time", "datetime", PT_DATETIME, NULL, "deleteTime", NULL),
	P("nat_failure_code", "string", PT_STRING, NULL, "failureCode", NULL),
	P("nat_failure_message", "string",
	    PT_STRING, NULL, "failureMessage", NULL),
	P("nat_gateway_addresses", "aws_ec2_nat_gateway_address[]",
	    PT_OLIST, "[]",
	    "natGatewayAddressSet", &k_aws_ec2_nat_gateway_address),
	P("nat_provisioned_bandwidth", "aws_ec2_provisioned_bandwidth",
	    PT_OBJECT, NULL,
	    "provisionedBandwidth", &k_aws_ec2_provisioned_bandwidth),
	P("nat_state", "string", PT_STRING, NULL, "state", NULL),
	P("nat_connectivity_type", "string", PT_STRING, NULL,
	    "connectivityType", NULL),
};
const struct kind kind_aws_ec2_nat_gateway = {
	"aws_ec2_nat_gateway", EC2 "AwsEc2NatGateway",
	KIND_BASES(&kind_aws_resource, &kind_gateway),
	KIND_PROPS(p_aws_ec2_nat_gateway),
	NULL, NULL,
	    "{\"default\": [\"aws_vpc\", \"aws_ec2_subnet\", "
	    "\"aws_ec2_network_interface\"]}", 0 };

static const struct kprop p_aws_ec2_user_id_group_pair[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("group_id", "string", PT_STRING, NULL, "groupId", NULL),
	P("group_name", "string", PT_STRING, NULL, "groupName", NULL),
	P("peering_status", "string", PT_STRING, NULL, "peeringStatus", NULL),
	P("user_id", "string", PT_STRING, NULL, "userId", NULL),
	P("vpc_id", "string", PT_STRING, NULL, "vpcId", NULL),
	P("vpc_peering_connection_id", "string", PT_STRING, NULL,
	    "vpcPeeringConnectionId", NULL),
};
NK(aws_ec2_user_id_group_pair, "AwsEc2UserIdGroupPair");

static const struct kprop p_aws_ec2_prefix_list_id[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("prefix_list_id", "string", PT_STRING, NULL, "prefixListId", NULL),
};
NK(aws_ec2_prefix_list_id, "AwsEc2PrefixListId");

static const struct kprop p_aws_ec2_ipv6_range[] = {
	P("cidr_ipv6", "string", PT_STRING, NULL, "cidrIpv6", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
};
NK(aws_ec2_ipv6_range, "AwsEc2Ipv6Range");

static const struct kprop p_aws_ec2_ip_range[] = {
	P("cidr_ip", "string", PT_STRING, NULL, "cidrIp", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
};
NK(aws_ec2_ip_range, "AwsEc2IpRange");

static const struct kprop p_aws_ec2_ip_permission[] = {
	P("from_port", "int64", PT_INT, NULL, "fromPort", NULL),
	P("ip_protocol", "string", PT_STRING, NULL, "ipProtocol", NULL),
	P("ip_ranges", "aws_ec2_ip_range[]", PT_OLIST, "[]",
	    "ipRanges", &k_aws_ec2_ip_range),
	P("ipv6_ranges", "aws_ec2_ipv6_range[]", PT_OLIST, "[]",
	    "ipv6Ranges", &k_aws_ec2_ipv6_range),
	P("prefix_list_ids", "aws_ec2_prefix_list_id[]", PT_OLIST, "[]",
	    "prefixListIds", &k_aws_ec2_prefix_list_id),
	P("to_port", "int64", PT_INT, NULL, "toPort", NULL),
	P("user_id_group_pairs", "aws_ec2_user_id_group_pair[]", PT_OLIST, "[]",
	    "groups", &k_aws_ec2_user_id_group_pair),
};
NK(aws_ec2_ip_permission, "AwsEc2IpPermission");

static const struct kprop p_aws_ec2_security_group[] = {
	P("description", "string", PT_STRING, NULL, "groupDescription", NULL),
	P("group_ip_permissions", "aws_ec2_ip_permission[]", PT_OLIST, "[]",
	    "ipPermissions", &k_aws_ec2_ip_permission),
	P("group_ip_permissions_egress", "aws_ec2_ip_permission[]",
	    PT_OLIST, "[]",
	    "ipPermissionsEgress", &k_aws_ec2_ip_permission),
};
const struct kind kind_aws_ec2_security_group = {
	"aws_ec2_security_group", EC2 "AwsEc2SecurityGroup",
	KIND_BASES(&kind_aws_resource, &kind_security_group),
	KIND_PROPS(p_aws_ec2_security_group),
	NULL, NULL, "{\"default\": [\"aws_ec2_network_interface\"]}", 0 };

static const struct kprop p_aws_ec2_subnet_cidr_block_state[] = {
	P("state", "string", PT_STRING, NULL, "state", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
};
NK(aws_ec2_subnet_cidr_block_state, "AwsEc2SubnetCidrBlockState");

static const struct kprop p_aws_ec2_private_dns_name_options_on_launch[] = {
	P("hostname_type", "string", PT_STRING, NULL, "hostnameType", NULL),
	P("enable_resource_name_dns_a_record", "boolean", PT_BOOL, NULL,
	    "enableResourceNameDnsARecord", NULL),
	P("enable_resource_name_dns_aaaa_record", "boolean", PT_BOOL, NULL,
	    "enableResourceNameDnsAAAARecord", NULL),
};
NK(aws_ec2_private_dns_name_options_on_launch,
    "AwsEc2PrivateDnsNameOptionsOnLaunch");

static const struct kprop p_aws_ec2_subnet_ipv6_cidr_block_association[] = {
	P("association_id", "string", PT_STRING, NULL, "associationId", NULL),
	P("ipv6_cidr_block", "string", PT_STRING, NULL, "ipv6CidrBlock", NULL),
	P("ipv6_cidr_block_state", "aws_ec2_subnet_cidr_block_state",
	    PT_OBJECT, NULL,
	    "ipv6CidrBlockState", &k_aws_ec2_subnet_cidr_block_state),
};
NK(aws_ec2_subnet_ipv6_cidr_block_association,
    "AwsEc2SubnetIpv6CidrBlockAssociation");

static const struct kprop p_aws_ec2_subnet[] = {
	P("subnet_availability_zone", "string", PT_STRING, NULL,
	    "availabilityZone", NULL),
	P("subnet_availability_zone_id", "string", PT_STRING, NULL,
	    "availabilityZoneId", NULL),
	P("subnet_available_ip_address_count", "int64", PT_INT, NULL,
	    "availableIpAddressCount", NULL),
	P("subnet_cidr_block", "string", PT_STRING, NULL, "cidrBlock", NULL),
	P("subnet_default_for_az", "boolean",
	    PT_BOOL, NULL, "defaultForAz", NULL),
	P("subnet_enable_lni_at_device_index", "int64", PT_INT, NULL,
	    "enableLniAtDeviceIndex", NULL),
	P("subnet_map_public_ip_on_launch", "boolean", PT_BOOL, NULL,
	    "mapPublicIpOnLaunch", NULL),
	P("subnet_map_customer_owned_ip_on_launch", "boolean", PT_BOOL, NULL,
	    "mapCustomerOwnedIpOnLaunch", NULL),
	P("subnet_customer_owned_ipv4_pool", "string", PT_STRING, NULL,
	    "customerOwnedIpv4Pool", NULL),
	P("subnet_state", "string", PT_STRING, NULL, "state", NULL),
	P("subnet_assign_ipv6_address_on_creation", "boolean", PT_BOOL, NULL,
	    "assignIpv6AddressOnCreation", NULL),
	P("subnet_ipv6_cidr_block_association_set",
	    "aws_ec2_subnet_ipv6_cidr_block_association[]",
	    PT_OLIST, "[]",
	    "ipv6CidrBlockAssociationSet",
	    &k_aws_ec2_subnet_ipv6_cidr_block_association),
	P("subnet_outpost_arn", "string", PT_STRING, NULL, "outpostArn", NULL),
	P("subnet_enable_dns64", "boolean", PT_BOOL, NULL, "enableDns64", NULL),
	P("subnet_ipv6_native", "boolean", PT_BOOL, NULL, "ipv6Native", NULL),
	P("subnet_private_dns_name_options_on_launch",
	    "aws_ec2_private_dns_name_options_on_launch",
	    PT_OBJECT, NULL,
	    "privateDnsNameOptionsOnLaunch",
	    &k_aws_ec2_private_dns_name_options_on_launch),
};
const struct kind kind_aws_ec2_subnet = { "aws_ec2_subnet", EC2 "AwsEc2Subnet",
	KIND_BASES(&kind_aws_resource, &kind_subnet),
	KIND_PROPS(p_aws_ec2_subnet),
	NULL, NULL,
	    "{\"delete\": [\"aws_ec2_nat_gateway\"], "
	    "\"default\": [\"aws_ec2_network_interface\"]}", 0 };

static const struct kprop p_aws_vpc_cidr_block_state[] = {
	P("state", "string", PT_STRING, NULL, "state", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
};
NK(aws_vpc_cidr_block_state, "AwsEc2VpcCidrBlockState");

static const struct kprop p_aws_vpc_cidr_block_association[] = {
	P("association_id", "string", PT_STRING, NULL, "associationId", NULL),
	P("cidr_block", "string", PT_STRING, NULL, "cidrBlock", NULL),
	P("cidr_block_state", "aws_vpc_cidr_block_state", PT_OBJECT, NULL,
	    "cidrBlockState", &k_aws_vpc_cidr_block_state),
};
NK(aws_vpc_cidr_block_association, "AwsEc2VpcCidrBlockAssociation");

static const struct kprop p_aws_vpc_ipv6_cidr_block_association[] = {
	P("association_id", "string", PT_STRING, NULL, "associationId", NULL),
	P("ipv6_cidr_block", "string", PT_STRING, NULL, "ipv6CidrBlock", NULL),
	P("ipv6_cidr_block_state", "aws_vpc_cidr_block_state", PT_OBJECT, NULL,
	    "ipv6CidrBlockState", &k_aws_vpc_cidr_block_state),
	P("network_border_group", "string", PT_STRING, NULL,
	    "networkBorderGroup", NULL),
	P("ipv6_pool", "string", PT_STRING, NULL, "ipv6Pool", NULL),
};
NK(aws_vpc_ipv6_cidr_block_association, "AwsEc2VpcIpv6CidrBlockAssociation");

static const struct kprop p_aws_vpc[] = {
	P("vpc_cidr_block", "string", PT_STRING, NULL, "cidrBlock", NULL),
	P("vpc_dhcp_options_id", "string",
	    PT_STRING, NULL, "dhcpOptionsId", NULL),
	P("vpc_state", "string", PT_STRING, NULL, "state", NULL),
	P("vpc_instance_tenancy", "string",
	    PT_STRING, NULL, "instanceTenancy", NULL),
	P("vpc_ipv6_cidr_block_association_set",
	    "aws_vpc_ipv6_cidr_block_association[]",
	    PT_OLIST, "[]",
	    "ipv6CidrBlockAssociationSet",
	    &k_aws_vpc_ipv6_cidr_block_association),
	P("vpc_cidr_block_association_set", "aws_vpc_cidr_block_association[]",
	    PT_OLIST, "[]",
	    "cidrBlockAssociationSet", &k_aws_vpc_cidr_block_association),
	P("vpc_is_default", "boolean", PT_BOOL, NULL, "isDefault", NULL),
};
const struct kind kind_aws_vpc = { "aws_vpc", EC2 "AwsEc2Vpc",
	KIND_BASES(&kind_aws_resource, &kind_network), KIND_PROPS(p_aws_vpc),
	NULL, NULL,
	    "{\"default\": [\"aws_ec2_internet_gateway\", "
	    "\"aws_ec2_subnet\", \"aws_ec2_security_group\", "
	    "\"aws_ec2_route_table\", \"aws_ec2_instance\", "
	    "\"aws_ec2_network_interface\"], "
	    "\"delete\": [\"aws_ec2_internet_gateway\", "
	    "\"aws_ec2_subnet\", \"aws_ec2_security_group\", "
	    "\"aws_ec2_route_table\", \"aws_ec2_nat_gateway\", "
	    "\"aws_ec2_instance\", \"aws_ec2_network_interface\"]}", 0 };

static const struct kprop p_aws_ec2_tag[] = {
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
NK(aws_ec2_tag, "AwsEc2Tag");

static const struct kprop p_aws_ec2_network_interface_private_ip_address[] = {
	P("association", "aws_ec2_network_interface_association",
	    PT_OBJECT, NULL,
	    "association", &k_aws_ec2_network_interface_association),
	P("primary", "boolean", PT_BOOL, NULL, "primary", NULL),
	P("private_dns_name", "string",
	    PT_STRING, NULL, "privateDnsName", NULL),
	P("private_ip_address", "string",
	    PT_STRING, NULL, "privateIpAddress", NULL),
};
NK(aws_ec2_network_interface_private_ip_address,
    "AwsEc2NetworkInterfacePrivateIpAddress");

static const struct kprop p_aws_ec2_network_interface_attachment[] = {
	P("attach_time", "datetime", PT_DATETIME, NULL, "attachTime", NULL),
	P("attachment_id", "string", PT_STRING, NULL, "attachmentId", NULL),
	P("delete_on_termination", "boolean", PT_BOOL, NULL,
	    "deleteOnTermination", NULL),
	P("device_index", "int64", PT_INT, NULL, "deviceIndex", NULL),
	P("network_card_index", "int64",
	    PT_INT, NULL, "networkCardIndex", NULL),
	P("instance_id", "string", PT_STRING, NULL, "instanceId", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
NK(aws_ec2_network_interface_attachment, "AwsEc2NetworkInterfaceAttachment");

static const struct kprop p_aws_ec2_network_interface_association[] = {
	P("allocation_id", "string", PT_STRING, NULL, "allocationId", NULL),
	P("association_id", "string", PT_STRING, NULL, "associationId", NULL),
	P("public_dns_name", "string", PT_STRING, NULL, "publicDnsName", NULL),
	P("public_ip", "string", PT_STRING, NULL, "publicIp", NULL),
	P("customer_owned_ip", "string",
	    PT_STRING, NULL, "customerOwnedIp", NULL),
	P("carrier_ip", "string", PT_STRING, NULL, "carrierIp", NULL),
};
NK(aws_ec2_network_interface_association, "AwsEc2NetworkInterfaceAssociation");

static const struct kprop p_aws_ec2_network_interface[] = {
	P("nic_association", "aws_ec2_network_interface_association",
	    PT_OBJECT, NULL,
	    "association", &k_aws_ec2_network_interface_association),
	P("nic_attachment", "aws_ec2_network_interface_attachment",
	    PT_OBJECT, NULL,
	    "attachment", &k_aws_ec2_network_interface_attachment),
	P("nic_availability_zone", "string", PT_STRING, NULL,
	    "availabilityZone", NULL),
	P("nic_groups", "aws_ec2_group_identifier[]", PT_OLIST, "[]",
	    "groupSet", &k_aws_ec2_group_identifier),
	P("nic_outpost_arn", "string", PT_STRING, NULL, "outpostArn", NULL),
	P("nic_private_dns_name", "string",
	    PT_STRING, NULL, "privateDnsName", NULL),
	P("nic_private_ip_address", "string", PT_STRING, NULL,
	    "privateIpAddress", NULL),
	P("nic_private_ip_addresses",
	    "aws_ec2_network_interface_private_ip_address[]",
	    PT_OLIST, "[]",
	    "privateIpAddressesSet",
	    &k_aws_ec2_network_interface_private_ip_address),
	P("nic_ipv4_prefixes", "string[]", PT_LIST, "[]",
	    "ipv4PrefixSet[].ipv4Prefix", NULL),
	P("nic_ipv6_prefixes", "string[]", PT_LIST, "[]",
	    "ipv6PrefixSet[].ipv6Prefix", NULL),
	P("nic_requester_id", "string", PT_STRING, NULL, "requesterId", NULL),
	P("nic_requester_managed", "boolean",
	    PT_BOOL, NULL, "requesterManaged", NULL),
	P("nic_source_dest_check", "boolean",
	    PT_BOOL, NULL, "sourceDestCheck", NULL),
	P("nic_subnet_id", "string", PT_STRING, NULL, "subnetId", NULL),
	P("nic_tag_set", "aws_ec2_tag[]",
	    PT_OLIST, "[]", "tagSet", &k_aws_ec2_tag),
	P("nic_deny_all_igw_traffic", "boolean", PT_BOOL, NULL,
	    "denyAllIgwTraffic", NULL),
	P("nic_ipv6_native", "boolean", PT_BOOL, NULL, "ipv6Native", NULL),
	P("nic_ipv6_address", "string", PT_STRING, NULL, "ipv6Address", NULL),
};
const struct kind kind_aws_ec2_network_interface = {
	"aws_ec2_network_interface", EC2 "AwsEc2NetworkInterface",
	KIND_BASES(&kind_aws_resource, &kind_network_interface),
	KIND_PROPS(p_aws_ec2_network_interface),
	NULL, NULL,
	    "{\"default\": [\"aws_ec2_elastic_ip\"], "
	    "\"delete\": [\"aws_ec2_nat_gateway\"]}", 0 };

static const struct kprop p_aws_ec2_elastic_ip[] = {
	P("public_ip", "string", PT_STRING, NULL, "publicIp", NULL),
	P("private_ip_address", "string",
	    PT_STRING, NULL, "privateIpAddress", NULL),
	P("ip_allocation_id", "string", PT_STRING, NULL, "allocationId", NULL),
	P("ip_association_id", "string",
	    PT_STRING, NULL, "associationId", NULL),
	P("ip_domain", "string", PT_STRING, NULL, "domain", NULL),
	P("ip_network_interface_id", "string", PT_STRING, NULL,
	    "networkInterfaceId", NULL),
	P("ip_public_ipv4_pool", "string",
	    PT_STRING, NULL, "publicIpv4Pool", NULL),
	P("ip_network_border_group", "string", PT_STRING, NULL,
	    "networkBorderGroup", NULL),
	P("ip_customer_owned_ip", "string",
	    PT_STRING, NULL, "customerOwnedIp", NULL),
	P("ip_customer_owned_ipv4_pool", "string", PT_STRING, NULL,
	    "customerOwnedIpv4Pool", NULL),
	P("ip_carrier_ip", "string", PT_STRING, NULL, "carrierIp", NULL),
};
const struct kind kind_aws_ec2_elastic_ip = {
	"aws_ec2_elastic_ip", EC2 "AwsEc2ElasticIp",
	KIND_BASES(&kind_aws_resource, &kind_ip_address),
	KIND_PROPS(p_aws_ec2_elastic_ip),
	NULL, NULL,
	    "{\"delete\": [\"aws_ec2_instance\", "
	    "\"aws_ec2_network_interface\"]}", 0 };

static const struct kprop p_aws_ec2_capacity_reservation_target_response[] = {
	P("capacity_reservation_id", "string", PT_STRING, NULL,
	    "capacityReservationId", NULL),
	P("capacity_reservation_resource_group_arn", "string", PT_STRING, NULL,
	    "capacityReservationResourceGroupArn", NULL),
};
NK(aws_ec2_capacity_reservation_target_response,
    "AwsEc2CapacityReservationTargetResponse");

static const struct kprop p_aws_ec2_instance_private_ip_address[] = {
	P("association", "aws_ec2_instance_network_interface_association",
	    PT_OBJECT, NULL,
	    "association", &k_aws_ec2_instance_network_interface_association),
	P("primary", "boolean", PT_BOOL, NULL, "primary", NULL),
	P("private_dns_name", "string",
	    PT_STRING, NULL, "privateDnsName", NULL),
	P("private_ip_address", "string",
	    PT_STRING, NULL, "privateIpAddress", NULL),
};
NK(aws_ec2_instance_private_ip_address, "AwsEc2InstancePrivateIpAddress");

static const struct kprop p_aws_ec2_instance_network_interface_attachment[] = {
	P("attach_time", "datetime", PT_DATETIME, NULL, "attachTime", NULL),
	P("attachment_id", "string", PT_STRING, NULL, "attachmentId", NULL),
	P("delete_on_termination", "boolean", PT_BOOL, NULL,
	    "deleteOnTermination", NULL),
	P("device_index", "int64", PT_INT, NULL, "deviceIndex", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("network_card_index", "int64",
	    PT_INT, NULL, "networkCardIndex", NULL),
};
NK(aws_ec2_instance_network_interface_attachment,
    "AwsEc2InstanceNetworkInterfaceAttachment");

static const struct kprop p_aws_ec2_instance_network_interface_association[] = {
	P("carrier_ip", "string", PT_STRING, NULL, "carrierIp", NULL),
	P("customer_owned_ip", "string",
	    PT_STRING, NULL, "customerOwnedIp", NULL),
	P("owner_id", "string", PT_STRING, NULL, "ipOwnerId", NULL),
	P("public_dns_name", "string", PT_STRING, NULL, "publicDnsName", NULL),
	P("public_ip", "string", PT_STRING, NULL, "publicIp", NULL),
};
NK(aws_ec2_instance_network_interface_association,
    "AwsEc2InstanceNetworkInterfaceAssociation");

static const struct kprop p_aws_ec2_ebs_instance_block_device[] = {
	P("attach_time", "datetime", PT_DATETIME, NULL, "attachTime", NULL),
	P("delete_on_termination", "boolean", PT_BOOL, NULL,
	    "deleteOnTermination", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("volume_id", "string", PT_STRING, NULL, "volumeId", NULL),
};
NK(aws_ec2_ebs_instance_block_device, "AwsEc2EbsInstanceBlockDevice");

static const struct kprop p_aws_ec2_private_dns_name_options_response[] = {
	P("hostname_type", "string", PT_STRING, NULL, "hostnameType", NULL),
	P("enable_resource_name_dns_a_record", "boolean", PT_BOOL, NULL,
	    "enableResourceNameDnsARecord", NULL),
	P("enable_resource_name_dns_aaaa_record", "boolean", PT_BOOL, NULL,
	    "enableResourceNameDnsAAAARecord", NULL),
};
NK(aws_ec2_private_dns_name_options_response,
    "AwsEc2PrivateDnsNameOptionsResponse");

static const struct kprop p_aws_ec2_instance_metadata_options_response[] = {
	P("state", "string", PT_STRING, NULL, "state", NULL),
	P("http_tokens", "string", PT_STRING, NULL, "httpTokens", NULL),
	P("http_put_response_hop_limit", "int64", PT_INT, NULL,
	    "httpPutResponseHopLimit", NULL),
	P("http_endpoint", "string", PT_STRING, NULL, "httpEndpoint", NULL),
	P("http_protocol_ipv6", "string",
	    PT_STRING, NULL, "httpProtocolIpv6", NULL),
	P("instance_metadata_tags", "string", PT_STRING, NULL,
	    "instanceMetadataTags", NULL),
};
NK(aws_ec2_instance_metadata_options_response,
    "AwsEc2InstanceMetadataOptionsResponse");

static const struct kprop
p_aws_ec2_capacity_reservation_specification_response[] = {
	P("capacity_reservation_preference", "string", PT_STRING, NULL,
	    "capacityReservationPreference", NULL),
	P("capacity_reservation_target",
	    "aws_ec2_capacity_reservation_target_response",
	    PT_OBJECT, NULL,
	    "capacityReservationTarget",
	    &k_aws_ec2_capacity_reservation_target_response),
};
NK(aws_ec2_capacity_reservation_specification_response,
    "AwsEc2CapacityReservationSpecificationResponse");

static const struct kprop p_aws_ec2_cpu_options[] = {
	P("core_count", "int64", PT_INT, NULL, "coreCount", NULL),
	P("threads_per_core", "int64", PT_INT, NULL, "threadsPerCore", NULL),
};
NK(aws_ec2_cpu_options, "AwsEc2CpuOptions");

static const struct kprop p_aws_ec2_state_reason[] = {
	P("code", "string", PT_STRING, NULL, "code", NULL),
	P("message", "string", PT_STRING, NULL, "message", NULL),
};
NK(aws_ec2_state_reason, "AwsEc2StateReason");

static const struct kprop p_aws_ec2_group_identifier[] = {
	P("group_name", "string", PT_STRING, NULL, "groupName", NULL),
	P("group_id", "string", PT_STRING, NULL, "groupId", NULL),
};
NK(aws_ec2_group_identifier, "AwsEc2GroupIdentifier");

static const struct kprop p_aws_ec2_instance_network_interface[] = {
	P("association", "aws_ec2_instance_network_interface_association",
	    PT_OBJECT, NULL,
	    "association", &k_aws_ec2_instance_network_interface_association),
	P("attachment", "aws_ec2_instance_network_interface_attachment",
	    PT_OBJECT, NULL,
	    "attachment", &k_aws_ec2_instance_network_interface_attachment),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("groups", "aws_ec2_group_identifier[]", PT_OLIST, "[]",
	    "groupSet", &k_aws_ec2_group_identifier),
	P("ipv6_addresses", "string[]", PT_LIST, "[]",
	    "ipv6AddressesSet[].ipv6Address", NULL),
	P("mac_address", "string", PT_STRING, NULL, "macAddress", NULL),
	P("network_interface_id", "string", PT_STRING, NULL,
	    "networkInterfaceId", NULL),
	P("private_dns_name", "string",
	    PT_STRING, NULL, "privateDnsName", NULL),
	P("private_ip_address", "string",
	    PT_STRING, NULL, "privateIpAddress", NULL),
	P("private_ip_addresses", "aws_ec2_instance_private_ip_address[]",
	    PT_OLIST, "[]",
	    "privateIpAddressesSet", &k_aws_ec2_instance_private_ip_address),
	P("source_dest_check", "boolean",
	    PT_BOOL, NULL, "sourceDestCheck", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("interface_type", "string", PT_STRING, NULL, "interfaceType", NULL),
	P("ipv4_prefixes", "string[]", PT_LIST, "[]",
	    "ipv4PrefixSet[].ipv4Prefix", NULL),
	P("ipv6_prefixes", "string[]", PT_LIST, "[]",
	    "ipv6PrefixSet[].ipv6Prefix", NULL),
};
NK(aws_ec2_instance_network_interface, "AwsEc2InstanceNetworkInterface");

static const struct kprop
p_aws_ec2_elastic_inference_accelerator_association[] = {
	P("elastic_inference_accelerator_arn", "string", PT_STRING, NULL,
	    "elasticInferenceAcceleratorArn", NULL),
	P("elastic_inference_accelerator_association_id", "string",
	    PT_STRING, NULL,
	    "elasticInferenceAcceleratorAssociationId", NULL),
	P("elastic_inference_accelerator_association_state", "string",
	    PT_STRING, NULL,
	    "elasticInferenceAcceleratorAssociationState", NULL),
	P("elastic_inference_accelerator_association_time", "datetime",
	    PT_DATETIME, NULL,
	    "elasticInferenceAcceleratorAssociationTime", NULL),
};
NK(aws_ec2_elastic_inference_accelerator_association,
    "AwsEc2ElasticInferenceAcceleratorAssociation");

static const struct kprop p_aws_ec2_elastic_gpu_association[] = {
	P("elastic_gpu_id", "string", PT_STRING, NULL, "elasticGpuId", NULL),
	P("elastic_gpu_association_id", "string", PT_STRING, NULL,
	    "elasticGpuAssociationId", NULL),
	P("elastic_gpu_association_state", "string", PT_STRING, NULL,
	    "elasticGpuAssociationState", NULL),
	P("elastic_gpu_association_time", "string", PT_STRING, NULL,
	    "elasticGpuAssociationTime", NULL),
};
NK(aws_ec2_elastic_gpu_association, "AwsEc2ElasticGpuAssociation");

static const struct kprop p_aws_ec2_iam_instance_profile[] = {
	P("arn", "string", PT_STRING, NULL, "arn", NULL),
	P("id", "string", PT_STRING, NULL, "id", NULL),
};
NK(aws_ec2_iam_instance_profile, "AwsEc2IamInstanceProfile");

static const struct kprop p_aws_ec2_instance_block_device_mapping[] = {
	P("device_name", "string", PT_STRING, NULL, "deviceName", NULL),
	P("ebs", "aws_ec2_ebs_instance_block_device", PT_OBJECT, NULL,
	    "ebs", &k_aws_ec2_ebs_instance_block_device),
};
NK(aws_ec2_instance_block_device_mapping, "AwsEc2InstanceBlockDeviceMapping");

static const struct kprop p_aws_ec2_instance_state[] = {
	P("code", "int64", PT_INT, NULL, "code", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
};
NK(aws_ec2_instance_state, "AwsEc2InstanceState");

static const struct kprop p_aws_ec2_product_code[] = {
	P("product_code_id", "string", PT_STRING, NULL, "productCode", NULL),
	P("product_code_type", "string", PT_STRING, NULL, "type", NULL),
};
NK(aws_ec2_product_code, "AwsEc2ProductCode");

static const struct kprop p_aws_ec2_placement[] = {
	P("availability_zone", "string",
	    PT_STRING, NULL, "availabilityZone", NULL),
	P("affinity", "string", PT_STRING, NULL, "affinity", NULL),
	P("group_name", "string", PT_STRING, NULL, "groupName", NULL),
	P("partition_number", "int64", PT_INT, NULL, "partitionNumber", NULL),
	P("host_id", "string", PT_STRING, NULL, "hostId", NULL),
	P("tenancy", "string", PT_STRING, NULL, "tenancy", NULL),
	P("spread_domain", "string", PT_STRING, NULL, "spreadDomain", NULL),
	P("host_resource_group_arn", "string", PT_STRING, NULL,
	    "hostResourceGroupArn", NULL),
};
NK(aws_ec2_placement, "AwsEc2Placement");

static const struct kprop p_aws_ec2_instance[] = {
	P("instance_ami_launch_index", "int64",
	    PT_INT, NULL, "amiLaunchIndex", NULL),
	P("instance_image_id", "string", PT_STRING, NULL, "imageId", NULL),
	P("instance_kernel_id", "string", PT_STRING, NULL, "kernelId", NULL),
	P("instance_key_name", "string", PT_STRING, NULL, "keyName", NULL),
	P("instance_launch_time", "datetime",
	    PT_DATETIME, NULL, "launchTime", NULL),
	P("instance_monitoring", "string",
	    PT_STRING, NULL, "monitoring.state", NULL),
	P("instance_placement", "aws_ec2_placement", PT_OBJECT, NULL,
	    "placement", &k_aws_ec2_placement),
	P("instance_platform", "string", PT_STRING, NULL, "platform", NULL),
	P("instance_private_dns_name", "string", PT_STRING, NULL,
	    "privateDnsName", NULL),
	P("instance_private_ip_address", "string", PT_STRING, NULL,
	    "privateIpAddress", NULL),
	P("instance_product_codes", "aws_ec2_product_code[]", PT_OLIST, "[]",
	    "productCodes", &k_aws_ec2_product_code),
	P("instance_public_dns_name", "string",
	    PT_STRING, NULL, "dnsName", NULL),
	P("instance_public_ip_address", "string",
	    PT_STRING, NULL, "ipAddress", NULL),
	P("instance_ramdisk_id", "string", PT_STRING, NULL, "ramdiskId", NULL),
	P("instance_state", "aws_ec2_instance_state", PT_OBJECT, NULL,
	    "instanceState", &k_aws_ec2_instance_state),
	P("instance_state_transition_reason", "string", PT_STRING, NULL,
	    "reason", NULL),
	P("instance_subnet_id", "string", PT_STRING, NULL, "subnetId", NULL),
	P("instance_architecture", "string",
	    PT_STRING, NULL, "architecture", NULL),
	P("instance_block_device_mappings",
	    "aws_ec2_instance_block_device_mapping[]",
	    PT_OLIST, "[]",
	    "blockDeviceMapping", &k_aws_ec2_instance_block_device_mapping),
	P("instance_client_token", "string",
	    PT_STRING, NULL, "clientToken", NULL),
	P("instance_ebs_optimized", "boolean",
	    PT_BOOL, NULL, "ebsOptimized", NULL),
	P("instance_ena_support", "boolean", PT_BOOL, NULL, "enaSupport", NULL),
	P("instance_hypervisor", "string", PT_STRING, NULL, "hypervisor", NULL),
	P("instance_iam_instance_profile", "aws_ec2_iam_instance_profile",
	    PT_OBJECT, NULL,
	    "iamInstanceProfile", &k_aws_ec2_iam_instance_profile),
	P("instance_lifecycle", "string",
	    PT_STRING, NULL, "instanceLifecycle", NULL),
	P("instance_elastic_gpu_associations",
	    "aws_ec2_elastic_gpu_association[]",
	    PT_OLIST, "[]",
	    "elasticGpuAssociationSet", &k_aws_ec2_elastic_gpu_association),
	P("instance_elastic_inference_accelerator_associations",
	    "aws_ec2_elastic_inference_accelerator_association[]",
	    PT_OLIST, "[]",
	    "elasticInferenceAcceleratorAssociationSet",
	    &k_aws_ec2_elastic_inference_accelerator_association),
	P("instance_network_interfaces", "aws_ec2_instance_network_interface[]",
	    PT_OLIST, "[]",
	    "networkInterfaceSet", &k_aws_ec2_instance_network_interface),
	P("instance_outpost_arn", "string",
	    PT_STRING, NULL, "outpostArn", NULL),
	P("instance_root_device_name", "string", PT_STRING, NULL,
	    "rootDeviceName", NULL),
	P("instance_root_device_type", "string", PT_STRING, NULL,
	    "rootDeviceType", NULL),
	P("instance_security_groups", "aws_ec2_group_identifier[]",
	    PT_OLIST, "[]",
	    "groupSet", &k_aws_ec2_group_identifier),
	P("instance_source_dest_check", "boolean", PT_BOOL, NULL,
	    "sourceDestCheck", NULL),
	P("instance_spot_instance_request_id", "string", PT_STRING, NULL,
	    "spotInstanceRequestId", NULL),
	P("instance_sriov_net_support", "string", PT_STRING, NULL,
	    "sriovNetSupport", NULL),
	P("instance_state_reason", "aws_ec2_state_reason", PT_OBJECT, NULL,
	    "stateReason", &k_aws_ec2_state_reason),
	P("instance_virtualization_type", "string", PT_STRING, NULL,
	    "virtualizationType", NULL),
	P("instance_cpu_options", "aws_ec2_cpu_options", PT_OBJECT, NULL,
	    "cpuOptions", &k_aws_ec2_cpu_options),
	P("instance_capacity_reservation_id", "string", PT_STRING, NULL,
	    "capacityReservationId", NULL),
	P("instance_capacity_reservation_specification",
	    "aws_ec2_capacity_reservation_specification_response",
	    PT_OBJECT, NULL,
	    "capacityReservationSpecification",
	    &k_aws_ec2_capacity_reservation_specification_response),
	P("instance_hibernation_options", "boolean", PT_BOOL, NULL,
	    "hibernationOptions.configured", NULL),
	P("instance_licenses", "string[]", PT_LIST, "[]",
	    "licenseSet[].licenseConfigurationArn", NULL),
	P("instance_metadata_options",
	    "aws_ec2_instance_metadata_options_response",
	    PT_OBJECT, NULL,
	    "metadataOptions", &k_aws_ec2_instance_metadata_options_response),
	P("instance_enclave_options", "boolean", PT_BOOL, NULL,
	    "enclaveOptions.enabled", NULL),
	P("instance_boot_mode", "string", PT_STRING, NULL, "bootMode", NULL),
	P("instance_platform_details", "string", PT_STRING, NULL,
	    "platformDetails", NULL),
	P("instance_usage_operation", "string", PT_STRING, NULL,
	    "usageOperation", NULL),
	P("instance_usage_operation_update_time", "datetime", PT_DATETIME, NULL,
	    "usageOperationUpdateTime", NULL),
	P("instance_private_dns_name_options",
	    "aws_ec2_private_dns_name_options_response",
	    PT_OBJECT, NULL,
	    "privateDnsNameOptions",
	    &k_aws_ec2_private_dns_name_options_response),
	P("instance_ipv6_address", "string",
	    PT_STRING, NULL, "ipv6Address", NULL),
	P("instance_tpm_support", "string",
	    PT_STRING, NULL, "tpmSupport", NULL),
	P("instance_maintenance_options", "string", PT_STRING, NULL,
	    "maintenanceOptions.autoRecovery", NULL),
};
const struct kind kind_aws_ec2_instance = {
	"aws_ec2_instance", EC2 "AwsEc2Instance",
	KIND_BASES(&kind_aws_resource, &kind_instance),
	KIND_PROPS(p_aws_ec2_instance),
	NULL, NULL,
	    "{\"default\": [\"aws_ec2_elastic_ip\", \"aws_ec2_volume\", "
	    "\"aws_ec2_keypair\", "
	    "\"aws_ec2_network_interface\"], "
	    "\"delete\": [\"aws_ec2_network_interface\"]}", 0 };

static const struct kprop p_aws_ec2_keypair[] = {
	P("key_fingerprint", "string", PT_STRING, NULL, "keyFingerprint", NULL),
	P("key_type", "string", PT_STRING, NULL, "keyType", NULL),
	P("public_key", "string", PT_STRING, NULL, "publicKey", NULL),
};
const struct kind kind_aws_ec2_keypair = {
	"aws_ec2_keypair", EC2 "AwsEc2KeyPair",
	KIND_BASES(&kind_aws_resource), KIND_PROPS(p_aws_ec2_keypair),
	NULL, NULL, "{\"delete\": [\"aws_ec2_instance\"]}", 0 };

static const struct kprop p_aws_ec2_snapshot[] = {
	P("snapshot_data_encryption_key_id", "string", PT_STRING, NULL,
	    "dataEncryptionKeyId", NULL),
	P("snapshot_kms_key_id", "string", PT_STRING, NULL, "kmsKeyId", NULL),
	P("snapshot_progress", "string", PT_STRING, NULL, "progress", NULL),
	P("snapshot_state_message", "string",
	    PT_STRING, NULL, "statusMessage", NULL),
	P("snapshot_outpost_arn", "string",
	    PT_STRING, NULL, "outpostArn", NULL),
	P("snapshot_storage_tier", "string",
	    PT_STRING, NULL, "storageTier", NULL),
	P("snapshot_restore_expiry_time", "datetime", PT_DATETIME, NULL,
	    "restoreExpiryTime", NULL),
};
const struct kind kind_aws_ec2_snapshot = {
	"aws_ec2_snapshot", EC2 "AwsEc2Snapshot",
	KIND_BASES(&kind_aws_resource, &kind_snapshot),
	KIND_PROPS(p_aws_ec2_snapshot),
	NULL, NULL, "{\"default\": [\"aws_kms_key\"]}", 0 };

static const struct kprop p_aws_ec2_volume_attachment[] = {
	P("attach_time", "datetime", PT_DATETIME, NULL, "attachTime", NULL),
	P("device", "string", PT_STRING, NULL, "device", NULL),
	P("instance_id", "string", PT_STRING, NULL, "instanceId", NULL),
	P("state", "string", PT_STRING, NULL, "status", NULL),
	P("volume_id", "string", PT_STRING, NULL, "volumeId", NULL),
	P("delete_on_termination", "boolean", PT_BOOL, NULL,
	    "deleteOnTermination", NULL),
};
NK(aws_ec2_volume_attachment, "AwsEc2VolumeAttachment");

static const struct kprop p_aws_ec2_volume[] = {
	P("volume_attachments", "aws_ec2_volume_attachment[]", PT_OLIST, "[]",
	    "attachmentSet", &k_aws_ec2_volume_attachment),
	P("availability_zone", "string",
	    PT_STRING, NULL, "availabilityZone", NULL),
	P("volume_encrypted", "boolean", PT_BOOL, NULL, "encrypted", NULL),
	P("volume_kms_key_id", "string", PT_STRING, NULL, "kmsKeyId", NULL),
	P("volume_outpost_arn", "string", PT_STRING, NULL, "outpostArn", NULL),
	P("volume_snapshot_id", "string", PT_STRING, NULL, "snapshotId", NULL),
	P("volume_iops", "int64", PT_INT, NULL, "iops", NULL),
	P("volume_fast_restored", "boolean",
	    PT_BOOL, NULL, "fastRestored", NULL),
	P("volume_multi_attach_enabled", "boolean", PT_BOOL, NULL,
	    "multiAttachEnabled", NULL),
	P("volume_throughput", "int64", PT_INT, NULL, "throughput", NULL),
};
const struct kind kind_aws_ec2_volume = { "aws_ec2_volume", EC2 "AwsEc2Volume",
	KIND_BASES(&kind_aws_resource, &kind_volume),
	KIND_PROPS(p_aws_ec2_volume),
	NULL, NULL,
	    "{\"default\": [\"aws_ec2_snapshot\", \"aws_kms_key\"], "
	    "\"delete\": [\"aws_ec2_instance\"]}", 0 };

static const struct kprop p_aws_ec2_inference_device_info[] = {
	P("count", "int64", PT_INT, NULL, "count", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("manufacturer", "string", PT_STRING, NULL, "manufacturer", NULL),
};
NK(aws_ec2_inference_device_info, "AwsEc2InferenceDeviceInfo");

static const struct kprop p_aws_ec2_fpga_device_info[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("manufacturer", "string", PT_STRING, NULL, "manufacturer", NULL),
	P("count", "int64", PT_INT, NULL, "count", NULL),
	P("memory_info", "int64", PT_INT, NULL, "memoryInfo.sizeInMiB", NULL),
};
NK(aws_ec2_fpga_device_info, "AwsEc2FpgaDeviceInfo");

static const struct kprop p_aws_ec2_gpu_device_info[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("manufacturer", "string", PT_STRING, NULL, "manufacturer", NULL),
	P("count", "int64", PT_INT, NULL, "count", NULL),
	P("memory_info", "int64", PT_INT, NULL, "memoryInfo.sizeInMiB", NULL),
};
NK(aws_ec2_gpu_device_info, "AwsEc2GpuDeviceInfo");

static const struct kprop p_aws_ec2_network_card_info[] = {
	P("network_card_index", "int64",
	    PT_INT, NULL, "networkCardIndex", NULL),
	P("network_performance", "string", PT_STRING, NULL,
	    "networkPerformance", NULL),
	P("maximum_network_interfaces", "int64", PT_INT, NULL,
	    "maximumNetworkInterfaces", NULL),
};
NK(aws_ec2_network_card_info, "AwsEc2NetworkCardInfo");

static const struct kprop p_aws_ec2_ebs_optimized_info[] = {
	P("baseline_bandwidth_in_mbps", "int64", PT_INT, NULL,
	    "baselineBandwidthInMbps", NULL),
	P("baseline_throughput_in_mbps", "double", PT_DOUBLE, NULL,
	    "baselineThroughputInMBps", NULL),
	P("baseline_iops", "int64", PT_INT, NULL, "baselineIops", NULL),
	P("maximum_bandwidth_in_mbps", "int64", PT_INT, NULL,
	    "maximumBandwidthInMbps", NULL),
	P("maximum_throughput_in_mbps", "double", PT_DOUBLE, NULL,
	    "maximumThroughputInMBps", NULL),
	P("maximum_iops", "int64", PT_INT, NULL, "maximumIops", NULL),
};
NK(aws_ec2_ebs_optimized_info, "AwsEc2EbsOptimizedInfo");

static const struct kprop p_aws_ec2_disk_info[] = {
	P("size_in_gb", "int64", PT_INT, NULL, "sizeInGB", NULL),
	P("count", "int64", PT_INT, NULL, "count", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
NK(aws_ec2_disk_info, "AwsEc2DiskInfo");

static const struct kprop p_aws_ec2_inference_accelerator_info[] = {
	P("accelerators", "aws_ec2_inference_device_info[]", PT_OLIST, "[]",
	    "accelerators", &k_aws_ec2_inference_device_info),
};
NK(aws_ec2_inference_accelerator_info, "AwsEc2InferenceAcceleratorInfo");

static const struct kprop p_aws_ec2_placement_group_info[] = {
	P("supported_strategies", "string[]", PT_LIST, "[]",
	    "supportedStrategies", NULL),
};
NK(aws_ec2_placement_group_info, "AwsEc2PlacementGroupInfo");

static const struct kprop p_aws_ec2_fpga_info[] = {
	P("fpgas", "aws_ec2_fpga_device_info[]", PT_OLIST, "[]",
	    "fpgas", &k_aws_ec2_fpga_device_info),
	P("total_fpga_memory_in_mi_b", "int64", PT_INT, NULL,
	    "totalFpgaMemoryInMiB", NULL),
};
NK(aws_ec2_fpga_info, "AwsEc2FpgaInfo");

static const struct kprop p_aws_ec2_gpu_info[] = {
	P("gpus", "aws_ec2_gpu_device_info[]", PT_OLIST, "[]",
	    "gpus", &k_aws_ec2_gpu_device_info),
	P("total_gpu_memory_in_mi_b", "int64", PT_INT, NULL,
	    "totalGpuMemoryInMiB", NULL),
	P("gpu_model", "string", PT_STRING, NULL, NULL, NULL),
};
NK(aws_ec2_gpu_info, "AwsEc2GpuInfo");

static const struct kprop p_aws_ec2_network_info[] = {
	P("network_performance", "string", PT_STRING, NULL,
	    "networkPerformance", NULL),
	P("maximum_network_interfaces", "int64", PT_INT, NULL,
	    "maximumNetworkInterfaces", NULL),
	P("maximum_network_cards", "int64",
	    PT_INT, NULL, "maximumNetworkCards", NULL),
	P("default_network_card_index", "int64", PT_INT, NULL,
	    "defaultNetworkCardIndex", NULL),
	P("network_cards", "aws_ec2_network_card_info[]", PT_OLIST, "[]",
	    "networkCards", &k_aws_ec2_network_card_info),
	P("ipv4_addresses_per_interface", "int64", PT_INT, NULL,
	    "ipv4AddressesPerInterface", NULL),
	P("ipv6_addresses_per_interface", "int64", PT_INT, NULL,
	    "ipv6AddressesPerInterface", NULL),
	P("ipv6_supported", "boolean", PT_BOOL, NULL, "ipv6Supported", NULL),
	P("ena_support", "string", PT_STRING, NULL, "enaSupport", NULL),
	P("efa_supported", "boolean", PT_BOOL, NULL, "efaSupported", NULL),
	P("efa_info", "int64",
	    PT_INT, NULL, "efaInfo.maximumEfaInterfaces", NULL),
	P("encryption_in_transit_supported", "boolean", PT_BOOL, NULL,
	    "encryptionInTransitSupported", NULL),
};
NK(aws_ec2_network_info, "AwsEc2NetworkInfo");

static const struct kprop p_aws_ec2_ebs_info[] = {
	P("ebs_optimized_support", "string", PT_STRING, NULL,
	    "ebsOptimizedSupport", NULL),
	P("encryption_support", "string",
	    PT_STRING, NULL, "encryptionSupport", NULL),
	P("ebs_optimized_info", "aws_ec2_ebs_optimized_info", PT_OBJECT, NULL,
	    "ebsOptimizedInfo", &k_aws_ec2_ebs_optimized_info),
	P("nvme_support", "string", PT_STRING, NULL, "nvmeSupport", NULL),
};
NK(aws_ec2_ebs_info, "AwsEc2EbsInfo");

static const struct kprop p_aws_ec2_instance_storage_info[] = {
	P("total_size_in_gb", "int64", PT_INT, NULL, "totalSizeInGB", NULL),
	P("disks", "aws_ec2_disk_info[]", PT_OLIST, "[]",
	    "disks", &k_aws_ec2_disk_info),
	P("nvme_support", "string", PT_STRING, NULL, "nvmeSupport", NULL),
	P("encryption_support", "string",
	    PT_STRING, NULL, "encryptionSupport", NULL),
};
NK(aws_ec2_instance_storage_info, "AwsEc2InstanceStorageInfo");

static const struct kprop p_aws_ec2_v_cpu_info[] = {
	P("default_v_cpus", "int64", PT_INT, NULL, "defaultVCpus", NULL),
	P("default_cores", "int64", PT_INT, NULL, "defaultCores", NULL),
	P("default_threads_per_core", "int64", PT_INT, NULL,
	    "defaultThreadsPerCore", NULL),
	P("valid_cores", "int64[]", PT_ILIST, "[]", "validCores", NULL),
	P("valid_threads_per_core", "int64[]", PT_ILIST, "[]",
	    "validThreadsPerCore", NULL),
};
NK(aws_ec2_v_cpu_info, "AwsEc2VCpuInfo");

static const struct kprop p_aws_ec2_processor_info[] = {
	P("supported_architectures", "string[]", PT_LIST, "[]",
	    "supportedArchitectures", NULL),
	P("sustained_clock_speed_in_ghz", "double", PT_DOUBLE, NULL,
	    "sustainedClockSpeedInGhz", NULL),
	P("physical_processor", "string", PT_STRING, NULL, NULL, NULL),
};
NK(aws_ec2_processor_info, "AwsEc2ProcessorInfo");

static const struct kprop p_aws_ec2_instance_type[] = {
	P("pretty_name", "string", PT_STRING, NULL, NULL, NULL),
	P("ecu", "double", PT_DOUBLE, NULL, NULL, NULL),
	P("current_generation", "boolean",
	    PT_BOOL, NULL, "currentGeneration", NULL),
	P("free_tier_eligible", "boolean",
	    PT_BOOL, NULL, "freeTierEligible", NULL),
	P("supported_usage_classes", "string[]", PT_LIST, "[]",
	    "supportedUsageClasses", NULL),
	P("supported_root_device_types", "string[]", PT_LIST, "[]",
	    "supportedRootDeviceTypes", NULL),
	P("supported_virtualization_types", "string[]", PT_LIST, "[]",
	    "supportedVirtualizationTypes", NULL),
	P("bare_metal", "boolean", PT_BOOL, NULL, "bareMetal", NULL),
	P("hypervisor", "string", PT_STRING, NULL, "hypervisor", NULL),
	P("instance_type_processor_info", "aws_ec2_processor_info",
	    PT_OBJECT, NULL,
	    "processorInfo", &k_aws_ec2_processor_info),
	P("instance_type_v_cpu_info", "aws_ec2_v_cpu_info", PT_OBJECT, NULL,
	    "vCpuInfo", &k_aws_ec2_v_cpu_info),
	P("memory_info", "int64", PT_INT, NULL, "memoryInfo.sizeInMiB", NULL),
	P("instance_storage_supported", "boolean", PT_BOOL, NULL,
	    "instanceStorageSupported", NULL),
	P("instance_type_instance_storage_info",
	    "aws_ec2_instance_storage_info",
	    PT_OBJECT, NULL,
	    "instanceStorageInfo", &k_aws_ec2_instance_storage_info),
	P("instance_type_ebs_info", "aws_ec2_ebs_info", PT_OBJECT, NULL,
	    "ebsInfo", &k_aws_ec2_ebs_info),
	P("instance_type_network_info", "aws_ec2_network_info", PT_OBJECT, NULL,
	    "networkInfo", &k_aws_ec2_network_info),
	P("instance_type_gpu_info", "aws_ec2_gpu_info", PT_OBJECT, NULL,
	    "gpuInfo", &k_aws_ec2_gpu_info),
	P("instance_type_fpga_info", "aws_ec2_fpga_info", PT_OBJECT, NULL,
	    "fpgaInfo", &k_aws_ec2_fpga_info),
	P("instance_type_placement_group_info", "aws_ec2_placement_group_info",
	    PT_OBJECT, NULL,
	    "placementGroupInfo", &k_aws_ec2_placement_group_info),
	P("instance_type_inference_accelerator_info",
	    "aws_ec2_inference_accelerator_info",
	    PT_OBJECT, NULL,
	    "inferenceAcceleratorInfo", &k_aws_ec2_inference_accelerator_info),
	P("hibernation_supported", "boolean", PT_BOOL, NULL,
	    "hibernationSupported", NULL),
	P("burstable_performance_supported", "boolean", PT_BOOL, NULL,
	    "burstablePerformanceSupported", NULL),
	P("dedicated_hosts_supported", "boolean", PT_BOOL, NULL,
	    "dedicatedHostsSupported", NULL),
	P("auto_recovery_supported", "boolean", PT_BOOL, NULL,
	    "autoRecoverySupported", NULL),
	P("supported_boot_modes", "string[]", PT_LIST, "[]",
	    "supportedBootModes", NULL),
};
const struct kind kind_aws_ec2_instance_type = {
	"aws_ec2_instance_type", EC2 "AwsEc2InstanceType",
	KIND_BASES(&kind_aws_resource, &kind_instance_type),
	KIND_PROPS(p_aws_ec2_instance_type),
	NULL, NULL, "{\"default\": [\"aws_ec2_instance\"]}", 0 };

const struct kind *const aws_kinds[] = {
	&kind_aws_resource, &kind_aws_account, &kind_aws_region,
	&kind_aws_ec2_volume_type, &k_aws_ec2_route_table_association_state,
	&k_aws_ec2_route, &k_aws_ec2_route_table_association,
	&kind_aws_ec2_route_table, &k_aws_ec2_internet_gateway_attachment,
	&kind_aws_ec2_internet_gateway, &k_aws_ec2_provisioned_bandwidth,
	&k_aws_ec2_nat_gateway_address, &kind_aws_ec2_nat_gateway,
	&k_aws_ec2_user_id_group_pair, &k_aws_ec2_prefix_list_id,
	&k_aws_ec2_ipv6_range, &k_aws_ec2_ip_range, &k_aws_ec2_ip_permission,
	&kind_aws_ec2_security_group, &k_aws_ec2_subnet_cidr_block_state,
	&k_aws_ec2_private_dns_name_options_on_launch,
	&k_aws_ec2_subnet_ipv6_cidr_block_association, &kind_aws_ec2_subnet,
	&k_aws_vpc_cidr_block_state, &k_aws_vpc_cidr_block_association,
	&k_aws_vpc_ipv6_cidr_block_association, &kind_aws_vpc, &k_aws_ec2_tag,
	&k_aws_ec2_network_interface_private_ip_address,
	&k_aws_ec2_network_interface_attachment,
	&k_aws_ec2_network_interface_association,
	&kind_aws_ec2_network_interface,
	&kind_aws_ec2_elastic_ip,
	&k_aws_ec2_capacity_reservation_target_response,
	&k_aws_ec2_instance_private_ip_address,
	&k_aws_ec2_instance_network_interface_attachment,
	&k_aws_ec2_instance_network_interface_association,
	&k_aws_ec2_ebs_instance_block_device,
	&k_aws_ec2_private_dns_name_options_response,
	&k_aws_ec2_instance_metadata_options_response,
	&k_aws_ec2_capacity_reservation_specification_response,
	&k_aws_ec2_cpu_options, &k_aws_ec2_state_reason,
	&k_aws_ec2_group_identifier, &k_aws_ec2_instance_network_interface,
	&k_aws_ec2_elastic_inference_accelerator_association,
	&k_aws_ec2_elastic_gpu_association, &k_aws_ec2_iam_instance_profile,
	&k_aws_ec2_instance_block_device_mapping, &k_aws_ec2_instance_state,
	&k_aws_ec2_product_code, &k_aws_ec2_placement, &kind_aws_ec2_instance,
	&kind_aws_ec2_keypair, &kind_aws_ec2_snapshot,
	&k_aws_ec2_volume_attachment,
	&kind_aws_ec2_volume, &k_aws_ec2_inference_device_info,
	&k_aws_ec2_fpga_device_info, &k_aws_ec2_gpu_device_info,
	&k_aws_ec2_network_card_info, &k_aws_ec2_ebs_optimized_info,
	&k_aws_ec2_disk_info, &k_aws_ec2_inference_accelerator_info,
	&k_aws_ec2_placement_group_info, &k_aws_ec2_fpga_info,
	&k_aws_ec2_gpu_info,
	&k_aws_ec2_network_info, &k_aws_ec2_ebs_info,
	&k_aws_ec2_instance_storage_info, &k_aws_ec2_v_cpu_info,
	&k_aws_ec2_processor_info, &kind_aws_ec2_instance_type,
	/* part 2: each kind's nested kinds come with it (model.c) */
	&kind_aws_elb, &kind_aws_alb, &kind_aws_alb_target_group,
	&kind_aws_s3_bucket, &kind_aws_autoscaling_group,
	&kind_aws_cloudwatch_alarm, &kind_aws_rds_instance, &kind_aws_kms_key,
	&kind_aws_iam_policy, &kind_aws_iam_group, &kind_aws_iam_role,
	&kind_aws_iam_access_key, &kind_aws_iam_user,
	&kind_aws_iam_instance_profile,
	&kind_aws_root_user,
	&kind_aws_lambda_function, &kind_aws_eks_nodegroup,
	&kind_aws_eks_cluster,
	NULL
};

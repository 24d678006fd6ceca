/*
 * aws/ec2: the EC2 and VPC kinds of part 1 as data (table.h): the Describe
 * call that lists each, where its items are, the properties its base
 * kinds declare, the edges the reference's connect_in_graph makes, and
 * its delete and tag calls (collectors.md 4.1). Element names are those of
 * the EC2 Query API's XML (locationName in the API model).
 *
 * Deviations from the reference, each where its code evidently loses
 * data: an instance is linked to its VPC by the VPC's id (the reference
 * looks the id up among VPC names, so a VPC with a Name tag gets no edge);
 * a network interface's tags and name come from its tagSet (the reference
 * reads a "Tags" member the API does not have, so they were always
 * empty); an instance's key pair is the one of its name in the
 * instance's region (the reference takes the first of that name in the
 * whole account; key names are unique per region only); a route table's
 * delete disassociates every association (the reference tries only the
 * main one, which AWS refuses).
 */
#include "collector/aws/aws.h"
#include "collector/kind.h"
#include "collector/table.h"

#define R	"Response/"	/* every EC2 answer: <OpResponse> */

static const char *const gone_instance[] = { "InvalidInstanceID.NotFound",
	NULL };
static const char *const gone_volume[] = { "InvalidVolume.NotFound", NULL };
static const char *const gone_snapshot[] = { "InvalidSnapshot.NotFound",
	NULL };
static const char *const gone_keypair[] = { "InvalidKeyPair.NotFound",
	NULL };
static const char *const gone_vpc[] = { "InvalidVpcID.NotFound", NULL };
static const char *const gone_subnet[] = { "InvalidSubnetID.NotFound", NULL };
static const char *const gone_sg[] = { "InvalidGroup.NotFound", NULL };
static const char *const gone_igw[] = { "InvalidInternetGatewayID.NotFound",
	"Gateway.NotAttached", NULL };
static const char *const gone_nat[] = { "NatGatewayNotFound",
	"InvalidNatGatewayID.NotFound", NULL };
static const char *const gone_rt[] = { "InvalidRouteTableID.NotFound", NULL };
static const char *const gone_rta[] = { "InvalidParameterValue",
	"InvalidAssociationID.NotFound", NULL };
static const char *const gone_eni[] = {
	"InvalidNetworkInterfaceID.NotFound", NULL };
static const char *const gone_eip[] = { "InvalidAllocationID.NotFound",
	"InvalidAssociationID.NotFound", NULL };

/* EC2Taggable: create-tags / delete-tags, one key per call */
static const struct ttag ec2_tag = { .set_op = "CreateTags",
	.del_op = "DeleteTags", .res_param = "ResourceId.1",
	.key_param = "Tag.1.Key", .value_param = "Tag.1.Value" };

static const struct tenum instance_status[] = {
	{ "pending", "busy" }, { "running", "running" },
	{ "shutting-down", "stopped" }, { "terminated", "terminated" },
	{ "stopping", "stopped" }, { "stopped", "stopped" },
	{ NULL, "unknown" }
};
static const struct tenum volume_status[] = {
	{ "creating", "busy" }, { "available", "available" },
	{ "in-use", "in-use" }, { "deleting", "deleted" },
	{ "deleted", "deleted" }, { "error", "error" },
	{ NULL, "unknown" }
};

/* ---- instance types (listed, emitted only where in use) -------------- */
static const struct tmap m_instance_type[] = {
	TM("id", "instanceType"),
	TM("name", "instanceType"),
	TM("instance_type", "instanceType"),
	TM("instance_cores", "vCpuInfo.defaultVCpus"),
	{ "instance_memory", "memoryInfo.sizeInMiB", NULL, TC_DIV1024 },
	TM_END
};

/* ---- instances --------------------------------------------------------- */
/* "_type" is the instance type's item, added by the collect (collect.c):
 * cores and memory come from it, as the reference copies them */
static const struct tmap m_instance[] = {
	TM("id", "instanceId"),
	TM("name", "#Name"),
	TM("ctime", "launchTime"),
	{ "instance_status", "instanceState.name", instance_status, TC_NONE },
	TM("instance_cores",
	    "_type.vCpuInfo.defaultVCpus|cpuOptions.coreCount"),
	{ "instance_memory", "_type.memoryInfo.sizeInMiB", NULL, TC_DIV1024 },
	TM("instance_type", "instanceType"),
	TM_END
};
static const struct tedge e_instance[] = {
	{ "instanceType", &kind_aws_ec2_instance_type,
	    TE_REVERSE | TE_REGION },
	{ "keyName", &kind_aws_ec2_keypair,
	    TE_DEPENDANT | TE_BY_NAME | TE_REGION },
	{ "vpcId", &kind_aws_vpc, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ NULL, NULL, 0 }
};
static const struct tcall d_instance[] = {
	{ "TerminateInstances", "InstanceId.1=@id", gone_instance, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* CloudWatch usage of running instances (the reference's
 * AwsEc2Instance.collect_usage_metrics), in its order */
#define EC2M(name, stat, unit, usage, flags) \
	{ name, "AWS/EC2", "InstanceId", stat, unit, usage, flags }
static const struct tmetric u_instance[] = {
	TMT_MIN_AVG_MAX(EC2M, "CPUUtilization", "Percent", "cpu_utilization"),
	EC2M("NetworkIn", "Sum", "Bytes", "network_in", 0),
	EC2M("NetworkOut", "Sum", "Bytes", "network_out", 0),
	EC2M("DiskReadOps", "Sum", "Count", "disk_read_ops", 0),
	EC2M("DiskWriteOps", "Sum", "Count", "disk_write_ops", 0),
	EC2M("DiskReadBytes", "Sum", "Bytes", "disk_read_bytes", 0),
	EC2M("DiskWriteBytes", "Sum", "Bytes", "disk_write_bytes", 0),
	{ NULL, NULL, NULL, NULL, NULL, NULL, 0 }
};

/* ---- volumes ----------------------------------------------------------- */
static const struct tmap m_volume[] = {
	TM("id", "volumeId"),
	TM("name", "#Name"),
	TM("ctime", "createTime"),
	TM("volume_size", "size"),
	TM("volume_type", "volumeType"),
	{ "volume_status", "status", volume_status, TC_NONE },
	/* set by the collect (collect.c: volume_times, CloudWatch) */
	TM("atime", "_atime"),
	TM("mtime", "_mtime"),
	TM_END
};
/* CloudWatch: usage of every volume (AwsEc2Volume.collect_usage_metrics)
 * and the last read and write of available ones (its update_atime_mtime),
 * in the reference's order */
#define EBSM(name, stat, unit, usage, flags) \
	{ name, "AWS/EBS", "VolumeId", stat, unit, usage, flags }
static const struct tmetric u_volume[] = {
	EBSM("VolumeWriteBytes", "Sum", "Bytes", "volume_write_bytes", 0),
	EBSM("VolumeReadBytes", "Sum", "Bytes", "volume_read_bytes", 0),
	EBSM("VolumeWriteOps", "Sum", "Count", "volume_write_ops", 0),
	EBSM("VolumeReadOps", "Sum", "Count", "volume_read_ops", 0),
	EBSM("VolumeTotalWriteTime", "Sum", "Seconds",
	    "volume_total_write_time", 0),
	EBSM("VolumeIdleTime", "Sum", "Seconds", "volume_idle_time", 0),
	TMT_MIN_AVG_MAX(EBSM, "VolumeQueueLength", "Count",
	    "volume_queue_length"),
	{ NULL, NULL, NULL, NULL, NULL, NULL, 0 }
};
static const struct tmetric t_volume[] = {
	EBSM("VolumeReadOps", "Sum", "Count", NULL, TMT_ATIME),
	EBSM("VolumeWriteOps", "Sum", "Count", NULL, TMT_MTIME),
	{ NULL, NULL, NULL, NULL, NULL, NULL, 0 }
};
static const struct tedge e_volume[] = {
	{ "volumeType", &kind_aws_ec2_volume_type, TE_REVERSE | TE_REGION },
	{ "attachmentSet[].instanceId", &kind_aws_ec2_instance,
	    TE_REVERSE | TE_DEPENDANT },
	{ "kmsKeyId", &kind_aws_kms_key, TE_DEPENDANT | TE_ARN_TAIL },
	{ NULL, NULL, 0 }
};
static const struct tcall d_volume[] = {
	{ "DeleteVolume", "VolumeId=@id", gone_volume, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- snapshots (own) --------------------------------------------------- */
static const struct tmap m_snapshot[] = {
	TM("id", "snapshotId"),
	TM("name", "#Name|snapshotId"),
	TM("ctime", "startTime"),
	TM("description", "description"),
	TM("encrypted", "encrypted"),
	TM("owner_alias", "ownerAlias"),
	TM("owner_id", "ownerId"),
	TM("volume_id", "volumeId"),
	TM("volume_size", "volumeSize"),
	TM("snapshot_status", "status"),
	TM_END
};
static const struct tedge e_snapshot[] = {
	{ "volumeId", &kind_aws_ec2_volume, TE_REVERSE },
	{ "kmsKeyId", &kind_aws_kms_key, TE_DEPENDANT | TE_ARN_TAIL },
	{ NULL, NULL, 0 }
};
static const struct tcall d_snapshot[] = {
	{ "DeleteSnapshot", "SnapshotId=@id", gone_snapshot, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- key pairs --------------------------------------------------------- */
static const struct tmap m_keypair[] = {
	TM("id", "keyPairId"),
	TM("name", "keyName"),
	TM("ctime", "createTime"),
	TM_END
};
static const struct tcall d_keypair[] = {
	{ "DeleteKeyPair", "KeyPairId=@id", gone_keypair, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- VPCs ------------------------------------------------------------- */
static const struct tmap m_vpc[] = {
	TM("id", "vpcId"),
	TM("name", "#Name"),
	TM_END
};
static const struct tcall d_vpc[] = {
	{ "DeleteVpc", "VpcId=@id", gone_vpc, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* dependant_node(reverse, delete_same_as_default) on the VPC */
static const struct tedge e_in_vpc[] = {
	{ "vpcId", &kind_aws_vpc, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ NULL, NULL, 0 }
};

/* ---- subnets ----------------------------------------------------------- */
static const struct tmap m_subnet[] = {
	TM("id", "subnetId"),
	TM("name", "#Name|subnetId"),
	TM("ctime", NULL),		/* K(None) */
	TM("arn", "subnetArn"),
	TM_END
};
static const struct tcall d_subnet[] = {
	{ "DeleteSubnet", "SubnetId=@id", gone_subnet, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- security groups --------------------------------------------------- */
static const struct tmap m_security_group[] = {
	TM("id", "groupId"),
	TM("name", "groupName"),
	TM_END
};
/* the rules that name other groups go first (as the reference does), so
 * that those groups can go too */
static const struct tcall d_security_group[] = {
	{ "RevokeSecurityGroupIngress", "ipPermissions", gone_sg,
	    aws_revoke_group_rules },
	{ "RevokeSecurityGroupEgress", "ipPermissionsEgress", gone_sg,
	    aws_revoke_group_rules },
	{ "DeleteSecurityGroup", "GroupId=@id", gone_sg, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- internet gateways ------------------------------------------------- */
static const struct tmap m_internet_gateway[] = {
	TM("id", "internetGatewayId"),
	TM("name", "#Name|internetGatewayId"),
	TM_END
};
static const struct tedge e_internet_gateway[] = {
	{ "attachmentSet[].vpcId", &kind_aws_vpc,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ NULL, NULL, 0 }
};
static const struct tcall d_internet_gateway[] = {
	{ "DetachInternetGateway", "InternetGatewayId=@id&"
	    "VpcId=@gateway_attachments[].vpc_id", gone_igw, NULL },
	{ "DeleteInternetGateway", "InternetGatewayId=@id", gone_igw, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- NAT gateways ------------------------------------------------------ */
static const struct tmap m_nat_gateway[] = {
	TM("id", "natGatewayId"),
	TM("name", "#Name"),
	TM("ctime", "createTime"),
	TM_END
};
static const struct tedge e_nat_gateway[] = {
	{ "vpcId", &kind_aws_vpc, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "subnetId", &kind_aws_ec2_subnet,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "natGatewayAddressSet[].networkInterfaceId",
	    &kind_aws_ec2_network_interface, TE_DEPENDANT },
	{ NULL, NULL, 0 }
};
static const struct tcall d_nat_gateway[] = {
	{ "DeleteNatGateway", "NatGatewayId=@id", gone_nat, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- route tables ------------------------------------------------------ */
static const struct tmap m_route_table[] = {
	TM("id", "routeTableId"),
	TM("name", "#Name|routeTableId"),
	TM_END
};
static const struct tcall d_route_table[] = {
	{ "DisassociateRouteTable", "AssociationId=@route_table_associations[]."
	    "route_table_association_id", gone_rta, NULL },
	{ "DeleteRouteTable", "RouteTableId=@id", gone_rt, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- network interfaces ------------------------------------------------ */
static const struct tmap m_network_interface[] = {
	TM("id", "networkInterfaceId"),
	TM("name", "#Name"),
	TM("network_interface_type", "interfaceType"),
	TM("network_interface_status", "status"),
	TM("private_ips", "privateIpAddressesSet[].privateIpAddress"),
	TM("public_ips", "privateIpAddressesSet[].association.publicIp"),
	TM("mac", "macAddress"),
	TM("v6_ips", "ipv6AddressesSet[].ipv6Address"),
	TM("description", "description"),
	TM_END
};
static const struct tedge e_network_interface[] = {
	{ "vpcId", &kind_aws_vpc, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "subnetId", &kind_aws_ec2_subnet, TE_REVERSE },
	{ "attachment.instanceId", &kind_aws_ec2_instance,
	    TE_REVERSE | TE_DEPENDANT },
	{ "groupSet[].groupId", &kind_aws_ec2_security_group, TE_REVERSE },
	{ NULL, NULL, 0 }
};
static const struct tcall d_network_interface[] = {
	{ "DeleteNetworkInterface", "NetworkInterfaceId=@id", gone_eni, NULL },
	{ NULL, NULL, NULL, NULL }
};

/* ---- elastic IPs ------------------------------------------------------- */
static const struct tmap m_elastic_ip[] = {
	TM("id", "publicIp"),
	TM("name", "instanceId|#Name|networkInterfaceId"),
	TM("ip_address", "publicIp"),
	TM("ip_address_family", "=ipv4"),
	TM_END
};
static const struct tedge e_elastic_ip[] = {
	{ "instanceId", &kind_aws_ec2_instance, TE_REVERSE | TE_DEPENDANT },
	{ "networkInterfaceId", &kind_aws_ec2_network_interface,
	    TE_REVERSE | TE_DEPENDANT },
	{ NULL, NULL, 0 }
};
static const struct tcall d_elastic_ip[] = {
	{ "DisassociateAddress", "AssociationId=@ip_association_id",
	    gone_eip, NULL },
	{ "ReleaseAddress", "AllocationId=@ip_allocation_id", gone_eip, NULL },
	{ NULL, NULL, NULL, NULL }
};

#define EC2T(k, o, it, m)	.kind = &k, .service = "ec2", .op = o, \
	.items = o R it, .map = m, .tags = "tagSet", .tag_key = "key", \
	.tag_value = "value"

/* Instance types first: instances read them. */
const struct tkind aws_tables[] = {
	{ EC2T(kind_aws_ec2_instance_type, "DescribeInstanceTypes",
	    "instanceTypeSet/item", m_instance_type),
	    .flags = TK_LOOKUP | TK_PER_REGION },
	{ EC2T(kind_aws_ec2_elastic_ip, "DescribeAddresses",
	    "addressesSet/item", m_elastic_ip), .edges = e_elastic_ip,
	    .tag = &ec2_tag, .del = d_elastic_ip },
	{ EC2T(kind_aws_ec2_instance, "DescribeInstances",
	    "reservationSet/item/instancesSet/item", m_instance),
	    .edges = e_instance, .tag = &ec2_tag, .del = d_instance,
	    .flags = TK_AFTER_LOOKUP, .usage = u_instance,
	    .usage_when = "instanceState.name=running" },
	{ EC2T(kind_aws_ec2_internet_gateway, "DescribeInternetGateways",
	    "internetGatewaySet/item", m_internet_gateway),
	    .edges = e_internet_gateway, .tag = &ec2_tag,
	    .del = d_internet_gateway },
	{ EC2T(kind_aws_ec2_keypair, "DescribeKeyPairs", "keySet/item",
	    m_keypair), .tag = &ec2_tag, .del = d_keypair,
	    .flags = TK_NAMED | TK_PER_REGION },
	{ EC2T(kind_aws_ec2_nat_gateway, "DescribeNatGateways",
	    "natGatewaySet/item", m_nat_gateway), .edges = e_nat_gateway,
	    .tag = &ec2_tag, .del = d_nat_gateway },
	{ EC2T(kind_aws_ec2_network_interface, "DescribeNetworkInterfaces",
	    "networkInterfaceSet/item", m_network_interface),
	    .edges = e_network_interface, .tag = &ec2_tag,
	    .del = d_network_interface },
	{ EC2T(kind_aws_ec2_route_table, "DescribeRouteTables",
	    "routeTableSet/item", m_route_table), .edges = e_in_vpc,
	    .tag = &ec2_tag, .del = d_route_table },
	{ EC2T(kind_aws_ec2_security_group, "DescribeSecurityGroups",
	    "securityGroupInfo/item", m_security_group), .edges = e_in_vpc,
	    .tag = &ec2_tag, .del = d_security_group },
	{ EC2T(kind_aws_ec2_snapshot, "DescribeSnapshots", "snapshotSet/item",
	    m_snapshot), .params = "Owner.1=self", .edges = e_snapshot,
	    .tag = &ec2_tag, .del = d_snapshot },
	{ EC2T(kind_aws_ec2_subnet, "DescribeSubnets", "subnetSet/item",
	    m_subnet), .edges = e_in_vpc, .tag = &ec2_tag, .del = d_subnet },
	{ EC2T(kind_aws_ec2_volume, "DescribeVolumes", "volumeSet/item",
	    m_volume), .edges = e_volume, .tag = &ec2_tag, .del = d_volume,
	    .flags = TK_TIMES, .usage = u_volume, .times = t_volume,
	    .times_when = "status=available" },
	{ EC2T(kind_aws_vpc, "DescribeVpcs", "vpcSet/item", m_vpc),
	    .tag = &ec2_tag, .del = d_vpc },
	{ .kind = NULL }
};

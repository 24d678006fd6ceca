#!/usr/bin/env python3
"""The graph the reference worker (Resoto 3.6.5's AWS collector) makes of a
fake AWS fixture, for the part-1 kinds: nodes (ids, reported properties,
metadata) and edges (default and delete).

    python3 expect.py FIXTURE --account 111111111111 [--account 222222222222=resoto ...]
                      [--region us-east-1 ...] [--org-names] [--quirks] > expected.ndjson

    from expect import expected_graph, compare
    lines = expected_graph(fixture, {"111111111111": None, "222222222222": "resoto"})
    problems = compare(lines, actual_lines, started, finished)

Owns: an independent reading of the reference's resource classes
(plugins/aws/resoto_plugin_aws/resource/{base,ec2}.py, resotolib's base
resources and json helpers) written down as tables: which API member fills
which property (and its type and default), each class's property order, the
node identity tuple (collectors.md 1.5) and the edges each class's
connect_in_graph makes.  README.md ("Expected graphs") lists the rules, the
reference's quirks (reproduced with --quirks) and what cannot be derived.
"""
import argparse
import base64
import datetime
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cloudwatch  # noqa: E402  (the fake's metrics, from which the reference's usage follows)

CLOUD = "aws"
DEFAULT_CTIME = "2006-03-19T00:00:00Z"       # AwsRegion's default: AWS's public launch
# properties the reference takes from resotodata's bundled price and instance tables
# or the pricing API, not from the collected API: left out here, ignored by compare()
NOT_DERIVABLE = {"ondemand_cost", "pretty_name", "ecu", "physical_processor", "gpu_model"}


# -- the identity of a node

def node_id(kind, account, region, rid, name, cloud=CLOUD, zone="undefined"):
	"""collectors.md 1.5: base64url(BLAKE2b-128(repr(keys))) without padding."""
	keys = (kind, cloud, account, region, zone, rid, name)
	digest = hashlib.blake2b(str(keys).encode("utf-8"), digest_size=16).digest()
	return base64.urlsafe_b64encode(digest).decode().rstrip("=")


# -- property order: attrs collects base-class fields along the reversed MRO
# (a later base's field wins, a class's own field replaces inherited ones),
# then the class's own fields.  These classes mirror the reference's
# hierarchy; F lists each class's own fields in declaration order.

class BaseResource:
	F = ("id", "tags", "name", "ctime", "mtime", "atime")


class PhantomBaseResource(BaseResource):
	F = ()


class BaseQuota(PhantomBaseResource):
	F = ("quota", "usage", "quota_type")


class BaseType(BaseQuota):
	F = ()


class BaseInstanceType(BaseType):
	F = ("instance_type", "instance_cores", "instance_memory", "ondemand_cost", "reservations")


class BaseVolumeType(BaseType):
	F = ("volume_type", "ondemand_cost")


class BaseAccount(BaseResource):
	F = ()


class BaseRegion(BaseResource):
	F = ()


class BaseInstance(BaseResource):
	F = ("instance_cores", "instance_memory", "instance_type", "instance_status")


class BaseVolume(BaseResource):
	F = ("volume_size", "volume_type", "volume_status", "volume_iops", "volume_throughput", "volume_encrypted",
		"snapshot_before_delete")


class BaseSnapshot(BaseResource):
	F = ("snapshot_status", "description", "volume_id", "volume_size", "encrypted", "owner_id", "owner_alias")


class BaseNetwork(BaseResource):
	F = ()


class BaseSubnet(BaseResource):
	F = ()


class BaseGateway(BaseResource):
	F = ()


class BaseSecurityGroup(BaseResource):
	F = ()


class BaseRoutingTable(BaseResource):
	F = ()


class BaseNetworkInterface(BaseResource):
	F = ("network_interface_status", "network_interface_type", "mac", "private_ips", "public_ips", "v6_ips",
		"description")


class BaseIPAddress(BaseResource):
	F = ("ip_address", "ip_address_family")


class AwsResource(BaseResource):
	F = ("arn",)


class EC2Taggable:                  # a mixin without fields
	F = ()


def field_order(cls):
	own = list(cls.__dict__.get("F", ()))
	base = []
	for b in reversed(cls.__mro__[1:-1]):
		for f in b.__dict__.get("F", ()):
			if f not in own:
				base.append(f)
	seen, kept = set(), []
	for f in reversed(base):
		if f not in seen:
			seen.add(f)
			kept.insert(0, f)
	return kept + own


# -- reading API items as the reference does (json_bender semantics)

def S(*path, default=None):
	def get(js):
		try:
			for p in path:
				js = js[p]
			return js
		except (KeyError, TypeError, IndexError):
			return default
	return get


def then(first, second):
	"""first >> second: second runs only on a value that is not None."""
	def run(js):
		v = first(js)
		return second(v) if v is not None else None
	return run


def or_else(*getters):
	def run(js):
		for g in getters:
			v = g(js)
			if v is not None:
				return v
		return None
	return run


def obj(path, fields):
	"""S(path) >> Bend(nested): an empty or missing object is None."""
	return then(S(*path.split(".")), lambda v: build(fields, v) if v else None)


def objs(path, fields):
	"""S(path, default=[]) >> ForallBend(nested)."""
	return then(S(*path.split("."), default=[]), lambda v: [build(fields, x) for x in v])


def each(path, inner):
	"""S(path, default=[]) >> ForallBend(S(inner))."""
	return then(S(*path.split("."), default=[]), lambda v: [S(*inner.split("."))(x) for x in v])


def tags_of(member="Tags"):
	return then(S(member, default=[]), lambda v: {t.get("Key", "Key"): t.get("Value", "") for t in v})


def tag_value(name, member="Tags"):
	def run(js):
		for t in js.get(member) or []:
			if t.get("Key") == name:
				return t.get("Value", "")
		return None
	return run


def const(v):
	return lambda js: v


def P(path):
	return S(*path.split("."))


def build(fields, js):
	"""A nested class: its fields in order, each mapped or its default."""
	out = {}
	for name, spec in fields:
		out[name] = spec(js) if callable(spec) else spec
	return out


def strip_nulls(v):
	"""resotolib's to_json(strip_nulls=True): None values of objects go,
	recursively (also in objects inside lists); None list elements stay."""
	if isinstance(v, dict):
		return {k: strip_nulls(x) for k, x in v.items() if x is not None}
	if isinstance(v, list):
		return [strip_nulls(x) if isinstance(x, dict) else x for x in v]
	return v


# nested classes (field, mapping or default) in declaration order
PROCESSOR = [("supported_architectures", S("SupportedArchitectures", default=[])),
	("sustained_clock_speed_in_ghz", P("SustainedClockSpeedInGhz")), ("physical_processor", None)]
VCPU = [("default_v_cpus", P("DefaultVCpus")), ("default_cores", P("DefaultCores")),
	("default_threads_per_core", P("DefaultThreadsPerCore")), ("valid_cores", S("ValidCores", default=[])),
	("valid_threads_per_core", S("ValidThreadsPerCore", default=[]))]
DISK = [("size_in_gb", P("SizeInGB")), ("count", P("Count")), ("type", P("Type"))]
STORAGE = [("total_size_in_gb", P("TotalSizeInGB")), ("disks", objs("Disks", DISK)),
	("nvme_support", P("NvmeSupport")), ("encryption_support", P("EncryptionSupport"))]
EBS_OPT = [("baseline_bandwidth_in_mbps", P("BaselineBandwidthInMbps")),
	("baseline_throughput_in_mbps", P("BaselineThroughputInMBps")), ("baseline_iops", P("BaselineIops")),
	("maximum_bandwidth_in_mbps", P("MaximumBandwidthInMbps")),
	("maximum_throughput_in_mbps", P("MaximumThroughputInMBps")), ("maximum_iops", P("MaximumIops"))]
EBS = [("ebs_optimized_support", P("EbsOptimizedSupport")), ("encryption_support", P("EncryptionSupport")),
	("ebs_optimized_info", obj("EbsOptimizedInfo", EBS_OPT)), ("nvme_support", P("NvmeSupport"))]
NET_CARD = [("network_card_index", P("NetworkCardIndex")), ("network_performance", P("NetworkPerformance")),
	("maximum_network_interfaces", P("MaximumNetworkInterfaces"))]
NETWORK = [("network_performance", P("NetworkPerformance")),
	("maximum_network_interfaces", P("MaximumNetworkInterfaces")), ("maximum_network_cards", P("MaximumNetworkCards")),
	("default_network_card_index", P("DefaultNetworkCardIndex")), ("network_cards", objs("NetworkCards", NET_CARD)),
	("ipv4_addresses_per_interface", P("Ipv4AddressesPerInterface")),
	("ipv6_addresses_per_interface", P("Ipv6AddressesPerInterface")), ("ipv6_supported", P("Ipv6Supported")),
	("ena_support", P("EnaSupport")), ("efa_supported", P("EfaSupported")),
	("efa_info", P("EfaInfo.MaximumEfaInterfaces")),
	("encryption_in_transit_supported", P("EncryptionInTransitSupported"))]
DEVICE = [("name", P("Name")), ("manufacturer", P("Manufacturer")), ("count", P("Count")),
	("memory_info", P("MemoryInfo.SizeInMiB"))]
GPU = [("gpus", objs("Gpus", DEVICE)), ("total_gpu_memory_in_mi_b", P("TotalGpuMemoryInMiB")), ("gpu_model", None)]
FPGA = [("fpgas", objs("Fpgas", DEVICE)), ("total_fpga_memory_in_mi_b", P("TotalFpgaMemoryInMiB"))]
PLACEMENT_GROUP = [("supported_strategies", S("SupportedStrategies", default=[]))]
INFERENCE_DEV = [("count", P("Count")), ("name", P("Name")), ("manufacturer", P("Manufacturer"))]
INFERENCE = [("accelerators", objs("Accelerators", INFERENCE_DEV))]

VOLUME_ATTACHMENT = [("attach_time", P("AttachTime")), ("device", P("Device")), ("instance_id", P("InstanceId")),
	("state", P("State")), ("volume_id", P("VolumeId")), ("delete_on_termination", P("DeleteOnTermination"))]

PLACEMENT = [("availability_zone", P("AvailabilityZone")), ("affinity", P("Affinity")), ("group_name", P("GroupName")),
	("partition_number", P("PartitionNumber")), ("host_id", P("HostId")), ("tenancy", P("Tenancy")),
	("spread_domain", P("SpreadDomain")), ("host_resource_group_arn", P("HostResourceGroupArn"))]
PRODUCT_CODE = [("product_code_id", P("ProductCodeId")), ("product_code_type", P("ProductCodeType"))]
INSTANCE_STATE = [("code", P("Code")), ("name", P("Name"))]
EBS_BLOCK = [("attach_time", P("AttachTime")), ("delete_on_termination", P("DeleteOnTermination")),
	("status", P("Status")), ("volume_id", P("VolumeId"))]
BLOCK_MAPPING = [("device_name", P("DeviceName")), ("ebs", obj("Ebs", EBS_BLOCK))]
IAM_PROFILE = [("arn", P("Arn")), ("id", P("Id"))]
GPU_ASSOC = [("elastic_gpu_id", P("ElasticGpuId")), ("elastic_gpu_association_id", P("ElasticGpuAssociationId")),
	("elastic_gpu_association_state", P("ElasticGpuAssociationState")),
	("elastic_gpu_association_time", P("ElasticGpuAssociationTime"))]
EIA_ASSOC = [("elastic_inference_accelerator_arn", P("ElasticInferenceAcceleratorArn")),
	("elastic_inference_accelerator_association_id", P("ElasticInferenceAcceleratorAssociationId")),
	("elastic_inference_accelerator_association_state", P("ElasticInferenceAcceleratorAssociationState")),
	("elastic_inference_accelerator_association_time", P("ElasticInferenceAcceleratorAssociationTime"))]
INST_NI_ASSOC = [("carrier_ip", P("CarrierIp")), ("customer_owned_ip", P("CustomerOwnedIp")),
	("owner_id", P("IpOwnerId")), ("public_dns_name", P("PublicDnsName")), ("public_ip", P("PublicIp"))]
INST_NI_ATTACH = [("attach_time", P("AttachTime")), ("attachment_id", P("AttachmentId")),
	("delete_on_termination", P("DeleteOnTermination")), ("device_index", P("DeviceIndex")), ("status", P("Status")),
	("network_card_index", P("NetworkCardIndex"))]
GROUP_ID = [("group_name", P("GroupName")), ("group_id", P("GroupId"))]
INST_PRIVATE_IP = [("association", obj("Association", INST_NI_ASSOC)), ("primary", P("Primary")),
	("private_dns_name", P("PrivateDnsName")), ("private_ip_address", P("PrivateIpAddress"))]
INST_NI = [("association", obj("Association", INST_NI_ASSOC)), ("attachment", obj("Attachment", INST_NI_ATTACH)),
	("description", P("Description")), ("groups", objs("Groups", GROUP_ID)),
	("ipv6_addresses", each("Ipv6Addresses", "Ipv6Address")), ("mac_address", P("MacAddress")),
	("network_interface_id", P("NetworkInterfaceId")), ("private_dns_name", P("PrivateDnsName")),
	("private_ip_address", P("PrivateIpAddress")), ("private_ip_addresses", objs("PrivateIpAddresses", INST_PRIVATE_IP)),
	("source_dest_check", P("SourceDestCheck")), ("status", P("Status")), ("interface_type", P("InterfaceType")),
	("ipv4_prefixes", each("Ipv4Prefixes", "Ipv4Prefix")), ("ipv6_prefixes", each("Ipv6Prefixes", "Ipv6Prefix"))]
STATE_REASON = [("code", P("Code")), ("message", P("Message"))]
CPU_OPTIONS = [("core_count", P("CoreCount")), ("threads_per_core", P("ThreadsPerCore"))]
CAP_TARGET = [("capacity_reservation_id", P("CapacityReservationId")),
	("capacity_reservation_resource_group_arn", P("CapacityReservationResourceGroupArn"))]
CAP_SPEC = [("capacity_reservation_preference", P("CapacityReservationPreference")),
	("capacity_reservation_target", obj("CapacityReservationTarget", CAP_TARGET))]
METADATA_OPTIONS = [("state", P("State")), ("http_tokens", P("HttpTokens")),
	("http_put_response_hop_limit", P("HttpPutResponseHopLimit")), ("http_endpoint", P("HttpEndpoint")),
	("http_protocol_ipv6", P("HttpProtocolIpv6")), ("instance_metadata_tags", P("InstanceMetadataTags"))]
DNS_OPTIONS = [("hostname_type", P("HostnameType")),
	("enable_resource_name_dns_a_record", P("EnableResourceNameDnsARecord")),
	("enable_resource_name_dns_aaaa_record", P("EnableResourceNameDnsAAAARecord"))]

NI_ASSOC = [("allocation_id", P("AllocationId")), ("association_id", P("AssociationId")),
	("public_dns_name", P("PublicDnsName")), ("public_ip", P("PublicIp")), ("customer_owned_ip", P("CustomerOwnedIp")),
	("carrier_ip", P("CarrierIp"))]
NI_ATTACH = [("attach_time", P("AttachTime")), ("attachment_id", P("AttachmentId")),
	("delete_on_termination", P("DeleteOnTermination")), ("device_index", P("DeviceIndex")),
	("network_card_index", P("NetworkCardIndex")), ("instance_id", P("InstanceId")), ("status", P("Status"))]
NI_PRIVATE_IP = [("association", obj("Association", NI_ASSOC)), ("primary", P("Primary")),
	("private_dns_name", P("PrivateDnsName")), ("private_ip_address", P("PrivateIpAddress"))]
EC2_TAG = [("key", P("Key")), ("value", P("Value"))]

CIDR_STATE = [("state", P("State")), ("status_message", P("StatusMessage"))]
VPC_V6_ASSOC = [("association_id", P("AssociationId")), ("ipv6_cidr_block", P("Ipv6CidrBlock")),
	("ipv6_cidr_block_state", obj("Ipv6CidrBlockState", CIDR_STATE)), ("network_border_group", P("NetworkBorderGroup")),
	("ipv6_pool", P("Ipv6Pool"))]
VPC_ASSOC = [("association_id", P("AssociationId")), ("cidr_block", P("CidrBlock")),
	("cidr_block_state", obj("CidrBlockState", CIDR_STATE))]
SUBNET_V6_ASSOC = [("association_id", P("AssociationId")), ("ipv6_cidr_block", P("Ipv6CidrBlock")),
	("ipv6_cidr_block_state", obj("Ipv6CidrBlockState", CIDR_STATE))]

IP_RANGE = [("cidr_ip", P("CidrIp")), ("description", P("Description"))]
IPV6_RANGE = [("cidr_ipv6", P("CidrIpv6")), ("description", P("Description"))]
PREFIX_LIST = [("description", P("Description")), ("prefix_list_id", P("PrefixListId"))]
GROUP_PAIR = [("description", P("Description")), ("group_id", P("GroupId")), ("group_name", P("GroupName")),
	("peering_status", P("PeeringStatus")), ("user_id", P("UserId")), ("vpc_id", P("VpcId")),
	("vpc_peering_connection_id", P("VpcPeeringConnectionId"))]
PERMISSION = [("from_port", P("FromPort")), ("ip_protocol", P("IpProtocol")), ("ip_ranges", objs("IpRanges", IP_RANGE)),
	("ipv6_ranges", objs("Ipv6Ranges", IPV6_RANGE)), ("prefix_list_ids", objs("PrefixListIds", PREFIX_LIST)),
	("to_port", P("ToPort")), ("user_id_group_pairs", objs("UserIdGroupPairs", GROUP_PAIR))]

NAT_ADDRESS = [("allocation_id", P("AllocationId")), ("network_interface_id", P("NetworkInterfaceId")),
	("private_ip", P("PrivateIp")), ("public_ip", P("PublicIp"))]
BANDWIDTH = [("provision_time", P("ProvisionTime")), ("provisioned", P("Provisioned")),
	("request_time", P("RequestTime")), ("requested", P("Requested")), ("status", P("Status"))]
IGW_ATTACH = [("state", P("State")), ("vpc_id", P("VpcId"))]
RT_ASSOC_STATE = [("state", P("State")), ("status_message", P("StatusMessage"))]
RT_ASSOC = [("main", P("Main")), ("route_table_association_id", P("RouteTableAssociationId")),
	("route_table_id", P("RouteTableId")), ("subnet_id", P("SubnetId")), ("gateway_id", P("GatewayId")),
	("association_state", obj("AssociationState", RT_ASSOC_STATE))]
ROUTE = [(n, P(a)) for n, a in (("destination_cidr_block", "DestinationCidrBlock"),
	("destination_ipv6_cidr_block", "DestinationIpv6CidrBlock"), ("destination_prefix_list_id", "DestinationPrefixListId"),
	("egress_only_internet_gateway_id", "EgressOnlyInternetGatewayId"), ("gateway_id", "GatewayId"),
	("instance_id", "InstanceId"), ("instance_owner_id", "InstanceOwnerId"), ("nat_gateway_id", "NatGatewayId"),
	("transit_gateway_id", "TransitGatewayId"), ("local_gateway_id", "LocalGatewayId"),
	("carrier_gateway_id", "CarrierGatewayId"), ("network_interface_id", "NetworkInterfaceId"), ("origin", "Origin"),
	("state", "State"), ("vpc_peering_connection_id", "VpcPeeringConnectionId"), ("core_network_arn", "CoreNetworkArn"))]

INSTANCE_STATUS = {"pending": "busy", "running": "running", "shutting-down": "stopped", "terminated": "terminated",
	"stopping": "stopped", "stopped": "stopped"}
VOLUME_STATUS = {"creating": "busy", "available": "available", "in-use": "in-use", "deleting": "deleted",
	"deleted": "deleted", "error": "error"}


def enum(path, table, default):
	return then(P(path), lambda v: table.get(v, default))


# -- the kinds: class (for the property order), python type, mapping, defaults of unmapped fields

class AwsAccount(BaseAccount, AwsResource):
	F = ("account_alias", "role", "profile", "partition", "users", "groups", "account_mfa_enabled",
		"account_access_keys_present", "account_signing_certificates_present", "mfa_devices", "mfa_devices_in_use",
		"policies", "policy_versions_in_use", "global_endpoint_token_version", "server_certificates",
		"minimum_password_length", "require_symbols", "require_numbers", "require_uppercase_characters",
		"require_lowercase_characters", "allow_users_to_change_password", "expire_passwords", "max_password_age",
		"password_reuse_prevention", "hard_expiry")


class AwsRegion(BaseRegion, AwsResource):
	F = ("ctime",)


class AwsEc2VolumeType(AwsResource, BaseVolumeType):
	F = ()


class AwsEc2InstanceType(AwsResource, BaseInstanceType):
	F = ("pretty_name", "ecu", "current_generation", "free_tier_eligible", "supported_usage_classes",
		"supported_root_device_types", "supported_virtualization_types", "bare_metal", "hypervisor",
		"instance_type_processor_info", "instance_type_v_cpu_info", "memory_info", "instance_storage_supported",
		"instance_type_instance_storage_info", "instance_type_ebs_info", "instance_type_network_info",
		"instance_type_gpu_info", "instance_type_fpga_info", "instance_type_placement_group_info",
		"instance_type_inference_accelerator_info", "hibernation_supported", "burstable_performance_supported",
		"dedicated_hosts_supported", "auto_recovery_supported", "supported_boot_modes")
	M = {"id": P("InstanceType"), "tags": tags_of(), "name": P("InstanceType"), "instance_type": P("InstanceType"),
		"instance_cores": P("VCpuInfo.DefaultVCpus"),
		"instance_memory": then(P("MemoryInfo.SizeInMiB"), lambda x: int(x) / 1024),
		"current_generation": P("CurrentGeneration"), "free_tier_eligible": P("FreeTierEligible"),
		"supported_usage_classes": S("SupportedUsageClasses", default=[]),
		"supported_root_device_types": S("SupportedRootDeviceTypes", default=[]),
		"supported_virtualization_types": S("SupportedVirtualizationTypes", default=[]),
		"bare_metal": P("BareMetal"), "hypervisor": P("Hypervisor"),
		"instance_type_processor_info": obj("ProcessorInfo", PROCESSOR),
		"instance_type_v_cpu_info": obj("VCpuInfo", VCPU), "memory_info": P("MemoryInfo.SizeInMiB"),
		"instance_storage_supported": P("InstanceStorageSupported"),
		"instance_type_instance_storage_info": obj("InstanceStorageInfo", STORAGE),
		"instance_type_ebs_info": obj("EbsInfo", EBS), "instance_type_network_info": obj("NetworkInfo", NETWORK),
		"instance_type_gpu_info": obj("GpuInfo", GPU), "instance_type_fpga_info": obj("FpgaInfo", FPGA),
		"instance_type_placement_group_info": obj("PlacementGroupInfo", PLACEMENT_GROUP),
		"instance_type_inference_accelerator_info": obj("InferenceAcceleratorInfo", INFERENCE),
		"hibernation_supported": P("HibernationSupported"),
		"burstable_performance_supported": P("BurstablePerformanceSupported"),
		"dedicated_hosts_supported": P("DedicatedHostsSupported"), "auto_recovery_supported": P("AutoRecoverySupported"),
		"supported_boot_modes": S("SupportedBootModes", default=[])}


class AwsEc2Volume(EC2Taggable, AwsResource, BaseVolume):
	F = ("volume_attachments", "availability_zone", "volume_encrypted", "volume_kms_key_id", "volume_outpost_arn",
		"volume_snapshot_id", "volume_iops", "volume_fast_restored", "volume_multi_attach_enabled", "volume_throughput")
	M = {"id": P("VolumeId"), "tags": tags_of(), "name": tag_value("Name"), "ctime": P("CreateTime"), "volume_size": P("Size"), "volume_type": P("VolumeType"),
		"volume_status": enum("State", VOLUME_STATUS, "unknown"), "volume_iops": P("Iops"),
		"volume_throughput": P("Throughput"), "volume_encrypted": P("Encrypted"),
		"volume_attachments": objs("Attachments", VOLUME_ATTACHMENT), "availability_zone": P("AvailabilityZone"),
		"volume_kms_key_id": P("KmsKeyId"), "volume_outpost_arn": P("OutpostArn"), "volume_snapshot_id": P("SnapshotId"),
		"volume_fast_restored": P("FastRestored"), "volume_multi_attach_enabled": P("MultiAttachEnabled")}
	D = {"snapshot_before_delete": False}


class AwsEc2Snapshot(EC2Taggable, AwsResource, BaseSnapshot):
	F = ("snapshot_data_encryption_key_id", "snapshot_kms_key_id", "snapshot_progress", "snapshot_state_message",
		"snapshot_outpost_arn", "snapshot_storage_tier", "snapshot_restore_expiry_time")
	M = {"id": P("SnapshotId"), "tags": tags_of(), "name": or_else(tag_value("Name"), P("SnapshotId")),
		"ctime": P("StartTime"), "description": P("Description"), "encrypted": P("Encrypted"),
		"owner_alias": P("OwnerAlias"), "owner_id": P("OwnerId"), "volume_id": P("VolumeId"),
		"volume_size": P("VolumeSize"), "snapshot_data_encryption_key_id": P("DataEncryptionKeyId"),
		"snapshot_kms_key_id": P("KmsKeyId"), "snapshot_outpost_arn": P("OutpostArn"),
		"snapshot_progress": P("Progress"), "snapshot_state_message": P("StateMessage"), "snapshot_status": P("State"),
		"snapshot_storage_tier": P("StorageTier"), "snapshot_restore_expiry_time": P("RestoreExpiryTime")}


class AwsEc2KeyPair(EC2Taggable, AwsResource):
	F = ("key_fingerprint", "key_type", "public_key")
	M = {"id": P("KeyPairId"), "name": P("KeyName"), "tags": tags_of(), "key_fingerprint": P("KeyFingerprint"),
		"key_type": P("KeyType"), "public_key": P("PublicKey"), "ctime": P("CreateTime")}


class AwsEc2Instance(EC2Taggable, AwsResource, BaseInstance):
	F = tuple("instance_" + f for f in ("ami_launch_index", "image_id", "kernel_id", "key_name", "launch_time",
		"monitoring", "placement", "platform", "private_dns_name", "private_ip_address", "product_codes",
		"public_dns_name", "public_ip_address", "ramdisk_id", "state", "state_transition_reason", "subnet_id",
		"architecture", "block_device_mappings", "client_token", "ebs_optimized", "ena_support", "hypervisor",
		"iam_instance_profile", "lifecycle", "elastic_gpu_associations", "elastic_inference_accelerator_associations",
		"network_interfaces", "outpost_arn", "root_device_name", "root_device_type", "security_groups",
		"source_dest_check", "spot_instance_request_id", "sriov_net_support", "state_reason", "virtualization_type",
		"cpu_options", "capacity_reservation_id", "capacity_reservation_specification", "hibernation_options",
		"licenses", "metadata_options", "enclave_options", "boot_mode", "platform_details", "usage_operation",
		"usage_operation_update_time", "private_dns_name_options", "ipv6_address", "tpm_support",
		"maintenance_options"))
	M = {"id": P("InstanceId"), "tags": tags_of(), "name": tag_value("Name"), "ctime": P("LaunchTime"),
		"instance_status": enum("State.Name", INSTANCE_STATUS, "unknown"), "instance_cores": P("CpuOptions.CoreCount"),
		"instance_ami_launch_index": P("AmiLaunchIndex"), "instance_image_id": P("ImageId"),
		"instance_type": P("InstanceType"), "instance_kernel_id": P("KernelId"), "instance_key_name": P("KeyName"),
		"instance_launch_time": P("LaunchTime"), "instance_monitoring": P("Monitoring.State"),
		"instance_placement": obj("Placement", PLACEMENT), "instance_platform": P("Platform"),
		"instance_private_dns_name": P("PrivateDnsName"), "instance_private_ip_address": P("PrivateIpAddress"),
		"instance_product_codes": objs("ProductCodes", PRODUCT_CODE), "instance_public_dns_name": P("PublicDnsName"),
		"instance_public_ip_address": P("PublicIpAddress"), "instance_ramdisk_id": P("RamdiskId"),
		"instance_state": obj("State", INSTANCE_STATE), "instance_state_transition_reason": P("StateTransitionReason"),
		"instance_subnet_id": P("SubnetId"), "instance_architecture": P("Architecture"),
		"instance_block_device_mappings": objs("BlockDeviceMappings", BLOCK_MAPPING),
		"instance_client_token": P("ClientToken"), "instance_ebs_optimized": P("EbsOptimized"),
		"instance_ena_support": P("EnaSupport"), "instance_hypervisor": P("Hypervisor"),
		"instance_iam_instance_profile": obj("IamInstanceProfile", IAM_PROFILE),
		"instance_lifecycle": P("InstanceLifecycle"),
		"instance_elastic_gpu_associations": objs("ElasticGpuAssociations", GPU_ASSOC),
		"instance_elastic_inference_accelerator_associations": objs("ElasticInferenceAcceleratorAssociations",
			EIA_ASSOC),
		"instance_network_interfaces": objs("NetworkInterfaces", INST_NI), "instance_outpost_arn": P("OutpostArn"),
		"instance_root_device_name": P("RootDeviceName"), "instance_root_device_type": P("RootDeviceType"),
		"instance_security_groups": objs("SecurityGroups", GROUP_ID),
		"instance_source_dest_check": P("SourceDestCheck"),
		"instance_spot_instance_request_id": P("SpotInstanceRequestId"),
		"instance_sriov_net_support": P("SriovNetSupport"), "instance_state_reason": obj("StateReason", STATE_REASON),
		"instance_virtualization_type": P("VirtualizationType"), "instance_cpu_options": obj("CpuOptions", CPU_OPTIONS),
		"instance_capacity_reservation_id": P("CapacityReservationId"),
		"instance_capacity_reservation_specification": obj("CapacityReservationSpecification", CAP_SPEC),
		"instance_hibernation_options": P("HibernationOptions.Configured"),
		"instance_licenses": each("Licenses", "LicenseConfigurationArn"),
		"instance_metadata_options": obj("MetadataOptions", METADATA_OPTIONS),
		"instance_enclave_options": P("EnclaveOptions.Enabled"), "instance_boot_mode": P("BootMode"),
		"instance_platform_details": P("PlatformDetails"), "instance_usage_operation": P("UsageOperation"),
		"instance_usage_operation_update_time": P("UsageOperationUpdateTime"),
		"instance_private_dns_name_options": obj("PrivateDnsNameOptions", DNS_OPTIONS),
		"instance_ipv6_address": P("Ipv6Address"), "instance_tpm_support": P("TpmSupport"),
		"instance_maintenance_options": P("MaintenanceOptions.AutoRecovery")}
	D = {"instance_memory": 0.0}


class AwsEc2ElasticIp(EC2Taggable, AwsResource, BaseIPAddress):
	F = ("public_ip", "private_ip_address", "ip_allocation_id", "ip_association_id", "ip_domain",
		"ip_network_interface_id", "ip_public_ipv4_pool", "ip_network_border_group", "ip_customer_owned_ip",
		"ip_customer_owned_ipv4_pool", "ip_carrier_ip")
	M = {"id": P("PublicIp"), "tags": tags_of(),
		"name": or_else(P("InstanceId"), tag_value("Name"), P("NetworkInterfaceId")),
		"ip_address": P("PublicIp"), "ip_address_family": const("ipv4"), "private_ip_address": P("PrivateIpAddress"),
		"public_ip": P("PublicIp"), "ip_allocation_id": P("AllocationId"), "ip_association_id": P("AssociationId"),
		"ip_domain": P("Domain"), "ip_network_interface_id": P("NetworkInterfaceId"),
		"ip_public_ipv4_pool": P("PublicIpv4Pool"), "ip_network_border_group": P("NetworkBorderGroup"),
		"ip_customer_owned_ip": P("CustomerOwnedIp"), "ip_customer_owned_ipv4_pool": P("CustomerOwnedIpv4Pool"),
		"ip_carrier_ip": P("CarrierIp")}


class AwsEc2NetworkInterface(EC2Taggable, AwsResource, BaseNetworkInterface):
	F = ("nic_association", "nic_attachment", "nic_availability_zone", "nic_groups", "nic_outpost_arn",
		"nic_private_dns_name", "nic_private_ip_address", "nic_private_ip_addresses", "nic_ipv4_prefixes",
		"nic_ipv6_prefixes", "nic_requester_id", "nic_requester_managed", "nic_source_dest_check", "nic_subnet_id",
		"nic_tag_set", "nic_deny_all_igw_traffic", "nic_ipv6_native", "nic_ipv6_address")
	M = {"id": P("NetworkInterfaceId"), "tags": tags_of("TagSet"), "name": tag_value("Name", "TagSet"),
		"network_interface_type": P("InterfaceType"), "network_interface_status": P("Status"),
		"private_ips": each("PrivateIpAddresses", "PrivateIpAddress"),
		"public_ips": then(each("PrivateIpAddresses", "Association.PublicIp"), lambda v: [x for x in v if x is not None]),
		"mac": P("MacAddress"), "v6_ips": each("Ipv6Addresses", "Ipv6Address"), "description": P("Description"),
		"nic_association": obj("Association", NI_ASSOC), "nic_attachment": obj("Attachment", NI_ATTACH),
		"nic_availability_zone": P("AvailabilityZone"), "nic_groups": objs("Groups", GROUP_ID),
		"nic_outpost_arn": P("OutpostArn"), "nic_private_dns_name": P("PrivateDnsName"),
		"nic_private_ip_address": P("PrivateIpAddress"),
		"nic_private_ip_addresses": objs("PrivateIpAddresses", NI_PRIVATE_IP),
		"nic_ipv4_prefixes": each("Ipv4Prefixes", "Ipv4Prefix"), "nic_ipv6_prefixes": each("Ipv6Prefixes", "Ipv6Prefix"),
		"nic_requester_id": P("RequesterId"), "nic_requester_managed": P("RequesterManaged"),
		"nic_source_dest_check": P("SourceDestCheck"), "nic_subnet_id": P("SubnetId"),
		"nic_tag_set": objs("TagSet", EC2_TAG), "nic_deny_all_igw_traffic": P("DenyAllIgwTraffic"),
		"nic_ipv6_native": P("Ipv6Native"), "nic_ipv6_address": P("Ipv6Address")}
	# the reference reads tags and name from "Tags", which a network interface never has (its
	# tags are "TagSet"): tags are always {} and the name the id.  --quirks reproduces that.
	QUIRKS = {"tags": tags_of("Tags"), "name": tag_value("Name", "Tags")}


class AwsEc2Vpc(EC2Taggable, AwsResource, BaseNetwork):
	F = ("vpc_cidr_block", "vpc_dhcp_options_id", "vpc_state", "vpc_instance_tenancy",
		"vpc_ipv6_cidr_block_association_set", "vpc_cidr_block_association_set", "vpc_is_default")
	M = {"id": P("VpcId"), "tags": tags_of(), "name": tag_value("Name"), "vpc_cidr_block": P("CidrBlock"),
		"vpc_dhcp_options_id": P("DhcpOptionsId"), "vpc_state": P("State"), "vpc_instance_tenancy": P("InstanceTenancy"),
		"vpc_ipv6_cidr_block_association_set": objs("Ipv6CidrBlockAssociationSet", VPC_V6_ASSOC),
		"vpc_cidr_block_association_set": objs("CidrBlockAssociationSet", VPC_ASSOC), "vpc_is_default": P("IsDefault")}


class AwsEc2Subnet(EC2Taggable, AwsResource, BaseSubnet):
	F = ("subnet_availability_zone", "subnet_availability_zone_id", "subnet_available_ip_address_count",
		"subnet_cidr_block", "subnet_default_for_az", "subnet_enable_lni_at_device_index",
		"subnet_map_public_ip_on_launch", "subnet_map_customer_owned_ip_on_launch", "subnet_customer_owned_ipv4_pool",
		"subnet_state", "subnet_assign_ipv6_address_on_creation", "subnet_ipv6_cidr_block_association_set",
		"subnet_outpost_arn", "subnet_enable_dns64", "subnet_ipv6_native", "subnet_private_dns_name_options_on_launch")
	M = {"id": P("SubnetId"), "tags": tags_of(), "name": or_else(tag_value("Name"), P("SubnetId")),
		"ctime": const(None), "mtime": const(None), "atime": const(None),
		"subnet_availability_zone": P("AvailabilityZone"), "subnet_availability_zone_id": P("AvailabilityZoneId"),
		"subnet_available_ip_address_count": P("AvailableIpAddressCount"), "subnet_cidr_block": P("CidrBlock"),
		"subnet_default_for_az": P("DefaultForAz"), "subnet_enable_lni_at_device_index": P("EnableLniAtDeviceIndex"),
		"subnet_map_public_ip_on_launch": P("MapPublicIpOnLaunch"),
		"subnet_map_customer_owned_ip_on_launch": P("MapCustomerOwnedIpOnLaunch"),
		"subnet_customer_owned_ipv4_pool": P("CustomerOwnedIpv4Pool"), "subnet_state": P("State"),
		"subnet_assign_ipv6_address_on_creation": P("AssignIpv6AddressOnCreation"),
		"subnet_ipv6_cidr_block_association_set": objs("Ipv6CidrBlockAssociationSet", SUBNET_V6_ASSOC),
		"arn": P("SubnetArn"), "subnet_outpost_arn": P("OutpostArn"), "subnet_enable_dns64": P("EnableDns64"),
		"subnet_ipv6_native": P("Ipv6Native"),
		"subnet_private_dns_name_options_on_launch": obj("PrivateDnsNameOptionsOnLaunch", DNS_OPTIONS)}


class AwsEc2SecurityGroup(EC2Taggable, AwsResource, BaseSecurityGroup):
	F = ("description", "group_ip_permissions", "group_ip_permissions_egress")
	M = {"id": P("GroupId"), "tags": tags_of(), "name": P("GroupName"), "description": P("Description"),
		"group_ip_permissions": objs("IpPermissions", PERMISSION),
		"group_ip_permissions_egress": objs("IpPermissionsEgress", PERMISSION)}


class AwsEc2NatGateway(EC2Taggable, AwsResource, BaseGateway):
	F = ("nat_delete_time", "nat_failure_code", "nat_failure_message", "nat_gateway_addresses",
		"nat_provisioned_bandwidth", "nat_state", "nat_connectivity_type")
	M = {"id": P("NatGatewayId"), "tags": tags_of(), "name": tag_value("Name"), "ctime": P("CreateTime"),
		"nat_delete_time": P("DeleteTime"), "nat_failure_code": P("FailureCode"),
		"nat_failure_message": P("FailureMessage"), "nat_gateway_addresses": objs("NatGatewayAddresses", NAT_ADDRESS),
		"nat_provisioned_bandwidth": obj("ProvisionedBandwidth", BANDWIDTH), "nat_state": P("State"),
		"nat_connectivity_type": P("ConnectivityType")}


class AwsEc2InternetGateway(EC2Taggable, AwsResource, BaseGateway):
	F = ("gateway_attachments",)
	M = {"id": P("InternetGatewayId"), "tags": tags_of(), "name": or_else(tag_value("Name"), P("InternetGatewayId")),
		"gateway_attachments": objs("Attachments", IGW_ATTACH)}


class AwsEc2RouteTable(EC2Taggable, AwsResource, BaseRoutingTable):
	F = ("route_table_associations", "route_table_propagating_vgws", "route_table_routes", "owner_id")
	M = {"id": P("RouteTableId"), "tags": tags_of(), "name": or_else(tag_value("Name"), P("RouteTableId")),
		"route_table_associations": objs("Associations", RT_ASSOC),
		"route_table_propagating_vgws": each("PropagatingVgws", "GatewayId"),
		"route_table_routes": objs("Routes", ROUTE), "owner_id": P("OwnerId")}



# -- part 2: load balancers (resource/elb.py, elbv2.py)

class BaseLoadBalancer(BaseResource):
	F = ("lb_type", "public_ip_address", "backends")


class ElbTaggable:
	F = ()


def _s_list(path):
	return S(*path.split("."), default=[])


ELB_LISTENER = [("protocol", P("Protocol")), ("load_balancer_port", P("LoadBalancerPort")),
	("instance_protocol", P("InstanceProtocol")), ("instance_port", P("InstancePort")),
	("ssl_certificate_id", P("SSLCertificateId"))]
ELB_LISTENER_DESC = [("listener", obj("Listener", ELB_LISTENER)), ("policy_names", _s_list("PolicyNames"))]
ELB_APP_COOKIE = [("policy_name", P("PolicyName")), ("cookie_name", P("CookieName"))]
ELB_LB_COOKIE = [("policy_name", P("PolicyName")), ("cookie_expiration_period", P("CookieExpirationPeriod"))]
ELB_POLICIES = [("app_cookie_stickiness_policies", objs("AppCookieStickinessPolicies", ELB_APP_COOKIE)),
	("lb_cookie_stickiness_policies", objs("LBCookieStickinessPolicies", ELB_LB_COOKIE)),
	("other_policies", _s_list("OtherPolicies"))]
ELB_BACKEND = [("instance_port", P("InstancePort")), ("policy_names", _s_list("PolicyNames"))]
ELB_HEALTH = [("target", P("Target")), ("interval", P("Interval")), ("timeout", P("Timeout")),
	("unhealthy_threshold", P("UnhealthyThreshold")), ("healthy_threshold", P("HealthyThreshold"))]
ELB_SOURCE_SG = [("owner_alias", P("OwnerAlias")), ("group_name", P("GroupName"))]


class AwsElb(ElbTaggable, AwsResource, BaseLoadBalancer):
	F = ("scheme", "elb_canonical_hosted_zone_name", "elb_canonical_hosted_zone_name_id",
		"elb_listener_descriptions", "elb_policies", "elb_backend_server_descriptions", "elb_availability_zones",
		"elb_health_check", "elb_source_security_group")
	M = {"id": P("DNSName"), "name": P("LoadBalancerName"), "lb_type": const("elb"), "ctime": P("CreatedTime"),
		"backends": each("Instances", "InstanceId"),
		"elb_canonical_hosted_zone_name": P("CanonicalHostedZoneName"),
		"elb_canonical_hosted_zone_name_id": P("CanonicalHostedZoneNameID"),
		"elb_listener_descriptions": objs("ListenerDescriptions", ELB_LISTENER_DESC),
		"elb_policies": obj("Policies", ELB_POLICIES),
		"elb_backend_server_descriptions": objs("BackendServerDescriptions", ELB_BACKEND),
		"elb_availability_zones": _s_list("AvailabilityZones"), "elb_health_check": obj("HealthCheck", ELB_HEALTH),
		"elb_source_security_group": obj("SourceSecurityGroup", ELB_SOURCE_SG), "scheme": P("Scheme"),
		"tags": tags_of("_Tags")}
	D = {"lb_type": "", "backends": []}


ALB_STATE = [("code", P("Code")), ("reason", P("Reason"))]
ALB_ADDRESS = [("ip_address", P("IpAddress")), ("allocation_id", P("AllocationId")),
	("private_i_pv4_address", P("PrivateIPv4Address")), ("i_pv6_address", P("IPv6Address"))]
ALB_AZ = [("zone_name", P("ZoneName")), ("subnet_id", P("SubnetId")), ("outpost_id", P("OutpostId")),
	("load_balancer_addresses", objs("LoadBalancerAddresses", ALB_ADDRESS))]
ALB_CERT = [("certificate_arn", P("CertificateArn")), ("is_default", P("IsDefault"))]
ALB_OIDC = [(n, P(a)) for n, a in (("issuer", "Issuer"), ("authorization_endpoint", "AuthorizationEndpoint"),
	("token_endpoint", "TokenEndpoint"), ("user_info_endpoint", "UserInfoEndpoint"), ("client_id", "ClientId"),
	("client_secret", "ClientSecret"), ("session_cookie_name", "SessionCookieName"), ("scope", "Scope"),
	("session_timeout", "SessionTimeout"), ("authentication_request_extra_params", "AuthenticationRequestExtraParams"),
	("on_unauthenticated_request", "OnUnauthenticatedRequest"),
	("use_existing_client_secret", "UseExistingClientSecret"))]
ALB_COGNITO = [(n, P(a)) for n, a in (("user_pool_arn", "UserPoolArn"), ("user_pool_client_id", "UserPoolClientId"),
	("user_pool_domain", "UserPoolDomain"), ("session_cookie_name", "SessionCookieName"), ("scope", "Scope"),
	("session_timeout", "SessionTimeout"), ("authentication_request_extra_params", "AuthenticationRequestExtraParams"),
	("on_unauthenticated_request", "OnUnauthenticatedRequest"))]
ALB_REDIRECT = [(n, P(a)) for n, a in (("protocol", "Protocol"), ("port", "Port"), ("host", "Host"), ("path", "Path"),
	("query", "Query"), ("status_code", "StatusCode"))]
ALB_FIXED = [("message_body", P("MessageBody")), ("status_code", P("StatusCode")), ("content_type", P("ContentType"))]
ALB_TG_TUPLE = [("target_group_arn", P("TargetGroupArn")), ("weight", P("Weight"))]
ALB_STICKY = [("enabled", P("Enabled")), ("duration_seconds", P("DurationSeconds"))]
ALB_FORWARD = [("target_groups", objs("TargetGroups", ALB_TG_TUPLE)),
	("target_group_stickiness_config", obj("TargetGroupStickinessConfig", ALB_STICKY))]
ALB_ACTION = [("type", P("Type")), ("target_group_arn", P("TargetGroupArn")),
	("authenticate_oidc_config", obj("AuthenticateOidcConfig", ALB_OIDC)),
	("authenticate_cognito_config", obj("AuthenticateCognitoConfig", ALB_COGNITO)), ("order", P("Order")),
	("redirect_config", obj("RedirectConfig", ALB_REDIRECT)),
	("fixed_response_config", obj("FixedResponseConfig", ALB_FIXED)),
	("forward_config", obj("ForwardConfig", ALB_FORWARD))]
ALB_LISTENER = [("listener_arn", P("ListenerArn")), ("load_balancer_arn", P("LoadBalancerArn")), ("port", P("Port")),
	("protocol", P("Protocol")), ("certificates", objs("Certificates", ALB_CERT)), ("ssl_policy", P("SslPolicy")),
	("default_actions", objs("DefaultActions", ALB_ACTION)), ("alpn_policy", _s_list("AlpnPolicy"))]


def _first_ip(js):
	"""S("AvailabilityZones")[0] >> S("LoadBalancerAddresses")[0] >> S("IpAddress")"""
	try:
		return js["AvailabilityZones"][0]["LoadBalancerAddresses"][0].get("IpAddress")
	except (KeyError, IndexError, TypeError):
		return None


class AwsAlb(ElbTaggable, AwsResource, BaseLoadBalancer):
	F = ("alb_dns_name", "alb_canonical_hosted_zone_id", "alb_scheme", "alb_state", "alb_availability_zones",
		"alb_security_groups", "alb_ip_address_type", "alb_customer_owned_ipv4_pool", "alb_type", "alb_listener")
	M = {"id": P("LoadBalancerName"), "name": P("LoadBalancerName"), "ctime": P("CreatedTime"),
		"arn": P("LoadBalancerArn"), "public_ip_address": _first_ip, "alb_dns_name": P("DNSName"),
		"alb_canonical_hosted_zone_id": P("CanonicalHostedZoneId"), "alb_scheme": P("Scheme"),
		"alb_state": obj("State", ALB_STATE), "alb_type": P("Type"), "lb_type": const("alb"),
		"alb_availability_zones": objs("AvailabilityZones", ALB_AZ),
		"alb_security_groups": _s_list("SecurityGroups"), "alb_ip_address_type": P("IpAddressType"),
		"alb_customer_owned_ipv4_pool": P("CustomerOwnedIpv4Pool"), "tags": tags_of("_Tags"),
		"alb_listener": objs("_Listeners", ALB_LISTENER)}
	D = {"lb_type": "", "backends": []}


ALB_MATCHER = [("http_code", P("HttpCode")), ("grpc_code", P("GrpcCode"))]
ALB_TARGET = [("id", P("Id")), ("port", P("Port")), ("availability_zone", P("AvailabilityZone"))]
ALB_TARGET_HEALTH = [("state", P("State")), ("reason", P("Reason")), ("description", P("Description"))]
ALB_HEALTH_DESC = [("target", obj("Target", ALB_TARGET)), ("health_check_port", P("HealthCheckPort")),
	("target_health", obj("TargetHealth", ALB_TARGET_HEALTH))]


class AwsAlbTargetGroup(ElbTaggable, AwsResource):
	F = ("target_type", "protocol", "port", "alb_health_check_protocol", "alb_health_check_port",
		"alb_health_check_enabled", "alb_health_check_interval_seconds", "alb_health_check_timeout_seconds",
		"alb_healthy_threshold_count", "alb_unhealthy_threshold_count", "alb_health_check_path", "alb_matcher",
		"alb_protocol_version", "alb_ip_address_type", "alb_target_health", "alb_lb_arns")
	M = {"id": P("TargetGroupName"), "tags": tags_of("_Tags"), "name": P("TargetGroupName"),
		"arn": P("TargetGroupArn"), "protocol": P("Protocol"), "port": P("Port"),
		"alb_health_check_protocol": P("HealthCheckProtocol"), "alb_health_check_port": P("HealthCheckPort"),
		"alb_health_check_enabled": P("HealthCheckEnabled"),
		"alb_health_check_interval_seconds": P("HealthCheckIntervalSeconds"),
		"alb_health_check_timeout_seconds": P("HealthCheckTimeoutSeconds"),
		"alb_healthy_threshold_count": P("HealthyThresholdCount"),
		"alb_unhealthy_threshold_count": P("UnhealthyThresholdCount"), "alb_health_check_path": P("HealthCheckPath"),
		"alb_matcher": obj("Matcher", ALB_MATCHER), "target_type": P("TargetType"),
		"alb_protocol_version": P("ProtocolVersion"), "alb_ip_address_type": P("IpAddressType"),
		"alb_lb_arns": P("LoadBalancerArns"), "alb_target_health": objs("_TargetHealth", ALB_HEALTH_DESC)}


# part-2 kinds: fixture section, collection, the kind, in the reference's order
PART2 = [("elb", "LoadBalancerDescriptions", "aws_elb"), ("elbv2", "LoadBalancers", "aws_alb"),
	("elbv2", "TargetGroups", "aws_alb_target_group"), ("autoscaling", "AutoScalingGroups", "aws_autoscaling_group"),
	("cloudwatch", "MetricAlarms", "aws_cloudwatch_alarm"), ("rds", "DBInstances", "aws_rds_instance"),
	("kms", "Keys", "aws_kms_key"), ("lambda", "Functions", "aws_lambda_function"),
	("eks", "Clusters", "aws_eks_cluster"), ("eks", "Nodegroups", "aws_eks_nodegroup")]
PART2_OP = {"LoadBalancerDescriptions": "DescribeLoadBalancers", "LoadBalancers": "DescribeLoadBalancers",
	"TargetGroups": "DescribeTargetGroups", "AutoScalingGroups": "DescribeAutoScalingGroups",
	"MetricAlarms": "DescribeAlarms", "DBInstances": "DescribeDBInstances", "Keys": "DescribeKey",
	"Functions": "ListFunctions", "Clusters": "DescribeCluster", "Nodegroups": "DescribeNodegroup"}
# the result member of the calls that answer one item
PART2_ONE = {"Keys": "KeyMetadata", "Clusters": "cluster", "Nodegroups": "nodegroup"}


def part2_item(section, coll, js):
	"""A fixture item as boto3 gives it, its fake-side extras (the answers of
	the per-item calls: tags, listeners, target health) kept."""
	import awsproto
	m = awsproto.model(section)
	out = m.operation_model(PART2_OP[coll]).output_shape
	shape = out.members[PART2_ONE[coll]] if coll in PART2_ONE else out.members[coll].member
	out = as_boto(shape, js)
	if js.get("_Policy") is not None:       # Lambda's GetPolicy: the document, parsed
		out["_Policy"] = js["_Policy"]
	if js.get("_UrlConfig") is not None:
		out["_UrlConfig"] = as_boto(m.operation_model("GetFunctionUrlConfig").output_shape, js["_UrlConfig"])
	if js.get("_Tags") is not None:
		out["_Tags"] = js["_Tags"]
	if js.get("_Listeners") is not None:
		out["_Listeners"] = as_boto(m.operation_model("DescribeListeners").output_shape.members["Listeners"],
			js["_Listeners"])
	if js.get("_Rotation") is not None:
		out["_Rotation"] = js["_Rotation"]
	if js.get("_TargetHealth") is not None:
		out["_TargetHealth"] = as_boto(m.operation_model("DescribeTargetHealth").output_shape.members[
			"TargetHealthDescriptions"], js["_TargetHealth"])
	return out


def _in_vpc(g, node, every, vpc, subnets, groups):
	"""The VPC, subnets and security groups (ids) point at node, default and
	delete edge alike (dependant_node reverse, delete_same_as_default)."""
	if vpc:
		g.dependant(node, _find(every, "aws_vpc", id=vpc), reverse=True, same=True)
	for sn in subnets or []:
		g.dependant(node, _find(every, "aws_ec2_subnet", id=sn), reverse=True, same=True)
	for sg in groups or []:
		g.dependant(node, _find(every, "aws_ec2_security_group", id=sg), reverse=True, same=True)


def connect_part2(g, items, every, quirks):
	"""connect_in_graph of the part-2 kinds."""
	for node, js in items.get("aws_elb", []):
		_in_vpc(g, node, every, js.get("VPCId"), js.get("Subnets"), js.get("SecurityGroups"))
		for iid in node.reported.get("backends", []):
			g.dependant(node, _find(every, "aws_ec2_instance", id=iid))
	for node, js in items.get("aws_alb", []):
		if js.get("VpcId"):
			g.dependant(node, _find(every, "aws_vpc", id=js["VpcId"]), reverse=True, same=True)
		for sg in node.reported.get("alb_security_groups", []):
			g.dependant(node, _find(every, "aws_ec2_security_group", id=sg), reverse=True, same=True)
		for az in node.reported.get("alb_availability_zones", []):
			g.dependant(node, _find(every, "aws_ec2_subnet", id=az.get("subnet_id")), reverse=True, same=True)
	for node, js in items.get("aws_alb_target_group", []):
		if js.get("VpcId"):
			g.dependant(node, _find(every, "aws_vpc", id=js["VpcId"]), reverse=True, same=True)
		for arn in js.get("LoadBalancerArns") or []:
			lb = _find(every, "aws_alb", arn=arn)
			if lb is None:
				continue
			g.dependant(lb, node)
			for th in node.reported.get("alb_target_health", []):
				tid = (th.get("target") or {}).get("id")
				if tid:
					if quirks:      # the reference adds the targets to its load balancers' backends
						lb.reported["backends"] = lb.reported.get("backends", []) + [tid]
					g.dependant(node, _find(every, "aws_ec2_instance", id=tid))



# -- part 2: S3 buckets (resource/s3.py), global

class BaseBucket(BaseResource):
	F = ()


S3_GRANTEE = [("display_name", P("DisplayName")), ("email_address", P("EmailAddress")), ("id", P("ID")),
	("type", P("Type")), ("uri", P("URI"))]
S3_GRANT = [("grantee", obj("Grantee", S3_GRANTEE)), ("permission", P("Permission"))]
S3_ACL = [("owner", obj("Owner", [("display_name", P("DisplayName")), ("id", P("ID"))])),
	("grants", objs("Grants", S3_GRANT))]
S3_LOGGING = [("target_bucket", P("TargetBucket")),
	("target_grants", then(S("TargetGrants"), lambda v: [build(S3_GRANT, x) for x in v])),
	("target_prefix", P("TargetPrefix"))]
S3_ENC_RULE = [("sse_algorithm", S("ApplyServerSideEncryptionByDefault", "SSEAlgorithm")),
	("kms_master_key_id", S("ApplyServerSideEncryptionByDefault", "KMSMasterKeyID")),
	("bucket_key_enabled", P("BucketKeyEnabled"))]
S3_PAB = [(n, P(a)) for n, a in (("block_public_acls", "BlockPublicAcls"), ("ignore_public_acls", "IgnorePublicAcls"),
	("block_public_policy", "BlockPublicPolicy"), ("restrict_public_buckets", "RestrictPublicBuckets"))]


class AwsS3Bucket(AwsResource, BaseBucket):
	F = ("bucket_encryption_rules", "bucket_policy", "bucket_versioning", "bucket_mfa_delete",
		"bucket_public_access_block_configuration", "bucket_acl", "bucket_logging")
	M = {"id": P("Name"), "name": P("Name"), "ctime": P("CreationDate")}


class _S3Owner:
	def __init__(self, aid, name):
		self.canonical_id = hashlib.sha256(("canonical-" + aid).encode()).hexdigest()
		self.name = name


def s3_bucket(aid, account, b, quirks):
	"""The reference's AwsS3Bucket of a fixture bucket: the mapped item, its
	ARN, then what each per-bucket call adds (the fake's answers)."""
	import s3
	vals = {"id": b["Name"], "name": b["Name"], "ctime": utc_str(b["CreationDate"]),
		"arn": "arn:aws:s3:::%s" % b["Name"], "tags": {t["Key"]: t["Value"] for t in b.get("_Tags") or []},
		"bucket_encryption_rules": [build(S3_ENC_RULE, r) for r in b.get("_Encryption") or []],
		"bucket_policy": b.get("_Policy") or None,
		"bucket_versioning": (b.get("_Versioning") or {}).get("Status") == "Enabled",
		"bucket_mfa_delete": (b.get("_Versioning") or {}).get("MFADelete") == "Enabled"}
	if b.get("_PublicAccessBlock"):
		vals["bucket_public_access_block_configuration"] = build(S3_PAB, b["_PublicAccessBlock"])
	acl = s3.acl_of(_S3Owner(aid, account.get("name", aid)), b)
	lg = b.get("_Logging")
	if not quirks:      # a grantee's type is an XML attribute the C reader does not keep
		acl = dict(acl, Grants=[dict(g, Grantee={k: v for k, v in g["Grantee"].items() if k != "Type"})
			for g in acl.get("Grants") or []])
		if lg and lg.get("TargetGrants"):
			lg = dict(lg, TargetGrants=[dict(g, Grantee={k: v for k, v in g["Grantee"].items() if k != "Type"})
				for g in lg["TargetGrants"]])
	vals["bucket_acl"] = build(S3_ACL, acl)
	if lg:
		vals["bucket_logging"] = build(S3_LOGGING, lg)
	return reported_of_plain(AwsS3Bucket, "aws_s3_bucket", vals)



# -- part 2: Auto Scaling groups (resource/autoscaling.py)

class BaseAutoScalingGroup(BaseResource):
	F = ("min_size", "max_size")


ASG_LT_SPEC = [("launch_template_id", P("LaunchTemplateId")), ("launch_template_name", P("LaunchTemplateName")),
	("version", P("Version"))]
ASG_MIN_MAX = [("min", P("Min")), ("max", P("Max"))]
ASG_REQ = [("v_cpu_count", obj("VCpuCount", ASG_MIN_MAX)), ("memory_mi_b", obj("MemoryMiB", ASG_MIN_MAX)),
	("cpu_manufacturers", _s_list("CpuManufacturers")),
	("memory_gi_b_per_v_cpu", obj("MemoryGiBPerVCpu", ASG_MIN_MAX)),
	("excluded_instance_types", _s_list("ExcludedInstanceTypes")),
	("instance_generations", _s_list("InstanceGenerations")),
	("spot_max_price_percentage_over_lowest_price", P("SpotMaxPricePercentageOverLowestPrice")),
	("on_demand_max_price_percentage_over_lowest_price", P("OnDemandMaxPricePercentageOverLowestPrice")),
	("bare_metal", P("BareMetal")), ("burstable_performance", P("BurstablePerformance")),
	("require_hibernate_support", P("RequireHibernateSupport")),
	("network_interface_count", obj("NetworkInterfaceCount", ASG_MIN_MAX)), ("local_storage", P("LocalStorage")),
	("local_storage_types", _s_list("LocalStorageTypes")),
	("total_local_storage_gb", obj("TotalLocalStorageGB", ASG_MIN_MAX)),
	("baseline_ebs_bandwidth_mbps", obj("BaselineEbsBandwidthMbps", ASG_MIN_MAX)),
	("accelerator_types", _s_list("AcceleratorTypes")), ("accelerator_count", obj("AcceleratorCount", ASG_MIN_MAX)),
	("accelerator_manufacturers", _s_list("AcceleratorManufacturers")),
	("accelerator_names", _s_list("AcceleratorNames")),
	("accelerator_total_memory_mi_b", obj("AcceleratorTotalMemoryMiB", ASG_MIN_MAX))]
ASG_OVERRIDES = [("instance_type", P("InstanceType")), ("weighted_capacity", P("WeightedCapacity")),
	("launch_template_specification", obj("LaunchTemplateSpecification", ASG_LT_SPEC)),
	("instance_requirements", obj("InstanceRequirements", ASG_REQ))]
ASG_LT = [("launch_template_specification", obj("LaunchTemplateSpecification", ASG_LT_SPEC)),
	("overrides", objs("Overrides", ASG_OVERRIDES))]
ASG_DIST = [(n, P(a)) for n, a in (("on_demand_allocation_strategy", "OnDemandAllocationStrategy"),
	("on_demand_base_capacity", "OnDemandBaseCapacity"),
	("on_demand_percentage_above_base_capacity", "OnDemandPercentageAboveBaseCapacity"),
	("spot_allocation_strategy", "SpotAllocationStrategy"), ("spot_instance_pools", "SpotInstancePools"),
	("spot_max_price", "SpotMaxPrice"))]
ASG_MIXED = [("launch_template", obj("LaunchTemplate", ASG_LT)),
	("instances_distribution", obj("InstancesDistribution", ASG_DIST))]
ASG_INSTANCE = [("instance_id", P("InstanceId")), ("instance_type", P("InstanceType")),
	("availability_zone", P("AvailabilityZone")), ("lifecycle_state", P("LifecycleState")),
	("health_status", P("HealthStatus")), ("launch_configuration_name", P("LaunchConfigurationName")),
	("launch_template", obj("LaunchTemplate", ASG_LT_SPEC)), ("protected_from_scale_in", P("ProtectedFromScaleIn")),
	("weighted_capacity", P("WeightedCapacity"))]
ASG_WARM = [("max_group_prepared_capacity", P("MaxGroupPreparedCapacity")), ("min_size", P("MinSize")),
	("pool_state", P("PoolState")), ("status", P("Status")),
	("instance_reuse_policy", S("InstanceReusePolicy", "ReuseOnScaleIn"))]


class AwsAutoScalingGroup(AwsResource, BaseAutoScalingGroup):
	F = ("autoscaling_launch_configuration_name", "autoscaling_launch_template", "autoscaling_mixed_instances_policy",
		"autoscaling_predicted_capacity", "autoscaling_default_cooldown", "autoscaling_availability_zones",
		"autoscaling_load_balancer_names", "autoscaling_target_group_ar_ns", "autoscaling_health_check_type",
		"autoscaling_health_check_grace_period", "autoscaling_instances", "autoscaling_suspended_processes",
		"autoscaling_placement_group", "autoscaling_vpc_zone_identifier", "autoscaling_enabled_metrics",
		"autoscaling_status", "autoscaling_termination_policies", "autoscaling_new_instances_protected_from_scale_in",
		"autoscaling_service_linked_role_arn", "autoscaling_max_instance_lifetime", "autoscaling_capacity_rebalance",
		"autoscaling_warm_pool_configuration", "autoscaling_warm_pool_size", "autoscaling_context",
		"autoscaling_desired_capacity_type", "autoscaling_default_instance_warmup")
	M = {"id": P("AutoScalingGroupName"), "tags": tags_of(), "name": P("AutoScalingGroupName"),
		"ctime": P("CreatedTime"), "arn": P("AutoScalingGroupARN"),
		"autoscaling_launch_configuration_name": P("LaunchConfigurationName"),
		"autoscaling_launch_template": obj("LaunchTemplate", ASG_LT_SPEC),
		"autoscaling_mixed_instances_policy": obj("MixedInstancesPolicy", ASG_MIXED),
		"min_size": P("MinSize"), "max_size": P("MaxSize"),
		"autoscaling_predicted_capacity": P("PredictedCapacity"), "autoscaling_default_cooldown": P("DefaultCooldown"),
		"autoscaling_availability_zones": _s_list("AvailabilityZones"),
		"autoscaling_load_balancer_names": _s_list("LoadBalancerNames"),
		"autoscaling_target_group_ar_ns": _s_list("TargetGroupARNs"),
		"autoscaling_health_check_type": P("HealthCheckType"),
		"autoscaling_health_check_grace_period": P("HealthCheckGracePeriod"),
		"autoscaling_instances": objs("Instances", ASG_INSTANCE),
		"autoscaling_suspended_processes": objs("SuspendedProcesses", [("process_name", P("ProcessName")),
			("suspension_reason", P("SuspensionReason"))]),
		"autoscaling_placement_group": P("PlacementGroup"),
		"autoscaling_vpc_zone_identifier": P("VPCZoneIdentifier"),
		"autoscaling_enabled_metrics": objs("EnabledMetrics", [("metric", P("Metric")),
			("granularity", P("Granularity"))]),
		"autoscaling_status": P("Status"), "autoscaling_termination_policies": _s_list("TerminationPolicies"),
		"autoscaling_new_instances_protected_from_scale_in": P("NewInstancesProtectedFromScaleIn"),
		"autoscaling_service_linked_role_arn": P("ServiceLinkedRoleARN"),
		"autoscaling_max_instance_lifetime": P("MaxInstanceLifetime"),
		"autoscaling_capacity_rebalance": P("CapacityRebalance"),
		"autoscaling_warm_pool_configuration": obj("WarmPoolConfiguration", ASG_WARM),
		"autoscaling_warm_pool_size": P("WarmPoolSize"), "autoscaling_context": P("Context"),
		"autoscaling_desired_capacity_type": P("DesiredCapacityType"),
		"autoscaling_default_instance_warmup": P("DefaultInstanceWarmup")}
	D = {"min_size": -1, "max_size": -1}


def connect_autoscaling(g, items, every):
	for node, js in items.get("aws_autoscaling_group", []):
		for inst in node.reported.get("autoscaling_instances", []):
			g.dependant(node, _find(every, "aws_ec2_instance", id=inst.get("instance_id")))



# -- part 2: CloudWatch alarms (resource/cloudwatch.py)

CW_DIMENSION = [("name", P("Name")), ("value", P("Value"))]
CW_METRIC = [("namespace", P("Namespace")), ("metric_name", P("MetricName")),
	("dimensions", objs("Dimensions", CW_DIMENSION))]
CW_STAT = [("metric", obj("Metric", CW_METRIC)), ("period", P("Period")), ("stat", P("Stat")), ("unit", P("Unit"))]
CW_QUERY = [("id", P("Id")), ("metric_stat", obj("MetricStat", CW_STAT)), ("expression", P("Expression")),
	("label", P("Label")), ("return_data", P("ReturnData")), ("period", P("Period")), ("account_id", P("AccountId"))]


class AwsCloudwatchAlarm(AwsResource):
	F = ("cloudwatch_alarm_description", "cloudwatch_actions_enabled", "cloudwatch_ok_actions",
		"cloudwatch_alarm_actions", "cloudwatch_insufficient_data_actions", "cloudwatch_state_value",
		"cloudwatch_state_reason", "cloudwatch_state_reason_data", "cloudwatch_state_updated_timestamp",
		"cloudwatch_metric_name", "cloudwatch_namespace", "cloudwatch_statistic", "cloudwatch_extended_statistic",
		"cloudwatch_dimensions", "cloudwatch_period", "cloudwatch_unit", "cloudwatch_evaluation_periods",
		"cloudwatch_datapoints_to_alarm", "cloudwatch_threshold", "cloudwatch_comparison_operator",
		"cloudwatch_treat_missing_data", "cloudwatch_evaluate_low_sample_count_percentile", "cloudwatch_metrics",
		"cloudwatch_threshold_metric_id")
	M = {"id": P("AlarmName"), "name": P("AlarmName"), "mtime": P("AlarmConfigurationUpdatedTimestamp"),
		"arn": P("AlarmArn"), "tags": tags_of("_Tags"),
		"cloudwatch_alarm_description": P("AlarmDescription"), "cloudwatch_actions_enabled": P("ActionsEnabled"),
		"cloudwatch_ok_actions": _s_list("OKActions"), "cloudwatch_alarm_actions": _s_list("AlarmActions"),
		"cloudwatch_insufficient_data_actions": _s_list("InsufficientDataActions"),
		"cloudwatch_state_value": P("StateValue"), "cloudwatch_state_reason": P("StateReason"),
		"cloudwatch_state_reason_data": P("StateReasonData"),
		"cloudwatch_state_updated_timestamp": P("StateUpdatedTimestamp"), "cloudwatch_metric_name": P("MetricName"),
		"cloudwatch_namespace": P("Namespace"), "cloudwatch_statistic": P("Statistic"),
		"cloudwatch_extended_statistic": P("ExtendedStatistic"),
		"cloudwatch_dimensions": objs("Dimensions", CW_DIMENSION), "cloudwatch_period": P("Period"),
		"cloudwatch_unit": P("Unit"), "cloudwatch_evaluation_periods": P("EvaluationPeriods"),
		"cloudwatch_datapoints_to_alarm": P("DatapointsToAlarm"), "cloudwatch_threshold": P("Threshold"),
		"cloudwatch_comparison_operator": P("ComparisonOperator"),
		"cloudwatch_treat_missing_data": P("TreatMissingData"),
		"cloudwatch_evaluate_low_sample_count_percentile": P("EvaluateLowSampleCountPercentile"),
		"cloudwatch_metrics": objs("Metrics", CW_QUERY), "cloudwatch_threshold_metric_id": P("ThresholdMetricId")}


def connect_cloudwatch(g, items, every):
	for node, js in items.get("aws_cloudwatch_alarm", []):
		for d in node.reported.get("cloudwatch_dimensions", []):
			g.dependant(node, _find(every, "aws_ec2_instance", id=d.get("value")), reverse=True, same=True)



# -- part 2: RDS instances (resource/rds.py)

class BaseDatabase(BaseResource):
	F = ("db_type", "db_status", "db_endpoint", "db_version", "db_publicly_accessible", "instance_type",
		"volume_size", "volume_iops", "volume_encrypted")


def _fields(pairs):
	return [(n, P(a)) for n, a in pairs]


RDS_SUBNET = [("subnet_identifier", P("SubnetIdentifier")),
	("subnet_availability_zone", S("SubnetAvailabilityZone", "Name")), ("subnet_outpost", S("SubnetOutpost", "Arn")),
	("subnet_status", P("SubnetStatus"))]
RDS_SUBNET_GROUP = [("db_subnet_group_name", P("DBSubnetGroupName")),
	("db_subnet_group_description", P("DBSubnetGroupDescription")), ("vpc_id", P("VpcId")),
	("subnet_group_status", P("SubnetGroupStatus")), ("subnets", objs("Subnets", RDS_SUBNET)),
	("db_subnet_group_arn", P("DBSubnetGroupArn")), ("supported_network_types", _s_list("SupportedNetworkTypes"))]
RDS_PROC = _fields((("name", "Name"), ("value", "Value")))
RDS_PENDING = _fields((("db_instance_class", "DBInstanceClass"), ("allocated_storage", "AllocatedStorage"),
	("master_user_password", "MasterUserPassword"), ("port", "Port"),
	("backup_retention_period", "BackupRetentionPeriod"), ("multi_az", "MultiAZ"),
	("engine_version", "EngineVersion"), ("license_model", "LicenseModel"), ("iops", "Iops"),
	("db_instance_identifier", "DBInstanceIdentifier"), ("storage_type", "StorageType"),
	("ca_certificate_identifier", "CACertificateIdentifier"), ("db_subnet_group_name", "DBSubnetGroupName"))) + [
	("pending_cloudwatch_logs_exports", obj("PendingCloudwatchLogsExports",
		[("log_types_to_enable", _s_list("LogTypesToEnable")), ("log_types_to_disable", _s_list("LogTypesToDisable"))])),
	("processor_features", objs("ProcessorFeatures", RDS_PROC))] + _fields((
	("iam_database_authentication_enabled", "IAMDatabaseAuthenticationEnabled"),
	("automation_mode", "AutomationMode"), ("resume_full_automation_mode_time", "ResumeFullAutomationModeTime")))


def _rds_endpoint(js):
	a, p = S("Endpoint", "Address")(js), S("Endpoint", "Port")(js)
	return None if a is None or p is None else a + ":" + str(p)


class AwsRdsInstance(AwsResource, BaseDatabase):
	F = ("rds_automatic_restart_time", "rds_master_username", "rds_preferred_backup_window",
		"rds_backup_retention_period", "rds_db_security_groups", "rds_vpc_security_groups", "rds_db_parameter_groups",
		"rds_availability_zone", "rds_db_subnet_group", "rds_preferred_maintenance_window",
		"rds_pending_modified_values", "rds_latest_restorable_time", "rds_multi_az", "rds_auto_minor_version_upgrade",
		"rds_read_replica_source_db_instance_identifier", "rds_read_replica_db_instance_identifiers",
		"rds_read_replica_db_cluster_identifiers", "rds_replica_mode", "rds_license_model",
		"rds_option_group_memberships", "rds_character_set_name", "rds_nchar_character_set_name",
		"rds_secondary_availability_zone", "rds_status_infos", "rds_storage_type", "rds_tde_credential_arn",
		"rds_db_instance_port", "rds_db_cluster_identifier", "rds_kms_key_id", "rds_dbi_resource_id",
		"rds_ca_certificate_identifier", "rds_domain_memberships", "rds_copy_tags_to_snapshot",
		"rds_monitoring_interval", "rds_enhanced_monitoring_resource_arn", "rds_monitoring_role_arn",
		"rds_promotion_tier", "rds_timezone", "rds_iam_database_authentication_enabled",
		"rds_performance_insights_enabled", "rds_performance_insights_kms_key_id",
		"rds_performance_insights_retention_period", "rds_enabled_cloudwatch_logs_exports", "rds_processor_features",
		"rds_deletion_protection", "rds_associated_roles", "rds_listener_endpoint", "rds_max_allocated_storage",
		"rds_db_instance_automated_backups_replications", "rds_customer_owned_ip_enabled",
		"rds_aws_backup_recovery_point_arn", "rds_activity_stream_status", "rds_activity_stream_kms_key_id",
		"rds_activity_stream_kinesis_stream_name", "rds_activity_stream_mode",
		"rds_activity_stream_engine_native_audit_fields_included", "rds_automation_mode",
		"rds_resume_full_automation_mode_time", "rds_custom_iam_instance_profile", "rds_backup_target",
		"rds_network_type")
	M = {"id": P("DBInstanceIdentifier"), "tags": tags_of("TagList"), "name": P("DBName"),
		"ctime": P("InstanceCreateTime"), "arn": P("DBInstanceArn"), "db_type": P("Engine"),
		"db_status": P("DBInstanceStatus"), "db_endpoint": _rds_endpoint, "db_version": P("EngineVersion"),
		"db_publicly_accessible": P("PubliclyAccessible"), "instance_type": P("DBInstanceClass"),
		"volume_size": P("AllocatedStorage"), "volume_iops": P("Iops"), "volume_encrypted": P("StorageEncrypted"),
		"rds_db_security_groups": objs("DBSecurityGroups", _fields((("db_security_group_name", "DBSecurityGroupName"),
			("status", "Status")))),
		"rds_vpc_security_groups": objs("VpcSecurityGroups", _fields((("vpc_security_group_id", "VpcSecurityGroupId"),
			("status", "Status")))),
		"rds_db_parameter_groups": objs("DBParameterGroups", _fields((("db_parameter_group_name",
			"DBParameterGroupName"), ("parameter_apply_status", "ParameterApplyStatus")))),
		"rds_db_subnet_group": obj("DBSubnetGroup", RDS_SUBNET_GROUP),
		"rds_pending_modified_values": obj("PendingModifiedValues", RDS_PENDING),
		"rds_read_replica_db_instance_identifiers": _s_list("ReadReplicaDBInstanceIdentifiers"),
		"rds_read_replica_db_cluster_identifiers": _s_list("ReadReplicaDBClusterIdentifiers"),
		"rds_option_group_memberships": objs("OptionGroupMemberships", _fields((("option_group_name",
			"OptionGroupName"), ("status", "Status")))),
		"rds_status_infos": objs("StatusInfos", _fields((("status_type", "StatusType"), ("normal", "Normal"),
			("status", "Status"), ("message", "Message")))),
		"rds_domain_memberships": objs("DomainMemberships", _fields((("domain", "Domain"), ("status", "Status"),
			("fqdn", "FQDN"), ("iam_role_name", "IAMRoleName")))),
		"rds_enabled_cloudwatch_logs_exports": _s_list("EnabledCloudwatchLogsExports"),
		"rds_processor_features": objs("ProcessorFeatures", RDS_PROC),
		"rds_associated_roles": objs("AssociatedRoles", _fields((("role_arn", "RoleArn"),
			("feature_name", "FeatureName"), ("status", "Status")))),
		"rds_listener_endpoint": obj("ListenerEndpoint", _fields((("address", "Address"), ("port", "Port"),
			("hosted_zone_id", "HostedZoneId")))),
		"rds_db_instance_automated_backups_replications": each("DBInstanceAutomatedBackupsReplications",
			"DBInstanceAutomatedBackupsArn")}
	for _n, _a in (("rds_automatic_restart_time", "AutomaticRestartTime"), ("rds_master_username", "MasterUsername"),
			("rds_preferred_backup_window", "PreferredBackupWindow"),
			("rds_backup_retention_period", "BackupRetentionPeriod"), ("rds_availability_zone", "AvailabilityZone"),
			("rds_preferred_maintenance_window", "PreferredMaintenanceWindow"),
			("rds_latest_restorable_time", "LatestRestorableTime"), ("rds_multi_az", "MultiAZ"),
			("rds_auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
			("rds_read_replica_source_db_instance_identifier", "ReadReplicaSourceDBInstanceIdentifier"),
			("rds_replica_mode", "ReplicaMode"), ("rds_license_model", "LicenseModel"),
			("rds_character_set_name", "CharacterSetName"), ("rds_nchar_character_set_name", "NcharCharacterSetName"),
			("rds_secondary_availability_zone", "SecondaryAvailabilityZone"), ("rds_storage_type", "StorageType"),
			("rds_tde_credential_arn", "TdeCredentialArn"), ("rds_db_instance_port", "DbInstancePort"),
			("rds_db_cluster_identifier", "DBClusterIdentifier"), ("rds_kms_key_id", "KmsKeyId"),
			("rds_dbi_resource_id", "DbiResourceId"), ("rds_ca_certificate_identifier", "CACertificateIdentifier"),
			("rds_copy_tags_to_snapshot", "CopyTagsToSnapshot"), ("rds_monitoring_interval", "MonitoringInterval"),
			("rds_enhanced_monitoring_resource_arn", "EnhancedMonitoringResourceArn"),
			("rds_monitoring_role_arn", "MonitoringRoleArn"), ("rds_promotion_tier", "PromotionTier"),
			("rds_timezone", "Timezone"), ("rds_iam_database_authentication_enabled", "IAMDatabaseAuthenticationEnabled"),
			("rds_performance_insights_enabled", "PerformanceInsightsEnabled"),
			("rds_performance_insights_kms_key_id", "PerformanceInsightsKMSKeyId"),
			("rds_performance_insights_retention_period", "PerformanceInsightsRetentionPeriod"),
			("rds_deletion_protection", "DeletionProtection"), ("rds_max_allocated_storage", "MaxAllocatedStorage"),
			("rds_customer_owned_ip_enabled", "CustomerOwnedIpEnabled"),
			("rds_aws_backup_recovery_point_arn", "AwsBackupRecoveryPointArn"),
			("rds_activity_stream_status", "ActivityStreamStatus"),
			("rds_activity_stream_kms_key_id", "ActivityStreamKmsKeyId"),
			("rds_activity_stream_kinesis_stream_name", "ActivityStreamKinesisStreamName"),
			("rds_activity_stream_mode", "ActivityStreamMode"),
			("rds_activity_stream_engine_native_audit_fields_included", "ActivityStreamEngineNativeAuditFieldsIncluded"),
			("rds_automation_mode", "AutomationMode"),
			("rds_resume_full_automation_mode_time", "ResumeFullAutomationModeTime"),
			("rds_custom_iam_instance_profile", "CustomIamInstanceProfile"), ("rds_backup_target", "BackupTarget"),
			("rds_network_type", "NetworkType")):
		M[_n] = P(_a)
	D = {"db_type": "", "db_status": "", "db_endpoint": "", "instance_type": "", "volume_size": 0}


# -- CloudWatch (the reference's update_atime_mtime and collect_usage_metrics)

TIMES_HOURS = 60 * 24                   # cloudwatch_metrics_for_atime_mtime_period / granularity (1 h)
USAGE_METRICS = {
	# kind: namespace, [(metric, stat, unit, usage name, rounded)]
	"aws_ec2_instance": ("AWS/EC2", [("CPUUtilization", st, "Percent", "cpu_utilization", True)
		for st in ("Minimum", "Average", "Maximum")] + [(m, "Sum", "Bytes", n, False) for m, n in (
		("NetworkIn", "network_in"), ("NetworkOut", "network_out"))] + [(m, "Sum", "Count", n, False)
		for m, n in (("DiskReadOps", "disk_read_ops"), ("DiskWriteOps", "disk_write_ops"))] + [
		(m, "Sum", "Bytes", n, False) for m, n in (("DiskReadBytes", "disk_read_bytes"),
		("DiskWriteBytes", "disk_write_bytes"))]),
	"aws_ec2_volume": ("AWS/EBS", [(m, "Sum", "Bytes", n, False) for m, n in (
		("VolumeWriteBytes", "volume_write_bytes"), ("VolumeReadBytes", "volume_read_bytes"))] + [
		(m, "Sum", "Count", n, False) for m, n in (("VolumeWriteOps", "volume_write_ops"),
		("VolumeReadOps", "volume_read_ops"))] + [(m, "Sum", "Seconds", n, False) for m, n in (
		("VolumeTotalWriteTime", "volume_total_write_time"), ("VolumeIdleTime", "volume_idle_time"))] + [
		("VolumeQueueLength", st, "Count", "volume_queue_length", True)
		for st in ("Minimum", "Average", "Maximum")])}
SHORT = {"Minimum": "min", "Average": "avg", "Maximum": "max", "Sum": "sum"}


def usage_of(kind, account, region, rid, detached=False):
	"""The usage section the reference makes of the fake's metrics with no
	previous run (one hour, one period): each metric's latest datapoint, 0.0
	when the resource was idle in that hour; CPU and queue length rounded.
	A detached volume has datapoints only up to its detach (its last
	activity): a metric only when that was in the last hour."""
	ns, metrics = USAGE_METRICS[kind]
	out = {}
	for metric, stat, unit, name, rounded in metrics:
		idle, base = cloudwatch.activity(account, region, ns, metric, rid)
		active = idle is not None and idle <= 1
		if detached and not active:
			continue
		v = cloudwatch.stat_value(base, unit, stat) if active else 0.0
		out.setdefault(name, {})[SHORT[stat]] = round(v, 3) if rounded else v
	return out


def cloudwatch_rule(account, region, ns, metric, rid):
	"""The volatile rule of a time the reference reads from CloudWatch: the
	latest hour with a non-zero datapoint ("cloudwatch:H": H hours before
	the collect), else its fall-back."""
	idle, _ = cloudwatch.activity(account, region, ns, metric, rid)
	if idle is None or idle > TIMES_HOURS:
		return "max(ctime,start-60d)"
	return "cloudwatch:%d" % idle


def connect_rds(g, items, every):
	for node, js in items.get("aws_rds_instance", []):
		# the last hour with connections, else the reference's fall-back
		rule = cloudwatch_rule(node.account, node.region, "AWS/RDS", "DatabaseConnections", node.reported["id"])
		node.volatile.update({"atime": rule, "mtime": rule})
		for grp in node.reported.get("rds_vpc_security_groups", []):
			g.dependant(node, _find(every, "aws_ec2_security_group", id=grp.get("vpc_security_group_id")),
				reverse=True, same=True)
		sg = node.reported.get("rds_db_subnet_group") or {}
		if sg.get("vpc_id"):
			g.dependant(node, _find(every, "aws_vpc", id=sg["vpc_id"]), reverse=True, same=True)
		for sn in sg.get("subnets", []):
			g.dependant(node, _find(every, "aws_ec2_subnet", id=sn.get("subnet_identifier")), reverse=True,
				same=True)



# -- part 2: KMS keys (resource/kms.py) and the edges of the kinds that name them

class BaseAccessKey(BaseResource):
	F = ("access_key_status",)


KMS_REGION_KEY = [("arn", P("Arn")), ("region", P("Region"))]
KMS_MULTI = [("multi_region_key_type", P("MultiRegionKeyType")), ("primary_key", obj("PrimaryKey", KMS_REGION_KEY)),
	("replica_keys", objs("ReplicaKeys", KMS_REGION_KEY))]


class AwsKmsKey(AwsResource, BaseAccessKey):
	F = ("kms_aws_account_id", "kms_enabled", "kms_description", "kms_key_usage", "kms_origin", "kms_key_manager",
		"kms_customer_master_key_spec", "kms_key_spec", "kms_encryption_algorithms", "kms_multi_region",
		"kms_deletion_date", "kms_valid_to", "kms_custom_key_store_id", "kms_cloud_hsm_cluster_id",
		"kms_expiration_model", "kms_signing_algorithms", "kms_multiregion_configuration",
		"kms_pending_deletion_window_in_days", "kms_mac_algorithms", "kms_key_rotation_enabled")
	M = {"id": P("KeyId"), "name": P("KeyId"), "ctime": P("CreationDate"), "arn": P("Arn"),
		"access_key_status": P("KeyState"), "kms_aws_account_id": P("AWSAccountId"), "kms_enabled": P("Enabled"),
		"kms_description": P("Description"), "kms_key_usage": P("KeyUsage"), "kms_origin": P("Origin"),
		"kms_key_manager": P("KeyManager"), "kms_customer_master_key_spec": P("CustomerMasterKeySpec"),
		"kms_key_spec": P("KeySpec"), "kms_encryption_algorithms": _s_list("EncryptionAlgorithms"),
		"kms_multi_region": P("MultiRegion"), "kms_deletion_date": P("DeletionDate"), "kms_valid_to": P("ValidTo"),
		"kms_custom_key_store_id": P("CustomKeyStoreId"), "kms_cloud_hsm_cluster_id": P("CloudHsmClusterId"),
		"kms_expiration_model": P("ExpirationModel"), "kms_signing_algorithms": _s_list("SigningAlgorithms"),
		"kms_multiregion_configuration": obj("MultiRegionConfiguration", KMS_MULTI),
		"kms_pending_deletion_window_in_days": P("PendingDeletionWindowInDays"),
		"kms_mac_algorithms": _s_list("MacAlgorithms"),
		"tags": then(S("_Tags", default=[]), lambda v: {t["TagKey"]: t["TagValue"] for t in v}),
		# GetKeyRotationStatus, asked for enabled customer keys only
		"kms_key_rotation_enabled": lambda js: bool(js.get("_Rotation", False)) if js.get("KeyManager") ==
			"CUSTOMER" and js.get("KeyState") == "Enabled" else None}
	D = {"access_key_status": ""}


def _key_id(ref):
	"""AwsKmsKey.normalise_id: an ARN's last part, else the value."""
	return ref.rsplit("/", 1)[-1] if ref and ref.startswith("arn:") else ref


def connect_kms(g, items, every):
	for kind, prop in (("aws_ec2_volume", "volume_kms_key_id"), ("aws_ec2_snapshot", "snapshot_kms_key_id")):
		for node, js in items.get(kind, []):
			if node.reported.get(prop):
				g.dependant(node, _find(every, "aws_kms_key", id=_key_id(node.reported[prop])))
	for node, js in items.get("aws_rds_instance", []):
		for prop in ("rds_kms_key_id", "rds_performance_insights_kms_key_id", "rds_activity_stream_kms_key_id"):
			if node.reported.get(prop):
				g.dependant(node, _find(every, "aws_kms_key", id=_key_id(node.reported[prop])))


# -- part 2: IAM (resource/iam.py), global

class BaseUser(BaseResource):
	F = ()


class BaseGroup(BaseResource):
	F = ()


class BasePolicy(BaseResource):
	F = ()


class BaseInstanceProfile(BaseResource):
	F = ()


IAM_DETAIL = [("policy_name", P("PolicyName")), ("policy_document", P("PolicyDocument"))]
IAM_BOUNDARY = [("permissions_boundary_type", P("PermissionsBoundaryType")),
	("permissions_boundary_arn", P("PermissionsBoundaryArn"))]
IAM_LAST_USED = [("last_used", P("LastUsedDate")), ("region", P("Region"))]
IAM_VERSION = [("document", P("Document")), ("version_id", P("VersionId")),
	("is_default_version", P("IsDefaultVersion")), ("create_date", P("CreateDate"))]


def _default_version(js):
	for v in js.get("PolicyVersionList", []):
		if v.get("VersionId") == js.get("DefaultVersionId"):
			return build(IAM_VERSION, v)
	return None


class AwsIamUser(AwsResource, BaseUser):
	F = ("path", "user_policies", "user_permissions_boundary", "password_enabled", "password_last_used",
		"password_last_changed", "password_next_rotation", "mfa_active", "user_virtual_mfa_devices")
	M = {"id": P("UserId"), "tags": tags_of(), "name": P("UserName"), "ctime": P("CreateDate"), "path": P("Path"),
		"arn": P("Arn"), "user_policies": objs("UserPolicyList", IAM_DETAIL),
		"user_permissions_boundary": obj("PermissionsBoundary", IAM_BOUNDARY)}


class AwsIamGroup(AwsResource, BaseGroup):
	F = ("path", "group_policies")
	M = {"id": P("GroupId"), "tags": tags_of(), "name": P("GroupName"), "ctime": P("CreateDate"), "path": P("Path"),
		"arn": P("Arn"), "group_policies": objs("GroupPolicyList", IAM_DETAIL)}


class AwsIamRole(AwsResource):
	F = ("path", "description", "role_assume_role_policy_document", "role_max_session_duration",
		"role_permissions_boundary", "role_last_used", "role_policies")
	# atime: RoleLastUsed is an object, the mapping's sort and [-1] give nothing
	M = {"id": P("RoleId"), "tags": tags_of(), "name": P("RoleName"), "ctime": P("CreateDate"), "path": P("Path"),
		"arn": P("Arn"), "role_assume_role_policy_document": P("AssumeRolePolicyDocument"),
		"description": P("Description"), "role_max_session_duration": P("MaxSessionDuration"),
		"role_permissions_boundary": obj("PermissionsBoundary", IAM_BOUNDARY),
		"role_last_used": obj("RoleLastUsed", IAM_LAST_USED), "role_policies": objs("RolePolicyList", IAM_DETAIL)}


class AwsIamPolicy(AwsResource, BasePolicy):
	F = ("path", "policy_default_version_id", "policy_attachment_count", "policy_permissions_boundary_usage_count",
		"policy_is_attachable", "policy_description", "policy_document")
	M = {"id": P("PolicyId"), "tags": tags_of(), "name": P("PolicyName"), "ctime": P("CreateDate"),
		"mtime": P("UpdateDate"), "arn": P("Arn"), "path": P("Path"),
		"policy_default_version_id": P("DefaultVersionId"), "policy_attachment_count": P("AttachmentCount"),
		"policy_permissions_boundary_usage_count": P("PermissionsBoundaryUsageCount"),
		"policy_is_attachable": P("IsAttachable"), "policy_description": P("Description"),
		"policy_document": _default_version}


class AwsIamAccessKey(AwsResource, BaseAccessKey):
	F = ("access_key_last_used",)
	M = {"id": P("AccessKeyId"), "tags": tags_of(), "name": P("UserName"), "ctime": P("CreateDate"),
		"access_key_status": P("Status")}
	D = {"access_key_status": ""}


class AwsIamInstanceProfile(AwsResource, BaseInstanceProfile):
	F = ("instance_profile_path",)
	M = {"id": P("InstanceProfileId"), "name": P("InstanceProfileName"), "ctime": P("CreateDate"), "arn": P("Arn"),
		"instance_profile_path": P("Path")}


IAM_DETAILS = (("Groups", "GroupDetailList", "aws_iam_group"), ("Roles", "RoleDetailList", "aws_iam_role"),
	("Policies", "Policies", "aws_iam_policy"), ("Users", "UserDetailList", "aws_iam_user"))


def iam_nodes(g, aid, glob, region_node, a):
	"""AwsIamUser.collect: the GetAccountAuthorizationDetails lists (each item
	as boto3 gives it: policy documents decoded), each user's access keys,
	then ListInstanceProfiles; every node in the global region, and the
	edges their connect_in_graph make."""
	import awsproto
	m = awsproto.model("iam")
	out = m.operation_model("GetAccountAuthorizationDetails").output_shape.members
	d = a.get("iam", {})
	attached = lambda arn: sum(1 for c in ("Users", "Groups", "Roles") for it in d.get(c, [])
		for x in it.get("AttachedManagedPolicies") or [] if x["PolicyArn"] == arn)
	items = []

	def add(kind, js):
		node = g.add(Node(kind, aid, glob, reported_of(kind, js)))
		g.edge(region_node, node)
		items.append((node, js))
		return node
	for coll, member, kind in IAM_DETAILS:
		for js in d.get(coll, []):
			bj = as_boto(out[member].member, js)
			if coll == "Policies":
				bj["AttachmentCount"] = attached(js["Arn"])
			user = add(kind, bj)
			keys = m.operation_model("ListAccessKeys").output_shape.members["AccessKeyMetadata"]
			for k in as_boto(keys, js.get("_AccessKeys", [])) if coll == "Users" else []:
				g.dependant(user, add("aws_iam_access_key", k))
	shape = m.operation_model("ListInstanceProfiles").output_shape.members["InstanceProfiles"].member
	for js in d.get("InstanceProfiles", []):
		add("aws_iam_instance_profile", as_boto(shape, js))
	pol = {n.reported["arn"]: n for n, _ in items if n.kind == "aws_iam_policy"}
	for node, js in items:
		# users, groups, roles: their attached policies (by ARN); a user's
		# GroupList holds names, looked up as ARNs: no edge; a role's
		# instance profiles are looked up as AwsEc2IamInstanceProfile: none
		for x in js.get("AttachedManagedPolicies") or []:
			g.dependant(node, pol.get(x["PolicyArn"]), same=True)


# -- part 2: IAM's credential report and virtual MFA devices (AwsIamUser.collect,
# CredentialReportLine, AwsRootUser), applied to the iam_nodes

class AwsRootUser(AwsResource, BaseUser):
	F = ("password_enabled", "password_last_used", "password_last_changed", "password_next_rotation",
		"mfa_active", "user_virtual_mfa_devices")


def _report_value(line, k, fn=None):
	"""CredentialReportLine.value_of: N/A and not_supported are none, and so
	is a value fn cannot read."""
	v = line.get(k)
	if v is None or v in ("not_supported", "N/A"):
		return None
	try:
		return fn(v) if fn else v
	except Exception:
		return None


def _report_time(v):
	return utc_str(datetime.datetime.fromisoformat(v))


def _report_props(line):
	return {"password_enabled": _report_value(line, "password_enabled") == "true",
		"password_last_used": _report_value(line, "password_last_used", _report_time),
		"password_last_changed": _report_value(line, "password_last_changed", _report_time),
		"password_next_rotation": _report_value(line, "password_next_rotation", _report_time),
		"mfa_active": _report_value(line, "mfa_active") == "true"}


def _report_keys(line):
	"""CredentialReportLine.access_keys: the line's two keys, (status,
	access_key_last_used or None)."""
	out = []
	for i in (1, 2):
		lu = {"last_used": _report_value(line, "access_key_%d_last_used_date" % i, _report_time),
			"last_rotated": _report_value(line, "access_key_%d_last_rotated" % i, _report_time),
			"service_name": _report_value(line, "access_key_%d_last_used_service" % i),
			"region": _report_value(line, "access_key_%d_last_used_region" % i)}
		status = "Active" if _report_value(line, "access_key_%d_active" % i) == "true" else "Inactive"
		out.append((status, strip_nulls(lu) if any(v is not None for v in lu.values()) else None))
	return out


def iam_cred_nodes(g, aid, glob, region_node, a, part):
	"""The credential report (GetCredentialReport's CSV, read with csv.DictReader
	over its lines, as the reference does) onto the users and their keys
	(iam_nodes made them), the root user with its root_key_N keys, and the
	virtual MFA devices (only when the summary counts any) onto the users
	and the root by ARN."""
	import csv as pycsv
	import iamcred
	import services
	users = a.get("iam", {}).get("Users", [])
	sect = a.get("iam_report", {})
	text = iamcred.report_csv(part, aid, users, sect).decode("utf-8")
	lines = {i["user"]: i for i in pycsv.DictReader(text.splitlines(), delimiter=",")}
	devs = {}
	if int(services.summary_map(a.get("summary", {})).get("MFADevices", 0)) > 0:
		for d in iamcred.devices(part, aid, {u["UserName"]: u for u in users}, sect):
			arn = d.get("User", {}).get("Arn")
			if arn:
				devs.setdefault(arn, []).append(strip_nulls({"serial_number": d.get("SerialNumber"),
					"enable_date": utc_str(d["EnableDate"]) if d.get("EnableDate") else None}))
	nodes = {n.id: n for n in g.nodes}
	for u in users:
		un = nodes.get(node_id("aws_iam_user", aid, glob, u["UserId"], u["UserName"]))
		line = lines.get(u["UserName"])
		if un is None:
			continue
		rep = dict(un.reported)
		if line:
			rep.update(_report_props(line))
			rep["atime"] = rep["password_last_used"]
			for (_, lu), k in zip(_report_keys(line), u.get("_AccessKeys", [])):
				kn = nodes.get(node_id("aws_iam_access_key", aid, glob, k["AccessKeyId"], k["UserName"]))
				if kn is not None and lu is not None:
					kn.reported = reorder("aws_iam_access_key", dict(kn.reported, access_key_last_used=lu))
		if u["Arn"] in devs:
			rep["user_virtual_mfa_devices"] = devs[u["Arn"]]
		un.reported = reorder("aws_iam_user", rep)
	root = lines.get("<root_account>")
	if root is None:
		return
	arn = _report_value(root, "arn")
	rep = dict(_report_props(root), id="root", name="root", tags={}, arn=arn,
		ctime=_report_value(root, "user_creation_time", _report_time), user_virtual_mfa_devices=devs.get(arn))
	rn = g.add(Node("aws_root_user", aid, glob, reported_of_plain(AwsRootUser, "aws_root_user", rep)))
	g.edge(region_node, rn)
	for i, (status, lu) in enumerate(_report_keys(root), 1):
		if status == "Active" or lu is not None:
			kid = "root_key_%d" % i
			kn = g.add(Node("aws_iam_access_key", aid, glob, reported_of_plain(AwsIamAccessKey, "aws_iam_access_key",
				{"id": kid, "name": kid, "tags": {}, "access_key_status": status,
				"atime": lu.get("last_used") if lu else None, "access_key_last_used": lu})))
			g.edge(region_node, kn)
			g.edge(rn, kn)
# -- part 2: Lambda functions (resource/lambda_.py) and EKS (resource/eks.py)

class BaseServerlessFunction(BaseResource):
	F = ()


LAMBDA_ERR = [("error_code", P("ErrorCode")), ("message", P("Message"))]
LAMBDA_ENV = [("variables", P("Variables")), ("error", obj("Error", LAMBDA_ERR))]
LAMBDA_LAYER = [("arn", P("Arn")), ("code_size", P("CodeSize")),
	("signing_profile_version_arn", P("SigningProfileVersionArn")), ("signing_job_arn", P("SigningJobArn"))]
# the reference reads "LocalMountsource_arn", which the API does not have
LAMBDA_FS = [("arn", P("Arn")), ("local_mount_source_arn", P("LocalMountsource_arn"))]
LAMBDA_IMAGE = [("entry_point", S("EntryPoint", default=[])), ("command", S("Command", default=[])),
	("working_directory", P("WorkingDirectory"))]
LAMBDA_IMAGE_RESP = [("image_config", obj("ImageConfig", LAMBDA_IMAGE)), ("error", obj("Error", LAMBDA_ERR))]
LAMBDA_CORS = [("allow_credentials", P("AllowCredentials")), ("allow_headers", S("AllowHeaders", default=[])),
	("allow_methods", S("AllowMethods", default=[])), ("allow_origins", S("AllowOrigins", default=[])),
	("expose_headers", S("ExposeHeaders", default=[])), ("max_age", P("MaxAge"))]
LAMBDA_URL = [("function_url", P("FunctionUrl")), ("function_arn", P("FunctionArn")), ("auth_type", P("AuthType")),
	("cors", obj("Cors", LAMBDA_CORS)), ("creation_time", P("CreationTime")),
	("last_modified_time", P("LastModifiedTime"))]
LAMBDA_STATEMENT = [("sid", P("Sid")), ("effect", P("Effect")), ("principal", P("Principal")), ("action", P("Action")),
	("resource", P("Resource")), ("condition", P("Condition"))]
LAMBDA_POLICY = [("id", P("Id")), ("version", P("Version")),
	("statement", then(P("Statement"), lambda v: [build(LAMBDA_STATEMENT, x) for x in v]))]


def _lambda_mtime(v):
	"""F(lambda x: re.sub(r"(\\d\\d)(\\d\\d)$", "\\1:\\2", x)), then a datetime."""
	import re
	return utc_str(re.sub(r"(\d\d)(\d\d)$", "\\1:\\2", v))


class AwsLambdaFunction(AwsResource, BaseServerlessFunction):
	F = ("function_runtime", "function_role", "function_handler", "function_code_size", "function_description",
		"function_timeout", "function_memory_size", "function_code_sha256", "function_version",
		"function_dead_letter_config", "function_environment", "function_kms_key_arn", "function_tracing_config",
		"function_master_arn", "function_revision_id", "function_layers", "function_state", "function_state_reason",
		"function_state_reason_code", "function_last_update_status", "function_last_update_status_reason",
		"function_last_update_status_reason_code", "function_file_system_configs", "function_package_type",
		"function_image_config_response", "function_signing_profile_version_arn", "function_signing_job_arn",
		"function_architectures", "function_ephemeral_storage", "function_policy", "function_url_config")
	M = {"id": P("FunctionName"), "name": P("FunctionName"), "mtime": then(P("LastModified"), _lambda_mtime),
		"arn": P("FunctionArn"), "function_runtime": P("Runtime"), "function_role": P("Role"),
		"function_handler": P("Handler"), "function_code_size": P("CodeSize"),
		"function_description": P("Description"), "function_timeout": P("Timeout"),
		"function_memory_size": P("MemorySize"), "function_code_sha256": P("CodeSha256"),
		"function_version": P("Version"), "function_dead_letter_config": P("DeadLetterConfig.TargetArn"),
		"function_environment": obj("Environment", LAMBDA_ENV), "function_kms_key_arn": P("KMSKeyArn"),
		"function_tracing_config": P("TracingConfig.Mode"), "function_master_arn": P("MasterArn"),
		"function_revision_id": P("RevisionId"), "function_layers": objs("Layers", LAMBDA_LAYER),
		"function_state": P("State"), "function_state_reason": P("StateReason"),
		"function_state_reason_code": P("StateReasonCode"), "function_last_update_status": P("LastUpdateStatus"),
		"function_last_update_status_reason": P("LastUpdateStatusReason"),
		"function_last_update_status_reason_code": P("LastUpdateStatusReasonCode"),
		"function_file_system_configs": objs("FileSystemConfigs", LAMBDA_FS),
		"function_package_type": P("PackageType"),
		"function_image_config_response": obj("ImageConfigResponse", LAMBDA_IMAGE_RESP),
		"function_signing_profile_version_arn": P("SigningProfileVersionArn"),
		"function_signing_job_arn": P("SigningJobArn"), "function_architectures": S("Architectures", default=[]),
		"function_ephemeral_storage": P("EphemeralStorage.Size"),
		# the per-function calls: list-tags (kept only when not empty), get-policy (JSON
		# text, parsed), get-function-url-config (the whole answer)
		"tags": lambda js: js.get("_Tags") or {},
		"function_policy": then(S("_Policy"), lambda v: build(LAMBDA_POLICY, v)),
		"function_url_config": then(S("_UrlConfig"), lambda v: build(LAMBDA_URL, v))}


EKS_SCALING = [("min_size", P("minSize")), ("max_size", P("maxSize")), ("desired_size", P("desiredSize"))]
EKS_REMOTE = [("ec2_ssh_key", P("ec2SshKey")), ("source_security_groups", S("sourceSecurityGroups", default=[]))]
EKS_TAINT = [("key", P("key")), ("value", P("value")), ("effect", P("effect"))]
EKS_RESOURCES = [("auto_scaling_groups", each("autoScalingGroups", "name")),
	("remote_access_security_group", P("remoteAccessSecurityGroup"))]
EKS_ISSUE = [("code", P("code")), ("message", P("message")), ("resource_ids", S("resourceIds", default=[]))]
EKS_HEALTH = [("issues", objs("issues", EKS_ISSUE))]
EKS_UPDATE = [("max_unavailable", P("maxUnavailable")), ("max_unavailable_percentage", P("maxUnavailablePercentage"))]
EKS_LAUNCH = [("name", P("name")), ("version", P("version")), ("id", P("id"))]
EKS_VPC = [("subnet_ids", S("subnetIds", default=[])), ("security_group_ids", S("securityGroupIds", default=[])),
	("cluster_security_group_id", P("clusterSecurityGroupId")), ("vpc_id", P("vpcId")),
	("endpoint_public_access", P("endpointPublicAccess")), ("endpoint_private_access", P("endpointPrivateAccess")),
	("public_access_cidrs", S("publicAccessCidrs", default=[]))]
EKS_NET = [("service_ipv4_cidr", P("serviceIpv4Cidr")), ("service_ipv6_cidr", P("serviceIpv6Cidr")),
	("ip_family", P("ipFamily"))]
EKS_LOG_SETUP = [("types", S("types", default=[])), ("enabled", P("enabled"))]
EKS_LOGGING = [("cluster_logging", objs("clusterLogging", EKS_LOG_SETUP))]
EKS_IDENTITY = [("oidc", P("oidc.issuer"))]
EKS_ENCRYPTION = [("resources", S("resources", default=[])), ("provider", P("provider.keyArn"))]
EKS_CONNECTOR = [("activation_id", P("activationId")), ("activation_code", P("activationCode")),
	("activation_expiry", P("activationExpiry")), ("provider", P("provider")), ("role_arn", P("roleArn"))]


class EKSTaggable:                  # a mixin without fields
	F = ()


class AwsEksNodegroup(EKSTaggable, AwsResource):
	F = ("cluster_name", "group_nodegroup_arn", "group_version", "group_release_version", "group_modified_at",
		"group_status", "group_capacity_type", "group_scaling_config", "group_instance_types", "group_subnets",
		"group_remote_access", "group_ami_type", "group_node_role", "group_labels", "group_taints",
		"group_resources", "group_disk_size", "group_health", "group_update_config", "group_launch_template")
	# "version" is mapped too, a member of no field: dropped
	M = {"id": P("nodegroupName"), "name": P("nodegroupName"), "tags": S("tags", default={}),
		"cluster_name": P("clusterName"), "ctime": P("createdAt"), "arn": P("nodegroupArn"),
		"group_release_version": P("releaseVersion"), "group_modified_at": P("modifiedAt"),
		"group_status": P("status"), "group_capacity_type": P("capacityType"),
		"group_scaling_config": obj("scalingConfig", EKS_SCALING),
		"group_instance_types": S("instanceTypes", default=[]), "group_subnets": S("subnets", default=[]),
		"group_remote_access": obj("remoteAccess", EKS_REMOTE), "group_ami_type": P("amiType"),
		"group_node_role": P("nodeRole"), "group_labels": P("labels"), "group_taints": objs("taints", EKS_TAINT),
		"group_resources": obj("resources", EKS_RESOURCES), "group_disk_size": P("diskSize"),
		"group_health": obj("health", EKS_HEALTH), "group_update_config": obj("updateConfig", EKS_UPDATE),
		"group_launch_template": obj("launchTemplate", EKS_LAUNCH)}


class AwsEksCluster(EKSTaggable, AwsResource):
	F = ("cluster_version", "cluster_endpoint", "cluster_role_arn", "cluster_resources_vpc_config",
		"cluster_kubernetes_network_config", "cluster_logging", "cluster_identity", "cluster_status",
		"cluster_certificate_authority", "cluster_client_request_token", "cluster_platform_version",
		"cluster_encryption_config", "cluster_connector_config")
	M = {"id": P("name"), "tags": S("tags", default={}), "name": P("name"), "arn": P("arn"), "ctime": P("createdAt"),
		"cluster_version": P("version"), "cluster_endpoint": P("endpoint"), "cluster_role_arn": P("roleArn"),
		"cluster_resources_vpc_config": obj("resourcesVpcConfig", EKS_VPC),
		"cluster_kubernetes_network_config": obj("kubernetesNetworkConfig", EKS_NET),
		"cluster_logging": obj("logging", EKS_LOGGING), "cluster_identity": obj("identity", EKS_IDENTITY),
		"cluster_status": P("status"), "cluster_certificate_authority": P("certificateAuthority.data"),
		"cluster_client_request_token": P("clientRequestToken"), "cluster_platform_version": P("platformVersion"),
		"cluster_encryption_config": objs("encryptionConfig", EKS_ENCRYPTION),
		"cluster_connector_config": obj("connectorConfig", EKS_CONNECTOR)}


def connect_lambda_eks(g, items, every, quirks):
	"""connect_in_graph of AwsLambdaFunction, AwsEksCluster, AwsEksNodegroup."""
	for node, js in items.get("aws_lambda_function", []):
		vc = js.get("VpcConfig") or {}
		_in_vpc(g, node, every, vc.get("VpcId"), vc.get("SubnetIds"), vc.get("SecurityGroupIds"))
		if node.reported.get("function_kms_key_arn"):
			g.dependant(node, _find(every, "aws_kms_key", arn=node.reported["function_kms_key_arn"]))
		# the policy's API Gateway edges name kinds not collected: none
	roles = {n.reported.get("arn"): n for n in g.nodes if n.kind == "aws_iam_role"}
	for node, js in items.get("aws_eks_cluster", []):
		g.dependant(node, roles.get(node.reported.get("cluster_role_arn")), reverse=True, same=True)
	for node, js in items.get("aws_eks_nodegroup", []):
		# the reference finds the cluster by name in the whole account (--quirks);
		# the deviation: the cluster of the node group's region
		cl = _find(every if quirks else items, "aws_eks_cluster", name=node.reported.get("cluster_name"))
		g.dependant(node, cl, reverse=True, same=True)
		for asg in (node.reported.get("group_resources") or {}).get("auto_scaling_groups", []):
			g.dependant(node, _find(every, "aws_autoscaling_group", id=asg))


KINDS = {
	"aws_account": (AwsAccount, "resoto_plugin_aws.resource.base.AwsAccount"),
	"aws_region": (AwsRegion, "resoto_plugin_aws.resource.base.AwsRegion"),
	"aws_ec2_volume_type": (AwsEc2VolumeType, "resoto_plugin_aws.resource.base.AwsEc2VolumeType"),
	"aws_ec2_instance_type": (AwsEc2InstanceType, "resoto_plugin_aws.resource.ec2.AwsEc2InstanceType"),
	"aws_ec2_instance": (AwsEc2Instance, "resoto_plugin_aws.resource.ec2.AwsEc2Instance"),
	"aws_ec2_volume": (AwsEc2Volume, "resoto_plugin_aws.resource.ec2.AwsEc2Volume"),
	"aws_ec2_snapshot": (AwsEc2Snapshot, "resoto_plugin_aws.resource.ec2.AwsEc2Snapshot"),
	"aws_ec2_keypair": (AwsEc2KeyPair, "resoto_plugin_aws.resource.ec2.AwsEc2KeyPair"),
	"aws_ec2_elastic_ip": (AwsEc2ElasticIp, "resoto_plugin_aws.resource.ec2.AwsEc2ElasticIp"),
	"aws_ec2_network_interface": (AwsEc2NetworkInterface, "resoto_plugin_aws.resource.ec2.AwsEc2NetworkInterface"),
	"aws_vpc": (AwsEc2Vpc, "resoto_plugin_aws.resource.ec2.AwsEc2Vpc"),
	"aws_ec2_subnet": (AwsEc2Subnet, "resoto_plugin_aws.resource.ec2.AwsEc2Subnet"),
	"aws_ec2_security_group": (AwsEc2SecurityGroup, "resoto_plugin_aws.resource.ec2.AwsEc2SecurityGroup"),
	"aws_ec2_nat_gateway": (AwsEc2NatGateway, "resoto_plugin_aws.resource.ec2.AwsEc2NatGateway"),
	"aws_ec2_internet_gateway": (AwsEc2InternetGateway, "resoto_plugin_aws.resource.ec2.AwsEc2InternetGateway"),
	"aws_ec2_route_table": (AwsEc2RouteTable, "resoto_plugin_aws.resource.ec2.AwsEc2RouteTable"),
	"aws_elb": (AwsElb, "resoto_plugin_aws.resource.elb.AwsElb"),
	"aws_alb": (AwsAlb, "resoto_plugin_aws.resource.elbv2.AwsAlb"),
	"aws_alb_target_group": (AwsAlbTargetGroup, "resoto_plugin_aws.resource.elbv2.AwsAlbTargetGroup"),
	"aws_s3_bucket": (AwsS3Bucket, "resoto_plugin_aws.resource.s3.AwsS3Bucket"),
	"aws_autoscaling_group": (AwsAutoScalingGroup, "resoto_plugin_aws.resource.autoscaling.AwsAutoScalingGroup"),
	"aws_cloudwatch_alarm": (AwsCloudwatchAlarm, "resoto_plugin_aws.resource.cloudwatch.AwsCloudwatchAlarm"),
	"aws_rds_instance": (AwsRdsInstance, "resoto_plugin_aws.resource.rds.AwsRdsInstance"),
	"aws_kms_key": (AwsKmsKey, "resoto_plugin_aws.resource.kms.AwsKmsKey"),
	"aws_iam_user": (AwsIamUser, "resoto_plugin_aws.resource.iam.AwsIamUser"),
	"aws_iam_group": (AwsIamGroup, "resoto_plugin_aws.resource.iam.AwsIamGroup"),
	"aws_iam_role": (AwsIamRole, "resoto_plugin_aws.resource.iam.AwsIamRole"),
	"aws_iam_policy": (AwsIamPolicy, "resoto_plugin_aws.resource.iam.AwsIamPolicy"),
	"aws_iam_access_key": (AwsIamAccessKey, "resoto_plugin_aws.resource.iam.AwsIamAccessKey"),
	"aws_iam_instance_profile": (AwsIamInstanceProfile, "resoto_plugin_aws.resource.iam.AwsIamInstanceProfile"),
	"aws_root_user": (AwsRootUser, "resoto_plugin_aws.resource.iam.AwsRootUser"),
	"aws_lambda_function": (AwsLambdaFunction, "resoto_plugin_aws.resource.lambda_.AwsLambdaFunction"),
	"aws_eks_nodegroup": (AwsEksNodegroup, "resoto_plugin_aws.resource.eks.AwsEksNodegroup"),
	"aws_eks_cluster": (AwsEksCluster, "resoto_plugin_aws.resource.eks.AwsEksCluster"),
}
PHANTOM = {"aws_ec2_volume_type", "aws_ec2_instance_type"}
# the Describe call's result member (fixture collection) of each regional kind, in the order
# the reference lists its EC2 classes
COLLECTED = [("aws_ec2_instance_type", None), ("aws_ec2_volume", "Volumes"), ("aws_ec2_snapshot", "Snapshots"),
	("aws_ec2_keypair", "KeyPairs"), ("aws_ec2_instance", "Instances"), ("aws_ec2_elastic_ip", "Addresses"),
	("aws_ec2_network_interface", "NetworkInterfaces"), ("aws_vpc", "Vpcs"), ("aws_ec2_subnet", "Subnets"),
	("aws_ec2_security_group", "SecurityGroups"), ("aws_ec2_nat_gateway", "NatGateways"),
	("aws_ec2_internet_gateway", "InternetGateways"), ("aws_ec2_route_table", "RouteTables")]
# boto3's result shape per collection (times become the reference's UTC strings)
SHAPE_OF = {"Volumes": "DescribeVolumes", "Snapshots": "DescribeSnapshots", "KeyPairs": "DescribeKeyPairs",
	"Addresses": "DescribeAddresses", "NetworkInterfaces": "DescribeNetworkInterfaces", "Vpcs": "DescribeVpcs",
	"Subnets": "DescribeSubnets", "SecurityGroups": "DescribeSecurityGroups", "NatGateways": "DescribeNatGateways",
	"InternetGateways": "DescribeInternetGateways", "RouteTables": "DescribeRouteTables"}


def utc_str(v):
	"""A time as the reference writes it: UTC, whole seconds, Z."""
	import awsproto
	return awsproto.iso_time(v).strftime("%Y-%m-%dT%H:%M:%SZ")


def as_boto(shape, v):
	"""A fixture value as boto3 hands it to the reference (after its client's
	own JSON step): timestamps as UTC strings, doubles as floats."""
	t = shape.type_name
	if v is None:
		return None
	if t == "structure":
		return {k: as_boto(shape.members[k], x) for k, x in v.items() if k in shape.members}
	if t == "list":
		return [as_boto(shape.member, x) for x in v]
	if t == "map":
		return {k: as_boto(shape.value, x) for k, x in v.items()}
	if t == "timestamp":
		return utc_str(v)
	if t in ("float", "double"):
		return float(v)
	return v


def item_shape(collection):
	import awsproto
	m = awsproto.model("ec2")
	if collection == "Instances":
		return m.operation_model("DescribeInstances").output_shape.members["Reservations"].member.members[
			"Instances"].member
	if collection == "InstanceTypes":
		return m.operation_model("DescribeInstanceTypes").output_shape.members["InstanceTypes"].member
	return m.operation_model(SHAPE_OF[collection]).output_shape.members[collection].member


class Node:
	def __init__(self, kind, account, region, reported, volatile=None):
		self.kind = kind
		self.account = account
		self.region = region
		self.reported = reported
		self.volatile = volatile or {}
		self.usage = {}
		self.id = node_id(kind, account, region, reported["id"], reported["name"]) if kind not in ("graph_root",
			"cloud", "aws_account") else None


def reported_of(kind, js, quirks=False, extra=None):
	"""The reported properties of one item: mapped, defaults, name and ctime
	rules, nulls dropped, kind last."""
	cls = KINDS[kind][0]
	m = dict(getattr(cls, "M", {}))
	if quirks:
		m.update(getattr(cls, "QUIRKS", {}))
	d = getattr(cls, "D", {})
	vals = {}
	for f in field_order(cls):
		if f in m:
			vals[f] = m[f](js)
		elif extra and f in extra:
			vals[f] = extra[f]
		elif f in d:
			vals[f] = d[f]
		elif f == "tags":
			vals[f] = {}
		else:
			vals[f] = None
	if extra:
		vals.update({k: v for k, v in extra.items() if k in vals and k not in m})
	if vals.get("name") is None:
		vals["name"] = vals["id"]
	ctag = (vals.get("tags") or {}).get("resoto:ctime")
	if ctag:
		try:
			vals["ctime"] = utc_str(datetime.datetime.fromisoformat(ctag))
		except ValueError:
			pass
	out = strip_nulls(vals)
	out["kind"] = kind
	return out


# -- the graph

def _regions_seen(fixture):
	"""DescribeRegions without AllRegions: the opted-in regions."""
	out = []
	for r in fixture.get("regions", ["us-east-1"]):
		if isinstance(r, str):
			out.append(r)
		elif r.get("OptInStatus") != "not-opted-in":
			out.append(r["RegionName"])
	return out


def account_node(fixture, aid, role, org_names):
	a = fixture["accounts"][aid]
	name = aid
	if a.get("aliases"):
		name = a["aliases"][0]
	elif org_names and fixture.get("organization") and aid in [fixture["organization"]["management_account"]] + \
			fixture["organization"].get("accounts", []):
		name = a.get("name", aid)
	import services
	s = services.summary_map(a.get("summary", {}))
	extra = {"account_alias": "", "role": role, "profile": None, "partition": fixture.get("partition", "aws")}
	for prop, key in (("users", "Users"), ("groups", "Groups"), ("account_mfa_enabled", "AccountMFAEnabled"),
			("account_access_keys_present", "AccountAccessKeysPresent"),
			("account_signing_certificates_present", "AccountSigningCertificatesPresent"),
			("mfa_devices", "MFADevices"), ("mfa_devices_in_use", "MFADevicesInUse"), ("policies", "Policies"),
			("policy_versions_in_use", "PolicyVersionsInUse"),
			("global_endpoint_token_version", "GlobalEndpointTokenVersion"),
			("server_certificates", "ServerCertificates")):
		extra[prop] = int(s.get(key, 0))
	extra["max_password_age"] = 0
	extra["password_reuse_prevention"] = 0
	pp = a.get("password_policy")
	if pp:
		extra["minimum_password_length"] = int(pp.get("MinimumPasswordLength", 0))
		for prop, key in (("require_symbols", "RequireSymbols"), ("require_numbers", "RequireNumbers"),
				("require_uppercase_characters", "RequireUppercaseCharacters"),
				("require_lowercase_characters", "RequireLowercaseCharacters"),
				("allow_users_to_change_password", "AllowUsersToChangePassword"),
				("expire_passwords", "ExpirePasswords"), ("hard_expiry", "HardExpiry")):
			extra[prop] = bool(pp.get(key, None))
		extra["max_password_age"] = int(pp.get("MaxPasswordAge", 0))
		extra["password_reuse_prevention"] = int(pp.get("PasswordReusePrevention", 0))
	rep = reported_of_plain(AwsAccount, "aws_account", {"id": aid, "name": name, **extra})
	n = Node("aws_account", aid, "undefined", rep)
	n.id = node_id("aws_account", aid, "undefined", aid, name)
	return n


def reorder(kind, reported):
	"""reported in its class's property order (kind last), nulls dropped."""
	out = {f: reported[f] for f in field_order(KINDS[kind][0]) if reported.get(f) is not None}
	out["kind"] = kind
	return out


def reported_of_plain(cls, kind, values):
	out = {}
	for f in field_order(cls):
		v = values.get(f, {} if f == "tags" else None)
		out[f] = v
	return dict(strip_nulls(out), kind=kind)


def _instances(region_data):
	for r in region_data.get("Reservations", []):
		for i in r.get("Instances", []):
			yield i


class Graph:
	def __init__(self):
		self.nodes = []
		self.by_id = {}
		self.edges = []
		self.edge_keys = set()

	def add(self, node):
		if node.id in self.by_id:
			return self.by_id[node.id]
		self.by_id[node.id] = node
		self.nodes.append(node)
		return node

	def edge(self, a, b, delete=False):
		if a is None or b is None:
			return
		key = (a.id, b.id, "delete" if delete else "default")
		if key not in self.edge_keys:
			self.edge_keys.add(key)
			self.edges.append(key)

	def dependant(self, src, dst, reverse=False, same=False):
		"""GraphBuilder.dependant_node: a default edge (dst -> src when reverse) and
		a delete edge the other way round (or the same way with same)."""
		if src is None or dst is None:
			return
		a, b = (dst, src) if reverse else (src, dst)
		self.edge(a, b)
		if same:
			self.edge(a, b, delete=True)
		else:
			self.edge(b, a, delete=True)


def account_graph(fixture, aid, role=None, regions=None, org_names=False, quirks=False):
	"""Nodes and edges of one account's collect (root, cloud, account, global
	and regional regions, the part-1 kinds)."""
	g = Graph()
	acct = g.add(account_node(fixture, aid, role, org_names))
	part = fixture.get("partition", "aws")
	glob = fixture.get("global_region", "us-east-1")
	regions = regions if regions is not None else _regions_seen(fixture)
	catalogue = {t["InstanceType"]: t for t in fixture.get("instance_types", [])}
	a = fixture["accounts"][aid]
	region_nodes = []
	gr = Node("aws_region", aid, glob, reported_of_plain(AwsRegion, "aws_region", {"id": glob, "name": "global",
		"tags": {}, "ctime": DEFAULT_CTIME}))
	gr.id = node_id("aws_region", aid, glob, glob, "global")
	region_nodes.append(g.add(gr))
	for r in regions:
		rn = Node("aws_region", aid, r, reported_of_plain(AwsRegion, "aws_region", {"id": r, "name": r, "tags": {},
			"ctime": DEFAULT_CTIME}))
		region_nodes.append(g.add(rn))
	for rn in region_nodes:
		g.edge(acct, rn)
	for b in a.get("s3", {}).get("Buckets", []):       # global kinds: in the global region
		g.edge(gr, g.add(Node("aws_s3_bucket", aid, glob, s3_bucket(aid, a, b, quirks))))
	iam_nodes(g, aid, glob, gr, a)
	iam_cred_nodes(g, aid, glob, gr, a, part)
	per_region = {}
	for rn in region_nodes[1:]:
		data = a.get("regions", {}).get(rn.reported["id"], {})
		items = {}
		for kind, coll in COLLECTED:
			if coll is None:
				continue
			raw = list(_instances(data)) if coll == "Instances" else data.get(coll, [])
			if coll == "Snapshots":
				raw = [s for s in raw if s.get("OwnerId", aid) == aid]        # OwnerIds=self
			if coll == "KeyPairs":        # listed without IncludePublicKey: the API leaves PublicKey out
				raw = [{k: v for k, v in x.items() if k != "PublicKey"} for x in raw]
			shape = item_shape(coll)
			items[kind] = []
			for js in raw:
				bj = as_boto(shape, js)
				node = g.add(Node(kind, aid, rn.reported["id"], reported_of(kind, bj, quirks)))
				items[kind].append((node, bj))
				g.edge(rn, node)
		for section, coll, kind in PART2:
			items[kind] = []
			for js in data.get(section, {}).get(coll, []):
				bj = part2_item(section, coll, js)
				node = g.add(Node(kind, aid, rn.reported["id"], reported_of(kind, bj, quirks)))
				items[kind].append((node, bj))
				g.edge(rn, node)
		per_region[rn.reported["id"]] = (rn, items)
	_connect(g, fixture, aid, per_region, catalogue, quirks)
	return g, part


def _find(items_by_kind, kind, **match):
	for node, _ in items_by_kind.get(kind, []):
		if all(node.reported.get(k) == v for k, v in match.items()):
			return node
	return None


def _connect(g, fixture, aid, per_region, catalogue, quirks, usage=True):
	every = {}
	for rid, (rn, items) in per_region.items():
		for kind, lst in items.items():
			every.setdefault(kind, []).extend(lst)
	for rid, (rn, items) in per_region.items():
		# volume types: one per (region, type) of the region's volumes; type -> volume
		vts = {}
		for node, js in items["aws_ec2_volume"]:
			vt = node.reported.get("volume_type")
			if vt is None:
				continue
			if vt not in vts:
				vts[vt] = g.add(Node("aws_ec2_volume_type", aid, rid, reported_of_plain(AwsEc2VolumeType,
					"aws_ec2_volume_type", {"id": vt, "name": vt, "tags": {}, "volume_type": vt})))
				g.edge(rn, vts[vt])
			g.edge(vts[vt], node)
			# the reference stamps atime/mtime at collect time (in use) or reads the last
			# read / write from CloudWatch (available), falling back to max(ctime, now - 60 days)
			st = node.reported.get("volume_status")
			if st == "in-use":
				node.volatile.update({"atime": "collect-time", "mtime": "collect-time"})
			elif st == "available":
				node.volatile.update({t: cloudwatch_rule(aid, rid, "AWS/EBS", m, node.reported["id"])
					for t, m in (("atime", "VolumeReadOps"), ("mtime", "VolumeWriteOps"))})
			if usage:
				node.usage = usage_of("aws_ec2_volume", aid, rid, node.reported["id"], st == "available")
			for att in node.reported.get("volume_attachments", []):
				g.dependant(node, _find(every, "aws_ec2_instance", id=att.get("instance_id")), reverse=True)
		types = {}
		for node, js in items["aws_ec2_instance"]:
			if usage and node.reported.get("instance_status") == "running":
				node.usage = usage_of("aws_ec2_instance", aid, rid, node.reported["id"])
			it = node.reported.get("instance_type")
			if it in catalogue:
				if it not in types:
					tj = as_boto(item_shape("InstanceTypes"), catalogue[it])
					types[it] = g.add(Node("aws_ec2_instance_type", aid, rid, reported_of("aws_ec2_instance_type", tj)))
					g.edge(rn, types[it])
				tn = types[it]
				node.reported = reorder("aws_ec2_instance", dict(node.reported, instance_cores=tn.reported.get(
					"instance_cores"), instance_memory=tn.reported.get("instance_memory")))
				g.edge(tn, node)
			key = node.reported.get("instance_key_name")
			if key:
				kp = _find(every if quirks else items, "aws_ec2_keypair", name=key)
				g.dependant(node, kp)
			vpc = js.get("VpcId")
			if vpc:
				target = _find(every, "aws_vpc", name=vpc) if quirks else _find(every, "aws_vpc", id=vpc)
				g.dependant(node, target, reverse=True, same=True)
		for node, js in items["aws_ec2_snapshot"]:
			if js.get("VolumeId"):
				g.edge(_find(every, "aws_ec2_volume", id=js["VolumeId"]), node)
		for node, js in items["aws_ec2_elastic_ip"]:
			if js.get("InstanceId"):
				g.dependant(node, _find(every, "aws_ec2_instance", id=js["InstanceId"]), reverse=True)
			if js.get("NetworkInterfaceId"):
				g.dependant(node, _find(every, "aws_ec2_network_interface", id=js["NetworkInterfaceId"]), reverse=True)
		for node, js in items["aws_ec2_network_interface"]:
			if js.get("VpcId"):
				g.dependant(node, _find(every, "aws_vpc", id=js["VpcId"]), reverse=True, same=True)
			if js.get("SubnetId"):
				g.edge(_find(every, "aws_ec2_subnet", id=js["SubnetId"]), node)
			iid = (node.reported.get("nic_attachment") or {}).get("instance_id")
			if iid:
				g.dependant(node, _find(every, "aws_ec2_instance", id=iid), reverse=True)
			for grp in node.reported.get("nic_groups", []):
				if grp.get("group_id"):
					g.edge(_find(every, "aws_ec2_security_group", id=grp["group_id"]), node)
		for kind in ("aws_ec2_subnet", "aws_ec2_security_group", "aws_ec2_route_table"):
			for node, js in items[kind]:
				if js.get("VpcId"):
					g.dependant(node, _find(every, "aws_vpc", id=js["VpcId"]), reverse=True, same=True)
		for node, js in items["aws_ec2_nat_gateway"]:
			if js.get("VpcId"):
				g.dependant(node, _find(every, "aws_vpc", id=js["VpcId"]), reverse=True, same=True)
			if js.get("SubnetId"):
				g.dependant(node, _find(every, "aws_ec2_subnet", id=js["SubnetId"]), reverse=True, same=True)
			for addr in node.reported.get("nat_gateway_addresses", []):
				if addr.get("network_interface_id"):
					g.dependant(node, _find(every, "aws_ec2_network_interface", id=addr["network_interface_id"]))
		for node, js in items["aws_ec2_internet_gateway"]:
			for att in node.reported.get("gateway_attachments", []):
				if att.get("vpc_id"):
					g.dependant(node, _find(every, "aws_vpc", id=att["vpc_id"]), reverse=True, same=True)
		connect_part2(g, items, every, quirks)
		connect_autoscaling(g, items, every)
		connect_cloudwatch(g, items, every)
		connect_rds(g, items, every)
		connect_kms(g, items, every)
		connect_lambda_eks(g, items, every, quirks)


def expected_graph(fixture, accounts, regions=None, org_names=False, quirks=False, usage=True):
	"""ndjson-ready dicts for each account: {account id: role name or None}.
	Node lines {"id", "reported", "metadata", ["volatile"]}; edge lines
	{"from", "to"[, "edge_type": "delete"]}.  One graph_root and one cloud,
	then per account its nodes; edges after all nodes."""
	root_rep = {"id": "root", "tags": {}, "name": "root", "kind": "graph_root"}
	cloud_rep = {"id": CLOUD, "tags": {}, "name": "AWS", "kind": "cloud"}
	root_id = node_id("graph_root", "undefined", "undefined", "root", "root", cloud="undefined")
	cloud_id = node_id("cloud", "undefined", "undefined", CLOUD, "AWS")
	lines = [{"id": root_id, "reported": root_rep, "metadata": {"python_type": "resotolib.baseresources.GraphRoot",
		"phantom": True}},
		{"id": cloud_id, "reported": cloud_rep, "metadata": {"python_type": "resotolib.baseresources.Cloud",
		"phantom": False}}]
	edges = [{"from": root_id, "to": cloud_id}]
	for aid, role in accounts.items():
		g, _ = account_graph(fixture, aid, role, regions, org_names, quirks)
		for n in g.nodes:
			meta = {"python_type": KINDS[n.kind][1], "phantom": n.kind in PHANTOM}
			if n.kind == "aws_account":
				meta["replace"] = True
			line = {"id": n.id, "reported": n.reported, "metadata": meta, "usage": n.usage if usage else {}}
			if n.volatile:
				line["volatile"] = n.volatile
			lines.append(line)
		edges.append({"from": cloud_id, "to": g.nodes[0].id})
		for a, b, t in g.edges:
			e = {"from": a, "to": b}
			if t == "delete":
				e["edge_type"] = "delete"
			edges.append(e)
	return lines + edges


def org_accounts(fixture, caller):
	"""The account ids organizations:ListAccounts gives the caller (the
	management account), or None when the caller cannot list them."""
	org = fixture.get("organization")
	if not org or caller != org["management_account"]:
		return None
	return [org["management_account"]] + [a for a in org.get("accounts", []) if a != org["management_account"]]


# -- comparing with what a collector delivered

PERIOD = datetime.timedelta(days=60)        # cloudwatch_metrics_for_atime_mtime_period


def _time(s):
	return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)


def _drop(d, keys):
	if isinstance(d, dict):
		return {k: _drop(v, keys) for k, v in d.items() if k not in keys}
	if isinstance(d, list):
		return [_drop(v, keys) for v in d]
	return d


def compare(expected, actual, started=None, finished=None, kinds=None):
	"""Differences (list of strings) between expected lines and the lines a
	collector delivered (node and edge dicts, any order).  Numbers compare by
	value (2 == 2.0); NOT_DERIVABLE properties are ignored; volatile times must
	be valid times, 'collect-time' ones within [started, finished] (datetimes)
	when given.  kinds: only compare nodes of these kinds (and edges between them)."""
	problems = []
	exp_nodes = {x["id"]: x for x in expected if "reported" in x}
	act_nodes = {x["id"]: x for x in actual if "reported" in x}
	if kinds is not None:
		exp_nodes = {k: v for k, v in exp_nodes.items() if v["reported"]["kind"] in kinds}
		act_nodes = {k: v for k, v in act_nodes.items() if v["reported"]["kind"] in kinds}
	for nid, e in exp_nodes.items():
		a = act_nodes.get(nid)
		if a is None:
			problems.append("missing node %s %s (%s)" % (e["reported"]["kind"], e["reported"]["id"], nid))
			continue
		er = _drop(e["reported"], NOT_DERIVABLE)
		ar = _drop(a["reported"], NOT_DERIVABLE)
		for prop, rule in e.get("volatile", {}).items():
			v = ar.pop(prop, None)
			er.pop(prop, None)
			if v is None:
				problems.append("%s %s: no %s" % (er["kind"], er["id"], prop))
				continue
			try:
				t = _time(v)
			except (TypeError, ValueError):
				problems.append("%s %s: %s %r is not a time" % (er["kind"], er["id"], prop, v))
				continue
			if not (started and finished):
				continue
			lo, hi = started, finished
			if rule.startswith("cloudwatch:"):  # the latest hour H hours or more before the request
				h = int(rule.split(":")[1])
				lo, hi = lo - datetime.timedelta(hours=h + 1), hi - datetime.timedelta(hours=h)
			elif rule != "collect-time":        # max(ctime, start - 60 days), start in the collect
				ct = _time(e["reported"]["ctime"]) if e["reported"].get("ctime") else lo - PERIOD
				lo, hi = max(ct, lo - PERIOD), max(ct, hi - PERIOD)
			if not lo - datetime.timedelta(seconds=1) <= t <= hi + datetime.timedelta(seconds=1):
				problems.append("%s %s: %s %s is not %s of the collect" % (er["kind"], er["id"], prop, v, rule))
		if "usage" in e and e["usage"] != a.get("usage"):
			problems.append("%s %s: usage %s, expected %s" % (er["kind"], er["id"], json.dumps(a.get("usage")),
				json.dumps(e["usage"])))
		if er != ar:
			keys = sorted(set(er) | set(ar))
			diff = ["%s: expected %s, got %s" % (k, json.dumps(er.get(k)), json.dumps(ar.get(k))) for k in keys
				if er.get(k) != ar.get(k)]
			problems.append("node %s %s differs: %s" % (er["kind"], er["id"], "; ".join(diff)))
	for nid, a in act_nodes.items():
		if nid not in exp_nodes:
			problems.append("unexpected node %s %s (%s)" % (a["reported"]["kind"], a["reported"]["id"], nid))

	def edge_set(lines, nodes):
		return {(x["from"], x["to"], x.get("edge_type", "default")) for x in lines if "from" in x and
			(kinds is None or (x["from"] in nodes and x["to"] in nodes))}
	ee, ae = edge_set(expected, exp_nodes), edge_set(actual, act_nodes)

	def name(nid, nodes):
		n = nodes.get(nid)
		return "%s %s" % (n["reported"]["kind"], n["reported"]["id"]) if n else nid
	for e in sorted(ee - ae):
		problems.append("missing %s edge %s -> %s" % (e[2], name(e[0], exp_nodes), name(e[1], exp_nodes)))
	for e in sorted(ae - ee):
		problems.append("unexpected %s edge %s -> %s" % (e[2], name(e[0], act_nodes), name(e[1], act_nodes)))
	return problems


def main(argv=None):
	p = argparse.ArgumentParser(prog="expect.py", description="The graph the reference AWS collector makes of "
		"a fakeaws fixture (part-1 kinds), as ndjson lines.")
	p.add_argument("fixture")
	p.add_argument("--account", action="append", required=True,
		help="ACCOUNT or ACCOUNT=ROLE (collected by assuming ROLE); repeat")
	p.add_argument("--region", action="append", help="regions collected (default: DescribeRegions' answer)")
	p.add_argument("--org-names", action="store_true", help="accounts without an alias are named from the "
		"organisation (the credentials can call organizations:DescribeAccount)")
	p.add_argument("--quirks", action="store_true", help="reproduce the reference's data-losing quirks (README.md)")
	opts = p.parse_args(argv)
	with open(opts.fixture) as f:
		fixture = json.load(f)
	accounts = {}
	for a in opts.account:
		aid, _, role = a.partition("=")
		accounts[aid] = role or None
	for line in expected_graph(fixture, accounts, opts.region, opts.org_names, opts.quirks):
		sys.stdout.write(json.dumps(line) + "\n")


if __name__ == "__main__":
	main()

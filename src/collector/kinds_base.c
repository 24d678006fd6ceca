/*
 * kinds_base: the base kinds of resotolib.baseresources (Resoto 3.6.5),
 * collectors.md 1.9: what every collector's kinds derive from. Property
 * defaults are the Python class defaults (NULL = None).
 */
#include "collector/kind.h"

#define BR		"resotolib.baseresources."
#define S		"string"
#define I		"int64"
#define D		"double"
#define B		"boolean"
#define DT		"datetime"
#define DICT		"dictionary[string, string]"
#define LIST		"string[]"
#define P(n, k, t, d)	{ .name = n, .kind = k, .type = t, .def = d }

static const char *const instance_status_values[] = {
	"running", "stopped", "terminated", "busy", "unknown", NULL
};
static const char *const volume_status_values[] = {
	"in-use", "available", "busy", "error", "deleted", "unknown", NULL
};
const struct kenum enum_instance_status = {
	"instance_status", instance_status_values
};
const struct kenum enum_volume_status = {
	"volume_status", volume_status_values
};
const struct kenum *const base_enums[] = {
	&enum_instance_status, &enum_volume_status, NULL
};

static const struct kprop p_resource[] = {
	P("id", S, PT_STRING, NULL),
	P("tags", DICT, PT_DICT, "{}"),
	P("name", S, PT_STRING, NULL),
	{ .name = "ctime", .kind = DT, .type = PT_DATETIME,
	    .synthetic = "age" },
	{ .name = "mtime", .kind = DT, .type = PT_DATETIME,
	    .synthetic = "last_update" },
	{ .name = "atime", .kind = DT, .type = PT_DATETIME,
	    .synthetic = "last_access" },
	{ .name = "kind", .kind = S, .type = PT_STRING,
	    .flags = KP_REQUIRED | KP_MODEL_ONLY },
};
static const struct kprop p_quota[] = {
	P("quota", D, PT_DOUBLE, NULL),
	P("usage", D, PT_DOUBLE, NULL),
	P("quota_type", S, PT_STRING, NULL),
};
static const struct kprop p_instance_quota[] = {
	P("instance_type", S, PT_STRING, NULL),
};
static const struct kprop p_instance_type[] = {
	P("instance_type", S, PT_STRING, NULL),
	P("instance_cores", D, PT_DOUBLE, "0.0"),
	P("instance_memory", D, PT_DOUBLE, "0.0"),
	P("ondemand_cost", D, PT_DOUBLE, NULL),
	P("reservations", I, PT_INT, NULL),
};
static const struct kprop p_volume_type[] = {
	P("volume_type", S, PT_STRING, "\"\""),
	P("ondemand_cost", D, PT_DOUBLE, NULL),
};
static const struct kprop p_instance[] = {
	P("instance_cores", D, PT_DOUBLE, "0.0"),
	P("instance_memory", D, PT_DOUBLE, "0.0"),
	P("instance_type", S, PT_STRING, "\"\""),
	P("instance_status", "instance_status", PT_ENUM, NULL),
};
static const struct kprop p_volume[] = {
	P("volume_size", I, PT_INT, "0"),
	P("volume_type", S, PT_STRING, "\"\""),
	P("volume_status", "volume_status", PT_ENUM, NULL),
	P("volume_iops", I, PT_INT, NULL),
	P("volume_throughput", I, PT_INT, NULL),
	P("volume_encrypted", B, PT_BOOL, NULL),
	P("snapshot_before_delete", B, PT_BOOL, "false"),
};
static const struct kprop p_snapshot[] = {
	P("snapshot_status", S, PT_STRING, "\"\""),
	P("description", S, PT_STRING, NULL),
	P("volume_id", S, PT_STRING, NULL),
	P("volume_size", I, PT_INT, "0"),
	P("encrypted", B, PT_BOOL, "false"),
	P("owner_id", S, PT_STRING, NULL),
	P("owner_alias", S, PT_STRING, NULL),
};
static const struct kprop p_network_share[] = {
	P("share_size", I, PT_INT, "0"),
	P("share_type", S, PT_STRING, "\"\""),
	P("share_status", S, PT_STRING, NULL),
	P("share_iops", I, PT_INT, NULL),
	P("share_throughput", D, PT_DOUBLE, NULL),
	P("share_encrypted", B, PT_BOOL, NULL),
};
static const struct kprop p_keypair[] = {
	P("fingerprint", S, PT_STRING, "\"\""),
};
static const struct kprop p_database[] = {
	P("db_type", S, PT_STRING, "\"\""),
	P("db_status", S, PT_STRING, "\"\""),
	P("db_endpoint", S, PT_STRING, "\"\""),
	P("db_version", S, PT_STRING, NULL),
	P("db_publicly_accessible", B, PT_BOOL, NULL),
	P("instance_type", S, PT_STRING, "\"\""),
	P("volume_size", I, PT_INT, "0"),
	P("volume_iops", I, PT_INT, NULL),
	P("volume_encrypted", B, PT_BOOL, NULL),
};
static const struct kprop p_load_balancer[] = {
	P("lb_type", S, PT_STRING, "\"\""),
	P("public_ip_address", S, PT_STRING, NULL),
	P("backends", LIST, PT_LIST, "[]"),
};
static const struct kprop p_network_interface[] = {
	P("network_interface_status", S, PT_STRING, "\"\""),
	P("network_interface_type", S, PT_STRING, "\"\""),
	P("mac", S, PT_STRING, "\"\""),
	P("private_ips", LIST, PT_LIST, "[]"),
	P("public_ips", LIST, PT_LIST, "[]"),
	P("v6_ips", LIST, PT_LIST, "[]"),
	P("description", S, PT_STRING, "\"\""),
};
static const struct kprop p_access_key[] = {
	P("access_key_status", S, PT_STRING, "\"\""),
};
static const struct kprop p_certificate[] = {
	P("expires", DT, PT_DATETIME, NULL),
	P("dns_names", LIST, PT_LIST, NULL),
	P("sha1_fingerprint", S, PT_STRING, NULL),
};
static const struct kprop p_stack[] = {
	P("stack_status", S, PT_STRING, "\"\""),
	P("stack_status_reason", S, PT_STRING, "\"\""),
	P("stack_parameters", DICT, PT_DICT, "{}"),
};
static const struct kprop p_autoscaling_group[] = {
	P("min_size", I, PT_INT, "-1"),
	P("max_size", I, PT_INT, "-1"),
};
static const struct kprop p_ip_address[] = {
	P("ip_address", S, PT_STRING, "\"\""),
	P("ip_address_family", S, PT_STRING, "\"\""),
};
static const struct kprop p_health_check[] = {
	P("check_interval", I, PT_INT, "-1"),
	P("healthy_threshold", I, PT_INT, "-1"),
	P("unhealthy_threshold", I, PT_INT, "-1"),
	P("timeout", I, PT_INT, "-1"),
	P("health_check_type", S, PT_STRING, "\"\""),
};
static const struct kprop p_dns_record_set[] = {
	P("record_ttl", I, PT_INT, NULL),
	P("record_type", S, PT_STRING, "\"\""),
	P("record_values", LIST, PT_LIST, "[]"),
};
static const struct kprop p_dns_record[] = {
	P("record_ttl", I, PT_INT, "-1"),
	P("record_type", S, PT_STRING, "\"\""),
	P("record_data", S, PT_STRING, "\"\""),
	P("record_value", S, PT_STRING, "\"\""),
	P("record_priority", I, PT_INT, NULL),
	P("record_port", I, PT_INT, NULL),
	P("record_weight", I, PT_INT, NULL),
	P("record_flags", I, PT_INT, NULL),
	P("record_tag", S, PT_STRING, NULL),
	P("record_mname", S, PT_STRING, NULL),
	P("record_rname", S, PT_STRING, NULL),
	P("record_serial", I, PT_INT, NULL),
	P("record_refresh", I, PT_INT, NULL),
	P("record_retry", I, PT_INT, NULL),
	P("record_expire", I, PT_INT, NULL),
	P("record_minimum", I, PT_INT, NULL),
};

/* A kind without own properties: fqn, class, base, icon, group. */
#define K0(var, fqn, cls, base, icon, group)				\
	const struct kind var = { fqn, BR cls, KIND_BASES(&base), NULL, 0, \
	    icon, group, NULL, 0 }
/* A kind with own properties p. */
#define KP(var, fqn, cls, base, p, icon, group)				\
	const struct kind var = { fqn, BR cls, KIND_BASES(&base),	\
	    KIND_PROPS(p), icon, group, NULL, 0 }

const struct kind kind_resource = { "resource", BR "BaseResource", NULL,
	KIND_PROPS(p_resource), "resource", "misc", NULL, 0 };
const struct kind kind_phantom_resource = { "phantom_resource",
	BR "PhantomBaseResource", KIND_BASES(&kind_resource), NULL, 0, NULL,
	NULL, NULL, KIND_PHANTOM };
static KP(kind_quota, "quota", "BaseQuota", kind_phantom_resource, p_quota,
    "quota", "control");
static K0(kind_type, "type", "BaseType", kind_quota, "type", "control");
static KP(kind_instance_quota, "instance_quota", "BaseInstanceQuota",
    kind_quota, p_instance_quota, "instance", "compute");
KP(kind_instance_type, "instance_type", "BaseInstanceType", kind_type,
    p_instance_type, "instance_type", "compute");
KP(kind_volume_type, "volume_type", "BaseVolumeType", kind_type,
    p_volume_type, "volume_type", "storage");
static K0(kind_bucket_quota, "bucket_quota", "BaseBucketQuota", kind_quota,
    "quota", "storage");
static K0(kind_network_quota, "network_quota", "BaseNetworkQuota", kind_quota,
    "quota", "networking");
static K0(kind_load_balancer_quota, "load_balancer_quota",
    "BaseLoadBalancerQuota", kind_quota, "quota", "networking");
static K0(kind_gateway_quota, "gateway_quota", "BaseGatewayQuota", kind_quota,
    "quota", "networking");
static K0(kind_certificate_quota, "certificate_quota", "BaseCertificateQuota",
    kind_quota, "quota", "access_control");
K0(kind_graph_root, "graph_root", "GraphRoot", kind_phantom_resource,
    "graph_root", "control");
K0(kind_base_cloud, "base_cloud", "BaseCloud", kind_resource, "cloud",
    "control");
K0(kind_cloud, "cloud", "Cloud", kind_base_cloud, "cloud", "control");
K0(kind_account, "account", "BaseAccount", kind_resource, "account",
    "control");
K0(kind_region, "region", "BaseRegion", kind_resource, "region", "control");
K0(kind_zone, "zone", "BaseZone", kind_resource, "zone", "control");
KP(kind_instance, "instance", "BaseInstance", kind_resource, p_instance,
    "instance", "compute");
KP(kind_volume, "volume", "BaseVolume", kind_resource, p_volume, "volume",
    "storage");
KP(kind_snapshot, "snapshot", "BaseSnapshot", kind_resource,
    p_snapshot, "snapshot", "storage");
static KP(kind_network_share, "network_share", "BaseNetworkShare",
    kind_resource, p_network_share, "network_share", "storage");
K0(kind_bucket, "bucket", "BaseBucket", kind_resource, "bucket",
    "storage");
K0(kind_serverless_function, "serverless_function",
    "BaseServerlessFunction", kind_resource, "function", "compute");
KP(kind_keypair, "keypair", "BaseKeyPair", kind_resource, p_keypair,
    "keypair", "access_control");
K0(kind_network, "network", "BaseNetwork", kind_resource, "network",
    "networking");
KP(kind_database, "database", "BaseDatabase", kind_resource,
    p_database, "database", "database");
KP(kind_load_balancer, "load_balancer", "BaseLoadBalancer", kind_resource,
    p_load_balancer, "load_balancer", "networking");
K0(kind_subnet, "subnet", "BaseSubnet", kind_resource, "subnet",
    "networking");
K0(kind_gateway, "gateway", "BaseGateway", kind_resource, "gateway",
    "networking");
static K0(kind_tunnel, "tunnel", "BaseTunnel", kind_resource, "tunnel",
    "networking");
K0(kind_security_group, "security_group", "BaseSecurityGroup",
    kind_resource, "security_group", "networking");
K0(kind_routing_table, "routing_table", "BaseRoutingTable",
    kind_resource, "routing_table", "networking");
static K0(kind_network_acl, "network_acl", "BaseNetworkAcl", kind_resource,
    "acl", "networking");
static K0(kind_peering_connection, "peering_connection",
    "BasePeeringConnection", kind_resource, "connection", "networking");
static K0(kind_endpoint, "endpoint", "BaseEndpoint", kind_resource,
    "endpoint", "networking");
KP(kind_network_interface, "network_interface", "BaseNetworkInterface",
    kind_resource, p_network_interface, "network_interface", "networking");
K0(kind_user, "user", "BaseUser", kind_resource, "user",
    "access_control");
K0(kind_group, "group", "BaseGroup", kind_resource, "group",
    "access_control");
K0(kind_policy, "policy", "BasePolicy", kind_resource, "policy",
    "access_control");
K0(kind_role, "role", "BaseRole", kind_resource, "role",
    "access_control");
K0(kind_instance_profile, "instance_profile", "BaseInstanceProfile",
    kind_resource, "instance_profile", "access_control");
KP(kind_access_key, "access_key", "BaseAccessKey", kind_resource,
    p_access_key, "key", "access_control");
static KP(kind_certificate, "certificate", "BaseCertificate", kind_resource,
    p_certificate, "certificate", "access_control");
static KP(kind_stack, "stack", "BaseStack", kind_resource, p_stack, "stack",
    "control");
KP(kind_autoscaling_group, "autoscaling_group", "BaseAutoScalingGroup",
    kind_resource, p_autoscaling_group, "autoscaling_group", "compute");
KP(kind_ip_address, "ip_address", "BaseIPAddress", kind_resource,
    p_ip_address, "network_address", "networking");
static KP(kind_health_check, "health_check", "BaseHealthCheck", kind_resource,
    p_health_check, "health_check", "compute");
static K0(kind_dns_zone, "dns_zone", "BaseDNSZone", kind_resource, "dns",
    "networking");
static KP(kind_dns_record_set, "dns_record_set", "BaseDNSRecordSet",
    kind_resource, p_dns_record_set, "dns", "networking");
static KP(kind_dns_record, "dns_record", "BaseDNSRecord", kind_resource,
    p_dns_record, "dns_record", "networking");
static K0(kind_unknown_cloud, "unknown_cloud", "UnknownCloud",
    kind_base_cloud, NULL, NULL);
static K0(kind_unknown_account, "unknown_account", "UnknownAccount",
    kind_account, NULL, NULL);
static K0(kind_unknown_region, "unknown_region", "UnknownRegion",
    kind_region, NULL, NULL);
static K0(kind_unknown_dns_zone, "unknown_dns_zone", "UnknownDNSZone",
    kind_dns_zone, NULL, NULL);
static K0(kind_unknown_zone, "unknown_zone", "UnknownZone", kind_zone, NULL,
    NULL);
static K0(kind_unknown_location, "unknown_location", "UnknownLocation",
    kind_resource, NULL, NULL);

const struct kind *const base_kinds[] = {
	&kind_resource, &kind_phantom_resource, &kind_graph_root,
	&kind_quota, &kind_type, &kind_instance_quota, &kind_instance_type,
	&kind_volume_type, &kind_bucket_quota, &kind_network_quota,
	&kind_load_balancer_quota, &kind_gateway_quota,
	&kind_certificate_quota, &kind_base_cloud, &kind_cloud, &kind_account,
	&kind_region, &kind_zone, &kind_unknown_cloud, &kind_unknown_account,
	&kind_unknown_region, &kind_unknown_zone, &kind_unknown_dns_zone,
	&kind_unknown_location, &kind_instance, &kind_volume, &kind_snapshot,
	&kind_network_share, &kind_bucket, &kind_network, &kind_subnet,
	&kind_gateway, &kind_tunnel, &kind_security_group,
	&kind_routing_table, &kind_network_acl, &kind_peering_connection,
	&kind_endpoint, &kind_user, &kind_group, &kind_policy, &kind_role,
	&kind_instance_profile, &kind_dns_zone, &kind_serverless_function,
	&kind_keypair, &kind_database, &kind_load_balancer,
	&kind_network_interface, &kind_access_key, &kind_certificate,
	&kind_stack, &kind_autoscaling_group, &kind_ip_address,
	&kind_health_check, &kind_dns_record_set, &kind_dns_record,
	NULL
};

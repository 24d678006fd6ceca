/*
 * aws/eks: EKS clusters and their node groups (collectors.md 4.1, the
 * reference's resource/eks.py) as model kinds and tables for the generic
 * engine (table.h), over EKS's REST-JSON API (SigV4 service "eks"):
 * ListClusters (GET /clusters, nextToken pages of names), DescribeCluster
 * per name; per cluster ListNodegroups (GET /clusters/NAME/node-groups,
 * nextToken pages of names) and DescribeNodegroup per name, as the
 * reference's AwsEksCluster.collect. TagResource / UntagResource by the
 * ARN for both, DeleteCluster by name, DeleteNodegroup by cluster and
 * node group name. Times are seconds since the epoch in EKS's answers.
 *
 * Edges as the reference's connect_in_graph: the cluster's IAM role (by
 * its ARN) points at it, the cluster at its node groups (default and
 * delete edge alike), a node group at its Auto Scaling groups (delete
 * edge: group -> node group).
 *
 * Deviation: the reference finds a node group's cluster by name anywhere
 * in the account, so with clusters of one name in two regions (common:
 * "prod" in each) a node group may hang below the other region's cluster;
 * here the cluster is the one of the node group's region.
 *
 * As the reference's classes: the node group's "version" and "arn" are
 * read by its mapping, its group_version and group_nodegroup_arn never;
 * the node groups are listed for the clusters collected, when
 * aws_eks_nodegroup is collected too.
 */
#include "collector/aws/aws.h"
#include "collector/aws/model.h"
#include "collector/kind.h"
#include "collector/table.h"

#define EKS	"resoto_plugin_aws.resource.eks."
#define MT(n, s)	MP(n, "datetime", PT_DATETIME, NULL, s, NULL)

static const struct kprop p_aws_eks_nodegroup_scaling_config[] = {
	MI("min_size", "minSize"),
	MI("max_size", "maxSize"),
	MI("desired_size", "desiredSize"),
};
MNK(aws_eks_nodegroup_scaling_config, EKS, "AwsEksNodegroupScalingConfig");

static const struct kprop p_aws_eks_remote_access_config[] = {
	MS("ec2_ssh_key", "ec2SshKey"),
	ML("source_security_groups", "sourceSecurityGroups"),
};
MNK(aws_eks_remote_access_config, EKS, "AwsEksRemoteAccessConfig");

static const struct kprop p_aws_eks_taint[] = {
	MS("key", "key"),
	MS("value", "value"),
	MS("effect", "effect"),
};
MNK(aws_eks_taint, EKS, "AwsEksTaint");

static const struct kprop p_aws_eks_nodegroup_resources[] = {
	ML("auto_scaling_groups", "autoScalingGroups[].name"),
	MS("remote_access_security_group", "remoteAccessSecurityGroup"),
};
MNK(aws_eks_nodegroup_resources, EKS, "AwsEksNodegroupResources");

static const struct kprop p_aws_eks_issue[] = {
	MS("code", "code"),
	MS("message", "message"),
	ML("resource_ids", "resourceIds"),
};
MNK(aws_eks_issue, EKS, "AwsEksIssue");

static const struct kprop p_aws_eks_nodegroup_health[] = {
	MOL("issues", aws_eks_issue, "issues"),
};
MNK(aws_eks_nodegroup_health, EKS, "AwsEksNodegroupHealth");

static const struct kprop p_aws_eks_nodegroup_update_config[] = {
	MI("max_unavailable", "maxUnavailable"),
	MI("max_unavailable_percentage", "maxUnavailablePercentage"),
};
MNK(aws_eks_nodegroup_update_config, EKS, "AwsEksNodegroupUpdateConfig");

static const struct kprop p_aws_eks_launch_template_specification[] = {
	MS("name", "name"),
	MS("version", "version"),
	MS("id", "id"),
};
MNK(aws_eks_launch_template_specification, EKS,
    "AwsEksLaunchTemplateSpecification");

static const struct kprop p_aws_eks_nodegroup[] = {
	MS("cluster_name", "clusterName"),
	MS("group_nodegroup_arn", NULL),
	MS("group_version", NULL),
	MS("group_release_version", "releaseVersion"),
	MT("group_modified_at", "modifiedAt"),
	MS("group_status", "status"),
	MS("group_capacity_type", "capacityType"),
	MO("group_scaling_config", aws_eks_nodegroup_scaling_config,
	    "scalingConfig"),
	ML("group_instance_types", "instanceTypes"),
	ML("group_subnets", "subnets"),
	MO("group_remote_access", aws_eks_remote_access_config,
	    "remoteAccess"),
	MS("group_ami_type", "amiType"),
	MS("group_node_role", "nodeRole"),
	MP("group_labels", "dictionary[string, string]", PT_DICT, NULL,
	    "labels", NULL),
	MOL("group_taints", aws_eks_taint, "taints"),
	MO("group_resources", aws_eks_nodegroup_resources, "resources"),
	MI("group_disk_size", "diskSize"),
	MO("group_health", aws_eks_nodegroup_health, "health"),
	MO("group_update_config", aws_eks_nodegroup_update_config,
	    "updateConfig"),
	MO("group_launch_template", aws_eks_launch_template_specification,
	    "launchTemplate"),
};
const struct kind kind_aws_eks_nodegroup = { "aws_eks_nodegroup",
	EKS "AwsEksNodegroup", KIND_BASES(&kind_aws_resource),
	KIND_PROPS(p_aws_eks_nodegroup), NULL, NULL,
	"{\"default\": [\"aws_autoscaling_group\"]}", 0 };

static const struct kprop p_aws_eks_vpc_config_response[] = {
	ML("subnet_ids", "subnetIds"),
	ML("security_group_ids", "securityGroupIds"),
	MS("cluster_security_group_id", "clusterSecurityGroupId"),
	MS("vpc_id", "vpcId"),
	MB("endpoint_public_access", "endpointPublicAccess"),
	MB("endpoint_private_access", "endpointPrivateAccess"),
	ML("public_access_cidrs", "publicAccessCidrs"),
};
MNK(aws_eks_vpc_config_response, EKS, "AwsEksVpcConfigResponse");

static const struct kprop p_aws_eks_kubernetes_network_config_response[] = {
	MS("service_ipv4_cidr", "serviceIpv4Cidr"),
	MS("service_ipv6_cidr", "serviceIpv6Cidr"),
	MS("ip_family", "ipFamily"),
};
MNK(aws_eks_kubernetes_network_config_response, EKS,
    "AwsEksKubernetesNetworkConfigResponse");

static const struct kprop p_aws_eks_log_setup[] = {
	ML("types", "types"),
	MB("enabled", "enabled"),
};
MNK(aws_eks_log_setup, EKS, "AwsEksLogSetup");

static const struct kprop p_aws_eks_logging[] = {
	MOL("cluster_logging", aws_eks_log_setup, "clusterLogging"),
};
MNK(aws_eks_logging, EKS, "AwsEksLogging");

static const struct kprop p_aws_eks_identity[] = {
	MS("oidc", "oidc.issuer"),
};
MNK(aws_eks_identity, EKS, "AwsEksIdentity");

static const struct kprop p_aws_eks_encryption_config[] = {
	ML("resources", "resources"),
	MS("provider", "provider.keyArn"),
};
MNK(aws_eks_encryption_config, EKS, "AwsEksEncryptionConfig");

static const struct kprop p_aws_eks_connector_config[] = {
	MS("activation_id", "activationId"),
	MS("activation_code", "activationCode"),
	MT("activation_expiry", "activationExpiry"),
	MS("provider", "provider"),
	MS("role_arn", "roleArn"),
};
MNK(aws_eks_connector_config, EKS, "AwsEksConnectorConfig");

static const struct kprop p_aws_eks_cluster[] = {
	MS("cluster_version", "version"),
	MS("cluster_endpoint", "endpoint"),
	MS("cluster_role_arn", "roleArn"),
	MO("cluster_resources_vpc_config", aws_eks_vpc_config_response,
	    "resourcesVpcConfig"),
	MO("cluster_kubernetes_network_config",
	    aws_eks_kubernetes_network_config_response,
	    "kubernetesNetworkConfig"),
	MO("cluster_logging", aws_eks_logging, "logging"),
	MO("cluster_identity", aws_eks_identity, "identity"),
	MS("cluster_status", "status"),
	MS("cluster_certificate_authority", "certificateAuthority.data"),
	MS("cluster_client_request_token", "clientRequestToken"),
	MS("cluster_platform_version", "platformVersion"),
	MOL("cluster_encryption_config", aws_eks_encryption_config,
	    "encryptionConfig"),
	MO("cluster_connector_config", aws_eks_connector_config,
	    "connectorConfig"),
};
const struct kind kind_aws_eks_cluster = { "aws_eks_cluster",
	EKS "AwsEksCluster", KIND_BASES(&kind_aws_resource),
	KIND_PROPS(p_aws_eks_cluster), NULL, NULL,
	"{\"default\": [\"aws_eks_nodegroup\"], "
	"\"delete\": [\"aws_eks_nodegroup\"]}", 0 };

/* ---- the tables ---------------------------------------------------------- */

static const char *const gone_eks[] = { "ResourceNotFoundException", NULL };

static const struct tmap m_cluster[] = {
	TM("id", "name"),
	TM("name", "name"),
	TM("arn", "arn"),
	{ "ctime", "createdAt", NULL, TC_EPOCH },
	TM_END
};
static const struct tmap m_group[] = {
	TM("id", "nodegroupName"),
	TM("name", "nodegroupName"),
	TM("arn", "nodegroupArn"),
	{ "ctime", "createdAt", NULL, TC_EPOCH },
	TM_END
};
static const struct tsub s_cluster[] = {
	{ .op = "DescribeCluster", .rest = "/clusters/@name",
	    .items = "cluster", .gone = gone_eks, .flags = TS_MERGE },
	{ .op = NULL }
};
static const struct tsub s_group[] = {
	{ .op = "DescribeNodegroup", .rest = "/clusters/@_parent.name/"
	    "node-groups/@nodegroupName", .items = "nodegroup",
	    .gone = gone_eks, .flags = TS_MERGE },
	{ .op = NULL }
};
static const struct tedge e_cluster[] = {
	{ "roleArn", &kind_aws_iam_role,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME | TE_BY_ARN },
	{ NULL, NULL, 0 }
};
static const struct tedge e_group[] = {
	{ "clusterName", &kind_aws_eks_cluster, TE_REVERSE | TE_DEPENDANT |
	    TE_SAME | TE_BY_NAME | TE_REGION },
	{ "resources.autoScalingGroups[].name", &kind_aws_autoscaling_group,
	    TE_DEPENDANT },
	{ NULL, NULL, 0 }
};
static const struct tcall d_cluster[] = {
	{ "DeleteCluster", "DELETE /clusters/@name", gone_eks, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct tcall d_group[] = {
	{ "DeleteNodegroup", "DELETE /clusters/@cluster_name/node-groups/@name",
	    gone_eks, NULL },
	{ NULL, NULL, NULL, NULL }
};
static const struct ttag t_eks = { .set_op = "TagResource",
	.del_op = "UntagResource", .path = "/tags/@arn", .member = "tags",
	.key_param = "tagKeys" };

const struct tkind aws_eks_tables[] = {
	{ .kind = &kind_aws_eks_cluster, .service = "eks",
	    .op = "ListClusters", .path = "/clusters", .items = "clusters",
	    .token = "nextToken", .next = "nextToken", .wrap = "name",
	    .map = m_cluster, .tags = "tags", .sub = s_cluster,
	    .edges = e_cluster, .del = d_cluster, .tag = &t_eks,
	    .flags = TK_JSON | TK_NAMED | TK_PER_REGION },
	/* per cluster */
	{ .kind = &kind_aws_eks_nodegroup, .service = "eks",
	    .op = "ListNodegroups", .path = "/clusters/@name/node-groups",
	    .items = "nodegroups", .token = "nextToken", .next = "nextToken",
	    .wrap = "nodegroupName", .map = m_group, .tags = "tags",
	    .sub = s_group, .edges = e_group, .del = d_group, .tag = &t_eks,
	    .flags = TK_JSON | TK_CHILD },
	{ .kind = NULL }
};

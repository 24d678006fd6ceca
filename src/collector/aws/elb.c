/*
 * aws/elb: the load balancer kinds (collectors.md 4.1, the reference's
 * resource/elb.py and elbv2.py): classic load balancers (aws_elb, Query
 * API 2012-06-01), application and network load balancers (aws_alb) and
 * their target groups (aws_alb_target_group, Query API 2015-12-01), as
 * model kinds and tables for the generic engine (table.h). Element names
 * are those of the Query APIs' XML (member names of the API models).
 *
 * Per item, as the reference: an ELB's tags (DescribeTags), an ALB's tags
 * and listeners (DescribeListeners, its first page: up to 400 listeners),
 * a target group's tags and target health (DescribeTargetHealth).
 *
 * Deviation: the reference adds the targets of a target group to its
 * load balancers' `backends` after the fact; here an ALB's backends stay
 * as listed (empty), the target group carries them in alb_target_health
 * and the edges target group -> instance say the same (made for every
 * registered target, also of a group no load balancer uses).
 */
#include "collector/aws/aws.h"
#include "collector/aws/model.h"
#include "collector/kind.h"
#include "collector/table.h"

#define ELB	"resoto_plugin_aws.resource.elb."
#define ELB2	"resoto_plugin_aws.resource.elbv2."
#define ELB_VERSION	"2012-06-01"
#define ELB2_VERSION	"2015-12-01"

/* ---- classic load balancers ------------------------------------------- */

static const struct kprop p_aws_elb_listener[] = {
	MS("protocol", "Protocol"),
	MI("load_balancer_port", "LoadBalancerPort"),
	MS("instance_protocol", "InstanceProtocol"),
	MI("instance_port", "InstancePort"),
	MS("ssl_certificate_id", "SSLCertificateId"),
};
MNK(aws_elb_listener, ELB, "AwsElbListener");

static const struct kprop p_aws_elb_listener_description[] = {
	MO("listener", aws_elb_listener, "Listener"),
	ML("policy_names", "PolicyNames"),
};
MNK(aws_elb_listener_description, ELB, "AwsElbListenerDescription");

static const struct kprop p_aws_elb_app_cookie_stickiness_policy[] = {
	MS("policy_name", "PolicyName"),
	MS("cookie_name", "CookieName"),
};
MNK(aws_elb_app_cookie_stickiness_policy, ELB,
    "AwsElbAppCookieStickinessPolicy");

static const struct kprop p_aws_elb_lb_cookie_stickiness_policy[] = {
	MS("policy_name", "PolicyName"),
	MI("cookie_expiration_period", "CookieExpirationPeriod"),
};
MNK(aws_elb_lb_cookie_stickiness_policy, ELB,
    "AwsElbLBCookieStickinessPolicy");

static const struct kprop p_aws_elb_policies[] = {
	MOL("app_cookie_stickiness_policies",
	    aws_elb_app_cookie_stickiness_policy,
	    "AppCookieStickinessPolicies"),
	MOL("lb_cookie_stickiness_policies",
	    aws_elb_lb_cookie_stickiness_policy,
	    "LBCookieStickinessPolicies"),
	ML("other_policies", "OtherPolicies"),
};
MNK(aws_elb_policies, ELB, "AwsElbPolicies");

static const struct kprop p_aws_elb_backend_server_description[] = {
	MI("instance_port", "InstancePort"),
	ML("policy_names", "PolicyNames"),
};
MNK(aws_elb_backend_server_description, ELB, "AwsElbBackendServerDescription");

static const struct kprop p_aws_elb_health_check[] = {
	MS("target", "Target"),
	MI("interval", "Interval"),
	MI("timeout", "Timeout"),
	MI("unhealthy_threshold", "UnhealthyThreshold"),
	MI("healthy_threshold", "HealthyThreshold"),
};
MNK(aws_elb_health_check, ELB, "AwsElbHealthCheck");

static const struct kprop p_aws_elb_source_security_group[] = {
	MS("owner_alias", "OwnerAlias"),
	MS("group_name", "GroupName"),
};
MNK(aws_elb_source_security_group, ELB, "AwsElbSourceSecurityGroup");

static const struct kprop p_aws_elb[] = {
	MS("scheme", "Scheme"),
	MS("elb_canonical_hosted_zone_name", "CanonicalHostedZoneName"),
	MS("elb_canonical_hosted_zone_name_id", "CanonicalHostedZoneNameID"),
	MOL("elb_listener_descriptions", aws_elb_listener_description,
	    "ListenerDescriptions"),
	MO("elb_policies", aws_elb_policies, "Policies"),
	MOL("elb_backend_server_descriptions",
	    aws_elb_backend_server_description, "BackendServerDescriptions"),
	ML("elb_availability_zones", "AvailabilityZones"),
	MO("elb_health_check", aws_elb_health_check, "HealthCheck"),
	MO("elb_source_security_group", aws_elb_source_security_group,
	    "SourceSecurityGroup"),
};
const struct kind kind_aws_elb = { "aws_elb", ELB "AwsElb",
	KIND_BASES(&kind_aws_resource, &kind_load_balancer),
	KIND_PROPS(p_aws_elb), NULL, NULL,
	"{\"default\": [\"aws_ec2_instance\"]}", 0 };

/* ---- application load balancers --------------------------------------- */

static const struct kprop p_aws_alb_load_balancer_state[] = {
	MS("code", "Code"),
	MS("reason", "Reason"),
};
MNK(aws_alb_load_balancer_state, ELB2, "AwsAlbLoadBalancerState");

static const struct kprop p_aws_alb_load_balancer_address[] = {
	MS("ip_address", "IpAddress"),
	MS("allocation_id", "AllocationId"),
	MS("private_i_pv4_address", "PrivateIPv4Address"),
	MS("i_pv6_address", "IPv6Address"),
};
MNK(aws_alb_load_balancer_address, ELB2, "AwsAlbLoadBalancerAddress");

static const struct kprop p_aws_alb_availability_zone[] = {
	MS("zone_name", "ZoneName"),
	MS("subnet_id", "SubnetId"),
	MS("outpost_id", "OutpostId"),
	MOL("load_balancer_addresses", aws_alb_load_balancer_address,
	    "LoadBalancerAddresses"),
};
MNK(aws_alb_availability_zone, ELB2, "AwsAlbAvailabilityZone");

static const struct kprop p_aws_alb_certificate[] = {
	MS("certificate_arn", "CertificateArn"),
	MB("is_default", "IsDefault"),
};
MNK(aws_alb_certificate, ELB2, "AwsAlbCertificate");

static const struct kprop p_aws_alb_authenticate_oidc_action_config[] = {
	MS("issuer", "Issuer"),
	MS("authorization_endpoint", "AuthorizationEndpoint"),
	MS("token_endpoint", "TokenEndpoint"),
	MS("user_info_endpoint", "UserInfoEndpoint"),
	MS("client_id", "ClientId"),
	MS("client_secret", "ClientSecret"),
	MS("session_cookie_name", "SessionCookieName"),
	MS("scope", "Scope"),
	MI("session_timeout", "SessionTimeout"),
	MP("authentication_request_extra_params", "dictionary[string, string]",
	    PT_DICT, NULL, "AuthenticationRequestExtraParams", NULL),
	MS("on_unauthenticated_request", "OnUnauthenticatedRequest"),
	MB("use_existing_client_secret", "UseExistingClientSecret"),
};
MNK(aws_alb_authenticate_oidc_action_config, ELB2,
    "AwsAlbAuthenticateOidcActionConfig");

static const struct kprop p_aws_alb_authenticate_cognito_action_config[] = {
	MS("user_pool_arn", "UserPoolArn"),
	MS("user_pool_client_id", "UserPoolClientId"),
	MS("user_pool_domain", "UserPoolDomain"),
	MS("session_cookie_name", "SessionCookieName"),
	MS("scope", "Scope"),
	MI("session_timeout", "SessionTimeout"),
	MP("authentication_request_extra_params", "dictionary[string, string]",
	    PT_DICT, NULL, "AuthenticationRequestExtraParams", NULL),
	MS("on_unauthenticated_request", "OnUnauthenticatedRequest"),
};
MNK(aws_alb_authenticate_cognito_action_config, ELB2,
    "AwsAlbAuthenticateCognitoActionConfig");

static const struct kprop p_aws_alb_redirect_action_config[] = {
	MS("protocol", "Protocol"),
	MS("port", "Port"),
	MS("host", "Host"),
	MS("path", "Path"),
	MS("query", "Query"),
	MS("status_code", "StatusCode"),
};
MNK(aws_alb_redirect_action_config, ELB2, "AwsAlbRedirectActionConfig");

static const struct kprop p_aws_alb_fixed_response_action_config[] = {
	MS("message_body", "MessageBody"),
	MS("status_code", "StatusCode"),
	MS("content_type", "ContentType"),
};
MNK(aws_alb_fixed_response_action_config, ELB2,
    "AwsAlbFixedResponseActionConfig");

static const struct kprop p_aws_alb_target_group_tuple[] = {
	MS("target_group_arn", "TargetGroupArn"),
	MI("weight", "Weight"),
};
MNK(aws_alb_target_group_tuple, ELB2, "AwsAlbTargetGroupTuple");

static const struct kprop p_aws_alb_target_group_stickiness_config[] = {
	MB("enabled", "Enabled"),
	MI("duration_seconds", "DurationSeconds"),
};
MNK(aws_alb_target_group_stickiness_config, ELB2,
    "AwsAlbTargetGroupStickinessConfig");

static const struct kprop p_aws_alb_forward_action_config[] = {
	MOL("target_groups", aws_alb_target_group_tuple, "TargetGroups"),
	MO("target_group_stickiness_config",
	    aws_alb_target_group_stickiness_config,
	    "TargetGroupStickinessConfig"),
};
MNK(aws_alb_forward_action_config, ELB2, "AwsAlbForwardActionConfig");

static const struct kprop p_aws_alb_action[] = {
	MS("type", "Type"),
	MS("target_group_arn", "TargetGroupArn"),
	MO("authenticate_oidc_config", aws_alb_authenticate_oidc_action_config,
	    "AuthenticateOidcConfig"),
	MO("authenticate_cognito_config",
	    aws_alb_authenticate_cognito_action_config,
	    "AuthenticateCognitoConfig"),
	MI("order", "Order"),
	MO("redirect_config", aws_alb_redirect_action_config, "RedirectConfig"),
	MO("fixed_response_config", aws_alb_fixed_response_action_config,
	    "FixedResponseConfig"),
	MO("forward_config", aws_alb_forward_action_config, "ForwardConfig"),
};
MNK(aws_alb_action, ELB2, "AwsAlbAction");

static const struct kprop p_aws_alb_listener[] = {
	MS("listener_arn", "ListenerArn"),
	MS("load_balancer_arn", "LoadBalancerArn"),
	MI("port", "Port"),
	MS("protocol", "Protocol"),
	MOL("certificates", aws_alb_certificate, "Certificates"),
	MS("ssl_policy", "SslPolicy"),
	MOL("default_actions", aws_alb_action, "DefaultActions"),
	ML("alpn_policy", "AlpnPolicy"),
};
MNK(aws_alb_listener, ELB2, "AwsAlbListener");

static const struct kprop p_aws_alb[] = {
	MS("alb_dns_name", "DNSName"),
	MS("alb_canonical_hosted_zone_id", "CanonicalHostedZoneId"),
	MS("alb_scheme", "Scheme"),
	MO("alb_state", aws_alb_load_balancer_state, "State"),
	MOL("alb_availability_zones", aws_alb_availability_zone,
	    "AvailabilityZones"),
	ML("alb_security_groups", "SecurityGroups"),
	MS("alb_ip_address_type", "IpAddressType"),
	MS("alb_customer_owned_ipv4_pool", "CustomerOwnedIpv4Pool"),
	MS("alb_type", "Type"),
	MOL("alb_listener", aws_alb_listener, "_listeners"),
};
const struct kind kind_aws_alb = { "aws_alb", ELB2 "AwsAlb",
	KIND_BASES(&kind_aws_resource, &kind_load_balancer),
	KIND_PROPS(p_aws_alb), NULL, NULL, NULL, 0 };

/* ---- target groups ------------------------------------------------------ */

static const struct kprop p_aws_alb_matcher[] = {
	MS("http_code", "HttpCode"),
	MS("grpc_code", "GrpcCode"),
};
MNK(aws_alb_matcher, ELB2, "AwsAlbMatcher");

static const struct kprop p_aws_alb_target_description[] = {
	MS("id", "Id"),
	MI("port", "Port"),
	MS("availability_zone", "AvailabilityZone"),
};
MNK(aws_alb_target_description, ELB2, "AwsAlbTargetDescription");

static const struct kprop p_aws_alb_target_health[] = {
	MS("state", "State"),
	MS("reason", "Reason"),
	MS("description", "Description"),
};
MNK(aws_alb_target_health, ELB2, "AwsAlbTargetHealth");

static const struct kprop p_aws_alb_target_health_description[] = {
	MO("target", aws_alb_target_description, "Target"),
	MS("health_check_port", "HealthCheckPort"),
	MO("target_health", aws_alb_target_health, "TargetHealth"),
};
MNK(aws_alb_target_health_description, ELB2, "AwsAlbTargetHealthDescription");

static const struct kprop p_aws_alb_target_group[] = {
	MS("target_type", "TargetType"),
	MS("protocol", "Protocol"),
	MI("port", "Port"),
	MS("alb_health_check_protocol", "HealthCheckProtocol"),
	MS("alb_health_check_port", "HealthCheckPort"),
	MB("alb_health_check_enabled", "HealthCheckEnabled"),
	MI("alb_health_check_interval_seconds", "HealthCheckIntervalSeconds"),
	MI("alb_health_check_timeout_seconds", "HealthCheckTimeoutSeconds"),
	MI("alb_healthy_threshold_count", "HealthyThresholdCount"),
	MI("alb_unhealthy_threshold_count", "UnhealthyThresholdCount"),
	MS("alb_health_check_path", "HealthCheckPath"),
	MO("alb_matcher", aws_alb_matcher, "Matcher"),
	MS("alb_protocol_version", "ProtocolVersion"),
	MS("alb_ip_address_type", "IpAddressType"),
	MOL("alb_target_health", aws_alb_target_health_description, "_health"),
	/* MS("LoadBalancerArns") without a default: absent stays absent */
	MP("alb_lb_arns", "string[]", PT_LIST, "[]", "LoadBalancerArns", NULL),
};
const struct kind kind_aws_alb_target_group = { "aws_alb_target_group",
	ELB2 "AwsAlbTargetGroup", KIND_BASES(&kind_aws_resource),
	KIND_PROPS(p_aws_alb_target_group), NULL, NULL,
	"{\"delete\": [\"aws_alb\"], \"default\": [\"aws_ec2_instance\"]}", 0 };

/* ---- tables ------------------------------------------------------------ */

static const char *const gone_lb[] = { "LoadBalancerNotFound", NULL };
static const char *const gone_tg[] = { "TargetGroupNotFound", NULL };

/* ElbTaggable: add-tags / remove-tags by the load balancer's name */
static const struct ttag elb_tag = { .set_op = "AddTags",
	.del_op = "RemoveTags", .res_param = "LoadBalancerNames.member.1",
	.key_param = "Tags.member.1.Key", .value_param = "Tags.member.1.Value",
	.res_src = "name" };
/* ElbV2Taggable: by the resource's ARN */
static const struct ttag elb2_tag = { .set_op = "AddTags",
	.del_op = "RemoveTags", .res_param = "ResourceArns.member.1",
	.key_param = "Tags.member.1.Key", .value_param = "Tags.member.1.Value",
	.res_src = "arn", .del_key_param = "TagKeys.member.1" };

#define TAGS_OF(param)	{ .op = "DescribeTags", .params = param, \
	.items = "DescribeTagsResponse/DescribeTagsResult/TagDescriptions/" \
	"member", .member = "Tags", .into = "_tags", .gone = gone_lb }

static const struct tmap m_elb[] = {
	TM("id", "DNSName"),
	TM("name", "LoadBalancerName"),
	TM("lb_type", "=elb"),
	TM("ctime", "CreatedTime"),
	TM("backends", "Instances[].InstanceId"),
	TM_END
};
static const struct tedge e_elb[] = {
	{ "VPCId", &kind_aws_vpc, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "Subnets", &kind_aws_ec2_subnet,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "SecurityGroups", &kind_aws_ec2_security_group,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "Instances[].InstanceId", &kind_aws_ec2_instance, TE_DEPENDANT },
	{ NULL, NULL, 0 }
};
static const struct tsub s_elb[] = {
	TAGS_OF("LoadBalancerNames.member.1=@LoadBalancerName"),
	{ .op = NULL }
};
static const struct tcall d_elb[] = {
	{ "DeleteLoadBalancer", "LoadBalancerName=@name", gone_lb, NULL },
	{ NULL, NULL, NULL, NULL }
};

static const struct tmap m_alb[] = {
	TM("id", "LoadBalancerName"),
	TM("name", "LoadBalancerName"),
	TM("ctime", "CreatedTime"),
	TM("arn", "LoadBalancerArn"),
	TM("public_ip_address",
	    "AvailabilityZones[0].LoadBalancerAddresses[0].IpAddress"),
	TM("lb_type", "=alb"),
	TM_END
};
static const struct tedge e_alb[] = {
	{ "VpcId", &kind_aws_vpc, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "SecurityGroups", &kind_aws_ec2_security_group,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "AvailabilityZones[].SubnetId", &kind_aws_ec2_subnet,
	    TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ NULL, NULL, 0 }
};
static const struct tsub s_alb[] = {
	TAGS_OF("ResourceArns.member.1=@LoadBalancerArn"),
	{ .op = "DescribeListeners",
	    .params = "LoadBalancerArn=@LoadBalancerArn",
	    .items = "DescribeListenersResponse/DescribeListenersResult/"
	    "Listeners/member", .into = "_listeners", .gone = gone_lb },
	{ .op = NULL }
};
static const struct tcall d_alb[] = {
	{ "DeleteLoadBalancer", "LoadBalancerArn=@arn", gone_lb, NULL },
	{ NULL, NULL, NULL, NULL }
};

static const struct tmap m_target_group[] = {
	TM("id", "TargetGroupName"),
	TM("name", "TargetGroupName"),
	TM("arn", "TargetGroupArn"),
	TM_END
};
static const struct tedge e_target_group[] = {
	{ "VpcId", &kind_aws_vpc, TE_REVERSE | TE_DEPENDANT | TE_SAME },
	{ "LoadBalancerArns", &kind_aws_alb,
	    TE_REVERSE | TE_DEPENDANT | TE_BY_ARN },
	{ "_health[].Target.Id", &kind_aws_ec2_instance, TE_DEPENDANT },
	{ NULL, NULL, 0 }
};
static const struct tsub s_target_group[] = {
	TAGS_OF("ResourceArns.member.1=@TargetGroupArn"),
	{ .op = "DescribeTargetHealth",
	    .params = "TargetGroupArn=@TargetGroupArn",
	    .items = "DescribeTargetHealthResponse/DescribeTargetHealthResult/"
	    "TargetHealthDescriptions/member", .into = "_health",
	    .gone = gone_tg },
	{ .op = NULL }
};
static const struct tcall d_target_group[] = {
	{ "DeleteTargetGroup", "TargetGroupArn=@arn", gone_tg, NULL },
	{ NULL, NULL, NULL, NULL }
};

#define QT(k, svc, ver, o, res, m)	.kind = &k, .service = svc, \
	.version = ver, .op = o, \
	.items = o "Response/" o "Result/" res "/member", .map = m, \
	.tags = "_tags", .tag_key = "Key", .tag_value = "Value", \
	.token = "Marker", .next = o "Response/" o "Result/NextMarker"

const struct tkind aws_elb_tables[] = {
	{ QT(kind_aws_elb, "elb", ELB_VERSION,
	    "DescribeLoadBalancers", "LoadBalancerDescriptions", m_elb),
	    .edges = e_elb, .sub = s_elb, .del = d_elb, .tag = &elb_tag },
	{ QT(kind_aws_alb, "elbv2", ELB2_VERSION,
	    "DescribeLoadBalancers", "LoadBalancers", m_alb),
	    .edges = e_alb, .sub = s_alb, .del = d_alb, .tag = &elb2_tag,
	    .flags = TK_ARN },
	{ QT(kind_aws_alb_target_group, "elbv2", ELB2_VERSION,
	    "DescribeTargetGroups", "TargetGroups", m_target_group),
	    .edges = e_target_group, .sub = s_target_group,
	    .del = d_target_group, .tag = &elb2_tag },
	{ .kind = NULL }
};

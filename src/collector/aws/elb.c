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
#include "collector/kind.h"
#include "collector/table.h"

#define ELB	"resoto_plugin_aws.resource.elb."
#define ELB2	"resoto_plugin_aws.resource.elbv2."
#define ELB_VERSION	"2012-06-01"
#define ELB2_VERSION	"2015-12-01"

#define P(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }
#define S(n, s)		P(n, "string", PT_STRING, NULL, s, NULL)
#define I(n, s)		P(n, "int64", PT_INT, NULL, s, NULL)
#define B(n, s)		P(n, "boolean", PT_BOOL, NULL, s, NULL)
#define L(n, s)		P(n, "string[]", PT_LIST, "[]", s, NULL)
#define O(n, k, s)	P(n, #k, PT_OBJECT, NULL, s, &k_##k)
#define OL(n, k, s)	P(n, #k "[]", PT_OLIST, "[]", s, &k_##k)
/* a complex kind used by properties */
#define NK(n, mod, cls)	static const struct kind k_##n = { #n, mod cls, \
	NULL, KIND_PROPS(p_##n), NULL, NULL, NULL, 0 }

/* ---- classic load balancers ------------------------------------------- */

static const struct kprop p_aws_elb_listener[] = {
	S("protocol", "Protocol"),
	I("load_balancer_port", "LoadBalancerPort"),
	S("instance_protocol", "InstanceProtocol"),
	I("instance_port", "InstancePort"),
	S("ssl_certificate_id", "SSLCertificateId"),
};
NK(aws_elb_listener, ELB, "AwsElbListener");

static const struct kprop p_aws_elb_listener_description[] = {
	O("listener", aws_elb_listener, "Listener"),
	L("policy_names", "PolicyNames"),
};
NK(aws_elb_listener_description, ELB, "AwsElbListenerDescription");

static const struct kprop p_aws_elb_app_cookie_stickiness_policy[] = {
	S("policy_name", "PolicyName"),
	S("cookie_name", "CookieName"),
};
NK(aws_elb_app_cookie_stickiness_policy, ELB,
    "AwsElbAppCookieStickinessPolicy");

static const struct kprop p_aws_elb_lb_cookie_stickiness_policy[] = {
	S("policy_name", "PolicyName"),
	I("cookie_expiration_period", "CookieExpirationPeriod"),
};
NK(aws_elb_lb_cookie_stickiness_policy, ELB,
    "AwsElbLBCookieStickinessPolicy");

static const struct kprop p_aws_elb_policies[] = {
	OL("app_cookie_stickiness_policies",
	    aws_elb_app_cookie_stickiness_policy,
	    "AppCookieStickinessPolicies"),
	OL("lb_cookie_stickiness_policies",
	    aws_elb_lb_cookie_stickiness_policy,
	    "LBCookieStickinessPolicies"),
	L("other_policies", "OtherPolicies"),
};
NK(aws_elb_policies, ELB, "AwsElbPolicies");

static const struct kprop p_aws_elb_backend_server_description[] = {
	I("instance_port", "InstancePort"),
	L("policy_names", "PolicyNames"),
};
NK(aws_elb_backend_server_description, ELB, "AwsElbBackendServerDescription");

static const struct kprop p_aws_elb_health_check[] = {
	S("target", "Target"),
	I("interval", "Interval"),
	I("timeout", "Timeout"),
	I("unhealthy_threshold", "UnhealthyThreshold"),
	I("healthy_threshold", "HealthyThreshold"),
};
NK(aws_elb_health_check, ELB, "AwsElbHealthCheck");

static const struct kprop p_aws_elb_source_security_group[] = {
	S("owner_alias", "OwnerAlias"),
	S("group_name", "GroupName"),
};
NK(aws_elb_source_security_group, ELB, "AwsElbSourceSecurityGroup");

static const struct kprop p_aws_elb[] = {
	S("scheme", "Scheme"),
	S("elb_canonical_hosted_zone_name", "CanonicalHostedZoneName"),
	S("elb_canonical_hosted_zone_name_id", "CanonicalHostedZoneNameID"),
	OL("elb_listener_descriptions", aws_elb_listener_description,
	    "ListenerDescriptions"),
	O("elb_policies", aws_elb_policies, "Policies"),
	OL("elb_backend_server_descriptions",
	    aws_elb_backend_server_description, "BackendServerDescriptions"),
	L("elb_availability_zones", "AvailabilityZones"),
	O("elb_health_check", aws_elb_health_check, "HealthCheck"),
	O("elb_source_security_group", aws_elb_source_security_group,
	    "SourceSecurityGroup"),
};
const struct kind kind_aws_elb = { "aws_elb", ELB "AwsElb",
	KIND_BASES(&kind_aws_resource, &kind_load_balancer),
	KIND_PROPS(p_aws_elb), NULL, NULL,
	"{\"default\": [\"aws_ec2_instance\"]}", 0 };

/* ---- application load balancers --------------------------------------- */

static const struct kprop p_aws_alb_load_balancer_state[] = {
	S("code", "Code"),
	S("reason", "Reason"),
};
NK(aws_alb_load_balancer_state, ELB2, "AwsAlbLoadBalancerState");

static const struct kprop p_aws_alb_load_balancer_address[] = {
	S("ip_address", "IpAddress"),
	S("allocation_id", "AllocationId"),
	S("private_i_pv4_address", "PrivateIPv4Address"),
	S("i_pv6_address", "IPv6Address"),
};
NK(aws_alb_load_balancer_address, ELB2, "AwsAlbLoadBalancerAddress");

static const struct kprop p_aws_alb_availability_zone[] = {
	S("zone_name", "ZoneName"),
	S("subnet_id", "SubnetId"),
	S("outpost_id", "OutpostId"),
	OL("load_balancer_addresses", aws_alb_load_balancer_address,
	    "LoadBalancerAddresses"),
};
NK(aws_alb_availability_zone, ELB2, "AwsAlbAvailabilityZone");

static const struct kprop p_aws_alb_certificate[] = {
	S("certificate_arn", "CertificateArn"),
	B("is_default", "IsDefault"),
};
NK(aws_alb_certificate, ELB2, "AwsAlbCertificate");

static const struct kprop p_aws_alb_authenticate_oidc_action_config[] = {
	S("issuer", "Issuer"),
	S("authorization_endpoint", "AuthorizationEndpoint"),
	S("token_endpoint", "TokenEndpoint"),
	S("user_info_endpoint", "UserInfoEndpoint"),
	S("client_id", "ClientId"),
	S("client_secret", "ClientSecret"),
	S("session_cookie_name", "SessionCookieName"),
	S("scope", "Scope"),
	I("session_timeout", "SessionTimeout"),
	P("authentication_request_extra_params", "dictionary[string, string]",
	    PT_DICT, NULL, "AuthenticationRequestExtraParams", NULL),
	S("on_unauthenticated_request", "OnUnauthenticatedRequest"),
	B("use_existing_client_secret", "UseExistingClientSecret"),
};
NK(aws_alb_authenticate_oidc_action_config, ELB2,
    "AwsAlbAuthenticateOidcActionConfig");

static const struct kprop p_aws_alb_authenticate_cognito_action_config[] = {
	S("user_pool_arn", "UserPoolArn"),
	S("user_pool_client_id", "UserPoolClientId"),
	S("user_pool_domain", "UserPoolDomain"),
	S("session_cookie_name", "SessionCookieName"),
	S("scope", "Scope"),
	I("session_timeout", "SessionTimeout"),
	P("authentication_request_extra_params", "dictionary[string, string]",
	    PT_DICT, NULL, "AuthenticationRequestExtraParams", NULL),
	S("on_unauthenticated_request", "OnUnauthenticatedRequest"),
};
NK(aws_alb_authenticate_cognito_action_config, ELB2,
    "AwsAlbAuthenticateCognitoActionConfig");

static const struct kprop p_aws_alb_redirect_action_config[] = {
	S("protocol", "Protocol"),
	S("port", "Port"),
	S("host", "Host"),
	S("path", "Path"),
	S("query", "Query"),
	S("status_code", "StatusCode"),
};
NK(aws_alb_redirect_action_config, ELB2, "AwsAlbRedirectActionConfig");

static const struct kprop p_aws_alb_fixed_response_action_config[] = {
	S("message_body", "MessageBody"),
	S("status_code", "StatusCode"),
	S("content_type", "ContentType"),
};
NK(aws_alb_fixed_response_action_config, ELB2,
    "AwsAlbFixedResponseActionConfig");

static const struct kprop p_aws_alb_target_group_tuple[] = {
	S("target_group_arn", "TargetGroupArn"),
	I("weight", "Weight"),
};
NK(aws_alb_target_group_tuple, ELB2, "AwsAlbTargetGroupTuple");

static const struct kprop p_aws_alb_target_group_stickiness_config[] = {
	B("enabled", "Enabled"),
	I("duration_seconds", "DurationSeconds"),
};
NK(aws_alb_target_group_stickiness_config, ELB2,
    "AwsAlbTargetGroupStickinessConfig");

static const struct kprop p_aws_alb_forward_action_config[] = {
	OL("target_groups", aws_alb_target_group_tuple, "TargetGroups"),
	O("target_group_stickiness_config",
	    aws_alb_target_group_stickiness_config,
	    "TargetGroupStickinessConfig"),
};
NK(aws_alb_forward_action_config, ELB2, "AwsAlbForwardActionConfig");

static const struct kprop p_aws_alb_action[] = {
	S("type", "Type"),
	S("target_group_arn", "TargetGroupArn"),
	O("authenticate_oidc_config", aws_alb_authenticate_oidc_action_config,
	    "AuthenticateOidcConfig"),
	O("authenticate_cognito_config",
	    aws_alb_authenticate_cognito_action_config,
	    "AuthenticateCognitoConfig"),
	I("order", "Order"),
	O("redirect_config", aws_alb_redirect_action_config, "RedirectConfig"),
	O("fixed_response_config", aws_alb_fixed_response_action_config,
	    "FixedResponseConfig"),
	O("forward_config", aws_alb_forward_action_config, "ForwardConfig"),
};
NK(aws_alb_action, ELB2, "AwsAlbAction");

static const struct kprop p_aws_alb_listener[] = {
	S("listener_arn", "ListenerArn"),
	S("load_balancer_arn", "LoadBalancerArn"),
	I("port", "Port"),
	S("protocol", "Protocol"),
	OL("certificates", aws_alb_certificate, "Certificates"),
	S("ssl_policy", "SslPolicy"),
	OL("default_actions", aws_alb_action, "DefaultActions"),
	L("alpn_policy", "AlpnPolicy"),
};
NK(aws_alb_listener, ELB2, "AwsAlbListener");

static const struct kprop p_aws_alb[] = {
	S("alb_dns_name", "DNSName"),
	S("alb_canonical_hosted_zone_id", "CanonicalHostedZoneId"),
	S("alb_scheme", "Scheme"),
	O("alb_state", aws_alb_load_balancer_state, "State"),
	OL("alb_availability_zones", aws_alb_availability_zone,
	    "AvailabilityZones"),
	L("alb_security_groups", "SecurityGroups"),
	S("alb_ip_address_type", "IpAddressType"),
	S("alb_customer_owned_ipv4_pool", "CustomerOwnedIpv4Pool"),
	S("alb_type", "Type"),
	OL("alb_listener", aws_alb_listener, "_listeners"),
};
const struct kind kind_aws_alb = { "aws_alb", ELB2 "AwsAlb",
	KIND_BASES(&kind_aws_resource, &kind_load_balancer),
	KIND_PROPS(p_aws_alb), NULL, NULL, NULL, 0 };

/* ---- target groups ------------------------------------------------------ */

static const struct kprop p_aws_alb_matcher[] = {
	S("http_code", "HttpCode"),
	S("grpc_code", "GrpcCode"),
};
NK(aws_alb_matcher, ELB2, "AwsAlbMatcher");

static const struct kprop p_aws_alb_target_description[] = {
	S("id", "Id"),
	I("port", "Port"),
	S("availability_zone", "AvailabilityZone"),
};
NK(aws_alb_target_description, ELB2, "AwsAlbTargetDescription");

static const struct kprop p_aws_alb_target_health[] = {
	S("state", "State"),
	S("reason", "Reason"),
	S("description", "Description"),
};
NK(aws_alb_target_health, ELB2, "AwsAlbTargetHealth");

static const struct kprop p_aws_alb_target_health_description[] = {
	O("target", aws_alb_target_description, "Target"),
	S("health_check_port", "HealthCheckPort"),
	O("target_health", aws_alb_target_health, "TargetHealth"),
};
NK(aws_alb_target_health_description, ELB2, "AwsAlbTargetHealthDescription");

static const struct kprop p_aws_alb_target_group[] = {
	S("target_type", "TargetType"),
	S("protocol", "Protocol"),
	I("port", "Port"),
	S("alb_health_check_protocol", "HealthCheckProtocol"),
	S("alb_health_check_port", "HealthCheckPort"),
	B("alb_health_check_enabled", "HealthCheckEnabled"),
	I("alb_health_check_interval_seconds", "HealthCheckIntervalSeconds"),
	I("alb_health_check_timeout_seconds", "HealthCheckTimeoutSeconds"),
	I("alb_healthy_threshold_count", "HealthyThresholdCount"),
	I("alb_unhealthy_threshold_count", "UnhealthyThresholdCount"),
	S("alb_health_check_path", "HealthCheckPath"),
	O("alb_matcher", aws_alb_matcher, "Matcher"),
	S("alb_protocol_version", "ProtocolVersion"),
	S("alb_ip_address_type", "IpAddressType"),
	OL("alb_target_health", aws_alb_target_health_description, "_health"),
	/* S("LoadBalancerArns") without a default: absent stays absent */
	P("alb_lb_arns", "string[]", PT_LIST, "[]", "LoadBalancerArns", NULL),
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
	{ "Subnets", &kind_aws_ec2_subnet, TE_REVERSE | TE_DEPENDANT | TE_SAME },
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
	{ .op = "DescribeListeners", .params = "LoadBalancerArn=@LoadBalancerArn",
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
	{ .op = "DescribeTargetHealth", .params = "TargetGroupArn=@TargetGroupArn",
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

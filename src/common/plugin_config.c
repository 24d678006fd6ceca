/* plugin_config: see plugin_config.h. */
#include "common/plugin_config.h"
#include "common/config.h"

#define ENABLED { "enabled", CFG_BOOL, "false", CFG_RESTART, \
	"run this action plugin (read at start: a change needs a restart)" }
#define END { NULL, 0, NULL, 0, NULL }

static const struct cfg_key cleanup_aws_alarms[] = {
	ENABLED,
	{ "config", CFG_JSON, "{\"aws\": [\"1234567\", \"567890\"]}", 0,
	    "cloud id to account ids whose alarms are checked ({}: all)" },
	END
};

static const struct cfg_key cleanup_aws_loadbalancers[] = {
	ENABLED,
	{ "min_age", CFG_STRING, "\"7 days\"", 0,
	    "age a load balancer or target group must have to be cleaned" },
	END
};

static const struct cfg_key cleanup_aws_vpcs[] = {
	ENABLED,
	{ "config", CFG_JSON, "{\"aws\": [\"1234567\", \"567890\"]}", 0,
	    "cloud id to account ids whose VPCs are checked ({}: all)" },
	END
};

static const struct cfg_key cleanup_expired[] = {
	ENABLED,
	END
};

static const struct cfg_key cleanup_untagged[] = {
	ENABLED,
	{ "config", CFG_JSON,
	    "{\"default\": {\"age\": \"2h\"}, \"tags\": [\"owner\", "
	    "\"expiration\"], \"kinds\": [\"aws_ec2_instance\", "
	    "\"aws_ec2_volume\", \"aws_vpc\", \"aws_cloudformation_stack\", "
	    "\"aws_elb\", \"aws_alb\", \"aws_alb_target_group\", "
	    "\"aws_eks_cluster\", \"aws_eks_nodegroup\", \"example_instance\", "
	    "\"example_network\"], \"accounts\": {\"aws\": {\"068564737731\": "
	    "{\"name\": \"playground\", \"age\": \"7d\"}, \"575584959047\": "
	    "{\"name\": \"eng-sre\"}}, \"example\": {\"Example Account\": "
	    "{\"name\": \"Example Account\"}}}}", 0,
	    "tags every resource of the kinds must have, and the accounts "
	    "(cloud id to account id to name and age) checked" },
	END
};

static const struct cfg_key cleanup_volumes[] = {
	ENABLED,
	{ "min_age", CFG_STRING, "\"14 days\"", 0,
	    "age, time since the last access and the last update an "
	    "available volume must have to be cleaned" },
	END
};

static const struct cfg_key protector[] = {
	ENABLED,
	{ "config", CFG_JSON,
	    "{\"example\": {\"Example Account\": {\"us-west\": "
	    "{\"example_instance\": [\"someInstance1\"]}}}}", 0,
	    "cloud id to account id to region id to kind to the resource ids "
	    "protected after every collect" },
	END
};

static const struct cfg_key tagvalidator[] = {
	ENABLED,
	{ "dry_run", CFG_BOOL, "false", 0,
	    "only log the expiration tags that would be changed" },
	{ "config", CFG_JSON,
	    "{\"default\": {\"expiration\": \"24h\"}, \"kinds\": "
	    "[\"aws_ec2_instance\", \"aws_vpc\", \"aws_cloudformation_stack\", "
	    "\"aws_elb\", \"aws_alb\", \"aws_alb_target_group\", "
	    "\"aws_eks_cluster\", \"aws_eks_nodegroup\", "
	    "\"aws_ec2_nat_gateway\"], \"accounts\": {\"aws\": "
	    "{\"123465706934\": {\"name\": \"eng-audit\"}, \"123479172032\": "
	    "{\"name\": \"eng-devprod\"}, \"123453451782\": {\"name\": "
	    "\"sales-lead-gen\", \"expiration\": \"12h\"}, \"123415487488\": "
	    "{\"name\": \"sales-hosted-lead-gen\", \"expiration\": \"8d\"}}}}", 0,
	    "kinds and accounts (cloud id to account id to name and "
	    "expiration) whose expiration tag is capped" },
	END
};

static const struct cfg_section sections[] = {
	{ "plugin_cleanup_aws_alarms", cleanup_aws_alarms,
	    "action plugin: clean alarms of instances that are gone" },
	{ "plugin_cleanup_aws_loadbalancers", cleanup_aws_loadbalancers,
	    "action plugin: clean load balancers without backends" },
	{ "plugin_cleanup_aws_vpcs", cleanup_aws_vpcs,
	    "action plugin: clean what a VPC flagged for cleanup holds" },
	{ "plugin_cleanup_expired", cleanup_expired,
	    "action plugin: clean expired resources" },
	{ "plugin_cleanup_untagged", cleanup_untagged,
	    "action plugin: clean resources missing required tags" },
	{ "plugin_cleanup_volumes", cleanup_volumes,
	    "action plugin: clean unused volumes" },
	{ "plugin_protector", protector,
	    "action plugin: protect resources from cleanup" },
	{ "plugin_tagvalidator", tagvalidator,
	    "action plugin: cap expiration tags" },
};

const struct cfg_section *const plugin_config_sections[] = {
	&sections[0], &sections[1], &sections[2], &sections[3], &sections[4],
	&sections[5], &sections[6], &sections[7], NULL
};

/*
 * gcp/tables: the GCP resource kinds as data (table.h): the call that lists
 * each (a path below the API root, "%s" the project), where its items are
 * ("items{}instances": an aggregated list, its items keyed by
 * zones/<z> or regions/<r>, each with that sub-key), the mapping of its
 * base properties (gcp/kinds.c), the edges the reference's
 * connect_in_graph makes (other resources named by their selfLink), and
 * whether it has labels (setLabels). Deletes and labels go to the item's
 * selfLink (gcp/mutate.c).
 *
 * Machine and disk types are listed but only emitted where an instance
 * or disk uses them (TK_LOOKUP): the reference emits them all and removes
 * those without a user at the end (remove_unconnected_nodes); the graph
 * is the same.
 */
#include "collector/gcp/gcp.h"
#include "collector/kind.h"
#include "collector/table.h"

#define C	"compute/v1/projects/%s/"
#define AGG	C "aggregated/"

static const char *const gone[] = { "404", NULL };

/* setLabels with the fingerprint (gcp/mutate.c); the ops name the calls */
static const struct ttag labels = { .set_op = "setLabels",
	.del_op = "setLabels" };
static const struct tcall del[] = {
	{ .op = "delete", .gone = gone },
	{ .op = NULL }
};

#define NET(f)	{ "network", &kind_gcp_network, f }
#define RDS	(TE_REVERSE | TE_DEPENDANT | TE_SAME)
#define END	{ NULL, NULL, 0 }
#define HC(path, f)	{ path, &kind_gcp_health_check, (f) | TE_BY_ALT }

static const struct tedge e_instance[] = {
	{ "_machine_type.selfLink", &kind_gcp_machine_type,
	    TE_REVERSE | TE_BY_ALT },
	{ "networkInterfaces[].network", &kind_gcp_network, RDS | TE_BY_ALT },
	{ "networkInterfaces[].subnetwork", &kind_gcp_subnetwork,
	    RDS | TE_BY_ALT },
	END
};
static const struct tedge e_disk[] = {
	{ "users", &kind_gcp_instance, TE_REVERSE | TE_DEPENDANT | TE_BY_ALT },
	{ "type", &kind_gcp_disk_type, TE_REVERSE | TE_BY_ALT },
	END
};
static const struct tedge e_from_disk[] = {
	{ "sourceDisk", &kind_gcp_disk, TE_REVERSE | TE_BY_ALT },
	END
};
static const struct tedge e_machine_image[] = {
	{ "savedDisks[].sourceDisk", &kind_gcp_disk, TE_REVERSE | TE_BY_ALT },
	{ "instanceProperties.disks[].source", &kind_gcp_disk,
	    TE_REVERSE | TE_BY_ALT },
	END
};
static const struct tedge e_net_dependant[] = {	/* subnetwork, router */
	{ "network", &kind_gcp_network, RDS | TE_BY_ALT },
	END
};
static const struct tedge e_firewall[] = {
	{ "network", &kind_gcp_network, TE_BY_ALT },
	END
};
static const struct tedge e_address[] = {
	{ "subnetwork", &kind_gcp_subnetwork,
	    TE_REVERSE | TE_DEPENDANT | TE_BY_ALT },
	END
};
static const struct tedge e_forwarding_rule[] = {
	{ "network", &kind_gcp_network, TE_REVERSE | TE_BY_ALT },
	{ "target", &kind_gcp_target_http_proxy, TE_BY_ALT },
	{ "target", &kind_gcp_target_https_proxy, TE_BY_ALT },
	{ "target", &kind_gcp_target_pool, TE_BY_ALT },
	END
};
static const struct tedge e_backend_service[] = {
	HC("healthChecks", TE_DEPENDANT),
	{ "backends[].group", &kind_gcp_instance_group,
	    TE_DEPENDANT | TE_BY_ALT },
	{ "network", &kind_gcp_network, TE_REVERSE | TE_BY_ALT },
	END
};
static const struct tedge e_proxy[] = {	/* target http(s) proxies */
	{ "urlMap", &kind_gcp_url_map, TE_DEPENDANT | TE_BY_ALT },
	END
};
static const struct tedge e_url_map[] = {
	{ "defaultService", &kind_gcp_backend_service, TE_BY_ALT },
	END
};
static const struct tedge e_target_pool[] = {
	{ "instances", &kind_gcp_instance, TE_DEPENDANT | TE_BY_ALT },
	HC("healthChecks", TE_REVERSE | TE_DEPENDANT),
	END
};
static const struct tedge e_instance_group[] = {
	{ "network", &kind_gcp_network, RDS | TE_BY_ALT },
	{ "subnetwork", &kind_gcp_subnetwork, RDS | TE_BY_ALT },
	END
};
static const struct tedge e_instance_group_manager[] = {
	{ "instanceGroup", &kind_gcp_instance_group, RDS | TE_BY_ALT },
	HC("autoHealingPolicies[].healthCheck", TE_DEPENDANT),
	END
};
static const struct tedge e_autoscaler[] = {
	{ "target", &kind_gcp_instance_group_manager,
	    TE_DEPENDANT | TE_SAME | TE_BY_ALT },
	END
};
static const struct tedge e_vpn_gateway[] = {
	{ "network", &kind_gcp_network, RDS | TE_BY_ALT },
	END
};
static const struct tedge e_vpn_tunnel[] = {
	{ "vpnGateway", &kind_gcp_vpn_gateway,
	    TE_DEPENDANT | TE_SAME | TE_BY_ALT },
	{ "router", &kind_gcp_router, TE_BY_ALT },
	END
};

static const struct tedge e_container_operation[] = {
	{ "targetLink", &kind_gcp_container_cluster, TE_REVERSE | TE_BY_ALT },
	END
};
static const struct tedge e_sql[] = {	/* backup runs, databases, users */
	{ "instance", &kind_gcp_sql_database_instance,
	    TE_REVERSE | TE_BY_NAME },
	END
};
static const struct tedge e_sql_operation[] = {
	{ "targetId", &kind_gcp_sql_database_instance,
	    TE_REVERSE | TE_BY_NAME },
	END
};

#define T(k, svc, o, p, i, e, t, f) \
	{ .kind = &kind_##k, .service = svc, .op = o, .path = p, .items = i, \
	    .map = gcp_map_##k, .tags = "labels", .edges = e, .del = del, \
	    .tag = t, .flags = f }

/* Cloud Billing's kinds: neither deleted nor labelled */
#define B(k, o, p, i, e) \
	{ .kind = &kind_##k, .service = "cloudbilling", .op = o, .path = p, \
	    .items = i, .map = gcp_map_##k, .tags = "labels", .edges = e }

const struct tkind gcp_tables[] = {
	/* the lookups first: their items wait for the instances and disks */
	T(gcp_machine_type, "compute", "machineTypes.aggregatedList",
	    AGG "machineTypes", "items{}machineTypes", NULL, NULL, TK_LOOKUP),
	T(gcp_disk_type, "compute", "diskTypes.aggregatedList",
	    AGG "diskTypes", "items{}diskTypes", NULL, NULL, TK_LOOKUP),
	T(gcp_instance, "compute", "instances.aggregatedList",
	    AGG "instances", "items{}instances", e_instance, &labels,
	    TK_AFTER_LOOKUP),
	T(gcp_disk, "compute", "disks.aggregatedList", AGG "disks",
	    "items{}disks", e_disk, &labels, TK_AFTER_LOOKUP),
	T(gcp_snapshot, "compute", "snapshots.list", C "global/snapshots",
	    "items", e_from_disk, &labels, 0),
	T(gcp_image, "compute", "images.list", C "global/images", "items",
	    e_from_disk, &labels, 0),
	T(gcp_machine_image, "compute", "machineImages.list",
	    C "global/machineImages", "items", e_machine_image, NULL, 0),
	T(gcp_network, "compute", "networks.list", C "global/networks",
	    "items", NULL, NULL, 0),
	T(gcp_subnetwork, "compute", "subnetworks.aggregatedList",
	    AGG "subnetworks", "items{}subnetworks", e_net_dependant, NULL, 0),
	T(gcp_firewall, "compute", "firewalls.list", C "global/firewalls",
	    "items", e_firewall, NULL, 0),
	T(gcp_address, "compute", "addresses.aggregatedList",
	    AGG "addresses", "items{}addresses", e_address, &labels, 0),
	T(gcp_forwarding_rule, "compute", "forwardingRules.aggregatedList",
	    AGG "forwardingRules", "items{}forwardingRules",
	    e_forwarding_rule, &labels, 0),
	T(gcp_backend_service, "compute", "backendServices.aggregatedList",
	    AGG "backendServices", "items{}backendServices",
	    e_backend_service, NULL, 0),
	T(gcp_target_http_proxy, "compute",
	    "targetHttpProxies.aggregatedList", AGG "targetHttpProxies",
	    "items{}targetHttpProxies", e_proxy, NULL, 0),
	T(gcp_target_https_proxy, "compute",
	    "targetHttpsProxies.aggregatedList", AGG "targetHttpsProxies",
	    "items{}targetHttpsProxies", e_proxy, NULL, 0),
	T(gcp_url_map, "compute", "urlMaps.aggregatedList", AGG "urlMaps",
	    "items{}urlMaps", e_url_map, NULL, 0),
	T(gcp_health_check, "compute", "healthChecks.aggregatedList",
	    AGG "healthChecks", "items{}healthChecks", NULL, NULL, 0),
	T(gcp_target_pool, "compute", "targetPools.aggregatedList",
	    AGG "targetPools", "items{}targetPools", e_target_pool, NULL, 0),
	T(gcp_instance_group, "compute", "instanceGroups.aggregatedList",
	    AGG "instanceGroups", "items{}instanceGroups", e_instance_group,
	    NULL, 0),
	T(gcp_instance_group_manager, "compute",
	    "instanceGroupManagers.aggregatedList",
	    AGG "instanceGroupManagers", "items{}instanceGroupManagers",
	    e_instance_group_manager, NULL, 0),
	T(gcp_autoscaler, "compute", "autoscalers.aggregatedList",
	    AGG "autoscalers", "items{}autoscalers", e_autoscaler, NULL, 0),
	T(gcp_router, "compute", "routers.aggregatedList", AGG "routers",
	    "items{}routers", e_net_dependant, NULL, 0),
	T(gcp_vpn_gateway, "compute", "vpnGateways.aggregatedList",
	    AGG "vpnGateways", "items{}vpnGateways", e_vpn_gateway, &labels,
	    0),
	T(gcp_vpn_tunnel, "compute", "vpnTunnels.aggregatedList",
	    AGG "vpnTunnels", "items{}vpnTunnels", e_vpn_tunnel, &labels, 0),
	T(gcp_bucket, "storage", "buckets.list", "storage/v1/b?project=%s",
	    "items", NULL, &labels, 0),
	T(gcp_sql_database_instance, "sqladmin", "instances.list",
	    "v1/projects/%s/instances", "items", NULL, NULL, TK_NAMED),
	T(gcp_container_cluster, "container",
	    "projects.locations.clusters.list",
	    "v1/projects/%s/locations/-/clusters", "clusters", NULL, NULL, 0),
	T(gcp_container_operation, "container",
	    "projects.locations.operations.list",
	    "v1/projects/%s/locations/-/operations", "operations",
	    e_container_operation, NULL, 0),
	/* Cloud Billing: what the project's credentials see (no "%s") */
	B(gcp_billing_account, "billingAccounts.list", "v1/billingAccounts",
	    "billingAccounts", NULL),
	B(gcp_service, "services.list", "v1/services", "services", NULL),
	{ .kind = NULL }
};

/* Listed per billing account and per service (the second "%s", the
 * parent's name: "billingAccounts/<id>", "services/<id>"), as the
 * reference's GcpBillingAccount.post_process and GcpService.collect do.
 * An item's "_parent" is the parent's name. */
static const struct tedge e_billing_info[] = {
	{ "_parent", &kind_gcp_billing_account, TE_REVERSE },
	END
};
const struct tkind gcp_billing_info_table =
	B(gcp_project_billing_info, "billingAccounts.projects.list",
	    "v1/%.0s%s/projects", "projectBillingInfo", e_billing_info);
const struct tkind gcp_sku_table =
	B(gcp_sku, "services.skus.list", "v1/%.0s%s/skus", "skus", NULL);

/* Listed per SQL instance (the second "%s"), as the reference's
 * GcpSqlDatabaseInstance.post_process does. */
#define SQL	"v1/projects/%s/instances/%s/"
const struct tkind gcp_sql_tables[] = {
	T(gcp_sql_backup_run, "sqladmin", "backupRuns.list", SQL "backupRuns",
	    "items", e_sql, NULL, 0),
	T(gcp_sql_database, "sqladmin", "databases.list", SQL "databases",
	    "items", e_sql, NULL, 0),
	T(gcp_sql_user, "sqladmin", "users.list", SQL "users", "items", e_sql,
	    NULL, 0),
	T(gcp_sql_operation, "sqladmin", "operations.list", SQL "operations",
	    "items", e_sql_operation, NULL, 0),
	{ .kind = NULL }
};

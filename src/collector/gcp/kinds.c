/*
 * gcp/kinds: the model of the Google Cloud collector (Resoto 3.6.5's
 * resoto_plugin_gcp resource classes): the GCP base kinds, the project,
 * regions and zones, the resource kinds of collectors.md 4.2 and the
 * complex kinds their properties use, with each property's place in the
 * Google API's JSON answer (kprop.src, the REST field names). Properties
 * the resource kinds' bases declare are mapped by gcp_map_<kind>, which
 * the tables (gcp/tables.c) use. Written from the reference's classes by
 * a one-off script (not part of the build); "deprecated|=" is the
 * reference's S("deprecated", default={}) (an empty object when absent).
 * Properties whose value the
 * reference computes with code (a dictionary of objects keyed by one of
 * their fields, a percentage) are declared and left unset.
 */
#include "collector/gcp/gcp.h"
#include "collector/kind.h"

#define P(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }

/* generated declarations */
static const struct kind k_gcp_accelerator_config;
static const struct kind k_gcp_accelerators;
static const struct kind k_gcp_access_config;
static const struct kind k_gcp_action;
static const struct kind k_gcp_advanced_machine_features;
static const struct kind k_gcp_aggregation_info;
static const struct kind k_gcp_alias_ip_range;
static const struct kind
    k_gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk;
static const struct kind
    k_gcp_allocation_specific_sku_allocation_reserved_instance_properties;
static const struct kind k_gcp_allocation_specific_sku_reservation;
static const struct kind k_gcp_allowed;
static const struct kind k_gcp_attached_disk;
static const struct kind k_gcp_attached_disk_initialize_params;
static const struct kind k_gcp_autoclass;
static const struct kind k_gcp_autoscaler_status_details;
static const struct kind k_gcp_autoscaling_policy;
static const struct kind k_gcp_autoscaling_policy_cpu_utilization;
static const struct kind k_gcp_autoscaling_policy_custom_metric_utilization;
static const struct kind k_gcp_autoscaling_policy_scale_in_control;
static const struct kind k_gcp_autoscaling_policy_scaling_schedule;
static const struct kind k_gcp_backend;
static const struct kind k_gcp_backend_bucket_cdn_policy;
static const struct kind k_gcp_backend_bucket_cdn_policy_cache_key_policy;
static const struct kind
    k_gcp_backend_bucket_cdn_policy_negative_caching_policy;
static const struct kind k_gcp_backend_service_cdn_policy;
static const struct kind
    k_gcp_backend_service_cdn_policy_negative_caching_policy;
static const struct kind k_gcp_backend_service_connection_tracking_policy;
static const struct kind k_gcp_backend_service_failover_policy;
static const struct kind k_gcp_backend_service_iap;
static const struct kind
    k_gcp_backend_service_locality_load_balancing_policy_config;
static const struct kind
    k_gcp_backend_service_locality_load_balancing_policy_config_custom_policy;
static const struct kind k_gcp_backend_service_log_config;
static const struct kind k_gcp_bucket_access_control;
static const struct kind k_gcp_bucketpolicyonly;
static const struct kind k_gcp_cache_key_policy;
static const struct kind k_gcp_category;
static const struct kind k_gcp_circuit_breakers;
static const struct kind k_gcp_condition;
static const struct kind k_gcp_consistent_hash_load_balancer_settings;
static const struct kind
    k_gcp_consistent_hash_load_balancer_settings_http_cookie;
static const struct kind k_gcp_container_accelerator_config;
static const struct kind k_gcp_container_addons_config;
static const struct kind k_gcp_container_authenticator_groups_config;
static const struct kind k_gcp_container_auto_upgrade_options;
static const struct kind k_gcp_container_autoprovisioning_node_pool_defaults;
static const struct kind k_gcp_container_binary_authorization;
static const struct kind k_gcp_container_blue_green_info;
static const struct kind k_gcp_container_blue_green_settings;
static const struct kind k_gcp_container_cidr_block;
static const struct kind k_gcp_container_cloud_run_config;
static const struct kind k_gcp_container_cluster_autoscaling;
static const struct kind k_gcp_container_daily_maintenance_window;
static const struct kind k_gcp_container_database_encryption;
static const struct kind k_gcp_container_dns_config;
static const struct kind k_gcp_container_filter;
static const struct kind k_gcp_container_gpu_sharing_config;
static const struct kind k_gcp_container_ip_allocation_policy;
static const struct kind k_gcp_container_linux_node_config;
static const struct kind k_gcp_container_logging_component_config;
static const struct kind k_gcp_container_logging_config;
static const struct kind k_gcp_container_maintenance_policy;
static const struct kind k_gcp_container_maintenance_window;
static const struct kind k_gcp_container_master_auth;
static const struct kind k_gcp_container_master_authorized_networks_config;
static const struct kind k_gcp_container_metric;
static const struct kind k_gcp_container_monitoring_component_config;
static const struct kind k_gcp_container_monitoring_config;
static const struct kind k_gcp_container_network_config;
static const struct kind k_gcp_container_network_policy;
static const struct kind k_gcp_container_network_tags;
static const struct kind k_gcp_container_node_config;
static const struct kind k_gcp_container_node_config_defaults;
static const struct kind k_gcp_container_node_kubelet_config;
static const struct kind k_gcp_container_node_management;
static const struct kind k_gcp_container_node_network_config;
static const struct kind k_gcp_container_node_pool;
static const struct kind k_gcp_container_node_pool_auto_config;
static const struct kind k_gcp_container_node_pool_autoscaling;
static const struct kind k_gcp_container_node_pool_defaults;
static const struct kind k_gcp_container_node_pool_logging_config;
static const struct kind k_gcp_container_node_taint;
static const struct kind k_gcp_container_notification_config;
static const struct kind k_gcp_container_operation_progress;
static const struct kind k_gcp_container_private_cluster_config;
static const struct kind k_gcp_container_pub_sub;
static const struct kind k_gcp_container_recurring_time_window;
static const struct kind k_gcp_container_reservation_affinity;
static const struct kind k_gcp_container_resource_limit;
static const struct kind k_gcp_container_resource_usage_export_config;
static const struct kind k_gcp_container_shielded_instance_config;
static const struct kind k_gcp_container_standard_rollout_policy;
static const struct kind k_gcp_container_status;
static const struct kind k_gcp_container_status_condition;
static const struct kind k_gcp_container_time_window;
static const struct kind k_gcp_container_update_info;
static const struct kind k_gcp_container_upgrade_settings;
static const struct kind k_gcp_cors;
static const struct kind k_gcp_cors_policy;
static const struct kind k_gcp_customer_encryption_key;
static const struct kind k_gcp_data;
static const struct kind k_gcp_denied;
static const struct kind k_gcp_deprecation_status;
static const struct kind k_gcp_disk_instantiation_config;
static const struct kind k_gcp_disk_params;
static const struct kind k_gcp_distribution_policy;
static const struct kind k_gcp_duration;
static const struct kind k_gcp_error;
static const struct kind k_gcp_error_info;
static const struct kind k_gcp_errordetails;
static const struct kind k_gcp_errors;
static const struct kind k_gcp_expr;
static const struct kind k_gcp_external_vpn_gateway_interface;
static const struct kind k_gcp_file_content_buffer;
static const struct kind k_gcp_firewall_log_config;
static const struct kind k_gcp_firewall_policy_association;
static const struct kind k_gcp_firewall_policy_rule;
static const struct kind k_gcp_firewall_policy_rule_matcher;
static const struct kind k_gcp_firewall_policy_rule_matcher_layer4_config;
static const struct kind k_gcp_firewall_policy_rule_secure_tag;
static const struct kind k_gcp_fixed_or_percent;
static const struct kind k_gcp_forwarding_rule_service_directory_registration;
static const struct kind k_gcp_geo_taxonomy;
static const struct kind k_gcp_grpc_health_check;
static const struct kind k_gcp_help;
static const struct kind k_gcp_help_link;
static const struct kind k_gcp_host_rule;
static const struct kind k_gcp_http2_health_check;
static const struct kind k_gcp_http_fault_abort;
static const struct kind k_gcp_http_fault_delay;
static const struct kind k_gcp_http_fault_injection;
static const struct kind k_gcp_http_header_action;
static const struct kind k_gcp_http_header_match;
static const struct kind k_gcp_http_header_option;
static const struct kind k_gcp_http_health_check_spec;
static const struct kind k_gcp_http_query_parameter_match;
static const struct kind k_gcp_http_redirect_action;
static const struct kind k_gcp_http_retry_policy;
static const struct kind k_gcp_http_route_action;
static const struct kind k_gcp_http_route_rule;
static const struct kind k_gcp_http_route_rule_match;
static const struct kind k_gcp_https_health_check_spec;
static const struct kind k_gcp_iamconfiguration;
static const struct kind k_gcp_initial_state_config;
static const struct kind k_gcp_instance_group_manager_actions_summary;
static const struct kind k_gcp_instance_group_manager_auto_healing_policy;
static const struct kind k_gcp_instance_group_manager_status;
static const struct kind k_gcp_instance_group_manager_status_stateful;
static const struct kind k_gcp_instance_group_manager_update_policy;
static const struct kind k_gcp_instance_group_manager_version;
static const struct kind k_gcp_instance_params;
static const struct kind k_gcp_instance_properties;
static const struct kind k_gcp_int64_range_match;
static const struct kind k_gcp_interconnect_attachment_partner_metadata;
static const struct kind k_gcp_interconnect_circuit_info;
static const struct kind k_gcp_interconnect_location_region_info;
static const struct kind k_gcp_interconnect_outage_notification;
static const struct kind k_gcp_items;
static const struct kind k_gcp_license_resource_commitment;
static const struct kind k_gcp_license_resource_requirements;
static const struct kind k_gcp_local_disk;
static const struct kind k_gcp_localized_message;
static const struct kind k_gcp_logging;
static const struct kind k_gcp_metadata;
static const struct kind k_gcp_metadata_filter;
static const struct kind k_gcp_metadata_filter_label_match;
static const struct kind k_gcp_money;
static const struct kind k_gcp_named_port;
static const struct kind k_gcp_network_endpoint_group_app_engine;
static const struct kind k_gcp_network_endpoint_group_cloud_function;
static const struct kind k_gcp_network_endpoint_group_cloud_run;
static const struct kind k_gcp_network_endpoint_group_psc_data;
static const struct kind k_gcp_network_interface;
static const struct kind k_gcp_network_peering;
static const struct kind k_gcp_node_group_autoscaling_policy;
static const struct kind k_gcp_node_group_maintenance_window;
static const struct kind k_gcp_node_template_node_type_flexibility;
static const struct kind k_gcp_notification_endpoint_grpc_settings;
static const struct kind k_gcp_object_access_control;
static const struct kind k_gcp_outlier_detection;
static const struct kind k_gcp_owner;
static const struct kind k_gcp_packet_mirroring_filter;
static const struct kind k_gcp_packet_mirroring_forwarding_rule_info;
static const struct kind k_gcp_packet_mirroring_mirrored_resource_info;
static const struct kind
    k_gcp_packet_mirroring_mirrored_resource_info_instance_info;
static const struct kind
    k_gcp_packet_mirroring_mirrored_resource_info_subnet_info;
static const struct kind k_gcp_packet_mirroring_network_info;
static const struct kind k_gcp_path_matcher;
static const struct kind k_gcp_path_rule;
static const struct kind k_gcp_pricing_expression;
static const struct kind k_gcp_pricing_info;
static const struct kind k_gcp_projectteam;
static const struct kind k_gcp_public_advertised_prefix_public_delegated_prefix;
static const struct kind
    k_gcp_public_delegated_prefix_public_delegated_sub_prefix;
static const struct kind k_gcp_quota;
static const struct kind k_gcp_rawdisk;
static const struct kind k_gcp_reservation;
static const struct kind k_gcp_reservation_affinity;
static const struct kind k_gcp_resource_commitment;
static const struct kind k_gcp_resource_policy_daily_cycle;
static const struct kind k_gcp_resource_policy_group_placement_policy;
static const struct kind k_gcp_resource_policy_hourly_cycle;
static const struct kind k_gcp_resource_policy_instance_schedule_policy;
static const struct kind k_gcp_resource_policy_resource_status;
static const struct kind
    k_gcp_resource_policy_resource_status_instance_schedule_policy_status;
static const struct kind k_gcp_resource_policy_snapshot_schedule_policy;
static const struct kind
    k_gcp_resource_policy_snapshot_schedule_policy_retention_policy;
static const struct kind
    k_gcp_resource_policy_snapshot_schedule_policy_schedule;
static const struct kind
    k_gcp_resource_policy_snapshot_schedule_policy_snapshot_properties;
static const struct kind k_gcp_resource_policy_weekly_cycle;
static const struct kind k_gcp_resource_policy_weekly_cycle_day_of_week;
static const struct kind k_gcp_retentionpolicy;
static const struct kind k_gcp_route_as_path;
static const struct kind k_gcp_router_advertised_ip_range;
static const struct kind k_gcp_router_bgp;
static const struct kind k_gcp_router_bgp_peer;
static const struct kind k_gcp_router_bgp_peer_bfd;
static const struct kind k_gcp_router_interface;
static const struct kind k_gcp_router_md5_authentication_key;
static const struct kind k_gcp_router_nat;
static const struct kind k_gcp_router_nat_log_config;
static const struct kind k_gcp_router_nat_rule;
static const struct kind k_gcp_router_nat_rule_action;
static const struct kind k_gcp_router_nat_subnetwork_to_nat;
static const struct kind k_gcp_rule;
static const struct kind k_gcp_saved_attached_disk;
static const struct kind k_gcp_saved_disk;
static const struct kind k_gcp_scaling_schedule_status;
static const struct kind k_gcp_scheduling;
static const struct kind k_gcp_scheduling_node_affinity;
static const struct kind k_gcp_security_policy_adaptive_protection_config;
static const struct kind
    k_gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config;
static const struct kind k_gcp_security_policy_advanced_options_config;
static const struct kind
    k_gcp_security_policy_advanced_options_config_json_custom_config;
static const struct kind k_gcp_security_policy_rule;
static const struct kind k_gcp_security_policy_rule_http_header_action;
static const struct kind
    k_gcp_security_policy_rule_http_header_action_http_header_option;
static const struct kind k_gcp_security_policy_rule_matcher;
static const struct kind k_gcp_security_policy_rule_matcher_config;
static const struct kind k_gcp_security_policy_rule_rate_limit_options;
static const struct kind
    k_gcp_security_policy_rule_rate_limit_options_threshold;
static const struct kind k_gcp_security_policy_rule_redirect_options;
static const struct kind k_gcp_security_settings;
static const struct kind k_gcp_service_account;
static const struct kind k_gcp_service_attachment_connected_endpoint;
static const struct kind k_gcp_service_attachment_consumer_project_limit;
static const struct kind k_gcp_share_settings;
static const struct kind k_gcp_share_settings_project_config;
static const struct kind k_gcp_shielded_instance_config;
static const struct kind k_gcp_source_disk_encryption_key;
static const struct kind k_gcp_source_instance_params;
static const struct kind k_gcp_source_instance_properties;
static const struct kind k_gcp_sql_acl_entry;
static const struct kind k_gcp_sql_backup_configuration;
static const struct kind k_gcp_sql_backup_retention_settings;
static const struct kind k_gcp_sql_bakimportoptions;
static const struct kind k_gcp_sql_csvexportoptions;
static const struct kind k_gcp_sql_csvimportoptions;
static const struct kind k_gcp_sql_database_flags;
static const struct kind k_gcp_sql_deny_maintenance_period;
static const struct kind k_gcp_sql_encryptionoptions;
static const struct kind k_gcp_sql_export_context;
static const struct kind k_gcp_sql_failoverreplica;
static const struct kind k_gcp_sql_import_context;
static const struct kind k_gcp_sql_insights_config;
static const struct kind k_gcp_sql_instance_reference;
static const struct kind k_gcp_sql_ip_configuration;
static const struct kind k_gcp_sql_ip_mapping;
static const struct kind k_gcp_sql_location_preference;
static const struct kind k_gcp_sql_maintenance_window;
static const struct kind k_gcp_sql_my_sql_replica_configuration;
static const struct kind k_gcp_sql_mysqlexportoptions;
static const struct kind k_gcp_sql_on_premises_configuration;
static const struct kind k_gcp_sql_operation_error;
static const struct kind k_gcp_sql_password_status;
static const struct kind k_gcp_sql_password_validation_policy;
static const struct kind k_gcp_sql_replica_configuration;
static const struct kind k_gcp_sql_settings;
static const struct kind k_gcp_sql_sql_out_of_disk_report;
static const struct kind k_gcp_sql_sql_scheduled_maintenance;
static const struct kind k_gcp_sql_sql_server_audit_config;
static const struct kind k_gcp_sql_sql_server_database_details;
static const struct kind k_gcp_sql_sql_server_user_details;
static const struct kind k_gcp_sql_sqlexportoptions;
static const struct kind k_gcp_sql_ssl_cert;
static const struct kind k_gcp_sql_user_password_validation_policy;
static const struct kind k_gcp_ssl_certificate_managed_ssl_certificate;
static const struct kind k_gcp_ssl_certificate_self_managed_ssl_certificate;
static const struct kind k_gcp_ssl_health_check;
static const struct kind k_gcp_stateful_policy;
static const struct kind k_gcp_stateful_policy_preserved_state;
static const struct kind k_gcp_stateful_policy_preserved_state_disk_device;
static const struct kind k_gcp_subnetwork_log_config;
static const struct kind k_gcp_subnetwork_secondary_range;
static const struct kind k_gcp_tags;
static const struct kind k_gcp_tcp_health_check;
static const struct kind k_gcp_tier_rate;
static const struct kind k_gcp_uint128;
static const struct kind k_gcp_uniformbucketlevelaccess;
static const struct kind k_gcp_url_map_test;
static const struct kind k_gcp_url_map_test_header;
static const struct kind k_gcp_url_rewrite;
static const struct kind k_gcp_vpn_gateway_vpn_gateway_interface;
static const struct kind k_gcp_warnings;
static const struct kind k_gcp_website;
static const struct kind k_gcp_weighted_backend_service;
static const struct kprop p_gcp_accelerator_config[] = {
	P("accelerator_count", "int64", PT_INT, NULL, "acceleratorCount", NULL),
	P("accelerator_type", "string", PT_STRING, NULL, "acceleratorType",
	    NULL),
};
static const struct kind k_gcp_accelerator_config = { "gcp_accelerator_config",
    "resoto_plugin_gcp.resources.compute.GcpAcceleratorConfig", NULL,
    KIND_PROPS(p_gcp_accelerator_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_accelerators[] = {
	P("guest_accelerator_count", "int64", PT_INT, NULL,
	    "guestAcceleratorCount", NULL),
	P("guest_accelerator_type", "string", PT_STRING, NULL,
	    "guestAcceleratorType", NULL),
};
static const struct kind k_gcp_accelerators = { "gcp_accelerators",
    "resoto_plugin_gcp.resources.compute.GcpAccelerators", NULL,
    KIND_PROPS(p_gcp_accelerators), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_access_config[] = {
	P("external_ipv6", "string", PT_STRING, NULL, "externalIpv6", NULL),
	P("external_ipv6_prefix_length", "int64", PT_INT, NULL,
	    "externalIpv6PrefixLength", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("nat_ip", "string", PT_STRING, NULL, "natIP", NULL),
	P("network_tier", "string", PT_STRING, NULL, "networkTier", NULL),
	P("public_ptr_domain_name", "string", PT_STRING, NULL,
	    "publicPtrDomainName", NULL),
	P("set_public_ptr", "boolean", PT_BOOL, NULL, "setPublicPtr", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind k_gcp_access_config = { "gcp_access_config",
    "resoto_plugin_gcp.resources.compute.GcpAccessConfig", NULL,
    KIND_PROPS(p_gcp_access_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_action[] = {
	P("storage_class", "string", PT_STRING, NULL, "storageClass", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind k_gcp_action = { "gcp_action",
    "resoto_plugin_gcp.resources.storage.GcpAction", NULL,
    KIND_PROPS(p_gcp_action), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_advanced_machine_features[] = {
	P("enable_nested_virtualization", "boolean", PT_BOOL, NULL,
	    "enableNestedVirtualization", NULL),
	P("enable_uefi_networking", "boolean", PT_BOOL, NULL,
	    "enableUefiNetworking", NULL),
	P("threads_per_core", "int64", PT_INT, NULL, "threadsPerCore", NULL),
	P("visible_core_count", "int64", PT_INT, NULL, "visibleCoreCount",
	    NULL),
};
static const struct kind
    k_gcp_advanced_machine_features = { "gcp_advanced_machine_features",
    "resoto_plugin_gcp.resources.compute.GcpAdvancedMachineFeatures", NULL,
    KIND_PROPS(p_gcp_advanced_machine_features), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_aggregation_info[] = {
	P("aggregation_count", "int64", PT_INT, NULL, "aggregationCount", NULL),
	P("aggregation_interval", "string", PT_STRING, NULL,
	    "aggregationInterval", NULL),
	P("aggregation_level", "string", PT_STRING, NULL, "aggregationLevel",
	    NULL),
};
static const struct kind k_gcp_aggregation_info = { "gcp_aggregation_info",
    "resoto_plugin_gcp.resources.billing.GcpAggregationInfo", NULL,
    KIND_PROPS(p_gcp_aggregation_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_alias_ip_range[] = {
	P("ip_cidr_range", "string", PT_STRING, NULL, "ipCidrRange", NULL),
	P("subnetwork_range_name", "string", PT_STRING, NULL,
	    "subnetworkRangeName", NULL),
};
static const struct kind k_gcp_alias_ip_range = { "gcp_alias_ip_range",
    "resoto_plugin_gcp.resources.compute.GcpAliasIpRange", NULL,
    KIND_PROPS(p_gcp_alias_ip_range), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk[] = {
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("interface", "string", PT_STRING, NULL, "interface", NULL),
};
static const struct kind
    k_gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk = { "gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk", "resoto_plugin_gcp.resources.compute.GcpAllocationSpecificSKUAllocationAllocatedInstancePropertiesReservedDisk", NULL, KIND_PROPS(p_gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_allocation_specific_sku_allocation_reserved_instance_properties[] = {
	P("guest_accelerators", "gcp_accelerator_config[]", PT_OLIST, "[]",
	    "guestAccelerators", &k_gcp_accelerator_config),
	P("local_ssds",
	    "gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk[]", PT_OLIST, "[]", "localSsds", &k_gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk),
	P("location_hint", "string", PT_STRING, NULL, "locationHint", NULL),
	P("machine_type", "string", PT_STRING, NULL, "machineType", NULL),
	P("min_cpu_platform", "string", PT_STRING, NULL, "minCpuPlatform",
	    NULL),
};
static const struct kind
    k_gcp_allocation_specific_sku_allocation_reserved_instance_properties = { "gcp_allocation_specific_sku_allocation_reserved_instance_properties", "resoto_plugin_gcp.resources.compute.GcpAllocationSpecificSKUAllocationReservedInstanceProperties", NULL, KIND_PROPS(p_gcp_allocation_specific_sku_allocation_reserved_instance_properties), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_allocation_specific_sku_reservation[] = {
	P("assured_count", "string", PT_STRING, NULL, "assuredCount", NULL),
	P("count", "string", PT_STRING, NULL, "count", NULL),
	P("in_use_count", "string", PT_STRING, NULL, "inUseCount", NULL),
	P("instance_properties",
	    "gcp_allocation_specific_sku_allocation_reserved_instance_properties", PT_OBJECT, "{}", "instanceProperties", &k_gcp_allocation_specific_sku_allocation_reserved_instance_properties),
};
static const struct kind
    k_gcp_allocation_specific_sku_reservation = { "gcp_allocation_specific_sku_reservation", "resoto_plugin_gcp.resources.compute.GcpAllocationSpecificSKUReservation", NULL, KIND_PROPS(p_gcp_allocation_specific_sku_reservation), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_allowed[] = {
	P("ip_protocol", "string", PT_STRING, NULL, "IPProtocol", NULL),
	P("ports", "string[]", PT_LIST, "[]", "ports", NULL),
};
static const struct kind k_gcp_allowed = { "gcp_allowed",
    "resoto_plugin_gcp.resources.compute.GcpAllowed", NULL,
    KIND_PROPS(p_gcp_allowed), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_attached_disk[] = {
	P("architecture", "string", PT_STRING, NULL, "architecture", NULL),
	P("auto_delete", "boolean", PT_BOOL, NULL, "autoDelete", NULL),
	P("boot", "boolean", PT_BOOL, NULL, "boot", NULL),
	P("device_name", "string", PT_STRING, NULL, "deviceName", NULL),
	P("disk_encryption_key", "gcp_customer_encryption_key", PT_OBJECT, "{}",
	    "diskEncryptionKey", &k_gcp_customer_encryption_key),
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("force_attach", "boolean", PT_BOOL, NULL, "forceAttach", NULL),
	P("guest_os_features", "string[]", PT_LIST, "[]", "guestOsFeatures",
	    NULL),
	P("index", "int64", PT_INT, NULL, "index", NULL),
	P("initialize_params", "gcp_attached_disk_initialize_params", PT_OBJECT,
	    "{}", "initializeParams", &k_gcp_attached_disk_initialize_params),
	P("interface", "string", PT_STRING, NULL, "interface", NULL),
	P("licenses", "string[]", PT_LIST, "[]", "licenses", NULL),
	P("mode", "string", PT_STRING, NULL, "mode", NULL),
	P("shielded_instance_initial_state", "gcp_initial_state_config",
	    PT_OBJECT, "{}", "shieldedInstanceInitialState",
	    &k_gcp_initial_state_config),
	P("source", "string", PT_STRING, NULL, "source", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind k_gcp_attached_disk = { "gcp_attached_disk",
    "resoto_plugin_gcp.resources.compute.GcpAttachedDisk", NULL,
    KIND_PROPS(p_gcp_attached_disk), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_attached_disk_initialize_params[] = {
	P("architecture", "string", PT_STRING, NULL, "architecture", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("disk_name", "string", PT_STRING, NULL, "diskName", NULL),
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("disk_type", "string", PT_STRING, NULL, "diskType", NULL),
	P("labels", "dictionary[string, string]", PT_DICT, NULL, "labels",
	    NULL),
	P("licenses", "string[]", PT_LIST, "[]", "licenses", NULL),
	P("on_update_action", "string", PT_STRING, NULL, "onUpdateAction",
	    NULL),
	P("provisioned_iops", "int64", PT_INT, NULL, "provisionedIops", NULL),
	P("resource_manager_tags", "dictionary[string, string]", PT_DICT, NULL,
	    "resourceManagerTags", NULL),
	P("resource_policies", "string[]", PT_LIST, "[]", "resourcePolicies",
	    NULL),
	P("source_image", "string", PT_STRING, NULL, "sourceImage", NULL),
	P("source_image_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceImageEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("source_snapshot", "string", PT_STRING, NULL, "sourceSnapshot", NULL),
	P("source_snapshot_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceSnapshotEncryptionKey",
	    &k_gcp_customer_encryption_key),
};
static const struct kind
    k_gcp_attached_disk_initialize_params = { "gcp_attached_disk_initialize_params", "resoto_plugin_gcp.resources.compute.GcpAttachedDiskInitializeParams", NULL, KIND_PROPS(p_gcp_attached_disk_initialize_params), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_autoclass[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("toggle_time", "datetime", PT_DATETIME, NULL, "toggleTime", NULL),
};
static const struct kind k_gcp_autoclass = { "gcp_autoclass",
    "resoto_plugin_gcp.resources.storage.GcpAutoclass", NULL,
    KIND_PROPS(p_gcp_autoclass), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_autoscaler_status_details[] = {
	P("message", "string", PT_STRING, NULL, "message", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind
    k_gcp_autoscaler_status_details = { "gcp_autoscaler_status_details",
    "resoto_plugin_gcp.resources.compute.GcpAutoscalerStatusDetails", NULL,
    KIND_PROPS(p_gcp_autoscaler_status_details), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_autoscaling_policy[] = {
	P("cool_down_period_sec", "int64", PT_INT, NULL, "coolDownPeriodSec",
	    NULL),
	P("cpu_utilization", "gcp_autoscaling_policy_cpu_utilization",
	    PT_OBJECT, "{}", "cpuUtilization",
	    &k_gcp_autoscaling_policy_cpu_utilization),
	P("custom_metric_utilizations",
	    "gcp_autoscaling_policy_custom_metric_utilization[]", PT_OLIST,
	    "[]", "customMetricUtilizations",
	    &k_gcp_autoscaling_policy_custom_metric_utilization),
	P("load_balancing_utilization", "double", PT_DOUBLE, NULL,
	    "loadBalancingUtilization.utilizationTarget", NULL),
	P("max_num_replicas", "int64", PT_INT, NULL, "maxNumReplicas", NULL),
	P("min_num_replicas", "int64", PT_INT, NULL, "minNumReplicas", NULL),
	P("mode", "string", PT_STRING, NULL, "mode", NULL),
	P("scale_in_control", "gcp_autoscaling_policy_scale_in_control",
	    PT_OBJECT, "{}", "scaleInControl",
	    &k_gcp_autoscaling_policy_scale_in_control),
	P("scaling_schedules",
	    "dictionary[string, gcp_autoscaling_policy_scaling_schedule]",
	    PT_DICT, NULL, NULL, NULL),
};
static const struct kind k_gcp_autoscaling_policy = { "gcp_autoscaling_policy",
    "resoto_plugin_gcp.resources.compute.GcpAutoscalingPolicy", NULL,
    KIND_PROPS(p_gcp_autoscaling_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_autoscaling_policy_cpu_utilization[] = {
	P("predictive_method", "string", PT_STRING, NULL, "predictiveMethod",
	    NULL),
	P("utilization_target", "double", PT_DOUBLE, NULL, "utilizationTarget",
	    NULL),
};
static const struct kind
    k_gcp_autoscaling_policy_cpu_utilization = { "gcp_autoscaling_policy_cpu_utilization", "resoto_plugin_gcp.resources.compute.GcpAutoscalingPolicyCpuUtilization", NULL, KIND_PROPS(p_gcp_autoscaling_policy_cpu_utilization), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_autoscaling_policy_custom_metric_utilization[] = {
	P("filter", "string", PT_STRING, NULL, "filter", NULL),
	P("metric", "string", PT_STRING, NULL, "metric", NULL),
	P("single_instance_assignment", "double", PT_DOUBLE, NULL,
	    "singleInstanceAssignment", NULL),
	P("utilization_target", "double", PT_DOUBLE, NULL, "utilizationTarget",
	    NULL),
	P("utilization_target_type", "string", PT_STRING, NULL,
	    "utilizationTargetType", NULL),
};
static const struct kind
    k_gcp_autoscaling_policy_custom_metric_utilization = { "gcp_autoscaling_policy_custom_metric_utilization", "resoto_plugin_gcp.resources.compute.GcpAutoscalingPolicyCustomMetricUtilization", NULL, KIND_PROPS(p_gcp_autoscaling_policy_custom_metric_utilization), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_autoscaling_policy_scale_in_control[] = {
	P("max_scaled_in_replicas", "gcp_fixed_or_percent", PT_OBJECT, "{}",
	    "maxScaledInReplicas", &k_gcp_fixed_or_percent),
	P("time_window_sec", "int64", PT_INT, NULL, "timeWindowSec", NULL),
};
static const struct kind
    k_gcp_autoscaling_policy_scale_in_control = { "gcp_autoscaling_policy_scale_in_control", "resoto_plugin_gcp.resources.compute.GcpAutoscalingPolicyScaleInControl", NULL, KIND_PROPS(p_gcp_autoscaling_policy_scale_in_control), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_autoscaling_policy_scaling_schedule[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("disabled", "boolean", PT_BOOL, NULL, "disabled", NULL),
	P("duration_sec", "int64", PT_INT, NULL, "durationSec", NULL),
	P("min_required_replicas", "int64", PT_INT, NULL, "minRequiredReplicas",
	    NULL),
	P("schedule", "string", PT_STRING, NULL, "schedule", NULL),
	P("time_zone", "string", PT_STRING, NULL, "timeZone", NULL),
};
static const struct kind
    k_gcp_autoscaling_policy_scaling_schedule = { "gcp_autoscaling_policy_scaling_schedule", "resoto_plugin_gcp.resources.compute.GcpAutoscalingPolicyScalingSchedule", NULL, KIND_PROPS(p_gcp_autoscaling_policy_scaling_schedule), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend[] = {
	P("balancing_mode", "string", PT_STRING, NULL, "balancingMode", NULL),
	P("capacity_scaler", "double", PT_DOUBLE, NULL, "capacityScaler", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("failover", "boolean", PT_BOOL, NULL, "failover", NULL),
	P("group", "string", PT_STRING, NULL, "group", NULL),
	P("max_connections", "int64", PT_INT, NULL, "maxConnections", NULL),
	P("max_connections_per_endpoint", "int64", PT_INT, NULL,
	    "maxConnectionsPerEndpoint", NULL),
	P("max_connections_per_instance", "int64", PT_INT, NULL,
	    "maxConnectionsPerInstance", NULL),
	P("max_rate", "int64", PT_INT, NULL, "maxRate", NULL),
	P("max_rate_per_endpoint", "double", PT_DOUBLE, NULL,
	    "maxRatePerEndpoint", NULL),
	P("max_rate_per_instance", "double", PT_DOUBLE, NULL,
	    "maxRatePerInstance", NULL),
	P("max_utilization", "double", PT_DOUBLE, NULL, "maxUtilization", NULL),
};
static const struct kind k_gcp_backend = { "gcp_backend",
    "resoto_plugin_gcp.resources.compute.GcpBackend", NULL,
    KIND_PROPS(p_gcp_backend), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend_bucket_cdn_policy[] = {
	P("bypass_cache_on_request_headers", "string[]", PT_LIST, "[]",
	    "bypassCacheOnRequestHeaders", NULL),
	P("cache_key_policy", "gcp_backend_bucket_cdn_policy_cache_key_policy",
	    PT_OBJECT, "{}", "cacheKeyPolicy",
	    &k_gcp_backend_bucket_cdn_policy_cache_key_policy),
	P("cache_mode", "string", PT_STRING, NULL, "cacheMode", NULL),
	P("client_ttl", "int64", PT_INT, NULL, "clientTtl", NULL),
	P("default_ttl", "int64", PT_INT, NULL, "defaultTtl", NULL),
	P("max_ttl", "int64", PT_INT, NULL, "maxTtl", NULL),
	P("negative_caching", "boolean", PT_BOOL, NULL, "negativeCaching",
	    NULL),
	P("negative_caching_policy",
	    "gcp_backend_bucket_cdn_policy_negative_caching_policy[]", PT_OLIST,
	    "[]", "negativeCachingPolicy",
	    &k_gcp_backend_bucket_cdn_policy_negative_caching_policy),
	P("request_coalescing", "boolean", PT_BOOL, NULL, "requestCoalescing",
	    NULL),
	P("serve_while_stale", "int64", PT_INT, NULL, "serveWhileStale", NULL),
	P("signed_url_cache_max_age_sec", "string", PT_STRING, NULL,
	    "signedUrlCacheMaxAgeSec", NULL),
	P("signed_url_key_names", "string[]", PT_LIST, "[]",
	    "signedUrlKeyNames", NULL),
};
static const struct kind
    k_gcp_backend_bucket_cdn_policy = { "gcp_backend_bucket_cdn_policy",
    "resoto_plugin_gcp.resources.compute.GcpBackendBucketCdnPolicy", NULL,
    KIND_PROPS(p_gcp_backend_bucket_cdn_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend_bucket_cdn_policy_cache_key_policy[] = {
	P("include_http_headers", "string[]", PT_LIST, "[]",
	    "includeHttpHeaders", NULL),
	P("query_string_whitelist", "string[]", PT_LIST, "[]",
	    "queryStringWhitelist", NULL),
};
static const struct kind
    k_gcp_backend_bucket_cdn_policy_cache_key_policy = { "gcp_backend_bucket_cdn_policy_cache_key_policy", "resoto_plugin_gcp.resources.compute.GcpBackendBucketCdnPolicyCacheKeyPolicy", NULL, KIND_PROPS(p_gcp_backend_bucket_cdn_policy_cache_key_policy), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_backend_bucket_cdn_policy_negative_caching_policy[] = {
	P("code", "int64", PT_INT, NULL, "code", NULL),
	P("ttl", "int64", PT_INT, NULL, "ttl", NULL),
};
static const struct kind
    k_gcp_backend_bucket_cdn_policy_negative_caching_policy = { "gcp_backend_bucket_cdn_policy_negative_caching_policy", "resoto_plugin_gcp.resources.compute.GcpBackendBucketCdnPolicyNegativeCachingPolicy", NULL, KIND_PROPS(p_gcp_backend_bucket_cdn_policy_negative_caching_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend_service_cdn_policy[] = {
	P("bypass_cache_on_request_headers", "string[]", PT_LIST, "[]",
	    "bypassCacheOnRequestHeaders", NULL),
	P("cache_key_policy", "gcp_cache_key_policy", PT_OBJECT, "{}",
	    "cacheKeyPolicy", &k_gcp_cache_key_policy),
	P("cache_mode", "string", PT_STRING, NULL, "cacheMode", NULL),
	P("client_ttl", "int64", PT_INT, NULL, "clientTtl", NULL),
	P("default_ttl", "int64", PT_INT, NULL, "defaultTtl", NULL),
	P("max_ttl", "int64", PT_INT, NULL, "maxTtl", NULL),
	P("negative_caching", "boolean", PT_BOOL, NULL, "negativeCaching",
	    NULL),
	P("negative_caching_policy",
	    "gcp_backend_service_cdn_policy_negative_caching_policy[]",
	    PT_OLIST, "[]", "negativeCachingPolicy",
	    &k_gcp_backend_service_cdn_policy_negative_caching_policy),
	P("request_coalescing", "boolean", PT_BOOL, NULL, "requestCoalescing",
	    NULL),
	P("serve_while_stale", "int64", PT_INT, NULL, "serveWhileStale", NULL),
	P("signed_url_cache_max_age_sec", "string", PT_STRING, NULL,
	    "signedUrlCacheMaxAgeSec", NULL),
	P("signed_url_key_names", "string[]", PT_LIST, "[]",
	    "signedUrlKeyNames", NULL),
};
static const struct kind
    k_gcp_backend_service_cdn_policy = { "gcp_backend_service_cdn_policy",
    "resoto_plugin_gcp.resources.compute.GcpBackendServiceCdnPolicy", NULL,
    KIND_PROPS(p_gcp_backend_service_cdn_policy), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_backend_service_cdn_policy_negative_caching_policy[] = {
	P("code", "int64", PT_INT, NULL, "code", NULL),
	P("ttl", "int64", PT_INT, NULL, "ttl", NULL),
};
static const struct kind
    k_gcp_backend_service_cdn_policy_negative_caching_policy = { "gcp_backend_service_cdn_policy_negative_caching_policy", "resoto_plugin_gcp.resources.compute.GcpBackendServiceCdnPolicyNegativeCachingPolicy", NULL, KIND_PROPS(p_gcp_backend_service_cdn_policy_negative_caching_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend_service_connection_tracking_policy[] = {
	P("connection_persistence_on_unhealthy_backends", "string", PT_STRING,
	    NULL, "connectionPersistenceOnUnhealthyBackends", NULL),
	P("enable_strong_affinity", "boolean", PT_BOOL, NULL,
	    "enableStrongAffinity", NULL),
	P("idle_timeout_sec", "int64", PT_INT, NULL, "idleTimeoutSec", NULL),
	P("tracking_mode", "string", PT_STRING, NULL, "trackingMode", NULL),
};
static const struct kind
    k_gcp_backend_service_connection_tracking_policy = { "gcp_backend_service_connection_tracking_policy", "resoto_plugin_gcp.resources.compute.GcpBackendServiceConnectionTrackingPolicy", NULL, KIND_PROPS(p_gcp_backend_service_connection_tracking_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend_service_failover_policy[] = {
	P("disable_connection_drain_on_failover", "boolean", PT_BOOL, NULL,
	    "disableConnectionDrainOnFailover", NULL),
	P("drop_traffic_if_unhealthy", "boolean", PT_BOOL, NULL,
	    "dropTrafficIfUnhealthy", NULL),
	P("failover_ratio", "double", PT_DOUBLE, NULL, "failoverRatio", NULL),
};
static const struct kind
    k_gcp_backend_service_failover_policy = { "gcp_backend_service_failover_policy", "resoto_plugin_gcp.resources.compute.GcpBackendServiceFailoverPolicy", NULL, KIND_PROPS(p_gcp_backend_service_failover_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend_service_iap[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("oauth2_client_id", "string", PT_STRING, NULL, "oauth2ClientId",
	    NULL),
	P("oauth2_client_secret", "string", PT_STRING, NULL,
	    "oauth2ClientSecret", NULL),
	P("oauth2_client_secret_sha256", "string", PT_STRING, NULL,
	    "oauth2ClientSecretSha256", NULL),
};
static const struct kind
    k_gcp_backend_service_iap = { "gcp_backend_service_iap",
    "resoto_plugin_gcp.resources.compute.GcpBackendServiceIAP", NULL,
    KIND_PROPS(p_gcp_backend_service_iap), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_backend_service_locality_load_balancing_policy_config[] = {
	P("custom_policy",
	    "gcp_backend_service_locality_load_balancing_policy_config_custom_policy", PT_OBJECT, "{}", "customPolicy", &k_gcp_backend_service_locality_load_balancing_policy_config_custom_policy),
	P("policy", "string", PT_STRING, NULL, "policy.name", NULL),
};
static const struct kind
    k_gcp_backend_service_locality_load_balancing_policy_config = { "gcp_backend_service_locality_load_balancing_policy_config", "resoto_plugin_gcp.resources.compute.GcpBackendServiceLocalityLoadBalancingPolicyConfig", NULL, KIND_PROPS(p_gcp_backend_service_locality_load_balancing_policy_config), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_backend_service_locality_load_balancing_policy_config_custom_policy[] = {
	P("data", "string", PT_STRING, NULL, "data", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
};
static const struct kind
    k_gcp_backend_service_locality_load_balancing_policy_config_custom_policy = { "gcp_backend_service_locality_load_balancing_policy_config_custom_policy", "resoto_plugin_gcp.resources.compute.GcpBackendServiceLocalityLoadBalancingPolicyConfigCustomPolicy", NULL, KIND_PROPS(p_gcp_backend_service_locality_load_balancing_policy_config_custom_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_backend_service_log_config[] = {
	P("enable", "boolean", PT_BOOL, NULL, "enable", NULL),
	P("sample_rate", "double", PT_DOUBLE, NULL, "sampleRate", NULL),
};
static const struct kind
    k_gcp_backend_service_log_config = { "gcp_backend_service_log_config",
    "resoto_plugin_gcp.resources.compute.GcpBackendServiceLogConfig", NULL,
    KIND_PROPS(p_gcp_backend_service_log_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_bucket_access_control[] = {
	P("bucket", "string", PT_STRING, NULL, "bucket", NULL),
	P("domain", "string", PT_STRING, NULL, "domain", NULL),
	P("email", "string", PT_STRING, NULL, "email", NULL),
	P("entity", "string", PT_STRING, NULL, "entity", NULL),
	P("entity_id", "string", PT_STRING, NULL, "entityId", NULL),
	P("etag", "string", PT_STRING, NULL, "etag", NULL),
	P("project_team", "gcp_projectteam", PT_OBJECT, "{}", "projectTeam",
	    &k_gcp_projectteam),
	P("role", "string", PT_STRING, NULL, "role", NULL),
};
static const struct kind
    k_gcp_bucket_access_control = { "gcp_bucket_access_control",
    "resoto_plugin_gcp.resources.storage.GcpBucketAccessControl", NULL,
    KIND_PROPS(p_gcp_bucket_access_control), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_bucketpolicyonly[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("locked_time", "datetime", PT_DATETIME, NULL, "lockedTime", NULL),
};
static const struct kind k_gcp_bucketpolicyonly = { "gcp_bucketpolicyonly",
    "resoto_plugin_gcp.resources.storage.GcpBucketpolicyonly", NULL,
    KIND_PROPS(p_gcp_bucketpolicyonly), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_cache_key_policy[] = {
	P("include_host", "boolean", PT_BOOL, NULL, "includeHost", NULL),
	P("include_http_headers", "string[]", PT_LIST, "[]",
	    "includeHttpHeaders", NULL),
	P("include_named_cookies", "string[]", PT_LIST, "[]",
	    "includeNamedCookies", NULL),
	P("include_protocol", "boolean", PT_BOOL, NULL, "includeProtocol",
	    NULL),
	P("include_query_string", "boolean", PT_BOOL, NULL,
	    "includeQueryString", NULL),
	P("query_string_blacklist", "string[]", PT_LIST, "[]",
	    "queryStringBlacklist", NULL),
	P("query_string_whitelist", "string[]", PT_LIST, "[]",
	    "queryStringWhitelist", NULL),
};
static const struct kind k_gcp_cache_key_policy = { "gcp_cache_key_policy",
    "resoto_plugin_gcp.resources.compute.GcpCacheKeyPolicy", NULL,
    KIND_PROPS(p_gcp_cache_key_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_category[] = {
	P("resource_family", "string", PT_STRING, NULL, "resourceFamily", NULL),
	P("resource_group", "string", PT_STRING, NULL, "resourceGroup", NULL),
	P("service_display_name", "string", PT_STRING, NULL,
	    "serviceDisplayName", NULL),
	P("usage_type", "string", PT_STRING, NULL, "usageType", NULL),
};
static const struct kind k_gcp_category = { "gcp_category",
    "resoto_plugin_gcp.resources.billing.GcpCategory", NULL,
    KIND_PROPS(p_gcp_category), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_circuit_breakers[] = {
	P("max_connections", "int64", PT_INT, NULL, "maxConnections", NULL),
	P("max_pending_requests", "int64", PT_INT, NULL, "maxPendingRequests",
	    NULL),
	P("max_requests", "int64", PT_INT, NULL, "maxRequests", NULL),
	P("max_requests_per_connection", "int64", PT_INT, NULL,
	    "maxRequestsPerConnection", NULL),
	P("max_retries", "int64", PT_INT, NULL, "maxRetries", NULL),
};
static const struct kind k_gcp_circuit_breakers = { "gcp_circuit_breakers",
    "resoto_plugin_gcp.resources.compute.GcpCircuitBreakers", NULL,
    KIND_PROPS(p_gcp_circuit_breakers), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_condition[] = {
	P("age", "int64", PT_INT, NULL, "age", NULL),
	P("created_before", "string", PT_STRING, NULL, "createdBefore", NULL),
	P("custom_time_before", "string", PT_STRING, NULL, "customTimeBefore",
	    NULL),
	P("days_since_custom_time", "datetime", PT_DATETIME, NULL,
	    "daysSinceCustomTime", NULL),
	P("days_since_noncurrent_time", "datetime", PT_DATETIME, NULL,
	    "daysSinceNoncurrentTime", NULL),
	P("is_live", "boolean", PT_BOOL, NULL, "isLive", NULL),
	P("matches_pattern", "string", PT_STRING, NULL, "matchesPattern", NULL),
	P("matches_prefix", "string[]", PT_LIST, "[]", "matchesPrefix", NULL),
	P("matches_storage_class", "string[]", PT_LIST, "[]",
	    "matchesStorageClass", NULL),
	P("matches_suffix", "string[]", PT_LIST, "[]", "matchesSuffix", NULL),
	P("noncurrent_time_before", "string", PT_STRING, NULL,
	    "noncurrentTimeBefore", NULL),
	P("num_newer_versions", "int64", PT_INT, NULL, "numNewerVersions",
	    NULL),
};
static const struct kind k_gcp_condition = { "gcp_condition",
    "resoto_plugin_gcp.resources.storage.GcpCondition", NULL,
    KIND_PROPS(p_gcp_condition), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_consistent_hash_load_balancer_settings[] = {
	P("http_cookie",
	    "gcp_consistent_hash_load_balancer_settings_http_cookie", PT_OBJECT,
	    "{}", "httpCookie",
	    &k_gcp_consistent_hash_load_balancer_settings_http_cookie),
	P("http_header_name", "string", PT_STRING, NULL, "httpHeaderName",
	    NULL),
	P("minimum_ring_size", "string", PT_STRING, NULL, "minimumRingSize",
	    NULL),
};
static const struct kind
    k_gcp_consistent_hash_load_balancer_settings = { "gcp_consistent_hash_load_balancer_settings", "resoto_plugin_gcp.resources.compute.GcpConsistentHashLoadBalancerSettings", NULL, KIND_PROPS(p_gcp_consistent_hash_load_balancer_settings), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_consistent_hash_load_balancer_settings_http_cookie[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("path", "string", PT_STRING, NULL, "path", NULL),
	P("ttl", "gcp_duration", PT_OBJECT, "{}", "ttl", &k_gcp_duration),
};
static const struct kind
    k_gcp_consistent_hash_load_balancer_settings_http_cookie = { "gcp_consistent_hash_load_balancer_settings_http_cookie", "resoto_plugin_gcp.resources.compute.GcpConsistentHashLoadBalancerSettingsHttpCookie", NULL, KIND_PROPS(p_gcp_consistent_hash_load_balancer_settings_http_cookie), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_accelerator_config[] = {
	P("accelerator_count", "string", PT_STRING, NULL, "acceleratorCount",
	    NULL),
	P("accelerator_type", "string", PT_STRING, NULL, "acceleratorType",
	    NULL),
	P("gpu_partition_size", "string", PT_STRING, NULL, "gpuPartitionSize",
	    NULL),
	P("gpu_sharing_config", "gcp_container_gpu_sharing_config", PT_OBJECT,
	    "{}", "gpuSharingConfig", &k_gcp_container_gpu_sharing_config),
};
static const struct kind
    k_gcp_container_accelerator_config = { "gcp_container_accelerator_config",
    "resoto_plugin_gcp.resources.container.GcpContainerAcceleratorConfig", NULL,
    KIND_PROPS(p_gcp_container_accelerator_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_addons_config[] = {
	P("cloud_run_config", "gcp_container_cloud_run_config", PT_OBJECT, "{}",
	    "cloudRunConfig", &k_gcp_container_cloud_run_config),
	P("config_connector_config", "boolean", PT_BOOL, NULL,
	    "configConnectorConfig.enabled", NULL),
	P("dns_cache_config", "boolean", PT_BOOL, NULL,
	    "dnsCacheConfig.enabled", NULL),
	P("gce_persistent_disk_csi_driver_config", "boolean", PT_BOOL, NULL,
	    "gcePersistentDiskCsiDriverConfig.enabled", NULL),
	P("gcp_filestore_csi_driver_config", "boolean", PT_BOOL, NULL,
	    "gcpFilestoreCsiDriverConfig.enabled", NULL),
	P("gke_backup_agent_config", "boolean", PT_BOOL, NULL,
	    "gkeBackupAgentConfig.enabled", NULL),
	P("horizontal_pod_autoscaling", "boolean", PT_BOOL, NULL,
	    "horizontalPodAutoscaling.disabled", NULL),
	P("http_load_balancing", "boolean", PT_BOOL, NULL,
	    "httpLoadBalancing.disabled", NULL),
	P("kubernetes_dashboard", "boolean", PT_BOOL, NULL,
	    "kubernetesDashboard.disabled", NULL),
	P("network_policy_config", "boolean", PT_BOOL, NULL,
	    "networkPolicyConfig.disabled", NULL),
};
static const struct kind
    k_gcp_container_addons_config = { "gcp_container_addons_config",
    "resoto_plugin_gcp.resources.container.GcpContainerAddonsConfig", NULL,
    KIND_PROPS(p_gcp_container_addons_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_authenticator_groups_config[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("security_group", "string", PT_STRING, NULL, "securityGroup", NULL),
};
static const struct kind
    k_gcp_container_authenticator_groups_config = { "gcp_container_authenticator_groups_config", "resoto_plugin_gcp.resources.container.GcpContainerAuthenticatorGroupsConfig", NULL, KIND_PROPS(p_gcp_container_authenticator_groups_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_auto_upgrade_options[] = {
	P("auto_upgrade_start_time", "datetime", PT_DATETIME, NULL,
	    "autoUpgradeStartTime", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
};
static const struct kind
    k_gcp_container_auto_upgrade_options = { "gcp_container_auto_upgrade_options", "resoto_plugin_gcp.resources.container.GcpContainerAutoUpgradeOptions", NULL, KIND_PROPS(p_gcp_container_auto_upgrade_options), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_container_autoprovisioning_node_pool_defaults[] = {
	P("boot_disk_kms_key", "string", PT_STRING, NULL, "bootDiskKmsKey",
	    NULL),
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("disk_type", "string", PT_STRING, NULL, "diskType", NULL),
	P("image_type", "string", PT_STRING, NULL, "imageType", NULL),
	P("management", "gcp_container_node_management", PT_OBJECT, "{}",
	    "management", &k_gcp_container_node_management),
	P("min_cpu_platform", "string", PT_STRING, NULL, "minCpuPlatform",
	    NULL),
	P("oauth_scopes", "string[]", PT_LIST, "[]", "oauthScopes", NULL),
	P("service_account", "string", PT_STRING, NULL, "serviceAccount", NULL),
	P("shielded_instance_config", "gcp_container_shielded_instance_config",
	    PT_OBJECT, "{}", "shieldedInstanceConfig",
	    &k_gcp_container_shielded_instance_config),
	P("upgrade_settings", "gcp_container_upgrade_settings", PT_OBJECT, "{}",
	    "upgradeSettings", &k_gcp_container_upgrade_settings),
};
static const struct kind
    k_gcp_container_autoprovisioning_node_pool_defaults = { "gcp_container_autoprovisioning_node_pool_defaults", "resoto_plugin_gcp.resources.container.GcpContainerAutoprovisioningNodePoolDefaults", NULL, KIND_PROPS(p_gcp_container_autoprovisioning_node_pool_defaults), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_binary_authorization[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("evaluation_mode", "string", PT_STRING, NULL, "evaluationMode", NULL),
};
static const struct kind
    k_gcp_container_binary_authorization = { "gcp_container_binary_authorization", "resoto_plugin_gcp.resources.container.GcpContainerBinaryAuthorization", NULL, KIND_PROPS(p_gcp_container_binary_authorization), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_blue_green_info[] = {
	P("blue_instance_group_urls", "string[]", PT_LIST, "[]",
	    "blueInstanceGroupUrls", NULL),
	P("blue_pool_deletion_start_time", "datetime", PT_DATETIME, NULL,
	    "bluePoolDeletionStartTime", NULL),
	P("green_instance_group_urls", "string[]", PT_LIST, "[]",
	    "greenInstanceGroupUrls", NULL),
	P("green_pool_version", "string", PT_STRING, NULL, "greenPoolVersion",
	    NULL),
	P("phase", "string", PT_STRING, NULL, "phase", NULL),
};
static const struct kind
    k_gcp_container_blue_green_info = { "gcp_container_blue_green_info",
    "resoto_plugin_gcp.resources.container.GcpContainerBlueGreenInfo", NULL,
    KIND_PROPS(p_gcp_container_blue_green_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_blue_green_settings[] = {
	P("node_pool_soak_duration", "string", PT_STRING, NULL,
	    "nodePoolSoakDuration", NULL),
	P("standard_rollout_policy", "gcp_container_standard_rollout_policy",
	    PT_OBJECT, "{}", "standardRolloutPolicy",
	    &k_gcp_container_standard_rollout_policy),
};
static const struct kind
    k_gcp_container_blue_green_settings = { "gcp_container_blue_green_settings",
    "resoto_plugin_gcp.resources.container.GcpContainerBlueGreenSettings", NULL,
    KIND_PROPS(p_gcp_container_blue_green_settings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_cidr_block[] = {
	P("cidr_block", "string", PT_STRING, NULL, "cidrBlock", NULL),
	P("display_name", "string", PT_STRING, NULL, "displayName", NULL),
};
static const struct kind
    k_gcp_container_cidr_block = { "gcp_container_cidr_block",
    "resoto_plugin_gcp.resources.container.GcpContainerCidrBlock", NULL,
    KIND_PROPS(p_gcp_container_cidr_block), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_cloud_run_config[] = {
	P("disabled", "boolean", PT_BOOL, NULL, "disabled", NULL),
	P("load_balancer_type", "string", PT_STRING, NULL, "loadBalancerType",
	    NULL),
};
static const struct kind
    k_gcp_container_cloud_run_config = { "gcp_container_cloud_run_config",
    "resoto_plugin_gcp.resources.container.GcpContainerCloudRunConfig", NULL,
    KIND_PROPS(p_gcp_container_cloud_run_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_cluster_autoscaling[] = {
	P("autoprovisioning_locations", "string[]", PT_LIST, "[]",
	    "autoprovisioningLocations", NULL),
	P("autoprovisioning_node_pool_defaults",
	    "gcp_container_autoprovisioning_node_pool_defaults", PT_OBJECT,
	    "{}", "autoprovisioningNodePoolDefaults",
	    &k_gcp_container_autoprovisioning_node_pool_defaults),
	P("autoscaling_profile", "string", PT_STRING, NULL,
	    "autoscalingProfile", NULL),
	P("enable_node_autoprovisioning", "boolean", PT_BOOL, NULL,
	    "enableNodeAutoprovisioning", NULL),
	P("resource_limits", "gcp_container_resource_limit[]", PT_OLIST, "[]",
	    "resourceLimits", &k_gcp_container_resource_limit),
};
static const struct kind
    k_gcp_container_cluster_autoscaling = { "gcp_container_cluster_autoscaling",
    "resoto_plugin_gcp.resources.container.GcpContainerClusterAutoscaling",
    NULL, KIND_PROPS(p_gcp_container_cluster_autoscaling), NULL, NULL, NULL,
    0 };
static const struct kprop p_gcp_container_daily_maintenance_window[] = {
	P("duration", "string", PT_STRING, NULL, "duration", NULL),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
};
static const struct kind
    k_gcp_container_daily_maintenance_window = { "gcp_container_daily_maintenance_window", "resoto_plugin_gcp.resources.container.GcpContainerDailyMaintenanceWindow", NULL, KIND_PROPS(p_gcp_container_daily_maintenance_window), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_database_encryption[] = {
	P("key_name", "string", PT_STRING, NULL, "keyName", NULL),
	P("state", "string", PT_STRING, NULL, "state", NULL),
};
static const struct kind
    k_gcp_container_database_encryption = { "gcp_container_database_encryption",
    "resoto_plugin_gcp.resources.container.GcpContainerDatabaseEncryption",
    NULL, KIND_PROPS(p_gcp_container_database_encryption), NULL, NULL, NULL,
    0 };
static const struct kprop p_gcp_container_dns_config[] = {
	P("cluster_dns", "string", PT_STRING, NULL, "clusterDns", NULL),
	P("cluster_dns_domain", "string", PT_STRING, NULL, "clusterDnsDomain",
	    NULL),
	P("cluster_dns_scope", "string", PT_STRING, NULL, "clusterDnsScope",
	    NULL),
};
static const struct kind
    k_gcp_container_dns_config = { "gcp_container_dns_config",
    "resoto_plugin_gcp.resources.container.GcpContainerDNSConfig", NULL,
    KIND_PROPS(p_gcp_container_dns_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_filter[] = {
	P("event_type", "string[]", PT_LIST, "[]", "eventType", NULL),
};
static const struct kind k_gcp_container_filter = { "gcp_container_filter",
    "resoto_plugin_gcp.resources.container.GcpContainerFilter", NULL,
    KIND_PROPS(p_gcp_container_filter), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_gpu_sharing_config[] = {
	P("gpu_sharing_strategy", "string", PT_STRING, NULL,
	    "gpuSharingStrategy", NULL),
	P("max_shared_clients_per_gpu", "string", PT_STRING, NULL,
	    "maxSharedClientsPerGpu", NULL),
};
static const struct kind
    k_gcp_container_gpu_sharing_config = { "gcp_container_gpu_sharing_config",
    "resoto_plugin_gcp.resources.container.GcpContainerGPUSharingConfig", NULL,
    KIND_PROPS(p_gcp_container_gpu_sharing_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_ip_allocation_policy[] = {
	P("cluster_ipv4_cidr", "string", PT_STRING, NULL, "clusterIpv4Cidr",
	    NULL),
	P("cluster_ipv4_cidr_block", "string", PT_STRING, NULL,
	    "clusterIpv4CidrBlock", NULL),
	P("cluster_secondary_range_name", "string", PT_STRING, NULL,
	    "clusterSecondaryRangeName", NULL),
	P("create_subnetwork", "boolean", PT_BOOL, NULL, "createSubnetwork",
	    NULL),
	P("ipv6_access_type", "string", PT_STRING, NULL, "ipv6AccessType",
	    NULL),
	P("node_ipv4_cidr", "string", PT_STRING, NULL, "nodeIpv4Cidr", NULL),
	P("node_ipv4_cidr_block", "string", PT_STRING, NULL,
	    "nodeIpv4CidrBlock", NULL),
	P("services_ipv4_cidr", "string", PT_STRING, NULL, "servicesIpv4Cidr",
	    NULL),
	P("services_ipv4_cidr_block", "string", PT_STRING, NULL,
	    "servicesIpv4CidrBlock", NULL),
	P("services_secondary_range_name", "string", PT_STRING, NULL,
	    "servicesSecondaryRangeName", NULL),
	P("stack_type", "string", PT_STRING, NULL, "stackType", NULL),
	P("subnetwork_name", "string", PT_STRING, NULL, "subnetworkName", NULL),
	P("tpu_ipv4_cidr_block", "string", PT_STRING, NULL, "tpuIpv4CidrBlock",
	    NULL),
	P("use_ip_aliases", "boolean", PT_BOOL, NULL, "useIpAliases", NULL),
	P("use_routes", "boolean", PT_BOOL, NULL, "useRoutes", NULL),
};
static const struct kind
    k_gcp_container_ip_allocation_policy = { "gcp_container_ip_allocation_policy", "resoto_plugin_gcp.resources.container.GcpContainerIPAllocationPolicy", NULL, KIND_PROPS(p_gcp_container_ip_allocation_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_linux_node_config[] = {
	P("sysctls", "dictionary[string, string]", PT_DICT, NULL, "sysctls",
	    NULL),
};
static const struct kind
    k_gcp_container_linux_node_config = { "gcp_container_linux_node_config",
    "resoto_plugin_gcp.resources.container.GcpContainerLinuxNodeConfig", NULL,
    KIND_PROPS(p_gcp_container_linux_node_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_logging_component_config[] = {
	P("enable_components", "string[]", PT_LIST, "[]", "enableComponents",
	    NULL),
};
static const struct kind
    k_gcp_container_logging_component_config = { "gcp_container_logging_component_config", "resoto_plugin_gcp.resources.container.GcpContainerLoggingComponentConfig", NULL, KIND_PROPS(p_gcp_container_logging_component_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_logging_config[] = {
	P("component_config", "gcp_container_logging_component_config",
	    PT_OBJECT, "{}", "componentConfig",
	    &k_gcp_container_logging_component_config),
};
static const struct kind
    k_gcp_container_logging_config = { "gcp_container_logging_config",
    "resoto_plugin_gcp.resources.container.GcpContainerLoggingConfig", NULL,
    KIND_PROPS(p_gcp_container_logging_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_maintenance_policy[] = {
	P("resource_version", "string", PT_STRING, NULL, "resourceVersion",
	    NULL),
	P("window", "gcp_container_maintenance_window", PT_OBJECT, "{}",
	    "window", &k_gcp_container_maintenance_window),
};
static const struct kind
    k_gcp_container_maintenance_policy = { "gcp_container_maintenance_policy",
    "resoto_plugin_gcp.resources.container.GcpContainerMaintenancePolicy", NULL,
    KIND_PROPS(p_gcp_container_maintenance_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_maintenance_window[] = {
	P("daily_maintenance_window", "gcp_container_daily_maintenance_window",
	    PT_OBJECT, "{}", "dailyMaintenanceWindow",
	    &k_gcp_container_daily_maintenance_window),
	P("maintenance_exclusions",
	    "dictionary[string, gcp_container_time_window]", PT_DICT, NULL,
	    NULL, NULL),
	P("recurring_window", "gcp_container_recurring_time_window", PT_OBJECT,
	    "{}", "recurringWindow", &k_gcp_container_recurring_time_window),
};
static const struct kind
    k_gcp_container_maintenance_window = { "gcp_container_maintenance_window",
    "resoto_plugin_gcp.resources.container.GcpContainerMaintenanceWindow", NULL,
    KIND_PROPS(p_gcp_container_maintenance_window), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_master_auth[] = {
	P("client_certificate", "string", PT_STRING, NULL, "clientCertificate",
	    NULL),
	P("client_certificate_config", "boolean", PT_BOOL, NULL,
	    "clientCertificateConfig.issueClientCertificate", NULL),
	P("client_key", "string", PT_STRING, NULL, "clientKey", NULL),
	P("cluster_ca_certificate", "string", PT_STRING, NULL,
	    "clusterCaCertificate", NULL),
	P("password", "string", PT_STRING, NULL, "password", NULL),
	P("username", "string", PT_STRING, NULL, "username", NULL),
};
static const struct kind
    k_gcp_container_master_auth = { "gcp_container_master_auth",
    "resoto_plugin_gcp.resources.container.GcpContainerMasterAuth", NULL,
    KIND_PROPS(p_gcp_container_master_auth), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_container_master_authorized_networks_config[] = {
	P("cidr_blocks", "gcp_container_cidr_block[]", PT_OLIST, "[]",
	    "cidrBlocks", &k_gcp_container_cidr_block),
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
};
static const struct kind
    k_gcp_container_master_authorized_networks_config = { "gcp_container_master_authorized_networks_config", "resoto_plugin_gcp.resources.container.GcpContainerMasterAuthorizedNetworksConfig", NULL, KIND_PROPS(p_gcp_container_master_authorized_networks_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_metric[] = {
	P("double_value", "double", PT_DOUBLE, NULL, "doubleValue", NULL),
	P("int_value", "string", PT_STRING, NULL, "intValue", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("string_value", "string", PT_STRING, NULL, "stringValue", NULL),
};
static const struct kind k_gcp_container_metric = { "gcp_container_metric",
    "resoto_plugin_gcp.resources.container.GcpContainerMetric", NULL,
    KIND_PROPS(p_gcp_container_metric), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_monitoring_component_config[] = {
	P("enable_components", "string[]", PT_LIST, "[]", "enableComponents",
	    NULL),
};
static const struct kind
    k_gcp_container_monitoring_component_config = { "gcp_container_monitoring_component_config", "resoto_plugin_gcp.resources.container.GcpContainerMonitoringComponentConfig", NULL, KIND_PROPS(p_gcp_container_monitoring_component_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_monitoring_config[] = {
	P("component_config", "gcp_container_monitoring_component_config",
	    PT_OBJECT, "{}", "componentConfig",
	    &k_gcp_container_monitoring_component_config),
	P("managed_prometheus_config", "boolean", PT_BOOL, NULL,
	    "managedPrometheusConfig.enabled", NULL),
};
static const struct kind
    k_gcp_container_monitoring_config = { "gcp_container_monitoring_config",
    "resoto_plugin_gcp.resources.container.GcpContainerMonitoringConfig", NULL,
    KIND_PROPS(p_gcp_container_monitoring_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_network_config[] = {
	P("datapath_provider", "string", PT_STRING, NULL, "datapathProvider",
	    NULL),
	P("default_snat_status", "boolean", PT_BOOL, NULL,
	    "defaultSnatStatus.disabled", NULL),
	P("dns_config", "gcp_container_dns_config", PT_OBJECT, "{}",
	    "dnsConfig", &k_gcp_container_dns_config),
	P("enable_intra_node_visibility", "boolean", PT_BOOL, NULL,
	    "enableIntraNodeVisibility", NULL),
	P("enable_l4ilb_subsetting", "boolean", PT_BOOL, NULL,
	    "enableL4ilbSubsetting", NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("private_ipv6_google_access", "string", PT_STRING, NULL,
	    "privateIpv6GoogleAccess", NULL),
	P("service_external_ips_config", "boolean", PT_BOOL, NULL,
	    "serviceExternalIpsConfig.enabled", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
};
static const struct kind
    k_gcp_container_network_config = { "gcp_container_network_config",
    "resoto_plugin_gcp.resources.container.GcpContainerNetworkConfig", NULL,
    KIND_PROPS(p_gcp_container_network_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_network_policy[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("provider", "string", PT_STRING, NULL, "provider", NULL),
};
static const struct kind
    k_gcp_container_network_policy = { "gcp_container_network_policy",
    "resoto_plugin_gcp.resources.container.GcpContainerNetworkPolicy", NULL,
    KIND_PROPS(p_gcp_container_network_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_network_tags[] = {
	P("tags", "string[]", PT_LIST, "[]", "tags", NULL),
};
static const struct kind
    k_gcp_container_network_tags = { "gcp_container_network_tags",
    "resoto_plugin_gcp.resources.container.GcpContainerNetworkTags", NULL,
    KIND_PROPS(p_gcp_container_network_tags), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_config[] = {
	P("accelerators", "gcp_container_accelerator_config[]", PT_OLIST, "[]",
	    "accelerators", &k_gcp_container_accelerator_config),
	P("advanced_machine_features", "string", PT_STRING, NULL,
	    "advancedMachineFeatures.threadsPerCore", NULL),
	P("boot_disk_kms_key", "string", PT_STRING, NULL, "bootDiskKmsKey",
	    NULL),
	P("confidential_nodes", "boolean", PT_BOOL, NULL,
	    "confidentialNodes.enabled", NULL),
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("disk_type", "string", PT_STRING, NULL, "diskType", NULL),
	P("gcfs_config", "boolean", PT_BOOL, NULL, "gcfsConfig.enabled", NULL),
	P("gvnic", "boolean", PT_BOOL, NULL, "gvnic.enabled", NULL),
	P("image_type", "string", PT_STRING, NULL, "imageType", NULL),
	P("kubelet_config", "gcp_container_node_kubelet_config", PT_OBJECT,
	    "{}", "kubeletConfig", &k_gcp_container_node_kubelet_config),
	P("labels", "dictionary[string, string]", PT_DICT, NULL, "labels",
	    NULL),
	P("linux_node_config", "gcp_container_linux_node_config", PT_OBJECT,
	    "{}", "linuxNodeConfig", &k_gcp_container_linux_node_config),
	P("local_ssd_count", "int64", PT_INT, NULL, "localSsdCount", NULL),
	P("logging_config", "gcp_container_node_pool_logging_config", PT_OBJECT,
	    "{}", "loggingConfig", &k_gcp_container_node_pool_logging_config),
	P("machine_type", "string", PT_STRING, NULL, "machineType", NULL),
	P("metadata", "dictionary[string, string]", PT_DICT, NULL, "metadata",
	    NULL),
	P("min_cpu_platform", "string", PT_STRING, NULL, "minCpuPlatform",
	    NULL),
	P("node_group", "string", PT_STRING, NULL, "nodeGroup", NULL),
	P("oauth_scopes", "string[]", PT_LIST, "[]", "oauthScopes", NULL),
	P("preemptible", "boolean", PT_BOOL, NULL, "preemptible", NULL),
	P("reservation_affinity", "gcp_container_reservation_affinity",
	    PT_OBJECT, "{}", "reservationAffinity",
	    &k_gcp_container_reservation_affinity),
	P("sandbox_config", "string", PT_STRING, NULL, "sandboxConfig.type",
	    NULL),
	P("service_account", "string", PT_STRING, NULL, "serviceAccount", NULL),
	P("shielded_instance_config", "gcp_container_shielded_instance_config",
	    PT_OBJECT, "{}", "shieldedInstanceConfig",
	    &k_gcp_container_shielded_instance_config),
	P("spot", "boolean", PT_BOOL, NULL, "spot", NULL),
	P("tags", "string[]", PT_LIST, "[]", "tags", NULL),
	P("taints", "gcp_container_node_taint[]", PT_OLIST, "[]", "taints",
	    &k_gcp_container_node_taint),
	P("workload_metadata_config", "string", PT_STRING, NULL,
	    "workloadMetadataConfig.mode", NULL),
};
static const struct kind
    k_gcp_container_node_config = { "gcp_container_node_config",
    "resoto_plugin_gcp.resources.container.GcpContainerNodeConfig", NULL,
    KIND_PROPS(p_gcp_container_node_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_config_defaults[] = {
	P("gcfs_config", "boolean", PT_BOOL, NULL, "gcfsConfig.enabled", NULL),
	P("logging_config", "gcp_container_node_pool_logging_config", PT_OBJECT,
	    "{}", "loggingConfig", &k_gcp_container_node_pool_logging_config),
};
static const struct kind
    k_gcp_container_node_config_defaults = { "gcp_container_node_config_defaults", "resoto_plugin_gcp.resources.container.GcpContainerNodeConfigDefaults", NULL, KIND_PROPS(p_gcp_container_node_config_defaults), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_kubelet_config[] = {
	P("cpu_cfs_quota", "boolean", PT_BOOL, NULL, "cpuCfsQuota", NULL),
	P("cpu_cfs_quota_period", "string", PT_STRING, NULL,
	    "cpuCfsQuotaPeriod", NULL),
	P("cpu_manager_policy", "string", PT_STRING, NULL, "cpuManagerPolicy",
	    NULL),
	P("pod_pids_limit", "string", PT_STRING, NULL, "podPidsLimit", NULL),
};
static const struct kind
    k_gcp_container_node_kubelet_config = { "gcp_container_node_kubelet_config",
    "resoto_plugin_gcp.resources.container.GcpContainerNodeKubeletConfig", NULL,
    KIND_PROPS(p_gcp_container_node_kubelet_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_management[] = {
	P("auto_repair", "boolean", PT_BOOL, NULL, "autoRepair", NULL),
	P("auto_upgrade", "boolean", PT_BOOL, NULL, "autoUpgrade", NULL),
	P("upgrade_options", "gcp_container_auto_upgrade_options", PT_OBJECT,
	    "{}", "upgradeOptions", &k_gcp_container_auto_upgrade_options),
};
static const struct kind
    k_gcp_container_node_management = { "gcp_container_node_management",
    "resoto_plugin_gcp.resources.container.GcpContainerNodeManagement", NULL,
    KIND_PROPS(p_gcp_container_node_management), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_network_config[] = {
	P("create_pod_range", "boolean", PT_BOOL, NULL, "createPodRange", NULL),
	P("network_performance_config", "string", PT_STRING, NULL,
	    "networkPerformanceConfig.totalEgressBandwidthTier", NULL),
	P("pod_ipv4_cidr_block", "string", PT_STRING, NULL, "podIpv4CidrBlock",
	    NULL),
	P("pod_range", "string", PT_STRING, NULL, "podRange", NULL),
};
static const struct kind
    k_gcp_container_node_network_config = { "gcp_container_node_network_config",
    "resoto_plugin_gcp.resources.container.GcpContainerNodeNetworkConfig", NULL,
    KIND_PROPS(p_gcp_container_node_network_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_pool[] = {
	P("autoscaling", "gcp_container_node_pool_autoscaling", PT_OBJECT, "{}",
	    "autoscaling", &k_gcp_container_node_pool_autoscaling),
	P("conditions", "gcp_container_status_condition[]", PT_OLIST, "[]",
	    "conditions", &k_gcp_container_status_condition),
	P("config", "gcp_container_node_config", PT_OBJECT, "{}", "config",
	    &k_gcp_container_node_config),
	P("initial_node_count", "int64", PT_INT, NULL, "initialNodeCount",
	    NULL),
	P("instance_group_urls", "string[]", PT_LIST, "[]", "instanceGroupUrls",
	    NULL),
	P("locations", "string[]", PT_LIST, "[]", "locations", NULL),
	P("management", "gcp_container_node_management", PT_OBJECT, "{}",
	    "management", &k_gcp_container_node_management),
	P("max_pods_constraint", "string", PT_STRING, NULL,
	    "maxPodsConstraint.maxPodsPerNode", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("network_config", "gcp_container_node_network_config", PT_OBJECT,
	    "{}", "networkConfig", &k_gcp_container_node_network_config),
	P("pod_ipv4_cidr_size", "int64", PT_INT, NULL, "podIpv4CidrSize", NULL),
	P("self_link", "string", PT_STRING, NULL, "selfLink", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
	P("update_info", "gcp_container_update_info", PT_OBJECT, "{}",
	    "updateInfo", &k_gcp_container_update_info),
	P("upgrade_settings", "gcp_container_upgrade_settings", PT_OBJECT, "{}",
	    "upgradeSettings", &k_gcp_container_upgrade_settings),
	P("version", "string", PT_STRING, NULL, "version", NULL),
};
static const struct kind
    k_gcp_container_node_pool = { "gcp_container_node_pool",
    "resoto_plugin_gcp.resources.container.GcpContainerNodePool", NULL,
    KIND_PROPS(p_gcp_container_node_pool), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_pool_auto_config[] = {
	P("network_tags", "gcp_container_network_tags", PT_OBJECT, "{}",
	    "networkTags", &k_gcp_container_network_tags),
};
static const struct kind
    k_gcp_container_node_pool_auto_config = { "gcp_container_node_pool_auto_config", "resoto_plugin_gcp.resources.container.GcpContainerNodePoolAutoConfig", NULL, KIND_PROPS(p_gcp_container_node_pool_auto_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_pool_autoscaling[] = {
	P("autoprovisioned", "boolean", PT_BOOL, NULL, "autoprovisioned", NULL),
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("location_policy", "string", PT_STRING, NULL, "locationPolicy", NULL),
	P("max_node_count", "int64", PT_INT, NULL, "maxNodeCount", NULL),
	P("min_node_count", "int64", PT_INT, NULL, "minNodeCount", NULL),
	P("total_max_node_count", "int64", PT_INT, NULL, "totalMaxNodeCount",
	    NULL),
	P("total_min_node_count", "int64", PT_INT, NULL, "totalMinNodeCount",
	    NULL),
};
static const struct kind
    k_gcp_container_node_pool_autoscaling = { "gcp_container_node_pool_autoscaling", "resoto_plugin_gcp.resources.container.GcpContainerNodePoolAutoscaling", NULL, KIND_PROPS(p_gcp_container_node_pool_autoscaling), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_pool_defaults[] = {
	P("node_config_defaults", "gcp_container_node_config_defaults",
	    PT_OBJECT, "{}", "nodeConfigDefaults",
	    &k_gcp_container_node_config_defaults),
};
static const struct kind
    k_gcp_container_node_pool_defaults = { "gcp_container_node_pool_defaults",
    "resoto_plugin_gcp.resources.container.GcpContainerNodePoolDefaults", NULL,
    KIND_PROPS(p_gcp_container_node_pool_defaults), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_pool_logging_config[] = {
	P("variant_config", "string", PT_STRING, NULL, "variantConfig.variant",
	    NULL),
};
static const struct kind
    k_gcp_container_node_pool_logging_config = { "gcp_container_node_pool_logging_config", "resoto_plugin_gcp.resources.container.GcpContainerNodePoolLoggingConfig", NULL, KIND_PROPS(p_gcp_container_node_pool_logging_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_node_taint[] = {
	P("effect", "string", PT_STRING, NULL, "effect", NULL),
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
static const struct kind
    k_gcp_container_node_taint = { "gcp_container_node_taint",
    "resoto_plugin_gcp.resources.container.GcpContainerNodeTaint", NULL,
    KIND_PROPS(p_gcp_container_node_taint), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_notification_config[] = {
	P("pubsub", "gcp_container_pub_sub", PT_OBJECT, "{}", "pubsub",
	    &k_gcp_container_pub_sub),
};
static const struct kind
    k_gcp_container_notification_config = { "gcp_container_notification_config",
    "resoto_plugin_gcp.resources.container.GcpContainerNotificationConfig",
    NULL, KIND_PROPS(p_gcp_container_notification_config), NULL, NULL, NULL,
    0 };
static const struct kprop p_gcp_container_operation_progress[] = {
	P("metrics", "gcp_container_metric[]", PT_OLIST, "[]", "metrics",
	    &k_gcp_container_metric),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
static const struct kind
    k_gcp_container_operation_progress = { "gcp_container_operation_progress",
    "resoto_plugin_gcp.resources.container.GcpContainerOperationProgress", NULL,
    KIND_PROPS(p_gcp_container_operation_progress), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_private_cluster_config[] = {
	P("enable_private_endpoint", "boolean", PT_BOOL, NULL,
	    "enablePrivateEndpoint", NULL),
	P("enable_private_nodes", "boolean", PT_BOOL, NULL,
	    "enablePrivateNodes", NULL),
	P("master_global_access_config", "boolean", PT_BOOL, NULL,
	    "masterGlobalAccessConfig.enabled", NULL),
	P("master_ipv4_cidr_block", "string", PT_STRING, NULL,
	    "masterIpv4CidrBlock", NULL),
	P("peering_name", "string", PT_STRING, NULL, "peeringName", NULL),
	P("private_endpoint", "string", PT_STRING, NULL, "privateEndpoint",
	    NULL),
	P("public_endpoint", "string", PT_STRING, NULL, "publicEndpoint", NULL),
};
static const struct kind
    k_gcp_container_private_cluster_config = { "gcp_container_private_cluster_config", "resoto_plugin_gcp.resources.container.GcpContainerPrivateClusterConfig", NULL, KIND_PROPS(p_gcp_container_private_cluster_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_pub_sub[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("filter", "gcp_container_filter", PT_OBJECT, "{}", "filter",
	    &k_gcp_container_filter),
	P("topic", "string", PT_STRING, NULL, "topic", NULL),
};
static const struct kind k_gcp_container_pub_sub = { "gcp_container_pub_sub",
    "resoto_plugin_gcp.resources.container.GcpContainerPubSub", NULL,
    KIND_PROPS(p_gcp_container_pub_sub), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_recurring_time_window[] = {
	P("recurrence", "string", PT_STRING, NULL, "recurrence", NULL),
	P("window", "gcp_container_time_window", PT_OBJECT, "{}", "window",
	    &k_gcp_container_time_window),
};
static const struct kind
    k_gcp_container_recurring_time_window = { "gcp_container_recurring_time_window", "resoto_plugin_gcp.resources.container.GcpContainerRecurringTimeWindow", NULL, KIND_PROPS(p_gcp_container_recurring_time_window), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_reservation_affinity[] = {
	P("consume_reservation_type", "string", PT_STRING, NULL,
	    "consumeReservationType", NULL),
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("values", "string[]", PT_LIST, "[]", "values", NULL),
};
static const struct kind
    k_gcp_container_reservation_affinity = { "gcp_container_reservation_affinity", "resoto_plugin_gcp.resources.container.GcpContainerReservationAffinity", NULL, KIND_PROPS(p_gcp_container_reservation_affinity), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_resource_limit[] = {
	P("maximum", "string", PT_STRING, NULL, "maximum", NULL),
	P("minimum", "string", PT_STRING, NULL, "minimum", NULL),
	P("resource_type", "string", PT_STRING, NULL, "resourceType", NULL),
};
static const struct kind
    k_gcp_container_resource_limit = { "gcp_container_resource_limit",
    "resoto_plugin_gcp.resources.container.GcpContainerResourceLimit", NULL,
    KIND_PROPS(p_gcp_container_resource_limit), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_resource_usage_export_config[] = {
	P("bigquery_destination", "string", PT_STRING, NULL,
	    "bigqueryDestination.datasetId", NULL),
	P("consumption_metering_config", "boolean", PT_BOOL, NULL,
	    "consumptionMeteringConfig.enabled", NULL),
	P("enable_network_egress_metering", "boolean", PT_BOOL, NULL,
	    "enableNetworkEgressMetering", NULL),
};
static const struct kind
    k_gcp_container_resource_usage_export_config = { "gcp_container_resource_usage_export_config", "resoto_plugin_gcp.resources.container.GcpContainerResourceUsageExportConfig", NULL, KIND_PROPS(p_gcp_container_resource_usage_export_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_shielded_instance_config[] = {
	P("enable_integrity_monitoring", "boolean", PT_BOOL, NULL,
	    "enableIntegrityMonitoring", NULL),
	P("enable_secure_boot", "boolean", PT_BOOL, NULL, "enableSecureBoot",
	    NULL),
};
static const struct kind
    k_gcp_container_shielded_instance_config = { "gcp_container_shielded_instance_config", "resoto_plugin_gcp.resources.container.GcpContainerShieldedInstanceConfig", NULL, KIND_PROPS(p_gcp_container_shielded_instance_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_standard_rollout_policy[] = {
	P("batch_node_count", "int64", PT_INT, NULL, "batchNodeCount", NULL),
	P("batch_percentage", "double", PT_DOUBLE, NULL, "batchPercentage",
	    NULL),
	P("batch_soak_duration", "string", PT_STRING, NULL, "batchSoakDuration",
	    NULL),
};
static const struct kind
    k_gcp_container_standard_rollout_policy = { "gcp_container_standard_rollout_policy", "resoto_plugin_gcp.resources.container.GcpContainerStandardRolloutPolicy", NULL, KIND_PROPS(p_gcp_container_standard_rollout_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_status[] = {
	P("code", "int64", PT_INT, NULL, "code", NULL),
	P("details", "dictionary[string, any][]", PT_DICT, NULL, NULL, NULL),
	P("message", "string", PT_STRING, NULL, "message", NULL),
};
static const struct kind k_gcp_container_status = { "gcp_container_status",
    "resoto_plugin_gcp.resources.container.GcpContainerStatus", NULL,
    KIND_PROPS(p_gcp_container_status), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_status_condition[] = {
	P("canonical_code", "string", PT_STRING, NULL, "canonicalCode", NULL),
	P("code", "string", PT_STRING, NULL, "code", NULL),
	P("message", "string", PT_STRING, NULL, "message", NULL),
};
static const struct kind
    k_gcp_container_status_condition = { "gcp_container_status_condition",
    "resoto_plugin_gcp.resources.container.GcpContainerStatusCondition", NULL,
    KIND_PROPS(p_gcp_container_status_condition), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_time_window[] = {
	P("end_time", "datetime", PT_DATETIME, NULL, "endTime", NULL),
	P("maintenance_exclusion_options", "string", PT_STRING, NULL,
	    "maintenanceExclusionOptions.scope", NULL),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
};
static const struct kind
    k_gcp_container_time_window = { "gcp_container_time_window",
    "resoto_plugin_gcp.resources.container.GcpContainerTimeWindow", NULL,
    KIND_PROPS(p_gcp_container_time_window), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_update_info[] = {
	P("blue_green_info", "gcp_container_blue_green_info", PT_OBJECT, "{}",
	    "blueGreenInfo", &k_gcp_container_blue_green_info),
};
static const struct kind
    k_gcp_container_update_info = { "gcp_container_update_info",
    "resoto_plugin_gcp.resources.container.GcpContainerUpdateInfo", NULL,
    KIND_PROPS(p_gcp_container_update_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_container_upgrade_settings[] = {
	P("blue_green_settings", "gcp_container_blue_green_settings", PT_OBJECT,
	    "{}", "blueGreenSettings", &k_gcp_container_blue_green_settings),
	P("max_surge", "int64", PT_INT, NULL, "maxSurge", NULL),
	P("max_unavailable", "int64", PT_INT, NULL, "maxUnavailable", NULL),
	P("strategy", "string", PT_STRING, NULL, "strategy", NULL),
};
static const struct kind
    k_gcp_container_upgrade_settings = { "gcp_container_upgrade_settings",
    "resoto_plugin_gcp.resources.container.GcpContainerUpgradeSettings", NULL,
    KIND_PROPS(p_gcp_container_upgrade_settings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_cors[] = {
	P("max_age_seconds", "int64", PT_INT, NULL, "maxAgeSeconds", NULL),
	P("method", "string[]", PT_LIST, "[]", "method", NULL),
	P("origin", "string[]", PT_LIST, "[]", "origin", NULL),
	P("response_header", "string[]", PT_LIST, "[]", "responseHeader", NULL),
};
static const struct kind k_gcp_cors = { "gcp_cors",
    "resoto_plugin_gcp.resources.storage.GcpCors", NULL, KIND_PROPS(p_gcp_cors),
    NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_cors_policy[] = {
	P("allow_credentials", "boolean", PT_BOOL, NULL, "allowCredentials",
	    NULL),
	P("allow_headers", "string[]", PT_LIST, "[]", "allowHeaders", NULL),
	P("allow_methods", "string[]", PT_LIST, "[]", "allowMethods", NULL),
	P("allow_origin_regexes", "string[]", PT_LIST, "[]",
	    "allowOriginRegexes", NULL),
	P("allow_origins", "string[]", PT_LIST, "[]", "allowOrigins", NULL),
	P("disabled", "boolean", PT_BOOL, NULL, "disabled", NULL),
	P("expose_headers", "string[]", PT_LIST, "[]", "exposeHeaders", NULL),
	P("max_age", "int64", PT_INT, NULL, "maxAge", NULL),
};
static const struct kind k_gcp_cors_policy = { "gcp_cors_policy",
    "resoto_plugin_gcp.resources.compute.GcpCorsPolicy", NULL,
    KIND_PROPS(p_gcp_cors_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_customer_encryption_key[] = {
	P("kms_key_name", "string", PT_STRING, NULL, "kmsKeyName", NULL),
	P("kms_key_service_account", "string", PT_STRING, NULL,
	    "kmsKeyServiceAccount", NULL),
	P("raw_key", "string", PT_STRING, NULL, "rawKey", NULL),
	P("rsa_encrypted_key", "string", PT_STRING, NULL, "rsaEncryptedKey",
	    NULL),
	P("sha256", "string", PT_STRING, NULL, "sha256", NULL),
};
static const struct kind
    k_gcp_customer_encryption_key = { "gcp_customer_encryption_key",
    "resoto_plugin_gcp.resources.compute.GcpCustomerEncryptionKey", NULL,
    KIND_PROPS(p_gcp_customer_encryption_key), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_data[] = {
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
static const struct kind k_gcp_data = { "gcp_data",
    "resoto_plugin_gcp.resources.compute.GcpData", NULL, KIND_PROPS(p_gcp_data),
    NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_denied[] = {
	P("ip_protocol", "string", PT_STRING, NULL, "IPProtocol", NULL),
	P("ports", "string[]", PT_LIST, "[]", "ports", NULL),
};
static const struct kind k_gcp_denied = { "gcp_denied",
    "resoto_plugin_gcp.resources.compute.GcpDenied", NULL,
    KIND_PROPS(p_gcp_denied), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_deprecation_status[] = {
	P("deleted", "string", PT_STRING, NULL, "deleted", NULL),
	P("deprecated", "string", PT_STRING, NULL, "deprecated", NULL),
	P("obsolete", "string", PT_STRING, NULL, "obsolete", NULL),
	P("replacement", "string", PT_STRING, NULL, "replacement", NULL),
	P("state", "string", PT_STRING, NULL, "state", NULL),
};
static const struct kind k_gcp_deprecation_status = { "gcp_deprecation_status",
    "resoto_plugin_gcp.resources.base.GcpDeprecationStatus", NULL,
    KIND_PROPS(p_gcp_deprecation_status), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_disk_instantiation_config[] = {
	P("auto_delete", "boolean", PT_BOOL, NULL, "autoDelete", NULL),
	P("custom_image", "string", PT_STRING, NULL, "customImage", NULL),
	P("device_name", "string", PT_STRING, NULL, "deviceName", NULL),
	P("instantiate_from", "string", PT_STRING, NULL, "instantiateFrom",
	    NULL),
};
static const struct kind
    k_gcp_disk_instantiation_config = { "gcp_disk_instantiation_config",
    "resoto_plugin_gcp.resources.compute.GcpDiskInstantiationConfig", NULL,
    KIND_PROPS(p_gcp_disk_instantiation_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_disk_params[] = {
	P("resource_manager_tags", "dictionary[string, string]", PT_DICT, NULL,
	    "resourceManagerTags", NULL),
};
static const struct kind k_gcp_disk_params = { "gcp_disk_params",
    "resoto_plugin_gcp.resources.compute.GcpDiskParams", NULL,
    KIND_PROPS(p_gcp_disk_params), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_distribution_policy[] = {
	P("target_shape", "string", PT_STRING, NULL, "targetShape", NULL),
	P("zones", "string[]", PT_LIST, "[]", "zones", NULL),
};
static const struct kind
    k_gcp_distribution_policy = { "gcp_distribution_policy",
    "resoto_plugin_gcp.resources.compute.GcpDistributionPolicy", NULL,
    KIND_PROPS(p_gcp_distribution_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_duration[] = {
	P("nanos", "int64", PT_INT, NULL, "nanos", NULL),
	P("seconds", "string", PT_STRING, NULL, "seconds", NULL),
};
static const struct kind k_gcp_duration = { "gcp_duration",
    "resoto_plugin_gcp.resources.compute.GcpDuration", NULL,
    KIND_PROPS(p_gcp_duration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_error[] = {
	P("errors", "gcp_errors[]", PT_OLIST, "[]", "errors", &k_gcp_errors),
};
static const struct kind k_gcp_error = { "gcp_error",
    "resoto_plugin_gcp.resources.compute.GcpError", NULL,
    KIND_PROPS(p_gcp_error), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_error_info[] = {
	P("domain", "string", PT_STRING, NULL, "domain", NULL),
	P("metadatas", "dictionary[string, string]", PT_DICT, NULL, "metadatas",
	    NULL),
	P("reason", "string", PT_STRING, NULL, "reason", NULL),
};
static const struct kind k_gcp_error_info = { "gcp_error_info",
    "resoto_plugin_gcp.resources.compute.GcpErrorInfo", NULL,
    KIND_PROPS(p_gcp_error_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_errordetails[] = {
	P("error_info", "gcp_error_info", PT_OBJECT, "{}", "errorInfo",
	    &k_gcp_error_info),
	P("help", "gcp_help", PT_OBJECT, "{}", "help", &k_gcp_help),
	P("localized_message", "gcp_localized_message", PT_OBJECT, "{}",
	    "localizedMessage", &k_gcp_localized_message),
};
static const struct kind k_gcp_errordetails = { "gcp_errordetails",
    "resoto_plugin_gcp.resources.compute.GcpErrordetails", NULL,
    KIND_PROPS(p_gcp_errordetails), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_errors[] = {
	P("code", "string", PT_STRING, NULL, "code", NULL),
	P("error_details", "gcp_errordetails[]", PT_OLIST, "[]", "errorDetails",
	    &k_gcp_errordetails),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("message", "string", PT_STRING, NULL, "message", NULL),
};
static const struct kind k_gcp_errors = { "gcp_errors",
    "resoto_plugin_gcp.resources.compute.GcpErrors", NULL,
    KIND_PROPS(p_gcp_errors), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_expr[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("expression", "string", PT_STRING, NULL, "expression", NULL),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("title", "string", PT_STRING, NULL, "title", NULL),
};
static const struct kind k_gcp_expr = { "gcp_expr",
    "resoto_plugin_gcp.resources.compute.GcpExpr", NULL, KIND_PROPS(p_gcp_expr),
    NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_external_vpn_gateway_interface[] = {
	P("id", "int64", PT_INT, NULL, "id", NULL),
	P("ip_address", "string", PT_STRING, NULL, "ipAddress", NULL),
};
static const struct kind
    k_gcp_external_vpn_gateway_interface = { "gcp_external_vpn_gateway_interface", "resoto_plugin_gcp.resources.compute.GcpExternalVpnGatewayInterface", NULL, KIND_PROPS(p_gcp_external_vpn_gateway_interface), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_file_content_buffer[] = {
	P("content", "string", PT_STRING, NULL, "content", NULL),
	P("file_type", "string", PT_STRING, NULL, "fileType", NULL),
};
static const struct kind
    k_gcp_file_content_buffer = { "gcp_file_content_buffer",
    "resoto_plugin_gcp.resources.compute.GcpFileContentBuffer", NULL,
    KIND_PROPS(p_gcp_file_content_buffer), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_firewall_log_config[] = {
	P("enable", "boolean", PT_BOOL, NULL, "enable", NULL),
	P("metadata", "string", PT_STRING, NULL, "metadata", NULL),
};
static const struct kind
    k_gcp_firewall_log_config = { "gcp_firewall_log_config",
    "resoto_plugin_gcp.resources.compute.GcpFirewallLogConfig", NULL,
    KIND_PROPS(p_gcp_firewall_log_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_firewall_policy_association[] = {
	P("attachment_target", "string", PT_STRING, NULL, "attachmentTarget",
	    NULL),
	P("display_name", "string", PT_STRING, NULL, "displayName", NULL),
	P("firewall_policy_id", "string", PT_STRING, NULL, "firewallPolicyId",
	    NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("short_name", "string", PT_STRING, NULL, "shortName", NULL),
};
static const struct kind
    k_gcp_firewall_policy_association = { "gcp_firewall_policy_association",
    "resoto_plugin_gcp.resources.compute.GcpFirewallPolicyAssociation", NULL,
    KIND_PROPS(p_gcp_firewall_policy_association), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_firewall_policy_rule[] = {
	P("action", "string", PT_STRING, NULL, "action", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("direction", "string", PT_STRING, NULL, "direction", NULL),
	P("disabled", "boolean", PT_BOOL, NULL, "disabled", NULL),
	P("enable_logging", "boolean", PT_BOOL, NULL, "enableLogging", NULL),
	P("match", "gcp_firewall_policy_rule_matcher", PT_OBJECT, "{}", "match",
	    &k_gcp_firewall_policy_rule_matcher),
	P("priority", "int64", PT_INT, NULL, "priority", NULL),
	P("rule_name", "string", PT_STRING, NULL, "ruleName", NULL),
	P("rule_tuple_count", "int64", PT_INT, NULL, "ruleTupleCount", NULL),
	P("target_resources", "string[]", PT_LIST, "[]", "targetResources",
	    NULL),
	P("target_secure_tags", "gcp_firewall_policy_rule_secure_tag[]",
	    PT_OLIST, "[]", "targetSecureTags",
	    &k_gcp_firewall_policy_rule_secure_tag),
	P("target_service_accounts", "string[]", PT_LIST, "[]",
	    "targetServiceAccounts", NULL),
};
static const struct kind
    k_gcp_firewall_policy_rule = { "gcp_firewall_policy_rule",
    "resoto_plugin_gcp.resources.compute.GcpFirewallPolicyRule", NULL,
    KIND_PROPS(p_gcp_firewall_policy_rule), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_firewall_policy_rule_matcher[] = {
	P("dest_ip_ranges", "string[]", PT_LIST, "[]", "destIpRanges", NULL),
	P("layer4_configs", "gcp_firewall_policy_rule_matcher_layer4_config[]",
	    PT_OLIST, "[]", "layer4Configs",
	    &k_gcp_firewall_policy_rule_matcher_layer4_config),
	P("src_ip_ranges", "string[]", PT_LIST, "[]", "srcIpRanges", NULL),
	P("src_secure_tags", "gcp_firewall_policy_rule_secure_tag[]", PT_OLIST,
	    "[]", "srcSecureTags", &k_gcp_firewall_policy_rule_secure_tag),
};
static const struct kind
    k_gcp_firewall_policy_rule_matcher = { "gcp_firewall_policy_rule_matcher",
    "resoto_plugin_gcp.resources.compute.GcpFirewallPolicyRuleMatcher", NULL,
    KIND_PROPS(p_gcp_firewall_policy_rule_matcher), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_firewall_policy_rule_matcher_layer4_config[] = {
	P("ip_protocol", "string", PT_STRING, NULL, "ipProtocol", NULL),
	P("ports", "string[]", PT_LIST, "[]", "ports", NULL),
};
static const struct kind
    k_gcp_firewall_policy_rule_matcher_layer4_config = { "gcp_firewall_policy_rule_matcher_layer4_config", "resoto_plugin_gcp.resources.compute.GcpFirewallPolicyRuleMatcherLayer4Config", NULL, KIND_PROPS(p_gcp_firewall_policy_rule_matcher_layer4_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_firewall_policy_rule_secure_tag[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("firewall_policy_rule_secure_tag_state", "string", PT_STRING, NULL,
	    "state", NULL),
};
static const struct kind
    k_gcp_firewall_policy_rule_secure_tag = { "gcp_firewall_policy_rule_secure_tag", "resoto_plugin_gcp.resources.compute.GcpFirewallPolicyRuleSecureTag", NULL, KIND_PROPS(p_gcp_firewall_policy_rule_secure_tag), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_fixed_or_percent[] = {
	P("calculated", "int64", PT_INT, NULL, "calculated", NULL),
	P("fixed", "int64", PT_INT, NULL, "fixed", NULL),
	P("percent", "int64", PT_INT, NULL, "percent", NULL),
};
static const struct kind k_gcp_fixed_or_percent = { "gcp_fixed_or_percent",
    "resoto_plugin_gcp.resources.compute.GcpFixedOrPercent", NULL,
    KIND_PROPS(p_gcp_fixed_or_percent), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_forwarding_rule_service_directory_registration[] = {
	P("namespace", "string", PT_STRING, NULL, "namespace", NULL),
	P("service", "string", PT_STRING, NULL, "service", NULL),
	P("service_directory_region", "string", PT_STRING, NULL,
	    "serviceDirectoryRegion", NULL),
};
static const struct kind
    k_gcp_forwarding_rule_service_directory_registration = { "gcp_forwarding_rule_service_directory_registration", "resoto_plugin_gcp.resources.compute.GcpForwardingRuleServiceDirectoryRegistration", NULL, KIND_PROPS(p_gcp_forwarding_rule_service_directory_registration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_geo_taxonomy[] = {
	P("regions", "string[]", PT_LIST, "[]", "regions", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind k_gcp_geo_taxonomy = { "gcp_geo_taxonomy",
    "resoto_plugin_gcp.resources.billing.GcpGeoTaxonomy", NULL,
    KIND_PROPS(p_gcp_geo_taxonomy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_grpc_health_check[] = {
	P("grpc_service_name", "string", PT_STRING, NULL, "grpcServiceName",
	    NULL),
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("port_name", "string", PT_STRING, NULL, "portName", NULL),
	P("port_specification", "string", PT_STRING, NULL, "portSpecification",
	    NULL),
};
static const struct kind k_gcp_grpc_health_check = { "gcp_grpc_health_check",
    "resoto_plugin_gcp.resources.compute.GcpGRPCHealthCheck", NULL,
    KIND_PROPS(p_gcp_grpc_health_check), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_help[] = {
	P("links", "gcp_help_link[]", PT_OLIST, "[]", "links",
	    &k_gcp_help_link),
};
static const struct kind k_gcp_help = { "gcp_help",
    "resoto_plugin_gcp.resources.compute.GcpHelp", NULL, KIND_PROPS(p_gcp_help),
    NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_help_link[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("url", "string", PT_STRING, NULL, "url", NULL),
};
static const struct kind k_gcp_help_link = { "gcp_help_link",
    "resoto_plugin_gcp.resources.compute.GcpHelpLink", NULL,
    KIND_PROPS(p_gcp_help_link), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_host_rule[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("hosts", "string[]", PT_LIST, "[]", "hosts", NULL),
	P("path_matcher", "string", PT_STRING, NULL, "pathMatcher", NULL),
};
static const struct kind k_gcp_host_rule = { "gcp_host_rule",
    "resoto_plugin_gcp.resources.compute.GcpHostRule", NULL,
    KIND_PROPS(p_gcp_host_rule), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http2_health_check[] = {
	P("host", "string", PT_STRING, NULL, "host", NULL),
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("port_name", "string", PT_STRING, NULL, "portName", NULL),
	P("port_specification", "string", PT_STRING, NULL, "portSpecification",
	    NULL),
	P("proxy_header", "string", PT_STRING, NULL, "proxyHeader", NULL),
	P("request_path", "string", PT_STRING, NULL, "requestPath", NULL),
	P("response", "string", PT_STRING, NULL, "response", NULL),
};
static const struct kind k_gcp_http2_health_check = { "gcp_http2_health_check",
    "resoto_plugin_gcp.resources.compute.GcpHTTP2HealthCheck", NULL,
    KIND_PROPS(p_gcp_http2_health_check), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_fault_abort[] = {
	P("http_status", "int64", PT_INT, NULL, "httpStatus", NULL),
	P("percentage", "double", PT_DOUBLE, NULL, "percentage", NULL),
};
static const struct kind k_gcp_http_fault_abort = { "gcp_http_fault_abort",
    "resoto_plugin_gcp.resources.compute.GcpHttpFaultAbort", NULL,
    KIND_PROPS(p_gcp_http_fault_abort), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_fault_delay[] = {
	P("fixed_delay", "gcp_duration", PT_OBJECT, "{}", "fixedDelay",
	    &k_gcp_duration),
	P("percentage", "double", PT_DOUBLE, NULL, "percentage", NULL),
};
static const struct kind k_gcp_http_fault_delay = { "gcp_http_fault_delay",
    "resoto_plugin_gcp.resources.compute.GcpHttpFaultDelay", NULL,
    KIND_PROPS(p_gcp_http_fault_delay), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_fault_injection[] = {
	P("abort", "gcp_http_fault_abort", PT_OBJECT, "{}", "abort",
	    &k_gcp_http_fault_abort),
	P("delay", "gcp_http_fault_delay", PT_OBJECT, "{}", "delay",
	    &k_gcp_http_fault_delay),
};
static const struct kind
    k_gcp_http_fault_injection = { "gcp_http_fault_injection",
    "resoto_plugin_gcp.resources.compute.GcpHttpFaultInjection", NULL,
    KIND_PROPS(p_gcp_http_fault_injection), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_header_action[] = {
	P("request_headers_to_add", "gcp_http_header_option[]", PT_OLIST, "[]",
	    "requestHeadersToAdd", &k_gcp_http_header_option),
	P("request_headers_to_remove", "string[]", PT_LIST, "[]",
	    "requestHeadersToRemove", NULL),
	P("response_headers_to_add", "gcp_http_header_option[]", PT_OLIST, "[]",
	    "responseHeadersToAdd", &k_gcp_http_header_option),
	P("response_headers_to_remove", "string[]", PT_LIST, "[]",
	    "responseHeadersToRemove", NULL),
};
static const struct kind k_gcp_http_header_action = { "gcp_http_header_action",
    "resoto_plugin_gcp.resources.compute.GcpHttpHeaderAction", NULL,
    KIND_PROPS(p_gcp_http_header_action), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_header_match[] = {
	P("exact_match", "string", PT_STRING, NULL, "exactMatch", NULL),
	P("header_name", "string", PT_STRING, NULL, "headerName", NULL),
	P("invert_match", "boolean", PT_BOOL, NULL, "invertMatch", NULL),
	P("prefix_match", "string", PT_STRING, NULL, "prefixMatch", NULL),
	P("present_match", "boolean", PT_BOOL, NULL, "presentMatch", NULL),
	P("range_match", "gcp_int64_range_match", PT_OBJECT, "{}", "rangeMatch",
	    &k_gcp_int64_range_match),
	P("regex_match", "string", PT_STRING, NULL, "regexMatch", NULL),
	P("suffix_match", "string", PT_STRING, NULL, "suffixMatch", NULL),
};
static const struct kind k_gcp_http_header_match = { "gcp_http_header_match",
    "resoto_plugin_gcp.resources.compute.GcpHttpHeaderMatch", NULL,
    KIND_PROPS(p_gcp_http_header_match), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_header_option[] = {
	P("header_name", "string", PT_STRING, NULL, "headerName", NULL),
	P("header_value", "string", PT_STRING, NULL, "headerValue", NULL),
	P("replace", "boolean", PT_BOOL, NULL, "replace", NULL),
};
static const struct kind k_gcp_http_header_option = { "gcp_http_header_option",
    "resoto_plugin_gcp.resources.compute.GcpHttpHeaderOption", NULL,
    KIND_PROPS(p_gcp_http_header_option), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_health_check_spec[] = {
	P("host", "string", PT_STRING, NULL, "host", NULL),
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("port_name", "string", PT_STRING, NULL, "portName", NULL),
	P("port_specification", "string", PT_STRING, NULL, "portSpecification",
	    NULL),
	P("proxy_header", "string", PT_STRING, NULL, "proxyHeader", NULL),
	P("request_path", "string", PT_STRING, NULL, "requestPath", NULL),
	P("response", "string", PT_STRING, NULL, "response", NULL),
};
static const struct kind
    k_gcp_http_health_check_spec = { "gcp_http_health_check_spec",
    "resoto_plugin_gcp.resources.compute.GcpHTTPHealthCheckSpec", NULL,
    KIND_PROPS(p_gcp_http_health_check_spec), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_query_parameter_match[] = {
	P("exact_match", "string", PT_STRING, NULL, "exactMatch", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("present_match", "boolean", PT_BOOL, NULL, "presentMatch", NULL),
	P("regex_match", "string", PT_STRING, NULL, "regexMatch", NULL),
};
static const struct kind
    k_gcp_http_query_parameter_match = { "gcp_http_query_parameter_match",
    "resoto_plugin_gcp.resources.compute.GcpHttpQueryParameterMatch", NULL,
    KIND_PROPS(p_gcp_http_query_parameter_match), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_redirect_action[] = {
	P("host_redirect", "string", PT_STRING, NULL, "hostRedirect", NULL),
	P("https_redirect", "boolean", PT_BOOL, NULL, "httpsRedirect", NULL),
	P("path_redirect", "string", PT_STRING, NULL, "pathRedirect", NULL),
	P("prefix_redirect", "string", PT_STRING, NULL, "prefixRedirect", NULL),
	P("redirect_response_code", "string", PT_STRING, NULL,
	    "redirectResponseCode", NULL),
	P("strip_query", "boolean", PT_BOOL, NULL, "stripQuery", NULL),
};
static const struct kind
    k_gcp_http_redirect_action = { "gcp_http_redirect_action",
    "resoto_plugin_gcp.resources.compute.GcpHttpRedirectAction", NULL,
    KIND_PROPS(p_gcp_http_redirect_action), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_retry_policy[] = {
	P("num_retries", "int64", PT_INT, NULL, "numRetries", NULL),
	P("per_try_timeout", "gcp_duration", PT_OBJECT, "{}", "perTryTimeout",
	    &k_gcp_duration),
	P("retry_conditions", "string[]", PT_LIST, "[]", "retryConditions",
	    NULL),
};
static const struct kind k_gcp_http_retry_policy = { "gcp_http_retry_policy",
    "resoto_plugin_gcp.resources.compute.GcpHttpRetryPolicy", NULL,
    KIND_PROPS(p_gcp_http_retry_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_route_action[] = {
	P("cors_policy", "gcp_cors_policy", PT_OBJECT, "{}", "corsPolicy",
	    &k_gcp_cors_policy),
	P("fault_injection_policy", "gcp_http_fault_injection", PT_OBJECT, "{}",
	    "faultInjectionPolicy", &k_gcp_http_fault_injection),
	P("max_stream_duration", "gcp_duration", PT_OBJECT, "{}",
	    "maxStreamDuration", &k_gcp_duration),
	P("request_mirror_policy", "string", PT_STRING, NULL,
	    "requestMirrorPolicy.backendService", NULL),
	P("retry_policy", "gcp_http_retry_policy", PT_OBJECT, "{}",
	    "retryPolicy", &k_gcp_http_retry_policy),
	P("timeout", "gcp_duration", PT_OBJECT, "{}", "timeout",
	    &k_gcp_duration),
	P("url_rewrite", "gcp_url_rewrite", PT_OBJECT, "{}", "urlRewrite",
	    &k_gcp_url_rewrite),
	P("weighted_backend_services", "gcp_weighted_backend_service[]",
	    PT_OLIST, "[]", "weightedBackendServices",
	    &k_gcp_weighted_backend_service),
};
static const struct kind k_gcp_http_route_action = { "gcp_http_route_action",
    "resoto_plugin_gcp.resources.compute.GcpHttpRouteAction", NULL,
    KIND_PROPS(p_gcp_http_route_action), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_route_rule[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("header_action", "gcp_http_header_action", PT_OBJECT, "{}",
	    "headerAction", &k_gcp_http_header_action),
	P("match_rules", "gcp_http_route_rule_match[]", PT_OLIST, "[]",
	    "matchRules", &k_gcp_http_route_rule_match),
	P("priority", "int64", PT_INT, NULL, "priority", NULL),
	P("route_action", "gcp_http_route_action", PT_OBJECT, "{}",
	    "routeAction", &k_gcp_http_route_action),
	P("service", "string", PT_STRING, NULL, "service", NULL),
	P("url_redirect", "gcp_http_redirect_action", PT_OBJECT, "{}",
	    "urlRedirect", &k_gcp_http_redirect_action),
};
static const struct kind k_gcp_http_route_rule = { "gcp_http_route_rule",
    "resoto_plugin_gcp.resources.compute.GcpHttpRouteRule", NULL,
    KIND_PROPS(p_gcp_http_route_rule), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_http_route_rule_match[] = {
	P("full_path_match", "string", PT_STRING, NULL, "fullPathMatch", NULL),
	P("header_matches", "gcp_http_header_match[]", PT_OLIST, "[]",
	    "headerMatches", &k_gcp_http_header_match),
	P("ignore_case", "boolean", PT_BOOL, NULL, "ignoreCase", NULL),
	P("metadata_filters", "gcp_metadata_filter[]", PT_OLIST, "[]",
	    "metadataFilters", &k_gcp_metadata_filter),
	P("prefix_match", "string", PT_STRING, NULL, "prefixMatch", NULL),
	P("query_parameter_matches", "gcp_http_query_parameter_match[]",
	    PT_OLIST, "[]", "queryParameterMatches",
	    &k_gcp_http_query_parameter_match),
	P("regex_match", "string", PT_STRING, NULL, "regexMatch", NULL),
};
static const struct kind
    k_gcp_http_route_rule_match = { "gcp_http_route_rule_match",
    "resoto_plugin_gcp.resources.compute.GcpHttpRouteRuleMatch", NULL,
    KIND_PROPS(p_gcp_http_route_rule_match), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_https_health_check_spec[] = {
	P("host", "string", PT_STRING, NULL, "host", NULL),
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("port_name", "string", PT_STRING, NULL, "portName", NULL),
	P("port_specification", "string", PT_STRING, NULL, "portSpecification",
	    NULL),
	P("proxy_header", "string", PT_STRING, NULL, "proxyHeader", NULL),
	P("request_path", "string", PT_STRING, NULL, "requestPath", NULL),
	P("response", "string", PT_STRING, NULL, "response", NULL),
};
static const struct kind
    k_gcp_https_health_check_spec = { "gcp_https_health_check_spec",
    "resoto_plugin_gcp.resources.compute.GcpHTTPSHealthCheckSpec", NULL,
    KIND_PROPS(p_gcp_https_health_check_spec), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_iamconfiguration[] = {
	P("bucket_policy_only", "gcp_bucketpolicyonly", PT_OBJECT, "{}",
	    "bucketPolicyOnly", &k_gcp_bucketpolicyonly),
	P("public_access_prevention", "string", PT_STRING, NULL,
	    "publicAccessPrevention", NULL),
	P("uniform_bucket_level_access", "gcp_uniformbucketlevelaccess",
	    PT_OBJECT, "{}", "uniformBucketLevelAccess",
	    &k_gcp_uniformbucketlevelaccess),
};
static const struct kind k_gcp_iamconfiguration = { "gcp_iamconfiguration",
    "resoto_plugin_gcp.resources.storage.GcpIamconfiguration", NULL,
    KIND_PROPS(p_gcp_iamconfiguration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_initial_state_config[] = {
	P("dbs", "gcp_file_content_buffer[]", PT_OLIST, "[]", "dbs",
	    &k_gcp_file_content_buffer),
	P("dbxs", "gcp_file_content_buffer[]", PT_OLIST, "[]", "dbxs",
	    &k_gcp_file_content_buffer),
	P("keks", "gcp_file_content_buffer[]", PT_OLIST, "[]", "keks",
	    &k_gcp_file_content_buffer),
	P("pk", "gcp_file_content_buffer", PT_OBJECT, "{}", "pk",
	    &k_gcp_file_content_buffer),
};
static const struct kind
    k_gcp_initial_state_config = { "gcp_initial_state_config",
    "resoto_plugin_gcp.resources.compute.GcpInitialStateConfig", NULL,
    KIND_PROPS(p_gcp_initial_state_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_group_manager_actions_summary[] = {
	P("abandoning", "int64", PT_INT, NULL, "abandoning", NULL),
	P("creating", "int64", PT_INT, NULL, "creating", NULL),
	P("creating_without_retries", "int64", PT_INT, NULL,
	    "creatingWithoutRetries", NULL),
	P("deleting", "int64", PT_INT, NULL, "deleting", NULL),
	P("none", "int64", PT_INT, NULL, "none", NULL),
	P("recreating", "int64", PT_INT, NULL, "recreating", NULL),
	P("refreshing", "int64", PT_INT, NULL, "refreshing", NULL),
	P("restarting", "int64", PT_INT, NULL, "restarting", NULL),
	P("resuming", "int64", PT_INT, NULL, "resuming", NULL),
	P("starting", "int64", PT_INT, NULL, "starting", NULL),
	P("stopping", "int64", PT_INT, NULL, "stopping", NULL),
	P("suspending", "int64", PT_INT, NULL, "suspending", NULL),
	P("verifying", "int64", PT_INT, NULL, "verifying", NULL),
};
static const struct kind
    k_gcp_instance_group_manager_actions_summary = { "gcp_instance_group_manager_actions_summary", "resoto_plugin_gcp.resources.compute.GcpInstanceGroupManagerActionsSummary", NULL, KIND_PROPS(p_gcp_instance_group_manager_actions_summary), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_group_manager_auto_healing_policy[] = {
	P("health_check", "string", PT_STRING, NULL, "healthCheck", NULL),
	P("initial_delay_sec", "int64", PT_INT, NULL, "initialDelaySec", NULL),
};
static const struct kind
    k_gcp_instance_group_manager_auto_healing_policy = { "gcp_instance_group_manager_auto_healing_policy", "resoto_plugin_gcp.resources.compute.GcpInstanceGroupManagerAutoHealingPolicy", NULL, KIND_PROPS(p_gcp_instance_group_manager_auto_healing_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_group_manager_status[] = {
	P("autoscaler", "string", PT_STRING, NULL, "autoscaler", NULL),
	P("is_stable", "boolean", PT_BOOL, NULL, "isStable", NULL),
	P("stateful", "gcp_instance_group_manager_status_stateful", PT_OBJECT,
	    "{}", "stateful", &k_gcp_instance_group_manager_status_stateful),
	P("version_target", "boolean", PT_BOOL, NULL, "versionTarget.isReached",
	    NULL),
};
static const struct kind
    k_gcp_instance_group_manager_status = { "gcp_instance_group_manager_status",
    "resoto_plugin_gcp.resources.compute.GcpInstanceGroupManagerStatus", NULL,
    KIND_PROPS(p_gcp_instance_group_manager_status), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_group_manager_status_stateful[] = {
	P("has_stateful_config", "boolean", PT_BOOL, NULL, "hasStatefulConfig",
	    NULL),
	P("per_instance_configs", "boolean", PT_BOOL, NULL,
	    "perInstanceConfigs.allEffective", NULL),
};
static const struct kind
    k_gcp_instance_group_manager_status_stateful = { "gcp_instance_group_manager_status_stateful", "resoto_plugin_gcp.resources.compute.GcpInstanceGroupManagerStatusStateful", NULL, KIND_PROPS(p_gcp_instance_group_manager_status_stateful), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_group_manager_update_policy[] = {
	P("instance_redistribution_type", "string", PT_STRING, NULL,
	    "instanceRedistributionType", NULL),
	P("max_surge", "gcp_fixed_or_percent", PT_OBJECT, "{}", "maxSurge",
	    &k_gcp_fixed_or_percent),
	P("max_unavailable", "gcp_fixed_or_percent", PT_OBJECT, "{}",
	    "maxUnavailable", &k_gcp_fixed_or_percent),
	P("minimal_action", "string", PT_STRING, NULL, "minimalAction", NULL),
	P("most_disruptive_allowed_action", "string", PT_STRING, NULL,
	    "mostDisruptiveAllowedAction", NULL),
	P("replacement_method", "string", PT_STRING, NULL, "replacementMethod",
	    NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind
    k_gcp_instance_group_manager_update_policy = { "gcp_instance_group_manager_update_policy", "resoto_plugin_gcp.resources.compute.GcpInstanceGroupManagerUpdatePolicy", NULL, KIND_PROPS(p_gcp_instance_group_manager_update_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_group_manager_version[] = {
	P("instance_template", "string", PT_STRING, NULL, "instanceTemplate",
	    NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("target_size", "gcp_fixed_or_percent", PT_OBJECT, "{}", "targetSize",
	    &k_gcp_fixed_or_percent),
};
static const struct kind
    k_gcp_instance_group_manager_version = { "gcp_instance_group_manager_version", "resoto_plugin_gcp.resources.compute.GcpInstanceGroupManagerVersion", NULL, KIND_PROPS(p_gcp_instance_group_manager_version), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_params[] = {
	P("resource_manager_tags", "dictionary[string, string]", PT_DICT, NULL,
	    "resourceManagerTags", NULL),
};
static const struct kind k_gcp_instance_params = { "gcp_instance_params",
    "resoto_plugin_gcp.resources.compute.GcpInstanceParams", NULL,
    KIND_PROPS(p_gcp_instance_params), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_instance_properties[] = {
	P("advanced_machine_features", "gcp_advanced_machine_features",
	    PT_OBJECT, "{}", "advancedMachineFeatures",
	    &k_gcp_advanced_machine_features),
	P("can_ip_forward", "boolean", PT_BOOL, NULL, "canIpForward", NULL),
	P("confidential_instance_config", "boolean", PT_BOOL, NULL,
	    "confidentialInstanceConfig.enableConfidentialCompute", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("disks", "gcp_attached_disk[]", PT_OLIST, "[]", "disks",
	    &k_gcp_attached_disk),
	P("guest_accelerators", "gcp_accelerator_config[]", PT_OLIST, "[]",
	    "guestAccelerators", &k_gcp_accelerator_config),
	P("key_revocation_action_type", "string", PT_STRING, NULL,
	    "keyRevocationActionType", NULL),
	P("labels", "dictionary[string, string]", PT_DICT, NULL, "labels",
	    NULL),
	P("machine_type", "string", PT_STRING, NULL, "machineType", NULL),
	P("metadata", "gcp_metadata", PT_OBJECT, "{}", "metadata",
	    &k_gcp_metadata),
	P("min_cpu_platform", "string", PT_STRING, NULL, "minCpuPlatform",
	    NULL),
	P("network_interfaces", "gcp_network_interface[]", PT_OLIST, "[]",
	    "networkInterfaces", &k_gcp_network_interface),
	P("network_performance_config", "string", PT_STRING, NULL,
	    "networkPerformanceConfig.totalEgressBandwidthTier", NULL),
	P("private_ipv6_google_access", "string", PT_STRING, NULL,
	    "privateIpv6GoogleAccess", NULL),
	P("reservation_affinity", "gcp_reservation_affinity", PT_OBJECT, "{}",
	    "reservationAffinity", &k_gcp_reservation_affinity),
	P("resource_manager_tags", "dictionary[string, string]", PT_DICT, NULL,
	    "resourceManagerTags", NULL),
	P("resource_policies", "string[]", PT_LIST, "[]", "resourcePolicies",
	    NULL),
	P("scheduling", "gcp_scheduling", PT_OBJECT, "{}", "scheduling",
	    &k_gcp_scheduling),
	P("service_accounts", "gcp_service_account[]", PT_OLIST, "[]",
	    "serviceAccounts", &k_gcp_service_account),
	P("shielded_instance_config", "gcp_shielded_instance_config", PT_OBJECT,
	    "{}", "shieldedInstanceConfig", &k_gcp_shielded_instance_config),
	P("tags", "gcp_tags", PT_OBJECT, "{}", "tags", &k_gcp_tags),
};
static const struct kind
    k_gcp_instance_properties = { "gcp_instance_properties",
    "resoto_plugin_gcp.resources.compute.GcpInstanceProperties", NULL,
    KIND_PROPS(p_gcp_instance_properties), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_int64_range_match[] = {
	P("range_end", "string", PT_STRING, NULL, "rangeEnd", NULL),
	P("range_start", "string", PT_STRING, NULL, "rangeStart", NULL),
};
static const struct kind k_gcp_int64_range_match = { "gcp_int64_range_match",
    "resoto_plugin_gcp.resources.compute.GcpInt64RangeMatch", NULL,
    KIND_PROPS(p_gcp_int64_range_match), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_interconnect_attachment_partner_metadata[] = {
	P("interconnect_name", "string", PT_STRING, NULL, "interconnectName",
	    NULL),
	P("partner_name", "string", PT_STRING, NULL, "partnerName", NULL),
	P("portal_url", "string", PT_STRING, NULL, "portalUrl", NULL),
};
static const struct kind
    k_gcp_interconnect_attachment_partner_metadata = { "gcp_interconnect_attachment_partner_metadata", "resoto_plugin_gcp.resources.compute.GcpInterconnectAttachmentPartnerMetadata", NULL, KIND_PROPS(p_gcp_interconnect_attachment_partner_metadata), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_interconnect_circuit_info[] = {
	P("customer_demarc_id", "string", PT_STRING, NULL, "customerDemarcId",
	    NULL),
	P("google_circuit_id", "string", PT_STRING, NULL, "googleCircuitId",
	    NULL),
	P("google_demarc_id", "string", PT_STRING, NULL, "googleDemarcId",
	    NULL),
};
static const struct kind
    k_gcp_interconnect_circuit_info = { "gcp_interconnect_circuit_info",
    "resoto_plugin_gcp.resources.compute.GcpInterconnectCircuitInfo", NULL,
    KIND_PROPS(p_gcp_interconnect_circuit_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_interconnect_location_region_info[] = {
	P("expected_rtt_ms", "string", PT_STRING, NULL, "expectedRttMs", NULL),
	P("location_presence", "string", PT_STRING, NULL, "locationPresence",
	    NULL),
	P("region", "string", PT_STRING, NULL, "region", NULL),
};
static const struct kind
    k_gcp_interconnect_location_region_info = { "gcp_interconnect_location_region_info", "resoto_plugin_gcp.resources.compute.GcpInterconnectLocationRegionInfo", NULL, KIND_PROPS(p_gcp_interconnect_location_region_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_interconnect_outage_notification[] = {
	P("affected_circuits", "string[]", PT_LIST, "[]", "affectedCircuits",
	    NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("end_time", "string", PT_STRING, NULL, "endTime", NULL),
	P("issue_type", "string", PT_STRING, NULL, "issueType", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("source", "string", PT_STRING, NULL, "source", NULL),
	P("start_time", "string", PT_STRING, NULL, "startTime", NULL),
	P("state", "string", PT_STRING, NULL, NULL, NULL),
};
static const struct kind
    k_gcp_interconnect_outage_notification = { "gcp_interconnect_outage_notification", "resoto_plugin_gcp.resources.compute.GcpInterconnectOutageNotification", NULL, KIND_PROPS(p_gcp_interconnect_outage_notification), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_items[] = {
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
static const struct kind k_gcp_items = { "gcp_items",
    "resoto_plugin_gcp.resources.compute.GcpItems", NULL,
    KIND_PROPS(p_gcp_items), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_license_resource_commitment[] = {
	P("amount", "string", PT_STRING, NULL, "amount", NULL),
	P("cores_per_license", "string", PT_STRING, NULL, "coresPerLicense",
	    NULL),
	P("license", "string", PT_STRING, NULL, "license", NULL),
};
static const struct kind
    k_gcp_license_resource_commitment = { "gcp_license_resource_commitment",
    "resoto_plugin_gcp.resources.compute.GcpLicenseResourceCommitment", NULL,
    KIND_PROPS(p_gcp_license_resource_commitment), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_license_resource_requirements[] = {
	P("min_guest_cpu_count", "int64", PT_INT, NULL, "minGuestCpuCount",
	    NULL),
	P("min_memory_mb", "int64", PT_INT, NULL, "minMemoryMb", NULL),
};
static const struct kind
    k_gcp_license_resource_requirements = { "gcp_license_resource_requirements",
    "resoto_plugin_gcp.resources.compute.GcpLicenseResourceRequirements", NULL,
    KIND_PROPS(p_gcp_license_resource_requirements), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_local_disk[] = {
	P("disk_count", "int64", PT_INT, NULL, "diskCount", NULL),
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("disk_type", "string", PT_STRING, NULL, "diskType", NULL),
};
static const struct kind k_gcp_local_disk = { "gcp_local_disk",
    "resoto_plugin_gcp.resources.compute.GcpLocalDisk", NULL,
    KIND_PROPS(p_gcp_local_disk), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_localized_message[] = {
	P("locale", "string", PT_STRING, NULL, "locale", NULL),
	P("message", "string", PT_STRING, NULL, "message", NULL),
};
static const struct kind k_gcp_localized_message = { "gcp_localized_message",
    "resoto_plugin_gcp.resources.compute.GcpLocalizedMessage", NULL,
    KIND_PROPS(p_gcp_localized_message), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_logging[] = {
	P("log_bucket", "string", PT_STRING, NULL, "logBucket", NULL),
	P("log_object_prefix", "string", PT_STRING, NULL, "logObjectPrefix",
	    NULL),
};
static const struct kind k_gcp_logging = { "gcp_logging",
    "resoto_plugin_gcp.resources.storage.GcpLogging", NULL,
    KIND_PROPS(p_gcp_logging), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_metadata[] = {
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("items", "gcp_items[]", PT_OLIST, "[]", "items", &k_gcp_items),
};
static const struct kind k_gcp_metadata = { "gcp_metadata",
    "resoto_plugin_gcp.resources.compute.GcpMetadata", NULL,
    KIND_PROPS(p_gcp_metadata), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_metadata_filter[] = {
	P("filter_labels", "gcp_metadata_filter_label_match[]", PT_OLIST, "[]",
	    "filterLabels", &k_gcp_metadata_filter_label_match),
	P("filter_match_criteria", "string", PT_STRING, NULL,
	    "filterMatchCriteria", NULL),
};
static const struct kind k_gcp_metadata_filter = { "gcp_metadata_filter",
    "resoto_plugin_gcp.resources.compute.GcpMetadataFilter", NULL,
    KIND_PROPS(p_gcp_metadata_filter), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_metadata_filter_label_match[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
static const struct kind
    k_gcp_metadata_filter_label_match = { "gcp_metadata_filter_label_match",
    "resoto_plugin_gcp.resources.compute.GcpMetadataFilterLabelMatch", NULL,
    KIND_PROPS(p_gcp_metadata_filter_label_match), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_money[] = {
	P("currency_code", "string", PT_STRING, NULL, "currencyCode", NULL),
	P("nanos", "int64", PT_INT, NULL, "nanos", NULL),
	P("units", "string", PT_STRING, NULL, "units", NULL),
};
static const struct kind k_gcp_money = { "gcp_money",
    "resoto_plugin_gcp.resources.billing.GcpMoney", NULL,
    KIND_PROPS(p_gcp_money), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_named_port[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("port", "int64", PT_INT, NULL, "port", NULL),
};
static const struct kind k_gcp_named_port = { "gcp_named_port",
    "resoto_plugin_gcp.resources.compute.GcpNamedPort", NULL,
    KIND_PROPS(p_gcp_named_port), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_network_endpoint_group_app_engine[] = {
	P("service", "string", PT_STRING, NULL, "service", NULL),
	P("url_mask", "string", PT_STRING, NULL, "urlMask", NULL),
	P("version", "string", PT_STRING, NULL, "version", NULL),
};
static const struct kind
    k_gcp_network_endpoint_group_app_engine = { "gcp_network_endpoint_group_app_engine", "resoto_plugin_gcp.resources.compute.GcpNetworkEndpointGroupAppEngine", NULL, KIND_PROPS(p_gcp_network_endpoint_group_app_engine), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_network_endpoint_group_cloud_function[] = {
	P("function", "string", PT_STRING, NULL, "function", NULL),
	P("url_mask", "string", PT_STRING, NULL, "urlMask", NULL),
};
static const struct kind
    k_gcp_network_endpoint_group_cloud_function = { "gcp_network_endpoint_group_cloud_function", "resoto_plugin_gcp.resources.compute.GcpNetworkEndpointGroupCloudFunction", NULL, KIND_PROPS(p_gcp_network_endpoint_group_cloud_function), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_network_endpoint_group_cloud_run[] = {
	P("service", "string", PT_STRING, NULL, "service", NULL),
	P("tag", "string", PT_STRING, NULL, "tag", NULL),
	P("url_mask", "string", PT_STRING, NULL, "urlMask", NULL),
};
static const struct kind
    k_gcp_network_endpoint_group_cloud_run = { "gcp_network_endpoint_group_cloud_run", "resoto_plugin_gcp.resources.compute.GcpNetworkEndpointGroupCloudRun", NULL, KIND_PROPS(p_gcp_network_endpoint_group_cloud_run), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_network_endpoint_group_psc_data[] = {
	P("consumer_psc_address", "string", PT_STRING, NULL,
	    "consumerPscAddress", NULL),
	P("psc_connection_id", "string", PT_STRING, NULL, "pscConnectionId",
	    NULL),
	P("psc_connection_status", "string", PT_STRING, NULL,
	    "pscConnectionStatus", NULL),
};
static const struct kind
    k_gcp_network_endpoint_group_psc_data = { "gcp_network_endpoint_group_psc_data", "resoto_plugin_gcp.resources.compute.GcpNetworkEndpointGroupPscData", NULL, KIND_PROPS(p_gcp_network_endpoint_group_psc_data), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_network_interface[] = {
	P("access_configs", "gcp_access_config[]", PT_OLIST, "[]",
	    "accessConfigs", &k_gcp_access_config),
	P("alias_ip_ranges", "gcp_alias_ip_range[]", PT_OLIST, "[]",
	    "aliasIpRanges", &k_gcp_alias_ip_range),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("internal_ipv6_prefix_length", "int64", PT_INT, NULL,
	    "internalIpv6PrefixLength", NULL),
	P("ipv6_access_configs", "gcp_access_config[]", PT_OLIST, "[]",
	    "ipv6AccessConfigs", &k_gcp_access_config),
	P("ipv6_access_type", "string", PT_STRING, NULL, "ipv6AccessType",
	    NULL),
	P("ipv6_address", "string", PT_STRING, NULL, "ipv6Address", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("network_ip", "string", PT_STRING, NULL, "networkIP", NULL),
	P("nic_type", "string", PT_STRING, NULL, "nicType", NULL),
	P("queue_count", "int64", PT_INT, NULL, "queueCount", NULL),
	P("stack_type", "string", PT_STRING, NULL, "stackType", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
};
static const struct kind k_gcp_network_interface = { "gcp_network_interface",
    "resoto_plugin_gcp.resources.compute.GcpNetworkInterface", NULL,
    KIND_PROPS(p_gcp_network_interface), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_network_peering[] = {
	P("auto_create_routes", "boolean", PT_BOOL, NULL, "autoCreateRoutes",
	    NULL),
	P("exchange_subnet_routes", "boolean", PT_BOOL, NULL,
	    "exchangeSubnetRoutes", NULL),
	P("export_custom_routes", "boolean", PT_BOOL, NULL,
	    "exportCustomRoutes", NULL),
	P("export_subnet_routes_with_public_ip", "boolean", PT_BOOL, NULL,
	    "exportSubnetRoutesWithPublicIp", NULL),
	P("import_custom_routes", "boolean", PT_BOOL, NULL,
	    "importCustomRoutes", NULL),
	P("import_subnet_routes_with_public_ip", "boolean", PT_BOOL, NULL,
	    "importSubnetRoutesWithPublicIp", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("peer_mtu", "int64", PT_INT, NULL, "peerMtu", NULL),
	P("stack_type", "string", PT_STRING, NULL, "stackType", NULL),
	P("network_peering_state", "string", PT_STRING, NULL, "state", NULL),
	P("state_details", "string", PT_STRING, NULL, "stateDetails", NULL),
};
static const struct kind k_gcp_network_peering = { "gcp_network_peering",
    "resoto_plugin_gcp.resources.compute.GcpNetworkPeering", NULL,
    KIND_PROPS(p_gcp_network_peering), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_node_group_autoscaling_policy[] = {
	P("max_nodes", "int64", PT_INT, NULL, "maxNodes", NULL),
	P("min_nodes", "int64", PT_INT, NULL, "minNodes", NULL),
	P("mode", "string", PT_STRING, NULL, "mode", NULL),
};
static const struct kind
    k_gcp_node_group_autoscaling_policy = { "gcp_node_group_autoscaling_policy",
    "resoto_plugin_gcp.resources.compute.GcpNodeGroupAutoscalingPolicy", NULL,
    KIND_PROPS(p_gcp_node_group_autoscaling_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_node_group_maintenance_window[] = {
	P("maintenance_duration", "gcp_duration", PT_OBJECT, "{}",
	    "maintenanceDuration", &k_gcp_duration),
	P("start_time", "string", PT_STRING, NULL, "startTime", NULL),
};
static const struct kind
    k_gcp_node_group_maintenance_window = { "gcp_node_group_maintenance_window",
    "resoto_plugin_gcp.resources.compute.GcpNodeGroupMaintenanceWindow", NULL,
    KIND_PROPS(p_gcp_node_group_maintenance_window), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_node_template_node_type_flexibility[] = {
	P("cpus", "string", PT_STRING, NULL, "cpus", NULL),
	P("local_ssd", "string", PT_STRING, NULL, "localSsd", NULL),
	P("memory", "string", PT_STRING, NULL, "memory", NULL),
};
static const struct kind
    k_gcp_node_template_node_type_flexibility = { "gcp_node_template_node_type_flexibility", "resoto_plugin_gcp.resources.compute.GcpNodeTemplateNodeTypeFlexibility", NULL, KIND_PROPS(p_gcp_node_template_node_type_flexibility), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_notification_endpoint_grpc_settings[] = {
	P("authority", "string", PT_STRING, NULL, "authority", NULL),
	P("endpoint", "string", PT_STRING, NULL, "endpoint", NULL),
	P("payload_name", "string", PT_STRING, NULL, "payloadName", NULL),
	P("resend_interval", "gcp_duration", PT_OBJECT, "{}", "resendInterval",
	    &k_gcp_duration),
	P("retry_duration_sec", "int64", PT_INT, NULL, "retryDurationSec",
	    NULL),
};
static const struct kind
    k_gcp_notification_endpoint_grpc_settings = { "gcp_notification_endpoint_grpc_settings", "resoto_plugin_gcp.resources.compute.GcpNotificationEndpointGrpcSettings", NULL, KIND_PROPS(p_gcp_notification_endpoint_grpc_settings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_object_access_control[] = {
	P("bucket", "string", PT_STRING, NULL, "bucket", NULL),
	P("domain", "string", PT_STRING, NULL, "domain", NULL),
	P("email", "string", PT_STRING, NULL, "email", NULL),
	P("entity", "string", PT_STRING, NULL, "entity", NULL),
	P("entity_id", "string", PT_STRING, NULL, "entityId", NULL),
	P("etag", "string", PT_STRING, NULL, "etag", NULL),
	P("generation", "string", PT_STRING, NULL, "generation", NULL),
	P("id", "string", PT_STRING, NULL, "id", NULL),
	P("object", "string", PT_STRING, NULL, "object", NULL),
	P("project_team", "gcp_projectteam", PT_OBJECT, "{}", "projectTeam",
	    &k_gcp_projectteam),
	P("role", "string", PT_STRING, NULL, "role", NULL),
	P("self_link", "string", PT_STRING, NULL, "selfLink", NULL),
};
static const struct kind
    k_gcp_object_access_control = { "gcp_object_access_control",
    "resoto_plugin_gcp.resources.storage.GcpObjectAccessControl", NULL,
    KIND_PROPS(p_gcp_object_access_control), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_outlier_detection[] = {
	P("base_ejection_time", "gcp_duration", PT_OBJECT, "{}",
	    "baseEjectionTime", &k_gcp_duration),
	P("consecutive_errors", "int64", PT_INT, NULL, "consecutiveErrors",
	    NULL),
	P("consecutive_gateway_failure", "int64", PT_INT, NULL,
	    "consecutiveGatewayFailure", NULL),
	P("enforcing_consecutive_errors", "int64", PT_INT, NULL,
	    "enforcingConsecutiveErrors", NULL),
	P("enforcing_consecutive_gateway_failure", "int64", PT_INT, NULL,
	    "enforcingConsecutiveGatewayFailure", NULL),
	P("enforcing_success_rate", "int64", PT_INT, NULL,
	    "enforcingSuccessRate", NULL),
	P("interval", "gcp_duration", PT_OBJECT, "{}", "interval",
	    &k_gcp_duration),
	P("max_ejection_percent", "int64", PT_INT, NULL, "maxEjectionPercent",
	    NULL),
	P("success_rate_minimum_hosts", "int64", PT_INT, NULL,
	    "successRateMinimumHosts", NULL),
	P("success_rate_request_volume", "int64", PT_INT, NULL,
	    "successRateRequestVolume", NULL),
	P("success_rate_stdev_factor", "int64", PT_INT, NULL,
	    "successRateStdevFactor", NULL),
};
static const struct kind k_gcp_outlier_detection = { "gcp_outlier_detection",
    "resoto_plugin_gcp.resources.compute.GcpOutlierDetection", NULL,
    KIND_PROPS(p_gcp_outlier_detection), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_owner[] = {
	P("entity", "string", PT_STRING, NULL, "entity", NULL),
	P("entity_id", "string", PT_STRING, NULL, "entityId", NULL),
};
static const struct kind k_gcp_owner = { "gcp_owner",
    "resoto_plugin_gcp.resources.storage.GcpOwner", NULL,
    KIND_PROPS(p_gcp_owner), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_packet_mirroring_filter[] = {
	P("ip_protocols", "string[]", PT_LIST, "[]", "IPProtocols", NULL),
	P("cidr_ranges", "string[]", PT_LIST, "[]", "cidrRanges", NULL),
	P("direction", "string", PT_STRING, NULL, "direction", NULL),
};
static const struct kind
    k_gcp_packet_mirroring_filter = { "gcp_packet_mirroring_filter",
    "resoto_plugin_gcp.resources.compute.GcpPacketMirroringFilter", NULL,
    KIND_PROPS(p_gcp_packet_mirroring_filter), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_packet_mirroring_forwarding_rule_info[] = {
	P("canonical_url", "string", PT_STRING, NULL, "canonicalUrl", NULL),
	P("url", "string", PT_STRING, NULL, "url", NULL),
};
static const struct kind
    k_gcp_packet_mirroring_forwarding_rule_info = { "gcp_packet_mirroring_forwarding_rule_info", "resoto_plugin_gcp.resources.compute.GcpPacketMirroringForwardingRuleInfo", NULL, KIND_PROPS(p_gcp_packet_mirroring_forwarding_rule_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_packet_mirroring_mirrored_resource_info[] = {
	P("instances",
	    "gcp_packet_mirroring_mirrored_resource_info_instance_info[]",
	    PT_OLIST, "[]", "instances",
	    &k_gcp_packet_mirroring_mirrored_resource_info_instance_info),
	P("subnetworks",
	    "gcp_packet_mirroring_mirrored_resource_info_subnet_info[]",
	    PT_OLIST, "[]", "subnetworks",
	    &k_gcp_packet_mirroring_mirrored_resource_info_subnet_info),
	P("tags", "string[]", PT_LIST, "[]", "tags", NULL),
};
static const struct kind
    k_gcp_packet_mirroring_mirrored_resource_info = { "gcp_packet_mirroring_mirrored_resource_info", "resoto_plugin_gcp.resources.compute.GcpPacketMirroringMirroredResourceInfo", NULL, KIND_PROPS(p_gcp_packet_mirroring_mirrored_resource_info), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_packet_mirroring_mirrored_resource_info_instance_info[] = {
	P("canonical_url", "string", PT_STRING, NULL, "canonicalUrl", NULL),
	P("url", "string", PT_STRING, NULL, "url", NULL),
};
static const struct kind
    k_gcp_packet_mirroring_mirrored_resource_info_instance_info = { "gcp_packet_mirroring_mirrored_resource_info_instance_info", "resoto_plugin_gcp.resources.compute.GcpPacketMirroringMirroredResourceInfoInstanceInfo", NULL, KIND_PROPS(p_gcp_packet_mirroring_mirrored_resource_info_instance_info), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_packet_mirroring_mirrored_resource_info_subnet_info[] = {
	P("canonical_url", "string", PT_STRING, NULL, "canonicalUrl", NULL),
	P("url", "string", PT_STRING, NULL, "url", NULL),
};
static const struct kind
    k_gcp_packet_mirroring_mirrored_resource_info_subnet_info = { "gcp_packet_mirroring_mirrored_resource_info_subnet_info", "resoto_plugin_gcp.resources.compute.GcpPacketMirroringMirroredResourceInfoSubnetInfo", NULL, KIND_PROPS(p_gcp_packet_mirroring_mirrored_resource_info_subnet_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_packet_mirroring_network_info[] = {
	P("canonical_url", "string", PT_STRING, NULL, "canonicalUrl", NULL),
	P("url", "string", PT_STRING, NULL, "url", NULL),
};
static const struct kind
    k_gcp_packet_mirroring_network_info = { "gcp_packet_mirroring_network_info",
    "resoto_plugin_gcp.resources.compute.GcpPacketMirroringNetworkInfo", NULL,
    KIND_PROPS(p_gcp_packet_mirroring_network_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_path_matcher[] = {
	P("default_route_action", "gcp_http_route_action", PT_OBJECT, "{}",
	    "defaultRouteAction", &k_gcp_http_route_action),
	P("default_service", "string", PT_STRING, NULL, "defaultService", NULL),
	P("default_url_redirect", "gcp_http_redirect_action", PT_OBJECT, "{}",
	    "defaultUrlRedirect", &k_gcp_http_redirect_action),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("header_action", "gcp_http_header_action", PT_OBJECT, "{}",
	    "headerAction", &k_gcp_http_header_action),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("path_rules", "gcp_path_rule[]", PT_OLIST, "[]", "pathRules",
	    &k_gcp_path_rule),
	P("route_rules", "gcp_http_route_rule[]", PT_OLIST, "[]", "routeRules",
	    &k_gcp_http_route_rule),
};
static const struct kind k_gcp_path_matcher = { "gcp_path_matcher",
    "resoto_plugin_gcp.resources.compute.GcpPathMatcher", NULL,
    KIND_PROPS(p_gcp_path_matcher), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_path_rule[] = {
	P("paths", "string[]", PT_LIST, "[]", "paths", NULL),
	P("route_action", "gcp_http_route_action", PT_OBJECT, "{}",
	    "routeAction", &k_gcp_http_route_action),
	P("service", "string", PT_STRING, NULL, "service", NULL),
	P("url_redirect", "gcp_http_redirect_action", PT_OBJECT, "{}",
	    "urlRedirect", &k_gcp_http_redirect_action),
};
static const struct kind k_gcp_path_rule = { "gcp_path_rule",
    "resoto_plugin_gcp.resources.compute.GcpPathRule", NULL,
    KIND_PROPS(p_gcp_path_rule), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_pricing_expression[] = {
	P("base_unit", "string", PT_STRING, NULL, "baseUnit", NULL),
	P("base_unit_conversion_factor", "double", PT_DOUBLE, NULL,
	    "baseUnitConversionFactor", NULL),
	P("base_unit_description", "string", PT_STRING, NULL,
	    "baseUnitDescription", NULL),
	P("display_quantity", "double", PT_DOUBLE, NULL, "displayQuantity",
	    NULL),
	P("tiered_rates", "gcp_tier_rate[]", PT_OLIST, "[]", "tieredRates",
	    &k_gcp_tier_rate),
	P("usage_unit", "string", PT_STRING, NULL, "usageUnit", NULL),
	P("usage_unit_description", "string", PT_STRING, NULL,
	    "usageUnitDescription", NULL),
};
static const struct kind k_gcp_pricing_expression = { "gcp_pricing_expression",
    "resoto_plugin_gcp.resources.billing.GcpPricingExpression", NULL,
    KIND_PROPS(p_gcp_pricing_expression), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_pricing_info[] = {
	P("aggregation_info", "gcp_aggregation_info", PT_OBJECT, "{}",
	    "aggregationInfo", &k_gcp_aggregation_info),
	P("currency_conversion_rate", "double", PT_DOUBLE, NULL,
	    "currencyConversionRate", NULL),
	P("effective_time", "datetime", PT_DATETIME, NULL, "effectiveTime",
	    NULL),
	P("pricing_expression", "gcp_pricing_expression", PT_OBJECT, "{}",
	    "pricingExpression", &k_gcp_pricing_expression),
	P("summary", "string", PT_STRING, NULL, "summary", NULL),
};
static const struct kind k_gcp_pricing_info = { "gcp_pricing_info",
    "resoto_plugin_gcp.resources.billing.GcpPricingInfo", NULL,
    KIND_PROPS(p_gcp_pricing_info), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_projectteam[] = {
	P("project_number", "string", PT_STRING, NULL, "projectNumber", NULL),
	P("team", "string", PT_STRING, NULL, "team", NULL),
};
static const struct kind k_gcp_projectteam = { "gcp_projectteam",
    "resoto_plugin_gcp.resources.storage.GcpProjectteam", NULL,
    KIND_PROPS(p_gcp_projectteam), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_public_advertised_prefix_public_delegated_prefix[] = {
	P("ip_range", "string", PT_STRING, NULL, "ipRange", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("project", "string", PT_STRING, NULL, "project", NULL),
	P("region", "string", PT_STRING, NULL, "region", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
static const struct kind
    k_gcp_public_advertised_prefix_public_delegated_prefix = { "gcp_public_advertised_prefix_public_delegated_prefix", "resoto_plugin_gcp.resources.compute.GcpPublicAdvertisedPrefixPublicDelegatedPrefix", NULL, KIND_PROPS(p_gcp_public_advertised_prefix_public_delegated_prefix), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_public_delegated_prefix_public_delegated_sub_prefix[] = {
	P("delegatee_project", "string", PT_STRING, NULL, "delegateeProject",
	    NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("ip_cidr_range", "string", PT_STRING, NULL, "ipCidrRange", NULL),
	P("is_address", "boolean", PT_BOOL, NULL, "isAddress", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("region", "string", PT_STRING, NULL, "region", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
static const struct kind
    k_gcp_public_delegated_prefix_public_delegated_sub_prefix = { "gcp_public_delegated_prefix_public_delegated_sub_prefix", "resoto_plugin_gcp.resources.compute.GcpPublicDelegatedPrefixPublicDelegatedSubPrefix", NULL, KIND_PROPS(p_gcp_public_delegated_prefix_public_delegated_sub_prefix), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_quota[] = {
	P("limit", "double", PT_DOUBLE, NULL, "limit", NULL),
	P("usage", "double", PT_DOUBLE, NULL, "usage", NULL),
	P("percentage", "double", PT_DOUBLE, NULL, NULL, NULL),
};
static const struct kind k_gcp_quota = { "gcp_quota",
    "resoto_plugin_gcp.resources.base.GcpLimit", NULL, KIND_PROPS(p_gcp_quota),
    NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_rawdisk[] = {
	P("container_type", "string", PT_STRING, NULL, "containerType", NULL),
	P("sha1_checksum", "string", PT_STRING, NULL, "sha1Checksum", NULL),
	P("source", "string", PT_STRING, NULL, "source", NULL),
};
static const struct kind k_gcp_rawdisk = { "gcp_rawdisk",
    "resoto_plugin_gcp.resources.compute.GcpRawdisk", NULL,
    KIND_PROPS(p_gcp_rawdisk), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_reservation[] = {
	P("commitment", "string", PT_STRING, NULL, "commitment", NULL),
	P("creation_timestamp", "datetime", PT_DATETIME, NULL,
	    "creationTimestamp", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("id", "string", PT_STRING, NULL, "id", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("self_link", "string", PT_STRING, NULL, "selfLink", NULL),
	P("share_settings", "gcp_share_settings", PT_OBJECT, "{}",
	    "shareSettings", &k_gcp_share_settings),
	P("specific_reservation", "gcp_allocation_specific_sku_reservation",
	    PT_OBJECT, "{}", "specificReservation",
	    &k_gcp_allocation_specific_sku_reservation),
	P("specific_reservation_required", "boolean", PT_BOOL, NULL,
	    "specificReservationRequired", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("zone", "string", PT_STRING, NULL, "zone", NULL),
};
static const struct kind k_gcp_reservation = { "gcp_reservation",
    "resoto_plugin_gcp.resources.compute.GcpReservation", NULL,
    KIND_PROPS(p_gcp_reservation), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_reservation_affinity[] = {
	P("consume_reservation_type", "string", PT_STRING, NULL,
	    "consumeReservationType", NULL),
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("values", "string[]", PT_LIST, "[]", "values", NULL),
};
static const struct kind
    k_gcp_reservation_affinity = { "gcp_reservation_affinity",
    "resoto_plugin_gcp.resources.compute.GcpReservationAffinity", NULL,
    KIND_PROPS(p_gcp_reservation_affinity), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_commitment[] = {
	P("accelerator_type", "string", PT_STRING, NULL, "acceleratorType",
	    NULL),
	P("amount", "string", PT_STRING, NULL, "amount", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind
    k_gcp_resource_commitment = { "gcp_resource_commitment",
    "resoto_plugin_gcp.resources.compute.GcpResourceCommitment", NULL,
    KIND_PROPS(p_gcp_resource_commitment), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_daily_cycle[] = {
	P("days_in_cycle", "int64", PT_INT, NULL, "daysInCycle", NULL),
	P("duration", "string", PT_STRING, NULL, "duration", NULL),
	P("start_time", "string", PT_STRING, NULL, "startTime", NULL),
};
static const struct kind
    k_gcp_resource_policy_daily_cycle = { "gcp_resource_policy_daily_cycle",
    "resoto_plugin_gcp.resources.compute.GcpResourcePolicyDailyCycle", NULL,
    KIND_PROPS(p_gcp_resource_policy_daily_cycle), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_group_placement_policy[] = {
	P("availability_domain_count", "int64", PT_INT, NULL,
	    "availabilityDomainCount", NULL),
	P("collocation", "string", PT_STRING, NULL, "collocation", NULL),
	P("vm_count", "int64", PT_INT, NULL, "vmCount", NULL),
};
static const struct kind
    k_gcp_resource_policy_group_placement_policy = { "gcp_resource_policy_group_placement_policy", "resoto_plugin_gcp.resources.compute.GcpResourcePolicyGroupPlacementPolicy", NULL, KIND_PROPS(p_gcp_resource_policy_group_placement_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_hourly_cycle[] = {
	P("duration", "string", PT_STRING, NULL, "duration", NULL),
	P("hours_in_cycle", "int64", PT_INT, NULL, "hoursInCycle", NULL),
	P("start_time", "string", PT_STRING, NULL, "startTime", NULL),
};
static const struct kind
    k_gcp_resource_policy_hourly_cycle = { "gcp_resource_policy_hourly_cycle",
    "resoto_plugin_gcp.resources.compute.GcpResourcePolicyHourlyCycle", NULL,
    KIND_PROPS(p_gcp_resource_policy_hourly_cycle), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_instance_schedule_policy[] = {
	P("expiration_time", "datetime", PT_DATETIME, NULL, "expirationTime",
	    NULL),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
	P("time_zone", "string", PT_STRING, NULL, "timeZone", NULL),
	P("vm_start_schedule", "string", PT_STRING, NULL,
	    "vmStartSchedule.schedule", NULL),
	P("vm_stop_schedule", "string", PT_STRING, NULL,
	    "vmStopSchedule.schedule", NULL),
};
static const struct kind
    k_gcp_resource_policy_instance_schedule_policy = { "gcp_resource_policy_instance_schedule_policy", "resoto_plugin_gcp.resources.compute.GcpResourcePolicyInstanceSchedulePolicy", NULL, KIND_PROPS(p_gcp_resource_policy_instance_schedule_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_resource_status[] = {
	P("instance_schedule_policy",
	    "gcp_resource_policy_resource_status_instance_schedule_policy_status", PT_OBJECT, "{}", "instanceSchedulePolicy", &k_gcp_resource_policy_resource_status_instance_schedule_policy_status),
};
static const struct kind
    k_gcp_resource_policy_resource_status = { "gcp_resource_policy_resource_status", "resoto_plugin_gcp.resources.compute.GcpResourcePolicyResourceStatus", NULL, KIND_PROPS(p_gcp_resource_policy_resource_status), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_resource_policy_resource_status_instance_schedule_policy_status[] = {
	P("last_run_start_time", "datetime", PT_DATETIME, NULL,
	    "lastRunStartTime", NULL),
	P("next_run_start_time", "datetime", PT_DATETIME, NULL,
	    "nextRunStartTime", NULL),
};
static const struct kind
    k_gcp_resource_policy_resource_status_instance_schedule_policy_status = { "gcp_resource_policy_resource_status_instance_schedule_policy_status", "resoto_plugin_gcp.resources.compute.GcpResourcePolicyResourceStatusInstanceSchedulePolicyStatus", NULL, KIND_PROPS(p_gcp_resource_policy_resource_status_instance_schedule_policy_status), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_snapshot_schedule_policy[] = {
	P("retention_policy",
	    "gcp_resource_policy_snapshot_schedule_policy_retention_policy",
	    PT_OBJECT, "{}", "retentionPolicy",
	    &k_gcp_resource_policy_snapshot_schedule_policy_retention_policy),
	P("schedule", "gcp_resource_policy_snapshot_schedule_policy_schedule",
	    PT_OBJECT, "{}", "schedule",
	    &k_gcp_resource_policy_snapshot_schedule_policy_schedule),
	P("snapshot_properties",
	    "gcp_resource_policy_snapshot_schedule_policy_snapshot_properties",
	    PT_OBJECT, "{}", "snapshotProperties",
	    &k_gcp_resource_policy_snapshot_schedule_policy_snapshot_properties),
};
static const struct kind
    k_gcp_resource_policy_snapshot_schedule_policy = { "gcp_resource_policy_snapshot_schedule_policy", "resoto_plugin_gcp.resources.compute.GcpResourcePolicySnapshotSchedulePolicy", NULL, KIND_PROPS(p_gcp_resource_policy_snapshot_schedule_policy), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_resource_policy_snapshot_schedule_policy_retention_policy[] = {
	P("max_retention_days", "int64", PT_INT, NULL, "maxRetentionDays",
	    NULL),
	P("on_source_disk_delete", "string", PT_STRING, NULL,
	    "onSourceDiskDelete", NULL),
};
static const struct kind
    k_gcp_resource_policy_snapshot_schedule_policy_retention_policy = { "gcp_resource_policy_snapshot_schedule_policy_retention_policy", "resoto_plugin_gcp.resources.compute.GcpResourcePolicySnapshotSchedulePolicyRetentionPolicy", NULL, KIND_PROPS(p_gcp_resource_policy_snapshot_schedule_policy_retention_policy), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_resource_policy_snapshot_schedule_policy_schedule[] = {
	P("daily_schedule", "gcp_resource_policy_daily_cycle", PT_OBJECT, "{}",
	    "dailySchedule", &k_gcp_resource_policy_daily_cycle),
	P("hourly_schedule", "gcp_resource_policy_hourly_cycle", PT_OBJECT,
	    "{}", "hourlySchedule", &k_gcp_resource_policy_hourly_cycle),
	P("weekly_schedule", "gcp_resource_policy_weekly_cycle", PT_OBJECT,
	    "{}", "weeklySchedule", &k_gcp_resource_policy_weekly_cycle),
};
static const struct kind
    k_gcp_resource_policy_snapshot_schedule_policy_schedule = { "gcp_resource_policy_snapshot_schedule_policy_schedule", "resoto_plugin_gcp.resources.compute.GcpResourcePolicySnapshotSchedulePolicySchedule", NULL, KIND_PROPS(p_gcp_resource_policy_snapshot_schedule_policy_schedule), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_resource_policy_snapshot_schedule_policy_snapshot_properties[] = {
	P("chain_name", "string", PT_STRING, NULL, "chainName", NULL),
	P("guest_flush", "boolean", PT_BOOL, NULL, "guestFlush", NULL),
	P("labels", "dictionary[string, string]", PT_DICT, NULL, "labels",
	    NULL),
	P("storage_locations", "string[]", PT_LIST, "[]", "storageLocations",
	    NULL),
};
static const struct kind
    k_gcp_resource_policy_snapshot_schedule_policy_snapshot_properties = { "gcp_resource_policy_snapshot_schedule_policy_snapshot_properties", "resoto_plugin_gcp.resources.compute.GcpResourcePolicySnapshotSchedulePolicySnapshotProperties", NULL, KIND_PROPS(p_gcp_resource_policy_snapshot_schedule_policy_snapshot_properties), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_weekly_cycle[] = {
	P("day_of_weeks", "gcp_resource_policy_weekly_cycle_day_of_week[]",
	    PT_OLIST, "[]", "dayOfWeeks",
	    &k_gcp_resource_policy_weekly_cycle_day_of_week),
};
static const struct kind
    k_gcp_resource_policy_weekly_cycle = { "gcp_resource_policy_weekly_cycle",
    "resoto_plugin_gcp.resources.compute.GcpResourcePolicyWeeklyCycle", NULL,
    KIND_PROPS(p_gcp_resource_policy_weekly_cycle), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource_policy_weekly_cycle_day_of_week[] = {
	P("day", "string", PT_STRING, NULL, "day", NULL),
	P("duration", "string", PT_STRING, NULL, "duration", NULL),
	P("start_time", "string", PT_STRING, NULL, "startTime", NULL),
};
static const struct kind
    k_gcp_resource_policy_weekly_cycle_day_of_week = { "gcp_resource_policy_weekly_cycle_day_of_week", "resoto_plugin_gcp.resources.compute.GcpResourcePolicyWeeklyCycleDayOfWeek", NULL, KIND_PROPS(p_gcp_resource_policy_weekly_cycle_day_of_week), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_retentionpolicy[] = {
	P("effective_time", "datetime", PT_DATETIME, NULL, "effectiveTime",
	    NULL),
	P("is_locked", "boolean", PT_BOOL, NULL, "isLocked", NULL),
	P("retention_period", "string", PT_STRING, NULL, "retentionPeriod",
	    NULL),
};
static const struct kind k_gcp_retentionpolicy = { "gcp_retentionpolicy",
    "resoto_plugin_gcp.resources.storage.GcpRetentionpolicy", NULL,
    KIND_PROPS(p_gcp_retentionpolicy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_route_as_path[] = {
	P("as_lists", "int64[]", PT_ILIST, "[]", "asLists", NULL),
	P("path_segment_type", "string", PT_STRING, NULL, "pathSegmentType",
	    NULL),
};
static const struct kind k_gcp_route_as_path = { "gcp_route_as_path",
    "resoto_plugin_gcp.resources.compute.GcpRouteAsPath", NULL,
    KIND_PROPS(p_gcp_route_as_path), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_advertised_ip_range[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("range", "string", PT_STRING, NULL, "range", NULL),
};
static const struct kind
    k_gcp_router_advertised_ip_range = { "gcp_router_advertised_ip_range",
    "resoto_plugin_gcp.resources.compute.GcpRouterAdvertisedIpRange", NULL,
    KIND_PROPS(p_gcp_router_advertised_ip_range), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_bgp[] = {
	P("advertise_mode", "string", PT_STRING, NULL, "advertiseMode", NULL),
	P("advertised_groups", "string[]", PT_LIST, "[]", "advertisedGroups",
	    NULL),
	P("advertised_ip_ranges", "gcp_router_advertised_ip_range[]", PT_OLIST,
	    "[]", "advertisedIpRanges", &k_gcp_router_advertised_ip_range),
	P("asn", "int64", PT_INT, NULL, "asn", NULL),
	P("keepalive_interval", "int64", PT_INT, NULL, "keepaliveInterval",
	    NULL),
};
static const struct kind k_gcp_router_bgp = { "gcp_router_bgp",
    "resoto_plugin_gcp.resources.compute.GcpRouterBgp", NULL,
    KIND_PROPS(p_gcp_router_bgp), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_bgp_peer[] = {
	P("advertise_mode", "string", PT_STRING, NULL, "advertiseMode", NULL),
	P("advertised_groups", "string[]", PT_LIST, "[]", "advertisedGroups",
	    NULL),
	P("advertised_ip_ranges", "gcp_router_advertised_ip_range[]", PT_OLIST,
	    "[]", "advertisedIpRanges", &k_gcp_router_advertised_ip_range),
	P("advertised_route_priority", "int64", PT_INT, NULL,
	    "advertisedRoutePriority", NULL),
	P("bfd", "gcp_router_bgp_peer_bfd", PT_OBJECT, "{}", "bfd",
	    &k_gcp_router_bgp_peer_bfd),
	P("enable", "string", PT_STRING, NULL, "enable", NULL),
	P("enable_ipv6", "boolean", PT_BOOL, NULL, "enableIpv6", NULL),
	P("interface_name", "string", PT_STRING, NULL, "interfaceName", NULL),
	P("ip_address", "string", PT_STRING, NULL, "ipAddress", NULL),
	P("ipv6_nexthop_address", "string", PT_STRING, NULL,
	    "ipv6NexthopAddress", NULL),
	P("management_type", "string", PT_STRING, NULL, "managementType", NULL),
	P("md5_authentication_key_name", "string", PT_STRING, NULL,
	    "md5AuthenticationKeyName", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("peer_asn", "int64", PT_INT, NULL, "peerAsn", NULL),
	P("peer_ip_address", "string", PT_STRING, NULL, "peerIpAddress", NULL),
	P("peer_ipv6_nexthop_address", "string", PT_STRING, NULL,
	    "peerIpv6NexthopAddress", NULL),
	P("router_appliance_instance", "string", PT_STRING, NULL,
	    "routerApplianceInstance", NULL),
};
static const struct kind k_gcp_router_bgp_peer = { "gcp_router_bgp_peer",
    "resoto_plugin_gcp.resources.compute.GcpRouterBgpPeer", NULL,
    KIND_PROPS(p_gcp_router_bgp_peer), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_bgp_peer_bfd[] = {
	P("min_receive_interval", "int64", PT_INT, NULL, "minReceiveInterval",
	    NULL),
	P("min_transmit_interval", "int64", PT_INT, NULL, "minTransmitInterval",
	    NULL),
	P("multiplier", "int64", PT_INT, NULL, "multiplier", NULL),
	P("session_initialization_mode", "string", PT_STRING, NULL,
	    "sessionInitializationMode", NULL),
};
static const struct kind
    k_gcp_router_bgp_peer_bfd = { "gcp_router_bgp_peer_bfd",
    "resoto_plugin_gcp.resources.compute.GcpRouterBgpPeerBfd", NULL,
    KIND_PROPS(p_gcp_router_bgp_peer_bfd), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_interface[] = {
	P("ip_range", "string", PT_STRING, NULL, "ipRange", NULL),
	P("linked_interconnect_attachment", "string", PT_STRING, NULL,
	    "linkedInterconnectAttachment", NULL),
	P("linked_vpn_tunnel", "string", PT_STRING, NULL, "linkedVpnTunnel",
	    NULL),
	P("management_type", "string", PT_STRING, NULL, "managementType", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("private_ip_address", "string", PT_STRING, NULL, "privateIpAddress",
	    NULL),
	P("redundant_interface", "string", PT_STRING, NULL,
	    "redundantInterface", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
};
static const struct kind k_gcp_router_interface = { "gcp_router_interface",
    "resoto_plugin_gcp.resources.compute.GcpRouterInterface", NULL,
    KIND_PROPS(p_gcp_router_interface), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_md5_authentication_key[] = {
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
};
static const struct kind
    k_gcp_router_md5_authentication_key = { "gcp_router_md5_authentication_key",
    "resoto_plugin_gcp.resources.compute.GcpRouterMd5AuthenticationKey", NULL,
    KIND_PROPS(p_gcp_router_md5_authentication_key), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_nat[] = {
	P("drain_nat_ips", "string[]", PT_LIST, "[]", "drainNatIps", NULL),
	P("enable_dynamic_port_allocation", "boolean", PT_BOOL, NULL,
	    "enableDynamicPortAllocation", NULL),
	P("enable_endpoint_independent_mapping", "boolean", PT_BOOL, NULL,
	    "enableEndpointIndependentMapping", NULL),
	P("endpoint_types", "string[]", PT_LIST, "[]", "endpointTypes", NULL),
	P("icmp_idle_timeout_sec", "int64", PT_INT, NULL, "icmpIdleTimeoutSec",
	    NULL),
	P("router_nat_log_config", "gcp_router_nat_log_config", PT_OBJECT, "{}",
	    "logConfig", &k_gcp_router_nat_log_config),
	P("max_ports_per_vm", "int64", PT_INT, NULL, "maxPortsPerVm", NULL),
	P("min_ports_per_vm", "int64", PT_INT, NULL, "minPortsPerVm", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("nat_ip_allocate_option", "string", PT_STRING, NULL,
	    "natIpAllocateOption", NULL),
	P("nat_ips", "string[]", PT_LIST, "[]", "natIps", NULL),
	P("router_nat_rules", "gcp_router_nat_rule[]", PT_OLIST, "[]", "rules",
	    &k_gcp_router_nat_rule),
	P("source_subnetwork_ip_ranges_to_nat", "string", PT_STRING, NULL,
	    "sourceSubnetworkIpRangesToNat", NULL),
	P("subnetworks", "gcp_router_nat_subnetwork_to_nat[]", PT_OLIST, "[]",
	    "subnetworks", &k_gcp_router_nat_subnetwork_to_nat),
	P("tcp_established_idle_timeout_sec", "int64", PT_INT, NULL,
	    "tcpEstablishedIdleTimeoutSec", NULL),
	P("tcp_time_wait_timeout_sec", "int64", PT_INT, NULL,
	    "tcpTimeWaitTimeoutSec", NULL),
	P("tcp_transitory_idle_timeout_sec", "int64", PT_INT, NULL,
	    "tcpTransitoryIdleTimeoutSec", NULL),
	P("udp_idle_timeout_sec", "int64", PT_INT, NULL, "udpIdleTimeoutSec",
	    NULL),
};
static const struct kind k_gcp_router_nat = { "gcp_router_nat",
    "resoto_plugin_gcp.resources.compute.GcpRouterNat", NULL,
    KIND_PROPS(p_gcp_router_nat), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_nat_log_config[] = {
	P("enable", "boolean", PT_BOOL, NULL, "enable", NULL),
	P("filter", "string", PT_STRING, NULL, "filter", NULL),
};
static const struct kind
    k_gcp_router_nat_log_config = { "gcp_router_nat_log_config",
    "resoto_plugin_gcp.resources.compute.GcpRouterNatLogConfig", NULL,
    KIND_PROPS(p_gcp_router_nat_log_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_nat_rule[] = {
	P("action", "gcp_router_nat_rule_action", PT_OBJECT, "{}", "action",
	    &k_gcp_router_nat_rule_action),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("match", "string", PT_STRING, NULL, "match", NULL),
	P("rule_number", "int64", PT_INT, NULL, "ruleNumber", NULL),
};
static const struct kind k_gcp_router_nat_rule = { "gcp_router_nat_rule",
    "resoto_plugin_gcp.resources.compute.GcpRouterNatRule", NULL,
    KIND_PROPS(p_gcp_router_nat_rule), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_nat_rule_action[] = {
	P("source_nat_active_ips", "string[]", PT_LIST, "[]",
	    "sourceNatActiveIps", NULL),
	P("source_nat_drain_ips", "string[]", PT_LIST, "[]",
	    "sourceNatDrainIps", NULL),
};
static const struct kind
    k_gcp_router_nat_rule_action = { "gcp_router_nat_rule_action",
    "resoto_plugin_gcp.resources.compute.GcpRouterNatRuleAction", NULL,
    KIND_PROPS(p_gcp_router_nat_rule_action), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_router_nat_subnetwork_to_nat[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("secondary_ip_range_names", "string[]", PT_LIST, "[]",
	    "secondaryIpRangeNames", NULL),
	P("source_ip_ranges_to_nat", "string[]", PT_LIST, "[]",
	    "sourceIpRangesToNat", NULL),
};
static const struct kind
    k_gcp_router_nat_subnetwork_to_nat = { "gcp_router_nat_subnetwork_to_nat",
    "resoto_plugin_gcp.resources.compute.GcpRouterNatSubnetworkToNat", NULL,
    KIND_PROPS(p_gcp_router_nat_subnetwork_to_nat), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_rule[] = {
	P("action", "gcp_action", PT_OBJECT, "{}", "action", &k_gcp_action),
	P("condition", "gcp_condition", PT_OBJECT, "{}", "condition",
	    &k_gcp_condition),
};
static const struct kind k_gcp_rule = { "gcp_rule",
    "resoto_plugin_gcp.resources.storage.GcpRule", NULL, KIND_PROPS(p_gcp_rule),
    NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_saved_attached_disk[] = {
	P("auto_delete", "boolean", PT_BOOL, NULL, "autoDelete", NULL),
	P("boot", "boolean", PT_BOOL, NULL, "boot", NULL),
	P("device_name", "string", PT_STRING, NULL, "deviceName", NULL),
	P("disk_encryption_key", "gcp_customer_encryption_key", PT_OBJECT, "{}",
	    "diskEncryptionKey", &k_gcp_customer_encryption_key),
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("disk_type", "string", PT_STRING, NULL, "diskType", NULL),
	P("guest_os_features", "string[]", PT_LIST, "[]", "guestOsFeatures",
	    NULL),
	P("index", "int64", PT_INT, NULL, "index", NULL),
	P("interface", "string", PT_STRING, NULL, "interface", NULL),
	P("licenses", "string[]", PT_LIST, "[]", "licenses", NULL),
	P("mode", "string", PT_STRING, NULL, "mode", NULL),
	P("source", "string", PT_STRING, NULL, "source", NULL),
	P("storage_bytes", "string", PT_STRING, NULL, "storageBytes", NULL),
	P("storage_bytes_status", "string", PT_STRING, NULL,
	    "storageBytesStatus", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind
    k_gcp_saved_attached_disk = { "gcp_saved_attached_disk",
    "resoto_plugin_gcp.resources.compute.GcpSavedAttachedDisk", NULL,
    KIND_PROPS(p_gcp_saved_attached_disk), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_saved_disk[] = {
	P("architecture", "string", PT_STRING, NULL, "architecture", NULL),
	P("source_disk", "string", PT_STRING, NULL, "sourceDisk", NULL),
	P("storage_bytes", "string", PT_STRING, NULL, "storageBytes", NULL),
	P("storage_bytes_status", "string", PT_STRING, NULL,
	    "storageBytesStatus", NULL),
};
static const struct kind k_gcp_saved_disk = { "gcp_saved_disk",
    "resoto_plugin_gcp.resources.compute.GcpSavedDisk", NULL,
    KIND_PROPS(p_gcp_saved_disk), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_scaling_schedule_status[] = {
	P("last_start_time", "datetime", PT_DATETIME, NULL, "lastStartTime",
	    NULL),
	P("next_start_time", "datetime", PT_DATETIME, NULL, "nextStartTime",
	    NULL),
	P("scaling_schedule_status_state", "string", PT_STRING, NULL, "state",
	    NULL),
};
static const struct kind
    k_gcp_scaling_schedule_status = { "gcp_scaling_schedule_status",
    "resoto_plugin_gcp.resources.compute.GcpScalingScheduleStatus", NULL,
    KIND_PROPS(p_gcp_scaling_schedule_status), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_scheduling[] = {
	P("automatic_restart", "boolean", PT_BOOL, NULL, "automaticRestart",
	    NULL),
	P("instance_termination_action", "string", PT_STRING, NULL,
	    "instanceTerminationAction", NULL),
	P("location_hint", "string", PT_STRING, NULL, "locationHint", NULL),
	P("min_node_cpus", "int64", PT_INT, NULL, "minNodeCpus", NULL),
	P("node_affinities", "gcp_scheduling_node_affinity[]", PT_OLIST, "[]",
	    "nodeAffinities", &k_gcp_scheduling_node_affinity),
	P("on_host_maintenance", "string", PT_STRING, NULL, "onHostMaintenance",
	    NULL),
	P("preemptible", "boolean", PT_BOOL, NULL, "preemptible", NULL),
	P("provisioning_model", "string", PT_STRING, NULL, "provisioningModel",
	    NULL),
};
static const struct kind k_gcp_scheduling = { "gcp_scheduling",
    "resoto_plugin_gcp.resources.compute.GcpScheduling", NULL,
    KIND_PROPS(p_gcp_scheduling), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_scheduling_node_affinity[] = {
	P("key", "string", PT_STRING, NULL, "key", NULL),
	P("operator", "string", PT_STRING, NULL, "operator", NULL),
	P("values", "string[]", PT_LIST, "[]", "values", NULL),
};
static const struct kind
    k_gcp_scheduling_node_affinity = { "gcp_scheduling_node_affinity",
    "resoto_plugin_gcp.resources.compute.GcpSchedulingNodeAffinity", NULL,
    KIND_PROPS(p_gcp_scheduling_node_affinity), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_adaptive_protection_config[] = {
	P("layer7_ddos_defense_config",
	    "gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config", PT_OBJECT, "{}", "layer7DdosDefenseConfig", &k_gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config),
};
static const struct kind
    k_gcp_security_policy_adaptive_protection_config = { "gcp_security_policy_adaptive_protection_config", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyAdaptiveProtectionConfig", NULL, KIND_PROPS(p_gcp_security_policy_adaptive_protection_config), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config[] = {
	P("enable", "boolean", PT_BOOL, NULL, "enable", NULL),
	P("rule_visibility", "string", PT_STRING, NULL, "ruleVisibility", NULL),
};
static const struct kind
    k_gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config = { "gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyAdaptiveProtectionConfigLayer7DdosDefenseConfig", NULL, KIND_PROPS(p_gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_advanced_options_config[] = {
	P("json_custom_config",
	    "gcp_security_policy_advanced_options_config_json_custom_config",
	    PT_OBJECT, "{}", "jsonCustomConfig",
	    &k_gcp_security_policy_advanced_options_config_json_custom_config),
	P("json_parsing", "string", PT_STRING, NULL, "jsonParsing", NULL),
	P("log_level", "string", PT_STRING, NULL, "logLevel", NULL),
};
static const struct kind
    k_gcp_security_policy_advanced_options_config = { "gcp_security_policy_advanced_options_config", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyAdvancedOptionsConfig", NULL, KIND_PROPS(p_gcp_security_policy_advanced_options_config), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_security_policy_advanced_options_config_json_custom_config[] = {
	P("content_types", "string[]", PT_LIST, "[]", "contentTypes", NULL),
};
static const struct kind
    k_gcp_security_policy_advanced_options_config_json_custom_config = { "gcp_security_policy_advanced_options_config_json_custom_config", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyAdvancedOptionsConfigJsonCustomConfig", NULL, KIND_PROPS(p_gcp_security_policy_advanced_options_config_json_custom_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_rule[] = {
	P("action", "string", PT_STRING, NULL, "action", NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("header_action", "gcp_security_policy_rule_http_header_action",
	    PT_OBJECT, "{}", "headerAction",
	    &k_gcp_security_policy_rule_http_header_action),
	P("match", "gcp_security_policy_rule_matcher", PT_OBJECT, "{}", "match",
	    &k_gcp_security_policy_rule_matcher),
	P("preview", "boolean", PT_BOOL, NULL, "preview", NULL),
	P("priority", "int64", PT_INT, NULL, "priority", NULL),
	P("rate_limit_options", "gcp_security_policy_rule_rate_limit_options",
	    PT_OBJECT, "{}", "rateLimitOptions",
	    &k_gcp_security_policy_rule_rate_limit_options),
	P("redirect_options", "gcp_security_policy_rule_redirect_options",
	    PT_OBJECT, "{}", "redirectOptions",
	    &k_gcp_security_policy_rule_redirect_options),
};
static const struct kind
    k_gcp_security_policy_rule = { "gcp_security_policy_rule",
    "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRule", NULL,
    KIND_PROPS(p_gcp_security_policy_rule), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_rule_http_header_action[] = {
	P("request_headers_to_adds",
	    "gcp_security_policy_rule_http_header_action_http_header_option[]",
	    PT_OLIST, "[]", "requestHeadersToAdds",
	    &k_gcp_security_policy_rule_http_header_action_http_header_option),
};
static const struct kind
    k_gcp_security_policy_rule_http_header_action = { "gcp_security_policy_rule_http_header_action", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRuleHttpHeaderAction", NULL, KIND_PROPS(p_gcp_security_policy_rule_http_header_action), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_security_policy_rule_http_header_action_http_header_option[] = {
	P("header_name", "string", PT_STRING, NULL, "headerName", NULL),
	P("header_value", "string", PT_STRING, NULL, "headerValue", NULL),
};
static const struct kind
    k_gcp_security_policy_rule_http_header_action_http_header_option = { "gcp_security_policy_rule_http_header_action_http_header_option", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRuleHttpHeaderActionHttpHeaderOption", NULL, KIND_PROPS(p_gcp_security_policy_rule_http_header_action_http_header_option), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_rule_matcher[] = {
	P("config", "gcp_security_policy_rule_matcher_config", PT_OBJECT, "{}",
	    "config", &k_gcp_security_policy_rule_matcher_config),
	P("expr", "gcp_expr", PT_OBJECT, "{}", "expr", &k_gcp_expr),
	P("versioned_expr", "string", PT_STRING, NULL, "versionedExpr", NULL),
};
static const struct kind
    k_gcp_security_policy_rule_matcher = { "gcp_security_policy_rule_matcher",
    "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRuleMatcher", NULL,
    KIND_PROPS(p_gcp_security_policy_rule_matcher), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_rule_matcher_config[] = {
	P("src_ip_ranges", "string[]", PT_LIST, "[]", "srcIpRanges", NULL),
};
static const struct kind
    k_gcp_security_policy_rule_matcher_config = { "gcp_security_policy_rule_matcher_config", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRuleMatcherConfig", NULL, KIND_PROPS(p_gcp_security_policy_rule_matcher_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_rule_rate_limit_options[] = {
	P("ban_duration_sec", "int64", PT_INT, NULL, "banDurationSec", NULL),
	P("ban_threshold",
	    "gcp_security_policy_rule_rate_limit_options_threshold", PT_OBJECT,
	    "{}", "banThreshold",
	    &k_gcp_security_policy_rule_rate_limit_options_threshold),
	P("conform_action", "string", PT_STRING, NULL, "conformAction", NULL),
	P("enforce_on_key", "string", PT_STRING, NULL, "enforceOnKey", NULL),
	P("enforce_on_key_name", "string", PT_STRING, NULL, "enforceOnKeyName",
	    NULL),
	P("exceed_action", "string", PT_STRING, NULL, "exceedAction", NULL),
	P("exceed_redirect_options",
	    "gcp_security_policy_rule_redirect_options", PT_OBJECT, "{}",
	    "exceedRedirectOptions",
	    &k_gcp_security_policy_rule_redirect_options),
	P("rate_limit_threshold",
	    "gcp_security_policy_rule_rate_limit_options_threshold", PT_OBJECT,
	    "{}", "rateLimitThreshold",
	    &k_gcp_security_policy_rule_rate_limit_options_threshold),
};
static const struct kind
    k_gcp_security_policy_rule_rate_limit_options = { "gcp_security_policy_rule_rate_limit_options", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRuleRateLimitOptions", NULL, KIND_PROPS(p_gcp_security_policy_rule_rate_limit_options), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_security_policy_rule_rate_limit_options_threshold[] = {
	P("count", "int64", PT_INT, NULL, "count", NULL),
	P("interval_sec", "int64", PT_INT, NULL, "intervalSec", NULL),
};
static const struct kind
    k_gcp_security_policy_rule_rate_limit_options_threshold = { "gcp_security_policy_rule_rate_limit_options_threshold", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRuleRateLimitOptionsThreshold", NULL, KIND_PROPS(p_gcp_security_policy_rule_rate_limit_options_threshold), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_policy_rule_redirect_options[] = {
	P("target", "string", PT_STRING, NULL, "target", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind
    k_gcp_security_policy_rule_redirect_options = { "gcp_security_policy_rule_redirect_options", "resoto_plugin_gcp.resources.compute.GcpSecurityPolicyRuleRedirectOptions", NULL, KIND_PROPS(p_gcp_security_policy_rule_redirect_options), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_security_settings[] = {
	P("client_tls_policy", "string", PT_STRING, NULL, "clientTlsPolicy",
	    NULL),
	P("subject_alt_names", "string[]", PT_LIST, "[]", "subjectAltNames",
	    NULL),
};
static const struct kind k_gcp_security_settings = { "gcp_security_settings",
    "resoto_plugin_gcp.resources.compute.GcpSecuritySettings", NULL,
    KIND_PROPS(p_gcp_security_settings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_service_account[] = {
	P("email", "string", PT_STRING, NULL, "email", NULL),
	P("scopes", "string[]", PT_LIST, "[]", "scopes", NULL),
};
static const struct kind k_gcp_service_account = { "gcp_service_account",
    "resoto_plugin_gcp.resources.compute.GcpServiceAccount", NULL,
    KIND_PROPS(p_gcp_service_account), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_service_attachment_connected_endpoint[] = {
	P("endpoint", "string", PT_STRING, NULL, "endpoint", NULL),
	P("psc_connection_id", "string", PT_STRING, NULL, "pscConnectionId",
	    NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
static const struct kind
    k_gcp_service_attachment_connected_endpoint = { "gcp_service_attachment_connected_endpoint", "resoto_plugin_gcp.resources.compute.GcpServiceAttachmentConnectedEndpoint", NULL, KIND_PROPS(p_gcp_service_attachment_connected_endpoint), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_service_attachment_consumer_project_limit[] = {
	P("connection_limit", "int64", PT_INT, NULL, "connectionLimit", NULL),
	P("project_id_or_num", "string", PT_STRING, NULL, "projectIdOrNum",
	    NULL),
};
static const struct kind
    k_gcp_service_attachment_consumer_project_limit = { "gcp_service_attachment_consumer_project_limit", "resoto_plugin_gcp.resources.compute.GcpServiceAttachmentConsumerProjectLimit", NULL, KIND_PROPS(p_gcp_service_attachment_consumer_project_limit), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_share_settings[] = {
	P("project_map",
	    "dictionary[string, gcp_share_settings_project_config]", PT_DICT,
	    NULL, NULL, NULL),
	P("share_type", "string", PT_STRING, NULL, "shareType", NULL),
};
static const struct kind k_gcp_share_settings = { "gcp_share_settings",
    "resoto_plugin_gcp.resources.compute.GcpShareSettings", NULL,
    KIND_PROPS(p_gcp_share_settings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_share_settings_project_config[] = {
	P("project_id", "string", PT_STRING, NULL, "projectId", NULL),
};
static const struct kind
    k_gcp_share_settings_project_config = { "gcp_share_settings_project_config",
    "resoto_plugin_gcp.resources.compute.GcpShareSettingsProjectConfig", NULL,
    KIND_PROPS(p_gcp_share_settings_project_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_shielded_instance_config[] = {
	P("enable_integrity_monitoring", "boolean", PT_BOOL, NULL,
	    "enableIntegrityMonitoring", NULL),
	P("enable_secure_boot", "boolean", PT_BOOL, NULL, "enableSecureBoot",
	    NULL),
	P("enable_vtpm", "boolean", PT_BOOL, NULL, "enableVtpm", NULL),
};
static const struct kind
    k_gcp_shielded_instance_config = { "gcp_shielded_instance_config",
    "resoto_plugin_gcp.resources.compute.GcpShieldedInstanceConfig", NULL,
    KIND_PROPS(p_gcp_shielded_instance_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_source_disk_encryption_key[] = {
	P("disk_encryption_key", "gcp_customer_encryption_key", PT_OBJECT, "{}",
	    "diskEncryptionKey", &k_gcp_customer_encryption_key),
	P("source_disk", "string", PT_STRING, NULL, "sourceDisk", NULL),
};
static const struct kind
    k_gcp_source_disk_encryption_key = { "gcp_source_disk_encryption_key",
    "resoto_plugin_gcp.resources.compute.GcpSourceDiskEncryptionKey", NULL,
    KIND_PROPS(p_gcp_source_disk_encryption_key), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_source_instance_params[] = {
	P("disk_configs", "gcp_disk_instantiation_config[]", PT_OLIST, "[]",
	    "diskConfigs", &k_gcp_disk_instantiation_config),
};
static const struct kind
    k_gcp_source_instance_params = { "gcp_source_instance_params",
    "resoto_plugin_gcp.resources.compute.GcpSourceInstanceParams", NULL,
    KIND_PROPS(p_gcp_source_instance_params), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_source_instance_properties[] = {
	P("can_ip_forward", "boolean", PT_BOOL, NULL, "canIpForward", NULL),
	P("deletion_protection", "boolean", PT_BOOL, NULL, "deletionProtection",
	    NULL),
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("saved_disks", "gcp_saved_attached_disk[]", PT_OLIST, "[]", "disks",
	    &k_gcp_saved_attached_disk),
	P("guest_accelerators", "gcp_accelerator_config[]", PT_OLIST, "[]",
	    "guestAccelerators", &k_gcp_accelerator_config),
	P("key_revocation_action_type", "string", PT_STRING, NULL,
	    "keyRevocationActionType", NULL),
	P("labels", "dictionary[string, string]", PT_DICT, NULL, "labels",
	    NULL),
	P("machine_type", "string", PT_STRING, NULL, "machineType", NULL),
	P("metadata", "gcp_metadata", PT_OBJECT, "{}", "metadata",
	    &k_gcp_metadata),
	P("min_cpu_platform", "string", PT_STRING, NULL, "minCpuPlatform",
	    NULL),
	P("network_interfaces", "gcp_network_interface[]", PT_OLIST, "[]",
	    "networkInterfaces", &k_gcp_network_interface),
	P("scheduling", "gcp_scheduling", PT_OBJECT, "{}", "scheduling",
	    &k_gcp_scheduling),
	P("service_accounts", "gcp_service_account[]", PT_OLIST, "[]",
	    "serviceAccounts", &k_gcp_service_account),
	P("tags", "gcp_tags", PT_OBJECT, "{}", "tags", &k_gcp_tags),
};
static const struct kind
    k_gcp_source_instance_properties = { "gcp_source_instance_properties",
    "resoto_plugin_gcp.resources.compute.GcpSourceInstanceProperties", NULL,
    KIND_PROPS(p_gcp_source_instance_properties), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_acl_entry[] = {
	P("expiration_time", "datetime", PT_DATETIME, NULL, "expirationTime",
	    NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
static const struct kind k_gcp_sql_acl_entry = { "gcp_sql_acl_entry",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlAclEntry", NULL,
    KIND_PROPS(p_gcp_sql_acl_entry), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_backup_configuration[] = {
	P("backup_retention_settings", "gcp_sql_backup_retention_settings",
	    PT_OBJECT, "{}", "backupRetentionSettings",
	    &k_gcp_sql_backup_retention_settings),
	P("binary_log_enabled", "boolean", PT_BOOL, NULL, "binaryLogEnabled",
	    NULL),
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("point_in_time_recovery_enabled", "boolean", PT_BOOL, NULL,
	    "pointInTimeRecoveryEnabled", NULL),
	P("replication_log_archiving_enabled", "boolean", PT_BOOL, NULL,
	    "replicationLogArchivingEnabled", NULL),
	P("start_time", "string", PT_STRING, NULL, "startTime", NULL),
	P("transaction_log_retention_days", "int64", PT_INT, NULL,
	    "transactionLogRetentionDays", NULL),
};
static const struct kind
    k_gcp_sql_backup_configuration = { "gcp_sql_backup_configuration",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlBackupConfiguration", NULL,
    KIND_PROPS(p_gcp_sql_backup_configuration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_backup_retention_settings[] = {
	P("retained_backups", "int64", PT_INT, NULL, "retainedBackups", NULL),
	P("retention_unit", "string", PT_STRING, NULL, "retentionUnit", NULL),
};
static const struct kind
    k_gcp_sql_backup_retention_settings = { "gcp_sql_backup_retention_settings",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlBackupRetentionSettings", NULL,
    KIND_PROPS(p_gcp_sql_backup_retention_settings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_bakimportoptions[] = {
	P("encryption_options", "gcp_sql_encryptionoptions", PT_OBJECT, "{}",
	    "encryptionOptions", &k_gcp_sql_encryptionoptions),
};
static const struct kind
    k_gcp_sql_bakimportoptions = { "gcp_sql_bakimportoptions",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlBakimportoptions", NULL,
    KIND_PROPS(p_gcp_sql_bakimportoptions), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_csvexportoptions[] = {
	P("escape_character", "string", PT_STRING, NULL, "escapeCharacter",
	    NULL),
	P("fields_terminated_by", "string", PT_STRING, NULL,
	    "fieldsTerminatedBy", NULL),
	P("lines_terminated_by", "string", PT_STRING, NULL, "linesTerminatedBy",
	    NULL),
	P("quote_character", "string", PT_STRING, NULL, "quoteCharacter", NULL),
	P("select_query", "string", PT_STRING, NULL, "selectQuery", NULL),
};
static const struct kind
    k_gcp_sql_csvexportoptions = { "gcp_sql_csvexportoptions",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlCsvexportoptions", NULL,
    KIND_PROPS(p_gcp_sql_csvexportoptions), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_csvimportoptions[] = {
	P("columns", "string[]", PT_LIST, "[]", "columns", NULL),
	P("escape_character", "string", PT_STRING, NULL, "escapeCharacter",
	    NULL),
	P("fields_terminated_by", "string", PT_STRING, NULL,
	    "fieldsTerminatedBy", NULL),
	P("lines_terminated_by", "string", PT_STRING, NULL, "linesTerminatedBy",
	    NULL),
	P("quote_character", "string", PT_STRING, NULL, "quoteCharacter", NULL),
	P("table", "string", PT_STRING, NULL, "table", NULL),
};
static const struct kind
    k_gcp_sql_csvimportoptions = { "gcp_sql_csvimportoptions",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlCsvimportoptions", NULL,
    KIND_PROPS(p_gcp_sql_csvimportoptions), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_database_flags[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
static const struct kind k_gcp_sql_database_flags = { "gcp_sql_database_flags",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlDatabaseFlags", NULL,
    KIND_PROPS(p_gcp_sql_database_flags), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_deny_maintenance_period[] = {
	P("end_date", "string", PT_STRING, NULL, "endDate", NULL),
	P("start_date", "string", PT_STRING, NULL, "startDate", NULL),
	P("time", "string", PT_STRING, NULL, "time", NULL),
};
static const struct kind
    k_gcp_sql_deny_maintenance_period = { "gcp_sql_deny_maintenance_period",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlDenyMaintenancePeriod", NULL,
    KIND_PROPS(p_gcp_sql_deny_maintenance_period), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_encryptionoptions[] = {
	P("cert_path", "string", PT_STRING, NULL, "certPath", NULL),
	P("pvk_password", "string", PT_STRING, NULL, "pvkPassword", NULL),
	P("pvk_path", "string", PT_STRING, NULL, "pvkPath", NULL),
};
static const struct kind
    k_gcp_sql_encryptionoptions = { "gcp_sql_encryptionoptions",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlEncryptionoptions", NULL,
    KIND_PROPS(p_gcp_sql_encryptionoptions), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_export_context[] = {
	P("csv_export_options", "gcp_sql_csvexportoptions", PT_OBJECT, "{}",
	    "csvExportOptions", &k_gcp_sql_csvexportoptions),
	P("databases", "string[]", PT_LIST, "[]", "databases", NULL),
	P("file_type", "string", PT_STRING, NULL, "fileType", NULL),
	P("offload", "boolean", PT_BOOL, NULL, "offload", NULL),
	P("sql_export_options", "gcp_sql_sqlexportoptions", PT_OBJECT, "{}",
	    "sqlExportOptions", &k_gcp_sql_sqlexportoptions),
	P("uri", "string", PT_STRING, NULL, "uri", NULL),
};
static const struct kind k_gcp_sql_export_context = { "gcp_sql_export_context",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlExportContext", NULL,
    KIND_PROPS(p_gcp_sql_export_context), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_failoverreplica[] = {
	P("available", "boolean", PT_BOOL, NULL, "available", NULL),
	P("name", "string", PT_STRING, NULL, "name", NULL),
};
static const struct kind
    k_gcp_sql_failoverreplica = { "gcp_sql_failoverreplica",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlFailoverreplica", NULL,
    KIND_PROPS(p_gcp_sql_failoverreplica), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_import_context[] = {
	P("bak_import_options", "gcp_sql_bakimportoptions", PT_OBJECT, "{}",
	    "bakImportOptions", &k_gcp_sql_bakimportoptions),
	P("csv_import_options", "gcp_sql_csvimportoptions", PT_OBJECT, "{}",
	    "csvImportOptions", &k_gcp_sql_csvimportoptions),
	P("database", "string", PT_STRING, NULL, "database", NULL),
	P("file_type", "string", PT_STRING, NULL, "fileType", NULL),
	P("import_user", "string", PT_STRING, NULL, "importUser", NULL),
	P("uri", "string", PT_STRING, NULL, "uri", NULL),
};
static const struct kind k_gcp_sql_import_context = { "gcp_sql_import_context",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlImportContext", NULL,
    KIND_PROPS(p_gcp_sql_import_context), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_insights_config[] = {
	P("query_insights_enabled", "boolean", PT_BOOL, NULL,
	    "queryInsightsEnabled", NULL),
	P("query_plans_per_minute", "int64", PT_INT, NULL,
	    "queryPlansPerMinute", NULL),
	P("query_string_length", "int64", PT_INT, NULL, "queryStringLength",
	    NULL),
	P("record_application_tags", "boolean", PT_BOOL, NULL,
	    "recordApplicationTags", NULL),
	P("record_client_address", "boolean", PT_BOOL, NULL,
	    "recordClientAddress", NULL),
};
static const struct kind
    k_gcp_sql_insights_config = { "gcp_sql_insights_config",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlInsightsConfig", NULL,
    KIND_PROPS(p_gcp_sql_insights_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_instance_reference[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("project", "string", PT_STRING, NULL, "project", NULL),
	P("region", "string", PT_STRING, NULL, "region", NULL),
};
static const struct kind
    k_gcp_sql_instance_reference = { "gcp_sql_instance_reference",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlInstanceReference", NULL,
    KIND_PROPS(p_gcp_sql_instance_reference), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_ip_configuration[] = {
	P("allocated_ip_range", "string", PT_STRING, NULL, "allocatedIpRange",
	    NULL),
	P("authorized_networks", "gcp_sql_acl_entry[]", PT_OLIST, "[]",
	    "authorizedNetworks", &k_gcp_sql_acl_entry),
	P("ipv4_enabled", "boolean", PT_BOOL, NULL, "ipv4Enabled", NULL),
	P("private_network", "string", PT_STRING, NULL, "privateNetwork", NULL),
	P("require_ssl", "boolean", PT_BOOL, NULL, "requireSsl", NULL),
};
static const struct kind
    k_gcp_sql_ip_configuration = { "gcp_sql_ip_configuration",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlIpConfiguration", NULL,
    KIND_PROPS(p_gcp_sql_ip_configuration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_ip_mapping[] = {
	P("ip_address", "string", PT_STRING, NULL, "ipAddress", NULL),
	P("time_to_retire", "string", PT_STRING, NULL, "timeToRetire", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
static const struct kind k_gcp_sql_ip_mapping = { "gcp_sql_ip_mapping",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlIpMapping", NULL,
    KIND_PROPS(p_gcp_sql_ip_mapping), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_location_preference[] = {
	P("follow_gae_application", "string", PT_STRING, NULL,
	    "followGaeApplication", NULL),
	P("secondary_zone", "string", PT_STRING, NULL, "secondaryZone", NULL),
	P("zone", "string", PT_STRING, NULL, "zone", NULL),
};
static const struct kind
    k_gcp_sql_location_preference = { "gcp_sql_location_preference",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlLocationPreference", NULL,
    KIND_PROPS(p_gcp_sql_location_preference), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_maintenance_window[] = {
	P("day", "int64", PT_INT, NULL, "day", NULL),
	P("hour", "int64", PT_INT, NULL, "hour", NULL),
	P("update_track", "string", PT_STRING, NULL, "updateTrack", NULL),
};
static const struct kind
    k_gcp_sql_maintenance_window = { "gcp_sql_maintenance_window",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlMaintenanceWindow", NULL,
    KIND_PROPS(p_gcp_sql_maintenance_window), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_my_sql_replica_configuration[] = {
	P("ca_certificate", "string", PT_STRING, NULL, "caCertificate", NULL),
	P("client_certificate", "string", PT_STRING, NULL, "clientCertificate",
	    NULL),
	P("client_key", "string", PT_STRING, NULL, "clientKey", NULL),
	P("connect_retry_interval", "int64", PT_INT, NULL,
	    "connectRetryInterval", NULL),
	P("dump_file_path", "string", PT_STRING, NULL, "dumpFilePath", NULL),
	P("master_heartbeat_period", "string", PT_STRING, NULL,
	    "masterHeartbeatPeriod", NULL),
	P("password", "string", PT_STRING, NULL, "password", NULL),
	P("ssl_cipher", "string", PT_STRING, NULL, "sslCipher", NULL),
	P("username", "string", PT_STRING, NULL, "username", NULL),
	P("verify_server_certificate", "boolean", PT_BOOL, NULL,
	    "verifyServerCertificate", NULL),
};
static const struct kind
    k_gcp_sql_my_sql_replica_configuration = { "gcp_sql_my_sql_replica_configuration", "resoto_plugin_gcp.resources.sqladmin.GcpSqlMySqlReplicaConfiguration", NULL, KIND_PROPS(p_gcp_sql_my_sql_replica_configuration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_mysqlexportoptions[] = {
	P("master_data", "int64", PT_INT, NULL, "masterData", NULL),
};
static const struct kind
    k_gcp_sql_mysqlexportoptions = { "gcp_sql_mysqlexportoptions",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlMysqlexportoptions", NULL,
    KIND_PROPS(p_gcp_sql_mysqlexportoptions), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_on_premises_configuration[] = {
	P("ca_certificate", "string", PT_STRING, NULL, "caCertificate", NULL),
	P("client_certificate", "string", PT_STRING, NULL, "clientCertificate",
	    NULL),
	P("client_key", "string", PT_STRING, NULL, "clientKey", NULL),
	P("dump_file_path", "string", PT_STRING, NULL, "dumpFilePath", NULL),
	P("host_port", "string", PT_STRING, NULL, "hostPort", NULL),
	P("password", "string", PT_STRING, NULL, "password", NULL),
	P("source_instance", "gcp_sql_instance_reference", PT_OBJECT, "{}",
	    "sourceInstance", &k_gcp_sql_instance_reference),
	P("username", "string", PT_STRING, NULL, "username", NULL),
};
static const struct kind
    k_gcp_sql_on_premises_configuration = { "gcp_sql_on_premises_configuration",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlOnPremisesConfiguration", NULL,
    KIND_PROPS(p_gcp_sql_on_premises_configuration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_operation_error[] = {
	P("code", "string", PT_STRING, NULL, "code", NULL),
	P("message", "string", PT_STRING, NULL, "message", NULL),
};
static const struct kind
    k_gcp_sql_operation_error = { "gcp_sql_operation_error",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlOperationError", NULL,
    KIND_PROPS(p_gcp_sql_operation_error), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_password_status[] = {
	P("locked", "boolean", PT_BOOL, NULL, "locked", NULL),
	P("password_expiration_time", "datetime", PT_DATETIME, NULL,
	    "passwordExpirationTime", NULL),
};
static const struct kind
    k_gcp_sql_password_status = { "gcp_sql_password_status",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlPasswordStatus", NULL,
    KIND_PROPS(p_gcp_sql_password_status), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_password_validation_policy[] = {
	P("complexity", "string", PT_STRING, NULL, "complexity", NULL),
	P("disallow_username_substring", "boolean", PT_BOOL, NULL,
	    "disallowUsernameSubstring", NULL),
	P("enable_password_policy", "boolean", PT_BOOL, NULL,
	    "enablePasswordPolicy", NULL),
	P("min_length", "int64", PT_INT, NULL, "minLength", NULL),
	P("password_change_interval", "string", PT_STRING, NULL,
	    "passwordChangeInterval", NULL),
	P("reuse_interval", "int64", PT_INT, NULL, "reuseInterval", NULL),
};
static const struct kind
    k_gcp_sql_password_validation_policy = { "gcp_sql_password_validation_policy", "resoto_plugin_gcp.resources.sqladmin.GcpSqlPasswordValidationPolicy", NULL, KIND_PROPS(p_gcp_sql_password_validation_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_replica_configuration[] = {
	P("failover_target", "boolean", PT_BOOL, NULL, "failoverTarget", NULL),
	P("mysql_replica_configuration", "gcp_sql_my_sql_replica_configuration",
	    PT_OBJECT, "{}", "mysqlReplicaConfiguration",
	    &k_gcp_sql_my_sql_replica_configuration),
};
static const struct kind
    k_gcp_sql_replica_configuration = { "gcp_sql_replica_configuration",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlReplicaConfiguration", NULL,
    KIND_PROPS(p_gcp_sql_replica_configuration), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_settings[] = {
	P("activation_policy", "string", PT_STRING, NULL, "activationPolicy",
	    NULL),
	P("active_directory_config", "string", PT_STRING, NULL,
	    "activeDirectoryConfig.domain", NULL),
	P("authorized_gae_applications", "string[]", PT_LIST, "[]",
	    "authorizedGaeApplications", NULL),
	P("availability_type", "string", PT_STRING, NULL, "availabilityType",
	    NULL),
	P("backup_configuration", "gcp_sql_backup_configuration", PT_OBJECT,
	    "{}", "backupConfiguration", &k_gcp_sql_backup_configuration),
	P("collation", "string", PT_STRING, NULL, "collation", NULL),
	P("connector_enforcement", "string", PT_STRING, NULL,
	    "connectorEnforcement", NULL),
	P("crash_safe_replication_enabled", "boolean", PT_BOOL, NULL,
	    "crashSafeReplicationEnabled", NULL),
	P("data_disk_size_gb", "string", PT_STRING, NULL, "dataDiskSizeGb",
	    NULL),
	P("data_disk_type", "string", PT_STRING, NULL, "dataDiskType", NULL),
	P("database_flags", "gcp_sql_database_flags[]", PT_OLIST, "[]",
	    "databaseFlags", &k_gcp_sql_database_flags),
	P("database_replication_enabled", "boolean", PT_BOOL, NULL,
	    "databaseReplicationEnabled", NULL),
	P("deletion_protection_enabled", "boolean", PT_BOOL, NULL,
	    "deletionProtectionEnabled", NULL),
	P("deny_maintenance_periods", "gcp_sql_deny_maintenance_period[]",
	    PT_OLIST, "[]", "denyMaintenancePeriods",
	    &k_gcp_sql_deny_maintenance_period),
	P("insights_config", "gcp_sql_insights_config", PT_OBJECT, "{}",
	    "insightsConfig", &k_gcp_sql_insights_config),
	P("ip_configuration", "gcp_sql_ip_configuration", PT_OBJECT, "{}",
	    "ipConfiguration", &k_gcp_sql_ip_configuration),
	P("location_preference", "gcp_sql_location_preference", PT_OBJECT, "{}",
	    "locationPreference", &k_gcp_sql_location_preference),
	P("maintenance_window", "gcp_sql_maintenance_window", PT_OBJECT, "{}",
	    "maintenanceWindow", &k_gcp_sql_maintenance_window),
	P("password_validation_policy", "gcp_sql_password_validation_policy",
	    PT_OBJECT, "{}", "passwordValidationPolicy",
	    &k_gcp_sql_password_validation_policy),
	P("pricing_plan", "string", PT_STRING, NULL, "pricingPlan", NULL),
	P("replication_type", "string", PT_STRING, NULL, "replicationType",
	    NULL),
	P("settings_version", "string", PT_STRING, NULL, "settingsVersion",
	    NULL),
	P("sql_server_audit_config", "gcp_sql_sql_server_audit_config",
	    PT_OBJECT, "{}", "sqlServerAuditConfig",
	    &k_gcp_sql_sql_server_audit_config),
	P("storage_auto_resize", "boolean", PT_BOOL, NULL, "storageAutoResize",
	    NULL),
	P("storage_auto_resize_limit", "string", PT_STRING, NULL,
	    "storageAutoResizeLimit", NULL),
	P("tier", "string", PT_STRING, NULL, "tier", NULL),
	P("time_zone", "string", PT_STRING, NULL, "timeZone", NULL),
	P("user_labels", "dictionary[string, string]", PT_DICT, NULL,
	    "userLabels", NULL),
};
static const struct kind k_gcp_sql_settings = { "gcp_sql_settings",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlSettings", NULL,
    KIND_PROPS(p_gcp_sql_settings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_sql_out_of_disk_report[] = {
	P("sql_min_recommended_increase_size_gb", "int64", PT_INT, NULL,
	    "sqlMinRecommendedIncreaseSizeGb", NULL),
	P("sql_out_of_disk_state", "string", PT_STRING, NULL,
	    "sqlOutOfDiskState", NULL),
};
static const struct kind
    k_gcp_sql_sql_out_of_disk_report = { "gcp_sql_sql_out_of_disk_report",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlSqlOutOfDiskReport", NULL,
    KIND_PROPS(p_gcp_sql_sql_out_of_disk_report), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_sql_scheduled_maintenance[] = {
	P("can_defer", "boolean", PT_BOOL, NULL, "canDefer", NULL),
	P("can_reschedule", "boolean", PT_BOOL, NULL, "canReschedule", NULL),
	P("schedule_deadline_time", "datetime", PT_DATETIME, NULL,
	    "scheduleDeadlineTime", NULL),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
};
static const struct kind
    k_gcp_sql_sql_scheduled_maintenance = { "gcp_sql_sql_scheduled_maintenance",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlSqlScheduledMaintenance", NULL,
    KIND_PROPS(p_gcp_sql_sql_scheduled_maintenance), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_sql_server_audit_config[] = {
	P("bucket", "string", PT_STRING, NULL, "bucket", NULL),
	P("retention_interval", "string", PT_STRING, NULL, "retentionInterval",
	    NULL),
	P("upload_interval", "string", PT_STRING, NULL, "uploadInterval", NULL),
};
static const struct kind
    k_gcp_sql_sql_server_audit_config = { "gcp_sql_sql_server_audit_config",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlSqlServerAuditConfig", NULL,
    KIND_PROPS(p_gcp_sql_sql_server_audit_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_sql_server_database_details[] = {
	P("compatibility_level", "int64", PT_INT, NULL, "compatibilityLevel",
	    NULL),
	P("recovery_model", "string", PT_STRING, NULL, "recoveryModel", NULL),
};
static const struct kind
    k_gcp_sql_sql_server_database_details = { "gcp_sql_sql_server_database_details", "resoto_plugin_gcp.resources.sqladmin.GcpSqlSqlServerDatabaseDetails", NULL, KIND_PROPS(p_gcp_sql_sql_server_database_details), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_sql_server_user_details[] = {
	P("disabled", "boolean", PT_BOOL, NULL, "disabled", NULL),
	P("server_roles", "string[]", PT_LIST, "[]", "serverRoles", NULL),
};
static const struct kind
    k_gcp_sql_sql_server_user_details = { "gcp_sql_sql_server_user_details",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlSqlServerUserDetails", NULL,
    KIND_PROPS(p_gcp_sql_sql_server_user_details), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_sqlexportoptions[] = {
	P("mysql_export_options", "gcp_sql_mysqlexportoptions", PT_OBJECT, "{}",
	    "mysqlExportOptions", &k_gcp_sql_mysqlexportoptions),
	P("schema_only", "boolean", PT_BOOL, NULL, "schemaOnly", NULL),
	P("tables", "string[]", PT_LIST, "[]", "tables", NULL),
};
static const struct kind
    k_gcp_sql_sqlexportoptions = { "gcp_sql_sqlexportoptions",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlSqlexportoptions", NULL,
    KIND_PROPS(p_gcp_sql_sqlexportoptions), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_ssl_cert[] = {
	P("cert", "string", PT_STRING, NULL, "cert", NULL),
	P("cert_serial_number", "string", PT_STRING, NULL, "certSerialNumber",
	    NULL),
	P("common_name", "string", PT_STRING, NULL, "commonName", NULL),
	P("create_time", "datetime", PT_DATETIME, NULL, "createTime", NULL),
	P("expiration_time", "datetime", PT_DATETIME, NULL, "expirationTime",
	    NULL),
	P("instance", "string", PT_STRING, NULL, "instance", NULL),
	P("self_link", "string", PT_STRING, NULL, "selfLink", NULL),
	P("sha1_fingerprint", "string", PT_STRING, NULL, "sha1Fingerprint",
	    NULL),
};
static const struct kind k_gcp_sql_ssl_cert = { "gcp_sql_ssl_cert",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlSslCert", NULL,
    KIND_PROPS(p_gcp_sql_ssl_cert), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_sql_user_password_validation_policy[] = {
	P("allowed_failed_attempts", "int64", PT_INT, NULL,
	    "allowedFailedAttempts", NULL),
	P("enable_failed_attempts_check", "boolean", PT_BOOL, NULL,
	    "enableFailedAttemptsCheck", NULL),
	P("enable_password_verification", "boolean", PT_BOOL, NULL,
	    "enablePasswordVerification", NULL),
	P("password_expiration_duration", "string", PT_STRING, NULL,
	    "passwordExpirationDuration", NULL),
	P("status", "gcp_sql_password_status", PT_OBJECT, "{}", "status",
	    &k_gcp_sql_password_status),
};
static const struct kind
    k_gcp_sql_user_password_validation_policy = { "gcp_sql_user_password_validation_policy", "resoto_plugin_gcp.resources.sqladmin.GcpSqlUserPasswordValidationPolicy", NULL, KIND_PROPS(p_gcp_sql_user_password_validation_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_ssl_certificate_managed_ssl_certificate[] = {
	P("domain_status", "dictionary[string, string]", PT_DICT, NULL,
	    "domainStatus", NULL),
	P("domains", "string[]", PT_LIST, "[]", "domains", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
static const struct kind
    k_gcp_ssl_certificate_managed_ssl_certificate = { "gcp_ssl_certificate_managed_ssl_certificate", "resoto_plugin_gcp.resources.compute.GcpSslCertificateManagedSslCertificate", NULL, KIND_PROPS(p_gcp_ssl_certificate_managed_ssl_certificate), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_ssl_certificate_self_managed_ssl_certificate[] = {
	P("certificate", "string", PT_STRING, NULL, "certificate", NULL),
	P("private_key", "string", PT_STRING, NULL, "privateKey", NULL),
};
static const struct kind
    k_gcp_ssl_certificate_self_managed_ssl_certificate = { "gcp_ssl_certificate_self_managed_ssl_certificate", "resoto_plugin_gcp.resources.compute.GcpSslCertificateSelfManagedSslCertificate", NULL, KIND_PROPS(p_gcp_ssl_certificate_self_managed_ssl_certificate), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_ssl_health_check[] = {
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("port_name", "string", PT_STRING, NULL, "portName", NULL),
	P("port_specification", "string", PT_STRING, NULL, "portSpecification",
	    NULL),
	P("proxy_header", "string", PT_STRING, NULL, "proxyHeader", NULL),
	P("request", "string", PT_STRING, NULL, "request", NULL),
	P("response", "string", PT_STRING, NULL, "response", NULL),
};
static const struct kind k_gcp_ssl_health_check = { "gcp_ssl_health_check",
    "resoto_plugin_gcp.resources.compute.GcpSSLHealthCheck", NULL,
    KIND_PROPS(p_gcp_ssl_health_check), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_stateful_policy[] = {
	P("preserved_state", "gcp_stateful_policy_preserved_state", PT_OBJECT,
	    "{}", "preservedState", &k_gcp_stateful_policy_preserved_state),
};
static const struct kind k_gcp_stateful_policy = { "gcp_stateful_policy",
    "resoto_plugin_gcp.resources.compute.GcpStatefulPolicy", NULL,
    KIND_PROPS(p_gcp_stateful_policy), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_stateful_policy_preserved_state[] = {
	P("stateful_policy_preserved_state_disks",
	    "dictionary[string, gcp_stateful_policy_preserved_state_disk_device]", PT_DICT, NULL, NULL, NULL),
};
static const struct kind
    k_gcp_stateful_policy_preserved_state = { "gcp_stateful_policy_preserved_state", "resoto_plugin_gcp.resources.compute.GcpStatefulPolicyPreservedState", NULL, KIND_PROPS(p_gcp_stateful_policy_preserved_state), NULL, NULL, NULL, 0 };
static const struct kprop
    p_gcp_stateful_policy_preserved_state_disk_device[] = {
	P("auto_delete", "string", PT_STRING, NULL, "autoDelete", NULL),
};
static const struct kind
    k_gcp_stateful_policy_preserved_state_disk_device = { "gcp_stateful_policy_preserved_state_disk_device", "resoto_plugin_gcp.resources.compute.GcpStatefulPolicyPreservedStateDiskDevice", NULL, KIND_PROPS(p_gcp_stateful_policy_preserved_state_disk_device), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_subnetwork_log_config[] = {
	P("aggregation_interval", "string", PT_STRING, NULL,
	    "aggregationInterval", NULL),
	P("enable", "boolean", PT_BOOL, NULL, "enable", NULL),
	P("filter_expr", "string", PT_STRING, NULL, "filterExpr", NULL),
	P("flow_sampling", "double", PT_DOUBLE, NULL, "flowSampling", NULL),
	P("metadata", "string", PT_STRING, NULL, "metadata", NULL),
	P("metadata_fields", "string[]", PT_LIST, "[]", "metadataFields", NULL),
};
static const struct kind
    k_gcp_subnetwork_log_config = { "gcp_subnetwork_log_config",
    "resoto_plugin_gcp.resources.compute.GcpSubnetworkLogConfig", NULL,
    KIND_PROPS(p_gcp_subnetwork_log_config), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_subnetwork_secondary_range[] = {
	P("ip_cidr_range", "string", PT_STRING, NULL, "ipCidrRange", NULL),
	P("range_name", "string", PT_STRING, NULL, "rangeName", NULL),
};
static const struct kind
    k_gcp_subnetwork_secondary_range = { "gcp_subnetwork_secondary_range",
    "resoto_plugin_gcp.resources.compute.GcpSubnetworkSecondaryRange", NULL,
    KIND_PROPS(p_gcp_subnetwork_secondary_range), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_tags[] = {
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("items", "string[]", PT_LIST, "[]", "items", NULL),
};
static const struct kind k_gcp_tags = { "gcp_tags",
    "resoto_plugin_gcp.resources.compute.GcpTags", NULL, KIND_PROPS(p_gcp_tags),
    NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_tcp_health_check[] = {
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("port_name", "string", PT_STRING, NULL, "portName", NULL),
	P("port_specification", "string", PT_STRING, NULL, "portSpecification",
	    NULL),
	P("proxy_header", "string", PT_STRING, NULL, "proxyHeader", NULL),
	P("request", "string", PT_STRING, NULL, "request", NULL),
	P("response", "string", PT_STRING, NULL, "response", NULL),
};
static const struct kind k_gcp_tcp_health_check = { "gcp_tcp_health_check",
    "resoto_plugin_gcp.resources.compute.GcpTCPHealthCheck", NULL,
    KIND_PROPS(p_gcp_tcp_health_check), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_tier_rate[] = {
	P("start_usage_amount", "double", PT_DOUBLE, NULL, "startUsageAmount",
	    NULL),
	P("unit_price", "gcp_money", PT_OBJECT, "{}", "unitPrice",
	    &k_gcp_money),
};
static const struct kind k_gcp_tier_rate = { "gcp_tier_rate",
    "resoto_plugin_gcp.resources.billing.GcpTierRate", NULL,
    KIND_PROPS(p_gcp_tier_rate), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_uint128[] = {
	P("high", "string", PT_STRING, NULL, "high", NULL),
	P("low", "string", PT_STRING, NULL, "low", NULL),
};
static const struct kind k_gcp_uint128 = { "gcp_uint128",
    "resoto_plugin_gcp.resources.compute.GcpUint128", NULL,
    KIND_PROPS(p_gcp_uint128), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_uniformbucketlevelaccess[] = {
	P("enabled", "boolean", PT_BOOL, NULL, "enabled", NULL),
	P("locked_time", "datetime", PT_DATETIME, NULL, "lockedTime", NULL),
};
static const struct kind
    k_gcp_uniformbucketlevelaccess = { "gcp_uniformbucketlevelaccess",
    "resoto_plugin_gcp.resources.storage.GcpUniformbucketlevelaccess", NULL,
    KIND_PROPS(p_gcp_uniformbucketlevelaccess), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_url_map_test[] = {
	P("description", "string", PT_STRING, NULL, "description", NULL),
	P("expected_output_url", "string", PT_STRING, NULL, "expectedOutputUrl",
	    NULL),
	P("expected_redirect_response_code", "int64", PT_INT, NULL,
	    "expectedRedirectResponseCode", NULL),
	P("headers", "gcp_url_map_test_header[]", PT_OLIST, "[]", "headers",
	    &k_gcp_url_map_test_header),
	P("host", "string", PT_STRING, NULL, "host", NULL),
	P("path", "string", PT_STRING, NULL, "path", NULL),
	P("service", "string", PT_STRING, NULL, "service", NULL),
};
static const struct kind k_gcp_url_map_test = { "gcp_url_map_test",
    "resoto_plugin_gcp.resources.compute.GcpUrlMapTest", NULL,
    KIND_PROPS(p_gcp_url_map_test), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_url_map_test_header[] = {
	P("name", "string", PT_STRING, NULL, "name", NULL),
	P("value", "string", PT_STRING, NULL, "value", NULL),
};
static const struct kind
    k_gcp_url_map_test_header = { "gcp_url_map_test_header",
    "resoto_plugin_gcp.resources.compute.GcpUrlMapTestHeader", NULL,
    KIND_PROPS(p_gcp_url_map_test_header), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_url_rewrite[] = {
	P("host_rewrite", "string", PT_STRING, NULL, "hostRewrite", NULL),
	P("path_prefix_rewrite", "string", PT_STRING, NULL, "pathPrefixRewrite",
	    NULL),
};
static const struct kind k_gcp_url_rewrite = { "gcp_url_rewrite",
    "resoto_plugin_gcp.resources.compute.GcpUrlRewrite", NULL,
    KIND_PROPS(p_gcp_url_rewrite), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_vpn_gateway_vpn_gateway_interface[] = {
	P("id", "int64", PT_INT, NULL, "id", NULL),
	P("interconnect_attachment", "string", PT_STRING, NULL,
	    "interconnectAttachment", NULL),
	P("ip_address", "string", PT_STRING, NULL, "ipAddress", NULL),
};
static const struct kind
    k_gcp_vpn_gateway_vpn_gateway_interface = { "gcp_vpn_gateway_vpn_gateway_interface", "resoto_plugin_gcp.resources.compute.GcpVpnGatewayVpnGatewayInterface", NULL, KIND_PROPS(p_gcp_vpn_gateway_vpn_gateway_interface), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_warnings[] = {
	P("code", "string", PT_STRING, NULL, "code", NULL),
	P("data", "gcp_data[]", PT_OLIST, "[]", "data", &k_gcp_data),
	P("message", "string", PT_STRING, NULL, "message", NULL),
};
static const struct kind k_gcp_warnings = { "gcp_warnings",
    "resoto_plugin_gcp.resources.compute.GcpWarnings", NULL,
    KIND_PROPS(p_gcp_warnings), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_website[] = {
	P("main_page_suffix", "string", PT_STRING, NULL, "mainPageSuffix",
	    NULL),
	P("not_found_page", "string", PT_STRING, NULL, "notFoundPage", NULL),
};
static const struct kind k_gcp_website = { "gcp_website",
    "resoto_plugin_gcp.resources.storage.GcpWebsite", NULL,
    KIND_PROPS(p_gcp_website), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_weighted_backend_service[] = {
	P("backend_service", "string", PT_STRING, NULL, "backendService", NULL),
	P("header_action", "gcp_http_header_action", PT_OBJECT, "{}",
	    "headerAction", &k_gcp_http_header_action),
	P("weight", "int64", PT_INT, NULL, "weight", NULL),
};
static const struct kind
    k_gcp_weighted_backend_service = { "gcp_weighted_backend_service",
    "resoto_plugin_gcp.resources.compute.GcpWeightedBackendService", NULL,
    KIND_PROPS(p_gcp_weighted_backend_service), NULL, NULL, NULL, 0 };
static const struct kprop p_gcp_resource[] = {
	P("description", "string", PT_STRING, NULL, NULL, NULL),
	P("deprecation_status", "gcp_deprecation_status", PT_OBJECT, NULL, NULL,
	    &k_gcp_deprecation_status),
	P("link", "string", PT_STRING, NULL, NULL, NULL),
	P("label_fingerprint", "string", PT_STRING, NULL, NULL, NULL),
};
const struct kind kind_gcp_resource = { "gcp_resource",
    "resoto_plugin_gcp.resources.base.GcpResource", KIND_BASES(&kind_resource),
    KIND_PROPS(p_gcp_resource), "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_resource[] = {
	TM_END
};
const struct kind kind_gcp_project = { "gcp_project",
    "resoto_plugin_gcp.resources.base.GcpProject",
    KIND_BASES(&kind_gcp_resource, &kind_account), NULL, 0, "account",
    "control", NULL, 0 };
const struct tmap gcp_map_gcp_project[] = {
	TM_END
};
static const struct kprop p_gcp_region[] = {
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("region_deprecated", "gcp_deprecation_status", PT_OBJECT, "{}",
	    "deprecated", &k_gcp_deprecation_status),
	P("region_supports_pzs", "boolean", PT_BOOL, NULL, "supportsPzs", NULL),
};
const struct kind kind_gcp_region = { "gcp_region",
    "resoto_plugin_gcp.resources.base.GcpRegion", KIND_BASES(&kind_gcp_resource,
    &kind_region), KIND_PROPS(p_gcp_region), "region", "control",
    "{\"default\": [\"gcp_zone\"]}", 0 };
const struct tmap gcp_map_gcp_region[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_zone[] = {
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("zone_available_cpu_platforms", "string[]", PT_LIST, "[]",
	    "availableCpuPlatforms", NULL),
	P("zone_deprecated", "gcp_deprecation_status", PT_OBJECT, "{}",
	    "deprecated", &k_gcp_deprecation_status),
	P("zone_supports_pzs", "boolean", PT_BOOL, NULL, "supportsPzs", NULL),
};
const struct kind kind_gcp_zone = { "gcp_zone",
    "resoto_plugin_gcp.resources.base.GcpZone", KIND_BASES(&kind_gcp_resource,
    &kind_zone), KIND_PROPS(p_gcp_zone), "zone", "control", NULL, 0 };
const struct tmap gcp_map_gcp_zone[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_region_quota[] = {
	P("quotas", "dictionary[string, gcp_quota]", PT_DICT, NULL, NULL, NULL),
};
const struct kind kind_gcp_region_quota = { "gcp_region_quota",
    "resoto_plugin_gcp.resources.base.GcpRegionQuota",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_region_quota), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_region_quota[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "quotas", "_quotas", NULL, TC_NONE },	/* gcp/collect.c */
	TM_END
};
static const struct kprop p_gcp_accelerator_type[] = {
	P("type_maximum_cards_per_instance", "int64", PT_INT, NULL,
	    "maximumCardsPerInstance", NULL),
};
const struct kind kind_gcp_accelerator_type = { "gcp_accelerator_type",
    "resoto_plugin_gcp.resources.compute.GcpAcceleratorType",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_accelerator_type),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_accelerator_type[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_address[] = {
	P("address", "string", PT_STRING, NULL, "address", NULL),
	P("address_type", "string", PT_STRING, NULL, "addressType", NULL),
	P("ip_version", "string", PT_STRING, NULL, "ipVersion", NULL),
	P("ipv6_endpoint_type", "string", PT_STRING, NULL, "ipv6EndpointType",
	    NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("network_tier", "string", PT_STRING, NULL, "networkTier", NULL),
	P("prefix_length", "int64", PT_INT, NULL, "prefixLength", NULL),
	P("purpose", "string", PT_STRING, NULL, "purpose", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
	P("users", "string[]", PT_LIST, "[]", "users", NULL),
};
const struct kind kind_gcp_address = { "gcp_address",
    "resoto_plugin_gcp.resources.compute.GcpAddress",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_address), "resource",
    "misc", "{\"delete\": [\"gcp_subnetwork\"]}", 0 };
const struct tmap gcp_map_gcp_address[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_autoscaler[] = {
	P("autoscaler_autoscaling_policy", "gcp_autoscaling_policy", PT_OBJECT,
	    "{}", "autoscalingPolicy", &k_gcp_autoscaling_policy),
	P("autoscaler_recommended_size", "int64", PT_INT, NULL,
	    "recommendedSize", NULL),
	P("autoscaler_scaling_schedule_status",
	    "dictionary[string, gcp_scaling_schedule_status]", PT_DICT, NULL,
	    NULL, NULL),
	P("autoscaler_status", "string", PT_STRING, NULL, "status", NULL),
	P("autoscaler_status_details", "gcp_autoscaler_status_details[]",
	    PT_OLIST, "[]", "statusDetails", &k_gcp_autoscaler_status_details),
	P("autoscaler_target", "string", PT_STRING, NULL, "target", NULL),
};
const struct kind kind_gcp_autoscaler = { "gcp_autoscaler",
    "resoto_plugin_gcp.resources.compute.GcpAutoscaler",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_autoscaler), "resource",
    "misc",
    "{\"default\": [\"gcp_instance_group_manager\"], \"delete\": [\"gcp_instance_group_manager\"]}", 0 };
const struct tmap gcp_map_gcp_autoscaler[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_backend_bucket[] = {
	P("bucket_name", "string", PT_STRING, NULL, "bucketName", NULL),
	P("backend_bucket_cdn_policy", "gcp_backend_bucket_cdn_policy",
	    PT_OBJECT, "{}", "cdnPolicy", &k_gcp_backend_bucket_cdn_policy),
	P("compression_mode", "string", PT_STRING, NULL, "compressionMode",
	    NULL),
	P("custom_response_headers", "string[]", PT_LIST, "[]",
	    "customResponseHeaders", NULL),
	P("edge_security_policy", "string", PT_STRING, NULL,
	    "edgeSecurityPolicy", NULL),
	P("enable_cdn", "boolean", PT_BOOL, NULL, "enableCdn", NULL),
};
const struct kind kind_gcp_backend_bucket = { "gcp_backend_bucket",
    "resoto_plugin_gcp.resources.compute.GcpBackendBucket",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_backend_bucket),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_backend_bucket[] = {
	{ "id", "id|bucketName|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "bucketName", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_backend_service[] = {
	P("affinity_cookie_ttl_sec", "int64", PT_INT, NULL,
	    "affinityCookieTtlSec", NULL),
	P("backend_service_backends", "gcp_backend[]", PT_OLIST, "[]",
	    "backends", &k_gcp_backend),
	P("backend_service_cdn_policy", "gcp_backend_service_cdn_policy",
	    PT_OBJECT, "{}", "cdnPolicy", &k_gcp_backend_service_cdn_policy),
	P("circuit_breakers", "gcp_circuit_breakers", PT_OBJECT, "{}",
	    "circuitBreakers", &k_gcp_circuit_breakers),
	P("compression_mode", "string", PT_STRING, NULL, "compressionMode",
	    NULL),
	P("connection_draining", "int64", PT_INT, NULL,
	    "connectionDraining.drainingTimeoutSec", NULL),
	P("connection_tracking_policy",
	    "gcp_backend_service_connection_tracking_policy", PT_OBJECT, "{}",
	    "connectionTrackingPolicy",
	    &k_gcp_backend_service_connection_tracking_policy),
	P("consistent_hash", "gcp_consistent_hash_load_balancer_settings",
	    PT_OBJECT, "{}", "consistentHash",
	    &k_gcp_consistent_hash_load_balancer_settings),
	P("custom_request_headers", "string[]", PT_LIST, "[]",
	    "customRequestHeaders", NULL),
	P("custom_response_headers", "string[]", PT_LIST, "[]",
	    "customResponseHeaders", NULL),
	P("edge_security_policy", "string", PT_STRING, NULL,
	    "edgeSecurityPolicy", NULL),
	P("enable_cdn", "boolean", PT_BOOL, NULL, "enableCDN", NULL),
	P("failover_policy", "gcp_backend_service_failover_policy", PT_OBJECT,
	    "{}", "failoverPolicy", &k_gcp_backend_service_failover_policy),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("health_checks", "string[]", PT_LIST, "[]", "healthChecks", NULL),
	P("iap", "gcp_backend_service_iap", PT_OBJECT, "{}", "iap",
	    &k_gcp_backend_service_iap),
	P("load_balancing_scheme", "string", PT_STRING, NULL,
	    "loadBalancingScheme", NULL),
	P("locality_lb_policies",
	    "gcp_backend_service_locality_load_balancing_policy_config[]",
	    PT_OLIST, "[]", "localityLbPolicies",
	    &k_gcp_backend_service_locality_load_balancing_policy_config),
	P("locality_lb_policy", "string", PT_STRING, NULL, "localityLbPolicy",
	    NULL),
	P("backend_service_log_config", "gcp_backend_service_log_config",
	    PT_OBJECT, "{}", "logConfig", &k_gcp_backend_service_log_config),
	P("max_stream_duration", "gcp_duration", PT_OBJECT, "{}",
	    "maxStreamDuration", &k_gcp_duration),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("outlier_detection", "gcp_outlier_detection", PT_OBJECT, "{}",
	    "outlierDetection", &k_gcp_outlier_detection),
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("port_name", "string", PT_STRING, NULL, "portName", NULL),
	P("protocol", "string", PT_STRING, NULL, "protocol", NULL),
	P("security_policy", "string", PT_STRING, NULL, "securityPolicy", NULL),
	P("security_settings", "gcp_security_settings", PT_OBJECT, "{}",
	    "securitySettings", &k_gcp_security_settings),
	P("service_bindings", "string[]", PT_LIST, "[]", "serviceBindings",
	    NULL),
	P("session_affinity", "string", PT_STRING, NULL, "sessionAffinity",
	    NULL),
	P("subsetting", "string", PT_STRING, NULL, "subsetting.policy", NULL),
	P("timeout_sec", "int64", PT_INT, NULL, "timeoutSec", NULL),
};
const struct kind kind_gcp_backend_service = { "gcp_backend_service",
    "resoto_plugin_gcp.resources.compute.GcpBackendService",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_backend_service),
    "resource", "misc",
    "{\"default\": [\"gcp_instance_group\", \"gcp_http_health_check\", \"gcp_health_check\", \"gcp_https_health_check\", \"gcp_network_endpoint_group\"], \"delete\": [\"gcp_target_tcp_proxy\", \"gcp_target_ssl_proxy\"]}", 0 };
const struct tmap gcp_map_gcp_backend_service[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_billing_account[] = {
	P("display_name", "string", PT_STRING, NULL, "displayName", NULL),
	P("master_billing_account", "string", PT_STRING, NULL,
	    "masterBillingAccount", NULL),
	P("open", "boolean", PT_BOOL, NULL, "open", NULL),
};
const struct kind kind_gcp_billing_account = { "gcp_billing_account",
    "resoto_plugin_gcp.resources.billing.GcpBillingAccount",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_billing_account),
    "resource", "misc", "{\"default\": [\"gcp_project_billing_info\"]}", 0 };
const struct tmap gcp_map_gcp_billing_account[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_bucket[] = {
	P("acl", "gcp_bucket_access_control[]", PT_OLIST, "[]", "acl",
	    &k_gcp_bucket_access_control),
	P("autoclass", "gcp_autoclass", PT_OBJECT, "{}", "autoclass",
	    &k_gcp_autoclass),
	P("cors", "gcp_cors[]", PT_OLIST, "[]", "cors", &k_gcp_cors),
	P("custom_placement_config_data_locations", "string[]", PT_LIST, NULL,
	    NULL, NULL),
	P("default_event_based_hold", "boolean", PT_BOOL, NULL,
	    "defaultEventBasedHold", NULL),
	P("default_object_acl", "gcp_object_access_control[]", PT_OLIST, "[]",
	    "defaultObjectAcl", &k_gcp_object_access_control),
	P("encryption_default_kms_key_name", "string", PT_STRING, NULL,
	    "encryption.defaultKmsKeyName", NULL),
	P("etag", "string", PT_STRING, NULL, "etag", NULL),
	P("iam_configuration", "gcp_iamconfiguration", PT_OBJECT, "{}",
	    "iamConfiguration", &k_gcp_iamconfiguration),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("location_type", "string", PT_STRING, NULL, "locationType", NULL),
	P("logging", "gcp_logging", PT_OBJECT, "{}", "logging", &k_gcp_logging),
	P("metageneration", "string", PT_STRING, NULL, "metageneration", NULL),
	P("bucket_owner", "gcp_owner", PT_OBJECT, "{}", "owner", &k_gcp_owner),
	P("project_number", "string", PT_STRING, NULL, "projectNumber", NULL),
	P("retention_policy", "gcp_retentionpolicy", PT_OBJECT, "{}",
	    "retentionPolicy", &k_gcp_retentionpolicy),
	P("rpo", "string", PT_STRING, NULL, "rpo", NULL),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPZS", NULL),
	P("storage_class", "string", PT_STRING, NULL, "storageClass", NULL),
	P("time_created", "datetime", PT_DATETIME, NULL, "timeCreated", NULL),
	P("updated", "datetime", PT_DATETIME, NULL, "updated", NULL),
	P("bucket_website", "gcp_website", PT_OBJECT, "{}", "website",
	    &k_gcp_website),
	P("requester_pays", "boolean", PT_BOOL, NULL, "billing.requesterPays",
	    NULL),
	P("versioning_enabled", "boolean", PT_BOOL, NULL, "versioning.enabled",
	    NULL),
	P("lifecycle_rule", "gcp_rule[]", PT_OLIST, "[]", "lifecycle.rule",
	    &k_gcp_rule),
};
const struct kind kind_gcp_bucket = { "gcp_bucket",
    "resoto_plugin_gcp.resources.storage.GcpBucket",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_bucket), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_bucket[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "mtime", "updated", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	{ "custom_placement_config", "customPlacementConfig.data_locations",
	    NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_commitment[] = {
	P("auto_renew", "boolean", PT_BOOL, NULL, "autoRenew", NULL),
	P("commitment_category", "string", PT_STRING, NULL, "category", NULL),
	P("end_timestamp", "datetime", PT_DATETIME, NULL, "endTimestamp", NULL),
	P("license_resource", "gcp_license_resource_commitment", PT_OBJECT,
	    "{}", "licenseResource", &k_gcp_license_resource_commitment),
	P("merge_source_commitments", "string[]", PT_LIST, "[]",
	    "mergeSourceCommitments", NULL),
	P("plan", "string", PT_STRING, NULL, "plan", NULL),
	P("reservations", "gcp_reservation[]", PT_OLIST, "[]", "reservations",
	    &k_gcp_reservation),
	P("resources", "gcp_resource_commitment[]", PT_OLIST, "[]", "resources",
	    &k_gcp_resource_commitment),
	P("split_source_commitment", "string", PT_STRING, NULL,
	    "splitSourceCommitment", NULL),
	P("start_timestamp", "datetime", PT_DATETIME, NULL, "startTimestamp",
	    NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
const struct kind kind_gcp_commitment = { "gcp_commitment",
    "resoto_plugin_gcp.resources.compute.GcpCommitment",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_commitment), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_commitment[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_container_cluster[] = {
	P("addons_config", "gcp_container_addons_config", PT_OBJECT, "{}",
	    "addonsConfig", &k_gcp_container_addons_config),
	P("authenticator_groups_config",
	    "gcp_container_authenticator_groups_config", PT_OBJECT, "{}",
	    "authenticatorGroupsConfig",
	    &k_gcp_container_authenticator_groups_config),
	P("autopilot", "boolean", PT_BOOL, NULL, "autopilot.enabled", NULL),
	P("autoscaling", "gcp_container_cluster_autoscaling", PT_OBJECT, "{}",
	    "autoscaling", &k_gcp_container_cluster_autoscaling),
	P("binary_authorization", "gcp_container_binary_authorization",
	    PT_OBJECT, "{}", "binaryAuthorization",
	    &k_gcp_container_binary_authorization),
	P("cluster_ipv4_cidr", "string", PT_STRING, NULL, "clusterIpv4Cidr",
	    NULL),
	P("conditions", "gcp_container_status_condition[]", PT_OLIST, "[]",
	    "conditions", &k_gcp_container_status_condition),
	P("confidential_nodes", "boolean", PT_BOOL, NULL,
	    "confidentialNodes.enabled", NULL),
	P("cost_management_config", "boolean", PT_BOOL, NULL,
	    "costManagementConfig.enabled", NULL),
	P("create_time", "datetime", PT_DATETIME, NULL, "createTime", NULL),
	P("current_master_version", "string", PT_STRING, NULL,
	    "currentMasterVersion", NULL),
	P("current_node_count", "int64", PT_INT, NULL, "currentNodeCount",
	    NULL),
	P("current_node_version", "string", PT_STRING, NULL,
	    "currentNodeVersion", NULL),
	P("database_encryption", "gcp_container_database_encryption", PT_OBJECT,
	    "{}", "databaseEncryption", &k_gcp_container_database_encryption),
	P("default_max_pods_constraint", "string", PT_STRING, NULL,
	    "defaultMaxPodsConstraint.maxPodsPerNode", NULL),
	P("enable_kubernetes_alpha", "boolean", PT_BOOL, NULL,
	    "enableKubernetesAlpha", NULL),
	P("enable_tpu", "boolean", PT_BOOL, NULL, "enableTpu", NULL),
	P("endpoint", "string", PT_STRING, NULL, "endpoint", NULL),
	P("etag", "string", PT_STRING, NULL, "etag", NULL),
	P("expire_time", "datetime", PT_DATETIME, NULL, "expireTime", NULL),
	P("identity_service_config", "boolean", PT_BOOL, NULL,
	    "identityServiceConfig.enabled", NULL),
	P("initial_cluster_version", "string", PT_STRING, NULL,
	    "initialClusterVersion", NULL),
	P("initial_node_count", "int64", PT_INT, NULL, "initialNodeCount",
	    NULL),
	P("instance_group_urls", "string[]", PT_LIST, "[]", "instanceGroupUrls",
	    NULL),
	P("ip_allocation_policy", "gcp_container_ip_allocation_policy",
	    PT_OBJECT, "{}", "ipAllocationPolicy",
	    &k_gcp_container_ip_allocation_policy),
	P("legacy_abac", "boolean", PT_BOOL, NULL, "legacyAbac.enabled", NULL),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("locations", "string[]", PT_LIST, "[]", "locations", NULL),
	P("logging_config", "gcp_container_logging_config", PT_OBJECT, "{}",
	    "loggingConfig", &k_gcp_container_logging_config),
	P("logging_service", "string", PT_STRING, NULL, "loggingService", NULL),
	P("container_cluster_maintenance_policy",
	    "gcp_container_maintenance_policy", PT_OBJECT, "{}",
	    "maintenancePolicy", &k_gcp_container_maintenance_policy),
	P("master_auth", "gcp_container_master_auth", PT_OBJECT, "{}",
	    "masterAuth", &k_gcp_container_master_auth),
	P("master_authorized_networks_config",
	    "gcp_container_master_authorized_networks_config", PT_OBJECT, "{}",
	    "masterAuthorizedNetworksConfig",
	    &k_gcp_container_master_authorized_networks_config),
	P("mesh_certificates", "boolean", PT_BOOL, NULL,
	    "meshCertificates.enableCertificates", NULL),
	P("monitoring_config", "gcp_container_monitoring_config", PT_OBJECT,
	    "{}", "monitoringConfig", &k_gcp_container_monitoring_config),
	P("monitoring_service", "string", PT_STRING, NULL, "monitoringService",
	    NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("network_config", "gcp_container_network_config", PT_OBJECT, "{}",
	    "networkConfig", &k_gcp_container_network_config),
	P("network_policy", "gcp_container_network_policy", PT_OBJECT, "{}",
	    "networkPolicy", &k_gcp_container_network_policy),
	P("node_config", "gcp_container_node_config", PT_OBJECT, "{}",
	    "nodeConfig", &k_gcp_container_node_config),
	P("node_ipv4_cidr_size", "int64", PT_INT, NULL, "nodeIpv4CidrSize",
	    NULL),
	P("node_pool_auto_config", "gcp_container_node_pool_auto_config",
	    PT_OBJECT, "{}", "nodePoolAutoConfig",
	    &k_gcp_container_node_pool_auto_config),
	P("node_pool_defaults", "gcp_container_node_pool_defaults", PT_OBJECT,
	    "{}", "nodePoolDefaults", &k_gcp_container_node_pool_defaults),
	P("node_pools", "gcp_container_node_pool[]", PT_OLIST, "[]",
	    "nodePools", &k_gcp_container_node_pool),
	P("notification_config", "gcp_container_notification_config", PT_OBJECT,
	    "{}", "notificationConfig", &k_gcp_container_notification_config),
	P("private_cluster_config", "gcp_container_private_cluster_config",
	    PT_OBJECT, "{}", "privateClusterConfig",
	    &k_gcp_container_private_cluster_config),
	P("release_channel", "string", PT_STRING, NULL,
	    "releaseChannel.channel", NULL),
	P("resource_labels", "dictionary[string, string]", PT_DICT, NULL,
	    "resourceLabels", NULL),
	P("resource_usage_export_config",
	    "gcp_container_resource_usage_export_config", PT_OBJECT, "{}",
	    "resourceUsageExportConfig",
	    &k_gcp_container_resource_usage_export_config),
	P("services_ipv4_cidr", "string", PT_STRING, NULL, "servicesIpv4Cidr",
	    NULL),
	P("shielded_nodes", "boolean", PT_BOOL, NULL, "shieldedNodes.enabled",
	    NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
	P("tpu_ipv4_cidr_block", "string", PT_STRING, NULL, "tpuIpv4CidrBlock",
	    NULL),
	P("vertical_pod_autoscaling", "boolean", PT_BOOL, NULL,
	    "verticalPodAutoscaling.enabled", NULL),
	P("workload_identity_config", "string", PT_STRING, NULL,
	    "workloadIdentityConfig.workloadPool", NULL),
};
const struct kind kind_gcp_container_cluster = { "gcp_container_cluster",
    "resoto_plugin_gcp.resources.container.GcpContainerCluster",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_container_cluster),
    "resource", "misc", "{\"default\": [\"gcp_container_operation\"]}", 0 };
const struct tmap gcp_map_gcp_container_cluster[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_container_operation[] = {
	P("cluster_conditions", "gcp_container_status_condition[]", PT_OLIST,
	    "[]", "clusterConditions", &k_gcp_container_status_condition),
	P("detail", "string", PT_STRING, NULL, "detail", NULL),
	P("end_time", "datetime", PT_DATETIME, NULL, "endTime", NULL),
	P("container_operation_error", "gcp_container_status", PT_OBJECT, "{}",
	    "error", &k_gcp_container_status),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("nodepool_conditions", "gcp_container_status_condition[]", PT_OLIST,
	    "[]", "nodepoolConditions", &k_gcp_container_status_condition),
	P("operation_type", "string", PT_STRING, NULL, "operationType", NULL),
	P("container_operation_progress", "gcp_container_operation_progress",
	    PT_OBJECT, "{}", "progress", &k_gcp_container_operation_progress),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
	P("target_link", "string", PT_STRING, NULL, "targetLink", NULL),
};
const struct kind kind_gcp_container_operation = { "gcp_container_operation",
    "resoto_plugin_gcp.resources.container.GcpContainerOperation",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_container_operation),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_container_operation[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_disk[] = {
	P("architecture", "string", PT_STRING, NULL, "architecture", NULL),
	P("disk_encryption_key", "gcp_customer_encryption_key", PT_OBJECT, "{}",
	    "diskEncryptionKey", &k_gcp_customer_encryption_key),
	P("guest_os_features", "string[]", PT_LIST, "[]", "guestOsFeatures",
	    NULL),
	P("last_attach_timestamp", "datetime", PT_DATETIME, NULL,
	    "lastAttachTimestamp", NULL),
	P("last_detach_timestamp", "datetime", PT_DATETIME, NULL,
	    "lastDetachTimestamp", NULL),
	P("license_codes", "string[]", PT_LIST, "[]", "licenseCodes", NULL),
	P("licenses", "string[]", PT_LIST, "[]", "licenses", NULL),
	P("location_hint", "string", PT_STRING, NULL, "locationHint", NULL),
	P("options", "string", PT_STRING, NULL, "options", NULL),
	P("disk_params", "gcp_disk_params", PT_OBJECT, "{}", "params",
	    &k_gcp_disk_params),
	P("physical_block_size_bytes", "string", PT_STRING, NULL,
	    "physicalBlockSizeBytes", NULL),
	P("provisioned_iops", "int64", PT_INT, NULL, "provisionedIops", NULL),
	P("replica_zones", "string[]", PT_LIST, "[]", "replicaZones", NULL),
	P("resource_policies", "string[]", PT_LIST, "[]", "resourcePolicies",
	    NULL),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("size_gb", "string", PT_STRING, NULL, "sizeGb", NULL),
	P("source_disk", "string", PT_STRING, NULL, "sourceDisk", NULL),
	P("source_disk_id", "string", PT_STRING, NULL, "sourceDiskId", NULL),
	P("source_image", "string", PT_STRING, NULL, "sourceImage", NULL),
	P("source_image_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceImageEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("source_image_id", "string", PT_STRING, NULL, "sourceImageId", NULL),
	P("source_snapshot", "string", PT_STRING, NULL, "sourceSnapshot", NULL),
	P("source_snapshot_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceSnapshotEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("source_snapshot_id", "string", PT_STRING, NULL, "sourceSnapshotId",
	    NULL),
	P("source_storage_object", "string", PT_STRING, NULL,
	    "sourceStorageObject", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
	P("users", "string[]", PT_LIST, "[]", "users", NULL),
};
const struct kind kind_gcp_disk = { "gcp_disk",
    "resoto_plugin_gcp.resources.compute.GcpDisk",
    KIND_BASES(&kind_gcp_resource, &kind_volume), KIND_PROPS(p_gcp_disk),
    "volume", "storage",
    "{\"default\": [\"gcp_image\", \"gcp_snapshot\", \"gcp_machine_image\"], \"delete\": [\"gcp_instance\"]}", 0 };
static const struct tenum e_gcp_disk_volume_status[] = { { "CREATING", "busy" },
    { "RESTORING", "busy" }, { "FAILED", "error" }, { "READY", "in-use" },
    { "AVAILABLE", "available" }, { "DELETING", "busy" }, { NULL, "unknown" } };
const struct tmap gcp_map_gcp_disk[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	{ "volume_status", "status", e_gcp_disk_volume_status, TC_NONE },
	{ "volume_size", "sizeGb", NULL, TC_NONE },
	{ "volume_type", "type", NULL, TC_NONE },
	{ "volume_iops", "provisionedIops", NULL, TC_NONE },
	{ "volume_encrypted", "diskEncryptionKey", NULL, TC_PRESENT },
	TM_END
};
static const struct kprop p_gcp_disk_type[] = {
	P("default_disk_size_gb", "int64", PT_INT, NULL, "defaultDiskSizeGb",
	    NULL),
	P("valid_disk_size", "string", PT_STRING, NULL, "validDiskSize", NULL),
};
const struct kind kind_gcp_disk_type = { "gcp_disk_type",
    "resoto_plugin_gcp.resources.compute.GcpDiskType",
    KIND_BASES(&kind_gcp_resource, &kind_volume_type),
    KIND_PROPS(p_gcp_disk_type), "volume_type", "storage",
    "{\"default\": [\"gcp_disk\", \"gcp_node_template\"]}", 0 };
const struct tmap gcp_map_gcp_disk_type[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_external_vpn_gateway[] = {
	P("external_vpn_gateway_interfaces",
	    "gcp_external_vpn_gateway_interface[]", PT_OLIST, "[]",
	    "interfaces", &k_gcp_external_vpn_gateway_interface),
	P("redundancy_type", "string", PT_STRING, NULL, "redundancyType", NULL),
};
const struct kind kind_gcp_external_vpn_gateway = { "gcp_external_vpn_gateway",
    "resoto_plugin_gcp.resources.compute.GcpExternalVpnGateway",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_external_vpn_gateway),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_external_vpn_gateway[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_firewall[] = {
	P("allowed", "gcp_allowed[]", PT_OLIST, "[]", "allowed",
	    &k_gcp_allowed),
	P("denied", "gcp_denied[]", PT_OLIST, "[]", "denied", &k_gcp_denied),
	P("destination_ranges", "string[]", PT_LIST, "[]", "destinationRanges",
	    NULL),
	P("direction", "string", PT_STRING, NULL, "direction", NULL),
	P("disabled", "boolean", PT_BOOL, NULL, "disabled", NULL),
	P("firewall_log_config", "gcp_firewall_log_config", PT_OBJECT, "{}",
	    "logConfig", &k_gcp_firewall_log_config),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("priority", "int64", PT_INT, NULL, "priority", NULL),
	P("source_ranges", "string[]", PT_LIST, "[]", "sourceRanges", NULL),
	P("source_service_accounts", "string[]", PT_LIST, "[]",
	    "sourceServiceAccounts", NULL),
	P("source_tags", "string[]", PT_LIST, "[]", "sourceTags", NULL),
	P("target_service_accounts", "string[]", PT_LIST, "[]",
	    "targetServiceAccounts", NULL),
	P("target_tags", "string[]", PT_LIST, "[]", "targetTags", NULL),
};
const struct kind kind_gcp_firewall = { "gcp_firewall",
    "resoto_plugin_gcp.resources.compute.GcpFirewall",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_firewall), "resource",
    "misc", "{\"default\": [\"gcp_network\"]}", 0 };
const struct tmap gcp_map_gcp_firewall[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_firewall_policy[] = {
	P("associations", "gcp_firewall_policy_association[]", PT_OLIST, "[]",
	    "associations", &k_gcp_firewall_policy_association),
	P("display_name", "string", PT_STRING, NULL, "displayName", NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("parent", "string", PT_STRING, NULL, "parent", NULL),
	P("rule_tuple_count", "int64", PT_INT, NULL, "ruleTupleCount", NULL),
	P("firewall_policy_rules", "gcp_firewall_policy_rule[]", PT_OLIST, "[]",
	    "rules", &k_gcp_firewall_policy_rule),
	P("self_link_with_id", "string", PT_STRING, NULL, "selfLinkWithId",
	    NULL),
	P("short_name", "string", PT_STRING, NULL, "shortName", NULL),
};
const struct kind kind_gcp_firewall_policy = { "gcp_firewall_policy",
    "resoto_plugin_gcp.resources.compute.GcpFirewallPolicy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_firewall_policy),
    "resource", "misc", "{\"default\": [\"gcp_network\"]}", 0 };
const struct tmap gcp_map_gcp_firewall_policy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_forwarding_rule[] = {
	P("ip_address", "string", PT_STRING, NULL, "IPAddress", NULL),
	P("ip_protocol", "string", PT_STRING, NULL, "IPProtocol", NULL),
	P("all_ports", "boolean", PT_BOOL, NULL, "allPorts", NULL),
	P("allow_global_access", "boolean", PT_BOOL, NULL, "allowGlobalAccess",
	    NULL),
	P("backend_service", "string", PT_STRING, NULL, "backendService", NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("ip_version", "string", PT_STRING, NULL, "ipVersion", NULL),
	P("is_mirroring_collector", "boolean", PT_BOOL, NULL,
	    "isMirroringCollector", NULL),
	P("load_balancing_scheme", "string", PT_STRING, NULL,
	    "loadBalancingScheme", NULL),
	P("metadata_filters", "gcp_metadata_filter[]", PT_OLIST, "[]",
	    "metadataFilters", &k_gcp_metadata_filter),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("network_tier", "string", PT_STRING, NULL, "networkTier", NULL),
	P("no_automate_dns_zone", "boolean", PT_BOOL, NULL, "noAutomateDnsZone",
	    NULL),
	P("port_range", "string", PT_STRING, NULL, "portRange", NULL),
	P("ports", "string[]", PT_LIST, "[]", "ports", NULL),
	P("psc_connection_id", "string", PT_STRING, NULL, "pscConnectionId",
	    NULL),
	P("psc_connection_status", "string", PT_STRING, NULL,
	    "pscConnectionStatus", NULL),
	P("service_directory_registrations",
	    "gcp_forwarding_rule_service_directory_registration[]", PT_OLIST,
	    "[]", "serviceDirectoryRegistrations",
	    &k_gcp_forwarding_rule_service_directory_registration),
	P("service_label", "string", PT_STRING, NULL, "serviceLabel", NULL),
	P("service_name", "string", PT_STRING, NULL, "serviceName", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
	P("target", "string", PT_STRING, NULL, "target", NULL),
};
const struct kind kind_gcp_forwarding_rule = { "gcp_forwarding_rule",
    "resoto_plugin_gcp.resources.compute.GcpForwardingRule",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_forwarding_rule),
    "resource", "misc",
    "{\"default\": [\"gcp_target_pool\", \"gcp_target_http_proxy\", \"gcp_target_vpn_gateway\", \"gcp_target_tcp_proxy\", \"gcp_target_grpc_proxy\", \"gcp_target_ssl_proxy\", \"gcp_target_https_proxy\"], \"delete\": []}", 0 };
const struct tmap gcp_map_gcp_forwarding_rule[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_health_check[] = {
	P("check_interval_sec", "int64", PT_INT, NULL, "checkIntervalSec",
	    NULL),
	P("grpc_health_check", "gcp_grpc_health_check", PT_OBJECT, "{}",
	    "grpcHealthCheck", &k_gcp_grpc_health_check),
	P("healthy_threshold", "int64", PT_INT, NULL, "healthyThreshold", NULL),
	P("http2_health_check", "gcp_http2_health_check", PT_OBJECT, "{}",
	    "http2HealthCheck", &k_gcp_http2_health_check),
	P("http_health_check", "gcp_http_health_check_spec", PT_OBJECT, "{}",
	    "httpHealthCheck", &k_gcp_http_health_check_spec),
	P("https_health_check", "gcp_https_health_check_spec", PT_OBJECT, "{}",
	    "httpsHealthCheck", &k_gcp_https_health_check_spec),
	P("health_check_log_config", "boolean", PT_BOOL, NULL,
	    "logConfig.enable", NULL),
	P("ssl_health_check", "gcp_ssl_health_check", PT_OBJECT, "{}",
	    "sslHealthCheck", &k_gcp_ssl_health_check),
	P("tcp_health_check", "gcp_tcp_health_check", PT_OBJECT, "{}",
	    "tcpHealthCheck", &k_gcp_tcp_health_check),
	P("timeout_sec", "int64", PT_INT, NULL, "timeoutSec", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
	P("unhealthy_threshold", "int64", PT_INT, NULL, "unhealthyThreshold",
	    NULL),
};
const struct kind kind_gcp_health_check = { "gcp_health_check",
    "resoto_plugin_gcp.resources.compute.GcpHealthCheck",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_health_check), "resource",
    "misc",
    "{\"delete\": [\"gcp_backend_service\", \"gcp_instance_group_manager\"]}",
    0 };
const struct tmap gcp_map_gcp_health_check[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_health_check_service[] = {
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("health_checks", "string[]", PT_LIST, "[]", "healthChecks", NULL),
	P("health_status_aggregation_policy", "string", PT_STRING, NULL,
	    "healthStatusAggregationPolicy", NULL),
	P("network_endpoint_groups", "string[]", PT_LIST, "[]",
	    "networkEndpointGroups", NULL),
	P("notification_endpoints", "string[]", PT_LIST, "[]",
	    "notificationEndpoints", NULL),
};
const struct kind kind_gcp_health_check_service = { "gcp_health_check_service",
    "resoto_plugin_gcp.resources.compute.GcpHealthCheckService",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_health_check_service),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_health_check_service[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_http_health_check[] = {
	P("check_interval_sec", "int64", PT_INT, NULL, "checkIntervalSec",
	    NULL),
	P("healthy_threshold", "int64", PT_INT, NULL, "healthyThreshold", NULL),
	P("host", "string", PT_STRING, NULL, "host", NULL),
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("request_path", "string", PT_STRING, NULL, "requestPath", NULL),
	P("timeout_sec", "int64", PT_INT, NULL, "timeoutSec", NULL),
	P("unhealthy_threshold", "int64", PT_INT, NULL, "unhealthyThreshold",
	    NULL),
};
const struct kind kind_gcp_http_health_check = { "gcp_http_health_check",
    "resoto_plugin_gcp.resources.compute.GcpHttpHealthCheck",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_http_health_check),
    "resource", "misc",
    "{\"delete\": [\"gcp_backend_service\", \"gcp_target_pool\", \"gcp_instance_group_manager\"]}", 0 };
const struct tmap gcp_map_gcp_http_health_check[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_https_health_check[] = {
	P("check_interval_sec", "int64", PT_INT, NULL, "checkIntervalSec",
	    NULL),
	P("healthy_threshold", "int64", PT_INT, NULL, "healthyThreshold", NULL),
	P("host", "string", PT_STRING, NULL, "host", NULL),
	P("port", "int64", PT_INT, NULL, "port", NULL),
	P("request_path", "string", PT_STRING, NULL, "requestPath", NULL),
	P("timeout_sec", "int64", PT_INT, NULL, "timeoutSec", NULL),
	P("unhealthy_threshold", "int64", PT_INT, NULL, "unhealthyThreshold",
	    NULL),
};
const struct kind kind_gcp_https_health_check = { "gcp_https_health_check",
    "resoto_plugin_gcp.resources.compute.GcpHttpsHealthCheck",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_https_health_check),
    "resource", "misc",
    "{\"delete\": [\"gcp_backend_service\", \"gcp_instance_group_manager\"]}",
    0 };
const struct tmap gcp_map_gcp_https_health_check[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_image[] = {
	P("architecture", "string", PT_STRING, NULL, "architecture", NULL),
	P("archive_size_bytes", "string", PT_STRING, NULL, "archiveSizeBytes",
	    NULL),
	P("disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("family", "string", PT_STRING, NULL, "family", NULL),
	P("guest_os_features", "string[]", PT_LIST, "[]", "guestOsFeatures",
	    NULL),
	P("image_encryption_key", "gcp_customer_encryption_key", PT_OBJECT,
	    "{}", "imageEncryptionKey", &k_gcp_customer_encryption_key),
	P("license_codes", "string[]", PT_LIST, "[]", "licenseCodes", NULL),
	P("licenses", "string[]", PT_LIST, "[]", "licenses", NULL),
	P("raw_disk", "gcp_rawdisk", PT_OBJECT, "{}", "rawDisk",
	    &k_gcp_rawdisk),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("shielded_instance_initial_state", "gcp_initial_state_config",
	    PT_OBJECT, "{}", "shieldedInstanceInitialState",
	    &k_gcp_initial_state_config),
	P("source_disk", "string", PT_STRING, NULL, "sourceDisk", NULL),
	P("source_disk_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceDiskEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("source_disk_id", "string", PT_STRING, NULL, "sourceDiskId", NULL),
	P("source_image", "string", PT_STRING, NULL, "sourceImage", NULL),
	P("source_image_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceImageEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("source_image_id", "string", PT_STRING, NULL, "sourceImageId", NULL),
	P("source_snapshot", "string", PT_STRING, NULL, "sourceSnapshot", NULL),
	P("source_snapshot_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceSnapshotEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("source_snapshot_id", "string", PT_STRING, NULL, "sourceSnapshotId",
	    NULL),
	P("source_type", "string", PT_STRING, NULL, "sourceType", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("storage_locations", "string[]", PT_LIST, "[]", "storageLocations",
	    NULL),
};
const struct kind kind_gcp_image = { "gcp_image",
    "resoto_plugin_gcp.resources.compute.GcpImage",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_image), "resource", "misc",
    NULL, 0 };
const struct tmap gcp_map_gcp_image[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_instance[] = {
	P("advanced_machine_features", "gcp_advanced_machine_features",
	    PT_OBJECT, "{}", "advancedMachineFeatures",
	    &k_gcp_advanced_machine_features),
	P("can_ip_forward", "boolean", PT_BOOL, NULL, "canIpForward", NULL),
	P("confidential_instance_config", "boolean", PT_BOOL, NULL,
	    "confidentialInstanceConfig.enableConfidentialCompute", NULL),
	P("cpu_platform", "string", PT_STRING, NULL, "cpuPlatform", NULL),
	P("deletion_protection", "boolean", PT_BOOL, NULL, "deletionProtection",
	    NULL),
	P("disks", "gcp_attached_disk[]", PT_OLIST, "[]", "disks",
	    &k_gcp_attached_disk),
	P("display_device", "boolean", PT_BOOL, NULL,
	    "displayDevice.enableDisplay", NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("guest_accelerators", "gcp_accelerator_config[]", PT_OLIST, "[]",
	    "guestAccelerators", &k_gcp_accelerator_config),
	P("hostname", "string", PT_STRING, NULL, "hostname", NULL),
	P("key_revocation_action_type", "string", PT_STRING, NULL,
	    "keyRevocationActionType", NULL),
	P("last_start_timestamp", "datetime", PT_DATETIME, NULL,
	    "lastStartTimestamp", NULL),
	P("last_stop_timestamp", "datetime", PT_DATETIME, NULL,
	    "lastStopTimestamp", NULL),
	P("last_suspended_timestamp", "datetime", PT_DATETIME, NULL,
	    "lastSuspendedTimestamp", NULL),
	P("machine_type", "string", PT_STRING, NULL, "machineType", NULL),
	P("instance_metadata", "gcp_metadata", PT_OBJECT, "{}", "metadata",
	    &k_gcp_metadata),
	P("min_cpu_platform", "string", PT_STRING, NULL, "minCpuPlatform",
	    NULL),
	P("network_interfaces", "gcp_network_interface[]", PT_OLIST, "[]",
	    "networkInterfaces", &k_gcp_network_interface),
	P("network_performance_config", "string", PT_STRING, NULL,
	    "networkPerformanceConfig.totalEgressBandwidthTier", NULL),
	P("instance_params", "gcp_instance_params", PT_OBJECT, "{}", "params",
	    &k_gcp_instance_params),
	P("private_ipv6_google_access", "string", PT_STRING, NULL,
	    "privateIpv6GoogleAccess", NULL),
	P("reservation_affinity", "gcp_reservation_affinity", PT_OBJECT, "{}",
	    "reservationAffinity", &k_gcp_reservation_affinity),
	P("resource_policies", "string[]", PT_LIST, "[]", "resourcePolicies",
	    NULL),
	P("resource_status", "string", PT_STRING, NULL,
	    "resourceStatus.physicalHost", NULL),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("scheduling", "gcp_scheduling", PT_OBJECT, "{}", "scheduling",
	    &k_gcp_scheduling),
	P("service_accounts", "gcp_service_account[]", PT_OLIST, "[]",
	    "serviceAccounts", &k_gcp_service_account),
	P("shielded_instance_config", "gcp_shielded_instance_config", PT_OBJECT,
	    "{}", "shieldedInstanceConfig", &k_gcp_shielded_instance_config),
	P("shielded_instance_integrity_policy", "boolean", PT_BOOL, NULL,
	    "shieldedInstanceIntegrityPolicy.updateAutoLearnPolicy", NULL),
	P("source_machine_image", "string", PT_STRING, NULL,
	    "sourceMachineImage", NULL),
	P("source_machine_image_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceMachineImageEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("start_restricted", "boolean", PT_BOOL, NULL, "startRestricted",
	    NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
	P("instance_tags", "gcp_tags", PT_OBJECT, "{}", "tags", &k_gcp_tags),
};
const struct kind kind_gcp_instance = { "gcp_instance",
    "resoto_plugin_gcp.resources.compute.GcpInstance",
    KIND_BASES(&kind_gcp_resource, &kind_instance), KIND_PROPS(p_gcp_instance),
    "instance", "compute",
    "{\"default\": [\"gcp_packet_mirroring\", \"gcp_disk\"], \"delete\": [\"gcp_target_pool\", \"gcp_target_instance\"]}", 0 };
static const struct tenum e_gcp_instance_instance_status[] = { { "PROVISIONING",
    "busy" }, { "STAGING", "busy" }, { "RUNNING", "running" }, { "STOPPING",
    "busy" }, { "SUSPENDING", "busy" }, { "SUSPENDED", "stopped" },
    { "REPAIRING", "busy" }, { "TERMINATED", "terminated" }, { NULL,
    "unknown" } };
const struct tmap gcp_map_gcp_instance[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	{ "instance_status", "status", e_gcp_instance_instance_status,
	    TC_NONE },
	/* copied from the machine type's item, which the collect puts
	 * into "_machine_type" (the reference's connect_machine_type);
	 * without one, the base's defaults ("p|") */
	{ "instance_cores", "_machine_type.guestCpus|", NULL, TC_NONE },
	{ "instance_memory", "_machine_type.memoryMb|", NULL, TC_DIV1024 },
	{ "instance_type", "_machine_type.name|", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_instance_group[] = {
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("named_ports", "gcp_named_port[]", PT_OLIST, "[]", "namedPorts",
	    &k_gcp_named_port),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("size", "int64", PT_INT, NULL, "size", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
};
const struct kind kind_gcp_instance_group = { "gcp_instance_group",
    "resoto_plugin_gcp.resources.compute.GcpInstanceGroup",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_instance_group),
    "resource", "misc",
    "{\"default\": [\"gcp_instance_group_manager\"], \"delete\": [\"gcp_backend_service\", \"gcp_instance_group_manager\"]}", 0 };
const struct tmap gcp_map_gcp_instance_group[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_instance_group_manager[] = {
	P("auto_healing_policies",
	    "gcp_instance_group_manager_auto_healing_policy[]", PT_OLIST, "[]",
	    "autoHealingPolicies",
	    &k_gcp_instance_group_manager_auto_healing_policy),
	P("base_instance_name", "string", PT_STRING, NULL, "baseInstanceName",
	    NULL),
	P("current_actions", "gcp_instance_group_manager_actions_summary",
	    PT_OBJECT, "{}", "currentActions",
	    &k_gcp_instance_group_manager_actions_summary),
	P("distribution_policy", "gcp_distribution_policy", PT_OBJECT, "{}",
	    "distributionPolicy", &k_gcp_distribution_policy),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("instance_group", "string", PT_STRING, NULL, "instanceGroup", NULL),
	P("instance_template", "string", PT_STRING, NULL, "instanceTemplate",
	    NULL),
	P("list_managed_instances_results", "string", PT_STRING, NULL,
	    "listManagedInstancesResults", NULL),
	P("named_ports", "gcp_named_port[]", PT_OLIST, "[]", "namedPorts",
	    &k_gcp_named_port),
	P("stateful_policy", "gcp_stateful_policy", PT_OBJECT, "{}",
	    "statefulPolicy", &k_gcp_stateful_policy),
	P("instance_group_manager_status", "gcp_instance_group_manager_status",
	    PT_OBJECT, "{}", "status", &k_gcp_instance_group_manager_status),
	P("target_pools", "string[]", PT_LIST, "[]", "targetPools", NULL),
	P("target_size", "int64", PT_INT, NULL, "targetSize", NULL),
	P("update_policy", "gcp_instance_group_manager_update_policy",
	    PT_OBJECT, "{}", "updatePolicy",
	    &k_gcp_instance_group_manager_update_policy),
	P("versions", "gcp_instance_group_manager_version[]", PT_OLIST, "[]",
	    "versions", &k_gcp_instance_group_manager_version),
};
const struct kind kind_gcp_instance_group_manager = { "gcp_instance_group_manager", "resoto_plugin_gcp.resources.compute.GcpInstanceGroupManager", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_instance_group_manager), "resource", "misc", "{\"default\": [\"gcp_http_health_check\", \"gcp_health_check\", \"gcp_https_health_check\"]}", 0 };
const struct tmap gcp_map_gcp_instance_group_manager[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_instance_template[] = {
	P("template_properties", "gcp_instance_properties", PT_OBJECT, "{}",
	    "properties", &k_gcp_instance_properties),
	P("source_instance", "string", PT_STRING, NULL, "sourceInstance", NULL),
	P("source_instance_params", "gcp_source_instance_params", PT_OBJECT,
	    "{}", "sourceInstanceParams", &k_gcp_source_instance_params),
};
const struct kind kind_gcp_instance_template = { "gcp_instance_template",
    "resoto_plugin_gcp.resources.compute.GcpInstanceTemplate",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_instance_template),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_instance_template[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_interconnect[] = {
	P("admin_enabled", "boolean", PT_BOOL, NULL, "adminEnabled", NULL),
	P("circuit_infos", "gcp_interconnect_circuit_info[]", PT_OLIST, "[]",
	    "circuitInfos", &k_gcp_interconnect_circuit_info),
	P("customer_name", "string", PT_STRING, NULL, "customerName", NULL),
	P("expected_outages", "gcp_interconnect_outage_notification[]",
	    PT_OLIST, "[]", "expectedOutages",
	    &k_gcp_interconnect_outage_notification),
	P("google_ip_address", "string", PT_STRING, NULL, "googleIpAddress",
	    NULL),
	P("google_reference_id", "string", PT_STRING, NULL, "googleReferenceId",
	    NULL),
	P("interconnect_attachments", "string[]", PT_LIST, "[]",
	    "interconnectAttachments", NULL),
	P("interconnect_type", "string", PT_STRING, NULL, "interconnectType",
	    NULL),
	P("link_type", "string", PT_STRING, NULL, "linkType", NULL),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("noc_contact_email", "string", PT_STRING, NULL, "nocContactEmail",
	    NULL),
	P("operational_status", "string", PT_STRING, NULL, "operationalStatus",
	    NULL),
	P("peer_ip_address", "string", PT_STRING, NULL, "peerIpAddress", NULL),
	P("provisioned_link_count", "int64", PT_INT, NULL,
	    "provisionedLinkCount", NULL),
	P("requested_link_count", "int64", PT_INT, NULL, "requestedLinkCount",
	    NULL),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("interconnect_state", "string", PT_STRING, NULL, "state", NULL),
};
const struct kind kind_gcp_interconnect = { "gcp_interconnect",
    "resoto_plugin_gcp.resources.compute.GcpInterconnect",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_interconnect), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_interconnect[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_interconnect_attachment[] = {
	P("admin_enabled", "boolean", PT_BOOL, NULL, "adminEnabled", NULL),
	P("bandwidth", "string", PT_STRING, NULL, "bandwidth", NULL),
	P("candidate_ipv6_subnets", "string[]", PT_LIST, "[]",
	    "candidateIpv6Subnets", NULL),
	P("candidate_subnets", "string[]", PT_LIST, "[]", "candidateSubnets",
	    NULL),
	P("cloud_router_ip_address", "string", PT_STRING, NULL,
	    "cloudRouterIpAddress", NULL),
	P("cloud_router_ipv6_address", "string", PT_STRING, NULL,
	    "cloudRouterIpv6Address", NULL),
	P("cloud_router_ipv6_interface_id", "string", PT_STRING, NULL,
	    "cloudRouterIpv6InterfaceId", NULL),
	P("customer_router_ip_address", "string", PT_STRING, NULL,
	    "customerRouterIpAddress", NULL),
	P("customer_router_ipv6_address", "string", PT_STRING, NULL,
	    "customerRouterIpv6Address", NULL),
	P("customer_router_ipv6_interface_id", "string", PT_STRING, NULL,
	    "customerRouterIpv6InterfaceId", NULL),
	P("dataplane_version", "int64", PT_INT, NULL, "dataplaneVersion", NULL),
	P("edge_availability_domain", "string", PT_STRING, NULL,
	    "edgeAvailabilityDomain", NULL),
	P("encryption", "string", PT_STRING, NULL, "encryption", NULL),
	P("google_reference_id", "string", PT_STRING, NULL, "googleReferenceId",
	    NULL),
	P("interconnect", "string", PT_STRING, NULL, "interconnect", NULL),
	P("ipsec_internal_addresses", "string[]", PT_LIST, "[]",
	    "ipsecInternalAddresses", NULL),
	P("mtu", "int64", PT_INT, NULL, "mtu", NULL),
	P("operational_status", "string", PT_STRING, NULL, "operationalStatus",
	    NULL),
	P("pairing_key", "string", PT_STRING, NULL, "pairingKey", NULL),
	P("partner_asn", "string", PT_STRING, NULL, "partnerAsn", NULL),
	P("partner_metadata", "gcp_interconnect_attachment_partner_metadata",
	    PT_OBJECT, "{}", "partnerMetadata",
	    &k_gcp_interconnect_attachment_partner_metadata),
	P("private_interconnect_info", "int64", PT_INT, NULL,
	    "privateInterconnectInfo.tag8021q", NULL),
	P("router", "string", PT_STRING, NULL, "router", NULL),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("stack_type", "string", PT_STRING, NULL, "stackType", NULL),
	P("interconnect_attachment_state", "string", PT_STRING, NULL, "state",
	    NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
	P("vlan_tag8021q", "int64", PT_INT, NULL, "vlanTag8021q", NULL),
};
const struct kind kind_gcp_interconnect_attachment = { "gcp_interconnect_attachment", "resoto_plugin_gcp.resources.compute.GcpInterconnectAttachment", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_interconnect_attachment), "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_interconnect_attachment[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_interconnect_location[] = {
	P("address", "string", PT_STRING, NULL, "address", NULL),
	P("availability_zone", "string", PT_STRING, NULL, "availabilityZone",
	    NULL),
	P("city", "string", PT_STRING, NULL, "city", NULL),
	P("continent", "string", PT_STRING, NULL, "continent", NULL),
	P("facility_provider", "string", PT_STRING, NULL, "facilityProvider",
	    NULL),
	P("facility_provider_facility_id", "string", PT_STRING, NULL,
	    "facilityProviderFacilityId", NULL),
	P("peeringdb_facility_id", "string", PT_STRING, NULL,
	    "peeringdbFacilityId", NULL),
	P("region_infos", "gcp_interconnect_location_region_info[]", PT_OLIST,
	    "[]", "regionInfos", &k_gcp_interconnect_location_region_info),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("supports_pzs", "boolean", PT_BOOL, NULL, "supportsPzs", NULL),
};
const struct kind kind_gcp_interconnect_location = { "gcp_interconnect_location", "resoto_plugin_gcp.resources.compute.GcpInterconnectLocation", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_interconnect_location), "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_interconnect_location[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_license[] = {
	P("charges_use_fee", "boolean", PT_BOOL, NULL, "chargesUseFee", NULL),
	P("license_code", "string", PT_STRING, NULL, "licenseCode", NULL),
	P("resource_requirements", "gcp_license_resource_requirements",
	    PT_OBJECT, "{}", "resourceRequirements",
	    &k_gcp_license_resource_requirements),
	P("transferable", "boolean", PT_BOOL, NULL, "transferable", NULL),
};
const struct kind kind_gcp_license = { "gcp_license",
    "resoto_plugin_gcp.resources.compute.GcpLicense",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_license), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_license[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_machine_image[] = {
	P("guest_flush", "boolean", PT_BOOL, NULL, "guestFlush", NULL),
	P("instance_properties", "gcp_instance_properties", PT_OBJECT, "{}",
	    "instanceProperties", &k_gcp_instance_properties),
	P("machine_image_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "machineImageEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("saved_disks", "gcp_saved_disk[]", PT_OLIST, "[]", "savedDisks",
	    &k_gcp_saved_disk),
	P("source_disk_encryption_keys", "gcp_source_disk_encryption_key[]",
	    PT_OLIST, "[]", "sourceDiskEncryptionKeys",
	    &k_gcp_source_disk_encryption_key),
	P("source_instance", "string", PT_STRING, NULL, "sourceInstance", NULL),
	P("source_instance_properties", "gcp_source_instance_properties",
	    PT_OBJECT, "{}", "sourceInstanceProperties",
	    &k_gcp_source_instance_properties),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("storage_locations", "string[]", PT_LIST, "[]", "storageLocations",
	    NULL),
	P("total_storage_bytes", "string", PT_STRING, NULL, "totalStorageBytes",
	    NULL),
};
const struct kind kind_gcp_machine_image = { "gcp_machine_image",
    "resoto_plugin_gcp.resources.compute.GcpMachineImage",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_machine_image), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_machine_image[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_machine_type[] = {
	P("accelerators", "gcp_accelerators[]", PT_OLIST, "[]", "accelerators",
	    &k_gcp_accelerators),
	P("image_space_gb", "int64", PT_INT, NULL, "imageSpaceGb", NULL),
	P("is_shared_cpu", "boolean", PT_BOOL, NULL, "isSharedCpu", NULL),
	P("maximum_persistent_disks", "int64", PT_INT, NULL,
	    "maximumPersistentDisks", NULL),
	P("maximum_persistent_disks_size_gb", "string", PT_STRING, NULL,
	    "maximumPersistentDisksSizeGb", NULL),
	P("scratch_disks", "int64[]", PT_ILIST, "[]", "scratchDisks", NULL),
};
const struct kind kind_gcp_machine_type = { "gcp_machine_type",
    "resoto_plugin_gcp.resources.compute.GcpMachineType",
    KIND_BASES(&kind_gcp_resource, &kind_instance_type),
    KIND_PROPS(p_gcp_machine_type), "instance_type", "compute",
    "{\"default\": [\"gcp_instance\", \"gcp_accelerator_type\", \"gcp_instance_template\"]}", 0 };
const struct tmap gcp_map_gcp_machine_type[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	{ "instance_type", "name", NULL, TC_NONE },
	{ "instance_cores", "guestCpus", NULL, TC_NONE },
	{ "instance_memory", "memoryMb", NULL, TC_DIV1024 },
	TM_END
};
static const struct kprop p_gcp_network[] = {
	P("ipv4_range", "string", PT_STRING, NULL, "IPv4Range", NULL),
	P("auto_create_subnetworks", "boolean", PT_BOOL, NULL,
	    "autoCreateSubnetworks", NULL),
	P("enable_ula_internal_ipv6", "boolean", PT_BOOL, NULL,
	    "enableUlaInternalIpv6", NULL),
	P("firewall_policy", "string", PT_STRING, NULL, "firewallPolicy", NULL),
	P("gateway_ipv4", "string", PT_STRING, NULL, "gatewayIPv4", NULL),
	P("internal_ipv6_range", "string", PT_STRING, NULL, "internalIpv6Range",
	    NULL),
	P("mtu", "int64", PT_INT, NULL, "mtu", NULL),
	P("network_firewall_policy_enforcement_order", "string", PT_STRING,
	    NULL, "networkFirewallPolicyEnforcementOrder", NULL),
	P("peerings", "gcp_network_peering[]", PT_OLIST, "[]", "peerings",
	    &k_gcp_network_peering),
	P("routing_config", "string", PT_STRING, NULL,
	    "routingConfig.routingMode", NULL),
	P("self_link_with_id", "string", PT_STRING, NULL, "selfLinkWithId",
	    NULL),
	P("subnetworks", "string[]", PT_LIST, "[]", "subnetworks", NULL),
};
const struct kind kind_gcp_network = { "gcp_network",
    "resoto_plugin_gcp.resources.compute.GcpNetwork",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_network), "resource",
    "misc",
    "{\"default\": [\"gcp_route\", \"gcp_router\", \"gcp_forwarding_rule\", \"gcp_target_vpn_gateway\", \"gcp_instance_group\", \"gcp_instance\", \"gcp_backend_service\", \"gcp_vpn_gateway\", \"gcp_target_instance\", \"gcp_network_endpoint_group\", \"gcp_subnetwork\"], \"delete\": [\"gcp_route\", \"gcp_router\", \"gcp_target_vpn_gateway\", \"gcp_instance_group\", \"gcp_instance\", \"gcp_vpn_gateway\", \"gcp_network_endpoint_group\", \"gcp_subnetwork\"]}", 0 };
const struct tmap gcp_map_gcp_network[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_network_edge_security_service[] = {
	P("service_fingerprint", "string", PT_STRING, NULL, "fingerprint",
	    NULL),
	P("service_security_policy", "string", PT_STRING, NULL,
	    "securityPolicy", NULL),
	P("service_self_link_with_id", "string", PT_STRING, NULL,
	    "selfLinkWithId", NULL),
};
const struct kind kind_gcp_network_edge_security_service = { "gcp_network_edge_security_service", "resoto_plugin_gcp.resources.compute.GcpNetworkEdgeSecurityService", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_network_edge_security_service), "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_network_edge_security_service[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_network_endpoint_group[] = {
	P("annotations", "dictionary[string, string]", PT_DICT, NULL,
	    "annotations", NULL),
	P("app_engine", "gcp_network_endpoint_group_app_engine", PT_OBJECT,
	    "{}", "appEngine", &k_gcp_network_endpoint_group_app_engine),
	P("cloud_function", "gcp_network_endpoint_group_cloud_function",
	    PT_OBJECT, "{}", "cloudFunction",
	    &k_gcp_network_endpoint_group_cloud_function),
	P("cloud_run", "gcp_network_endpoint_group_cloud_run", PT_OBJECT, "{}",
	    "cloudRun", &k_gcp_network_endpoint_group_cloud_run),
	P("default_port", "int64", PT_INT, NULL, "defaultPort", NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("network_endpoint_type", "string", PT_STRING, NULL,
	    "networkEndpointType", NULL),
	P("psc_data", "gcp_network_endpoint_group_psc_data", PT_OBJECT, "{}",
	    "pscData", &k_gcp_network_endpoint_group_psc_data),
	P("psc_target_service", "string", PT_STRING, NULL, "pscTargetService",
	    NULL),
	P("size", "int64", PT_INT, NULL, "size", NULL),
	P("subnetwork", "string", PT_STRING, NULL, "subnetwork", NULL),
};
const struct kind kind_gcp_network_endpoint_group = { "gcp_network_endpoint_group", "resoto_plugin_gcp.resources.compute.GcpNetworkEndpointGroup", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_network_endpoint_group), "resource", "misc", "{\"delete\": [\"gcp_backend_service\"]}", 0 };
const struct tmap gcp_map_gcp_network_endpoint_group[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_node_group[] = {
	P("autoscaling_policy", "gcp_node_group_autoscaling_policy", PT_OBJECT,
	    "{}", "autoscalingPolicy", &k_gcp_node_group_autoscaling_policy),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("location_hint", "string", PT_STRING, NULL, "locationHint", NULL),
	P("maintenance_policy", "string", PT_STRING, NULL, "maintenancePolicy",
	    NULL),
	P("maintenance_window", "gcp_node_group_maintenance_window", PT_OBJECT,
	    "{}", "maintenanceWindow", &k_gcp_node_group_maintenance_window),
	P("node_template", "string", PT_STRING, NULL, "nodeTemplate", NULL),
	P("share_settings", "gcp_share_settings", PT_OBJECT, "{}",
	    "shareSettings", &k_gcp_share_settings),
	P("size", "int64", PT_INT, NULL, "size", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
const struct kind kind_gcp_node_group = { "gcp_node_group",
    "resoto_plugin_gcp.resources.compute.GcpNodeGroup",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_node_group), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_node_group[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_node_template[] = {
	P("guest_accelerators", "gcp_accelerator_config[]", PT_OLIST, "[]",
	    "accelerators", &k_gcp_accelerator_config),
	P("cpu_overcommit_type", "string", PT_STRING, NULL, "cpuOvercommitType",
	    NULL),
	P("local_disks", "gcp_local_disk[]", PT_OLIST, "[]", "disks",
	    &k_gcp_local_disk),
	P("node_affinity_labels", "dictionary[string, string]", PT_DICT, NULL,
	    "nodeAffinityLabels", NULL),
	P("node_type", "string", PT_STRING, NULL, "nodeType", NULL),
	P("node_type_flexibility", "gcp_node_template_node_type_flexibility",
	    PT_OBJECT, "{}", "nodeTypeFlexibility",
	    &k_gcp_node_template_node_type_flexibility),
	P("server_binding", "string", PT_STRING, NULL, "serverBinding.type",
	    NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
};
const struct kind kind_gcp_node_template = { "gcp_node_template",
    "resoto_plugin_gcp.resources.compute.GcpNodeTemplate",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_node_template), "resource",
    "misc", "{\"default\": [\"gcp_node_group\"]}", 0 };
const struct tmap gcp_map_gcp_node_template[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_node_type[] = {
	P("cpu_platform", "string", PT_STRING, NULL, "cpuPlatform", NULL),
	P("guest_cpus", "int64", PT_INT, NULL, "guestCpus", NULL),
	P("local_ssd_gb", "int64", PT_INT, NULL, "localSsdGb", NULL),
	P("memory_mb", "int64", PT_INT, NULL, "memoryMb", NULL),
};
const struct kind kind_gcp_node_type = { "gcp_node_type",
    "resoto_plugin_gcp.resources.compute.GcpNodeType",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_node_type), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_node_type[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_notification_endpoint[] = {
	P("grpc_settings", "gcp_notification_endpoint_grpc_settings", PT_OBJECT,
	    "{}", "grpcSettings", &k_gcp_notification_endpoint_grpc_settings),
};
const struct kind kind_gcp_notification_endpoint = { "gcp_notification_endpoint", "resoto_plugin_gcp.resources.compute.GcpNotificationEndpoint", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_notification_endpoint), "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_notification_endpoint[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
const struct kind kind_gcp_object = { "gcp_object",
    "resoto_plugin_gcp.resources.storage.GcpObject",
    KIND_BASES(&kind_gcp_resource), NULL, 0, "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_object[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_operation[] = {
	P("client_operation_id", "string", PT_STRING, NULL, "clientOperationId",
	    NULL),
	P("end_time", "datetime", PT_DATETIME, NULL, "endTime", NULL),
	P("error", "gcp_error", PT_OBJECT, "{}", "error", &k_gcp_error),
	P("http_error_message", "string", PT_STRING, NULL, "httpErrorMessage",
	    NULL),
	P("http_error_status_code", "int64", PT_INT, NULL,
	    "httpErrorStatusCode", NULL),
	P("insert_time", "datetime", PT_DATETIME, NULL, "insertTime", NULL),
	P("operation_group_id", "string", PT_STRING, NULL, "operationGroupId",
	    NULL),
	P("operation_type", "string", PT_STRING, NULL, "operationType", NULL),
	P("progress", "int64", PT_INT, NULL, "progress", NULL),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("status_message", "string", PT_STRING, NULL, "statusMessage", NULL),
	P("target_id", "string", PT_STRING, NULL, "targetId", NULL),
	P("target_link", "string", PT_STRING, NULL, "targetLink", NULL),
	P("user", "string", PT_STRING, NULL, "user", NULL),
	P("warnings", "gcp_warnings[]", PT_OLIST, "[]", "warnings",
	    &k_gcp_warnings),
};
const struct kind kind_gcp_operation = { "gcp_operation",
    "resoto_plugin_gcp.resources.compute.GcpOperation",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_operation), "resource",
    "misc", "{\"default\": [\"gcp_disk\"]}", 0 };
const struct tmap gcp_map_gcp_operation[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_packet_mirroring[] = {
	P("collector_ilb", "gcp_packet_mirroring_forwarding_rule_info",
	    PT_OBJECT, "{}", "collectorIlb",
	    &k_gcp_packet_mirroring_forwarding_rule_info),
	P("enable", "string", PT_STRING, NULL, "enable", NULL),
	P("filter", "gcp_packet_mirroring_filter", PT_OBJECT, "{}", "filter",
	    &k_gcp_packet_mirroring_filter),
	P("mirrored_resources", "gcp_packet_mirroring_mirrored_resource_info",
	    PT_OBJECT, "{}", "mirroredResources",
	    &k_gcp_packet_mirroring_mirrored_resource_info),
	P("packet_mirroring_network", "gcp_packet_mirroring_network_info",
	    PT_OBJECT, "{}", "network", &k_gcp_packet_mirroring_network_info),
	P("priority", "int64", PT_INT, NULL, "priority", NULL),
};
const struct kind kind_gcp_packet_mirroring = { "gcp_packet_mirroring",
    "resoto_plugin_gcp.resources.compute.GcpPacketMirroring",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_packet_mirroring),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_packet_mirroring[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_project_billing_info[] = {
	P("billing_account_name", "string", PT_STRING, NULL,
	    "billingAccountName", NULL),
	P("billing_enabled", "boolean", PT_BOOL, NULL, "billingEnabled", NULL),
	P("project_billing_info_project_id", "string", PT_STRING, NULL,
	    "projectId", NULL),
};
const struct kind kind_gcp_project_billing_info = { "gcp_project_billing_info",
    "resoto_plugin_gcp.resources.billing.GcpProjectBillingInfo",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_project_billing_info),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_project_billing_info[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_public_advertised_prefix[] = {
	P("dns_verification_ip", "string", PT_STRING, NULL, "dnsVerificationIp",
	    NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("ip_cidr_range", "string", PT_STRING, NULL, "ipCidrRange", NULL),
	P("public_delegated_prefixs",
	    "gcp_public_advertised_prefix_public_delegated_prefix[]", PT_OLIST,
	    "[]", "publicDelegatedPrefixs",
	    &k_gcp_public_advertised_prefix_public_delegated_prefix),
	P("shared_secret", "string", PT_STRING, NULL, "sharedSecret", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
const struct kind kind_gcp_public_advertised_prefix = { "gcp_public_advertised_prefix", "resoto_plugin_gcp.resources.compute.GcpPublicAdvertisedPrefix", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_public_advertised_prefix), "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_public_advertised_prefix[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_public_delegated_prefix[] = {
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("ip_cidr_range", "string", PT_STRING, NULL, "ipCidrRange", NULL),
	P("is_live_migration", "boolean", PT_BOOL, NULL, "isLiveMigration",
	    NULL),
	P("parent_prefix", "string", PT_STRING, NULL, "parentPrefix", NULL),
	P("public_delegated_sub_prefixs",
	    "gcp_public_delegated_prefix_public_delegated_sub_prefix[]",
	    PT_OLIST, "[]", "publicDelegatedSubPrefixs",
	    &k_gcp_public_delegated_prefix_public_delegated_sub_prefix),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
const struct kind kind_gcp_public_delegated_prefix = { "gcp_public_delegated_prefix", "resoto_plugin_gcp.resources.compute.GcpPublicDelegatedPrefix", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_public_delegated_prefix), "resource", "misc", "{\"default\": [\"gcp_public_advertised_prefix\"]}", 0 };
const struct tmap gcp_map_gcp_public_delegated_prefix[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_resource_policy[] = {
	P("group_placement_policy",
	    "gcp_resource_policy_group_placement_policy", PT_OBJECT, "{}",
	    "groupPlacementPolicy",
	    &k_gcp_resource_policy_group_placement_policy),
	P("instance_schedule_policy",
	    "gcp_resource_policy_instance_schedule_policy", PT_OBJECT, "{}",
	    "instanceSchedulePolicy",
	    &k_gcp_resource_policy_instance_schedule_policy),
	P("resource_policy_resource_status",
	    "gcp_resource_policy_resource_status", PT_OBJECT, "{}",
	    "resourceStatus", &k_gcp_resource_policy_resource_status),
	P("snapshot_schedule_policy",
	    "gcp_resource_policy_snapshot_schedule_policy", PT_OBJECT, "{}",
	    "snapshotSchedulePolicy",
	    &k_gcp_resource_policy_snapshot_schedule_policy),
	P("status", "string", PT_STRING, NULL, "status", NULL),
};
const struct kind kind_gcp_resource_policy = { "gcp_resource_policy",
    "resoto_plugin_gcp.resources.compute.GcpResourcePolicy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_resource_policy),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_resource_policy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_route[] = {
	P("as_paths", "gcp_route_as_path[]", PT_OLIST, "[]", "asPaths",
	    &k_gcp_route_as_path),
	P("dest_range", "string", PT_STRING, NULL, "destRange", NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("next_hop_gateway", "string", PT_STRING, NULL, "nextHopGateway",
	    NULL),
	P("next_hop_ilb", "string", PT_STRING, NULL, "nextHopIlb", NULL),
	P("next_hop_instance", "string", PT_STRING, NULL, "nextHopInstance",
	    NULL),
	P("next_hop_ip", "string", PT_STRING, NULL, "nextHopIp", NULL),
	P("next_hop_network", "string", PT_STRING, NULL, "nextHopNetwork",
	    NULL),
	P("next_hop_peering", "string", PT_STRING, NULL, "nextHopPeering",
	    NULL),
	P("next_hop_vpn_tunnel", "string", PT_STRING, NULL, "nextHopVpnTunnel",
	    NULL),
	P("priority", "int64", PT_INT, NULL, "priority", NULL),
	P("route_status", "string", PT_STRING, NULL, "routeStatus", NULL),
	P("route_type", "string", PT_STRING, NULL, "routeType", NULL),
	P("route_tags", "string[]", PT_LIST, "[]", "tags", NULL),
	P("warnings", "gcp_warnings[]", PT_OLIST, "[]", "warnings",
	    &k_gcp_warnings),
};
const struct kind kind_gcp_route = { "gcp_route",
    "resoto_plugin_gcp.resources.compute.GcpRoute",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_route), "resource", "misc",
    NULL, 0 };
const struct tmap gcp_map_gcp_route[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_router[] = {
	P("bgp", "gcp_router_bgp", PT_OBJECT, "{}", "bgp", &k_gcp_router_bgp),
	P("bgp_peers", "gcp_router_bgp_peer[]", PT_OLIST, "[]", "bgpPeers",
	    &k_gcp_router_bgp_peer),
	P("encrypted_interconnect_router", "boolean", PT_BOOL, NULL,
	    "encryptedInterconnectRouter", NULL),
	P("router_interfaces", "gcp_router_interface[]", PT_OLIST, "[]",
	    "interfaces", &k_gcp_router_interface),
	P("md5_authentication_keys", "gcp_router_md5_authentication_key[]",
	    PT_OLIST, "[]", "md5AuthenticationKeys",
	    &k_gcp_router_md5_authentication_key),
	P("nats", "gcp_router_nat[]", PT_OLIST, "[]", "nats",
	    &k_gcp_router_nat),
	P("network", "string", PT_STRING, NULL, "network", NULL),
};
const struct kind kind_gcp_router = { "gcp_router",
    "resoto_plugin_gcp.resources.compute.GcpRouter",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_router), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_router[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_security_policy[] = {
	P("adaptive_protection_config",
	    "gcp_security_policy_adaptive_protection_config", PT_OBJECT, "{}",
	    "adaptiveProtectionConfig",
	    &k_gcp_security_policy_adaptive_protection_config),
	P("advanced_options_config",
	    "gcp_security_policy_advanced_options_config", PT_OBJECT, "{}",
	    "advancedOptionsConfig",
	    &k_gcp_security_policy_advanced_options_config),
	P("ddos_protection_config", "string", PT_STRING, NULL,
	    "ddosProtectionConfig.ddosProtection", NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("recaptcha_options_config", "string", PT_STRING, NULL,
	    "recaptchaOptionsConfig.redirectSiteKey", NULL),
	P("security_policy_rules", "gcp_security_policy_rule[]", PT_OLIST, "[]",
	    "rules", &k_gcp_security_policy_rule),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
const struct kind kind_gcp_security_policy = { "gcp_security_policy",
    "resoto_plugin_gcp.resources.compute.GcpSecurityPolicy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_security_policy),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_security_policy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_service[] = {
	P("business_entity_name", "string", PT_STRING, NULL,
	    "businessEntityName", NULL),
	P("display_name", "string", PT_STRING, NULL, "displayName", NULL),
};
const struct kind kind_gcp_service = { "gcp_service",
    "resoto_plugin_gcp.resources.billing.GcpService",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_service), "resource",
    "misc", "{\"default\": [\"gcp_sku\"]}", 0 };
const struct tmap gcp_map_gcp_service[] = {
	{ "id", "serviceId", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_service_attachment[] = {
	P("connected_endpoints", "gcp_service_attachment_connected_endpoint[]",
	    PT_OLIST, "[]", "connectedEndpoints",
	    &k_gcp_service_attachment_connected_endpoint),
	P("connection_preference", "string", PT_STRING, NULL,
	    "connectionPreference", NULL),
	P("consumer_accept_lists",
	    "gcp_service_attachment_consumer_project_limit[]", PT_OLIST, "[]",
	    "consumerAcceptLists",
	    &k_gcp_service_attachment_consumer_project_limit),
	P("consumer_reject_lists", "string[]", PT_LIST, "[]",
	    "consumerRejectLists", NULL),
	P("domain_names", "string[]", PT_LIST, "[]", "domainNames", NULL),
	P("enable_proxy_protocol", "boolean", PT_BOOL, NULL,
	    "enableProxyProtocol", NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("nat_subnets", "string[]", PT_LIST, "[]", "natSubnets", NULL),
	P("producer_forwarding_rule", "string", PT_STRING, NULL,
	    "producerForwardingRule", NULL),
	P("psc_service_attachment_id", "gcp_uint128", PT_OBJECT, "{}",
	    "pscServiceAttachmentId", &k_gcp_uint128),
	P("target_service", "string", PT_STRING, NULL, "targetService", NULL),
};
const struct kind kind_gcp_service_attachment = { "gcp_service_attachment",
    "resoto_plugin_gcp.resources.compute.GcpServiceAttachment",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_service_attachment),
    "resource", "misc",
    "{\"default\": [\"gcp_backend_service\", \"gcp_subnetwork\"]}", 0 };
const struct tmap gcp_map_gcp_service_attachment[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_sku[] = {
	P("category", "gcp_category", PT_OBJECT, "{}", "category",
	    &k_gcp_category),
	P("geo_taxonomy", "gcp_geo_taxonomy", PT_OBJECT, "{}", "geoTaxonomy",
	    &k_gcp_geo_taxonomy),
	P("sku_pricing_info", "gcp_pricing_info[]", PT_OLIST, "[]",
	    "pricingInfo", &k_gcp_pricing_info),
	P("service_provider_name", "string", PT_STRING, NULL,
	    "serviceProviderName", NULL),
	P("service_regions", "string[]", PT_LIST, "[]", "serviceRegions", NULL),
	P("usage_unit_nanos", "int64", PT_INT, NULL, NULL, NULL),
};
const struct kind kind_gcp_sku = { "gcp_sku",
    "resoto_plugin_gcp.resources.billing.GcpSku",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_sku), "resource", "misc",
    "{\"default\": [\"gcp_disk_type\", \"gcp_machine_type\"]}", 0 };
const struct tmap gcp_map_gcp_sku[] = {
	{ "id", "skuId", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	{ "sku_id", "skuId", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_snapshot[] = {
	P("snapshot_architecture", "string", PT_STRING, NULL, "architecture",
	    NULL),
	P("snapshot_auto_created", "boolean", PT_BOOL, NULL, "autoCreated",
	    NULL),
	P("snapshot_chain_name", "string", PT_STRING, NULL, "chainName", NULL),
	P("snapshot_creation_size_bytes", "string", PT_STRING, NULL,
	    "creationSizeBytes", NULL),
	P("snapshot_disk_size_gb", "int64", PT_INT, NULL, "diskSizeGb", NULL),
	P("snapshot_download_bytes", "string", PT_STRING, NULL, "downloadBytes",
	    NULL),
	P("snapshot_license_codes", "string[]", PT_LIST, "[]", "licenseCodes",
	    NULL),
	P("snapshot_licenses", "string[]", PT_LIST, "[]", "licenses", NULL),
	P("snapshot_location_hint", "string", PT_STRING, NULL, "locationHint",
	    NULL),
	P("snapshot_satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs",
	    NULL),
	P("snapshot_snapshot_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "snapshotEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("snapshot_snapshot_type", "string", PT_STRING, NULL, "snapshotType",
	    NULL),
	P("snapshot_source_disk", "string", PT_STRING, NULL, "sourceDisk",
	    NULL),
	P("snapshot_source_disk_encryption_key", "gcp_customer_encryption_key",
	    PT_OBJECT, "{}", "sourceDiskEncryptionKey",
	    &k_gcp_customer_encryption_key),
	P("snapshot_source_disk_id", "string", PT_STRING, NULL, "sourceDiskId",
	    NULL),
	P("snapshot_source_snapshot_schedule_policy", "string", PT_STRING, NULL,
	    "sourceSnapshotSchedulePolicy", NULL),
	P("snapshot_source_snapshot_schedule_policy_id", "string", PT_STRING,
	    NULL, "sourceSnapshotSchedulePolicyId", NULL),
	P("snapshot_status", "string", PT_STRING, NULL, "status", NULL),
	P("snapshot_storage_bytes", "string", PT_STRING, NULL, "storageBytes",
	    NULL),
	P("snapshot_storage_bytes_status", "string", PT_STRING, NULL,
	    "storageBytesStatus", NULL),
	P("snapshot_storage_locations", "string[]", PT_LIST, "[]",
	    "storageLocations", NULL),
};
const struct kind kind_gcp_snapshot = { "gcp_snapshot",
    "resoto_plugin_gcp.resources.compute.GcpSnapshot",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_snapshot), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_snapshot[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_sql_backup_run[] = {
	P("backup_kind", "string", PT_STRING, NULL, "backupKind", NULL),
	P("disk_encryption_configuration", "string", PT_STRING, NULL,
	    "diskEncryptionConfiguration.kmsKeyName", NULL),
	P("disk_encryption_status", "string", PT_STRING, NULL,
	    "diskEncryptionStatus.kmsKeyVersionName", NULL),
	P("end_time", "datetime", PT_DATETIME, NULL, "endTime", NULL),
	P("enqueued_time", "datetime", PT_DATETIME, NULL, "enqueuedTime", NULL),
	P("sql_operation_error", "gcp_sql_operation_error", PT_OBJECT, "{}",
	    "error", &k_gcp_sql_operation_error),
	P("instance", "string", PT_STRING, NULL, "instance", NULL),
	P("location", "string", PT_STRING, NULL, "location", NULL),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("time_zone", "string", PT_STRING, NULL, "timeZone", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
	P("window_start_time", "datetime", PT_DATETIME, NULL, "windowStartTime",
	    NULL),
};
const struct kind kind_gcp_sql_backup_run = { "gcp_sql_backup_run",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlBackupRun",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_sql_backup_run),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_sql_backup_run[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_sql_database[] = {
	P("charset", "string", PT_STRING, NULL, "charset", NULL),
	P("collation", "string", PT_STRING, NULL, "collation", NULL),
	P("etag", "string", PT_STRING, NULL, "etag", NULL),
	P("instance", "string", PT_STRING, NULL, "instance", NULL),
	P("project", "string", PT_STRING, NULL, "project", NULL),
	P("sqlserver_database_details", "gcp_sql_sql_server_database_details",
	    PT_OBJECT, "{}", "sqlserverDatabaseDetails",
	    &k_gcp_sql_sql_server_database_details),
};
const struct kind kind_gcp_sql_database = { "gcp_sql_database",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlDatabase",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_sql_database), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_sql_database[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_sql_database_instance[] = {
	P("available_maintenance_versions", "string[]", PT_LIST, "[]",
	    "availableMaintenanceVersions", NULL),
	P("backend_type", "string", PT_STRING, NULL, "backendType", NULL),
	P("connection_name", "string", PT_STRING, NULL, "connectionName", NULL),
	P("create_time", "datetime", PT_DATETIME, NULL, "createTime", NULL),
	P("current_disk_size", "string", PT_STRING, NULL, "currentDiskSize",
	    NULL),
	P("database_installed_version", "string", PT_STRING, NULL,
	    "databaseInstalledVersion", NULL),
	P("database_version", "string", PT_STRING, NULL, "databaseVersion",
	    NULL),
	P("disk_encryption_configuration", "string", PT_STRING, NULL,
	    "diskEncryptionConfiguration.kmsKeyName", NULL),
	P("disk_encryption_status", "string", PT_STRING, NULL,
	    "diskEncryptionStatus.kmsKeyVersionName", NULL),
	P("etag", "string", PT_STRING, NULL, "etag", NULL),
	P("failover_replica", "gcp_sql_failoverreplica", PT_OBJECT, "{}",
	    "failoverReplica", &k_gcp_sql_failoverreplica),
	P("gce_zone", "string", PT_STRING, NULL, "gceZone", NULL),
	P("instance_type", "string", PT_STRING, NULL, "instanceType", NULL),
	P("ip_addresses", "gcp_sql_ip_mapping[]", PT_OLIST, "[]", "ipAddresses",
	    &k_gcp_sql_ip_mapping),
	P("ipv6_address", "string", PT_STRING, NULL, "ipv6Address", NULL),
	P("maintenance_version", "string", PT_STRING, NULL,
	    "maintenanceVersion", NULL),
	P("master_instance_name", "string", PT_STRING, NULL,
	    "masterInstanceName", NULL),
	P("max_disk_size", "string", PT_STRING, NULL, "maxDiskSize", NULL),
	P("on_premises_configuration", "gcp_sql_on_premises_configuration",
	    PT_OBJECT, "{}", "onPremisesConfiguration",
	    &k_gcp_sql_on_premises_configuration),
	P("out_of_disk_report", "gcp_sql_sql_out_of_disk_report", PT_OBJECT,
	    "{}", "outOfDiskReport", &k_gcp_sql_sql_out_of_disk_report),
	P("project", "string", PT_STRING, NULL, "project", NULL),
	P("replica_configuration", "gcp_sql_replica_configuration", PT_OBJECT,
	    "{}", "replicaConfiguration", &k_gcp_sql_replica_configuration),
	P("replica_names", "string[]", PT_LIST, "[]", "replicaNames", NULL),
	P("root_password", "string", PT_STRING, NULL, "rootPassword", NULL),
	P("satisfies_pzs", "boolean", PT_BOOL, NULL, "satisfiesPzs", NULL),
	P("scheduled_maintenance", "gcp_sql_sql_scheduled_maintenance",
	    PT_OBJECT, "{}", "scheduledMaintenance",
	    &k_gcp_sql_sql_scheduled_maintenance),
	P("secondary_gce_zone", "string", PT_STRING, NULL, "secondaryGceZone",
	    NULL),
	P("server_ca_cert", "gcp_sql_ssl_cert", PT_OBJECT, "{}", "serverCaCert",
	    &k_gcp_sql_ssl_cert),
	P("service_account_email_address", "string", PT_STRING, NULL,
	    "serviceAccountEmailAddress", NULL),
	P("settings", "gcp_sql_settings", PT_OBJECT, "{}", "settings",
	    &k_gcp_sql_settings),
	P("sql_database_instance_state", "string", PT_STRING, NULL, "state",
	    NULL),
	P("suspension_reason", "string[]", PT_LIST, "[]", "suspensionReason",
	    NULL),
};
const struct kind kind_gcp_sql_database_instance = { "gcp_sql_database_instance", "resoto_plugin_gcp.resources.sqladmin.GcpSqlDatabaseInstance", KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_sql_database_instance), "resource", "misc", "{\"default\": [\"gcp_sql_user\", \"gcp_sql_operation\", \"gcp_sql_database\"]}", 0 };
const struct tmap gcp_map_gcp_sql_database_instance[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "createTime", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_sql_operation[] = {
	P("backup_context", "string", PT_STRING, NULL, "backupContext.backupId",
	    NULL),
	P("end_time", "datetime", PT_DATETIME, NULL, "endTime", NULL),
	P("sql_operation_errors", "gcp_sql_operation_error[]", PT_OLIST, "[]",
	    "error.errors", &k_gcp_sql_operation_error),
	P("export_context", "gcp_sql_export_context", PT_OBJECT, "{}",
	    "exportContext", &k_gcp_sql_export_context),
	P("import_context", "gcp_sql_import_context", PT_OBJECT, "{}",
	    "importContext", &k_gcp_sql_import_context),
	P("insert_time", "datetime", PT_DATETIME, NULL, "insertTime", NULL),
	P("operation_type", "string", PT_STRING, NULL, "operationType", NULL),
	P("start_time", "datetime", PT_DATETIME, NULL, "startTime", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("target_id", "string", PT_STRING, NULL, "targetId", NULL),
	P("target_link", "string", PT_STRING, NULL, "targetLink", NULL),
	P("target_project", "string", PT_STRING, NULL, "targetProject", NULL),
	P("user", "string", PT_STRING, NULL, "user", NULL),
};
const struct kind kind_gcp_sql_operation = { "gcp_sql_operation",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlOperation",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_sql_operation), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_sql_operation[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_sql_user[] = {
	P("dual_password_type", "string", PT_STRING, NULL, "dualPasswordType",
	    NULL),
	P("etag", "string", PT_STRING, NULL, "etag", NULL),
	P("host", "string", PT_STRING, "\"localhost\"", "host", NULL),
	P("instance", "string", PT_STRING, NULL, "instance", NULL),
	P("password", "string", PT_STRING, NULL, "password", NULL),
	P("password_policy", "gcp_sql_user_password_validation_policy",
	    PT_OBJECT, "{}", "passwordPolicy",
	    &k_gcp_sql_user_password_validation_policy),
	P("project", "string", PT_STRING, NULL, "project", NULL),
	P("sqlserver_user_details", "gcp_sql_sql_server_user_details",
	    PT_OBJECT, "{}", "sqlserverUserDetails",
	    &k_gcp_sql_sql_server_user_details),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
const struct kind kind_gcp_sql_user = { "gcp_sql_user",
    "resoto_plugin_gcp.resources.sqladmin.GcpSqlUser",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_sql_user), "resource",
    "misc", NULL, 0 };
const struct tmap gcp_map_gcp_sql_user[] = {
	/* "_id": the name, or "(anonymous)@<host>" (gcp/collect.c) */
	{ "id", "_id", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name|=(anonymous)", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_ssl_certificate[] = {
	P("certificate", "string", PT_STRING, NULL, "certificate", NULL),
	P("expire_time", "datetime", PT_DATETIME, NULL, "expireTime", NULL),
	P("managed", "gcp_ssl_certificate_managed_ssl_certificate", PT_OBJECT,
	    "{}", "managed", &k_gcp_ssl_certificate_managed_ssl_certificate),
	P("private_key", "string", PT_STRING, NULL, "privateKey", NULL),
	P("self_managed", "gcp_ssl_certificate_self_managed_ssl_certificate",
	    PT_OBJECT, "{}", "selfManaged",
	    &k_gcp_ssl_certificate_self_managed_ssl_certificate),
	P("subject_alternative_names", "string[]", PT_LIST, "[]",
	    "subjectAlternativeNames", NULL),
	P("type", "string", PT_STRING, NULL, "type", NULL),
};
const struct kind kind_gcp_ssl_certificate = { "gcp_ssl_certificate",
    "resoto_plugin_gcp.resources.compute.GcpSslCertificate",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_ssl_certificate),
    "resource", "misc",
    "{\"default\": [\"gcp_target_https_proxy\", \"gcp_sql_database_instance\"], \"delete\": [\"gcp_target_ssl_proxy\"]}", 0 };
const struct tmap gcp_map_gcp_ssl_certificate[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_ssl_policy[] = {
	P("custom_features", "string[]", PT_LIST, "[]", "customFeatures", NULL),
	P("enabled_features", "string[]", PT_LIST, "[]", "enabledFeatures",
	    NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("min_tls_version", "string", PT_STRING, NULL, "minTlsVersion", NULL),
	P("profile", "string", PT_STRING, NULL, "profile", NULL),
	P("warnings", "gcp_warnings[]", PT_OLIST, "[]", "warnings",
	    &k_gcp_warnings),
};
const struct kind kind_gcp_ssl_policy = { "gcp_ssl_policy",
    "resoto_plugin_gcp.resources.compute.GcpSslPolicy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_ssl_policy), "resource",
    "misc", "{\"default\": [\"gcp_target_https_proxy\"]}", 0 };
const struct tmap gcp_map_gcp_ssl_policy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_subnetwork[] = {
	P("enable_flow_logs", "boolean", PT_BOOL, NULL, "enableFlowLogs", NULL),
	P("external_ipv6_prefix", "string", PT_STRING, NULL,
	    "externalIpv6Prefix", NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("gateway_address", "string", PT_STRING, NULL, "gatewayAddress", NULL),
	P("internal_ipv6_prefix", "string", PT_STRING, NULL,
	    "internalIpv6Prefix", NULL),
	P("ip_cidr_range", "string", PT_STRING, NULL, "ipCidrRange", NULL),
	P("ipv6_access_type", "string", PT_STRING, NULL, "ipv6AccessType",
	    NULL),
	P("ipv6_cidr_range", "string", PT_STRING, NULL, "ipv6CidrRange", NULL),
	P("subnetwork_log_config", "gcp_subnetwork_log_config", PT_OBJECT, "{}",
	    "logConfig", &k_gcp_subnetwork_log_config),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("private_ip_google_access", "boolean", PT_BOOL, NULL,
	    "privateIpGoogleAccess", NULL),
	P("private_ipv6_google_access", "string", PT_STRING, NULL,
	    "privateIpv6GoogleAccess", NULL),
	P("purpose", "string", PT_STRING, NULL, "purpose", NULL),
	P("role", "string", PT_STRING, NULL, "role", NULL),
	P("secondary_ip_ranges", "gcp_subnetwork_secondary_range[]", PT_OLIST,
	    "[]", "secondaryIpRanges", &k_gcp_subnetwork_secondary_range),
	P("stack_type", "string", PT_STRING, NULL, "stackType", NULL),
	P("subnetwork_state", "string", PT_STRING, NULL, "state", NULL),
};
const struct kind kind_gcp_subnetwork = { "gcp_subnetwork",
    "resoto_plugin_gcp.resources.compute.GcpSubnetwork",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_subnetwork), "resource",
    "misc",
    "{\"default\": [\"gcp_instance_group\", \"gcp_packet_mirroring\", \"gcp_instance\", \"gcp_address\", \"gcp_network_endpoint_group\"], \"delete\": [\"gcp_instance_group\", \"gcp_network_endpoint_group\", \"gcp_instance\"]}", 0 };
const struct tmap gcp_map_gcp_subnetwork[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_grpc_proxy[] = {
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("self_link_with_id", "string", PT_STRING, NULL, "selfLinkWithId",
	    NULL),
	P("url_map", "string", PT_STRING, NULL, "urlMap", NULL),
	P("validate_for_proxyless", "boolean", PT_BOOL, NULL,
	    "validateForProxyless", NULL),
};
const struct kind kind_gcp_target_grpc_proxy = { "gcp_target_grpc_proxy",
    "resoto_plugin_gcp.resources.compute.GcpTargetGrpcProxy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_grpc_proxy),
    "resource", "misc", "{\"default\": [\"gcp_url_map\"]}", 0 };
const struct tmap gcp_map_gcp_target_grpc_proxy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_http_proxy[] = {
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("proxy_bind", "boolean", PT_BOOL, NULL, "proxyBind", NULL),
	P("url_map", "string", PT_STRING, NULL, "urlMap", NULL),
};
const struct kind kind_gcp_target_http_proxy = { "gcp_target_http_proxy",
    "resoto_plugin_gcp.resources.compute.GcpTargetHttpProxy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_http_proxy),
    "resource", "misc", "{\"default\": [\"gcp_url_map\"]}", 0 };
const struct tmap gcp_map_gcp_target_http_proxy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_https_proxy[] = {
	P("authorization_policy", "string", PT_STRING, NULL,
	    "authorizationPolicy", NULL),
	P("certificate_map", "string", PT_STRING, NULL, "certificateMap", NULL),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("proxy_bind", "boolean", PT_BOOL, NULL, "proxyBind", NULL),
	P("quic_override", "string", PT_STRING, NULL, "quicOverride", NULL),
	P("server_tls_policy", "string", PT_STRING, NULL, "serverTlsPolicy",
	    NULL),
	P("ssl_certificates", "string[]", PT_LIST, "[]", "sslCertificates",
	    NULL),
	P("ssl_policy", "string", PT_STRING, NULL, "sslPolicy", NULL),
	P("url_map", "string", PT_STRING, NULL, "urlMap", NULL),
};
const struct kind kind_gcp_target_https_proxy = { "gcp_target_https_proxy",
    "resoto_plugin_gcp.resources.compute.GcpTargetHttpsProxy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_https_proxy),
    "resource", "misc", "{\"default\": [\"gcp_url_map\"]}", 0 };
const struct tmap gcp_map_gcp_target_https_proxy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_instance[] = {
	P("instance", "string", PT_STRING, NULL, "instance", NULL),
	P("nat_policy", "string", PT_STRING, NULL, "natPolicy", NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
};
const struct kind kind_gcp_target_instance = { "gcp_target_instance",
    "resoto_plugin_gcp.resources.compute.GcpTargetInstance",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_instance),
    "resource", "misc", "{\"default\": [\"gcp_instance\"]}", 0 };
const struct tmap gcp_map_gcp_target_instance[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_pool[] = {
	P("backup_pool", "string", PT_STRING, NULL, "backupPool", NULL),
	P("failover_ratio", "double", PT_DOUBLE, NULL, "failoverRatio", NULL),
	P("health_checks", "string[]", PT_LIST, "[]", "healthChecks", NULL),
	P("instances", "string[]", PT_LIST, "[]", "instances", NULL),
	P("session_affinity", "string", PT_STRING, NULL, "sessionAffinity",
	    NULL),
};
const struct kind kind_gcp_target_pool = { "gcp_target_pool",
    "resoto_plugin_gcp.resources.compute.GcpTargetPool",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_pool), "resource",
    "misc", "{\"delete\": [\"gcp_instance\", \"gcp_http_health_check\"]}", 0 };
const struct tmap gcp_map_gcp_target_pool[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_ssl_proxy[] = {
	P("certificate_map", "string", PT_STRING, NULL, "certificateMap", NULL),
	P("proxy_header", "string", PT_STRING, NULL, "proxyHeader", NULL),
	P("service", "string", PT_STRING, NULL, "service", NULL),
	P("ssl_certificates", "string[]", PT_LIST, "[]", "sslCertificates",
	    NULL),
	P("ssl_policy", "string", PT_STRING, NULL, "sslPolicy", NULL),
};
const struct kind kind_gcp_target_ssl_proxy = { "gcp_target_ssl_proxy",
    "resoto_plugin_gcp.resources.compute.GcpTargetSslProxy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_ssl_proxy),
    "resource", "misc",
    "{\"default\": [\"gcp_backend_service\", \"gcp_ssl_certificate\"]}", 0 };
const struct tmap gcp_map_gcp_target_ssl_proxy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_tcp_proxy[] = {
	P("proxy_bind", "boolean", PT_BOOL, NULL, "proxyBind", NULL),
	P("proxy_header", "string", PT_STRING, NULL, "proxyHeader", NULL),
	P("service", "string", PT_STRING, NULL, "service", NULL),
};
const struct kind kind_gcp_target_tcp_proxy = { "gcp_target_tcp_proxy",
    "resoto_plugin_gcp.resources.compute.GcpTargetTcpProxy",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_tcp_proxy),
    "resource", "misc", "{\"default\": [\"gcp_backend_service\"]}", 0 };
const struct tmap gcp_map_gcp_target_tcp_proxy[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_target_vpn_gateway[] = {
	P("forwarding_rules", "string[]", PT_LIST, "[]", "forwardingRules",
	    NULL),
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("tunnels", "string[]", PT_LIST, "[]", "tunnels", NULL),
};
const struct kind kind_gcp_target_vpn_gateway = { "gcp_target_vpn_gateway",
    "resoto_plugin_gcp.resources.compute.GcpTargetVpnGateway",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_target_vpn_gateway),
    "resource", "misc", NULL, 0 };
const struct tmap gcp_map_gcp_target_vpn_gateway[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_url_map[] = {
	P("default_route_action", "gcp_http_route_action", PT_OBJECT, "{}",
	    "defaultRouteAction", &k_gcp_http_route_action),
	P("default_service", "string", PT_STRING, NULL, "defaultService", NULL),
	P("default_url_redirect", "gcp_http_redirect_action", PT_OBJECT, "{}",
	    "defaultUrlRedirect", &k_gcp_http_redirect_action),
	P("fingerprint", "string", PT_STRING, NULL, "fingerprint", NULL),
	P("header_action", "gcp_http_header_action", PT_OBJECT, "{}",
	    "headerAction", &k_gcp_http_header_action),
	P("host_rules", "gcp_host_rule[]", PT_OLIST, "[]", "hostRules",
	    &k_gcp_host_rule),
	P("path_matchers", "gcp_path_matcher[]", PT_OLIST, "[]", "pathMatchers",
	    &k_gcp_path_matcher),
	P("map_tests", "gcp_url_map_test[]", PT_OLIST, "[]", "tests",
	    &k_gcp_url_map_test),
};
const struct kind kind_gcp_url_map = { "gcp_url_map",
    "resoto_plugin_gcp.resources.compute.GcpUrlMap",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_url_map), "resource",
    "misc",
    "{\"default\": [\"gcp_backend_service\"], \"delete\": [\"gcp_target_http_proxy\", \"gcp_target_grpc_proxy\", \"gcp_target_https_proxy\"]}", 0 };
const struct tmap gcp_map_gcp_url_map[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_vpn_gateway[] = {
	P("network", "string", PT_STRING, NULL, "network", NULL),
	P("stack_type", "string", PT_STRING, NULL, "stackType", NULL),
	P("vpn_interfaces", "gcp_vpn_gateway_vpn_gateway_interface[]", PT_OLIST,
	    "[]", "vpnInterfaces", &k_gcp_vpn_gateway_vpn_gateway_interface),
};
const struct kind kind_gcp_vpn_gateway = { "gcp_vpn_gateway",
    "resoto_plugin_gcp.resources.compute.GcpVpnGateway",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_vpn_gateway), "resource",
    "misc", "{\"default\": [\"gcp_interconnect_attachment\"]}", 0 };
const struct tmap gcp_map_gcp_vpn_gateway[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};
static const struct kprop p_gcp_vpn_tunnel[] = {
	P("detailed_status", "string", PT_STRING, NULL, "detailedStatus", NULL),
	P("ike_version", "int64", PT_INT, NULL, "ikeVersion", NULL),
	P("local_traffic_selector", "string[]", PT_LIST, "[]",
	    "localTrafficSelector", NULL),
	P("peer_external_gateway", "string", PT_STRING, NULL,
	    "peerExternalGateway", NULL),
	P("peer_external_gateway_interface", "int64", PT_INT, NULL,
	    "peerExternalGatewayInterface", NULL),
	P("peer_gcp_gateway", "string", PT_STRING, NULL, "peerGcpGateway",
	    NULL),
	P("peer_ip", "string", PT_STRING, NULL, "peerIp", NULL),
	P("remote_traffic_selector", "string[]", PT_LIST, "[]",
	    "remoteTrafficSelector", NULL),
	P("router", "string", PT_STRING, NULL, "router", NULL),
	P("shared_secret", "string", PT_STRING, NULL, "sharedSecret", NULL),
	P("shared_secret_hash", "string", PT_STRING, NULL, "sharedSecretHash",
	    NULL),
	P("status", "string", PT_STRING, NULL, "status", NULL),
	P("target_vpn_gateway", "string", PT_STRING, NULL, "targetVpnGateway",
	    NULL),
	P("vpn_gateway", "string", PT_STRING, NULL, "vpnGateway", NULL),
	P("vpn_gateway_interface", "int64", PT_INT, NULL, "vpnGatewayInterface",
	    NULL),
};
const struct kind kind_gcp_vpn_tunnel = { "gcp_vpn_tunnel",
    "resoto_plugin_gcp.resources.compute.GcpVpnTunnel",
    KIND_BASES(&kind_gcp_resource), KIND_PROPS(p_gcp_vpn_tunnel), "resource",
    "misc",
    "{\"default\": [\"gcp_vpn_gateway\", \"gcp_router\", \"gcp_target_vpn_gateway\"], \"delete\": [\"gcp_vpn_gateway\", \"gcp_target_vpn_gateway\"]}", 0 };
const struct tmap gcp_map_gcp_vpn_tunnel[] = {
	{ "id", "name|id|selfLink", NULL, TC_NONE },
	{ "tags", "labels", NULL, TC_NONE },
	{ "name", "name", NULL, TC_NONE },
	{ "ctime", "creationTimestamp", NULL, TC_NONE },
	{ "description", "description", NULL, TC_NONE },
	{ "link", "selfLink", NULL, TC_NONE },
	{ "label_fingerprint", "labelFingerprint", NULL, TC_NONE },
	{ "deprecation_status", "deprecated|=", NULL, TC_NONE },
	TM_END
};

const struct kind *const gcp_kinds[] = {
	&k_gcp_accelerator_config,
	&k_gcp_accelerators,
	&k_gcp_access_config,
	&k_gcp_action,
	&k_gcp_advanced_machine_features,
	&k_gcp_aggregation_info,
	&k_gcp_alias_ip_range,
	&k_gcp_allocation_specific_sku_allocation_allocated_instance_properties_reserved_disk,
	&k_gcp_allocation_specific_sku_allocation_reserved_instance_properties,
	&k_gcp_allocation_specific_sku_reservation,
	&k_gcp_allowed,
	&k_gcp_attached_disk,
	&k_gcp_attached_disk_initialize_params,
	&k_gcp_autoclass,
	&k_gcp_autoscaler_status_details,
	&k_gcp_autoscaling_policy,
	&k_gcp_autoscaling_policy_cpu_utilization,
	&k_gcp_autoscaling_policy_custom_metric_utilization,
	&k_gcp_autoscaling_policy_scale_in_control,
	&k_gcp_autoscaling_policy_scaling_schedule,
	&k_gcp_backend,
	&k_gcp_backend_bucket_cdn_policy,
	&k_gcp_backend_bucket_cdn_policy_cache_key_policy,
	&k_gcp_backend_bucket_cdn_policy_negative_caching_policy,
	&k_gcp_backend_service_cdn_policy,
	&k_gcp_backend_service_cdn_policy_negative_caching_policy,
	&k_gcp_backend_service_connection_tracking_policy,
	&k_gcp_backend_service_failover_policy,
	&k_gcp_backend_service_iap,
	&k_gcp_backend_service_locality_load_balancing_policy_config,
	&k_gcp_backend_service_locality_load_balancing_policy_config_custom_policy,
	&k_gcp_backend_service_log_config,
	&k_gcp_bucket_access_control,
	&k_gcp_bucketpolicyonly,
	&k_gcp_cache_key_policy,
	&k_gcp_category,
	&k_gcp_circuit_breakers,
	&k_gcp_condition,
	&k_gcp_consistent_hash_load_balancer_settings,
	&k_gcp_consistent_hash_load_balancer_settings_http_cookie,
	&k_gcp_container_accelerator_config,
	&k_gcp_container_addons_config,
	&k_gcp_container_authenticator_groups_config,
	&k_gcp_container_auto_upgrade_options,
	&k_gcp_container_autoprovisioning_node_pool_defaults,
	&k_gcp_container_binary_authorization,
	&k_gcp_container_blue_green_info,
	&k_gcp_container_blue_green_settings,
	&k_gcp_container_cidr_block,
	&k_gcp_container_cloud_run_config,
	&k_gcp_container_cluster_autoscaling,
	&k_gcp_container_daily_maintenance_window,
	&k_gcp_container_database_encryption,
	&k_gcp_container_dns_config,
	&k_gcp_container_filter,
	&k_gcp_container_gpu_sharing_config,
	&k_gcp_container_ip_allocation_policy,
	&k_gcp_container_linux_node_config,
	&k_gcp_container_logging_component_config,
	&k_gcp_container_logging_config,
	&k_gcp_container_maintenance_policy,
	&k_gcp_container_maintenance_window,
	&k_gcp_container_master_auth,
	&k_gcp_container_master_authorized_networks_config,
	&k_gcp_container_metric,
	&k_gcp_container_monitoring_component_config,
	&k_gcp_container_monitoring_config,
	&k_gcp_container_network_config,
	&k_gcp_container_network_policy,
	&k_gcp_container_network_tags,
	&k_gcp_container_node_config,
	&k_gcp_container_node_config_defaults,
	&k_gcp_container_node_kubelet_config,
	&k_gcp_container_node_management,
	&k_gcp_container_node_network_config,
	&k_gcp_container_node_pool,
	&k_gcp_container_node_pool_auto_config,
	&k_gcp_container_node_pool_autoscaling,
	&k_gcp_container_node_pool_defaults,
	&k_gcp_container_node_pool_logging_config,
	&k_gcp_container_node_taint,
	&k_gcp_container_notification_config,
	&k_gcp_container_operation_progress,
	&k_gcp_container_private_cluster_config,
	&k_gcp_container_pub_sub,
	&k_gcp_container_recurring_time_window,
	&k_gcp_container_reservation_affinity,
	&k_gcp_container_resource_limit,
	&k_gcp_container_resource_usage_export_config,
	&k_gcp_container_shielded_instance_config,
	&k_gcp_container_standard_rollout_policy,
	&k_gcp_container_status,
	&k_gcp_container_status_condition,
	&k_gcp_container_time_window,
	&k_gcp_container_update_info,
	&k_gcp_container_upgrade_settings,
	&k_gcp_cors,
	&k_gcp_cors_policy,
	&k_gcp_customer_encryption_key,
	&k_gcp_data,
	&k_gcp_denied,
	&k_gcp_deprecation_status,
	&k_gcp_disk_instantiation_config,
	&k_gcp_disk_params,
	&k_gcp_distribution_policy,
	&k_gcp_duration,
	&k_gcp_error,
	&k_gcp_error_info,
	&k_gcp_errordetails,
	&k_gcp_errors,
	&k_gcp_expr,
	&k_gcp_external_vpn_gateway_interface,
	&k_gcp_file_content_buffer,
	&k_gcp_firewall_log_config,
	&k_gcp_firewall_policy_association,
	&k_gcp_firewall_policy_rule,
	&k_gcp_firewall_policy_rule_matcher,
	&k_gcp_firewall_policy_rule_matcher_layer4_config,
	&k_gcp_firewall_policy_rule_secure_tag,
	&k_gcp_fixed_or_percent,
	&k_gcp_forwarding_rule_service_directory_registration,
	&k_gcp_geo_taxonomy,
	&k_gcp_grpc_health_check,
	&k_gcp_help,
	&k_gcp_help_link,
	&k_gcp_host_rule,
	&k_gcp_http2_health_check,
	&k_gcp_http_fault_abort,
	&k_gcp_http_fault_delay,
	&k_gcp_http_fault_injection,
	&k_gcp_http_header_action,
	&k_gcp_http_header_match,
	&k_gcp_http_header_option,
	&k_gcp_http_health_check_spec,
	&k_gcp_http_query_parameter_match,
	&k_gcp_http_redirect_action,
	&k_gcp_http_retry_policy,
	&k_gcp_http_route_action,
	&k_gcp_http_route_rule,
	&k_gcp_http_route_rule_match,
	&k_gcp_https_health_check_spec,
	&k_gcp_iamconfiguration,
	&k_gcp_initial_state_config,
	&k_gcp_instance_group_manager_actions_summary,
	&k_gcp_instance_group_manager_auto_healing_policy,
	&k_gcp_instance_group_manager_status,
	&k_gcp_instance_group_manager_status_stateful,
	&k_gcp_instance_group_manager_update_policy,
	&k_gcp_instance_group_manager_version,
	&k_gcp_instance_params,
	&k_gcp_instance_properties,
	&k_gcp_int64_range_match,
	&k_gcp_interconnect_attachment_partner_metadata,
	&k_gcp_interconnect_circuit_info,
	&k_gcp_interconnect_location_region_info,
	&k_gcp_interconnect_outage_notification,
	&k_gcp_items,
	&k_gcp_license_resource_commitment,
	&k_gcp_license_resource_requirements,
	&k_gcp_local_disk,
	&k_gcp_localized_message,
	&k_gcp_logging,
	&k_gcp_metadata,
	&k_gcp_metadata_filter,
	&k_gcp_metadata_filter_label_match,
	&k_gcp_money,
	&k_gcp_named_port,
	&k_gcp_network_endpoint_group_app_engine,
	&k_gcp_network_endpoint_group_cloud_function,
	&k_gcp_network_endpoint_group_cloud_run,
	&k_gcp_network_endpoint_group_psc_data,
	&k_gcp_network_interface,
	&k_gcp_network_peering,
	&k_gcp_node_group_autoscaling_policy,
	&k_gcp_node_group_maintenance_window,
	&k_gcp_node_template_node_type_flexibility,
	&k_gcp_notification_endpoint_grpc_settings,
	&k_gcp_object_access_control,
	&k_gcp_outlier_detection,
	&k_gcp_owner,
	&k_gcp_packet_mirroring_filter,
	&k_gcp_packet_mirroring_forwarding_rule_info,
	&k_gcp_packet_mirroring_mirrored_resource_info,
	&k_gcp_packet_mirroring_mirrored_resource_info_instance_info,
	&k_gcp_packet_mirroring_mirrored_resource_info_subnet_info,
	&k_gcp_packet_mirroring_network_info,
	&k_gcp_path_matcher,
	&k_gcp_path_rule,
	&k_gcp_pricing_expression,
	&k_gcp_pricing_info,
	&k_gcp_projectteam,
	&k_gcp_public_advertised_prefix_public_delegated_prefix,
	&k_gcp_public_delegated_prefix_public_delegated_sub_prefix,
	&k_gcp_quota,
	&k_gcp_rawdisk,
	&k_gcp_reservation,
	&k_gcp_reservation_affinity,
	&k_gcp_resource_commitment,
	&k_gcp_resource_policy_daily_cycle,
	&k_gcp_resource_policy_group_placement_policy,
	&k_gcp_resource_policy_hourly_cycle,
	&k_gcp_resource_policy_instance_schedule_policy,
	&k_gcp_resource_policy_resource_status,
	&k_gcp_resource_policy_resource_status_instance_schedule_policy_status,
	&k_gcp_resource_policy_snapshot_schedule_policy,
	&k_gcp_resource_policy_snapshot_schedule_policy_retention_policy,
	&k_gcp_resource_policy_snapshot_schedule_policy_schedule,
	&k_gcp_resource_policy_snapshot_schedule_policy_snapshot_properties,
	&k_gcp_resource_policy_weekly_cycle,
	&k_gcp_resource_policy_weekly_cycle_day_of_week,
	&k_gcp_retentionpolicy,
	&k_gcp_route_as_path,
	&k_gcp_router_advertised_ip_range,
	&k_gcp_router_bgp,
	&k_gcp_router_bgp_peer,
	&k_gcp_router_bgp_peer_bfd,
	&k_gcp_router_interface,
	&k_gcp_router_md5_authentication_key,
	&k_gcp_router_nat,
	&k_gcp_router_nat_log_config,
	&k_gcp_router_nat_rule,
	&k_gcp_router_nat_rule_action,
	&k_gcp_router_nat_subnetwork_to_nat,
	&k_gcp_rule,
	&k_gcp_saved_attached_disk,
	&k_gcp_saved_disk,
	&k_gcp_scaling_schedule_status,
	&k_gcp_scheduling,
	&k_gcp_scheduling_node_affinity,
	&k_gcp_security_policy_adaptive_protection_config,
	&k_gcp_security_policy_adaptive_protection_config_layer7_ddos_defense_config,
	&k_gcp_security_policy_advanced_options_config,
	&k_gcp_security_policy_advanced_options_config_json_custom_config,
	&k_gcp_security_policy_rule,
	&k_gcp_security_policy_rule_http_header_action,
	&k_gcp_security_policy_rule_http_header_action_http_header_option,
	&k_gcp_security_policy_rule_matcher,
	&k_gcp_security_policy_rule_matcher_config,
	&k_gcp_security_policy_rule_rate_limit_options,
	&k_gcp_security_policy_rule_rate_limit_options_threshold,
	&k_gcp_security_policy_rule_redirect_options,
	&k_gcp_security_settings,
	&k_gcp_service_account,
	&k_gcp_service_attachment_connected_endpoint,
	&k_gcp_service_attachment_consumer_project_limit,
	&k_gcp_share_settings,
	&k_gcp_share_settings_project_config,
	&k_gcp_shielded_instance_config,
	&k_gcp_source_disk_encryption_key,
	&k_gcp_source_instance_params,
	&k_gcp_source_instance_properties,
	&k_gcp_sql_acl_entry,
	&k_gcp_sql_backup_configuration,
	&k_gcp_sql_backup_retention_settings,
	&k_gcp_sql_bakimportoptions,
	&k_gcp_sql_csvexportoptions,
	&k_gcp_sql_csvimportoptions,
	&k_gcp_sql_database_flags,
	&k_gcp_sql_deny_maintenance_period,
	&k_gcp_sql_encryptionoptions,
	&k_gcp_sql_export_context,
	&k_gcp_sql_failoverreplica,
	&k_gcp_sql_import_context,
	&k_gcp_sql_insights_config,
	&k_gcp_sql_instance_reference,
	&k_gcp_sql_ip_configuration,
	&k_gcp_sql_ip_mapping,
	&k_gcp_sql_location_preference,
	&k_gcp_sql_maintenance_window,
	&k_gcp_sql_my_sql_replica_configuration,
	&k_gcp_sql_mysqlexportoptions,
	&k_gcp_sql_on_premises_configuration,
	&k_gcp_sql_operation_error,
	&k_gcp_sql_password_status,
	&k_gcp_sql_password_validation_policy,
	&k_gcp_sql_replica_configuration,
	&k_gcp_sql_settings,
	&k_gcp_sql_sql_out_of_disk_report,
	&k_gcp_sql_sql_scheduled_maintenance,
	&k_gcp_sql_sql_server_audit_config,
	&k_gcp_sql_sql_server_database_details,
	&k_gcp_sql_sql_server_user_details,
	&k_gcp_sql_sqlexportoptions,
	&k_gcp_sql_ssl_cert,
	&k_gcp_sql_user_password_validation_policy,
	&k_gcp_ssl_certificate_managed_ssl_certificate,
	&k_gcp_ssl_certificate_self_managed_ssl_certificate,
	&k_gcp_ssl_health_check,
	&k_gcp_stateful_policy,
	&k_gcp_stateful_policy_preserved_state,
	&k_gcp_stateful_policy_preserved_state_disk_device,
	&k_gcp_subnetwork_log_config,
	&k_gcp_subnetwork_secondary_range,
	&k_gcp_tags,
	&k_gcp_tcp_health_check,
	&k_gcp_tier_rate,
	&k_gcp_uint128,
	&k_gcp_uniformbucketlevelaccess,
	&k_gcp_url_map_test,
	&k_gcp_url_map_test_header,
	&k_gcp_url_rewrite,
	&k_gcp_vpn_gateway_vpn_gateway_interface,
	&k_gcp_warnings,
	&k_gcp_website,
	&k_gcp_weighted_backend_service,
	&kind_gcp_resource,
	&kind_gcp_project,
	&kind_gcp_region,
	&kind_gcp_zone,
	&kind_gcp_region_quota,
	&kind_gcp_accelerator_type,
	&kind_gcp_address,
	&kind_gcp_autoscaler,
	&kind_gcp_backend_bucket,
	&kind_gcp_backend_service,
	&kind_gcp_billing_account,
	&kind_gcp_bucket,
	&kind_gcp_commitment,
	&kind_gcp_container_cluster,
	&kind_gcp_container_operation,
	&kind_gcp_disk,
	&kind_gcp_disk_type,
	&kind_gcp_external_vpn_gateway,
	&kind_gcp_firewall,
	&kind_gcp_firewall_policy,
	&kind_gcp_forwarding_rule,
	&kind_gcp_health_check,
	&kind_gcp_health_check_service,
	&kind_gcp_http_health_check,
	&kind_gcp_https_health_check,
	&kind_gcp_image,
	&kind_gcp_instance,
	&kind_gcp_instance_group,
	&kind_gcp_instance_group_manager,
	&kind_gcp_instance_template,
	&kind_gcp_interconnect,
	&kind_gcp_interconnect_attachment,
	&kind_gcp_interconnect_location,
	&kind_gcp_license,
	&kind_gcp_machine_image,
	&kind_gcp_machine_type,
	&kind_gcp_network,
	&kind_gcp_network_edge_security_service,
	&kind_gcp_network_endpoint_group,
	&kind_gcp_node_group,
	&kind_gcp_node_template,
	&kind_gcp_node_type,
	&kind_gcp_notification_endpoint,
	&kind_gcp_object,
	&kind_gcp_operation,
	&kind_gcp_packet_mirroring,
	&kind_gcp_project_billing_info,
	&kind_gcp_public_advertised_prefix,
	&kind_gcp_public_delegated_prefix,
	&kind_gcp_resource_policy,
	&kind_gcp_route,
	&kind_gcp_router,
	&kind_gcp_security_policy,
	&kind_gcp_service,
	&kind_gcp_service_attachment,
	&kind_gcp_sku,
	&kind_gcp_snapshot,
	&kind_gcp_sql_backup_run,
	&kind_gcp_sql_database,
	&kind_gcp_sql_database_instance,
	&kind_gcp_sql_operation,
	&kind_gcp_sql_user,
	&kind_gcp_ssl_certificate,
	&kind_gcp_ssl_policy,
	&kind_gcp_subnetwork,
	&kind_gcp_target_grpc_proxy,
	&kind_gcp_target_http_proxy,
	&kind_gcp_target_https_proxy,
	&kind_gcp_target_instance,
	&kind_gcp_target_pool,
	&kind_gcp_target_ssl_proxy,
	&kind_gcp_target_tcp_proxy,
	&kind_gcp_target_vpn_gateway,
	&kind_gcp_url_map,
	&kind_gcp_vpn_gateway,
	&kind_gcp_vpn_tunnel,
	NULL
};

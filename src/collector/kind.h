/*
 * kind: the static description of resource kinds (what Python's resource
 * classes are to the reference worker): name, bases, own properties with
 * their model kind and default, icon/group metadata, python_type. Owns the
 * base kinds of resotolib (kinds_base.c) and the questions asked of a kind
 * (is it an account? phantom? which properties, in which order?). Each
 * collector declares its own kinds the same way in its own file; model.c
 * turns them all into the PATCH /model body.
 */
#ifndef RW_KIND_H
#define RW_KIND_H

#include <stddef.h>

enum ptype {
	PT_STRING,
	PT_INT,		/* int64 */
	PT_DOUBLE,
	PT_BOOL,
	PT_DATETIME,	/* "YYYY-MM-DDTHH:MM:SSZ" */
	PT_DICT,	/* dictionary[string, string] */
	PT_LIST,	/* string[] */
	PT_ENUM,	/* a string out of an enum kind */
	PT_ILIST,	/* int64[] */
	PT_OBJECT,	/* a nested complex kind (kprop.sub) */
	PT_OLIST,	/* a list of a nested complex kind (kprop.sub) */
};

#define KP_REQUIRED	0x1	/* "required": true in the model */
#define KP_MODEL_ONLY	0x2	/* in the model, never a reported field ("kind") */

struct kprop {
	const char	*name;
	const char	*kind;		/* model kind: "string", "int64", "instance_status" ... */
	enum ptype	 type;
	const char	*def;		/* default as JSON text; NULL: None (dropped) */
	const char	*synthetic;	/* synthetic property derived from it ("age"), or NULL */
	unsigned	 flags;
	/* For table-driven collectors (table.h): where the value is in the
	 * cloud's answer for an item, NULL: not read from it; and the nested
	 * kind of PT_OBJECT / PT_OLIST. */
	const char		*src;
	const struct kind	*sub;
};

struct kenum {
	const char		*fqn;
	const char *const	*values;	/* NULL-terminated */
};

#define KIND_PHANTOM	0x1	/* phantom resource (inherited by subclasses) */

struct kind {
	const char		*fqn;
	const char		*python_type;	/* module.Class, for metadata.python_type */
	const struct kind *const *bases;	/* NULL-terminated; NULL: none */
	const struct kprop	*props;		/* own properties, declaration order */
	size_t			 nprops;
	const char		*icon, *group;	/* NULL: inherited from the bases */
	const char		*successors;	/* successor_kinds as JSON text, NULL: null */
	unsigned		 flags;
};

#define KIND_BASES(...)	((const struct kind *const[]){ __VA_ARGS__, NULL })
#define KIND_PROPS(a)	(a), (sizeof(a) / sizeof((a)[0]))

/* Base kinds (resotolib.baseresources) others build on. */
extern const struct kind kind_resource, kind_phantom_resource, kind_graph_root,
    kind_base_cloud, kind_cloud, kind_account, kind_region, kind_zone,
    kind_instance, kind_volume, kind_network, kind_load_balancer,
    kind_snapshot, kind_subnet, kind_gateway, kind_security_group,
    kind_routing_table, kind_network_interface, kind_ip_address,
    kind_keypair, kind_instance_type, kind_volume_type, kind_bucket,
    kind_autoscaling_group, kind_database, kind_access_key, kind_user,
    kind_group, kind_policy, kind_role, kind_instance_profile,
    kind_serverless_function;
extern const struct kenum enum_instance_status, enum_volume_status;
extern const struct kind *const base_kinds[];	/* NULL-terminated */
extern const struct kenum *const base_enums[];	/* NULL-terminated */

int	kind_is_a(const struct kind *, const struct kind *base);
int	kind_phantom(const struct kind *);
/* icon and group, inherited through the bases; 0 when there are none */
int	kind_metadata(const struct kind *, const char **icon, const char **group);
/* Reported properties in attrs order (bases first, each kind once; a
 * property a subclass declares again takes the subclass's place): calls
 * fn for each property; stops and returns fn's value when non-zero. */
int	kind_props_walk(const struct kind *,
	    int (*fn)(const struct kprop *, void *), void *arg);
/* The kind named fqn among kinds (NULL-terminated) and the base kinds. */
const struct kind *kind_lookup(const struct kind *const *kinds, const char *fqn);

#endif

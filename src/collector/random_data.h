/*
 * random_data: the random collector's fixed lists (names, purposes,
 * statuses, instance types, volume sizes, region templates), in the order
 * of the reference plugin.
 */
#ifndef RW_RANDOM_DATA_H
#define RW_RANDOM_DATA_H

#include <stddef.h>

#define RND_PURPOSES		22
#define RND_INSTANCE_STATUSES	6
#define RND_INSTANCE_TYPES	8
#define RND_VOLUME_STATUSES	6
#define RND_VOLUME_SIZES	7
#define RND_REGION_TEMPLATES	10

struct rnd_purpose {
	const char	*s;	/* short: tag value / region id prefix */
	const char	*l;	/* long: instance name / region name prefix */
};

struct rnd_status {
	const char	*name;
	double		 weight;
	const char	*mapped;	/* the enum value it becomes */
};

struct rnd_itype {
	const char	*name;
	double		 weight;
	int		 cores, memory;
};

extern const char *const rnd_first_names[];
extern const size_t rnd_first_names_len;	/* 206 */
extern const struct rnd_purpose rnd_purposes[RND_PURPOSES];
extern const struct rnd_status rnd_instance_statuses[RND_INSTANCE_STATUSES];
extern const struct rnd_itype rnd_instance_types[RND_INSTANCE_TYPES];
extern const struct rnd_status rnd_volume_statuses[RND_VOLUME_STATUSES];
extern const int rnd_volume_sizes[RND_VOLUME_SIZES];
extern const double rnd_volume_size_weights[RND_VOLUME_SIZES];
extern const struct rnd_purpose rnd_region_templates[RND_REGION_TEMPLATES];

#endif

/*
 * collector (TEMPORARY COPY of the BRIEF contract, owned by the collectors
 * developer; dropped when their branch is merged into main).
 */
#ifndef RW_COLLECTOR_H
#define RW_COLLECTOR_H

struct buf;
struct cfg_section;

struct collector {
	const char			*name;
	const struct cfg_section	*config;
};

extern const struct collector *const collectors[];
const struct collector *collector_find(const char *name);
const struct cfg_section *const *collector_config_sections(void);
void	model_write(struct buf *out);
int	collector_serve(int fd, void (*pump)(void *), void *arg);

#endif

/*
 * aws/model: the shorthands part 2's service files (elb.c, s3.c,
 * autoscaling.c, cloudwatch.c, rds.c) declare their model kinds with
 * (struct kprop of kind.h, its source in the AWS answer): one property of
 * a type, and a complex kind used by properties, named after the
 * reference's module (mod) and class.
 */
#ifndef RW_AWS_MODEL_H
#define RW_AWS_MODEL_H

#include "collector/kind.h"

#define MP(n, k, t, d, s, sb)	{ .name = n, .kind = k, .type = t, .def = d, \
	.src = s, .sub = sb }
#define MS(n, s)	MP(n, "string", PT_STRING, NULL, s, NULL)
#define MI(n, s)	MP(n, "int64", PT_INT, NULL, s, NULL)
#define MB(n, s)	MP(n, "boolean", PT_BOOL, NULL, s, NULL)
#define ML(n, s)	MP(n, "string[]", PT_LIST, "[]", s, NULL)
#define MO(n, k, s)	MP(n, #k, PT_OBJECT, NULL, s, &k_##k)
#define MOL(n, k, s)	MP(n, #k "[]", PT_OLIST, "[]", s, &k_##k)
#define MNK(n, mod, cls)	static const struct kind k_##n = { #n, mod cls, \
	NULL, KIND_PROPS(p_##n), NULL, NULL, NULL, 0 }

#endif

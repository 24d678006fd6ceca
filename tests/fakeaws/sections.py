"""Region sections of part 2's services (elb, elbv2, autoscaling, cloudwatch,
rds): where each module's collections live in a Region (`coll_name`) and the
check of a fixture section against botocore's shapes (`validate`).

A module names its collections (`COLLECTIONS`: section -> {collection: id
member}) and the Describe call whose result member each is (`DESCRIBE_OF`);
awsstate.py loads every section through them.
"""


def coll_name(section, cname):
	"""The key of a section's collection in Region.c."""
	return section + "." + cname


def validate(section, data, where, collections, describe_of, required=()):
	"""Refuse a section that does not fit the API: unknown collections, items
	of the wrong shape, items without their id (or the other required
	members). Returns nothing; raises ValueError naming the path."""
	from awsproto import check, model
	unknown = set(data) - set(collections[section])
	if unknown:
		raise ValueError("%s.%s: unknown collections %s" % (where, section, sorted(unknown)))
	probs = []
	m = model(section)
	for cname, idkey in collections[section].items():
		items = data.get(cname, [])
		shape = m.operation_model(describe_of[cname]).output_shape.members[cname]
		probs += check(shape, items, "%s.%s.%s" % (where, section, cname))
		for i, it in enumerate(items):
			for key in (idkey,) + tuple(required):
				if key not in it:
					probs.append("%s.%s.%s[%d]: no %s" % (where, section, cname, i, key))
	if probs:
		raise ValueError("fixture does not fit the API: " + "; ".join(probs[:5]))
	return m

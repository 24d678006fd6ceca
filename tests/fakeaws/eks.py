"""EKS of the fake (service eks, REST-JSON, SigV4 name "eks").

Owns: the fixture's `eks` region section ({"Clusters": [<Cluster as boto3's
DescribeCluster returns it>], "Nodegroups": [<Nodegroup as DescribeNodegroup
returns it, clusterName naming one of the Clusters>]}), ListClusters (GET
/clusters, nextToken, maxResults 1..100, names), DescribeCluster,
ListNodegroups (GET /clusters/{name}/node-groups, names), DescribeNodegroup,
TagResource / UntagResource by a cluster's or node group's ARN (/tags/{ARN};
50 tags, aws: keys refused), DeleteCluster (ResourceInUseException 409 while
it has node groups, as EKS), DeleteNodegroup, with EKS's errors
(x-amzn-ErrorType, ResourceNotFoundException 404).
"""
from awsproto import ApiError
from pages import paged_as
from sections import coll_name  # noqa: F401 (awsstate reads it here)

COLLECTIONS = {"eks": {"Clusters": "name", "Nodegroups": "nodegroupArn"}}
_SHAPE = {"Clusters": ("DescribeCluster", "cluster", ("arn",)),
	"Nodegroups": ("DescribeNodegroup", "nodegroup", ("nodegroupName", "clusterName"))}


def validate(section, data, where):
	from awsproto import check, model
	unknown = set(data) - set(COLLECTIONS[section])
	if unknown:
		raise ValueError("%s.%s: unknown collections %s" % (where, section, sorted(unknown)))
	probs = []
	names = {c.get("name") for c in data.get("Clusters", [])}
	for cname, (op, member, required) in _SHAPE.items():
		shape = model(section).operation_model(op).output_shape.members[member]
		for i, it in enumerate(data.get(cname, [])):
			probs += check(shape, it, "%s.%s.%s[%d]" % (where, section, cname, i))
			probs += ["%s.%s.%s[%d]: no %s" % (where, section, cname, i, k) for k in
				(COLLECTIONS[section][cname],) + required if k not in it]
			if cname == "Nodegroups" and it.get("clusterName") not in names:
				probs.append("%s.%s.%s[%d]: no cluster %s" % (where, section, cname, i, it.get("clusterName")))
	if probs:
		raise ValueError("fixture does not fit the API: " + "; ".join(probs[:5]))


def _coll(ctx, cname):
	return ctx.region_data().c[coll_name("eks", cname)]


def _cluster(ctx, name):
	it = _coll(ctx, "Clusters").get(name)
	if it is None:
		raise ApiError("ResourceNotFoundException", "No cluster found for name: %s." % name, 404)
	return it


def _groups(ctx, cluster):
	c = _coll(ctx, "Nodegroups")
	return [c.at(p) for p in range(c.end()) if c.present(p) and c.at(p)["clusterName"] == cluster]


def _group(ctx):
	_cluster(ctx, ctx.params["clusterName"])
	for g in _groups(ctx, ctx.params["clusterName"]):
		if g["nodegroupName"] == ctx.params["nodegroupName"]:
			return g
	raise ApiError("ResourceNotFoundException", "No node group found for name: %s." % ctx.params["nodegroupName"],
		404)


def list_clusters(ctx):
	items, nxt = paged_as(ctx, _coll(ctx, "Clusters"), lambda c: True, (1, 100), token="nextToken",
		size="maxResults")
	out = {"clusters": [c["name"] for _, c in items]}
	if nxt:
		out["nextToken"] = nxt
	return out


def describe_cluster(ctx):
	return {"cluster": dict(_cluster(ctx, ctx.params["name"]))}


def list_nodegroups(ctx):
	name = ctx.params["clusterName"]
	_cluster(ctx, name)
	items, nxt = paged_as(ctx, _coll(ctx, "Nodegroups"), lambda g: g["clusterName"] == name, (1, 100),
		token="nextToken", size="maxResults")
	out = {"nodegroups": [g["nodegroupName"] for _, g in items]}
	if nxt:
		out["nextToken"] = nxt
	return out


def describe_nodegroup(ctx):
	return {"nodegroup": dict(_group(ctx))}


def _by_arn(ctx, arn):
	for cname, key in (("Clusters", "arn"), ("Nodegroups", "nodegroupArn")):
		c = _coll(ctx, cname)
		for p in range(c.end()):
			if c.present(p) and c.at(p)[key] == arn:
				return c, c.at(p)
	raise ApiError("NotFoundException", "Resource was not found: %s" % arn, 404)


def tag_resource(ctx):
	c, it = _by_arn(ctx, ctx.params["resourceArn"])
	tags = dict(it.get("tags") or {})
	for k, v in ctx.params["tags"].items():
		if k.lower().startswith("aws:"):
			raise ApiError("BadRequestException", "Tag keys starting with aws: are reserved", 400)
		tags[k] = v
	if len(tags) > 50:
		raise ApiError("BadRequestException", "Too many tags", 400)
	c.put(dict(it, tags=tags))
	return {}


def untag_resource(ctx):
	c, it = _by_arn(ctx, ctx.params["resourceArn"])
	keys = set(ctx.params["tagKeys"])
	c.put(dict(it, tags={k: v for k, v in (it.get("tags") or {}).items() if k not in keys}))
	return {}


def delete_cluster(ctx):
	it = _cluster(ctx, ctx.params["name"])
	if _groups(ctx, it["name"]):
		raise ApiError("ResourceInUseException", "Cluster has nodegroups attached", 409)
	_coll(ctx, "Clusters").delete(it["name"])
	return {"cluster": dict(it, status="DELETING")}


def delete_nodegroup(ctx):
	it = _group(ctx)
	_coll(ctx, "Nodegroups").delete(it["nodegroupArn"])
	return {"nodegroup": dict(it, status="DELETING")}


HANDLERS = {"eks": {"ListClusters": list_clusters, "DescribeCluster": describe_cluster,
	"ListNodegroups": list_nodegroups, "DescribeNodegroup": describe_nodegroup, "TagResource": tag_resource,
	"UntagResource": untag_resource, "DeleteCluster": delete_cluster, "DeleteNodegroup": delete_nodegroup}}

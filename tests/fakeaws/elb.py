"""Elastic Load Balancing of the fake: classic (service elb, Query API
2012-06-01) and v2 (elbv2, 2015-12-01: application/network load balancers,
target groups, listeners, target health).

Owns: the fixture's `elb` and `elbv2` region sections, the Describe calls
(paged with Marker/NextMarker and PageSize as ELB pages: 1..400), tags
(DescribeTags of up to 20 resources, AddTags, RemoveTags: at most 50 tags,
`aws:` keys refused), deletes (DeleteLoadBalancer idempotent as AWS's;
DeleteTargetGroup refused with ResourceInUse while a listener of a load
balancer forwards to it), each with the service's error codes.

Fixture (per region):
  "elb":   {"LoadBalancerDescriptions": [<item + "_Tags": [{Key, Value}]>]}
  "elbv2": {"LoadBalancers": [<item + "_Tags", "_Listeners": [<Listener>]>],
            "TargetGroups": [<item + "_Tags", "_TargetHealth": [<desc>]>]}
"""
from awsproto import ApiError, check
from pages import paged_as
import sections
from sections import coll_name

# section -> {collection: id member}
COLLECTIONS = {
	"elb": {"LoadBalancerDescriptions": "LoadBalancerName"},
	"elbv2": {"LoadBalancers": "LoadBalancerArn", "TargetGroups": "TargetGroupArn"},
}
# collection -> the Describe operation whose result member it is
DESCRIBE_OF = {"LoadBalancerDescriptions": "DescribeLoadBalancers", "LoadBalancers": "DescribeLoadBalancers",
	"TargetGroups": "DescribeTargetGroups"}
PRIVATE = {"_Tags": None, "_Listeners": "Listeners", "_TargetHealth": "TargetHealthDescriptions"}


def validate(section, data, where):
	"""The shared checks, and the per-item calls' answers kept beside each item."""
	m = sections.validate(section, data, where, COLLECTIONS, DESCRIBE_OF)
	probs = []
	for cname in COLLECTIONS[section]:
		for i, it in enumerate(data.get(cname, [])):
			for key, res in PRIVATE.items():
				if key in it and res:
					op = "DescribeListeners" if key == "_Listeners" else "DescribeTargetHealth"
					probs += check(m.operation_model(op).output_shape.members[res], it[key],
						"%s.%s.%s[%d].%s" % (where, section, cname, i, key))
	if probs:
		raise ValueError("fixture does not fit the API: " + "; ".join(probs[:5]))


def _coll(ctx, cname):
	return ctx.region_data().c[coll_name(ctx.service, cname)]


def _marker_paged(ctx, coll, match):
	"""ELB pages: PageSize 1..400, Marker in, NextMarker out."""
	p = ctx.params
	size = p.get("PageSize")
	if size is not None and not 1 <= size <= 400:
		raise ApiError("ValidationError", "1 validation error detected: Value '%d' at 'pageSize' failed to "
			"satisfy constraint: Member must have value between 1 and 400" % size)
	return paged_as(ctx, coll, match, (1, 400), token="Marker", size="PageSize")


def _public(it):
	return {k: v for k, v in it.items() if not k.startswith("_")}


def _by_names(ctx, coll, names, member, code, what):
	out = []
	for n in names:
		hit = [it for it in coll if it.get(member) == n]
		if not hit:
			raise ApiError(code, "%s '%s' not found" % (what, n))
		out.append(hit[0])
	return out


def describe_load_balancers(ctx):
	p = ctx.params
	if ctx.service == "elb":
		coll, member, key = _coll(ctx, "LoadBalancerDescriptions"), "LoadBalancerName", "LoadBalancerDescriptions"
		names = p.get("LoadBalancerNames")
		if names:
			items = _by_names(ctx, coll, names, member, "LoadBalancerNotFound", "There is no ACTIVE Load Balancer "
				"named")
			return {key: [_public(x) for x in items]}
	else:
		coll, key = _coll(ctx, "LoadBalancers"), "LoadBalancers"
		if p.get("LoadBalancerArns") or p.get("Names"):
			items = _by_names(ctx, coll, p.get("LoadBalancerArns") or [], "LoadBalancerArn",
				"LoadBalancerNotFound", "Load balancer") + _by_names(ctx, coll, p.get("Names") or [],
				"LoadBalancerName", "LoadBalancerNotFound", "Load balancer")
			return {key: [_public(x) for x in items]}
	items, nxt = _marker_paged(ctx, coll, lambda it: True)
	out = {key: [_public(it) for _, it in items]}
	if nxt:
		out["NextMarker"] = nxt
	return out


def describe_target_groups(ctx):
	p = ctx.params
	coll = _coll(ctx, "TargetGroups")
	lb = p.get("LoadBalancerArn")
	if lb is not None and _find_lb(ctx, lb) is None:
		raise ApiError("LoadBalancerNotFound", "Load balancer '%s' not found" % lb)
	arns = p.get("TargetGroupArns")
	if arns:
		items = _by_names(ctx, coll, arns, "TargetGroupArn", "TargetGroupNotFound", "Target groups")
		return {"TargetGroups": [_public(x) for x in items]}
	names = p.get("Names")
	if names:
		items = _by_names(ctx, coll, names, "TargetGroupName", "TargetGroupNotFound", "Target groups")
		return {"TargetGroups": [_public(x) for x in items]}
	items, nxt = _marker_paged(ctx, coll, lambda it: lb is None or lb in (it.get("LoadBalancerArns") or []))
	out = {"TargetGroups": [_public(it) for _, it in items]}
	if nxt:
		out["NextMarker"] = nxt
	return out


def _find_lb(ctx, arn):
	return _coll(ctx, "LoadBalancers").get(arn)


def describe_listeners(ctx):
	p = ctx.params
	arn = p.get("LoadBalancerArn")
	if arn is None and not p.get("ListenerArns"):
		raise ApiError("ValidationError", "Either load balancer ARN or listener ARNs must be specified")
	lbs = [_find_lb(ctx, arn)] if arn else list(_coll(ctx, "LoadBalancers"))
	if arn and lbs[0] is None:
		raise ApiError("LoadBalancerNotFound", "Load balancer '%s' not found" % arn)
	ls = [x for lb in lbs for x in lb.get("_Listeners") or []]
	if p.get("ListenerArns"):
		ls = [x for x in ls if x.get("ListenerArn") in p["ListenerArns"]]
	return {"Listeners": ls}


def describe_target_health(ctx):
	arn = ctx.params["TargetGroupArn"]
	tg = _coll(ctx, "TargetGroups").get(arn)
	if tg is None:
		raise ApiError("TargetGroupNotFound", "Target groups '%s' not found" % arn)
	return {"TargetHealthDescriptions": tg.get("_TargetHealth") or []}


# -- tags

def _tag_targets(ctx):
	"""(collection, item) of each resource a tag call names."""
	if ctx.service == "elb":
		coll = _coll(ctx, "LoadBalancerDescriptions")
		names = ctx.params["LoadBalancerNames"]
		if len(names) > 20:
			raise ApiError("ValidationError", "at most 20 load balancer names")
		return [(coll, it) for it in _by_names(ctx, coll, names, "LoadBalancerName", "LoadBalancerNotFound",
			"There is no ACTIVE Load Balancer named")]
	out = []
	arns = ctx.params["ResourceArns"]
	if len(arns) > 20:
		raise ApiError("ValidationError", "at most 20 resource ARNs")
	for arn in arns:
		if ":targetgroup/" in arn:
			coll, code = _coll(ctx, "TargetGroups"), "TargetGroupNotFound"
		else:
			coll, code = _coll(ctx, "LoadBalancers"), "LoadBalancerNotFound"
		it = coll.get(arn)
		if it is None:
			raise ApiError(code, "'%s' not found" % arn)
		out.append((coll, it))
	return out


def describe_tags(ctx):
	out = []
	key = "LoadBalancerName" if ctx.service == "elb" else "ResourceArn"
	for coll, it in _tag_targets(ctx):
		out.append({key: it[coll.idkey], "Tags": it.get("_Tags") or []})
	return {"TagDescriptions": out}


def add_tags(ctx):
	tags = ctx.params["Tags"]
	for t in tags:
		if t["Key"].lower().startswith("aws:"):
			raise ApiError("ValidationError", "Tag keys starting with 'aws:' are reserved for internal use")
	for coll, it in _tag_targets(ctx):
		cur = {t["Key"]: t.get("Value", "") for t in it.get("_Tags") or []}
		for t in tags:
			cur[t["Key"]] = t.get("Value", "")
		if len(cur) > 50:
			raise ApiError("TooManyTags", "The quota for the number of tags that can be assigned to a load "
				"balancer has been reached")
		coll.put(dict(it, _Tags=[{"Key": k, "Value": v} for k, v in cur.items()]))
	return {}


def remove_tags(ctx):
	if ctx.service == "elb":
		keys = {t["Key"] for t in ctx.params["Tags"]}
	else:
		keys = set(ctx.params["TagKeys"])
	for coll, it in _tag_targets(ctx):
		coll.put(dict(it, _Tags=[t for t in it.get("_Tags") or [] if t["Key"] not in keys]))
	return {}


# -- deletes

def delete_load_balancer(ctx):
	if ctx.service == "elb":
		coll = _coll(ctx, "LoadBalancerDescriptions")
		coll.delete(ctx.params["LoadBalancerName"])     # idempotent, as ELB's
		return {}
	arn = ctx.params["LoadBalancerArn"]
	coll = _coll(ctx, "LoadBalancers")
	if coll.get(arn) is None:
		raise ApiError("LoadBalancerNotFound", "Load balancer '%s' not found" % arn)
	coll.delete(arn)
	tgs = _coll(ctx, "TargetGroups")
	for tg in list(tgs):
		if arn in (tg.get("LoadBalancerArns") or []):
			tgs.put(dict(tg, LoadBalancerArns=[a for a in tg["LoadBalancerArns"] if a != arn]))
	return {}


def delete_target_group(ctx):
	arn = ctx.params["TargetGroupArn"]
	coll = _coll(ctx, "TargetGroups")
	tg = coll.get(arn)
	if tg is None:
		return {}               # DeleteTargetGroup is idempotent
	if tg.get("LoadBalancerArns"):
		raise ApiError("ResourceInUse", "Target group '%s' is currently in use by a listener or a rule" % arn)
	coll.delete(arn)
	return {}


def in_vpc(region, vpc_id):
	"""The load balancers that keep a VPC, subnet or group from going."""
	out = []
	for it in region.c.get(coll_name("elb", "LoadBalancerDescriptions"), []):
		out.append((it.get("VPCId"), it.get("Subnets") or [], it.get("SecurityGroups") or [],
			it["LoadBalancerName"]))
	for it in region.c.get(coll_name("elbv2", "LoadBalancers"), []):
		out.append((it.get("VpcId"), [z.get("SubnetId") for z in it.get("AvailabilityZones") or []],
			it.get("SecurityGroups") or [], it["LoadBalancerArn"]))
	return [x for x in out if vpc_id is None or x[0] == vpc_id]


_COMMON = {"DescribeLoadBalancers": describe_load_balancers, "DescribeTags": describe_tags, "AddTags": add_tags,
	"RemoveTags": remove_tags, "DeleteLoadBalancer": delete_load_balancer}
HANDLERS = {
	"elb": dict(_COMMON),
	"elbv2": dict(_COMMON, DescribeTargetGroups=describe_target_groups, DescribeListeners=describe_listeners,
		DescribeTargetHealth=describe_target_health, DeleteTargetGroup=delete_target_group),
}

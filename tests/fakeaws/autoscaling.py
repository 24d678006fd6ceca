"""Auto Scaling of the fake (service autoscaling, Query API 2011-01-01).

Owns: the fixture's `autoscaling` region section ({"AutoScalingGroups":
[<item as boto3 returns it>]}), DescribeAutoScalingGroups (NextToken pages,
MaxRecords 1..100, AutoScalingGroupNames), CreateOrUpdateTags / DeleteTags
(ResourceType auto-scaling-group; at most 50 tags; aws: keys refused),
DeleteAutoScalingGroup (ResourceInUse while the group has instances,
unless ForceDelete: then its instances are terminated too), with Auto
Scaling's error codes (ValidationError for a group that does not exist).
"""
from awsproto import ApiError
from pages import paged_as
import sections
from sections import coll_name  # noqa: F401 (awsstate reads it here)

COLLECTIONS = {"autoscaling": {"AutoScalingGroups": "AutoScalingGroupName"}}


DESCRIBE_OF = {"AutoScalingGroups": "DescribeAutoScalingGroups"}


def validate(section, data, where):
	sections.validate(section, data, where, COLLECTIONS, DESCRIBE_OF, ())


def _coll(ctx):
	return ctx.region_data().c[coll_name("autoscaling", "AutoScalingGroups")]


def _get(ctx, name):
	g = _coll(ctx).get(name)
	if g is None:
		raise ApiError("ValidationError", "AutoScalingGroup name not found - AutoScalingGroup %s not found" % name)
	return g


def describe_auto_scaling_groups(ctx):
	p = ctx.params
	names = p.get("AutoScalingGroupNames")
	items, nxt = paged_as(ctx, _coll(ctx), lambda g: not names or g["AutoScalingGroupName"] in names, (1, 100),
		size="MaxRecords")
	out = {"AutoScalingGroups": [it for _, it in items]}
	if nxt:
		out["NextToken"] = nxt
	return out


def _tag_groups(ctx):
	out = []
	for t in ctx.params["Tags"]:
		if t.get("ResourceType") != "auto-scaling-group":
			raise ApiError("ValidationError", "1 validation error detected: Value '%s' at 'tags.resourceType' "
				"failed to satisfy constraint" % t.get("ResourceType"))
		out.append((t, _get(ctx, t.get("ResourceId"))))
	return out


def create_or_update_tags(ctx):
	for t, g in _tag_groups(ctx):
		if t["Key"].lower().startswith("aws:"):
			raise ApiError("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use")
		tags = [x for x in g.get("Tags") or [] if x["Key"] != t["Key"]]
		tags.append({"ResourceId": g["AutoScalingGroupName"], "ResourceType": "auto-scaling-group", "Key": t["Key"],
			"Value": t.get("Value", ""), "PropagateAtLaunch": bool(t.get("PropagateAtLaunch", False))})
		if len(tags) > 50:
			raise ApiError("LimitExceeded", "The quota for tags per Auto Scaling group has been reached")
		_coll(ctx).put(dict(g, Tags=tags))
	return {}


def delete_tags(ctx):
	for t, g in _tag_groups(ctx):
		_coll(ctx).put(dict(g, Tags=[x for x in g.get("Tags") or [] if x["Key"] != t["Key"]]))
	return {}


def delete_auto_scaling_group(ctx):
	g = _get(ctx, ctx.params["AutoScalingGroupName"])
	if g.get("Instances") and not ctx.params.get("ForceDelete"):
		raise ApiError("ResourceInUse", "You cannot delete an AutoScalingGroup while there are instances or pending "
			"Spot instance request(s) still in the group.")
	insts = ctx.region_data().c["Instances"]
	for i in g.get("Instances") or []:
		it = insts.get(i["InstanceId"])
		if it is not None:
			insts.put(dict(it, State={"Code": 48, "Name": "terminated"}))
	_coll(ctx).delete(g["AutoScalingGroupName"])
	return {}


HANDLERS = {"autoscaling": {"DescribeAutoScalingGroups": describe_auto_scaling_groups,
	"CreateOrUpdateTags": create_or_update_tags, "DeleteTags": delete_tags,
	"DeleteAutoScalingGroup": delete_auto_scaling_group}}

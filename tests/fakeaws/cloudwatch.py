"""CloudWatch of the fake (service cloudwatch, Query API 2010-08-01).

Owns: the fixture's `cloudwatch` region section ({"MetricAlarms": [<item as
boto3 returns it, + "_Tags": [{Key, Value}]>]}), DescribeAlarms (NextToken
pages, MaxRecords 1..100, AlarmNames), ListTagsForResource / TagResource /
UntagResource by the alarm's ARN (ResourceNotFound for another), and
DeleteAlarms (ResourceNotFound when one of the names does not exist,
nothing deleted then), with CloudWatch's error codes.
"""
from awsproto import ApiError
from pages import paged_as
import sections
from sections import coll_name  # noqa: F401 (awsstate reads it here)

COLLECTIONS = {"cloudwatch": {"MetricAlarms": "AlarmName"}}


DESCRIBE_OF = {"MetricAlarms": "DescribeAlarms"}


def validate(section, data, where):
	sections.validate(section, data, where, COLLECTIONS, DESCRIBE_OF, ("AlarmArn",))


def _coll(ctx):
	return ctx.region_data().c[coll_name("cloudwatch", "MetricAlarms")]


def _public(it):
	return {k: v for k, v in it.items() if not k.startswith("_")}


def describe_alarms(ctx):
	p = ctx.params
	names = p.get("AlarmNames")
	items, nxt = paged_as(ctx, _coll(ctx), lambda a: not names or a["AlarmName"] in names, (1, 100), size="MaxRecords")
	out = {"MetricAlarms": [_public(it) for _, it in items], "CompositeAlarms": []}
	if nxt:
		out["NextToken"] = nxt
	return out


def _by_arn(ctx):
	arn = ctx.params["ResourceARN"]
	for a in _coll(ctx):
		if a["AlarmArn"] == arn:
			return a
	raise ApiError("ResourceNotFound", "Alarm %s does not exist" % arn, 404)


def list_tags_for_resource(ctx):
	return {"Tags": _by_arn(ctx).get("_Tags") or []}


def tag_resource(ctx):
	a = _by_arn(ctx)
	cur = {t["Key"]: t["Value"] for t in a.get("_Tags") or []}
	for t in ctx.params["Tags"]:
		if t["Key"].lower().startswith("aws:"):
			raise ApiError("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved")
		cur[t["Key"]] = t["Value"]
	if len(cur) > 50:
		raise ApiError("LimitExceededException", "Too many tags")
	_coll(ctx).put(dict(a, _Tags=[{"Key": k, "Value": v} for k, v in cur.items()]))
	return {}


def untag_resource(ctx):
	a = _by_arn(ctx)
	keys = set(ctx.params["TagKeys"])
	_coll(ctx).put(dict(a, _Tags=[t for t in a.get("_Tags") or [] if t["Key"] not in keys]))
	return {}


def delete_alarms(ctx):
	names = ctx.params["AlarmNames"]
	missing = [n for n in names if _coll(ctx).get(n) is None]
	if missing:
		raise ApiError("ResourceNotFound", "%s not found" % missing[0], 404)
	for n in names:
		_coll(ctx).delete(n)
	return {}


HANDLERS = {"cloudwatch": {"DescribeAlarms": describe_alarms, "ListTagsForResource": list_tags_for_resource,
	"TagResource": tag_resource, "UntagResource": untag_resource, "DeleteAlarms": delete_alarms}}

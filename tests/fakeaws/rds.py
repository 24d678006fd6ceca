"""RDS of the fake (service rds, Query API 2014-10-31): database instances.

Owns: the fixture's `rds` region section ({"DBInstances": [<item as boto3
returns it>]}), DescribeDBInstances (Marker pages, MaxRecords 20..100,
DBInstanceIdentifier: DBInstanceNotFound), AddTagsToResource /
RemoveTagsFromResource / ListTagsForResource by the instance's ARN
(DBInstanceNotFound for another), DeleteDBInstance (InvalidParameterCombination
without SkipFinalSnapshot or a FinalDBSnapshotIdentifier;
InvalidDBInstanceState while DeletionProtection is on; the instance is
"deleting" and stays listed, as RDS does for a while), with RDS's codes.
"""
from awsproto import ApiError
from pages import paged_as
import sections
from sections import coll_name  # noqa: F401 (awsstate reads it here)

COLLECTIONS = {"rds": {"DBInstances": "DBInstanceIdentifier"}}


DESCRIBE_OF = {"DBInstances": "DescribeDBInstances"}


def validate(section, data, where):
	sections.validate(section, data, where, COLLECTIONS, DESCRIBE_OF, ("DBInstanceArn",))


def _coll(ctx):
	return ctx.region_data().c[coll_name("rds", "DBInstances")]


def _not_found(what):
	return ApiError("DBInstanceNotFound", "DBInstance %s not found." % what, 404)


def describe_db_instances(ctx):
	p = ctx.params
	one = p.get("DBInstanceIdentifier")
	if one is not None:
		it = _coll(ctx).get(one)
		if it is None:
			raise _not_found(one)
		return {"DBInstances": [it]}
	items, nxt = paged_as(ctx, _coll(ctx), lambda it: True, (20, 100), token="Marker", size="MaxRecords")
	out = {"DBInstances": [it for _, it in items]}
	if nxt:
		out["Marker"] = nxt
	return out


def _by_arn(ctx):
	arn = ctx.params["ResourceName"]
	for it in _coll(ctx):
		if it["DBInstanceArn"] == arn:
			return it
	raise _not_found(arn)


def list_tags_for_resource(ctx):
	return {"TagList": _by_arn(ctx).get("TagList") or []}


def add_tags_to_resource(ctx):
	it = _by_arn(ctx)
	cur = {t["Key"]: t.get("Value", "") for t in it.get("TagList") or []}
	for t in ctx.params["Tags"]:
		if t["Key"].lower().startswith("aws:"):
			raise ApiError("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved")
		cur[t["Key"]] = t.get("Value", "")
	if len(cur) > 50:
		raise ApiError("TagQuotaPerResourceExceeded", "Too many tags")
	_coll(ctx).put(dict(it, TagList=[{"Key": k, "Value": v} for k, v in cur.items()]))
	return {}


def remove_tags_from_resource(ctx):
	it = _by_arn(ctx)
	keys = set(ctx.params["TagKeys"])
	_coll(ctx).put(dict(it, TagList=[t for t in it.get("TagList") or [] if t["Key"] not in keys]))
	return {}


def delete_db_instance(ctx):
	p = ctx.params
	it = _coll(ctx).get(p["DBInstanceIdentifier"])
	if it is None:
		raise _not_found(p["DBInstanceIdentifier"])
	if not p.get("SkipFinalSnapshot") and not p.get("FinalDBSnapshotIdentifier"):
		raise ApiError("InvalidParameterCombination", "FinalDBSnapshotIdentifier is required unless "
			"SkipFinalSnapshot is specified.")
	if it.get("DeletionProtection"):
		raise ApiError("InvalidParameterCombination", "Cannot delete protected DB Instance, please disable "
			"deletion protection and try again.")
	if it.get("DBInstanceStatus") == "deleting":
		raise ApiError("InvalidDBInstanceState", "Instance %s is already being deleted." % it[
			"DBInstanceIdentifier"])
	new = dict(it, DBInstanceStatus="deleting")
	_coll(ctx).put(new)
	return {"DBInstance": new}


HANDLERS = {"rds": {"DescribeDBInstances": describe_db_instances, "ListTagsForResource": list_tags_for_resource,
	"AddTagsToResource": add_tags_to_resource, "RemoveTagsFromResource": remove_tags_from_resource,
	"DeleteDBInstance": delete_db_instance}}

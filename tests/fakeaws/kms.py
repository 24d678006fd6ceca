"""KMS of the fake (service kms, JSON 1.1: X-Amz-Target TrentService.*).

Owns: the fixture's `kms` region section ({"Keys": [<KeyMetadata as boto3
returns it, + "_Tags": [{TagKey, TagValue}], "_Rotation": bool>]}), ListKeys (Marker /
NextMarker / Truncated, Limit 1..1000), DescribeKey (by id or ARN:
NotFoundException), ListResourceTags, TagResource / UntagResource (50 tags,
aws: keys refused: TagException), GetKeyRotationStatus, DisableKey
(KMSInvalidStateException for
a key pending deletion), ScheduleKeyDeletion (PendingWindowInDays 7..30;
the key becomes PendingDeletion with its DeletionDate; again:
KMSInvalidStateException), with KMS's error codes (JSON "__type").
"""
import datetime

from awsproto import ApiError
from pages import paged_as
import sections
from sections import coll_name  # noqa: F401 (awsstate reads it here)

COLLECTIONS = {"kms": {"Keys": "KeyId"}}


def validate(section, data, where):
	from awsproto import check, model
	unknown = set(data) - set(COLLECTIONS[section])
	if unknown:
		raise ValueError("%s.%s: unknown collections %s" % (where, section, sorted(unknown)))
	shape = model(section).operation_model("DescribeKey").output_shape.members["KeyMetadata"]
	probs = []
	for i, it in enumerate(data.get("Keys", [])):
		probs += check(shape, it, "%s.%s.Keys[%d]" % (where, section, i))
		probs += ["%s.%s.Keys[%d]: no %s" % (where, section, i, k) for k in ("KeyId", "Arn") if k not in it]
	if probs:
		raise ValueError("fixture does not fit the API: " + "; ".join(probs[:5]))


def _coll(ctx):
	return ctx.region_data().c[coll_name("kms", "Keys")]


def _key(ctx):
	kid = ctx.params["KeyId"]
	if kid.startswith("arn:"):
		kid = kid.rsplit("/", 1)[-1]
	it = _coll(ctx).get(kid)
	if it is None:
		raise ApiError("NotFoundException", "Key '%s' does not exist" % ctx.params["KeyId"])
	return it


def _public(it):
	return {k: v for k, v in it.items() if not k.startswith("_")}


def list_keys(ctx):
	items, nxt = paged_as(ctx, _coll(ctx), lambda k: True, (1, 1000), token="Marker", size="Limit")
	out = {"Keys": [{"KeyId": k["KeyId"], "KeyArn": k["Arn"]} for _, k in items], "Truncated": nxt is not None}
	if nxt:
		out["NextMarker"] = nxt
	return out


def describe_key(ctx):
	return {"KeyMetadata": _public(_key(ctx))}


def list_resource_tags(ctx):
	return {"Tags": _key(ctx).get("_Tags") or [], "Truncated": False}


def tag_resource(ctx):
	it = _key(ctx)
	cur = {t["TagKey"]: t["TagValue"] for t in it.get("_Tags") or []}
	for t in ctx.params["Tags"]:
		if t["TagKey"].lower().startswith("aws:"):
			raise ApiError("TagException", "Tags beginning with aws: are reserved")
		cur[t["TagKey"]] = t["TagValue"]
	if len(cur) > 50:
		raise ApiError("LimitExceededException", "Too many tags")
	_coll(ctx).put(dict(it, _Tags=[{"TagKey": k, "TagValue": v} for k, v in cur.items()]))
	return {}


def untag_resource(ctx):
	it = _key(ctx)
	keys = set(ctx.params["TagKeys"])
	_coll(ctx).put(dict(it, _Tags=[t for t in it.get("_Tags") or [] if t["TagKey"] not in keys]))
	return {}


def get_key_rotation_status(ctx):
	it = _key(ctx)
	if it.get("KeyState") == "PendingDeletion":
		raise _invalid(it)
	return {"KeyRotationEnabled": bool(it.get("_Rotation", False))}


def _invalid(it):
	return ApiError("KMSInvalidStateException", "%s is pending deletion." % it["Arn"])


def disable_key(ctx):
	it = _key(ctx)
	if it.get("KeyState") == "PendingDeletion":
		raise _invalid(it)
	_coll(ctx).put(dict(it, KeyState="Disabled", Enabled=False))
	return {}


def schedule_key_deletion(ctx):
	it = _key(ctx)
	days = ctx.params.get("PendingWindowInDays", 30)
	if not 7 <= days <= 30:
		raise ApiError("ValidationException", "PendingWindowInDays must be between 7 and 30")
	if it.get("KeyState") == "PendingDeletion":
		raise _invalid(it)
	when = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=days)
	_coll(ctx).put(dict(it, KeyState="PendingDeletion", Enabled=False, DeletionDate=when.isoformat(),
		PendingDeletionWindowInDays=days))
	return {"KeyId": it["Arn"], "DeletionDate": when, "KeyState": "PendingDeletion",
		"PendingWindowInDays": days}


HANDLERS = {"kms": {"ListKeys": list_keys, "DescribeKey": describe_key, "ListResourceTags": list_resource_tags,
	"TagResource": tag_resource, "UntagResource": untag_resource, "DisableKey": disable_key,
	"ScheduleKeyDeletion": schedule_key_deletion, "GetKeyRotationStatus": get_key_rotation_status}}

"""Lambda of the fake (service lambda, REST-JSON, SigV4 name "lambda").

Owns: the fixture's `lambda` region section ({"Functions": [<FunctionConfiguration
as boto3 returns it, + "_Tags": {key: value}, "_Policy": <the resource
policy document, an object>, "_UrlConfig": <GetFunctionUrlConfig's answer>]}),
ListFunctions (GET /2015-03-31/functions/, Marker / NextMarker, MaxItems
1..10000), ListTags and TagResource / UntagResource by the function's ARN
(/2017-03-31/tags/{ARN}; 50 tags, aws: keys refused), GetPolicy (the policy
as JSON text) and GetFunctionUrlConfig (ResourceNotFoundException 404 when
the function has none), DeleteFunction by name or ARN (204), with Lambda's
errors (x-amzn-ErrorType, 404 for a function that is not there).
"""
import json

from awsproto import ApiError
from pages import paged_as
import sections
from sections import coll_name  # noqa: F401 (awsstate reads it here)

COLLECTIONS = {"lambda": {"Functions": "FunctionName"}}
DESCRIBE_OF = {"Functions": "ListFunctions"}


def validate(section, data, where):
	sections.validate(section, data, where, COLLECTIONS, DESCRIBE_OF, required=("FunctionArn",))


def _coll(ctx):
	return ctx.region_data().c[coll_name("lambda", "Functions")]


def _not_found(what):
	return ApiError("ResourceNotFoundException", "Function not found: %s" % what, 404)


def _function(ctx, ref):
	"""By name or ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)."""
	name = ref.split(":")[6] if ref.startswith("arn:") and len(ref.split(":")) > 6 else ref
	it = _coll(ctx).get(name)
	if it is None or (ref.startswith("arn:") and it["FunctionArn"] != ref):
		raise _not_found(ref)
	return it


def _public(it):
	return {k: v for k, v in it.items() if not k.startswith("_")}


def list_functions(ctx):
	items, nxt = paged_as(ctx, _coll(ctx), lambda f: True, (1, 10000), token="Marker", size="MaxItems")
	out = {"Functions": [_public(f) for _, f in items]}
	if nxt:
		out["NextMarker"] = nxt
	return out


def list_tags(ctx):
	return {"Tags": dict(_function(ctx, ctx.params["Resource"]).get("_Tags") or {})}


def tag_resource(ctx):
	it = _function(ctx, ctx.params["Resource"])
	tags = dict(it.get("_Tags") or {})
	for k, v in ctx.params["Tags"].items():
		if k.lower().startswith("aws:"):
			raise ApiError("InvalidParameterValueException", "Tag keys starting with aws: are reserved")
		tags[k] = v
	if len(tags) > 50:
		raise ApiError("InvalidParameterValueException", "Too many tags")
	_coll(ctx).put(dict(it, _Tags=tags))
	return {}


def untag_resource(ctx):
	it = _function(ctx, ctx.params["Resource"])
	keys = set(ctx.params["TagKeys"])
	_coll(ctx).put(dict(it, _Tags={k: v for k, v in (it.get("_Tags") or {}).items() if k not in keys}))
	return {}


def get_policy(ctx):
	it = _function(ctx, ctx.params["FunctionName"])
	if not it.get("_Policy"):
		raise ApiError("ResourceNotFoundException", "The resource you requested does not exist.", 404)
	return {"Policy": json.dumps(it["_Policy"]), "RevisionId": it.get("RevisionId", "")}


def get_function_url_config(ctx):
	it = _function(ctx, ctx.params["FunctionName"])
	if not it.get("_UrlConfig"):
		raise ApiError("ResourceNotFoundException", "The resource you requested does not exist.", 404)
	return dict(it["_UrlConfig"])


def delete_function(ctx):
	it = _function(ctx, ctx.params["FunctionName"])
	_coll(ctx).delete(it["FunctionName"])
	return {}


HANDLERS = {"lambda": {"ListFunctions": list_functions, "ListTags": list_tags, "TagResource": tag_resource,
	"UntagResource": untag_resource, "GetPolicy": get_policy, "GetFunctionUrlConfig": get_function_url_config,
	"DeleteFunction": delete_function}}

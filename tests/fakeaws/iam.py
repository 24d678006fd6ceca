"""IAM of the fake (service iam, Query API 2010-05-08, global): users, groups,
roles, managed policies, access keys and instance profiles.

Owns: the fixture's `iam` account section ({"Users": [<UserDetail as boto3
gives it, + "_AccessKeys": [<AccessKeyMetadata>]>], "Groups": [<GroupDetail>],
"Roles": [<RoleDetail, without InstanceProfileList>], "Policies":
[<ManagedPolicyDetail, + "_Tags">], "InstanceProfiles": [<InstanceProfile
without Roles, + "_Roles": [role names]>]}, policy documents as JSON objects:
IAM answers them URL-encoded, as the real service does), and the calls:
GetAccountAuthorizationDetails (one paged sequence of users, groups, roles and
policies; Filter.member.N; Marker / IsTruncated, MaxItems 1..1000),
ListAccessKeys, ListInstanceProfiles, GetInstanceProfile,
ListAttached{User,Group,Role}Policies, Detach*Policy, Delete*Policy (inline),
Delete{User,Group,Role,Policy,InstanceProfile} with IAM's DeleteConflict rules
(keys, group members, attached and inline policies, instance profiles, policy
attachments and versions), RemoveRoleFromInstanceProfile,
Tag/Untag{User,Role,Policy,InstanceProfile} (50 tags, aws: refused), with
IAM's codes (NoSuchEntity 404, DeleteConflict 409, InvalidInput 400).
"""
import json
import urllib.parse

from awsproto import ApiError
from awsstate import Collection
from pages import ListColl, paged_as

# collection -> id member
COLLECTIONS = {"Users": "UserName", "Groups": "GroupName", "Roles": "RoleName", "Policies": "Arn",
	"InstanceProfiles": "InstanceProfileName"}
_SHAPES = {"Users": "UserDetailList", "Groups": "GroupDetailList", "Roles": "RoleDetailList", "Policies": "Policies"}
_FILTER = {"Users": "User", "Groups": "Group", "Roles": "Role"}
_DOCS = ("PolicyDocument", "AssumeRolePolicyDocument", "Document")


def encode_docs(v):
	"""A copy of v with its policy documents URL-encoded, as IAM sends them."""
	if isinstance(v, list):
		return [encode_docs(x) for x in v]
	if not isinstance(v, dict):
		return v
	return {k: urllib.parse.quote(json.dumps(x), safe="") if k in _DOCS and isinstance(x, dict) else encode_docs(x)
		for k, x in v.items()}


def public(it):
	return {k: v for k, v in it.items() if not k.startswith("_")}


def load(aid, d):
	"""The account's IAM collections, checked against botocore's shapes."""
	from awsproto import check, model
	unknown = set(d) - set(COLLECTIONS)
	if unknown:
		raise ValueError("accounts.%s.iam: unknown collections %s" % (aid, sorted(unknown)))
	m = model("iam")
	out = m.operation_model("GetAccountAuthorizationDetails").output_shape.members
	probs = []
	for cname, idkey in COLLECTIONS.items():
		if cname == "InstanceProfiles":
			shape = m.operation_model("ListInstanceProfiles").output_shape.members["InstanceProfiles"]
		else:
			shape = out[_SHAPES[cname]]
		where = "accounts.%s.iam.%s" % (aid, cname)
		items = d.get(cname, [])
		probs += check(shape, encode_docs(items), where)
		probs += ["%s[%d]: no %s" % (where, i, idkey) for i, it in enumerate(items) if idkey not in it]
		for i, it in enumerate(items):
			if cname == "Users":
				probs += check(m.operation_model("ListAccessKeys").output_shape.members["AccessKeyMetadata"],
					it.get("_AccessKeys", []), "%s[%d]._AccessKeys" % (where, i))
	if probs:
		raise ValueError("fixture does not fit the API: " + "; ".join(probs[:5]))
	return {c: Collection(k, [dict(x) for x in d.get(c, [])]) for c, k in COLLECTIONS.items()}


def _no_entity(kind, name):
	return ApiError("NoSuchEntity", "The %s with name %s cannot be found." % (kind, name), 404)


def _conflict(msg):
	return ApiError("DeleteConflict", msg, 409)


def _coll(ctx, c):
	return ctx.account.iam[c]


def _get(ctx, c, name, kind):
	it = _coll(ctx, c).get(name)
	if it is None:
		raise _no_entity(kind, name)
	return it


def _profiles_of(ctx, role):
	return [p for p in _coll(ctx, "InstanceProfiles") if role in p.get("_Roles", [])]


def _profile_out(ctx, p):
	roles = [public(_coll(ctx, "Roles").get(r)) for r in p.get("_Roles", []) if _coll(ctx, "Roles").get(r)]
	keep = ("Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument", "Description",
		"MaxSessionDuration", "PermissionsBoundary", "Tags", "RoleLastUsed")
	return encode_docs(dict(public(p), Roles=[{k: v for k, v in r.items() if k in keep} for r in roles]))


def _attachments(ctx, arn):
	return sum(1 for c in ("Users", "Groups", "Roles") for it in _coll(ctx, c)
		if any(a["PolicyArn"] == arn for a in it.get("AttachedManagedPolicies") or []))


def _detail(ctx, cname, it):
	if cname == "Users":
		return encode_docs(public(it))
	if cname == "Roles":
		return encode_docs(dict(public(it), InstanceProfileList=[_profile_out(ctx, p)
			for p in _profiles_of(ctx, it["RoleName"])]))
	if cname == "Policies":
		return encode_docs(dict(public(it), AttachmentCount=_attachments(ctx, it["Arn"])))
	return encode_docs(public(it))


def _marker_page(ctx, coll, match):
	"""One page of a Marker / IsTruncated / MaxItems call."""
	items, nxt = paged_as(ctx, coll, match, (1, 1000), token="Marker", size="MaxItems")
	out = {"IsTruncated": nxt is not None}
	if nxt:
		out["Marker"] = nxt
	return items, out


def get_account_authorization_details(ctx):
	want = set(ctx.params.get("Filter") or ["User", "Group", "Role", "LocalManagedPolicy", "AWSManagedPolicy"])
	seq = []
	for cname in ("Users", "Groups", "Roles", "Policies"):
		for it in _coll(ctx, cname):
			if cname == "Policies":
				local = not it["Arn"].startswith("arn:aws:iam::aws:")
				if ("LocalManagedPolicy" if local else "AWSManagedPolicy") not in want:
					continue
			elif _FILTER[cname] not in want:
				continue
			seq.append((cname, it))
	items, out = _marker_page(ctx, ListColl(seq), lambda x: True)
	for cname in ("Users", "Groups", "Roles", "Policies"):
		out[_SHAPES[cname]] = [_detail(ctx, c, it) for _, (c, it) in items if c == cname]
	return out


def list_access_keys(ctx):
	name = ctx.params.get("UserName")
	keys = _get(ctx, "Users", name, "user").get("_AccessKeys", []) if name else []
	items, out = _marker_page(ctx, ListColl(keys), lambda x: True)
	out["AccessKeyMetadata"] = [k for _, k in items]
	return out


def list_instance_profiles(ctx):
	pre = ctx.params.get("PathPrefix", "/")
	items, out = _marker_page(ctx, _coll(ctx, "InstanceProfiles"), lambda p: p.get("Path", "/").startswith(pre))
	out["InstanceProfiles"] = [_profile_out(ctx, p) for _, p in items]
	return out


def get_instance_profile(ctx):
	name = ctx.params["InstanceProfileName"]
	return {"InstanceProfile": _profile_out(ctx, _get(ctx, "InstanceProfiles", name, "instance profile"))}


# user / group / role: the collection, the name parameter, the entity's word, its inline list
_WHO = {"User": ("Users", "UserName", "user", "UserPolicyList"),
	"Group": ("Groups", "GroupName", "group", "GroupPolicyList"),
	"Role": ("Roles", "RoleName", "role", "RolePolicyList")}


def _who(ctx, who):
	c, param, word, inline = _WHO[who]
	return c, _get(ctx, c, ctx.params[param], word), inline


def list_attached(who):
	def handler(ctx):
		_, it, _ = _who(ctx, who)
		items, out = _marker_page(ctx, ListColl(it.get("AttachedManagedPolicies") or []), lambda x: True)
		out["AttachedPolicies"] = [a for _, a in items]
		return out
	return handler


def detach(who):
	def handler(ctx):
		c, it, _ = _who(ctx, who)
		arn = ctx.params["PolicyArn"]
		att = it.get("AttachedManagedPolicies") or []
		if not any(a["PolicyArn"] == arn for a in att):
			raise ApiError("NoSuchEntity", "Policy %s was not found." % arn, 404)
		_coll(ctx, c).put(dict(it, AttachedManagedPolicies=[a for a in att if a["PolicyArn"] != arn]))
		return {}
	return handler


def delete_inline(who):
	def handler(ctx):
		c, it, inline = _who(ctx, who)
		name = ctx.params["PolicyName"]
		pol = it.get(inline) or []
		if not any(p["PolicyName"] == name for p in pol):
			raise _no_entity("policy", name)
		_coll(ctx, c).put(dict(it, **{inline: [p for p in pol if p["PolicyName"] != name]}))
		return {}
	return handler


def _no_policies(it, inline):
	if it.get("AttachedManagedPolicies"):
		raise _conflict("Cannot delete entity, must detach all policies first.")
	if it.get(inline):
		raise _conflict("Cannot delete entity, must delete policies first.")


def _user_blocks(ctx, it):
	if it.get("_AccessKeys"):
		return "Cannot delete entity, must delete access keys first."
	if it.get("GroupList"):
		return "Cannot delete entity, must remove users from group first."
	return None


def _group_blocks(ctx, it):
	if any(it["GroupName"] in (u.get("GroupList") or []) for u in _coll(ctx, "Users")):
		return "Cannot delete entity, must remove users from group first."
	return None


def _role_blocks(ctx, it):
	if _profiles_of(ctx, it["RoleName"]):
		return "Cannot delete entity, must remove roles from instance profile first."
	return None


def delete_entity(who, blocks):
	"""DeleteUser / DeleteGroup / DeleteRole: refused while what blocks
	names, or policies, are left."""
	def handler(ctx):
		c, it, inline = _who(ctx, who)
		msg = blocks(ctx, it)
		if msg:
			raise _conflict(msg)
		_no_policies(it, inline)
		_coll(ctx, c).delete(it[_WHO[who][1]])
		return {}
	return handler


def _policy(ctx):
	arn = ctx.params["PolicyArn"]
	it = _coll(ctx, "Policies").get(arn)
	if it is None:
		raise ApiError("NoSuchEntity", "Policy %s was not found." % arn, 404)
	return it


def delete_policy(ctx):
	it = _policy(ctx)
	if _attachments(ctx, it["Arn"]):
		raise _conflict("Cannot delete a policy attached to entities.")
	if len(it.get("PolicyVersionList") or []) > 1:
		raise _conflict("This policy has more than one version. Before you delete a policy, you must delete the "
			"policy's versions. The default version is deleted with the policy.")
	_coll(ctx, "Policies").delete(it["Arn"])
	return {}


def delete_instance_profile(ctx):
	it = _get(ctx, "InstanceProfiles", ctx.params["InstanceProfileName"], "instance profile")
	if it.get("_Roles"):
		raise _conflict("Cannot delete entity, must remove roles from instance profile first.")
	_coll(ctx, "InstanceProfiles").delete(it["InstanceProfileName"])
	return {}


def remove_role_from_instance_profile(ctx):
	it = _get(ctx, "InstanceProfiles", ctx.params["InstanceProfileName"], "instance profile")
	role = ctx.params["RoleName"]
	if role not in it.get("_Roles", []):
		raise _no_entity("role", role)
	_coll(ctx, "InstanceProfiles").put(dict(it, _Roles=[r for r in it["_Roles"] if r != role]))
	return {}


# taggable: the collection, the name parameter, the entity's word, where its tags are
_TAGGED = {"User": ("Users", "UserName", "user", "Tags"), "Role": ("Roles", "RoleName", "role", "Tags"),
	"Policy": ("Policies", "PolicyArn", "policy", "_Tags"),
	"InstanceProfile": ("InstanceProfiles", "InstanceProfileName", "instance profile", "Tags")}


def tag(what):
	def handler(ctx):
		c, param, word, member = _TAGGED[what]
		it = _get(ctx, c, ctx.params[param], word)
		cur = {t["Key"]: t["Value"] for t in it.get(member) or []}
		for t in ctx.params["Tags"]:
			if t["Key"].lower().startswith("aws:"):
				raise ApiError("InvalidInput", "User-defined tag keys can't start with 'aws:'.")
			cur[t["Key"]] = t["Value"]
		if len(cur) > 50:
			raise ApiError("LimitExceeded", "The number of tags has reached the maximum limit.", 409)
		_coll(ctx, c).put(dict(it, **{member: [{"Key": k, "Value": v} for k, v in cur.items()]}))
		return {}
	return handler


def untag(what):
	def handler(ctx):
		c, param, word, member = _TAGGED[what]
		it = _get(ctx, c, ctx.params[param], word)
		keys = set(ctx.params["TagKeys"])
		_coll(ctx, c).put(dict(it, **{member: [t for t in it.get(member) or [] if t["Key"] not in keys]}))
		return {}
	return handler


HANDLERS = {"iam": dict({"GetAccountAuthorizationDetails": get_account_authorization_details,
	"ListAccessKeys": list_access_keys, "ListInstanceProfiles": list_instance_profiles,
	"GetInstanceProfile": get_instance_profile, "DeleteUser": delete_entity("User", _user_blocks),
	"DeleteGroup": delete_entity("Group", _group_blocks), "DeleteRole": delete_entity("Role", _role_blocks),
	"DeletePolicy": delete_policy, "DeleteInstanceProfile": delete_instance_profile,
	"RemoveRoleFromInstanceProfile": remove_role_from_instance_profile},
	**{"ListAttached%sPolicies" % w: list_attached(w) for w in _WHO},
	**{"Detach%sPolicy" % w: detach(w) for w in _WHO},
	**{"Delete%sPolicy" % w: delete_inline(w) for w in _WHO},
	**{"Tag%s" % w: tag(w) for w in _TAGGED},
	**{"Untag%s" % w: untag(w) for w in _TAGGED})}

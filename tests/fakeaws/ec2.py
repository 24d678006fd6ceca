"""EC2 operations of the fake: the Describe calls with ids, filters and
pages, the delete calls with EC2's dependency rules and errors, and tags.

Owns: the table of Describe calls (which collection, id parameter, page
limits, filter names -> item paths, not-found code) and one generic engine
walking it; every mutation keeps the other collections consistent the way
EC2 does (a terminated instance frees its volumes, a deleted NAT gateway its
interface ...).  Handlers take a Ctx (fakeaws.py) and return the output dict.
"""
import fnmatch
import time

from awsproto import ApiError, model, xml_fragment
from pages import ListColl, paged
from awsstate import TAGS
import elb

# Describe calls: op -> (collection, id params, (min, max) MaxResults or None, filters, not-found code)
# filters: filter name -> dotted path into the item (lists are walked)
DESCRIBE = {
	"DescribeInstances": ("Instances", ("InstanceIds",), (5, 1000), {
		"instance-id": "InstanceId", "instance-state-name": "State.Name", "instance-state-code": "State.Code",
		"instance-type": "InstanceType", "vpc-id": "VpcId", "subnet-id": "SubnetId", "key-name": "KeyName",
		"image-id": "ImageId", "availability-zone": "Placement.AvailabilityZone",
		"instance.group-id": "SecurityGroups.GroupId", "private-ip-address": "PrivateIpAddress",
		"network-interface.network-interface-id": "NetworkInterfaces.NetworkInterfaceId",
		"reservation-id": "_reservation.ReservationId", "owner-id": "_reservation.OwnerId"},
		"InvalidInstanceID.NotFound"),
	"DescribeVolumes": ("Volumes", ("VolumeIds",), (5, 500), {
		"volume-id": "VolumeId", "status": "State", "volume-type": "VolumeType", "size": "Size",
		"availability-zone": "AvailabilityZone", "snapshot-id": "SnapshotId", "encrypted": "Encrypted",
		"attachment.instance-id": "Attachments.InstanceId", "attachment.status": "Attachments.State"},
		"InvalidVolume.NotFound"),
	"DescribeSnapshots": ("Snapshots", ("SnapshotIds",), (5, 1000), {
		"snapshot-id": "SnapshotId", "volume-id": "VolumeId", "status": "State", "owner-id": "OwnerId",
		"encrypted": "Encrypted"}, "InvalidSnapshot.NotFound"),
	"DescribeVpcs": ("Vpcs", ("VpcIds",), (5, 1000), {
		"vpc-id": "VpcId", "cidr": "CidrBlock", "cidr-block": "CidrBlock", "is-default": "IsDefault",
		"state": "State", "owner-id": "OwnerId"}, "InvalidVpcID.NotFound"),
	"DescribeSubnets": ("Subnets", ("SubnetIds",), (5, 1000), {
		"subnet-id": "SubnetId", "vpc-id": "VpcId", "cidr-block": "CidrBlock", "state": "State",
		"availability-zone": "AvailabilityZone", "default-for-az": "DefaultForAz"}, "InvalidSubnetID.NotFound"),
	"DescribeSecurityGroups": ("SecurityGroups", ("GroupIds", "GroupNames"), (5, 1000), {
		"group-id": "GroupId", "group-name": "GroupName", "vpc-id": "VpcId", "owner-id": "OwnerId",
		"description": "Description"}, "InvalidGroup.NotFound"),
	"DescribeInternetGateways": ("InternetGateways", ("InternetGatewayIds",), (5, 1000), {
		"internet-gateway-id": "InternetGatewayId", "attachment.vpc-id": "Attachments.VpcId",
		"attachment.state": "Attachments.State", "owner-id": "OwnerId"}, "InvalidInternetGatewayID.NotFound"),
	"DescribeNatGateways": ("NatGateways", ("NatGatewayIds",), (5, 1000), {
		"nat-gateway-id": "NatGatewayId", "state": "State", "subnet-id": "SubnetId", "vpc-id": "VpcId"},
		"NatGatewayNotFound"),
	"DescribeRouteTables": ("RouteTables", ("RouteTableIds",), (5, 100), {
		"route-table-id": "RouteTableId", "vpc-id": "VpcId", "association.main": "Associations.Main",
		"association.subnet-id": "Associations.SubnetId",
		"association.route-table-association-id": "Associations.RouteTableAssociationId"},
		"InvalidRouteTableID.NotFound"),
	"DescribeNetworkInterfaces": ("NetworkInterfaces", ("NetworkInterfaceIds",), (5, 1000), {
		"network-interface-id": "NetworkInterfaceId", "vpc-id": "VpcId", "subnet-id": "SubnetId",
		"status": "Status", "attachment.instance-id": "Attachment.InstanceId", "group-id": "Groups.GroupId",
		"interface-type": "InterfaceType", "private-ip-address": "PrivateIpAddress"},
		"InvalidNetworkInterfaceID.NotFound"),
	"DescribeAddresses": ("Addresses", ("AllocationIds", "PublicIps"), None, {
		"allocation-id": "AllocationId", "public-ip": "PublicIp", "instance-id": "InstanceId",
		"association-id": "AssociationId", "network-interface-id": "NetworkInterfaceId", "domain": "Domain"},
		"InvalidAllocationID.NotFound"),
	"DescribeKeyPairs": ("KeyPairs", ("KeyNames", "KeyPairIds"), None, {
		"key-name": "KeyName", "key-pair-id": "KeyPairId", "fingerprint": "KeyFingerprint"},
		"InvalidKeyPair.NotFound"),
}
# which item member an id parameter matches (default: the collection's id member)
_ID_MEMBER = {"GroupNames": "GroupName", "PublicIps": "PublicIp", "KeyNames": "KeyName"}
# resource id prefix -> (collection, not-found code), for CreateTags/DeleteTags
_PREFIX = {"i-": "Instances", "vol-": "Volumes", "snap-": "Snapshots", "vpc-": "Vpcs", "subnet-": "Subnets",
	"sg-": "SecurityGroups", "igw-": "InternetGateways", "nat-": "NatGateways", "rtb-": "RouteTables",
	"eni-": "NetworkInterfaces", "eipalloc-": "Addresses", "key-": "KeyPairs"}
_NOTFOUND = {spec[0]: spec[4] for spec in DESCRIBE.values()}


def _values(item, path):
	cur = [item]
	for part in path.split("."):
		nxt = []
		for c in cur:
			v = c.get(part) if isinstance(c, dict) else None
			if isinstance(v, list):
				nxt.extend(v)
			elif v is not None:
				nxt.append(v)
		cur = nxt
	return ["true" if v is True else "false" if v is False else str(v) for v in cur]


def _tag_values(item, key=None, want="Value"):
	tags = item.get("Tags") or item.get("TagSet") or []
	return [t.get(want, "") for t in tags if key is None or t.get("Key") == key]


def _matcher(filters, table, op):
	tests = []
	for f in filters or []:
		name, vals = f.get("Name"), f.get("Values") or []
		if name is None:
			raise ApiError("InvalidParameterValue", "The filter 'null' is invalid")
		if name.startswith("tag:"):
			k = name[4:]
			get = (lambda k: lambda it: _tag_values(it, k))(k)
		elif name == "tag-key":
			get = lambda it: _tag_values(it, want="Key")  # noqa: E731
		elif name == "tag-value":
			get = lambda it: _tag_values(it)  # noqa: E731
		elif name in table:
			get = (lambda p: lambda it: _values(it, p))(table[name])
		else:
			raise ApiError("InvalidParameterValue", "The filter '%s' is invalid" % name)
		tests.append((get, vals))

	def match(item):
		for get, vals in tests:
			have = get(item)
			if not any(fnmatch.fnmatchcase(h, v) for h in have for v in vals):
				return False
		return True
	return match


def describe(ctx):
	cname, idparams, limits, table, notfound = DESCRIBE[ctx.op]
	region = ctx.region_data()
	coll = region.c[cname]
	p = ctx.params
	ids = {}
	for ip in idparams:
		for v in p.get(ip) or []:
			ids.setdefault(_ID_MEMBER.get(ip, coll.idkey), set()).add(v)
	filters = p.get("Filter") if ctx.op == "DescribeNatGateways" else p.get("Filters")
	fmatch = _matcher(filters, table, ctx.op)
	owners = set(p.get("OwnerIds") or [])
	if "self" in owners:
		owners.discard("self")
		owners.add(ctx.account.id)
	for member, want in ids.items():
		for v in sorted(want):
			if not any(it.get(member) == v for it in _lookup(coll, member, v)):
				if cname == "Instances" or cname == "Snapshots" or cname == "Volumes":
					raise ApiError(notfound, "The %s ID '%s' does not exist" % (cname[:-1].lower(), v))
				raise ApiError(notfound, "The %s '%s' does not exist" % (member, v))

	def match(it):
		for member, want in ids.items():
			if it.get(member) not in want:
				return False
		if owners and it.get("OwnerId") not in owners:
			return False
		return fmatch(it)
	# every item matches: no need to build them (a generated estate's items belong to its account)
	every = not ids and not filters and (not owners or getattr(coll, "owner", None) in owners)
	items, nxt = paged(ctx, coll, None if every else match, limits, explicit=bool(ids))
	result = {}
	if nxt:
		result["NextToken"] = nxt
	if cname == "Instances":
		return _reservations(ctx, coll, items, result)
	frag = _fast_fragment(ctx, coll, items, cname)
	if frag is not None:
		return result, {cname: frag}
	result[cname] = [_public(it if it is not None else coll.at(pos), p) for pos, it in items]
	return result


def _lookup(coll, member, v):
	if member == coll.idkey:
		it = coll.get(v)
		return [it] if it is not None else []
	return [it for it in coll if it.get(member) == v]


def _public(it, params):
	if "PublicKey" in it and not params.get("IncludePublicKey"):
		it = {k: x for k, x in it.items() if k != "PublicKey"}
	return it


def _fast_fragment(ctx, coll, items, cname):
	"""XML of a generated page from prebuilt item templates (bench speed), or None."""
	if ctx.service != "ec2" or not items or coll.fast_xml(items[0][0]) is None:
		return None
	shape = model("ec2").operation_model(ctx.op).output_shape.members[cname].member
	parts = []
	for pos, it in items:
		x = coll.fast_xml(pos)
		parts.append("<item>%s</item>" % (x if x is not None else xml_fragment(shape, coll.at(pos))))
	return "".join(parts)


def _reservations(ctx, coll, items, result):
	groups = []
	for pos, it in items:
		if hasattr(coll, "reservation"):
			res = coll.reservation(pos)
		else:
			it = it if it is not None else coll.at(pos)
			res = it.get("_reservation") or {}
		if groups and groups[-1][0].get("ReservationId") == res.get("ReservationId"):
			groups[-1][1].append((pos, it))
		else:
			groups.append((res, [(pos, it)]))
	if items and coll.fast_xml(items[0][0]) is not None:
		rshape = model("ec2").operation_model("DescribeInstances").output_shape.members["Reservations"].member
		ishape = rshape.members["Instances"].member
		parts = []
		for res, its in groups:
			head = xml_fragment(rshape, {k: v for k, v in res.items() if k != "Instances"})
			body = "".join("<item>%s</item>" % (coll.fast_xml(pos) or xml_fragment(ishape, coll.at(pos)))
				for pos, it in its)
			parts.append("<item>%s<instancesSet>%s</instancesSet></item>" % (head, body))
		return result, {"Reservations": "".join(parts)}
	result["Reservations"] = [dict(res, Instances=[it if it is not None else coll.at(pos) for pos, it in its])
		for res, its in groups]
	return result


def describe_regions(ctx):
	p = ctx.params
	names = p.get("RegionNames") or []
	for n in names:
		if n not in ctx.state.region_info:
			raise ApiError("InvalidParameterValue", "Invalid region: %s" % n)
	fm = _matcher(p.get("Filters"), {"region-name": "RegionName", "endpoint": "Endpoint",
		"opt-in-status": "OptInStatus"}, ctx.op)
	out = []
	for r, info in ctx.state.region_info.items():
		if names and r not in names:
			continue
		if not p.get("AllRegions") and info["OptInStatus"] == "not-opted-in":
			continue
		if fm(info):
			out.append(info)
	return {"Regions": out}


def describe_instance_types(ctx):
	p = ctx.params
	cat = ctx.state.instance_types
	want = p.get("InstanceTypes") or []
	missing = [t for t in want if t not in cat]
	if missing:
		raise ApiError("InvalidInstanceType", "The following supplied instance types do not exist: [%s]" %
			", ".join(missing))
	fm = _matcher(p.get("Filters"), {"instance-type": "InstanceType", "current-generation": "CurrentGeneration",
		"vcpu-info.default-vcpus": "VCpuInfo.DefaultVCpus", "memory-info.size-in-mib": "MemoryInfo.SizeInMiB"},
		ctx.op)
	wset = set(want)
	items, nxt = paged(ctx, ListColl(list(cat.values())), lambda t: (not wset or t["InstanceType"] in wset) and
		fm(t), (5, 100))
	out = {"InstanceTypes": [t for _, t in items]}
	if nxt:
		out["NextToken"] = nxt
	return out


# -- mutations

def _get(ctx, cname, rid, code=None):
	coll = ctx.region_data().c[cname]
	it = coll.get(rid)
	if it is None:
		raise ApiError(code or _NOTFOUND[cname], "The %s '%s' does not exist" % (coll.idkey, rid))
	return coll, it


def _change(coll, it, **kw):
	new = dict(it)
	for k, v in kw.items():
		if v is None:
			new.pop(k, None)
		else:
			new[k] = v
	coll.put(new)
	return new


def _live_instances(region, **where):
	return [i for i in region.c["Instances"] if i.get("State", {}).get("Name") not in ("terminated",) and
		all(i.get(k) == v for k, v in where.items())]


def terminate_instances(ctx):
	"""Instances go "shutting-down" and end (volumes, interfaces, addresses let
	go) after the fake's terminate_ms, as EC2 ends them a while after the
	call; at once when it is 0."""
	region = ctx.region_data()
	coll = region.c["Instances"]
	out = []
	for iid in ctx.params["InstanceIds"]:
		_get(ctx, "Instances", iid)
	delay = (ctx.state.terminate_ms or 0) / 1000.0
	for iid in ctx.params["InstanceIds"]:
		it = coll.get(iid)
		prev = it.get("State") or {"Code": 16, "Name": "running"}
		if prev.get("Name") in ("shutting-down", "terminated"):
			out.append({"InstanceId": iid, "CurrentState": prev, "PreviousState": prev})
			continue
		if delay > 0:
			cur = {"Code": 32, "Name": "shutting-down"}
			_change(coll, it, State=cur, _TerminateAt=time.time() + delay)
		else:
			cur = {"Code": 48, "Name": "terminated"}
			_terminated(region, coll.get(iid))
		out.append({"InstanceId": iid, "CurrentState": cur, "PreviousState": prev})
	return {"TerminatingInstances": out}


def settle(ctx):
	"""Ends the region's terminations whose time has come (before each EC2 call)."""
	region = ctx.account.regions.get(ctx.region) if ctx.account else None
	if region is None:
		return
	now = time.time()
	for it in [i for i in region.c["Instances"] if i.get("_TerminateAt") and i["_TerminateAt"] <= now]:
		_terminated(region, it)


def _terminated(region, it):
	coll = region.c["Instances"]
	iid = it["InstanceId"]
	_change(coll, it, State={"Code": 48, "Name": "terminated"}, PublicIpAddress=None, _TerminateAt=None)
	vols = region.c["Volumes"]
	for v in list(vols):
		att = [a for a in v.get("Attachments") or [] if a.get("InstanceId") == iid]
		if not att:
			continue
		if any(a.get("DeleteOnTermination") for a in att):
			vols.delete(v["VolumeId"])
		else:
			_change(vols, v, Attachments=[a for a in v["Attachments"] if a.get("InstanceId") != iid],
				State="available")
	enis = region.c["NetworkInterfaces"]
	for e in list(enis):
		a = e.get("Attachment") or {}
		if a.get("InstanceId") == iid:
			if a.get("DeleteOnTermination", True):
				enis.delete(e["NetworkInterfaceId"])
				_release_interface(region, e["NetworkInterfaceId"])
			else:
				_change(enis, e, Attachment=None, Status="available")


def delete_volume(ctx):
	coll, it = _get(ctx, "Volumes", ctx.params["VolumeId"])
	if it.get("Attachments") or it.get("State") == "in-use":
		att = (it.get("Attachments") or [{}])[0]
		raise ApiError("VolumeInUse", "Volume %s is currently attached to %s" % (it["VolumeId"],
			att.get("InstanceId", "an instance")))
	coll.delete(it["VolumeId"])
	return {}


def delete_snapshot(ctx):
	coll, it = _get(ctx, "Snapshots", ctx.params["SnapshotId"])
	if it.get("OwnerId", ctx.account.id) != ctx.account.id:
		raise ApiError("UnauthorizedOperation", "You are not authorized to perform this operation.", 403)
	coll.delete(it["SnapshotId"])
	return {}


def _dependency(kind, rid):
	return ApiError("DependencyViolation", "The %s '%s' has dependencies and cannot be deleted." % (kind, rid))


def delete_vpc(ctx):
	region = ctx.region_data()
	coll, it = _get(ctx, "Vpcs", ctx.params["VpcId"])
	vid = it["VpcId"]
	deps = [x for x in region.c["Subnets"] if x.get("VpcId") == vid]
	deps += [x for x in region.c["SecurityGroups"] if x.get("VpcId") == vid and x.get("GroupName") != "default"]
	deps += [x for x in region.c["InternetGateways"] if any(a.get("VpcId") == vid for a in x.get("Attachments") or [])]
	deps += [x for x in region.c["RouteTables"] if x.get("VpcId") == vid and
		not any(a.get("Main") for a in x.get("Associations") or [])]
	deps += [x for x in region.c["NetworkInterfaces"] if x.get("VpcId") == vid]
	deps += [x for x in region.c["NatGateways"] if x.get("VpcId") == vid and x.get("State") not in ("deleted",)]
	deps += _live_instances(region, VpcId=vid)
	deps += elb.in_vpc(region, vid)		# their interfaces are in it
	if deps:
		raise _dependency("vpc", vid)
	for sg in [x for x in region.c["SecurityGroups"] if x.get("VpcId") == vid]:
		region.c["SecurityGroups"].delete(sg["GroupId"])
	for rt in [x for x in region.c["RouteTables"] if x.get("VpcId") == vid]:
		region.c["RouteTables"].delete(rt["RouteTableId"])
	coll.delete(vid)
	return {}


def delete_subnet(ctx):
	region = ctx.region_data()
	coll, it = _get(ctx, "Subnets", ctx.params["SubnetId"])
	sid = it["SubnetId"]
	if [x for x in region.c["NetworkInterfaces"] if x.get("SubnetId") == sid] or \
		_live_instances(region, SubnetId=sid) or \
		[x for x in region.c["NatGateways"] if x.get("SubnetId") == sid and x.get("State") != "deleted"] or \
		[lb for lb in elb.in_vpc(region, None) if sid in lb[1]]:
		raise _dependency("subnet", sid)
	for rt in region.c["RouteTables"]:
		assoc = [a for a in rt.get("Associations") or [] if a.get("SubnetId") != sid]
		if len(assoc) != len(rt.get("Associations") or []):
			_change(region.c["RouteTables"], rt, Associations=assoc)
	coll.delete(sid)
	return {}


def _group(ctx):
	region = ctx.region_data()
	coll = region.c["SecurityGroups"]
	gid, gname = ctx.params.get("GroupId"), ctx.params.get("GroupName")
	if gid:
		return _get(ctx, "SecurityGroups", gid)
	if gname:
		for it in coll:
			if it.get("GroupName") == gname and not it.get("VpcId"):
				return coll, it
		raise ApiError("InvalidGroup.NotFound", "The security group '%s' does not exist in default VPC" % gname)
	raise ApiError("MissingParameter", "The request must contain the parameter groupName or groupId")


def delete_security_group(ctx):
	region = ctx.region_data()
	coll, it = _group(ctx)
	gid = it["GroupId"]
	if it.get("GroupName") == "default":
		raise ApiError("CannotDelete", 'the specified group: "%s" name: "default" cannot be deleted by a user' % gid)
	users = [e for e in region.c["NetworkInterfaces"] if any(g.get("GroupId") == gid for g in e.get("Groups") or [])]
	users += [i for i in _live_instances(region) if any(g.get("GroupId") == gid for g in i.get("SecurityGroups") or [])]
	users += [lb for lb in elb.in_vpc(region, None) if gid in lb[2]]
	refs = [g for g in coll if g["GroupId"] != gid and any(p.get("GroupId") == gid for perm in
		(g.get("IpPermissions") or []) + (g.get("IpPermissionsEgress") or []) for p in perm.get("UserIdGroupPairs") or [])]
	if users or refs:
		raise ApiError("DependencyViolation", "resource %s has a dependent object" % gid)
	coll.delete(gid)
	return {}


def _perm_key(p):
	return (p.get("IpProtocol"), p.get("FromPort"), p.get("ToPort"))


def revoke(ctx):
	coll, it = _group(ctx)
	member = "IpPermissions" if ctx.op == "RevokeSecurityGroupIngress" else "IpPermissionsEgress"
	p = ctx.params
	perms = p.get("IpPermissions") or []
	if p.get("IpProtocol"):
		perms = perms + [{"IpProtocol": p["IpProtocol"], "FromPort": p.get("FromPort"), "ToPort": p.get("ToPort")}]
	rule_ids = set(p.get("SecurityGroupRuleIds") or [])
	have = it.get(member) or []
	keys = {_perm_key(x) for x in perms}
	unknown = [x for x in perms if _perm_key(x) not in {_perm_key(h) for h in have}]
	left = [h for h in have if _perm_key(h) not in keys and h.get("SecurityGroupRuleId") not in rule_ids]
	_change(coll, it, **{member: left})
	out = {"Return": True}
	if unknown:
		out["UnknownIpPermissions"] = unknown
	return out


def _mapped(region, vid):
	"""The VPC's public addresses: elastic IPs associated with its interfaces or instances."""
	enis = {e["NetworkInterfaceId"] for e in region.c["NetworkInterfaces"] if e.get("VpcId") == vid}
	insts = {i["InstanceId"] for i in _live_instances(region, VpcId=vid)}
	return [a for a in region.c["Addresses"] if a.get("AssociationId") and
		(a.get("NetworkInterfaceId") in enis or a.get("InstanceId") in insts)]


def detach_internet_gateway(ctx):
	coll, it = _get(ctx, "InternetGateways", ctx.params["InternetGatewayId"])
	vid = ctx.params["VpcId"]
	att = it.get("Attachments") or []
	if not any(a.get("VpcId") == vid for a in att):
		raise ApiError("Gateway.NotAttached", "resource %s is not attached to network %s" % (
			it["InternetGatewayId"], vid))
	if _mapped(ctx.region_data(), vid):
		raise ApiError("DependencyViolation", "Network %s has some mapped public address(es). Please unmap those "
			"public address(es) before detaching the gateway." % vid)
	_change(coll, it, Attachments=[a for a in att if a.get("VpcId") != vid])
	return {}


def _delete_unused(cname, param, busy, what):
	"""A delete EC2 refuses (DependencyViolation) while the item's busy member is not empty."""
	def delete(ctx):
		coll, it = _get(ctx, cname, ctx.params[param])
		if it.get(busy):
			raise _dependency(what, it[coll.idkey])
		coll.delete(it[coll.idkey])
		return {}
	return delete


def _release_interface(region, eni):
	"""Addresses associated with a deleted interface are disassociated (they stay allocated)."""
	addrs = region.c["Addresses"]
	for a in list(addrs):
		if a.get("NetworkInterfaceId") == eni:
			_change(addrs, a, AssociationId=None, InstanceId=None, NetworkInterfaceId=None, NetworkInterfaceOwnerId=None,
				PrivateIpAddress=None)


def delete_nat_gateway(ctx):
	region = ctx.region_data()
	nid = ctx.params["NatGatewayId"]
	coll, it = _get(ctx, "NatGateways", nid, "NatGatewayNotFound")
	if it.get("State") != "deleted":
		for a in it.get("NatGatewayAddresses") or []:
			if a.get("NetworkInterfaceId"):
				region.c["NetworkInterfaces"].delete(a["NetworkInterfaceId"])
				_release_interface(region, a["NetworkInterfaceId"])
		_change(coll, it, State="deleted", DeleteTime=ctx.now_iso())
	return {"NatGatewayId": nid}


def disassociate_route_table(ctx):
	region = ctx.region_data()
	aid = ctx.params["AssociationId"]
	for rt in region.c["RouteTables"]:
		assoc = rt.get("Associations") or []
		if any(a.get("RouteTableAssociationId") == aid for a in assoc):
			if any(a.get("RouteTableAssociationId") == aid and a.get("Main") for a in assoc):
				raise ApiError("InvalidParameterValue", "cannot disassociate the main route table association %s" % aid)
			_change(region.c["RouteTables"], rt, Associations=[a for a in assoc if a.get("RouteTableAssociationId")
				!= aid])
			return {}
	raise ApiError("InvalidAssociationID.NotFound", "The association ID '%s' does not exist" % aid)


def detach_network_interface(ctx):
	region = ctx.region_data()
	aid = ctx.params["AttachmentId"]
	for e in region.c["NetworkInterfaces"]:
		if (e.get("Attachment") or {}).get("AttachmentId") == aid:
			_change(region.c["NetworkInterfaces"], e, Attachment=None, Status="available")
			return {}
	raise ApiError("InvalidAttachmentID.NotFound", "Interface attachment '%s' does not exist." % aid)


def delete_network_interface(ctx):
	coll, it = _get(ctx, "NetworkInterfaces", ctx.params["NetworkInterfaceId"])
	if it.get("Attachment") or it.get("Status") == "in-use":
		raise ApiError("InvalidNetworkInterface.InUse", "Interface: [%s] in use." % it["NetworkInterfaceId"])
	coll.delete(it["NetworkInterfaceId"])
	_release_interface(ctx.region_data(), it["NetworkInterfaceId"])
	return {}


def _address(ctx):
	coll = ctx.region_data().c["Addresses"]
	aid, ip = ctx.params.get("AllocationId"), ctx.params.get("PublicIp")
	if aid:
		return _get(ctx, "Addresses", aid)
	if ip:
		for it in coll:
			if it.get("PublicIp") == ip:
				return coll, it
		raise ApiError("AuthFailure", "The address '%s' does not belong to you." % ip, 401)
	raise ApiError("MissingParameter", "Either public IP or allocation id must be specified")


def disassociate_address(ctx):
	coll = ctx.region_data().c["Addresses"]
	asid = ctx.params.get("AssociationId")
	if asid:
		for it in coll:
			if it.get("AssociationId") == asid:
				break
		else:
			raise ApiError("InvalidAssociationID.NotFound", "The association ID '%s' does not exist" % asid)
	else:
		coll, it = _address(ctx)
	_change(coll, it, AssociationId=None, InstanceId=None, NetworkInterfaceId=None, NetworkInterfaceOwnerId=None,
		PrivateIpAddress=None)
	return {}


def release_address(ctx):
	coll, it = _address(ctx)
	if it.get("AssociationId"):
		raise ApiError("InvalidIPAddress.InUse", "Address %s is in use." % it.get("PublicIp", it["AllocationId"]))
	coll.delete(it["AllocationId"])
	return {}


def delete_key_pair(ctx):
	coll = ctx.region_data().c["KeyPairs"]
	kid, name = ctx.params.get("KeyPairId"), ctx.params.get("KeyName")
	if not kid and not name:
		raise ApiError("MissingParameter", "The request must contain the parameter KeyName or KeyPairId")
	for it in list(coll):
		if (kid and it["KeyPairId"] == kid) or (name and it.get("KeyName") == name):
			coll.delete(it["KeyPairId"])
			return {"Return": True, "KeyPairId": it["KeyPairId"]}
	if kid:
		raise ApiError("InvalidKeyPair.NotFound", "The key pair '%s' does not exist" % kid)
	return {"Return": True}      # DeleteKeyPair by name is idempotent


def _tag_target(ctx, rid):
	for prefix, cname in _PREFIX.items():
		if rid.startswith(prefix):
			return (cname,) + _get(ctx, cname, rid)
	raise ApiError("InvalidID", "The ID '%s' is not valid" % rid)


def create_tags(ctx):
	tags = ctx.params["Tags"]
	for t in tags:
		if t.get("Key", "").lower().startswith("aws:"):
			raise ApiError("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use")
	targets = [_tag_target(ctx, r) for r in ctx.params["Resources"]]
	for cname, coll, it in targets:
		member = TAGS.get(cname, "Tags")
		cur = {t["Key"]: t.get("Value", "") for t in it.get(member) or []}
		for t in tags:
			cur[t["Key"]] = t.get("Value", "")
		if len(cur) > 50:
			raise ApiError("TagLimitExceeded", "The maximum number of Tags for a resource has been reached.")
		_change(coll, it, **{member: [{"Key": k, "Value": v} for k, v in cur.items()]})
	return {}


def delete_tags(ctx):
	tags = ctx.params.get("Tags") or []
	targets = [_tag_target(ctx, r) for r in ctx.params["Resources"]]
	for cname, coll, it in targets:
		member = TAGS.get(cname, "Tags")
		left = []
		for t in it.get(member) or []:
			gone = not tags or any(d["Key"] == t["Key"] and ("Value" not in d or d["Value"] == t.get("Value"))
				for d in tags)
			if not gone:
				left.append(t)
		_change(coll, it, **{member: left})
	return {}


HANDLERS = {op: describe for op in DESCRIBE}
HANDLERS.update({
	"DescribeRegions": describe_regions,
	"DescribeInstanceTypes": describe_instance_types,
	"TerminateInstances": terminate_instances,
	"DeleteVolume": delete_volume,
	"DeleteSnapshot": delete_snapshot,
	"DeleteVpc": delete_vpc,
	"DeleteSubnet": delete_subnet,
	"DeleteSecurityGroup": delete_security_group,
	"RevokeSecurityGroupIngress": revoke,
	"RevokeSecurityGroupEgress": revoke,
	"DetachInternetGateway": detach_internet_gateway,
	"DeleteInternetGateway": _delete_unused("InternetGateways", "InternetGatewayId", "Attachments", "internetGateway"),
	"DeleteNatGateway": delete_nat_gateway,
	"DisassociateRouteTable": disassociate_route_table,
	"DeleteRouteTable": _delete_unused("RouteTables", "RouteTableId", "Associations", "routeTable"),
	"DetachNetworkInterface": detach_network_interface,
	"DeleteNetworkInterface": delete_network_interface,
	"DisassociateAddress": disassociate_address,
	"ReleaseAddress": release_address,
	"DeleteKeyPair": delete_key_pair,
	"CreateTags": create_tags,
	"DeleteTags": delete_tags,
})
# calls that change state (a DryRun answers DryRunOperation without changing anything)
MUTATIONS = set(HANDLERS) - set(DESCRIBE) - {"DescribeRegions", "DescribeInstanceTypes"}

"""Large generated estates for benchmarks, built lazily.

Owns: the fixture's "generate" entries (README.md): for one account, N
instances, volumes, security groups and snapshots spread over regions, plus
the VPC, subnets and key pair they refer to, and N Lambda functions and EKS
clusters (two node groups each) in that VPC, added to the region's own
(plain items: REST-JSON answers have no XML template).  An item exists only as its
index: its dict (for filters, lookups, deletes and tags) and its XML (from
a template rendered once per kind) are made when a page needs them, so the
fake holds a few KiB per region however large the estate (unless
"prerender" asks for every item's XML up front, for benchmarks).
"""
from xml.sax.saxutils import escape

from awsproto import model, xml_fragment
from awsstate import Collection
from sections import coll_name

TYPES = ("t3.micro", "m5.large", "c5.xlarge", "r5.2xlarge")
VOLUME_TYPES = ("gp3", "gp2", "io1", "io2")
LAUNCH = "2024-03-01T12:00:00Z"


class Template:
	"""An item's XML with holes: the prototype item is rendered once with
	markers in the variable places, then each item is the parts joined with
	its values (only strings and numbers vary; booleans and times are fixed)."""

	def __init__(self, shape, proto, nvals):
		marks = ["\x01%d\x02" % k for k in range(nvals)]
		text = xml_fragment(shape, proto(marks))
		self.parts = []
		self.order = []
		rest = text
		while "\x01" in rest:
			head, _, tail = rest.partition("\x01")
			k, _, rest = tail.partition("\x02")
			self.parts.append(head)
			self.order.append(int(k))
		self.parts.append(rest)

	def render(self, vals):
		out = [self.parts[0]]
		for k, part in zip(self.order, self.parts[1:]):
			v = str(vals[k])
			out.append(escape(v) if "&" in v or "<" in v or ">" in v else v)
			out.append(part)
		return "".join(out)


class GenCollection:
	"""n items made on demand by values(i) -> list and proto(values) -> dict,
	with ids that encode the index; changed items are kept as overrides,
	deleted ones as a set."""

	def __init__(self, idkey, n, prefix, base, values, proto, shape, owner, prerender=False):
		self.idkey = idkey
		self.owner = owner
		self.n = n
		self.prefix = prefix
		self.base = base
		self.values = values
		self.proto = proto
		self.template = Template(shape, proto, len(values(0))) if n else None
		self.deleted = set()
		self.changed = {}
		# every item's XML made up front: startup time and memory for pages at join speed (benchmarks)
		self.cache = [self.template.render(values(i)) for i in range(n)] if prerender and n else None

	def rid(self, i):
		return "%s%017x" % (self.prefix, self.base + i)

	def index(self, rid):
		if not rid.startswith(self.prefix):
			return None
		try:
			i = int(rid[len(self.prefix):], 16) - self.base
		except ValueError:
			return None
		return i if 0 <= i < self.n and rid == self.rid(i) else None

	def end(self):
		return self.n

	def __len__(self):
		return self.n - len(self.deleted)

	def at(self, pos):
		if pos in self.deleted:
			return None
		return self.changed.get(pos) or self.proto(self.values(pos))

	def present(self, pos):
		return pos not in self.deleted

	def get(self, rid):
		i = self.index(rid)
		return None if i is None else self.at(i)

	def put(self, item):
		self.changed[self.index(item[self.idkey])] = item

	def delete(self, rid):
		i = self.index(rid)
		if i is None or i in self.deleted:
			return False
		self.deleted.add(i)
		self.changed.pop(i, None)
		return True

	def add(self, item):
		raise ValueError("generated collections take no new items")

	def __iter__(self):
		return (x for x in (self.at(i) for i in range(self.n)) if x is not None)

	def fast_xml(self, pos):
		if pos in self.deleted or pos in self.changed:
			return None
		if self.cache is not None:
			return self.cache[pos]
		return self.template.render(self.values(pos))


def _shape(op, member):
	m = model("ec2").operation_model(op).output_shape.members[member]
	return m.member


def populate(state, spec):
	"""Add a generated estate to an account of the state (fixture "generate" entry)."""
	aid = spec["account"]
	acct = state.accounts.get(aid)
	if acct is None:
		raise ValueError("generate: account %s is not in accounts" % aid)
	regions = spec.get("regions") or state.regions
	for r in regions:
		if r not in acct.regions:
			raise ValueError("generate: region %s is not in the fixture's regions" % r)
	akey = sorted(state.accounts).index(aid)

	def share(total, k):
		return total // len(regions) + (1 if k < total % len(regions) else 0)
	for k, rname in enumerate(regions):
		_region(state, acct, rname, (akey * 64 + k + 1) << 36, {c: share(spec.get(c, 0), k) for c in
			("instances", "volumes", "security_groups", "snapshots", "functions", "clusters")},
			bool(spec.get("prerender")))


def _region(state, acct, rname, base, n, pre):
	aid = acct.id
	reg = acct.regions[rname]
	vpc = "vpc-%017x" % base
	subnets = ["subnet-%017x" % (base + s) for s in range(4)]
	key = "bench-%s" % rname
	reg.c["Vpcs"] = Collection("VpcId", [{"VpcId": vpc, "CidrBlock": "10.0.0.0/16", "State": "available",
		"OwnerId": aid, "InstanceTenancy": "default", "IsDefault": False, "DhcpOptionsId": "dopt-%017x" % base,
		"CidrBlockAssociationSet": [{"AssociationId": "vpc-cidr-assoc-%017x" % base, "CidrBlock": "10.0.0.0/16",
			"CidrBlockState": {"State": "associated"}}], "Tags": [{"Key": "Name", "Value": "bench"}]}])
	reg.c["Subnets"] = Collection("SubnetId", [{"SubnetId": sid, "VpcId": vpc, "CidrBlock": "10.0.%d.0/18" % (s * 64),
		"AvailabilityZone": rname + "abcd"[s], "AvailableIpAddressCount": 16000, "DefaultForAz": False,
		"MapPublicIpOnLaunch": False, "State": "available", "OwnerId": aid} for s, sid in enumerate(subnets)])
	reg.c["KeyPairs"] = Collection("KeyPairId", [{"KeyPairId": "key-%017x" % base, "KeyName": key,
		"KeyFingerprint": "00:11:22:33", "KeyType": "rsa", "CreateTime": LAUNCH}])
	nsg = max(1, n["security_groups"])

	def sg_vals(i):
		return ["sg-%017x" % (base + i), "bench-sg-%d" % i, 1000 + i % 60000]

	def sg_proto(v):
		return {"GroupId": v[0], "GroupName": v[1], "Description": "generated group", "OwnerId": aid, "VpcId": vpc,
			"IpPermissions": [{"IpProtocol": "tcp", "FromPort": v[2], "ToPort": v[2],
				"IpRanges": [{"CidrIp": "10.0.0.0/8"}], "Ipv6Ranges": [], "PrefixListIds": [], "UserIdGroupPairs": []}],
			"IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [],
				"PrefixListIds": [], "UserIdGroupPairs": []}], "Tags": [{"Key": "Name", "Value": v[1]}]}
	reg.c["SecurityGroups"] = GenCollection("GroupId", n["security_groups"], "sg-", base, sg_vals, sg_proto,
		_shape("DescribeSecurityGroups", "SecurityGroups"), aid, pre)

	def inst_vals(i):
		s = i % 4
		return ["i-%017x" % (base + i), TYPES[i % len(TYPES)], subnets[s], "10.0.%d.%d" % (s * 64 + i // 250 % 64,
			i % 250 + 4), "sg-%017x" % (base + i % nsg), "bench-sg-%d" % (i % nsg), "vol-%017x" % (base + i),
			"eni-%017x" % (base + i), "r-%017x" % (base + i // 4), "bench-%d" % i, rname + "abcd"[s],
			"eni-attach-%017x" % (base + i)]

	def inst_proto(v):
		return {"InstanceId": v[0], "InstanceType": v[1], "ImageId": "ami-0123456789abcdef0", "AmiLaunchIndex": 0,
			"LaunchTime": LAUNCH, "State": {"Code": 16, "Name": "running"}, "SubnetId": v[2], "VpcId": vpc,
			"PrivateIpAddress": v[3], "PrivateDnsName": "ip-%s.ec2.internal" % v[3], "KeyName": key,
			"Placement": {"AvailabilityZone": v[10], "GroupName": "", "Tenancy": "default"},
			"Monitoring": {"State": "disabled"}, "Architecture": "x86_64", "Hypervisor": "xen",
			"VirtualizationType": "hvm", "RootDeviceName": "/dev/xvda", "RootDeviceType": "ebs", "EbsOptimized": False,
			"EnaSupport": True, "SourceDestCheck": True, "CpuOptions": {"CoreCount": 1, "ThreadsPerCore": 2},
			"SecurityGroups": [{"GroupId": v[4], "GroupName": v[5]}],
			"BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"AttachTime": LAUNCH,
				"DeleteOnTermination": True, "Status": "attached", "VolumeId": v[6]}}],
			"NetworkInterfaces": [{"NetworkInterfaceId": v[7], "SubnetId": v[2], "VpcId": vpc, "Status": "in-use",
				"PrivateIpAddress": v[3], "SourceDestCheck": True, "InterfaceType": "interface",
				"Attachment": {"AttachmentId": v[11], "AttachTime": LAUNCH, "DeleteOnTermination": True,
					"DeviceIndex": 0, "Status": "attached", "NetworkCardIndex": 0},
				"Groups": [{"GroupId": v[4], "GroupName": v[5]}]}],
			"Tags": [{"Key": "Name", "Value": v[9]}],
			"_reservation": {"ReservationId": v[8], "OwnerId": aid, "Groups": []}}
	reg.c["Instances"] = GenCollection("InstanceId", n["instances"], "i-", base, inst_vals, inst_proto,
		_shape("DescribeInstances", "Reservations").members["Instances"].member, aid, pre)
	# four instances a reservation, as one RunInstances call launches them
	reg.c["Instances"].reservation = lambda pos: {"ReservationId": "r-%017x" % (base + pos // 4), "OwnerId": aid,
		"Groups": []}
	ninst = n["instances"]

	def vol_vals(off):
		def values(i):
			j = off + i
			return ["vol-%017x" % (base + j), VOLUME_TYPES[j % 4], 8 + j % 500, rname + "abcd"[j % 4],
				"i-%017x" % (base + j), "bench-vol-%d" % j, 100 + j % 3000]
		return values

	def vol_proto(v):
		return {"VolumeId": v[0], "VolumeType": v[1], "Size": v[2], "AvailabilityZone": v[3], "CreateTime": LAUNCH,
			"Encrypted": False, "MultiAttachEnabled": False, "SnapshotId": "", "Iops": v[6],
			"Tags": [{"Key": "Name", "Value": v[5]}]}

	def vol_attached(v):
		item = vol_proto(v)
		item.update({"State": "in-use", "Attachments": [{"AttachTime": LAUNCH, "Device": "/dev/xvda",
			"InstanceId": v[4], "State": "attached", "VolumeId": v[0], "DeleteOnTermination": True}]})
		return item

	def vol_free(v):
		item = vol_proto(v)
		item.update({"State": "available", "Attachments": []})
		return item
	vshape = _shape("DescribeVolumes", "Volumes")
	reg.c["Volumes"] = SplitCollection("VolumeId", [
		GenCollection("VolumeId", min(ninst, n["volumes"]), "vol-", base, vol_vals(0), vol_attached, vshape, aid, pre),
		GenCollection("VolumeId", max(0, n["volumes"] - ninst), "vol-", base + ninst, vol_vals(ninst), vol_free,
			vshape, aid, pre)], aid)
	nvol = max(1, n["volumes"])

	def snap_vals(i):
		return ["snap-%017x" % (base + i), "vol-%017x" % (base + i % nvol), 8 + i % nvol % 500, "bench-snap-%d" % i]

	def snap_proto(v):
		return {"SnapshotId": v[0], "VolumeId": v[1], "VolumeSize": v[2], "OwnerId": aid, "State": "completed",
			"Progress": "100%", "StartTime": LAUNCH, "Encrypted": False, "Description": "generated",
			"StorageTier": "standard", "Tags": [{"Key": "Name", "Value": v[3]}]}
	reg.c["Snapshots"] = GenCollection("SnapshotId", n["snapshots"], "snap-", base, snap_vals, snap_proto,
		_shape("DescribeSnapshots", "Snapshots"), aid, pre)
	_serverless(aid, rname, reg, base, vpc, subnets, n)


def _coll(reg, section, cname, idkey):
	key = coll_name(section, cname)
	if key not in reg.c:
		reg.c[key] = Collection(idkey)
	return reg.c[key]


def _serverless(aid, rname, reg, base, vpc, subnets, n):
	"""n["functions"] Lambda functions and n["clusters"] EKS clusters with
	two node groups each, in the generated VPC."""
	sg = "sg-%017x" % base
	fns = _coll(reg, "lambda", "Functions", "FunctionName")
	for i in range(n["functions"]):
		name = "bench-fn-%x-%d" % (base >> 36, i)
		fns.add({"FunctionName": name, "FunctionArn": "arn:aws:lambda:%s:%s:function:%s" % (rname, aid, name),
			"Runtime": "python3.11", "Role": "arn:aws:iam::%s:role/bench" % aid, "Handler": "app.handler",
			"CodeSize": 1000 + i, "Description": "generated", "Timeout": 30, "MemorySize": 128 << (i % 4),
			"LastModified": "2024-03-01T12:00:00.000+0000", "CodeSha256": "%064x" % (base + i),
			"Version": "$LATEST", "State": "Active", "PackageType": "Zip", "Architectures": ["x86_64"],
			"VpcConfig": {"SubnetIds": [subnets[i % 4]], "SecurityGroupIds": [sg], "VpcId": vpc},
			"_Tags": {"Name": name}})
	clusters = _coll(reg, "eks", "Clusters", "name")
	groups = _coll(reg, "eks", "Nodegroups", "nodegroupArn")
	for i in range(n["clusters"]):
		name = "bench-%x-%d" % (base >> 36, i)
		arn = "arn:aws:eks:%s:%s:cluster/%s" % (rname, aid, name)
		clusters.add({"name": name, "arn": arn, "createdAt": LAUNCH, "version": "1.28",
			"endpoint": "https://%032X.gr7.%s.eks.amazonaws.com" % (base + i, rname),
			"roleArn": "arn:aws:iam::%s:role/bench" % aid, "status": "ACTIVE", "platformVersion": "eks.5",
			"resourcesVpcConfig": {"subnetIds": subnets[:2], "securityGroupIds": [sg], "vpcId": vpc,
				"endpointPublicAccess": True, "endpointPrivateAccess": False},
			"tags": {"Name": name}})
		for g in ("general", "spot"):
			groups.add({"nodegroupName": g, "clusterName": name, "version": "1.28", "createdAt": LAUNCH,
				"nodegroupArn": "arn:aws:eks:%s:%s:nodegroup/%s/%s/%08x" % (rname, aid, name, g, i),
				"modifiedAt": LAUNCH, "status": "ACTIVE", "capacityType": "SPOT" if g == "spot" else "ON_DEMAND",
				"scalingConfig": {"minSize": 0, "maxSize": 4, "desiredSize": 2}, "instanceTypes": [TYPES[i % 4]],
				"subnets": subnets[:2], "amiType": "AL2_x86_64", "nodeRole": "arn:aws:iam::%s:role/bench" % aid,
				"diskSize": 20, "tags": {"pool": g}})


class SplitCollection:
	"""Generated collections one after the other (attached, then free volumes)."""

	def __init__(self, idkey, parts, owner):
		self.idkey = idkey
		self.owner = owner
		self.parts = [p for p in parts if p.n]

	def _part(self, pos):
		for p in self.parts:
			if pos < p.n:
				return p, pos
			pos -= p.n
		raise IndexError(pos)

	def end(self):
		return sum(p.n for p in self.parts)

	def __len__(self):
		return sum(len(p) for p in self.parts)

	def at(self, pos):
		p, i = self._part(pos)
		return p.at(i)

	def fast_xml(self, pos):
		p, i = self._part(pos)
		return p.fast_xml(i)

	def present(self, pos):
		p, i = self._part(pos)
		return p.present(i)

	def _owner(self, rid):
		for p in self.parts:
			if p.index(rid) is not None:
				return p
		return None

	def get(self, rid):
		p = self._owner(rid)
		return p.get(rid) if p else None

	def put(self, item):
		self._owner(item[self.idkey]).put(item)

	def delete(self, rid):
		p = self._owner(rid)
		return p.delete(rid) if p else False

	def __iter__(self):
		for p in self.parts:
			yield from p

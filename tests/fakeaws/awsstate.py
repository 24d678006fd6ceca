"""The fake AWS's world: accounts, credentials, the organisation, regions and
the EC2 resources of every (account, region), loaded from a JSON fixture.

Owns: the fixture format (README.md), key lookup for SigV4 (long-term keys and
the temporary credentials AssumeRole hands out), resource collections with
stable positions for pagination, and opaque page tokens tied to the query.
"""
import base64
import hashlib
import hmac
import json
import os
import secrets
import time

# EC2 collections: fixture key (= the Describe call's result member) -> id member
COLLECTIONS = {
	"Instances": "InstanceId",
	"Volumes": "VolumeId",
	"Snapshots": "SnapshotId",
	"Vpcs": "VpcId",
	"Subnets": "SubnetId",
	"SecurityGroups": "GroupId",
	"InternetGateways": "InternetGatewayId",
	"NatGateways": "NatGatewayId",
	"RouteTables": "RouteTableId",
	"NetworkInterfaces": "NetworkInterfaceId",
	"Addresses": "AllocationId",
	"KeyPairs": "KeyPairId",
}


class Collection:
	"""Items of one kind in one (account, region), in insertion order.  A
	position is an index into that order; deleted items leave a hole so the
	positions of the others (and the page tokens that hold them) stay valid."""

	def __init__(self, idkey, items=()):
		self.idkey = idkey
		self._items = []
		self._pos = {}
		for it in items:
			self.add(it)

	def add(self, item):
		self._pos[item[self.idkey]] = len(self._items)
		self._items.append(item)

	def __len__(self):
		return len(self._pos)

	def end(self):
		return len(self._items)

	def at(self, pos):
		"""The item at a position, or None for a hole."""
		return self._items[pos]

	def present(self, pos):
		return self._items[pos] is not None

	def get(self, rid):
		p = self._pos.get(rid)
		return None if p is None else self._items[p]

	def put(self, item):
		"""Replace the item with the same id (a changed copy)."""
		self._items[self._pos[item[self.idkey]]] = item

	def delete(self, rid):
		p = self._pos.pop(rid, None)
		if p is not None:
			self._items[p] = None
		return p is not None

	def __iter__(self):
		return (x for x in self._items if x is not None)

	def fast_xml(self, pos):
		"""Prebuilt XML of the item at pos, or None (generated estates only)."""
		return None


import autoscaling  # noqa: E402
import cloudwatch  # noqa: E402
import rds  # noqa: E402
import kms  # noqa: E402
import elb  # noqa: E402
import lambdas  # noqa: E402
import eks  # noqa: E402

# region sections of other services: name -> module (COLLECTIONS, validate, coll_name)
SECTIONS = {"elb": elb, "elbv2": elb, "autoscaling": autoscaling, "cloudwatch": cloudwatch, "rds": rds, "kms": kms,
	"lambda": lambdas, "eks": eks}

# the Describe call whose result member holds each collection (fixture validation)
_DESCRIBE_OF = {"Instances": "DescribeInstances", "Volumes": "DescribeVolumes", "Snapshots": "DescribeSnapshots",
	"Vpcs": "DescribeVpcs", "Subnets": "DescribeSubnets", "SecurityGroups": "DescribeSecurityGroups",
	"InternetGateways": "DescribeInternetGateways", "NatGateways": "DescribeNatGateways",
	"RouteTables": "DescribeRouteTables", "NetworkInterfaces": "DescribeNetworkInterfaces",
	"Addresses": "DescribeAddresses", "KeyPairs": "DescribeKeyPairs"}
# the member holding an item's tags (EC2 calls it TagSet on network interfaces)
TAGS = {"NetworkInterfaces": "TagSet"}


def validate(data, where):
	"""Refuse a fixture region whose items do not fit the API's shapes."""
	from awsproto import check, model
	m = model("ec2")
	unknown = set(data) - set(_DESCRIBE_OF) - {"Reservations"} - {"Instances"} - set(SECTIONS)
	if unknown:
		raise ValueError("%s: unknown collections %s" % (where, sorted(unknown)))
	for key, op in _DESCRIBE_OF.items():
		if key == "Instances":
			shape = m.operation_model(op).output_shape.members["Reservations"]
			probs = check(shape, data.get("Reservations", []), where + ".Reservations")
		else:
			shape = m.operation_model(op).output_shape.members[key]
			probs = check(shape, data.get(key, []), where + "." + key)
			probs += ["%s.%s[%d]: no %s" % (where, key, i, COLLECTIONS[key]) for i, x in enumerate(data.get(key, []))
				if COLLECTIONS[key] not in x]
		if probs:
			raise ValueError("fixture does not fit the API: " + "; ".join(probs[:5]))


class Region:
	def __init__(self, name, data, account_id):
		self.name = name
		self.c = {}
		validate(data, "accounts.%s.regions.%s" % (account_id, name))
		for key, idkey in COLLECTIONS.items():
			items = []
			if key == "Instances":
				for r in data.get("Reservations", []):
					res = {k: v for k, v in r.items() if k != "Instances"}
					res.setdefault("OwnerId", account_id)
					for inst in r.get("Instances", []):
						items.append(dict(inst, _reservation=res))
			else:
				items = [dict(x) for x in data.get(key, [])]
			self.c[key] = Collection(idkey, items)
		for sect, mod in SECTIONS.items():	# other services' sections
			d = data.get(sect, {})
			mod.validate(sect, d, "accounts.%s.regions.%s" % (account_id, name))
			for key, idkey in mod.COLLECTIONS[sect].items():
				self.c[mod.coll_name(sect, key)] = Collection(idkey, [dict(x) for x in d.get(key, [])])


class Account:
	def __init__(self, aid, d, regions):
		self.id = aid
		self.name = d.get("name", aid)
		self.email = d.get("email", "%s@example.com" % aid)
		self.aliases = list(d.get("aliases", []))
		self.keys = {k["id"]: k for k in d.get("keys", [])}
		self.roles = d.get("roles", {})
		self.summary = d.get("summary", {})
		self.password_policy = d.get("password_policy")
		self.status = d.get("status", "ACTIVE")
		self.joined = d.get("joined", "2020-01-01T00:00:00Z")
		# S3: buckets by name; the owner's canonical id
		self.canonical_id = hashlib.sha256(("canonical-" + aid).encode()).hexdigest()
		sd = d.get("s3", {})
		unknown = set(sd) - {"Buckets"}
		if unknown:
			raise ValueError("accounts.%s.s3: unknown members %s" % (aid, sorted(unknown)))
		for i, b in enumerate(sd.get("Buckets", [])):
			if "Name" not in b or "CreationDate" not in b:
				raise ValueError("accounts.%s.s3.Buckets[%d]: Name and CreationDate are required" % (aid, i))
			if b.get("_Region", "us-east-1") not in regions:
				raise ValueError("accounts.%s.s3.Buckets[%d]: _Region %s is not a fixture region" % (aid, i,
					b.get("_Region")))
		self.s3 = Collection("Name", [dict(b) for b in sd.get("Buckets", [])])
		import iam      # IAM's collections (iam.py), which builds on Collection
		self.iam = iam.load(aid, d.get("iam", {}))
		import iamcred  # its credential report and virtual MFA devices
		iamcred.load(self, d)
		rd = d.get("regions", {})
		unknown = set(rd) - set(regions)
		if unknown:
			raise ValueError("account %s: regions %s are not in the fixture's regions" % (aid, sorted(unknown)))
		self.regions = {r: Region(r, rd.get(r, {}), aid) for r in regions}


class State:
	"""Everything the fake serves.  Mutable: deletes, tags, credentials."""

	def __init__(self, fixture):
		self.fixture = fixture
		self.partition = fixture.get("partition", "aws")
		self.global_region = fixture.get("global_region", "us-east-1")
		self.page_size = int(fixture.get("page_size", 5))
		self.regions = [r if isinstance(r, str) else r["RegionName"] for r in fixture.get("regions", ["us-east-1"])]
		self.region_info = {}
		for r in fixture.get("regions", ["us-east-1"]):
			info = {"RegionName": r} if isinstance(r, str) else dict(r)
			info.setdefault("Endpoint", "ec2.%s.amazonaws.com" % info["RegionName"])
			info.setdefault("OptInStatus", "opt-in-not-required")
			self.region_info[info["RegionName"]] = info
		self.instance_types = {t["InstanceType"]: t for t in fixture.get("instance_types", [])}
		self.accounts = {aid: Account(aid, d, self.regions) for aid, d in fixture.get("accounts", {}).items()}
		org = fixture.get("organization")
		self.org = None
		if org:
			self.org = {"id": org.get("id", "o-fake000001"), "management": org["management_account"],
				"members": list(org.get("accounts", list(self.accounts))), "page_size": org.get("page_size")}
			for a in [self.org["management"]] + self.org["members"]:
				if a not in self.accounts:
					raise ValueError("organization: account %s is not in accounts" % a)
		self.assume_lifetime = fixture.get("assume_role_lifetime")    # seconds, overrides DurationSeconds
		self.terminate_ms = fixture.get("terminate_ms", 0)      # how long an instance shuts down
		self.imds = fixture.get("imds")     # {"account", "role", "region", "tokens_required", "lifetime"}
		if self.imds is not None:
			a = self.accounts.get(self.imds.get("account"))
			if a is None or self.imds.get("role") not in a.roles:
				raise ValueError("imds: account and role must name a role of the fixture")
		self.temp = {}          # access key id -> temporary credentials
		self.token_secret = secrets.token_bytes(16)
		self.generated = []
		for g in fixture.get("generate", []):
			import gen
			gen.populate(self, g)
			self.generated.append(g)

	# -- credentials
	def lookup_key(self, key):
		"""SigV4 lookup: dict(secret, token, expires, account, arn, user_id, ...) or None."""
		t = self.temp.get(key)
		if t is not None:
			return t
		for a in self.accounts.values():
			k = a.keys.get(key)
			if k is not None:
				user = k.get("user", "resoto")
				if user == "root":
					arn, uid = "arn:%s:iam::%s:root" % (self.partition, a.id), a.id
				else:
					arn = "arn:%s:iam::%s:user/%s" % (self.partition, a.id, user)
					uid = "AIDA" + hashlib.sha1(arn.encode()).hexdigest()[:17].upper()
				return {"secret": k["secret"], "token": k.get("token"), "expires": None, "account": a.id,
					"arn": arn, "user_id": uid, "key": key}
		return None

	def issue_temp(self, account, role, session, lifetime):
		key = "ASIA" + secrets.token_hex(8).upper()
		now = time.time()
		cred = {"secret": secrets.token_urlsafe(30), "token": "FQoGZXIvYXdzE" + secrets.token_urlsafe(120),
			"expires": now + lifetime, "account": account, "key": key,
			"arn": "arn:%s:sts::%s:assumed-role/%s/%s" % (self.partition, account, role, session),
			"user_id": "AROA%s:%s" % (hashlib.sha1(("%s/%s" % (account, role)).encode()).hexdigest()[:17].upper(),
				session)}
		self.temp[key] = cred
		return cred

	def expire_all(self):
		for t in self.temp.values():
			t["expires"] = time.time() - 1

	# -- page tokens: opaque, bound to the caller's account, region, operation and parameters
	def _mac(self, scope, pos):
		return hmac.new(self.token_secret, ("%s|%d" % (scope, pos)).encode(), hashlib.sha256).digest()[:12]

	def make_token(self, scope, pos):
		return base64.urlsafe_b64encode(self._mac(scope, pos) + pos.to_bytes(6, "big")).decode()

	def read_token(self, scope, token):
		"""The position a token stands for, or None when it is not one of ours for this query."""
		try:
			raw = base64.urlsafe_b64decode(token.encode())
		except (ValueError, TypeError):
			return None
		if len(raw) != 18:
			return None
		pos = int.from_bytes(raw[12:], "big")
		return pos if hmac.compare_digest(raw[:12], self._mac(scope, pos)) else None


def load(path):
	with open(path) as f:
		fixture = json.load(f)
	fixture.setdefault("_dir", os.path.dirname(os.path.abspath(path)))
	return State(fixture)

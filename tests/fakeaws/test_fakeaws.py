#!/usr/bin/env python3
"""Self-test of the fake AWS (run by make check).

Starts fakeaws.py on basic.json and talks to it with botocore clients (and
curl's own SigV4, which the C collector uses): signatures accepted and
refused, temporary credentials and their expiry, credential scopes, the
answers round-tripping to the fixture, pagination and its tokens, EC2's
errors and delete rules, tags, faults, the request log, fixture checks.
"""
import datetime
import json
import os
import subprocess
import sys
import threading
import time
import traceback
import urllib.error
import urllib.request

sys.dont_write_bytecode = True    # the source tree may be read-only

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import awsctl  # noqa: E402

awsctl.reexec_with_aiohttp()
try:
	import botocore.session  # noqa: E402
	from botocore.auth import SigV4Auth  # noqa: E402
	from botocore.awsrequest import AWSRequest  # noqa: E402
	from botocore.config import Config  # noqa: E402
	from botocore.credentials import Credentials  # noqa: E402
	from botocore.exceptions import ClientError, PaginationError  # noqa: E402
except ImportError:
	print("SKIP: botocore is not installed (python3-botocore)")
	sys.exit(77)

from awsctl import FakeAws, load_fixture  # noqa: E402

MGMT, WORK, SANDBOX = "111111111111", "222222222222", "333333333333"
FIX = load_fixture("basic.json")
SESSION = botocore.session.get_session()
NO_RETRY = Config(retries={"total_max_attempts": 1, "mode": "standard"}, connect_timeout=5, read_timeout=10)


def key(account):
	k = FIX["accounts"][account]["keys"][0]
	return k["id"], k["secret"]


class T:
	def __init__(self, aws):
		self.aws = aws

	def client(self, service, region="us-east-1", account=MGMT, creds=None, config=NO_RETRY):
		if creds is None:
			creds = key(account)
		return SESSION.create_client(service, region_name=region, endpoint_url=self.aws.url,
			aws_access_key_id=creds[0], aws_secret_access_key=creds[1],
			aws_session_token=creds[2] if len(creds) > 2 else None, config=config)

	def assume(self, account=WORK, frm=MGMT, **kw):
		c = self.client("sts", account=frm).assume_role(RoleArn="arn:aws:iam::%s:role/resoto" % account,
			RoleSessionName="selftest", **kw)["Credentials"]
		return (c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"]), c["Expiration"]

	def refused(self, fn, code, status=None):
		try:
			fn()
		except ClientError as e:
			got = e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]
			assert got[0] == code, "expected %s, got %s: %s" % (code, got, e)
			assert status is None or got[1] == status, "expected HTTP %s for %s, got %s" % (status, code, got[1])
			return e
		raise AssertionError("expected %s, the call succeeded" % code)

	def raw(self, service, region, body, creds, when=None, host=None, headers=None, target=None):
		"""A request signed by botocore's SigV4Auth with a chosen scope, time and Host."""
		h = {"Content-Type": "application/x-amz-json-1.1" if target else
			"application/x-www-form-urlencoded; charset=utf-8"}
		if target:
			h["X-Amz-Target"] = target
		h.update(headers or {})
		url = self.aws.url + "/"
		req = AWSRequest(method="POST", url=url, data=body.encode(), headers=h)
		if host:
			req.headers["Host"] = host
		auth = SigV4Auth(Credentials(*creds), service, region)
		when = when or datetime.datetime.now(datetime.timezone.utc)
		req.context["timestamp"] = when.strftime("%Y%m%dT%H%M%SZ")
		auth._modify_request_before_signing(req)
		cr = auth.canonical_request(req)
		auth._inject_signature_to_request(req, auth.signature(auth.string_to_sign(req, cr), req))
		r = urllib.request.Request(url, data=body.encode(), method="POST", headers=dict(req.headers.items()))
		try:
			with urllib.request.urlopen(r, timeout=10) as resp:
				return resp.status, resp.read().decode()
		except urllib.error.HTTPError as e:
			return e.code, e.read().decode()

	# -- signatures
	def t_signatures(self):
		me = self.client("sts").get_caller_identity()
		assert me["Account"] == MGMT and me["Arn"] == "arn:aws:iam::%s:user/collector" % MGMT, me
		ak, _ = key(MGMT)
		self.refused(lambda: self.client("sts", creds=(ak, "wrong")).get_caller_identity(), "SignatureDoesNotMatch", 403)
		self.refused(lambda: self.client("iam", creds=(ak, "wrong")).list_account_aliases(), "SignatureDoesNotMatch", 403)
		self.refused(lambda: self.client("ec2", creds=(ak, "wrong")).describe_vpcs(), "AuthFailure", 401)
		self.refused(lambda: self.client("organizations", creds=(ak, "wrong")).list_accounts(),
			"InvalidSignatureException", 400)
		self.refused(lambda: self.client("sts", creds=("AKIANOSUCHKEY0000000", "x")).get_caller_identity(),
			"InvalidClientTokenId", 403)
		self.refused(lambda: self.client("ec2", creds=("AKIANOSUCHKEY0000000", "x")).describe_vpcs(), "AuthFailure", 401)
		self.refused(lambda: self.client("organizations", creds=("AKIANOSUCHKEY0000000", "x")).list_accounts(),
			"UnrecognizedClientException", 400)
		# a session token sent with a long-term key is not one of its tokens
		self.refused(lambda: self.client("sts", creds=key(MGMT) + ("bogus",)).get_caller_identity(),
			"InvalidClientTokenId", 403)
		# unsigned
		r = urllib.request.Request(self.aws.url + "/", data=b"Action=GetCallerIdentity&Version=2011-06-15",
			headers={"Content-Type": "application/x-www-form-urlencoded"})
		try:
			urllib.request.urlopen(r, timeout=10)
			raise AssertionError("an unsigned request was answered")
		except urllib.error.HTTPError as e:
			assert e.code == 403 and b"MissingAuthenticationToken" in e.read()

	def t_scope(self):
		ec2 = "Action=DescribeVpcs&Version=2016-11-15"
		creds = key(MGMT)
		st, body = self.raw("ec2", "us-east-1", ec2, creds)
		assert st == 200 and "<vpcSet>" in body, (st, body)
		st, body = self.raw("iam", "us-east-1", ec2, creds)          # signed for IAM, sent to EC2
		assert st == 401 and "AuthFailure" in body and "scoped to correct service" in body, (st, body)
		st, body = self.raw("ec2", "ap-south-1", ec2, creds)         # a region the fake does not have
		assert st == 401 and "AuthFailure" in body, (st, body)
		# the Host names eu-central-1: a us-east-1 scope is refused, an eu-central-1 one served from that region
		host = "ec2.eu-central-1.amazonaws.com:%d" % self.aws.port
		st, body = self.raw("ec2", "us-east-1", ec2, creds, host=host)
		assert st == 401, (st, body)
		st, body = self.raw("ec2", "eu-central-1", ec2, creds, host=host)
		eu = [v["VpcId"] for v in FIX["accounts"][MGMT]["regions"]["eu-central-1"]["Vpcs"]]
		assert st == 200 and all(v in body for v in eu), (st, body)
		# IAM and Organizations are global: us-east-1 only
		self.refused(lambda: self.client("iam", region="eu-central-1").list_account_aliases(),
			"SignatureDoesNotMatch", 403)
		self.refused(lambda: self.client("organizations", region="eu-central-1").list_accounts(),
			"InvalidSignatureException", 400)
		# clock skew beyond 15 minutes
		old = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=20)
		st, body = self.raw("sts", "us-east-1", "Action=GetCallerIdentity&Version=2011-06-15", creds, when=old)
		assert st == 403 and "Signature expired" in body, (st, body)
		st, body = self.raw("ec2", "us-east-1", ec2, creds, when=old)
		assert st == 400 and "RequestExpired" in body, (st, body)
		st, body = self.raw("sts", "us-east-1", "Action=GetCallerIdentity&Version=2011-06-15", creds,
			when=datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=10))
		assert st == 200, (st, body)
		# a body altered after signing
		st, body = self.raw("ec2", "us-east-1", ec2, creds, headers={"X-Amz-Content-SHA256": "0" * 64})
		assert st == 400 and "XAmzContentSHA256Mismatch" in body, (st, body)

	def t_curl(self):
		"""libcurl's CURLOPT_AWS_SIGV4 (what the C collector signs with) is accepted, a wrong secret refused."""
		ak, sk = key(MGMT)

		def curl(user, service="ec2", data="Action=DescribeRegions&Version=2016-11-15", headers=()):
			cmd = ["curl", "-s", "-w", "\n%{http_code}", "--aws-sigv4", "aws:amz:us-east-1:%s" % service,
				"--user", user, "-d", data, self.aws.url + "/"]
			for h in headers:
				cmd[1:1] = ["-H", h]
			out = subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout
			body, _, code = out.rpartition("\n")
			return int(code), body
		code, body = curl("%s:%s" % (ak, sk))
		assert code == 200 and "<regionName>us-east-1</regionName>" in body, (code, body)
		code, body = curl("%s:%s" % (ak, "wrong"))
		assert code == 401 and "AuthFailure" in body, (code, body)
		creds, _ = self.assume()
		code, body = curl("%s:%s" % creds[:2], service="sts", data="Action=GetCallerIdentity&Version=2011-06-15",
			headers=("X-Amz-Security-Token: " + creds[2],))
		assert code == 200 and "<Account>%s</Account>" % WORK in body, (code, body)
		code, body = curl("%s:%s" % creds[:2], service="sts", data="Action=GetCallerIdentity&Version=2011-06-15")
		assert code == 403 and "InvalidClientTokenId" in body, (code, body)

	def t_assume_role(self):
		creds, exp = self.assume()
		assert creds[0].startswith("ASIA") and exp > datetime.datetime.now(datetime.timezone.utc)
		me = self.client("sts", creds=creds).get_caller_identity()
		assert me["Account"] == WORK and me["Arn"] == "arn:aws:sts::%s:assumed-role/resoto/selftest" % WORK, me
		vpcs = self.client("ec2", creds=creds).describe_vpcs()["Vpcs"]
		assert {v["VpcId"] for v in vpcs} == {v["VpcId"] for v in FIX["accounts"][WORK]["regions"]["us-east-1"]["Vpcs"]}
		self.refused(lambda: self.client("sts", creds=creds[:2]).get_caller_identity(), "InvalidClientTokenId", 403)
		self.refused(lambda: self.client("ec2", creds=creds[:2] + ("x" + creds[2],)).describe_vpcs(), "AuthFailure")
		self.refused(lambda: self.assume(frm=SANDBOX), "AccessDenied", 403)
		self.refused(lambda: self.assume(account="444444444444"), "AccessDenied", 403)
		self.refused(lambda: self.assume(DurationSeconds=7200 + 1), "ValidationError", 400)
		self.assume(DurationSeconds=7200)     # the role's maximum
		chained = self.client("sts", creds=self.assume(account=MGMT)[0])
		self.refused(lambda: chained.assume_role(RoleArn="arn:aws:iam::%s:role/resoto" % WORK, RoleSessionName="xx",
			DurationSeconds=7200), "ValidationError")                  # role chaining: one hour at most
		chained.assume_role(RoleArn="arn:aws:iam::%s:role/resoto" % WORK, RoleSessionName="xx")
		# the sandbox role trusts only the sandbox's own user
		self.assume(account=SANDBOX, frm=SANDBOX)
		# credentials expire: expired by the control API, then by their (shortened) lifetime
		self.aws.expire_credentials()
		self.refused(lambda: self.client("sts", creds=creds).get_caller_identity(), "ExpiredToken", 403)
		self.refused(lambda: self.client("ec2", creds=creds).describe_vpcs(), "RequestExpired", 400)
		self.aws.config(assume_role_lifetime=1)
		try:
			creds, exp = self.assume(account=MGMT)
			assert exp - datetime.datetime.now(datetime.timezone.utc) < datetime.timedelta(seconds=2), exp
			assert self.client("iam", creds=creds).list_account_aliases()["AccountAliases"] == ["fake-mgmt"]
			time.sleep(1.2)
			self.refused(lambda: self.client("organizations", creds=creds).list_accounts(), "ExpiredTokenException")
		finally:
			self.aws.config(assume_role_lifetime=None)

	# -- answers
	def t_roundtrip(self):
		"""Every collection comes back, through XML and botocore's parser, as the fixture has it."""
		from awsproto import iso_time
		ec2 = self.client("ec2")
		want = FIX["accounts"][MGMT]["regions"]["us-east-1"]

		def norm(v):
			if isinstance(v, dict):
				return {k: norm(x) for k, x in v.items()}
			if isinstance(v, list):
				return [norm(x) for x in v]
			if isinstance(v, datetime.datetime):
				return v.astimezone(datetime.timezone.utc).isoformat()
			if isinstance(v, str) and len(v) == 20 and v[4] == "-" and v[10] == "T" and v.endswith("Z"):
				return iso_time(v).isoformat()
			return v
		for op, member, kw in (("describe_volumes", "Volumes", {}), ("describe_vpcs", "Vpcs", {}),
				("describe_subnets", "Subnets", {}), ("describe_security_groups", "SecurityGroups", {}),
				("describe_internet_gateways", "InternetGateways", {}), ("describe_nat_gateways", "NatGateways", {}),
				("describe_route_tables", "RouteTables", {}), ("describe_network_interfaces", "NetworkInterfaces", {}),
				("describe_addresses", "Addresses", {}), ("describe_key_pairs", "KeyPairs", {"IncludePublicKey": True}),
				("describe_snapshots", "Snapshots", {})):
			got = []
			if ec2.can_paginate(op):
				for page in ec2.get_paginator(op).paginate(**kw):
					got += page[member]
			else:
				got = getattr(ec2, op)(**kw)[member]
			assert norm(got) == norm(want[member]), "%s differs:\n%s\n%s" % (op, norm(got)[:1], norm(want[member])[:1])
		got = [r for page in ec2.get_paginator("describe_instances").paginate() for r in page["Reservations"]]
		insts = [i for r in got for i in r["Instances"]]
		assert norm(insts) == norm([i for r in want["Reservations"] for i in r["Instances"]])
		assert {r["ReservationId"] for r in got} == {r["ReservationId"] for r in want["Reservations"]}
		types = [t for p in ec2.get_paginator("describe_instance_types").paginate() for t in p["InstanceTypes"]]
		assert norm(types) == norm(FIX["instance_types"])
		regions = ec2.describe_regions()["Regions"]
		assert [r["RegionName"] for r in regions] == ["us-east-1", "eu-central-1"], regions
		assert len(ec2.describe_regions(AllRegions=True)["Regions"]) == 3
		iam = self.client("iam")
		summary = iam.get_account_summary()["SummaryMap"]
		assert summary["Users"] == 3 and summary["UsersQuota"] == 5000, summary
		pp = iam.get_account_password_policy()["PasswordPolicy"]
		assert pp == FIX["accounts"][MGMT]["password_policy"], pp
		wk, _ = self.assume()
		self.refused(lambda: self.client("iam", creds=wk).get_account_password_policy(), "NoSuchEntity", 404)
		assert self.client("iam", creds=wk).list_account_aliases()["AccountAliases"] == []
		org = self.client("organizations")
		accts = [a for p in org.get_paginator("list_accounts").paginate(PaginationConfig={"PageSize": 1})
			for a in p["Accounts"]]
		assert [a["Id"] for a in accts] == [MGMT, WORK, SANDBOX] and accts[1]["Name"] == "Workload", accts
		assert org.describe_account(AccountId=WORK)["Account"]["Email"] == "workload@example.com"
		first = org.list_accounts()          # the organisation's own page size (2)
		assert len(first["Accounts"]) == 2 and first["NextToken"], first
		self.refused(lambda: self.client("organizations", account=SANDBOX).list_accounts(), "AccessDeniedException")

	def t_describe_params(self):
		ec2 = self.client("ec2")
		reg = FIX["accounts"][MGMT]["regions"]["us-east-1"]
		snaps = ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"]
		assert {s["OwnerId"] for s in snaps} == {MGMT} and len(snaps) == len(reg["Snapshots"]) - 1, snaps
		running = [i for r in reg["Reservations"] for i in r["Instances"] if i["State"]["Name"] == "running"]
		got = [i["InstanceId"] for p in ec2.get_paginator("describe_instances").paginate(
			Filters=[{"Name": "instance-state-name", "Values": ["running"]}]) for r in p["Reservations"]
			for i in r["Instances"]]
		assert got == [i["InstanceId"] for i in running], got
		got = ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["main-*"]}])["Vpcs"]
		assert [v["VpcId"] for v in got] == [reg["Vpcs"][0]["VpcId"]]
		vid = reg["Volumes"][0]["VolumeId"]
		assert [v["VolumeId"] for v in ec2.describe_volumes(VolumeIds=[vid])["Volumes"]] == [vid]
		self.refused(lambda: ec2.describe_volumes(VolumeIds=["vol-00000000000000000"]), "InvalidVolume.NotFound")
		self.refused(lambda: ec2.describe_instances(InstanceIds=["i-00000000000000000"]), "InvalidInstanceID.NotFound")
		self.refused(lambda: ec2.describe_vpcs(Filters=[{"Name": "no-such-filter", "Values": ["x"]}]),
			"InvalidParameterValue")
		self.refused(lambda: ec2.describe_instances(MaxResults=3), "InvalidParameterValue")
		self.refused(lambda: ec2.describe_instances(MaxResults=5, InstanceIds=[running[0]["InstanceId"]]),
			"InvalidParameterCombination")
		self.refused(lambda: ec2.describe_vpcs(DryRun=True), "DryRunOperation", 412)
		self.refused(lambda: ec2.describe_images(), "NotImplemented", 501)
		self.refused(lambda: self.client("ec2", region="eu-central-1").describe_instance_types(
			InstanceTypes=["x9.huge"]), "InvalidInstanceType")
		st, body = self.raw("ec2", "us-east-1", "Action=DescribeVpcs&Version=2016-11-15&Bogus=1", key(MGMT))
		assert st == 400 and "UnknownParameter" in body, body
		st, body = self.raw("ec2", "us-east-1", "Action=NoSuchCall&Version=2016-11-15", key(MGMT))
		assert st == 400 and "InvalidAction" in body, body

	def t_pagination(self):
		ec2 = self.client("ec2")
		reg = FIX["accounts"][MGMT]["regions"]["us-east-1"]
		n = sum(len(r["Instances"]) for r in reg["Reservations"])
		p1 = ec2.describe_instances()
		assert sum(len(r["Instances"]) for r in p1["Reservations"]) == 5 and p1["NextToken"], p1
		p2 = ec2.describe_instances(NextToken=p1["NextToken"])
		assert sum(len(r["Instances"]) for r in p2["Reservations"]) == n - 5 and "NextToken" not in p2
		big = ec2.describe_instances(MaxResults=1000)
		assert sum(len(r["Instances"]) for r in big["Reservations"]) == n and "NextToken" not in big
		# the token is tied to the query
		self.refused(lambda: ec2.describe_instances(NextToken=p1["NextToken"], Filters=[{"Name": "instance-type",
			"Values": ["t3.micro"]}]), "InvalidPaginationToken")
		self.refused(lambda: ec2.describe_volumes(NextToken=p1["NextToken"]), "InvalidPaginationToken")
		self.refused(lambda: self.client("ec2", region="eu-central-1").describe_instances(
			NextToken=p1["NextToken"]), "InvalidPaginationToken")
		self.refused(lambda: ec2.describe_instances(NextToken="garbage"), "InvalidPaginationToken")
		self.refused(lambda: self.client("organizations").list_accounts(NextToken="garbage"), "InvalidInputException")
		self.refused(lambda: self.client("organizations").list_accounts(MaxResults=21), "InvalidInputException")
		# pages of 5 per call: every collection of more than 5 took more than one request
		self.aws.clear_log()
		list(ec2.get_paginator("describe_network_interfaces").paginate())
		calls = self.aws.calls(action="DescribeNetworkInterfaces")
		assert len(calls) == 2 and calls[1]["params"]["NextToken"], calls

	# -- mutations
	def t_deletes(self):
		self.aws.clear_log()
		creds, _ = self.assume(account=WORK)
		ec2 = self.client("ec2", region="eu-central-1", creds=creds)
		reg = FIX["accounts"][WORK]["regions"]["eu-central-1"]
		insts = [i for r in reg["Reservations"] for i in r["Instances"]]
		live = [i for i in insts if i["State"]["Name"] == "running" and i["VpcId"] == reg["Vpcs"][0]["VpcId"]][0]
		root = live["BlockDeviceMappings"][0]["Ebs"]["VolumeId"]
		self.refused(lambda: ec2.delete_volume(VolumeId=root), "VolumeInUse")
		vpc = live["VpcId"]
		self.refused(lambda: ec2.delete_vpc(VpcId=vpc), "DependencyViolation")
		eip = [a for a in reg["Addresses"] if a.get("AssociationId")][0]
		self.refused(lambda: ec2.release_address(AllocationId=eip["AllocationId"]), "InvalidIPAddress.InUse")
		ec2.disassociate_address(AssociationId=eip["AssociationId"])
		ec2.release_address(AllocationId=eip["AllocationId"])
		self.refused(lambda: ec2.release_address(AllocationId=eip["AllocationId"]), "InvalidAllocationID.NotFound")
		out = ec2.terminate_instances(InstanceIds=[live["InstanceId"]])["TerminatingInstances"][0]
		assert out["CurrentState"]["Name"] == "terminated" and out["PreviousState"]["Name"] == "running", out
		st = ec2.describe_instances(InstanceIds=[live["InstanceId"]])["Reservations"][0]["Instances"][0]["State"]
		assert st["Code"] == 48, st
		self.refused(lambda: ec2.describe_volumes(VolumeIds=[root]), "InvalidVolume.NotFound")
		self.refused(lambda: ec2.delete_volume(VolumeId=root), "InvalidVolume.NotFound")
		free = [v for v in reg["Volumes"] if not v["Attachments"]][0]["VolumeId"]
		ec2.delete_volume(VolumeId=free)
		snap = reg["Snapshots"][0]["SnapshotId"]
		ec2.delete_snapshot(SnapshotId=snap)
		self.refused(lambda: ec2.delete_snapshot(SnapshotId=snap), "InvalidSnapshot.NotFound")
		sgs = {g["GroupName"]: g for g in reg["SecurityGroups"] if g["VpcId"] == vpc}
		self.refused(lambda: ec2.delete_security_group(GroupId=sgs["default"]["GroupId"]), "CannotDelete")
		self.refused(lambda: ec2.delete_security_group(GroupId=sgs["web"]["GroupId"]), "DependencyViolation")
		igw = [g for g in reg["InternetGateways"] if g["Attachments"]][0]["InternetGatewayId"]
		self.refused(lambda: ec2.delete_internet_gateway(InternetGatewayId=igw), "DependencyViolation")
		self.refused(lambda: ec2.detach_internet_gateway(InternetGatewayId=igw, VpcId="vpc-0"), "Gateway.NotAttached")
		# the NAT gateway's address is a mapped public address of the VPC
		self.refused(lambda: ec2.detach_internet_gateway(InternetGatewayId=igw, VpcId=vpc), "DependencyViolation")
		nat = reg["NatGateways"][0]["NatGatewayId"]
		assert ec2.delete_nat_gateway(NatGatewayId=nat)["NatGatewayId"] == nat
		assert ec2.describe_nat_gateways(NatGatewayIds=[nat])["NatGateways"][0]["State"] == "deleted"
		ec2.detach_internet_gateway(InternetGatewayId=igw, VpcId=vpc)
		ec2.delete_internet_gateway(InternetGatewayId=igw)
		# load balancers' interfaces keep their subnets and groups
		lb = [x for x in reg["elbv2"]["LoadBalancers"] if x.get("VpcId") == vpc and x.get("SecurityGroups")][0]
		self.refused(lambda: ec2.delete_subnet(SubnetId=lb["AvailabilityZones"][0]["SubnetId"]), "DependencyViolation")
		self.refused(lambda: ec2.delete_security_group(GroupId=lb["SecurityGroups"][-1]), "DependencyViolation")
		spare = [e for e in reg["NetworkInterfaces"] if e["Status"] == "available"][0]["NetworkInterfaceId"]
		inuse = [e for e in reg["NetworkInterfaces"] if e["Status"] == "in-use" and
			e["Attachment"].get("InstanceId") != live["InstanceId"]][0]["NetworkInterfaceId"]
		self.refused(lambda: ec2.delete_network_interface(NetworkInterfaceId=inuse), "InvalidNetworkInterface.InUse")
		ec2.delete_network_interface(NetworkInterfaceId=spare)
		kp = reg["KeyPairs"][1]
		ec2.delete_key_pair(KeyName=kp["KeyName"])
		ec2.delete_key_pair(KeyName=kp["KeyName"])          # idempotent by name
		self.refused(lambda: ec2.delete_key_pair(KeyPairId=kp["KeyPairId"]), "InvalidKeyPair.NotFound")
		rt = [r for r in reg["RouteTables"] if r["VpcId"] == vpc and not r["Associations"][0]["Main"]][0]
		self.refused(lambda: ec2.delete_route_table(RouteTableId=rt["RouteTableId"]), "DependencyViolation")
		ec2.disassociate_route_table(AssociationId=rt["Associations"][0]["RouteTableAssociationId"])
		ec2.delete_route_table(RouteTableId=rt["RouteTableId"])
		ip = sgs["web"]["IpPermissions"]
		assert ec2.revoke_security_group_ingress(GroupId=sgs["web"]["GroupId"], IpPermissions=ip)["Return"]
		left = ec2.describe_security_groups(GroupIds=[sgs["web"]["GroupId"]])["SecurityGroups"][0]["IpPermissions"]
		assert left == [], left
		self.refused(lambda: ec2.terminate_instances(InstanceIds=["i-00000000000000000"]),
			"InvalidInstanceID.NotFound")
		self.refused(lambda: ec2.delete_vpc(VpcId=vpc, DryRun=True), "DryRunOperation", 412)
		now = self.aws.resources(WORK, "eu-central-1")
		assert root not in {v["VolumeId"] for v in now["Volumes"]} and free not in {v["VolumeId"] for v in now["Volumes"]}
		# the fake's current state, as a fixture, gives the expected graph after the deletes
		import expect
		cur = self.aws.current_fixture()
		assert cur["accounts"][MGMT]["regions"] == FIX["accounts"][MGMT]["regions"]      # untouched: as loaded
		lines = expect.expected_graph(cur, {WORK: "resoto"}, regions=["eu-central-1"])
		rep = {x["reported"]["id"]: x["reported"] for x in lines if "reported" in x}
		assert root not in rep and free not in rep and kp["KeyPairId"] not in rep and spare not in rep
		assert rep[live["InstanceId"]]["instance_status"] == "terminated"
		nat_ip = reg["NatGateways"][0]["NatGatewayAddresses"][0]["PublicIp"]
		assert rep[nat]["nat_state"] == "deleted" and "ip_association_id" not in rep[nat_ip]
		assert eip["PublicIp"] not in rep
		deletes = [e for e in self.aws.log() if e["action"] and e["action"].startswith(("Delete", "Terminate",
			"Release")) and e["status"] == 200]
		assert {e["account"] for e in deletes} == {WORK} and {e["region"] for e in deletes} == {"eu-central-1"}

	def t_tags(self):
		ec2 = self.client("ec2", account=SANDBOX)
		reg = FIX["accounts"][SANDBOX]["regions"]["us-east-1"]
		vol = reg["Volumes"][0]["VolumeId"]
		eni = reg["NetworkInterfaces"][0]["NetworkInterfaceId"]
		ec2.create_tags(Resources=[vol, eni], Tags=[{"Key": "owner", "Value": "me"}, {"Key": "x", "Value": "1"}])
		tags = {t["Key"]: t["Value"] for t in ec2.describe_volumes(VolumeIds=[vol])["Volumes"][0]["Tags"]}
		assert tags["owner"] == "me" and tags["x"] == "1", tags
		ni = ec2.describe_network_interfaces(NetworkInterfaceIds=[eni])["NetworkInterfaces"][0]
		assert {"Key": "owner", "Value": "me"} in ni["TagSet"], ni
		ec2.delete_tags(Resources=[vol], Tags=[{"Key": "x", "Value": "2"}])       # value differs: kept
		ec2.delete_tags(Resources=[vol], Tags=[{"Key": "owner"}])
		tags = {t["Key"]: t["Value"] for t in ec2.describe_volumes(VolumeIds=[vol])["Volumes"][0]["Tags"]}
		assert "owner" not in tags and tags["x"] == "1", tags
		got = ec2.describe_volumes(Filters=[{"Name": "tag:x", "Values": ["1"]}])["Volumes"]
		assert [v["VolumeId"] for v in got] == [vol]
		self.refused(lambda: ec2.create_tags(Resources=["vol-00000000000000000"], Tags=[{"Key": "a", "Value": "b"}]),
			"InvalidVolume.NotFound")
		self.refused(lambda: ec2.create_tags(Resources=[vol], Tags=[{"Key": "aws:x", "Value": "b"}]),
			"InvalidParameterValue")
		calls = self.aws.calls(action="CreateTags", account=SANDBOX, status=200)
		assert calls[0]["params"] == {"Resources": [vol, eni], "Tags": [{"Key": "owner", "Value": "me"},
			{"Key": "x", "Value": "1"}]}, calls

	# -- faults
	def t_throttling(self):
		self.aws.fault("throttle", service="ec2", action="DescribeVpcs", count=2)
		ec2 = self.client("ec2")
		e = self.refused(lambda: ec2.describe_vpcs(), "RequestLimitExceeded", 503)
		assert e.response["Error"]["Message"] == "Request limit exceeded."
		self.aws.clear_log()
		retrying = self.client("ec2", config=Config(retries={"max_attempts": 4, "mode": "standard"}))
		retrying.describe_vpcs()
		got = [(e["status"], e.get("error")) for e in self.aws.log()]
		assert got == [(503, "RequestLimitExceeded"), (200, None)], got
		self.aws.fault("throttle", service="sts", count=1)
		self.refused(lambda: self.client("sts").get_caller_identity(), "Throttling", 400)
		self.aws.fault("throttle", service="organizations", count=1)
		self.refused(lambda: self.client("organizations").list_accounts(), "TooManyRequestsException", 400)
		self.aws.fault("throttle", service="iam", count=1, status=429, retry_after=2)
		self.refused(lambda: self.client("iam").list_account_aliases(), "Throttling", 429)
		assert self.aws.log()[-1]["fault"]
		self.aws.fault("error", service="ec2", count=1)
		self.refused(lambda: ec2.describe_vpcs(), "InternalError", 500)
		self.aws.fault("unavailable", service="iam", count=1)
		self.refused(lambda: self.client("iam").get_account_summary(), "ServiceUnavailable", 503)
		self.aws.fault("status", action="DescribeSubnets", code="UnauthorizedOperation", status=403, count=1)
		self.refused(lambda: ec2.describe_subnets(), "UnauthorizedOperation", 403)
		# a fraction: with the seeded RNG about half of 40 calls fail, and the rule only touches its account
		self.aws.fault("error", service="ec2", account=MGMT, fraction=0.5)
		fails = 0
		for _ in range(40):
			try:
				ec2.describe_key_pairs()
			except ClientError:
				fails += 1
		self.client("ec2", account=SANDBOX).describe_key_pairs()
		self.aws.clear_faults()
		assert 8 <= fails <= 32, fails
		ec2.describe_vpcs()

	def t_body_faults(self):
		from botocore.exceptions import ConnectionClosedError, EndpointConnectionError, ReadTimeoutError
		from botocore.parsers import ResponseParserError
		ec2 = self.client("ec2")
		self.aws.fault("malformed", action="DescribeVpcs", count=1)
		try:
			ec2.describe_vpcs()
			raise AssertionError("a malformed answer was parsed")
		except ResponseParserError:
			pass
		self.aws.fault("malformed", service="organizations", count=1)
		got = self.client("organizations").list_accounts()      # botocore reads bad JSON as an empty answer
		assert "Accounts" not in got and self.aws.faults()["rules"][-1]["hits"] == 1, got
		for kind in ("truncate", "reset"):
			self.aws.fault(kind, action="DescribeSubnets", count=1)
			try:
				ec2.describe_subnets()
				raise AssertionError("%s: answer accepted" % kind)
			except (ConnectionClosedError, ResponseParserError, EndpointConnectionError):
				pass
		self.aws.fault("hang", action="DescribeKeyPairs", count=1, seconds=5)
		quick = self.client("ec2", config=Config(retries={"total_max_attempts": 1}, read_timeout=1))
		t0 = time.time()
		try:
			quick.describe_key_pairs()
			raise AssertionError("a hanging answer came")
		except ReadTimeoutError:
			assert time.time() - t0 < 3
		self.aws.fault("slow", action="DescribeSecurityGroups", count=1, chunk=200, pause_ms=100)
		t0 = time.time()
		got = ec2.describe_security_groups()["SecurityGroups"]
		assert len(got) == 4 and time.time() - t0 >= 0.5, time.time() - t0
		self.aws.fault("token", action="DescribeVolumes", mode="repeat")
		try:
			list(ec2.get_paginator("describe_volumes").paginate())
			raise AssertionError("a repeating token ended")
		except PaginationError as e:
			assert "same next token" in str(e), e
		self.aws.clear_faults()
		self.aws.fault("token", action="DescribeVolumes", mode="endless")
		pages = 0
		for _ in ec2.get_paginator("describe_volumes").paginate():
			pages += 1
			if pages == 20:
				break
		assert pages == 20
		self.aws.clear_faults()
		assert len(list(ec2.get_paginator("describe_volumes").paginate())) == 2

	def t_delay(self):
		"""A fixed delay per call; 20 calls in flight overlap instead of queueing."""
		self.aws.config(delay_ms=300)
		try:
			ec2 = self.client("ec2", config=Config(retries={"total_max_attempts": 1}, max_pool_connections=20))
			t0 = time.time()
			ec2.describe_key_pairs()
			one = time.time() - t0
			assert one >= 0.3, one
			errs = []

			def call():
				try:
					ec2.describe_key_pairs()
				except Exception as e:       # noqa: BLE001
					errs.append(e)
			threads = [threading.Thread(target=call) for _ in range(20)]
			t0 = time.time()
			for t in threads:
				t.start()
			for t in threads:
				t.join()
			took = time.time() - t0
			assert not errs and took < 2.0, (took, errs)
		finally:
			self.aws.config(delay_ms=0)

	def t_imds(self):
		"""The instance metadata service: IMDSv2 token, the role's credentials (botocore's own fetcher)."""
		from botocore.utils import InstanceMetadataFetcher
		creds = InstanceMetadataFetcher(timeout=5, num_attempts=1, base_url=self.aws.url + "/") \
			.retrieve_iam_role_credentials()
		assert creds["role_name"] == "resoto" and creds["access_key"].startswith("ASIA"), creds
		me = self.client("sts", creds=(creds["access_key"], creds["secret_key"], creds["token"])).get_caller_identity()
		assert me["Arn"] == "arn:aws:sts::%s:assumed-role/resoto/i-0fakeimds0000000" % SANDBOX, me

		def req(method, path, headers=None):
			r = urllib.request.Request(self.aws.url + path, method=method, headers=headers or {})
			try:
				with urllib.request.urlopen(r, timeout=5) as resp:
					return resp.status, resp.read().decode()
			except urllib.error.HTTPError as e:
				return e.code, ""
		assert req("GET", "/latest/meta-data/iam/security-credentials/")[0] == 401           # IMDSv1 refused
		assert req("PUT", "/latest/api/token")[0] == 400                                      # no TTL
		st, tok = req("PUT", "/latest/api/token", {"X-aws-ec2-metadata-token-ttl-seconds": "60"})
		assert st == 200 and tok
		assert req("GET", "/latest/meta-data/iam/security-credentials/", {"X-aws-ec2-metadata-token": tok}) == \
			(200, "resoto")
		assert req("GET", "/latest/meta-data/placement/region", {"X-aws-ec2-metadata-token": tok}) == (200, "us-east-1")
		assert req("GET", "/latest/meta-data/iam/security-credentials/", {"X-aws-ec2-metadata-token": "x"})[0] == 401
		assert req("GET", "/latest/meta-data/nothing", {"X-aws-ec2-metadata-token": tok})[0] == 404
		assert [e["status"] for e in self.aws.calls(service="imds")][-3:] == [200, 401, 404]

	def t_elb(self):
		elb = self.client("elb")
		pages = elb.get_paginator("describe_load_balancers").paginate(PaginationConfig={"PageSize": 1})
		lbs = [x for p in pages for x in p["LoadBalancerDescriptions"]]
		assert len(lbs) == 2 and all("_Tags" not in x for x in lbs), lbs
		tags = elb.describe_tags(LoadBalancerNames=[lbs[0]["LoadBalancerName"]])["TagDescriptions"]
		assert tags[0]["Tags"] == [{"Key": "Name", "Value": "web-elb"}, {"Key": "team", "Value": "web"}], tags
		self.refused(lambda: elb.describe_tags(LoadBalancerNames=["nope"]), "LoadBalancerNotFound")
		self.refused(lambda: elb.describe_load_balancers(PageSize=401), "ValidationError")
		self.refused(lambda: elb.describe_load_balancers(Marker="garbage"), "ValidationError")
		self.refused(lambda: self.client("elb", creds=(key(MGMT)[0], "wrong")).describe_load_balancers(),
			"SignatureDoesNotMatch", 403)
		v2 = self.client("elbv2")
		tgs = [x for p in v2.get_paginator("describe_target_groups").paginate() for x in p["TargetGroups"]]
		assert len(tgs) == 6, len(tgs)           # two pages of the fixture's 5
		first = v2.describe_target_groups()
		assert len(first["TargetGroups"]) == 5 and first["NextMarker"], first
		named = v2.describe_target_groups(Names=[tgs[1]["TargetGroupName"]])["TargetGroups"]
		assert [x["TargetGroupArn"] for x in named] == [tgs[1]["TargetGroupArn"]], named
		self.refused(lambda: v2.describe_target_groups(Names=["nope"]), "TargetGroupNotFound")
		app = [x for x in v2.describe_load_balancers()["LoadBalancers"] if x["Type"] == "application"][0]
		ls = v2.describe_listeners(LoadBalancerArn=app["LoadBalancerArn"])["Listeners"]
		assert [x["Port"] for x in ls] == [80, 443], ls
		th = v2.describe_target_health(TargetGroupArn=tgs[0]["TargetGroupArn"])["TargetHealthDescriptions"]
		assert [x["TargetHealth"]["State"] for x in th] == ["healthy", "healthy"], th
		self.refused(lambda: v2.delete_target_group(TargetGroupArn=tgs[0]["TargetGroupArn"]), "ResourceInUse")
		v2.add_tags(ResourceArns=[tgs[5]["TargetGroupArn"]], Tags=[{"Key": "k", "Value": "v"}])
		got = v2.describe_tags(ResourceArns=[tgs[5]["TargetGroupArn"]])["TagDescriptions"][0]["Tags"]
		assert got == [{"Key": "k", "Value": "v"}], got
		self.refused(lambda: v2.add_tags(ResourceArns=[tgs[5]["TargetGroupArn"]], Tags=[{"Key": "aws:x",
			"Value": "v"}]), "ValidationError")
		v2.remove_tags(ResourceArns=[tgs[5]["TargetGroupArn"]], TagKeys=["k"])
		v2.delete_target_group(TargetGroupArn=tgs[5]["TargetGroupArn"])
		v2.delete_target_group(TargetGroupArn=tgs[5]["TargetGroupArn"])     # idempotent
		self.refused(lambda: v2.describe_target_health(TargetGroupArn=tgs[5]["TargetGroupArn"]),
			"TargetGroupNotFound")

	def t_metrics(self):
		import cloudwatch
		cw = self.client("cloudwatch")
		vols = FIX["accounts"][MGMT]["regions"]["us-east-1"]["Volumes"]
		vol = [v for v in vols if v["State"] == "in-use"][0]
		end = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, second=0, minute=0)
		start = end - datetime.timedelta(days=2)

		def q(qid, metric, unit="Count", stat="Sum", rid=vol["VolumeId"]):
			return {"Id": qid, "MetricStat": {"Metric": {"Namespace": "AWS/EBS", "MetricName": metric,
				"Dimensions": [{"Name": "VolumeId", "Value": rid}]}, "Period": 3600, "Stat": stat, "Unit": unit},
				"ReturnData": True}
		qs = [q("r", "VolumeReadOps"), q("w", "VolumeWriteOps"), q("u", "VolumeReadOps", unit="Bytes"),
			q("n", "VolumeReadOps", rid="vol-00000000000000000")]
		pages = list(cw.get_paginator("get_metric_data").paginate(MetricDataQueries=qs, StartTime=start,
			EndTime=end, PaginationConfig={"PageSize": 30}))
		assert len(pages) == 4, len(pages)          # 96 datapoints, 30 a page
		got = {}
		for p in pages:
			for r in p["MetricDataResults"]:
				got.setdefault(r["Id"], []).extend(zip(r["Timestamps"], r["Values"]))
		assert got["u"] == [] and got["n"] == [], "another unit, no such volume: no datapoints"
		for qid, metric in (("r", "VolumeReadOps"), ("w", "VolumeWriteOps")):
			ts = [t for t, _ in got[qid]]
			assert ts == sorted(ts, reverse=True) and len(ts) == 48 and ts[-1] == start, ts[:2]
			idle, base = cloudwatch.activity(MGMT, "us-east-1", "AWS/EBS", metric, vol["VolumeId"])
			now = time.time()
			for t, v in got[qid]:
				active = idle is not None and t.timestamp() < now - idle * 3600
				assert v == (base * 1000.0 if active else 0.0) or abs(t.timestamp() - (now - (idle or 0) * 3600)) < 60
		asc = cw.get_metric_data(MetricDataQueries=qs[:1], StartTime=start, EndTime=end, ScanBy="TimestampAscending")
		assert asc["MetricDataResults"][0]["Timestamps"][0] == start
		# a detached volume: datapoints for its last spell of use, up to its
		# detach (its last activity), all non-zero; none when never used
		start60 = end - datetime.timedelta(days=60)
		seen = 0
		for free in [v for v in vols if v["State"] == "available"]:
			for metric in ("VolumeReadOps", "VolumeWriteOps"):
				idle, base = cloudwatch.activity(MGMT, "us-east-1", "AWS/EBS", metric, free["VolumeId"])
				r = cw.get_metric_data(MetricDataQueries=[q("d", metric, rid=free["VolumeId"])], StartTime=start60,
					EndTime=end)["MetricDataResults"][0]
				if idle is None or idle > 60 * 24:
					assert r["Timestamps"] == [], (free["VolumeId"], metric, r["Timestamps"][:2])
					continue
				seen += 1
				ts = [t.timestamp() for t in r["Timestamps"]]
				assert 1 <= len(ts) <= cloudwatch.attached_spell(free["VolumeId"]) + 1, (free["VolumeId"], len(ts))
				assert all(v == base * 1000.0 for v in r["Values"]), r["Values"][:3]
				assert max(ts) < time.time() - idle * 3600 <= max(ts) + 3600, (max(ts), idle)
		assert seen, "a detached volume with datapoints"
		self.refused(lambda: cw.get_metric_data(MetricDataQueries=[q("r", "VolumeReadOps"), q("r", "VolumeWriteOps")],
			StartTime=start, EndTime=end), "ValidationError")
		self.refused(lambda: cw.get_metric_data(MetricDataQueries=[q("Bad", "VolumeReadOps")], StartTime=start,
			EndTime=end), "ValidationError")
		self.refused(lambda: cw.get_metric_data(MetricDataQueries=[q("q%d" % i, "VolumeReadOps") for i in range(501)],
			StartTime=start, EndTime=end), "ValidationError")
		self.refused(lambda: cw.get_metric_data(MetricDataQueries=qs[:1], StartTime=end, EndTime=start),
			"ValidationError")
		bad = q("p", "VolumeReadOps")
		bad["MetricStat"]["Period"] = 90
		self.refused(lambda: cw.get_metric_data(MetricDataQueries=[bad], StartTime=start, EndTime=end),
			"ValidationError")
		self.refused(lambda: cw.get_metric_data(MetricDataQueries=qs[:1], StartTime=start, EndTime=end,
			NextToken="garbage"), "InvalidNextToken")

	def t_autoscaling(self):
		a = self.client("autoscaling")
		gs = [x for p in a.get_paginator("describe_auto_scaling_groups").paginate() for x in p["AutoScalingGroups"]]
		assert len(gs) == 6 and a.describe_auto_scaling_groups()["NextToken"], len(gs)
		busy = [g for g in gs if g["Instances"]][0]
		self.refused(lambda: a.delete_auto_scaling_group(AutoScalingGroupName=busy["AutoScalingGroupName"]),
			"ResourceInUse")
		self.refused(lambda: a.describe_auto_scaling_groups(MaxRecords=101), "ValidationError")
		a.create_or_update_tags(Tags=[{"ResourceId": busy["AutoScalingGroupName"], "ResourceType": "auto-scaling-group",
			"Key": "k", "Value": "v", "PropagateAtLaunch": False}])
		got = a.describe_auto_scaling_groups(AutoScalingGroupNames=[busy["AutoScalingGroupName"]])
		assert {"k": "v"}.items() <= {t["Key"]: t["Value"] for t in got["AutoScalingGroups"][0]["Tags"]}.items()
		a.delete_tags(Tags=[{"ResourceId": busy["AutoScalingGroupName"], "ResourceType": "auto-scaling-group",
			"Key": "k"}])
		a.delete_auto_scaling_group(AutoScalingGroupName=busy["AutoScalingGroupName"], ForceDelete=True)
		self.refused(lambda: a.delete_auto_scaling_group(AutoScalingGroupName=busy["AutoScalingGroupName"]),
			"ValidationError")
		ids = [i["InstanceId"] for i in busy["Instances"]]
		st = self.client("ec2").describe_instances(InstanceIds=ids)["Reservations"]
		assert all(i["State"]["Name"] == "terminated" for r in st for i in r["Instances"]), st

	def t_shutdown(self):
		"""With terminate_ms an instance is shutting-down for that long, keeping
		its volume, interface and subnet in use, then terminated."""
		self.aws.config(terminate_ms=800)
		try:
			ec2 = self.client("ec2", region="eu-central-1")
			reg = FIX["accounts"][MGMT]["regions"]["eu-central-1"]
			inst = [i for r in reg["Reservations"] for i in r["Instances"] if i["State"]["Name"] == "running"][0]
			root = inst["BlockDeviceMappings"][0]["Ebs"]["VolumeId"]
			eni = [e for e in reg["NetworkInterfaces"] if (e.get("Attachment") or {}).get("InstanceId") ==
				inst["InstanceId"]][0]["NetworkInterfaceId"]
			out = ec2.terminate_instances(InstanceIds=[inst["InstanceId"]])["TerminatingInstances"][0]
			assert out["CurrentState"] == {"Code": 32, "Name": "shutting-down"}, out
			self.refused(lambda: ec2.delete_volume(VolumeId=root), "VolumeInUse")
			self.refused(lambda: ec2.delete_network_interface(NetworkInterfaceId=eni), "InvalidNetworkInterface.InUse")
			self.refused(lambda: ec2.delete_subnet(SubnetId=inst["SubnetId"]), "DependencyViolation")
			time.sleep(1.0)
			st = ec2.describe_instances(InstanceIds=[inst["InstanceId"]])["Reservations"][0]["Instances"][0]["State"]
			assert st == {"Code": 48, "Name": "terminated"}, st
			self.refused(lambda: ec2.delete_volume(VolumeId=root), "InvalidVolume.NotFound")
			self.refused(lambda: ec2.delete_network_interface(NetworkInterfaceId=eni),
				"InvalidNetworkInterfaceID.NotFound")
		finally:
			self.aws.config(terminate_ms=0)

	def t_iam(self):
		"""IAM through botocore: the paged authorization details (policy
		documents URL-encoded on the wire, decoded by botocore), access keys,
		instance profiles, DeleteConflict and NoSuchEntity, tags."""
		c = self.client("iam")
		pages = list(c.get_paginator("get_account_authorization_details").paginate(PaginationConfig={"PageSize": 2}))
		assert len(pages) > 3 and all(p["IsTruncated"] for p in pages[:-1]), len(pages)
		users = [u for p in pages for u in p["UserDetailList"]]
		roles = [r for p in pages for r in p["RoleDetailList"]]
		pols = [x for p in pages for x in p["Policies"]]
		assert [u["UserName"] for u in users] == ["alice", "bob"], users
		assert users[0]["UserPolicyList"][0]["PolicyDocument"]["Statement"][0]["Action"] == "s3:GetObject", users[0]
		web = [r for r in roles if r["RoleName"] == "web"][0]
		assert web["AssumeRolePolicyDocument"]["Statement"][0]["Principal"] == {"Service": "ec2.amazonaws.com"}
		assert [p["InstanceProfileName"] for p in web["InstanceProfileList"]] == ["web"], web
		ro = [x for x in pols if x["PolicyName"] == "read-only"][0]
		assert ro["AttachmentCount"] == 2 and ro["PolicyVersionList"][0]["Document"]["Version"] == "2012-10-17", ro
		only = c.get_account_authorization_details(Filter=["LocalManagedPolicy"], MaxItems=100)
		assert not only["UserDetailList"] and {x["PolicyName"] for x in only["Policies"]} == {"read-only", "lone"}
		self.refused(lambda: c.get_account_authorization_details(MaxItems=1001), "ValidationError")
		keys = c.list_access_keys(UserName="alice")["AccessKeyMetadata"]
		assert [k["Status"] for k in keys] == ["Active", "Inactive"], keys
		self.refused(lambda: c.list_access_keys(UserName="nobody"), "NoSuchEntity", 404)
		profs = [x for p in c.get_paginator("list_instance_profiles").paginate(PaginationConfig={"PageSize": 1})
			for x in p["InstanceProfiles"]]
		assert [p["InstanceProfileName"] for p in profs] == ["web", "spare"] and profs[0]["Roles"][0]["RoleName"] == \
			"web", profs
		self.refused(lambda: c.delete_user(UserName="alice"), "DeleteConflict", 409)
		self.refused(lambda: c.delete_policy(PolicyArn=ro["Arn"]), "DeleteConflict", 409)
		self.refused(lambda: c.delete_instance_profile(InstanceProfileName="web"), "DeleteConflict", 409)
		self.refused(lambda: c.tag_role(RoleName="web", Tags=[{"Key": "aws:x", "Value": "y"}]), "InvalidInput")
		c.tag_role(RoleName="batch", Tags=[{"Key": "k", "Value": "v"}])
		assert c.get_account_authorization_details(Filter=["Role"])["RoleDetailList"][1]["Tags"] == \
			[{"Key": "k", "Value": "v"}]
		c.untag_role(RoleName="batch", TagKeys=["k"])
		att = c.list_attached_group_policies(GroupName="ops")["AttachedPolicies"]
		c.detach_group_policy(GroupName="ops", PolicyArn=att[0]["PolicyArn"])
		self.refused(lambda: c.detach_group_policy(GroupName="ops", PolicyArn=att[0]["PolicyArn"]), "NoSuchEntity",
			404)
		self.refused(lambda: c.delete_group(GroupName="ops"), "DeleteConflict", 409)

	def t_log(self):
		self.aws.clear_log()
		self.client("ec2", region="eu-central-1").describe_subnets(Filters=[{"Name": "vpc-id", "Values": ["vpc-1"]}])
		e = self.aws.log()[-1]
		assert (e["service"], e["action"], e["account"], e["region"], e["status"]) == \
			("ec2", "DescribeSubnets", MGMT, "eu-central-1", 200), e
		assert e["params"] == {"Filters": [{"Name": "vpc-id", "Values": ["vpc-1"]}]}, e
		self.client("iam", account=SANDBOX).list_account_aliases()
		e = self.aws.log()[-1]
		assert (e["service"], e["action"], e["account"], e["region"]) == ("iam", "ListAccountAliases", SANDBOX,
			"us-east-1"), e

	# -- Lambda and EKS (REST-JSON) through botocore's own clients: routing,
	# labels (an ARN in the path, signed encoded twice), paging, errors
	def t_rest_json(self):
		work = self.assume()[0]
		lam = self.client("lambda", creds=work)
		pages = list(lam.get_paginator("list_functions").paginate(PaginationConfig={"PageSize": 3}))
		fns = [f for p in pages for f in p["Functions"]]
		assert len(fns) == 8 and len(pages) == 3 and len({f["FunctionName"] for f in fns}) == 8, len(fns)
		api = [f for f in fns if f["FunctionName"].startswith("api-")][0]
		assert lam.list_tags(Resource=api["FunctionArn"])["Tags"]["team"] == "api"
		pol = json.loads(lam.get_policy(FunctionName=api["FunctionName"])["Policy"])
		assert pol["Statement"][0]["Principal"] == {"Service": "apigateway.amazonaws.com"}, pol
		assert lam.get_function_url_config(FunctionName=api["FunctionArn"])["AuthType"] == "AWS_IAM"
		e = self.refused(lambda: lam.get_policy(FunctionName="cron"), "ResourceNotFoundException", 404)
		assert e.response["Error"]["Message"], e.response
		lam.tag_resource(Resource=api["FunctionArn"], Tags={"k": "v"})
		lam.untag_resource(Resource=api["FunctionArn"], TagKeys=["team"])
		assert lam.list_tags(Resource=api["FunctionArn"])["Tags"] == {"Name": "public api", "k": "v"}
		lam.delete_function(FunctionName="job-0")
		self.refused(lambda: lam.delete_function(FunctionName="job-0"), "ResourceNotFoundException", 404)
		ak, sk = key(MGMT)
		self.refused(lambda: self.client("lambda", creds=(ak, "wrong")).list_functions(),
			"InvalidSignatureException", 403)
		self.aws.fault("throttle", service="lambda", count=1)
		self.refused(lambda: lam.list_functions(), "TooManyRequestsException", 429)
		eks = self.client("eks", creds=work)
		names = [n for p in eks.get_paginator("list_clusters").paginate(PaginationConfig={"PageSize": 1})
			for n in p["clusters"]]
		assert sorted(names) == ["dev", "prod"], names
		prod = eks.describe_cluster(name="prod")["cluster"]
		assert prod["roleArn"].endswith(":role/web") and prod["createdAt"].year == 2022, prod
		groups = [n for p in eks.get_paginator("list_nodegroups").paginate(clusterName="prod",
			PaginationConfig={"PageSize": 2}) for n in p["nodegroups"]]
		assert len(groups) == 7, groups
		ng = eks.describe_nodegroup(clusterName="prod", nodegroupName="spot")["nodegroup"]
		eks.tag_resource(resourceArn=ng["nodegroupArn"], tags={"k": "v"})
		assert eks.describe_nodegroup(clusterName="prod", nodegroupName="spot")["nodegroup"]["tags"] == {"k": "v"}
		eks.untag_resource(resourceArn=ng["nodegroupArn"], tagKeys=["k"])
		self.refused(lambda: eks.describe_cluster(name="nope"), "ResourceNotFoundException", 404)
		self.refused(lambda: eks.delete_cluster(name="prod"), "ResourceInUseException", 409)
		assert eks.delete_cluster(name="dev")["cluster"]["status"] == "DELETING"
		self.aws.fault("error", service="eks", count=1)
		self.refused(lambda: eks.list_clusters(), "ServerException", 500)


def expect_rules():
	"""expect.py: node ids (collectors.md's worked values), property order,
	the graph of basic.json (complete, rooted, acyclic, the reference's edges),
	quirks, and compare()."""
	import copy
	import expect
	assert expect.node_id("graph_root", "undefined", "undefined", "root", "root", cloud="undefined") == \
		"TXM91rR24mG18DeK7ljCTQ"
	assert expect.node_id("example_region", "Example Account", "us-west", "us-west", "US West", cloud="example") == \
		"q-ewFfplOZDQGF3A65lR2w"
	assert expect.node_id("cloud", "undefined", "undefined", "random", "random", cloud="random") == \
		"Zu0SApTom-VQ26RjQebQww"
	order = expect.field_order(expect.AwsEc2Instance)
	assert order[:11] == ["id", "tags", "name", "ctime", "mtime", "atime", "instance_cores", "instance_memory",
		"instance_type", "instance_status", "arn"], order[:11]
	assert expect.field_order(expect.AwsRegion) == ["id", "tags", "name", "mtime", "atime", "arn", "ctime"]
	assert expect.field_order(expect.AwsEc2InstanceType)[6:15] == ["quota", "usage", "quota_type", "instance_type",
		"instance_cores", "instance_memory", "ondemand_cost", "reservations", "arn"]
	lines = expect.expected_graph(FIX, {MGMT: None, WORK: "resoto"})
	nodes = {x["id"]: x for x in lines if "reported" in x}
	edges = [(x["from"], x["to"], x.get("edge_type", "default")) for x in lines if "from" in x]
	assert len(nodes) == len([x for x in lines if "reported" in x]), "duplicate node ids"
	kinds = {}
	for n in nodes.values():
		kinds.setdefault(n["reported"]["kind"], []).append(n)
	idkey = {"aws_vpc": ("Vpcs", "VpcId"), "aws_ec2_volume": ("Volumes", "VolumeId"),
		"aws_ec2_keypair": ("KeyPairs", "KeyPairId"), "aws_ec2_elastic_ip": ("Addresses", "PublicIp"),
		"aws_ec2_network_interface": ("NetworkInterfaces", "NetworkInterfaceId")}
	for aid in (MGMT, WORK):
		regs = FIX["accounts"][aid]["regions"]
		for kind, (coll, key) in idkey.items():
			want = {(r, x[key]) for r, data in regs.items() for x in data.get(coll, [])}
			have = {(r, n["reported"]["id"]) for n in kinds[kind] for r in regs
				if n["id"] == expect.node_id(kind, aid, r, n["reported"]["id"], n["reported"]["name"])}
			assert want == have, (kind, aid, want ^ have)
		own = [s for r in regs.values() for s in r["Snapshots"] if s["OwnerId"] == aid]
		assert len([n for n in kinds["aws_ec2_snapshot"] if n["reported"]["owner_id"] == aid]) == len(own)
	acct = {n["reported"]["id"]: n for n in kinds["aws_account"]}
	assert acct[MGMT]["reported"]["name"] == "fake-mgmt" and acct[MGMT]["reported"]["users"] == 3
	assert acct[MGMT]["reported"]["minimum_password_length"] == 14 and "role" not in acct[MGMT]["reported"]
	assert acct[WORK]["reported"]["name"] == WORK and acct[WORK]["reported"]["role"] == "resoto"
	assert "minimum_password_length" not in acct[WORK]["reported"] and acct[WORK]["reported"]["max_password_age"] == 0
	assert expect.expected_graph(FIX, {WORK: None}, org_names=True)[2]["reported"]["name"] == "Workload"
	regions = sorted((n["reported"]["id"], n["reported"]["name"]) for n in kinds["aws_region"])
	assert regions == sorted([("us-east-1", "global"), ("us-east-1", "us-east-1"), ("eu-central-1", "eu-central-1")] * 2)
	# every node below the root by default edges; default and delete edges each acyclic
	for et in ("default", "delete"):
		succ = {}
		for a, b, t in edges:
			if t == et:
				succ.setdefault(a, []).append(b)
		state = {}

		def visit(v):
			state[v] = 1
			for w in succ.get(v, []):
				assert state.get(w) != 1, "%s cycle through %s" % (et, nodes[w]["reported"])
				if w not in state:
					visit(w)
			state[v] = 2
		for v in list(succ):
			if v not in state:
				visit(v)
	root = [n for n in nodes.values() if n["reported"]["kind"] == "graph_root"][0]["id"]
	seen, todo = {root}, [root]
	while todo:
		v = todo.pop()
		for a, b, t in edges:
			if a == v and t == "default" and b not in seen:
				seen.add(b)
				todo.append(b)
	assert seen == set(nodes), [nodes[x]["reported"]["id"] for x in set(nodes) - seen]
	# the reference's edges around one running instance of a VPC with a Name tag
	reg = FIX["accounts"][MGMT]["regions"]["us-east-1"]
	inst = [i for r in reg["Reservations"] for i in r["Instances"] if i["State"]["Name"] == "running" and
		i.get("KeyName") and i["VpcId"] == reg["Vpcs"][0]["VpcId"]][0]
	by = {(n["reported"]["kind"], n["reported"]["id"], n["id"]) for n in nodes.values()}

	def nid(kind, rid, region="us-east-1"):
		ids = [i for k, r, i in by if k == kind and r == rid and nodes[i]["reported"]["name"] != "global" and
			nodes[i]["id"] == expect.node_id(kind, MGMT, region, rid, nodes[i]["reported"]["name"])]
		assert len(ids) == 1, (kind, rid, ids)
		return ids[0]
	i = nid("aws_ec2_instance", inst["InstanceId"])
	kp = [k for k in reg["KeyPairs"] if k["KeyName"] == inst["KeyName"]][0]["KeyPairId"]
	vol = inst["BlockDeviceMappings"][0]["Ebs"]["VolumeId"]
	eni = inst["NetworkInterfaces"][0]["NetworkInterfaceId"]
	want = {(nid("aws_region", "us-east-1"), i, "default"), (nid("aws_ec2_instance_type", inst["InstanceType"]), i,
		"default"), (i, nid("aws_ec2_keypair", kp), "default"), (nid("aws_ec2_keypair", kp), i, "delete"),
		(nid("aws_vpc", inst["VpcId"]), i, "default"), (nid("aws_vpc", inst["VpcId"]), i, "delete"),
		(i, nid("aws_ec2_volume", vol), "default"), (nid("aws_ec2_volume", vol), i, "delete"),
		(i, nid("aws_ec2_network_interface", eni), "default"), (nid("aws_ec2_network_interface", eni), i, "delete")}
	have = {e for e in edges if i in e[:2]}
	assert want <= have, want - have
	nat = reg["NatGateways"][0]
	natn, natsub = nid("aws_ec2_nat_gateway", nat["NatGatewayId"]), nid("aws_ec2_subnet", nat["SubnetId"])
	nateni = nid("aws_ec2_network_interface", nat["NatGatewayAddresses"][0]["NetworkInterfaceId"])
	assert {(natsub, natn, "default"), (natsub, natn, "delete"), (natn, nateni, "default"), (nateni, natn, "delete")} \
		<= set(edges)
	# quirks: the VPC with a Name tag loses its instance edges, interfaces lose their tags
	q = expect.expected_graph(FIX, {MGMT: None}, quirks=True)
	qe = {(x["from"], x["to"], x.get("edge_type", "default")) for x in q if "from" in x}
	assert (nid("aws_vpc", inst["VpcId"]), i, "default") not in qe
	assert all("public_key" not in n["reported"] for n in kinds["aws_ec2_keypair"])
	spare = [n for n in q if "reported" in n and n["reported"].get("description") == "spare interface"][0]
	assert spare["reported"]["tags"] == {} and spare["reported"]["name"] == spare["reported"]["id"]
	# compare(): equal to itself; property, edge, node and volatile differences found
	act = copy.deepcopy(lines)
	assert len(expect.compare(lines, act)) == 2 * len([x for x in lines if x.get("volatile")])    # no atime/mtime
	t0 = datetime.datetime(2030, 1, 1, tzinfo=datetime.timezone.utc)
	for x in act:
		for prop, rule in x.get("volatile", {}).items():
			if rule == "collect-time":
				t = t0
			elif rule.startswith("cloudwatch:"):    # the last active hour, H hours before
				t = t0 - datetime.timedelta(hours=int(rule.split(":")[1]))
			else:                               # max(ctime, start - 60 days)
				t = max(t0 - datetime.timedelta(days=60), datetime.datetime.strptime(x["reported"].get(
					"ctime", "1970-01-01T00:00:00Z"), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc))
			x["reported"][prop] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
	assert expect.compare(lines, act) == []
	assert expect.compare(lines, act, t0, t0) == []
	t1 = datetime.datetime(2029, 1, 1, tzinfo=datetime.timezone.utc)
	late = [p for p in expect.compare(lines, act, t1, t1) if "of the collect" in p]
	assert len(late) == 2 * len([x for x in lines if x.get("volatile")]), late
	vol_line = [x for x in act if "reported" in x and x["reported"]["id"] == vol][0]
	vol_line["reported"]["volume_size"] = 1
	act = [x for x in act if not ("from" in x and x["from"] == i and x["to"] == nid("aws_ec2_keypair", kp))]
	act = [x for x in act if x.get("id") != nid("aws_ec2_route_table", reg["RouteTables"][0]["RouteTableId"])]
	act.append({"from": i, "to": i})
	probs = expect.compare(lines, act)
	assert any("volume_size: expected" in p for p in probs) and any(p.startswith("missing default edge") for p in probs)
	assert any(p.startswith("missing node aws_ec2_route_table") for p in probs)
	assert any(p.startswith("unexpected default edge") for p in probs), probs


def generated():
	"""gen.py: a small generated estate: counts and spread over regions, the
	template XML equal to the generic rendering of the same item, references
	that resolve, pages, deletes and tags of generated items."""
	import copy
	import awsproto
	import awsstate as state
	fx = load_fixture("bench.json")
	fx["generate"] = [{"account": "123456789012", "regions": ["us-east-1", "eu-central-1"], "instances": 23,
		"volumes": 41, "security_groups": 7, "snapshots": 50}]
	fx["page_size"] = 5
	st = state.State(copy.deepcopy(fx))
	acct = st.accounts["123456789012"]
	counts = {c: sum(len(acct.regions[r].c[c]) for r in ("us-east-1", "eu-central-1")) for c in
		("Instances", "Volumes", "SecurityGroups", "Snapshots")}
	assert counts == {"Instances": 23, "Volumes": 41, "SecurityGroups": 7, "Snapshots": 50}, counts
	assert len(acct.regions["us-west-2"].c["Instances"]) == 0
	m = awsproto.model("ec2")
	shapes = {"Instances": m.operation_model("DescribeInstances").output_shape.members["Reservations"].member.members[
		"Instances"].member}
	for c in ("Volumes", "SecurityGroups", "Snapshots"):
		shapes[c] = m.operation_model("Describe" + c).output_shape.members[c].member
	ids = set()
	for r in ("us-east-1", "eu-central-1"):
		reg = acct.regions[r]
		for c, shape in shapes.items():
			coll = reg.c[c]
			for pos in range(coll.end()):
				it = coll.at(pos)
				assert coll.fast_xml(pos) == awsproto.xml_fragment(shape, it), (c, pos)
				assert not awsproto.check(shape, it), awsproto.check(shape, it)
				assert coll.get(it[coll.idkey]) == it and it[coll.idkey] not in ids
				ids.add(it[coll.idkey])
		vols = {v["VolumeId"] for v in reg.c["Volumes"]}
		insts = {i["InstanceId"] for i in reg.c["Instances"]}
		sgs = {g["GroupId"] for g in reg.c["SecurityGroups"]}
		subnets = {s["SubnetId"] for s in reg.c["Subnets"]}
		assert all(v["Attachments"][0]["InstanceId"] in insts for v in reg.c["Volumes"] if v["Attachments"])
		assert all(s["VolumeId"] in vols for s in reg.c["Snapshots"])
		assert all(i["SecurityGroups"][0]["GroupId"] in sgs and i["SubnetId"] in subnets for i in reg.c["Instances"])
	fx2 = copy.deepcopy(fx)
	fx2["generate"][0]["prerender"] = True
	pre = state.State(fx2).accounts["123456789012"].regions["us-east-1"]
	for c in shapes:
		coll = pre.c[c]
		assert coll.end() and all(coll.fast_xml(p) == acct.regions["us-east-1"].c[c].fast_xml(p)
			for p in range(coll.end())), c
	with FakeAws(fx, verbose=False) as aws:
		t = T(aws)
		creds = (fx["accounts"]["123456789012"]["keys"][0]["id"], fx["accounts"]["123456789012"]["keys"][0]["secret"])
		ec2 = t.client("ec2", region="eu-central-1", creds=creds)
		pages = list(ec2.get_paginator("describe_instances").paginate())
		insts = [i for p in pages for r in p["Reservations"] for i in r["Instances"]]
		assert len(insts) == 11 and len(pages) == 3 and len({i["InstanceId"] for i in insts}) == 11
		assert all(len(r["Instances"]) <= 4 for p in pages for r in p["Reservations"])
		snaps = [s for p in ec2.get_paginator("describe_snapshots").paginate(OwnerIds=["self"]) for s in p["Snapshots"]]
		assert len(snaps) == 25, len(snaps)
		vol = [v for p in ec2.get_paginator("describe_volumes").paginate() for v in p["Volumes"]]
		free = [v for v in vol if v["State"] == "available"][0]["VolumeId"]
		ec2.create_tags(Resources=[free], Tags=[{"Key": "team", "Value": "bench"}])
		got = ec2.describe_volumes(Filters=[{"Name": "tag:team", "Values": ["bench"]}])["Volumes"]
		assert [v["VolumeId"] for v in got] == [free]
		ec2.delete_volume(VolumeId=free)
		vol2 = [v for p in ec2.get_paginator("describe_volumes").paginate() for v in p["Volumes"]]
		assert len(vol2) == len(vol) - 1 and free not in {v["VolumeId"] for v in vol2}
		ec2.terminate_instances(InstanceIds=[insts[0]["InstanceId"]])
		st0 = ec2.describe_instances(InstanceIds=[insts[0]["InstanceId"]])["Reservations"][0]["Instances"][0]["State"]
		assert st0["Name"] == "terminated"

def bad_fixture():
	"""A fixture whose item does not fit the API is refused, naming where."""
	import copy
	fx = copy.deepcopy(FIX)
	fx["accounts"][MGMT]["regions"]["us-east-1"]["Vpcs"][0]["CidrBlok"] = "10.0.0.0/8"
	try:
		FakeAws(fx, verbose=False).start().stop()
		raise AssertionError("a bad fixture was accepted")
	except RuntimeError as e:
		assert "Vpcs[0]: Vpc has no member CidrBlok" in str(e), e


def main():
	failed = []
	with FakeAws("basic.json") as aws:
		t = T(aws)
		for name in ("t_signatures", "t_scope", "t_curl", "t_assume_role", "t_roundtrip", "t_describe_params",
				"t_pagination", "t_tags", "t_deletes", "t_throttling", "t_body_faults", "t_delay", "t_imds", "t_log", "t_elb", "t_autoscaling", "t_iam", "t_shutdown",
				"t_rest_json", "t_metrics"):
			start = time.time()
			try:
				getattr(t, name)()
				print("ok - %s (%.2fs)" % (name, time.time() - start))
			except Exception:
				failed.append(name)
				print("not ok - %s\n%s" % (name, traceback.format_exc()))
			aws.clear_faults()
		bugs = [e for e in aws.log() if e.get("error") == "FakeAwsBug"]
		if bugs:
			failed.append("fake_bugs")
			print("not ok - the fake failed on %d requests: %s" % (len(bugs), bugs[:3]))
		if failed:
			print(aws.read_log()[-3000:])
	for name, fn in (("bad_fixture", bad_fixture), ("expect_rules", expect_rules), ("generated", generated)):
		try:
			fn()
			print("ok - %s" % name)
		except Exception:
			failed.append(name)
			print("not ok - %s\n%s" % (name, traceback.format_exc()))
	if failed:
		print("FAILED: %s" % ", ".join(failed))
		return 1
	return 0


if __name__ == "__main__":
	sys.exit(main())

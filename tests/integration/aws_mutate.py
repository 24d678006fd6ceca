#!/usr/bin/env python3
"""aws_mutate: deletes and tags of the AWS kinds reach the fake AWS with the
reference's calls, through the collector child's CLEANUP and TAG_* frames
(src/protocol/frame.h), as the supervisor sends them.

The child (resotoworker --collector-child, its socket on fd 3) gets an
ACCOUNT frame for 222222222222 without credentials, the `aws` section with
role "resoto" and the management account's keys in its "env", as a tag or
cleanup job gives it: it assumes the role in that account, then
- TAG_UPDATE / TAG_DELETE of a volume: ec2:CreateTags / DeleteTags with the
  key (and value); the answer is the node with the tag set / removed;
- CLEANUP of an unattached volume: ec2:DeleteVolume, the volume is gone;
  the same again: InvalidVolume.NotFound counts as deleted;
- CLEANUP of an instance: ec2:TerminateInstances;
- CLEANUP of an internet gateway attached to a VPC: DetachInternetGateway
  with that VPC, then DeleteInternetGateway;
- CLEANUP of a security group with a rule naming another group:
  RevokeSecurityGroupIngress of that rule (read fresh with
  DescribeSecurityGroups), then DeleteSecurityGroup;
- CLEANUP of an elastic IP: DisassociateAddress (when associated), then
  ReleaseAddress;
- a tag on a kind without tag calls (instance type) and a delete the cloud
  refuses (a subnet in use: DependencyViolation) answer ok=false with the
  reason.
"""
import json
import os
import socket
import struct
import subprocess
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
from awsctl import FakeAws  # noqa: E402

MGMT, WORK = "111111111111", "222222222222"
REGION = "us-east-1"
# src/protocol/frame.h
ACCOUNT, CLEANUP, TAG_UPDATE, TAG_DELETE, STOP = 1, 4, 5, 6, 7
INFO, FAILED, RESULT = 11, 13, 14
HDR = struct.Struct(">IIII")


class Child:
    def __init__(self, env):
        self.sock, theirs = socket.socketpair()
        fd = theirs.fileno()

        def on_fd3():
            os.dup2(fd, 3)
        self.p = subprocess.Popen([L.WORKER, "--collector-child", "--log-level=3"], pass_fds=(fd, 3),
                                  preexec_fn=on_fd3, env=env)
        theirs.close()

    def send(self, ftype, payload):
        data = json.dumps(payload).encode() if payload is not None else b""
        self.sock.sendall(HDR.pack(ftype, 0, 1, len(data)) + data)

    def recv(self):
        def exactly(n):
            b = b""
            while len(b) < n:
                chunk = self.sock.recv(n - len(b))
                if not chunk:
                    raise EOFError("the child closed its socket")
                b += chunk
            return b
        t, _, _, n = HDR.unpack(exactly(HDR.size))
        return t, json.loads(exactly(n)) if n else None

    def result(self, ftype, payload):
        self.send(ftype, payload)
        while True:
            t, js = self.recv()
            if t == RESULT:
                return js
            check(t == INFO, "only INFO before RESULT, got frame %d" % t)

    def stop(self):
        self.send(STOP, None)
        rc = self.p.wait(timeout=30)
        self.sock.close()
        return rc


def node(kind, rid, **reported):
    r = {"id": rid, "name": rid, "kind": kind, "tags": {}}
    r.update(reported)
    return {"id": "n-" + rid, "reported": r,
            "metadata": {"python_type": "x", "cleaned": False, "protected": False},
            "ancestors": {"cloud": {"reported": {"id": "aws"}}, "account": {"reported": {"id": WORK}},
                          "region": {"reported": {"id": REGION}}}}


def items(aws, collection):
    return aws.resources(WORK, REGION, collection)


with FakeAws("basic.json") as aws:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
    c = Child(env)
    try:
        c.send(ACCOUNT, {"cloud": "aws", "accounts": [{"id": WORK}],
                         "config": {"role": "resoto", "region": [REGION]},
                         "env": aws.env(MGMT), "worker": {}})
        vols = items(aws, "Volumes")
        free = [v for v in vols if not v.get("Attachments")]
        used = [v for v in vols if v.get("Attachments")]
        check(free and used, "the fixture has free and attached volumes")

        # tags
        vol = node("aws_ec2_volume", used[0]["VolumeId"], tags={"owner": "team"})
        r = c.result(TAG_UPDATE, {"node": vol, "key": "costcenter", "value": "42"})
        check(r["ok"] and r["node"]["reported"]["tags"] == {"owner": "team", "costcenter": "42"},
              "tag update answered with the node: %s" % r)
        calls = aws.calls(action="CreateTags", account=WORK, status=200)
        check(len(calls) == 1 and calls[0]["params"].get("Resources") == [used[0]["VolumeId"]]
              and calls[0]["params"].get("Tags") == [{"Key": "costcenter", "Value": "42"}],
              "ec2:CreateTags: %s" % calls)
        tags = {t["Key"]: t["Value"] for t in [v for v in items(aws, "Volumes")
                if v["VolumeId"] == used[0]["VolumeId"]][0].get("Tags", [])}
        check(tags.get("costcenter") == "42", "the fake has the tag: %s" % tags)
        # the next request carries the node of the last answer, with the
        # ancestors of the core's node (as the supervisor's tag job does)
        r["node"]["ancestors"] = vol["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "costcenter"})
        check(r["ok"] and "costcenter" not in r["node"]["reported"]["tags"], "tag delete: %s" % r)
        calls = aws.calls(action="DeleteTags", account=WORK, status=200)
        check(len(calls) == 1 and calls[0]["params"].get("Tags") == [{"Key": "costcenter"}],
              "ec2:DeleteTags: %s" % calls)
        r = c.result(TAG_UPDATE, {"node": node("aws_ec2_instance_type", "t3.micro"), "key": "k", "value": "v"})
        check(not r["ok"] and "aws_ec2_instance_type has no tags" in r["error"], "no tags for types: %s" % r)

        # deletes
        r = c.result(CLEANUP, node("aws_ec2_volume", free[0]["VolumeId"]))
        check(r["ok"] and r["node"]["metadata"]["cleaned"], "volume deleted: %s" % r)
        check(free[0]["VolumeId"] not in [v["VolumeId"] for v in items(aws, "Volumes")], "the volume is gone")
        r = c.result(CLEANUP, node("aws_ec2_volume", free[0]["VolumeId"]))
        check(r["ok"], "a volume already gone counts as deleted: %s" % r)
        check(len(aws.calls(action="DeleteVolume", account=WORK)) == 2, "ec2:DeleteVolume twice")

        inst = [i for i in items(aws, "Instances") if i["State"]["Name"] == "running"][0]
        r = c.result(CLEANUP, node("aws_ec2_instance", inst["InstanceId"], instance_status="running"))
        check(r["ok"], "instance terminated: %s" % r)
        calls = aws.calls(action="TerminateInstances", account=WORK, status=200)
        check(calls and calls[0]["params"].get("InstanceIds") == [inst["InstanceId"]],
              "ec2:TerminateInstances: %s" % calls)

        igw = [g for g in items(aws, "InternetGateways") if g.get("Attachments")][0]
        vpc = igw["Attachments"][0]["VpcId"]
        r = c.result(CLEANUP, node("aws_ec2_internet_gateway", igw["InternetGatewayId"],
                                   gateway_attachments=[{"vpc_id": vpc, "state": "available"}]))
        check(r["ok"], "internet gateway deleted: %s" % r)
        d = aws.calls(action="DetachInternetGateway", account=WORK, status=200)
        check(d and d[0]["params"].get("VpcId") == vpc, "detached from its VPC first: %s" % d)
        check(aws.calls(action="DeleteInternetGateway", account=WORK, status=200), "ec2:DeleteInternetGateway")

        eip = [a for a in items(aws, "Addresses") if a.get("AssociationId")][0]
        r = c.result(CLEANUP, node("aws_ec2_elastic_ip", eip["PublicIp"], ip_allocation_id=eip["AllocationId"],
                                   ip_association_id=eip["AssociationId"]))
        check(r["ok"], "elastic ip released: %s" % r)
        check(aws.calls(action="DisassociateAddress", account=WORK, status=200) and
              aws.calls(action="ReleaseAddress", account=WORK, status=200), "disassociated, then released")

        sub = [s for s in items(aws, "Subnets")
               if any(n.get("SubnetId") == s["SubnetId"] for n in items(aws, "NetworkInterfaces"))][0]
        r = c.result(CLEANUP, node("aws_ec2_subnet", sub["SubnetId"]))
        check(not r["ok"] and "DependencyViolation" in r["error"], "a refused delete is an error: %s" % r)

        # a group whose rule names another group: the rule is revoked
        # first (as the reference does), then the delete is tried
        groups = items(aws, "SecurityGroups")
        db = [g for g in groups if any(p.get("UserIdGroupPairs") for p in g.get("IpPermissions", [])
                                       if any(x["GroupId"] != g["GroupId"] for x in p["UserIdGroupPairs"]))][0]
        other = [x["GroupId"] for p in db["IpPermissions"] for x in p.get("UserIdGroupPairs", [])][0]
        r = c.result(CLEANUP, node("aws_ec2_security_group", db["GroupId"]))
        rev = aws.calls(action="RevokeSecurityGroupIngress", account=WORK, status=200)
        check(rev and rev[0]["params"].get("GroupId") == db["GroupId"] and
              any(x.get("GroupId") == other for p in rev[0]["params"].get("IpPermissions", [])
                  for x in p.get("UserIdGroupPairs", [])), "the rule naming %s revoked: %s" % (other, rev))
        now = [g for g in items(aws, "SecurityGroups") if g["GroupId"] == db["GroupId"]]
        check(not now or not any(p.get("UserIdGroupPairs") for p in now[0].get("IpPermissions", [])),
              "the fake has the rule no more")
        check(aws.calls(action="DeleteSecurityGroup", account=WORK), "ec2:DeleteSecurityGroup tried")
        check(r["ok"] or "DependencyViolation" in r["error"], "deleted, or refused while in use: %s" % r)

        wrong = [e for e in aws.log() if e.get("account") == WORK and not e.get("key", "").startswith("ASIA")]
        check(not wrong, "account 222222222222 is reached by the assumed role only: %s" % wrong[:3])
    finally:
        check(c.stop() == 0, "the child exits 0 on STOP")
L.done()

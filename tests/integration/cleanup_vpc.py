#!/usr/bin/env python3
"""cleanup_vpc: a cleanup of an AWS VPC with its dependants against the fake
AWS, through the development core (issue 13; core-protocol.md 7;
collectors.md 4.1).

Account 111111111111, us-east-1 of basic.json is collected; the core then
flags (desired.clean) the VPC vpc-3cf3bb5ab5571bc7a and everything that
must go before it by the reference's delete edges (what cleanup_aws_vpcs
flags: instances, classic and application load balancers, target groups,
security groups, subnets, internet and NAT gateways, route tables, network
interfaces), with the instances' volumes and the elastic IPs of its
interfaces; the cleanup runs with dry run off. Checked:

- the fake refuses the deletes real AWS refuses out of order: DeleteVpc
  while subnets exist, DeleteSubnet while interfaces are in it,
  DeleteSecurityGroup while in use, DeleteInternetGateway while attached,
  ReleaseAddress while associated, DeleteVolume while attached (tried
  directly, before the cleanup: nothing changes);
- every delete reaches the fake and ends deleted (a resource already gone,
  e.g. an interface that went with its instance, counts as deleted), the
  core sees every node cleaned, the run reports no error, and the VPC and
  all of it is gone from the fake;
- the order follows the reference's delete edges (expect.py, an
  independent reading of the reference): for X -delete-> Y, X is first
  tried only after Y's delete went through. The exceptions are those AWS
  itself makes: the VPC's default security group and main route table
  cannot be deleted before the VPC (CannotDelete, DependencyViolation) and
  go with it, so their last call finds them gone after DeleteVpc;
- AWS refuses more than the reference's edges say (an instance keeps its
  subnet and group, mapped public addresses keep the internet gateway
  attached): those deletes are refused (DependencyViolation), tried again
  by the worker after the deletes that free them, and go through;
- a second cleanup finds nothing left;
- a subnet of another VPC whose instances are not flagged is refused
  (DependencyViolation) every time it is tried, waited for (2, 4, 4 s:
  the test's budget of 10 s) and fails once with AWS's reason (written
  back not cleaned);
- the same VPC again with instances that take 1.5 s to shut down (as
  EC2's take a minute or two): their interfaces and volumes are refused
  while in use, the worker waits when nothing else can go and tries again;
  everything is deleted, nothing reported failed.
"""
import os
import re
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
from awsctl import FakeAws, load_fixture  # noqa: E402
import expect  # noqa: E402

try:
    import botocore.session
    from botocore.config import Config
    from botocore.exceptions import ClientError
except ImportError:
    print("SKIP: botocore is not installed (python3-botocore)")
    sys.exit(77)

MGMT, REGION, VPC = "111111111111", "us-east-1", "vpc-3cf3bb5ab5571bc7a"
BUSY_SUBNET = "subnet-0e0e0fc94ab473bfa"      # of the default VPC, with running instances
KINDS = {"aws_vpc", "aws_ec2_instance", "aws_ec2_volume", "aws_elb", "aws_alb", "aws_alb_target_group",
         "aws_ec2_security_group", "aws_ec2_subnet", "aws_ec2_internet_gateway", "aws_ec2_nat_gateway",
         "aws_ec2_route_table", "aws_ec2_network_interface", "aws_ec2_elastic_ip"}
# the calls that try a node's delete: kind -> [(service, action, param, reported property)]
CALLS = {
    "aws_vpc": [("ec2", "DeleteVpc", "VpcId", "id")],
    "aws_ec2_instance": [("ec2", "TerminateInstances", "InstanceIds", "id")],
    "aws_ec2_volume": [("ec2", "DeleteVolume", "VolumeId", "id")],
    "aws_elb": [("elb", "DeleteLoadBalancer", "LoadBalancerName", "name")],
    "aws_alb": [("elbv2", "DeleteLoadBalancer", "LoadBalancerArn", "arn")],
    "aws_alb_target_group": [("elbv2", "DeleteTargetGroup", "TargetGroupArn", "arn")],
    "aws_ec2_security_group": [("ec2", "RevokeSecurityGroupIngress", "GroupId", "id"),
                               ("ec2", "RevokeSecurityGroupEgress", "GroupId", "id"),
                               ("ec2", "DeleteSecurityGroup", "GroupId", "id")],
    "aws_ec2_subnet": [("ec2", "DeleteSubnet", "SubnetId", "id")],
    "aws_ec2_internet_gateway": [("ec2", "DetachInternetGateway", "InternetGatewayId", "id"),
                                 ("ec2", "DeleteInternetGateway", "InternetGatewayId", "id")],
    "aws_ec2_nat_gateway": [("ec2", "DeleteNatGateway", "NatGatewayId", "id")],
    "aws_ec2_route_table": [("ec2", "DeleteRouteTable", "RouteTableId", "id")],
    "aws_ec2_network_interface": [("ec2", "DeleteNetworkInterface", "NetworkInterfaceId", "id")],
    "aws_ec2_elastic_ip": [("ec2", "DisassociateAddress", "AssociationId", "ip_association_id"),
                           ("ec2", "ReleaseAddress", "AllocationId", "ip_allocation_id")],
}
# the call whose success (or NotFound) is the node's delete
LAST = {k: v[-1][1] for k, v in CALLS.items()}


def gone(code):
    return bool(code) and (code.endswith("NotFound") or code == "NatGatewayNotFound")


def matches(entry, rep, calls):
    if entry.get("service") not in ("ec2", "elb", "elbv2") or not entry.get("params"):
        return False
    for svc, action, param, prop in calls:
        v = entry["params"].get(param)
        if entry["service"] == svc and entry["action"] == action and rep.get(prop) is not None and \
                (v == rep[prop] or (isinstance(v, list) and rep[prop] in v)):
            return True
    return False


fx = load_fixture("basic.json")
lines = expect.expected_graph(fx, {MGMT: None}, regions=[REGION])
rep = {x["id"]: x["reported"] for x in lines if "reported" in x}
dedges = [(e["from"], e["to"]) for e in lines if "from" in e and e.get("edge_type") == "delete"]
vpc = [i for i, r in rep.items() if r["kind"] == "aws_vpc" and r["id"] == VPC][0]
# the VPC and what must go before it, as cleanup_aws_vpcs flags them ...
flag, todo = {vpc}, [vpc]
while todo:
    x = todo.pop()
    for f, t in dedges:
        if f == x and t not in flag and rep[t]["kind"] in KINDS:
            flag.add(t)
            todo.append(t)
# ... and the volumes and elastic IPs that go after its instances and interfaces
flag |= {f for f, t in dedges if t in flag and rep[f]["kind"] in ("aws_ec2_volume", "aws_ec2_elastic_ip")}
kinds = {rep[i]["kind"] for i in flag}
check(kinds == KINDS, "the VPC has every kind the test is about: %s" % sorted(KINDS - kinds))
inner = [(f, t) for f, t in dedges if f in flag and t in flag]
default_sg = [i for i in flag if rep[i]["kind"] == "aws_ec2_security_group" and rep[i]["name"] == "default"]
main_rt = [i for i in flag if rep[i]["kind"] == "aws_ec2_route_table" and
           any(a.get("main") for a in rep[i].get("route_table_associations") or [])]
check(len(default_sg) == 1 and len(main_rt) == 1, "the VPC's default group and main route table are flagged too")
with_vpc = set(default_sg + main_rt)      # AWS deletes them with the VPC

def scenario(terminate_ms):
    """The VPC's cleanup; with terminate_ms, instances shut down that long
    (as EC2's do) before their interfaces and volumes go."""
    with FakeAws("basic.json") as aws:
        # -- the fake refuses what AWS refuses while dependants exist
        k = aws.keys(MGMT)[0]
        ec2 = botocore.session.get_session().create_client(
            "ec2", region_name=REGION, endpoint_url=aws.url, aws_access_key_id=k["id"], aws_secret_access_key=k["secret"],
            config=Config(retries={"total_max_attempts": 1, "mode": "standard"}))
        by_kind = {}
        for i in flag:
            by_kind.setdefault(rep[i]["kind"], []).append(rep[i])
        web = [g for g in by_kind["aws_ec2_security_group"] if g["name"] == "web"][0]
        igw = by_kind["aws_ec2_internet_gateway"][0]
        eip = [e for e in by_kind["aws_ec2_elastic_ip"] if e.get("ip_association_id")][0]
        vol = by_kind["aws_ec2_volume"][0]
        for what, fn, code in (
                ("DeleteVpc", lambda: ec2.delete_vpc(VpcId=VPC), "DependencyViolation"),
                ("DeleteSubnet", lambda: ec2.delete_subnet(SubnetId=by_kind["aws_ec2_subnet"][0]["id"]),
                 "DependencyViolation"),
                ("DeleteSecurityGroup", lambda: ec2.delete_security_group(GroupId=web["id"]), "DependencyViolation"),
                ("DeleteInternetGateway", lambda: ec2.delete_internet_gateway(InternetGatewayId=igw["id"]),
                 "DependencyViolation"),
                ("DetachInternetGateway", lambda: ec2.detach_internet_gateway(InternetGatewayId=igw["id"], VpcId=VPC),
                 "DependencyViolation"),
                ("ReleaseAddress", lambda: ec2.release_address(AllocationId=eip["ip_allocation_id"]),
                 "InvalidIPAddress.InUse"),
                ("DeleteVolume", lambda: ec2.delete_volume(VolumeId=vol["id"]), "VolumeInUse")):
            try:
                fn()
                check(False, "%s out of order: the fake let it through" % what)
            except ClientError as e:
                check(e.response["Error"]["Code"] == code, "%s out of order: %s, as AWS: %s" % (
                    what, code, e.response["Error"]))
        aws.clear_log()
        aws.config(terminate_ms=terminate_ms)

        with L.control.DevCore(psk=L.PSK) as core:
            w = L.Worker(core, ["resotoworker.collector=aws", "aws.region=" + REGION, "resotoworker.cleanup=true",
                                "resotoworker.cleanup_dry_run=false", "resotoworker.cleanup_pool_size=4"],
                         env=dict(aws.env(MGMT), RW_TEST_BUSY_WAIT_S="10"))
            try:
                task, reply = w.collect(timeout=120)
                check(reply["kind"] == "action_done", "collected: %s" % reply)
                g = core.graph()
                stored = {n["id"]: n for n in g["nodes"]}
                check(flag <= set(stored), "the core holds every node to flag: %s" % sorted(flag - set(stored))[:5])
                got = {(f, t) for f, t, et in g["edges"] if et == "delete" and f in flag and t in flag}
                check(got == set(inner), "the worker's delete edges are the reference's: %d missing, %d more" % (
                    len(set(inner) - got), len(got - set(inner))))
                flagged = core.flag(ids=sorted(flag))
                check(sorted(flagged) == sorted(flag), "%d nodes flagged: %d" % (len(flag), len(flagged)))

                seq = core.seq()
                act = core.send_action("cleanup")
                r = core.wait("action_reply", task=act["task"], timeout=120)[-1]["json"]
                check(r["kind"] == "action_done", "cleanup: action_done: %s" % r)
                errors = L.infos(core, act["task"], "error")
                check(not errors, "no error reported: %s" % errors[:3])

                log = [e for e in aws.log() if e.get("account") == MGMT]
                tried, done = {}, {}
                for i in flag:
                    mine = [e for e in log if matches(e, rep[i], CALLS[rep[i]["kind"]])]
                    tried[i] = min((e["seq"] for e in mine), default=None)
                    last = [e for e in mine if e["action"] == LAST[rep[i]["kind"]]]
                    ok = [e["seq"] for e in last if e.get("status") == 200 or gone(e.get("error"))]
                    done[i] = ok[0] if ok else None
                missing = ["%s %s" % (rep[i]["kind"], rep[i]["id"]) for i in flag if done[i] is None]
                check(not missing, "every delete reached the fake and went through: missing %s" % missing)

                def dn(i):
                    return "%s %s" % (rep[i]["kind"], rep[i]["id"])
                wrong = []
                for f, t in (inner if not terminate_ms else ()):
                    if None in (tried[f], done[t]):
                        continue
                    if t in with_vpc and f == vpc:
                        continue
                    if tried[f] < done[t]:
                        wrong.append("%s tried (#%d) before %s was deleted (#%d)" % (dn(f), tried[f], dn(t), done[t]))
                check(not wrong, "the delete edges' order (%d edges): %s" % (len(inner), wrong[:5]))
                for i in (with_vpc if not terminate_ms else ()):
                    refused = [e for e in log if matches(e, rep[i], CALLS[rep[i]["kind"]]) and
                               e["action"] == LAST[rep[i]["kind"]] and e.get("error") in ("CannotDelete",
                                                                                        "DependencyViolation")]
                    check(refused and done[vpc] is not None and refused[0]["seq"] < done[vpc] < (done[i] or 0),
                          "%s: refused before DeleteVpc, gone after it" % dn(i))

                def refused(kind, action, code="DependencyViolation"):
                    return [e for e in log if e["action"] == action and e.get("error") == code and
                            any(matches(e, rep[i], CALLS[kind]) for i in flag if rep[i]["kind"] == kind)]
                check(refused("aws_ec2_subnet", "DeleteSubnet") and
                      refused("aws_ec2_security_group", "DeleteSecurityGroup") and
                      refused("aws_ec2_internet_gateway", "DetachInternetGateway"),
                      "AWS refused subnets, groups and the gateway while instances and addresses used them")
                if not terminate_ms:
                    check(not [e for e in log if e["action"] == "DeleteVpc" and e.get("status") != 200],
                          "DeleteVpc came once everything in it was gone: %s" % [
                              e.get("error") for e in log if e["action"] == "DeleteVpc"])
                else:
                    # nothing else to delete while the instances shut down:
                    # the worker waits, then tries what was refused again
                    check("nothing else to delete: trying again in 2 s" in w.stderr(),
                          "the wait for the shutting-down instances is logged")
                    check(refused("aws_ec2_network_interface", "DeleteNetworkInterface",
                                  "InvalidNetworkInterface.InUse"),
                          "interfaces were refused while their instances shut down")
                check("still in use; tried again after other deletes" in w.stderr(), "the retries are logged")

                now = aws.resources(MGMT, REGION)
                left = [c for c, key in (("Vpcs", "VpcId"), ("Subnets", "VpcId"), ("SecurityGroups", "VpcId"),
                                         ("RouteTables", "VpcId"), ("NetworkInterfaces", "VpcId"))
                        for x in now[c] if x.get(key) == VPC]
                check(not left, "nothing of the VPC is left in the fake: %s" % left)
                check(all(x["State"]["Name"] == "terminated" for x in now["Instances"] if x.get("VpcId") == VPC),
                      "its instances are terminated")
                ids = {rep[i]["id"] for i in flag}
                check(not [v for v in now["Volumes"] if v["VolumeId"] in ids] and
                      not [a for a in now["Addresses"] if a["AllocationId"] in
                           {rep[i].get("ip_allocation_id") for i in flag}] and
                      not [x for x in now["InternetGateways"] if x["InternetGatewayId"] in ids],
                      "its volumes, addresses and gateway are gone")
                check(not [x for x in aws.resources(MGMT, REGION, "elbv2.LoadBalancers") if x.get("VpcId") == VPC] and
                      not [x for x in aws.resources(MGMT, REGION, "elbv2.TargetGroups") if x.get("VpcId") == VPC] and
                      not [x for x in aws.resources(MGMT, REGION, "elb.LoadBalancerDescriptions")
                           if x.get("VPCId") == VPC], "its load balancers and target groups are gone")

                g = {n["id"]: n for n in core.graph()["nodes"]}
                check(all(g[i]["metadata"].get("cleaned") is True for i in flag), "the core sees every node cleaned")
                act = core.send_action("cleanup")
                r = core.wait("action_reply", task=act["task"], timeout=60)[-1]["json"]
                check(r["kind"] == "action_done" and "cleanup %s: 0 flagged nodes to delete" % act["task"] in w.stderr(),
                      "a second cleanup finds nothing left")

                if terminate_ms:
                    return
                # a subnet whose instances are not flagged stays in use: tried
                # again while other nodes go (the search's neighbours, flagged
                # and already cleaned, count as deleted without a call), then
                # failed once with AWS's reason; the core sees it not cleaned
                sub = [i for i, x in rep.items() if x["kind"] == "aws_ec2_subnet" and x["id"] == BUSY_SUBNET][0]
                core.flag(ids=[sub])
                since = aws.log()[-1]["seq"]
                act = core.send_action("cleanup")
                r = core.wait("action_reply", task=act["task"], timeout=60)[-1]["json"]
                errors = L.infos(core, act["task"], "error")
                calls = [e for e in aws.log(since) if e.get("action") == "DeleteSubnet" and
                         (e.get("params") or {}).get("SubnetId") == BUSY_SUBNET]
                check(r["kind"] == "action_done" and calls and all(c.get("error") == "DependencyViolation" for c in calls)
                      and len(errors) == 1 and BUSY_SUBNET in errors[0] and "DependencyViolation" in errors[0],
                      "a subnet in use is refused, tried again while others go, then fails with AWS's reason: %s %s" % (
                          [c.get("error") for c in calls], errors))
                waits = re.findall(r"cleanup %s: 1 node still in use and nothing else to delete: trying again in "
                                   r"(\d+) s" % act["task"], w.stderr())
                check(waits == ["2", "4", "4"], "waits that stop at the budget (RW_TEST_BUSY_WAIT_S=10): %s" % waits)
                n = {x["id"]: x for x in core.graph()["nodes"]}[sub]
                check(n["metadata"].get("cleaned") is False and "DependencyViolation" in
                      n["metadata"]["event_log"][-1]["exception"], "written back not cleaned: %s" % n["metadata"])
            finally:
                check(w.stop() == 0, "worker exit 0")


scenario(0)
scenario(1500)
L.done()

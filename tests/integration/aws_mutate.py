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
- CLEANUP of an elastic IP: DisassociateAddress (when associated), then
  ReleaseAddress;
- CLEANUP of an internet gateway attached to a VPC: refused while the VPC
  has mapped public addresses (DependencyViolation, "busy": the cleanup
  job tries it again later); once the NAT gateway is gone,
  DetachInternetGateway with that VPC, then DeleteInternetGateway;
- CLEANUP of a security group with a rule naming another group:
  RevokeSecurityGroupIngress of that rule (read fresh with
  DescribeSecurityGroups), then DeleteSecurityGroup;
- load balancers: elb:AddTags/RemoveTags by name, elbv2's by ARN (TagKeys
  to remove), elb:DeleteLoadBalancer, elbv2:DeleteLoadBalancer, and
  DeleteTargetGroup refused while a load balancer uses the group
  (ResourceInUse), done once it is gone;
- an S3 bucket: a tag update and delete rewrite the whole tag set
  (GetBucketTagging, PutBucketTagging); a delete empties it in
  DeleteObjects batches (every version and delete marker, listed with
  ListObjectVersions) in the bucket's region, then DeleteBucket;
- an Auto Scaling group: CreateOrUpdateTags / DeleteTags (ResourceType
  auto-scaling-group, PropagateAtLaunch false), DeleteAutoScalingGroup
  with ForceDelete;
- a CloudWatch alarm: TagResource / UntagResource by its ARN, DeleteAlarms;
- an RDS instance: AddTagsToResource / RemoveTagsFromResource by its ARN,
  DeleteDBInstance with SkipFinalSnapshot (a protected one refused);
- a KMS key (JSON protocol): TagResource / UntagResource; a delete
  disables it, then schedules its deletion (7 days); one pending deletion
  is left as it is;
- IAM (global): TagUser / UntagUser by name, TagPolicy by ARN,
  TagInstanceProfile; DeletePolicy; a role still in an instance profile is
  refused (DeleteConflict); an instance profile's delete removes its roles
  (RemoveRoleFromInstanceProfile, read with GetInstanceProfile) first; a
  role's delete detaches its attached policies (ListAttachedRolePolicies,
  DetachRolePolicy) and deletes its inline ones (DeleteRolePolicy) before
  DeleteRole, again: NoSuchEntity counts as deleted; a user with access
  keys is refused after its policies are detached and deleted;
- Lambda (REST-JSON): TagResource / UntagResource by the function's ARN,
  DeleteFunction by the ARN, again: ResourceNotFoundException counts as
  deleted;
- EKS (REST-JSON): TagResource / UntagResource by a cluster's or node
  group's ARN, DeleteCluster refused while it has node groups
  (ResourceInUseException), DeleteNodegroup by cluster and name, then
  DeleteCluster;
- a tag on a kind without tag calls (instance type) and a delete the cloud
  refuses (a subnet in use: DependencyViolation) answer ok=false with the
  reason; a refusal because something else still uses the resource says
  "busy": true.
"""
import json
import os
import sys

import collect_lib as L
from collect_lib import check
from childlink import Child, ACCOUNT, CLEANUP, TAG_UPDATE, TAG_DELETE, STOP, INFO, FAILED, RESULT  # noqa: F401

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
from awsctl import FakeAws  # noqa: E402

MGMT, WORK = "111111111111", "222222222222"
REGION = "us-east-1"


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

        eip = [a for a in items(aws, "Addresses") if a.get("AssociationId")][0]
        r = c.result(CLEANUP, node("aws_ec2_elastic_ip", eip["PublicIp"], ip_allocation_id=eip["AllocationId"],
                                   ip_association_id=eip["AssociationId"]))
        check(r["ok"], "elastic ip released: %s" % r)
        check(aws.calls(action="DisassociateAddress", account=WORK, status=200) and
              aws.calls(action="ReleaseAddress", account=WORK, status=200), "disassociated, then released")

        igw = [g for g in items(aws, "InternetGateways") if g.get("Attachments")][0]
        vpc = igw["Attachments"][0]["VpcId"]
        ign = node("aws_ec2_internet_gateway", igw["InternetGatewayId"],
                   gateway_attachments=[{"vpc_id": vpc, "state": "available"}])
        r = c.result(CLEANUP, ign)
        check(not r["ok"] and r.get("busy") is True and "mapped public address" in r["error"],
              "an internet gateway is not detached while the VPC has public addresses (busy): %s" % r)
        # the NAT gateway holds the VPC's other public address
        nat = [n for n in items(aws, "NatGateways") if n["VpcId"] == vpc][0]
        r = c.result(CLEANUP, node("aws_ec2_nat_gateway", nat["NatGatewayId"]))
        check(r["ok"], "NAT gateway deleted: %s" % r)
        r = c.result(CLEANUP, ign)
        check(r["ok"], "internet gateway deleted: %s" % r)
        d = aws.calls(action="DetachInternetGateway", account=WORK, status=200)
        check(d and d[0]["params"].get("VpcId") == vpc, "detached from its VPC first: %s" % d)
        check(aws.calls(action="DeleteInternetGateway", account=WORK, status=200), "ec2:DeleteInternetGateway")

        sub = [s for s in items(aws, "Subnets")
               if any(n.get("SubnetId") == s["SubnetId"] for n in items(aws, "NetworkInterfaces"))][0]
        r = c.result(CLEANUP, node("aws_ec2_subnet", sub["SubnetId"]))
        check(not r["ok"] and "DependencyViolation" in r["error"] and r.get("busy") is True,
              "a delete refused while something uses the resource is an error, marked busy: %s" % r)

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

        # load balancers (part 2): tags by name (ELB) or ARN (ELBv2), deletes
        elb = items(aws, "elb.LoadBalancerDescriptions")[0]
        lbn = node("aws_elb", elb["DNSName"], name=elb["LoadBalancerName"])
        r = c.result(TAG_UPDATE, {"node": lbn, "key": "owner", "value": "lb"})
        calls = aws.calls(service="elb", action="AddTags", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"LoadBalancerNames": [elb["LoadBalancerName"]],
              "Tags": [{"Key": "owner", "Value": "lb"}]}, "elb:AddTags by name: %s %s" % (r, calls))
        r["node"]["ancestors"] = lbn["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
        calls = aws.calls(service="elb", action="RemoveTags", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["Tags"] == [{"Key": "owner"}], "elb:RemoveTags: %s" % calls)
        r = c.result(CLEANUP, lbn)
        check(r["ok"] and elb["LoadBalancerName"] not in [x["LoadBalancerName"] for x in items(
              aws, "elb.LoadBalancerDescriptions")], "elb:DeleteLoadBalancer: %s" % r)
        tgs = items(aws, "elbv2.TargetGroups")
        used_tg = [t for t in tgs if t.get("LoadBalancerArns")][0]
        tgn = node("aws_alb_target_group", used_tg["TargetGroupName"], arn=used_tg["TargetGroupArn"])
        r = c.result(TAG_UPDATE, {"node": tgn, "key": "owner", "value": "tg"})
        calls = aws.calls(service="elbv2", action="AddTags", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["ResourceArns"] == [used_tg["TargetGroupArn"]],
              "elbv2:AddTags by ARN: %s" % calls)
        r["node"]["ancestors"] = tgn["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
        calls = aws.calls(service="elbv2", action="RemoveTags", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["TagKeys"] == ["owner"], "elbv2:RemoveTags: %s" % calls)
        r = c.result(CLEANUP, tgn)
        check(not r["ok"] and "ResourceInUse" in r["error"], "a target group in use is refused: %s" % r)
        alb = [x for x in items(aws, "elbv2.LoadBalancers") if x["LoadBalancerArn"] in used_tg["LoadBalancerArns"]][0]
        r = c.result(CLEANUP, node("aws_alb", alb["LoadBalancerName"], arn=alb["LoadBalancerArn"]))
        calls = aws.calls(service="elbv2", action="DeleteLoadBalancer", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"LoadBalancerArn": alb["LoadBalancerArn"]},
              "elbv2:DeleteLoadBalancer by ARN: %s" % calls)
        r = c.result(CLEANUP, tgn)
        check(r["ok"] and used_tg["TargetGroupArn"] not in [t["TargetGroupArn"] for t in items(
              aws, "elbv2.TargetGroups")], "elbv2:DeleteTargetGroup once unused: %s" % r)

        # S3 (part 2): tags by rewriting the whole set, a bucket emptied
        # (versions and delete markers, batch after batch) before it goes
        bks = aws.current_fixture()["accounts"][WORK]["s3"]["Buckets"]
        data = [b for b in bks if b.get("_Objects") and b.get("_Tags")][0]
        bn = node("aws_s3_bucket", data["Name"])
        r = c.result(TAG_UPDATE, {"node": bn, "key": "costcenter", "value": "7"})
        puts = aws.calls(service="s3", action="PutBucketTagging", account=WORK, status=200)
        now = {t["Key"]: t["Value"] for t in [b for b in aws.current_fixture()["accounts"][WORK]["s3"]["Buckets"]
               if b["Name"] == data["Name"]][0]["_Tags"]}
        check(r["ok"] and len(puts) == 1 and now == dict({t["Key"]: t["Value"] for t in data["_Tags"]},
              costcenter="7"), "s3 tags: the whole set written back: %s %s" % (r, now))
        r["node"]["ancestors"] = bn["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "costcenter"})
        check(r["ok"] and len(aws.calls(service="s3", action="PutBucketTagging", account=WORK, status=200)) == 2,
              "s3 tag delete rewrites the set: %s" % r)
        r = c.result(CLEANUP, bn)
        dels = aws.calls(service="s3", action="DeleteObjects", account=WORK, status=200)
        left = [b for b in aws.current_fixture()["accounts"][WORK].get("s3", {}).get("Buckets", [])
                if b["Name"] == data["Name"]]
        check(r["ok"] and len(dels) >= 2 and not left and
              aws.calls(service="s3", action="DeleteBucket", account=WORK, status=204),
              "s3 bucket emptied in %d batches (versions, delete markers) and deleted: %s" % (len(dels), r))
        check(not aws.calls(service="s3", account=WORK, error="AuthorizationHeaderMalformed"),
              "s3 calls go to the bucket's region")

        # Auto Scaling (part 2): tags one key a call, the delete forced
        asg = [g for g in items(aws, "autoscaling.AutoScalingGroups") if g.get("Instances")][0]
        an = node("aws_autoscaling_group", asg["AutoScalingGroupName"])
        r = c.result(TAG_UPDATE, {"node": an, "key": "owner", "value": "ops"})
        calls = aws.calls(service="autoscaling", action="CreateOrUpdateTags", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["Tags"] == [{"ResourceId": asg["AutoScalingGroupName"],
              "ResourceType": "auto-scaling-group", "Key": "owner", "Value": "ops", "PropagateAtLaunch": False}],
              "autoscaling:CreateOrUpdateTags: %s" % calls)
        r["node"]["ancestors"] = an["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
        calls = aws.calls(service="autoscaling", action="DeleteTags", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["Tags"][0]["Key"] == "owner", "autoscaling:DeleteTags")
        r = c.result(CLEANUP, an)
        calls = aws.calls(service="autoscaling", action="DeleteAutoScalingGroup", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"AutoScalingGroupName": asg["AutoScalingGroupName"],
              "ForceDelete": True}, "autoscaling:DeleteAutoScalingGroup with ForceDelete: %s" % calls)

        # CloudWatch alarms (part 2): tags by ARN, DeleteAlarms by name
        al = items(aws, "cloudwatch.MetricAlarms")[0]
        aln = node("aws_cloudwatch_alarm", al["AlarmName"], arn=al["AlarmArn"])
        r = c.result(TAG_UPDATE, {"node": aln, "key": "owner", "value": "ops"})
        calls = aws.calls(service="cloudwatch", action="TagResource", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"ResourceARN": al["AlarmArn"],
              "Tags": [{"Key": "owner", "Value": "ops"}]}, "cloudwatch:TagResource: %s" % calls)
        r["node"]["ancestors"] = aln["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
        calls = aws.calls(service="cloudwatch", action="UntagResource", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["TagKeys"] == ["owner"], "cloudwatch:UntagResource")
        r = c.result(CLEANUP, aln)
        check(r["ok"] and al["AlarmName"] not in [a["AlarmName"] for a in items(aws, "cloudwatch.MetricAlarms")],
              "cloudwatch:DeleteAlarms: %s" % r)

        # RDS (part 2): tags by ARN, the delete without a final snapshot
        db = [d for d in items(aws, "rds.DBInstances") if not d.get("DeletionProtection")][0]
        dbn = node("aws_rds_instance", db["DBInstanceIdentifier"], arn=db["DBInstanceArn"])
        r = c.result(TAG_UPDATE, {"node": dbn, "key": "owner", "value": "dba"})
        calls = aws.calls(service="rds", action="AddTagsToResource", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"ResourceName": db["DBInstanceArn"],
              "Tags": [{"Key": "owner", "Value": "dba"}]}, "rds:AddTagsToResource: %s" % calls)
        r["node"]["ancestors"] = dbn["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
        calls = aws.calls(service="rds", action="RemoveTagsFromResource", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["TagKeys"] == ["owner"], "rds:RemoveTagsFromResource")
        r = c.result(CLEANUP, dbn)
        calls = aws.calls(service="rds", action="DeleteDBInstance", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"DBInstanceIdentifier": db["DBInstanceIdentifier"],
              "SkipFinalSnapshot": True}, "rds:DeleteDBInstance without a final snapshot: %s" % calls)
        prot = [d for d in items(aws, "rds.DBInstances") if d.get("DeletionProtection")][0]
        r = c.result(CLEANUP, node("aws_rds_instance", prot["DBInstanceIdentifier"], arn=prot["DBInstanceArn"]))
        check(not r["ok"] and "InvalidParameterCombination" in r["error"], "a protected instance is refused: %s" % r)

        # KMS (part 2, JSON protocol): tags, a delete disables then schedules
        keys = items(aws, "kms.Keys")
        k = [x for x in keys if x["KeyState"] == "Enabled"][0]
        kn = node("aws_kms_key", k["KeyId"], arn=k["Arn"], access_key_status="Enabled")
        r = c.result(TAG_UPDATE, {"node": kn, "key": "owner", "value": "sec"})
        calls = aws.calls(service="kms", action="TagResource", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"KeyId": k["KeyId"],
              "Tags": [{"TagKey": "owner", "TagValue": "sec"}]}, "kms:TagResource: %s" % calls)
        r["node"]["ancestors"] = kn["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
        calls = aws.calls(service="kms", action="UntagResource", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"]["TagKeys"] == ["owner"], "kms:UntagResource")
        r = c.result(CLEANUP, kn)
        dis = aws.calls(service="kms", action="DisableKey", account=WORK, status=200)
        sch = aws.calls(service="kms", action="ScheduleKeyDeletion", account=WORK, status=200)
        now = [x for x in items(aws, "kms.Keys") if x["KeyId"] == k["KeyId"]][0]
        check(r["ok"] and dis and sch and dis[0]["seq"] < sch[0]["seq"] and
              sch[0]["params"].get("PendingWindowInDays") == 7 and now["KeyState"] == "PendingDeletion",
              "kms: DisableKey, then ScheduleKeyDeletion: %s" % r)
        r = c.result(CLEANUP, dict(kn, reported=dict(kn["reported"], access_key_status="PendingDeletion")))
        check(r["ok"] and len(aws.calls(service="kms", action="ScheduleKeyDeletion", account=WORK)) == 1,
              "a key pending deletion is left as it is: %s" % r)

        # IAM (part 2, global): tags by name or ARN; deletes detach the
        # attached policies and delete the inline ones first
        def iam(coll, key, value):
            return [x for x in items(aws, "iam." + coll) if x[key] == value][0]

        def seq(action):
            return [x["seq"] for x in aws.calls(service="iam", action=action, account=WORK, status=200)]
        bob = iam("Users", "UserName", "bob")
        un = node("aws_iam_user", bob["UserId"], name="bob", arn=bob["Arn"])
        r = c.result(TAG_UPDATE, {"node": un, "key": "owner", "value": "it"})
        calls = aws.calls(service="iam", action="TagUser", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"UserName": "bob", "Tags": [{"Key": "owner",
              "Value": "it"}]} and iam("Users", "UserName", "bob")["Tags"] == [{"Key": "owner", "Value": "it"}],
              "iam:TagUser by name: %s" % calls)
        r["node"]["ancestors"] = un["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
        calls = aws.calls(service="iam", action="UntagUser", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"UserName": "bob", "TagKeys": ["owner"]},
              "iam:UntagUser: %s" % calls)
        lone = iam("Policies", "PolicyName", "lone")
        pn = node("aws_iam_policy", lone["PolicyId"], name="lone", arn=lone["Arn"])
        r = c.result(TAG_UPDATE, {"node": pn, "key": "owner", "value": "sec"})
        calls = aws.calls(service="iam", action="TagPolicy", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"PolicyArn": lone["Arn"], "Tags": [{"Key": "owner",
              "Value": "sec"}]}, "iam:TagPolicy by ARN: %s" % calls)
        r = c.result(CLEANUP, pn)
        check(r["ok"] and not [x for x in items(aws, "iam.Policies") if x["Arn"] == lone["Arn"]],
              "iam:DeletePolicy: %s" % r)
        web = iam("Roles", "RoleName", "web")
        rn = node("aws_iam_role", web["RoleId"], name="web", arn=web["Arn"], role_policies=[{"policy_name": "cw"}])
        r = c.result(CLEANUP, rn)
        check(not r["ok"] and "DeleteConflict" in r["error"] and "instance profile" in r["error"],
              "a role in an instance profile is refused: %s" % r)
        prof = iam("InstanceProfiles", "InstanceProfileName", "web")
        ipn = node("aws_iam_instance_profile", prof["InstanceProfileId"], name="web", arn=prof["Arn"])
        r = c.result(TAG_UPDATE, {"node": ipn, "key": "owner", "value": "web"})
        calls = aws.calls(service="iam", action="TagInstanceProfile", account=WORK, status=200)
        check(r["ok"] and calls and calls[0]["params"] == {"InstanceProfileName": "web", "Tags": [{"Key": "owner",
              "Value": "web"}]}, "iam:TagInstanceProfile: %s" % calls)
        r = c.result(CLEANUP, ipn)
        rm = aws.calls(service="iam", action="RemoveRoleFromInstanceProfile", account=WORK, status=200)
        check(r["ok"] and rm and rm[0]["params"] == {"InstanceProfileName": "web", "RoleName": "web"} and
              seq("RemoveRoleFromInstanceProfile")[0] < seq("DeleteInstanceProfile")[0] and
              not [x for x in items(aws, "iam.InstanceProfiles") if x["InstanceProfileName"] == "web"],
              "an instance profile loses its roles, then goes: %s" % r)
        r = c.result(CLEANUP, rn)
        det = aws.calls(service="iam", action="DetachRolePolicy", account=WORK, status=200)
        inl = aws.calls(service="iam", action="DeleteRolePolicy", account=WORK, status=200)
        check(r["ok"] and det and det[0]["params"] == {"RoleName": "web", "PolicyArn":
              web["AttachedManagedPolicies"][0]["PolicyArn"]} and inl and inl[0]["params"] == {"RoleName": "web",
              "PolicyName": "cw"} and det[0]["seq"] < seq("DeleteRole")[0] and inl[0]["seq"] < seq("DeleteRole")[0]
              and not [x for x in items(aws, "iam.Roles") if x["RoleName"] == "web"],
              "iam: DetachRolePolicy and DeleteRolePolicy, then DeleteRole: %s" % r)
        r = c.result(CLEANUP, rn)
        check(r["ok"], "a role already gone counts as deleted (NoSuchEntity): %s" % r)
        alice = iam("Users", "UserName", "alice")
        r = c.result(CLEANUP, node("aws_iam_user", alice["UserId"], name="alice", arn=alice["Arn"],
                                   user_policies=[{"policy_name": "s3-own"}]))
        check(not r["ok"] and "DeleteConflict" in r["error"] and seq("DetachUserPolicy") and
              seq("DeleteUserPolicy"), "a user with access keys: policies detached, the delete refused: %s" % r)

        # Lambda (REST-JSON): tags by the function's ARN (TagResource with
        # a map, UntagResource with tagKeys), DeleteFunction by the ARN
        def ok_calls(svc, action):
            return [x for x in aws.calls(service=svc, action=action, account=WORK) if not x.get("error")]

        def tag_calls(svc, n, set_params, del_params, has):
            """TAG_UPDATE owner=ops (the fake has it), then TAG_DELETE owner"""
            r = c.result(TAG_UPDATE, {"node": n, "key": "owner", "value": "ops"})
            calls = ok_calls(svc, "TagResource")
            check(r["ok"] and calls and calls[-1]["params"] == set_params and has(),
                  "%s:TagResource by ARN: %s %s" % (svc, r, calls))
            r["node"]["ancestors"] = n["ancestors"]
            r = c.result(TAG_DELETE, {"node": r["node"], "key": "owner"})
            calls = ok_calls(svc, "UntagResource")
            check(r["ok"] and calls and calls[-1]["params"] == del_params, "%s:UntagResource: %s" % (svc, calls))
        f = [x for x in items(aws, "lambda.Functions") if x.get("_Tags")][0]
        fnode = node("aws_lambda_function", f["FunctionName"], arn=f["FunctionArn"])
        tag_calls("lambda", fnode, {"Resource": f["FunctionArn"], "Tags": {"owner": "ops"}},
                  {"Resource": f["FunctionArn"], "TagKeys": ["owner"]},
                  lambda: [x for x in items(aws, "lambda.Functions") if x["FunctionName"] ==
                           f["FunctionName"]][0]["_Tags"].get("owner") == "ops")
        r = c.result(CLEANUP, fnode)
        calls = ok_calls("lambda", "DeleteFunction")
        check(r["ok"] and calls and calls[0]["params"] == {"FunctionName": f["FunctionArn"]} and
              not [x for x in items(aws, "lambda.Functions") if x["FunctionName"] == f["FunctionName"]],
              "lambda:DeleteFunction by ARN: %s" % r)
        r = c.result(CLEANUP, fnode)
        check(r["ok"] and len(aws.calls(service="lambda", action="DeleteFunction", account=WORK)) == 2,
              "a function already gone counts as deleted (ResourceNotFoundException): %s" % r)

        # EKS (REST-JSON): tags by ARN (a node group's holds '/'), a cluster
        # with node groups refused (ResourceInUseException), its node groups
        # deleted by cluster and name, then the cluster
        cl = [x for x in items(aws, "eks.Clusters") if x["name"] == "prod"][0]
        cn = node("aws_eks_cluster", "prod", arn=cl["arn"])
        tag_calls("eks", cn, {"resourceArn": cl["arn"], "tags": {"owner": "ops"}},
                  {"resourceArn": cl["arn"], "tagKeys": ["owner"]},
                  lambda: [x for x in items(aws, "eks.Clusters") if x["name"] == "prod"][0]["tags"].get("owner") ==
                  "ops")
        r = c.result(CLEANUP, cn)
        check(not r["ok"] and "ResourceInUseException" in r["error"], "a cluster with node groups is refused: %s" % r)
        groups = [x for x in items(aws, "eks.Nodegroups") if x["clusterName"] == "prod"]
        g0 = groups[0]
        gn = node("aws_eks_nodegroup", g0["nodegroupName"], arn=g0["nodegroupArn"], cluster_name="prod")
        tag_calls("eks", gn, {"resourceArn": g0["nodegroupArn"], "tags": {"owner": "ops"}},
                  {"resourceArn": g0["nodegroupArn"], "tagKeys": ["owner"]},
                  lambda: [x for x in items(aws, "eks.Nodegroups") if x["nodegroupArn"] ==
                           g0["nodegroupArn"]][0]["tags"].get("owner") == "ops")
        for g in groups:
            r = c.result(CLEANUP, node("aws_eks_nodegroup", g["nodegroupName"], arn=g["nodegroupArn"],
                                       cluster_name="prod"))
            check(r["ok"], "eks:DeleteNodegroup %s: %s" % (g["nodegroupName"], r))
        calls = ok_calls("eks", "DeleteNodegroup")
        check(sorted(x["params"]["nodegroupName"] for x in calls) == sorted(g["nodegroupName"] for g in groups) and
              all(x["params"]["clusterName"] == "prod" for x in calls), "eks:DeleteNodegroup by cluster and name")
        r = c.result(CLEANUP, cn)
        calls = ok_calls("eks", "DeleteCluster")
        check(r["ok"] and calls and calls[0]["params"] == {"name": "prod"} and
              not [x for x in items(aws, "eks.Clusters") if x["name"] == "prod"], "eks:DeleteCluster: %s" % r)

        wrong = [e for e in aws.log() if e.get("account") == WORK and not e.get("key", "").startswith("ASIA")]
        check(not wrong, "account 222222222222 is reached by the assumed role only: %s" % wrong[:3])
    finally:
        check(c.stop() == 0, "the child exits 0 on STOP")
L.done()

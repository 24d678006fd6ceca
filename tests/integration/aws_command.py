#!/usr/bin/env python3
"""aws_command: the reference's `aws` custom command on /work/queue
(core-protocol.md 5), made safe: read-only calls of the services the AWS
collector talks to, through its HTTP layer, against the fake AWS, as
tasks of the development core.

- with the aws collector configured, the handler list names the command
  as the reference does (name, info, description, args_description,
  allowed_on_kind aws_resource, expect_node_result false, filter {}); a
  worker without it does not offer it;
- on a node: `aws ec2 describe-volumes --volume-ids VOL` runs in the
  node's account and region (a second account through the configured
  role) and answers the response as JSON (EC2's names with the first
  letter in capitals, the request id left out), within the core's 10 s;
  several values make a list (`--instance-ids A B`);
- without a node: the configured account and first region
  (`aws sts get-caller-identity`), `--region` chooses another;
- the Query services (elbv2: TargetGroups, members as a list; iam, global:
  signed for us-east-1) and KMS (JSON 1.1: numbers typed, `--limit 2`);
- refused with a clear error, and nothing reaches the fake: an operation
  that is not Describe*/List*/Get* (terminate-instances), a service this
  collector does not talk to (dynamodb) or REST (s3, lambda), a read-only call that
  hands out credentials (sts get-session-token), --profile, a bare
  `aws ec2`, a value that is not a --parameter; an AWS error
  (InvalidVolume.NotFound) is the task's error;
- every frame the worker sent is valid for the (strict) devcore, and for
  the core oracle where it is set up (the handler list, the results).
"""
import os
import sys
import time

import collect_lib as L
import coretest
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
from awsctl import FakeAws, load_fixture  # noqa: E402

MGMT, WORK = "111111111111", "222222222222"
REGIONS = ["us-east-1", "eu-central-1"]
REF_ARGS = {
    "service": "Defines the AWS service, like ec2, s3, iam, etc.",
    "operation": "Defines the operation to execute.",
    "operation_args": "Defines the arguments for the operation. The parameters depend on the operation.",
    "--account": "[Optional] The AWS account identifier.",
    "--role": "[Optional] The AWS role.",
    "--profile": "[Optional] The AWS profile to use.",
    "--region": "[Optional] The AWS region.",
}


def node(kind, rid, account, region):
    return {"id": "n-" + rid, "type": "node", "reported": {"id": rid, "name": rid, "kind": kind},
            "metadata": {"cleaned": False, "protected": False},
            "ancestors": {"cloud": {"reported": {"id": "aws", "name": "aws"}},
                          "account": {"reported": {"id": account, "name": account}},
                          "region": {"reported": {"id": region, "name": region}}}}


def handler_lists(core):
    """The handler lists the worker sent on /work/queue (waits for one)."""
    for _ in range(100):
        hl = [e["json"] for e in core.log(type="ws_in", kind="queue") if isinstance(e.get("json"), list)]
        if hl:
            return hl
        time.sleep(0.1)
    return [[]]


def run(core, args, n=None, attrs=None):
    data = {"args": args}
    if n is not None:
        data["node"] = n
        attrs = {"cloud": "aws", "account": n["ancestors"]["account"]["reported"]["id"],
                 "region": n["ancestors"]["region"]["reported"]["id"]}
    t = core.send_task("aws", data=data, attrs=attrs or {}, timeout=10, wait=15)
    check(t["state"] in ("done", "error"), "aws %s: answered within the core's 10 s: %s" % (" ".join(args), t))
    return t


fx = load_fixture("basic.json")
with FakeAws("basic.json") as aws:
    with L.control.DevCore(psk=L.PSK) as core:
        w = L.Worker(core, ["resotoworker.collector=aws,example", "aws.region=" + ",".join(REGIONS),
                            "aws.role=resoto"], env=aws.env(MGMT))
        try:
            hl = handler_lists(core)
            cmd = [h for h in hl[-1] if h["name"] == "aws"]
            check(len(cmd) == 1 and cmd[0]["info"] == "Execute aws commands on AWS resources" and
                  cmd[0]["description"].startswith("Execute an operation on an AWS resource.\n") and
                  cmd[0]["args_description"] == REF_ARGS and cmd[0]["allowed_on_kind"] == "aws_resource" and
                  cmd[0]["expect_node_result"] is False and cmd[0]["filter"] == {},
                  "the aws command is registered as the reference does: %s" % cmd)
            check([h["name"] for h in hl[-1]] == ["tag", "tag", "aws"], "tag handlers first: %s" % hl[-1])

            # -- on a node: its account and region
            reg = fx["accounts"][MGMT]["regions"]["eu-central-1"]
            vol = reg["Volumes"][0]
            aws.clear_log()
            t = run(core, ["ec2", "describe-volumes", "--volume-ids", vol["VolumeId"]],
                    node("aws_ec2_volume", vol["VolumeId"], MGMT, "eu-central-1"))
            d = t.get("result")
            check(t["state"] == "done" and isinstance(d, dict) and set(d) == {"VolumeSet"} or
                  (isinstance(d, dict) and "VolumeSet" in d), "describe-volumes: the response: %s" % t)
            vols = (d or {}).get("VolumeSet") or []
            check(len(vols) == 1 and vols[0].get("VolumeId") == vol["VolumeId"] and
                  vols[0].get("Size") == str(vol["Size"]), "the volume, EC2's names capitalised: %s" % vols)
            calls = aws.calls(action="DescribeVolumes")
            check(len(calls) == 1 and calls[0]["account"] == MGMT and calls[0]["region"] == "eu-central-1" and
                  calls[0]["params"].get("VolumeIds") == [vol["VolumeId"]],
                  "one DescribeVolumes in the node's account and region: %s" % calls)

            wreg = fx["accounts"][WORK]["regions"]["us-east-1"]
            insts = [i["InstanceId"] for r in wreg["Reservations"] for i in r["Instances"]][:2]
            aws.clear_log()
            t = run(core, ["ec2", "describe-instances", "--instance-ids"] + insts,
                    node("aws_ec2_instance", insts[0], WORK, "us-east-1"))
            got = [i.get("InstanceId") for r in (t.get("result") or {}).get("ReservationSet", [])
                   for i in r.get("InstancesSet", [])]
            calls = aws.calls(action="DescribeInstances")
            check(t["state"] == "done" and sorted(got) == sorted(insts) and calls and
                  calls[0]["account"] == WORK and calls[0]["key"].startswith("ASIA") and
                  calls[0]["params"].get("InstanceIds") == insts,
                  "another account through the role, two values a list: %s %s" % (got, calls))

            # -- without a node: the configured account, its first region
            aws.clear_log()
            t = run(core, ["sts", "get-caller-identity"])
            r = t.get("result") or {}
            calls = aws.calls(action="GetCallerIdentity")
            check(t["state"] == "done" and r.get("Account") == MGMT and r.get("Arn", "").startswith("arn:aws:") and
                  "ResponseMetadata" not in r and calls and calls[-1]["region"] == REGIONS[0],
                  "sts get-caller-identity without a node: %s %s" % (t, calls))
            aws.clear_log()
            t = run(core, ["ec2", "describe-vpcs", "--region", "eu-central-1"])
            vpcs = [v.get("VpcId") for v in (t.get("result") or {}).get("VpcSet", [])]
            check(t["state"] == "done" and sorted(vpcs) == sorted(v["VpcId"] for v in reg["Vpcs"]) and
                  aws.calls(action="DescribeVpcs")[0]["region"] == "eu-central-1", "--region: %s" % vpcs)

            # -- Query and JSON services
            tg = fx["accounts"][MGMT]["regions"]["us-east-1"]["elbv2"]["TargetGroups"][0]
            t = run(core, ["elbv2", "describe-target-groups", "--names", tg["TargetGroupName"]],
                    node("aws_alb_target_group", tg["TargetGroupName"], MGMT, "us-east-1"))
            tgs = (t.get("result") or {}).get("TargetGroups")
            check(t["state"] == "done" and isinstance(tgs, list) and len(tgs) == 1 and
                  tgs[0]["TargetGroupArn"] == tg["TargetGroupArn"], "elbv2 (Query): %s" % t)
            aws.clear_log()
            t = run(core, ["iam", "list-instance-profiles"])
            profs = (t.get("result") or {}).get("InstanceProfiles")
            calls = aws.calls(service="iam", action="ListInstanceProfiles")
            check(t["state"] == "done" and isinstance(profs, list) and profs and calls and
                  calls[0]["region"] == "us-east-1" and calls[0]["status"] == 200, "iam (global): %s" % t)
            aws.clear_log()
            t = run(core, ["kms", "list-keys", "--limit", "2"],
                    node("aws_kms_key", "k", MGMT, "us-east-1"))
            r = t.get("result") or {}
            calls = aws.calls(service="kms", action="ListKeys")
            check(t["state"] == "done" and len(r.get("Keys", [])) == 2 and r.get("Truncated") is True and
                  calls and calls[0]["params"].get("Limit") == 2, "kms (JSON, typed --limit): %s %s" % (t, calls))

            # -- refused, nothing reaches the fake
            aws.clear_log()
            for args, what in (
                    (["ec2", "terminate-instances", "--instance-ids", insts[0]], "only read-only operations"),
                    (["ec2", "TerminateInstances"], "only read-only operations"),
                    (["dynamodb", "list-tables"], "not a service this collector talks to"),
                    (["s3", "list-buckets"], "REST service is not offered"),
                    (["lambda", "list-functions"], "REST service is not offered"),
                    (["sts", "get-session-token"], "hands out credentials"),
                    (["ec2", "describe-volumes", "--profile", "x"], "--profile is not supported"),
                    (["ec2"], "usage: aws SERVICE OPERATION"),
                    (["ec2", "describe-volumes", "vol-1"], "\"vol-1\" is not a --parameter")):
                t = run(core, args)
                check(t["state"] == "error" and what in (t.get("error") or ""),
                      "aws %s refused: %s" % (" ".join(args), t.get("error")))
            check(not [e for e in aws.log() if e.get("service") not in (None, "sts", "imds")],
                  "a refused command reaches no AWS service: %s" % [(e["service"], e["action"]) for e in aws.log()])
            t = run(core, ["ec2", "describe-volumes", "--volume-ids", "vol-00000000000000000"])
            check(t["state"] == "error" and "InvalidVolume.NotFound" in (t.get("error") or ""),
                  "an AWS error is the task's error: %s" % t.get("error"))
            check(not L.invalid_frames(core), "every frame valid: %s" % L.invalid_frames(core))
            check(w.alive(), "the worker keeps running")

            class Checks:
                ok = staticmethod(check)
            coretest.check_oracle(Checks, core, L.tmpdir("rw-awscmd-"))   # where the core oracle is set up
        finally:
            check(w.stop() == 0, "worker exit 0")

        # a worker without the aws collector does not offer the command
        core.reset("all")
        w = L.Worker(core, ["resotoworker.collector=example"])
        try:
            hl = handler_lists(core)
            check([h["name"] for h in hl[-1]] == ["tag"], "without aws: only tag: %s" % hl)
        finally:
            check(w.stop() == 0, "second worker exit 0")
L.done()

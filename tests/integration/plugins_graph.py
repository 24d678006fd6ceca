#!/usr/bin/env python3
"""plugins_graph: the graph-type action plugins (action-plugins.md 2.3-2.6,
2.8) against the devcore on a prepared AWS graph: each searches, decides
over the answer, PATCHes desired.clean and event logs, (tagvalidator)
sends one "tag update --nowait" command a node; checked node by node:

- cleanup_volumes: available volumes older (age, last access, last update)
  than min_age flagged, the others not, a protected one refused;
- cleanup_aws_alarms: alarms of instances that are gone or terminated;
- cleanup_aws_loadbalancers: ELBs and ALBs without instances, target
  groups and backends, lone target groups, idle ALBs with their target
  groups; young ones and expiration=never kept;
- cleanup_aws_vpcs: a flagged VPC takes its subnet and security group
  along, names what it cannot, and one with an instance is unflagged;
- tagvalidator: too long and unparsable expiration tags (48h, soon, never,
  an ISO date) get an event log and a tag task, 12h and no tag do not;
- bad input: a search the core refuses, a bad min_age, an answer line that
  is not JSON: action_error with an action_info naming it, the others go on.
"""
import datetime

import collect_lib as L
import plugins_lib
from collect_lib import check

S = "resoto.worker"
VOLUMES = S + "-actions-cleanup_plan-CleanupVolumesPlugin"
ALARMS = S + "-actions-cleanup_plan-CleanupAWSAlarmsPlugin"
LBS = S + "-actions-cleanup_plan-CleanupAWSLoadbalancersPlugin"
VPCS = S + "-actions-post_cleanup_plan-CleanupAWSVPCsPlugin"
TAGV = S + "-actions-pre_cleanup_plan-TagValidatorPlugin"
NOW = datetime.datetime.now(datetime.timezone.utc)


def ago(days):
    return (NOW - datetime.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


NODES, EDGES = [], []


def node(nid, kind, parent="R", protected=False, clean=None, **reported):
    rep = {"id": nid, "name": nid, "kind": kind, "tags": reported.pop("tags", {})}
    rep.update(reported)
    n = {"id": "n-" + nid, "reported": rep,
         "metadata": {"protected": protected, "cleaned": False, "phantom": False}}
    if clean is not None:
        n["desired"] = {"clean": clean}
    NODES.append(n)
    if parent:
        EDGES.append(["n-" + parent, "n-" + nid, "default"])


def delete(a, b):
    EDGES.append(["n-" + a, "n-" + b, "delete"])


OLD = ago(40)
node("aws", "cloud", parent=None)
EDGES.append(["root", "n-aws", "default"])
node("123", "aws_account", parent="aws")
node("R", "aws_region", parent="123")
# volumes (min_age 14 days)
node("V1", "aws_ec2_volume", volume_status="available", ctime=OLD, atime=OLD, mtime=OLD)
node("V2", "aws_ec2_volume", volume_status="available", ctime=OLD, atime=ago(1), mtime=OLD)
node("V3", "aws_ec2_volume", volume_status="in-use", ctime=OLD, atime=OLD, mtime=OLD)
node("V4", "aws_ec2_volume", protected=True, volume_status="available", ctime=OLD, atime=OLD, mtime=OLD)
node("V5", "aws_ec2_volume", volume_status="available", ctime=OLD, mtime=OLD)
# instances and alarms
node("i-live", "aws_ec2_instance", instance_status="running", ctime=OLD)
node("i-dead", "aws_ec2_instance", instance_status="terminated", ctime=OLD)
for aid, inst in (("A1", "i-gone"), ("A2", "i-live"), ("A3", "i-dead"), ("A4", None)):
    node(aid, "aws_cloudwatch_alarm", ctime=OLD,
         cloudwatch_dimensions=[{"name": "InstanceId", "value": inst}] if inst else [])
    if inst in ("i-live", "i-dead"):
        EDGES.append(["n-" + inst, "n-" + aid, "default"])
        delete(inst, aid)
# load balancers (min_age 7 days)
node("E1", "aws_elb", ctime=OLD, backends=[])
node("E2", "aws_elb", ctime=OLD, backends=[])
delete("i-live", "E2")
node("E3", "aws_elb", ctime=ago(1), backends=[])
node("E4", "aws_elb", ctime=OLD, backends=[], tags={"expiration": "never"})
node("L1", "aws_alb", ctime=OLD, backends=[])
node("L2", "aws_alb", ctime=OLD, backends=[])
node("TG2", "aws_alb_target_group", ctime=OLD, target_type="instance")
delete("TG2", "L2")
node("L3", "aws_alb", ctime=OLD, backends=[])
node("TG3", "aws_alb_target_group", ctime=OLD, target_type="instance")
delete("TG3", "L3")
node("i-tg", "aws_ec2_instance", instance_status="running", ctime=OLD)
delete("i-tg", "TG3")
node("T1", "aws_alb_target_group", ctime=OLD, target_type="ip")
# VPCs
node("VPC1", "aws_vpc", clean=True, ctime=OLD)
node("S1", "aws_ec2_subnet", parent="VPC1", ctime=OLD)
node("SG1", "aws_ec2_security_group", parent="VPC1", ctime=OLD)
node("K1", "aws_ec2_keypair", ctime=OLD)
for d in ("S1", "SG1", "K1"):
    delete("VPC1", d)
node("VPC2", "aws_vpc", clean=True, ctime=OLD)
node("S2", "aws_ec2_subnet", parent="VPC2", ctime=OLD)
node("I2", "aws_ec2_instance", parent="S2", instance_status="running", ctime=OLD)
delete("VPC2", "S2")
delete("S2", "I2")
node("VPC3", "aws_vpc", ctime=OLD)
node("S3", "aws_ec2_subnet", parent="VPC3", ctime=OLD)
delete("VPC3", "S3")
# tagvalidator (max 24h)
for tid, tag in (("TA", "48h"), ("TB", "soon"), ("TC", "12h"), ("TD", None), ("TE", "never"),
                 ("TF", "2026-01-01T00:00:00Z")):
    node(tid, "aws_ec2_instance", instance_status="running", ctime=OLD,
         tags={"expiration": tag} if tag else {})
node("TP", "aws_ec2_instance", protected=True, ctime=OLD, tags={"expiration": "48h"})

SETTINGS = ["resotoworker.collector=example",
            "plugin_cleanup_volumes.enabled=true",
            "plugin_cleanup_aws_alarms.enabled=true", 'plugin_cleanup_aws_alarms.config={"aws": ["123"]}',
            "plugin_cleanup_aws_loadbalancers.enabled=true",
            "plugin_cleanup_aws_vpcs.enabled=true", "plugin_cleanup_aws_vpcs.config={}",
            "plugin_tagvalidator.enabled=true",
            'plugin_tagvalidator.config={"kinds": ["aws_ec2_instance"], '
            '"accounts": {"aws": {"123": {"name": "test", "expiration": "24h"}}}}']


def stored(core):
    return {n["reported"]["id"]: n for n in core.graph()["nodes"] if n.get("reported")}


def flagged(core):
    return sorted(k for k, n in stored(core).items() if (n.get("desired") or {}).get("clean") is True)


def events(n):
    return [e["msg"] for e in (n.get("metadata") or {}).get("event_log", [])]


with L.control.DevCore(psk=L.PSK) as core:
    w = L.Worker(core, SETTINGS)
    try:
        for sid in (VOLUMES, ALARMS, LBS, VPCS, TAGV):
            core.wait("connect", subscriber=sid, timeout=30)
        w.collect()
        core.store(NODES, EDGES)
        core.reset()

        # pre_cleanup_plan: the tag validator
        _, replies, infos = plugins_lib.step(core, "pre_cleanup_plan", [TAGV])
        check(replies[TAGV][0]["kind"] == "action_done", "tagvalidator done: %s %s" % (replies, infos))
        nodes = stored(core)
        check(events(nodes["TA"]) == ["Current expiration tag value 48h is larger than 24h - updating tag"],
              "TA: %s" % events(nodes["TA"]))
        for tid, tag in (("TB", "soon"), ("TE", "never"), ("TF", "2026-01-01T00:00:00Z")):
            check(events(nodes[tid]) == ["Invalid expiration tag value %s - updating tag to 24h" % tag],
                  "%s: %s" % (tid, events(nodes[tid])))
        for tid in ("TC", "TD", "TP"):
            check(events(nodes[tid]) == [], "%s untouched: %s" % (tid, events(nodes[tid])))
        cmds = [e.get("command") for e in core.log("request", path_re=r"/cli/execute")]
        check(cmds == ["query id(n-%s) | tag update --nowait expiration 24h" % t for t in ("TA", "TB", "TE", "TF")],
              "one tag command a node: %s" % cmds)
        tasks = core.call("GET", "tasks")["tasks"]
        check(sorted(t["frame"]["data"]["node"]["id"] for t in tasks) == ["n-TA", "n-TB", "n-TE", "n-TF"] and
              all(t["frame"]["data"]["update"] == {"expiration": "24h"} for t in tasks),
              "a tag task for each: %s" % [t["frame"]["data"] for t in tasks])
        searches = [e for e in core.log("request", path_re=r"/graph/resoto/search/graph")]
        check(searches and searches[0].get("query", {}).get("section") == "reported", "search with section=reported")
        check(infos[TAGV][0]["message"] == "4 expiration tags capped", "tagvalidator info: %s" % infos[TAGV])

        # cleanup_plan: volumes, alarms, load balancers at once
        core.reset()
        _, replies, infos = plugins_lib.step(core, "cleanup_plan", [VOLUMES, ALARMS, LBS])
        for sid in (VOLUMES, ALARMS, LBS):
            check(len(replies[sid]) == 1 and replies[sid][0]["kind"] == "action_done",
                  "%s done: %s %s" % (sid, replies[sid], infos[sid]))
        patches = core.log("request", path_re=r"/graph/resoto/nodes")
        check(len(patches) == 3, "three PATCHes: %d" % len(patches))
        got = flagged(core)
        want = ["A1", "A3", "E1", "L1", "L2", "T1", "TG2", "V1", "VPC1", "VPC2"]
        check(got == want, "flagged after cleanup_plan: %s" % got)
        nodes = stored(core)
        check(events(nodes["V4"]) == ["Modification was requested even though resource is protected - refusing"],
              "protected volume refused: %s" % events(nodes["V4"]))
        check(events(nodes["V1"]) == ["Setting to be cleaned"], "V1's log: %s" % events(nodes["V1"]))
        check(infos[VOLUMES][0]["message"] == "1 unused volumes flagged for cleanup", "%s" % infos[VOLUMES])
        check(infos[LBS][0]["message"] == "5 load balancers and target groups flagged for cleanup",
              "%s" % infos[LBS])

        # post_cleanup_plan: the VPCs
        core.reset()
        _, replies, infos = plugins_lib.step(core, "post_cleanup_plan", [VPCS])
        check(replies[VPCS][0]["kind"] == "action_done", "vpcs done: %s %s" % (replies, infos))
        got = flagged(core)
        check(got == ["A1", "A3", "E1", "L1", "L2", "S1", "SG1", "T1", "TG2", "V1", "VPC1"],
              "flagged after post_cleanup_plan: %s" % got)
        nodes = stored(core)
        check(events(nodes["VPC2"]) == ["VPC contains active EC2 instances - not cleaning VPC.",
                                        "Setting to not be cleaned"], "VPC2 kept: %s" % events(nodes["VPC2"]))
        # in the order of the answer's edges
        check(sorted(events(nodes["VPC1"])) == [
            "Descendant aws_ec2_keypair K1 is not targeted and not marked for cleaning - cleanup will likely fail",
            "Marking aws_ec2_security_group SG1 for cleanup because resource is a descendant",
            "Marking aws_ec2_subnet S1 for cleanup because resource is a descendant"],
            "VPC1's log: %s" % events(nodes["VPC1"]))
        check(events(nodes["S1"])[0] == "Marking for cleanup because resource is a descendant of VPC VPC1 which "
              "is set to be cleaned", "S1's log: %s" % events(nodes["S1"]))

        # bad input: a refused search, a line that is not JSON
        core.fault("/graph/resoto/search/graph", status=400, count=1,
                   body="Error: AttributeError\nMessage: Given kind does not exist: aws_vpc")
        _, replies, infos = plugins_lib.step(core, "post_cleanup_plan", [VPCS])
        msg = infos[VPCS][0]["message"] if infos[VPCS] else ""
        check(replies[VPCS][0]["kind"] == "action_error" and "HTTP 400" in msg and
              "Given kind does not exist" in msg and "search: is(aws_vpc)" in msg, "refused search: %s" % msg)
        core.fault("/graph/resoto/search/graph", status=200, count=1, body='{"type": "node", "id": "x"}\n{oops\n')
        _, replies, infos = plugins_lib.step(core, "post_cleanup_plan", [VPCS])
        msg = infos[VPCS][0]["message"] if infos[VPCS] else ""
        check(replies[VPCS][0]["kind"] == "action_error" and "line 2 of the answer is not a JSON object" in msg,
              "bad line: %s" % msg)
        check(w.alive(), "the worker keeps running")
    finally:
        check(w.stop() == 0, "worker exit status 0")

    # a bad min_age: that plugin fails, the others go on
    core.reset("all")
    w = L.Worker(core, ["resotoworker.collector=example",
                        "plugin_cleanup_volumes.enabled=true", "plugin_cleanup_volumes.min_age=2 fortnights",
                        "plugin_cleanup_aws_loadbalancers.enabled=true"])
    try:
        for sid in (VOLUMES, LBS):
            core.wait("connect", subscriber=sid, timeout=30)
        w.collect()
        _, replies, infos = plugins_lib.step(core, "cleanup_plan", [VOLUMES, LBS])
        msg = infos[VOLUMES][0]["message"] if infos[VOLUMES] else ""
        check(replies[VOLUMES][0]["kind"] == "action_error" and
              'plugin_cleanup_volumes.min_age: "2 fortnights" is not a duration' in msg, "bad min_age: %s" % msg)
        check(replies[LBS][0]["kind"] == "action_done", "load balancers go on: %s" % replies[LBS])
    finally:
        check(w.stop() == 0, "worker exit status 0")

    # tagvalidator's dry run: the event logs, no tag command
    core.reset("all")
    w = L.Worker(core, ["resotoworker.collector=example", "plugin_tagvalidator.enabled=true",
                        "plugin_tagvalidator.dry_run=true",
                        'plugin_tagvalidator.config={"kinds": ["aws_ec2_instance"], "default": {"expiration": "1d"}, '
                        '"accounts": {"aws": {"123": {"name": "test"}}}}'])
    try:
        core.wait("connect", subscriber=TAGV, timeout=30)
        w.collect()
        for n in NODES:
            n.get("metadata", {}).pop("event_log", None)
        core.store(NODES, EDGES)
        core.reset()
        _, replies, infos = plugins_lib.step(core, "pre_cleanup_plan", [TAGV])
        cmds = [e.get("command") for e in core.log("request", path_re=r"/cli/execute")]
        check(replies[TAGV][0]["kind"] == "action_done" and not cmds and
              infos[TAGV][0]["message"] == "4 expiration tags would be capped (dry run)",
              "dry run: %s %s %s" % (replies[TAGV], cmds, infos[TAGV]))
        check(events(stored(core)["TA"]) == ["Current expiration tag value 48h is larger than 1d - updating tag"],
              "dry run: the default expiration in the log: %s" % events(stored(core)["TA"]))
    finally:
        check(w.stop() == 0, "worker exit status 0")
L.done()

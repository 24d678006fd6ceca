#!/usr/bin/env python3
"""collect_aws_metrics: the AWS collector's CloudWatch metrics against the
fake AWS (tests/fakeaws/cloudwatch.py: GetMetricData with datapoints
derived from the fixture's resources):

- with collect_usage_metrics on (the default), running instances and every
  volume carry the reference's usage section (collect_usage_metrics of
  AwsEc2Instance / AwsEc2Volume: the latest datapoint of each metric and
  statistic over the last hour, CPU and queue length rounded to 3
  decimals), as expect.py derives it from the fake's metrics; stopped
  instances none;
- available volumes' atime / mtime are their last read / write hour over 60
  days (VolumeReadOps / VolumeWriteOps, first non-zero datapoint, newest
  first), RDS instances' their last connection hour, else the reference's
  fall-back; volumes in use the collect time;
- the batching is the reference's: queries of a region's kind in calls of
  at most 499, in its order (the chunks [499, ..., rest]), Period 3600 and
  a one-hour window for usage, the granularity and 60 days for the times,
  TimestampDescending, every call paged to its end by NextToken;
- collect_usage_metrics off: no usage query, every usage section {}, the
  times still from CloudWatch;
- a refused GetMetricData is reported (account, region, call) and the nodes
  are still delivered, with the fall-back times;
- through the development core, with the action's timing naming the
  previous run 30 minutes ago: the usage window starts at that run, in one
  period of the time since, rounded up to a minute; the core accepts the merges; the core oracle accepts the
  bodies with usage.
"""
import copy
import datetime
import json
import os
import sys
import time

import collect_lib as L
import coretest
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
import expect  # noqa: E402
from awsctl import FakeAws, add_available_volumes, load_fixture  # noqa: E402

REGIONS = ["us-east-1", "eu-central-1"]
MGMT = "111111111111"
BASE = ["resotoworker.collector=aws", "aws.region=" + ",".join(REGIONS)]
EXTRA = 50          # available volumes added in us-east-1: more than 499 usage queries there


def body(path):
    with open(path) as f:
        return [json.loads(x) for x in f if x.strip()]


def utc():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def fixture():
    fx = copy.deepcopy(load_fixture("basic.json"))
    fx["cloudwatch_page_datapoints"] = 700       # the 60-day queries span pages
    add_available_volumes(fx, MGMT, "us-east-1", EXTRA, 0xabc000, "extra")
    return fx


def metric_calls(aws, region=None):
    """GetMetricData requests (status 200): (params, is-the-usage-window)."""
    out = []
    for c in aws.calls(service="cloudwatch", action="GetMetricData", account=MGMT):
        if c.get("status") != 200 or (region and c.get("region") != region):
            continue
        p = c["params"]
        span = expect._time(p["EndTime"][:19] + "Z") - expect._time(p["StartTime"][:19] + "Z")
        out.append((c, p, span < datetime.timedelta(days=1)))
    return out


fx = fixture()
with FakeAws(fx) as aws:
    out = L.tmpdir("rw-awsm-")
    started = utc()
    rc, err = L.collect_to(out, BASE, env=aws.env(MGMT))
    finished = utc() + datetime.timedelta(seconds=1)
    check(rc == 0, "collect: exit 0, got %d" % rc)
    check("GetMetricData" not in err, "no GetMetricData error: %s" % [x for x in err.splitlines()
                                                                     if "GetMetricData" in x][:3])
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    want = expect.expected_graph(fx, {MGMT: None}, regions=REGIONS)
    problems = expect.compare(want, got, started, finished)
    check(problems == [], "the reference's graph, usage and times: %s" % problems[:10])

    nodes = {x["id"]: x for x in got if "reported" in x}
    wanted = {x["id"]: x for x in want if "reported" in x}
    kinds = lambda k: [n for n in nodes.values() if n["reported"]["kind"] == k]  # noqa: E731
    running = [n for n in kinds("aws_ec2_instance") if n["reported"].get("instance_status") == "running"]
    check(running and all(set(n["usage"]) == {"cpu_utilization", "network_in", "network_out", "disk_read_ops",
                                                 "disk_write_ops", "disk_read_bytes", "disk_write_bytes"}
                          and set(n["usage"]["cpu_utilization"]) == {"min", "avg", "max"} for n in running),
          "running instances carry the reference's usage metrics")
    check(any(n["usage"]["cpu_utilization"]["avg"] > 0 for n in running), "some instance was busy")
    check(all(n["usage"] == {} for n in kinds("aws_ec2_instance") if n not in running),
          "instances not running have no usage")
    vols = kinds("aws_ec2_volume")
    used = [n for n in vols if n["reported"]["volume_status"] == "in-use"]
    check(used and all(len(n["usage"]) == 7 for n in used), "every volume in use carries 7 usage metrics")
    check(any(len(n["usage"]) < 7 for n in vols if n["reported"]["volume_status"] == "available"),
          "a detached volume has metrics only for what it did before its detach")
    rules = [w.get("volatile", {}).get("atime", "") for w in wanted.values()
             if w["reported"]["kind"] in ("aws_ec2_volume", "aws_rds_instance")]
    check(any(r.startswith("cloudwatch:") for r in rules) and "max(ctime,start-60d)" in rules and
          "collect-time" in rules, "the fixture covers CloudWatch times, fall-backs and volumes in use: %s" %
          sorted(set(r.split(":")[0] for r in rules)))
    vm = [n for n in vols if wanted[n["id"]].get("volatile", {}).get("atime", "").startswith("cloudwatch:") or
          wanted[n["id"]].get("volatile", {}).get("mtime", "").startswith("cloudwatch:")]
    check(any(n["reported"]["atime"] != n["reported"]["mtime"] for n in vm),
          "a volume's atime (reads) and mtime (writes) differ")

    # the reference's batching
    us = metric_calls(aws, "us-east-1")
    usage = [p for _, p, u in us if u and "NextToken" not in p]
    times = [p for _, p, u in us if not u and "NextToken" not in p]
    nq = lambda p: len(p["MetricDataQueries"])  # noqa: E731
    inst = len([n for n in running if n["reported"]["id"] in json.dumps([p["MetricDataQueries"] for p in usage])])
    nvol_us = len([v for v in fx["accounts"][MGMT]["regions"]["us-east-1"]["Volumes"]])
    vol_usage = [nq(p) for p in usage if p["MetricDataQueries"][0]["MetricStat"]["Metric"]["Namespace"] == "AWS/EBS"]
    check(sorted(vol_usage, reverse=True) == [499, nvol_us * 9 - 499],
          "volume usage queries of us-east-1 in calls of 499 and the rest: %s (%d volumes)" % (vol_usage, nvol_us))
    check(inst > 0, "instance usage asked in us-east-1")
    avail = len([v for v in fx["accounts"][MGMT]["regions"]["us-east-1"]["Volumes"] if v["State"] == "available"])
    vol_times = sorted(nq(p) for p in times if p["MetricDataQueries"][0]["MetricStat"]["Metric"]["Namespace"] ==
                       "AWS/EBS")
    check(vol_times == [avail * 2], "the available volumes' two time queries each in one call: %s" % vol_times)
    first = [p for _, p, u in us if "NextToken" not in p]
    check(all(q["MetricStat"]["Period"] == 3600 and q["MetricStat"]["Stat"] in ("Minimum", "Average",
              "Maximum", "Sum") and q["ReturnData"] is True for p in first for q in p["MetricDataQueries"]) and
          all(p.get("ScanBy") == "TimestampDescending" for p in first), "Period 3600, the reference's stats, newest "
          "first")
    q0 = [q for p in usage for q in p["MetricDataQueries"] if q["MetricStat"]["Metric"]["MetricName"] ==
          "CPUUtilization"][0]
    iid = q0["MetricStat"]["Metric"]["Dimensions"][0]["Value"]
    check(q0["Id"] == "cpuutilization_aws_ec2_instanceid_%s_minimum" % iid.replace("-", "_") and
          q0["MetricStat"]["Unit"] == "Percent", "the reference's query ids and units: %s" % q0)
    check(any("NextToken" in p for _, p, _ in us), "the 60-day answers are paged by NextToken")

    # usage off: no usage query, the times still from CloudWatch
    aws.clear_log()
    out2 = L.tmpdir("rw-awsm-off-")
    started = utc()
    rc, err = L.collect_to(out2, BASE + ["aws.collect_usage_metrics=false"], env=aws.env(MGMT))
    finished = utc() + datetime.timedelta(seconds=1)
    check(rc == 0, "usage off: exit 0")
    got = body(os.path.join(out2, "aws-%s.ndjson" % MGMT))
    check(all(x["usage"] == {} for x in got if "reported" in x), "usage off: every usage section {}")
    check(not [u for _, _, u in metric_calls(aws) if u], "usage off: no usage query")
    want = expect.expected_graph(fx, {MGMT: None}, regions=REGIONS, usage=False)
    problems = expect.compare(want, got, started, finished)
    check(problems == [], "usage off: the times still from CloudWatch: %s" % problems[:5])

    # a refused GetMetricData: reported, the nodes delivered with their fall-backs
    aws.fault("status", service="cloudwatch", action="GetMetricData", region="eu-central-1", account=MGMT,
              code="AccessDenied", status=403, message="not authorized to perform: cloudwatch:GetMetricData")
    out3 = L.tmpdir("rw-awsm-denied-")
    rc, err = L.collect_to(out3, BASE, env=aws.env(MGMT))
    check(rc == 0, "refused metrics: exit 0")
    check("account %s region eu-central-1: cloudwatch GetMetricData" % MGMT in err and "AccessDenied" in err,
          "refused metrics: reported with account, region and call")
    got = body(os.path.join(out3, "aws-%s.ndjson" % MGMT))
    eu = [x for x in got if x.get("reported", {}).get("kind") in ("aws_ec2_volume", "aws_rds_instance") and
          x["reported"].get("atime") and "eu-central-1" not in x["reported"]["id"]]
    check(len([x for x in got if "reported" in x]) == len([x for x in want if "reported" in x]),
          "refused metrics: every node delivered")
    check(eu, "refused metrics: the nodes have their times")
    aws.clear_faults()

    # the core oracle accepts the model and the bodies with usage
    model = os.path.join(out, "model.json")
    r = coretest.oracle("merge", [model, os.path.join(out, "aws-%s.ndjson" % MGMT)])
    if r is None:
        print("note: core oracle not set up here; its check is skipped")
    else:
        check(r[0] == 0, "core oracle accepts the body with usage: %s" % r[1].strip().splitlines()[-1])

    # through the core: the previous run (timing) starts the usage window
    with L.control.DevCore(psk=L.PSK) as core:
        w = L.Worker(core, BASE, env=aws.env(MGMT))
        try:
            aws.clear_log()
            last = int(time.time()) - 1800
            t_send = time.time()
            act = core.send_action("collect", data={"timing": {"collect": {"started_at": last,
                                                                            "finished_at": last + 60}}})
            reply = core.wait("action_reply", task=act["task"], timeout=120)[-1]["json"]
            t_reply = time.time()
            check(reply["kind"] == "action_done", "devcore: action_done: %s" % reply)
            ms = L.merges(core, act["task"])
            check(ms and all(m.get("valid") for m in ms), "devcore: merges with usage accepted: %s" %
                  [m.get("errors") for m in ms if not m.get("valid")])
            u = [p for _, p, isu in metric_calls(aws) if isu]
            st = {expect._time(p["StartTime"][:19] + "Z") for p in u}
            per = {q["MetricStat"]["Period"] for p in u for q in p["MetricDataQueries"]}
            # the period: the time since the previous run at the account's start, rounded up to a minute
            lo, hi = (-(-int(t - last) // 60) * 60 for t in (t_send, t_reply + 1))
            check(u and st == {datetime.datetime.fromtimestamp(last, datetime.timezone.utc)} and len(per) == 1 and
                  lo <= min(per) <= hi and min(per) % 60 == 0,
                  "the usage window starts at the previous run, one period of about 1800 s (%d..%d): %s %s" % (
                      lo, hi, st, per))
        finally:
            check(w.stop() == 0, "worker exit status 0")
L.done()

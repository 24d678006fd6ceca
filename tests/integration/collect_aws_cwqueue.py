#!/usr/bin/env python3
"""collect_aws_cwqueue: the AWS collector's CloudWatch calls wait for one
of the account's places (metrics.c, AWS_CW_INFLIGHT = 16) rather than all
going out at once, against the fake AWS with 1 500 more available volumes
in basic.json's us-east-1 (9 usage and 2 time queries each: some 35
GetMetricData calls of at most 499 queries) and every answer delayed:

- never more than 16 GetMetricData calls of the account at the fake at
  once (the fake's log: arrival and answer of each), and more than one
  (they do overlap); before the queue the region's CloudWatch key alone
  allowed 20, each call's request text held from the start;
- the calls are the reference's chunks (499 queries each but the last of
  a window), every volume asked once for each of its metrics;
- every volume is delivered with its usage metrics and atime / mtime as
  expect.py derives them from the fake's datapoints;
- the account's deadline (resotoworker.timeout 21: 11 s) passing while
  the calls are slow (each answered after 5 s): the waiting calls are not
  made, one message counts them ("N more cloudwatch GetMetricData calls
  not made or not ended: the account's deadline passed") beside the one
  call's own error, rather than an error for each; every volume is still
  delivered, with the fall-back times.
"""
import copy
import datetime
import json
import os
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
import expect  # noqa: E402
from awsctl import FakeAws, add_available_volumes, load_fixture  # noqa: E402

ACCOUNT = "111111111111"
REGION = "us-east-1"
EXTRA = 1500
PLACES = 16


def fixture():
    """basic.json's us-east-1 with EXTRA more available volumes"""
    fx = copy.deepcopy(load_fixture("basic.json"))
    fx["delay_ms"] = 250
    add_available_volumes(fx, ACCOUNT, REGION, EXTRA, 0xcf0000, "queued")
    return fx


def most_at_once(calls):
    ev = sorted([(c["time"], 1) for c in calls] + [(c["end"], -1) for c in calls], key=lambda e: (e[0], e[1]))
    n = most = 0
    for _, d in ev:
        n += d
        most = max(most, n)
    return most


def utc():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


fx = fixture()
with FakeAws(fx, verbose=False, page_size=500) as aws:
    out = L.tmpdir("rw-awscwq-")
    env = aws.env(ACCOUNT)
    vols = fx["accounts"][ACCOUNT]["regions"][REGION]["Volumes"]
    nvol, navail = len(vols), len([v for v in vols if v["State"] == "available"])
    started = utc()
    rc, err = L.collect_to(out, ["resotoworker.collector=aws", "aws.region=" + REGION,
                                 "aws.collect=aws_ec2_volume"], env=env, timeout=300)
    finished = utc() + datetime.timedelta(seconds=1)
    check(rc == 0, "collect: exit 0, got %d" % rc)
    check("GetMetricData" not in err, "no GetMetricData error: %s" % [x for x in err.splitlines()
                                                                     if "GetMetricData" in x][:3])
    calls = [c for c in aws.log() if c.get("action") == "GetMetricData"]
    check(all(c.get("status") == 200 for c in calls), "every GetMetricData answered 200")
    most = most_at_once(calls)
    print("GetMetricData: %d calls, at most %d at once" % (len(calls), most))
    check(1 < most <= PLACES, "at most %d GetMetricData calls at once, and more than one: %d" % (PLACES, most))

    def queries(c):
        return c["params"]["MetricDataQueries"]
    first = [c for c in calls if "NextToken" not in c["params"]]
    by_window = {}
    for c in first:
        by_window.setdefault(c["params"]["StartTime"], []).append(len(queries(c)))
    sizes = sorted((sorted(v, reverse=True) for v in by_window.values()), key=len)

    def chunks(n):
        return [499] * (n // 499) + ([n % 499] if n % 499 else [])
    check(sizes == [chunks(2 * navail), chunks(9 * nvol)],
          "the reference's chunks of 499 (times, usage): %s" % [len(s) for s in sizes])
    asked = {}
    for c in first:
        for q in queries(c):
            m = q["MetricStat"]
            k = (c["params"]["StartTime"], m["Metric"]["Dimensions"][0]["Value"], m["Metric"]["MetricName"],
                 m["Stat"])
            asked[k] = asked.get(k, 0) + 1
    check(len({k[1] for k in asked}) == nvol and set(asked.values()) == {1} and len(asked) == 9 * nvol + 2 * navail,
          "every volume asked once for each of its metrics: %d volumes, %d queries" % (len({k[1] for k in asked}),
                                                                                     len(asked)))

    with open(os.path.join(out, "aws-%s.ndjson" % ACCOUNT)) as f:
        got = [json.loads(x) for x in f if x.strip()]
    got_vols = [n for n in got if n.get("reported", {}).get("kind") == "aws_ec2_volume"]
    check(len(got_vols) == nvol, "every volume delivered: %d of %d" % (len(got_vols), nvol))
    want = expect.expected_graph(fx, {ACCOUNT: None}, regions=[REGION])
    problems = expect.compare(want, got, started, finished, kinds=["aws_ec2_volume"])
    check(problems == [], "the reference's volumes, usage and times: %s" % problems[:10])

    # the account's deadline passes with calls waiting
    aws.clear_log()
    aws.fault("delay", action="GetMetricData", ms=5000)
    out = L.tmpdir("rw-awscwq-dl-")
    rc, err = L.collect_to(out, ["resotoworker.collector=aws", "aws.region=" + REGION,
                                 "aws.collect=aws_ec2_volume", "resotoworker.timeout=21"], env=env, timeout=120)
    aws.clear_faults()
    check(rc == 0, "deadline: exit 0 (the account delivered with what it has), got %d" % rc)
    mine = [x for x in err.splitlines() if "GetMetricData" in x and "collector aws/" in x]
    summary = [x for x in mine if "more cloudwatch GetMetricData calls not made or not ended: the account's "
               "deadline passed" in x]
    made = len([c for c in aws.log() if c.get("action") == "GetMetricData"])
    check(len(summary) == 1 and len(mine) <= 2, "deadline: one message counts the calls not made: %s" % mine)
    check(made <= 2 * PLACES, "deadline: the calls waiting were not made: %d made" % made)
    with open(os.path.join(out, "aws-%s.ndjson" % ACCOUNT)) as f:
        got = [json.loads(x) for x in f if x.strip()]
    late = [n for n in got if n.get("reported", {}).get("kind") == "aws_ec2_volume"]
    check(len(late) == nvol and all(n["reported"].get("atime") for n in late),
          "deadline: every volume delivered, with its times: %d of %d" % (len(late), nvol))
L.done()

#!/usr/bin/env python3
"""collect_aws2: the AWS collector's part-2 kinds against the fake AWS
(tests/fakeaws), beyond collect_aws.py's whole-graph comparison:

- resource_pool_tasks_per_service names services as the SDKs do ("elb"):
  with {"elb": 1, "elbv2": 1} no two Elastic Load Balancing calls of a
  region are in flight at once (the fake's answers are delayed);
- least privilege: an account whose role may not call Elastic Load
  Balancing in one region (AccessDenied on elb and elbv2 there) nor read
  one bucket's policy: each refusal is an action_info error naming the
  account, region, service and call, and everything else is collected
  (the other region's load balancers, the buckets with their other
  settings), as the reference's discard_account_on_resource_error = false;
- S3 calls go to each bucket's region (GetBucketLocation first): no call
  is refused for a wrong region, and buckets of eu-central-1 are read
  there;
- the load balancers' per-item calls (DescribeTags, DescribeListeners,
  DescribeTargetHealth) are made once per item, in the item's region.
"""
import json
import os
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
import expect  # noqa: E402
from awsctl import FakeAws, load_fixture  # noqa: E402

REGIONS = ["us-east-1", "eu-central-1"]
MGMT = "111111111111"
BASE = ["resotoworker.collector=aws", "aws.region=" + ",".join(REGIONS)]


def body(path):
    with open(path) as f:
        return [json.loads(x) for x in f if x.strip()]


with FakeAws("basic.json") as aws:
    fx = load_fixture("basic.json")
    data = [b for b in fx["accounts"][MGMT]["s3"]["Buckets"] if b.get("_Policy")][0]["Name"]
    aws.fault("status", service=["elb", "elbv2"], region="eu-central-1", account=MGMT, code="AccessDenied",
              status=403, message="User is not authorized to perform: elasticloadbalancing:Describe*")
    aws.fault("status", service="s3", action="GetBucketPolicy", account=MGMT, code="AccessDenied", status=403,
              message="Access Denied")
    out = L.tmpdir("rw-aws2-")
    e = aws.env(MGMT)
    rc, err = L.collect_to(out, BASE, env=e)
    check(rc == 0, "collected despite the refusals: exit %d" % rc)
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    nodes = [x for x in got if "reported" in x]

    LB = ("aws_elb", "aws_alb", "aws_alb_target_group")
    want = {x["id"]: x for x in expect.expected_graph(fx, {MGMT: None}, regions=REGIONS)
            if x.get("reported", {}).get("kind") in LB}
    us = {i for i, x in want.items() if "us-east-1" in json.dumps(x["reported"])}
    have = {x["id"] for x in nodes if x["reported"]["kind"] in LB}
    check(us and have == us and len(want) > len(us),
          "the load balancers of us-east-1 are there, those of the refused region not: %d of %d" % (
              len(have), len(want)))
    for svc, op in (("elb", "DescribeLoadBalancers"), ("elbv2", "DescribeLoadBalancers"),
                    ("elbv2", "DescribeTargetGroups")):
        check("account %s region eu-central-1: %s %s" % (MGMT, svc, op) in err and "AccessDenied" in err,
              "the refusal of %s is reported with account, region and service" % op)
    check("GetBucketPolicy" in err and "AccessDenied" in err, "the refused bucket policy is reported")
    bk = [x["reported"] for x in nodes if x["reported"]["kind"] == "aws_s3_bucket"]
    d = [b for b in bk if b["id"] == data]
    check(len(bk) == 3 and d and "bucket_policy" not in d[0] and d[0].get("bucket_versioning") is True and
          d[0].get("tags"), "the buckets are collected, the refused policy left out: %s" % d)
    check(sum(1 for x in nodes if x["reported"]["kind"] == "aws_vpc") == 4, "the other kinds are collected")

    # S3: each bucket's calls in its region, never refused for the region
    s3calls = aws.calls(service="s3", account=MGMT)
    check(not [c for c in s3calls if c.get("error") == "AuthorizationHeaderMalformed"],
          "no S3 call goes to a wrong region")
    eu = [b["Name"] for b in fx["accounts"][MGMT]["s3"]["Buckets"] if b.get("_Region") == "eu-central-1"]
    check(eu and all(any(c["region"] == "eu-central-1" and c["action"] == "GetBucketAcl" and
                         c["params"].get("Bucket") == n for c in s3calls) for n in eu),
          "buckets of eu-central-1 are read there")

    # per-item calls: once per item, in its region
    tags = aws.calls(service="elbv2", action="DescribeTags", account=MGMT, region="us-east-1", status=200)
    n_v2 = sum(len(r.get("elbv2", {}).get(k, [])) for r in [fx["accounts"][MGMT]["regions"]["us-east-1"]]
               for k in ("LoadBalancers", "TargetGroups"))
    check(len(tags) == n_v2, "elbv2 DescribeTags once per load balancer and target group: %d of %d" % (
          len(tags), n_v2))

    # resource_pool_tasks_per_service by the SDK's service names
    aws.clear_faults()
    aws.clear_log()
    aws.fault("delay", service=["elb", "elbv2"], ms=60)
    out = L.tmpdir("rw-aws2-limit-")
    rc, err = L.collect_to(out, BASE + ['aws.resource_pool_tasks_per_service={"elb": 1, "elbv2": 1}'], env=e)
    check(rc == 0, "collected with the per-service bounds: exit %d %s" % (rc, err[-500:]))
    for svc in ("elb", "elbv2"):
        for region in REGIONS:
            ts = sorted(c["time"] for c in aws.calls(service=svc, account=MGMT, region=region))
            close = [b - a for a, b in zip(ts, ts[1:]) if b - a < 0.05]
            check(len(ts) > 1 and not close, "%s %s: one call at a time (%d calls, %d closer than the delay)" % (
                svc, region, len(ts), len(close)))
L.done()

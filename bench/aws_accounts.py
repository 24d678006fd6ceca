#!/usr/bin/env python3
"""bench/aws_accounts.py: the AWS collector on an estate of many accounts:
an organisation of N accounts (default 20) of the fake AWS, 4 regions
each, every kind of collectors.md 4.1 that the collector knows (each
region holds basic.json's EC2, ELB, Auto Scaling, CloudWatch, RDS and KMS
resources, each account its S3 buckets and IAM) and a generated EC2, Lambda and EKS
estate per account (gen.py), about 50 000 resources in all, every call answered
after the fake's fixed delay (50 ms).

    bench/aws_accounts.py [WORKER] [--accounts N] [--pool-size P] [--delay-ms MS] [--runs N] [--scale F]
                          [--no-usage-metrics]

Runs `resotoworker --collect-to` with scrape_org (the management account's
keys, role "resoto" assumed in every member), samples every 10 ms the
RssAnon of the worker (the supervisor) and of each child, and prints per
run: wall time, requests and requests per second, the processes below the
worker at once (the accounts' collectors, bounded by pool_size), resources
delivered, the children's and the supervisor's peak RssAnon, and the
three floors of bench/floors.py at the configured parallelism (pool_size,
resource_pool_size, the per-service bounds): the issue's bound, the
page-chain floor and the CPU floor (the median wall at delay 0), and the
closing ratios of the median wall. Not a test: nothing is asserted.
"""
import argparse
import copy
import math
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(TOP, "tests", "fakeaws"))
from aws import aws_rounds  # noqa: E402
from awsctl import FakeAws, load_fixture  # noqa: E402
import floors  # noqa: E402

REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "ap-southeast-1"]
MGMT = "200000000000"
# the longest chain of one account's calls that need each other's answers,
# beside its pagers': the IAM users' GetAccountSummary (their MFA devices),
# GenerateCredentialReport, GetCredentialReport, GetAccountAuthorizationDetails,
# ListAccessKeys (5: the report is ready after the unrecorded first run, as
# AWS keeps one for 4 hours; the first waits a second for it); EKS's
# ListClusters, DescribeCluster, ListNodegroups, DescribeNodegroup (4); S3
# and KMS 3, Lambda and ELB 2
DEPTH = 5


def estate(n, scale):
    """The fixture: n accounts, each with basic.json's account 111111111111
    regions (us-east-1's in us-east-1 and us-west-2, eu-central-1's in the
    others), buckets and IAM, and a generated estate (EC2, Lambda, EKS)."""
    basic = load_fixture("basic.json")
    src = basic["accounts"]["111111111111"]
    accounts = {}
    ids = ["%012d" % (int(MGMT) + i) for i in range(n)]
    for aid in ids:
        a = {"name": "bench-%s" % aid[-2:], "summary": {"Users": 3}, "password_policy": None,
             "roles": {"resoto": {"trust": [MGMT], "max_session_duration": 43200}},
             "regions": {r: copy.deepcopy(src["regions"]["us-east-1" if i < 2 else "eu-central-1"])
                         for i, r in enumerate(REGIONS)},
             "s3": copy.deepcopy(src["s3"]), "iam": copy.deepcopy(src["iam"])}
        for i, b in enumerate(a["s3"]["Buckets"]):
            b["Name"] = "%s-%s" % (b["Name"].split(".")[0], aid)
            b.pop("_Logging", None)
        if aid == MGMT:
            a["keys"] = [{"id": "AKIAFAKEBENCHORG0001", "secret": "bench-org-secret-0000000000000000000001",
                          "user": "collector"}]
        accounts[aid] = a
    gen = [{"account": aid, "instances": int(400 * scale), "volumes": int(800 * scale),
            "security_groups": int(200 * scale), "snapshots": int(800 * scale), "functions": int(40 * scale),
            "clusters": int(4 * scale), "prerender": True} for aid in ids]
    return {"partition": "aws", "page_size": 1000, "regions": REGIONS,
            "instance_types": basic["instance_types"],
            "organization": {"id": "o-bench", "management_account": MGMT, "accounts": ids, "page_size": 20},
            "accounts": accounts, "generate": gen}


def chains(fx):
    """(discovery, account depth): GetCallerIdentity, the ListAccounts
    pages, every AssumeRole at once, every ListAccountAliases, every
    DescribeAccount (the members have no alias); an account's DEPTH or
    its longest pager (the instance types, then the instances)."""
    org = fx["organization"]
    pages = math.ceil(len(org["accounts"]) / org["page_size"])
    page = fx["page_size"]
    g = fx["generate"][0]
    longest = max(math.ceil(g[k] / len(REGIONS) / page) for k in ("volumes", "security_groups", "snapshots"))
    return 1 + pages + 3, max(DEPTH, longest, 1 + math.ceil(g["instances"] / len(REGIONS) / page))


def run(worker, aws, fx, pool, delay_ms, usage=True):
    out = tempfile.mkdtemp(prefix="rw-bench-accounts-")
    env = dict(os.environ, AWS_ENDPOINT_URL=aws.url, AWS_ACCESS_KEY_ID="AKIAFAKEBENCHORG0001",
               AWS_SECRET_ACCESS_KEY="bench-org-secret-0000000000000000000001", GNUTLS_NO_IMPLICIT_INIT="1")
    aws.clear_log()
    fake0 = floors.cpu_of(aws.proc.pid)
    t0 = time.monotonic()
    p = subprocess.Popen([worker, "--collect-to", out, "--override", "resotoworker.collector=aws",
                          "--override", "resotoworker.pool_size=%d" % pool, "--override", "aws.account_pool_size=%d" % pool,
                          "--override", "resotoworker.timeout=3600",
                          "--override", "aws.role=resoto", "--override", "aws.scrape_org=true",
                          "--override", "aws.region=" + ",".join(REGIONS),
                          "--override", "aws.collect_usage_metrics=%s" % ("true" if usage else "false")],
                         env=env, stderr=subprocess.PIPE, text=True)
    s = floors.Sampler(p.pid)
    s.start()
    err = p.communicate()[1]
    wall = time.monotonic() - t0
    fake = floors.cpu_of(aws.proc.pid) - fake0
    s.end()
    calls = [c for c in aws.log() if c.get("service") not in ("imds",)]
    disc, depth = chains(fx)
    rounds = [aws_rounds(calls, aid, depth) for aid in fx["accounts"]]
    nodes = floors.drain(out)
    return {"wall": wall, "fake": fake, "requests": len(calls), "rps": len(calls) / wall, "nodes": nodes,
            "most": s.most, "child_kb": s.child, "sup_kb": s.sup,
            "bound": floors.issue_bound(floors.collector_stats(err), delay_ms, pool),
            "path": floors.chain_floor(disc, rounds, pool, delay_ms), "rc": p.returncode, "err": err}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("worker", nargs="?", default=os.path.join(TOP, "build", "normal", "src", "resotoworker"))
    ap.add_argument("--accounts", type=int, default=20)
    ap.add_argument("--pool-size", type=int, default=5)
    ap.add_argument("--delay-ms", type=float, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0, help="the generated estate per account (1: 2 200 items)")
    ap.add_argument("--no-usage-metrics", action="store_true",
                    help="collect_usage_metrics off (on by default, as the aws section's default; the fake's CPU "
                         "for the GetMetricData calls dominates the figures then)")
    a = ap.parse_args()
    fx = estate(a.accounts, a.scale)
    print("%d accounts x %d regions, pool %d" % (a.accounts, len(REGIONS), a.pool_size))
    print("%-9s %7s %7s %8s %7s %8s %7s %8s %7s %7s %9s %9s" % ("run", "wall s", "fake s", "requests", "req/s",
          "nodes", "at once", "bound s", "path s", "cpu0 s", "child MiB", "super MiB"))

    def show(r, label, cpu0):
        print("%-9s %7.2f %7.2f %8d %7.1f %8d %7d %8.3f %7.2f %7.2f %9.1f %9.1f" % (
            label, r["wall"], r["fake"], r["requests"], r["rps"], r["nodes"], r["most"], r["bound"], r["path"],
            cpu0, r["child_kb"] / 1024.0, r["sup_kb"] / 1024.0), flush=True)
    zero, done = floors.series(lambda d: FakeAws(fx, delay_ms=d, verbose=False),
                               lambda aws, d: run(a.worker, aws, fx, a.pool_size, d,
                                                                  not a.no_usage_metrics), a.delay_ms, a.runs, show)
    floors.closing(a.delay_ms, zero, done)
    return 0 if zero and done else 1


if __name__ == "__main__":
    sys.exit(main())

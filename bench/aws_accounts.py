#!/usr/bin/env python3
"""bench/aws_accounts.py: the AWS collector on an estate of many accounts:
an organisation of N accounts (default 20) of the fake AWS, 4 regions
each, every kind of collectors.md 4.1 that the collector knows (each
region holds basic.json's EC2, ELB, Auto Scaling, CloudWatch, RDS and KMS
resources, each account its S3 buckets) and a generated EC2 estate per
account (gen.py), about 50 000 resources in all, every call answered
after the fake's fixed delay (50 ms).

    bench/aws_accounts.py [WORKER] [--accounts N] [--pool-size P] [--delay-ms MS] [--scale F]

Runs `resotoworker --collect-to` with scrape_org (the management account's
keys, role "resoto" assumed in every member), samples every 10 ms the
RssAnon of the worker (the supervisor) and of each child, and prints: wall
time, requests and requests per second, the accounts' collectors running
at once, resources delivered, the children's and the supervisor's peak
RssAnon, and the lower bound of the requests' delays at the configured
parallelism (each account's requests x delay / the calls it had in flight,
summed over the accounts, / the accounts collected at once: pool_size, or
fewer accounts). Not a test: nothing is asserted.
"""
import argparse
import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(TOP, "tests", "fakeaws"))
from aws import children_of, cpu_of, rss_anon  # noqa: E402
from awsctl import FakeAws, load_fixture  # noqa: E402

REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "ap-southeast-1"]
MGMT = "200000000000"


def estate(n, scale):
    """The fixture: n accounts, each with basic.json's account 111111111111
    regions (us-east-1's in us-east-1 and us-west-2, eu-central-1's in the
    others) and buckets, and a generated EC2 estate."""
    basic = load_fixture("basic.json")
    src = basic["accounts"]["111111111111"]
    accounts = {}
    ids = ["%012d" % (int(MGMT) + i) for i in range(n)]
    for aid in ids:
        a = {"name": "bench-%s" % aid[-2:], "summary": {"Users": 3}, "password_policy": None,
             "roles": {"resoto": {"trust": [MGMT], "max_session_duration": 43200}},
             "regions": {r: copy.deepcopy(src["regions"]["us-east-1" if i < 2 else "eu-central-1"])
                         for i, r in enumerate(REGIONS)},
             "s3": copy.deepcopy(src["s3"])}
        for i, b in enumerate(a["s3"]["Buckets"]):
            b["Name"] = "%s-%s" % (b["Name"].split(".")[0], aid)
            b.pop("_Logging", None)
        if aid == MGMT:
            a["keys"] = [{"id": "AKIAFAKEBENCHORG0001", "secret": "bench-org-secret-0000000000000000000001",
                          "user": "collector"}]
        accounts[aid] = a
    gen = [{"account": aid, "instances": int(400 * scale), "volumes": int(800 * scale),
            "security_groups": int(200 * scale), "snapshots": int(800 * scale), "prerender": True} for aid in ids]
    return {"partition": "aws", "page_size": 1000, "regions": REGIONS,
            "instance_types": basic["instance_types"],
            "organization": {"id": "o-bench", "management_account": MGMT, "accounts": ids, "page_size": 20},
            "accounts": accounts, "generate": gen}


class Sampler(threading.Thread):
    """Peak RssAnon of the worker and of its children; children at once."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.sup, self.child, self.most, self.stop = pid, 0, 0, 0, False

    def run(self):
        while not self.stop:
            self.sup = max(self.sup, rss_anon(self.pid) or 0)
            kids = children_of(self.pid)
            self.most = max(self.most, len(kids))
            for c in kids:
                self.child = max(self.child, rss_anon(c) or 0)
            time.sleep(0.01)


def run(worker, aws, fx, pool, delay_ms):
    out = tempfile.mkdtemp(prefix="rw-bench-accounts-")
    env = dict(os.environ, AWS_ENDPOINT_URL=aws.url, AWS_ACCESS_KEY_ID="AKIAFAKEBENCHORG0001",
               AWS_SECRET_ACCESS_KEY="bench-org-secret-0000000000000000000001")
    aws.clear_log()
    fake0 = cpu_of(aws.proc.pid)
    t0 = time.monotonic()
    p = subprocess.Popen([worker, "--collect-to", out, "--override", "resotoworker.collector=aws",
                          "--override", "resotoworker.pool_size=%d" % pool, "--override", "aws.account_pool_size=%d" % pool,
                          "--override", "resotoworker.timeout=3600",
                          "--override", "aws.role=resoto", "--override", "aws.scrape_org=true",
                          "--override", "aws.region=" + ",".join(REGIONS)],
                         env=env, stderr=subprocess.PIPE, text=True)
    s = Sampler(p.pid)
    s.start()
    err = p.communicate()[1]
    wall = time.monotonic() - t0
    fake = cpu_of(aws.proc.pid) - fake0
    s.stop = True
    s.join()
    calls = [c for c in aws.log() if c.get("service") not in ("imds",)]
    # each account's requests over the calls it had in flight at most
    bound = 0.0
    per = {}
    for c in calls:
        per[c.get("account")] = per.get(c.get("account"), 0) + 1
    for m in re.finditer(r"aws (\d{12}): (\d+) calls, (\d+) requests .*?at most (\d+) in flight", err):
        bound += int(m.group(3)) * delay_ms / 1000.0 / max(int(m.group(4)), 1)
    nodes = 0
    for f in os.listdir(out):
        if f.endswith(".ndjson"):
            with open(os.path.join(out, f)) as fh:
                nodes += sum(1 for line in fh if '"reported"' in line)
        os.unlink(os.path.join(out, f))
    os.rmdir(out)
    return {"wall": wall, "fake": fake, "requests": len(calls), "rps": len(calls) / wall, "nodes": nodes, "most": s.most,
            "child_mb": s.child / 1024.0, "sup_mb": s.sup / 1024.0,
            "bound": bound / max(min(pool, len(fx["accounts"])), 1), "rc": p.returncode,
            "err": err}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("worker", nargs="?", default=os.path.join(TOP, "build", "normal", "src", "resotoworker"))
    ap.add_argument("--accounts", type=int, default=20)
    ap.add_argument("--pool-size", type=int, default=5)
    ap.add_argument("--delay-ms", type=float, default=50)
    ap.add_argument("--scale", type=float, default=1.0, help="the generated estate per account (1: 2 200 items)")
    a = ap.parse_args()
    fx = estate(a.accounts, a.scale)
    print("%-26s %7s %7s %8s %7s %8s %6s %9s %9s %8s" % ("run", "wall s", "fake s", "requests", "req/s", "nodes",
          "at once", "child MiB", "super MiB", "bound s"))
    # delay 0 first: what the fake and the worker cost on this machine
    for delay in (0, a.delay_ms):
        with FakeAws(fx, delay_ms=delay, verbose=False) as aws:
            r = run(a.worker, aws, fx, a.pool_size, delay)
            if r["rc"]:
                print("failed (exit %d):\n%s" % (r["rc"], r["err"][-3000:]))
                return 1
            print("%-26s %7.2f %7.2f %8d %7.1f %8d %6d %9.1f %9.1f %8.2f" % (
                "%d acc x %d reg, pool %d, %gms" % (a.accounts, len(REGIONS), a.pool_size, delay), r["wall"],
                r["fake"], r["requests"], r["rps"], r["nodes"], r["most"], r["child_mb"], r["sup_mb"], r["bound"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

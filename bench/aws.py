#!/usr/bin/env python3
"""bench/aws.py: the AWS collector against the fake AWS's benchmark estate
(tests/fakeaws/fixtures/bench.json: one account, 10 000 instances, 20 000
volumes, 5 000 security groups, 40 000 snapshots over 4 regions, every call
answered after 50 ms).

    bench/aws.py [WORKER] [--runs N] [--delay-ms MS] [--usage-metrics]

Runs `resotoworker --collect-to` with the account's keys in the environment
and every service at the fake, samples every 10 ms the RssAnon of the
worker and of each child (/proc/PID/status), and prints per run: wall
time, the requests the fake answered, requests per second, pages, the most
requests in flight (the collector's own count), the child's and the
supervisor's peak RssAnon beside the graph's size, and the three floors of
bench/floors.py: the issue's bound (requests x delay / requests in flight),
the page-chain floor (the longest chain of calls that must follow each
other, here discovery, the account's first calls and the longest pager, at
the aws section's default parallelism, x delay) and the CPU floor (the
same collect with no delay: the worker's and the fake's own work), and at
the end how far the median wall time is from each. The volumes' atime /
mtime queries are made (the reference makes them whatever the setting);
the usage metrics only with --usage-metrics. Not a test: nothing is
asserted.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(TOP, "tests", "fakeaws"))
from awsctl import FakeAws, load_fixture  # noqa: E402
import floors  # noqa: E402

ACCOUNT = "123456789012"
# the discovery's calls (the fake's log names the account of the
# credentials, not the one asked about)
DISCOVERY = ("GetCallerIdentity", "ListAccounts", "AssumeRole", "ListAccountAliases", "DescribeAccount")
# the aws section's defaults: resource_pool_size, the per-service bounds
INFLIGHT, PER_KEY, PER_SERVICE = 64, 20, {"elb": 6, "sagemaker": 6}


def aws_rounds(calls, account, depth):
    """An account's rounds at the aws section's default parallelism
    (floors.account_rounds): its calls in the fake's log but the
    discovery's, keyed by service and region as the collector keys them."""
    mine = [c for c in calls if c.get("account") == account and c.get("action") not in DISCOVERY]
    keys = {}
    for c in mine:
        k = (c.get("service"), c.get("region"))
        keys[k] = keys.get(k, 0) + 1
    return floors.account_rounds(depth, len(mine), INFLIGHT, keys, lambda k: PER_SERVICE.get(k[0], PER_KEY))


def critical_path(fx):
    """(discovery, account): the calls that must follow each other:
    discovery (GetCallerIdentity, ListAccountAliases), then the account's
    first calls (GetAccountSummary, GetAccountPasswordPolicy and
    DescribeRegions, at once), then the longest pager (the instance types'
    one page runs beside it)."""
    page = fx.get("page_size", 1000)
    gen = [g for g in fx.get("generate", []) if g.get("account") == ACCOUNT][0]
    nreg = len(fx["regions"])
    longest = max(-(-gen.get(k, 0) // nreg // page) for k in ("instances", "volumes", "security_groups",
                                                                   "snapshots"))
    return 2, 1 + longest


def run_once(worker, aws, fx, delay_ms, usage):
    out = tempfile.mkdtemp(prefix="rw-bench-aws-")
    key = aws.keys(ACCOUNT)[0]
    env = dict(os.environ, AWS_ENDPOINT_URL=aws.url, AWS_ACCESS_KEY_ID=key["id"],
               AWS_SECRET_ACCESS_KEY=key["secret"], GNUTLS_NO_IMPLICIT_INIT="1")
    since = aws.log()[-1]["seq"] if aws.log() else 0
    t0 = time.monotonic()
    cpu0 = os.times()
    fake0 = floors.cpu_of(aws.proc.pid)
    p = subprocess.Popen([worker, "--collect-to", out, "--override", "resotoworker.collector=aws",
                          "aws.collect_usage_metrics=%s" % ("true" if usage else "false")],
                         env=env, stderr=subprocess.PIPE, text=True)
    s = floors.Sampler(p.pid)
    s.start()
    err = p.communicate()[1]
    wall = time.monotonic() - t0
    cpu1 = os.times()
    cpu = (cpu1.children_user - cpu0.children_user) + (cpu1.children_system - cpu0.children_system)
    fake = floors.cpu_of(aws.proc.pid) - fake0
    s.end()
    calls = [c for c in aws.log(since) if c.get("service") not in ("imds",)]
    pages = len([c for c in calls if c.get("action", "").startswith("Describe")])
    m = re.search(r"(\d+) pages, (\d+) bytes, at most (\d+) in flight", err)
    inflight = int(m.group(3)) if m else 0
    body = os.path.join(out, "aws-%s.ndjson" % ACCOUNT)
    size = os.path.getsize(body) if os.path.exists(body) else 0
    lines = sum(1 for _ in open(body)) if size else 0
    for f in os.listdir(out):
        os.unlink(os.path.join(out, f))
    os.rmdir(out)
    n = len(calls)
    disc, depth = critical_path(fx)
    return {"wall": wall, "cpu": cpu, "fake": fake, "requests": n, "rps": n / wall, "pages": pages, "inflight": inflight,
            "bound": floors.issue_bound(floors.collector_stats(err), delay_ms, 1),
            "path": floors.chain_floor(disc, [aws_rounds(calls, ACCOUNT, depth)], 1, delay_ms),
            "child_kb": s.child, "sup_kb": s.sup, "graph_mb": size / 1e6, "lines": lines, "rc": p.returncode,
            "err": err if p.returncode else ""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("worker", nargs="?", default=os.path.join(TOP, "build", "normal", "src", "resotoworker"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--delay-ms", type=float, default=50)
    ap.add_argument("--usage-metrics", action="store_true",
                    help="collect_usage_metrics on (the aws section's default; off here: issue 10's estate and "
                         "goal are the listings, and the fake's CPU for some 800 GetMetricData calls would be the "
                         "figure)")
    a = ap.parse_args()
    fx = load_fixture("bench.json")
    print("%-9s %7s %7s %7s %8s %7s %6s %9s %8s %7s %7s %9s %9s %8s %8s" % (
        "run", "wall s", "cpu s", "fake s", "requests", "req/s", "pages", "in flight", "bound s", "path s",
        "cpu0 s", "child MiB", "super MiB", "graph MB", "lines"))

    def show(r, label, cpu0):
        print("%-9s %7.2f %7.2f %7.2f %8d %7.1f %6d %9d %8.3f %7.2f %7.2f %9.1f %9.1f %8.1f %8d" % (
            label, r["wall"], r["cpu"], r["fake"], r["requests"], r["rps"], r["pages"], r["inflight"], r["bound"],
            r["path"], cpu0, r["child_kb"] / 1024.0, r["sup_kb"] / 1024.0, r["graph_mb"], r["lines"]), flush=True)
    zero, done = floors.series(lambda d: FakeAws("bench.json", delay_ms=d, verbose=False),
                               lambda aws, d: run_once(a.worker, aws, fx, d, a.usage_metrics), a.delay_ms, a.runs, show)
    floors.closing(a.delay_ms, zero, done)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""bench/gcp.py: the GCP collector against a fake organisation of 20
projects (tests/fakegcp, about 20 000 resources: per project 2 regions of
3 zones, 70 instances and 70 disks per zone ...), every answer after a
fixed delay.

    bench/gcp.py [WORKER] [--runs N] [--delay-ms MS] [--pool N] [--projects N] [--per-zone N] [--page-size N]

Runs `resotoworker --collect-to` with one key that sees every project,
samples every 10 ms the RssAnon of the supervisor and of each collector
child (/proc/PID/status), and prints per run: wall time, requests,
resources, the supervisor's and the largest child's peak RssAnon, and the
three floors of bench/floors.py at the configured parallelism (pool_size,
the HTTP layer's bounds per project and per service): the issue's bound,
the page-chain floor (the discovery's chain: token, projects.list pages;
then the projects' rounds, pool_size at a time, each at least one
project's chain: token, the regions' or zones' pages, listed at once, the
longest lookup listing, the longest listing after it, a custom machine
type's machineTypes.get after the instances) and the CPU floor
(the median wall at delay 0), and the closing ratios of the median wall.
Not a test: nothing is asserted.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(TOP, "tests", "fakegcp"))
from gcpctl import FakeGcp  # noqa: E402
import floors  # noqa: E402

SA = "bench@org.iam.gserviceaccount.com"
# the collector's parallelism (src/collector/http/chttp.h): calls in flight
# per project, per key (a GCP call's key is its service)
INFLIGHT, PER_KEY = 64, 20


def fixture(n, zones_per_region, per_zone):
    projects = {}
    for i in range(n):
        pid = "bench-%02d" % i
        regions = {r: ["%s-%s" % (r, z) for z in "abcdef"[:zones_per_region]]
                   for r in ("us-east1", "europe-west1")}
        projects[pid] = {"number": 1000 + i, "regions": regions, "instances_per_zone": per_zone, "buckets": 3}
    return {"projects": projects, "service_accounts": {SA: {"projects": sorted(projects)}}}


def service_of(path):
    """The service a logged request's path belongs to, as the collector keys
    its calls."""
    if path.startswith("/compute/"):
        return "compute"
    if path.startswith("/storage/"):
        return "storage"
    if "/locations/" in path:
        return "container"
    if path.startswith("/v1/projects/") and "/instances" in path:
        return "sqladmin"
    return None


def project_rounds(log, project, depth):
    """A project's rounds at the collector's parallelism
    (floors.account_rounds): its requests (those naming it), by service."""
    keys, n = {}, 0
    for e in log:
        m = re.search(r"/projects/([^/]+)", e["path"]) or re.search(r"project=([^&]+)", e.get("query") or "")
        if m is None or m.group(1) != project:
            continue
        n += 1
        k = service_of(e["path"])
        keys[k] = keys.get(k, 0) + 1
    return floors.account_rounds(depth, n, INFLIGHT, keys, lambda k: PER_KEY)


def chains(st, npro, page_size):
    """(discovery, project depth): the discovery's token and projects.list
    pages; a project's token, the regions' or zones' pages (listed at
    once), the longest lookup listing (machine and disk types), the longest
    listing after it (instances, disks), then, when an instance has a
    custom machine type, its machineTypes.get (the aggregated list does not
    hold custom types: the reference reads each once the instances name
    it)."""
    one = next(iter(st.values()))
    pages = lambda n: max(1, math.ceil(n / page_size))  # noqa: E731
    lookup = max(pages(len(one["coll"].get(k, []))) for k in ("machineTypes", "diskTypes"))
    after = max(pages(len(one["coll"].get(k, []))) for k in ("instances", "disks"))
    custom = any("/machineTypes/custom" in i.get("machineType", "") or "-custom-" in i.get("machineType", "")
                 for i in one["coll"].get("instances", []))
    return 1 + pages(npro), (1 + max(pages(len(one["regions"])), pages(len(one["zones"]))) + lookup + after +
                             (1 if custom else 0))


def run(worker, gcp, a, work, st, delay_ms):
    out = tempfile.mkdtemp(prefix="out-", dir=work)
    since = gcp.log()[-1]["seq"] if gcp.log() else 0
    cmd = [worker, "--collect-to", out, "--override", "resotoworker.collector=gcp",
           "--override", "resotoworker.pool_size=%d" % a.pool,
           "--override", "gcp.service_account=" + gcp.keys()[SA], "--override", "gcp.api_base_url=" + gcp.url]
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         env=dict(os.environ, GNUTLS_NO_IMPLICIT_INIT="1"))
    s = floors.Sampler(p.pid)
    s.start()
    err = p.communicate()[1]
    wall = time.monotonic() - t0
    s.end()
    log = gcp.log(since)
    nodes = floors.drain(out)
    disc, depth = chains(st, a.projects, a.page_size)
    rounds = [project_rounds(log, pid, depth) for pid in st]
    return {"wall": wall, "requests": len(log), "rps": len(log) / wall, "nodes": nodes, "most": s.most,
            "child_kb": s.child, "sup_kb": s.sup,
            "bound": floors.issue_bound(floors.collector_stats(err), delay_ms, a.pool),
            "path": floors.chain_floor(disc, rounds, a.pool, delay_ms), "rc": p.returncode, "err": err}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("worker", nargs="?", default=os.path.join(TOP, "build", "normal", "src", "resotoworker"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--delay-ms", type=int, default=50)
    ap.add_argument("--pool", type=int, default=5)
    ap.add_argument("--projects", type=int, default=20)
    ap.add_argument("--per-zone", type=int, default=70)
    ap.add_argument("--page-size", type=int, default=500)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="bench-gcp-")
    fx = os.path.join(work, "fixture.json")
    with open(fx, "w") as f:
        json.dump(fixture(a.projects, 3, a.per_zone), f)
    with FakeGcp(fx, page_size=a.page_size) as gcp:
        st = gcp.state()
    resources = sum(len(p["regions"]) + len(p["zones"]) + len(p["buckets"]) + len(p["sql"]) +
                    len(p["clusters"]) + sum(len(v) for k, v in p["coll"].items()
                                             if k not in ("machineTypes", "diskTypes"))
                    for p in st.values())
    print("estate: %d projects, %d resources, pool %d, page size %d" % (a.projects, resources, a.pool, a.page_size))
    print("%-9s %7s %8s %7s %8s %7s %8s %7s %7s %9s %9s" % ("run", "wall s", "requests", "req/s", "nodes",
          "at once", "bound s", "path s", "cpu0 s", "child MiB", "super MiB"))

    def show(r, label, cpu0):
        print("%-9s %7.2f %8d %7.1f %8d %7d %8.3f %7.2f %7.2f %9.1f %9.1f" % (
            label, r["wall"], r["requests"], r["rps"], r["nodes"], r["most"], r["bound"], r["path"], cpu0,
            r["child_kb"] / 1024.0, r["sup_kb"] / 1024.0), flush=True)
    zero, done = floors.series(lambda d: FakeGcp(fx, page_size=a.page_size, delay_ms=d),
                               lambda gcp, d: run(a.worker, gcp, a, work, st, d), a.delay_ms, a.runs, show)
    floors.closing(a.delay_ms, zero, done)
    return 0 if zero and done else 1


if __name__ == "__main__":
    sys.exit(main())

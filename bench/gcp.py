#!/usr/bin/env python3
"""bench/gcp.py: the GCP collector against a fake organisation of 20
projects (tests/fakegcp, about 20 000 resources: per project 2 regions of
3 zones, 70 instances and 70 disks per zone ...), every answer after a
fixed delay.

    bench/gcp.py [WORKER] [--runs N] [--delay-ms MS] [--pool N] [--page-size N]

Runs `resotoworker --collect-to` with one key that sees every project,
samples every 10 ms the RssAnon of the supervisor and of each collector
child (/proc/PID/status), and prints per run: wall time, requests,
resources, the supervisor's and the largest child's peak RssAnon, and the
lower bound of the delays at the configured parallelism: the discovery's
chain (token, projects.list pages), then ceil(projects / pool) rounds of
one project's chain (token, the regions' or zones' pages, listed at once,
the longest lookup listing, the longest listing after it) x delay. Not a test: nothing is
asserted.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOP, "tests", "fakegcp"))
from gcpctl import FakeGcp  # noqa: E402

SA = "bench@org.iam.gserviceaccount.com"


def rss_anon(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def descendants(pid):
    kids = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open("/proc/%s/stat" % d) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for k in kids.get(p, []):
            out.append(k)
            todo.append(k)
    return out


def fixture(n, zones_per_region, per_zone):
    projects = {}
    for i in range(n):
        pid = "bench-%02d" % i
        regions = {r: ["%s-%s" % (r, z) for z in "abcdef"[:zones_per_region]]
                   for r in ("us-east1", "europe-west1")}
        projects[pid] = {"number": 1000 + i, "regions": regions, "instances_per_zone": per_zone, "buckets": 3}
    return {"projects": projects, "service_accounts": {SA: {"projects": sorted(projects)}}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("worker", nargs="?", default=os.path.join(TOP, "build", "normal", "src", "resotoworker"))
    ap.add_argument("--runs", type=int, default=1)
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
    with FakeGcp(fx, page_size=a.page_size, delay_ms=a.delay_ms) as gcp:
        key = gcp.keys()[SA]
        st = gcp.state()
        resources = sum(len(p["regions"]) + len(p["zones"]) + len(p["buckets"]) + len(p["sql"]) +
                        len(p["clusters"]) + sum(len(v) for k, v in p["coll"].items()
                                                 if k not in ("machineTypes", "diskTypes"))
                        for p in st.values())
        one = next(iter(st.values()))
        pages = lambda n: max(1, math.ceil(n / a.page_size))  # noqa: E731
        lookup = max(pages(len(one["coll"].get(k, []))) for k in ("machineTypes", "diskTypes"))
        after = max(pages(len(one["coll"].get(k, []))) for k in ("instances", "disks"))
        # regions and zones are listed at once
        chain = 1 + max(pages(len(one["regions"])), pages(len(one["zones"]))) + lookup + after
        bound = (1 + pages(a.projects) + math.ceil(a.projects / a.pool) * chain) * a.delay_ms / 1000
        print("estate: %d projects, %d resources, delay %d ms, pool %d, page size %d; lower bound %.2f s"
              % (a.projects, resources, a.delay_ms, a.pool, a.page_size, bound))
        for run in range(a.runs):
            out = os.path.join(work, "out-%d" % run)
            since = gcp.log()[-1]["seq"] if gcp.log() else 0
            cmd = [a.worker, "--collect-to", out, "--override", "resotoworker.collector=gcp",
                   "--override", "resotoworker.pool_size=%d" % a.pool,
                   "--override", "gcp.service_account=" + key, "--override", "gcp.api_base_url=" + gcp.url]
            peak = {"sup": 0, "child": 0}
            t0 = time.time()
            p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            done = threading.Event()

            def sample():
                while not done.is_set():
                    v = rss_anon(p.pid)
                    if v:
                        peak["sup"] = max(peak["sup"], v)
                    for c in descendants(p.pid):
                        v = rss_anon(c)
                        if v:
                            peak["child"] = max(peak["child"], v)
                    time.sleep(0.01)
            th = threading.Thread(target=sample)
            th.start()
            _, err = p.communicate()
            wall = time.time() - t0
            done.set()
            th.join()
            reqs = len(gcp.log(since))
            nodes = 0
            for name in os.listdir(out):
                if name.endswith(".ndjson"):
                    with open(os.path.join(out, name)) as f:
                        nodes += sum(1 for line in f if '"reported"' in line)
            print("run %d: exit %d, wall %.2f s (%.2fx the bound), %d requests, %d nodes, "
                  "supervisor peak RssAnon %d kB, largest child %d kB"
                  % (run, p.returncode, wall, wall / bound if bound else float("nan"), reqs, nodes, peak["sup"], peak["child"]))


if __name__ == "__main__":
    main()

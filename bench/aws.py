#!/usr/bin/env python3
"""bench/aws.py: the AWS collector against the fake AWS's benchmark estate
(tests/fakeaws/fixtures/bench.json: one account, 10 000 instances, 20 000
volumes, 5 000 security groups, 40 000 snapshots over 4 regions, every call
answered after 50 ms).

    bench/aws.py [WORKER] [--runs N] [--delay-ms MS]

Runs `resotoworker --collect-to` with the account's keys in the environment
and every service at the fake, samples every 10 ms the RssAnon of each
collector child (/proc/PID/status), and prints per run: wall time, the
requests the fake answered, requests per second, pages, the most requests
in flight (the collector's own count), the child's peak RssAnon beside the
graph's size, and two lower bounds: the issue's (requests x delay / requests
in flight), the page-chain floor (the longest chain of calls that must
follow each other x delay) and the CPU floor (the same collect with no
delay: the worker's and the fake's own work), and at the end how far the
median wall time is from each. Not a test: nothing is asserted.
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOP, "tests", "fakeaws"))
from awsctl import FakeAws, load_fixture  # noqa: E402

ACCOUNT = "123456789012"


def rss_anon(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def children_of(pid):
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open("/proc/%s/stat" % d) as f:
                    st = f.read()
                if int(st.rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    return out


class Sampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, {}, False

    def run(self):
        while not self.stop:
            for c in children_of(self.pid):
                kb = rss_anon(c)
                if kb is not None and kb > self.peak.get(c, 0):
                    self.peak[c] = kb
            time.sleep(0.01)


def cpu_of(pid):
    """user + system seconds of a process so far"""
    try:
        with open("/proc/%d/stat" % pid) as f:
            st = f.read().rsplit(")", 1)[1].split()
        return (int(st[11]) + int(st[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def critical_path(fx):
    """Calls that must follow each other: discovery (GetCallerIdentity,
    ListAccountAliases), the account's first calls (GetAccountSummary,
    GetAccountPasswordPolicy and DescribeRegions, at once), then the
    longest pager (the instance types' one page runs beside it)."""
    page = fx.get("page_size", 1000)
    gen = [g for g in fx.get("generate", []) if g.get("account") == ACCOUNT][0]
    nreg = len(fx["regions"])
    longest = max(-(-gen.get(k, 0) // nreg // page) for k in ("instances", "volumes", "security_groups",
                                                                   "snapshots"))
    return 2 + 1 + longest


def run_once(worker, aws, fx, delay_ms):
    out = tempfile.mkdtemp(prefix="rw-bench-aws-")
    key = aws.keys(ACCOUNT)[0]
    env = dict(os.environ, AWS_ENDPOINT_URL=aws.url, AWS_ACCESS_KEY_ID=key["id"],
               AWS_SECRET_ACCESS_KEY=key["secret"], GNUTLS_NO_IMPLICIT_INIT="1")
    since = aws.log()[-1]["seq"] if aws.log() else 0
    t0 = time.monotonic()
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    fake0 = cpu_of(aws.proc.pid)
    p = subprocess.Popen([worker, "--collect-to", out, "--override", "resotoworker.collector=aws"],
                         env=env, stderr=subprocess.PIPE, text=True)
    s = Sampler(p.pid)
    s.start()
    err = p.communicate()[1]
    wall = time.monotonic() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    fake = cpu_of(aws.proc.pid) - fake0
    s.stop = True
    s.join()
    calls = [c for c in aws.log(since) if c.get("service") not in ("imds",)]
    pages = len([c for c in calls if c.get("action", "").startswith("Describe")])
    m = re.search(r"(\d+) pages, (\d+) bytes, at most (\d+) in flight", err)
    inflight = int(m.group(3)) if m else 0
    body = os.path.join(out, "aws-%s.ndjson" % ACCOUNT)
    size = os.path.getsize(body) if os.path.exists(body) else 0
    lines = sum(1 for _ in open(body)) if size else 0
    peak = max(s.peak.values()) if s.peak else 0
    for f in os.listdir(out):
        os.unlink(os.path.join(out, f))
    os.rmdir(out)
    n = len(calls)
    return {"wall": wall, "cpu": cpu, "fake": fake, "requests": n, "rps": n / wall, "pages": pages, "inflight": inflight,
            "bound": n * delay_ms / 1000.0 / max(inflight, 1),
            "path": critical_path(fx) * delay_ms / 1000.0,
            "peak_kb": peak, "graph_mb": size / 1e6, "lines": lines, "rc": p.returncode,
            "err": err if p.returncode else ""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("worker", nargs="?", default=os.path.join(TOP, "build", "normal", "src", "resotoworker"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--delay-ms", type=float, default=50)
    a = ap.parse_args()
    fx = load_fixture("bench.json")
    print("%-9s %7s %7s %7s %8s %7s %6s %9s %8s %7s %7s %9s %8s %8s" % (
        "run", "wall s", "cpu s", "fake s", "requests", "req/s", "pages", "in flight", "bound s", "path s",
        "cpu0 s", "child MiB", "graph MB", "lines"))
    # delay 0 first: the CPU floor, what the same collect takes when no
    # answer waits (the worker's and the fake's work on this machine)
    cpu0 = []
    done = []
    for delay, runs in ((0, a.runs), (a.delay_ms, a.runs)):
        with FakeAws("bench.json", delay_ms=delay, verbose=False) as aws:
            run_once(a.worker, aws, fx, delay)    # the fake builds the estate on its first calls
            for i in range(runs):
                r = run_once(a.worker, aws, fx, delay)
                if r["rc"]:
                    print("run %d failed (exit %d):\n%s" % (i, r["rc"], r["err"][-2000:]))
                    continue
                if delay == 0:
                    cpu0.append(r["wall"])
                else:
                    done.append(r)
                floor0 = statistics.median(cpu0) if cpu0 else 0.0
                print("%-9s %7.2f %7.2f %7.2f %8d %7.1f %6d %9d %8.3f %7.2f %7.2f %9.1f %8.1f %8d" % (
                    "%gms/%d" % (delay, i), r["wall"], r["cpu"], r["fake"], r["requests"], r["rps"], r["pages"],
                    r["inflight"], r["bound"], r["path"], floor0, r["peak_kb"] / 1024.0, r["graph_mb"],
                    r["lines"]))
    if done and cpu0:
        wall = statistics.median(r["wall"] for r in done)
        floor0 = statistics.median(cpu0)
        r = done[0]
        print("at %g ms, median wall %.2f s: %.1fx the issue's bound (%.3f s), %.1fx the page-chain floor (%.2f s), "
              "%.1fx the CPU floor (%.2f s, the median wall at delay 0), %.1fx the larger of the two floors" % (
                  a.delay_ms, wall, wall / r["bound"], r["bound"], wall / r["path"], r["path"], wall / floor0,
                  floor0, wall / max(r["path"], floor0)))

if __name__ == "__main__":
    main()

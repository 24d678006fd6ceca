#!/usr/bin/env python3
"""bench: resotoworker's collect throughput and memory (see README.md).

    bench.py WORKER SINK_PY PYTHON OUTDIR [seed:size ...]

Starts bench/sink.py (a core that discards what it gets), then for each
random collector setting: starts the worker against it, notes the time from
start to the action websocket being open and the idle RSS, sends a collect
and samples the RSS of every collector child until the reply arrives, then
reads the supervisor's peak RSS (VmHWM) and stops it. The worker runs
with the environment of the systemd unit (GNUTLS_NO_IMPLICIT_INIT=1).
Then bench/floor ($BENCH_FLOOR, set by run.sh) gives the memory floor of
the same libraries without any worker code. Finally it uploads
the same ndjson bytes (written by --collect-to for the largest setting) with
curl to the same sink: the physical limit of sink and loopback.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

DEFAULT = ["0:1.0", "1:2.0", "0:2.5", "3:3.0", "1:5.0", "0:5.0"]
RUNS = 3        # collects per setting and curl uploads: the median counts


def status_kib(pid, key):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    out = []
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            for c in f.read().split():
                out.append(int(c))
                out.extend(children(int(c)))
    except OSError:
        pass
    return out


def collector(pid):
    """A collector child once it runs the collector: between fork and exec a
    child still shares the supervisor's pages."""
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return b"--collector-child" in f.read()
    except OSError:
        return False


class Sampler(threading.Thread):
    """Every 10 ms: the supervisor's RssAnon, the largest VmHWM and RssAnon
    of any of its collector children (children live shortly: sampled, not
    exact)."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.stop = pid, False
        self.anon = self.child = self.child_anon = 0

    def run(self):
        while not self.stop:
            self.anon = max(self.anon, status_kib(self.pid, "RssAnon"))
            for c in children(self.pid):
                if not collector(c):
                    continue
                self.child = max(self.child, status_kib(c, "VmHWM"))
                self.child_anon = max(self.child_anon, status_kib(c, "RssAnon"))
            time.sleep(0.01)


def call(port, method, path):
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), method=method, data=b"" if method == "POST" else None)
    with urllib.request.urlopen(req, timeout=3700) as r:
        return json.loads(r.read())


def worker_env():
    """The environment the systemd unit and the init script give the daemon."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESOTOWORKER_")}
    env["GNUTLS_NO_IMPLICIT_INIT"] = "1"
    return env


def floor(port):
    """bench/floor (the worker's libraries, none of its code, one GET to the
    sink): median over RUNS of (VmRSS, RssAnon) in KiB, with the service's
    environment and without GNUTLS_NO_IMPLICIT_INIT; None if not built."""
    prog = os.environ.get("BENCH_FLOOR")
    if not prog:
        return None
    out = []
    for gnutls in ("1", None):
        env = worker_env()
        if gnutls is None:
            del env["GNUTLS_NO_IMPLICIT_INIT"]
        runs = []
        for _ in range(RUNS):
            r = subprocess.run([prog, "http://127.0.0.1:%d/system/ready" % port], env=env,
                               check=True, capture_output=True, text=True).stdout.split()
            runs.append((int(r[0]), int(r[2])))
        runs.sort()
        out.append(runs[len(runs) // 2])
    return out


def start_worker(worker, port, spool, seed, size):
    cmd = [worker, "--resotocore-uri", "http://127.0.0.1:%d" % port, "--quiet",
           "--override", "resotoworker.collector=random", "--override", "random.seed=%s" % seed,
           "--override", "random.size=%s" % size, "--override", "resotoworker.tempdir=" + spool]
    # $BENCH_OVERRIDE: more settings, e.g. "resotoworker.sandbox=false"
    for o in os.environ.get("BENCH_OVERRIDE", "").split():
        cmd += ["--override", o]
    t0 = time.time()
    p = subprocess.Popen(cmd, env=worker_env(), stdin=subprocess.DEVNULL)
    while True:
        st = call(port, "GET", "/_bench/state")
        if st["connected_at"] and st["connected_at"] >= t0:
            return p, st["connected_at"] - t0
        if p.poll() is not None:
            sys.exit("worker exited with %d" % p.returncode)
        time.sleep(0.002)


def main():
    worker, sink_py, python, out = sys.argv[1:5]
    settings = sys.argv[5:] or DEFAULT
    os.makedirs(out, exist_ok=True)
    spool = os.path.join(out, "spool")
    os.makedirs(spool, exist_ok=True)
    pf = os.path.join(out, "sink.port")
    if os.path.exists(pf):
        os.unlink(pf)
    sink = subprocess.Popen([python, sink_py, "--port-file", pf], stdout=subprocess.DEVNULL)
    try:
        while not os.path.exists(pf):
            if sink.poll() is not None:
                sys.exit("sink exited")
            time.sleep(0.01)
        port = int(open(pf).read())
        rows, subscribed, idle, after = [], [], [], []
        print("%-8s %8s %8s %8s %5s %6s %7s %9s   %-13s   %-13s" % (
            "seed:size", "nodes", "edges", "lines", "MB", "merges", "wall s", "lines/s",
            "supervisor", "largest child"))
        print("%-8s %8s %8s %8s %5s %6s %7s %9s   %-13s   %-13s" % (
            "", "", "", "", "", "", "", "", "peak RSS MiB", "peak RSS MiB"))
        print("%-8s %8s %8s %8s %5s %6s %7s %9s   %-13s   %-13s" % (
            "", "", "", "", "", "", "", "", "(own: anon)", "(own: anon)"))
        for s in settings:
            seed, size = s.split(":")
            call(port, "POST", "/_bench/reset")
            p, t_sub = start_worker(worker, port, spool, seed, size)
            subscribed.append(t_sub)
            time.sleep(0.5)
            kids = children(p.pid)
            idle.append((status_kib(p.pid, "VmRSS") + sum(status_kib(c, "VmRSS") for c in kids),
                         status_kib(p.pid, "RssAnon") + sum(status_kib(c, "RssAnon") for c in kids)))
            sampler = Sampler(p.pid)
            sampler.start()
            runs = []
            for _ in range(RUNS):
                runs.append(call(port, "POST", "/_bench/collect"))
                if runs[-1]["reply"] != "action_done":
                    break
            sampler.stop = True
            sampler.join()
            runs.sort(key=lambda x: x["seconds"])
            r = runs[len(runs) // 2]
            hwm = status_kib(p.pid, "VmHWM")
            time.sleep(0.3)
            after.append((status_kib(p.pid, "VmRSS"), status_kib(p.pid, "RssAnon")))
            p.send_signal(signal.SIGTERM)
            p.wait(timeout=60)
            if r["reply"] != "action_done" or os.listdir(spool):
                sys.exit("collect failed: %s, spool %s" % (r, os.listdir(spool)))
            lines = r["lines"]
            rows.append((seed, size, r["nodes"], r["edges"], lines, r["bytes"], r["merges"],
                         r["seconds"], lines / r["seconds"], hwm, sampler.anon, sampler.child,
                         sampler.child_anon))
            print("%-8s %8d %8d %8d %5.0f %6d %7.3f %9.0f   %5.1f (%4.1f)    %5.1f (%4.1f)" %
                  ("%s:%s" % (seed, size), r["nodes"], r["edges"], lines, r["bytes"] / 1e6, r["merges"],
                   r["seconds"], lines / r["seconds"], hwm / 1024, sampler.anon / 1024,
                   sampler.child / 1024, sampler.child_anon / 1024), flush=True)

        # the physical limit: the same bytes, uploaded by curl to the same sink
        seed, size = settings[-1].split(":")
        raw = os.path.join(out, "raw")
        subprocess.run(["rm", "-rf", raw])
        subprocess.run([worker, "--quiet", "--collect-to", raw, "--override", "resotoworker.collector=random",
                        "--override", "random.seed=%s" % seed, "--override", "random.size=%s" % size],
                       env=worker_env(), check=True, stderr=subprocess.DEVNULL)
        body = os.path.join(out, "raw.ndjson")
        with open(body, "wb") as f:
            for name in sorted(os.listdir(raw)):
                if name.endswith(".ndjson"):
                    with open(os.path.join(raw, name), "rb") as g:
                        while True:
                            b = g.read(1 << 20)
                            if not b:
                                break
                            f.write(b)
        subprocess.run(["rm", "-rf", raw])
        call(port, "POST", "/_bench/reset")
        times = []
        for _ in range(RUNS):
            t = subprocess.run(["curl", "-sS", "-o", "/dev/null", "-w", "%{time_total}", "-X", "POST",
                                "-H", "Content-Type: application/x-ndjson", "-T", body,
                                "http://127.0.0.1:%d/graph/resoto/merge?wait_for_result=False" % port],
                               check=True, capture_output=True, text=True).stdout
            times.append(float(t))
        times.sort()
        curl_s = times[len(times) // 2]
        raw_lines = sum(1 for _ in open(body, "rb"))
        raw_rate = raw_lines / curl_s
        os.unlink(body)
        best = rows[-1][8]
        print("curl upload of the same %d lines (%.0f MB) to the same sink: %.3f s (median of %d; "
              "fastest %.3f), %.0f lines/s; collect end to end / raw upload = %.2f" %
              (raw_lines, rows[-1][5] / 1e6, curl_s, len(times), times[0], raw_rate, best / raw_rate))
        subscribed.sort()
        print("start to subscribed: median %.0f ms (min %.0f, max %.0f) over %d starts" %
              (subscribed[len(subscribed) // 2] * 1000, subscribed[0] * 1000, subscribed[-1] * 1000,
               len(subscribed)))
        print("idle RSS of the whole daemon: %.1f MiB, of which %.1f MiB its own (RssAnon; the rest are "
              "shared library pages); max over %d starts" %
              (max(i[0] for i in idle) / 1024, max(i[1] for i in idle) / 1024, len(idle)))
        fl = floor(port)
        if fl:
            print("floor of the libraries alone (bench/floor: event base, curl init and one GET, json-c, "
                  "libconfig, wslay; no worker code): %.1f MiB (RssAnon %.1f MiB) as the service runs, "
                  "%.1f MiB (RssAnon %.1f MiB) without GNUTLS_NO_IMPLICIT_INIT=1" %
                  (fl[0][0] / 1024, fl[0][1] / 1024, fl[1][0] / 1024, fl[1][1] / 1024))
        print("supervisor RSS idle after its collects: %.1f MiB (RssAnon %.1f MiB); max over %d settings" %
              (max(a[0] for a in after) / 1024, max(a[1] for a in after) / 1024, len(after)))
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait()


if __name__ == "__main__":
    main()

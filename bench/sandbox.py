#!/usr/bin/env python3
"""sandbox: what the collector children's sandbox costs (issue 11).

    bench/sandbox.py WORKER [seed:size] [runs]

Runs `WORKER --collect-to` of the random collector (default 0:5.0, 2.5
million lines) with the sandbox on (the default) and off
(resotoworker.sandbox=false), alternately, `runs` times each (default 7),
and prints per mode the median and the best wall time, lines per second
of each, and the median CPU time of the whole run (supervisor and
children, user + system, from wait4): on a busy machine the best run and
the CPU time are disturbed less than the median wall time. Lines are
those of the written bodies. Not a test: nothing is asserted.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time


def run(worker, seed, size, sandbox, out):
    shutil.rmtree(out, ignore_errors=True)
    cmd = [worker, "--quiet", "--collect-to", out,
           "--override", "resotoworker.collector=random",
           "--override", "random.seed=%s" % seed, "--override", "random.size=%s" % size,
           "--override", "resotoworker.sandbox=%s" % ("true" if sandbox else "false")]
    env = dict(os.environ, GNUTLS_NO_IMPLICIT_INIT="1")
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    if status != 0:
        sys.exit("bench: %s exited with %d" % (" ".join(cmd), status))
    lines = 0
    for f in os.listdir(out):
        if f.endswith(".ndjson"):
            with open(os.path.join(out, f), "rb") as fh:
                lines += sum(1 for _ in fh)
    return wall, ru.ru_utime + ru.ru_stime, lines


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main():
    worker = sys.argv[1]
    seed, size = (sys.argv[2] if len(sys.argv) > 2 else "0:5.0").split(":")
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    out = tempfile.mkdtemp(prefix="rw-bench-sandbox-")
    res = {True: [], False: []}
    try:
        for _ in range(runs):
            for mode in (True, False):
                res[mode].append(run(worker, seed, size, mode, os.path.join(out, "o")))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    print("random %s:%s, %d runs each, alternating" % (seed, size, runs))
    print("sandbox   lines  median s   lines/s    best s   lines/s   CPU s (median)")
    fig = {}
    for mode in (True, False):
        wall = median(r[0] for r in res[mode])
        best = min(r[0] for r in res[mode])
        cpu = median(r[1] for r in res[mode])
        lines = res[mode][0][2]
        fig[mode] = (lines / wall, lines / best, cpu)
        print("%-8s %8d %9.3f %9.0f %9.3f %9.0f %9.3f" % (
            "on" if mode else "off", lines, wall, lines / wall, best, lines / best, cpu))

    def pct(i):
        return 100.0 * (fig[True][i] / fig[False][i] - 1)
    print("sandbox on vs off: lines/s %+.1f%% (median), %+.1f%% (best); CPU time %+.1f%%" % (
        pct(0), pct(1), pct(2)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""cleanup: resotoworker's cleanup throughput and memory (see README.md).

    cleanup.py WORKER TOP_SRCDIR [seed:size ...]

For each random collector setting: starts the development core
(tests/devcore, lenient: it still parses every line) and the worker
(resotoworker.cleanup true, dry run off, the other settings at their
defaults), collects the random graph into the core, flags every resource
(the kinds below the regions: instances, volumes, networks, load
balancers) the way the core's `clean` command does, then sends a cleanup
action and, until its action_done, samples every 10 ms the RssAnon of the
supervisor and of every collector child. Prints the wall time from the
action to the reply, the part of it the worker itself spent (from its log:
the search answer read to the last delete, without the core's time to
compute the search or to store the write-back),
the nodes deleted per second, the supervisor's RssAnon before the cleanup
and at its peak, the growth per flagged node, and the largest child's peak.
"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import Sampler, status_kib, worker_env  # noqa: E402

DEFAULT = ["0:2.5", "3:3.0"]
KINDS = ["random_instance", "random_volume", "random_network", "random_load_balancer"]
PSK = "changeme"


def stamp(log, pattern):
    """The time (s since midnight UTC) of the first log line matching pattern."""
    m = re.search(r"T(\d\d):(\d\d):(\d\d\.\d+)Z [^\n]*" + pattern, log)
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3)) if m else None


def one(worker, control, setting, out):
    seed, size = setting.split(":")
    with control.DevCore(psk=PSK, lenient=True) as core:
        spool = tempfile.mkdtemp(prefix="spool-", dir=out)
        logpath = os.path.join(out, "worker-%s.log" % setting.replace(":", "_"))
        log = open(logpath, "w")
        cmd = [worker, "--resotocore-uri", core.url, "--psk", PSK]
        for o in ("resotoworker.collector=random", "random.seed=" + seed, "random.size=" + size,
                  "resotoworker.cleanup=true", "resotoworker.cleanup_dry_run=false",
                  "resotoworker.tempdir=" + spool):
            cmd += ["--override", o]
        p = subprocess.Popen(cmd, env=worker_env(), stderr=log)
        try:
            core.wait("connect", kind="handle", timeout=30)
            act = core.send_action("collect")
            core.wait("action_reply", task=act["task"], timeout=3600)
            flagged = len(core.flag(kinds=KINDS))
            time.sleep(0.5)     # the supervisor's malloc_trim after the collect
            before = status_kib(p.pid, "RssAnon")
            s = Sampler(p.pid)
            s.start()
            t0 = time.monotonic()
            act = core.send_action("cleanup")
            reply = core.wait("action_reply", task=act["task"], timeout=3600)[-1]["json"]
            wall = time.monotonic() - t0
            s.stop = True
            s.join()
            with open(logpath) as f:
                text = f.read()
            task = act["task"]
            t_search = stamp(text, "cleanup %s: running" % task)
            t_answer = stamp(text, "cleanup %s: search answered" % task)
            t_end = stamp(text, "cleanup %s: every pass done" % task)
            deleted = int(re.search(r"cleanup %s: (\d+) deleted" % task, text).group(1))
            own = (t_end - t_answer) if t_end and t_answer else None
            return {"setting": setting, "flagged": flagged, "deleted": deleted, "ok": reply["kind"] == "action_done",
                    "wall": wall, "search": (t_answer - t_search) if t_answer and t_search else None,
                    "own": own, "before": before, "peak": s.anon, "child": s.child_anon, "child_hwm": s.child}
        finally:
            p.send_signal(signal.SIGTERM)
            p.wait(timeout=60)
            log.close()


def main():
    worker, top = sys.argv[1], sys.argv[2]
    settings = sys.argv[3:] or DEFAULT
    sys.path.insert(0, os.path.join(top, "tests", "devcore"))
    import control
    out = tempfile.mkdtemp(prefix="rw-bench-cleanup-")
    print("seed:size  flagged  deleted   wall s  search s  worker s  nodes/s   supervisor RssAnon KiB        "
          "largest child")
    print("                                       (answer)  (delete)  (wall)    before   peak  per node B   "
          "RssAnon / VmHWM KiB")
    for setting in settings:
        r = one(worker, control, setting, out)
        print("%-9s %8d %8d %8.2f %9.2f %9.2f %8.0f %9d %6d %10.1f   %6d / %6d%s" % (
            r["setting"], r["flagged"], r["deleted"], r["wall"], r["search"] or 0, r["own"] or 0,
            r["deleted"] / r["wall"], r["before"], r["peak"], (r["peak"] - r["before"]) * 1024.0 / r["flagged"],
            r["child"], r["child_hwm"], "" if r["ok"] else "  (action_error!)"), flush=True)
    print("logs in %s" % out)


if __name__ == "__main__":
    main()

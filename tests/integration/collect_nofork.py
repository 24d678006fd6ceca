#!/usr/bin/env python3
"""collect_nofork: --no-fork runs the same collector code inside the
supervisor, one account after another, over an in-process socketpair.

- a core-free collect with --no-fork writes the same files as with
  collector processes (time fields masked);
- against the development core: every account delivered and valid, a
  graph large enough to fill the socket many times over (the collector
  side pumps the supervisor's loop), and a second collect after it.
"""
import os

import collect_lib as L
from collect_lib import check

SETTINGS = ["resotoworker.collector=example,random", "random.seed=0", "random.size=0.5"]


def contents(d):
    return {f: L.lines(L.read(os.path.join(d, f))) for f in sorted(os.listdir(d))}


forked, inproc = L.tmpdir("rw-fork-"), L.tmpdir("rw-nofork-")
rc1, _ = L.collect_to(forked, SETTINGS)
rc2, _ = L.collect_to(inproc, SETTINGS, args=["--no-fork"])
check(rc1 == 0 and rc2 == 0, "exit status 0 (%d, %d)" % (rc1, rc2))
a, b = contents(forked), contents(inproc)
check(len(a) == 11, "example + 9 random accounts + model: %s" % sorted(a))
check(a == b, "--no-fork writes the same files: %s" % sorted(set(a) ^ set(b)))

with L.control.DevCore(psk=L.PSK) as core:
    w = L.Worker(core, ["resotoworker.collector=example,random", "random.seed=0", "random.size=1.0"],
                 args=["--no-fork"])
    try:
        for _ in range(2):
            core.reset("log")
            task, reply = w.collect(timeout=120)
            check(reply["kind"] == "action_done", "action_done")
            ms = L.merges(core, task)
            check(len(ms) == 11, "11 merges, got %d" % len(ms))
            check(all(m["valid"] for m in ms), "all valid")
            # seed 0, size 1.0: 7013 nodes and 14011 edges in all
            # (collectors.md 3.3); each of the 10 account bodies repeats
            # root, cloud and the edge between them
            rnd = [m for m in ms if m["merge_roots"][0]["kind"] == "random_account"]
            check(sum(m["nodes"] for m in rnd) == 7013 + 9 * 2, "random nodes")
            check(sum(m["edges"] for m in rnd) == 14011 + 9, "random edges")
            check(not L.invalid_frames(core), "frames the core accepts")
            check(w.spool_files() == [], "no spool file left")
    finally:
        check(w.stop() == 0, "worker exit status 0")
L.done()

#!/usr/bin/env python3
"""collect_core: a collect through the development core.

example + random (seed 1, size 0.2: 2 accounts; seed 0: 7 accounts), in
both merge kinds: graph created and model patched first, one merge per
account (or cloud) with the task id and counts, every merge valid, the
bodies equal to the reference files (tests/data/collector, times masked),
progress and info frames the core accepts, action_done last, no spool
file left behind; the same action sent twice while it runs is collected
and answered once; another graph name uses that graph's model route;
debug_dump_json keeps the model and the bodies in tempdir.
"""
import os

import collect_lib as L
from collect_lib import check


def run(core, overrides, expect_units):
    w = L.Worker(core, overrides)
    try:
        task, reply = w.collect()
        check(reply["kind"] == "action_done", "action_done: %s" % reply)
        ms = L.merges(core, task)
        check(len(ms) == expect_units, "%d merges, expected %d" % (len(ms), expect_units))
        for m in ms:
            check(m["valid"], "merge valid: %s" % m.get("errors"))
            check(not m.get("warnings"), "merge without warnings: %s" % m.get("warnings"))
        reqs = core.log("request")
        paths = [(e["method"], e["path"]) for e in reqs if e["path"].startswith(("/graph", "/model"))]
        check(paths[:2] == [("POST", "/graph/resoto"), ("PATCH", "/model")],
              "graph and model first: %s" % paths[:3])
        # the reply comes after every merge
        done_seq = core.log("action_reply", task=task)[-1]["seq"]
        check(all(m["seq"] < done_seq for m in ms), "merges before action_done")
        check(not L.invalid_frames(core), "frames valid: %s" % L.invalid_frames(core))
        prog = L.frames(core, "progress", task)
        check(any(p["data"]["progress"]["kind"] == "tree" for p in prog), "a progress tree")
        check(w.spool_files() == [], "spool files removed: %s" % w.spool_files())
        bodies = {m["merge_roots"][0]["id"]: L.merge_body(core, m) for m in ms}
        return task, ms, bodies
    finally:
        check(w.stop() == 0, "worker exit status 0")


def same_lines(bodies, ref, what):
    """The union of per-account bodies has the lines of the reference body
    (which holds all accounts of a simple collector at once)."""
    got = set()
    for b in bodies:
        got.update(L.lines(b))
    want = set(L.lines(ref))
    check(got == want, "%s: %d lines differ (%d got, %d expected)" %
          (what, len(got ^ want), len(got), len(want)))


with L.control.DevCore(psk=L.PSK) as core:
    # merge kind account (default): example 1 account, random seed 1: 2
    task, ms, bodies = run(core, ["resotoworker.collector=example,random", "random.seed=1",
                                  "random.size=0.2"], 3)
    ex = [b for b in bodies.values() if '"example_account"' in b]
    check(len(ex) == 1 and L.lines(ex[0]) == L.lines(L.reference("example.graph.account-merge.ndjson")),
          "example body equals the reference (account merge)")
    rnd = [b for b in bodies.values() if '"random_account"' in b]
    check(len(rnd) == 2, "two random accounts")
    same_lines(rnd, L.reference("random.seed1-size0.2-jitter0.account-merge.graph.ndjson"),
               "random seed 1 account merge")
    for m in ms:
        if m["nodes"] == 12:
            check(m["edges"] == 19 and m["deferred_edges"] == 1, "example counts")

    # merge kind cloud: one body per cloud, byte-equal to the reference
    core.reset("log")
    task, ms, bodies = run(core, ["resotoworker.collector=example,random", "random.seed=1",
                                  "random.size=0.2", "resotoworker.graph_merge_kind=cloud"], 2)
    for b in bodies.values():
        ref = "example.graph.ndjson" if '"example_account"' in b else "random.seed1-size0.2-jitter0.graph.ndjson"
        check(L.lines(b) == L.lines(L.reference(ref)), "cloud merge body equals %s" % ref)

    # seven random accounts, two at a time
    core.reset("log")
    task, ms, bodies = run(core, ["resotoworker.collector=random", "random.seed=0", "random.size=0.2",
                                  "resotoworker.pool_size=2", "resotoworker.graph_sender_pool_size=1"], 7)
    ids = sorted(m["merge_roots"][0]["id"] for m in ms)
    check(len(set(ids)) == 7, "seven distinct account roots")

    # another graph: its own create, model and merge routes
    core.reset("log")
    w = L.Worker(core, ["resotoworker.collector=example", "resotoworker.graph=other",
                        "resotoworker.debug_dump_json=true"])
    try:
        task, reply = w.collect()
        paths = [(e["method"], e["path"]) for e in core.log("request") if "graph" in e["path"] or
                 "model" in e["path"] and "configs" not in e["path"]]
        check(paths == [("POST", "/graph/other"), ("PATCH", "/graph/other/model"),
                        ("POST", "/graph/other/merge")], "routes of graph other: %s" % paths)
        check(all(m["valid"] and m["graph"] == "other" for m in L.merges(core, task)), "merged into other")
        kept = w.spool_files()
        check(len(kept) == 2 and any("-model-" in f for f in kept) and
              any("-example-" in f for f in kept), "debug_dump_json keeps model and body: %s" % kept)
        body = [f for f in kept if "-example-" in f]
        if body:
            check(L.lines(L.read(os.path.join(w.tempdir, body[0]))) ==
                  L.lines(L.reference("example.graph.account-merge.ndjson")), "the kept body")
    finally:
        check(w.stop() == 0, "worker exit status 0")

    # a duplicate of a running action: ignored
    core.reset("log")
    w = L.Worker(core, ["resotoworker.collector=random", "random.seed=0", "random.size=1.0"])
    try:
        core.send_action("collect", task="dup-task")
        core.send_action("collect", task="dup-task")
        core.wait("action_reply", task="dup-task", timeout=60)
        w.collect()     # a later action: the first has surely been answered
        check(len(core.log("action_reply", task="dup-task")) == 1, "one reply to the duplicate")
        check(len(L.merges(core, "dup-task")) == 10, "collected once: %d merges" %
              len(L.merges(core, "dup-task")))
    finally:
        check(w.stop() == 0, "worker exit status 0")
L.done()

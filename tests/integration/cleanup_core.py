#!/usr/bin/env python3
"""cleanup_core: the cleanup job against the development core
(core-protocol.md 7; collectors.md 2.5).

- the example graph is collected, then its resources flagged (the core's
  `clean`); a dry run lists each node with kind, id, cloud, account and
  region and deletes nothing;
- with dry run off the nodes are deleted in the reference's order (the
  instances before their networks and volumes), as the deletes reach the
  collector; the write-back marks each node cleaned in the core, one line
  per node in the order the deletes completed; a second cleanup finds
  nothing left;
- a cleanup sent while a collect of the same task runs starts after it;
- bad input, each reported with what and where while the rest goes on: a
  line that is not JSON, a node without reported.kind, a truncated answer
  (the run fails, nothing deleted), a write-back the core refuses (the next
  cleanup works), kinds the collector refuses or does not know, a cycle of
  delete edges (reported with its ids, skipped), nodes of an account this
  worker does not serve (reported once);
- a collector child that dies in the middle: its node fails, a new child
  takes the rest, the run finishes;
- random's accounts through a pool of one, in the supervisor's own
  process (--no-fork): idle children make room for the next account;
- SIGTERM in the middle of a cleanup: no new deletes, what is in flight
  comes back, what was done is written back and the action answered.
"""
import json
import re
import signal
import time

import collect_lib as L
from collect_lib import check

BASE = ["resotoworker.collector=example", "resotoworker.cleanup=true"]
RESOURCES = ["example_network", "example_instance", "example_volume", "example_custom_resource"]
IDS = {"someInstance1": "r00Z_uUMlym8JKUwzwM5Iw", "someInstance2": "uJKDJIRf_t8l5K1JA1vyeg",
       "someNetwork1": "WJVoMjeaWtgaeg5i2F2RIg", "someNetwork2": "IKUYlag2b3yn5UR87ufcdQ",
       "someVolume1": "oDwn66aoL3_V-isM78emug", "someVolume2": "bP2ZFbx-rEsjTaBxhDRWgQ",
       "someExampleResource": "oHctesMupDABXAMWYqouhg"}
ANC = {"cloud": {"reported": {"id": "example", "name": "example"}},
       "account": {"reported": {"id": "Example Account", "name": "Example Account"}},
       "region": {"reported": {"id": "us-west", "name": "US West"}}}


def stored(core):
    """The devcore's graph store: node id -> node."""
    return {n["id"]: n for n in core.graph("resoto")["nodes"]}


def cleanup(core, timeout=60, task=None):
    act = core.send_action("cleanup", task=task)
    r = core.wait("action_reply", task=act["task"], timeout=timeout)
    return act["task"], r[-1]["json"]


def patches(core, since=0):
    """The write-back bodies (PATCH /graph/resoto/nodes) after seq since."""
    out = []
    for e in core.log("request", method="PATCH", path="/graph/resoto/nodes", since=since):
        out.append([l for l in (e.get("body") or "").splitlines() if l.strip()])
    return out


def node(nid, kind, rid, account="Example Account", **extra):
    anc = dict(ANC)
    anc["account"] = {"reported": {"id": account, "name": account}}
    n = {"id": nid, "type": "node", "reported": {"id": rid, "name": rid, "kind": kind},
         "desired": {"clean": True}, "metadata": {"cleaned": False, "protected": False}, "ancestors": anc}
    n.update(extra)
    return n


def edge(f, t, et="delete"):
    return {"type": "edge", "from": f, "to": t, "edge_type": et}


def order(log, what):
    """Resource ids in the order of log lines 'what <kind> <id>'."""
    return [m.group(1) for m in re.finditer(what + r" example_\w+ (\w+)", log)]


tmp = L.tmpdir("rw-cleanup-")
with L.control.DevCore(psk=L.PSK) as core:
    # -- dry run: lists, deletes nothing
    w = L.Worker(core, BASE)
    try:
        task, reply = w.collect()
        check(reply["kind"] == "action_done", "collect done: %s" % reply)
        flagged = core.flag(kinds=RESOURCES)
        check(sorted(flagged) == sorted(IDS.values()), "7 resources flagged: %s" % flagged)
        seq = core.seq()
        task, reply = cleanup(core)
        check(reply["kind"] == "action_done", "dry run: action_done: %s" % reply)
        searches = core.log("request", path="/graph/resoto/search/graph", since=seq)
        check(len(searches) == 1 and searches[0]["body"] == '/desired.clean == true and /metadata.cleaned != true '
              'and /metadata.protected!=true and /ancestors.cloud.reported.id in ["example"] '
              '<-default,delete[0:]->' and searches[0]["query"] == {"section": "reported"}
              and "ndjson" in searches[0]["headers"].get("Accept", ""),
              "the reference's search: %s" % [(s["body"], s["query"]) for s in searches])
        log = w.stderr()
        would = re.findall(r"dry run: would delete (example_\w+) (\w+) in cloud example account "
                           r"Example Account region (us-\w+)", log)
        check(sorted(x[1] for x in would) == sorted(IDS), "dry run lists the 7: %s" % would)
        check(("example_instance", "someInstance1", "us-west") in would, "kind, id, region: %s" % would)
        dry = order(log, "would delete")
        check(set(dry[:3]) == {"someInstance1", "someInstance2", "someExampleResource"},
              "dry run in the delete order (instances first): %s" % dry)
        check("Trying to clean up" not in log, "dry run: nothing reaches a collector")
        check(all(p == [] for p in patches(core, seq)), "dry run: nothing written back: %s" % patches(core, seq))
        check(not any(n.get("metadata", {}).get("cleaned") for n in stored(core).values()), "nothing cleaned")
    finally:
        check(w.stop() == 0, "dry-run worker: exit 0")

    # -- dry run off: the reference's order, the core sees every node cleaned
    w = L.Worker(core, BASE + ["resotoworker.cleanup_dry_run=false", "resotoworker.cleanup_pool_size=2"])
    try:
        seq = core.seq()
        task, reply = cleanup(core)
        check(reply["kind"] == "action_done", "cleanup: action_done: %s" % reply)
        log = w.stderr()
        reached = order(log, "Trying to clean up")    # the collector child's own log lines
        deleted = order(log, "deleted")               # the supervisor's, in completion order
        check(sorted(reached) == sorted(IDS), "every delete reached the collector: %s" % reached)
        for inst, after in (("someInstance1", ("someNetwork1", "someVolume1")),
                            ("someInstance2", ("someNetwork2", "someVolume2"))):
            for a in after:
                check(a in reached and inst in reached and reached.index(inst) < reached.index(a),
                      "%s deleted before %s: %s" % (inst, a, reached))
        check(sorted(deleted) == sorted(IDS), "each deletion logged once: %s" % deleted)
        check(re.search(r"deleted example_instance someInstance1 in cloud example account Example Account "
                        r"region us-west", log), "a deletion's log line names kind, id, cloud, account, region")
        wb = patches(core, seq)
        check(len(wb) == 1 and len(wb[0]) == 7, "one write-back of 7 lines: %s" % wb)
        if wb and wb[0]:
            lines = [json.loads(l) for l in wb[0]]
            ids = {v: k for k, v in IDS.items()}
            check([ids.get(l["id"]) for l in lines] == deleted, "write-back in completion order: %s / %s"
                  % ([ids.get(l["id"]) for l in lines], deleted))
            l0 = lines[0]
            check(set(l0) == {"id", "metadata"} and l0["metadata"]["cleaned"] is True and
                  [e["msg"] for e in l0["metadata"]["event_log"]] == ["Trying to clean up", "Successfully cleaned up"]
                  and all(e["exception"] is None and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["timestamp"])
                          for e in l0["metadata"]["event_log"]), "a write-back line as 7.3: %s" % l0)
        g = stored(core)
        check(all(g[i]["metadata"].get("cleaned") is True for i in IDS.values()),
              "the core sees every node cleaned")
        progress = [f["data"]["progress"] for f in L.frames(core, "progress", task)]
        last = progress[-1] if progress else {}
        check(last.get("name") == "Example Account" and last.get("path") == ["example"] and
              [(p["name"], p["current"], p["total"]) for p in last.get("parts", [])] ==
              [("deleted", 7, 7), ("failed", 0, 7), ("left", 0, 7)], "progress per account: %s" % last)

        task, reply = cleanup(core)
        check(reply["kind"] == "action_done" and "cleanup %s: 0 flagged nodes to delete" % task in w.stderr(),
              "a second cleanup finds nothing left")

        # -- a cleanup while a collect of the same task runs waits for it
        core.fault("/graph/resoto/merge", delay=1.5, count=1)
        seq = core.seq()
        col = core.send_action("collect")
        core.wait("progress", task=col["task"], since=seq, timeout=30)
        core.send_action("cleanup", task=col["task"])
        core.wait("action_reply", task=col["task"], count=2, timeout=60)
        entries = core.log(since=seq)
        done_at = [e["seq"] for e in entries if e["type"] == "ws_in" and (e.get("json") or {}).get("kind") ==
                   "action_done" and e["json"].get("message_type") == "collect"]
        search_at = [e["seq"] for e in entries if e["type"] == "http" and e["path"].endswith("/search/graph")]
        check(done_at and search_at and done_at[0] < search_at[0],
              "the cleanup's search comes after the collect's reply: %s %s" % (done_at, search_at))
        check("waits for the collect of the same task" in w.stderr(), "the wait is logged")

        # -- two cleanups at once: the second waits for the first (they would delete the same nodes)
        seq = core.seq()
        core.fault("/graph/resoto/search/graph", delay=1.0, count=1)
        a1 = core.send_action("cleanup")
        a2 = core.send_action("cleanup")
        core.wait("action_reply", task=a1["task"], timeout=60)
        core.wait("action_reply", task=a2["task"], timeout=60)
        reqs = [e for e in core.log("request", path="/graph/resoto/search/graph|/graph/resoto/nodes", since=seq)]
        check([e["path"].rsplit("/", 1)[1] for e in reqs] == ["graph", "nodes", "graph", "nodes"],
              "the second cleanup runs after the first: %s" % [e["path"] for e in reqs])
        check("waits for the cleanup that runs" in w.stderr(), "that wait is logged")

        # -- bad input in the search answer: reported, the rest goes on
        # the collect above replaced the stored nodes: nothing is flagged or cleaned now
        core.flag(ids=[IDS["someNetwork1"]])
        core.search_fault("resoto", "garbage", after=1, text="this is not json")
        task, reply = cleanup(core)
        infos = L.infos(core, task, "error")
        check(reply["kind"] == "action_done", "malformed line: the run goes on: %s" % reply)
        check(any("search answer line 2: not a JSON object" in m for m in infos), "malformed line reported: %s" % infos)

        core.search_fault("resoto", "garbage", after=0, text='{"id": "x1", "type": "node", "reported": {}, '
                          '"desired": {"clean": true}}')
        task, reply = cleanup(core)
        infos = L.infos(core, task, "error")
        check(reply["kind"] == "action_done" and any("line 1: node x1 has no reported.kind" in m for m in infos),
              "node without kind reported: %s" % infos)

        core.flag(kinds=RESOURCES)
        core.search_fault("resoto", "truncate", after=5)
        seq = core.seq()
        task, reply = cleanup(core)
        check(reply["kind"] == "action_error" and "cut short" in reply["data"]["error"],
              "truncated answer: action_error: %s" % reply)
        check(not order(w.stderr().split("cleanup " + task)[-1], "Trying to clean up"),
              "truncated answer: nothing deleted")

        core.fault("/graph/resoto/nodes", method="PATCH", status=500, body="db down", count=3)
        task, reply = cleanup(core)
        check(reply["kind"] == "action_error" and "Failed to patch nodes" in reply["data"]["error"]
              and "db down" in reply["data"]["error"], "write-back refused: %s" % reply)
        task, reply = cleanup(core)
        check(reply["kind"] == "action_done", "the next cleanup works: %s" % reply)
        g = stored(core)
        check(all(g[i]["metadata"].get("cleaned") is True for i in IDS.values()),
              "after the retry the core sees every node cleaned")

        # -- scripted answers: refusals, a cycle, an account not served
        core.set_search("resoto", [
            node("c1", "example_instance", "cyc1"), node("c2", "example_instance", "cyc2"),
            node("c3", "example_volume", "cyc3"), node("c4", "example_network", "waits"),
            node("ok1", "example_volume", "free1"),
            node("k1", "no_such_kind", "strange"),
            node("cl1", "cloud", "example"),
            node("o1", "example_volume", "other1", account="Other Account"),
            node("o2", "example_volume", "other2", account="Other Account"),
            edge("c1", "c2"), edge("c2", "c3"), edge("c3", "c1"), edge("c4", "c1"), edge("ok1", "c1", "default")])
        seq = core.seq()
        task, reply = cleanup(core)
        check(reply["kind"] == "action_done", "scripted: action_done: %s" % reply)
        infos = L.infos(core, task, "error")
        all_infos = L.infos(core, task)
        cyc = [m for m in infos if "cycle" in m and "c1" in m]
        check(len(cyc) == 1 and all(i in cyc[0] for i in ("c1", "c2", "c3")) and "c4" not in cyc[0],
              "the cycle reported with its ids: %s" % infos)
        check(any("4 flagged nodes skipped" in m for m in infos), "cycle and its waiter skipped: %s" % infos)
        check(any("no_such_kind strange" in m and "Example Account" in m and "unknown kind no_such_kind" in m
                  for m in infos), "unknown kind: kind, id, account and reason: %s" % infos)
        check(any("[example:Example Account]" in m or "cloud example" in m for m in infos if "Failed to clean up" in m),
              "the collector refuses the cloud node: %s" % infos)
        other = [m for m in all_infos if "Other Account" in m and "left alone" in m]
        check(len(other) == 1 and "2 flagged nodes" in other[0], "the other account reported once: %s" % all_infos)
        wb = patches(core, seq)
        got = {json.loads(l)["id"]: json.loads(l)["metadata"]["cleaned"] for p in wb for l in p}
        check(got == {"ok1": True, "k1": False, "cl1": False}, "written back: the outcomes only: %s" % got)
        check(w.alive(), "the worker keeps running")
        check(not L.invalid_frames(core), "every frame valid: %s" % L.invalid_frames(core))
    finally:
        check(w.stop() == 0, "worker: exit 0")

    # -- a collector's pre-clean step runs for every node before the first delete
    #    (RW_TEST_PRE_CLEANUP gives example one; its children answer that it has none)
    core.set_search("resoto", [node("p1", "example_instance", "pi1"), node("p2", "example_volume", "pv2"),
                               node("p3", "example_network", "pn3"), edge("p3", "p1")])
    w = L.Worker(core, BASE + ["resotoworker.cleanup_dry_run=false"], env={"RW_TEST_PRE_CLEANUP": "random,example"})
    try:
        seq = core.seq()
        task, reply = cleanup(core)
        check(reply["kind"] == "action_done", "pre-clean: action_done: %s" % reply)
        log = w.stderr()
        refused = [m.start() for m in re.finditer(r"PRE_CLEANUP: collector example has no pre-clean step", log)]
        tried = [m.start() for m in re.finditer(r"Trying to clean up", log)]
        check(len(refused) == 3 and len(tried) == 3 and max(refused) < min(tried),
              "3 pre-clean requests before the first delete: %d %d" % (len(refused), len(tried)))
        infos = L.infos(core, task, "error")
        pre = [m for m in infos if "An exception occurred when running resource pre cleanup on" in m]
        check(len(pre) == 3 and any("example_instance pi1 in account Example Account region us-west: "
                                    "collector example has no pre-clean step" in m for m in pre),
              "each pre-clean failure reported, the deletes go on: %s" % infos)
        check(order(log, "deleted")[-1] == "pn3", "and in their order: %s" % order(log, "deleted"))
    finally:
        check(w.stop() == 0, "pre-clean worker: exit 0")
    w = L.Worker(core, BASE, env={"RW_TEST_PRE_CLEANUP": "example"})
    try:
        task, reply = cleanup(core)
        would = re.findall(r"dry run: would run the pre-clean step of (example_\w+ \w+) in cloud example "
                           r"account Example Account region us-west", w.stderr())
        check(reply["kind"] == "action_done" and sorted(would) == ["example_instance pi1", "example_network pn3",
                                                                   "example_volume pv2"],
              "dry run: the pre-clean step named, not run: %s" % would)
    finally:
        check(w.stop() == 0, "pre-clean dry-run worker: exit 0")

    # -- a child that dies in the middle: each child deletes one node, then crashes
    wrapper = L.child_wrapper(tmp, {"Example Account": "okcrash"})
    core.set_search("resoto", [node("n%d" % i, "example_volume", "vol%d" % i) for i in range(4)])
    w = L.Worker(core, BASE + ["resotoworker.cleanup_dry_run=false", "resotoworker.cleanup_pool_size=1"],
                 env={"RW_TEST_CHILD_EXEC": wrapper})
    try:
        seq = core.seq()
        task, reply = cleanup(core)
        check(reply["kind"] == "action_done", "crashing children: the run finishes: %s" % reply)
        infos = L.infos(core, task, "error")
        crashed = [m for m in infos if "crashed (signal 11)" in m]
        check(len(crashed) == 2, "two nodes failed with the crash: %s" % infos)
        log = w.stderr()
        check(log.count("a new collector takes the rest of example:Example Account") >= 1,
              "a new child takes the rest: %s" % log[-2000:])
        wb = [json.loads(l) for p in patches(core, seq) for l in p]
        check(sorted(l["metadata"]["cleaned"] for l in wb) == [False, False, True, True],
              "2 deleted, 2 failed written back: %s" % wb)
        check(w.alive(), "the worker survives its children")
    finally:
        check(w.stop() == 0, "crash worker: exit 0")

    # -- several accounts, a pool of one, --no-fork
    core.reset("all")
    w = L.Worker(core, ["resotoworker.collector=random", "random.seed=1", "random.size=1.3",
                        "resotoworker.cleanup=true", "resotoworker.cleanup_dry_run=false",
                        "resotoworker.pool_size=1", "resotoworker.cleanup_pool_size=3"], args=["--no-fork"])
    try:
        task, reply = w.collect()
        flagged = core.flag(kinds=["random_instance", "random_volume"])
        task, reply = cleanup(core, timeout=120)
        check(reply["kind"] == "action_done", "--no-fork, pool 1: action_done: %s" % reply)
        cleaned = [n["id"] for n in core.graph("resoto")["nodes"] if n["metadata"].get("cleaned")]
        accounts = set(re.findall(r"cleanup %s: deleted random_\w+ .* account (\d+) " % task, w.stderr()))
        check(len(flagged) > 1000 and sorted(cleaned) == sorted(flagged) and len(accounts) >= 2,
              "every flagged node of several accounts cleaned: %d of %d, %d accounts"
              % (len(cleaned), len(flagged), len(accounts)))
    finally:
        check(w.stop() == 0, "--no-fork worker: exit 0")

    # -- SIGTERM in the middle of a cleanup
    core.reset("all")
    w = L.Worker(core, ["resotoworker.collector=random", "random.seed=1", "random.size=1.3",
                        "resotoworker.cleanup=true", "resotoworker.cleanup_dry_run=false"])
    try:
        task, reply = w.collect()
        flagged = core.flag(kinds=["random_instance", "random_volume"])
        seq = core.seq()
        act = core.send_action("cleanup")
        deadline = time.time() + 30
        while time.time() < deadline and not re.search(r"cleanup %s: deleted" % act["task"], w.stderr()):
            time.sleep(0.01)
        w.p.send_signal(signal.SIGTERM)
        reply = core.wait("action_reply", task=act["task"], timeout=30)[-1]["json"]
        check(w.p.wait(timeout=30) == 0, "stopped in a cleanup: exit 0")
        log = w.stderr()
        done = len(re.findall(r"cleanup %s: deleted" % act["task"], log))
        wb = [json.loads(l) for p in patches(core, seq) for l in p]
        check(reply["kind"] == "action_done" and 0 < done < len(flagged) and len(wb) == done and
              all(l["metadata"]["cleaned"] for l in wb),
              "what was deleted is written back, the action answered: %s, %d deleted, %d written of %d"
              % (reply["kind"], done, len(wb), len(flagged)))
        check("stopped by the worker's shutdown: %d deleted, 0 failed, 0 skipped (cycles), %d left"
              % (done, len(flagged) - done) in log, "the stop is logged")
    finally:
        w.stop()
L.done()

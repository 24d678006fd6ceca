#!/usr/bin/env python3
"""collect_faults: collector children that crash, hang, exit early, fail,
or break the frame protocol in every way (the fake collector child of
tests/fakechild, run through the RW_TEST_CHILD_EXEC test hook; the
accounts without a fault run the real collector). Each bad account is
reported to the core as an action_info error naming cloud and account, is
not uploaded and leaves no spool file; every other account is delivered;
the collect ends with action_done and the supervisor keeps running.
"""
import collect_lib as L
from collect_lib import check

# random seed 42, size 0.2: 9 accounts (collectors.md 3.3)
ACC = [L.random_account_id(n) for n in range(9)]


def display(n):
    return "Random Account %d (%s)" % (n, ACC[n])


def expect_info(infos, prefix, text):
    """Exactly one error report for that cloud/account, with that text."""
    mine = [(lv, m) for lv, m in infos if m.startswith("[%s] " % prefix) and lv == "error"]
    check(len(mine) == 1 and text in mine[0][1],
          "one error [%s] ... %s: got %s" % (prefix, text, mine))


def scenario(core, faults, expected, delivered, runs=1):
    d = L.tmpdir("rw-faults-")
    wrapper = L.child_wrapper(d, faults)
    w = L.Worker(core, ["resotoworker.collector=example,random", "random.seed=42",
                        "random.size=0.2", "resotoworker.timeout=3", "resotoworker.pool_size=4"],
                 env={"RW_TEST_CHILD_EXEC": wrapper})
    try:
        for _ in range(runs):
            core.reset("log")
            task, reply = w.collect(timeout=90)
            check(reply["kind"] == "action_done", "action_done: %s" % reply)
            ms = L.merges(core, task)
            check(sorted(m["merge_roots"][0]["kind"] for m in ms) == sorted(delivered),
                  "delivered %s, expected %s" % ([m["merge_roots"][0]["kind"] for m in ms], delivered))
            check(all(m["valid"] for m in ms), "every delivered merge is valid")
            infos = [(f["data"]["level"], f["data"]["message"]) for f in L.frames(core, "info", task)]
            for prefix, text in expected:
                expect_info(infos, prefix, text)
            errors = [m for lv, m in infos if lv == "error"]
            check(len(errors) == len(expected), "no other error reports: %s" % errors)
            check(not L.invalid_frames(core), "frames the core accepts")
            check(w.spool_files() == [], "no spool file left: %s" % w.spool_files())
            check(w.alive(), "the supervisor is still running")
        return w.stderr()
    finally:
        check(w.stop() == 0, "worker exit status 0")


with L.control.DevCore(psk=L.PSK) as core:
    log = scenario(core, {
        ACC[0]: "crash", ACC[1]: "hang", ACC[2]: "exit3", ACC[3]: "failed",
        ACC[4]: "badtype", ACC[5]: "oversize", ACC[6]: "noanswer",
        ACC[7]: "graphafterdone", "discover:example": "crash",
    }, [
        ("random:" + display(0), "collector crashed (signal 11)"),
        ("random:" + display(1), "collector timed out after 3 s"),
        ("random:" + display(2), "collector exited with status 3"),
        ("random:" + display(3), "boom"),
        ("random:" + display(4), "collector sent a malformed frame: unknown frame type 99"),
        ("random:" + display(5), "frame GRAPH of 2097152 bytes exceeds the 1048576 byte maximum"),
        ("random:" + display(6), "collector exited without answering COLLECT"),
        ("random:" + display(7), "collector sent GRAPH after DONE"),
        ("example", "account discovery: collector crashed (signal 11)"),
    ], ["random_account"], runs=2)
    # the supervisor's log line names the child and the problem
    check("collector random/%s (pid " % ACC[4] in log and
          "collector sent a malformed frame: unknown frame type 99; killing it" in log,
          "log line naming cloud/account/pid")

    scenario(core, {
        ACC[0]: "cut", ACC[1]: "noeol", ACC[2]: "badjson", ACC[3]: "badcounts",
        ACC[4]: "badinfo", ACC[5]: "badprogress", ACC[6]: "wrongjob",
        ACC[7]: "parentframe", "discover:example": "doneondiscover",
    }, [
        ("random:" + display(0), "collector exited in the middle of a GRAPH frame"),
        ("random:" + display(1), "collector sent a GRAPH frame that does not end with a whole line"),
        ("random:" + display(2), "collector sent DONE that is not JSON"),
        ("random:" + display(3), "collector sent DONE for 20 nodes and 10 edges but only 3 lines"),
        ("random:" + display(4), "collector sent INFO without a level"),
        ("random:" + display(5), "collector sent a bad PROGRESS"),
        ("random:" + display(6), "collector sent DONE for job"),
        ("random:" + display(7), "collector sent COLLECT, a frame only the supervisor sends"),
        ("example", "account discovery: collector sent DONE in answer to DISCOVER"),
    ], ["random_account"])
L.done()

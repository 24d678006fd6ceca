#!/usr/bin/env python3
"""collect_refused: a core that refuses or drops what the worker sends.

- merge uploads refused twice (HTTP 500) or cut off once: retried, then
  every account is delivered;
- merge uploads always refused: 3 attempts per account, then each account
  is reported (action_info error), the collect still ends with action_done,
  no spool file is left;
- graph creation or model refused: action_error "Failed to collect:
  Failed to create graph: ..." / "Failed to create model: ...", no merge.
The retry delay is shortened with the RW_TEST_RETRY_DELAY_MS test hook.
"""
import collect_lib as L
from collect_lib import check

MERGE = "/graph/resoto/merge"
OVERRIDES = ["resotoworker.collector=example,random", "random.seed=1", "random.size=0.2"]
UNITS = 3       # example + 2 random accounts


def merge_requests(core, since):
    return [e for e in core.log("request", path=MERGE) if e["seq"] > since]


with L.control.DevCore(psk=L.PSK) as core:
    w = L.Worker(core, OVERRIDES)
    try:
        # refused twice, then accepted
        since = core.seq()
        core.fault(MERGE, status=500, count=2, body="try again")
        task, reply = w.collect()
        check(reply["kind"] == "action_done", "refused twice: action_done")
        ms = L.merges(core, task)
        check(len(ms) == UNITS and all(m["valid"] for m in ms), "refused twice: all delivered")
        check(len(merge_requests(core, since)) == UNITS + 2, "refused twice: 2 retries")
        check(not [m for m in L.infos(core, task)], "refused twice: nothing reported")
        check("attempt 1 of 3 failed: HTTP 500 from POST" in w.stderr(), "retries are logged")
        core.clear_faults()

        # the connection cut once
        since = core.seq()
        core.fault(MERGE, drop=True, count=1)
        task, reply = w.collect()
        ms = L.merges(core, task)
        check(reply["kind"] == "action_done" and len(ms) == UNITS, "dropped once: all delivered")
        core.clear_faults()

        # always refused
        since = core.seq()
        core.fault(MERGE, status=500, count=-1, body="no merges today")
        task, reply = w.collect()
        check(reply["kind"] == "action_done", "always refused: still action_done")
        check(len(merge_requests(core, since)) == 3 * UNITS, "always refused: 3 attempts each")
        infos = [f["data"] for f in L.frames(core, "info", task)]
        check(len(infos) == UNITS and all(i["level"] == "error" and
              "graph not delivered: HTTP 500 from POST" in i["message"] and
              "no merges today" in i["message"] for i in infos),
              "always refused: each account reported: %s" % infos)
        check(any(i["message"].startswith("[example:Example Account] ") for i in infos),
              "the report names cloud and account")
        check(w.spool_files() == [], "always refused: spool removed at the end")
        core.clear_faults()

        # graph creation refused
        core.fault("/graph/resoto", method="POST", status=500, count=-1, body="no graph")
        task, reply = w.collect()
        check(reply["kind"] == "action_error", "graph refused: action_error")
        check(reply["data"].get("error", "").startswith(
              "Failed to collect: Failed to create graph: HTTP 500 from POST"),
              "graph refused: reason %s" % reply["data"].get("error"))
        check(not L.merges(core, task), "graph refused: no merge")
        core.clear_faults()

        # model refused
        core.fault("/model", method="PATCH", status=400, count=-1, body="bad model")
        task, reply = w.collect()
        check(reply["kind"] == "action_error" and reply["data"].get("error", "").startswith(
              "Failed to collect: Failed to create model: HTTP 400 from PATCH"),
              "model refused: %s" % reply["data"].get("error"))
        check(not L.merges(core, task), "model refused: no merge")
        core.clear_faults()

        # and the worker still collects
        task, reply = w.collect()
        check(reply["kind"] == "action_done" and len(L.merges(core, task)) == UNITS, "collects again")
        check(not L.invalid_frames(core), "frames the core accepts")
    finally:
        check(w.stop() == 0, "worker exit status 0")
L.done()

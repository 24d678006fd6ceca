#!/usr/bin/env python3
"""collect_outage: replies produced while the core is away are not lost.

A collect runs while the core goes down: both random accounts hang until
their deadline (resotoworker.timeout), so the run ends, and its
action_info errors and its action_done are produced, while the worker has
no connection. Once the core listens again, the worker reconnects and
delivers the queued frames: the two errors and the reply.
"""
import time

import collect_lib as L
from collect_lib import check

ACC0, ACC1 = L.random_account_id(0), L.random_account_id(1)

with L.control.DevCore(psk=L.PSK) as core:
    d = L.tmpdir("rw-outage-")
    wrapper = L.child_wrapper(d, {ACC0: "hang", ACC1: "hang"})
    w = L.Worker(core, ["resotoworker.collector=random", "random.seed=1", "random.size=0.2",
                        "resotoworker.timeout=3"], env={"RW_TEST_CHILD_EXEC": wrapper})
    try:
        act = core.send_action("collect")
        core.wait("progress", task=act["task"], timeout=30)
        core.restart(down=-1)           # down until listen()
        end = time.time() + 60
        while time.time() < end and "2 failed" not in w.stderr():
            time.sleep(0.1)
        check("2 failed" in w.stderr(), "the run ended while the core was down")
        check(not core.log("action_reply", task=act["task"]), "no reply reached the core yet")
        core.listen()
        r = core.wait("action_reply", task=act["task"], timeout=60)[0]["json"]
        check(r["kind"] == "action_done", "the queued action_done arrives: %s" % r)
        errs = L.infos(core, act["task"], "error")
        check(len(errs) == 2 and all("timed out after 3 s" in e for e in errs)
              and any(ACC0 in e for e in errs) and any(ACC1 in e for e in errs),
              "both queued errors arrive: %s" % errs)
        check(not L.invalid_frames(core), "every frame valid: %s" % L.invalid_frames(core))
    finally:
        rc = w.stop()
    check(rc == 0, "exit status 0 (%d)" % rc)

L.done()

#!/usr/bin/env python3
"""harden_stop: SIGTERM during a collect answers the task (issue 9, item 9).

- an account that hangs past resotoworker.shutdown_grace: the worker
  answers before it exits: an action_info error per account that was not
  delivered, one info naming what was delivered and what was not, then
  action_done (graph and model were sent); it exits 0 soon after the
  grace period;
- SIGTERM while the graph is still being created (a slow core), then a
  second SIGTERM: action_error saying the stop came before the graph and
  the model were sent, at once.
"""
import signal
import time

import collect_lib as L
from collect_lib import check

OVER = ["resotoworker.collector=example,random", "random.seed=1", "random.size=0.2",
        "resotoworker.shutdown_grace=2"]
HUNG = L.random_account_id(0)

with L.control.DevCore(psk=L.PSK) as core:
    wrapper = L.child_wrapper(L.tmpdir("rw-wrapper-"), {HUNG: "hang"})
    w = L.Worker(core, OVER, env={"RW_TEST_CHILD_EXEC": wrapper})
    act = core.send_action("collect")
    task = act["task"]
    end = time.time() + 30
    while len(L.merges(core, task)) < 2 and time.time() < end:
        time.sleep(0.05)
    check(len(L.merges(core, task)) == 2, "example and one random account delivered")
    t0 = time.time()
    w.p.send_signal(signal.SIGTERM)
    rc = w.p.wait(timeout=30)
    took = time.time() - t0
    check(rc == 0, "exit status 0, got %s" % rc)
    check(2 <= took < 4, "the worker waited for the grace period and then exited: %.1f s" % took)
    replies = [e["json"] for e in core.log("action_reply", task=task)]
    check(len(replies) == 1 and replies[0]["kind"] == "action_done",
          "the task is answered once, action_done: %s" % replies)
    errors = L.infos(core, task, "error")
    acc = "[random:Random Account 0 (%s)]" % HUNG
    check(any(m == acc + " not delivered: the worker was stopped (SIGTERM) before it was collected"
              for m in errors), "the hanging account is reported: %s" % errors)
    summary = [m for m in errors if m.startswith("the worker was stopped (SIGTERM): 2 delivered: ")]
    check(len(summary) == 1 and "example:Example Account" in summary[0] and
          "1 not delivered: random:Random Account 0 (%s)" % HUNG in summary[0],
          "one line names what was delivered and what was not: %s" % errors)
    w.stop()

    # stopped while the graph is being created: action_error, at once on
    # a second signal
    core.reset("all")
    core.fault("/graph/resoto", method="POST", delay=20, count=1)
    w = L.Worker(core, ["resotoworker.collector=example", "resotoworker.shutdown_grace=60"])
    act = core.send_action("collect")
    end = time.time() + 30
    while "starting (" not in w.stderr() and time.time() < end:
        time.sleep(0.05)
    time.sleep(0.3)     # POST /graph/resoto is under way, delayed
    t0 = time.time()
    w.p.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    w.p.send_signal(signal.SIGTERM)
    rc = w.p.wait(timeout=30)
    check(rc == 0 and time.time() - t0 < 5, "a second SIGTERM ends it at once: %s, %.1f s" % (rc, time.time() - t0))
    replies = [e["json"] for e in core.log("action_reply", task=act["task"])]
    check(len(replies) == 1 and replies[0]["kind"] == "action_error" and
          replies[0]["data"]["error"] == "Failed to collect: the worker was stopped (SIGTERM) before the graph "
          "and the model were sent", "action_error before the graph was created: %s" % replies)
    w.stop()
L.done()

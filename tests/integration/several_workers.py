#!/usr/bin/env python3
"""several_workers: two workers under one development core (issue 12).

- worker E (subscriber w-example) collects example, worker R (subscriber
  w-random) collects random: a collect action goes to both, the core waits
  for both answers (wait_for_completion) and each delivers only its own
  accounts;
- a cleanup deletes each flagged node through the worker that serves its
  account, and the core sees every one cleaned;
- tag tasks reach the worker of the node's cloud and account (the handler
  filters name the accounts);
- a third worker started with E's subscriber id says so, takes neither
  actions nor tag tasks while E is connected, and takes over once E is gone.
"""
import re
import subprocess
import sys
import time

import collect_lib as L
from collect_lib import check

ACC0, ACC1 = L.random_account_id(0), L.random_account_id(1)
COMMON = ["resotoworker.cleanup=true", "resotoworker.cleanup_dry_run=false"]
EXAMPLE = ["resotoworker.collector=example"] + COMMON
RANDOM = ["resotoworker.collector=random", "random.seed=1", "random.size=0.2"] + COMMON


def start(core, sid, overrides):
    seq = core.seq()
    w = L.Worker(core, overrides, args=["--subscriber-id", sid])
    core.wait("connect", kind="handle", subscriber=sid + "-collector", since=seq, timeout=30)
    core.wait("connect", kind="queue", since=seq, timeout=30)
    return w


with L.control.DevCore(psk=L.PSK) as core:
    we = start(core, "w-example", EXAMPLE)
    wr = start(core, "w-random", RANDOM)
    try:
        # -- collect: both answer, each its own accounts
        act = core.send_action("collect")
        check(sorted(act["waiting_for"]) == ["w-example-collector", "w-random-collector"],
              "the core waits for both subscribers: %s" % act["waiting_for"])
        done = core.wait("action_done", task=act["task"], count=2, timeout=60)
        check(sorted(d["subscriber"] for d in done) == ["w-example-collector", "w-random-collector"],
              "both answered: %s" % [d["subscriber"] for d in done])
        a = [x for x in core.actions() if x["task"] == act["task"]][0]
        check(all(v is not None for v in a["answers"].values()) and len(a["answers"]) == 2,
              "the action is complete for the core: %s" % a["answers"])
        merges = L.merges(core, act["task"])
        check(len(merges) == 3 and all(m["valid"] for m in merges), "3 valid merges: %s" % merges)
        le, lr = we.stderr(), wr.stderr()
        check("[example:Example Account] delivered" in le and "[random:" not in le,
              "the example worker delivers only example")
        check(re.search(r"\[random:Random Account 0 \(%s\)\] delivered" % ACC0, lr) and
              re.search(r"\[random:Random Account 1 \(%s\)\] delivered" % ACC1, lr) and
              "[example:" not in lr, "the random worker delivers only its two accounts")

        # -- cleanup: each node through the worker of its account
        flagged = core.flag(kinds=["example_instance", "example_volume", "random_instance", "random_volume"])
        act = core.send_action("cleanup")
        done = core.wait("action_done", task=act["task"], count=2, timeout=60)
        check(len(done) == 2, "both workers answer the cleanup")
        le, lr = we.stderr(), wr.stderr()
        de = re.findall(r"cleanup %s: deleted (\w+) " % act["task"], le)
        dr = re.findall(r"cleanup %s: deleted (\w+) " % act["task"], lr)
        check(de and set(de) <= {"example_instance", "example_volume"}, "example worker: example nodes: %s" % de)
        check(dr and set(dr) <= {"random_instance", "random_volume"}, "random worker: random nodes: %s" % dr)
        check(len(de) + len(dr) == len(flagged), "every flagged node deleted once: %d + %d of %d"
              % (len(de), len(dr), len(flagged)))
        cleaned = sorted(n["id"] for n in core.graph("resoto")["nodes"] if n["metadata"].get("cleaned"))
        check(cleaned == sorted(flagged), "the core sees every node cleaned")
        searches = core.log("request", path="/graph/resoto/search/graph", since=act["seq"])
        check(sorted(s["body"].split(" in ")[1].split("]")[0] for s in searches) == ['["example"', '["random"'],
              "each worker searches its own cloud: %s" % [s["body"] for s in searches])

        # -- tag tasks: by cloud and account
        node = {"id": "t1", "reported": {"id": "i-1", "name": "i-1", "kind": "random_instance", "tags": {}}}
        t = core.send_task("tag", {"update": {"owner": "x"}, "node": node}, {"cloud": "random", "account": ACC1},
                           wait=30)
        check(t["state"] == "done", "random task done: %s" % t)
        check(("tag task %s [random:%s]" % (t["task_id"], ACC1)) in wr.stderr() and t["task_id"] not in we.stderr(),
              "the random task went to the random worker")
        node = {"id": "t2", "reported": {"id": "someVolume1", "name": "someVolume1", "kind": "example_volume",
                "tags": {}}}
        t = core.send_task("tag", {"update": {"owner": "x"}, "node": node},
                           {"cloud": "example", "account": "Example Account"}, wait=30)
        check(t["state"] == "done" and t["task_id"] in we.stderr() and t["task_id"] not in wr.stderr(),
              "the example task went to the example worker: %s" % t)

        # -- the same subscriber id twice: said, no stealing, takeover once the first is gone
        seq = core.seq()
        cmd = [L.WORKER, "--resotocore-uri", core.url, "--psk", L.PSK, "--subscriber-id", "w-example"]
        for o in EXAMPLE:
            cmd += ["--override", o]
        log = open(L.tmpdir("rw-dup-") + "/worker.log", "w+")
        p = subprocess.Popen(cmd, stderr=log)
        try:
            deadline = time.time() + 30
            text = ""
            while time.time() < deadline:
                log.flush()
                text = open(log.name).read()
                if "another worker is connected with subscriber id w-example-collector" in text:
                    break
                time.sleep(0.3)
            check("Is a second worker running with --subscriber-id w-example?" in text,
                  "the second worker says so: %s" % text[-1500:])
            opens = [(o["kind"], o.get("subscriber")) for o in core.log("connect", since=seq)
                     if o["kind"] != "events"]
            check(not opens, "the second worker opens neither the actions nor the tasks websocket: %s" % opens)
            closes = [e for e in core.log("disconnect", since=seq) if e.get("subscriber") == "w-example-collector"]
            check(not closes, "the first worker keeps its connection: %s" % closes)
            # the first goes: the second takes over (after its backoff)
            check(we.stop() == 0, "example worker: exit 0")
            we = None
            core.wait("connect", kind="handle", subscriber="w-example-collector", since=seq, timeout=60)
            core.wait("connect", kind="queue", since=seq, timeout=30)
            log.flush()
            text = open(log.name).read()
            check("the other connection with subscriber id w-example-collector is gone" in text,
                  "the takeover is logged")
        finally:
            p.terminate()
            check(p.wait(timeout=30) == 0, "second worker: exit 0")
            log.seek(0)
            sys.stderr.write(log.read())
            log.close()
        check(not L.invalid_frames(core), "every frame valid: %s" % L.invalid_frames(core))
    finally:
        for w in (we, wr):
            if w is not None:
                check(w.stop() == 0, "worker exit 0")
L.done()

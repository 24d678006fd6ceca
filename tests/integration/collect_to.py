#!/usr/bin/env python3
"""collect_to: the core-free collect, resotoworker --collect-to DIR.

- with no collector configured it runs example and random, writes
  DIR/model.json and DIR/<cloud>-<account>.ndjson, a summary line per
  account on stderr, exits 0, leaves no spool file;
- the files are exactly the bodies the worker sends to a core: the same
  run against the development core records the same model body and the
  same merge bodies (time fields masked);
- graph_merge_kind cloud: DIR/<cloud>.ndjson, equal to the references;
- a child that crashes: that account has no file, exit status 1;
- a collector listed twice is collected once;
- a cloud whose account discovery fails counts as a failure: exit status
  1 and "1 failed" (a FAILED answer and a crashing discovery child).
"""
import os
import re

import collect_lib as L
from collect_lib import check

RANDOM = ["random.seed=1", "random.size=0.2"]


def files(d):
    return sorted(os.listdir(d))


# defaults: example and random
out = L.tmpdir("rw-collect-to-")
rc, err = L.collect_to(out, RANDOM)
check(rc == 0, "exit status 0, got %d" % rc)
names = files(out)
check(names == ["example-Example_Account.ndjson", "model.json",
                "random-%s.ndjson" % L.random_account_id(0),
                "random-%s.ndjson" % L.random_account_id(1)], "files: %s" % names)
summary = re.findall(r"^(\w+) (.+): (\d+) nodes, (\d+) edges, (\d+) bytes, ([0-9.]+) s -> (.+)$", err, re.M)
check(len(summary) == 3, "a summary line per account: %s" % summary)
for cloud, acc, n, e, b, secs, path in summary:
    check(os.path.getsize(path) == int(b), "summary bytes of %s" % path)
    check(len(L.read(path).splitlines()) >= int(n) + int(e), "summary counts of %s" % path)
check(L.lines(L.read(os.path.join(out, "example-Example_Account.ndjson"))) ==
      L.lines(L.reference("example.graph.account-merge.ndjson")), "example body equals the reference")
check(not [f for f in names if f.startswith(("resotoworker-", "."))], "no spool file left")

# the same bodies as sent to a core
with L.control.DevCore(psk=L.PSK) as core:
    w = L.Worker(core, ["resotoworker.collector=example,random"] + RANDOM)
    try:
        task, reply = w.collect()
        ms = L.merges(core, task)
        check(len(ms) == 3, "three merges")
        sent = sorted(L.lines(L.merge_body(core, m)) for m in ms)
        written = sorted(L.lines(L.read(os.path.join(out, f))) for f in names if f.endswith(".ndjson"))
        check(sent == written, "merge bodies equal the files")
        model = [e for e in core.log("model") if e["path"] == "/model"]
        body = model[0].get("body") if model else None
        if model and body is None and model[0].get("body_file"):
            body = L.read(model[0]["body_file"])   # large: kept in a file
        check(len(model) == 1 and body == L.read(os.path.join(out, "model.json")),
              "model body equals model.json")
    finally:
        check(w.stop() == 0, "worker exit status 0")

# merge kind cloud
out2 = L.tmpdir("rw-collect-to-")
rc, err = L.collect_to(out2, RANDOM + ["resotoworker.graph_merge_kind=cloud"])
check(rc == 0 and files(out2) == ["example.ndjson", "model.json", "random.ndjson"],
      "cloud merge files: %d %s" % (rc, files(out2)))
check(L.lines(L.read(os.path.join(out2, "example.ndjson"))) == L.lines(L.reference("example.graph.ndjson")),
      "cloud merge: example equals the reference")
check(L.lines(L.read(os.path.join(out2, "random.ndjson"))) ==
      L.lines(L.reference("random.seed1-size0.2-jitter0.graph.ndjson")),
      "cloud merge: random equals the reference")

# a crashing child: its account is missing, exit status 1
out3 = L.tmpdir("rw-collect-to-")
wrapper = L.child_wrapper(L.tmpdir("rw-wrapper-"), {L.random_account_id(0): "crash"})
rc, err = L.collect_to(out3, RANDOM, env={"RW_TEST_CHILD_EXEC": wrapper})
check(rc == 1, "exit status 1 with a crashed child, got %d" % rc)
check(files(out3) == ["example-Example_Account.ndjson", "model.json",
                      "random-%s.ndjson" % L.random_account_id(1)], "files: %s" % files(out3))
check("[random:Random Account 0 (%s)] collector crashed (signal 11)" % L.random_account_id(0) in err,
      "the crash is reported on stderr")
# listed twice
out4 = L.tmpdir("rw-collect-to-")
rc, err = L.collect_to(out4, ["resotoworker.collector=example,example"])
check(rc == 0 and files(out4) == ["example-Example_Account.ndjson", "model.json"],
      "a collector listed twice: %d %s" % (rc, files(out4)))
check("collector example is listed twice" in err, "the duplicate is logged")

# a failed account discovery is a failure (exit status 1)
for mode in ("failed", "crash"):
    out5 = L.tmpdir("rw-collect-to-")
    wrapper = L.child_wrapper(L.tmpdir("rw-wrapper-"), {"discover:random": mode})
    rc, err = L.collect_to(out5, RANDOM, env={"RW_TEST_CHILD_EXEC": wrapper})
    check(rc == 1, "discovery %s: exit status 1, got %d" % (mode, rc))
    check(re.search(r"1 delivered, 1 failed", err) is not None,
          "discovery %s: the cloud counts as failed: %s" % (mode, err[-400:]))
    check(files(out5) == ["example-Example_Account.ndjson", "model.json"],
          "discovery %s: the other cloud is delivered: %s" % (mode, files(out5)))
L.done()

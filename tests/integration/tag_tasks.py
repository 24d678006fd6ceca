#!/usr/bin/env python3
"""tag_tasks: tag tasks on /work/queue (core-protocol.md 5.2, 5.3) are
routed to a collector child of the node's cloud and account, and answered
once each.

- the example instance of collectors.md 2.4: delete "expiration", then set
  owner=alice; the answer is the node as the reference rebuilds it;
- a random instance: a tag set;
- errors, each its own result "error" naming the problem: a tag that is not
  there (the collector's own message), no account attribute, a value that is not a string, a collector
  that crashes on the request;
- the same first task with --no-fork gives the same answer;
- every frame the worker sent is valid for the (strict) devcore, and for
  the core oracle where it is set up.
"""
import collect_lib as L
import coretest
from collect_lib import check

INSTANCE1 = {
    "id": "r00Z_uUMlym8JKUwzwM5Iw", "type": "node", "revision": "_gT1",
    "reported": {"id": "someInstance1", "tags": {"Name": "Example Instance 1", "expiration": "2d",
                 "owner": "lukas"}, "name": "someInstance1", "ctime": "2023-08-01T12:00:00Z",
                 "mtime": "2023-08-01T12:00:00Z", "atime": "2023-08-01T12:00:00Z", "instance_cores": 4,
                 "instance_memory": 32, "instance_type": "", "instance_status": "running", "age": "1d",
                 "kind": "example_instance"},
    "metadata": {"python_type": "resoto_plugin_example_collector.ExampleInstance", "cleaned": False,
                 "protected": False},
    "ancestors": {"cloud": {"reported": {"id": "example"}}, "account": {"reported": {"id": "Example Account"}}}}

# collectors.md 2.4: what the reference answers
TAGGED = {
    "id": "r00Z_uUMlym8JKUwzwM5Iw",
    "reported": {"id": "someInstance1", "tags": {"Name": "Example Instance 1", "owner": "alice"},
                 "name": "someInstance1", "ctime": "2023-08-01T12:00:00Z", "mtime": "2023-08-01T12:00:00Z",
                 "atime": "2023-08-01T12:00:00Z", "instance_cores": 4.0, "instance_memory": 32.0,
                 "instance_type": "", "instance_status": "running", "kind": "example_instance"},
    "metadata": {"python_type": "resoto_plugin_example_collector.ExampleInstance", "cleaned": False,
                 "phantom": False, "protected": False},
    "usage": {}}

EXAMPLE = {"cloud": "example", "account": "Example Account"}
SETTINGS = ["resotoworker.collector=example,random", "random.seed=1", "random.size=0.2"]
ACC0, ACC1 = L.random_account_id(0), L.random_account_id(1)    # the two accounts of seed 1


def tag(core, data, attrs):
    t = core.send_task("tag", data=data, attrs=attrs, wait=40)
    check(t["state"] in ("done", "error"), "task answered: %s" % t["state"])
    return t


def first_task(core):
    return tag(core, {"delete": ["expiration"], "update": {"owner": "alice"}, "node": INSTANCE1}, EXAMPLE)


tmp = L.tmpdir("rw-tag-")
wrapper = L.child_wrapper(tmp, {ACC1: "crash"})
with L.control.DevCore(psk=L.PSK) as core:
    w = L.Worker(core, SETTINGS, env={"RW_TEST_CHILD_EXEC": wrapper})
    try:
        t = first_task(core)
        check(t["state"] == "done" and t["result"] == TAGGED, "the reference's tagged node: %s" % t)

        rnd = {"id": "n-rnd", "reported": {"id": "i-1", "name": "i-1", "kind": "random_instance",
               "tags": {"a": "b"}}}
        t = tag(core, {"update": {"owner": "x"}, "node": rnd}, {"cloud": "random", "account": ACC0})
        check(t["state"] == "done" and t["result"]["reported"]["tags"] == {"a": "b", "owner": "x"}
              and t["result"]["id"] == "n-rnd", "random instance tagged: %s" % t)

        t = tag(core, {"delete": ["nope"], "node": INSTANCE1}, EXAMPLE)
        check(t["state"] == "error" and "has no tag nope" in t["error"], "missing tag: %s" % t["error"])
        # the handler filter needs an account: only a core that ignores it sends this
        t = core.send_task("tag", data={"update": {"k": "v"}, "node": INSTANCE1}, attrs={"cloud": "example"},
                           wait=40, ignore_filter=True)
        check(t["state"] == "error" and "without an account attribute" in t["error"],
              "no account: %s" % t["error"])
        t = tag(core, {"update": {"k": 5}, "node": INSTANCE1}, EXAMPLE)
        check(t["state"] == "error" and '"update".k is not a string or null' in t["error"],
              "not a string: %s" % t["error"])
        t = tag(core, {"update": {"k": "v"}, "node": rnd}, {"cloud": "random", "account": ACC1})
        check(t["state"] == "error" and "crashed (signal 11)" in t["error"], "crashing collector: %s" % t["error"])

        # the handlers name the accounts known from the configuration: the
        # core routes by account too, and no worker takes another account
        hl = [e["json"] for e in core.log(type="ws_in", kind="queue") if isinstance(e.get("json"), list)]
        check(hl and {h["filter"]["cloud"][0]: h["filter"].get("account") for h in hl[-1]} ==
              {"example": ["Example Account"], "random": [ACC0, ACC1]}, "handler filters by account: %s" % hl)
        t = core.send_task("tag", data={"update": {"k": "v"}, "node": INSTANCE1},
                           attrs={"cloud": "example", "account": "Other Account"}, timeout=2, wait=10)
        check(t["state"] == "failed" and "No worker for task" in t["error"],
              "a task for another account reaches no worker: %s" % t)
        # a core that hands it over anyway (route by name alone) gets an error naming the account
        t = core.send_task("tag", data={"update": {"k": "v"}, "node": INSTANCE1},
                           attrs={"cloud": "example", "account": "Other Account"}, wait=10, ignore_filter=True)
        check(t["state"] == "error" and "account Other Account of example is not served by this worker "
              "(its example accounts: Example Account)" in t["error"], "not served: an error naming it: %s" % t)

        # the first frame on the queue is the handler list, then one result a task
        results = [r for r in core.log("task_result") if isinstance(r.get("json"), dict)]
        check(len(results) == 7 and len(set(r["json"]["task_id"] for r in results)) == 7,
              "one result per task: %s" % [r.get("text", "")[:80] for r in results])
        check(not L.invalid_frames(core), "every frame valid: %s" % L.invalid_frames(core))
        check(w.alive(), "the worker keeps running")

        class Checks:
            ok = staticmethod(check)
        coretest.check_oracle(Checks, core, tmp)   # where the core oracle is set up
    finally:
        check(w.stop() == 0, "worker exit status 0")

    core.reset("all")
    w = L.Worker(core, SETTINGS, args=["--no-fork"])
    try:
        t = first_task(core)
        check(t["state"] == "done" and t["result"] == TAGGED, "--no-fork: the same node: %s" % t)
    finally:
        check(w.stop() == 0, "--no-fork: exit status 0")
L.done()

#!/usr/bin/env python3
"""harden_spool: the spool files of a collect (issue 9, items 2 and 3).

- a tempdir that others (or the group) can write without the sticky bit
  is refused at start (exit 1, the error names it and the sticky bit);
- spool files live in a private 0700 directory of the worker below
  tempdir (resotoworker-PID-XXXXXX), removed when it exits;
- an upload is read from the spool's open descriptor: a file put in the
  spool's place between two attempts is not what the core receives;
- after kill -9 of the supervisor mid-collect its private directory and
  spool files stay behind; the next start removes them and says so, but
  never the directory of a worker that still runs;
- an unsafe tempdir set in the core's configuration fails the collect
  with action_error naming it.
"""
import os
import re
import stat
import subprocess
import time

import collect_lib as L
from collect_lib import check

MERGE = "/graph/resoto/merge"


def private_dirs(tempdir):
    return sorted(d for d in os.listdir(tempdir) if re.fullmatch(r"resotoworker-\d+-\w{6}", d))


def wait(cond, timeout, what):
    end = time.time() + timeout
    while not cond():
        if time.time() > end:
            check(False, "timed out waiting for " + what)
            return False
        time.sleep(0.05)
    return True


# an unsafe tempdir is refused at start
for mode, who in ((0o777, "others"), (0o770, "its group")):
    unsafe = L.tmpdir("rw-unsafe-")
    os.chmod(unsafe, mode)
    p = subprocess.run([L.WORKER, "--resotocore-uri", "http://127.0.0.1:9", "--override",
                        "resotoworker.tempdir=" + unsafe], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, timeout=30)
    check(p.returncode == 1, "tempdir mode %o: exit status 1, got %d" % (mode, p.returncode))
    check("spool directory %s is writable by %s without the sticky bit" % (unsafe, who) in p.stderr,
          "the error names the tempdir and the sticky bit: %s" % p.stderr)
    check(not os.listdir(unsafe), "nothing created in it")
sticky = L.tmpdir("rw-sticky-")
os.chmod(sticky, 0o1777)

with L.control.DevCore(psk=L.PSK) as core:
    # the spool is swapped between two attempts: the core gets the graph
    w = L.Worker(core, ["resotoworker.collector=example", "resotoworker.tempdir=" + sticky],
                 env={"RW_TEST_RETRY_DELAY_MS": "1500"})
    try:
        dirs = private_dirs(sticky)
        check(len(dirs) == 1 and dirs[0].startswith("resotoworker-%d-" % w.p.pid),
              "one private directory named after the pid: %s" % dirs)
        priv = os.path.join(sticky, dirs[0]) if dirs else sticky
        check(stat.S_IMODE(os.stat(priv).st_mode) == 0o700, "mode 0700")
        core.fault(MERGE, status=500, count=1, body="once more")
        act = core.send_action("collect")
        if wait(lambda: "attempt 1 of 3 failed" in w.stderr(), 30, "the failed first attempt"):
            spools = [f for f in os.listdir(priv) if f.endswith(".ndjson")]
            check(len(spools) == 1, "the spool is in the private directory: %s" % spools)
            for f in spools:
                fake = os.path.join(priv, "fake")
                with open(fake, "w") as fp:
                    fp.write('{"id":"SUBSTITUTE","reported":{"kind":"x"},"type":"node"}\n')
                os.replace(fake, os.path.join(priv, f))
        reply = core.wait("action_reply", task=act["task"], timeout=60)[-1]["json"]
        check(reply["kind"] == "action_done", "action_done")
        ms = L.merges(core, act["task"])
        check(len(ms) == 1, "one merge accepted: %d" % len(ms))
        for m in ms:
            body = L.merge_body(core, m)
            check("SUBSTITUTE" not in body, "the substitute was not uploaded")
            check(L.lines(body) == L.lines(L.reference("example.graph.account-merge.ndjson")),
                  "the second attempt sent the collected graph")
    finally:
        check(w.stop() == 0, "exit status 0")
    check(private_dirs(sticky) == [], "the private directory is removed at exit: %s" % private_dirs(sticky))

    # kill -9 mid-collect leaves the spools; the next start removes them
    wrapper = L.child_wrapper(L.tmpdir("rw-wrapper-"), {L.random_account_id(0): "hang"})
    over = ["resotoworker.collector=example,random", "random.seed=1", "random.size=0.2"]
    core.reset("log")
    w1 = L.Worker(core, over + ["resotoworker.tempdir=" + sticky], env={"RW_TEST_CHILD_EXEC": wrapper})
    core.send_action("collect")
    wait(lambda: "[example:Example Account] delivered" in w1.stderr(), 30, "the first account")
    left = private_dirs(sticky)

    def hung_spool():
        found = []
        for d in left:
            for f in os.listdir(os.path.join(sticky, d)):
                try:
                    if os.path.getsize(os.path.join(sticky, d, f)) > 0:
                        found.append(f)
                except OSError:     # the example's, removed once delivered
                    pass
        return found
    wait(hung_spool, 30, "the hanging account's first graph bytes")
    w1.p.kill()
    w1.p.wait()
    w1.log.close()
    check(len(left) == 1 and os.path.isdir(os.path.join(sticky, left[0])), "the dead worker's directory stays")
    stale = [f for d in left for f in os.listdir(os.path.join(sticky, d))]
    check(len(stale) >= 1, "with the hanging account's spool: %s" % stale)

    core.reset("all")
    # started with standard input and output closed: no spool or socket
    # takes their place (main opens /dev/null there)
    w3 = L.Worker(core, ["resotoworker.collector=example", "resotoworker.tempdir=" + sticky],
                  prefix=("/bin/sh", "-c", 'exec "$@" <&- >&-', "sh"))
    try:
        for d in left:
            check(re.search(r"removed %s/%s with %d spool file\(s\), \d+ bytes: left by an earlier "
                            r"resotoworker \(pid %d\) that is gone" % (re.escape(sticky), d, len(stale), w1.p.pid),
                            w3.stderr()) is not None, "the start says what it removed: %s" % w3.stderr())
            check(not os.path.exists(os.path.join(sticky, d)), "%s is removed" % d)
        live = private_dirs(sticky)
        check(len(live) == 1, "the new worker has its own: %s" % live)
        # a second worker on the same tempdir leaves the running one's alone
        w4 = L.Worker(core, ["resotoworker.collector=example", "resotoworker.tempdir=" + sticky],
                      args=["--subscriber-id", "other.worker"])
        try:
            check(set(live) <= set(private_dirs(sticky)), "a running worker's directory is not removed")
            check("removed" not in w4.stderr(), "nothing to remove: %s" % w4.stderr())
        finally:
            w4.stop()
        task, reply = w3.collect()
        check(reply["kind"] == "action_done" and len(L.merges(core, task)) == 1, "the new worker collects")
    finally:
        w3.stop()

    # an unsafe tempdir from the core's configuration: that collect fails
    # with action_error naming it
    core.reset("all")
    w5 = L.Worker(core, ["resotoworker.collector=example"], tempdir=False)
    try:
        unsafe = L.tmpdir("rw-unsafe-")
        os.chmod(unsafe, 0o777)
        wait(lambda: "stored config resoto.worker" in w5.stderr(), 30, "the stored configuration")
        doc = core.get_config("resoto.worker")["config"]
        doc["resotoworker"]["tempdir"] = unsafe
        core.set_config("resoto.worker", doc)
        wait(lambda: "resotoworker.tempdir changed" in w5.stderr(), 30, "the new tempdir")
        task, reply = w5.collect()
        check(reply["kind"] == "action_error" and "spool directory %s is writable by others without the "
              "sticky bit" % unsafe in reply["data"].get("error", ""), "action_error naming it: %s" % reply)
        check(not os.listdir(unsafe) and not L.merges(core, task), "nothing spooled there, nothing merged")
    finally:
        w5.stop()
    os.unlink(w1.logfile)
L.done()

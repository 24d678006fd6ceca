#!/usr/bin/env python3
"""escapes: a hostile collector cannot leave its sandbox (issue 11 "Proof").

tests/sandbox/resotoworker-hostile is the worker with one more collector,
"hostile" (tests/sandbox/hostile.c), whose accounts each try one escape
inside a normal collect next to a healthy account (example) and a healthy
hostile sibling (victim): ptrace and process_vm_readv the supervisor and a
sibling, read a sibling's /proc/PID/environ and mem and the supervisor's
cmdline (the PSK), read the configuration file and a PSK file, connect to
the core's port on 127.0.0.1, open a raw socket, signal the supervisor and
a sibling, use the kernel's key store, exec /bin/sh, fork,
write outside its scratch directory, allocate past its memory limit, burn
CPU past its CPU limit.

1. Sandbox on (the default): every attempt fails, each account is reported
   to the core with the reason (the system call the filter refused, the
   refused file or port, the limit), the healthy accounts are delivered and
   the supervisor keeps running.
2. Sandbox off (resotoworker.sandbox=false): the same attempts work, so
   the test above can fail.
3. As root with resotoworker.child_uid_range: each account's child runs
   under its own uid and gid of the range.

The tests run as root here, so the refusals of 1 are the sandbox's alone,
not the file modes'.
"""
import glob
import os
import pwd
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.environ.get("top_srcdir", os.path.join(
    os.path.dirname(__file__), "..", "..")), "tests", "integration"))
import collect_lib as L  # noqa: E402
from collect_lib import check  # noqa: E402

INSTALLED = L.WORKER
L.WORKER = os.path.join(L.TOP_BUILD, "tests", "sandbox", "resotoworker-hostile")
with open(L.WORKER, "rb") as f:
    binary = f.read()
SANITIZERS = b"__asan_init" in binary
with open(INSTALLED, "rb") as f:
    check(b"tests.hostile.HostileAccount" in binary and
          b"tests.hostile.HostileAccount" not in f.read(),
          "the hostile collector is in the test binary only, not in %s" % INSTALLED)

d = L.tmpdir("rw-escapes-")
# the children's scratch directories: $TMPDIR, sticky and open to all as
# /tmp is (children under uids of their own make theirs there, passing d)
os.chmod(d, 0o711)
scratch_root = os.path.join(d, "tmp")
os.mkdir(scratch_root)
os.chmod(scratch_root, 0o1777)
conf = os.path.join(d, "resotoworker.conf")
pskfile = os.path.join(d, "psk")
outside = os.path.join(d, "written-by-a-child")
with open(pskfile, "w") as f:
    f.write(L.PSK + "\n")
os.chmod(pskfile, 0o600)


def write_conf(escapes):
    with open(conf, "w") as f:
        f.write("hostile: {\n  escapes = [ %s ];\n  victim_seconds = 8;\n};\n" %
                ", ".join('"%s"' % e for e in escapes))
    os.chmod(conf, 0o600)


def run(escapes, overrides, before=None, after=None):
    """One collect in account merge against a core of its own (a core
    keeps the configuration a worker gave it): {escape: [error reports]},
    the kinds delivered and the supervisor's log. escapes(port) gives the
    escapes for a core on that port; before(worker) and after(worker) run
    before and after the collect."""
    with L.control.DevCore(psk=L.PSK) as core:
        escapes = escapes(core.port)
        write_conf(escapes)
        w = L.Worker(core, ["resotoworker.collector=example,hostile",
                            "resotoworker.pool_size=40", "resotoworker.timeout=60",
                            "resotoworker.graph_merge_kind=account"] + overrides,
                     args=["--config", conf], env={"TMPDIR": scratch_root})
        try:
            if before:
                before(w)
            task, reply = w.collect(timeout=120)
            check(reply["kind"] == "action_done", "action_done: %s" % reply)
            kinds = sorted(m["merge_roots"][0]["kind"] for m in L.merges(core, task))
            errors = {}
            for m in L.infos(core, task, "error"):
                for i, e in enumerate(escapes):
                    if m.startswith("[hostile:%s (e%d)] " % (e, i + 1)):
                        errors.setdefault(e, []).append(m)
            check(w.alive(), "the supervisor is still running")
            if after:
                after(w)
            return errors, kinds, w.stderr()
        finally:
            check(w.stop() == 0, "worker exit status 0")


class Victim(threading.Thread):
    """Finds the victim child of a worker while it sleeps (its TMPDIR holds
    the file "victim") and keeps what /proc says of it."""

    def __init__(self, w):
        super().__init__(daemon=True)
        self.pid, self.w, self.found = w.p.pid, w, None
        self.start()

    def run(self):
        end = time.time() + 20
        while self.found is None and time.time() < end and self.w.alive():
            try:
                kids = open("/proc/%d/task/%d/children" % (self.pid, self.pid)).read().split()
            except OSError:
                kids = []
            for c in kids:
                try:
                    env = open("/proc/%s/environ" % c, "rb").read().split(b"\0")
                    tmp = [e[7:].decode() for e in env if e.startswith(b"TMPDIR=")]
                    if tmp and os.path.exists(os.path.join(tmp[0], "victim")):
                        st = dict(l.split(":", 1) for l in open("/proc/%s/status" % c) if ":" in l)
                        self.found = {"status": {k: v.split() for k, v in st.items()},
                                      "limits": open("/proc/%s/limits" % c).read(),
                                      "owner": os.stat("/proc/%s/environ" % c).st_uid,
                                      "scratch": tmp[0]}
                        break
                except OSError:
                    pass
            time.sleep(0.02)


def limit(text, name):
    """Soft limit of a /proc/PID/limits line."""
    for line in text.splitlines():
        if line.startswith(name):
            return line[len(name):].split()[0]
    return None


def sandboxed(v, memory):
    """The victim ran filtered, without capabilities, under its limits."""
    check(v.found is not None, "the victim child is found while it runs")
    if v.found is None:
        return
    st, lim = v.found["status"], v.found["limits"]
    check(st["Seccomp"] == ["2"], "seccomp filter mode: %s" % st["Seccomp"])
    check(st["NoNewPrivs"] == ["1"], "no new privileges")
    check(st["CapEff"] == ["0000000000000000"] and st["CapPrm"] == ["0000000000000000"],
          "no capabilities: %s %s" % (st["CapEff"], st["CapPrm"]))
    if not SANITIZERS:
        check(limit(lim, "Max data size") == str(memory << 20), "data size limit: %s" % lim)
    check(limit(lim, "Max open files") == "1024", "open files limit")
    check(limit(lim, "Max cpu time") == "1", "CPU time limit")
    check(limit(lim, "Max core file size") == "0", "no core dumps")


KILLED = "collector killed by the sandbox: system call "
DENIED = "Permission denied"


def expected(port):
    e = [
        ("ptrace:parent", KILLED + "ptrace ("),
        ("ptrace:sibling", KILLED + "ptrace ("),
        ("vm_read:parent", KILLED + "process_vm_readv ("),
        ("vm_read:sibling", KILLED + "process_vm_readv ("),
        ("environ:sibling", DENIED),
        ("mem:sibling", DENIED),
        ("cmdline:parent", DENIED),
        ("read:" + conf, "refused: %s: %s" % (conf, DENIED)),
        ("read:" + pskfile, "refused: %s: %s" % (pskfile, DENIED)),
        ("connect:%d" % port, "refused: connect:%d: %s" % (port, DENIED)),
        ("raw", KILLED + "socket ("),
        ("kill:parent", KILLED + "kill ("),
        ("kill:sibling", KILLED + "kill ("),
        ("keyctl", KILLED + "keyctl ("),
        ("exec:/bin/sh", KILLED + "execve ("),
        ("fork", KILLED + "clone ("),
        ("write:" + outside, "refused: %s: %s" % (outside, DENIED)),
        ("spin", "collector went over its CPU time limit (1 s)"),
    ]
    if not SANITIZERS:
        e.append(("alloc:8192", "refused: alloc:8192: Cannot allocate memory"))
    return e


# 1. the sandbox on, as by default
if SANITIZERS:
    print("sanitizer build: no memory limit (AddressSanitizer's shadow "
          "memory), the alloc escape is not tried")
expect = []


def escapes_on(port):
    expect[:] = expected(port)
    return [e for e, _ in expect]


victim = []
errors, kinds, log = run(escapes_on, ['resotoworker.child_limits={"hostile": '
                                      '{"memory_mb": 256, "cpu_seconds": 1}}'],
                         before=lambda w: victim.append(Victim(w)),
                         after=lambda w: victim[0].join())
sandboxed(victim[0], 256)
for e, text in expect:
    got = errors.get(e, [])
    check(len(got) == 1 and text in got[0] and "ESCAPED" not in got[0],
          "%s: one error report with %r, got %s" % (e, text, got))
check(kinds == ["example_account", "hostile_account"],
      "the healthy accounts are delivered: %s" % kinds)
check(not os.path.exists(outside), "nothing written outside the scratch directory")
check("is not allowed" in log and "(pid " in log,
      "the supervisor's log names the child and the system call")

if os.geteuid() == 0:
    # 2. the sandbox off: the same attempts get through (as root). Not
    # ptrace:parent: a supervisor stopped at a signal for its tracer, a
    # tracer waiting for the supervisor, would never end.
    works = lambda port: ["ptrace:sibling", "vm_read:parent", "vm_read:sibling",
                          "environ:sibling", "mem:sibling", "cmdline:parent",
                          "read:" + conf, "read:" + pskfile, "connect:%d" % port,
                          "raw", "kill:parent", "kill:sibling", "keyctl", "fork",
                          "write:" + outside]
    errors, kinds, log = run(lambda port: works(port) + ["exec:/bin/sh"],
                             ["resotoworker.sandbox=false"])
    check(len(errors) == len(works(0)) + 1, "an error report for each: %s" % errors)
    for e, got in errors.items():
        if e != "exec:/bin/sh":
            check(len(got) == 1 and "ESCAPED" in got[0],
                  "without the sandbox %s gets through: %s" % (e, got))
    check("ESCAPED: exec" in log, "without the sandbox exec gets through")
    check(kinds == ["example_account", "hostile_account"], "delivered: %s" % kinds)
    if os.path.exists(outside):
        os.unlink(outside)

    # 3. each account under its own uid; the supervisor gives up root for
    # its user (nobody), keeping what starting and stopping them needs
    nobody = pwd.getpwnam("nobody")

    def spool_for_nobody(w):
        os.chown(w.tempdir, nobody.pw_uid, nobody.pw_gid)  # the spool is its own
        victim[:] = [Victim(w)]

    def dropped(w):
        with open("/proc/%d/status" % w.p.pid) as f:
            st = dict(l.split(":", 1) for l in f if ":" in l)
        check(st["Uid"].split() == [str(nobody.pw_uid)] * 4, "supervisor uid: %s" % st["Uid"])
        check(st["Gid"].split() == [str(nobody.pw_gid)] * 4, "supervisor gid: %s" % st["Gid"])
        # CAP_CHOWN 0, CAP_KILL 5, CAP_SETGID 6, CAP_SETUID 7
        check(int(st["CapEff"], 16) == 0xe1 and int(st["CapPrm"], 16) == 0xe1,
              "supervisor keeps chown, kill, setgid, setuid only: %s" % st["CapEff"].strip())
        victim[0].join()
        v = victim[0].found
        check(v is not None, "the victim child is found")
        if v:
            uid = v["status"]["Uid"]
            check(len(set(uid)) == 1 and 61000 <= int(uid[0]) <= 61999, "victim uid %s" % uid)
            # not dumpable: its /proc/PID files (but the directory) belong
            # to root, not to its uid
            check(v["owner"] == 0, "victim not dumpable (/proc/PID/environ owned by %d)"
                  % v["owner"])
            check(v["status"]["CapEff"] == ["0000000000000000"], "victim has no capabilities")
            check(os.path.dirname(v["scratch"]) == scratch_root and
                  os.path.basename(v["scratch"]).startswith("resotoworker-child."),
                  "the victim's scratch is in the worker's $TMPDIR: %s" % v["scratch"])
        # the children's scratch directories are in the worker's $TMPDIR
        # (a directory of this test's: in the shared /tmp other tests'
        # children come and go) and are removed once the children are gone
        pattern = os.path.join(scratch_root, "resotoworker-child.*")
        left = glob.glob(pattern)
        for _ in range(50):
            if not left:
                break
            time.sleep(0.1)
            left = glob.glob(pattern)
        check(not left, "the children's scratch directories are removed: %s" % left)

    errors, kinds, log = run(lambda port: ["uid", "uid", "uid"],
                             ["resotoworker.child_uid_range=61000-61999",
                              "resotoworker.user=nobody"], before=spool_for_nobody,
                             after=dropped)
    check("now running as user nobody" in log, "the supervisor says it dropped root")
    uids = sorted(m.split("] ", 1)[1] for ms in errors.values() for m in ms)
    check(len(uids) == 3 and len(set(uids)) == 3 and
          all(61000 <= int(u.split()[1]) <= 61999 and u.split()[1] == u.split()[3]
              for u in uids), "three accounts, three uids of the range: %s" % uids)
    check(kinds == ["example_account", "hostile_account"], "delivered: %s" % kinds)
else:
    print("not root: the runs without the sandbox and with child_uid_range are skipped")

L.done()

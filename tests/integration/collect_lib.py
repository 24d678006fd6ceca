"""collect_lib: helpers of the collect_*.py integration tests (jobs).

Starts the worker against the development core (tests/devcore) or for a
core-free --collect-to, builds RW_TEST_CHILD_EXEC wrappers around the
fake collector child (tests/fakechild/fake_child), knows the random
collector's account ids and the reference bodies (tests/data/collector).
"""
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

TOP_SRC = os.environ.get("top_srcdir", os.path.join(os.path.dirname(__file__), "..", ".."))
TOP_BUILD = os.environ.get("top_builddir", TOP_SRC)
WORKER = os.environ.get("RESOTOWORKER", os.path.join(TOP_BUILD, "src", "resotoworker"))
FAKE_CHILD = os.path.join(TOP_BUILD, "tests", "fakechild", "fake_child")
DATA = os.path.join(TOP_SRC, "tests", "data", "collector")
sys.path.insert(0, os.path.join(TOP_SRC, "tests", "devcore"))

import control  # noqa: E402  (devcore's client)

PSK = "changeme"
failures = []
_tmpdirs = []


def tmpdir(prefix):
    """A temporary directory, removed by done() when every check passed."""
    d = tempfile.mkdtemp(prefix=prefix)
    _tmpdirs.append(d)
    return d


def check(cond, what):
    """Record a failed expectation (the test goes on and fails at the end)."""
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)
    return cond


def done():
    if failures:
        print("%d check(s) failed (kept: %s)" % (len(failures), " ".join(_tmpdirs)))
        sys.exit(1)
    for d in _tmpdirs:
        shutil.rmtree(d, ignore_errors=True)
    print("ok")
    sys.exit(0)


def random_account_id(n):
    """The random collector's id of account n (collectors.md 3.1)."""
    h = hashlib.blake2b(("account_%d" % n).encode(), digest_size=6).hexdigest()
    return str(int(h, 16))


_TIMES = re.compile(r'"(exported_at|ctime|mtime|atime)": ?"[^"]*"')


def mask(text):
    """Time fields replaced: bodies of different runs become comparable."""
    return _TIMES.sub(lambda m: '"%s": "T"' % m.group(1), text)


def lines(text):
    return [mask(l) for l in text.splitlines() if l.strip()]


def reference(name):
    with open(os.path.join(DATA, name)) as f:
        return f.read()


def child_wrapper(dirname, faults, real=True):
    """A RW_TEST_CHILD_EXEC script: fake_child with these faults
    ({account id or "discover": mode}), the real collector otherwise."""
    path = os.path.join(dirname, "child.sh")
    args = [FAKE_CHILD]
    if real:
        args += ["--real", WORKER]
    for acc, mode in faults.items():
        args += ["--fault", "%s=%s" % (acc, mode)]
    with open(path, "w") as f:
        # env -u PWD: the environment the supervisor gave, not the shell's
        f.write("#!/bin/sh\nexec /usr/bin/env -u PWD %s \"$@\"\n" % " ".join("'%s'" % a for a in args))
    os.chmod(path, 0o755)
    return path


class Worker:
    """The daemon, connected to core, with --override settings."""

    def __init__(self, core, overrides, env=None, args=(), prefix=(), connect_timeout=30, tempdir=True):
        """tempdir False: no --override of resotoworker.tempdir (the core's
        configuration may set it)."""
        self.tempdir = tempfile.mkdtemp(prefix="rw-spool-")
        self.logfile = os.path.join(self.tempdir, "..", os.path.basename(self.tempdir) + ".log")
        cmd = list(prefix) + [WORKER, "--resotocore-uri", core.url, "--psk", PSK]
        if tempdir:
            cmd += ["--override", "resotoworker.tempdir=" + self.tempdir]
        for o in overrides:
            cmd += ["--override", o]
        if not any("web_port" in o for o in overrides):
            cmd += control.web_overrides()
        cmd += list(args)
        e = dict(os.environ)
        e["RW_TEST_RETRY_DELAY_MS"] = "50"
        e.update(env or {})
        self.log = open(self.logfile, "w+")
        self.p = subprocess.Popen(cmd, env=e, stderr=self.log)
        self.core = core
        core.wait("connect", kind="handle", timeout=connect_timeout)

    def collect(self, timeout=60):
        """Send a collect action; wait for its reply; (task, reply frame)."""
        act = self.core.send_action("collect")
        r = self.core.wait("action_reply", task=act["task"], timeout=timeout)
        return act["task"], r[-1]["json"]

    def stderr(self):
        """What the worker logged so far (also copied to our stderr at stop)."""
        self.log.flush()
        with open(self.logfile) as f:
            return f.read()

    def spool_files(self):
        """Files in tempdir and in the worker's private spool directory
        below it (resotoworker-PID-XXXXXX), relative to tempdir."""
        out = []
        for root, dirs, names in os.walk(self.tempdir):
            rel = os.path.relpath(root, self.tempdir)
            out += [n if rel == "." else os.path.join(rel, n) for n in names]
        return sorted(out)

    def alive(self):
        return self.p.poll() is None

    def stop(self):
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
        rc = self.p.wait(timeout=30)
        sys.stderr.write(self.stderr())
        self.log.close()
        os.unlink(self.logfile)
        shutil.rmtree(self.tempdir, ignore_errors=True)
        return rc


def merges(core, task):
    return [m for m in core.merges() if m.get("task_id") == task]


def merge_body(core, m):
    """The recorded body of a merge request (inline or in a file)."""
    for e in core.log("merge"):
        if e["seq"] == m["seq"]:
            if "body" in e:
                return e["body"]
            if "body_file" in e:
                with open(e["body_file"]) as f:
                    return f.read()
    raise KeyError("no body for merge %s" % m["seq"])


def frames(core, what, task):
    return [e["json"] for e in core.log(what, task=task)]


def infos(core, task, level=None):
    return [f["data"]["message"] for f in frames(core, "info", task)
            if level is None or f["data"]["level"] == level]


def invalid_frames(core):
    return [e for e in core.log(type="ws_in") if not e.get("valid", True)]


def collect_to(outdir, overrides=(), env=None, args=(), prefix=(), timeout=120, preexec_fn=None):
    """A core-free collect into outdir: (exit status, stderr text);
    preexec_fn runs in the worker's process before exec (limits)."""
    cmd = list(prefix) + [WORKER, "--collect-to", outdir]
    for o in overrides:
        cmd += ["--override", o]
    cmd += list(args)
    e = dict(os.environ)
    e.update(env or {})
    p = subprocess.run(cmd, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, timeout=timeout, preexec_fn=preexec_fn)
    sys.stderr.write(p.stderr)
    return p.returncode, p.stderr


def read(path):
    with open(path) as f:
        return f.read()

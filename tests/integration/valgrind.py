#!/usr/bin/env python3
"""valgrind: the supervisor runs valgrind-clean.

Runs the daemon under valgrind (memcheck, full leak check; the collector
children it execs run natively) and fails on any memcheck error or any
definite/indirect leak:

- a core-free collect with --no-fork (the collector code runs inside the
  supervisor too) of example and random;
- the daemon against the development core, with a PSK: it connects,
  collects example and random with collector processes, answers a cleanup
  action and a tag task, serves /health, /metrics, /info and refuses a
  malformed request (a client still connected at the end), and stops on
  SIGTERM with exit status 0;
- the same over TLS: its endpoints get their certificate from the core's
  CA (POST /ca/sign) and answer over https.

Skipped (77) when valgrind is not installed or the binary is built with the
sanitizers (they do not run under valgrind).
"""
import os
import shutil
import socket
import ssl
import sys
import time
import urllib.request

import collect_lib as L
from collect_lib import check

VG_ERR = 99
if shutil.which("valgrind") is None:
    print("valgrind not installed: skipped")
    sys.exit(77)
with open(L.WORKER, "rb") as f:
    if b"__asan_init" in f.read():
        print("sanitizer build: skipped (valgrind runs in the normal build)")
        sys.exit(77)

VG = ["valgrind", "--quiet", "--error-exitcode=%d" % VG_ERR, "--leak-check=full",
      "--show-leak-kinds=definite,indirect", "--errors-for-leak-kinds=definite,indirect",
      "--trace-children=no", "--child-silent-after-fork=yes"]

# 1. core-free, everything in one process
out = L.tmpdir("rw-vg-")
rc, err = L.collect_to(out, ["resotoworker.collector=example,random", "random.seed=1",
                             "random.size=0.5"], args=["--no-fork"], prefix=VG, timeout=600)
check(rc == 0, "--collect-to --no-fork under valgrind exits 0 (got %d)" % rc)
check(len(os.listdir(out)) == 10, "model + example + 8 random accounts: %s" % sorted(os.listdir(out)))


def web(port):
    return ["resotoworker.web_host=127.0.0.1", "resotoworker.web_port=%d" % port]


def get(url, ctx=None, timeout=60):
    """The status of GET url, retried until it answers (valgrind is slow)."""
    end = time.time() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=30, context=ctx) as r:
                r.read()
                return r.status
        except urllib.error.HTTPError as e:
            return e.code
        except OSError:
            if time.time() > end:
                return None
            time.sleep(0.5)


# 2. the daemon against the development core
port = L.control.free_port()
with L.control.DevCore(psk=L.PSK) as core:
    w = L.Worker(core, ["resotoworker.collector=example,random", "random.seed=1", "random.size=0.2",
                        "resotoworker.cleanup=true", "resotoworker.cleanup_dry_run=false"] + web(port),
                 prefix=VG, connect_timeout=120)
    try:
        task, reply = w.collect(timeout=300)
        check(reply["kind"] == "action_done", "collect answered action_done: %s" % reply)
        check(len(L.merges(core, task)) == 3, "example + 2 random accounts delivered")
        flagged = core.flag(kinds=["random_instance", "random_volume", "example_instance", "example_volume"])
        act = core.send_action("cleanup")
        r = core.wait("action_reply", task=act["task"], timeout=300)[-1]["json"]
        check(r["kind"] == "action_done", "cleanup answered: %s" % r)
        cleaned = [n["id"] for n in core.graph("resoto")["nodes"] if n["metadata"].get("cleaned")]
        check(flagged and sorted(cleaned) == sorted(flagged), "every flagged node cleaned: %d of %d"
              % (len(cleaned), len(flagged)))
        t = core.send_task("tag", {"update": {"owner": "x"}, "node": {"id": "n1", "reported": {
            "id": "i1", "kind": "random_instance", "tags": {}}}}, {"cloud": "random", "account": L.random_account_id(0)},
            wait=60)
        check(t.get("state") in ("done", "error"), "tag task answered: %s" % t)
        base = "http://127.0.0.1:%d" % port
        check(get(base + "/health") in (200, 503), "/health answers")
        check(get(base + "/metrics") == 200 and get(base + "/info") == 200, "/metrics and /info answer")
        check(get(base + "/nope") == 404, "an unknown path: 404")
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"NOT HTTP\r\n\r\n")
        s.settimeout(30)
        check(s.recv(100).startswith(b"HTTP/1.1 400"), "a malformed request: 400")
        s.close()
        idle = socket.create_connection(("127.0.0.1", port))   # still open at the stop
        idle.sendall(b"GET /health HTTP/1.1\r\n")
    finally:
        rc = w.stop()
    check(rc == 0, "the daemon under valgrind stops with 0 (%d = memcheck errors or leaks)" % rc)

# 3. over TLS: the endpoints' certificate from the core's CA
tls = L.control.make_tls(os.path.join(L.tmpdir("rw-vg-tls-"), "tls"))
port = L.control.free_port()
with L.control.DevCore(psk=L.PSK, tls=tls) as core:
    w = L.Worker(core, ["resotoworker.collector=example"] + web(port), prefix=VG, connect_timeout=120)
    try:
        ctx = ssl.create_default_context(cafile=tls["ca_cert"])
        # 503 until the three core websockets are up (they connect after
        # the endpoints start serving): asked again until 200
        end, st = time.time() + 120, None
        while time.time() < end and st != 200:
            st = get("https://127.0.0.1:%d/health" % port, ctx, timeout=max(1, end - time.time()))
            if st != 200:
                time.sleep(0.5)
        check(st == 200, "https /health answers 200: %s" % st)
    finally:
        rc = w.stop()
    check(rc == 0, "the daemon over TLS under valgrind stops with 0 (%d = memcheck errors or leaks)" % rc)

L.done()

#!/usr/bin/env python3
"""collect_sandboxed: what a collector needs still works inside the sandbox.

1. random and example collect under the sandbox (every part on, the
   default) in both merge kinds: every child says it applied the sandbox,
   and the bodies are the same as without it (example: the references).
   --no-fork warns that it has no isolation; a child given a sandbox
   option it cannot read does not run; a child whose sandbox cannot be
   applied answers every request with the reason and touches no cloud.
2. A child inside the sandbox fetches over HTTPS and HTTP with libcurl's
   multi interface from loopback servers (the hostile test collector's URL
   items: the name localhost resolved through getaddrinfo, TLS verified
   against a CA file named in its cloud section, ports taken from the URLs
   in its cloud section), and reads its credentials below $HOME (the
   collector's home_paths), while a TCP port its section does not name and
   the rest of $HOME stay closed to it. A per-cloud deadline
   (child_limits.CLOUD.timeout) ends a child that spins.
"""
import http.server
import os
import re
import resource
import socket
import ssl
import subprocess
import sys
import threading

sys.path.insert(0, os.path.join(os.environ.get("top_srcdir", os.path.join(
    os.path.dirname(__file__), "..", "..")), "tests", "integration"))
import collect_lib as L  # noqa: E402
from collect_lib import check  # noqa: E402

RANDOM = ["random.seed=1", "random.size=0.2"]
HOSTILE = os.path.join(L.TOP_BUILD, "tests", "sandbox", "resotoworker-hostile")


def bodies(d):
    return {f: L.lines(L.read(os.path.join(d, f))) for f in sorted(os.listdir(d))
            if f.endswith(".ndjson")}


# 1. random and example, both merge kinds, sandbox on and off
for merge, ref in (("account", "example.graph.account-merge.ndjson"),
                   ("cloud", "example.graph.ndjson")):
    got = {}
    for sandbox in ("true", "false"):
        out = L.tmpdir("rw-sandboxed-")
        rc, err = L.collect_to(out, ["resotoworker.collector=example,random",
                                     "resotoworker.graph_merge_kind=" + merge,
                                     "resotoworker.sandbox=" + sandbox] + RANDOM,
                               args=["--verbose"])
        check(rc == 0, "%s merge, sandbox %s: exit status 0, got %d" % (merge, sandbox, rc))
        got[sandbox] = bodies(out)
        applied = len(re.findall(r"sandbox: dumpable,limits,landlock,seccomp applied", err))
        started = len(re.findall(r"collector [^\n]+? \(pid \d+\): started", err))
        if sandbox == "true":
            check(started > 0 and applied == started,
                  "%s merge: each of %d children applied the sandbox (%d)" % (merge, started, applied))
        else:
            check(applied == 0, "%s merge, sandbox off: no child applied it" % merge)
    check(got["true"] and got["true"] == got["false"],
          "%s merge: the same bodies with and without the sandbox" % merge)
    ex = [b for f, b in got["true"].items() if f.startswith("example")]
    check(ex == [L.lines(L.reference(ref))], "%s merge: example equals the reference" % merge)


# a collector child that cannot read the sandbox it is given does not run
for bad in ("--sandbox=seccomp,nope", "--limits=1:2", "--limits=-1:0:0"):
    a, b = socket.socketpair()
    os.set_inheritable(b.fileno(), True)
    p = subprocess.run([L.WORKER, "--collector-child", bad], stderr=subprocess.PIPE, text=True,
                       pass_fds=(b.fileno(),), preexec_fn=lambda fd=b.fileno(): os.dup2(fd, 3),
                       timeout=30)
    check(p.returncode != 0 and "bad option " + bad in p.stderr,
          "%s refused: %d %s" % (bad, p.returncode, p.stderr.strip()))
    a.close()
    b.close()

# limits never raise what the supervisor has: an open files limit above
# its hard limit is that hard limit
out = L.tmpdir("rw-sandboxed-")
rc, err = L.collect_to(out, ["resotoworker.collector=example",
                             'resotoworker.child_limits={"example": {"open_files": 1000000}}'],
                       preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64)))
check(rc == 0 and os.path.exists(os.path.join(out, "example-Example_Account.ndjson")),
      "a limit above the supervisor's hard limit: %d %s" % (rc, err[-300:]))

# --no-fork says that it has no isolation
out = L.tmpdir("rw-sandboxed-")
rc, err = L.collect_to(out, ["resotoworker.collector=example"], args=["--no-fork"])
check(rc == 0 and "no isolation at all" in err, "--no-fork warns: no isolation")


# 2. HTTPS and HTTP from inside the sandbox
class Handler(http.server.BaseHTTPRequestHandler):
    seen = []

    def do_GET(self):
        Handler.seen.append(self.path)
        body = b'{"ok": true}\n'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve(tls=None):
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(tls["cert"], tls["key"])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


d = L.tmpdir("rw-sandboxed-http-")
tls = L.control.make_tls(os.path.join(d, "tls"))
https, plain = serve(tls), serve()
closed = socket.socket()
closed.bind(("127.0.0.1", 0))
closed.listen(1)
urls = ["https://localhost:%d/probe-https" % https.server_address[1],
        "http://127.0.0.1:%d/probe-http" % plain.server_address[1]]
# its credentials below $HOME (home_paths): readable; the rest of $HOME not
home = os.path.join(d, "home")
os.makedirs(os.path.join(home, ".hostile"))
creds, other = os.path.join(home, ".hostile", "credentials"), os.path.join(home, "other")
for p in (creds, other):
    with open(p, "w") as f:
        f.write("[default]\nkey = secret\n")
conf = os.path.join(d, "resotoworker.conf")
with open(conf, "w") as f:
    f.write('hostile: {\n  escapes = [ %s, "may-read:%s", "connect:%d", "read:%s" ];\n'
            '  victim_seconds = 0;\n  ca_file = "%s";\n};\n'
            % (", ".join('"%s"' % u for u in urls), creds, closed.getsockname()[1],
               other, tls["ca_cert"]))
L.WORKER = HOSTILE
out = L.tmpdir("rw-sandboxed-")
rc, err = L.collect_to(out, ["resotoworker.collector=hostile"], args=["--config", conf],
                       env={"HOME": home})
check(sorted(Handler.seen) == ["/probe-http", "/probe-https"],
      "both requests reached the servers: %s" % Handler.seen)
for i, u in enumerate(urls):
    check(os.path.exists(os.path.join(out, "hostile-e%d.ndjson" % (i + 1))),
          "the account fetching %s is delivered" % u)
check(os.path.exists(os.path.join(out, "hostile-e3.ndjson")),
      "its credentials below $HOME are readable")
check("refused: connect:%d: Permission denied" % closed.getsockname()[1] in err,
      "a port the cloud section does not name is refused")
check("refused: %s: Permission denied" % other in err, "the rest of $HOME is not readable")
check(rc == 1, "exit status 1 (the refused connect), got %d" % rc)

# a per-cloud deadline shorter than resotoworker.timeout ends a child that
# spins, reported like any timeout
with open(conf, "w") as f:
    f.write('hostile: {\n  escapes = [ "spin" ];\n  victim_seconds = 0;\n};\n')
out = L.tmpdir("rw-sandboxed-")
rc, err = L.collect_to(out, ["resotoworker.collector=hostile",
                             'resotoworker.child_limits={"hostile": {"timeout": 2}}'],
                       args=["--config", conf])
check(rc == 1 and "collector timed out after 2 s" in err, "the cloud's deadline of 2 s")
check(os.path.exists(os.path.join(out, "hostile-victim.ndjson")), "the victim is delivered")

# a sandbox that cannot be applied (its credential directory below $HOME
# is a symbolic link loop): that cloud fails with the reason, nothing of
# it runs outside the sandbox, the other clouds are delivered
loop = os.path.join(d, "loophome")
os.makedirs(loop)
os.symlink(".hostile", os.path.join(loop, ".hostile"))
out = L.tmpdir("rw-sandboxed-")
rc, err = L.collect_to(out, ["resotoworker.collector=example,hostile"], args=["--config", conf],
                       env={"HOME": loop})
check("[hostile] account discovery failed: sandbox: Landlock rule for %s/.hostile: Too many "
      "levels of symbolic links (resotoworker.sandbox_disable can turn that part off)" % loop in err,
      "the reason is reported: %s" % err[-600:])
check(sorted(os.listdir(out)) == ["example-Example_Account.ndjson", "model.json"],
      "only example is delivered: %s" % sorted(os.listdir(out)))
https.shutdown()
plain.shutdown()
closed.close()
L.done()

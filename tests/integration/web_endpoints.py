#!/usr/bin/env python3
"""web_endpoints: the worker's own HTTP(S) endpoints (web.h, metrics.h).

Against the development core, a worker with example and random, its
endpoints on a free port under web_path /resoto/:
- /health: 200 with each condition once connected; after a collect it
  names that collect; 503 naming the websockets when the core goes away,
  200 again when it is back (and the reconnects are counted);
- /metrics: parsed by prometheus_client's text parser; the figures of the
  run (runs by result, duration, nodes, edges and bytes per cloud equal to
  what the core received, children started, a disabled cleanup, a tag task
  answered with an error), HELP and TYPE on every family, the process
  metrics;
- /info: the active and the compiled-in collectors, as the reference;
- a worker without a core: 503 naming it, over IPv4 and IPv6 (the
  default web_host), and the listener paused, not spinning, while
  accept(2) fails for want of descriptors;
- collector children that crash, hang and exit non-zero and a merge the
  core refuses once: the run counted partial, each fate and the retry
  counted, /health names it;
- bad clients: a malformed request, oversized headers, POST, an unknown
  path, a client that trickles its request (dropped at the deadline while
  others are served at once), more connections than allowed (the extra one
  waits until one closes); the supervisor's RssAnon after hundreds of
  requests stays within 1 MiB of what it was;
- TLS when the core is https: a certificate the core's CA signed (POST
  /ca/sign with the PSK token; CN = subscriber id, 127.0.0.1 in its
  names), after a refused first /ca/sign; plain http on that port gets no
  answer; --cert/--cert-key served as given without /ca/sign;
  resotoworker.no_tls serves plain http and asks for nothing.
"""
import json
import os
import socket
import ssl
import time
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

import collect_lib as L
from collect_lib import check

MAX_CONN = 8            # WEB_MAX_CONN
DEADLINE = 10           # WEB_DEADLINE_S
SETTINGS = ["resotoworker.collector=example,random", "random.seed=1", "random.size=0.2"]


def web(port, path="/resoto/"):
    return ["resotoworker.web_host=127.0.0.1", "resotoworker.web_port=%d" % port,
            "resotoworker.web_path=" + path]


def get(url, ctx=None, timeout=10, method="GET"):
    """(status, headers, body text) of a request; HTTP errors included."""
    req = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout, context=ctx) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


def wait_health(base, want, timeout=20, ctx=None, failing=None):
    """The /health answer once its status is want (and, with failing, its
    failing list names that; the last one after timeout)."""
    end = time.time() + timeout
    while True:
        try:
            st, _, body = get(base + "/health", ctx)
        except OSError:         # not listening yet
            if time.time() > end:
                raise
            time.sleep(0.2)
            continue
        if (st == want and (failing is None or failing in " | ".join(json.loads(body).get("failing", [])))) \
                or time.time() > end:
            return st, json.loads(body)
        time.sleep(0.2)


def metrics(base, ctx=None):
    st, hdr, body = get(base + "/metrics", ctx)
    check(st == 200, "/metrics: 200 (%s)" % st)
    check(hdr["Content-Type"].startswith("text/plain; version=0.0.4"), "/metrics content type: %s"
          % hdr["Content-Type"])
    fams = list(text_string_to_metric_families(body))
    for f in fams:
        check(f.documentation and f.type in ("counter", "gauge", "summary"),
              "%s: HELP and TYPE (%r, %s)" % (f.name, f.documentation, f.type))
    for line in body.splitlines():
        if line.startswith("# TYPE ") and line.endswith(" counter"):
            check(line.split()[2].endswith("_total"), "a counter's name ends in _total: %s" % line)
    samples = {}
    for f in fams:
        for s in f.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return samples


def value(samples, name, **labels):
    return samples.get((name, tuple(sorted(labels.items()))))


def raw(port, data, timeout=5, trickle=None):
    """Send data (a byte a trickle seconds when given); what comes back
    until the server closes (b"" +"<TIMEOUT>" if it does not)."""
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(timeout)
    got = b""
    try:
        if trickle:
            for b in data:
                s.sendall(bytes([b]))
                time.sleep(trickle)
        else:
            s.sendall(data)
        while True:
            d = s.recv(65536)
            if not d:
                break
            got += d
    except (socket.timeout, TimeoutError):
        got += b"<TIMEOUT>"
    except (ConnectionResetError, BrokenPipeError):
        got += b"<RESET>"
    finally:
        s.close()
    return got


def rss_anon(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) * 1024
    return 0


def peer_cert(port, ctx):
    """The certificate the endpoints present, verified with ctx."""
    with socket.create_connection(("127.0.0.1", port)) as s:
        with ctx.wrap_socket(s, server_hostname="127.0.0.1") as ss:
            cert = ss.getpeercert()
    return cert, dict(x[0] for x in cert["subject"]).get("commonName")


def cloud_of(m):
    return m["merge_roots"][0]["kind"].split("_")[0]


def plain():
    port = L.control.free_port()
    base = "http://127.0.0.1:%d" % port
    with L.control.DevCore(psk=L.PSK) as core:
        w = L.Worker(core, SETTINGS + web(port))
        try:
            st, h = wait_health(base + "/resoto", 200)
            check(st == 200 and h["healthy"] is True, "/resoto/health 200 once connected: %s %s" % (st, h))
            check(h.get("websockets") == {"actions": "connected", "tasks": "connected", "events": "connected"},
                  "each websocket connected: %s" % h.get("websockets"))
            check(h.get("core", {}).get("reachable") is True, "core reachable: %s" % h.get("core"))
            check(h.get("last_collect", "x") is None, "no collect yet: %s" % h.get("last_collect"))
            check(get(base + "/health")[0] == 200, "/health answers at / too (as the reference)")

            st, _, body = get(base + "/resoto/info")
            info = json.loads(body)
            check(st == 200 and info.get("active_collectors") == ["example", "random"],
                  "/info: active collectors: %s" % body)
            allc = info.get("all_collectors", [])
            check({"example", "random"} <= set(allc) and len(set(allc)) == len(allc),
                  "/info: every compiled-in collector once: %s" % allc)

            task, reply = w.collect()
            check(reply["kind"] == "action_done", "collect done: %s" % reply)
            ms = L.merges(core, task)
            m = metrics(base + "/resoto")
            check(value(m, "resotoworker_collect_runs_total", result="done") == 1, "one collect run done")
            check(value(m, "resotoworker_collect_runs_total", result="error") == 0, "no collect run failed")
            check(value(m, "resotoworker_collect_duration_seconds_count") == 1 and
                  value(m, "resotoworker_collect_duration_seconds_sum") > 0, "the run's duration")
            for cloud in ("example", "random"):
                mine = [x for x in ms if cloud_of(x) == cloud]
                want = {"nodes": sum(x["nodes"] for x in mine), "edges": sum(x["edges"] for x in mine),
                        "bytes": sum(len(L.merge_body(core, x).encode()) for x in mine), "graphs": len(mine)}
                got = {"nodes": value(m, "resotoworker_nodes_sent_total", cloud=cloud),
                       "edges": value(m, "resotoworker_edges_sent_total", cloud=cloud),
                       "bytes": value(m, "resotoworker_upload_bytes_total", cloud=cloud),
                       "graphs": value(m, "resotoworker_graphs_sent_total", cloud=cloud)}
                check(got == want and want["nodes"] > 0, "%s: sent %s, the core got %s" % (cloud, got, want))
            check(value(m, "resotoworker_children_started_total") == 2 + len(ms),
                  "children started: a discovery per cloud and one per account (%s)"
                  % value(m, "resotoworker_children_started_total"))
            check(value(m, "resotoworker_children_running") == 0, "no child running")
            check(value(m, "resotoworker_children_crashed_total") == 0, "no child crashed")
            check(value(m, "resotoworker_upload_retries_total") == 0, "no upload retried")
            for ws in ("actions", "tasks", "events"):
                check(value(m, "resotoworker_core_websocket_up", websocket=ws) == 1, "%s websocket up" % ws)
                check(value(m, "resotoworker_core_reconnects_total", websocket=ws) == 0, "%s: no reconnect" % ws)
            pid = w.p.pid
            check(value(m, "process_resident_memory_bytes") > 0, "process_resident_memory_bytes")
            fds = len(os.listdir("/proc/%d/fd" % pid))
            check(abs(value(m, "process_open_fds") - fds) <= 1, "process_open_fds %s (%d now, without the scrape's "
                  "connection)" % (value(m, "process_open_fds"), fds))
            start = value(m, "process_start_time_seconds")
            check(start and time.time() - 300 < start <= time.time() + 1, "process_start_time_seconds %s" % start)
            check(value(m, "process_cpu_seconds_total") is not None, "process_cpu_seconds_total")

            st, h = wait_health(base, 200)
            lc = h.get("last_collect") or {}
            check(lc.get("task") == task and lc.get("result") == "done", "/health names the collect: %s" % lc)

            # a cleanup (disabled by default) and a tag task the worker refuses
            act = core.send_action("cleanup")
            core.wait("action_reply", task=act["task"], timeout=30)
            # (the handler's filter names the accounts: the core would not
            # route a task without one, so the devcore is told to ignore it)
            t = core.send_task("tag", data={"update": {"a": "b"}}, attrs={"cloud": "example"}, wait=40,
                               ignore_filter=True)
            check(t["state"] in ("error", "failed"), "tag task without an account: refused (%s)" % t["state"])
            m = metrics(base)
            check(value(m, "resotoworker_cleanup_runs_total", result="disabled") == 1, "one cleanup, disabled")
            st, h = wait_health(base, 200)
            lc = h.get("last_cleanup") or {}
            check(lc.get("task") == act["task"] and lc.get("result") == "disabled",
                  "/health names the cleanup: %s" % lc)
            check(value(m, "resotoworker_tag_tasks_total", result="error") == 1, "one tag task answered: error")

            bad_clients(port, base, pid)

            # the core goes away: 503 naming what is down; back: 200
            core.restart(down=-1)
            # the websockets are seen closed one after the other: wait for A's
            st, h = wait_health(base, 503, failing="actions websocket: not connected")
            check(st == 503 and h.get("healthy") is False, "503 while the core is down: %s %s" % (st, h))
            failing = " | ".join(h.get("failing", []))
            check("actions websocket: not connected" in failing, "names the actions websocket: %s" % failing)
            check(h.get("core", {}).get("reachable") is False, "core not reachable: %s" % h.get("core"))
            core.listen()
            st, h = wait_health(base, 200, timeout=60)
            check(st == 200, "200 again once the core is back: %s" % h)
            m = metrics(base)
            check(value(m, "resotoworker_core_reconnects_total", websocket="actions") >= 1,
                  "the actions reconnect counted")
        finally:
            check(w.stop() == 0, "worker exit status 0")


def bad_clients(port, base, pid):
    got = raw(port, b"THIS IS NOT HTTP\r\n\r\n")
    check(got.startswith(b"HTTP/1.1 400") or got in (b"", b"<RESET>"), "malformed request: 400 or dropped: %r"
          % got[:60])
    got = raw(port, bytes(range(256)) * 4)
    check(b"200 OK" not in got and b"<TIMEOUT>" not in got, "binary junk: refused: %r" % got[:60])
    got = raw(port, b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
    check(b"200 OK" not in got and b"<TIMEOUT>" not in got, "oversized headers: refused: %r" % got[:60])
    st, _, _ = get(base + "/resoto/nope")
    check(st == 404, "unknown path: 404 (%s)" % st)
    st, _, _ = get(base + "/health", method="POST")
    check(st in (405, 501), "POST: refused (%s)" % st)
    st, _, _ = get(base + "/health")
    check(st == 200, "still serving after the bad requests (%s)" % st)

    # a client that trickles its request is dropped at the deadline, and
    # the others are served meanwhile
    import threading
    res = {}

    def slow():
        t0 = time.time()
        res["got"] = raw(port, b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"s" * 100, timeout=DEADLINE + 10,
                         trickle=0.5)
        res["secs"] = time.time() - t0
    th = threading.Thread(target=slow)
    th.start()
    time.sleep(1)
    t0 = time.time()
    st, _, _ = get(base + "/health")
    check(st == 200 and time.time() - t0 < 2, "served at once while a client trickles (%.1f s)" % (time.time() - t0))
    th.join()
    check(res.get("got") in (b"", b"<RESET>") and DEADLINE - 1 <= res.get("secs", 0) <= DEADLINE + 4,
          "the trickling client is dropped at the deadline: %r after %.1f s" % (res.get("got"), res.get("secs", 0)))

    # at most MAX_CONN at once: one more waits until one closes
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(MAX_CONN)]
    time.sleep(0.3)
    extra = socket.create_connection(("127.0.0.1", port))
    extra.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    extra.settimeout(1.5)
    try:
        early = extra.recv(100)
    except (socket.timeout, TimeoutError):
        early = b"<TIMEOUT>"
    check(early == b"<TIMEOUT>", "connection %d waits while %d are open: %r" % (MAX_CONN + 1, MAX_CONN, early))
    idle[0].close()
    extra.settimeout(3)
    try:
        late = extra.recv(100)
    except (socket.timeout, TimeoutError):
        late = b"<TIMEOUT>"
    check(late.startswith(b"HTTP/1.1 200"), "and is served once one closes: %r" % late[:40])
    extra.close()
    for s in idle[1:]:
        s.close()

    # memory: hundreds of requests leave the supervisor's own memory alone
    # (not with the sanitizers: their quarantine keeps freed memory)
    with open(L.WORKER, "rb") as f:
        if b"__asan_init" in f.read():
            return
    for _ in range(20):
        get(base + "/metrics")
    before = rss_anon(pid)
    for _ in range(300):
        get(base + "/metrics")
        get(base + "/health")
    after = rss_anon(pid)
    check(after - before < 1024 * 1024, "RssAnon %d -> %d bytes over 600 requests" % (before, after))


def tls():
    tmp = L.tmpdir("rw-web-tls.")
    certs = L.control.make_tls(os.path.join(tmp, "tls"))
    ctx = ssl.create_default_context(cafile=certs["ca_cert"])
    with L.control.DevCore(psk=L.PSK, tls=certs) as core:
        # a certificate from the core's CA, after one refusal
        core.fault("/ca/sign", status=500, count=1, method="POST")
        port = L.control.free_port()
        base = "https://127.0.0.1:%d" % port
        w = L.Worker(core, SETTINGS + web(port, "/"))
        try:
            end = time.time() + 30
            while "web: serving https" not in w.stderr() and time.time() < end:
                time.sleep(0.2)
            log = w.stderr()
            check("the core refused to sign our certificate (POST /ca/sign): HTTP 500" in log,
                  "the refused /ca/sign is logged")
            check("web: serving https" in log, "serving https after the retry")
            signs = core.log("request", path="/ca/sign")
            check(len(signs) == 2 and signs[-1]["status"] == 200, "POST /ca/sign twice, the second signed: %s"
                  % [e["status"] for e in signs])
            check(signs and signs[-1].get("auth", {}).get("state") == "valid", "/ca/sign carries the PSK token")
            st, h = wait_health(base, 200, ctx=ctx)
            check(st == 200, "https /health verified with the core's CA: %s" % st)
            cert, cn = peer_cert(port, ctx)
            check(cn == "resoto.worker", "certificate CN is the subscriber id: %s" % cn)
            names = [v for _, v in cert.get("subjectAltName", ())]
            check("127.0.0.1" in names and "localhost" in names, "names: %s" % names)
            got = raw(port, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            check(b"HTTP/1.1 200" not in got, "plain http on the https port gets no answer: %r" % got[:40])
            m = metrics(base, ctx)
            check(value(m, "resotoworker_core_websocket_up", websocket="actions") == 1, "metrics over https")
        finally:
            check(w.stop() == 0, "worker exit status 0")

        # --cert/--cert-key: served as given, nothing asked of the core
        core.reset("log")
        port = L.control.free_port()
        w = L.Worker(core, SETTINGS + web(port, "/"), args=["--cert", certs["cert"], "--cert-key", certs["key"]])
        try:
            st, h = wait_health("https://127.0.0.1:%d" % port, 200, ctx=ctx)
            check(st == 200, "https with --cert: %s" % st)
            _, cn = peer_cert(port, ctx)
            check(cn == "localhost", "the --cert certificate is served: %s" % cn)
            check(not core.log("request", path="/ca/sign"), "no /ca/sign with --cert")
        finally:
            check(w.stop() == 0, "worker exit status 0")

        # no_tls: plain http, nothing asked of the core
        core.reset("log")
        port = L.control.free_port()
        w = L.Worker(core, SETTINGS + web(port, "/") + ["resotoworker.no_tls=true"])
        try:
            st, h = wait_health("http://127.0.0.1:%d" % port, 200)
            check(st == 200, "no_tls: plain http: %s" % st)
            check(not core.log("request", path="/ca/sign"), "no /ca/sign with no_tls")
        finally:
            check(w.stop() == 0, "worker exit status 0")


def cpu_s(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def out_of_fds(pid, port, log):
    """accept(2) failing (descriptor limit reached) pauses the listener
    instead of spinning on it; with descriptors back it serves again."""
    import resource
    soft, hard = resource.prlimit(pid, resource.RLIMIT_NOFILE)
    resource.prlimit(pid, resource.RLIMIT_NOFILE, (len(os.listdir("/proc/%d/fd" % pid)) + 1, hard))
    socks = []
    try:
        for _ in range(4):
            socks.append(socket.create_connection(("127.0.0.1", port)))
        t0 = cpu_s(pid)
        time.sleep(2)
        spent = cpu_s(pid) - t0
        log.seek(0)
        lines = [l for l in log.read().splitlines() if "web: cannot accept a connection" in l]
        check(len(lines) == 1, "out of descriptors: one warning, no spinning: %s" % lines)
        check(spent < 0.5, "out of descriptors: %.2f s of CPU in 2 s" % spent)
    finally:
        resource.prlimit(pid, resource.RLIMIT_NOFILE, (soft, hard))
        for s in socks:
            s.close()
    st, _, _ = get("http://127.0.0.1:%d/health" % port)
    check(st == 503, "serving again with descriptors back: %s" % st)


def no_core():
    """A worker whose core does not answer: 503 naming the core."""
    port = L.control.free_port()
    dead = L.control.free_port()
    import subprocess
    log = open(os.path.join(L.tmpdir("rw-web-nocore."), "worker.log"), "w+")
    # the default web_host, ::, serves IPv4 and IPv6
    p = subprocess.Popen([L.WORKER, "--resotocore-uri", "http://127.0.0.1:%d" % dead,
                          "--override", "resotoworker.web_port=%d" % port],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
    try:
        st, h = wait_health("http://127.0.0.1:%d" % port, 503, timeout=10)
        check(st == 503 and "core: not reachable" in h.get("failing", []),
              "no core: 503 naming the core: %s %s" % (st, h))
        check(h.get("core", {}).get("state") == "waiting for the core", "state: %s" % h.get("core"))
        try:
            with socket.socket(socket.AF_INET6) as s6:
                s6.bind(("::1", 0))
            v6 = True
        except OSError:
            v6 = False
        if v6:
            st6, _, _ = get("http://[::1]:%d/health" % port)
            check(st6 == 503, "and over IPv6 (::1): %s" % st6)
        st, _, body = get("http://127.0.0.1:%d/metrics" % port)
        check(st == 200 and 'resotoworker_build_info{version="' in body, "/metrics without a core")
        out_of_fds(p.pid, port, log)
    finally:
        p.terminate()
        rc = p.wait(timeout=30)
        log.seek(0)
        check(rc == 0, "worker without a core exits 0 (%s):\n%s" % (rc, log.read()))
        log.close()


def faults():
    """Children that crash, hang and exit non-zero, an upload refused once:
    a partial run, and each counted."""
    acc = [L.random_account_id(n) for n in range(3)]
    wrapper = L.child_wrapper(L.tmpdir("rw-web-faults."), {acc[0]: "crash", acc[1]: "hang", acc[2]: "exit3"})
    port = L.control.free_port()
    base = "http://127.0.0.1:%d" % port
    with L.control.DevCore(psk=L.PSK) as core:
        w = L.Worker(core, ["resotoworker.collector=random", "random.seed=42", "random.size=0.2",
                            "resotoworker.timeout=3"] + web(port, "/"), env={"RW_TEST_CHILD_EXEC": wrapper})
        try:
            core.fault("/graph/resoto/merge", status=500, count=1, method="POST")
            task, reply = w.collect(timeout=90)
            check(reply["kind"] == "action_done", "collect done: %s" % reply)
            m = metrics(base)
            check(value(m, "resotoworker_collect_runs_total", result="partial") == 1, "the run counted partial")
            check(value(m, "resotoworker_children_crashed_total") == 1, "one child crashed (%s)"
                  % value(m, "resotoworker_children_crashed_total"))
            check(value(m, "resotoworker_children_timed_out_total") == 1, "one child timed out (%s)"
                  % value(m, "resotoworker_children_timed_out_total"))
            check(value(m, "resotoworker_children_failed_total") == 1, "one child exited non-zero (%s)"
                  % value(m, "resotoworker_children_failed_total"))
            check(value(m, "resotoworker_upload_retries_total") == 1, "one upload retried (%s)"
                  % value(m, "resotoworker_upload_retries_total"))
            ms = L.merges(core, task)
            sent = value(m, "resotoworker_nodes_sent_total", cloud="random")
            check(sent == sum(x["nodes"] for x in ms if x.get("valid") and x.get("status") == 204),
                  "nodes sent: those of the accepted merges (%s)" % sent)
            st, h = wait_health(base, 200)
            check((h.get("last_collect") or {}).get("result") == "partial", "/health: the last collect partial: %s"
                  % h.get("last_collect"))
        finally:
            check(w.stop() == 0, "worker exit status 0")


no_core()
plain()
faults()
tls()
L.done()

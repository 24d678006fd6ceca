#!/usr/bin/env python3
"""bench/web.py: the cost of the worker's own endpoints (web.h), README.md.

    bench/web.py [WORKER]      (python3 with aiohttp: it starts bench/sink.py)

Starts the sink (bench/sink.py) and the worker against it with its
endpoints on a free port, then measures:
- the supervisor's RssAnon idle, before any request;
- N scrapes of /metrics on one keep-alive connection, then N requests of
  /health each on a new connection (Connection: close): mean and 99th
  percentile latency, the supervisor's CPU time per request;
- 8 clients (the connection limit) at once, N/8 scrapes each: wall time;
- the supervisor's RssAnon after all that, and its peak (sampled).
Prints figures, asserts nothing.
"""
import http.client
import os
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import Sampler, call, status_kib, worker_env  # noqa: E402

N = 2000


def cpu_s(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))]


def keepalive(port, path, n):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    lat, size = [], 0
    for _ in range(n):
        t0 = time.perf_counter()
        c.request("GET", path)
        r = c.getresponse()
        size = len(r.read())
        lat.append(time.perf_counter() - t0)
    c.close()
    return lat, size


def fresh(port, path, n):
    lat = []
    for _ in range(n):
        t0 = time.perf_counter()
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", path, headers={"Connection": "close"})
        c.getresponse().read()
        c.close()
        lat.append(time.perf_counter() - t0)
    return lat


def main():
    worker = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "build", "normal", "src",
                                                                 "resotoworker")
    out = os.path.join(HERE, "out")
    os.makedirs(out, exist_ok=True)
    pf = os.path.join(out, "sink-web.port")
    if os.path.exists(pf):
        os.unlink(pf)
    sink = subprocess.Popen([sys.executable, os.path.join(HERE, "sink.py"), "--port-file", pf],
                            stdout=subprocess.DEVNULL)
    p = None
    try:
        while not os.path.exists(pf):
            time.sleep(0.01)
        port = int(open(pf).read())
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            wport = s.getsockname()[1]
        t0 = time.time()
        p = subprocess.Popen([worker, "--resotocore-uri", "http://127.0.0.1:%d" % port, "--quiet",
                              "--override", "resotoworker.collector=random",
                              "--override", "resotoworker.web_host=127.0.0.1",
                              "--override", "resotoworker.web_port=%d" % wport],
                             env=worker_env(), stdin=subprocess.DEVNULL)
        while not (call(port, "GET", "/_bench/state")["connected_at"] or 0) >= t0:
            time.sleep(0.01)
        time.sleep(0.5)
        idle = status_kib(p.pid, "RssAnon")
        sampler = Sampler(p.pid)
        sampler.start()

        c0 = cpu_s(p.pid)
        lat, size = keepalive(wport, "/metrics", N)
        c1 = cpu_s(p.pid)
        print("/metrics, one keep-alive connection: %d scrapes of %d bytes, mean %.3f ms, p99 %.3f ms, "
              "supervisor CPU %.1f us per scrape" % (N, size, 1e3 * sum(lat) / N, 1e3 * pct(lat, 0.99),
                                                    1e6 * (c1 - c0) / N))
        lat = fresh(wport, "/health", N)
        c2 = cpu_s(p.pid)
        print("/health, a new connection each: %d requests, mean %.3f ms, p99 %.3f ms, "
              "supervisor CPU %.1f us per request" % (N, 1e3 * sum(lat) / N, 1e3 * pct(lat, 0.99),
                                                     1e6 * (c2 - c1) / N))
        t = time.perf_counter()
        th = [threading.Thread(target=keepalive, args=(wport, "/metrics", N // 8)) for _ in range(8)]
        for x in th:
            x.start()
        for x in th:
            x.join()
        wall = time.perf_counter() - t
        print("/metrics, 8 clients at once: %d scrapes in %.2f s (%.0f per s)" % (N, wall, N / wall))
        sampler.stop = True
        sampler.join()
        print("supervisor RssAnon: idle %d KiB, after %d requests %d KiB, peak %d KiB"
              % (idle, 3 * N, status_kib(p.pid, "RssAnon"), sampler.anon))
    finally:
        if p is not None:
            p.terminate()
            p.wait()
        sink.terminate()
        sink.wait()


if __name__ == "__main__":
    main()

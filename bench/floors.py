"""bench/floors: what the collector benches share (aws.py: one big AWS
account, issue 10; aws_accounts.py: an organisation of accounts, issue 13;
gcp.py: an organisation of projects, issue 16): the RssAnon of the worker
(the supervisor) and of its children, sampled every 10 ms, and the three
floors a collect's wall time is held against, with the closing ratios.

- The issue's bound: each account's requests x delay / the calls it had in
  flight at most (its collector's own count, "at most N in flight" in its
  log line), summed over the accounts, / the accounts collected at once
  (pool_size, or fewer accounts).
- The page-chain floor: the rounds of the delay the collect cannot do in
  fewer, at the configured parallelism. The discovery's chain, then each
  account's rounds: at least its longest chain of requests that need each
  other's answers (the bench says which: pages of one listing, a listing
  then its items' calls), and no fewer than its requests / the calls in
  flight it may have (resource_pool_size; the HTTP layer's 64 for GCP),
  nor than the requests of any one key (service and region) / that key's
  bound (the per-service bounds). Accounts run pool_size at a time: the
  accounts' rounds take at least the largest account's and their sum /
  pool_size. The floor is (discovery + accounts' rounds) x delay.
- The CPU floor: the median wall time of the same collect with no delay
  (the worker's and the fake's own work on this machine).

Each closing ratio is the median wall time at the delay over one floor,
and over the larger of the page-chain and CPU floors.
"""
import math
import os
import re
import statistics
import threading
import time


def rss_anon(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def descendants(pid):
    """Every process below pid (children, their children: a collector
    child, its sandbox helper)."""
    kids = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open("/proc/%s/stat" % d) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        for k in kids.get(todo.pop(), []):
            out.append(k)
            todo.append(k)
    return out


def cpu_of(pid):
    """user + system seconds of a process so far"""
    try:
        with open("/proc/%d/stat" % pid) as f:
            st = f.read().rsplit(")", 1)[1].split()
        return (int(st[11]) + int(st[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


class Sampler(threading.Thread):
    """Every 10 ms: the peak RssAnon (KiB) of the worker (sup) and of any
    process below it (child), and the most of those alive at once."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.sup, self.child, self.most, self.stop = pid, 0, 0, 0, False

    def run(self):
        while not self.stop:
            self.sup = max(self.sup, rss_anon(self.pid) or 0)
            kids = descendants(self.pid)
            self.most = max(self.most, len(kids))
            for c in kids:
                self.child = max(self.child, rss_anon(c) or 0)
            time.sleep(0.01)

    def end(self):
        self.stop = True
        self.join()


def drain(out):
    """The resources (node lines) of the bodies a --collect-to wrote in
    out; removes out."""
    nodes = 0
    for name in os.listdir(out):
        if name.endswith(".ndjson"):
            with open(os.path.join(out, name)) as f:
                nodes += sum(1 for line in f if '"reported"' in line)
        os.unlink(os.path.join(out, name))
    os.rmdir(out)
    return nodes


def collector_stats(err):
    """{account: (requests, most in flight)} from the children's closing
    log lines ("aws ID: ..." / "gcp ID: ..., N requests ..., at most K in
    flight")."""
    out = {}
    for m in re.finditer(r"(?:aws|gcp) (\S+): \d+ calls, (\d+) requests .*?at most (\d+) in flight", err):
        out[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    return out


def issue_bound(stats, delay_ms, pool):
    """The issue's bound in seconds (module comment)."""
    total = sum(n * delay_ms / 1000.0 / max(k, 1) for n, k in stats.values())
    return total / max(min(pool, len(stats)), 1)


def account_rounds(depth, requests, inflight, keys, limit):
    """The fewest rounds of the delay one account's requests take: its
    longest chain (depth), its requests over the calls it may have in
    flight, each key's requests ({key: n}) over that key's bound
    (limit(key))."""
    r = max(depth, math.ceil(requests / max(inflight, 1)))
    for k, n in keys.items():
        r = max(r, math.ceil(n / max(limit(k), 1)))
    return r


def chain_floor(discovery, rounds, pool, delay_ms):
    """The page-chain floor in seconds: the discovery's rounds, then the
    accounts' (a list of account_rounds) pool at a time."""
    acc = max(max(rounds, default=0), sum(rounds) / max(pool, 1))
    return (discovery + acc) * delay_ms / 1000.0


def series(start_fake, once, delay_ms, runs, show):
    """The collect at delay 0 (the CPU floor), then at delay_ms, runs times
    each after one unrecorded run (the fake builds its estate lazily):
    start_fake(delay) is the fake's context manager, once(fake, delay) one
    collect's dict (wall, rc, err, ...), show(dict, label, cpu0) prints
    its row. Returns (the delay-0 walls, the dicts at delay_ms)."""
    zero, done = [], []
    for delay in (0, delay_ms):
        with start_fake(delay) as fake:
            once(fake, delay)
            for i in range(runs):
                r = once(fake, delay)
                if r["rc"]:
                    print("run %d at %g ms failed (exit %d):\n%s" % (i, delay, r["rc"], r["err"][-3000:]))
                    continue
                (zero if delay == 0 else done).append(r if delay else r["wall"])
                show(r, "%gms/%d" % (delay, i), statistics.median(zero) if zero else 0.0)
    return zero, done


def closing(delay_ms, zero, done):
    """Prints the medians and the closing ratios (module comment); the
    dicts need wall, bound, path, requests, child_kb, sup_kb."""
    if not zero or not done:
        print("no closing ratios: a series has no successful run")
        return
    med = lambda k: statistics.median(r[k] for r in done)  # noqa: E731
    wall, cpu0 = med("wall"), statistics.median(zero)
    bound, path = med("bound"), med("path")
    print("at %g ms, median of %d runs: wall %.2f s, %.0f requests/s; %.2fx the issue's bound (%.3f s), "
          "%.2fx the page-chain floor (%.2f s), %.2fx the CPU floor (%.2f s, median of %d runs at 0 ms), "
          "%.2fx the larger floor; peak RssAnon: children %.1f MiB, supervisor %.1f MiB" % (
              delay_ms, len(done), wall, med("requests") / wall, wall / bound if bound else float("nan"), bound,
              wall / path if path else float("nan"), path, wall / cpu0 if cpu0 else float("nan"), cpu0, len(zero),
              wall / max(path, cpu0) if max(path, cpu0) else float("nan"), med("child_kb") / 1024.0,
              med("sup_kb") / 1024.0))

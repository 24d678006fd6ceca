#!/usr/bin/env python3
"""collect_fdlimit: a collect under a low descriptor limit (issue 9, item 6).

- soft and hard limit 20, eleven accounts (example and random seed 7):
  the pools shrink to what the limit allows (said in the log), every
  account is delivered, exit status 0, no account lost to "Too many open
  files" or a child that exits with status 126;
- the same with pool_size 20 and limit 24;
- soft limit 20 under a hard limit of 4096: raised at start (debug log),
  the pools keep their size;
- a child that cannot be started reports the reason (its exec failed),
  not only its exit status 126.
"""
import os
import re
import resource

import collect_lib as L
from collect_lib import check

ACCOUNTS = ["resotoworker.collector=example,random", "random.seed=7"]


def limit(soft, hard):
    def set_limit():
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    return set_limit


def accounts(out):
    return sorted(f for f in os.listdir(out) if f.endswith(".ndjson"))


# the reference: no limit worth mentioning
ref = L.tmpdir("rw-fdlimit-")
rc, err = L.collect_to(ref, ACCOUNTS)
check(rc == 0 and len(accounts(ref)) == 11, "eleven accounts without a limit: %d %s" % (rc, accounts(ref)))

for soft, extra in ((20, []), (24, ["resotoworker.pool_size=20", "resotoworker.graph_sender_pool_size=20"])):
    out = L.tmpdir("rw-fdlimit-")
    rc, err = L.collect_to(out, ACCOUNTS + extra, preexec_fn=limit(soft, soft))
    check(rc == 0, "limit %d: exit status 0, got %d" % (soft, rc))
    check(accounts(out) == accounts(ref), "limit %d: every account delivered: %s" % (soft, accounts(out)))
    check(re.search(r"WARN .*descriptor limit %d \(\d+ open\): running \d+ collector process(es)? and \d+ "
                    r"graph uploads? at once \(configured: pool_size \d+" % soft, err),
          "limit %d: the log says how the pools were sized" % soft)
    check("Too many open files" not in err and "status 126" not in err,
          "limit %d: no account lost for want of descriptors" % soft)
    for f in accounts(out):
        check(len(L.read(os.path.join(out, f)).splitlines()) == len(L.read(os.path.join(ref, f)).splitlines()),
              "limit %d: %s is whole" % (soft, f))

# a soft limit below the hard one is raised: no sizing needed
out = L.tmpdir("rw-fdlimit-")
rc, err = L.collect_to(out, ACCOUNTS, args=["-v"], preexec_fn=limit(20, 4096))
check(rc == 0 and accounts(out) == accounts(ref), "soft 20, hard 4096: %d %s" % (rc, accounts(out)))
check("descriptor limit raised from 20 to the hard limit 4096" in err, "the raise is logged")
check("graph uploads at once" not in err, "the pools keep their size")
# a child that fails before its exec says why (a FAILED frame from the
# forked child), not just "exited with status 126"
out = L.tmpdir("rw-fdlimit-")
rc, err = L.collect_to(out, ["resotoworker.collector=example"], env={"RW_TEST_CHILD_EXEC": "/nonexistent/child"})
check("[example] account discovery failed: cannot start the collector: /nonexistent/child: "
      "No such file or directory" in err, "the reason of a failed start is reported")
check("collector could not be started (exit status 126)" in err, "the exit status is named for what it means")
L.done()

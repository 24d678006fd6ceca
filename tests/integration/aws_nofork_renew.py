#!/usr/bin/env python3
"""aws_nofork_renew: an assumed role's session renewed in --no-fork mode.

The fake STS gives sessions of 5 s and every call waits 800 ms, so the
account's collector (run inside the supervisor) asks for fresh
credentials (RENEW) in the middle of its collect. Without collector
processes there is no helper to assume the role again: the supervisor
does it itself with the same collector code, while the account's
collector waits, and answers with CREDENTIALS. Checked: the graph is
the reference's, the role was assumed again (with the management keys,
never seen by the account's collector's calls), the collector said it
renewed, and no call went out with an expired session.
"""
import json
import os
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
import expect  # noqa: E402
from awsctl import FakeAws, load_fixture  # noqa: E402

REGIONS = ["us-east-1"]
MGMT, WORK = "111111111111", "222222222222"
SETTINGS = ["resotoworker.collector=aws", "aws.region=" + ",".join(REGIONS), "aws.role=resoto",
            "aws.account=" + WORK]

with FakeAws("basic.json") as aws:
    fx = load_fixture("basic.json")
    aws.config(delay_ms=800, assume_role_lifetime=5)
    out = L.tmpdir("rw-aws-nofork-renew-")
    env = aws.env(MGMT)
    rc, err = L.collect_to(out, SETTINGS, env=env, args=["--no-fork"], timeout=300)
    check(rc == 0, "exit status 0, got %d" % rc)
    check("collectors run inside the supervisor" in err, "--no-fork is in effect")
    check("[aws:" in err and "renewing the account's credentials" in err,
          "the supervisor renewed the account's credentials")
    check("aws %s: credentials renewed" % WORK in err, "the account's collector took them")
    check("cannot be renewed" not in err, "no renewal refused")
    path = os.path.join(out, "aws-%s.ndjson" % WORK)
    if check(os.path.exists(path), "a body for %s: %s" % (WORK, os.listdir(out))):
        with open(path) as f:
            got = [json.loads(x) for x in f if x.strip()]
        want = expect.expected_graph(fx, {WORK: "resoto"}, regions=REGIONS, org_names=True)
        problems = expect.compare(want, got)
        check(problems == [], "the reference's graph: %s" % problems[:10])
    log = aws.log()
    assumed = [c for c in log if c.get("action") == "AssumeRole"]
    check(len(assumed) >= 2 and all(c.get("account") == MGMT and c.get("status") == 200 for c in assumed),
          "the role assumed again with the management account's keys: %s" %
          [(c.get("account"), c.get("status")) for c in assumed])
    work = [c for c in log if c.get("account") == WORK]
    check(work and all(c.get("key", "").startswith("ASIA") for c in work),
          "the account reached with temporary keys only")
    check(len({c.get("key") for c in work}) >= 2, "more than one session's keys used: %d" %
          len({c.get("key") for c in work}))
    check(not [c for c in log if c.get("error") in ("ExpiredToken", "RequestExpired")],
          "no call with expired credentials: %s" %
          [(c.get("action"), c.get("error")) for c in log if c.get("status") != 200][:5])

L.done()

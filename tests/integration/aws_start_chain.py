#!/usr/bin/env python3
"""aws_start_chain: the calls that start a collect of an organisation go
out together, not one account after the other. Against the fake AWS
answering every call after a fixed delay D, with scrape_org over seven
members (one whose role refuses the management account, three without an
alias, so named by the organisation):

- every AssumeRole of the members arrives within one delay of the first
  (they were one after the other: n - 1 delays apart);
- every ListAccountAliases (the members' and the management account's
  own) within one delay, and every fallback DescribeAccount within one;
- the first account child's first call (GetAccountSummary) comes at most
  six delays after GetCallerIdentity (the chain GetCallerIdentity,
  ListAccounts, AssumeRole, ListAccountAliases, DescribeAccount), not
  after two or three per account;
- an account child's listings (the section names the region) go out with
  its GetAccountSummary and GetAccountPasswordPolicy, not one delay after
  them (the account node is written when those are in; its id is known
  before);
- the output is unchanged: a body per account with its alias or its
  organisation name, the refused member reported.
"""
import copy
import json
import os
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
from awsctl import FakeAws, load_fixture  # noqa: E402

MGMT, WORK, SANDBOX = "111111111111", "222222222222", "333333333333"
DELAY = 0.25
CLONES = ["444444444444", "555555555555", "666666666666", "777777777777"]

fx = load_fixture("basic.json")
fx["organization"]["page_size"] = 20
for i, aid in enumerate(CLONES):
    a = copy.deepcopy(fx["accounts"][WORK])
    a["name"] = "Clone %d" % i
    a["aliases"] = ["clone-%d" % i] if i % 2 == 0 else []
    fx["accounts"][aid] = a
    fx["organization"]["accounts"].append(aid)
members = [a for a in fx["organization"]["accounts"] if a != MGMT]


def span(entries):
    t = [e["time"] for e in entries]
    return max(t) - min(t) if t else 0.0


with FakeAws(fx, delay_ms=DELAY * 1000) as aws:
    out = L.tmpdir("rw-aws-chain-")
    e = aws.env(MGMT)
    rc, err = L.collect_to(out, ["resotoworker.collector=aws", "aws.region=us-east-1", "aws.role=resoto",
                                 "aws.scrape_org=true", "resotoworker.pool_size=8"], env=e, timeout=120)
    check(rc == 0, "exit status 0, got %d: %s" % (rc, err[-2000:]))
    log = aws.log()
    assumes = [c for c in log if c["action"] == "AssumeRole"]
    check(len(assumes) == len(members), "one AssumeRole per member: %s" % [(c["account"], c["status"]) for c in assumes])
    check(span(assumes) < DELAY, "the members' AssumeRoles at once: %.2f s from the first to the last "
          "(%d calls, delay %.2f s)" % (span(assumes), len(assumes), DELAY))
    aliases = [c for c in log if c["action"] == "ListAccountAliases"]
    check(len(aliases) == len(members), "ListAccountAliases for the %d assumed members and the "
          "management account: %d" % (len(members) - 1, len(aliases)))
    check(span(aliases) < DELAY, "the ListAccountAliases at once: %.2f s apart" % span(aliases))
    orgs = [c for c in log if c["action"] == "DescribeAccount"]
    check(len(orgs) == 3, "DescribeAccount only for the three members without an alias: %d" % len(orgs))
    check(span(orgs) < DELAY, "the DescribeAccounts at once: %.2f s apart" % span(orgs))
    gci = min(c["time"] for c in log if c["action"] == "GetCallerIdentity")
    first = min(c["time"] for c in log if c["action"] == "GetAccountSummary")
    check(first - gci < 6 * DELAY, "the first account's collect starts %.2f s (%.1f delays) after "
          "GetCallerIdentity; at most 6" % (first - gci, (first - gci) / DELAY))
    for aid in [MGMT, WORK] + CLONES:
        mine = [c for c in log if c["account"] == aid]
        summary = [c["time"] for c in mine if c["action"] == "GetAccountSummary"]
        listing = [c["time"] for c in mine if c["service"] == "ec2"]
        if check(summary and listing, "%s: GetAccountSummary and EC2 listings" % aid):
            check(min(listing) - summary[0] < DELAY / 2, "%s: the listings begin with the account's first "
                  "calls: %.2f s after GetAccountSummary (delay %.2f s)" % (aid, min(listing) - summary[0], DELAY))
    names = {}
    for f in [f for f in os.listdir(out) if f.endswith(".ndjson")]:
        with open(os.path.join(out, f)) as fh:
            for line in fh:
                if not line.strip():
                    continue
                js = json.loads(line)
                r = js.get("reported", {})
                if r.get("kind") == "aws_account":
                    names[r["id"]] = r["name"]
    want = {MGMT: "fake-mgmt", WORK: "Workload", CLONES[0]: "clone-0", CLONES[1]: "Clone 1",
            CLONES[2]: "clone-2", CLONES[3]: "Clone 3"}
    check(names == want, "each account named by its alias, else by the organisation: %s" % names)
    check("333333333333" in err and "cannot assume role resoto" in err,
          "the refused member is reported: %s" % err[-1500:])
L.done()

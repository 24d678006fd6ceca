#!/usr/bin/env python3
"""collect_aws_pool: the `aws` section's account_pool_size and role_override
against the fake AWS (tests/fakeaws):

- account_pool_size 1: the accounts of a scrape_org collect (one child
  each) run one after the other: the account children's calls to the fake
  (its answers delayed) never overlap in time; with 2 they do, and every
  account is delivered either way;
- role_override: a tag task on a node of the credentials' own account is
  made with the keys themselves (no AssumeRole) by default, and through
  the section's role assumed in that account with role_override; a node
  whose account names the role it was collected with
  (ancestors.account.reported.role) is tagged through that role, unless
  role_override puts the section's in its place.
"""
import os
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
from awsctl import FakeAws  # noqa: E402
from childlink import Child, ACCOUNT, TAG_UPDATE  # noqa: E402

MGMT, WORK = "111111111111", "222222222222"
REGION = "us-east-1"
ORG = ["resotoworker.collector=aws", "aws.region=" + REGION, "aws.role=resoto", "aws.scrape_org=true",
       "aws.collect=aws_ec2_*,aws_vpc"]


def spans(aws):
    """account -> (first, last) time of the account child's EC2 resource calls."""
    out = {}
    for c in aws.log():
        if c.get("service") != "ec2" or c.get("action") == "DescribeRegions" or c.get("status") != 200:
            continue
        a = c["account"]
        lo, hi = out.get(a, (c["time"], c["time"]))
        out[a] = (min(lo, c["time"]), max(hi, c["time"]))
    return out


def overlap(s):
    v = sorted(s.values())
    return any(v[i + 1][0] < v[i][1] for i in range(len(v) - 1))


with FakeAws("basic.json", delay_ms=40) as aws:
    for size, together in ((1, False), (2, True)):
        aws.clear_log()
        out = L.tmpdir("rw-awspool-")
        rc, err = L.collect_to(out, ORG + ["aws.account_pool_size=%d" % size, "resotoworker.pool_size=4"],
                               env=aws.env(MGMT))
        check(rc == 0, "account_pool_size %d: exit 0, got %d" % (size, rc))
        bodies = sorted(f for f in os.listdir(out) if f.endswith(".ndjson"))
        check(bodies == ["aws-%s.ndjson" % MGMT, "aws-%s.ndjson" % WORK],
              "account_pool_size %d: both accounts delivered: %s" % (size, bodies))
        s = spans(aws)
        check(len(s) == 2 and overlap(s) == together, "account_pool_size %d: the accounts' calls %s: %s" % (
            size, "overlap" if together else "do not overlap", s))

    # role_override: which credentials a tag task uses in the keys' own account
    vol = aws.resources(MGMT, REGION, "Volumes")[0]["VolumeId"]
    own = aws.keys(MGMT)[0]["id"]

    def tag(config, account_reported):
        aws.clear_log()
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
        c = Child(env)
        try:
            c.send(ACCOUNT, {"cloud": "aws", "accounts": [{"id": MGMT}], "config": dict(config, region=[REGION]),
                             "env": aws.env(MGMT), "worker": {}})
            node = {"id": "n-" + vol, "reported": {"id": vol, "name": vol, "kind": "aws_ec2_volume", "tags": {}},
                    "metadata": {"python_type": "x", "cleaned": False, "protected": False},
                    "ancestors": {"cloud": {"reported": {"id": "aws"}}, "account": {"reported": account_reported},
                                  "region": {"reported": {"id": REGION}}}}
            r = c.result(TAG_UPDATE, {"node": node, "key": "k", "value": "v"})
        finally:
            c.stop()
        created = aws.calls(action="CreateTags", status=200)
        assumed = [x["params"]["RoleArn"] for x in aws.calls(action="AssumeRole", status=200)]
        return r, created[0]["key"] if created else None, assumed

    r, key, assumed = tag({"role": "resoto"}, {"id": MGMT})
    check(r["ok"] and key == own and assumed == [], "own account: tagged with the keys themselves: %s %s %s" % (
        r, key, assumed))
    r, key, assumed = tag({"role": "resoto", "role_override": True}, {"id": MGMT})
    check(r["ok"] and key and key.startswith("ASIA") and assumed == ["arn:aws:iam::%s:role/resoto" % MGMT],
          "role_override: the section's role assumed in the own account too: %s %s %s" % (r, key, assumed))
    r, key, assumed = tag({"role": "other"}, {"id": MGMT, "role": "resoto"})
    check(r["ok"] and key.startswith("ASIA") and assumed == ["arn:aws:iam::%s:role/resoto" % MGMT],
          "the role the account was collected with is used: %s %s %s" % (r, key, assumed))
    r, key, assumed = tag({"role": "other", "role_override": True}, {"id": MGMT, "role": "resoto"})
    check(not r["ok"] and assumed == [] and "other" in r["error"] and "AccessDenied" in r["error"],
          "role_override: the section's role replaces the stored one (refused here): %s %s" % (r, assumed))
L.done()

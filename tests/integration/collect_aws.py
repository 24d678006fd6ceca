#!/usr/bin/env python3
"""collect_aws: the AWS collector against the fake AWS (tests/fakeaws).

- scrape_org with role "resoto", credentials from the environment
  (account 111111111111's keys), regions us-east-1 and eu-central-1: the
  organisation's accounts are found; 111111111111 is collected with its
  own keys, 222222222222 by the assumed role (its calls carry temporary
  keys only), 333333333333 (whose role does not trust us) is reported with
  its account and AWS's error code and left out; each account's body is
  the graph the reference makes of the fixture (tests/fakeaws/expect.py);
- the config file's profile (AWS_PROFILE) with its keys and its
  endpoint_url;
- no profiles named: every profile of the shared credentials file;
  assume_current without do_not_scrape_current is refused;
- no keys in the section, the environment or the shared files: the
  instance metadata service (IMDSv2) gives the instance role's credentials;
- scrape_org_role_arn: the organisation listed with that role;
- collect / no_collect kind globs: only those kinds, only their calls;
- profiles from a shared credentials file: a wrong secret is refused and
  reported for that profile only, the other profile's account (by its
  own keys, section-less) is collected;
- throttling and 5xx storms on every EC2 call: the collect finishes with
  the same graph; a malformed answer is reported with account, region,
  service and operation and the rest is collected;
- the core oracle (the real core's code, where it is set up) accepts the
  model and each body; an endless NextToken is
  reported, not followed forever; a call that never answers is given up
  before the worker's deadline and the rest is delivered;
- an assumed role's session that ends during the collect is renewed
  through the supervisor (RENEW, a helper child's ASSUME, CREDENTIALS);
- the same collect against the development core: two merges, accepted by
  its model and merge checks, the refused role as an action_info error.
"""
import json
import os
import sys
import time

import collect_lib as L
import coretest
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
import expect  # noqa: E402
from awsctl import FakeAws, load_fixture  # noqa: E402

REGIONS = ["us-east-1", "eu-central-1"]
MGMT, WORK, SANDBOX = "111111111111", "222222222222", "333333333333"
BASE = ["resotoworker.collector=aws", "aws.region=" + ",".join(REGIONS)]
ORG = BASE + ["aws.role=resoto", "aws.scrape_org=true"]


def body(path):
    with open(path) as f:
        return [json.loads(x) for x in f if x.strip()]


def same_graph(fx, outdir, account, role, org_names, what, profile=None):
    path = os.path.join(outdir, "aws-%s.ndjson" % account)
    if not os.path.exists(path):
        check(False, "%s: no body for %s" % (what, account))
        return
    want = expect.expected_graph(fx, {account: role}, regions=REGIONS, org_names=org_names)
    for line in want:
        # the reference's AwsAccount(profile=...) for accounts of a profile
        if profile and line.get("reported", {}).get("kind") == "aws_account":
            line["reported"]["profile"] = profile
    problems = expect.compare(want, body(path))
    check(problems == [], "%s: %s is the reference's graph: %s" % (what, account, problems[:10]))


def collect(aws, out, overrides, env, timeout=120, args=()):
    e = aws.env()
    e.update(env)
    return L.collect_to(out, overrides, env=e, timeout=timeout, args=args)


with FakeAws("basic.json") as aws:
    fx = load_fixture("basic.json")
    sandbox = aws.keys(SANDBOX)[0]
    mgmt = aws.keys(MGMT)[0]

    # scrape_org: own keys, an assumed role, a role refused
    out = L.tmpdir("rw-aws-org-")
    rc, err = collect(aws, out, ORG, aws.env(MGMT), args=["--verbose"])
    check(rc == 0, "scrape_org: exit status 0, got %d" % rc)
    temp = [c["secret"] for c in aws.call("GET", "credentials")["temporary"]] + \
        [c["token"] for c in aws.call("GET", "credentials")["temporary"]]
    check(temp and all(x not in err for x in temp) and mgmt["secret"] not in err,
          "no secret in the log, even at debug level (%d temporary)" % len(temp))
    check(sorted(os.listdir(out)) == ["aws-%s.ndjson" % MGMT, "aws-%s.ndjson" % WORK, "model.json"],
          "scrape_org: a body per account: %s" % os.listdir(out))
    same_graph(fx, out, MGMT, None, True, "scrape_org")
    same_graph(fx, out, WORK, "resoto", True, "scrape_org")
    check("account %s: cannot assume role resoto: AccessDenied" % SANDBOX in err,
          "the refused role is reported with account and error code")
    # the core oracle (the real core's code), where it is set up
    model = os.path.join(out, "model.json")
    r = coretest.oracle("model", [model])
    if r is None:
        print("note: core oracle not set up here; its checks are skipped")
    else:
        check(r[0] == 0, "core oracle accepts the model: %s" % r[1].strip().splitlines()[-1])
        for acc in (MGMT, WORK):
            r = coretest.oracle("merge", [model, os.path.join(out, "aws-%s.ndjson" % acc)])
            check(r[0] == 0, "core oracle accepts %s's body: %s" % (acc, r[1].strip().splitlines()[-1]))
    calls = aws.log()
    work = [c for c in calls if c.get("account") == WORK]
    check(work and all(c.get("key", "").startswith("ASIA") for c in work),
          "222222222222 is reached with temporary keys only")
    check(any(c.get("action") == "ListAccounts" for c in calls), "organizations:ListAccounts called")
    check(any(c.get("action") == "AssumeRole" and c.get("account") == MGMT for c in calls),
          "sts:AssumeRole with the management account's keys")
    regions = {c.get("region") for c in calls if c.get("service") == "ec2"}
    check(set(REGIONS) <= regions, "both regions listed: %s" % regions)

    # the organisation listed through scrape_org_role_arn
    since = aws.log()[-1]["seq"]
    out = L.tmpdir("rw-aws-orgarn-")
    rc, err = collect(aws, out, ORG + ["aws.scrape_org_role_arn=arn:aws:iam::%s:role/resoto" % MGMT],
                      aws.env(MGMT))
    lists = [c for c in aws.log(since) if c.get("action") == "ListAccounts"]
    check(lists and all(c.get("key", "").startswith("ASIA") for c in lists),
          "scrape_org_role_arn: ListAccounts with the assumed role's keys")
    check(sorted(os.listdir(out)) == ["aws-%s.ndjson" % MGMT, "aws-%s.ndjson" % WORK, "model.json"],
          "scrape_org_role_arn: the same accounts")

    # collect / no_collect kind globs (no_collect wins)
    since = aws.log()[-1]["seq"]
    out = L.tmpdir("rw-aws-globs-")
    rc, err = collect(aws, out, BASE + ["aws.collect=aws_ec2_instance*,aws_vpc,aws_ec2_snapshot",
                                        "aws.no_collect=aws_ec2_snap*"], aws.env(MGMT))
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    kinds = {x["reported"]["kind"] for x in got if "reported" in x}
    check(kinds == {"graph_root", "cloud", "aws_account", "aws_region", "aws_ec2_instance",
                    "aws_ec2_instance_type", "aws_vpc"}, "globs: only the kinds asked for: %s" % kinds)
    ops = {c.get("action") for c in aws.log(since) if c.get("service") == "ec2"}
    check(ops == {"DescribeInstances", "DescribeInstanceTypes", "DescribeVpcs"},
          "globs: only their calls: %s" % ops)

    # profiles: one with a wrong secret
    tmp = L.tmpdir("rw-aws-prof-")
    creds = os.path.join(tmp, "credentials")
    with open(creds, "w") as f:
        f.write("[good]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n"
                "[bad]\naws_access_key_id = %s\naws_secret_access_key = %s\n"
                % (sandbox["id"], sandbox["secret"], mgmt["id"], "not-" + mgmt["secret"]))
    os.chmod(creds, 0o600)
    out = L.tmpdir("rw-aws-prof-out-")
    rc, err = collect(aws, out, BASE + ["aws.profiles=good,bad"], {"AWS_SHARED_CREDENTIALS_FILE": creds})
    check(sorted(os.listdir(out)) == ["aws-%s.ndjson" % SANDBOX, "model.json"],
          "profiles: only the good profile's account: %s" % os.listdir(out))
    same_graph(fx, out, SANDBOX, None, False, "profiles", profile="good")
    check("profile bad" in err and "SignatureDoesNotMatch" in err,
          "the wrong secret is reported for its profile")
    check("profile good" not in err, "nothing reported for the good profile")

    # the config file's profile: its keys and its endpoint_url (no
    # AWS_ENDPOINT_URL in the environment)
    tmp = L.tmpdir("rw-aws-cfg-")
    cfgfile = os.path.join(tmp, "config")
    with open(cfgfile, "w") as f:
        f.write("[profile sandbox]\naws_access_key_id = %s\naws_secret_access_key = %s\n"
                "endpoint_url = %s\n" % (sandbox["id"], sandbox["secret"], aws.url))
    os.chmod(cfgfile, 0o600)
    out = L.tmpdir("rw-aws-cfg-out-")
    e = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    e.update({"AWS_CONFIG_FILE": cfgfile, "AWS_SHARED_CREDENTIALS_FILE": os.path.join(tmp, "none"),
              "AWS_PROFILE": "sandbox"})
    rc, err = L.collect_to(out, BASE, env=e)
    check(sorted(os.listdir(out)) == ["aws-%s.ndjson" % SANDBOX, "model.json"],
          "config file: the profile's account at the profile's endpoint: %s" % os.listdir(out))
    check("aws fake-sandbox (%s)" % SANDBOX in err, "config file: the name from the alias at that endpoint")

    # no keys anywhere: the instance metadata service (IMDSv2: a token
    # first), which basic.json runs as 333333333333 with role resoto
    out = L.tmpdir("rw-aws-imds-")
    since = aws.log()[-1]["seq"]
    rc, err = collect(aws, out, BASE, {"AWS_EC2_METADATA_SERVICE_ENDPOINT": aws.url,
                                       "AWS_SHARED_CREDENTIALS_FILE": os.path.join(out, "none"),
                                       "AWS_CONFIG_FILE": os.path.join(out, "none")})
    check(sorted(os.listdir(out)) == ["aws-%s.ndjson" % SANDBOX, "model.json"],
          "imds: the instance's account: %s" % os.listdir(out))
    same_graph(fx, out, SANDBOX, None, False, "imds")
    imds = [c for c in aws.log(since) if c.get("service") == "imds"]
    check(imds and imds[0].get("method") == "PUT" and all(c.get("status") == 200 for c in imds),
          "imds: a session token first, then the role's credentials: %s" %
          [(c.get("method"), c.get("path"), c.get("status")) for c in imds])

    # no profiles named, no keys in the section: every profile of the
    # shared credentials file that has keys (the reference's rule)
    out = L.tmpdir("rw-aws-prof-auto-")
    rc, err = collect(aws, out, BASE, {"AWS_SHARED_CREDENTIALS_FILE": creds})
    check(sorted(os.listdir(out)) == ["aws-%s.ndjson" % SANDBOX, "model.json"] and "profile bad" in err,
          "profiles of the file: the good one collected, the bad one reported: %s" % os.listdir(out))

    # a configuration the reference refuses
    out = L.tmpdir("rw-aws-refused-")
    rc, err = collect(aws, out, ORG + ["aws.assume_current=true"], aws.env(MGMT))
    check(os.listdir(out) == ["model.json"] and "do_not_scrape_current" in err,
          "assume_current without do_not_scrape_current is refused: %s" % os.listdir(out))

    # throttling and 5xx storms
    aws.call("POST", "faults", [{"kind": "throttle", "service": "ec2", "fraction": 0.5},
                                {"kind": "error", "service": "ec2", "fraction": 0.3},
                                {"kind": "unavailable", "service": "iam", "fraction": 0.3}])
    since = aws.log()[-1]["seq"]
    out = L.tmpdir("rw-aws-storm-")
    rc, err = collect(aws, out, BASE, aws.env(MGMT), timeout=300)
    check(rc == 0, "storms: exit status 0")
    same_graph(fx, out, MGMT, None, False, "storms")
    storm = aws.log(since)
    check(any(c.get("status") == 503 for c in storm) and any(c.get("status") == 500 for c in storm),
          "storms: throttled and failed answers were given")
    aws.call("DELETE", "faults")

    # a malformed answer and an endless token
    aws.call("POST", "faults", [{"kind": "malformed", "service": "ec2", "action": "DescribeVolumes",
                                 "region": "eu-central-1"},
                                {"kind": "token", "mode": "endless", "service": "ec2",
                                 "action": "DescribeSubnets", "region": "us-east-1"}])
    out = L.tmpdir("rw-aws-bad-")
    rc, err = collect(aws, out, BASE, aws.env(MGMT))
    check(rc == 0, "bad answers: exit status 0")
    check("account %s region eu-central-1: ec2 DescribeVolumes" % MGMT in err,
          "the malformed answer is reported with account, region, service and operation")
    check("account %s region us-east-1: ec2 DescribeSubnets" % MGMT in err and
          "the paging does not end" in err, "the endless token is reported")
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    kinds = {(x["reported"]["kind"], x["reported"]["id"]) for x in got if "reported" in x}
    check(any(k == "aws_ec2_volume" for k, _ in kinds), "the other region's volumes are there")
    check(any(k == "aws_ec2_instance" for k, _ in kinds), "the other kinds are there")
    aws.call("DELETE", "faults")

    # an assumed role's session that ends during the collect: the child
    # asks the supervisor (RENEW), a helper with the base keys assumes the
    # role again, the child goes on with the new credentials
    aws.config(delay_ms=800, assume_role_lifetime=5)
    since = aws.log()[-1]["seq"]
    out = L.tmpdir("rw-aws-renew-")
    rc, err = collect(aws, out, BASE + ["aws.role=resoto", "aws.account=" + WORK], aws.env(MGMT), timeout=300)
    aws.config(delay_ms=0, assume_role_lifetime=None)
    same_graph(fx, out, WORK, "resoto", True, "renewal")
    check("credentials renewed" in err, "renewal: the child renewed its credentials")
    log = aws.log(since)
    check(len([c for c in log if c.get("action") == "AssumeRole"]) >= 2, "renewal: the role assumed again")
    check(not [c for c in log if c.get("error") in ("ExpiredToken", "RequestExpired")],
          "renewal: no call with expired credentials: %s" %
          [(c.get("action"), c.get("error")) for c in log if c.get("status") != 200][:5])

    # a call that never ends: the account's calls stop before the
    # supervisor's deadline (resotoworker.timeout), what came is delivered
    aws.call("POST", "faults", [{"kind": "hang", "service": "ec2", "action": "DescribeVolumes",
                                 "region": "eu-central-1"}])
    out = L.tmpdir("rw-aws-hang-")
    t0 = time.monotonic()
    rc, err = collect(aws, out, BASE + ["resotoworker.timeout=25"], aws.env(MGMT))
    took = time.monotonic() - t0
    aws.call("DELETE", "faults")
    check(rc == 0 and took < 25, "hang: the collect ends before the deadline (%.1f s, exit %d)" % (took, rc))
    check("deadline" in err and "DescribeVolumes" in err, "hang: the unfinished call is reported")
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT)) if os.path.exists(
        os.path.join(out, "aws-%s.ndjson" % MGMT)) else []
    check(any(x.get("reported", {}).get("kind") == "aws_ec2_instance" for x in got),
          "hang: what came in is delivered")

    # the development core accepts the bodies
    with L.control.DevCore(psk=L.PSK) as core:
        w = L.Worker(core, ORG, env=aws.env(MGMT))
        try:
            task, reply = w.collect(timeout=120)
            check(reply["kind"] == "action_done", "devcore: action_done: %s" % reply)
            ms = L.merges(core, task)
            check(len(ms) == 2, "devcore: two merges: %d" % len(ms))
            check(all(m.get("valid") for m in ms), "devcore: merges accepted: %s" %
                  [m.get("errors") for m in ms if not m.get("valid")])
            errors = L.infos(core, task, "error")
            check(any(SANDBOX in e and "AccessDenied" in e for e in errors),
                  "devcore: the refused role as action_info error: %s" % errors)
            check(not L.invalid_frames(core), "devcore: every frame valid")
        finally:
            check(w.stop() == 0, "worker exit status 0")
L.done()

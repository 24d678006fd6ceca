#!/usr/bin/env python3
"""collect_aws_tls: AWS_CA_BUNDLE and the `aws` section's ca_bundle against
the fake AWS served over HTTPS with a private CA made here (openssl, as
tests/devcore's make_tls), the collector children inside their sandbox
(every part on, the default: Landlock must let a child read the CA file,
which is nowhere the system keeps CAs):

1. AWS_CA_BUNDLE naming the CA: the account is collected over HTTPS (the
   fake logged the calls), and the child said it applied the sandbox;
2. the same with aws.ca_bundle instead of the variable;
3. no CA file: the system's CAs refuse the fake's certificate; the
   collect delivers nothing and the error names the credentials (no
   account is known before sts:GetCallerIdentity: their access key), the
   service and call, the TLS failure and the CAs it was checked against;
4. a CA file of another CA for EC2 only (AWS_ENDPOINT_URL_EC2 at a second
   fake with its own CA): the account is known, and each EC2 listing's
   error names the account, the region, the service and the call, while
   what the other services list is delivered;
5. a CA file that does not exist: a clear error naming the file.
"""
import json
import os
import re
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "devcore"))
from awsctl import FakeAws  # noqa: E402
from control import make_tls  # noqa: E402

ACC = "111111111111"
BASE = ["resotoworker.collector=aws", "aws.region=us-east-1"]
APPLIED = r"sandbox: dumpable,limits,landlock,seccomp applied"


def kinds(out):
    path = os.path.join(out, "aws-%s.ndjson" % ACC)
    if not os.path.exists(path):
        return {}
    n = {}
    for x in L.lines(L.read(path)):
        k = json.loads(x).get("reported", {}).get("kind")
        if k:
            n[k] = n.get(k, 0) + 1
    return n


# the worker passes its AWS_* variables on: the host's own AWS_CA_BUNDLE
# (some hosts set it to the system's bundle) must not be the test's
os.environ.pop("AWS_CA_BUNDLE", None)
tls = make_tls(L.tmpdir("rw-aws-tls-ca-"))
other = make_tls(L.tmpdir("rw-aws-tls-other-"))
with FakeAws("basic.json", tls=tls) as aws:
    check(aws.url.startswith("https://"), "the fake serves HTTPS: %s" % aws.url)
    key = aws.keys(ACC)[0]["id"]

    # 1, 2: the CA by the variable, then by the section
    for how, env, over in (("AWS_CA_BUNDLE", {"AWS_CA_BUNDLE": tls["ca_cert"]}, []),
                           ("aws.ca_bundle", {}, ["aws.ca_bundle=" + tls["ca_cert"]])):
        since = aws.log()[-1]["seq"] if aws.log() else 0
        out = L.tmpdir("rw-aws-tls-")
        e = aws.env(ACC)
        e.update(env)
        rc, err = L.collect_to(out, BASE + over, env=e, args=["--verbose"])
        got = kinds(out)
        check(rc == 0, "%s: exit 0, got %d" % (how, rc))
        check(got.get("aws_account") == 1 and got.get("aws_ec2_instance", 0) > 0 and
              got.get("aws_vpc", 0) > 0, "%s: the account, its instances and VPCs: %s" % (how, got))
        calls = [c for c in aws.log(since) if c.get("action") == "DescribeInstances"]
        check(calls and all(c.get("status") == 200 for c in calls),
              "%s: DescribeInstances answered over HTTPS: %s" % (how, calls[:2]))
        check(len(re.findall(APPLIED, err)) >= 2,
              "%s: the discovery and the account's child applied the sandbox" % how)
        check(not re.search(r"WARN .*(SSL|certificate|CA file)", err), "%s: no TLS warning" % how)

    # 3: the system's CAs do not know the fake's
    out = L.tmpdir("rw-aws-tls-")
    rc, err = L.collect_to(out, BASE, env=aws.env(ACC))
    check(kinds(out) == {}, "no CA file: nothing delivered: %s" % kinds(out))
    m = re.search(r"WARN .*credentials of access key %s: sts GetCallerIdentity us-east-1: ([^\n]*)" % key, err)
    check(m is not None, "no CA file: the error names the access key, sts and GetCallerIdentity:\n" + err[-1500:])
    if m:
        check("certificate" in m.group(1) and "(trusted CAs: the system's)" in m.group(1),
              "no CA file: the TLS failure and the system's CAs: %s" % m.group(1))

    # 4: EC2 at a fake of another CA: the account's listings name it
    with FakeAws("basic.json", tls=other) as ec2:
        out = L.tmpdir("rw-aws-tls-")
        e = aws.env(ACC)
        e.update({"AWS_CA_BUNDLE": tls["ca_cert"], "AWS_ENDPOINT_URL_EC2": ec2.url})
        rc, err = L.collect_to(out, BASE, env=e)
        got = kinds(out)
        check(got.get("aws_account") == 1 and "aws_ec2_instance" not in got,
              "EC2 refused: the account is delivered without EC2's kinds: %s" % got)
        check(got.get("aws_elb", 0) + got.get("aws_s3_bucket", 0) + got.get("aws_iam_user", 0) > 0,
              "EC2 refused: the other services' kinds are delivered: %s" % got)
        pat = (r"WARN .*account %s region us-east-1: ec2 DescribeInstances: ec2 DescribeInstances us-east-1: "
               r"[^\n]*certificate[^\n]*\(trusted CAs: the file %s\)" % (ACC, re.escape(tls["ca_cert"])))
        check(re.search(pat, err) is not None,
              "EC2 refused: the error names account, region, service, call and CA file:\n" +
              "\n".join(x for x in err.splitlines() if "DescribeInstances" in x)[:1500])
        check(not ec2.log(), "EC2 refused: no request reached the other fake: %d" % len(ec2.log()))

    # 5: a CA file that is not there
    out = L.tmpdir("rw-aws-tls-")
    e = aws.env(ACC)
    missing = os.path.join(L.tmpdir("rw-aws-tls-none-"), "ca.pem")
    e["AWS_CA_BUNDLE"] = missing
    rc, err = L.collect_to(out, BASE, env=e)
    check(kinds(out) == {}, "missing CA file: nothing delivered")
    check(re.search(r"WARN  supervisor: \[aws\] credentials of access key %s: the CA bundle %s \(AWS_CA_BUNDLE "
                    r"or the aws section's ca_bundle\) cannot be read: No such file or directory" %
                    (key, re.escape(missing)), err) is not None,
          "missing CA file: the error names it:\n" + err[-1500:])

L.done()

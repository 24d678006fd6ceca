#!/usr/bin/env python3
"""collect_aws2: the AWS collector's part-2 kinds against the fake AWS
(tests/fakeaws), beyond collect_aws.py's whole-graph comparison:

- resource_pool_tasks_per_service names services as the SDKs do ("elb"):
  with {"elb": 1, "elbv2": 1} no two Elastic Load Balancing calls of a
  region are in flight at once (the fake's answers are delayed);
- least privilege: an account whose role may not call Elastic Load
  Balancing in one region (AccessDenied on elb and elbv2 there) nor read
  one bucket's policy: each refusal is an action_info error naming the
  account, region, service and call, and everything else is collected
  (the other region's load balancers, the buckets with their other
  settings), as the reference's discard_account_on_resource_error = false;
- S3 calls go to each bucket's region (GetBucketLocation first): no call
  is refused for a wrong region, and buckets of eu-central-1 are read
  there;
- the load balancers' per-item calls (DescribeTags, DescribeListeners,
  DescribeTargetHealth) are made once per item, in the item's region;
- IAM: one paged GetAccountAuthorizationDetails listing (no Filter, one
  first page) gives users, groups, roles and policies as the reference's;
  with aws_iam_user excluded the other three still come from it, and no
  ListAccessKeys is made;
- Lambda and EKS (REST-JSON), two accounts and two regions with pages of
  two, throttled and failing calls on the way: the functions, clusters and
  node groups with the reference's ids, properties and edges (to VPCs,
  subnets, groups, KMS keys, IAM roles, Auto Scaling groups, the node
  groups to the cluster of their region, one name in both); the
  per-function calls (ListTags by ARN, GetPolicy, GetFunctionUrlConfig)
  once per function, in its region; DescribeCluster once per cluster,
  ListNodegroups per cluster, DescribeNodegroup once per node group; a
  cluster gone between ListClusters and DescribeCluster is left out
  without an error; an access-denied on EKS in one region is reported and
  the rest collected.
- IAM's credential report: GenerateCredentialReport asked again every
  second until COMPLETE (the fake takes 1.5 s), then one
  GetCredentialReport, and only then the users' listing; its lines give
  the users' password_*, mfa_active and atime, their keys'
  access_key_last_used, the aws_root_user "root" and its keys (an inactive
  key the report saw rotated too); ListVirtualMFADevices is paged and its
  devices land on their users and the root. A refused report (AccessDenied)
  is a warning and the rest collected; ReportExpired and ReportInProgress
  are errors, the users collected without it; ReportNotPresent is expected
  and says nothing.
"""
import json
import os
import sys

import collect_lib as L
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakeaws"))
import expect  # noqa: E402
from awsctl import FakeAws, load_fixture  # noqa: E402

REGIONS = ["us-east-1", "eu-central-1"]
MGMT = "111111111111"
BASE = ["resotoworker.collector=aws", "aws.region=" + ",".join(REGIONS)]


def body(path):
    with open(path) as f:
        return [json.loads(x) for x in f if x.strip()]


with FakeAws("basic.json") as aws:
    fx = load_fixture("basic.json")
    data = [b for b in fx["accounts"][MGMT]["s3"]["Buckets"] if b.get("_Policy")][0]["Name"]
    aws.fault("status", service=["elb", "elbv2"], region="eu-central-1", account=MGMT, code="AccessDenied",
              status=403, message="User is not authorized to perform: elasticloadbalancing:Describe*")
    aws.fault("status", service="s3", action="GetBucketPolicy", account=MGMT, code="AccessDenied", status=403,
              message="Access Denied")
    out = L.tmpdir("rw-aws2-")
    e = aws.env(MGMT)
    rc, err = L.collect_to(out, BASE, env=e)
    check(rc == 0, "collected despite the refusals: exit %d" % rc)
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    nodes = [x for x in got if "reported" in x]

    # the credential report of a fresh fake: generated in 1.5 s, asked for
    # every second, fetched once it is COMPLETE, the users listed after it
    gen = sorted(c["time"] for c in aws.calls(service="iam", action="GenerateCredentialReport", account=MGMT))
    rep = sorted(c["time"] for c in aws.calls(service="iam", action="GetCredentialReport", account=MGMT))
    aad = sorted(c["time"] for c in aws.calls(service="iam", action="GetAccountAuthorizationDetails", account=MGMT))
    check(len(gen) == 3 and all(0.9 <= b - a < 2 for a, b in zip(gen, gen[1:])) and len(rep) == 1 and
          rep[0] >= gen[-1] and aad and aad[0] >= rep[0],
          "GenerateCredentialReport every second until COMPLETE, then GetCredentialReport, then the users: "
          "%s %s %s" % (gen, rep, aad[:1]))

    LB = ("aws_elb", "aws_alb", "aws_alb_target_group")
    want = {x["id"]: x for x in expect.expected_graph(fx, {MGMT: None}, regions=REGIONS)
            if x.get("reported", {}).get("kind") in LB}
    us = {i for i, x in want.items() if "us-east-1" in json.dumps(x["reported"])}
    have = {x["id"] for x in nodes if x["reported"]["kind"] in LB}
    check(us and have == us and len(want) > len(us),
          "the load balancers of us-east-1 are there, those of the refused region not: %d of %d" % (
              len(have), len(want)))
    for svc, op in (("elb", "DescribeLoadBalancers"), ("elbv2", "DescribeLoadBalancers"),
                    ("elbv2", "DescribeTargetGroups")):
        check("account %s region eu-central-1: %s %s" % (MGMT, svc, op) in err and "AccessDenied" in err,
              "the refusal of %s is reported with account, region and service" % op)
    check("GetBucketPolicy" in err and "AccessDenied" in err, "the refused bucket policy is reported")
    bk = [x["reported"] for x in nodes if x["reported"]["kind"] == "aws_s3_bucket"]
    d = [b for b in bk if b["id"] == data]
    check(len(bk) == 3 and d and "bucket_policy" not in d[0] and d[0].get("bucket_versioning") is True and
          d[0].get("tags"), "the buckets are collected, the refused policy left out: %s" % d)
    check(sum(1 for x in nodes if x["reported"]["kind"] == "aws_vpc") == 4, "the other kinds are collected")

    # S3: each bucket's calls in its region, never refused for the region
    s3calls = aws.calls(service="s3", account=MGMT)
    check(not [c for c in s3calls if c.get("error") == "AuthorizationHeaderMalformed"],
          "no S3 call goes to a wrong region")
    eu = [b["Name"] for b in fx["accounts"][MGMT]["s3"]["Buckets"] if b.get("_Region") == "eu-central-1"]
    check(eu and all(any(c["region"] == "eu-central-1" and c["action"] == "GetBucketAcl" and
                         c["params"].get("Bucket") == n for c in s3calls) for n in eu),
          "buckets of eu-central-1 are read there")

    # per-item calls: once per item, in its region
    tags = aws.calls(service="elbv2", action="DescribeTags", account=MGMT, region="us-east-1", status=200)
    n_v2 = sum(len(r.get("elbv2", {}).get(k, [])) for r in [fx["accounts"][MGMT]["regions"]["us-east-1"]]
               for k in ("LoadBalancers", "TargetGroups"))
    check(len(tags) == n_v2, "elbv2 DescribeTags once per load balancer and target group: %d of %d" % (
          len(tags), n_v2))

    # resource_pool_tasks_per_service by the SDK's service names
    aws.clear_faults()
    aws.clear_log()
    aws.fault("delay", service=["elb", "elbv2"], ms=60)
    out = L.tmpdir("rw-aws2-limit-")
    rc, err = L.collect_to(out, BASE + ['aws.resource_pool_tasks_per_service={"elb": 1, "elbv2": 1}'], env=e)
    check(rc == 0, "collected with the per-service bounds: exit %d %s" % (rc, err[-500:]))
    for svc in ("elb", "elbv2"):
        for region in REGIONS:
            ts = sorted(c["time"] for c in aws.calls(service=svc, account=MGMT, region=region))
            close = [b - a for a, b in zip(ts, ts[1:]) if b - a < 0.05]
            check(len(ts) > 1 and not close, "%s %s: one call at a time (%d calls, %d closer than the delay)" % (
                svc, region, len(ts), len(close)))

    # IAM: users, groups, roles and policies from one paged
    # GetAccountAuthorizationDetails listing, in the global region; with
    # users excluded the others are still read from it, without the
    # users' ListAccessKeys
    aws.clear_faults()
    aws.clear_log()
    aws.call("POST", "config", {"page_size": 2})
    IAM = ("aws_iam_user", "aws_iam_group", "aws_iam_role", "aws_iam_policy", "aws_iam_access_key",
           "aws_iam_instance_profile")
    want = {x["id"] for x in expect.expected_graph(fx, {MGMT: None}, regions=REGIONS)
            if x.get("reported", {}).get("kind") in IAM}
    out = L.tmpdir("rw-aws2-iam-")
    rc, err = L.collect_to(out, BASE + ["aws.collect=aws_iam_*"], env=e)
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    have = {x["id"] for x in got if x.get("reported", {}).get("kind") in IAM}
    aad = aws.calls(service="iam", action="GetAccountAuthorizationDetails", account=MGMT, status=200)
    check(rc == 0 and have == want and len(want) == 14, "IAM's kinds as the reference: %d of %d" % (
        len(have & want), len(want)))
    check(len(aad) > 1 and not [c for c in aad if c["params"].get("Filter")] and
          len([c for c in aad if not c["params"].get("Marker")]) == 1,
          "one GetAccountAuthorizationDetails listing, page after page, for the four kinds: %d calls" % len(aad))
    aws.clear_log()
    out = L.tmpdir("rw-aws2-iam-")
    rc, err = L.collect_to(out, BASE + ["aws.collect=aws_iam_*", "aws.no_collect=aws_iam_user"],
                           env=e)
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    kinds = {x["reported"]["kind"] for x in got if "reported" in x}
    check(rc == 0 and {"aws_iam_group", "aws_iam_role", "aws_iam_policy"} <= kinds and "aws_iam_user" not in kinds
          and aws.calls(service="iam", action="GetAccountAuthorizationDetails", account=MGMT, status=200) and
          not aws.calls(service="iam", action="ListAccessKeys"),
          "users excluded: the other kinds of the listing are collected, no access keys asked: %s" % sorted(kinds))

    # the report's values and the MFA devices (pages of 2)
    aws.clear_log()
    out = L.tmpdir("rw-aws2-cred-")
    rc, err = L.collect_to(out, BASE + ["aws.collect=aws_iam_user,aws_iam_access_key"], env=e)
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    by = {(x["reported"]["kind"], x["reported"]["id"]): x for x in got if "reported" in x}
    users = {x["reported"]["name"]: x["reported"] for x in got if x.get("reported", {}).get("kind") == "aws_iam_user"}
    alice, bob = users.get("alice", {}), users.get("bob", {})
    check(rc == 0 and alice.get("password_enabled") is True and alice.get("mfa_active") is True and
          alice.get("atime") == alice.get("password_last_used") == "2024-03-03T03:03:03Z" and
          alice.get("password_next_rotation") == "2024-06-01T00:00:00Z" and
          [d["serial_number"] for d in alice.get("user_virtual_mfa_devices", [])] ==
          ["arn:aws:iam::111111111111:mfa/alice", "arn:aws:iam::111111111111:mfa/alice-phone"],
          "alice's report line and devices: %s" % alice)
    check(bob.get("password_enabled") is True and bob.get("mfa_active") is False and "password_last_used" not in bob
          and "atime" not in bob and "password_next_rotation" not in bob and "user_virtual_mfa_devices" not in bob,
          "bob: no_information and N/A are none: %s" % bob)
    k1 = by.get(("aws_iam_access_key", "AKIA19465DEE5A6F2B67"), {}).get("reported", {})
    check(k1.get("access_key_last_used") == {"last_used": "2024-03-01T10:00:00Z", "last_rotated":
          "2021-01-01T00:00:00Z", "service_name": "ec2", "region": "eu-central-1"} and "atime" not in k1,
          "alice's first key: its last use from the report: %s" % k1)
    root = by.get(("aws_root_user", "root"))
    r1 = by.get(("aws_iam_access_key", "root_key_1"))
    r2 = by.get(("aws_iam_access_key", "root_key_2"))
    rr = root["reported"] if root else {}
    check(root and rr.get("name") == "root" and rr.get("arn") == "arn:aws:iam::111111111111:root" and
          rr.get("password_enabled") is False and rr.get("mfa_active") is True and
          rr.get("ctime") == "2019-03-03T03:03:03Z" and rr.get("password_last_used") == "2024-02-02T02:02:02Z" and
          [d.get("enable_date") for d in rr.get("user_virtual_mfa_devices", [])] == ["2019-03-04T00:00:00Z"],
          "the root user: %s" % rr)
    check(r1 and r2 and r1["reported"]["access_key_status"] == "Active" and r1["reported"]["atime"] ==
          "2024-01-01T01:01:01Z" and r1["reported"]["access_key_last_used"]["service_name"] == "s3" and
          r2["reported"]["access_key_status"] == "Inactive" and
          r2["reported"]["access_key_last_used"] == {"last_rotated": "2019-05-05T00:00:00Z"} and
          any(x.get("from") == root["id"] and x.get("to") == r1["id"] for x in got) and
          any(x.get("from") == root["id"] and x.get("to") == r2["id"] for x in got),
          "the root's keys, linked from it: %s %s" % (r1, r2))
    lv = aws.calls(service="iam", action="ListVirtualMFADevices", account=MGMT, status=200)
    check(len(lv) == 2 and lv[1]["params"].get("Marker"), "ListVirtualMFADevices page after page: %d" % len(lv))

    def without_report(code, status, message):
        aws.clear_faults()
        aws.fault("status", service="iam", action="GetCredentialReport" if code != "AccessDenied" else
                  "GenerateCredentialReport", account=MGMT, code=code, status=status, message=message)
        out = L.tmpdir("rw-aws2-cred-")
        rc, err = L.collect_to(out, BASE + ["aws.collect=aws_iam_user,aws_iam_access_key"], env=e)
        got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
        users = [x["reported"] for x in got if x.get("reported", {}).get("kind") == "aws_iam_user"]
        kinds = {x["reported"]["kind"] for x in got if "reported" in x}
        check(rc == 0 and len(users) == 2 and not [u for u in users if "password_enabled" in u or "atime" in u] and
              "aws_root_user" not in kinds and [u for u in users if u.get("user_virtual_mfa_devices")],
              "%s: the users without the report (their devices still read): %s" % (code, users))
        return err
    err = without_report("AccessDenied", 403, "User is not authorized to perform: iam:GenerateCredentialReport")
    check("access denied" in err and "GenerateCredentialReport" in err and "0 errors" in err,
          "a refused report is a warning, no error: %s" % err[-600:])
    err = without_report("ReportExpired", 410, "Credential report is expired.")
    check("GetCredentialReport" in err and "ReportExpired" in err and "1 errors" in err,
          "an expired report is an error: %s" % err[-600:])
    err = without_report("ReportInProgress", 404, "Credential report is being generated.")
    check("GetCredentialReport" in err and "ReportInProgress" in err and "1 errors" in err,
          "a report still in progress when COMPLETE was said is an error: %s" % err[-600:])
    err = without_report("ReportNotPresent", 410, "Credential report does not exist.")
    check("ReportNotPresent" not in err.replace("-> 410 ReportNotPresent", "") and "0 errors" in err,
          "ReportNotPresent is expected: %s" % err[-600:])

    # Lambda and EKS (REST-JSON): two accounts, two regions, pages of two,
    # throttling and 5xx on the way (retried)
    aws.clear_faults()
    aws.clear_log()
    aws.call("POST", "config", {"page_size": 2})
    aws.fault("throttle", service="lambda", action="ListTags", count=2)
    aws.fault("error", service="eks", action="DescribeNodegroup", count=1)
    aws.fault("unavailable", service="eks", action="ListNodegroups", count=1)
    NEW = ("aws_lambda_function", "aws_eks_cluster", "aws_eks_nodegroup")
    LINKED = NEW + ("aws_vpc", "aws_ec2_subnet", "aws_ec2_security_group", "aws_kms_key", "aws_iam_role",
                    "aws_autoscaling_group")
    WORK = "222222222222"
    sel = ["aws.collect=" + ",".join(LINKED), "aws.role=resoto", "aws.scrape_org=true"]
    out = L.tmpdir("rw-aws2-rest-")
    rc, err = L.collect_to(out, BASE + sel, env=e)
    check(rc == 0, "Lambda and EKS collected: exit %d %s" % (rc, err[-800:]))
    n_new = 0
    for acct, role in ((MGMT, None), (WORK, "resoto")):
        got = body(os.path.join(out, "aws-%s.ndjson" % acct))
        want = expect.expected_graph(fx, {acct: role}, regions=REGIONS)
        problems = expect.compare(want, got, kinds=set(LINKED) | {"aws_region"})
        n_new += sum(1 for x in got if x.get("reported", {}).get("kind") in NEW)
        check(not problems, "account %s: Lambda and EKS as the reference: %s" % (acct, problems[:5]))
        # the node groups hang below the cluster of their region ("prod" is in both)
        ids = {x["id"]: x["reported"] for x in got if "reported" in x}
        ng = [(x["from"], x["to"]) for x in got if "from" in x and x.get("edge_type", "default") == "default" and
              ids.get(x["to"], {}).get("kind") == "aws_eks_nodegroup" and
              ids.get(x["from"], {}).get("kind") == "aws_eks_cluster"]
        check(len(ng) == 2 + 2 + 5 and all(ids[f]["arn"].split(":")[3] == ids[t]["arn"].split(":")[3]
              for f, t in ng), "account %s: each node group below its region's cluster (%d)" % (acct, len(ng)))
    check(n_new == 2 * (8 + 2 + 2 + 1 + 7 + 2), "the functions, clusters and node groups of both accounts: %d"
          % n_new)
    for acct in (MGMT, WORK):
        for region in REGIONS:
            fns = fx["accounts"][acct]["regions"][region]["lambda"]["Functions"]
            for op, param in (("ListTags", "Resource"), ("GetPolicy", "FunctionName"),
                              ("GetFunctionUrlConfig", "FunctionName")):
                got = sorted(c["params"][param] for c in aws.calls(service="lambda", action=op, account=acct,
                             region=region) if c["status"] != 429)
                want = sorted(f["FunctionArn"] if param == "Resource" else f["FunctionName"] for f in fns)
                check(got == want, "%s %s: lambda %s once per function, by %s" % (acct, region, op, param))
            cls = fx["accounts"][acct]["regions"][region]["eks"]["Clusters"]
            dc = sorted(c["params"]["name"] for c in aws.calls(service="eks", action="DescribeCluster",
                        account=acct, region=region))
            check(dc == sorted(c["name"] for c in cls), "%s %s: DescribeCluster once per cluster" % (acct, region))
            ln = aws.calls(service="eks", action="ListNodegroups", account=acct, region=region, status=200)
            check(ln and all(c["params"]["clusterName"] in dc for c in ln) and
                  len([c for c in ln if not c["params"].get("nextToken")]) == len(cls),
                  "%s %s: ListNodegroups per cluster, page after page" % (acct, region))
    check(aws.calls(service="lambda", action="ListTags", status=429) and
          aws.calls(service="eks", action="DescribeNodegroup", status=500) and
          aws.calls(service="eks", action="ListNodegroups", status=503), "the throttled and failed calls were made")

    # a cluster gone between ListClusters and DescribeCluster: left out,
    # no error; an access-denied on EKS in one region: reported, the rest
    # collected
    aws.clear_faults()
    aws.clear_log()
    aws.fault("status", service="eks", action="DescribeCluster", region="us-east-1", account=MGMT,
              code="ResourceNotFoundException", status=404, message="No cluster found for name: dev.", count=1)
    aws.fault("status", service="eks", region="eu-central-1", account=MGMT, code="AccessDeniedException",
              status=403, message="User is not authorized to perform: eks:ListClusters")
    out = L.tmpdir("rw-aws2-rest-")
    rc, err = L.collect_to(out, BASE + ["aws.collect=" + ",".join(NEW)], env=e)
    got = body(os.path.join(out, "aws-%s.ndjson" % MGMT))
    cl = [x["reported"] for x in got if x.get("reported", {}).get("kind") == "aws_eks_cluster"]
    fn = [x["reported"] for x in got if x.get("reported", {}).get("kind") == "aws_lambda_function"]
    check(rc == 0 and len(cl) == 1 and len(fn) == 10, "one cluster of us-east-1 gone: the other collected, and "
          "the functions: %d clusters, %d functions" % (len(cl), len(fn)))
    check("account %s region eu-central-1: eks ListClusters" % MGMT in err and "AccessDeniedException" in err and
          "ResourceNotFoundException" not in err, "the refusal is reported, the cluster gone is not an error")
L.done()

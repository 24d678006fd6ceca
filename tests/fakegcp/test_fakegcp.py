#!/usr/bin/env python3
"""test_fakegcp: self-test of the fake Google Cloud's authentication and
wire shapes, with assertions signed here (python3-cryptography), as
Google's token endpoint and APIs answer them:

- a valid RS256 assertion gets a bearer token; a wrong key, an expired
  assertion, a wrong audience, a missing scope, HS256, an unknown account
  are refused with HTTP 400 and Google's error names;
- an API call without a token or with an unknown one is 401
  UNAUTHENTICATED, a project the account does not see 403
  PERMISSION_DENIED, both in Google's JSON error shape;
- an aggregated list pages with nextPageToken and keys its items by scope.
"""
import base64
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import gcpctl  # noqa: E402

gcpctl.reexec_with_aiohttp()    # the interpreter with aiohttp has cryptography too (Debian)
try:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
except ImportError:
    print("python3-cryptography is missing: skipped")
    sys.exit(77)
from gcpctl import FakeGcp  # noqa: E402

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)


def b64(d):
    return base64.urlsafe_b64encode(d).decode().rstrip("=")


def assertion(key, claims, alg="RS256"):
    head = b64(json.dumps({"alg": alg, "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
    sig = key.sign(head.encode(), padding.PKCS1v15(), hashes.SHA256())
    return head + "." + b64(sig)


def post(url, form):
    req = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def get(url, token=None):
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token} if token else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


with FakeGcp("basic.json") as gcp:
    email = "collector@alpha-1.iam.gserviceaccount.com"
    keys = gcp.keys()
    with open(keys[email]) as f:
        doc = json.load(f)
    key = serialization.load_pem_private_key(doc["private_key"].encode(), None)
    aud = doc["token_uri"]
    now = int(time.time())
    good = {"iss": email, "scope": "https://www.googleapis.com/auth/cloud-platform", "aud": aud,
            "iat": now, "exp": now + 3600}
    grant = "urn:ietf:params:oauth:grant-type:jwt-bearer"
    st, body = post(aud, {"grant_type": grant, "assertion": assertion(key, good)})
    check(st == 200 and body.get("access_token") and body.get("token_type") == "Bearer" and
          body.get("expires_in", 0) > 3000, "a valid assertion gets a token: %s %s" % (st, body))
    token = body.get("access_token", "")
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    for what, k, claims, alg, want in (
            ("a wrong key", other, good, "RS256", "Invalid JWT Signature."),
            ("an expired assertion", key, dict(good, iat=now - 7200, exp=now - 3600), "RS256", "Invalid JWT"),
            ("a wrong audience", key, dict(good, aud="https://example.com/token"), "RS256", "audience"),
            ("no scope", key, dict(good, scope="openid"), "RS256", "scope"),
            ("HS256", key, good, "HS256", "alg"),
            ("an unknown account", key, dict(good, iss="nobody@x.iam.gserviceaccount.com"), "RS256",
             "account not found")):
        st, body = post(aud, {"grant_type": grant, "assertion": assertion(k, claims, alg)})
        check(st == 400 and body.get("error") in ("invalid_grant", "invalid_scope") and
              want in body.get("error_description", ""), "%s is refused: %s %s" % (what, st, body))
    base = gcp.url + "compute/v1/projects/alpha-1/"
    st, body = get(base + "regions")
    check(st == 401 and body["error"]["status"] == "UNAUTHENTICATED", "no token: 401 %s" % body)
    st, body = get(base + "regions", "ya29.nosuch")
    check(st == 401 and body["error"]["errors"][0]["reason"] == "authError", "an unknown token: 401")
    st, body = get(gcp.url + "compute/v1/projects/beta-2/regions", token)
    check(st == 403 and body["error"]["status"] == "PERMISSION_DENIED", "another project: 403 %s" % body)
    st, body = get(base + "aggregated/instances?maxResults=2", token)
    check(st == 200 and body.get("nextPageToken") and
          all(k.startswith(("zones/", "regions/")) or k == "global" for k in body["items"]),
          "aggregated: scopes and a next page: %s" % list(body.get("items", {}))[:4])
    st, body2 = get(base + "aggregated/instances?maxResults=2&pageToken=" + body["nextPageToken"], token)
    first = [i["name"] for v in body["items"].values() for i in v.get("instances", [])]
    second = [i["name"] for v in body2["items"].values() for i in v.get("instances", [])]
    check(st == 200 and second and not set(first) & set(second), "the next page has the next items")
    # Cloud Billing: the accounts alpha-1's key views, paged with pageSize
    st, body = get(gcp.url + "v1/billingAccounts?pageSize=1", token)
    check(st == 200 and len(body.get("billingAccounts", [])) == 1 and body.get("nextPageToken") and
          "viewers" not in body["billingAccounts"][0], "billingAccounts.list pages: %s" % body)
    st, body = get(gcp.url + "v1/billingAccounts/0A1B2C-3D4E5F-6A7B8C/projects?pageSize=5", token)
    check(st == 200 and [b["projectId"] for b in body.get("projectBillingInfo", [])] ==
          ["alpha-1", "beta-2", "sys-000000000001"], "an account's projects: %s" % body)
    st, body = get(gcp.url + "v1/billingAccounts/000000-000000-000000/projects", token)
    check(st == 404 and body["error"]["status"] == "NOT_FOUND", "an unknown account: 404 %s" % body)
    st, body = get(gcp.url + "v1/services/6F81-5844-456A/skus?pageSize=3", token)
    check(st == 200 and len(body.get("skus", [])) == 3 and body.get("nextPageToken") and
          body["skus"][0]["name"].startswith("services/6F81-5844-456A/skus/"), "a service's SKUs: %s" % body)
    st, body = get(gcp.url + "v1/services", None)
    check(st == 401, "Cloud Billing needs a token: %s" % st)
if failures:
    sys.exit(1)
print("ok")

#!/usr/bin/env python3
"""Self-test of the fake Slack and OneLogin APIs (fakeslack.py,
fakeonelogin.py): what the collectors' tests rely on them to do like the
real services (auth refusals, cursors, rate limits, faults)."""
import base64
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what, flush=True)


def start(script, fixture, *args):
    p = subprocess.Popen([sys.executable, os.path.join(HERE, script), os.path.join(HERE, fixture)] +
                         list(args), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    line = p.stdout.readline().decode()
    if not line.startswith("PORTS "):
        p.kill()
        if p.wait() == 3:
            print("SKIP: python3-aiohttp missing")
            sys.exit(77)
        raise SystemExit("%s did not start: %r" % (script, line))
    return p, "http://127.0.0.1:%s" % line.split()[1]


def call(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def slack(base, method, token="xoxb-team-one", **params):
    h = {"Authorization": "Bearer " + token} if token else {}
    q = urllib.parse.urlencode(params)
    st, hd, body = call("%s/api/%s?%s" % (base, method, q), headers=h)
    try:
        return st, hd, json.loads(body)
    except ValueError:
        return st, hd, body


def control(base, obj):
    call(base + "/_control", json.dumps(obj).encode(), {"Content-Type": "application/json"})


def test_slack():
    p, base = start("fakeslack.py", "slack.fixture.json", "--page", "2", "--window", "2")
    try:
        st, _, r = slack(base, "team.info")
        check(st == 200 and r["ok"] and r["team"]["id"] == "T0001", "team.info")
        check(slack(base, "team.info", token=None)[2] == {"ok": False, "error": "not_authed"}, "not_authed")
        check(slack(base, "team.info", token="xoxb-nope")[2]["error"] == "invalid_auth", "invalid_auth")
        check(slack(base, "team.info", token="xoxb-revoked")[2]["error"] == "token_revoked", "revoked")
        check(slack(base, "team.info", token="xoxb-team-two")[2]["team"]["id"] == "T0002", "second team")
        # users.list: 5 users in pages of 2, cursors until ""
        ids, cur, pages = [], "", 0
        while True:
            st, _, r = slack(base, "users.list", **({"cursor": cur} if cur else {}))
            ids += [u["id"] for u in r["members"]]
            pages += 1
            cur = r["response_metadata"]["next_cursor"]
            if not cur:
                break
        check(pages == 3 and ids == ["U0001", "U0002", "B0003", "U0004", "U0005"], "users.list pages")
        check(slack(base, "users.list", cursor="garbage")[2]["error"] == "invalid_cursor", "invalid_cursor")
        st, _, r = slack(base, "conversations.list", types="public_channel,private_channel",
                         exclude_archived="true", limit=100)
        seen = [c["id"] for c in r["channels"]]
        cur = r["response_metadata"]["next_cursor"]
        while cur:
            st, _, r = slack(base, "conversations.list", types="public_channel,private_channel",
                             exclude_archived="true", limit=100, cursor=cur)
            seen += [c["id"] for c in r["channels"]]
            cur = r["response_metadata"]["next_cursor"]
        check(seen == ["C0001", "C0002", "G0003"], "conversations.list excludes archived: %r" % seen)
        st, _, r = slack(base, "conversations.list", types="public_channel")
        check([c["id"] for c in r["channels"]] == ["C0001", "C0002"], "public only, page of 2")
        st, _, r = slack(base, "conversations.members", channel="C0001")
        check(r["members"] == ["U0001", "U0002"] and r["response_metadata"]["next_cursor"], "members page 1")
        st, _, r = slack(base, "conversations.members", channel="C9999")
        check(r["error"] == "channel_not_found", "channel_not_found")
        st, _, r = slack(base, "usergroups.list", include_users="true", include_count="true",
                         include_disabled="false")
        check([g["id"] for g in r["usergroups"]] == ["S0001", "S0002"] and
              r["usergroups"][0]["user_count"] == 3 and r["usergroups"][0]["users"][0] == "U0001",
              "usergroups.list")
        st, _, r = slack(base, "usergroups.list")
        check("users" not in r["usergroups"][0] and "user_count" not in r["usergroups"][0],
              "usergroups.list without include_*")
        # forced 429, then the tier limit of a short window
        control(base, {"ratelimit": {"users.list": 1}})
        st, hd, r = slack(base, "users.list")
        check(st == 429 and hd.get("Retry-After") == "1" and r["error"] == "ratelimited", "forced 429")
        control(base, {"reset": True})
        codes = [slack(base, "usergroups.list")[0] for _ in range(21)]
        check(codes[:20] == [200] * 20 and codes[20] == 429, "Tier 2 budget: %r" % codes[-3:])
        time.sleep(2.1)
        check(slack(base, "usergroups.list")[0] == 200, "window passes")
        control(base, {"fail": {"team.info": 1}, "malformed": {"users.list": 1}})
        check(slack(base, "team.info")[0] == 500, "fault 500")
        st, _, body = slack(base, "users.list")
        check(st == 200 and isinstance(body, bytes), "malformed body")
        control(base, {"endless": ["users.list"]})
        cur1 = slack(base, "users.list")[2]["response_metadata"]["next_cursor"]
        cur2 = slack(base, "users.list", cursor=cur1)[2]["response_metadata"]["next_cursor"]
        check(cur1 and cur1 == cur2, "endless cursor repeats")
        control(base, {"error": {"usergroups.list": "internal_error"}})
        st, _, body = slack(base, "usergroups.list")
        check(st == 200 and body == {"ok": False, "error": "internal_error"}, "ok:false on demand: %r" % body)
        check(slack(base, "usergroups.list")[2]["ok"], "ok:false once")
        # POST form with the token in the body
        st, _, body = call(base + "/api/team.info", b"token=xoxb-team-one",
                           {"Content-Type": "application/x-www-form-urlencoded"})
        check(json.loads(body)["ok"], "token in POST form")
        log = json.loads(call(base + "/_control/log")[2])
        check(log and log[-1]["method"] == "team.info" and "token" not in log[-1]["params"], "log")
    finally:
        p.stdin.close()
        p.wait(10)


def test_onelogin():
    p, base = start("fakeonelogin.py", "onelogin.fixture.json", "--page", "2")
    try:
        tokurl = base + "/auth/oauth2/v2/token"
        body = json.dumps({"grant_type": "client_credentials"}).encode()
        ct = {"Content-Type": "application/json"}
        st, _, r = call(tokurl, body, dict(ct, Authorization="client_id:0123456789abcdef, client_secret:nope"))
        check(st == 401 and json.loads(r)["status"]["message"] == "Authentication Failure", "bad secret")
        st, _, r = call(tokurl, b"{}", dict(ct, Authorization="client_id:0123456789abcdef, client_secret:sekrit-one"))
        check(st == 400, "missing grant_type")
        basic = base64.b64encode(b"fedcba9876543210:sekrit-two").decode()
        st, _, r = call(tokurl, body, dict(ct, Authorization="Basic " + basic))
        check(st == 200 and json.loads(r)["token_type"] == "bearer", "basic auth")
        st, _, r = call(tokurl, body, dict(ct, Authorization="client_id:0123456789abcdef, client_secret:sekrit-one"))
        tok = json.loads(r)["access_token"]
        check(st == 200 and json.loads(r)["expires_in"] == 36000, "token")
        auth = {"Authorization": "bearer:" + tok}
        st, _, r = call(base + "/api/1/users", headers={"Authorization": "bearer:wrong"})
        check(st == 401 and json.loads(r)["status"]["code"] == 401, "wrong bearer")
        ids, url, pages = [], base + "/api/1/users", 0
        while url:
            st, hd, r = call(url, headers=auth)
            r = json.loads(r)
            ids += [u["id"] for u in r["data"]]
            url = r["pagination"]["next_link"]
            pages += 1
            check("X-RateLimit-Remaining" in hd, "rate limit headers")
        check(ids == [1001, 1002, 1003] and pages == 2, "v1 pages: %r" % ids)
        st, hd, r = call(base + "/api/2/users", headers={"Authorization": "Bearer " + tok})
        check(st == 200 and [u["id"] for u in json.loads(r)] == [1001, 1002] and hd.get("After-Cursor"),
              "v2 page and After-Cursor")
        check("role_ids" in json.loads(r)[0], "v2 role_ids")
        control(base, {"ratelimit": 1})
        st, hd, r = call(base + "/api/1/users", headers=auth)
        check(st == 429 and json.loads(r)["status"]["code"] == 429, "429")
        control(base, {"expire_tokens_after": 1})
        check(call(base + "/api/1/users", headers=auth)[0] == 200, "valid before expire_tokens_after")
        check(call(base + "/api/1/users", headers=auth)[0] == 401, "expire_tokens_after 1")
        tok = json.loads(call(tokurl, body, dict(ct, Authorization="client_id:0123456789abcdef, "
                                                                  "client_secret:sekrit-one"))[2])["access_token"]
        auth = {"Authorization": "bearer:" + tok}
        check(call(base + "/api/1/users", headers=auth)[0] == 200, "a new token after expire_tokens_after")
        control(base, {"expire_tokens": True})
        st, _, r = call(base + "/api/1/users", headers=auth)
        check(st == 401, "expired token")
    finally:
        p.stdin.close()
        p.wait(10)


test_slack()
test_onelogin()
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)

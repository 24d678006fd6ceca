#!/usr/bin/env python3
"""collect_saas: the Slack and OneLogin collectors against the fake Slack
Web API and the fake OneLogin API (tests/fakesaas).

- each collect delivers the graph the reference's classes make of the
  fixture (written here from the fixtures by the rules of
  resoto_plugin_slack.resources and resoto_plugin_onelogin, as if their
  3.6.5 constructor calls were right): kinds, ids, names, properties, and
  the edges cloud -> team/account -> regions -> resources, user group ->
  member, conversation -> member; accepted by the core oracle (where it is
  set up) and by the development core;
- the calls: bearer token, the documented parameters, every cursor page
  followed; include_archived;
- 429s (Slack's with Retry-After, OneLogin's without) are waited out: the
  same graph;
- a revoked Slack token, a wrong OneLogin secret: reported for that
  account only, the other one delivered; a token refused during the
  collect (invalid_auth, tokens that never last): that account is not
  delivered (an empty graph must not replace the core's);
- ok:false, a malformed page, a cursor that never ends: reported with the
  team or account and the method, the rest collected, no hang;
- OneLogin's token renewed on a 401 in the middle of the listing (the
  listing resumes at its page); a short-lived token is used for half its
  life;
- no token, no credentials: nothing collected, no error;
- TLS: a certificate of an unknown CA refused, accepted with
  do_not_verify_ssl;
- a tag task on a Slack user: a clear error.
"""
import json
import os
import sys
import time
import urllib.request
from datetime import datetime, timezone

import collect_lib as L
import coretest
from collect_lib import check

FAKES = os.path.join(L.TOP_SRC, "tests", "fakesaas")
TOKEN, TEAM = "xoxb-team-one", "T0001"
CLIENT, SECRET = "0123456789abcdef", "sekrit-one"
REGION = "eu"


class Fake:
    def __init__(self, script, fixture, *args):
        import subprocess
        self.p = subprocess.Popen([sys.executable, os.path.join(FAKES, script), os.path.join(FAKES, fixture)]
                                  + list(args), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        line = self.p.stdout.readline().decode()
        if not line.startswith("PORTS "):
            self.p.kill()
            if self.p.wait() == 3:
                print("SKIP: python3-aiohttp missing")
                sys.exit(77)
            raise SystemExit("%s did not start: %r" % (script, line))
        self.url = "http://127.0.0.1:%s" % line.split()[1]
        with open(os.path.join(FAKES, fixture)) as f:
            self.fx = json.load(f)

    def control(self, obj):
        req = urllib.request.Request(self.url + "/_control", json.dumps(obj).encode(),
                                     {"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10).read()

    def log(self):
        return json.loads(urllib.request.urlopen(self.url + "/_control/log", timeout=10).read())

    def stop(self):
        self.p.stdin.close()
        self.p.wait(10)


# ---- what the reference makes of the fixtures ------------------------------

def utc(ts):
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso(s):
    """OneLogin's "2021-01-01T10:00:00.000Z" as resotolib writes a datetime."""
    if s is None:
        return None
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S").strftime("%Y-%m-%dT%H:%M:%SZ")


def strip(d):
    return {k: v for k, v in d.items() if v is not None}


def node(kind, rid, name, **props):
    r = {"id": rid, "tags": {}, "name": name if name is not None else rid, "kind": kind}
    r.update(strip(props))
    return r


class Graph:
    """The expected graph: nodes {(kind, id): reported}, default edges
    {((kind, id), (kind, id))}, from the root and the cloud node down."""

    def __init__(self, cloud):
        self.nodes, self.edges = {}, set()
        self.cloud = self.add(self.add(None, node("graph_root", "root", "root")), node("cloud", cloud, cloud))

    def add(self, parent, r):
        self.nodes[(r["kind"], r["id"])] = r
        if parent:
            self.edges.add((parent, (r["kind"], r["id"])))
        return (r["kind"], r["id"])


def slack_expected(fx, include_archived=False):
    """(nodes {(kind, id): reported}, edges {((kind, id), (kind, id))})"""
    t = fx["teams"][TEAM]
    team = t["team"]
    G = Graph("slack")
    add, edges, cloud = G.add, G.edges, G.cloud
    tk = add(cloud, node("slack_team", team["id"], team.get("name"), domain=team.get("domain"),
                         email_domain=team.get("email_domain"),
                         icon=team.get("icon", {}).get("image_original")))
    regions = {n: add(tk, node("slack_region", n, n)) for n in ("members", "usergroups", "conversations")}
    users = set()
    for m in t["users"]:
        p = m.get("profile", {})
        when = utc(m["updated"])
        u = node("slack_user", m["id"], p.get("display_name"), ctime=when, mtime=when,
                 real_name=m.get("real_name"), team_id=m.get("team_id"), deleted=m.get("deleted"),
                 color=m.get("color"), tz=m.get("tz"), tz_label=m.get("tz_label"), tz_offset=m.get("tz_offset"),
                 **{f: m.get(f, False) for f in ("is_admin", "is_app_user", "is_bot", "is_owner",
                                                 "is_primary_owner", "is_restricted", "is_ultra_restricted")},
                 **{f: p.get(f) for f in ("email", "phone", "status_emoji", "status_expiration", "status_text",
                                          "status_text_canonical", "title", "guest_invited_by", "first_name",
                                          "last_name", "skype", "display_name", "display_name_normalized",
                                          "image_24", "image_32", "image_48", "image_72", "image_192",
                                          "image_512", "real_name_normalized")})
        users.add(add(regions["members"], u))
    for g in t["usergroups"]:
        if g.get("date_delete"):    # include_disabled=false
            continue
        members = g.get("users", [])
        r = node("slack_usergroup", g["id"], g.get("name"), ctime=utc(g["date_create"]),
                 mtime=utc(g["date_update"]), auto_type=g.get("auto_type"), created_by=g.get("created_by"),
                 description=g.get("description"), enterprise_subteam_id=g.get("enterprise_subteam_id"),
                 handle=g.get("handle"), team_id=g.get("team_id"), updated_by=g.get("updated_by"),
                 user_count=len(members),    # include_count
                 **{f: g.get(f, False) for f in ("auto_provision", "is_external", "is_subteam", "is_usergroup")})
        gk = add(regions["usergroups"], r)
        edges.update((gk, ("slack_user", u)) for u in members if ("slack_user", u) in users)
    for c in t["channels"]:
        if c.get("is_archived") and not include_archived:
            continue
        topic, purpose = c.get("topic", {}), c.get("purpose", {})
        r = node("slack_conversation", c["id"], c.get("name"), creator=c.get("creator"),
                 name_normalized=c.get("name_normalized"), num_members=c.get("num_members"),
                 parent_conversation=c.get("parent_conversation"),
                 pending_connected_team_ids=c.get("pending_connected_team_ids", []),
                 pending_shared=c.get("pending_shared", []), previous_names=c.get("previous_names", []),
                 shared_team_ids=c.get("shared_team_ids", []), unlinked=c.get("unlinked"),
                 topic=topic.get("value", ""), topic_creator=topic.get("creator"),
                 topic_last_set=topic.get("last_set"), purpose=purpose.get("value", ""),
                 purpose_creator=purpose.get("creator"), purpose_last_set=purpose.get("last_set"),
                 **{f: c.get(f, False) for f in ("is_archived", "is_channel", "is_ext_shared", "is_general",
                                                 "is_group", "is_im", "is_member", "is_mpim", "is_org_shared",
                                                 "is_pending_ext_shared", "is_private", "is_shared")})
        ck = add(regions["conversations"], r)
        edges.update((ck, ("slack_user", u)) for u in t.get("members", {}).get(c["id"], [])
                     if ("slack_user", u) in users)
    return G.nodes, G.edges


def duration_str(secs):
    """resotolib.durations.duration_str of a whole number of seconds."""
    out = ""
    for unit, factor in (("yr", 365 * 86400), ("mo", 31 * 86400), ("d", 86400), ("h", 3600), ("min", 60),
                         ("s", 1)):
        if secs >= factor:
            out += "%d%s" % (secs // factor, unit)
            secs %= factor
        if secs < 1:
            break
    return out or "0s"


def onelogin_expected(fx):
    """As slack_expected; password_age is checked apart (it depends on the
    time of the collect). An int64 property whose value is not a number
    (manager_ad_id "m-1") is left out (and reported)."""
    G = Graph("onelogin")
    add, cloud = G.add, G.cloud

    def num(v):
        return v if isinstance(v, int) else None

    acc = add(cloud, node("onelogin_account", CLIENT, CLIENT))
    reg = add(acc, node("onelogin_region", REGION, REGION))
    for u in fx["users"]:
        r = node("onelogin_user", str(u["id"]), u.get("username"), ctime=iso(u.get("created_at")),
                 atime=iso(u.get("last_login")), mtime=iso(u.get("updated_at")), user_id=u["id"],
                 status_code=u.get("status"), role_ids=u.get("role_id"),
                 custom_attributes=u.get("custom_attributes"),
                 state=None if u.get("state") is None else str(u.get("state")),
                 **{f: u.get(f) for f in ("external_id", "email", "username", "firstname", "lastname",
                                          "distinguished_name", "phone", "company", "department", "title",
                                          "member_of", "samaccountname", "userprincipalname", "openid_name",
                                          "locale_code", "comment", "manager_user_id")},
                 **{f: num(u.get(f)) for f in ("group_id", "directory_id", "manager_ad_id", "trusted_idp_id",
                                               "invalid_login_attempts")},
                 **{f: iso(u.get(f)) for f in ("activated_at", "created_at", "updated_at", "password_changed_at",
                                               "invitation_sent_at", "last_login", "locked_until")})
        add(reg, r)
    return G.nodes, G.edges


def graph_of(path):
    """(nodes {(kind, id): reported}, edges {((kind, id), (kind, id))}, lines)"""
    with open(path) as f:
        lines = [json.loads(x) for x in f if x.strip()]
    byid, nodes, edges = {}, {}, set()
    for x in lines:
        if x.get("type", "node") == "node" and "reported" in x:
            r = x["reported"]
            byid[x["id"]] = (r["kind"], r["id"])
            nodes[(r["kind"], r["id"])] = r
    for x in lines:
        if "from" in x and x.get("edge_type", "default") == "default":
            edges.add((byid.get(x["from"]), byid.get(x["to"])))
    return nodes, edges, lines


def same(want, path, what, ages=None):
    if not os.path.exists(path):
        check(False, "%s: no body %s" % (what, os.path.basename(path)))
        return
    wn, we = want
    gn, ge, _ = graph_of(path)
    if ages is not None:
        for k, r in gn.items():
            if "password_age" in r:
                check(r["password_age"] in ages.get(k[1], ()), "%s: %s password_age %s is now - "
                      "password_changed_at" % (what, k[1], r["password_age"]))
                r = dict(r)
                del r["password_age"]
                gn[k] = r
    check(sorted(gn) == sorted(wn), "%s: the nodes: got %s, want %s" % (what, sorted(set(gn) ^ set(wn)), ""))
    for k in wn:
        if k in gn:
            check(gn[k] == wn[k], "%s: node %s:\n got  %s\n want %s" % (what, k, gn[k], wn[k]))
    check(ge == we, "%s: the edges: extra %s, missing %s" % (what, sorted(ge - we)[:5], sorted(we - ge)[:5]))


def password_ages(fx, t0, t1):
    out = {}
    for u in fx["users"]:
        if u.get("password_changed_at"):
            pc = datetime.strptime(u["password_changed_at"][:19], "%Y-%m-%dT%H:%M:%S").replace(
                tzinfo=timezone.utc).timestamp()
            out[str(u["id"])] = {duration_str(int(t - pc)) for t in range(int(t0) - 1, int(t1) + 2)}
    return out


def overrides(slack, onelogin, token=TOKEN, secret=SECRET, extra=()):
    o = ["resotoworker.collector=slack,onelogin", "slack.api_base_url=" + slack.url + "/api/",
         "onelogin.api_base_url=" + onelogin.url, "onelogin.region=" + REGION, "onelogin.client_id=" + CLIENT]
    if token:
        o.append("slack.bot_token=" + token)
    if secret:
        o.append("onelogin.client_secret=" + secret)
    return o + list(extra)


SLACK_BODY, OL_BODY = "slack-%s.ndjson" % TEAM, "onelogin-%s.ndjson" % CLIENT


def collect(slack, onelogin, what, **kw):
    out = L.tmpdir("rw-saas-%s-" % what)
    t0 = time.time()
    rc, err = L.collect_to(out, overrides(slack, onelogin, **kw), timeout=120)
    return out, rc, err, password_ages(onelogin.fx, t0, time.time())


slack = Fake("fakeslack.py", "slack.fixture.json", "--page", "2")
ol = Fake("fakeonelogin.py", "onelogin.fixture.json", "--page", "2")
try:
    sx, ox = slack_expected(slack.fx), onelogin_expected(ol.fx)

    # the graphs, the calls
    out, rc, err, ages = collect(slack, ol, "basic")
    check(rc == 0, "basic: exit status 0, got %d" % rc)
    check(sorted(os.listdir(out)) == sorted([SLACK_BODY, OL_BODY, "model.json"]), "basic: %s" % os.listdir(out))
    same(sx, os.path.join(out, SLACK_BODY), "slack")
    same(ox, os.path.join(out, OL_BODY), "onelogin", ages)
    check("onelogin_user 1002: property manager_ad_id" in err and "onelogin account " + CLIENT in err,
          "onelogin: a value of the wrong type is reported with the account and the user")
    model = os.path.join(out, "model.json")
    r = coretest.oracle("model", [model])
    if r is None:
        print("note: core oracle not set up here; its checks are skipped")
    else:
        check(r[0] == 0, "core oracle accepts the model: %s" % r[1].strip().splitlines()[-1])
        for b in (SLACK_BODY, OL_BODY):
            r = coretest.oracle("merge", [model, os.path.join(out, b)])
            check(r[0] == 0, "core oracle accepts %s: %s" % (b, r[1].strip().splitlines()[-1]))
    log = slack.log()
    check(all(c["token"] == TOKEN and c["status"] == 200 for c in log), "slack: every call with the bearer token")
    methods = [c["method"] for c in log]
    users = [c for c in log if c["method"] == "users.list"]
    npages = (len(slack.fx["teams"][TEAM]["users"]) + 1) // 2
    check(len(users) == npages and "cursor" not in users[0]["params"] and
          all(c["params"].get("cursor") for c in users[1:]), "slack: users.list page after page: %s" % users)
    cl = [c for c in log if c["method"] == "conversations.list"]
    check(cl and all(c["params"].get("types") == "public_channel,private_channel" and
                     c["params"].get("limit") == "100" and c["params"].get("exclude_archived") == "true"
                     for c in cl), "slack: conversations.list parameters: %s" % cl[:1])
    ug = [c for c in log if c["method"] == "usergroups.list"]
    check(ug and ug[0]["params"].get("include_users") == "true" and ug[0]["params"].get("include_count") == "true"
          and ug[0]["params"].get("include_disabled") == "false", "slack: usergroups.list parameters")
    chans = [c["id"] for c in slack.fx["teams"][TEAM]["channels"] if not c.get("is_archived")]
    asked = {c["params"].get("channel") for c in log if c["method"] == "conversations.members"}
    check(asked == set(chans), "slack: conversations.members of every conversation: %s" % asked)
    check("team.info" in methods, "slack: team.info")
    olog = ol.log()
    check([e["path"] for e in olog].count("/auth/oauth2/v2/token") == 1, "onelogin: one token")
    up = [e for e in olog if e["path"] == "/api/1/users"]
    check(len(up) == 2 and all(e["status"] == 200 for e in up) and up[1]["query"].get("after_cursor"),
          "onelogin: both pages of users: %s" % up)

    check(TOKEN not in err and SECRET not in err, "basic: neither the token nor the secret is logged")

    # the token and the secret are secrets: shown as ***, and a file that
    # holds them must not be readable by others
    import subprocess
    conf = os.path.join(L.tmpdir("rw-saas-conf-"), "w.conf")
    with open(conf, "w") as f:
        f.write('slack: { bot_token = "%s"; };\nonelogin: { client_id = "%s"; client_secret = "%s"; };\n'
                % (TOKEN, CLIENT, SECRET))
    os.chmod(conf, 0o600)
    p = subprocess.run([L.WORKER, "--config", conf, "--check-config"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    check(p.returncode == 0 and TOKEN not in p.stdout + p.stderr and SECRET not in p.stdout + p.stderr
          and CLIENT in p.stdout + p.stderr, "--check-config hides the token and the secret: %s" % p.stderr)
    os.chmod(conf, 0o644)
    p = subprocess.run([L.WORKER, "--config", conf, "--check-config"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    check(p.returncode == 1 and "holds secrets (key slack.bot_token" in p.stderr,
          "a 0644 file with the token is refused: %s" % p.stderr)

    # include_archived
    slack.control({"reset": True})
    out, rc, err, ages = collect(slack, ol, "archived", extra=["slack.include_archived=true"])
    same(slack_expected(slack.fx, True), os.path.join(out, SLACK_BODY), "include_archived")
    check(all(c["params"].get("exclude_archived") == "false" for c in slack.log()
              if c["method"] == "conversations.list"), "include_archived: exclude_archived=false")

    # 429s waited out
    slack.control({"reset": True, "ratelimit": {"users.list": 2, "conversations.members": 1}})
    ol.control({"reset": True, "ratelimit": 2})
    out, rc, err, ages = collect(slack, ol, "429")
    check(rc == 0, "429: exit status 0")
    same(sx, os.path.join(out, SLACK_BODY), "429 slack")
    same(ox, os.path.join(out, OL_BODY), "429 onelogin", ages)
    st = [c["status"] for c in slack.log() if c["method"] == "users.list"]
    check(st[:3] == [429, 429, 200], "429: users.list answered 429 twice, then asked again: %s" % st)
    st = [e["status"] for e in ol.log() if e["path"] == "/api/1/users"]
    check(st[:3] == [429, 429, 200], "429: onelogin users answered 429 twice, then asked again: %s" % st)

    # a bad token: that account only
    slack.control({"reset": True})
    ol.control({"reset": True})
    out, rc, err, ages = collect(slack, ol, "revoked", token="xoxb-revoked")
    check(rc != 0, "revoked: the exit status says a collect failed")
    check(not os.path.exists(os.path.join(out, SLACK_BODY)), "revoked: no Slack body")
    same(ox, os.path.join(out, OL_BODY), "revoked: onelogin", ages)
    check("team.info: token_revoked" in err, "revoked: reported with the method and Slack's error")
    out, rc, err, ages = collect(slack, ol, "badsecret", secret="wrong-secret-42")
    check(rc != 0, "bad secret: the exit status says a collect failed")
    check(not os.path.exists(os.path.join(out, OL_BODY)), "bad secret: no OneLogin body")
    same(sx, os.path.join(out, SLACK_BODY), "bad secret: slack")
    check("onelogin account %s: the access token" % CLIENT in err and "401" in err,
          "bad secret: reported with the account and the status")
    check("wrong-secret-42" not in err, "bad secret: the secret is not logged")

    # the token refused in the middle of the collect (after discovery):
    # the workspace is not delivered (a graph without its listings would
    # replace the core's), no more calls are made
    slack.control({"reset": True, "error": {"users.list": "invalid_auth"}})
    out, rc, err, ages = collect(slack, ol, "refused")
    check(not os.path.exists(os.path.join(out, SLACK_BODY)) and os.path.exists(os.path.join(out, OL_BODY)),
          "token refused during the collect: Slack not delivered, OneLogin delivered: %s" % os.listdir(out))
    check("slack team %s: slack users.list: invalid_auth: the token was refused" % TEAM in err,
          "token refused during the collect: reported with team and method")
    check([c["method"] for c in slack.log()][-1] == "users.list", "token refused: no call after the refusal: %s" %
          [c["method"] for c in slack.log()])

    # ok:false, a malformed page, a cursor that never ends: reported, the
    # rest collected
    slack.control({"reset": True, "malformed": {"users.list": 1}, "error": {"usergroups.list": "internal_error"},
                   "endless": ["conversations.members"]})
    t0 = time.monotonic()
    out, rc, err, ages = collect(slack, ol, "badslack")
    check(time.monotonic() - t0 < 60, "bad slack answers: no hang")
    check(rc == 0, "bad slack answers: the account is delivered")
    check("slack team %s: slack users.list" % TEAM in err and "JSON" in err,
          "malformed page: reported with team and method: %s" % err[-2000:])
    check("slack team %s: slack usergroups.list" % TEAM in err and "internal_error" in err,
          "ok:false: reported with team, method and error")
    check("slack team %s: conversation " % TEAM in err and "conversations.members" in err and "seen before" in err,
          "endless cursor: reported with team and method")
    if os.path.exists(os.path.join(out, SLACK_BODY)):
        gn, ge, _ = graph_of(os.path.join(out, SLACK_BODY))
        kinds = sorted({k[0] for k in gn})
        check("slack_conversation" in kinds and "slack_user" not in kinds and "slack_usergroup" not in kinds,
              "bad slack answers: the conversations delivered: %s" % kinds)
    else:
        check(False, "bad slack answers: a body")
    ol.control({"reset": True, "malformed": 1})
    out, rc, err, ages = collect(slack, ol, "malformed-ol")
    check("onelogin account %s: onelogin users" % CLIENT in err and "JSON" in err,
          "onelogin malformed page: reported with account and method")
    ol.control({"reset": True, "endless": True})
    t0 = time.monotonic()
    out, rc, err, ages = collect(slack, ol, "endless-ol")
    check(time.monotonic() - t0 < 60 and "onelogin account %s: onelogin users" % CLIENT in err and "seen before" in err,
          "onelogin endless pages: reported, no hang")

    # the token renewed on a 401 in the middle of the listing
    ol.control({"reset": True, "endless": False, "expire_tokens_after": 1})
    out, rc, err, ages = collect(slack, ol, "renew")
    same(ox, os.path.join(out, OL_BODY), "renewal", ages)
    log = ol.log()
    check([e["path"] for e in log].count("/auth/oauth2/v2/token") == 2, "renewal: a second token")
    up = [(e["status"], e["query"].get("after_cursor")) for e in log if e["path"] == "/api/1/users"]
    check(len(up) == 3 and up[1][0] == 401 and up[2] == (200, up[1][1]) and up[1][1],
          "renewal: the listing resumes at its page: %s" % up)
    check("renewing the access token (HTTP 401)" in err, "renewal: logged")

    # no token, no credentials: nothing collected, nothing failed
    out, rc, err, ages = collect(slack, ol, "none", token=None, secret=None)
    check(rc == 0 and sorted(os.listdir(out)) == ["model.json"], "no credentials: nothing collected: %s" %
          os.listdir(out))
    check("no bot token" in err and "onelogin: no credentials" in err, "no credentials: said")
finally:
    slack.stop()
    ol.stop()

# a token that lives 30 s (less than the minute before its end at which
# a token is renewed): renewed only once half its life is over
ol = Fake("fakeonelogin.py", "onelogin.fixture.json", "--page", "2", "--ttl", "30")
slack = Fake("fakeslack.py", "slack.fixture.json", "--page", "2")
try:
    out, rc, err, ages = collect(slack, ol, "ttl")
    same(onelogin_expected(ol.fx), os.path.join(out, OL_BODY), "short token", ages)
    log = ol.log()
    check([e["path"] for e in log].count("/auth/oauth2/v2/token") == 1 and
          all(e["status"] == 200 for e in log), "short token: used for half its life, not renewed at once")

    # tokens that expire at once: renewed three times without a page, then
    # the account fails (not delivered), reported
    dead = Fake("fakeonelogin.py", "onelogin.fixture.json", "--page", "2", "--ttl", "0")
    try:
        out, rc, err, ages = collect(slack, dead, "ttl0")
        check(not os.path.exists(os.path.join(out, OL_BODY)) and os.path.exists(os.path.join(out, SLACK_BODY)),
              "tokens that never last: OneLogin not delivered, Slack delivered")
        check("onelogin account %s: no access token lasted a page (3 renewed in a row)" % CLIENT in err,
              "tokens that never last: reported: %s" % err[-1500:])
        check([e["path"] for e in dead.log()].count("/auth/oauth2/v2/token") == 4,
              "tokens that never last: renewed 3 times")
    finally:
        dead.stop()

    # an account without users: delivered (account and region), said
    empty = os.path.join(L.tmpdir("rw-saas-empty-"), "empty.json")
    with open(empty, "w") as f:
        json.dump(dict(ol.fx, users=[]), f)
    none = Fake("fakeonelogin.py", empty)
    try:
        out, rc, err, ages = collect(slack, none, "nousers")
        gn = graph_of(os.path.join(out, OL_BODY))[0] if os.path.exists(os.path.join(out, OL_BODY)) else {}
        check(sorted(k[0] for k in gn) == ["cloud", "graph_root", "onelogin_account", "onelogin_region"],
              "no users: the account and its region delivered: %s" % sorted(gn))
        check("onelogin account %s: the API listed no users" % CLIENT in err, "no users: said")
    finally:
        none.stop()

    # TLS with a certificate no system CA signed: refused, unless
    # do_not_verify_ssl
    import shutil
    import subprocess
    certs = L.tmpdir("rw-saas-certs-")
    subprocess.run(["sh", os.path.join(L.TOP_SRC, "tests", "integration", "ws_certs.sh"), certs], check=True)
    shutil.copy(os.path.join(certs, "good.pem"), os.path.join(certs, "server.pem"))
    shutil.copy(os.path.join(certs, "good.key"), os.path.join(certs, "server.key"))
    tls = Fake("fakeslack.py", "slack.fixture.json", "--page", "2", "--certs", certs)
    try:
        tls.url = tls.url.replace("http://", "https://")
        out, rc, err, ages = collect(tls, ol, "tls")
        check(not os.path.exists(os.path.join(out, SLACK_BODY)) and "certificate" in err.lower(),
              "TLS: an unknown CA is refused: %s" % err[-1500:])
        out, rc, err, ages = collect(tls, ol, "tls-noverify", extra=["slack.do_not_verify_ssl=true"])
        same(slack_expected(tls.fx), os.path.join(out, SLACK_BODY), "TLS with do_not_verify_ssl")
    finally:
        tls.stop()

    # the development core accepts both; a tag task gets a clear error
    with L.control.DevCore(psk=L.PSK) as core:
        w = L.Worker(core, overrides(slack, ol))
        try:
            task, reply = w.collect(timeout=120)
            check(reply["kind"] == "action_done", "devcore: action_done: %s" % reply)
            ms = L.merges(core, task)
            check(len(ms) == 2, "devcore: two merges: %d" % len(ms))
            check(all(m.get("valid") for m in ms), "devcore: merges accepted: %s" %
                  [m.get("errors") for m in ms if not m.get("valid")])
            user = {"id": "n-u1", "reported": {"id": "U0001", "name": "lukas", "kind": "slack_user", "tags": {}}}
            t = core.send_task("tag", data={"update": {"owner": "x"}, "node": user},
                               attrs={"cloud": "slack", "account": TEAM}, wait=40)
            check(t["state"] == "error" and "slack_user: tags are not supported" in t.get("error", ""),
                  "tag task: a clear error: %s" % t)
            check(not L.invalid_frames(core), "devcore: every frame valid")
        finally:
            check(w.stop() == 0, "worker exit status 0")
finally:
    slack.stop()
    ol.stop()
L.done()

#!/usr/bin/env python3
"""A fake Slack Web API for the worker's tests (not a test by itself).

    fakeslack.py FIXTURE.json [--page N] [--window SECONDS] [--certs DIR]

Prints "PORTS <http>" and serves on 127.0.0.1 until stdin is closed or
SIGTERM, like the other test servers (tests/integration/testsrv.py). The
methods are those the Slack collector calls, with the shapes, errors and
limits of Slack's public Web API documentation:

  team.info, users.list, usergroups.list, conversations.list,
  conversations.members     at <base>/api/<method> (GET query or POST form)

- Auth: "Authorization: Bearer <token>" (or a "token" form field, as the
  API still accepts in POST bodies). No token: {"ok":false,"error":
  "not_authed"}; unknown: "invalid_auth"; listed in "revoked_tokens":
  "token_revoked". Errors are HTTP 200 with ok=false, as Slack answers them.
- Cursors: opaque (base64 of "<method>:<offset>"), next_cursor "" on the last
  page; a cursor that does not decode for this method is "invalid_cursor".
  A page holds at most --page items (small, so every loop runs; Slack
  documents that a page may be shorter than `limit` while more remain);
  `limit` lowers it, up to the documented maximum (1000).
- Rate limits: Slack's tiers, per (token, method) in a sliding window of
  --window seconds (60 in Slack; tests pass a short one): team.info Tier 3
  (50), users.list / conversations.list / usergroups.list Tier 2 (20),
  conversations.members Tier 4 (100). Over the limit: HTTP 429, header
  Retry-After (whole seconds), body {"ok":false,"error":"ratelimited"}.
  The fixture's "limits" object overrides a method's budget.

Control (no auth; for the tests): POST /_control with a JSON object:
  {"ratelimit": {"<method>": n}}   the next n calls of method get 429
  {"fail": {"<method>": n}}        ... get HTTP 500 with an HTML body
  {"malformed": {"<method>": n}}   ... get a truncated JSON body
  {"endless": ["<method>", ...]}   those methods always return a next cursor
  {"error": {"<method>": "<error>"}}  the next call of method answers
                                   {"ok":false,"error":"<error>"} (e.g.
                                   Slack's "internal_error", "fatal_error")
  {"reset": true}                  clears the above and the request log
GET /_control/log: the list of calls, each {"method", "params", "token",
"status", "error"}.

Fixture: {"tokens": {"xoxb-...": "T0001"}, "revoked_tokens": [...],
"teams": {"T0001": {"team": {...team.info object...}, "users": [...],
"usergroups": [...], "channels": [...], "members": {"C1": ["U1", ...]}}}}
Objects are served as given (the API's own field names).
"""
import argparse
import asyncio
import base64
import json
import sys
import time
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
import testsrv  # noqa: E402
testsrv.need_aiohttp("fakeslack.py")
from aiohttp import web  # noqa: E402

TIER = {"team.info": 50, "users.list": 20, "conversations.list": 20,
        "usergroups.list": 20, "conversations.members": 100}
MAXLIMIT = 1000


class SlackError(Exception):
    def __init__(self, error, status=200, headers=None):
        super().__init__(error)
        self.error, self.status, self.headers = error, status, headers or {}


class Fake:
    def __init__(self, fixture, page, window):
        self.fx = fixture
        self.page = page
        self.window = window
        self.calls = {}		# (token, method) -> [times]
        self.log = []
        self.faults = {"ratelimit": {}, "fail": {}, "malformed": {}, "error": {}}
        self.endless = set()

    # -- auth and limits ----------------------------------------------

    def team_of(self, req, form):
        auth = req.headers.get("Authorization", "")
        token = None
        if auth.startswith("Bearer "):
            token = auth[7:].strip()
        elif "token" in form:
            token = form["token"]
        if not token:
            raise SlackError("not_authed")
        if token in self.fx.get("revoked_tokens", []):
            raise SlackError("token_revoked")
        team = self.fx.get("tokens", {}).get(token)
        if team is None or team not in self.fx.get("teams", {}):
            raise SlackError("invalid_auth")
        return token, self.fx["teams"][team]

    def limit(self, token, method):
        budget = self.fx.get("limits", {}).get(method, TIER[method])
        now = time.monotonic()
        q = [t for t in self.calls.get((token, method), []) if now - t < self.window]
        if len(q) >= budget:
            wait = max(1, int(self.window - (now - q[0]) + 0.999))
            self.calls[(token, method)] = q
            raise SlackError("ratelimited", 429, {"Retry-After": str(wait)})
        q.append(now)
        self.calls[(token, method)] = q

    def take(self, kind, method):
        n = self.faults[kind].get(method, 0)
        if n > 0:
            self.faults[kind][method] = n - 1
            return True
        return False

    # -- paging -------------------------------------------------------

    def paged(self, method, items, form, key):
        limit = form.get("limit")
        try:
            size = int(limit) if limit not in (None, "", "0") else self.page
        except ValueError:
            raise SlackError("invalid_limit")
        # Slack may answer fewer items than `limit` while more remain (its
        # documentation says so): the page size caps every answer.
        size = max(1, min(size, MAXLIMIT, self.page))
        start = 0
        cur = form.get("cursor", "")
        if cur:
            try:
                m, off = base64.b64decode(cur, validate=True).decode().rsplit(":", 1)
                start = int(off)
                if m != method or start < 0 or start > len(items):
                    raise ValueError
            except Exception:
                raise SlackError("invalid_cursor")
        chunk = items[start:start + size]
        nxt = start + size
        if method.split(":")[0] in self.endless:
            nxt = start if start < len(items) else 0
        elif nxt >= len(items):
            nxt = None
        cursor = "" if nxt is None else base64.b64encode(("%s:%d" % (method, nxt)).encode()).decode()
        return {"ok": True, key: chunk, "response_metadata": {"next_cursor": cursor}}

    # -- methods ------------------------------------------------------

    def m_team_info(self, team, form):
        return {"ok": True, "team": team["team"]}

    def m_users_list(self, team, form):
        r = self.paged("users.list", team.get("users", []), form, "members")
        r["cache_ts"] = int(time.time())
        return r

    def m_usergroups_list(self, team, form):
        out = []
        for g in team.get("usergroups", []):
            if g.get("date_delete", 0) and form.get("include_disabled", "false") not in ("true", "1"):
                continue
            g = dict(g)
            users = g.pop("users", [])
            if form.get("include_users", "false") in ("true", "1"):
                g["users"] = users
            if form.get("include_count", "false") in ("true", "1"):
                g["user_count"] = len(users)
            out.append(g)
        return {"ok": True, "usergroups": out}

    def m_conversations_list(self, team, form):
        types = [t for t in form.get("types", "public_channel").split(",") if t]
        for t in types:
            if t not in ("public_channel", "private_channel", "mpim", "im"):
                raise SlackError("invalid_types")
        excl = form.get("exclude_archived", "false") in ("true", "1")
        chans = []
        for c in team.get("channels", []):
            kind = "private_channel" if c.get("is_private") else "public_channel"
            if kind in types and not (excl and c.get("is_archived")):
                chans.append(c)
        return self.paged("conversations.list", chans, form, "channels")

    def m_conversations_members(self, team, form):
        ch = form.get("channel")
        if not ch:
            raise SlackError("invalid_arguments")
        if not any(c.get("id") == ch for c in team.get("channels", [])):
            raise SlackError("channel_not_found")
        return self.paged("conversations.members:" + ch, team.get("members", {}).get(ch, []),
                          form, "members")

    async def handle(self, req):
        method = req.match_info["method"]
        form = dict(req.query)
        if req.method == "POST":
            ctype = req.headers.get("Content-Type", "")
            if ctype.startswith("application/json"):
                try:
                    form.update({k: str(v).lower() if isinstance(v, bool) else str(v)
                                 for k, v in (await req.json()).items()})
                except Exception:
                    return web.json_response({"ok": False, "error": "invalid_json"})
            else:
                form.update(dict(await req.post()))
        entry = {"method": method, "params": {k: v for k, v in form.items() if k != "token"},
                 "token": None, "status": 200, "error": None}
        self.log.append(entry)
        fn = getattr(self, "m_" + method.replace(".", "_"), None)
        try:
            if fn is None:
                raise SlackError("unknown_method")
            token, team = self.team_of(req, form)
            entry["token"] = token
            if self.take("ratelimit", method):
                raise SlackError("ratelimited", 429, {"Retry-After": "1"})
            self.limit(token, method)
            if method in self.faults["error"]:
                raise SlackError(self.faults["error"].pop(method))
            if self.take("fail", method):
                entry["status"] = 500
                return web.Response(status=500, text="<html><body>Internal Server Error</body></html>",
                                    content_type="text/html")
            body = fn(team, form)
            if self.take("malformed", method):
                text = json.dumps(body)
                return web.Response(text=text[:max(1, len(text) // 2)], content_type="application/json")
            return web.json_response(body)
        except SlackError as e:
            entry["status"], entry["error"] = e.status, e.error
            return web.json_response({"ok": False, "error": e.error}, status=e.status, headers=e.headers)

    async def control(self, req):
        c = await req.json()
        if c.get("reset"):
            self.faults = {"ratelimit": {}, "fail": {}, "malformed": {}, "error": {}}
            self.endless = set()
            self.log = []
            self.calls = {}
        for k in ("ratelimit", "fail", "malformed", "error"):
            self.faults[k].update(c.get(k, {}))
        self.endless.update(c.get("endless", []))
        return web.json_response({"ok": True})

    async def getlog(self, req):
        return web.json_response(self.log)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fixture")
    ap.add_argument("--page", type=int, default=2)
    ap.add_argument("--window", type=float, default=60.0)
    ap.add_argument("--certs")
    a = ap.parse_args()
    with open(a.fixture) as f:
        fake = Fake(json.load(f), a.page, a.window)
    app = web.Application()
    app.router.add_post("/_control", fake.control)
    app.router.add_get("/_control/log", fake.getlog)
    app.router.add_route("*", "/api/{method}", fake.handle)
    await testsrv.serve_app(app, a.certs)


if __name__ == "__main__":
    asyncio.run(main())

#!/usr/bin/env python3
"""A fake OneLogin API for the worker's tests (not a test by itself).

    fakeonelogin.py FIXTURE.json [--page N] [--ttl SECONDS] [--certs DIR]

Prints "PORTS <http>" and serves on 127.0.0.1 until stdin is closed or
SIGTERM (tests/integration/testsrv.py). What it serves follows OneLogin's
public API documentation:

  POST /auth/oauth2/v2/token   client credentials: "Authorization:
        client_id:<id>, client_secret:<secret>" (the form of the 1.x SDKs)
        or "Basic base64(id:secret)"; JSON body {"grant_type":
        "client_credentials"}. Answers {"access_token", "created_at",
        "expires_in", "refresh_token", "token_type": "bearer",
        "account_id"}. Wrong credentials: 401 with the documented error
        body {"status": {"error": true, "code": 401, "type":
        "Unauthorized", "message": "Authentication Failure"}}; a missing or
        wrong grant_type: 400 "grant_type is incorrect/absent".
  GET  /api/1/users            "Authorization: bearer:<token>" (or
        "Bearer <token>"); {"status": {...}, "pagination": {"before_cursor",
        "after_cursor", "previous_link", "next_link"}, "data": [users]};
        paged by after_cursor (next_link is the absolute URL of the next
        page, null on the last one); `limit` up to 50, the page holds at
        most --page users.
  GET  /api/2/users            the same users as a JSON array, the cursor in
        the After-Cursor header, paged by ?cursor=.

An access token lives --ttl seconds (OneLogin: 36000); an expired or unknown
token gets the documented 401. Rate limit: X-RateLimit-Limit / -Remaining /
-Reset headers on every API answer; over the fixture's "rate_limit" calls
(per token, default 5000 an hour) a 429 with the documented error body.

Control (no auth): POST /_control {"expire_tokens": true} (every issued token
expires now), {"expire_tokens_after": n} (... once n more API calls were
answered), {"ratelimit": n}, {"fail": n} (HTTP 500), {"malformed": n}
(truncated JSON), {"endless": true} (every page has a next link),
{"reset": true}; GET /_control/log lists the calls ({"path", "query",
"status", "client_id"}).

Fixture: {"account_id": 555, "clients": {"<client_id>": "<secret>"},
"users": [...user objects with the API's field names...]}.
"""
import argparse
import asyncio
import base64
import json
import os
import secrets
import sys
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
import testsrv  # noqa: E402
testsrv.need_aiohttp("fakeonelogin.py")
from aiohttp import web  # noqa: E402

V1_MAX = 50


def status(code, typ, msg, error=True):
    return {"status": {"error": error, "code": code, "type": typ, "message": msg}}


class Fake:
    def __init__(self, fx, page, ttl):
        self.fx, self.page, self.ttl = fx, page, ttl
        self.tokens = {}	# token -> (client_id, expiry)
        self.counts = {}	# token -> calls
        self.log = []
        self.faults = {"ratelimit": 0, "fail": 0, "malformed": 0}
        self.endless = False
        self.expire_after = None

    def take(self, k):
        if self.faults[k] > 0:
            self.faults[k] -= 1
            return True
        return False

    def client_of(self, header):
        if header.startswith("Basic "):
            try:
                cid, sec = base64.b64decode(header[6:]).decode().split(":", 1)
            except Exception:
                return None
        else:
            parts = dict(p.strip().split(":", 1) for p in header.split(",") if ":" in p)
            cid, sec = parts.get("client_id", "").strip(), parts.get("client_secret", "").strip()
        if cid and self.fx.get("clients", {}).get(cid) == sec:
            return cid
        return None

    async def token(self, req):
        entry = {"path": req.path, "query": dict(req.query), "status": 200, "client_id": None}
        self.log.append(entry)
        cid = self.client_of(req.headers.get("Authorization", ""))
        if cid is None:
            entry["status"] = 401
            return web.json_response(status(401, "Unauthorized", "Authentication Failure"), status=401)
        entry["client_id"] = cid
        try:
            body = await req.json()
        except Exception:
            body = {}
        if not isinstance(body, dict) or body.get("grant_type") != "client_credentials":
            entry["status"] = 400
            return web.json_response(status(400, "bad request", "grant_type is incorrect/absent"),
                                     status=400)
        tok = secrets.token_hex(32)
        self.tokens[tok] = (cid, time.time() + self.ttl)
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        return web.json_response({"access_token": tok, "created_at": now, "expires_in": self.ttl,
                                  "refresh_token": secrets.token_hex(32), "token_type": "bearer",
                                  "account_id": self.fx.get("account_id", 555555)})

    def check(self, req, entry):
        h = req.headers.get("Authorization", "")
        tok = h[7:].strip() if h.lower().startswith("bearer:") else (
            h[7:].strip() if h.startswith("Bearer ") else "")
        if self.expire_after is not None:
            self.expire_after -= 1
            if self.expire_after < 0:
                self.expire_after = None
                self.tokens = {k: (v[0], 0) for k, v in self.tokens.items()}
        t = self.tokens.get(tok)
        if t is None or t[1] <= time.time():
            raise web.HTTPUnauthorized(text=json.dumps(status(401, "Unauthorized", "Authentication Failure")),
                                       content_type="application/json")
        entry["client_id"] = t[0]
        limit = self.fx.get("rate_limit", 5000)
        n = self.counts.get(tok, 0) + 1
        self.counts[tok] = n
        hdr = {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": str(max(0, limit - n)),
               "X-RateLimit-Reset": "3600"}
        if n > limit or self.take("ratelimit"):
            hdr["X-RateLimit-Reset"] = "1"
            raise web.HTTPTooManyRequests(
                text=json.dumps(status(429, "Too Many Requests", "Rate limit exceeded")),
                content_type="application/json", headers=hdr)
        if self.take("fail"):
            raise web.HTTPInternalServerError(text="<html>Internal Server Error</html>",
                                              content_type="text/html")
        return hdr

    def page_of(self, cursor, limit):
        users = self.fx.get("users", [])
        start = 0
        if cursor:
            try:
                start = int(base64.urlsafe_b64decode(cursor.encode()).decode().split(":")[1])
                if start < 0 or start > len(users):
                    raise ValueError
            except Exception:
                raise web.HTTPBadRequest(text=json.dumps(status(400, "bad request", "Invalid cursor")),
                                         content_type="application/json")
        try:
            size = int(limit) if limit else self.page
        except ValueError:
            size = self.page
        size = max(1, min(size, V1_MAX, self.page))
        nxt = start + size
        if self.endless:
            nxt = start
        elif nxt >= len(users):
            nxt = None
        cur = None if nxt is None else base64.urlsafe_b64encode(("users:%d" % nxt).encode()).decode()
        return users[start:start + size], cur

    def body(self, data, hdr, headers_extra=None):
        if self.take("malformed"):
            text = json.dumps(data)
            return web.Response(text=text[:max(1, len(text) // 2)], content_type="application/json",
                                headers=hdr)
        hdr.update(headers_extra or {})
        return web.json_response(data, headers=hdr)

    async def users_v1(self, req):
        entry = {"path": req.path, "query": dict(req.query), "status": 200, "client_id": None}
        self.log.append(entry)
        try:
            hdr = self.check(req, entry)
            data, cur = self.page_of(req.query.get("after_cursor"), req.query.get("limit"))
        except web.HTTPException as e:
            entry["status"] = e.status
            raise
        nxt = None
        if cur:
            nxt = "%s://%s/api/1/users?after_cursor=%s" % (req.scheme, req.host, cur)
        return self.body({**status(200, "success", "Success", False),
                          "pagination": {"before_cursor": None, "after_cursor": cur,
                                        "previous_link": None, "next_link": nxt},
                          "data": data}, hdr)

    async def users_v2(self, req):
        entry = {"path": req.path, "query": dict(req.query), "status": 200, "client_id": None}
        self.log.append(entry)
        try:
            hdr = self.check(req, entry)
            data, cur = self.page_of(req.query.get("cursor"), req.query.get("limit"))
        except web.HTTPException as e:
            entry["status"] = e.status
            raise
        v2 = []
        for u in data:
            u = dict(u)
            if "role_id" in u:
                u["role_ids"] = u.pop("role_id")
            v2.append(u)
        return self.body(v2, hdr, {"After-Cursor": cur} if cur else {})

    async def control(self, req):
        c = await req.json()
        if c.get("reset"):
            self.faults = {"ratelimit": 0, "fail": 0, "malformed": 0}
            self.endless = False
            self.log = []
            self.counts = {}
        if "expire_tokens_after" in c:
            self.expire_after = int(c["expire_tokens_after"])
        if c.get("expire_tokens"):
            self.tokens = {t: (v[0], 0) for t, v in self.tokens.items()}
        for k in self.faults:
            self.faults[k] += int(c.get(k, 0))
        if "endless" in c:
            self.endless = bool(c["endless"])
        return web.json_response({"ok": True})

    async def getlog(self, req):
        return web.json_response(self.log)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fixture")
    ap.add_argument("--page", type=int, default=2)
    ap.add_argument("--ttl", type=int, default=36000)
    ap.add_argument("--certs")
    a = ap.parse_args()
    with open(a.fixture) as f:
        fake = Fake(json.load(f), a.page, a.ttl)
    app = web.Application()
    app.router.add_post("/auth/oauth2/v2/token", fake.token)
    app.router.add_get("/api/1/users", fake.users_v1)
    app.router.add_get("/api/2/users", fake.users_v2)
    app.router.add_post("/_control", fake.control)
    app.router.add_get("/_control/log", fake.getlog)
    await testsrv.serve_app(app, a.certs)


if __name__ == "__main__":
    asyncio.run(main())

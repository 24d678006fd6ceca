#!/usr/bin/env python3
"""HTTP test server for tests/unit/t_http.c (not a test by itself).

Prints "PORTS <http> <https> <https_clientcert>" (https ports 0 without
--certs) and serves on 127.0.0.1 until its stdin is closed or SIGTERM.
It verifies PSK JWTs itself (hashlib/hmac, core-protocol.md 2.1) so the
client's tokens are checked by an independent implementation.

  ANY  /echo            JSON: method, path, headers, body, body_len, auth
                         ("none", "ok", "bad: <why>"), jwt_header (decoded),
                         client_cert (CN of the TLS client certificate)
  ANY  /status/<code>   that status, body "status <code>", Retry-After: 5
  GET  /headers         X-One: 1, X-Two: two words, two Set-Cookie
  ANY  /slow?ms=N       answers after N ms
  POST /upload          streams the body: bytes, sha256, chunked, length
  GET  /catoken         Authorization: Bearer <PSK JWT with a
                         sha256_fingerprint claim "AB:CD">, like /ca/cert
"""
import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import time

import testsrv
testsrv.need_aiohttp("http_server.py")
from aiohttp import web  # noqa: E402


def b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def b64url_enc(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def verify(value, psk):
    """(verdict, decoded JOSE header or None)"""
    if value is None:
        return "none", None
    scheme, _, tok = value.partition(" ")
    if scheme.lower() != "bearer" or tok.startswith(" "):
        return "bad: scheme", None
    try:
        h, p, s = tok.split(".")
        header = json.loads(b64url_dec(h))
        salt = base64.b64decode(header["salt"], validate=True)
        key = hashlib.pbkdf2_hmac("sha256", psk.encode(), salt, 100000, 32)
        sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(sig, b64url_dec(s)):
            return "bad: signature", header
        claims = json.loads(b64url_dec(p))
        if set(claims) != {"exp"}:
            return "bad: claims %s" % sorted(claims), header
        if not (time.time() < claims["exp"] <= time.time() + 301):
            return "bad: exp", header
        return "ok", b64url_dec(h).decode()
    except Exception as e:      # malformed token
        return "bad: %s" % e, None


def make_token(psk, claims):
    salt = os.urandom(16)
    header = json.dumps({"alg": "HS256", "salt": base64.b64encode(salt).decode(), "typ": "JWT"},
                        separators=(",", ":"), sort_keys=True).encode()
    key = hashlib.pbkdf2_hmac("sha256", psk.encode(), salt, 100000, 32)
    si = b64url_enc(header) + "." + b64url_enc(json.dumps(claims, separators=(",", ":")).encode())
    return si + "." + b64url_enc(hmac.new(key, si.encode(), hashlib.sha256).digest())


def peer_cn(request):
    sslobj = request.transport.get_extra_info("ssl_object")
    cert = sslobj.getpeercert() if sslobj else None
    if not cert:
        return None
    for rdn in cert.get("subject", ()):
        for k, v in rdn:
            if k == "commonName":
                return v
    return None


async def echo(request):
    body = await request.read()
    auth, hdr = verify(request.headers.get("Authorization"), request.app["psk"])
    return web.json_response({
        "method": request.method,
        "path": request.path_qs,
        "headers": {k: v for k, v in request.headers.items()},
        "body": body.decode("utf-8", "replace") if len(body) < 65536 else None,
        "body_len": len(body),
        "auth": auth,
        "jwt_header": hdr,
        "client_cert": peer_cn(request),
    })


async def status(request):
    code = int(request.match_info["code"])
    return web.Response(status=code, text="status %d" % code, headers={"Retry-After": "5"})


async def headers(request):
    r = web.Response(text="h")
    r.headers["X-One"] = "1"
    r.headers["X-Two"] = "two words"
    r.headers.add("Set-Cookie", "a=1")
    r.headers.add("Set-Cookie", "b=2")
    return r


async def slow(request):
    await asyncio.sleep(int(request.query.get("ms", "1000")) / 1000)
    return web.Response(text="slow done")


async def upload(request):
    h = hashlib.sha256()
    n = 0
    async for chunk in request.content.iter_chunked(1 << 16):
        h.update(chunk)
        n += len(chunk)
    return web.json_response({
        "bytes": n, "sha256": h.hexdigest(),
        "chunked": request.headers.get("Transfer-Encoding", "") == "chunked",
        "content_length": request.headers.get("Content-Length"),
        "auth": verify(request.headers.get("Authorization"), request.app["psk"])[0],
    })


async def catoken(request):
    tok = make_token(request.app["psk"], {"sha256_fingerprint": "AB:CD",
                                          "exp": int(time.time()) + 300})
    return web.Response(text="-----BEGIN CERTIFICATE-----\n", headers={"Authorization": "Bearer " + tok})


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--psk", default="")
    ap.add_argument("--certs", default="")
    a = ap.parse_args()

    app = web.Application(client_max_size=1 << 20)
    app["psk"] = a.psk
    app.router.add_route("*", "/echo", echo)
    app.router.add_route("*", "/status/{code}", status)
    app.router.add_get("/headers", headers)
    app.router.add_route("*", "/slow", slow)
    app.router.add_post("/upload", upload)
    app.router.add_get("/catoken", catoken)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    ports = []
    s = testsrv.listener()
    await web.SockSite(runner, s).start()
    ports.append(s.getsockname()[1])
    for want_client in (False, True):
        if not a.certs:
            ports.append(0)
            continue
        c = testsrv.tls_ctx(a.certs, "good", client_ca="ca.pem" if want_client else None)
        s = testsrv.listener()
        await web.SockSite(runner, s, ssl_context=c).start()
        ports.append(s.getsockname()[1])
    await testsrv.serve(ports)
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())

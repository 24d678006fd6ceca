#!/usr/bin/env python3
"""Websocket test server for tests/unit/t_ws.c (not a test by itself).

Listens on 127.0.0.1 (and ::1 when it can) on free ports and prints one
line "PORTS <ws> <raw> <tls> <tls_wrong> <ws6>" (0 when not available),
then serves until its stdin is closed or it gets SIGTERM.

  ws         aiohttp websockets: /ws (checks Authorization, Host, no Origin;
             commands below), /nopong (never answers pings)
  raw        hand-written HTTP for broken handshakes: /badaccept, /401,
             /noupgrade, /garbage (valid 101, then garbage), /closenoframe,
             /inspect (valid 101, then the request head as a text message)
  tls        /ws over TLS, certificate for localhost and 127.0.0.1
  tls_wrong  /ws over TLS, certificate for wrong.example only
  ws6        /ws on [::1]

Commands on /ws (text messages): "echo:X" -> X, "frag" -> "fragmented" in
three frames, "bin" -> binary 00 01 02, "ping" -> server ping "srv", then
"pong:<payload>" once the pong is in, "clientpings?" -> "pings:<n>",
"close:<code>:<reason>", "big:<n>" -> n bytes, "badutf8", "badop",
"masked", "lastclose" -> "<code> <reason>" of the last close frame a client
sent (or "none"; reading it resets it; close code 4999 is not recorded);
anything else is echoed.
"""
import argparse
import asyncio
import base64
import hashlib
import struct

import testsrv
testsrv.need_aiohttp("ws_server.py")
from aiohttp import web, WSMsgType  # noqa: E402

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
state = {"lastclose": "none", "pings": 0}


def raw_frame(op, payload, fin=True, rsv=0, mask=False):
    b0 = (0x80 if fin else 0) | (rsv << 4) | op
    n = len(payload)
    m = 0x80 if mask else 0
    if n < 126:
        head = struct.pack("!BB", b0, m | n)
    elif n < 65536:
        head = struct.pack("!BBH", b0, m | 126, n)
    else:
        head = struct.pack("!BBQ", b0, m | 127, n)
    if mask:
        key = b"\x01\x02\x03\x04"
        payload = bytes(c ^ key[i % 4] for i, c in enumerate(payload))
        head += key
    return head + payload


async def ws_handler(request):
    want = request.app["auth"]
    if want and request.headers.get("Authorization") != want:
        raise web.HTTPUnauthorized(text="bad or missing Authorization")
    if "Origin" in request.headers:
        raise web.HTTPForbidden(text="Origin sent")
    if ":" not in request.headers.get("Host", ""):
        raise web.HTTPBadRequest(text="Host without port")
    ws = web.WebSocketResponse(autoping=False, max_msg_size=0)
    await ws.prepare(request)
    tr = request.transport
    while True:
        msg = await ws.receive()
        if msg.type == WSMsgType.CLOSE:
            if msg.data != 4999:        # 4999: the test's query connections
                state["lastclose"] = "%d %s" % (msg.data, msg.extra or "")
            break
        if msg.type in (WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
            break
        if msg.type == WSMsgType.PING:
            state["pings"] += 1
            await ws.pong(msg.data)
        elif msg.type == WSMsgType.PONG:
            await ws.send_str("pong:" + msg.data.decode())
        elif msg.type == WSMsgType.BINARY:
            await ws.send_bytes(msg.data)
        elif msg.type == WSMsgType.TEXT:
            t = msg.data
            if t.startswith("echo:"):
                await ws.send_str(t[5:])
            elif t == "frag":
                tr.write(raw_frame(1, b"frag", fin=False) + raw_frame(0, b"men", fin=False)
                         + raw_frame(0, b"ted"))
            elif t == "bin":
                await ws.send_bytes(b"\x00\x01\x02")
            elif t == "ping":
                await ws.ping(b"srv")
            elif t == "clientpings?":
                await ws.send_str("pings:%d" % state["pings"])
            elif t.startswith("close:"):
                _, code, reason = t.split(":", 2)
                await ws.close(code=int(code), message=reason.encode())
            elif t.startswith("big:"):
                await ws.send_str("a" * int(t[4:]))
            elif t == "badutf8":
                tr.write(raw_frame(1, b"ok \xc3\x28"))
            elif t == "badop":
                tr.write(raw_frame(3, b"x"))
            elif t == "masked":
                tr.write(raw_frame(1, b"hidden", mask=True))
            elif t == "lastclose":
                await ws.send_str(state["lastclose"])
                state["lastclose"] = "none"
            else:
                await ws.send_str(t)
    return ws


async def nopong_handler(request):
    ws = web.WebSocketResponse(autoping=False)
    await ws.prepare(request)
    async for msg in ws:
        pass        # pings are read and never answered
    return ws


def accept_of(key):
    return base64.b64encode(hashlib.sha1(key.encode() + GUID).digest()).decode()


async def raw_client(reader, writer):
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        writer.close()
        return
    text = head.decode("latin-1")
    path = text.split(" ", 2)[1]
    key = ""
    for line in text.split("\r\n")[1:]:
        if line.lower().startswith("sec-websocket-key:"):
            key = line.split(":", 1)[1].strip()
    ok101 = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
             "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n" % accept_of(key)).encode()
    name = path.split("?")[0]
    if name == "/badaccept":
        writer.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n"
                      % accept_of(key + "x")).encode())
    elif name == "/401":
        writer.write(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 12\r\n\r\nUnauthorized")
    elif name == "/noupgrade":
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    elif name == "/garbage":
        writer.write(ok101 + raw_frame(1, b"first") + bytes(range(256)) * 4)
    elif name == "/closenoframe":
        writer.write(ok101 + raw_frame(1, b"bye soon"))
    elif name == "/inspect":
        writer.write(ok101 + raw_frame(1, head))
        await writer.drain()
        try:
            await reader.read(65536)    # until the client goes
        except ConnectionError:
            pass
    await writer.drain()
    writer.close()


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--auth", default="")
    ap.add_argument("--certs", default="")
    a = ap.parse_args()

    app = web.Application()
    app["auth"] = a.auth
    app.router.add_get("/ws", ws_handler)
    app.router.add_get("/nopong", nopong_handler)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    ports = []
    s = testsrv.listener("127.0.0.1")
    await web.SockSite(runner, s).start()
    ports.append(s.getsockname()[1])
    rs = testsrv.listener("127.0.0.1")
    raw = await asyncio.start_server(raw_client, sock=rs)
    ports.append(rs.getsockname()[1])
    for name in ("good", "wrong"):
        if a.certs:
            s = testsrv.listener("127.0.0.1")
            await web.SockSite(runner, s, ssl_context=testsrv.tls_ctx(a.certs, name)).start()
            ports.append(s.getsockname()[1])
        else:
            ports.append(0)
    try:
        s = testsrv.listener("::1")
        await web.SockSite(runner, s).start()
        ports.append(s.getsockname()[1])
    except OSError:
        ports.append(0)
    await testsrv.serve(ports)
    raw.close()
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())

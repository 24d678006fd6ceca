#!/usr/bin/env python3
"""sink: the least core a worker can collect against, for benchmarks.

Answers just enough of Resoto Core 3.6.5 for resotoworker to connect
(readiness, configuration, subscription, the three websockets), accepts the
graph creation and the model, and reads every merge body as a stream,
counting bytes and lines and throwing them away: no parsing, no checks
(tests/devcore is the checking core; it is far too slow for a million
lines). A control endpoint on the same port starts a collect and waits for
its answer.

    sink.py [--port 0] [--port-file F]     prints "PORT <port>" once listening

    GET  /_bench/state     {"connected_at": unix time of the action websocket, or null}
    POST /_bench/collect   sends a collect action, waits for the reply:
                           {"seconds", "reply", "merges", "bytes", "lines", "nodes", "edges"}
    POST /_bench/reset     forgets the connection time and the counters
"""
import argparse
import asyncio
import json
import os
import sys
import time
import uuid

from aiohttp import web, WSMsgType

st = {"handle": None, "connected_at": None, "waiting": {}, "config": None, "rev": 0,
      "merges": 0, "bytes": 0, "lines": 0, "nodes": 0, "edges": 0}


def js(obj, status=200, headers=None):
    return web.Response(text=json.dumps(obj), status=status, content_type="application/json",
                        headers=headers)


async def ready(request):
    return web.Response(text="ok")


async def get_config(request):
    if st["config"] is None:
        return web.Response(status=404, text="No config with this id")
    if request.query.get("separate_overrides", "").lower() == "true":
        body = {"config": st["config"], "overrides": {}}
    else:
        body = st["config"]
    return js(body, headers={"Resoto-Config-Revision": str(st["rev"])})


async def put_config(request):
    st["config"] = await request.json()
    st["rev"] += 1
    return js(st["config"], headers={"Resoto-Config-Revision": str(st["rev"])})


async def ok_json(request):
    await request.read()
    return js([])


async def subscribe(request):
    sid, ev = request.match_info["sid"], request.match_info["event"]
    return js({"id": sid, "subscriptions": {ev: {"message_type": ev, "wait_for_completion": True,
                                                 "timeout": 10800.0}}})


async def handle(request):
    ws = web.WebSocketResponse(max_msg_size=16 << 20)
    await ws.prepare(request)
    st["handle"] = ws
    st["connected_at"] = time.time()
    async for msg in ws:
        if msg.type != WSMsgType.TEXT or not msg.data.strip():
            continue
        m = json.loads(msg.data)
        if m.get("kind") in ("action_done", "action_error"):
            fut = st["waiting"].pop(m["data"]["task"], None)
            if fut is not None and not fut.done():
                fut.set_result((time.time(), m))
    if st["handle"] is ws:
        st["handle"] = None
    return ws


async def idle_ws(request):
    ws = web.WebSocketResponse(max_msg_size=16 << 20)
    await ws.prepare(request)
    async for _ in ws:
        pass
    return ws


async def create_graph(request):
    await request.read()
    return js({"id": "root", "reported": {"kind": "graph_root"}})


async def merge(request):
    n = lines = 0
    async for chunk in request.content.iter_chunked(1 << 20):
        n += len(chunk)
        lines += chunk.count(b"\n")
    st["merges"] += 1
    st["bytes"] += n
    st["lines"] += lines
    st["nodes"] += int(request.headers.get("Resoto-Worker-Nodes", 0))
    st["edges"] += int(request.headers.get("Resoto-Worker-Edges", 0))
    return web.Response(status=204)


async def bench_state(request):
    return js({"connected_at": st["connected_at"]})


async def bench_reset(request):
    st.update(connected_at=None if st["handle"] is None else st["connected_at"],
              merges=0, bytes=0, lines=0, nodes=0, edges=0)
    return js({})


async def bench_collect(request):
    ws = st["handle"]
    if ws is None:
        return js({"error": "no worker connected"}, status=409)
    for k in ("merges", "bytes", "lines", "nodes", "edges"):
        st[k] = 0
    task = str(uuid.uuid4())
    fut = asyncio.get_running_loop().create_future()
    st["waiting"][task] = fut
    t0 = time.time()
    await ws.send_str(json.dumps({"kind": "action", "message_type": "collect",
                                  "data": {"task": task, "step": "collect"}}) + "\n")
    t1, reply = await asyncio.wait_for(fut, timeout=3600)
    return js({"seconds": t1 - t0, "reply": reply["kind"], "merges": st["merges"],
               "bytes": st["bytes"], "lines": st["lines"], "nodes": st["nodes"],
               "edges": st["edges"]})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    a = ap.parse_args()
    app = web.Application(client_max_size=64 << 20)
    app.add_routes([
        web.get("/system/ready", ready),
        web.get("/config/{id}", get_config), web.put("/config/{id}", put_config),
        web.patch("/configs/model", ok_json),
        web.post("/subscriber/{sid}/{event}", subscribe),
        web.get("/subscriber/{sid}/handle", handle),
        web.get("/work/queue", idle_ws), web.get("/events", idle_ws),
        web.post("/graph/{g}", create_graph),
        web.patch("/model", ok_json), web.patch("/graph/{g}/model", ok_json),
        web.post("/graph/{g}/merge", merge),
        web.get("/_bench/state", bench_state), web.post("/_bench/reset", bench_reset),
        web.post("/_bench/collect", bench_collect),
    ])

    async def run():
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", a.port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        if a.port_file:
            with open(a.port_file + ".tmp", "w") as f:
                f.write("%d\n" % port)
            os.rename(a.port_file + ".tmp", a.port_file)
        print("PORT %d" % port, flush=True)
        await asyncio.Event().wait()
    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())

"""Bad input from the core never takes the worker down (core-protocol.md
4.3, 5.2, 8.4, 10): a core of this test's own (plain http, aiohttp) sends
frames that are not JSON, not objects, of unknown kinds, with missing
fields or wrong types, on all three websockets, and answers REST calls
with errors and too late. The worker logs a line naming each problem,
answers what can be answered (a task with an id gets result "error"; an
action of an unknown type gets action_error), ignores the rest, and keeps
going: the good action after all the junk is answered, and every frame it
sends is well-formed.
"""
import asyncio
import json
import os
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402
from coretest import Checks, Worker  # noqa: E402

coretest.control.reexec_with_aiohttp()
from aiohttp import web, WSMsgType  # noqa: E402

SID = "resoto.worker"
ASID = SID + "-collector"

BAD_ACTIONS = [
	("not json", "invalid JSON"),
	("[1, 2]", "JSON array where an object was expected"),
	("42", "JSON int where an object was expected"),
	('{"message_type": "collect"}', 'message without "kind"'),
	('{"kind": 7}', '"kind" is int, not a string'),
	('{"kind": "bogus"}', 'message of kind "bogus"'),
	('{"kind": "action", "data": {"task": "t", "step": "collect"}}', 'action without "message_type"'),
	('{"kind": "action", "message_type": "collect", "data": []}', '"data" is array, not an object'),
	('{"kind": "action", "message_type": "cleanup", "data": {"task": "t"}}', 'action data without "step"'),
	('{"kind": "action", "message_type": "cleanup", "data": {"task": 1, "step": "cleanup"}}',
		'"task" is int, not a string'),
]
BAD_TASKS = [
	("{", "truncated JSON", None),
	("[]", "JSON array where an object was expected", None),
	('{"task_name": "tag"}', 'task without "task_id"', None),
	('{"task_id": "bad-1"}', 'task without "task_name"', "bad-1"),
	('{"task_id": "bad-2", "task_name": "tag", "attrs": [1]}', '"attrs" is array, not an object', "bad-2"),
	('{"task_id": "bad-3", "task_name": "frobnicate", "data": {}, "attrs": {}}', "no handler for task frobnicate",
		"bad-3"),
	('{"task_id": "bad-4", "task_name": "tag", "data": {}, "attrs": {}}', "tag task without a cloud attribute",
		"bad-4"),
]
BAD_EVENTS = [
	("nope", "invalid JSON"),
	('{"kind": "event"}', 'event without "message_type"'),
	('{"kind": "event", "message_type": "config-updated", "data": "x"}', '"data" is string, not an object'),
	('{"kind": "action"}', 'message of kind "action" on the events'),
]


class FakeCore:
	"""Records what the worker sends; scripted misbehaviour."""

	def __init__(self):
		self.received = {"handle": [], "queue": [], "events": []}
		self.requests = []
		self.ready_calls = 0
		self.config_calls = 0
		self.go = None        # asyncio.Event: start sending junk on A
		self.sent = []        # what went out on A

	async def ready(self, request):
		self.ready_calls += 1
		self.requests.append(("GET", request.path))
		if self.ready_calls == 1:
			await asyncio.sleep(8)          # longer than the worker's 5 s probe timeout
		if self.ready_calls == 2:
			return web.Response(status=503, text="not yet")
		return web.Response(text="ok")

	async def get_config(self, request):
		self.config_calls += 1
		self.requests.append(("GET", request.path))
		if self.config_calls == 1:
			return web.Response(status=500, text="Error: boom\nMessage: config store down")
		if self.config_calls == 2:
			return web.Response(text="this is not json")
		return web.Response(status=404, text="No config with this id")

	async def ok_json(self, request):
		self.requests.append((request.method, request.path))
		await request.read()
		return web.json_response({}, headers={"Resoto-Config-Revision": "r1"})

	async def register(self, request):
		self.requests.append(("POST", request.path))
		return web.json_response({"id": ASID, "subscriptions": {}})

	async def ws(self, request, kind, script):
		ws = web.WebSocketResponse(autoping=True)
		await ws.prepare(request)
		reader = asyncio.get_event_loop().create_task(self.read(ws, kind))
		try:
			await script(ws)
			await reader
		finally:
			reader.cancel()
		return ws

	async def read(self, ws, kind):
		async for msg in ws:
			if msg.type == WSMsgType.TEXT:
				self.received[kind].append(msg.data)
			elif msg.type in (WSMsgType.CLOSE, WSMsgType.ERROR):
				break

	async def send(self, ws, text):
		self.sent.append(text)
		await ws.send_str(text + "\n")

	async def handle(self, request):
		async def script(ws):
			for text, _ in BAD_ACTIONS:
				await self.send(ws, text)
			await self.send(ws, json.dumps({"kind": "action", "message_type": "pre_collect",
				"data": {"task": "a1b2", "step": "pre_collect"}}))
			await self.send(ws, json.dumps({"kind": "action", "message_type": "cleanup",
				"data": {"task": "good-1", "step": "cleanup", "timing": {}}}))
		return await self.ws(request, "handle", script)

	async def queue(self, request):
		async def script(ws):
			while not self.received["queue"]:
				await asyncio.sleep(0.05)
			for text, _, _ in BAD_TASKS:
				await ws.send_str(text + "\n")
		return await self.ws(request, "queue", script)

	async def events(self, request):
		async def script(ws):
			for text, _ in BAD_EVENTS:
				await ws.send_str(text + "\n")
		return await self.ws(request, "events", script)

	def app(self):
		app = web.Application()
		app.add_routes([
			web.get("/system/ready", self.ready),
			web.get("/config/" + SID, self.get_config),
			web.patch("/configs/model", self.ok_json),
			web.put("/config/" + SID, self.ok_json),
			web.post("/subscriber/%s/{event}" % ASID, self.register),
			web.get("/subscriber/%s/handle" % ASID, self.handle),
			web.get("/work/queue", self.queue),
			web.get("/events", self.events),
		])
		return app


class Server:
	"""The fake core on its own thread and event loop."""

	def __init__(self, core):
		self.core = core
		self.started = threading.Event()
		self.thread = threading.Thread(target=self.run, daemon=True)
		self.thread.start()
		if not self.started.wait(30):
			raise coretest.Fail("the fake core did not start")

	def run(self):
		self.loop = asyncio.new_event_loop()
		asyncio.set_event_loop(self.loop)
		self.runner = web.AppRunner(self.core.app(), access_log=None, handle_signals=False)
		self.loop.run_until_complete(self.runner.setup())
		site = web.TCPSite(self.runner, "127.0.0.1", 0)
		self.loop.run_until_complete(site.start())
		self.port = site._server.sockets[0].getsockname()[1]
		self.started.set()
		self.loop.run_forever()

	def stop(self):
		asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(30)
		self.loop.call_soon_threadsafe(self.loop.stop)
		self.thread.join(30)


def main():
	t = Checks("core_badinput")
	tmp = coretest.tmpdir("core-badinput")
	core = FakeCore()
	server = Server(core)
	w = Worker(tmp, "http://127.0.0.1:%d" % server.port).start()
	try:
		# the REST troubles on the way in: a readiness probe that times
		# out, one answered 503, a config GET answered 500, one not JSON
		w.wait_log(r"core: http://127.0.0.1:\d+ is not reachable: .*[Tt]imed? ?out", timeout=30)
		w.wait_log(r"is not ready: HTTP 503", timeout=30)
		w.wait_log(r"GET /config/resoto.worker: HTTP 500: Error: boom Message: config store down", timeout=60)
		w.wait_log(r"GET /config/resoto.worker: unusable answer: invalid JSON", timeout=60)
		w.wait_log(r"action for task good-1 step cleanup", timeout=60)
		for text, why in BAD_ACTIONS:
			t.ok(w.lines(r"WARN .*(%s.*actions websocket|actions websocket.*%s)" % (rx(why), rx(why))),
				"a line names what is wrong with %s (%s)" % (text, why))
		for text, why, _ in BAD_TASKS:
			w.wait_log(rx(why), timeout=30)
		for text, why in BAD_EVENTS:
			w.wait_log(rx(why), timeout=30)
		answerable = len([x for x in BAD_TASKS if x[2]])
		coretest.wait_until(lambda: len(core.received["queue"]) >= 1 + answerable, 30,
			"the answers to the tasks")
		t.ok(w.alive(), "the worker survived all of it")
		t.ok(not [l for l in w.log().splitlines() if not l[:4].isdigit()], "every log line is one line")
	finally:
		rc = w.stop()
		server.stop()
	t.ok(rc == 0, "exit 0 on SIGTERM (got %s)" % rc)

	# what came back on A: exactly the two answerable actions
	replies = [json.loads(x) for x in core.received["handle"]]
	t.ok(replies == [
		{"kind": "action_error", "message_type": "pre_collect", "data": {"task": "a1b2", "step": "pre_collect",
			"error": "Failed to pre_collect: Unknown message type pre_collect"}},
		{"kind": "action_done", "message_type": "cleanup", "data": {"task": "good-1", "step": "cleanup",
			"timing": {}}}], "A: action_error for the unknown type, action_done for the good one: %s" % replies)
	# on B: the handler list, then one error per task that had an id
	q = [json.loads(x) for x in core.received["queue"]]
	t.ok(q and isinstance(q[0], list) and q[0][0]["name"] == "tag", "B starts with the handler list")
	answered = {r["task_id"]: r for r in q[1:]}
	for text, why, tid in BAD_TASKS:
		if tid is None:
			continue
		r = answered.get(tid)
		t.ok(r is not None and r["result"] == "error" and why in r["error"],
			"task %s answered with an error naming the problem: %s" % (tid, r))
	t.ok(len(q) == 1 + len([x for x in BAD_TASKS if x[2]]), "nothing else on B: %s" % q)
	t.ok(core.received["events"] == [], "nothing sent on the events websocket")
	t.ok(not w.lines(r"ERROR .*not sending"), "the worker never refused its own frames")
	return t.done()


def rx(s):
	import re
	return re.escape(s)


if __name__ == "__main__":
	coretest.main(main)

#!/usr/bin/env python3
"""Self-test of the development core (run by make check).

Starts devcore (with a PSK, and a second one with TLS) and talks to it like a
worker with aiohttp: authentication, model, merge verdicts, the action
websocket, the task queue, configs/events, faults, shutdown, restart, CA.
"""
import os
import sys

sys.dont_write_bytecode = True    # the source tree may be read-only

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import control  # noqa: E402

control.reexec_with_aiohttp()

import asyncio  # noqa: E402
import json  # noqa: E402
import ssl  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402

import aiohttp  # noqa: E402

import auth  # noqa: E402
from control import DevCore, make_tls, token  # noqa: E402

PSK = "changeme"
SALT = bytes(range(16))
DATA = os.path.join(HERE, "data")
with open(os.path.join(DATA, "model.json"), "rb") as f:
	MODEL = f.read()
with open(os.path.join(DATA, "graph.account-merge.ndjson"), "rb") as f:
	GRAPH = [json.loads(x) for x in f.read().splitlines()]
NDJSON = {"Content-Type": "application/x-ndjson"}
JSON = {"Content-Type": "application/json"}
SID = "resoto.worker-collector"


def tok(**kw):
	return {"Authorization": "Bearer " + token(PSK, salt=SALT, **kw)}


def body(lines):
	return "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines).encode()


def nodes():
	return [json.loads(json.dumps(x)) for x in GRAPH if "reported" in x]


def edges():
	return [json.loads(json.dumps(x)) for x in GRAPH if "from" in x]


def eq(have, want, what):
	assert have == want, "%s: expected %r, got %r" % (what, want, have)


class T:
	def __init__(self, core, http):
		self.core = core
		self.http = http
		self.url = core.url

	async def req(self, method, path, data=None, headers=None, auth_ok=True):
		h = dict(tok() if auth_ok else {})
		h.update(headers or {})
		async with self.http.request(method, self.url + path, data=data, headers=h) as r:
			return r.status, r.headers, await r.text()

	async def ws(self, path, headers=None):
		return await self.http.ws_connect(self.core.ws_url + path, headers=tok() if headers is None else headers,
			autoping=True)

	async def ws_status(self, path, headers=None):
		try:
			ws = await self.ws(path, headers)
		except aiohttp.WSServerHandshakeError as e:
			return e.status
		await ws.close()
		return 101

	async def frame(self, ws, timeout=5):
		msg = await ws.receive(timeout)
		assert msg.type == aiohttp.WSMsgType.TEXT, "expected a text frame, got %s" % msg.type
		assert msg.data.endswith("\n"), "core frames end with a newline"
		return json.loads(msg.data)

	async def closed(self, ws, timeout=5):
		msg = await ws.receive(timeout)
		assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED), "expected close, got %s %s" % (
			msg.type, msg.data)

	async def merge(self, lines, wait=True, task="t-1", graph="resoto"):
		return await self.req("POST", "/graph/%s/merge?wait_for_result=%s" % (graph, wait), body(lines),
			dict(NDJSON, **{"Resoto-Worker-Task-Id": task}))

	# -------------------------------------------------------------- tests
	async def t_auth(self):
		eq((await self.req("GET", "/system/ready", auth_ok=False))[::2], (200, "ok"), "ready without token")
		status, _, text = await self.req("POST", "/graph/resoto")
		eq(status, 200, "create graph with token")
		eq(json.loads(text)["id"], "root", "root node")
		bad = {"Authorization": "Bearer " + token(PSK + "x", salt=SALT)}
		eq((await self.req("POST", "/graph/resoto", headers=bad))[0], 401, "wrong PSK")
		eq(self.core.log(path="/graph/resoto", limit=1)[0]["auth"]["state"], "invalid", "auth verdict recorded")
		expired = {"Authorization": "Bearer " + token(PSK, salt=SALT, now=time.time() - 400)}
		eq((await self.req("POST", "/graph/resoto", headers=expired))[0], 401, "expired token")
		eq((await self.req("POST", "/graph/resoto", auth_ok=False))[0], 401, "missing token")
		eq((await self.req("POST", "/graph/resoto", headers={"Authorization": "Bearer"}))[0], 500, "no space")
		eq((await self.req("POST", "/graph/resoto", headers={"Origin": "http://evil.example"}))[0], 403, "Origin")
		eq((await self.req("POST", "/graph/resoto", headers={"Origin": "http://127.0.0.1"}))[0], 200, "same Origin")
		eq((await self.req("GET", "/no/such/path", auth_ok=False))[0], 401, "unknown path without token")
		eq((await self.req("GET", "/no/such/path"))[0], 404, "unknown path with token")
		eq(await self.ws_status("/work/queue", headers={}), 401, "work queue upgrade without token")
		eq(await self.ws_status("/events", headers=bad), 401, "events upgrade with wrong PSK")
		good = "Bearer " + token(PSK)   # random salt, as the worker does
		eq(auth.verify(good, PSK).state, "valid", "fresh token")

	async def t_model(self):
		eq((await self.req("PATCH", "/model", MODEL, {"Content-Type": "text/plain"}))[0], 406, "non-JSON model")
		status, _, text = await self.req("PATCH", "/model", MODEL, JSON)
		eq(status, 200, "example model: " + text[:300])
		unknown = json.dumps([{"fqn": "x_res", "bases": ["resource"], "properties": [
			{"name": "a", "kind": "no_such_kind", "required": False, "description": ""}]}])
		status, _, text = await self.req("PATCH", "/model", unknown, JSON)
		eq(status, 400, "unknown property kind")
		assert text.startswith("Error: AttributeError\nMessage: Property kind is not known: no_such_kind"), text
		base = json.dumps([{"fqn": "x_res", "bases": ["no_base"], "properties": []}])
		status, _, text = await self.req("PATCH", "/graph/resoto/model", base, JSON)
		eq((status, text.split("\n")[0]), (400, "Error: KeyError"), "missing base")
		change = json.dumps([{"fqn": "instance_status", "bases": [], "properties": []}])
		status, _, text = await self.req("PATCH", "/model", change, JSON)
		assert status == 400 and "changes an existing property type" in text, text
		overlap = json.dumps([{"fqn": "x_res", "bases": ["resource"], "properties": [
			{"name": "instance_cores", "kind": "string"}]}])
		status, _, text = await self.req("PATCH", "/model", overlap, JSON)
		assert status == 400 and "instance_cores is defined in" in text, text
		eq((await self.req("PATCH", "/model", "[{", JSON))[0], 400, "invalid JSON")
		kinds = {k["fqn"] for k in self.core.model()}
		eq((len(kinds), "graph_root" in kinds), (66, False), "model kept after refused updates, graph_root built in")

	async def t_merge_ok(self):
		eq((await self.req("POST", "/graph/re_soto"))[0], 400, "graph name with underscore")
		eq((await self.merge(GRAPH, graph="other"))[0], 404, "merge into a graph never created")
		status, _, text = await self.merge(GRAPH)
		eq(status, 200, "example merge: " + text)
		counts = json.loads(text)
		eq((counts["nodes_created"], counts["edges_created"]), (12, 19), "counts")
		m = self.core.merges()[-1]
		eq((m["valid"], m["task_id"], m["nodes"], m["edges"], m["deferred_edges"]), (True, "t-1", 12, 19, 1), "verdict")
		eq([r["resolved"] for r in m["merge_roots"]], ["account"], "merge root")

		async def chunks():
			raw = body(GRAPH)
			for i in range(0, len(raw), 1000):
				yield raw[i:i + 1000]
		async with self.http.post(self.url + "/graph/resoto/merge?wait_for_result=False", data=chunks(),
				headers=dict(NDJSON, **tok(), **{"Resoto-Worker-Task-Id": "t-2"})) as r:
			eq(r.status, 204, "chunked merge, wait_for_result=False")
		e = self.core.wait("merge", task="t-2")[0]
		eq((e["merge"]["valid"], e["headers"].get("Transfer-Encoding")), (True, "chunked"), "chunked verdict")
		eq(json.loads((await self.merge(GRAPH))[2])["nodes_updated"], 0, "same graph again: nothing changes")

	async def t_search(self):
		"""The reference worker's cleanup search over the store (after t_merge_ok)."""
		text = ("/desired.clean == true and /metadata.cleaned != true and /metadata.protected!=true "
			'and /ancestors.cloud.reported.id in ["example"] <-default,delete[0:]->')
		path = "/graph/resoto/search/graph?section=reported"
		nd = {"Accept": "application/x-ndjson"}
		status, _, out = await self.req("POST", path, "is(no_such_kind)", nd)
		eq((status, "Given kind does not exist: no_such_kind" in out), (400, True), "an unknown kind")
		status, _, out = await self.req("POST", path, "is(instance)", nd)
		eq((status, sorted(json.loads(l)["reported"]["id"] for l in out.splitlines())),
			(200, ["someInstance1", "someInstance2"]), "another query (cli.py): the instances")
		eq(self.core.flag(ids=["r00Z_uUMlym8JKUwzwM5Iw"]), ["r00Z_uUMlym8JKUwzwM5Iw"], "flagged someInstance1")
		status, headers, out = await self.req("POST", path, text, nd)
		eq((status, headers.get("Content-Type")), (200, "application/x-ndjson"), "search answered")
		lines = [json.loads(l) for l in out.splitlines()]
		kinds = [l["type"] for l in lines]
		eq(kinds, sorted(kinds, key=lambda k: k != "node"), "nodes before edges")
		got = {l["reported"]["id"]: l for l in lines if l["type"] == "node"}
		# the flagged node, its ancestors (root, cloud, account, region, network over
		# default and delete edges) and its descendants (volume), nothing beside
		eq(sorted(got), sorted(["root", "example", "Example Account", "us-west", "someNetwork1",
			"someInstance1", "someVolume1"]), "nodes of the answer")
		eq(got["someInstance1"]["ancestors"], {"cloud": {"reported": {"id": "example", "name": "example"}},
			"account": {"reported": {"id": "Example Account", "name": "Example Account"}},
			"region": {"reported": {"id": "us-west", "name": "US West"}}}, "ancestors as the core resolves them")
		eq(sorted(got["Example Account"]["ancestors"]), ["cloud"], "an account is not its own ancestor")
		eq("ancestors" in got["root"], False, "the root has none")
		eq(got["someInstance1"]["desired"], {"clean": True}, "desired section")
		eq(sorted((l["from"], l["to"], l["edge_type"]) for l in lines if l["type"] == "edge"
			if "r00Z_uUMlym8JKUwzwM5Iw" in (l["from"], l["to"])),
			[("WJVoMjeaWtgaeg5i2F2RIg", "r00Z_uUMlym8JKUwzwM5Iw", "default"),
			("WJVoMjeaWtgaeg5i2F2RIg", "r00Z_uUMlym8JKUwzwM5Iw", "delete"),
			("oDwn66aoL3_V-isM78emug", "r00Z_uUMlym8JKUwzwM5Iw", "delete"),
			("q-ewFfplOZDQGF3A65lR2w", "r00Z_uUMlym8JKUwzwM5Iw", "default"),
			("r00Z_uUMlym8JKUwzwM5Iw", "oDwn66aoL3_V-isM78emug", "default")], "edges of the instance")
		other = text.replace('["example"]', '["aws", "gcp"]')
		eq((await self.req("POST", path, other, nd))[2], "", "another cloud: nothing")
		self.core.search_fault("resoto", "garbage", after=1, text="garbage line")
		eq((await self.req("POST", path, text, nd))[2].splitlines()[1], "garbage line", "a garbage line")
		self.core.search_fault("resoto", "truncate", after=2)
		try:
			await self.req("POST", path, text, nd)
			raise AssertionError("a truncated answer reads whole")
		except aiohttp.ClientPayloadError:
			pass
		eq(self.core.flag(ids=["r00Z_uUMlym8JKUwzwM5Iw"], clean=False), ["r00Z_uUMlym8JKUwzwM5Iw"], "unflagged")
		eq((await self.req("POST", path, text, nd))[2], "", "nothing flagged: nothing")

	async def refused(self, lines, needle, rule="core"):
		status, _, text = await self.merge(lines)
		eq(status, 400, "refused merge (%s)" % needle)
		assert text.startswith("Error: ImportAborted\nMessage: "), text
		m = self.core.merges()[-1]
		assert not m["valid"], m
		msgs = [e["message"] for e in m["errors"] if e["rule"] == rule]
		assert any(needle in x for x in msgs), "%r not among %s errors %s" % (needle, rule, m["errors"])

	async def t_merge_refused(self):
		n = nodes()
		n[5]["reported"]["kind"] = "no_such_kind"
		await self.refused(n + edges(), "No kind definition found for \"no_such_kind\"")
		await self.refused(nodes() + edges() + [{"from": "pvtny3o5u2xNhPJ6aKdbow", "to": "nope"}],
			"\"nope\" was used in an edge definition but not provided as vertex!")
		e = edges()
		await self.refused(e[:1] + nodes() + e[1:], "before its node line", "strict")
		n = nodes()
		for x in n:
			x["metadata"].pop("replace", None)
		await self.refused(n + edges(), "No replace nodes provided")
		n = nodes()
		n[1]["metadata"]["replace"] = True
		await self.refused(n + edges(), "is below replace node", "strict")
		await self.refused(nodes() + edges() + [{"from": "r00Z_uUMlym8JKUwzwM5Iw", "to": "q-ewFfplOZDQGF3A65lR2w"}],
			"the default edges contain a cycle")
		await self.refused(nodes() + edges() + [{"from": "pvtny3o5u2xNhPJ6aKdbow", "to": "K_29M_R9vFdUP72fGCc5eg",
			"edge_type": "weird"}], "Graph contains unknown edge types")
		await self.refused(nodes()[:3] + ['{"id": "x", "reported": '] + nodes()[3:] + edges(), "line is not valid JSON")
		n = nodes()
		n[7]["reported"]["instance_cores"] = "4"
		await self.refused(n + edges(), "coercion", "strict")
		n = nodes()
		n[7]["reported"]["no_such_prop"] = 1
		await self.refused(n + edges(), "Property:no_such_prop is not defined in model!")
		n = nodes()
		for x in n:
			x["metadata"].pop("replace", None)
		n[7]["metadata"]["replace"] = True
		await self.refused(n + edges(), "the kind is not resolved during import")
		# wait_for_result=False: 204 all the same, the verdict is recorded
		status, _, _ = await self.merge(nodes()[1:] + edges()[1:], wait=False, task="t-bad")
		eq(status, 204, "invalid merge without waiting")
		m = self.core.wait("merge", task="t-bad")[0]["merge"]
		assert not m["valid"] and m["errors"], m
		# lenient: only the core's own rules
		self.core.set_strict(False)
		n = nodes()
		n[1]["metadata"]["replace"] = True
		status, _, text = await self.merge(n + edges())
		eq(status, 200, "nested replace accepted by the core: " + text)
		eq(self.core.merges()[-1]["merge_roots"][0]["resolved"], "cloud", "outer replace node wins")
		self.core.set_strict(True)

	async def t_handle(self):
		eq(await self.ws_status("/subscriber/%s/handle" % SID), 404, "handle without subscriptions")
		for event in ("collect", "cleanup"):
			status, _, text = await self.req("POST", "/subscriber/%s/%s?timeout=10800&wait_for_completion=True"
				% (SID, event), headers={"accept": "application/json"})
			eq(status, 200, "register " + event)
		sub = json.loads(text)
		eq(sub["subscriptions"]["collect"], {"message_type": "collect", "wait_for_completion": True,
			"timeout": 10800.0}, "subscriber JSON")
		ws = await self.ws("/subscriber/%s/handle" % SID)
		eq(await self.ws_status("/subscriber/%s/handle" % SID), 429, "second connection")
		act = self.core.send_action("collect")
		eq(act["sent_to"] != [] and act["waiting_for"] == [SID], True, "action sent and pending")
		f = await self.frame(ws)
		eq((f["kind"], f["message_type"], f["data"]["task"], f["data"]["step"], f["data"]["timing"]),
			("action", "collect", act["task"], "collect", {}), "action frame")
		progress = {"kind": "action_progress", "message_type": "collect", "data": {"task": act["task"],
			"step": "collect", "context": ["example"], "at": "2023-11-14T22:13:20Z",
			"progress": {"kind": "tree", "name": "example", "parts": [
				{"kind": "progress", "name": "acc", "path": ["x"], "current": 0, "total": 1}]}}}
		await ws.send_str(json.dumps(progress))
		await ws.send_str("   ")
		await ws.send_str(json.dumps({"kind": "action_done", "message_type": "collect", "data": f["data"]}))
		e = self.core.wait("action_done", task=act["task"])[0]
		eq((e["valid"], e["matched"], e["json"]["data"]["task"]), (True, True, act["task"]), "action_done")
		eq(self.core.log("progress", task=act["task"])[0]["valid"], True, "tree progress accepted")
		eq([a["answers"] for a in self.core.actions() if a["task"] == act["task"]], [{SID: "action_done"}], "answered")
		eq((await self.merge(GRAPH, task=act["task"]))[0], 200, "late merge")
		warnings = [w["message"] for w in self.core.merges()[-1]["warnings"]]
		assert any("after the worker answered" in w for w in warnings), warnings
		await ws.send_str(json.dumps({"kind": "action_done", "message_type": "collect",
			"data": {"task": "unknown", "step": "collect"}}))
		eq(self.core.wait("action_done", task="unknown")[0]["matched"], False, "unknown task: ignored")
		bad = dict(progress, data=dict(progress["data"], progress={"kind": "progress", "name": "x",
			"current": 0, "total": 0}))
		await ws.send_str(json.dumps(bad))
		await self.closed(ws)
		e = self.core.wait("disconnect", kind="handle")[0]
		eq((e["by"], e["code"]), ("core", 1000), "core hung up")
		assert "total must be greater than 0" in self.core.log("progress", valid=False)[-1]["error"]
		# pending action: sent while disconnected, delivered (task/step only) on connect
		act2 = self.core.send_action("cleanup")
		eq(act2["sent_to"], [], "nobody connected")
		ws = await self.ws("/subscriber/%s/handle" % SID)
		f = await self.frame(ws)
		eq(f, {"kind": "action", "message_type": "cleanup", "data": {"task": act2["task"], "step": "cleanup"}},
			"pending action on connect")
		over = dict(progress, data=dict(progress["data"], task=act2["task"], step="cleanup",
			progress={"kind": "progress", "name": "x", "current": 2, "total": 1}))
		await ws.send_str(json.dumps(over))
		await self.closed(ws)
		ws = await self.ws("/subscriber/%s/handle" % SID)
		eq((await self.frame(ws))["data"]["task"], act2["task"], "still pending after the hang-up")
		await ws.send_str(json.dumps({"kind": "action_error", "message_type": "cleanup",
			"data": {"task": act2["task"], "step": "cleanup", "error": "Failed to cleanup: boom"}}))
		eq(self.core.wait("action_error", task=act2["task"])[0]["matched"], True, "action_error")
		await ws.send_str("{not json")
		await self.closed(ws)
		ws = await self.ws("/subscriber/%s/handle" % SID)
		try:
			msg = await ws.receive(0.3)
			raise AssertionError("nothing pending any more, got %s" % (msg,))
		except asyncio.TimeoutError:
			pass
		await ws.close()

	async def t_queue(self):
		ws = await self.ws("/work/queue")
		await ws.send_str("[]")
		await self.closed(ws)
		ws = await self.ws("/work/queue")
		await ws.send_str(json.dumps([{"name": "tag", "info": "already provided", "description": "already provided",
			"filter": {"cloud": ["example"]}, "expect_node_result": True, "args_description": {},
			"allowed_on_kind": None}]))
		t = self.core.send_task("tag", {"update": {"owner": "alice"}, "node": {"id": "n1"}}, {"cloud": "example"})
		f = await self.frame(ws)
		eq((f["task_id"], f["task_name"], f["attrs"]), (t["task_id"], "tag", {"cloud": "example"}), "task frame")
		await ws.send_str(json.dumps({"task_id": t["task_id"], "result": "done", "data": {"id": "n1"}}))
		r = self.core.task(t["task_id"], wait=5)
		eq((r["state"], r["result"]), ("done", {"id": "n1"}), "task result")
		lost = self.core.send_task("tag", {}, {"cloud": "aws"}, timeout=0.3, wait=3)
		eq((lost["state"], lost["error"]), ("failed", "No worker for task: tag"), "no matching worker")
		t = self.core.send_task("tag", {}, {"cloud": "example"})
		await self.frame(ws)
		await ws.send_str(json.dumps({"task_id": t["task_id"], "result": "sure"}))
		eq(self.core.wait("task_result", task=t["task_id"])[0]["valid"], True, "unknown result value tolerated")
		await ws.send_str(json.dumps({"task_id": t["task_id"]}))
		await self.closed(ws)
		r = self.core.task(t["task_id"], wait=5)
		eq((r["state"], r["error"]), ("failed", "Could not finish the task."), "task lost with the connection")

	async def t_config(self):
		cid = "/config/resoto.worker"
		status, _, text = await self.req("GET", cid)
		eq((status, text), (404, "No config with this id"), "no config yet")
		events = await self.ws("/events?show=config-updated")
		model = [{"fqn": "graph_merge_kind", "runtime_kind": "string", "enum": ["cloud", "account"]},
			{"fqn": "resotoworker", "bases": [], "properties": [
				{"name": "graph", "kind": "string", "required": True, "description": ""},
				{"name": "timeout", "kind": "int64", "required": True, "description": ""},
				{"name": "graph_merge_kind", "kind": "graph_merge_kind", "required": True, "description": ""},
				{"name": "tempdir", "kind": "string", "required": False, "description": ""}],
				"allow_unknown_props": False, "successor_kinds": None, "aggregate_root": True, "metadata": None}]
		eq((await self.req("PATCH", "/configs/model", json.dumps(model), JSON))[0], 200, "configs model")
		cfg = {"resotoworker": {"graph": "resoto", "timeout": 10800, "graph_merge_kind": "account", "tempdir": None}}
		status, hdrs, text = await self.req("PUT", cid, json.dumps(cfg), JSON)
		eq(status, 200, "PUT config: " + text)
		rev = hdrs["Resoto-Config-Revision"]
		ev = await self.frame(events)
		eq(ev, {"kind": "event", "message_type": "config-updated", "data": {"id": "resoto.worker", "revision": rev}},
			"config-updated event")
		q = "?separate_overrides=true&apply_overrides=true&resolve_env_vars=true&include_raw_config=true"
		status, hdrs, text = await self.req("GET", cid + q)
		eq((status, hdrs["Resoto-Config-Revision"]), (200, rev), "GET config")
		eq(json.loads(text), {"config": cfg, "overrides": None, "raw_config": cfg}, "config answer")
		bad = {"resotoworker": dict(cfg["resotoworker"], graph_merge_kind="node")}
		status, _, text = await self.req("PUT", cid, json.dumps(bad), JSON)
		assert status == 400 and "Error validating section resotoworker" in text, text
		self.core.set_override("resoto.worker", {"resotoworker": {"timeout": 60}})
		ev = await self.frame(events)
		assert ev["data"]["revision"] != rev, ev
		js = json.loads((await self.req("GET", cid + q))[2])
		eq((js["config"]["resotoworker"]["timeout"], js["raw_config"]["resotoworker"]["timeout"], js["overrides"]),
			(60, 10800, {"resotoworker": {"timeout": 60}}), "override applied")
		await events.close()

	async def t_faults(self):
		self.core.fault("/system/ready", status=500, count=1)
		eq((await self.req("GET", "/system/ready", auth_ok=False))[0], 500, "scripted fault")
		eq((await self.req("GET", "/system/ready", auth_ok=False))[0], 200, "fault used up")
		self.core.set_ready(False)
		eq((await self.req("GET", "/system/ready", auth_ok=False))[0], 503, "not ready")
		self.core.set_ready(True)
		self.core.set_shutdown(True)
		status, hdrs, _ = await self.req("POST", "/graph/resoto")
		eq((status, hdrs.get("Retry-After")), (503, "5"), "shutting down")
		eq((await self.req("POST", "/graph/resoto", auth_ok=False))[0], 401, "auth before the shutdown answer")
		self.core.set_shutdown(False)

	async def t_restart(self):
		ws = await self.ws("/subscriber/%s/handle" % SID)
		self.core.restart(down=-1)
		await self.closed(ws)
		try:
			await self.req("GET", "/system/ready", auth_ok=False)
			raise AssertionError("the core should refuse connections while restarting")
		except aiohttp.ClientConnectionError:
			pass
		self.core.listen()
		eq((await self.req("GET", "/subscriber/" + SID))[0], 200, "subscription kept over the restart")
		ws = await self.ws("/subscriber/%s/handle" % SID)
		await ws.close()


async def tls_checks(tmp):
	paths = make_tls(os.path.join(tmp, "tls"))
	with DevCore(psk=PSK, tls=paths) as core:
		async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
			async with http.get(core.url + "/ca/cert", ssl=False) as r:
				eq(r.status, 200, "GET /ca/cert")
				pem = await r.text()
				fp = auth.fingerprint(ssl.PEM_cert_to_DER_cert(pem))
				eq(r.headers["SHA256-Fingerprint"], fp, "fingerprint header")
				v = auth.verify(r.headers["Authorization"], PSK)
				eq((v.state, v.claims["sha256_fingerprint"]), ("valid", fp), "CA token")
			core.ca_token("wrong_psk")
			async with http.get(core.url + "/ca/cert", ssl=False) as r:
				eq(auth.verify(r.headers["Authorization"], PSK).state, "invalid", "scripted bad CA token")
			ctx = ssl.create_default_context(cafile=paths["ca_cert"])
			key, csr = os.path.join(tmp, "w.key"), os.path.join(tmp, "w.csr")
			subprocess.run(["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
				"-keyout", key, "-out", csr, "-subj", "/CN=resoto.worker"], check=True, capture_output=True)
			with open(csr, "rb") as f:
				async with http.post(core.url + "/ca/sign", data=f.read(), ssl=ctx, headers=tok()) as r:
					eq(r.status, 200, "POST /ca/sign")
					cert = os.path.join(tmp, "w.pem")
					with open(cert, "w") as out:
						out.write(await r.text())
			subprocess.run(["openssl", "verify", "-CAfile", paths["ca_cert"], cert], check=True, capture_output=True)
			async with http.post(core.url + "/ca/sign", data=b"no pem", ssl=ctx, headers=tok()) as r:
				eq(r.status, 400, "CSR that is not PEM")
			ws = await http.ws_connect(core.ws_url + "/events", ssl=ctx, headers=tok())
			await ws.close()


async def main():
	failed = []
	tmp = tempfile.mkdtemp(prefix="devcore-selftest.")
	with DevCore(psk=PSK, workdir=tmp) as core:
		async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
			t = T(core, http)
			for name in ("t_auth", "t_model", "t_merge_ok", "t_search", "t_merge_refused", "t_handle", "t_queue",
					"t_config", "t_faults", "t_restart"):
				start = time.time()
				try:
					await getattr(t, name)()
					print("ok - %s (%.2fs)" % (name, time.time() - start))
				except Exception:
					failed.append(name)
					print("not ok - %s\n%s" % (name, traceback.format_exc()))
	try:
		await tls_checks(tmp)
		print("ok - tls")
	except Exception:
		failed.append("tls")
		print("not ok - tls\n%s" % traceback.format_exc())
	if failed:
		print("devcore log and bodies kept in %s" % tmp)
		print("FAILED: %s" % ", ".join(failed))
		return 1
	subprocess.run(["rm", "-rf", tmp])
	return 0


if __name__ == "__main__":
	sys.exit(asyncio.run(main()))

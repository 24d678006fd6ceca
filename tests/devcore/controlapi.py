"""Control API of the development core (its own port, no authentication).

Owns: the /_test/* endpoints tests use to script the core (send actions and
tasks, emit events, inject faults, simulate restarts, set configs and search
answers) and to read what the worker did (log, wait helpers).  Every answer
is JSON and carries "seq", the number of the last log entry.
README.md documents each endpoint.
"""
import asyncio
import json
import re
import time

from aiohttp import web

from state import dumps, make_filter, new_id


def jresp(state, obj, status=200):
	if isinstance(obj, dict):
		obj = dict(obj, seq=state.log.seq)
	return web.Response(status=status, text=dumps(obj, default=str),
		content_type="application/json")


def flag(request, name, default=False):
	v = request.query.get(name)
	return default if v is None else v.lower() in ("1", "true", "yes", "on")


class Control:
	def __init__(self, core, stop_event):
		self.core = core
		self.state = core.state
		self.stop_event = stop_event
		self.app = web.Application(middlewares=[self.errors])
		r = "/_test"
		self.app.add_routes([
			web.get(r + "/state", self.overview),
			web.get(r + "/log", self.get_log),
			web.get(r + "/wait", self.wait),
			web.post(r + "/reset", self.reset),
			web.post(r + "/action", self.action),
			web.get(r + "/actions", self.actions),
			web.post(r + "/task", self.task),
			web.get(r + "/task/{id}", self.task_state),
			web.get(r + "/tasks", self.tasks),
			web.post(r + "/event", self.event),
			web.post(r + "/drop", self.drop),
			web.post(r + "/restart", self.restart),
			web.post(r + "/listen", self.listen),
			web.post(r + "/fault", self.add_fault),
			web.get(r + "/faults", self.faults),
			web.delete(r + "/faults", self.clear_faults),
			web.post(r + "/ready", self.ready),
			web.post(r + "/shutdown", self.shutdown),
			web.post(r + "/ca-token", self.ca_token),
			web.post(r + "/strict", self.strict),
			web.get(r + "/config/{id}", self.get_config),
			web.put(r + "/config/{id}", self.put_config),
			web.put(r + "/override/{id}", self.put_override),
			web.put(r + "/search/{graph}", self.put_search),
			web.post(r + "/search_fault/{graph}", self.search_fault),
			web.post(r + "/flag/{graph}", self.flag),
			web.get(r + "/graph/{graph}", self.graph),
			web.post(r + "/store/{graph}", self.store),
			web.get(r + "/model/{graph}", self.model),
			web.get(r + "/subscribers", self.subscribers),
			web.delete(r + "/subscriber/{sid}", self.forget_subscriber),
			web.get(r + "/merges", self.merges),
			web.post(r + "/quit", self.quit),
		])

	@web.middleware
	async def errors(self, request, handler):
		try:
			return await handler(request)
		except web.HTTPException:
			raise
		except (ValueError, KeyError, TypeError) as e:
			return jresp(self.state, {"error": "%s: %s" % (type(e).__name__, e)}, 400)

	async def body(self, request, default=None):
		text = await request.text()
		if not text.strip():
			return default
		return json.loads(text)

	# -- inspection
	async def overview(self, request):
		s = self.state
		return jresp(s, {
			"port": self.core.port, "listening": self.core.server is not None, "psk": bool(self.core.opts.psk),
			"strict": s.strict, "ready": s.ready(), "shutting_down": s.shutting_down, "ca_token": s.ca_token,
			"subscribers": {k: v.as_json() for k, v in s.subscribers.items()},
			"listeners": {k: getattr(c, "id", "connecting") for k, c in s.listeners.items()},
			"connections": [{"ws": c.id, "kind": c.kind, "subscriber": c.subscriber, "types": c.message_types,
				"handlers": c.handlers} for c in s.conns.values()],
			"actions": [a.as_json() for a in s.actions],
			"tasks": [t.as_json() for t in s.tasks.values()],
			"configs": {k: v["revision"] for k, v in s.configs.items()},
			"graphs": sorted(s.graphs), "models": {g: len(m.raw) for g, m in s.models.items()},
			"faults": self.fault_list(),
		})

	def filtered(self, request):
		match = make_filter(dict(request.query))
		out = [e for e in self.state.log.entries if match(e)]
		limit = int(request.query.get("limit", 0))
		return out[-limit:] if limit else out

	async def get_log(self, request):
		return jresp(self.state, {"entries": self.filtered(request)})

	async def wait(self, request):
		count = int(request.query.get("count", 1))
		timeout = float(request.query.get("timeout", 10))
		match = make_filter(dict(request.query))
		loop = asyncio.get_event_loop()
		deadline = loop.time() + timeout
		cond = self.state.log.cond
		async with cond:
			while True:
				found = [e for e in self.state.log.entries if match(e)]
				if len(found) >= count:
					return jresp(self.state, {"ok": True, "entries": found})
				left = deadline - loop.time()
				if left <= 0:
					return jresp(self.state, {"ok": False, "error": "timeout after %gs: %d of %d matched"
						% (timeout, len(found), count), "entries": found}, 408)
				try:
					await asyncio.wait_for(cond.wait(), left)
				except asyncio.TimeoutError:
					pass

	async def merges(self, request):
		return jresp(self.state, {"merges": [dict(e["merge"], seq=e["seq"], status=e["status"])
			for e in self.state.log.entries if e.get("merge")]})

	async def actions(self, request):
		return jresp(self.state, {"actions": [a.as_json() for a in self.state.actions]})

	async def tasks(self, request):
		return jresp(self.state, {"tasks": [t.as_json() for t in self.state.tasks.values()]})

	async def subscribers(self, request):
		return jresp(self.state, {"subscribers": {k: v.as_json() for k, v in self.state.subscribers.items()}})

	async def graph(self, request):
		g = self.state.graphs.get(request.match_info["graph"])
		if g is None:
			return jresp(self.state, {"error": "no such graph"}, 404)
		return jresp(self.state, {"nodes": list(g.nodes.values()), "edges": sorted(g.edges),
			"merge_roots": {k: sorted(v) for k, v in g.owned.items()}})

	async def store(self, request):
		"""Add nodes ({"id", "reported", ...}) and edges ([from, to, type])
		to a graph's store, as if merged (a prepared graph for a test)."""
		b = await self.body(request, {})
		g = self.state.graph(request.match_info["graph"])
		for n in b.get("nodes", []):
			g.nodes[n["id"]] = dict(n, type="node")
		for f, t, et in b.get("edges", []):
			g.edges.add((f, t, et))
		return jresp(self.state, {"nodes": len(g.nodes), "edges": len(g.edges)})

	async def model(self, request):
		return jresp(self.state, {"kinds": self.state.model(request.match_info["graph"]).as_json()})

	# -- scripting
	async def reset(self, request):
		what = request.query.get("what", "log")
		self.state.log.clear()
		if what == "all":
			self.state.actions.clear()
			self.state.tasks.clear()
			self.state.faults.clear()
			self.state.subscribers.clear()
			self.state.configs.clear()
			self.state.overrides.clear()
			self.state.graphs.clear()
			self.state.models.clear()
			self.state.search.clear()
			self.state.search_status.clear()
			self.state.search_fault.clear()
		return jresp(self.state, {"reset": what})

	async def action(self, request):
		b = await self.body(request, {})
		mt = b.get("message_type", "collect")
		# an empty task or step given explicitly is sent as such (tests of odd ids)
		res = await self.core.send_action(mt, b["task"] if "task" in b else new_id(),
			b["step"] if "step" in b else mt,
			b.get("data", {"timing": {}}), b.get("to"))
		return jresp(self.state, res)

	async def task(self, request):
		b = await self.body(request, {})
		name = b.get("task_name", "tag")
		t = await self.core.add_task(b.get("task_id") or new_id(), name, b.get("data", {}), b.get("attrs", {}),
			float(b.get("timeout", 30 if name == "tag" else 10)), bool(b.get("ignore_filter", False)))
		if b.get("wait"):
			try:
				await asyncio.wait_for(t.done.wait(), float(b["wait"]))
			except asyncio.TimeoutError:
				pass
		return jresp(self.state, t.as_json())

	async def task_state(self, request):
		t = self.state.tasks.get(request.match_info["id"])
		if t is None:
			return jresp(self.state, {"error": "no such task"}, 404)
		wait = float(request.query.get("wait", 0))
		if wait:
			try:
				await asyncio.wait_for(t.done.wait(), wait)
			except asyncio.TimeoutError:
				pass
		return jresp(self.state, t.as_json())

	async def event(self, request):
		b = await self.body(request, {})
		sent = await self.core.emit_event(b["message_type"], b.get("data", {}))
		return jresp(self.state, {"sent_to": sent})

	async def drop(self, request):
		which = request.query.get("which", "all")
		code = int(request.query.get("code", 1000))
		out = await self.core.drop(which, code, request.query.get("reason", ""), flag(request, "abrupt"))
		return jresp(self.state, {"dropped": out})

	async def restart(self, request):
		down = float(request.query.get("down", 1))
		n = await self.core.restart(down)
		return jresp(self.state, {"aborted": n, "down": down})

	async def listen(self, request):
		await self.core.relisten()
		return jresp(self.state, {"listening": True, "port": self.core.port})

	def fault_list(self):
		return [{k: v for k, v in f.items() if k != "re"} for f in self.state.faults]

	async def add_fault(self, request):
		b = await self.body(request, {})
		if "path" not in b:
			raise ValueError("a fault needs a path (regular expression over the request path)")
		if not (b.get("status") or b.get("delay") or b.get("drop")):
			raise ValueError("a fault needs status, delay or drop")
		f = {"id": "f%d" % (len(self.state.faults) + 1), "path": b["path"], "re": re.compile(b["path"]),
			"method": b.get("method"), "remaining": int(b.get("count", 1)), "hits": 0,
			"status": b.get("status"), "body": b.get("body"), "headers": b.get("headers"),
			"delay": b.get("delay"), "drop": bool(b.get("drop"))}
		if f["body"] is None:
			f.pop("body")
		self.state.faults.append(f)
		return jresp(self.state, {k: v for k, v in f.items() if k != "re"})

	async def faults(self, request):
		return jresp(self.state, {"faults": self.fault_list()})

	async def clear_faults(self, request):
		self.state.faults.clear()
		return jresp(self.state, {"faults": []})

	async def ready(self, request):
		if "down_for" in request.query:
			self.state.ready_until = time.time() + float(request.query["down_for"])
		if "ready" in request.query:
			self.state.not_ready = not flag(request, "ready")
		return jresp(self.state, {"ready": self.state.ready()})

	async def shutdown(self, request):
		self.state.shutting_down = flag(request, "on", True)
		return jresp(self.state, {"shutting_down": self.state.shutting_down})

	async def ca_token(self, request):
		mode = request.query.get("mode", "valid")
		if mode not in ("valid", "none", "wrong_psk", "wrong_fingerprint", "expired"):
			raise ValueError("mode must be valid, none, wrong_psk, wrong_fingerprint or expired")
		self.state.ca_token = mode
		return jresp(self.state, {"ca_token": mode})

	async def strict(self, request):
		self.state.strict = flag(request, "on", True)
		return jresp(self.state, {"strict": self.state.strict})

	async def get_config(self, request):
		cid = request.match_info["id"]
		e = self.state.configs.get(cid)
		if e is None:
			return jresp(self.state, {"error": "No config with this id"}, 404)
		return jresp(self.state, {"config": e["config"], "revision": e["revision"],
			"overrides": self.state.overrides.get(cid)})

	async def put_config(self, request):
		cid = request.match_info["id"]
		config = await self.body(request)
		if not isinstance(config, dict):
			raise ValueError("a config is a JSON object")
		entry, changed = self.state.put_config(cid, config)
		sent = []
		if changed and flag(request, "emit", True):
			sent = await self.core.emit_event("config-updated", {"id": cid, "revision": entry["revision"]})
		return jresp(self.state, {"config": entry["config"], "revision": entry["revision"], "changed": changed,
			"event_sent_to": sent})

	async def put_override(self, request):
		cid = request.match_info["id"]
		ov = await self.body(request)
		if ov is None:
			self.state.overrides.pop(cid, None)
		else:
			self.state.overrides[cid] = ov
		sent, rev = [], None
		if cid in self.state.configs:
			rev = self.state.configs[cid]["revision"] = self.state.next_revision()
			sent = await self.core.emit_event("config-updated", {"id": cid, "revision": rev})
		return jresp(self.state, {"overrides": ov, "revision": rev, "event_sent_to": sent})

	async def put_search(self, request):
		graph = request.match_info["graph"]
		if "status" in request.query:
			self.state.search_status[graph] = (int(request.query["status"]), request.query.get("text", "devcore"))
			return jresp(self.state, {"status": int(request.query["status"])})
		self.state.search_status.pop(graph, None)
		text = await request.text()
		if text.strip().startswith("["):
			items = json.loads(text)
		else:
			items = [json.loads(l) for l in text.splitlines() if l.strip()]
		self.state.search[graph] = items
		return jresp(self.state, {"items": len(items)})

	async def search_fault(self, request):
		b = await self.body(request, {})
		if b.get("mode") not in ("garbage", "truncate"):
			raise ValueError("mode must be garbage or truncate")
		f = {"mode": b["mode"], "after": int(b.get("after", 0)), "text": str(b.get("text", "this is not json")),
			"count": int(b.get("count", 1))}
		self.state.search_fault[request.match_info["graph"]] = f
		return jresp(self.state, {"fault": f})

	async def flag(self, request):
		"""desired.clean (and metadata.protected) on stored nodes, as the core's
		`clean` / `protect` commands set them: by "ids" and/or "kinds"."""
		b = await self.body(request, {})
		store = self.state.graphs.get(request.match_info["graph"])
		if store is None:
			raise KeyError("no such graph")
		ids, kinds = set(b.get("ids") or ()), set(b.get("kinds") or ())
		done = []
		for nid, node in store.nodes.items():
			if nid in ids or node["reported"].get("kind") in kinds:
				node["desired"] = dict(node.get("desired") or {}, clean=bool(b.get("clean", True)))
				if "protected" in b:
					node["metadata"] = dict(node.get("metadata") or {}, protected=bool(b["protected"]))
				done.append(nid)
		return jresp(self.state, {"flagged": done})

	async def forget_subscriber(self, request):
		sub = self.state.subscribers.pop(request.match_info["sid"], None)
		return jresp(self.state, {"removed": sub is not None})

	async def quit(self, request):
		self.stop_event.set()
		return jresp(self.state, {"quit": True})

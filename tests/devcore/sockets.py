"""Websockets of the development core (core-protocol.md 4, 5, 8.4).

Owns: /subscriber/{id}/handle (pending and live actions, answers),
/work/queue (handler descriptions, task routing, results), /events, the
recording of every frame in and out, and the socket operations of the
control API (send an action, queue a task, emit an event, drop sockets).
Mixed into app.Core, whose state/opts/finish_entry it uses.
"""
import asyncio
import time

from aiohttp import web, WSMsgType

import frames
from state import Action, Conn, Task, dumps, new_id


class Sockets:
	# ------------------------------------------------------------ connections
	async def open_ws(self, request, kind, subscriber=None):
		ws = web.WebSocketResponse(autoping=True, heartbeat=self.opts.heartbeat or None)
		await ws.prepare(request)
		conn = Conn(kind, ws, request, subscriber)
		request["entry"]["ws"] = conn.id
		self.finish_entry(request, 101)
		self.state.conns[conn.id] = conn
		self.state.log.add({"type": "ws_open", "ws": conn.id, "kind": kind, "path": request.path,
			"subscriber": subscriber})
		return conn

	def close_ws(self, conn):
		self.state.conns.pop(conn.id, None)
		self.state.log.add({"type": "ws_close", "ws": conn.id, "kind": conn.kind, "subscriber": conn.subscriber,
			"by": conn.closed_by or "peer", "code": conn.ws.close_code,
			"reason": getattr(conn, "close_reason", None)})

	async def send(self, conn, obj):
		text = dumps(obj) + "\n"
		entry = self.state.log.add({"type": "ws_out", "ws": conn.id, "kind": conn.kind,
			"subscriber": conn.subscriber, "text": text, "json": obj})
		try:
			await conn.ws.send_str(text)
		except (ConnectionError, RuntimeError) as e:
			entry["failed"] = str(e) or type(e).__name__
			return False
		return True

	async def hang_up(self, conn, reason, code=1000):
		conn.closed_by = "core"
		conn.close_reason = reason
		await conn.ws.close(code=code)

	async def frames_of(self, conn):
		"""Text frames of a connection, recorded; blank and binary frames skipped."""
		async for msg in conn.ws:
			if msg.type == WSMsgType.TEXT:
				entry = {"type": "ws_in", "ws": conn.id, "kind": conn.kind, "subscriber": conn.subscriber,
					"text": msg.data}
				if not msg.data.strip():
					entry["ignored"] = "blank frame"
					self.state.log.add(entry)
					continue
				yield msg.data, entry
			elif msg.type == WSMsgType.BINARY:
				self.state.log.add({"type": "ws_in", "ws": conn.id, "kind": conn.kind, "binary": len(msg.data),
					"ignored": "binary frame"})
			elif msg.type in (WSMsgType.ERROR, WSMsgType.CLOSE, WSMsgType.CLOSED):
				break

	async def handle(self, request):
		sid = request.match_info["sid"]
		if sid in self.state.listeners:
			return web.Response(status=429, text="Only one connection per subscriber is allowed!")
		sub = self.state.subscribers.get(sid)
		if sub is None or not sub.subscriptions:
			return web.Response(status=404, text="No subscriber with this id: %s or no subscriptions" % sid)
		self.state.listeners[sid] = request        # reserved while the upgrade is prepared
		try:
			conn = await self.open_ws(request, "handle", sid)
		except BaseException:
			del self.state.listeners[sid]
			raise
		conn.message_types = list(sub.subscriptions)
		self.state.listeners[sid] = conn
		try:
			for a in self.state.actions:
				if a.pending_for(sid) and a.message_type in conn.message_types:
					await self.send(conn, {"kind": "action", "message_type": a.message_type,
						"data": {"task": a.task, "step": a.step}})
			await self.listen(conn, sid)
		finally:
			if self.state.listeners.get(sid) is conn:
				del self.state.listeners[sid]
			self.close_ws(conn)
		return conn.ws

	async def listen(self, conn, listener_id):
		async for text, entry in self.frames_of(conn):
			v = frames.check_message(text, listener_id)
			entry["json"] = v.json
			entry.update(v.as_json())
			if not v.fails(self.state.strict):
				self.on_message(conn, v, entry)
			self.state.log.add(entry)
			if v.fails(self.state.strict):
				await self.hang_up(conn, v.error)
				break

	def on_message(self, conn, v, entry):
		js = v.decoded
		if js.get("kind") not in ("action_done", "action_error"):
			return
		data = js["data"]
		for a in self.state.actions:
			if a.task == data["task"] and a.step == data["step"] and conn.subscriber in a.waiting:
				if time.time() >= a.deadline:
					entry.setdefault("warnings", []).append("answer after the step timeout (the core moved on)")
					entry["matched"] = False
					return
				if a.waiting[conn.subscriber] is not None:
					entry.setdefault("warnings", []).append("duplicate answer for %s/%s" % (a.task, a.step))
				elif a.message_type != js["message_type"]:
					entry.setdefault("warnings", []).append("message_type %s differs from the action's %s"
						% (js["message_type"], a.message_type))
				a.waiting[conn.subscriber] = js["kind"]
				entry["matched"] = True
				return
		entry["matched"] = False
		entry.setdefault("warnings", []).append("no pending action %s/%s for this subscriber (the core ignores it)"
			% (data["task"], data["step"]))

	async def events(self, request):
		conn = await self.open_ws(request, "events")
		conn.message_types = request.query["show"].split(",") if "show" in request.query else ["*"]
		try:
			await self.listen(conn, new_id())
		finally:
			self.close_ws(conn)
		return conn.ws

	async def work_queue(self, request):
		conn = await self.open_ws(request, "queue")
		try:
			async for text, entry in self.frames_of(conn):
				first = conn.handlers is None
				v = frames.check_handlers(text) if first else frames.check_result(text)
				entry["json"] = v.json
				entry.update(v.as_json())
				if first:
					entry["handlers"] = True
				if v.fails(self.state.strict):
					self.state.log.add(entry)
					await self.hang_up(conn, v.error)
					break
				if first:
					conn.handlers = v.json
					self.state.log.add(entry)
					for t in list(self.state.tasks.values()):
						if t.state == "waiting":
							await self.route(t)
					continue
				self.on_result(conn, v.json, entry)
				self.state.log.add(entry)
		finally:
			for t in self.state.tasks.values():
				if t.ws == conn.id and t.state == "sent":
					t.finish("failed", error="Could not finish the task.")
			self.close_ws(conn)
		return conn.ws

	def on_result(self, conn, js, entry):
		t = self.state.tasks.get(js["task_id"])
		if js["result"] not in ("done", "error"):
			return
		if t is None or t.ws != conn.id or t.state != "sent":
			entry["matched"] = False
			entry.setdefault("warnings", []).append("no outstanding task %s on this connection (ignored)" % js["task_id"])
			return
		entry["matched"] = True
		if js["result"] == "done":
			t.finish("done", result=js.get("data"))
		else:
			t.finish("error", error=js.get("error") or "worker signalled error without detailed error message")

	# ------------------------------------------------------------ operations (control API)
	async def send_action(self, message_type, task, step, data, to=None):
		subs = [s for s in self.state.subscribers.values() if message_type in s.subscriptions
			and (to is None or s.id in to)]
		waiting = [s for s in subs if s.subscriptions[message_type]["wait_for_completion"]]
		timeout = max([s.subscriptions[message_type]["timeout"] for s in waiting] or [10])
		a = Action(message_type, task, step, data, [s.id for s in waiting], timeout)
		self.state.actions.append(a)
		frame = {"kind": "action", "message_type": message_type, "data": dict(data, task=task, step=step)}
		sent = []
		for s in subs:
			conn = self.state.listeners.get(s.id)
			if isinstance(conn, Conn) and message_type in conn.message_types:
				if await self.send(conn, frame):
					sent.append(conn.id)
		return {"task": task, "step": step, "message_type": message_type, "sent_to": sent,
			"waiting_for": [s.id for s in waiting], "frame": frame}

	async def add_task(self, task_id, name, data, attrs, timeout, ignore_filter=False):
		t = Task(task_id, name, data, attrs, timeout)
		t.ignore_filter = ignore_filter
		self.state.tasks[t.id] = t
		await self.route(t)

		async def deadline():
			await asyncio.sleep(max(0.0, t.deadline - time.time()))
			if t.state == "waiting":
				t.finish("failed", error="No worker for task: %s" % t.name)
			elif t.state == "sent":
				t.finish("failed", error="Could not finish the task.")
		asyncio.get_event_loop().create_task(deadline())
		return t

	async def route(self, t):
		best, best_keys = [], -1
		for conn in self.state.conns.values():
			if conn.kind != "queue" or not conn.handlers:
				continue
			for h in conn.handlers:
				flt = h.get("filter") or {}
				if h["name"] == t.name and (t.ignore_filter or all(t.attrs.get(k) in vals for k, vals in flt.items())):
					if len(flt) > best_keys:
						best, best_keys = [conn], len(flt)
					elif len(flt) == best_keys and conn not in best:
						best.append(conn)
		if not best:
			return False
		load = {c.id: sum(1 for x in self.state.tasks.values() if x.ws == c.id and x.state == "sent") for c in best}
		conn = min(best, key=lambda c: load[c.id])
		t.state, t.ws = "sent", conn.id
		if not await self.send(conn, t.frame()):
			t.state, t.ws = "waiting", None
			return False
		return True

	async def emit_event(self, message_type, data):
		frame = {"kind": "event", "message_type": message_type, "data": data}
		sent = []
		for conn in list(self.state.conns.values()):
			if conn.kind == "events" and ("*" in conn.message_types or message_type in conn.message_types):
				if await self.send(conn, frame):
					sent.append(conn.id)
		return sent

	async def drop(self, which, code, reason, abrupt):
		out = []
		for conn in list(self.state.conns.values()):
			if which not in ("all", conn.kind, conn.id, conn.subscriber):
				continue
			conn.closed_by = "control"
			conn.close_reason = reason
			if abrupt:
				if conn.transport() is not None:
					conn.transport().abort()
			else:
				await conn.ws.close(code=code, message=reason.encode())
			out.append(conn.id)
		return out


"""The core-facing HTTP application of the development core.

Owns: the REST routes the worker talks to (core-protocol.md sections 3, 4.1,
6, 7, 8), the middleware chain in the core's order (fault injection,
Origin/PSK check, error mapping, shutdown answer), recording of every
request, and the listener (simulated restarts).  The websockets live in
sockets.py (mixed in).
"""
import asyncio
import base64
import json
import os
import re
import ssl
import sys
import tempfile
import time
import traceback

from aiohttp import web

import auth
import cli
import merge
import search as graph_search
from model import Check, ComplexKind, ModelError, short
from sockets import Sockets
from state import Subscriber, dumps

ALWAYS_ALLOWED = [re.compile(p, re.I) for p in (r"/", r"/\.well-known/.*", r"/api-doc.*", r"/authenticate",
	r"/ca/cert", r"/create-first-user", r"/login", r"/metrics", r"/static/.*", r"/system/.*", r"/ui.*",
	r"/notebook/.*", r"/debug/.*", r"/events", r"/work/queue")]
MAX_LOGGED_BODY = 65536
SECTIONS = ("reported", "desired", "metadata")


def client_cn(request):
	"""CN of the verified TLS client certificate (--client-ca), or None."""
	ssl_obj = request.transport.get_extra_info("ssl_object") if request.transport else None
	cert = ssl_obj.getpeercert() if ssl_obj else None
	for rdn in (cert or {}).get("subject", ()):
		for k, v in rdn:
			if k == "commonName":
				return v
	return None


class CoreError(Exception):
	"""An error the core's error middleware turns into "Error: X\\nMessage: Y"."""

	def __init__(self, etype, message, status=400):
		super().__init__(message)
		self.etype = etype
		self.status = status


def error_text(etype, message):
	return "Error: %s\nMessage: %s" % (etype, message)


def qbool(request, name, default):
	return request.query.get(name, "true" if default else "false").lower() == "true"


class Core(Sockets):
	def __init__(self, state, opts):
		self.state = state
		self.opts = opts
		self.ca_pem = None
		if opts.ca_cert:
			with open(opts.ca_cert, "rb") as f:
				self.ca_pem = f.read()
		elif opts.tls_cert:
			with open(opts.tls_cert, "rb") as f:
				m = re.search(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----\n?", f.read(), re.S)
				self.ca_pem = m.group(0) if m else None
		self.ca_key = os.urandom(16)     # one salt for the /ca/cert token of this process
		self.app = web.Application(client_max_size=opts.max_request_size, middlewares=[
			self.record_mw, self.fault_mw, self.auth_mw, self.error_mw, self.shutdown_mw])
		self.routes(opts.web_path.rstrip("/"))
		self.runner = None
		self.server = None
		self.port = None
		self.ssl = None

	def routes(self, p):
		self.app.add_routes([
			web.get(p + "/system/ready", self.ready),
			web.get(p + "/system/ping", self.ping),
			web.get(p + "/ca/cert", self.ca_cert),
			web.post(p + "/ca/sign", self.ca_sign),
			web.get(p + "/subscriber/{sid}", self.get_subscriber),
			web.get(p + "/subscriber/{sid}/handle", self.handle),
			web.post(p + "/subscriber/{sid}/{event}", self.add_subscription),
			web.delete(p + "/subscriber/{sid}/{event}", self.delete_subscription),
			web.get(p + "/work/queue", self.work_queue),
			web.get(p + "/events", self.events),
			web.post(p + "/graph/{graph}", self.create_graph),
			web.get(p + "/model", self.get_model),
			web.patch(p + "/model", self.patch_model),
			web.get(p + "/graph/{graph}/model", self.get_model),
			web.patch(p + "/graph/{graph}/model", self.patch_model),
			web.post(p + "/graph/{graph}/merge", self.merge),
			web.post(p + "/graph/{graph}/search/graph", self.search),
			web.patch(p + "/graph/{graph}/nodes", self.patch_nodes),
			web.post(p + "/cli/execute", self.cli_execute),
			web.get(p + "/configs/model", self.get_configs_model),
			web.patch(p + "/configs/model", self.patch_configs_model),
			web.get(p + "/config/{cid:[^{}]+}", self.get_config),
			web.put(p + "/config/{cid:[^{}]+}", self.put_config),
		])

	# ------------------------------------------------------------ listener
	async def start(self, host, port, ssl_ctx):
		self.runner = web.AppRunner(self.app, handle_signals=False, access_log=None)
		await self.runner.setup()
		self.ssl = ssl_ctx
		self.server = await asyncio.get_event_loop().create_server(
			self.runner.server, host, port, ssl=ssl_ctx, reuse_address=True)
		self.port = self.server.sockets[0].getsockname()[1]
		self.host = host

	async def stop_listening(self):
		if self.server is not None:
			self.server.close()
			await self.server.wait_closed()
			self.server = None

	async def relisten(self):
		if self.server is None:
			self.server = await asyncio.get_event_loop().create_server(
				self.runner.server, self.host, self.port, ssl=self.ssl, reuse_address=True)
			self.state.log.add({"type": "listening", "port": self.port})

	def abort_all(self):
		"""Cut every connection (HTTP keep-alive and websockets) without a close frame."""
		n = 0
		for c in list(self.state.conns.values()):
			c.closed_by = "control"
			if c.transport() is not None:
				c.transport().abort()
				n += 1
		for handler in self.runner.server.connections:
			if handler.transport is not None:
				handler.transport.abort()
				n += 1
		return n

	async def restart(self, down):
		"""Simulated core restart: every connection cut, listener closed for
		`down` seconds, state kept (subscriptions are persisted in the core)."""
		await self.stop_listening()
		n = self.abort_all()
		self.state.log.add({"type": "restart", "down": down, "aborted": n})

		async def back():
			await asyncio.sleep(down)
			await self.relisten()
		if down >= 0:
			asyncio.get_event_loop().create_task(back())
		return n

	# ------------------------------------------------------------ recording
	def entry_for(self, request):
		peer = request.transport.get_extra_info("peername") if request.transport else None
		return {"type": "http", "method": request.method, "path": request.path,
			"query_string": request.query_string, "query": dict(request.query),
			"headers": dict(request.headers.items()), "peer": "%s:%s" % tuple(peer[:2]) if peer else None,
			"tls": request.secure, "client_cert": client_cn(request)}

	def finish_entry(self, request, status, resp_text=None):
		e = request["entry"]
		if request.get("recorded"):
			return
		request["recorded"] = True
		e["status"] = status
		body = request.get("body")
		if body is not None:
			e["body_len"] = len(body)
			if len(body) <= MAX_LOGGED_BODY:
				try:
					e["body"] = body.decode("utf-8")
				except UnicodeDecodeError:
					e["body_b64"] = base64.b64encode(body).decode()
			else:
				e["body_file"] = self.state.save_body(body, "bin")
		if resp_text is not None:
			e["response"] = resp_text[:4096]
		self.state.log.add(e)

	@web.middleware
	async def record_mw(self, request, handler):
		request["entry"] = self.entry_for(request)
		try:
			resp = await handler(request)
		except web.HTTPException as ex:
			self.finish_entry(request, ex.status, ex.text)
			raise
		except Exception as ex:
			request["entry"]["exception"] = repr(ex)
			self.finish_entry(request, 500)
			raise
		text = resp.text if isinstance(resp, web.Response) and resp.body is not None and resp.status >= 300 else None
		self.finish_entry(request, resp.status, text)
		return resp

	@web.middleware
	async def fault_mw(self, request, handler):
		for f in self.state.faults:
			if f["remaining"] == 0 or not f["re"].fullmatch(request.path):
				continue
			if f.get("method") and f["method"].upper() != request.method:
				continue
			f["remaining"] -= 1
			f["hits"] += 1
			request["entry"]["fault"] = f["id"]
			if f.get("delay"):
				await asyncio.sleep(float(f["delay"]))
			if f.get("drop"):
				request["entry"]["dropped"] = True
				self.finish_entry(request, 0)
				request.transport.abort()
				return web.Response(status=500)
			if f.get("status"):
				# read the body first, as the core's handlers do: a
				# client still sending a large body (the model) would
				# otherwise wait on a full socket for its answer
				await request.read()
				headers = dict(f.get("headers") or {})
				return web.Response(status=int(f["status"]), text=f.get("body", "devcore fault %s" % f["id"]),
					headers=headers)
			break
		return await handler(request)

	@web.middleware
	async def auth_mw(self, request, handler):
		e = request["entry"]
		psk = self.opts.psk
		if not psk:
			e["auth"] = {"state": "off"}
			return await handler(request)
		if not auth.origin_ok(request.headers):
			e["auth"] = {"state": "origin", "reason": "Origin %s does not match Host %s"
				% (request.headers.get("Origin"), request.headers.get("Host"))}
			raise web.HTTPForbidden()
		value = request.headers.get("Authorization") or request.cookies.get("resoto_authorization")
		path = request.path[len(self.opts.web_path.rstrip("/")):] or "/"
		if value:
			v = auth.verify(value, psk)
			e["auth"] = v.as_json()
			if v.state == "malformed":
				return web.Response(status=500, text="500 Internal Server Error\n\nServer got itself in trouble")
			if v.state != "valid":
				raise web.HTTPUnauthorized()
		elif any(p.fullmatch(path) for p in ALWAYS_ALLOWED):
			e["auth"] = {"state": "not_required"}
			if path in ("/events", "/work/queue"):
				e["auth"] = {"state": "missing", "reason": "admin permission needs a token"}
				raise web.HTTPUnauthorized()
		else:
			e["auth"] = {"state": "missing"}
			raise web.HTTPUnauthorized()
		return await handler(request)

	@web.middleware
	async def error_mw(self, request, handler):
		try:
			return await handler(request)
		except web.HTTPException:
			raise
		except CoreError as ex:
			return web.Response(status=ex.status, text=error_text(ex.etype, str(ex)))
		except ModelError as ex:
			return web.Response(status=400, text=error_text(ex.etype, str(ex)))
		except ValueError as ex:
			return web.Response(status=400, text=error_text(type(ex).__name__, str(ex)))
		except Exception as ex:
			request["entry"]["devcore_bug"] = traceback.format_exc()
			print("devcore: unexpected exception on %s %s:\n%s" % (request.method, request.path,
				traceback.format_exc()), file=sys.stderr, flush=True)
			return web.Response(status=400, text=error_text(type(ex).__name__, str(ex)))

	@web.middleware
	async def shutdown_mw(self, request, handler):
		if self.state.shutting_down:
			return web.Response(status=503, headers={"Retry-After": "5"}, text="503: Service Unavailable")
		return await handler(request)

	# ------------------------------------------------------------ simple REST
	async def ready(self, request):
		if not self.state.ready():
			return web.Response(status=503, text="not ready")
		return web.Response(text="ok")

	async def ping(self, request):
		return web.Response(text="pong")

	async def ca_cert(self, request):
		if self.ca_pem is None:
			raise CoreError("NotFoundError", "devcore has no CA certificate (--ca-cert)", 404)
		der = ssl.PEM_cert_to_DER_cert(self.ca_pem.decode())
		fp = auth.fingerprint(der)
		headers = {"SHA256-Fingerprint": fp, "Content-Disposition": 'attachment; filename="resoto_root_ca.pem"'}
		mode = self.state.ca_token
		if self.opts.psk and mode != "none":
			psk, claims, now = self.opts.psk, {"sha256_fingerprint": fp}, None
			if mode == "wrong_psk":
				psk += "-not-the-psk"
			elif mode == "wrong_fingerprint":
				claims = {"sha256_fingerprint": ":".join(["00"] * 32)}
			elif mode == "expired":
				now = time.time() - 600
			headers["Authorization"] = "Bearer " + auth.encode(psk, claims, salt=self.ca_key, now=now)
		return web.Response(body=self.ca_pem, headers=headers, content_type="application/x-pem-file")

	async def ca_sign(self, request):
		body = request["body"] = await request.read()
		if not self.opts.ca_key or not self.opts.ca_cert:
			return web.Response(status=501, text="devcore: /ca/sign needs --ca-cert and --ca-key")
		if b"-----BEGIN CERTIFICATE REQUEST-----" not in body:
			raise CoreError("ValueError", "Unable to load PEM file: the body is not a PEM certificate request")
		with tempfile.TemporaryDirectory() as tmp:
			csr, crt = os.path.join(tmp, "req.pem"), os.path.join(tmp, "cert.pem")
			with open(csr, "wb") as f:
				f.write(body)
			cmds = [["openssl", "req", "-in", csr, "-noout", "-verify"],
				["openssl", "x509", "-req", "-in", csr, "-CA", self.opts.ca_cert, "-CAkey", self.opts.ca_key,
					"-set_serial", str(int.from_bytes(os.urandom(8), "big")), "-days", "365", "-sha256",
					"-copy_extensions", "copyall", "-out", crt]]
			for cmd in cmds:
				proc = await asyncio.create_subprocess_exec(*cmd, stdout=asyncio.subprocess.PIPE,
					stderr=asyncio.subprocess.PIPE)
				out, err = await proc.communicate()
				if proc.returncode != 0:
					raise CoreError("ValueError", "cannot sign the request: %s" % err.decode(errors="replace").strip())
			with open(crt, "rb") as f:
				pem = f.read()
		fp = auth.fingerprint(ssl.PEM_cert_to_DER_cert(pem.decode()))
		return web.Response(body=pem, headers={"SHA256-Fingerprint": fp}, content_type="application/x-pem-file")

	# ------------------------------------------------------------ subscribers
	async def get_subscriber(self, request):
		sub = self.state.subscribers.get(request.match_info["sid"])
		if sub is None:
			return web.Response(status=404, text="No subscriber with id %s" % request.match_info["sid"])
		return web.json_response(sub.as_json())

	async def add_subscription(self, request):
		sid, event = request.match_info["sid"], request.match_info["event"]
		timeout = int(request.query.get("timeout", "60"))
		wfc = request.query.get("wait_for_completion", "true").lower() != "false"
		sub = self.state.subscribers.setdefault(sid, Subscriber(sid))
		sub.subscriptions[event] = {"wait_for_completion": wfc, "timeout": timeout}
		return web.json_response(sub.as_json())

	async def delete_subscription(self, request):
		sid, event = request.match_info["sid"], request.match_info["event"]
		sub = self.state.subscribers.get(sid, Subscriber(sid))
		sub.subscriptions.pop(event, None)
		if not sub.subscriptions:
			self.state.subscribers.pop(sid, None)
		return web.json_response(sub.as_json())

	# ------------------------------------------------------------ graphs and models
	def need_graph(self, request):
		name = request.match_info["graph"]
		if name not in self.state.graphs:
			raise CoreError("NoSuchGraph", "No graph with this name %s" % name, 404)
		return name

	async def create_graph(self, request):
		name = request.match_info["graph"]
		if "_" in name:
			raise CoreError("AttributeError", "Graph name should not have underscores!")
		if not re.fullmatch(r"[a-zA-Z0-9_]+", name):
			raise CoreError("ValueError", "Graph name %s contains invalid characters, only alphanumeric characters "
				"are allowed." % name)
		return web.json_response(self.state.graph(name).root_node())

	async def json_body(self, request):
		if request.content_type != "application/json":
			request["body"] = await request.read()
			raise web.HTTPNotAcceptable(text="Only support json")
		body = request["body"] = await request.read()
		try:
			return json.loads(body)
		except ValueError as e:
			raise CoreError("JSONDecodeError", str(e))

	async def get_model(self, request):
		return web.json_response(self.state.model(request.match_info.get("graph", "resoto")).as_json())

	async def patch_model(self, request):
		graph = request.match_info.get("graph", "resoto")
		body = await self.json_body(request)
		model = self.state.model(graph).update(body)
		self.state.models[graph] = model
		request["entry"]["model"] = {"graph": graph, "kinds": len(body)}
		return web.json_response(model.as_json())

	async def read_lines(self, request):
		"""The body of an ndjson request, streamed (no size limit), as lines."""
		chunks = []
		async for chunk in request.content.iter_any():
			chunks.append(chunk)
		body = request["body"] = b"".join(chunks)
		return body.split(b"\n")

	async def merge(self, request):
		graph = self.need_graph(request)
		wait = qbool(request, "wait_for_result", True)
		task_id = request.headers.get("Resoto-Worker-Task-Id")
		ct = request.content_type
		if ct in ("application/x-ndjson", "application/ndjson"):
			lines = await self.read_lines(request)
		elif ct == "application/json":
			body = request["body"] = await request.read()
			try:
				js = json.loads(body)
			except ValueError as e:
				raise CoreError("JSONDecodeError", str(e))
			js = js if isinstance(js, list) else [js] if isinstance(js, dict) else []
			lines = [json.dumps(x).encode() for x in js]
		else:
			raise CoreError("AttributeError", "Can not read graph. Currently supported formats: json and ndjson!")
		v, up, summary, roots = merge.validate(lines, self.state.model(graph), self.state.strict, task_id,
			request.headers)
		summary.update(graph=graph, task_id=task_id, wait_for_result=wait)
		self.merge_task_warnings(task_id, summary["warnings"])
		if summary["valid"]:
			summary["counts"] = self.state.graph(graph).apply(up, roots, summary["root"])
		request["entry"]["merge"] = summary
		if len(request["body"]) > MAX_LOGGED_BODY:
			request["entry"]["body_file"] = self.state.save_body(request["body"], "ndjson")
		if not wait:
			return web.Response(status=204)
		if not summary["valid"]:
			raise CoreError("ImportAborted", v.first())
		return web.json_response(summary["counts"])

	def merge_task_warnings(self, task_id, warnings):
		"""A merge belongs to a running collect: its task id, before the answer."""
		if not task_id:
			warnings.append({"line": None, "message": "no Resoto-Worker-Task-Id: the collect workflow would not "
				"wait for this merge"})
			return
		acts = [a for a in self.state.actions if a.task == task_id]
		if not acts:
			warnings.append({"line": None, "message": "Resoto-Worker-Task-Id %s is no action devcore sent" % task_id})
		elif any(answer is not None for a in acts for answer in a.waiting.values()):
			warnings.append({"line": None, "message": "merge for task %s arrived after the worker answered the "
				"action (send all merges before action_done)" % task_id})

	async def search(self, request):
		graph = self.need_graph(request)
		section = request.query.get("section")
		if section and section != "/" and section not in SECTIONS:
			raise CoreError("AttributeError", "Given section does not exist: %s" % section)
		text = (await request.read()).decode("utf-8", errors="replace")
		request["body"] = text.encode()
		if not text.strip():
			raise CoreError("ParseError", "empty search (devcore needs a search text)")
		if graph in self.state.search_status:
			status, msg = self.state.search_status[graph]
			return web.Response(status=status, text=msg)
		if graph not in self.state.search and not graph_search.CLEANUP_SEARCH.fullmatch(text.strip()):
			store, model = self.state.graph(graph), self.state.model(graph)
			_, pred = graph_search._adjacency(store)
			try:    # the action plugins' searches (cli.py)
				items = cli.search(store, model, text,
					lambda nid: graph_search.ancestors(store, model, nid, pred))
			except cli.CliError as e:
				raise CoreError(e.etype, str(e))
		elif graph in self.state.search:
			items = self.state.search[graph]
		else:
			try:
				items = graph_search.answer(self.state.graph(graph), self.state.model(graph), text)
			except graph_search.SearchError as e:
				raise CoreError("ParseError", str(e))
		fault = self.state.search_fault.get(graph)
		if fault is not None:
			fault["count"] -= 1
			if fault["count"] == 0:
				del self.state.search_fault[graph]
		request["entry"]["search"] = {"lines": len(items), "fault": fault and fault["mode"]}
		if "ndjson" not in request.headers.get("Accept", ""):
			return web.json_response(items)
		return await self.stream_lines(request, items, fault)

	async def stream_lines(self, request, items, fault):
		"""ndjson, chunked, 64 KiB at a time; a search fault (devcore only)
		puts raw text after line `after` ("garbage") or cuts the connection
		there ("truncate")."""
		resp = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
		resp.enable_chunked_encoding()
		await resp.prepare(request)
		chunk = []
		size = 0
		for n, item in enumerate(items):
			if fault is not None and n == fault["after"]:
				if fault["mode"] == "truncate":
					chunk.append(dumps(item)[:max(1, len(dumps(item)) // 2)])
					await resp.write("".join(chunk).encode())
					request["entry"]["search"]["cut_after"] = n
					request.transport.abort()
					return resp
				chunk.append(fault["text"] + "\n")
			chunk.append(dumps(item) + "\n")
			size += len(chunk[-1])
			if size >= 65536:
				await resp.write("".join(chunk).encode())
				chunk, size = [], 0
		if fault is not None and fault["after"] >= len(items) and fault["mode"] == "garbage":
			chunk.append(fault["text"] + "\n")
		await resp.write("".join(chunk).encode())
		await resp.write_eof()
		return resp

	def stream(self, request, items):
		if "ndjson" in request.headers.get("Accept", ""):
			return web.Response(body="".join(dumps(i) + "\n" for i in items).encode(),
				content_type="application/x-ndjson")
		return web.json_response(items)

	async def patch_nodes(self, request):
		graph = self.need_graph(request)
		ct = request.content_type
		if ct in ("application/x-ndjson", "application/ndjson"):
			lines = [l for l in await self.read_lines(request) if l.strip()]
			try:
				elems = [json.loads(l) for l in lines]
			except ValueError as e:
				raise CoreError("JSONDecodeError", str(e))
		elif ct == "application/json":
			body = request["body"] = await request.read()
			js = json.loads(body)
			elems = js if isinstance(js, list) else [js]
		else:
			raise CoreError("AttributeError", "Can not read graph. Currently supported formats: json and ndjson!")
		allowed = set(SECTIONS) | {"id", "revision"}
		updates = {}
		for elem in elems:
			if not isinstance(elem, dict):
				raise CoreError("AttributeError", "Invalid json: %s" % short(elem))
			keys = set(elem)
			if not keys <= allowed:
				raise CoreError("AssertionError", "Invalid json. Allowed keys are: %s" % sorted(allowed))
			if "id" not in elem:
				raise CoreError("AssertionError", "No id given for element %s" % short(elem))
			if not keys & set(SECTIONS):
				raise CoreError("AssertionError", "No update provided for element %s" % short(elem))
			if elem["id"] in updates:
				raise CoreError("AssertionError", "Only one update allowed per id! %s" % short(elem))
			updates[elem["id"]] = elem
		store = self.state.graph(graph)
		scripted = {n.get("id"): n for n in self.state.search.get(graph, []) if isinstance(n, dict)
			and n.get("type", "node") == "node"}
		out = []
		for nid, patch in updates.items():
			targets = [n for n in (store.nodes.get(nid), scripted.get(nid)) if n is not None]
			if not targets:
				raise CoreError("NotFoundError", "Node %s does not exist!" % nid, 404)
			for node in targets:
				for section in SECTIONS:
					if section in patch:
						if patch[section] is None:
							node.pop(section, None)
						else:
							node[section] = dict(node.get(section) or {}, **patch[section])
			out.append(targets[0])
		request["entry"]["patched"] = sorted(updates)
		return self.stream(request, out)

	async def cli_execute(self, request):
		graph = request.query.get("graph", "resoto")
		if graph not in self.state.graphs:
			raise CoreError("NoSuchGraph", "No graph with this name %s" % graph, 404)
		store, model = self.state.graph(graph), self.state.model(graph)
		_, pred = graph_search._adjacency(store)
		return await cli.handle(self, request, store, model,
			lambda nid: graph_search.ancestors(store, model, nid, pred))

	# ------------------------------------------------------------ configs
	async def get_configs_model(self, request):
		return web.json_response(self.state.configs_model.as_json())

	async def patch_configs_model(self, request):
		body = await self.json_body(request)
		self.state.configs_model = self.state.configs_model.update(body)
		return web.json_response(self.state.configs_model.as_json())

	def check_config(self, config, entry):
		"""Validate/coerce each section that is a config kind; key order as the model."""
		out = {}
		for key, value in config.items():
			kind = self.state.configs_model.get(key)
			if isinstance(kind, ComplexKind) and kind.aggregate_root:
				chk = Check(config_context=True, normalize=False)
				try:
					value = kind.sort(kind.check(value, chk))
				except ModelError as e:
					raise CoreError("AttributeError", "Error validating section %s: %s" % (key, e))
				if chk.coercions:
					entry.setdefault("warnings", []).extend(chk.coercions)
			out[key] = value
		return out

	async def get_config(self, request):
		cid = request.match_info["cid"]
		if request.headers.get("accept") == "application/yaml":
			raise web.HTTPNotAcceptable(text="devcore: YAML is not supported")
		entry = self.state.configs.get(cid)
		if entry is None:
			return web.Response(status=404, text="No config with this id")
		separate = qbool(request, "separate_overrides", False)
		apply_ov = qbool(request, "apply_overrides", not separate)
		resolve = qbool(request, "resolve_env_vars", not separate)
		raw = qbool(request, "include_raw_config", False) and separate
		config = entry["config"]
		overrides = self.state.overrides.get(cid)
		if overrides and apply_ov:
			config = merge_json(config, overrides)
		if resolve:
			config = self.coerce_quietly({k: replace_env(v) for k, v in config.items()})
		payload = config
		if separate:
			payload = {"config": config, "overrides": overrides}
			if raw:
				payload["raw_config"] = entry["config"]
		return web.json_response(payload, headers={"Resoto-Config-Revision": entry["revision"]})

	def coerce_quietly(self, config):
		out = {}
		for key, value in config.items():
			kind = self.state.configs_model.get(key)
			if isinstance(kind, ComplexKind):
				try:
					value = kind.sort(kind.check(value, Check(config_context=True)))
				except ModelError:
					pass
			out[key] = value
		return out

	async def put_config(self, request):
		cid = request.match_info["cid"]
		config = await self.json_body(request)
		if not isinstance(config, dict):
			raise CoreError("AttributeError", "'%s' object has no attribute 'items'" % type(config).__name__)
		if request.query.get("validate", "true").lower() != "false":
			config = self.check_config(config, request["entry"])
		if request.query.get("dry_run", "false").lower() == "true":
			return web.json_response(config)
		entry, changed = self.state.put_config(cid, config)
		if changed:
			await self.emit_event("config-updated", {"id": cid, "revision": entry["revision"]})
		return web.json_response(entry["config"], headers={"Resoto-Config-Revision": entry["revision"]})


def merge_json(base, update):
	if isinstance(base, dict) and isinstance(update, dict):
		out = dict(base)
		for k, v in update.items():
			out[k] = merge_json(base.get(k), v) if k in base else v
		return out
	return update


def replace_env(value):
	if isinstance(value, dict):
		return {k: replace_env(v) for k, v in value.items()}
	if isinstance(value, list):
		return [replace_env(v) for v in value]
	if isinstance(value, str):
		return re.sub(r"\$\((\w+)\)", lambda m: os.environ.get(m.group(1)) or m.group(0), value)
	return value

"""State of the development core: what it remembers between requests.

Owns: the event log (every request, websocket frame and verdict, with a
sequence number and waiters), subscribers and their pending actions, worker
tasks of /work/queue, configs and the configs model, graphs (model + store),
scripted behaviour (faults, readiness, shutdown, search answers).
"""
import asyncio
import itertools
import json
import re
import time
import uuid

from merge import GraphStore
from model import Model


class Log:
	"""Append-only event log with a condition for waiters."""

	def __init__(self):
		self.entries = []
		self.seq = 0
		self.cond = asyncio.Condition()

	def add(self, entry):
		self.seq += 1
		entry["seq"] = self.seq
		entry.setdefault("t", round(time.time(), 3))
		self.entries.append(entry)
		asyncio.get_event_loop().create_task(self._notify())
		return entry

	async def _notify(self):
		async with self.cond:
			self.cond.notify_all()

	def clear(self):
		self.entries = []


def facets(e):
	"""Flat view of an entry used by log filters."""
	f = {k: e.get(k) for k in ("type", "method", "path", "status", "ws", "kind", "subscriber", "seq")}
	js = e.get("json")
	if isinstance(js, dict):
		f["msg_kind"] = js.get("kind")
		f["message_type"] = js.get("message_type")
		data = js.get("data")
		if isinstance(data, dict):
			f["task"] = data.get("task")
			f["step"] = data.get("step")
		if "task_id" in js:
			f["task"] = js.get("task_id")
	if e.get("type") == "http" and e.get("merge"):
		f["task"] = e["merge"].get("task_id")
		f["valid"] = e["merge"].get("valid")
	if "valid" in e:
		f["valid"] = e["valid"]
	return f


SHORTCUTS = {
	"action_done": {"type": "ws_in", "msg_kind": "action_done"},
	"action_error": {"type": "ws_in", "msg_kind": "action_error"},
	"action_reply": {"type": "ws_in", "msg_kind": "action_done|action_error"},
	"progress": {"type": "ws_in", "msg_kind": "action_progress"},
	"info": {"type": "ws_in", "msg_kind": "action_info"},
	"merge": {"type": "http", "path_re": r"(/.*)?/graph/[^/]+/merge"},
	"model": {"type": "http", "path_re": r"(/.*)?(/graph/[^/]+)?/model"},
	"connect": {"type": "ws_open"},
	"disconnect": {"type": "ws_close"},
	"task_result": {"type": "ws_in", "kind": "queue"},
	"request": {"type": "http"},
}
RESERVED = {"for", "count", "since", "timeout", "limit"}


def make_filter(params):
	"""Filter from query parameters: field=value (value may be a|b), path_re=REGEX,
	for=SHORTCUT, since=SEQ."""
	crit = dict(SHORTCUTS.get(params.get("for", ""), {}))
	if params.get("for") and params["for"] not in SHORTCUTS:
		raise ValueError("unknown for=%s (known: %s)" % (params["for"], ", ".join(sorted(SHORTCUTS))))
	for k, v in params.items():
		if k not in RESERVED:
			crit[k] = v
	since = int(params.get("since", 0))
	path_re = re.compile(crit.pop("path_re")) if "path_re" in crit else None

	def match(e):
		if e["seq"] <= since:
			return False
		f = facets(e)
		if path_re is not None and not (isinstance(f.get("path"), str) and path_re.fullmatch(f["path"])):
			return False
		for k, want in crit.items():
			have = f.get(k)
			have = str(have).lower() if isinstance(have, bool) else str(have)
			if have not in want.split("|"):
				return False
		return True
	return match


class Subscriber:
	def __init__(self, sid):
		self.id = sid
		self.subscriptions = {}     # message_type -> {"wait_for_completion": bool, "timeout": seconds}

	def as_json(self):
		return {"id": self.id, "subscriptions": {mt: {"message_type": mt, "wait_for_completion": s["wait_for_completion"],
			"timeout": float(s["timeout"])} for mt, s in self.subscriptions.items()}}


class Action:
	"""One action sent to subscribers; pending for those that must answer."""

	def __init__(self, message_type, task, step, data, waiting, timeout):
		self.message_type = message_type
		self.task = task
		self.step = step
		self.data = data
		self.waiting = {sid: None for sid in waiting}    # sid -> None | "action_done" | "action_error"
		self.deadline = time.time() + timeout
		self.created = time.time()

	def pending_for(self, sid):
		return sid in self.waiting and self.waiting[sid] is None and time.time() < self.deadline

	def as_json(self):
		return {"message_type": self.message_type, "task": self.task, "step": self.step, "data": self.data,
			"answers": self.waiting, "expired": time.time() >= self.deadline}


class Task:
	"""A task for /work/queue."""

	def __init__(self, task_id, name, data, attrs, timeout):
		self.id = task_id
		self.name = name
		self.data = data
		self.attrs = attrs
		self.deadline = time.time() + timeout
		self.state = "waiting"          # waiting | sent | done | error | failed
		self.ws = None
		self.ignore_filter = False      # test only: route by name alone
		self.result = None
		self.error = None
		self.done = asyncio.Event()

	def frame(self):
		return {"task_id": self.id, "task_name": self.name, "data": self.data, "attrs": self.attrs}

	def finish(self, state, result=None, error=None):
		if self.done.is_set():
			return
		self.state, self.result, self.error = state, result, error
		self.done.set()

	def as_json(self):
		return {"task_id": self.id, "task_name": self.name, "state": self.state, "ws": self.ws,
			"result": self.result, "error": self.error, "frame": self.frame()}


class Conn:
	"""An open websocket."""
	ids = itertools.count(1)

	def __init__(self, kind, ws, request, subscriber=None):
		self.id = "ws%d" % next(Conn.ids)
		self.kind = kind              # handle | queue | events
		self.ws = ws
		self.request = request
		self.subscriber = subscriber
		self.message_types = []       # handle: subscribed types; events: shown types
		self.handlers = None          # queue: handler descriptions once received
		self.closed_by = None

	def transport(self):
		return self.request.transport


class State:
	def __init__(self, opts):
		self.opts = opts
		self.strict = not opts.lenient
		self.log = Log()
		self.subscribers = {}
		self.actions = []
		self.listeners = {}           # subscriber id -> Conn (one per subscriber)
		self.conns = {}               # id -> Conn
		self.tasks = {}
		self.configs = {}             # id -> {"config": {...}, "revision": str}
		self.overrides = {}
		self.revisions = itertools.count(1)
		self.configs_model = Model(check_overlap_paths=False)
		self.models = {}              # graph -> Model
		self.graphs = {}              # graph -> GraphStore (created graphs)
		self.search = {}              # graph -> list of answer lines (JSON values)
		self.search_status = {}       # graph -> (status, text)
		self.search_fault = {}        # graph -> {"mode", "after", "text", "count"}
		self.faults = []
		self.ready_until = 0.0        # /system/ready answers 503 until then
		self.not_ready = False
		self.shutting_down = False
		self.ca_token = "valid"
		self.body_seq = itertools.count(1)

	# -- graphs and models
	def model(self, graph):
		if graph not in self.models:
			self.models[graph] = Model()
		return self.models[graph]

	def graph(self, graph):
		if graph not in self.graphs:
			self.graphs[graph] = GraphStore(graph)
		return self.graphs[graph]

	# -- configs
	def next_revision(self):
		return "_devcore-%06d" % next(self.revisions)

	def put_config(self, cid, config):
		"""Store; returns (entry, changed)."""
		old = self.configs.get(cid)
		if old is not None and old["config"] == config:
			return old, False
		entry = {"config": config, "revision": self.next_revision()}
		self.configs[cid] = entry
		return entry, True

	# -- readiness
	def ready(self):
		return not self.not_ready and time.time() >= self.ready_until

	def save_body(self, body, suffix):
		path = "%s/body-%04d.%s" % (self.opts.data_dir, next(self.body_seq), suffix)
		with open(path, "wb") as f:
			f.write(body)
		return path


def new_id():
	return str(uuid.uuid4())


def dumps(obj, **kw):
	text = json.dumps(obj, ensure_ascii=False, **kw)
	try:
		text.encode("utf-8")
	except UnicodeEncodeError:	# a lone surrogate (tests of odd ids): \u escapes
		text = json.dumps(obj, **kw)
	return text

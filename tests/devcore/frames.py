"""Websocket frame checks of the development core (core-protocol.md 4.5, 5.1,
5.3, 9).

Owns: decoding what a worker sends on /subscriber/{id}/handle (and /events)
and on /work/queue, the way Resoto Core 3.6.5 decodes it.  A check returns a
FrameVerdict; rule "core" means the core would hang up, "strict" means the
core would accept it but the reference worker never sends it.
"""
import datetime as dt
import json

from model import short


class Bad(Exception):
	def __init__(self, message, rule="core"):
		super().__init__(message)
		self.rule = rule


class FrameVerdict:
	def __init__(self):
		self.json = None       # the frame as received (parsed)
		self.decoded = None    # with data.subscriber_id / data.received_at added
		self.error = None
		self.rule = None
		self.warnings = []

	def fails(self, strict):
		return self.error is not None and (strict or self.rule == "core")

	def as_json(self):
		d = {"valid": self.error is None}
		if self.error is not None:
			d["error"] = self.error
			d["rule"] = self.rule
		if self.warnings:
			d["warnings"] = self.warnings
		return d


def utc_now():
	return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _need(data, key, what):
	if key not in data:
		raise Bad("%s needs data.%s" % (what, key))
	return data[key]


def _str(value, what):
	if not isinstance(value, str):
		raise Bad("%s is not a string: %s" % (what, short(value)), "strict")


def _int(value):
	return isinstance(value, int) and not isinstance(value, bool)


def check_progress(p, where="progress"):
	"""resotolib Progress.from_json plus what the task's progress tree needs."""
	if not isinstance(p, dict):
		raise Bad("%s is not an object: %s" % (where, short(p)))
	name = _need(p, "name", where)
	kind = _need(p, "kind", where)
	path = p.get("path", [])
	if kind == "progress":
		cur = _need(p, "current", where)
		tot = _need(p, "total", where)
		try:
			if tot <= 0:
				raise Bad("%s: total must be greater than 0 (got %s)" % (where, short(tot)))
			if cur > tot:
				raise Bad("%s: current (%s) > total (%s)" % (where, short(cur), short(tot)))
		except TypeError:
			raise Bad("%s: current/total are not numbers: %s" % (where, short(p)))
		if not (_int(cur) and _int(tot)):
			raise Bad("%s: current/total are not integers: %s" % (where, short(p)), "strict")
		if cur < 0:
			raise Bad("%s: current is negative: %s" % (where, cur), "strict")
	elif kind == "tree":
		parts = _need(p, "parts", where)
		if not isinstance(parts, list):
			raise Bad("%s: parts is not a list" % where)
		for i, part in enumerate(parts):
			if isinstance(part, dict) and not (isinstance(part.get("name", ""), str)
					and all(isinstance(x, str) for x in part.get("path", []))):
				raise Bad("%s.parts[%d]: name and path must be strings" % (where, i))
			check_progress(part, "%s.parts[%d]" % (where, i))
	else:
		raise Bad("%s: No handler to unmarshal progress (kind %s)" % (where, short(kind)))
	_str(name, where + ".name")
	if not isinstance(path, list) or not all(isinstance(x, str) for x in path):
		raise Bad("%s.path is not a list of strings: %s" % (where, short(path)), "strict")


def _check_at(at):
	if not isinstance(at, str):
		raise Bad("data.at is not a string: %s" % short(at))
	try:
		dt.datetime.fromisoformat(at)
	except ValueError:
		raise Bad("data.at is not an ISO-8601 time: %s" % short(at))


REQUIRED = {
	"action_done": ("task", "step"),
	"action_error": ("task", "step"),
	"action_abort": ("task", "step"),
	"action": ("task", "step"),
	"action_info": ("task", "step", "level", "message"),
	"action_progress": ("task", "step", "progress", "at"),
	"event": (),
}


def _decode_message(js, v, subscriber_id):
	if not isinstance(js, dict):
		raise Bad("frame is not a JSON object: %s" % short(js))
	if "data" in js:
		if not isinstance(js["data"], dict):
			raise Bad("data is not an object: %s" % short(js["data"]))
		js = dict(js)
		js["data"] = dict(js["data"], subscriber_id=subscriber_id, received_at=utc_now())
	v.decoded = js
	if "kind" not in js:
		raise Bad("frame has no kind")
	if "message_type" not in js:
		raise Bad("frame has no message_type")
	kind = js["kind"]
	if kind not in REQUIRED:
		raise Bad("No handler to parse %s" % short(kind))
	data = js.get("data", {})
	for key in REQUIRED[kind]:
		_need(data, key, kind)
	if kind == "action":
		raise Bad("Actors should not emit action messages.")
	if kind == "action_progress":
		check_progress(data["progress"])
		_check_at(data["at"])
		if not isinstance(data["at"], str) or len(data["at"]) != 20 or not data["at"].endswith("Z"):
			v.warnings.append("data.at %s is not UTC YYYY-MM-DDTHH:MM:SSZ" % short(data["at"]))
	_str(js["message_type"], "message_type")
	for key in REQUIRED[kind]:
		if key in ("task", "step", "level", "message"):
			_str(data[key], "data." + key)
	if kind == "action_info" and data["level"] not in ("info", "error"):
		v.warnings.append("action_info level %s: the reference sends info or error" % short(data["level"]))
	if kind == "action_error" and "error" not in data:
		v.warnings.append("action_error without data.error (the core records n/a)")


def _verdict(text, check, *args):
	"""Parse text as JSON and run check(js, v, *args) on it: the verdict,
	with the first Bad either raises as its error."""
	v = FrameVerdict()
	try:
		try:
			v.json = json.loads(text)
		except ValueError as e:
			raise Bad("invalid JSON: %s" % e)
		check(v.json, v, *args)
	except Bad as e:
		v.error, v.rule = str(e), e.rule
	return v


def check_message(text, subscriber_id):
	"""A frame on /subscriber/{id}/handle or /events (listen_to_events)."""
	return _verdict(text, _decode_message, subscriber_id)


def check_handlers(text):
	"""The first frame on /work/queue: a non-empty list of handler descriptions."""
	return _verdict(text, _check_handlers)


def _check_handlers(js, v):
	if not isinstance(js, list):
		raise Bad("first frame is not a JSON array of handler descriptions")
	if not js:
		raise Bad("empty handler list: the core needs at least one description")
	for i, h in enumerate(js):
		where = "handler[%d]" % i
		if not isinstance(h, dict) or not isinstance(h.get("name"), str):
			raise Bad("%s needs a string name: %s" % (where, short(h)))
		flt = h.get("filter", {})
		if not isinstance(flt, dict) or not all(isinstance(x, list) and all(isinstance(s, str) for s in x)
				for x in flt.values()):
			raise Bad("%s.filter must map names to lists of strings: %s" % (where, short(flt)), "strict")
		for key in ("info", "description", "allowed_on_kind"):
			if h.get(key) is not None and not isinstance(h[key], str):
				raise Bad("%s.%s is not a string" % (where, key), "strict")
		if not isinstance(h.get("expect_node_result", False), bool):
			raise Bad("%s.expect_node_result is not a boolean" % where, "strict")
		if not isinstance(h.get("args_description", {}), dict):
			raise Bad("%s.args_description is not an object" % where, "strict")


def check_result(text):
	"""A later frame on /work/queue: a WorkerTaskResult."""
	return _verdict(text, _check_result)


def _check_result(js, v):
	if not isinstance(js, dict):
		raise Bad("result is not a JSON object")
	for key in ("task_id", "result"):
		if key not in js:
			raise Bad("result frame has no %s" % key)
	_str(js["task_id"], "task_id")
	if js.get("error") is not None and not isinstance(js["error"], str):
		raise Bad("error is not a string")
	if js["result"] == "done" and "data" not in js:
		raise Bad("a done result carries no data", "strict")
	if js["result"] == "error" and not js.get("error"):
		raise Bad("an error result carries no error text", "strict")
	if js["result"] not in ("done", "error"):
		v.warnings.append("Do not understand this message: result %s (ignored by the core)" % short(js["result"]))

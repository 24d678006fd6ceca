"""cli: POST /cli/execute (action-plugins.md 3.1) for the commands the
action plugins send, answered over the graph store with the core's
semantics for what they use.

Owns: the @NOW@ family of placeholders, the command line (`search`/`query`
FILTER `|` `clean` [reason] | `protect`), `tag update --nowait KEY VALUE` (a tag task
per node for the worker's queue, not awaited), the filter language's subset
(`and`, `or`, `not(...)`, parentheses, `is(kind)` / `is([kinds])` over the
model's hierarchy, `has_key(path, [keys])`, `id(x)`, comparisons `==`
`!=` `<` `<=` `>` `>=` `in` with strings, numbers, booleans, durations and
lists), the section rule (a path not starting with `/` is prefixed with
`reported.`), the synthetic `reported.age`, `metadata.expires` as the core
computes it on import (tag resoto:expires, else ctime + the duration of
tag resoto:expiration or expiration), the resolved `ancestors.<kind>.reported`
(anything else below ancestors, e.g. the reference's `/ancestors.cloud.id`,
is absent and matches nothing, as in the core), and the ndjson answer of
the changed nodes; and the searches of the graph-type plugins (`search`):
FILTER [`#tag`] [`<-E[0:]E->`, `<-E[0:]-`, `-E[0:]E->`], the matched
nodes tagged with metadata.query_tag, the traversal's nodes, then the
edges of the traversed types between them. Errors are the core's: 400 `Error: <type>\\nMessage: ...`.
"""
import datetime
import json
import re
import uuid

from aiohttp import web

DURATION_UNITS = [
	(["years", "year", "yr", "y"], 365 * 86400), (["months", "month", "mo", "M"], 31 * 86400),
	(["days", "day", "d"], 86400), (["weeks", "week", "w"], 7 * 86400), (["hours", "hour", "h"], 3600),
	(["minutes", "minute", "min", "m"], 60), (["seconds", "second", "s"], 1)]
DURATION = re.compile(r"\s*([+-]?\d+(?:\.\d+)?)\s*(%s)\s*(?:,|and)?\s*" % "|".join(
	n for names, _ in DURATION_UNITS for n in names))
TOKEN = re.compile(r'\s*(?:("(?:[^"\\]|\\.)*")|(==|!=|<=|>=|<|>|=~|\(|\)|\[|\]|,)|([^\s()\[\],"=!<>]+))')


def new_task_id():
	return str(uuid.uuid4())


class CliError(Exception):
	def __init__(self, etype, message):
		super().__init__(message)
		self.etype = etype


def duration(s):
	"""Seconds of a duration (resotolib's durations.py), None when it is none."""
	pos, total, n, neg = 0, 0.0, 0, False
	while pos < len(s):
		m = DURATION.match(s, pos)
		if m is None or m.end() == pos:
			return None
		v = float(m.group(1))
		if n == 0:
			neg = v < 0
		total += abs(v) * next(sec for names, sec in DURATION_UNITS if m.group(2) in names)
		pos, n = m.end(), n + 1
	return None if n == 0 else (-total if neg else total)


def parse_time(s):
	if not isinstance(s, str):
		return None
	try:
		t = datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
	except (TypeError, ValueError):
		return None
	return t if t.tzinfo else t.replace(tzinfo=datetime.timezone.utc)


def now():
	return datetime.datetime.now(datetime.timezone.utc)


def replace_placeholders(text):
	t = now().astimezone()
	values = {"NOW": t.strftime("%Y-%m-%dT%H:%M:%S%z"), "UTC": now().strftime("%Y-%m-%dT%H:%M:%SZ"),
		"TODAY": t.strftime("%Y-%m-%d")}
	return re.sub(r"@(NOW|UTC|TODAY|now|utc|today)@", lambda m: values[m.group(1).upper()], text)


def expires(node):
	"""metadata.expires as the core's adjust_node computes it."""
	r = node.get("reported") or {}
	tags = r.get("tags") or {}
	if isinstance(tags.get("resoto:expires"), str) and parse_time(tags["resoto:expires"]):
		return parse_time(tags["resoto:expires"])
	ctime = parse_time(r.get("ctime"))
	for key in ("resoto:expiration", "expiration"):
		d = duration(tags[key]) if isinstance(tags.get(key), str) else None
		if d is not None and ctime is not None:
			return ctime + datetime.timedelta(seconds=d)
	return None


class Parser:
	def __init__(self, text):
		self.toks, pos = [], 0
		while pos < len(text):
			m = TOKEN.match(text, pos)
			if m is None or m.end() == pos:
				if text[pos:].strip() == "":
					break
				raise CliError("ParseError", "cannot parse at %d: %s" % (pos, text[pos:pos + 40]))
			self.toks.append(m.group(1) or m.group(2) or m.group(3))
			pos = m.end()
		self.i = 0

	def peek(self):
		return self.toks[self.i] if self.i < len(self.toks) else None

	def take(self, want=None):
		t = self.peek()
		if t is None or (want is not None and t != want):
			raise CliError("ParseError", "expected %s, found %s" % (want or "more", t or "the end"))
		self.i += 1
		return t

	def expr(self):
		left = self.conj()
		while self.peek() == "or":
			self.take()
			left = ("or", left, self.conj())
		return left

	def conj(self):
		left = self.term()
		while self.peek() == "and":
			self.take()
			left = ("and", left, self.term())
		return left

	def value(self):
		t = self.take()
		if t.startswith('"'):
			return json.loads(t)
		if t == "[":
			vals = []
			while self.peek() != "]":
				vals.append(self.value())
				if self.peek() == ",":
					self.take()
			self.take("]")
			return vals
		if t in ("true", "false"):
			return t == "true"
		if t == "null":
			return None
		try:
			return float(t) if "." in t else int(t)
		except ValueError:
			return t

	def term(self):
		t = self.take()
		if t == "(":
			e = self.expr()
			self.take(")")
			return e
		if t in ("not", "is", "has_key", "id") and self.peek() == "(":
			self.take("(")
			if t == "not":
				e = ("not", self.expr())
			elif t == "is":
				v = self.value()
				e = ("is", v if isinstance(v, list) else [v])
			elif t == "id":
				e = ("id", self.value())
			else:
				path = self.take()
				self.take(",")
				v = self.value()
				e = ("has_key", path, v if isinstance(v, list) else [v])
			self.take(")")
			return e
		if t.startswith('"') or t in "()[],":
			raise CliError("ParseError", "expected a term, found %s" % t)
		op = self.take()
		if op not in ("==", "!=", "<", "<=", ">", ">=", "in", "=~"):
			raise CliError("ParseError", "expected an operator after %s, found %s" % (t, op))
		return ("cmp", t, op, self.value())


def absolute(path):
	return path[1:] if path.startswith("/") else "reported." + path


def lookup(line, node, path):
	p = absolute(path)
	if p == "reported.age":
		ct = parse_time((node.get("reported") or {}).get("ctime"))
		return None if ct is None else ("age", (now() - ct).total_seconds())
	if p == "metadata.expires":
		e = expires(node)
		return None if e is None else ("time", e)
	v = line
	for part in p.split("."):
		if not isinstance(v, dict):
			return None
		v = v.get(part)
	return v


def compare(have, op, want):
	if have is None:
		return op == "!=" and want is not None
	if isinstance(have, tuple):
		kind, h = have
		w = duration(want) if kind == "age" and isinstance(want, str) else \
			parse_time(want) if kind == "time" and isinstance(want, str) else None
		if w is None:
			return False
	else:
		h, w = have, want
	if op == "in":
		return isinstance(w, list) and h in w
	if op == "=~":
		return isinstance(h, str) and isinstance(w, str) and re.search(w, h) is not None
	try:
		return {"==": h == w, "!=": h != w, "<": h < w, "<=": h <= w, ">": h > w, ">=": h >= w}[op]
	except TypeError:
		return False


class Matcher:
	def __init__(self, model, tree):
		self.model = model
		self.check(tree)
		self.tree = tree

	def check(self, t):
		if t[0] in ("and", "or"):
			self.check(t[1])
			self.check(t[2])
		elif t[0] == "not":
			self.check(t[1])
		elif t[0] == "is":
			for k in t[1]:
				if self.model.get(k) is None:
					raise CliError("AttributeError", "Given kind does not exist: %s" % k)

	def match(self, t, line, node):
		op = t[0]
		if op == "and":
			return self.match(t[1], line, node) and self.match(t[2], line, node)
		if op == "or":
			return self.match(t[1], line, node) or self.match(t[2], line, node)
		if op == "not":
			return not self.match(t[1], line, node)
		if op == "is":
			k = self.model.get((node.get("reported") or {}).get("kind"))
			return k is not None and any(w in k.hierarchy() for w in t[1])
		if op == "id":
			return line["id"] == t[1]
		if op == "has_key":
			v = lookup(line, node, t[1])
			return isinstance(v, dict) and all(k in v for k in t[2])
		return compare(lookup(line, node, t[1]), t[2], t[3])


def split_pipe(text):
	parts, cur, quoted, esc = [], "", False, False
	for ch in text:
		if esc:
			esc = False
		elif quoted and ch == "\\":
			esc = True
		elif ch == '"':
			quoted = not quoted
		elif ch == "|" and not quoted:
			parts.append(cur.strip())
			cur = ""
			continue
		cur += ch
	parts.append(cur.strip())
	return parts


def execute(store, model, text, ancestors_of):
	"""The changed nodes (answer lines) of one command line over store."""
	parts = split_pipe(replace_placeholders(text.strip()))
	head = parts[0].split(None, 1)
	if not head or head[0] not in ("search", "query"):
		raise CliError("CLIParseError", "devcore knows only search/query | clean/protect, not: %s" % text[:200])
	if len(parts) != 2:
		raise CliError("CLIParseError", "devcore expects one search piped into clean or protect: %s" % text[:200])
	filt = head[1].strip() if len(head) > 1 else ""
	tree = Parser(filt).expr() if filt else ("all",)
	matcher = Matcher(model, tree) if filt else None
	action = parts[1].split()
	if not action or action[0] not in ("clean", "protect", "tag"):
		raise CliError("CLIParseError", "Command >%s< is not known. typo?" % (action[0] if action else ""))
	if action[0] == "protect" and len(action) > 1:
		raise CliError("CLIParseError", "protect takes no argument")
	if action[0] == "tag" and (len(action) != 5 or action[1:3] != ["update", "--nowait"]):
		raise CliError("CLIParseError", "devcore knows only: tag update --nowait KEY VALUE, not: %s" % parts[1])
	out, tasks = [], []
	for nid, node in list(store.nodes.items()):
		line = node_line(nid, node, ancestors_of)
		if matcher is not None and not matcher.match(tree, line, node):
			continue
		if action[0] == "tag":
			anc = line.get("ancestors", {})
			tasks.append(({"update": {action[3]: action[4]}, "node": line},
				{k: anc[k]["reported"]["id"] for k in ("cloud", "account", "region", "zone") if k in anc}))
			out.append(line)
			continue
		if action[0] == "clean":
			node["desired"] = dict(node.get("desired") or {}, clean=True)
		else:
			node["metadata"] = dict(node.get("metadata") or {}, protected=True)
		line["desired" if action[0] == "clean" else "metadata"] = node[
			"desired" if action[0] == "clean" else "metadata"]
		out.append(line)
	return out, tasks


def node_line(nid, node, ancestors_of):
	line = {"id": nid, "type": "node"}
	for section in ("reported", "desired", "metadata"):
		if node.get(section):
			line[section] = node[section]
	anc = ancestors_of(nid)
	if anc:
		line["ancestors"] = anc
	return line


TRAVERSAL = re.compile(r"\s*(<-|-)([a-z,]*)\[(\d+):(\d*)\]([a-z,]*)(->|-)\s*$")
QUERY_TAG = re.compile(r"\s*#(\w+)\s*$")


def search(store, model, text, ancestors_of):
	"""The answer lines of POST /graph/G/search/graph?section=reported:
	FILTER [#tag] [traversal], nodes then the edges between them."""
	text = replace_placeholders(text.strip())
	inb, outb, types = None, None, set()
	m = TRAVERSAL.search(text)
	if m is not None and (m.group(1) == "<-" or m.group(6) == "->"):
		text = text[:m.start()]
		if m.group(1) == "<-":
			inb = set((m.group(2) or "default").split(","))
		if m.group(6) == "->":
			outb = set((m.group(5) or "default").split(","))
		types = (inb or set()) | (outb or set())
	tag = None
	t = QUERY_TAG.search(text)
	if t is not None:
		tag, text = t.group(1), text[:t.start()]
	tree = Parser(text).expr() if text.strip() else None
	matcher = Matcher(model, tree) if tree else None
	lines, hits = {}, []
	for nid, node in store.nodes.items():
		line = node_line(nid, node, ancestors_of)
		lines[nid] = line
		if matcher is None or matcher.match(tree, line, node):
			hits.append(nid)
	result = set(hits)
	for direction, allowed in (("in", inb), ("out", outb)):
		if allowed is None:
			continue
		todo = list(hits)
		seen = set(hits)
		while todo:
			n = todo.pop()
			for f, to, et in store.edges:
				nxt = to if direction == "out" and f == n else f if direction == "in" and to == n else None
				if nxt is not None and et in allowed and nxt not in seen and nxt in store.nodes:
					seen.add(nxt)
					todo.append(nxt)
		result |= seen
	out = []
	for nid in store.nodes:
		if nid in result:
			line = dict(lines[nid])
			if tag and nid in hits:
				line["metadata"] = dict(line.get("metadata") or {}, query_tag=tag)
			out.append(line)
	for f, to, et in sorted(store.edges):
		if f in result and to in result and et in types:
			out.append({"type": "edge", "from": f, "to": to, "edge_type": et})
	return out


async def handle(app, request, store, model, ancestors_of):
	"""The route's body: app is the devcore App (stream, recording)."""
	ct = request.headers.get("Content-Type", "application/octet-stream")
	if not ct.startswith("text"):
		return web.Response(status=400, text="Error: AttributeError\nMessage: Not able to handle: %s" % ct)
	text = (await request.read()).decode("utf-8", errors="replace")
	request["body"] = text.encode()
	request["entry"]["command"] = text
	try:
		lines, tasks = execute(store, model, text, ancestors_of)
	except CliError as e:
		return web.Response(status=400, text="Error: %s\nMessage: %s" % (e.etype, e))
	request["entry"]["changed"] = [l["id"] for l in lines]
	for data, attrs in tasks:    # --nowait: the tasks are queued, not awaited
		await app.add_task(new_task_id(), "tag", data, attrs, 30.0)
	return app.stream(request, lines)

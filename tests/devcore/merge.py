"""Merge body validation of the development core (core-protocol.md 6.3,
collectors.md 1.2-1.8).

Owns: the verdict on a POST /graph/{graph}/merge body and applying an
accepted body to the in-memory graph store.

Every problem is an error with a rule:
  core    - Resoto Core 3.6.5 refuses the body (its import fails);
  strict  - the core would accept it, but the reference worker never sends it
            (edges before nodes, nested replace nodes, coerced values, ...).
The core stops at its first error; the verdict keeps going and lists up to
MAX_ERRORS problems, so a test sees them all.
"""
import json
import re
from collections import deque

from model import Check, ModelError, short

MAX_ERRORS = 50
EDGE_TYPES = ("default", "delete")
DB_KEY = re.compile(r"[A-Za-z0-9_\-:.@()+,=;$!*'%]{1,254}")


class Verdict:
	def __init__(self, strict):
		self.strict = strict
		self.errors = []
		self.warnings = []
		self.more = 0

	def error(self, rule, line, message):
		if len(self.errors) >= MAX_ERRORS:
			self.more += 1
			return
		self.errors.append({"rule": rule, "line": line, "message": message})

	def warn(self, line, message):
		if len(self.warnings) < MAX_ERRORS:
			self.warnings.append({"line": line, "message": message})

	def core_errors(self):
		return [e for e in self.errors if e["rule"] == "core"]

	def valid(self):
		return not (self.errors if self.strict else self.core_errors())

	def first(self):
		errs = self.core_errors() or self.errors
		return errs[0]["message"] if errs else ""


class Upload:
	"""What one body contains, after parsing."""

	def __init__(self):
		self.nodes = {}        # id -> {"id", "reported", "desired", "metadata", "replace", "line", "kind"}
		self.edges = []        # (from, to, type, line)
		self.deferred = []     # parsed deferred edge JSON
		self.first_edge_line = None
		self.first_deferred_line = None
		self.forward = []      # (node id, edge line) for edges seen before that node
		self.lines = 0


def _hashable_id(v):
	return isinstance(v, (str, int, float, bool)) or v is None


def _node(up, v, model, js, n):
	nid = js["id"]
	if not _hashable_id(nid):
		v.error("core", n, "node id is not a scalar: %s" % short(nid))
		return
	if not isinstance(nid, str) or not DB_KEY.fullmatch(nid) or len(nid.encode()) > 254:
		v.error("core", n, "node id %s is not a valid database key (1-254 bytes of letters, digits, _-:.@()+,=;$!*'%%)" % short(nid))
	if up.first_edge_line is not None or up.first_deferred_line is not None:
		v.error("strict", n, "node %s comes after edge lines (line %d): all nodes must come before edges"
			% (short(nid), up.first_edge_line or up.first_deferred_line))
	if nid in up.nodes:
		v.error("strict", n, "node %s is given twice (lines %d and %d); the core keeps the later one"
			% (short(nid), up.nodes[nid]["line"], n))
	meta = js.get("metadata")
	replace = False
	if meta:
		if not isinstance(meta, dict):
			v.error("core", n, "metadata of %s is not an object: %s" % (short(nid), short(meta)))
			meta = None
		else:
			r = meta.get("replace", False)
			top = js.get("replace", False) is True
			if not isinstance(r, bool):
				if isinstance(r, (int, float)):
					v.error("strict", n, "metadata.replace of %s is not a boolean: %s" % (short(nid), short(r)))
				else:
					v.error("core", n, "metadata.replace of %s is not a boolean: %s" % (short(nid), short(r)))
			replace = (top or r) is True
	elif js.get("replace", False) is True:
		v.warn(n, "top-level replace on %s without metadata is ignored by the core" % short(nid))
	for section in ("desired", "usage"):
		val = js.get(section)
		if val is not None and not isinstance(val, dict):
			v.error("core" if section == "usage" and not isinstance(val, (str, list)) else "strict", n,
				"%s of %s is not an object: %s" % (section, short(nid), short(val)))
	reported = js["reported"]
	chk = Check()
	kind = None
	try:
		model.check_reported(reported, chk)
		kind = reported["kind"]
	except ModelError as e:
		v.error("core", n, "node %s: %s" % (short(nid), e))
	for c in chk.coercions[:3]:
		v.error("strict", n, "node %s: value needs the core's coercion (%s)" % (short(nid), c))
	up.nodes[nid] = {"id": nid, "reported": reported, "desired": js.get("desired"), "metadata": meta,
		"replace": replace, "line": n, "kind": kind}


def _selector(v, sel, n, which):
	if not isinstance(sel, dict):
		v.error("core", n, "%s is not an object: %s" % (which, short(sel)))
		return
	if "node_id" in sel:
		if not isinstance(sel["node_id"], str):
			v.error("core", n, "%s.node_id is not a string: %s" % (which, short(sel["node_id"])))
	elif "search_criteria" in sel:
		if not isinstance(sel["search_criteria"], str):
			v.error("core", n, "%s.search_criteria is not a string" % which)
		elif not sel["search_criteria"].strip():
			v.error("strict", n, "%s.search_criteria is empty" % which)
	else:
		v.error("core", n, "can't parse edge selector! Got %s" % short(sel))


def parse(lines, model, v, task_id=None):
	"""Read the body lines (bytes, without the newline) into an Upload."""
	up = Upload()
	for n, raw in enumerate(lines, 1):
		if b"\r" in raw:
			v.warn(n, "carriage return in line (the core's spooled reader splits lines on it)")
		if not raw.strip():
			continue
		up.lines += 1
		try:
			js = json.loads(raw.decode("utf-8"))
		except UnicodeDecodeError as e:
			v.error("core", n, "line is not UTF-8: %s" % e)
			continue
		except ValueError as e:
			v.error("core", n, "line is not valid JSON: %s" % e)
			continue
		if not isinstance(js, dict):
			v.error("core", n, "Format not understood! Got %s which is neither vertex nor edge." % short(js))
		elif "id" in js and "reported" in js:
			_node(up, v, model, js, n)
		elif "from" in js and "to" in js:
			if up.first_edge_line is None:
				up.first_edge_line = n
			if up.first_deferred_line is not None:
				v.error("strict", n, "edge comes after deferred edges (line %d)" % up.first_deferred_line)
			f, t = js["from"], js["to"]
			if not (_hashable_id(f) and _hashable_id(t)):
				v.error("core", n, "edge ends are not scalars: %s" % short(js))
				continue
			if not (isinstance(f, str) and isinstance(t, str)):
				v.error("strict", n, "edge ends are not strings: %s" % short(js))
			et = js.get("edge_type", "default")
			if isinstance(et, (dict, list)):
				v.error("core", n, "edge_type is not a string: %s" % short(js))
				continue
			for end in (f, t):
				if end not in up.nodes:
					up.forward.append((end, n))
			up.edges.append((f, t, et, n))
		elif "from_selector" in js and "to_selector" in js:
			if up.first_deferred_line is None:
				up.first_deferred_line = n
			_selector(v, js["from_selector"], n, "from_selector")
			_selector(v, js["to_selector"], n, "to_selector")
			et = js.get("edge_type", "default")
			if et not in EDGE_TYPES:
				v.error("strict", n, "deferred edge has edge_type %s (only default/delete exist)" % short(et))
			up.deferred.append(js)
		else:
			v.error("core", n, "Format not understood! Got %s which is neither vertex nor edge." % short(js))
	for end, n in up.forward:
		if end in up.nodes:
			v.error("strict", n, "edge refers to node %s before its node line (line %d): nodes must come first"
				% (short(end), up.nodes[end]["line"]))
	if up.deferred and not task_id:
		v.warn(None, "%d deferred edge(s) are dropped by the core: no Resoto-Worker-Task-Id header" % len(up.deferred))
	return up


def _cycle(nodes, succ):
	"""A cycle as a list of ids, or None (iterative DFS)."""
	color = {}
	for start in nodes:
		if start in color:
			continue
		stack = [(start, iter(succ.get(start, ())))]
		color[start] = 1
		path = [start]
		while stack:
			node, it = stack[-1]
			nxt = next(it, None)
			if nxt is None:
				color[node] = 2
				stack.pop()
				path.pop()
			elif color.get(nxt) == 1:
				return path[path.index(nxt):] + [nxt]
			elif nxt not in color:
				color[nxt] = 1
				path.append(nxt)
				stack.append((nxt, iter(succ.get(nxt, ()))))
	return None


def _bfs(start, succ, blocked=()):
	dist = {start: 0}
	q = deque([start])
	while q:
		cur = q.popleft()
		for nxt in succ.get(cur, ()):
			if nxt not in dist and nxt not in blocked:
				dist[nxt] = dist[cur] + 1
				q.append(nxt)
	return dist


def check_graph(up, model, v):
	"""check_complete + merge_graphs of the core, plus the strict shape rules.
	Returns (root id, merge roots [(id, resolved kind, node set)], parents)."""
	missing = []
	for f, t, et, n in up.edges:
		for end in (f, t):
			if end not in up.nodes and end not in missing:
				missing.append(end)
				v.error("core", n, "%s was used in an edge definition but not provided as vertex!" % short(end))
	types = {et for _, _, et, _ in up.edges}
	bad = sorted(str(t) for t in types if t not in EDGE_TYPES)
	if bad:
		v.error("core", None, "Graph contains unknown edge types! Given: %s. Known: %s" % (bad, list(EDGE_TYPES)))
	ids = list(up.nodes) + missing
	succ, succ_by = {}, {"default": {}, "delete": {}}
	indeg = {i: 0 for i in ids}
	seen_edges = set()
	for f, t, et, n in up.edges:
		if (f, t, et) in seen_edges:
			v.warn(n, "duplicate edge %s -> %s (%s)" % (short(f), short(t), et))
			continue
		seen_edges.add((f, t, et))
		succ.setdefault(f, []).append(t)
		if et in succ_by:
			succ_by[et].setdefault(f, []).append(t)
		indeg[t] = indeg.get(t, 0) + 1
	roots = [i for i in ids if indeg.get(i, 0) == 0]
	if len(roots) != 1:
		v.error("core", None, "Given subgraph has more than one root: %s" % short(roots))
		return None, [], set()
	root = roots[0]
	for et, rule in (("default", "core"), ("delete", "strict")):
		cyc = _cycle(ids, succ_by[et])
		if cyc:
			v.error(rule, None, "the %s edges contain a cycle: %s" % (et, " -> ".join(map(str, cyc))))
			if et == "default":
				return root, [], set()
	rnode = up.nodes.get(root)
	if rnode is not None and rnode["kind"] != "graph_root":
		v.error("strict", rnode["line"], "the root node %s is of kind %s, not graph_root" % (short(root), short(rnode["kind"])))
	reach = _bfs(root, succ_by["default"])
	unreached = [i for i in up.nodes if i not in reach]
	if unreached:
		v.error("strict", None, "%d node(s) are not reachable from the root over default edges: %s"
			% (len(unreached), short(unreached[:10])))
	return root, _merge_roots(up, model, v, root, succ), None


def _on_shortest_paths(root, target, succ):
	"""All nodes on any shortest path root -> target (both ends included)."""
	dist = _bfs(root, succ)
	if target not in dist:
		return None
	pred = {}
	for f, ts in succ.items():
		for t in ts:
			if f in dist and t in dist and dist[t] == dist[f] + 1:
				pred.setdefault(t, set()).add(f)
	out, todo = {target}, [target]
	while todo:
		for p in pred.get(todo.pop(), ()):
			if p not in out:
				out.add(p)
				todo.append(p)
	return out


def _merge_roots(up, model, v, root, succ):
	flagged = [n for n in up.nodes.values() if n["replace"]]
	if not flagged:
		v.error("core", None, "No replace nodes provided in the graph. Mark at least one node with replace=true!")
		return []
	pres = {}
	for node in flagged:
		resolved = model.resolved_ancestor_kind(node["kind"]) if node["kind"] else None
		if resolved is None:
			v.error("core", node["line"], "Node %s is marked as replace node, but the kind is not resolved during import! "
				"(kind %s derives from none of cloud, account, region, zone)" % (short(node["id"]), short(node["kind"])))
			continue
		on_path = _on_shortest_paths(root, node["id"], succ)
		if on_path is None:
			v.error("core", node["line"], "replace node %s cannot be reached from the root %s" % (short(node["id"]), short(root)))
			continue
		pres[node["id"]] = (resolved, on_path)
	result = dict(pres)
	for outer in pres:
		for inner, (_, on_path) in pres.items():
			if inner != outer and outer in on_path:
				v.error("strict", up.nodes[inner]["line"], "replace node %s is below replace node %s (the core ignores the inner one)"
					% (short(inner), short(outer)))
				result.pop(inner, None)
	roots, taken = [], set()
	for rid, (resolved, on_path) in result.items():
		sub = set(_bfs(rid, succ, blocked=on_path - {rid}))
		overlap = sub & taken
		if overlap:
			v.error("core", None, "Nodes are referenced in more than one merge node: %s" % short(sorted(map(str, overlap))[:10]))
		taken |= sub
		roots.append((rid, resolved, sub, on_path))
	return roots


def validate(lines, model, strict=True, task_id=None, headers=None):
	"""Full verdict for a merge body.  Returns (Verdict, Upload, summary dict)."""
	v = Verdict(strict)
	up = parse(lines, model, v, task_id)
	root, roots = None, []
	if not v.core_errors():
		root, roots, _ = check_graph(up, model, v)
	else:
		v.warn(None, "graph checks skipped: the core stops at the first line error")
	edges = len(up.edges)
	headers = headers or {}
	for name, count in (("Resoto-Worker-Nodes", len(up.nodes)), ("Resoto-Worker-Edges", edges)):
		if name in headers and headers[name].strip() != str(count):
			v.warn(None, "%s says %s, the body has %d" % (name, headers[name], count))
	summary = {
		"valid": v.valid(),
		"core_valid": not v.core_errors(),
		"errors": v.errors,
		"errors_not_listed": v.more,
		"warnings": v.warnings,
		"lines": up.lines,
		"nodes": len(up.nodes),
		"edges": edges,
		"deferred_edges": len(up.deferred),
		"root": root,
		"merge_roots": [{"id": rid, "kind": up.nodes[rid]["kind"], "resolved": res, "nodes": len(sub)}
			for rid, res, sub, _ in roots],
		"parents": sorted({p for _, _, _, on in roots for p in on}),
	}
	return v, up, summary, roots


class GraphStore:
	"""Nodes and edges the core would hold for one graph after accepted merges
	(replace semantics per merge root; a simplification of the database)."""

	def __init__(self, name):
		self.name = name
		self.nodes = {}
		self.edges = set()
		self.owned = {}    # merge root id -> node ids below it

	def root_node(self):
		return self.nodes.get("root") or {"id": "root", "type": "node",
			"reported": {"id": "root", "kind": "graph_root", "name": "root", "tags": {}}, "metadata": {}, "kinds": ["graph_root"]}

	def apply(self, up, roots, root):
		counts = dict.fromkeys(("nodes_created", "nodes_updated", "nodes_deleted",
			"edges_created", "edges_updated", "edges_deleted"), 0)
		rename = {root: "root"} if root and up.nodes.get(root, {}).get("kind") == "graph_root" else {}
		touched = set()
		for rid, _, sub, on_path in roots:
			old = self.owned.get(rid, set())
			for gone in old - sub:
				if gone in self.nodes:
					del self.nodes[gone]
					counts["nodes_deleted"] += 1
			stale = {e for e in self.edges if e[0] in old}
			self.owned[rid] = set(sub)
			touched |= sub | on_path
			new_edges = {(rename.get(f, f), rename.get(t, t), et) for f, t, et, _ in up.edges
				if f in sub or (f in on_path and t in on_path)}
			counts["edges_deleted"] += len(stale - new_edges)
			counts["edges_created"] += len(new_edges - self.edges)
			self.edges = (self.edges - stale) | new_edges
		for nid in touched:
			n = up.nodes[nid]
			sid = rename.get(nid, nid)
			stored = {"id": sid, "type": "node", "reported": n["reported"], "metadata": n["metadata"] or {}}
			if n["desired"]:
				stored["desired"] = n["desired"]
			old = self.nodes.get(sid)
			if old is None:
				counts["nodes_created"] += 1
			elif {k: old.get(k) for k in ("reported", "desired", "metadata")} != \
					{k: stored.get(k) for k in ("reported", "desired", "metadata")}:
				counts["nodes_updated"] += 1
			self.nodes[sid] = stored
		return counts

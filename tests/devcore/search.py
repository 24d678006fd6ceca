"""search: the one graph search a worker sends (core-protocol.md 7.1),
answered over the graph store the way the core answers it.

Owns: recognising the reference worker's cleanup search text (anything else
is refused, devcore parses no other query), the core's `ancestors` section
(nearest cloud/account/region/zone over `default` predecessors, the node
itself excluded, as resotocore's GraphResolver), the inbound/outbound
expansion of `<-default,delete[0:]->` and the answer lines (nodes, then
the edges between them).
"""
import re
from collections import deque

from model import RESOLVED_ANCESTORS

CLEANUP_SEARCH = re.compile(
	r'/desired\.clean == true and /metadata\.cleaned != true and /metadata\.protected!=true '
	r'(?:and /ancestors\.cloud\.reported\.id in \[(?P<clouds>[^\]]*)\] )?<-default,delete\[0:\]->')
CLOUD = re.compile(r'\s*"([^"]*)"\s*(?:,|$)')


class SearchError(Exception):
	pass


def parse(text):
	"""The cloud filter of the reference's cleanup search (None: no filter)."""
	m = CLEANUP_SEARCH.fullmatch(text.strip())
	if m is None:
		raise SearchError("devcore answers only the reference worker's cleanup search "
			"(core-protocol.md 7.1), not: %s" % text[:200])
	if m.group("clouds") is None:
		return None
	clouds, pos, s = [], 0, m.group("clouds")
	while pos < len(s):
		c = CLOUD.match(s, pos)
		if c is None or c.end() == pos:
			raise SearchError("cloud list not understood: [%s]" % s)
		clouds.append(c.group(1))
		pos = c.end()
	return clouds


def _adjacency(store):
	succ, pred = {}, {}
	for f, t, et in store.edges:
		succ.setdefault(f, []).append((t, et))
		pred.setdefault(t, []).append((f, et))
	return succ, pred


def ancestors(store, model, nid, pred):
	"""{"cloud": {"reported": {"id", "name"}}, ...} as the core resolves it."""
	out = {}
	for kind in RESOLVED_ANCESTORS:
		level, seen = [nid], {nid}
		found = None
		while level and found is None:
			nxt = []
			for p in level:
				node = store.nodes.get(p)
				k = model.get(node["reported"].get("kind")) if node else None
				if k is not None and kind in k.hierarchy():
					found = p
					break
				for q, et in pred.get(p, ()):
					if et == "default" and q not in seen:
						seen.add(q)
						nxt.append(q)
			level = nxt
		if found is not None and found != nid:
			rep = store.nodes[found]["reported"]
			out[kind] = {"reported": {k: rep[k] for k in ("id", "name") if k in rep}}
	return out


def _reach(starts, adj):
	seen, todo = set(starts), deque(starts)
	while todo:
		for n, et in adj.get(todo.popleft(), ()):
			if et in ("default", "delete") and n not in seen:
				seen.add(n)
				todo.append(n)
	return seen


def answer(store, model, text):
	"""The answer lines (JSON values) of the cleanup search over store."""
	clouds = parse(text)
	succ, pred = _adjacency(store)
	anc = {nid: ancestors(store, model, nid, pred) for nid in store.nodes}
	hits = []
	for nid, node in store.nodes.items():
		desired, meta = node.get("desired") or {}, node.get("metadata") or {}
		if desired.get("clean") is not True or meta.get("cleaned") is True or meta.get("protected") is True:
			continue
		cloud = anc[nid].get("cloud", {}).get("reported", {}).get("id")
		if clouds is not None and cloud not in clouds:
			continue
		hits.append(nid)
	result = _reach(hits, pred) | _reach(hits, succ)
	lines = []
	for nid, node in store.nodes.items():    # store order: the merge order
		if nid not in result:
			continue
		line = {"id": nid, "type": "node"}
		for section in ("reported", "desired", "metadata"):
			if node.get(section):
				line[section] = node[section]
		if anc[nid]:
			line["ancestors"] = anc[nid]
		lines.append(line)
	for f, t, et in sorted(store.edges):
		if f in result and t in result:
			lines.append({"type": "edge", "from": f, "to": t, "edge_type": et})
	return lines

"""Kind model of the development core (core-protocol.md 6.2, collectors.md 1.9).

Owns: parsing a PATCH /model body into kinds, resolving property kinds and
bases the way Resoto Core 3.6.5 does (predefined kinds, `<kind>[]`,
`dictionary[k, v]`), the property-path overlap check, and checking a JSON
value (a node's `reported` section, a config section) against a kind.

Value checks mirror the core, including its coercions (a string "4" for an
int64 is accepted by the core).  Every coercion that changes the JSON type or
the format of a value is reported through Check.coercions, so the caller can
refuse it in strict mode.
"""
import datetime as dt
import json
import re

ENV_VAR = re.compile(r"\$\((\w+)\)")

_UNITS = ["years", "year", "yr", "y", "months", "month", "mo", "M", "days", "day", "d",
	"weeks", "week", "w", "hours", "hour", "h", "minutes", "minute", "min", "m",
	"seconds", "second", "s"]
_UNIT_SECONDS = {}
for _names, _secs in ((("years", "year", "yr", "y"), 365 * 86400), (("months", "month", "mo", "M"), 31 * 86400),
		(("days", "day", "d"), 86400), (("weeks", "week", "w"), 7 * 86400), (("hours", "hour", "h"), 3600),
		(("minutes", "minute", "min", "m"), 60), (("seconds", "second", "s"), 1)):
	for _n in _names:
		_UNIT_SECONDS[_n] = _secs
DURATION = re.compile(r"^[+-]?([\d.]+\s*(" + "|".join(_UNITS) + r")\s*(,|and)?\s*)+$")
_DURATION_PART = re.compile(r"([\d.]+)\s*(" + "|".join(_UNITS) + r")")
DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SIMPLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.]*")
NUMBER_KINDS = ("int32", "int64", "float", "double")
RUNTIME_KINDS = ("string", "boolean", "date", "datetime", "duration") + NUMBER_KINDS
RESOLVED_ANCESTORS = ("cloud", "account", "region", "zone")


class ModelError(Exception):
	"""A refused model or value; etype names the exception the core would raise
	(it appears in the 400 body as "Error: <etype>")."""

	def __init__(self, message, etype="AttributeError"):
		super().__init__(message)
		self.etype = etype


def duration_seconds(text):
	total = 0.0
	for num, unit in _DURATION_PART.findall(text):
		total += float(num) * _UNIT_SECONDS[unit]
	return -total if text.strip().startswith("-") else total


def short(obj, limit=200):
	text = json.dumps(obj, ensure_ascii=False)
	return text if len(text) <= limit else text[:limit] + "..."


class Check:
	"""Context of one value check: coercions seen, config mode (env vars)."""

	def __init__(self, config_context=False, normalize=True):
		self.config_context = config_context
		self.normalize = normalize
		self.coercions = []

	def coerced(self, where, old, new):
		self.coercions.append("%s: %s coerced to %s" % (where, short(old, 80), short(new, 80)))

	def skip_env(self, value):
		return self.config_context and isinstance(value, str) and ENV_VAR.search(value) is not None


class Kind:
	fqn = ""
	category = "kind"

	def resolve(self, model):
		pass

	def hierarchy(self):
		return {self.fqn}

	def check(self, value, chk, where):
		raise NotImplementedError

	def accepts_none(self):
		return True


class AnyKind(Kind):
	category = "AnyKind"

	def __init__(self):
		self.fqn = "any"

	def check(self, value, chk, where):
		return value


class SimpleKind(Kind):
	"""string / number / boolean / date / datetime / duration, with the optional
	constraints a body may declare (enum, pattern, min/max)."""

	def __init__(self, fqn, runtime_kind, js=None):
		js = js or {}
		self.fqn = fqn
		self.runtime_kind = runtime_kind
		self.enum = js.get("enum")
		self.pattern = re.compile(js["pattern"]) if js.get("pattern") else None
		self.min_length = js.get("min_length")
		self.max_length = js.get("max_length")
		self.minimum = js.get("minimum")
		self.maximum = js.get("maximum")
		self.category = {"string": "StringKind", "boolean": "BooleanKind", "date": "DateKind",
			"datetime": "DateTimeKind", "duration": "DurationKind"}.get(runtime_kind, "NumberKind")

	def accepts_none(self):
		return self.runtime_kind in ("string", "boolean") + NUMBER_KINDS

	def _constraints(self, v):
		if self.enum is not None and v not in self.enum:
			raise ModelError(">%s< should be one of: %s" % (v, self.enum))
		if self.pattern is not None and not self.pattern.fullmatch(v):
			raise ModelError(">%s< does not conform to regex: %s" % (v, self.pattern.pattern))
		if self.min_length is not None and len(v) < self.min_length:
			raise ModelError(">%s< does not have minimal length: %s" % (v, self.min_length))
		if self.max_length is not None and len(v) > self.max_length:
			raise ModelError(">%s< is too long! Allowed: %s" % (v, self.max_length))

	def _num_constraints(self, v):
		if self.enum is not None and v not in self.enum:
			raise ModelError(">%s< should be one of: %s" % (v, self.enum))
		if self.minimum is not None and v < self.minimum:
			raise ModelError(">%s< should be greater or equals than: %s" % (v, self.minimum))
		if self.maximum is not None and v > self.maximum:
			raise ModelError(">%s< should be smaller or equals than: %s" % (v, self.maximum))

	def check(self, value, chk, where):
		if chk.skip_env(value):
			return value
		rk = self.runtime_kind
		if value is None:
			if self.accepts_none():
				return None
			raise ModelError("Expected type %s but got NoneType" % rk)
		if rk == "string":
			if not isinstance(value, str):
				new = json.dumps(value)
				chk.coerced(where, value, new)
				self._constraints(new)
				return new
			self._constraints(value)
			return value
		if rk in NUMBER_KINDS:
			return self._check_number(value, chk, where)
		if rk == "boolean":
			if isinstance(value, bool):
				return value
			if isinstance(value, str) and value.lower() in ("true", "yes", "on", "false", "no", "off"):
				new = value.lower() in ("true", "yes", "on")
				chk.coerced(where, value, new)
				return new
			raise ModelError("Expected type boolean but got %s" % type(value).__name__)
		if not isinstance(value, str):
			raise ModelError("Expected type %s but got %s" % (rk, type(value).__name__))
		if rk == "duration":
			if not DURATION.fullmatch(value):
				raise ModelError("Wrong format for duration: %s. Examples: 1yr, 3mo, 3d4h3min1s, 3days and 2hours" % value)
			return "%ds" % int(duration_seconds(value)) if chk.normalize else value
		if rk == "datetime":
			return self._check_datetime(value, chk, where)
		return self._check_date(value, chk, where)

	def _check_number(self, value, chk, where):
		if isinstance(value, bool):
			chk.coerced(where, value, int(value))
			self._num_constraints(int(value))
			return value
		if isinstance(value, (int, float)):
			if self.runtime_kind in ("int32", "int64") and isinstance(value, float) and not value.is_integer():
				chk.coerced(where, value, int(value))
			self._num_constraints(value)
			return value
		if isinstance(value, str):
			try:
				new = int(value) if self.runtime_kind in ("int32", "int64") else float(value)
			except ValueError:
				new = None
			if new is not None:
				chk.coerced(where, value, new)
				self._num_constraints(new)
				return new
		raise ModelError("Expected type %s but got %s" % (self.runtime_kind, type(value).__name__))

	def _check_datetime(self, value, chk, where):
		if DATETIME.fullmatch(value):
			return value
		if DURATION.fullmatch(value):
			at = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=duration_seconds(value))
			new = at.strftime("%Y-%m-%dT%H:%M:%SZ")
		else:
			try:
				parsed = dt.datetime.fromisoformat(value)
			except ValueError:
				raise ModelError("Invalid isoformat string: '%s'" % value, "ValueError")
			if parsed.tzinfo is None:
				parsed = parsed.astimezone()
			new = parsed.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
		chk.coerced(where, value, new)
		return new

	def _check_date(self, value, chk, where):
		if DATE.fullmatch(value):
			return value
		try:
			new = dt.date.fromisoformat(value).isoformat()
		except ValueError:
			raise ModelError("Invalid isoformat string: '%s'" % value, "ValueError")
		chk.coerced(where, value, new)
		return new


class TransformKind(Kind):
	"""trafo.duration_to_datetime: only valid on synthetic properties."""
	category = "TransformKind"

	def __init__(self, fqn, source, destination):
		self.fqn = fqn
		self.source = source
		self.destination = destination

	def resolve(self, model):
		for name in (self.source, self.destination):
			if not isinstance(model.get(name), SimpleKind):
				raise ModelError("Underlying kind not known: %s" % self.destination)

	def check(self, value, chk, where):
		raise ModelError("TransformKind %s is not allowed to be supplied." % self.fqn)


class ArrayKind(Kind):
	category = "ArrayKind"

	def __init__(self, inner):
		self.inner = inner
		self.fqn = inner.fqn + "[]"

	def resolve(self, model):
		self.inner.resolve(model)

	def accepts_none(self):
		return True

	def check(self, value, chk, where):
		if value is None:
			return None
		if isinstance(value, dict):
			raise ModelError("Expected property is a json object not an array!")
		if not isinstance(value, list):
			chk.coerced(where, value, [value])
			value = [value]
		return [_check_elem(self.inner, v, chk, where + "[]") for v in value]


class DictionaryKind(Kind):
	category = "DictionaryKind"

	def __init__(self, key, value):
		self.key = key
		self.value = value
		self.fqn = "dictionary[%s, %s]" % (key.fqn, value.fqn)

	def resolve(self, model):
		self.key.resolve(model)
		self.value.resolve(model)

	def check(self, value, chk, where):
		if not isinstance(value, dict):
			raise ModelError("dictionary requires a json object, but got this: %s" % short(value))
		out = {}
		for k, v in value.items():
			part = "key"
			try:
				_check_elem(self.key, k, chk, where)
				part = "value"
				out[k] = _check_elem(self.value, v, chk, "%s.%s" % (where, k))
			except ModelError as e:
				raise ModelError("%s of %s is not valid: %s" % (part, self.fqn, e))
		return out


def _check_elem(kind, value, chk, where):
	if value is None and not kind.accepts_none():
		raise ModelError("Expected type %s but got NoneType" % kind.fqn)
	return kind.check(value, chk, where)


class Property:
	def __init__(self, js):
		if not isinstance(js, dict):
			raise ModelError("property is not a JSON object: %s" % short(js), "DeserializationError")
		for key in ("name", "kind"):
			if not isinstance(js.get(key), str):
				raise ModelError("property %s needs a string %r" % (short(js), key), "DeserializationError")
		self.name = js["name"]
		self.kind_name = js["kind"]
		self.required = js.get("required", False)
		if not isinstance(self.required, bool):
			raise ModelError("property %s: required must be a boolean" % self.name, "DeserializationError")
		syn = js.get("synthetic")
		if syn is not None and not (isinstance(syn, dict) and isinstance(syn.get("path"), list)):
			raise ModelError("property %s: synthetic must be {\"path\": [...]}" % self.name, "DeserializationError")
		self.synthetic = syn is not None
		if self.synthetic and self.required:
			raise ModelError("Synthetic properties can not be required!", "AssertionError")
		for key in ("description",):
			if js.get(key) is not None and not isinstance(js[key], str):
				raise ModelError("property %s: %s must be a string" % (self.name, key), "DeserializationError")
		if js.get("metadata") is not None and not isinstance(js["metadata"], dict):
			raise ModelError("property %s: metadata must be an object" % self.name, "DeserializationError")
		self.kind = None


class ComplexKind(Kind):
	category = "ComplexKind"

	def __init__(self, js):
		self.fqn = js["fqn"]
		props = js.get("properties", [])
		bases = js.get("bases", [])
		if not isinstance(props, list):
			raise ModelError("%s: properties must be a list" % self.fqn, "DeserializationError")
		if not isinstance(bases, list) or not all(isinstance(b, str) for b in bases):
			raise ModelError("%s: bases must be a list of kind names" % self.fqn, "DeserializationError")
		self.own = [Property(p) for p in props]
		self.bases = bases
		self.allow_unknown = js.get("allow_unknown_props", False) is True
		succ = js.get("successor_kinds") or {}
		if not isinstance(succ, dict) or not all(isinstance(v, list) or v is None for v in succ.values()):
			raise ModelError("%s: successor_kinds must map edge types to lists" % self.fqn, "DeserializationError")
		self.successors = succ
		self.aggregate_root = js.get("aggregate_root", True) is not False
		self.resolved = False
		self.props = {}          # name -> Property (base definitions win, as in the core)
		self.order = []          # all property names, bases first
		self.kinds = {self.fqn}

	def is_root(self):
		return not self.bases or self.bases == [self.fqn]

	def hierarchy(self):
		return self.kinds

	def accepts_none(self):
		return False

	def resolve(self, model):
		if self.resolved:
			return
		self.resolved = True
		for p in self.own:
			p.kind = parse_kind(p.kind_name, model)
			p.kind.resolve(model)
			self.props[p.name] = p
		for names in self.successors.values():
			for name in names or []:
				if name not in model:
					raise ModelError("%s is not a known kind" % name)
		self.order = [p.name for p in self.own]
		if not self.is_root():
			for b in self.bases:
				if b not in model:
					raise ModelError("'%s'" % b, "KeyError")
				base = model[b]
				base.resolve(model)
				if isinstance(base, ComplexKind):
					self.props.update(base.props)
					self.order = [n for n in base.order if n not in self.order] + self.order
					self.kinds |= base.kinds

	def check(self, value, chk, where=None):
		if not isinstance(value, dict):
			raise ModelError("Kind:%s expected a complex type but got this: %s" % (self.fqn, short(value)))
		out = {}
		for name, v in value.items():
			p = self.props.get(name)
			if p is not None:
				if p.synthetic:
					out[name] = v
				elif v is None:
					if p.required:
						raise ModelError("Required property %s is undefined!" % name)
					out[name] = None
				else:
					try:
						out[name] = p.kind.check(v, chk, "Kind:%s Property:%s" % (self.fqn, name))
					except ModelError as e:
						raise ModelError("Kind:%s Property:%s is not valid: %s: %s" % (self.fqn, name, e, short(value)), e.etype)
			elif name == "kind":
				out[name] = v
			elif not self.allow_unknown:
				raise ModelError("Kind:%s Property:%s is not defined in model!" % (self.fqn, name))
			else:
				out[name] = v
		for name in self.order:
			if self.props[name].required and name not in value:
				raise ModelError("Kind:%s Property:%s is required and missing in %s" % (self.fqn, name, short(value)))
		return out

	def sort(self, value):
		"""Key order of a stored config section: model order, unknown keys last."""
		if not isinstance(value, dict):
			return value
		rank = {n: i for i, n in enumerate(self.order)}
		items = []
		for k, v in value.items():
			p = self.props.get(k)
			if isinstance(v, dict):
				v = p.kind.sort(v) if p is not None and isinstance(p.kind, ComplexKind) else dict(sorted(v.items()))
			items.append((k, v))
		items.sort(key=lambda kv: rank.get(kv[0], len(rank)))
		return dict(items)


def parse_kind(name, model):
	"""`kind`, `kind[]...`, `dictionary[k, v]` (v may itself be an array or dict)."""
	pos, kind = _parse_any(name, 0, model)
	if pos != len(name):
		raise ModelError("Property kind is not known: %s. Have you registered it?" % name)
	return kind


def _parse_simple(text, pos, model):
	m = SIMPLE_NAME.match(text, pos)
	if not m:
		raise ModelError("Property kind is not known: %s. Have you registered it?" % text)
	if m.group(0) not in model:
		raise ModelError("Property kind is not known: %s. Have you registered it?" % m.group(0))
	return m.end(), model[m.group(0)]


def _parse_any(text, pos, model):
	if text.startswith("dictionary[", pos):
		pos, key = _parse_simple(text, pos + len("dictionary["), model)
		m = re.compile(r"\s*,\s*").match(text, pos)
		if not m:
			raise ModelError("Property kind is not known: %s. Have you registered it?" % text)
		pos, value = _parse_any(text, m.end(), model)
		if not text.startswith("]", pos):
			raise ModelError("Property kind is not known: %s. Have you registered it?" % text)
		pos, kind = pos + 1, DictionaryKind(key, value)
	else:
		pos, kind = _parse_simple(text, pos, model)
	while text.startswith("[]", pos):
		pos, kind = pos + 2, ArrayKind(kind)
	return pos, kind


def kind_from_json(js):
	"""One element of a model body -> Kind (Kind.from_json of the core)."""
	if not isinstance(js, dict):
		raise ModelError("Given type can not be read: %s" % short(js), "JSONDecodeError")
	fqn = js.get("fqn")
	if "inner" in js:
		raise ModelError("array kinds (inner) are not supported by the development core", "NotImplementedError")
	if fqn is not None and not isinstance(fqn, str):
		raise ModelError("fqn must be a string: %s" % short(js), "DeserializationError")
	rk = js.get("runtime_kind")
	if fqn is not None and rk in RUNTIME_KINDS:
		if "source_fqn" in js and "converter" in js and "reverse_order" in js:
			return TransformKind(fqn, rk, js["source_fqn"])
		if js.get("enum") is not None and not isinstance(js["enum"], list):
			raise ModelError("%s: enum must be a list" % fqn, "DeserializationError")
		return SimpleKind(fqn, rk, js)
	if fqn == "any" and rk == "any":
		return AnyKind()
	if fqn is not None and ("properties" in js or "bases" in js):
		return ComplexKind(js)
	raise ModelError("Given type can not be read.: %s" % short(js), "JSONDecodeError")


def _predefined():
	kinds = [SimpleKind("string", "string"), SimpleKind("int32", "int32"), SimpleKind("int64", "int64"),
		SimpleKind("float", "float"), SimpleKind("double", "double"), AnyKind(), SimpleKind("boolean", "boolean"),
		SimpleKind("date", "date"), SimpleKind("datetime", "datetime"), SimpleKind("duration", "duration"),
		TransformKind("trafo.duration_to_datetime", "duration", "datetime")]
	raw = [
		{"fqn": "graph_root", "bases": [], "allow_unknown_props": True, "properties": [
			{"name": "id", "kind": "string"}, {"name": "name", "kind": "string"},
			{"name": "tags", "kind": "dictionary[string, string]"}]},
		{"fqn": "predefined_properties", "bases": [], "metadata": {"dynamic": True}, "properties": [
			{"name": "kind", "kind": "string"}, {"name": "ctime", "kind": "datetime"},
			{"name": "age", "kind": "trafo.duration_to_datetime", "synthetic": {"path": ["ctime"]}},
			{"name": "last_update", "kind": "trafo.duration_to_datetime", "synthetic": {"path": ["mtime"]}},
			{"name": "last_access", "kind": "trafo.duration_to_datetime", "synthetic": {"path": ["atime"]}},
			{"name": "expires", "kind": "datetime"}, {"name": "exported_at", "kind": "datetime"},
			{"name": "exported_age", "kind": "trafo.duration_to_datetime", "synthetic": {"path": ["exported_at"]}}]},
	]
	return kinds, raw


PREDEFINED_NAMES = {"string", "int32", "int64", "float", "double", "any", "boolean", "date", "datetime",
	"duration", "trafo.duration_to_datetime", "graph_root", "predefined_properties"}


def check_overlap(raw_kinds):
	"""The same property path must not be declared with different kinds by two
	aggregate roots (resotolib check_overlap_for); `any` matches everything."""
	classes = {k["fqn"]: k for k in raw_kinds if isinstance(k.get("properties"), list)}
	seen = {}

	def walk(path, chain, cls):
		if cls["fqn"] in chain:
			return
		for p in cls["properties"]:
			kind = p["kind"]
			ppath = path + [p["name"]]
			if "[]" in kind:
				kind = kind.replace("[]", "")
				ppath.append("[0]")
			elif "dictionary[" in kind:
				kind = re.sub(r"dictionary\[[^,]+,\s*(\S*)\s*]", r"\1", kind)
				ppath.append("foo")
			key = ".".join(ppath)
			if key in seen:
				owner, existing = seen[key]
				if existing != p["kind"] and "any" not in (existing, p["kind"]):
					raise ModelError("%s is defined in %s as %s and in %s as %s" % (key, owner, existing, cls["fqn"], kind))
			seen[key] = (cls["fqn"], p["kind"])
			if kind in classes:
				walk(ppath, chain + [cls["fqn"]], classes[kind])

	for cls in classes.values():
		if cls.get("aggregate_root", True) is not False:
			walk([], [], cls)


class Model:
	"""All kinds of one graph (or of the configs): raw JSON of every stored kind
	plus the resolved kinds.  Rebuilt from the raw JSON on every update, which
	is what the core's merge process does when it loads the model."""

	def __init__(self, raw=None, check_overlap_paths=True):
		self.raw = dict(raw or {})
		self.check_overlap_paths = check_overlap_paths
		self.kinds = self._build(self.raw)

	@staticmethod
	def _build(raw):
		simple, pre_raw = _predefined()
		kinds = {k.fqn: k for k in simple}
		for js in pre_raw:
			kinds[js["fqn"]] = ComplexKind(js)
		for fqn, js in raw.items():
			kinds[fqn] = kind_from_json(js)
		for k in list(kinds.values()):
			k.resolve(kinds)
		return kinds

	def update(self, body):
		"""Validate a model body (a JSON list of kinds); return the new Model."""
		if not isinstance(body, list):
			raise ModelError("expected a JSON list of kinds, got %s" % type(body).__name__, "DeserializationError")
		parsed = [(js, kind_from_json(js)) for js in body]
		updated = dict(self.raw)
		for js, kind in parsed:
			if kind.fqn in PREDEFINED_NAMES:
				continue
			old = self.kinds.get(kind.fqn)
			if old is not None and old.category != kind.category:
				raise ModelError("Update %s changes an existing property type %s" % (kind.fqn, kind.fqn))
			updated[kind.fqn] = js
		new = Model(updated, self.check_overlap_paths)
		if self.check_overlap_paths:
			_, pre_raw = _predefined()
			check_overlap(pre_raw + list(updated.values()))
		return new

	def __contains__(self, name):
		return name in self.kinds

	def get(self, name):
		return self.kinds.get(name) if isinstance(name, str) else None

	def check_reported(self, reported, chk):
		"""Model.check_valid of a node's reported section; returns the coerced value."""
		if not isinstance(reported, dict):
			raise ModelError("reported is not a JSON object: %s" % short(reported), "TypeError")
		if "kind" not in reported:
			raise ModelError("No attribute kind found in %s" % short(reported))
		kind = self.get(reported["kind"])
		if kind is None:
			raise ModelError("No kind definition found for %s" % short(reported["kind"]))
		if not isinstance(kind, ComplexKind):
			chk.coerced("reported", "kind " + kind.fqn, "a non-complex kind")
			return reported
		return kind.check(reported, chk)

	def resolved_ancestor_kind(self, kind_name):
		"""cloud/account/region/zone if the kind derives from it (replace nodes)."""
		kind = self.get(kind_name)
		if kind is None:
			return None
		for k in RESOLVED_ANCESTORS:
			if k in kind.hierarchy():
				return k
		return None

	def as_json(self):
		return list(self.raw.values())

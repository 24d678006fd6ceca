"""AWS wire protocols for the fake, driven by botocore's service models.

Owns: reading a request's parameters (EC2 and Query form encoding, JSON 1.1
bodies) into the structure botocore's input shape describes, writing an
operation's output as the documented XML (EC2: <item> lists and a requestId;
Query: <member> lists, the <XResult> wrapper and ResponseMetadata) or JSON,
and each protocol's error body.  The handlers work with plain dicts in the
shape boto3 returns (member names, ISO time strings), never with wire names.
"""
import datetime
import json
import uuid
from xml.sax.saxutils import escape

import botocore.session

_session = botocore.session.get_session()
_models = {}

# the services the fake serves: name -> (protocol, signing name)
SERVICES = ("ec2", "sts", "iam", "organizations", "elb", "elbv2", "s3", "autoscaling", "cloudwatch", "rds", "kms",
	"lambda", "eks")


def model(service):
	m = _models.get(service)
	if m is None:
		m = _models[service] = _session.get_service_model(service)
	return m


def service_for_version(version):
	"""Query/EC2 'Version' parameter -> service name, or None."""
	for s in SERVICES:
		m = model(s)
		if m.metadata["protocol"] in ("query", "ec2") and m.api_version == version:
			return s
	return None


def service_for_target(target):
	"""X-Amz-Target 'Prefix.Operation' -> (service, operation) or (None, None)."""
	prefix, _, op = (target or "").partition(".")
	for s in SERVICES:
		if model(s).metadata.get("targetPrefix") == prefix:
			return s, op
	return None, None


class ApiError(Exception):
	"""An AWS error answer: code, message, HTTP status."""

	def __init__(self, code, message, status=400, sender=True):
		Exception.__init__(self, "%s: %s" % (code, message))
		self.code = code
		self.message = message
		self.status = status
		self.sender = sender


class ParamError(ApiError):
	pass


# -- request parameters (EC2 and Query form encoding)

def _ec2_name(name, shape):
	s = shape.serialization
	if "queryName" in s:
		return s["queryName"]
	if "name" in s:
		return s["name"][0].upper() + s["name"][1:]
	return name


def _query_name(name, shape):
	return shape.serialization.get("name", name)


class _Flat(dict):
	"""The form's parameters, with every dotted prefix of their names (a
	GetMetricData form has some 5 000 names: asking each structure of it
	whether a name starts with its prefix would be quadratic)."""

	def __init__(self, flat):
		super().__init__(flat)
		self.prefixes = set()
		for k in flat:
			i = k.find(".")
			while i != -1:
				self.prefixes.add(k[:i])
				i = k.find(".", i + 1)


def _members(shape, ec2):
	"""A structure's (name, parameter name, shape) for each member, kept on
	the shape (the service models and their shapes are made once)."""
	attr = "_fake_members_ec2" if ec2 else "_fake_members"
	r = getattr(shape, attr, None)
	if r is None:
		r = [(name, _ec2_name(name, m) if ec2 else _query_name(name, m), m) for name, m in shape.members.items()]
		setattr(shape, attr, r)
	return r


def _has_prefix(flat, prefix):
	return prefix in flat.prefixes


def _convert(shape, raw, key, code):
	"""A text parameter as its shape's integer, number or boolean (other
	shapes: the text); ParamError(code) when it is none."""
	t = shape.type_name
	try:
		if t in ("integer", "long"):
			return int(raw)
		if t in ("float", "double"):
			return float(raw)
	except ValueError:
		raise ParamError(code, "Invalid value '%s' for %s" % (raw, key))
	if t == "boolean":
		if raw not in ("true", "false"):
			raise ParamError(code, "Invalid boolean value '%s' for %s" % (raw, key))
		return raw == "true"
	return raw


def _scalar(shape, key, raw, ec2):
	t = shape.type_name
	if t in ("integer", "long", "float", "double", "boolean"):
		return _convert(shape, raw, key, "InvalidParameterValue" if ec2 else "ValidationError")
	enum = getattr(shape, "enum", None)   # timestamps and blobs have none
	if enum and raw not in enum and not ec2:
		raise ParamError("ValidationError", "Value '%s' at '%s' failed to satisfy constraint: "
			"Member must satisfy enum value set: [%s]" % (raw, key, ", ".join(enum)))
	return raw


def _deser(shape, prefix, flat, ec2, used):
	t = shape.type_name
	if t == "structure":
		if prefix and not _has_prefix(flat, prefix):
			return None
		out = {}
		for name, key, m in _members(shape, ec2):
			v = _deser(m, prefix + "." + key if prefix else key, flat, ec2, used)
			if v is not None:
				out[name] = v
		return out
	if t == "list":
		if ec2 or shape.serialization.get("flattened"):
			base = prefix
		else:
			base = prefix + "." + shape.member.serialization.get("name", "member")
			if prefix in flat and flat[prefix] == "":
				used.add(prefix)
				return []
		items = []
		while True:
			v = _deser(shape.member, "%s.%d" % (base, len(items) + 1), flat, ec2, used)
			if v is None:
				break
			items.append(v)
		return items or None
	if t == "map":
		base = prefix + ".entry"
		kname = shape.key.serialization.get("name", "key")
		vname = shape.value.serialization.get("name", "value")
		out = {}
		i = 1
		while True:
			k = _deser(shape.key, "%s.%d.%s" % (base, i, kname), flat, ec2, used)
			if k is None:
				break
			out[k] = _deser(shape.value, "%s.%d.%s" % (base, i, vname), flat, ec2, used)
			i += 1
		return out or None
	if prefix not in flat:
		return None
	used.add(prefix)
	return _scalar(shape, prefix, flat[prefix], ec2)


def parse_form(service, op, flat):
	"""Form parameters (one value per key) -> the operation's input dict.
	Unknown parameters are refused as the service refuses them."""
	m = model(service)
	ec2 = m.metadata["protocol"] == "ec2"
	shape = m.operation_model(op).input_shape
	used = {"Action", "Version"}
	out = _deser(shape, "", _Flat(flat), ec2, used) if shape is not None else {}
	unknown = sorted(set(flat) - used)
	if unknown:
		if ec2:
			raise ParamError("UnknownParameter", "The parameter %s is not recognized" % unknown[0])
		raise ParamError("ValidationError", "The parameter %s is not recognized" % unknown[0])
	if shape is not None:
		for name in shape.required_members:
			if name not in out:
				key = _ec2_name(name, shape.members[name]) if ec2 else name
				raise ParamError("MissingParameter", "The request must contain the parameter %s" % key)
	return out


def encode_form(service, op, params):
	"""The inverse of parse_form, for tests: botocore's own serializer."""
	from botocore import serialize
	m = model(service)
	ser = serialize.create_serializer(m.metadata["protocol"])
	req = ser.serialize_to_request(params, m.operation_model(op))
	return req["body"]


def parse_json_body(service, op, body):
	try:
		doc = json.loads(body.decode("utf-8") or "{}") if body else {}
	except (ValueError, UnicodeDecodeError):
		raise ParamError("SerializationException", "Start of structure or map found where not expected.")
	if not isinstance(doc, dict):
		raise ParamError("SerializationException", "the body is not a JSON object")
	shape = model(service).operation_model(op).input_shape
	if shape is not None:
		for name in shape.required_members:
			if name not in doc:
				raise ParamError("ValidationException", "1 validation error detected: Value null at '%s' "
					"failed to satisfy constraint: Member must not be null" % (name[0].lower() + name[1:]))
	return doc


# -- REST-JSON requests (Lambda, EKS): the operation from the method and path

def _uri_parts(template):
	return template.split("?", 1)[0].split("/")


def route_rest(service, method, raw_path):
	"""(operation, {label: decoded value}) of a REST request, as the service's
	requestUri templates ("/2015-03-31/functions/{FunctionName}/policy") name
	them; raw_path is the path as sent (labels are URL-decoded one segment
	each, so an ARN's encoded '/' stays in its label).  Unknown: an
	UnknownOperationException 404 as the services answer it."""
	import urllib.parse
	m = model(service)
	segs = raw_path.split("?", 1)[0].split("/")
	for op in m.operation_names:
		http = m.operation_model(op).http
		if http.get("method", "POST") != method:
			continue
		parts = _uri_parts(http["requestUri"])
		got = {}
		if parts and parts[-1].startswith("{") and parts[-1].endswith("+}"):
			if len(segs) < len(parts):
				continue
			got[parts[-1][1:-2]] = urllib.parse.unquote("/".join(segs[len(parts) - 1:]))
			cmp = zip(parts[:-1], segs)
		elif len(parts) != len(segs):
			continue
		else:
			cmp = zip(parts, segs)
		ok = True
		for p, s in cmp:
			if p.startswith("{") and p.endswith("}"):
				if s == "":
					ok = False
					break
				got[p[1:-1]] = urllib.parse.unquote(s)
			elif p != s:
				ok = False
				break
		if ok:
			return op, got
	raise ApiError("UnknownOperationException", "Unknown operation %s %s" % (method, raw_path), 404)


def parse_rest_json(service, op, labels, query_pairs, headers, body):
	"""A REST-JSON request's parameters: path labels, query string and
	headers by their locationName, the rest from the JSON body."""
	shape = model(service).operation_model(op).input_shape
	try:
		doc = json.loads(body.decode("utf-8")) if body else {}
	except (ValueError, UnicodeDecodeError):
		raise ParamError("SerializationException", "the body is not JSON")
	if not isinstance(doc, dict):
		raise ParamError("SerializationException", "the body is not a JSON object")
	out = {}
	if shape is None:
		return out
	code = "InvalidParameterValueException" if service == "lambda" else "InvalidParameterException"
	for name, m in shape.members.items():
		loc = m.serialization.get("location")
		ln = m.serialization.get("name", name)
		if loc == "uri":
			if ln in labels:
				out[name] = _convert(m, labels[ln], ln, code)
		elif loc == "querystring":
			vals = [v for k, v in query_pairs if k == ln]
			if vals:
				out[name] = [_convert(m.member, v, ln, code) for v in vals] if m.type_name == "list" else \
					_convert(m, vals[0], ln, code)
		elif loc == "header":
			if headers.get(ln) is not None:
				out[name] = _convert(m, headers[ln], ln, code)
		elif ln in doc:
			out[name] = doc[ln]
	for name in shape.required_members:
		if name not in out:
			raise ParamError(code, "%s is required" % name)
	return out


def success_status(service, op):
	"""The HTTP status of a successful answer (REST: the operation's responseCode)."""
	return model(service).operation_model(op).http.get("responseCode", 200)


# -- output

def iso_time(v):
	"""A time value of a fixture (ISO string, epoch number or datetime) -> datetime (UTC)."""
	if isinstance(v, datetime.datetime):
		d = v
	elif isinstance(v, (int, float)):
		return datetime.datetime.fromtimestamp(v, datetime.timezone.utc)
	else:
		s = str(v).replace("Z", "+00:00")
		d = datetime.datetime.fromisoformat(s)
	if d.tzinfo is None:
		d = d.replace(tzinfo=datetime.timezone.utc)
	return d.astimezone(datetime.timezone.utc)


_TS = {}


def _ts_text(v):
	"""A timestamp's text, kept: a GetMetricData answer repeats the same
	period grid for each of its queries."""
	r = _TS.get(v)
	if r is None:
		d = iso_time(v)
		r = d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)
		if len(_TS) > 200000:
			_TS.clear()
		_TS[v] = r
	return r


def _xml_scalar(shape, v):
	t = shape.type_name
	if t == "boolean":
		return "true" if v else "false"
	if t == "timestamp":
		return _ts_text(v)
	if t in ("double", "float", "integer", "long") and not isinstance(v, str):
		return str(v)
	if t == "blob":
		import base64
		return base64.b64encode(v if isinstance(v, bytes) else str(v).encode()).decode()
	return escape(str(v))


def _xml(shape, v, out):
	t = shape.type_name
	if t == "structure":
		for name, m in shape.members.items():
			x = v.get(name)
			if x is None:
				continue
			tag = m.serialization.get("name", name)
			if m.type_name == "list" and m.serialization.get("flattened"):
				mt = m.member.serialization.get("name", tag)
				for item in x:
					out.append("<%s>" % mt)
					_xml(m.member, item, out)
					out.append("</%s>" % mt)
				continue
			out.append("<%s>" % tag)
			_xml(m, x, out)
			out.append("</%s>" % tag)
	elif t == "list":
		mt = shape.member.serialization.get("name", "member")
		if shape.member.type_name not in ("structure", "list", "map"):
			o, c, m = "<%s>" % mt, "</%s>" % mt, shape.member
			out.append("".join(o + _xml_scalar(m, item) + c for item in v))
			return
		for item in v:
			out.append("<%s>" % mt)
			_xml(shape.member, item, out)
			out.append("</%s>" % mt)
	elif t == "map":
		kn = shape.key.serialization.get("name", "key")
		vn = shape.value.serialization.get("name", "value")
		for k, x in v.items():
			out.append("<entry><%s>" % kn)
			_xml(shape.key, k, out)
			out.append("</%s><%s>" % (kn, vn))
			_xml(shape.value, x, out)
			out.append("</%s></entry>" % vn)
	else:
		out.append(_xml_scalar(shape, v))


def check(shape, v, path="$"):
	"""Problems of a fixture value against a shape: unknown members, wrong types."""
	t = shape.type_name
	if t == "structure":
		if not isinstance(v, dict):
			return ["%s: expected an object (%s)" % (path, shape.name)]
		out = []
		for k, x in v.items():
			if k.startswith("_"):
				continue
			if k not in shape.members:
				out.append("%s: %s has no member %s" % (path, shape.name, k))
			elif x is not None:
				out += check(shape.members[k], x, path + "." + k)
		return out
	if t == "list":
		if not isinstance(v, list):
			return ["%s: expected a list" % path]
		return [p for i, x in enumerate(v) for p in check(shape.member, x, "%s[%d]" % (path, i))]
	if t == "map":
		return [] if isinstance(v, dict) else ["%s: expected an object" % path]
	if t in ("integer", "long") and (not isinstance(v, int) or isinstance(v, bool)):
		return ["%s: expected an integer" % path]
	if t == "boolean" and not isinstance(v, bool):
		return ["%s: expected a boolean" % path]
	if t in ("float", "double") and not isinstance(v, (int, float)):
		return ["%s: expected a number" % path]
	if t == "string" and not isinstance(v, str):
		return ["%s: expected a string" % path]
	if t == "timestamp":
		try:
			iso_time(v)
		except (TypeError, ValueError):
			return ["%s: expected a time" % path]
	return []


def xml_fragment(shape, value):
	"""One value of a shape as XML text (without its own element)."""
	out = []
	_xml(shape, value, out)
	return "".join(out)


def _json(shape, v):
	t = shape.type_name
	if t == "structure":
		return {k: _json(shape.members[k], x) for k, x in v.items() if k in shape.members and x is not None}
	if t == "list":
		return [_json(shape.member, x) for x in v]
	if t == "map":
		return {k: _json(shape.value, x) for k, x in v.items()}
	if t == "timestamp":
		return iso_time(v).timestamp()
	return v


def request_id():
	return str(uuid.uuid4())


def render(service, op, result, rid, fragments=None):
	"""(content type, body bytes) of a successful answer.  fragments: member
	name -> prebuilt XML text of that member's content (large generated pages)."""
	m = model(service)
	proto = m.metadata["protocol"]
	shape = m.operation_model(op).output_shape
	if proto == "json":
		body = json.dumps(_json(shape, result) if shape is not None else {})
		return "application/x-amz-json-1.1", body.encode()
	if proto == "rest-json":        # the members without a location (headers, status) are the body
		if success_status(service, op) == 204:
			return "application/json", b""
		body = {k: v for k, v in (result or {}).items() if shape is not None and k in shape.members and
			shape.members[k].serialization.get("location") is None}
		return "application/json", json.dumps(_json(shape, body) if shape is not None else {}).encode()
	out = []
	if shape is not None:
		if fragments:
			for name, mshape in shape.members.items():
				if name in fragments:
					tag = mshape.serialization.get("name", name)
					out.append("<%s>%s</%s>" % (tag, fragments[name], tag))
				elif result.get(name) is not None:
					tag = mshape.serialization.get("name", name)
					out.append("<%s>" % tag)
					_xml(mshape, result[name], out)
					out.append("</%s>" % tag)
		else:
			_xml(shape, result, out)
	inner = "".join(out)
	if proto == "ec2" and shape is None:
		inner = "<return>true</return>"        # EC2's answer to a call without output members
	if proto == "ec2":
		body = ('<?xml version="1.0" encoding="UTF-8"?>\n<%sResponse xmlns="%s/">'
			'<requestId>%s</requestId>%s</%sResponse>') % (op, m.metadata["xmlNamespace"], rid, inner, op)
	else:
		wrapper = shape.serialization.get("resultWrapper") if shape is not None else None
		if wrapper:
			inner = "<%s>%s</%s>" % (wrapper, inner, wrapper)
		body = ('<%sResponse xmlns="%s">%s<ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata>'
			'</%sResponse>') % (op, m.metadata["xmlNamespace"], inner, rid, op)
	return "text/xml;charset=UTF-8", body.encode()


def error_headers(service, err):
	"""The headers an error answer carries besides its body (REST-JSON: the code)."""
	if service and model(service).metadata["protocol"] == "rest-json":
		return {"x-amzn-ErrorType": err.code}
	return {}


def render_error(service, err, rid):
	"""(content type, body bytes) of an error answer in the service's protocol."""
	proto = model(service).metadata["protocol"] if service else "query"
	if proto == "rest-xml":
		import s3
		return "application/xml", s3.error_body(err, rid)
	if proto == "json":
		return "application/x-amz-json-1.1", json.dumps({"__type": err.code, "message": err.message}).encode()
	if proto == "rest-json":        # the code in x-amzn-ErrorType (error_headers); Lambda adds its Type
		doc = {"message": err.message}
		if service == "lambda":
			doc = {"Type": "User" if err.sender else "Service", "message": err.message}
		return "application/json", json.dumps(doc).encode()
	if proto == "ec2":
		body = ('<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>%s</Code>'
			'<Message>%s</Message></Error></Errors><RequestID>%s</RequestID></Response>') % (
			escape(err.code), escape(err.message), rid)
		return "text/xml;charset=UTF-8", body.encode()
	ns = model(service).metadata["xmlNamespace"] if service else "https://sts.amazonaws.com/doc/2011-06-15/"
	body = ('<ErrorResponse xmlns="%s"><Error><Type>%s</Type><Code>%s</Code><Message>%s</Message></Error>'
		'<RequestId>%s</RequestId></ErrorResponse>') % (ns, "Sender" if err.sender else "Receiver",
		escape(err.code), escape(err.message), rid)
	return "text/xml;charset=UTF-8", body.encode()

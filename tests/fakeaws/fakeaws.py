#!/usr/bin/env python3
"""fakeaws: a faithful fake of the AWS APIs the AWS collector uses, for tests.

One aiohttp process on one port serves STS, IAM, Organizations and EC2 (the
service is known from the request: Version, X-Amz-Target, the Host name or
the credential scope), verifies the SigV4 signature of every request,
answers from a JSON fixture (awsstate.py) in the documented wire shapes
(awsproto.py) and injects faults on demand (faults.py).  Test control under
/_fake/ on the same port (README.md).  Prints 'PORT <n>' once listening.
"""
import argparse
import asyncio
import datetime
import json
import os
import secrets
import signal
import ssl
import sys
import time
import traceback
import urllib.parse

sys.dont_write_bytecode = True    # the source tree may be read-only

try:
	from aiohttp import web
except ImportError:
	sys.exit("fakeaws: python3-aiohttp is required (%s cannot import aiohttp)" % sys.executable)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import awsproto  # noqa: E402
import ec2  # noqa: E402
import autoscaling  # noqa: E402
import cloudwatch  # noqa: E402
import rds  # noqa: E402
import kms  # noqa: E402
import lambdas  # noqa: E402
import eks  # noqa: E402
import iam  # noqa: E402
import iamcred  # noqa: E402
import elb  # noqa: E402
import s3  # noqa: E402
import services  # noqa: E402
import sigv4  # noqa: E402
import awsstate  # noqa: E402
from awsproto import ApiError  # noqa: E402
from faults import Faults  # noqa: E402

GLOBAL_SERVICES = ("iam", "organizations")


def _jsonable(v):
	if isinstance(v, dict):
		return {k: _jsonable(x) for k, x in v.items()}
	if isinstance(v, list):
		return [_jsonable(x) for x in v]
	if isinstance(v, (datetime.datetime, datetime.date)):
		return v.isoformat()
	if isinstance(v, bytes):
		return v.decode("latin-1")
	return v


# the handlers of every service but EC2 and S3: service -> operation -> handler
HANDLERS = {}
for _m in (services, elb, autoscaling, cloudwatch, rds, kms, iam, lambdas, eks, iamcred):
	for _svc, _ops in _m.HANDLERS.items():
		HANDLERS.setdefault(_svc, {}).update(_ops)


class _Answered(Exception):
	"""An S3 handler answered (its body and status are set)."""


class Ctx:
	"""One request as the handlers see it."""

	def __init__(self, fake, params, ident, match):
		self.state = fake.state
		self.faults = fake.faults
		self.service = match["service"]
		self.op = match["action"]
		self.params = params
		self.ident = ident
		self.account = fake.state.accounts[ident["account"]]
		self.region = match["region"]
		self.match = match          # what fault rules match on

	def region_data(self):
		return self.account.regions[self.region]

	def token_scope(self):
		p = {k: v for k, v in self.params.items() if k not in ("NextToken", "MaxResults")}
		return "%s|%s|%s|%s|%s" % (self.account.id, self.region, self.service, self.op,
			json.dumps(_jsonable(p), sort_keys=True))

	def now_iso(self):
		return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def form_pairs(text):
	"""urllib.parse.parse_qsl(text, keep_blank_values=True), decoding only
	the names and values that hold an escape (a GetMetricData form has
	some 5 000 of them, most plain)."""
	out = []
	for part in text.split("&"):
		if not part:
			continue
		k, _, v = part.partition("=")
		if "%" in k or "+" in k:
			k = urllib.parse.unquote_plus(k)
		if "%" in v or "+" in v:
			v = urllib.parse.unquote_plus(v)
		out.append((k, v))
	return out


class Fake:
	def __init__(self, st, faults, verbose=False):
		self.state = st
		self.faults = faults
		self.verbose = verbose
		self.log = []
		self.seq = 0
		for rule in st.fixture.get("faults", []):
			faults.add(rule)
		faults.delay_ms = st.fixture.get("delay_ms", 0)
		self.app = web.Application(client_max_size=16 * 1024 * 1024)
		self.app.router.add_route("*", "/_fake/{what:.*}", self.control)
		if st.imds is not None:
			self.app.router.add_route("*", "/latest/{what:.*}", self.imds)
		self.app.router.add_route("*", "/{tail:.*}", self.aws)
		self.imds_tokens = {}       # token -> expiry
		self.imds_cred = None

	# -- which service and operation
	def identify(self, request, body):
		"""(service, operation, form params or None, JSON params or None)."""
		if s3.is_s3(request.headers, sigv4.parse_authorization(request.headers.get("Authorization"))):
			op, bucket, key = s3.route(request.method, request.headers.get("Host", ""), request.path,
				dict(urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)))
			return "s3", op, None, {"Bucket": bucket, "Key": key}
		rest = self._service_from_request(request)
		if rest in awsproto.SERVICES and awsproto.model(rest).metadata["protocol"] == "rest-json":
			op, labels = awsproto.route_rest(rest, request.method, request.raw_path)
			return rest, op, None, {"_labels": labels}
		target = request.headers.get("X-Amz-Target")
		if target:
			service, op = awsproto.service_for_target(target)
			if service is None:
				raise ApiError("UnknownOperationException", "Unknown target %s" % target)
			return service, op, None, body
		form = {}
		pairs = urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)
		ctype = request.headers.get("Content-Type", "")
		if request.method == "POST" and ctype.split(";")[0].strip() == "application/x-www-form-urlencoded":
			try:
				pairs += form_pairs(body.decode("utf-8"))
			except UnicodeDecodeError:
				raise ApiError("MalformedQueryString", "the form body is not UTF-8")
		for k, v in pairs:
			form[k] = v
		service = awsproto.service_for_version(form.get("Version")) if form.get("Version") else None
		if service is None:
			service = self._service_from_request(request)
		if service is None:
			raise ApiError("MissingAction" if "Action" not in form else "InvalidAction",
				"Could not find a service for this request (Version %r)" % form.get("Version"))
		if "Action" not in form:
			raise ApiError("MissingAction", "The request must contain the parameter Action")
		return service, form["Action"], form, None

	def _service_from_request(self, request):
		host = request.headers.get("Host", "").split(":")[0]
		first = host.split(".")[0]
		if first in awsproto.SERVICES:
			return first
		a = sigv4.parse_authorization(request.headers.get("Authorization"))
		if a and a["service"] in awsproto.SERVICES:
			return a["service"]
		return None

	def _host_region(self, request):
		host = request.headers.get("Host", "").split(":")[0]
		for label in host.split("."):
			if label in self.state.region_info:
				return label
		return None

	def region_check(self, service, request):
		st = self.state
		host_region = self._host_region(request)

		def ok(region):
			if service in GLOBAL_SERVICES:
				if region != st.global_region:
					return "Credential should be scoped to a valid region. "
				return None
			if host_region is not None and region != host_region:
				return "Credential should be scoped to a valid region, not '%s'. " % region
			if region not in st.region_info:
				return "Credential should be scoped to a valid region, not '%s'. " % region
			return None
		return ok

	# -- one AWS request
	async def aws(self, request):
		body = await request.read()
		rid = awsproto.request_id()
		self.seq += 1
		entry = {"seq": self.seq, "time": time.time(), "method": request.method, "path": request.path,
			"service": None, "action": None, "params": None, "account": None, "region": None, "key": None}
		service = None
		match = {}
		headers = {"x-amzn-RequestId": rid}
		try:
			service, op, form, jbody = self.identify(request, body)
			entry["service"], entry["action"] = service, op
			m = awsproto.model(service)
			proto = m.metadata["protocol"]
			if op not in m.operation_names:
				if proto == "json":
					raise ApiError("UnknownOperationException", "Unknown operation %s" % op)
				raise ApiError("InvalidAction", "The action %s is not valid for this web service." % op)
			a = sigv4.parse_authorization(request.headers.get("Authorization"))
			if a:
				entry["key"] = a["key"]
			pairs = urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)
			# REST-JSON paths carry encoded labels (an ARN's %3A): AWS signs the path as
			# sent, encoded once more (botocore's signer does so with the raw path)
			path = request.raw_path.split("?", 1)[0] if proto == "rest-json" else request.path
			ident = sigv4.verify(proto, m.signing_name, self.region_check(service, request),
				request.method, request.headers.get("Host", ""), path, pairs, request.headers, body,
				self.state.lookup_key)
			region = a["region"] if service not in GLOBAL_SERVICES else self.state.global_region
			entry["account"], entry["region"] = ident["account"], region
			match = {"service": service, "action": op, "account": ident["account"], "region": region}
			await self.faults.before(match, proto, service)
			if service == "s3":
				params = {k: v for k, v in jbody.items() if v is not None}
				params.update(urllib.parse.parse_qsl(request.query_string, keep_blank_values=True))
				entry["params"] = params
				sctx = s3.S3Ctx(self.state, self.state.accounts[ident["account"]], region, jbody["Bucket"],
					jbody["Key"], dict(urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)),
					request.headers, body)
				data = s3.HANDLERS[op](sctx)
				status = 204 if data is None else 200
				ctype = "application/xml"
				data = data or b""
				raise _Answered()
			if proto == "rest-json":
				params = awsproto.parse_rest_json(service, op, jbody["_labels"], pairs, request.headers, body)
			else:
				params = awsproto.parse_json_body(service, op, jbody) if form is None else \
					awsproto.parse_form(service, op, form)
			entry["params"] = _jsonable(params)
			handler = ec2.HANDLERS.get(op) if service == "ec2" else HANDLERS.get(service, {}).get(op)
			if handler is None:
				raise ApiError("NotImplemented", "fakeaws does not implement %s:%s" % (service, op), 501)
			if params.get("DryRun"):
				raise ApiError("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412)
			ctx = Ctx(self, params, ident, match)
			if service == "ec2":
				ec2.settle(ctx)		# terminations that have ended
			out = handler(ctx)
			frags = None
			if isinstance(out, tuple):
				out, frags = out
			ctype, data = awsproto.render(service, op, out, rid, frags)
			status = awsproto.success_status(service, op) if proto == "rest-json" else 200
		except _Answered:
			pass
		except ApiError as e:
			ctype, data = awsproto.render_error(service, e, rid)
			status = e.status
			entry["error"] = e.code
			headers.update(awsproto.error_headers(service, e))
			headers.update(getattr(e, "headers", None) or {})
			if getattr(e, "retry_after", None) is not None:
				headers["Retry-After"] = str(e.retry_after)
			if getattr(e, "fault", None) is not None:
				entry["fault"] = e.fault
		except Exception:           # a bug of the fake: loud on stderr, an InternalError to the client
			traceback.print_exc()
			ctype, data = awsproto.render_error(service, ApiError("InternalError", "fakeaws failed: %s" %
				traceback.format_exc().splitlines()[-1], 500, sender=False), rid)
			status = 500
			entry["error"] = "FakeAwsBug"
		entry["status"] = status
		entry["end"] = time.time()
		self.log.append(entry)
		if self.verbose:
			print("fakeaws: #%d %s %s:%s %s/%s -> %d %s" % (entry["seq"], request.method, entry["service"],
				entry["action"], entry["account"], entry["region"], status, entry.get("error", "")),
				file=sys.stderr, flush=True)
		headers["Content-Type"] = ctype
		return await self.faults.respond(request, match, status, headers, data)

	def current_fixture(self):
		"""The fixture as it stands now (after deletes and tags), for expect.py."""
		st = self.state
		doc = {k: v for k, v in st.fixture.items() if k not in ("accounts", "generate", "_dir")}
		doc["accounts"] = {}
		for aid, src in st.fixture.get("accounts", {}).items():
			a = st.accounts[aid]
			d = {k: v for k, v in src.items() if k != "regions"}
			d["aliases"] = a.aliases
			if len(a.s3):
				d["s3"] = {"Buckets": [_jsonable(x) for x in a.s3]}
			else:
				d.pop("s3", None)
			d["iam"] = {c: [_jsonable(x) for x in coll] for c, coll in a.iam.items() if len(coll)}
			d["regions"] = {}
			for rname, r in a.regions.items():
				reg = {}
				for cname, coll in r.c.items():
					items = [_jsonable(x) for x in coll]
					if cname == "Instances":
						res = []
						for it in items:
							rv = it.pop("_reservation", {})
							if res and res[-1]["ReservationId"] == rv.get("ReservationId"):
								res[-1]["Instances"].append(it)
							else:
								res.append(dict(rv, Instances=[it]))
						reg["Reservations"] = res
					elif "." in cname:
						sect, key = cname.split(".", 1)
						if items:
							reg.setdefault(sect, {})[key] = items
					elif items:
						reg[cname] = items
				if any(reg.values()):
					d["regions"][rname] = reg
			doc["accounts"][aid] = d
		return doc

	# -- the instance metadata service (IMDSv2 tokens; v1 only when the fixture allows it)
	async def imds(self, request):
		what = request.match_info["what"]
		cfg = self.state.imds
		self.seq += 1
		entry = {"seq": self.seq, "time": time.time(), "method": request.method, "path": request.path,
			"service": "imds", "action": what, "params": None, "account": cfg["account"], "region": None}
		status, body, ctype = self._imds(request, what, cfg)
		entry["status"] = status
		self.log.append(entry)
		return web.Response(status=status, text=body, content_type=ctype)

	def _imds(self, request, what, cfg):
		now = time.time()
		if what == "api/token":
			if request.method != "PUT":
				return 405, "", "text/plain"
			try:
				ttl = int(request.headers.get("X-aws-ec2-metadata-token-ttl-seconds", ""))
			except ValueError:
				return 400, "", "text/plain"
			if not 1 <= ttl <= 21600:
				return 400, "", "text/plain"
			tok = "AQAEA" + secrets.token_urlsafe(40)
			self.imds_tokens[tok] = now + ttl
			return 200, tok, "text/plain"
		if request.method != "GET":
			return 405, "", "text/plain"
		tok = request.headers.get("X-aws-ec2-metadata-token")
		if tok is not None:
			if self.imds_tokens.get(tok, 0) <= now:
				return 401, "", "text/plain"
		elif cfg.get("tokens_required", True):
			return 401, "", "text/plain"
		role = cfg["role"]
		if what == "meta-data/iam/security-credentials/":
			return 200, role, "text/plain"
		if what == "meta-data/iam/security-credentials/" + role:
			c = self.imds_cred
			if c is None or c["expires"] - now < 300 or c["key"] not in self.state.temp:
				life = self.state.assume_lifetime or cfg.get("lifetime", 6 * 3600)
				c = self.imds_cred = self.state.issue_temp(cfg["account"], role, "i-0fakeimds0000000", life)
			exp = datetime.datetime.fromtimestamp(c["expires"], datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
			return 200, json.dumps({"Code": "Success", "LastUpdated": datetime.datetime.now(datetime.timezone.utc)
				.strftime("%Y-%m-%dT%H:%M:%SZ"), "Type": "AWS-HMAC", "AccessKeyId": c["key"],
				"SecretAccessKey": c["secret"], "Token": c["token"], "Expiration": exp}, indent=2), "text/plain"
		if what == "meta-data/placement/region":
			return 200, cfg.get("region", self.state.global_region), "text/plain"
		if what == "dynamic/instance-identity/document":
			return 200, json.dumps({"accountId": cfg["account"], "region": cfg.get("region", self.state.global_region),
				"instanceId": "i-0fakeimds0000000", "instanceType": "t3.micro", "architecture": "x86_64"},
				indent=2), "text/plain"
		return 404, "", "text/plain"

	# -- control API
	async def control(self, request):
		what = request.match_info["what"].strip("/")
		m = request.method
		try:
			doc = await request.json() if m in ("POST", "PUT") and request.can_read_body else None
		except ValueError:
			return web.json_response({"error": "body is not JSON"}, status=400)
		try:
			return web.json_response(self._control(m, what, doc, request.query))
		except (KeyError, ValueError, TypeError) as e:
			return web.json_response({"error": "%s: %s" % (type(e).__name__, e)}, status=400)

	def _control(self, m, what, doc, q):
		st = self.state
		if what == "health":
			return {"ok": True, "accounts": sorted(st.accounts), "regions": st.regions}
		if what == "log" and m == "GET":
			since = int(q.get("since", 0))
			return {"entries": [e for e in self.log if e["seq"] > since], "last": self.seq}
		if what == "log" and m == "DELETE":
			self.log = []
			return {"last": self.seq}
		if what == "faults" and m == "GET":
			return self.faults.describe()
		if what == "faults" and m == "POST":
			rules = doc if isinstance(doc, list) else [doc]
			return {"ids": [self.faults.add(r) for r in rules]}
		if what == "faults" and m == "DELETE":
			self.faults.clear()
			return {"ok": True}
		if what == "config" and m == "POST":
			if "delay_ms" in doc:
				self.faults.delay_ms = float(doc["delay_ms"])
			if "page_size" in doc:
				st.page_size = int(doc["page_size"])
			if "assume_role_lifetime" in doc:
				st.assume_lifetime = doc["assume_role_lifetime"]
			if "terminate_ms" in doc:
				st.terminate_ms = float(doc["terminate_ms"])
			return {"delay_ms": self.faults.delay_ms, "page_size": st.page_size,
				"assume_role_lifetime": st.assume_lifetime, "terminate_ms": st.terminate_ms}
		if what == "expire" and m == "POST":
			st.expire_all()
			return {"expired": len(st.temp)}
		if what == "credentials" and m == "GET":
			return {"temporary": [dict(v) for v in st.temp.values()]}
		if what == "fixture" and m == "GET":
			return self.current_fixture()
		if what == "resources" and m == "GET" and q.get("collection", "").startswith("iam."):
			a = st.accounts[q["account"]]       # IAM's collections are the account's
			return {q["collection"]: [_jsonable(x) for x in a.iam[q["collection"][4:]]]}
		if what == "resources" and m == "GET":
			a = st.accounts[q["account"]]
			r = a.regions[q["region"]]
			names = [q["collection"]] if "collection" in q else list(r.c)
			return {n: [_jsonable(x) for x in r.c[n]] for n in names}
		raise KeyError("no control call %s /_fake/%s" % (m, what))


async def serve(opts):
	st = awsstate.load(opts.fixture)
	if opts.page_size:
		st.page_size = opts.page_size
	faults = Faults(opts.seed)
	fake = Fake(st, faults, opts.verbose)
	if opts.delay_ms is not None:
		faults.delay_ms = opts.delay_ms
	runner = web.AppRunner(fake.app, handle_signals=False, access_log=None)
	await runner.setup()
	ctx = None
	if opts.tls_cert:	# HTTPS with a test CA's certificate (AWS_CA_BUNDLE tests)
		ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
		ctx.load_cert_chain(opts.tls_cert, opts.tls_key)
	site = web.TCPSite(runner, opts.host, opts.port, reuse_address=True, backlog=1024, shutdown_timeout=1.0,
		ssl_context=ctx)
	await site.start()
	port = site._server.sockets[0].getsockname()[1]
	stop = asyncio.Event()
	loop = asyncio.get_event_loop()
	for sig in (signal.SIGTERM, signal.SIGINT):
		loop.add_signal_handler(sig, stop.set)
	if opts.port_file:
		tmp = opts.port_file + ".tmp"
		with open(tmp, "w") as f:
			f.write("%d\n" % port)
		os.rename(tmp, opts.port_file)
	print("PORT %d" % port, flush=True)
	print("fakeaws: %s://%s:%d/ (%d accounts, %d regions, page size %d, delay %s ms)" % ("https" if ctx else "http", opts.host, port,
		len(st.accounts), len(st.regions), st.page_size, faults.delay_ms), file=sys.stderr, flush=True)
	await stop.wait()
	await runner.cleanup()


def main(argv=None):
	p = argparse.ArgumentParser(prog="fakeaws.py", description="A fake AWS (STS, IAM, Organizations, EC2) with "
		"SigV4 verification for tests. Prints 'PORT <port>' once listening.")
	p.add_argument("--fixture", required=True, help="the JSON fixture (README.md)")
	p.add_argument("--host", default="127.0.0.1")
	p.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
	p.add_argument("--port-file", help="write '<port>\\n' to this file once listening")
	p.add_argument("--page-size", type=int, help="default page size of paged calls (overrides the fixture)")
	p.add_argument("--delay-ms", type=float, help="answer every AWS call after this delay (overrides the fixture)")
	p.add_argument("--seed", type=int, default=0, help="seed of the fraction faults' RNG")
	p.add_argument("--verbose", "-v", action="store_true", help="one line per request on stderr")
	p.add_argument("--tls-cert", help="serve HTTPS with this PEM certificate (chain)")
	p.add_argument("--tls-key", help="the PEM key of --tls-cert")
	opts = p.parse_args(argv)
	if bool(opts.tls_cert) != bool(opts.tls_key):
		p.error("--tls-cert and --tls-key go together")
	asyncio.run(serve(opts))


if __name__ == "__main__":
	main()

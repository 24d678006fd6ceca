"""Faults on demand: throttling, 5xx, delays, slow, malformed or truncated
answers, hanging or reset connections, page tokens that never end.

Owns: the rule list (from the fixture's "faults" and the control API), which
rule applies to a request (service, action, account, region; the next N
matching requests or a fraction of them, with a seeded RNG), and writing an
answer the way a faulty server would.  Error codes and statuses per
protocol are AWS's (README.md).
"""
import asyncio
import random

from aiohttp import web

from awsproto import ApiError

# kind -> protocol -> (code, status, message)
_ERRORS = {
	"throttle": {
		"ec2": ("RequestLimitExceeded", 503, "Request limit exceeded."),
		"query": ("Throttling", 400, "Rate exceeded"),
		"json": ("ThrottlingException", 400, "Rate exceeded"),
		"organizations": ("TooManyRequestsException", 400, "AWS Organizations can't complete your request because "
			"another request is already in progress. Try again later."),
		"rest-xml": ("SlowDown", 503, "Please reduce your request rate."),
		"lambda": ("TooManyRequestsException", 429, "Rate exceeded"),
		"rest-json": ("ThrottlingException", 429, "Rate exceeded"),
	},
	"error": {
		"ec2": ("InternalError", 500, "An internal error has occurred"),
		"query": ("InternalFailure", 500, "An internal error occurred"),
		"rest-xml": ("InternalError", 500, "We encountered an internal error. Please try again."),
		"json": ("ServiceException", 500, "AWS Organizations can't complete your request because of an internal "
			"service error. Try again later."),
		"lambda": ("ServiceException", 500, "The AWS Lambda service encountered an internal error."),
		"rest-json": ("ServerException", 500, "These errors are usually caused by a server-side issue."),
	},
	"unavailable": {
		"ec2": ("Unavailable", 503, "The server is overloaded and can't handle the request."),
		"query": ("ServiceUnavailable", 503, "Service is unable to handle request."),
		"rest-xml": ("ServiceUnavailable", 503, "Service is unable to handle request."),
		"json": ("ServiceException", 503, "Service is unable to handle request."),
		"rest-json": ("ServiceUnavailableException", 503, "The service is unavailable. Back off and retry the "
			"operation."),
	},
}
KINDS = set(_ERRORS) | {"delay", "slow", "malformed", "truncate", "hang", "reset", "token", "status"}
_MATCH = ("service", "action", "account", "region")


class Faults:
	def __init__(self, seed=0):
		self.rules = []
		self.delay_ms = 0
		self.rng = random.Random(seed)
		self.next_id = 1

	def add(self, rule):
		rule = dict(rule)
		if rule.get("kind") not in KINDS:
			raise ValueError("unknown fault kind %r (one of %s)" % (rule.get("kind"), ", ".join(sorted(KINDS))))
		if rule["kind"] == "token" and rule.get("mode", "repeat") not in ("repeat", "endless"):
			raise ValueError("token fault: mode is 'repeat' or 'endless'")
		if rule["kind"] == "status" and not (rule.get("code") and rule.get("status")):
			raise ValueError("status fault: needs code and status")
		rule["id"] = self.next_id
		rule.setdefault("hits", 0)
		self.next_id += 1
		self.rules.append(rule)
		return rule["id"]

	def clear(self):
		self.rules = []

	def _applies(self, rule, req):
		for k in _MATCH:
			want = rule.get(k)
			if want is not None and req.get(k) != want and not (isinstance(want, list) and req.get(k) in want):
				return False
		if rule.get("count") is not None and rule["count"] <= 0:
			return False
		if rule.get("fraction") is not None and self.rng.random() >= rule["fraction"]:
			return False
		return True

	def _take(self, rule):
		rule["hits"] += 1
		if rule.get("count") is not None:
			rule["count"] -= 1

	def pick(self, req, kinds):
		"""The first rule of these kinds that applies to req (and count it), or None."""
		for rule in self.rules:
			if rule["kind"] in kinds and self._applies(rule, req):
				self._take(rule)
				return rule
		return None

	def token_mode(self, ctx):
		rule = self.pick(ctx.match, ("token",))
		return rule.get("mode", "repeat") if rule else None

	async def before(self, req, proto, service):
		"""Delays, then error faults: raises ApiError for throttling/5xx/status."""
		delay = self.delay_ms
		rule = self.pick(req, ("delay",))
		if rule:
			delay += rule.get("ms", 0)
		if delay:
			await asyncio.sleep(delay / 1000.0)
		rule = self.pick(req, tuple(_ERRORS) + ("status",))
		if rule is None:
			return
		if rule["kind"] == "status":
			err = ApiError(rule["code"], rule.get("message", rule["code"]), rule["status"])
		else:
			table = _ERRORS[rule["kind"]]
			code, status, msg = table.get(service) or table[proto]
			err = ApiError(rule.get("code", code), rule.get("message", msg), rule.get("status", status),
				sender=rule["kind"] == "throttle")
		err.retry_after = rule.get("retry_after")
		err.fault = rule["id"]
		raise err

	async def respond(self, request, req, status, headers, body):
		"""Write the answer, damaged as a body fault says."""
		rule = self.pick(req, ("malformed", "truncate", "slow", "hang", "reset"))
		kind = rule["kind"] if rule else None
		if kind == "hang":
			await asyncio.sleep(rule.get("seconds", 3600))
		if kind in ("reset", "hang"):
			request.transport.close() if request.transport else None
			raise asyncio.CancelledError()
		if kind == "malformed":
			ctype = headers.get("Content-Type", "")
			body = rule.get("body", "{\"Accounts\": [{\"Id\": " if "json" in ctype else
				"<?xml version=\"1.0\"?>\n<Broken><unclosed>&bogus;</Broken").encode()
		resp = web.StreamResponse(status=status, headers=headers)
		if kind == "truncate":
			resp.content_length = len(body)
			await resp.prepare(request)
			await resp.write(body[:max(1, int(len(body) * rule.get("keep", 0.5)))])
			request.transport.close() if request.transport else None
			return resp
		resp.content_length = len(body)
		await resp.prepare(request)
		if kind == "slow":
			chunk = max(1, int(rule.get("chunk", 64)))
			pause = rule.get("pause_ms", 100) / 1000.0
			for i in range(0, len(body), chunk):
				await resp.write(body[i:i + chunk])
				await asyncio.sleep(pause)
		else:
			await resp.write(body)
		await resp.write_eof()
		return resp

	def describe(self):
		return {"delay_ms": self.delay_ms, "rules": self.rules}

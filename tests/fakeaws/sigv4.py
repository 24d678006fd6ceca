"""SigV4 verification of a request, with botocore's signer.

Owns: parsing the Authorization header, the checks AWS makes before it looks
at the operation (known access key, session token present and current, date
within 15 minutes, credential scope naming the right service and region) and
recomputing the signature over exactly the headers the client signed.  Each
refusal carries the error code, message and HTTP status the service's
protocol uses (EC2, Query or JSON), see README.md.
"""
import datetime
import email.utils
import hashlib
import hmac
import re

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, HTTPHeaders
from botocore.credentials import Credentials

from awsproto import ApiError

SKEW = 15 * 60      # seconds AWS tolerates between X-Amz-Date and its clock

# refusal kind -> protocol -> (code, status)
_CODES = {
	"missing": {"ec2": ("AuthFailure", 401), "query": ("MissingAuthenticationToken", 403),
		"rest-xml": ("AccessDenied", 403),
		"json": ("MissingAuthenticationTokenException", 400),
		"rest-json": ("MissingAuthenticationTokenException", 403)},
	"incomplete": {"ec2": ("IncompleteSignature", 400), "query": ("IncompleteSignature", 400),
		"rest-xml": ("AuthorizationHeaderMalformed", 400),
		"json": ("IncompleteSignatureException", 400),
		"rest-json": ("IncompleteSignatureException", 403)},
	"unknown_key": {"ec2": ("AuthFailure", 401), "query": ("InvalidClientTokenId", 403),
		"rest-xml": ("InvalidAccessKeyId", 403),
		"json": ("UnrecognizedClientException", 400),
		"rest-json": ("UnrecognizedClientException", 403)},
	"bad_token": {"ec2": ("AuthFailure", 401), "query": ("InvalidClientTokenId", 403),
		"rest-xml": ("InvalidToken", 400),
		"json": ("UnrecognizedClientException", 400),
		"rest-json": ("UnrecognizedClientException", 403)},
	"expired_token": {"ec2": ("RequestExpired", 400), "query": ("ExpiredToken", 403),
		"rest-xml": ("ExpiredToken", 400),
		"json": ("ExpiredTokenException", 400),
		"rest-json": ("ExpiredTokenException", 403)},
	"signature": {"ec2": ("AuthFailure", 401), "query": ("SignatureDoesNotMatch", 403),
		"rest-xml": ("SignatureDoesNotMatch", 403),
		"json": ("InvalidSignatureException", 400),
		"rest-json": ("InvalidSignatureException", 403)},
	"scope": {"ec2": ("AuthFailure", 401), "query": ("SignatureDoesNotMatch", 403),
		"rest-xml": ("AuthorizationHeaderMalformed", 400),
		"json": ("InvalidSignatureException", 400),
		"rest-json": ("InvalidSignatureException", 403)},
	"skew": {"ec2": ("RequestExpired", 400), "query": ("SignatureDoesNotMatch", 403),
		"rest-xml": ("RequestTimeTooSkewed", 403),
		"json": ("InvalidSignatureException", 400),
		"rest-json": ("InvalidSignatureException", 403)},
}

_AUTH_RE = re.compile(r"^AWS4-HMAC-SHA256\s+(.*)$", re.S)


class AuthError(ApiError):
	def __init__(self, kind, proto, message):
		code, status = _CODES[kind][proto]
		ApiError.__init__(self, code, message, status)
		self.kind = kind


class _Signer(SigV4Auth):
	"""botocore's SigV4 with the header set fixed to what the client signed
	(botocore would otherwise leave out headers such as User-Agent)."""

	def __init__(self, credentials, service, region, signed_headers):
		SigV4Auth.__init__(self, credentials, service, region)
		self._signed = signed_headers

	def headers_to_sign(self, request):
		return self._signed


def parse_authorization(value):
	"""'AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...' ->
	dict(key, date, region, service, terminal, signed_headers, signature) or None."""
	m = _AUTH_RE.match(value or "")
	if not m:
		return None
	parts = {}
	for item in m.group(1).split(","):
		k, eq, v = item.strip().partition("=")
		if not eq:
			return None
		parts[k] = v
	if not {"Credential", "SignedHeaders", "Signature"} <= set(parts):
		return None
	cred = parts["Credential"].split("/")
	if len(cred) != 5:
		return None
	return {"key": cred[0], "date": cred[1], "region": cred[2], "service": cred[3], "terminal": cred[4],
		"signed_headers": [h for h in parts["SignedHeaders"].split(";") if h], "signature": parts["Signature"]}


def request_time(headers):
	"""The request's X-Amz-Date (or Date) as (amz timestamp string, datetime) or (None, None)."""
	v = headers.get("X-Amz-Date")
	if v:
		try:
			d = datetime.datetime.strptime(v, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
			return v, d
		except ValueError:
			return None, None
	v = headers.get("Date")
	if v:
		try:
			d = email.utils.parsedate_to_datetime(v).astimezone(datetime.timezone.utc)
			return d.strftime("%Y%m%dT%H%M%SZ"), d
		except (TypeError, ValueError):
			return None, None
	return None, None


def verify(proto, service, region_ok, method, host, path, query_pairs, headers, body, lookup, now=None):
	"""Check the request's signature; return what lookup(key) returned.

	proto: 'ec2', 'query' or 'json' (decides the error codes); service: the
	signing name the request must be scoped to; region_ok(region) -> None if
	the scope's region is right for this endpoint, else the reason;
	query_pairs: decoded (name, value) pairs of the URL's query string;
	headers: case-insensitive multi-dict; lookup(key) -> None or a dict with
	'secret', 'token' (None for long-term keys), 'expires' (epoch or None)."""
	auth = headers.get("Authorization")
	if not auth:
		raise AuthError("missing", proto, "Request is missing Authentication Token")
	a = parse_authorization(auth)
	if a is None:
		raise AuthError("incomplete", proto, "Authorization header requires 'Credential', 'Signature' and "
			"'SignedHeaders' parameters (AWS4-HMAC-SHA256). Authorization=%s" % auth[:80])
	if a["terminal"] != "aws4_request":
		raise AuthError("incomplete", proto, "Credential should be scoped with a valid terminator: 'aws4_request', "
			"not '%s'." % a["terminal"])
	amz, when = request_time(headers)
	if amz is None:
		raise AuthError("incomplete", proto, "Authorization header requires existence of either a 'X-Amz-Date' or "
			"a 'Date' header.")
	signed = set(a["signed_headers"])
	if "host" not in signed:
		raise AuthError("signature", proto, "'Host' must be a 'SignedHeader' in the AWS Authorization.")
	ident = lookup(a["key"])
	if ident is None:
		raise AuthError("unknown_key", proto, "The security token included in the request is invalid." if proto != "ec2"
			else "AWS was not able to validate the provided access credentials")
	token = headers.get("X-Amz-Security-Token")
	if ident.get("token") is not None or token is not None:
		if token != ident.get("token"):
			raise AuthError("bad_token", proto, "The security token included in the request is invalid." if proto != "ec2"
				else "AWS was not able to validate the provided access credentials")
	now = now if now is not None else datetime.datetime.now(datetime.timezone.utc)
	if ident.get("expires") is not None and now.timestamp() >= ident["expires"]:
		raise AuthError("expired_token", proto, "The security token included in the request is expired"
			if proto != "ec2" else "Request has expired.")
	if a["service"] != service:
		raise AuthError("scope", proto, "Credential should be scoped to correct service: '%s'. " % service)
	why = region_ok(a["region"])
	if why:
		raise AuthError("scope", proto, why)
	if a["date"] != amz[:8]:
		raise AuthError("signature", proto, "Date in Credential scope does not match YYYYMMDD from ISO-8601 "
			"version of date from HTTP: '%s' != '%s', from '%s'." % (a["date"], amz[:8], amz))
	if abs((now - when).total_seconds()) > SKEW:
		if proto == "ec2":
			raise AuthError("skew", proto, "Request has expired.")
		raise AuthError("skew", proto, "Signature expired: %s is now earlier than %s (%s - 15 min.)" % (
			amz, (now - datetime.timedelta(seconds=SKEW)).strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%dT%H%M%SZ")))
	sha = headers.get("X-Amz-Content-SHA256")
	if sha is not None and sha != hashlib.sha256(body).hexdigest():
		raise ApiError("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match "
			"what was computed.", 400)
	hmap = HTTPHeaders()
	for name in a["signed_headers"]:
		vals = headers.getall(name, [])
		if not vals:
			raise AuthError("signature", proto, "The request signature we calculated does not match the signature "
				"you provided: signed header '%s' is missing." % name)
		for v in vals:
			hmap[name] = v
	req = AWSRequest(method=method, url="http://%s%s" % (host, path), headers=dict(hmap.items()), data=body)
	req.params = list(query_pairs)
	req.context["timestamp"] = amz
	signer = _Signer(Credentials(a["key"], ident["secret"], ident.get("token")), a["service"], a["region"], hmap)
	canonical = signer.canonical_request(req)
	want = signer.signature(signer.string_to_sign(req, canonical), req)
	if not hmac.compare_digest(want, a["signature"]):
		raise AuthError("signature", proto, "The request signature we calculated does not match the signature you "
			"provided. Check your AWS Secret Access Key and signing method. Consult the service documentation "
			"for details." if proto != "ec2" else "AWS was not able to validate the provided access credentials")
	return ident

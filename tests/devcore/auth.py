"""PSK JWT handling of the development core (core-protocol.md section 2).

Owns: token creation (HS256, PBKDF2-HMAC-SHA256 key, salt in the JOSE header),
token verification in the order Resoto Core 3.6.5 applies its checks, and the
Origin/Host comparison.  Standard library only, so control.py can use it too.
"""
import base64
import binascii
import functools
import hashlib
import hmac
import json
import os
import time
from urllib.parse import urlparse

ITERATIONS = 100000
LIFETIME = 300


def b64url(data):
	return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text):
	if isinstance(text, str):
		text = text.encode("ascii", "strict")
	return base64.urlsafe_b64decode(text + b"=" * (-len(text) % 4))


@functools.lru_cache(maxsize=4096)
def derive_key(psk, salt):
	"""PBKDF2 is slow on purpose; tests reuse salts, so cache per (psk, salt)."""
	return hashlib.pbkdf2_hmac("sha256", psk.encode("utf-8"), salt, ITERATIONS, 32)


def encode(psk, claims, salt=None, now=None, lifetime=LIFETIME):
	"""A PSK token as the reference builds it: sorted compact header, exp added
	unless the claims carry one (lifetime 0: no exp)."""
	if salt is None:
		salt = os.urandom(16)
	claims = dict(claims)
	if lifetime > 0 and "exp" not in claims:
		claims["exp"] = int(time.time() if now is None else now) + lifetime
	header = {"alg": "HS256", "salt": base64.standard_b64encode(salt).decode("ascii"), "typ": "JWT"}
	h = b64url(json.dumps(header, sort_keys=True, separators=(",", ":")).encode())
	p = b64url(json.dumps(claims, separators=(",", ":")).encode())
	signing = (h + "." + p).encode("ascii")
	sig = hmac.new(derive_key(psk, salt), signing, hashlib.sha256).digest()
	return h + "." + p + "." + b64url(sig)


class Verdict:
	"""Outcome of checking one Authorization value.

	state: valid | invalid (-> 401) | malformed (-> 500, the core raises
	outside its error mapping) | missing | not_required | off (no PSK)."""

	def __init__(self, state, reason="", claims=None):
		self.state = state
		self.reason = reason
		self.claims = claims

	@property
	def status(self):
		return {"invalid": 401, "malformed": 500, "missing": 401}.get(self.state, 200)

	def as_json(self):
		d = {"state": self.state}
		if self.reason:
			d["reason"] = self.reason
		if self.claims is not None:
			d["claims"] = self.claims
		return d


def _segment_json(seg, what):
	try:
		obj = json.loads(b64url_decode(seg))
	except (ValueError, binascii.Error, UnicodeError) as e:
		raise ValueError("invalid %s segment: %s" % (what, e))
	if not isinstance(obj, dict):
		raise ValueError("%s is not a JSON object" % what)
	return obj


def _int_claim(claims, name):
	try:
		return int(claims[name])
	except (TypeError, ValueError):
		raise ValueError("%s claim must be an integer" % name)


def verify(value, psk, now=None):
	"""Check an Authorization header value (or cookie) against the PSK."""
	now = time.time() if now is None else now
	if " " not in value:
		return Verdict("malformed", "no space after the scheme")
	token = value.split(" ", 1)[1]
	parts = token.split(".")
	if len(parts) < 3:
		return Verdict("malformed", "token has not three segments")
	try:
		header = _segment_json(parts[0], "JOSE header")
	except ValueError as e:
		return Verdict("malformed", str(e))
	if value[:6].lower() != "bearer" or value[6:7] != " ":
		return Verdict("invalid", "scheme is not 'Bearer '")
	alg = header.get("alg")
	if alg == "RS256":
		return Verdict("invalid", "RS256 user token: not signed by this core")
	if alg != "HS256":
		return Verdict("malformed", "unsupported alg %r" % (alg,))
	salt_text = header.get("salt")
	if salt_text:
		if not isinstance(salt_text, str):
			return Verdict("malformed", "salt is not a string")
		try:
			salt = base64.standard_b64decode(salt_text.encode("ascii"))
		except (binascii.Error, UnicodeError) as e:
			return Verdict("malformed", "salt is not standard base64: %s" % e)
	else:
		return Verdict("invalid", "no salt in the JOSE header")
	if len(parts) != 3:
		return Verdict("invalid", "token has more than three segments")
	try:
		sig = b64url_decode(parts[2])
	except (binascii.Error, ValueError):
		return Verdict("invalid", "signature is not base64url")
	mac = hmac.new(derive_key(psk, salt), (parts[0] + "." + parts[1]).encode("ascii"), hashlib.sha256)
	if not hmac.compare_digest(mac.digest(), sig):
		return Verdict("invalid", "bad signature (wrong PSK or tampered token)")
	try:
		claims = _segment_json(parts[1], "payload")
	except ValueError as e:
		return Verdict("invalid", str(e))
	try:
		if "exp" in claims and _int_claim(claims, "exp") <= now:
			return Verdict("invalid", "token expired", claims)
		if "iat" in claims:
			_int_claim(claims, "iat")
		if "nbf" in claims and _int_claim(claims, "nbf") > now:
			return Verdict("invalid", "token not yet valid (nbf)", claims)
	except ValueError as e:
		return Verdict("invalid", str(e), claims)
	if claims.get("aud"):
		return Verdict("invalid", "token has an audience", claims)
	return Verdict("valid", "", claims)


def origin_ok(headers):
	"""The core compares the Origin host name with the Host header (before ':')."""
	origin = headers.get("Origin")
	host = headers.get("Host")
	if origin is None or host is None:
		return True
	name = urlparse(origin).hostname
	if name is None:
		return True
	return name.lower() == host.split(":")[0].lower()


def fingerprint(der):
	"""SHA-256 over DER, upper-case hex bytes joined by ':'."""
	return ":".join("%02X" % b for b in hashlib.sha256(der).digest())

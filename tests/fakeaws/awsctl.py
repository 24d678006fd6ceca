"""Client of the fake AWS for test scripts (standard library only).

    sys.path.insert(0, os.path.join(top_srcdir, "tests/fakeaws"))
    from awsctl import FakeAws
    with FakeAws("basic.json") as aws:          # a fixture of fixtures/ or a path
        env = aws.env()                          # AWS_ENDPOINT_URL=http://127.0.0.1:PORT ...
        ...run the collector...
        calls = aws.calls(service="ec2", action="TerminateInstances")

Owns: starting/stopping fakeaws.py on a free port with its own temp dir,
and the control API under /_fake/ (README.md).
"""
import copy
import json
import os
import ssl
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True    # the source tree may be read-only

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(os.path.dirname(HERE), "devcore"))      # after ours
from control import TestServer, python_with_aiohttp, reexec_with_aiohttp  # noqa: E402,F401  (devcore's)

FIXTURES = os.path.join(HERE, "fixtures")


def fixture_path(name):
	return name if os.path.sep in name else os.path.join(FIXTURES, name)


def load_fixture(name):
	with open(fixture_path(name)) as f:
		return json.load(f)


def add_available_volumes(fx, account, region, n, first, name):
	"""n more available volumes in a fixture's region, copies of its first
	available one: ids vol-<first + i, 17 hex digits>, Name tag name-i."""
	vols = fx["accounts"][account]["regions"][region]["Volumes"]
	tmpl = [v for v in vols if v["State"] == "available"][0]
	for i in range(n):
		v = copy.deepcopy(tmpl)
		v["VolumeId"] = "vol-%017x" % (first + i)
		v["Tags"] = [{"Key": "Name", "Value": "%s-%d" % (name, i)}]
		vols.append(v)


class FakeAws(TestServer):
	"""A fakeaws.py subprocess.  Attributes once started: port, url, workdir, log_file."""
	NAME = "fakeaws"

	def __init__(self, fixture="basic.json", args=(), delay_ms=None, page_size=None, verbose=True, keep=None, tls=None):
		self.fixture = fixture_path(fixture) if isinstance(fixture, str) else None
		self.fixture_doc = fixture if isinstance(fixture, dict) else None
		self.args = list(args)
		if delay_ms is not None:
			self.args += ["--delay-ms", str(delay_ms)]
		if page_size is not None:
			self.args += ["--page-size", str(page_size)]
		if verbose:
			self.args.append("--verbose")
		# tls: control.make_tls()'s files: HTTPS with a certificate of that test CA
		self.tls = tls
		self.ssl = None
		if tls:
			self.args += ["--tls-cert", tls["cert"], "--tls-key", tls["key"]]
			self.ssl = ssl.create_default_context(cafile=tls["ca_cert"])
		self.keep = os.environ.get("FAKEAWS_KEEP") == "1" if keep is None else keep
		self.workdir = tempfile.mkdtemp(prefix="fakeaws.")
		self.own_dir = True
		self.port = None

	def start(self, timeout=30):
		py = python_with_aiohttp()
		if py is None:
			raise RuntimeError("no python3 with aiohttp found (install python3-aiohttp)")
		if self.fixture_doc is not None:
			self.fixture = os.path.join(self.workdir, "fixture.json")
			with open(self.fixture, "w") as f:
				json.dump(self.fixture_doc, f)
		port_file = os.path.join(self.workdir, "port")
		cmd = [py, os.path.join(HERE, "fakeaws.py"), "--fixture", self.fixture, "--port-file", port_file] + self.args
		self.port = self.launch(cmd, port_file, os.path.join(self.workdir, "fakeaws.log"), timeout)[0]
		self.url = "%s://127.0.0.1:%d" % ("https" if self.tls else "http", self.port)
		return self

	def env(self, key_account=None):
		"""Environment for a client: every service at the fake; with key_account,
		that account's first access key as AWS_ACCESS_KEY_ID/SECRET."""
		e = {"AWS_ENDPOINT_URL": self.url}
		if key_account:
			k = self.keys(key_account)[0]
			e.update({"AWS_ACCESS_KEY_ID": k["id"], "AWS_SECRET_ACCESS_KEY": k["secret"]})
		return e

	def keys(self, account):
		return load_fixture(self.fixture)["accounts"][account]["keys"]

	# -- control API
	def call(self, method, path, body=None, params=None, timeout=30):
		url = "%s/_fake/%s" % (self.url, path.lstrip("/"))
		if params:
			url += "?" + urllib.parse.urlencode(params)
		data = json.dumps(body).encode() if body is not None else None
		req = urllib.request.Request(url, data=data, method=method,
			headers={"Content-Type": "application/json"} if data else {})
		try:
			with urllib.request.urlopen(req, timeout=timeout, context=self.ssl) as r:
				return json.loads(r.read())
		except urllib.error.HTTPError as e:
			raise AssertionError("fakeaws control %s %s: %s %s" % (method, path, e.code, e.read()[:300]))

	def log(self, since=0):
		return self.call("GET", "log", params={"since": since})["entries"]

	def calls(self, **match):
		"""Logged requests whose fields equal match (service, action, account, region, status, error...)."""
		return [e for e in self.log() if all(e.get(k) == v for k, v in match.items())]

	def clear_log(self):
		return self.call("DELETE", "log")

	def fault(self, kind, **rule):
		"""Add a fault rule (README.md); returns its id."""
		return self.call("POST", "faults", dict(rule, kind=kind))["ids"][0]

	def clear_faults(self):
		self.call("DELETE", "faults")

	def faults(self):
		return self.call("GET", "faults")

	def config(self, **kw):
		"""delay_ms, page_size, assume_role_lifetime, terminate_ms."""
		return self.call("POST", "config", kw)

	def expire_credentials(self):
		return self.call("POST", "expire", {})

	def current_fixture(self):
		"""The fixture as the fake holds it now (after deletes and tags): feed it to expect.py."""
		return self.call("GET", "fixture")

	def resources(self, account, region, collection=None):
		p = {"account": account, "region": region}
		if collection:
			p["collection"] = collection
		r = self.call("GET", "resources", params=p)
		return r[collection] if collection else r

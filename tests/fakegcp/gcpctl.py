"""Client of the fake GCP for test scripts (standard library only).

    sys.path.insert(0, os.path.join(top_srcdir, "tests/fakegcp"))
    from gcpctl import FakeGcp
    with FakeGcp("basic.json") as gcp:
        keys = gcp.keys()                 # service account email -> key file
        ...gcp.api_base_url, run the collector...
        gcp.log()                         # the request log

Owns: starting/stopping fakegcp.py on a free port with its own temp dir,
and the control API under /_fake/ (README.md).
"""
import json
import os
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(os.path.dirname(HERE), "devcore"))
from control import TestServer, python_with_aiohttp, reexec_with_aiohttp  # noqa: E402,F401

FIXTURES = os.path.join(HERE, "fixtures")


def fixture_path(name):
    return name if os.path.sep in name else os.path.join(FIXTURES, name)


def load_fixture(name):
    with open(fixture_path(name)) as f:
        return json.load(f)


class FakeGcp(TestServer):
    NAME = "fakegcp"

    def __init__(self, fixture="basic.json", page_size=None, keep=None, delay_ms=None):
        self.fixture = fixture_path(fixture)
        self.args = []
        if delay_ms is not None:
            self.args += ["--delay-ms", str(delay_ms)]
        if page_size is not None:
            self.args += ["--page-size", str(page_size)]
        self.keep = os.environ.get("FAKEGCP_KEEP") == "1" if keep is None else keep
        self.workdir = tempfile.mkdtemp(prefix="fakegcp.")
        self.own_dir = True
        self.port = None

    def start(self, timeout=60):
        py = python_with_aiohttp()
        if py is None:
            raise RuntimeError("no python3 with aiohttp found (install python3-aiohttp)")
        port_file = os.path.join(self.workdir, "port")
        cmd = [py, os.path.join(HERE, "fakegcp.py"), "--fixture", self.fixture, "--port-file", port_file,
               "--workdir", self.workdir] + self.args
        self.port = self.launch(cmd, port_file, os.path.join(self.workdir, "fakegcp.log"), timeout)[0]
        self.url = "http://127.0.0.1:%d/" % self.port
        return self

    def call(self, method, path, body=None, params=None, timeout=60):
        url = "%s_fake/%s" % (self.url, path.lstrip("/"))
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json"} if data else {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as e:
            raise AssertionError("fakegcp control %s %s: %s %s" % (method, path, e.code, e.read()[:300]))

    def keys(self, wrong=None):
        """Key files of every service account; with wrong=email, "wrong":
        a key file of that account with a private key Google does not know."""
        return self.call("GET", "keys", params={"wrong": wrong} if wrong else None)

    def log(self, since=0):
        return self.call("GET", "log", params={"since": since})["entries"]

    def fault(self, kind, **rule):
        return self.call("POST", "faults", dict(rule, kind=kind))["ids"][0]

    def clear_faults(self):
        self.call("DELETE", "faults")

    def state(self):
        return self.call("GET", "state")

    def billing(self):
        return self.call("GET", "billing")

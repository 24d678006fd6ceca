"""Client for the development core, for test scripts (standard library only).

    import sys; sys.path.insert(0, os.path.join(top_srcdir, "tests/devcore"))
    from control import DevCore
    with DevCore(psk="changeme") as core:
        # start the worker with --resotocore-uri core.url --psk changeme ...
        core.wait("connect", kind="handle")
        act = core.send_action("collect")
        core.wait("action_done", task=act["task"], timeout=60)
        assert all(m["valid"] for m in core.merges())

Owns: starting/stopping devcore.py as a subprocess on free ports with its own
temp dir, calling the control API (README.md), and small helpers (PSK
tokens, a test CA made with openssl, requests to the core port).
"""
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True    # the source tree may be read-only

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import auth  # noqa: E402


def has_aiohttp(python):
	return subprocess.call([python, "-c", "import aiohttp"], stdout=subprocess.DEVNULL,
		stderr=subprocess.DEVNULL) == 0


def python_with_aiohttp():
	"""An interpreter that can import aiohttp: $DEVCORE_PYTHON, this one, /usr/bin/python3."""
	for cand in (os.environ.get("DEVCORE_PYTHON"), sys.executable, "/usr/bin/python3"):
		if cand and os.path.exists(cand) and has_aiohttp(cand):
			return cand
	return None


def reexec_with_aiohttp():
	"""For test scripts that use aiohttp themselves: re-run under an interpreter
	that has it (configure may have found a python3 without it), or exit 77
	(automake SKIP) when there is none."""
	try:
		import aiohttp  # noqa: F401
		return
	except ImportError:
		pass
	py = python_with_aiohttp()
	if py is None or os.path.realpath(py) == os.path.realpath(sys.executable):
		print("SKIP: no python3 with aiohttp (install python3-aiohttp)")
		sys.exit(77)
	os.execv(py, [py] + sys.argv)


def token(psk, claims=None, now=None, lifetime=300, salt=None):
	"""A PSK JWT as the worker sends it (claims {"exp": now+300})."""
	return auth.encode(psk, claims or {}, salt=salt, now=now, lifetime=lifetime)


def make_tls(directory, names=("localhost", "127.0.0.1")):
	"""A test CA and a server certificate signed by it (openssl, EC P-256).
	Returns {"ca_cert", "ca_key", "cert", "key"} file paths."""
	os.makedirs(directory, exist_ok=True)
	p = {k: os.path.join(directory, k + ".pem") for k in ("ca_cert", "ca_key", "cert", "key", "csr")}
	san = ",".join(("IP:" if n.replace(".", "").isdigit() or ":" in n else "DNS:") + n for n in names)

	def run(*args):
		subprocess.run(["openssl"] + list(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
	run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
		"-keyout", p["ca_key"], "-out", p["ca_cert"], "-days", "2", "-subj", "/CN=devcore test CA",
		"-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
	run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", p["key"],
		"-out", p["csr"], "-subj", "/CN=%s" % names[0], "-addext", "subjectAltName=" + san)
	run("x509", "-req", "-in", p["csr"], "-CA", p["ca_cert"], "-CAkey", p["ca_key"], "-set_serial", "1",
		"-days", "2", "-copy_extensions", "copyall", "-out", p["cert"])
	del p["csr"]
	return p


def make_client_cert(tls, directory, cn, passphrase=None):
	"""A TLS client certificate with this CN, signed by the CA of make_tls()
	(for --client-ca); its key encrypted with passphrase when given.
	Returns {"cert", "key"} file paths."""
	os.makedirs(directory, exist_ok=True)
	p = {k: os.path.join(directory, "%s-%s.pem" % (cn, k)) for k in ("cert", "key", "csr")}

	def run(*args):
		subprocess.run(["openssl"] + list(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
	key = ["-passout", "pass:" + passphrase] if passphrase else ["-nodes"]
	run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", *key, "-keyout", p["key"],
		"-out", p["csr"], "-subj", "/CN=%s" % cn, "-addext", "extendedKeyUsage=clientAuth")
	run("x509", "-req", "-in", p["csr"], "-CA", tls["ca_cert"], "-CAkey", tls["ca_key"], "-set_serial", "2",
		"-days", "2", "-copy_extensions", "copyall", "-out", p["cert"])
	del p["csr"]
	return p


def free_port():
	"""A TCP port free on 127.0.0.1 right now (for a worker's web_port)."""
	import socket
	with socket.socket() as s:
		s.bind(("127.0.0.1", 0))
		return s.getsockname()[1]


def web_overrides(port=None):
	"""--override arguments that put a worker's own endpoints on 127.0.0.1
	and a free port, so that workers of tests running at once do not
	compete for the default 9956."""
	return ["--override", "resotoworker.web_host=127.0.0.1",
		"--override", "resotoworker.web_port=%d" % (port or free_port())]


class ControlError(AssertionError):
	pass


class TestServer:
	"""A server a test runs as its subprocess (devcore, tests/fakeaws): launched
	until it writes its port file, its log, stopped, a context manager.
	Subclasses set NAME and the attributes workdir, own_dir and keep."""
	NAME = "server"
	proc = None
	log_file = None

	def launch(self, cmd, port_file, log_file, timeout, env=None):
		"""Run cmd (output to log_file) until port_file appears; its numbers."""
		if os.path.exists(port_file):
			os.unlink(port_file)
		self.log_file = log_file
		with open(log_file, "ab") as log:
			self.proc = subprocess.Popen(cmd, stdout=log, stderr=log, stdin=subprocess.DEVNULL, env=env)
		end = time.time() + timeout
		while not os.path.exists(port_file):
			if self.proc.poll() is not None:
				raise RuntimeError("%s exited with %s:\n%s" % (self.NAME, self.proc.returncode, self.read_log()))
			if time.time() > end:
				self.stop()
				raise RuntimeError("%s did not start within %ss" % (self.NAME, timeout))
			time.sleep(0.02)
		with open(port_file) as f:
			return [int(x) for x in f.read().split()]

	def read_log(self):
		try:
			with open(self.log_file, errors="replace") as f:
				return f.read()
		except (OSError, TypeError):
			return ""

	def stop(self):
		if self.proc is not None and self.proc.poll() is None:
			self.proc.terminate()
			try:
				self.proc.wait(10)
			except subprocess.TimeoutExpired:
				self.proc.kill()
				self.proc.wait()
		self.proc = None
		if self.own_dir and not self.keep:
			shutil.rmtree(self.workdir, ignore_errors=True)

	def __enter__(self):
		return self.start()

	def __exit__(self, *exc):
		if exc[0] is not None:
			sys.stderr.write("%s log (%s):\n%s\n" % (self.NAME, self.log_file, self.read_log()[-4000:]))
		self.stop()


class DevCore(TestServer):
	"""A devcore subprocess.  Attributes once started: port, control_port,
	url (http(s)://127.0.0.1:port), ws_url, workdir, log_file."""
	NAME = "devcore"

	def __init__(self, psk=None, tls=None, lenient=False, args=(), env=None, workdir=None, keep=None, verbose=True,
			client_ca=None):
		self.psk = psk
		self.tls = tls              # dict from make_tls(), or None
		self.client_ca = client_ca  # require client certificates of this CA
		self.lenient = lenient
		self.verbose = verbose      # every log entry as a line in log_file
		self.args = list(args)
		self.env = env
		self.keep = os.environ.get("DEVCORE_KEEP") == "1" if keep is None else keep
		self.own_dir = workdir is None
		self.workdir = workdir or tempfile.mkdtemp(prefix="devcore-test.")
		self.proc = None
		self.port = self.control_port = None

	# -- life cycle
	def start(self, timeout=30):
		py = python_with_aiohttp()
		if py is None:
			raise RuntimeError("no python3 with aiohttp found (install python3-aiohttp)")
		port_file = os.path.join(self.workdir, "ports")
		cmd = [py, os.path.join(HERE, "devcore.py"), "--port-file", port_file, "--data-dir", self.workdir]
		if self.psk:
			cmd += ["--psk", self.psk]
		if self.tls:
			cmd += ["--tls-cert", self.tls["cert"], "--tls-key", self.tls["key"], "--ca-cert", self.tls["ca_cert"]]
			if self.tls.get("ca_key"):
				cmd += ["--ca-key", self.tls["ca_key"]]
			if self.client_ca:
				cmd += ["--client-ca", self.client_ca]
		if self.lenient:
			cmd.append("--lenient")
		if self.verbose:
			cmd.append("--verbose")
		cmd += self.args
		env = dict(os.environ, **(self.env or {}))
		self.port, self.control_port = self.launch(cmd, port_file, os.path.join(self.workdir, "devcore.log"), timeout,
			env)
		scheme = "https" if self.tls else "http"
		self.url = "%s://127.0.0.1:%d" % (scheme, self.port)
		self.ws_url = "%s://127.0.0.1:%d" % ("wss" if self.tls else "ws", self.port)
		return self

	# -- control API
	def call(self, method, path, body=None, params=None, expect=(200,), raw=False, timeout=60):
		url = "http://127.0.0.1:%d/_test/%s" % (self.control_port, path.lstrip("/"))
		if params:
			url += "?" + urllib.parse.urlencode({k: str(v).lower() if isinstance(v, bool) else v
				for k, v in params.items() if v is not None})
		data = None
		if body is not None:
			data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
		req = urllib.request.Request(url, data=data, method=method)
		try:
			with urllib.request.urlopen(req, timeout=timeout) as r:
				status, text = r.status, r.read().decode()
		except urllib.error.HTTPError as e:
			status, text = e.code, e.read().decode()
		js = json.loads(text) if text else None
		if expect and status not in expect:
			raise ControlError("control %s %s: %d %s" % (method, path, status, text[:2000]))
		return (status, js) if raw else js

	def state(self):
		return self.call("GET", "state")

	def seq(self):
		return self.state()["seq"]

	def log(self, for_=None, **filters):
		return self.call("GET", "log", params=dict(filters, **{"for": for_}))["entries"]

	def wait(self, for_=None, timeout=10, count=1, **filters):
		"""Block until `count` log entries match; returns them.  Raises
		ControlError (an AssertionError) on timeout."""
		params = dict(filters, timeout=timeout, count=count, **{"for": for_})
		status, js = self.call("GET", "wait", params=params, expect=(200, 408), raw=True, timeout=timeout + 30)
		if status != 200:
			raise ControlError("devcore wait %s: %s" % (params, js.get("error")))
		return js["entries"]

	def reset(self, what="log"):
		return self.call("POST", "reset", params={"what": what})

	def send_action(self, message_type="collect", task=None, step=None, data=None, to=None):
		body = {"message_type": message_type, "task": task, "step": step, "to": to}
		if data is not None:
			body["data"] = data
		return self.call("POST", "action", {k: v for k, v in body.items() if v is not None})

	def actions(self):
		return self.call("GET", "actions")["actions"]

	def send_task(self, task_name="tag", data=None, attrs=None, task_id=None, timeout=None, wait=None,
			ignore_filter=None):
		body = {"task_name": task_name, "data": data or {}, "attrs": attrs or {}, "task_id": task_id,
			"timeout": timeout, "wait": wait, "ignore_filter": ignore_filter}
		return self.call("POST", "task", {k: v for k, v in body.items() if v is not None})

	def task(self, task_id, wait=0):
		return self.call("GET", "task/" + urllib.parse.quote(task_id), params={"wait": wait})

	def emit_event(self, message_type, data=None):
		return self.call("POST", "event", {"message_type": message_type, "data": data or {}})["sent_to"]

	def drop(self, which="all", code=1000, reason="", abrupt=False):
		return self.call("POST", "drop", params={"which": which, "code": code, "reason": reason,
			"abrupt": abrupt})["dropped"]

	def restart(self, down=1.0):
		"""Cut all connections and stop listening for `down` s (< 0: until listen())."""
		return self.call("POST", "restart", params={"down": down})

	def listen(self):
		return self.call("POST", "listen")

	def fault(self, path, status=None, count=1, method=None, body=None, headers=None, delay=None, drop=False):
		f = {"path": path, "status": status, "count": count, "method": method, "body": body,
			"headers": headers, "delay": delay, "drop": drop}
		return self.call("POST", "fault", {k: v for k, v in f.items() if v is not None})

	def clear_faults(self):
		return self.call("DELETE", "faults")

	def set_ready(self, ready=True, down_for=None):
		return self.call("POST", "ready", params={"ready": ready, "down_for": down_for})

	def set_shutdown(self, on=True):
		return self.call("POST", "shutdown", params={"on": on})

	def ca_token(self, mode):
		return self.call("POST", "ca-token", params={"mode": mode})

	def set_strict(self, on=True):
		return self.call("POST", "strict", params={"on": on})

	def set_config(self, cid, config, emit=True):
		return self.call("PUT", "config/" + cid, config, params={"emit": emit})

	def get_config(self, cid):
		status, js = self.call("GET", "config/" + cid, expect=(200, 404), raw=True)
		return js if status == 200 else None

	def set_override(self, cid, overrides):
		return self.call("PUT", "override/" + cid, json.dumps(overrides))

	def set_search(self, graph, items):
		return self.call("PUT", "search/" + graph, json.dumps(items))

	def fail_search(self, graph, status=500, text="devcore: search fails"):
		return self.call("PUT", "search/" + graph, "", params={"status": status, "text": text})

	def search_fault(self, graph, mode, after=0, text="this is not json", count=1):
		return self.call("POST", "search_fault/" + graph, json.dumps({"mode": mode, "after": after, "text": text,
			"count": count}))

	def flag(self, graph="resoto", ids=None, kinds=None, clean=True, protected=None):
		b = {"ids": ids or [], "kinds": kinds or [], "clean": clean}
		if protected is not None:
			b["protected"] = protected
		return self.call("POST", "flag/" + graph, json.dumps(b))["flagged"]

	def graph(self, name="resoto"):
		return self.call("GET", "graph/" + name)

	def store(self, nodes, edges=(), name="resoto"):
		"""Put nodes and edges ([from, to, type]) into the graph store."""
		return self.call("POST", "store/" + name, {"nodes": list(nodes), "edges": [list(e) for e in edges]})

	def model(self, name="resoto"):
		return self.call("GET", "model/" + name)["kinds"]

	def merges(self):
		return self.call("GET", "merges")["merges"]

	def subscribers(self):
		return self.call("GET", "subscribers")["subscribers"]

	def forget_subscriber(self, sid):
		return self.call("DELETE", "subscriber/" + sid)

	# -- talking to the core port (as a worker would)
	def request(self, method, path, body=None, headers=None, auth_token=True, content_type=None, timeout=30):
		"""(status, headers, body bytes) of a request on the core port.  TLS is
		verified against the test CA when the core serves HTTPS."""
		hdrs = dict(headers or {})
		if auth_token and self.psk:
			hdrs.setdefault("Authorization", "Bearer " + token(self.psk))
		if content_type:
			hdrs["Content-Type"] = content_type
		data = body.encode() if isinstance(body, str) else body
		req = urllib.request.Request(self.url + path, data=data, method=method, headers=hdrs)
		ctx = ssl.create_default_context(cafile=self.tls["ca_cert"]) if self.tls else None
		try:
			with urllib.request.urlopen(req, timeout=timeout, context=ctx) as r:
				return r.status, dict(r.headers.items()), r.read()
		except urllib.error.HTTPError as e:
			return e.code, dict(e.headers.items()), e.read()


if __name__ == "__main__":
	sys.exit("control.py is a module for tests; run devcore.py --help for the server")

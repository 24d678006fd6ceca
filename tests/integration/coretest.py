"""Helpers of the core_*.py integration tests (the session with the core).

Owns: running $RESOTOWORKER against a development core (tests/devcore) or a
test's own server, its log, waiting on either, small checks, and feeding
what the worker sent to the core oracle when one is set up (developer
machines; CI has no oracle and the check is skipped there).
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TOP_SRCDIR = os.environ.get("top_srcdir", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(TOP_SRCDIR, "tests", "devcore"))
import control  # noqa: E402
from control import DevCore, make_tls  # noqa: E402,F401

ORACLE = os.path.join("/work/shared/tools/core-oracle", "core_oracle.py")


class Fail(Exception):
	pass


class Checks:
	"""Counts checks; every failed one is printed, the exit status says it all."""

	def __init__(self, name):
		self.name = name
		self.passed = 0
		self.failed = 0

	def ok(self, cond, what):
		if cond:
			self.passed += 1
		else:
			self.failed += 1
			print("FAIL: %s" % what, flush=True)
		return cond

	def done(self):
		print("%s: %d passed, %d failed" % (self.name, self.passed, self.failed))
		if self.failed or os.environ.get("RW_KEEP") == "1":
			print("work directories kept: %s" % " ".join(TMPDIRS))
		else:
			for d in TMPDIRS:
				shutil.rmtree(d, ignore_errors=True)
		return 1 if self.failed else 0


TMPDIRS = []


def tmpdir(prefix):
	"""A work directory, removed by Checks.done() when everything passed
	(kept when a check failed, or with RW_KEEP=1)."""
	d = tempfile.mkdtemp(prefix="rw-%s." % prefix)
	TMPDIRS.append(d)
	return d


class Worker:
	"""$RESOTOWORKER in the foreground, its log in a file."""

	def __init__(self, workdir, uri, psk=None, ca_cert=None, args=(), config=None, name="worker"):
		self.workdir = workdir
		self.log_file = os.path.join(workdir, name + ".log")
		self.conf = os.path.join(workdir, name + ".conf")
		with open(self.conf, "w") as f:
			f.write(config if config is not None else "resotoworker = {\n  collector = [ \"example\" ];\n};\n")
		os.chmod(self.conf, 0o600)
		self.cmd = [os.environ["RESOTOWORKER"], "--config", self.conf, "--resotocore-uri", uri]
		if psk:
			self.cmd += ["--psk", psk]
		if ca_cert:
			self.cmd += ["--ca-cert", ca_cert]
		self.cmd += list(args)
		if not any("web_port" in a for a in args):
			self.cmd += control.web_overrides()
		self.proc = None

	def start(self):
		env = {k: v for k, v in os.environ.items() if not k.startswith("RESOTOWORKER_")}
		self.logf = open(self.log_file, "ab")
		self.proc = subprocess.Popen(self.cmd, stdout=self.logf, stderr=self.logf, stdin=subprocess.DEVNULL, env=env)
		return self

	def alive(self):
		return self.proc is not None and self.proc.poll() is None

	def stop(self, timeout=20):
		"""SIGTERM; the exit status (None if it had to be killed)."""
		if self.proc is None:
			return None
		if self.proc.poll() is None:
			self.proc.send_signal(signal.SIGTERM)
			try:
				self.proc.wait(timeout)
			except subprocess.TimeoutExpired:
				self.proc.kill()
				self.proc.wait()
				self.logf.close()
				return None
		self.logf.close()
		return self.proc.returncode

	def log(self):
		with open(self.log_file, errors="replace") as f:
			return f.read()

	def lines(self, pattern):
		rx = re.compile(pattern)
		return [l for l in self.log().splitlines() if rx.search(l)]

	def wait_log(self, pattern, timeout=30, count=1):
		"""The matching lines once there are `count`; Fail after timeout."""
		end = time.time() + timeout
		while True:
			found = self.lines(pattern)
			if len(found) >= count:
				return found
			if not self.alive():
				raise Fail("worker exited (%s) before logging /%s/:\n%s" % (self.proc.returncode, pattern,
					self.log()[-3000:]))
			if time.time() > end:
				raise Fail("no /%s/ in the worker log after %ss:\n%s" % (pattern, timeout, self.log()[-3000:]))
			time.sleep(0.1)


def session(name, psk, run, tls=True):
	"""The common frame of a core_*.py test: a development core with psk
	(over TLS unless tls is false), a worker connected to it (A, B and C
	open), run(t, core, w, tmp), then SIGTERM, which must end the worker
	with status 0. Returns the Checks and the stopped Worker."""
	t = Checks(name)
	tmp = tmpdir(name.replace("_", "-"))
	certs = make_tls(os.path.join(tmp, "tls")) if tls else None
	with DevCore(psk=psk, tls=certs) as core:
		w = Worker(tmp, core.url, psk=psk, ca_cert=certs["ca_cert"] if certs else None).start()
		try:
			wait_connected(core)
			run(t, core, w, tmp)
		finally:
			rc = w.stop()
		t.ok(rc == 0, "the worker exits 0 on SIGTERM (got %s)" % rc)
	return t, w


def main(fn):
	"""Exit with fn()'s status; a Fail or a failed assert is one FAIL line
	and status 1."""
	try:
		sys.exit(fn())
	except (Fail, AssertionError) as e:
		print("FAIL:", e)
		sys.exit(1)


def wait_until(cond, timeout, what):
	end = time.time() + timeout
	while not cond():
		if time.time() > end:
			raise Fail("timed out after %ss waiting for %s" % (timeout, what))
		time.sleep(0.1)


def wait_connected(core, timeout=60, queue=True):
	"""Until the worker has A, C (and B) open on the devcore."""
	core.wait("connect", kind="handle", timeout=timeout)
	core.wait("connect", kind="events", timeout=timeout)
	if queue:
		core.wait("connect", kind="queue", timeout=timeout)


def frames(core, kind, direction):
	"""Texts of the recorded frames of connections of kind ("handle",
	"queue") in one direction ("ws_in": worker -> core, "ws_out")."""
	return [e["text"] for e in core.log(type=direction, kind=kind) if "text" in e]


def oracle_env():
	"""The environment for core_oracle.py, or None when it is not set up."""
	env = dict(os.environ)
	if not env.get("RESOTO_SRC") and os.path.exists("/tmp/oracle.env"):
		with open("/tmp/oracle.env") as f:
			for line in f:
				m = re.match(r"export (\w+)=(.*)", line.strip())
				if m:
					env[m.group(1)] = m.group(2)
	if not env.get("RESOTO_SRC") or not os.path.exists(ORACLE) or not os.path.exists("/usr/bin/python3"):
		return None
	return env


def oracle(cmd, files, extra=()):
	"""Run core_oracle.py cmd on files: (exit status, output), or None."""
	env = oracle_env()
	if env is None:
		return None
	p = subprocess.run(["/usr/bin/python3", ORACLE, cmd] + list(files) + list(extra), env=env,
		stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
	return p.returncode, p.stdout


def write_lines(path, texts):
	with open(path, "w") as f:
		for t in texts:
			f.write(t.rstrip("\n") + "\n")
	return path


def check_oracle(t, core, workdir):
	"""What the worker sent on A and B, judged by the core oracle (when set
	up): prints the verdicts and counts them as checks. /work/queue is
	judged per connection (each starts with its handler list)."""
	handle_in = write_lines(os.path.join(workdir, "handle.ndjson"), frames(core, "handle", "ws_in"))
	handle_out = write_lines(os.path.join(workdir, "sent.ndjson"), frames(core, "handle", "ws_out"))
	r = oracle("message", [handle_in], ["--authorized", "--actions", handle_out])
	if r is None:
		print("note: core oracle not set up here; its checks are skipped")
		return
	print("oracle message:", r[1].strip().splitlines()[-1])
	t.ok(r[0] == 0, "core oracle accepts the frames on /subscriber/.../handle:\n" + r[1])
	conns = sorted({e["ws"] for e in core.log(type="ws_in", kind="queue")}, key=lambda x: int(x[2:]))
	for ws in conns:
		qin = [e["text"] for e in core.log(type="ws_in", kind="queue", ws=ws)]
		qout = [e["text"] for e in core.log(type="ws_out", kind="queue", ws=ws)]
		queue_in = write_lines(os.path.join(workdir, "queue-%s.ndjson" % ws), qin)
		queue_out = write_lines(os.path.join(workdir, "tasks-%s.ndjson" % ws), qout)
		r = oracle("task-reply", [queue_in], ["--tasks", queue_out])
		print("oracle task-reply (%s):" % ws, r[1].strip().splitlines()[-1])
		t.ok(r[0] == 0, "core oracle accepts the frames on /work/queue (%s):\n%s" % (ws, r[1]))


def json_lines(texts):
	return [json.loads(x) for x in texts]

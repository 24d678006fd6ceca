"""Secrets that must not leak and files for $HOME (issue 9, items 1 and 4).

- resotoworker.files_in_home_dir and write_files_to_home_dir are written
  below $HOME with mode 0600 (directories 0700) at start and again when the
  core's configuration changes them; a path outside $HOME ("..", an
  absolute path elsewhere, "~other") or through a symbolic link is refused
  and logged, the other files are still written;
- their contents are secrets: never in a log line (also not in the line
  saying the value changed), "***" in --check-config, and a configuration
  file holding them must be private (mode 0600);
- the user information of the core URI (https://user:pass@core) appears
  in no log line nor in --check-config; a URI with a CR or LF is refused
  (exit 2) before it can inject a log line.
"""
import json
import os
import re
import stat
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402
from coretest import Checks, DevCore, Worker  # noqa: E402

SID = "resoto.worker"
S1, S2, S3, S4 = "AWS-CONTENT-SECRET-1", "KUBE-CONTENT-SECRET-2", "KUBE-CONTENT-SECRET-3", "NEW-CONTENT-SECRET-4"
PW = "PW-URI-SECRET-5"
CONF = """resotoworker = {
  collector = [ "example" ];
  write_files_to_home_dir = (
    { path = ".aws/config"; content = "%s\\n"; },
    { path = "../outside"; content = "x-outside-x"; },
    { path = "/etc/rw-harden-a-test"; content = "x-etc-x"; },
    { path = "link/f"; content = "x-link-x"; }
  );
};
""" % S1


def run(cmd, **kw):
	env = {k: v for k, v in os.environ.items() if not k.startswith("RESOTOWORKER_")}
	return subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
		universal_newlines=True, timeout=60, **kw)


def mode(path):
	return stat.S_IMODE(os.lstat(path).st_mode)


def read(path):
	with open(path) as f:
		return f.read()


def check_config(t, tmp):
	conf = os.path.join(tmp, "check.conf")
	with open(conf, "w") as f:
		f.write(CONF)
	os.chmod(conf, 0o600)
	ov = "resotoworker.files_in_home_dir=" + json.dumps({"~/.kube/config": S2})
	p = run([os.environ["RESOTOWORKER"], "--config", conf, "--override", ov, "--check-config"])
	t.ok(p.returncode == 0, "--check-config exits 0: %s" % p.stderr)
	out = p.stdout + p.stderr
	for s in (S1, S2):
		t.ok(s not in out, "--check-config does not show %s" % s)
	t.ok('content = "***"' in out and '".kube/config":"***"' in out.replace("~/", ""),
		"the contents are shown as ***:\n%s" % out)
	t.ok('path = ".aws/config"' in out, "the paths are shown")
	# a URI with user information: shown as ***, whether it is taken (0)
	# or refused as a usage error (2)
	p = run([os.environ["RESOTOWORKER"], "--check-config", "--resotocore-uri",
		"https://alice:%s@core.example:8900" % PW])
	out = p.stdout + p.stderr
	t.ok(p.returncode in (0, 2) and PW not in out and "https://***@core.example:8900" in out,
		"the URI's user information is ***: %s %s" % (p.returncode, out[-500:]))
	os.chmod(conf, 0o644)
	p = run([os.environ["RESOTOWORKER"], "--config", conf, "--check-config"])
	t.ok(p.returncode == 1 and "holds secrets (key resotoworker.write_files_to_home_dir)" in p.stderr
		and "chmod 600" in p.stderr, "a 0644 file holding them is refused: %s %s" % (p.returncode, p.stderr))
	t.ok(S1 not in p.stderr, "the refusal does not show the content")


def bad_uri(t):
	for uri in ("http://127.0.0.1:9/\r\nINJECTED line", "http://127.0.0.1:9/\nINJECTED", "http://a\x7f/"):
		p = run([os.environ["RESOTOWORKER"], "--resotocore-uri", uri, "--check-config"])
		t.ok(p.returncode == 2, "a URI with control characters is a usage error (%r): %s" % (uri, p.returncode))
		t.ok("control character" in p.stderr, "the error names the control character: %s" % p.stderr)
		t.ok(not any(l.startswith("INJECTED") for l in (p.stdout + p.stderr).splitlines()),
			"no injected line")


def files(t, tmp):
	home = os.path.join(tmp, "home")
	os.makedirs(home)
	os.makedirs(os.path.join(tmp, "elsewhere"))
	os.symlink(os.path.join(tmp, "elsewhere"), os.path.join(home, "link"))
	os.environ["HOME"] = home
	with DevCore(psk="harden-psk") as core:
		w = Worker(tmp, core.url, psk="harden-psk", config=CONF).start()
		try:
			w.wait_log(r"write_files_to_home_dir item 1: .*: wrote", timeout=30)
			f = os.path.join(home, ".aws", "config")
			t.ok(os.path.exists(f) and read(f) == S1 + "\n", "the file is written below $HOME")
			t.ok(os.path.exists(f) and mode(f) == 0o600, "mode 0600")
			t.ok(mode(os.path.join(home, ".aws")) == 0o700, "its directory: mode 0700")
			t.ok(not os.path.exists(os.path.join(tmp, "outside")), "../outside is not written")
			t.ok(not os.path.exists("/etc/rw-harden-a-test"), "/etc/... is not written")
			t.ok(not os.listdir(os.path.join(tmp, "elsewhere")), "nothing written through a symbolic link")
			for i, p in ((2, "../outside"), (3, "/etc/rw-harden-a-test"), (4, "link/f")):
				t.ok(w.lines(r"write_files_to_home_dir item %d: %s: .*; not written" % (i, re.escape(p))),
					"%s is refused in the log" % p)
			t.ok(w.lines(r"write_files_to_home_dir item 1: \.aws/config: wrote .*/home/\.aws/config "),
				"the written file is named in the log (a path is no secret)")
			w.wait_log(r"waiting for work", timeout=30)
			coretest.wait_connected(core)

			# the core's configuration changes them: written at once
			doc = core.get_config(SID)["config"]
			doc["resotoworker"]["files_in_home_dir"] = {"~/.kube/config": S3, "new/file": S4}
			core.set_config(SID, doc)
			k = os.path.join(home, ".kube", "config")
			# one line per file, in no promised order: wait for both
			w.wait_log(r"files_in_home_dir: new/file: wrote", timeout=30)
			w.wait_log(r"files_in_home_dir: ~/\.kube/config: wrote", timeout=30)
			t.ok(read(k) == S3 and mode(k) == 0o600, "the core's file is written, mode 0600")
			n = os.path.join(home, "new", "file")
			t.ok(read(n) == S4 and mode(n) == 0o600, "a second one too")
			doc["resotoworker"]["files_in_home_dir"] = {"~/.kube/config": S2}
			core.set_config(SID, doc)
			coretest.wait_until(lambda: read(k) == S2, 30, "the changed file")
			t.ok(mode(k) == 0o600, "rewritten with mode 0600")
			changed = w.lines(r"files_in_home_dir changed")
			t.ok(changed and all("(secret)" in l for l in changed), "the change is logged as (secret): %s" % changed)
			t.ok(not w.lines(r"takes a restart"), "no restart needed")
		finally:
			rc = w.stop()
		t.ok(rc == 0, "exit status 0 (got %s)" % rc)
		log = w.log()
		for s in (S1, S2, S3, S4, "x-outside-x", "x-link-x"):
			t.ok(s not in log, "%s is in no log line" % s)


def userinfo(t, tmp):
	with DevCore() as core:
		uri = core.url.replace("://", "://alice:%s@" % PW)
		w = Worker(tmp, uri, name="userinfo").start()
		try:
			coretest.wait_until(lambda: not w.alive() or w.lines(r"waiting for work") and
				len(core.log("request")) > 0, 30, "the worker's start")
		finally:
			w.stop()
		log = w.log()
		t.ok(PW not in log, "the URI's password is in no log line:\n%s" % log[-2000:])
		t.ok("://***@127.0.0.1" in log, "the URI is logged with *** for its user information")


def main():
	t = Checks("harden_secrets")
	tmp = coretest.tmpdir("harden-secrets")
	check_config(t, tmp)
	bad_uri(t)
	files(t, tmp)
	userinfo(t, tmp)
	return t.done()


if __name__ == "__main__":
	coretest.main(main)

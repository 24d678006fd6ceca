"""TLS towards the core (core-protocol.md section 3):
- no --ca-cert: the CA comes from GET /ca/cert (unverified, no token sent),
  checked with the PSK-signed fingerprint, then everything verifies
  against it and the worker connects;
- the CA download is refused when the core's token is missing, signed with
  another PSK or names another fingerprint: a clear error, no further
  request, the worker keeps trying;
- a core whose certificate does not verify (--ca-cert of another CA) is
  refused, with a log line naming the certificate problem;
- --no-verify-certs connects anyway and says so.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402
from coretest import Checks, DevCore, Worker, make_tls  # noqa: E402

PSK = "tls-psk-0d41"


def protected(core):
	"""Requests past the trust bootstrap (anything but readiness and /ca/cert)."""
	return [e for e in core.log("request") if e["path"] not in ("/system/ready", "/ca/cert")]


def refused_ca(t, core, tmp, mode, want):
	core.reset("all")
	core.ca_token(mode)
	w = Worker(tmp, core.url, psk=PSK, name="ca-" + mode).start()
	try:
		lines = w.wait_log(want, timeout=30)
		core.wait("request", path="/ca/cert", count=2, timeout=30)
		t.ok(len(w.lines(want)) == 1, "%s: the refusal is logged once per outage: %s" % (mode, lines))
		t.ok("ERROR" in lines[0] and "refusing" in lines[0], "%s: an error refusing the CA: %s" % (mode, lines[0]))
		t.ok(not protected(core), "%s: nothing but /ca/cert and readiness was requested: %s"
			% (mode, [e["path"] for e in protected(core)]))
		t.ok(w.alive(), "%s: the worker keeps running and retrying" % mode)
	finally:
		w.stop()


def main():
	t = Checks("core_tls")
	tmp = coretest.tmpdir("core-tls")
	tls = make_tls(os.path.join(tmp, "tls"))
	other = make_tls(os.path.join(tmp, "other"))
	with DevCore(psk=PSK, tls=tls) as core:
		# the CA from the core, verified with the PSK
		w = Worker(tmp, core.url, psk=PSK, name="download").start()
		try:
			coretest.wait_connected(core)
			ca = core.log("request", path="/ca/cert")
			t.ok(len(ca) == 1 and ca[0]["status"] == 200, "GET /ca/cert once")
			t.ok(ca and "Authorization" not in ca[0]["headers"], "no token on GET /ca/cert")
			w.wait_log(r"CA certificate verified with the PSK")
			act = core.send_action("cleanup")
			core.wait("action_done", task=act["task"], timeout=30)
		finally:
			t.ok(w.stop() == 0, "download: exits 0")

		refused_ca(t, core, tmp, "wrong_fingerprint", r"MITM attack\?")
		refused_ca(t, core, tmp, "wrong_psk", r"does not verify with our PSK")
		refused_ca(t, core, tmp, "none", r"without an Authorization header")
		core.ca_token("valid")

		# a core whose certificate our CA did not sign
		core.reset("all")
		w = Worker(tmp, core.url, psk=PSK, ca_cert=other["ca_cert"], name="otherca").start()
		try:
			lines = w.wait_log(r"certificate", timeout=30)
			t.ok(len(lines) == 1 and "ERROR" in lines[0], "one error naming the certificate: %s" % lines)
			t.ok(not protected(core), "the core saw no request past readiness: %s"
				% [e["path"] for e in protected(core)])
			t.ok(not core.log("connect"), "no websocket opened")
			t.ok(w.alive(), "the worker keeps running")
		finally:
			w.stop()

		# the same with --no-verify-certs: connects, with a warning
		core.reset("all")
		w = Worker(tmp, core.url, psk=PSK, ca_cert=other["ca_cert"], args=["--no-verify-certs"],
			name="noverify").start()
		try:
			coretest.wait_connected(core)
			t.ok(len(w.lines(r"WARN .*--no-verify-certs.*NOT verified")) == 1, "one warning about --no-verify-certs")
		finally:
			w.stop()
	return t.done()


if __name__ == "__main__":
	coretest.main(main)

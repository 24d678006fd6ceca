#!/usr/bin/env python3
"""Mutual TLS against the development core (devcore --client-ca): a core,
or a TLS proxy in front of it, that requires a client certificate.

- with --cert/--cert-key the worker presents its certificate on every
  REST call and on all three websockets, and works (an action is answered);
- the same with an encrypted key and --cert-key-pass;
- without a certificate the handshake is refused: the worker logs what it
  saw (the core not reachable, and why), opens no websocket, and keeps
  running (retrying).
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402
from coretest import Checks, DevCore, Worker, make_tls  # noqa: E402
from control import make_client_cert  # noqa: E402

PSK = "mtls-test-psk"


def with_cert(t, core, tmp, name, client, extra=()):
	core.reset("all")
	w = Worker(tmp, core.url, psk=PSK, ca_cert=core.tls["ca_cert"], name=name,
		args=["--cert", client["cert"], "--cert-key", client["key"]] + list(extra)).start()
	try:
		coretest.wait_connected(core)
		act = core.send_action("cleanup")
		core.wait("action_done", task=act["task"], timeout=30)
		reqs = core.log("request")
		upgrades = [e for e in reqs if e.get("status") == 101]
		t.ok(len(upgrades) == 3, "%s: three websockets opened: %d" % (name, len(upgrades)))
		cns = sorted(set(str(e.get("client_cert")) for e in reqs))
		t.ok(cns == ["worker-" + name], "%s: every request and upgrade presented the certificate: %s"
			% (name, cns))
	finally:
		t.ok(w.stop() == 0, "%s: exits 0" % name)


def main():
	t = Checks("core_mtls")
	tmp = coretest.tmpdir("core-mtls")
	tls = make_tls(os.path.join(tmp, "tls"))
	plain = make_client_cert(tls, os.path.join(tmp, "client"), "worker-plain")
	secret = make_client_cert(tls, os.path.join(tmp, "client"), "worker-encrypted", passphrase="key-pass-1")
	with DevCore(psk=PSK, tls=tls, client_ca=tls["ca_cert"]) as core:
		with_cert(t, core, tmp, "plain", plain)
		with_cert(t, core, tmp, "encrypted", secret, extra=["--cert-key-pass", "key-pass-1"])

		# no client certificate: refused in the handshake, reported, retried
		core.reset("all")
		w = Worker(tmp, core.url, psk=PSK, ca_cert=tls["ca_cert"], name="nocert").start()
		try:
			# TLS 1.3: the server refuses after the client's side of the
			# handshake is done, and Python's ssl resets the connection:
			# all a client can tell is what it saw
			lines = w.wait_log(r"(WARN|ERROR) .*core: https://\S+ is not reachable: GET \S+/system/ready: \S",
				timeout=30)
			t.ok(len(lines) >= 1, "a warning says why the core cannot be reached: %s" % lines[:1])
			time.sleep(2)
			t.ok(not core.log("connect"), "no websocket opened")
			t.ok(not [e for e in core.log("request") if e.get("status")],
				"no request got through: %s" % [e["path"] for e in core.log("request")])
			t.ok(w.alive(), "the worker keeps running")
		finally:
			w.stop()
	return t.done()


if __name__ == "__main__":
	coretest.main(main)

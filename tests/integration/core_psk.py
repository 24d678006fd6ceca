"""A wrong PSK (core-protocol.md 2.3): the core answers 401; the worker logs
ONE clear line naming the 401 for the outage (not one per try) and keeps
retrying with a growing backoff. A worker without any PSK against a core
that has one gets a line saying so.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402
from coretest import Checks, DevCore, Worker, make_tls  # noqa: E402


def denied(core):
	"""The protected requests the core refused with 401, oldest first."""
	return [e for e in core.log("request") if e["status"] == 401]


def main():
	t = Checks("core_psk")
	tmp = coretest.tmpdir("core-psk")
	tls = make_tls(os.path.join(tmp, "tls"))
	with DevCore(psk="the-right-psk", tls=tls) as core:
		w = Worker(tmp, core.url, psk="a-wrong-psk", ca_cert=tls["ca_cert"]).start()
		try:
			# 1 + 2 + 4 s of backoff: four tries
			core.wait("request", status="401", count=4, timeout=60)
			tries = denied(core)
			t.ok(all(e.get("auth", {}).get("state") == "invalid" for e in tries),
				"the core refused our token: %s" % [e.get("auth") for e in tries])
			lines = w.lines(r"HTTP 401")
			t.ok(len(lines) == 1, "one log line names the 401:\n%s" % "\n".join(lines))
			t.ok(lines and "ERROR" in lines[0] and "psk" in lines[0].lower() and "retrying" in lines[0],
				"it is an error naming the PSK and saying the worker retries: %s" % lines)
			gaps = [b["t"] - a["t"] for a, b in zip(tries, tries[1:])]
			t.ok(gaps[2] > gaps[0], "the backoff grows: gaps %s" % gaps)
			t.ok(w.alive(), "the worker keeps running")
			t.ok(not core.log("connect"), "no websocket was opened with a wrong PSK")
		finally:
			rc = w.stop()
		t.ok(rc == 0, "the worker exits 0 on SIGTERM while retrying (got %s)" % rc)

		core.reset("all")
		w = Worker(tmp, core.url, ca_cert=tls["ca_cert"], name="nopsk").start()
		try:
			core.wait("request", status="401", count=2, timeout=60)
			lines = w.lines(r"HTTP 401")
			t.ok(len(lines) == 1 and "requires a PSK" in lines[0],
				"without --psk: one line saying the core needs one:\n%s" % "\n".join(lines))
		finally:
			w.stop()
	return t.done()


if __name__ == "__main__":
	coretest.main(main)

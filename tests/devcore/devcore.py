#!/usr/bin/env python3
"""devcore: a development double of Resoto Core 3.6.5 for worker tests.

Serves what the worker uses (readiness, CA, subscriptions and the action
websocket, the task queue, events, graph/model/merge, cleanup search and
patch, configs) on one port, and a control API for tests on another port.
See README.md in this directory for the control API.
"""
import argparse
import asyncio
import os
import signal
import ssl
import sys
import tempfile

sys.dont_write_bytecode = True    # the source tree may be read-only

try:
	from aiohttp import web
except ImportError:
	sys.exit("devcore: python3-aiohttp is required (%s cannot import aiohttp)" % sys.executable)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from app import Core            # noqa: E402
from controlapi import Control  # noqa: E402
from state import State         # noqa: E402


def parse_args(argv):
	p = argparse.ArgumentParser(prog="devcore.py", description="Development Resoto Core 3.6.5 for worker tests. "
		"Prints 'CONTROL <port>' then 'PORT <port>' on stdout once both listeners are up.")
	p.add_argument("--host", default="127.0.0.1", help="address of both listeners (default 127.0.0.1)")
	p.add_argument("--port", type=int, default=0, help="core port; 0 picks a free one (default 0)")
	p.add_argument("--control-port", type=int, default=0, help="control API port; 0 picks a free one (default 0)")
	p.add_argument("--port-file", help="write '<core port>\\n<control port>\\n' to this file once listening")
	p.add_argument("--data-dir", help="directory for large recorded bodies (default: a new temp dir)")
	p.add_argument("--psk", help="pre-shared key: verify a PSK JWT on every protected request")
	p.add_argument("--tls-cert", help="serve HTTPS/WSS with this certificate (PEM, may hold the chain)")
	p.add_argument("--tls-key", help="private key of --tls-cert")
	p.add_argument("--ca-cert", help="CA certificate served on GET /ca/cert (default: first cert of --tls-cert)")
	p.add_argument("--client-ca", help="mutual TLS: require a client certificate signed by this CA (PEM); "
		"the log names its CN in client_cert")
	p.add_argument("--ca-key", help="CA key: enables POST /ca/sign (openssl); without it /ca/sign answers 501")
	p.add_argument("--web-path", default="/", help="path prefix of every core route (default /)")
	p.add_argument("--heartbeat", type=float, default=20.0, help="websocket ping interval in s, 0 = none (default 20)")
	p.add_argument("--max-request-size", type=int, default=5 * 1024 * 1024,
		help="JSON body limit in bytes (default 5 MiB, as api.max_request_size)")
	p.add_argument("--lenient", action="store_true",
		help="refuse only what the real core refuses (default: strict, also refuse what the reference "
		"worker never sends)")
	p.add_argument("--not-ready-for", type=float, default=0, help="answer 503 on /system/ready for N seconds")
	p.add_argument("--verbose", "-v", action="store_true", help="print every request on stderr")
	opts = p.parse_args(argv)
	if bool(opts.tls_cert) != bool(opts.tls_key):
		p.error("--tls-cert and --tls-key go together")
	if opts.client_ca and not opts.tls_cert:
		p.error("--client-ca needs --tls-cert")
	if opts.ca_key and not opts.ca_cert:
		p.error("--ca-key needs --ca-cert")
	if not opts.web_path.startswith("/"):
		p.error("--web-path must start with /")
	if not opts.data_dir:
		opts.data_dir = tempfile.mkdtemp(prefix="devcore.")
	os.makedirs(opts.data_dir, exist_ok=True)
	return opts


def describe(e):
	"""One line per log entry for --verbose."""
	parts = ["devcore: #%d %s" % (e["seq"], e["type"])]
	if e["type"] == "http":
		parts.append("%s %s%s -> %s" % (e["method"], e["path"], "?" + e["query_string"] if e["query_string"] else "",
			e.get("status")))
		a = e.get("auth", {})
		if a.get("state") not in (None, "off", "valid", "not_required"):
			parts.append("auth %s %s" % (a["state"], a.get("reason", "")))
		m = e.get("merge")
		if m:
			parts.append("merge %s (%d nodes, %d edges)%s" % ("valid" if m["valid"] else "INVALID", m["nodes"],
				m["edges"], ": " + m["errors"][0]["message"] if m["errors"] else ""))
		if e.get("status", 0) >= 400 and e.get("response"):
			parts.append(repr(e["response"][:200]))
	else:
		parts.append("%s %s%s" % (e.get("ws", ""), e.get("kind", ""), " " + e["subscriber"] if e.get("subscriber") else ""))
		if "text" in e:
			parts.append(e["text"].strip()[:300])
		if e.get("error"):
			parts.append("REFUSED (%s): %s" % (e.get("rule"), e["error"]))
		if e["type"] == "ws_close":
			parts.append("by %s code %s %s" % (e.get("by"), e.get("code"), e.get("reason") or ""))
	return " ".join(parts)


async def serve(opts):
	import time
	state = State(opts)
	state.ready_until = time.time() + opts.not_ready_for
	core = Core(state, opts)
	ctx = None
	if opts.tls_cert:
		ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
		ctx.load_cert_chain(opts.tls_cert, opts.tls_key)
		if opts.client_ca:
			ctx.verify_mode = ssl.CERT_REQUIRED
			ctx.load_verify_locations(cafile=opts.client_ca)
	await core.start(opts.host, opts.port, ctx)
	stop = asyncio.Event()
	control = Control(core, stop)
	crunner = web.AppRunner(control.app, handle_signals=False, access_log=None)
	await crunner.setup()
	site = web.TCPSite(crunner, opts.host, opts.control_port, reuse_address=True)
	await site.start()
	cport = site._server.sockets[0].getsockname()[1]
	loop = asyncio.get_event_loop()
	for sig in (signal.SIGTERM, signal.SIGINT):
		loop.add_signal_handler(sig, stop.set)
	if opts.verbose:
		add = state.log.add
		state.log.add = lambda e: (add(e), print(describe(e), file=sys.stderr, flush=True))[0]
	if opts.port_file:
		tmp = opts.port_file + ".tmp"
		with open(tmp, "w") as f:
			f.write("%d\n%d\n" % (core.port, cport))
		os.rename(tmp, opts.port_file)
	print("CONTROL %d" % cport, flush=True)
	print("PORT %d" % core.port, flush=True)
	print("devcore: core on %s://%s:%d%s, control on http://%s:%d/_test/, data in %s, %s%s"
		% ("https" if ctx else "http", opts.host, core.port, opts.web_path.rstrip("/"), opts.host, cport,
		opts.data_dir, "lenient" if opts.lenient else "strict", ", PSK" if opts.psk else ""),
		file=sys.stderr, flush=True)
	await stop.wait()
	await core.stop_listening()
	core.abort_all()
	await crunner.cleanup()
	await core.runner.cleanup()


def main(argv=None):
	opts = parse_args(sys.argv[1:] if argv is None else argv)
	asyncio.run(serve(opts))
	return 0


if __name__ == "__main__":
	sys.exit(main())

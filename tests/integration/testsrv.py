"""Shared by the unit tests' helper servers (http_server.py, ws_server.py;
not a test by itself): an interpreter with aiohttp, listening sockets on
free loopback ports, server TLS contexts, and the servers' life: print one
"PORTS ..." line, serve until stdin is closed or SIGTERM.
"""
import asyncio
import logging
import os
import signal
import socket
import ssl
import sys


def need_aiohttp(prog):
    """Re-run under Debian's python3 when this one lacks aiohttp (it is the
    python3-aiohttp package); exit 3 when there is none. Quiets aiohttp's
    server log."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != \
                os.path.realpath("/usr/bin/python3"):
            os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
        sys.stderr.write("%s: python3-aiohttp is missing for %s\n" % (prog, sys.executable))
        sys.exit(3)
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)


def listener(host="127.0.0.1"):
    """A listening TCP socket on a free port of host."""
    fam = socket.AF_INET6 if ":" in host else socket.AF_INET
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((host, 0))
    s.listen(64)
    return s


def tls_ctx(certs, name, client_ca=None):
    """Server context with certs/<name>.pem and .key; with client_ca (a file
    in certs), client certificates are asked for (optional) and verified."""
    c = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    c.load_cert_chain(os.path.join(certs, name + ".pem"), os.path.join(certs, name + ".key"))
    if client_ca:
        c.load_verify_locations(os.path.join(certs, client_ca))
        c.verify_mode = ssl.CERT_OPTIONAL
    return c


async def serve(ports):
    """Print "PORTS <p>..." and return once stdin is closed or on SIGTERM."""
    print("PORTS " + " ".join(str(p) for p in ports), flush=True)
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, done.set)
    loop.add_reader(sys.stdin.fileno(), lambda: os.read(sys.stdin.fileno(), 4096) or done.set())
    await done.wait()


async def serve_app(app, certs=None):
    """Serve an aiohttp app on a free loopback port (https with
    certs/server.pem when certs is given) until serve() returns."""
    from aiohttp import web
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = listener()
    ssl_ctx = tls_ctx(certs, "server") if certs else None
    await web.SockSite(runner, sock, ssl_context=ssl_ctx).start()
    await serve([sock.getsockname()[1]])
    await runner.cleanup()

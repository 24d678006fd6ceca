"""A collector child driven over its socketpair as the supervisor drives it
(src/protocol/frame.h), for the tests that send it CLEANUP and TAG_* frames
directly (aws_mutate.py, gcp_mutate.py). Not a test by itself."""
import json
import os
import socket
import struct
import subprocess

import collect_lib as L
from collect_lib import check

# frame types, src/protocol/frame.h
ACCOUNT, CLEANUP, TAG_UPDATE, TAG_DELETE, STOP = 1, 4, 5, 6, 7
INFO, FAILED, RESULT = 11, 13, 14
HDR = struct.Struct(">IIII")


class Child:
    """The collector child on a socketpair, as the supervisor runs it."""

    def __init__(self, env):
        self.sock, theirs = socket.socketpair()
        fd = theirs.fileno()

        def on_fd3():
            os.dup2(fd, 3)
        self.p = subprocess.Popen([L.WORKER, "--collector-child", "--log-level=3"], pass_fds=(fd, 3),
                                  preexec_fn=on_fd3, env=env)
        theirs.close()

    def send(self, ftype, payload):
        data = json.dumps(payload).encode() if payload is not None else b""
        self.sock.sendall(HDR.pack(ftype, 0, 1, len(data)) + data)

    def recv(self):
        def exactly(n):
            b = b""
            while len(b) < n:
                chunk = self.sock.recv(n - len(b))
                if not chunk:
                    raise EOFError("the child closed its socket")
                b += chunk
            return b
        t, _, _, n = HDR.unpack(exactly(HDR.size))
        return t, json.loads(exactly(n)) if n else None

    def result(self, ftype, payload):
        self.send(ftype, payload)
        while True:
            t, js = self.recv()
            if t == RESULT:
                return js
            check(t == INFO, "only INFO before RESULT, got frame %d" % t)

    def stop(self):
        self.send(STOP, None)
        rc = self.p.wait(timeout=30)
        self.sock.close()
        return rc

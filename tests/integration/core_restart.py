"""A core restart loses nothing (core-protocol.md 4.1, 4.2, 4.4): the worker
reconnects all three websockets with backoff, registers again before the
action websocket, answers the action that became pending while it was
away, re-sends the stored reply when the core sends an action it already
finished (instead of running it again), logs one line for the outage and
one when it is connected again. Over TLS with a PSK.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402

PSK = "restart-psk-71c2"


def main():
	t, _ = coretest.session("core_restart", PSK, run)
	return t.done()


def run(t, core, w, tmp):
	asid = "resoto.worker-collector"
	first = core.send_action("cleanup")
	core.wait("action_done", task=first["task"], timeout=30)

	# the core goes away for 3 s; an action starts meanwhile
	core.restart(down=3)
	core.wait(type="listening", timeout=30)
	pending = core.send_action("cleanup")
	t.ok(pending["sent_to"] == [] and pending["waiting_for"] == [asid],
		"the action is pending for the worker while it is away: %s" % pending)

	# all three come back; A only after registering again
	opens = core.wait("connect", kind="handle", count=2, timeout=60)
	core.wait("connect", kind="queue", count=2, timeout=60)
	core.wait("connect", kind="events", count=2, timeout=60)
	restart = core.log(type="restart")[0]["seq"]
	regs = [e for e in core.log("request", method="POST") if e["seq"] > restart and
		e["path"].startswith("/subscriber/%s/" % asid) and e["status"] == 200]
	t.ok(len(regs) >= 2 and regs[-1]["seq"] < opens[1]["seq"],
		"registered again (collect, cleanup) before reconnecting A")

	# the pending action is delivered on connect and answered
	done = core.wait("action_done", task=pending["task"], timeout=30)
	t.ok(json.loads(done[0]["text"])["data"] == {"task": pending["task"], "step": "cleanup"},
		"the pending action (sent with task and step only) is answered with its data")

	# one line for the outage, one when connected again
	w.wait_log(r"core: connected again after \d+ s")
	outage = w.lines(r"retrying with backoff")
	t.ok(len(outage) == 1, "one log line for the outage, not one per try:\n" + "\n".join(outage))
	t.ok(len(w.lines(r"connected again")) == 1, "one 'connected again' line")

	# the core sends an action the worker already finished: the stored reply
	# goes out again, the action does not run twice
	core.send_action("cleanup", task=first["task"], step="cleanup")
	replies = core.wait("action_done", task=first["task"], count=2, timeout=30)
	t.ok(len(replies) == 2, "the finished action is answered again")
	w.wait_log(r"already finished; sending its reply again")
	t.ok(len(w.lines(r"cleanup requested by the core but disabled")) == 2,
		"the dispatcher ran twice (first and pending), not for the repeat")

	# A alone is dropped: it alone reconnects, after registering again
	n_regs = len(core.log("request", method="POST"))
	core.drop("handle", code=1011, reason="test drop")
	core.wait("connect", kind="handle", count=3, timeout=60)
	t.ok(len(core.log("request", method="POST")) >= n_regs + 2, "registered again after A was dropped")
	t.ok(len(core.log("connect", kind="queue")) == 2, "B stayed connected")
	late = core.send_action("cleanup")
	core.wait("action_done", task=late["task"], timeout=30)

	bad = [e for e in core.log(type="ws_in") if not e.get("valid", True)]
	t.ok(not bad, "every worker frame is valid: %s" % bad)
	t.ok(w.alive(), "the worker is still running")
	coretest.check_oracle(t, core, tmp)


if __name__ == "__main__":
	coretest.main(main)

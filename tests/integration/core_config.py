"""Configuration held by the core (core-protocol.md section 8): the worker's
own PUT raises no reload; a config-updated event for S with a new revision
makes it GET the document and apply it: a new subscription timeout is
registered, a changed collector list reconnects /work/queue with the new
handler list, $(NAME) placeholders are resolved from the worker's
environment (an unset one drops the value: the default applies); an event
for another config id is ignored; after a lost events websocket the worker
loads the configuration again (a change made meanwhile is not missed).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402

SID = "resoto.worker"


def gets(core):
	return [e for e in core.log("request", method="GET") if e["path"] == "/config/" + SID]


def main():
	os.environ["RW_T_GRAPH"] = "graphfromenv"
	os.environ.pop("RW_T_UNSET", None)
	t, _ = coretest.session("core_config", "config-psk", run, tls=False)
	return t.done()


def run(t, core, w, tmp):
	t.ok(len(gets(core)) == 1, "one GET at start; our own PUT's event causes no reload")
	stored = core.get_config(SID)["config"]

	# an event for another id: ignored
	core.emit_event("config-updated", {"id": "resoto.core", "revision": "x"})
	# the core's document changes
	doc = json.loads(json.dumps(stored))
	doc["resotoworker"]["timeout"] = 600
	doc["resotoworker"]["collector"] = ["example", "random"]
	doc["resotoworker"]["graph"] = "$(RW_T_GRAPH)"
	doc["resotoworker"]["tempdir"] = "/tmp/$(RW_T_UNSET)"
	res = core.set_config(SID, doc)
	t.ok(res["event_sent_to"], "the devcore announced the change")
	w.wait_log(r"resotoworker.timeout changed: 10800 -> 600", timeout=30)
	t.ok(len(gets(core)) == 2, "exactly one more GET (the other id was ignored): %d" % len(gets(core)))
	t.ok(w.lines(r'resotoworker.graph changed: "resoto" -> "graphfromenv"'), "$(RW_T_GRAPH) resolved")
	t.ok(w.lines(r"RW_T_UNSET is not set; dropping resotoworker.tempdir"), "unset variable: value dropped, named")
	t.ok(not w.lines(r"resotoworker.tempdir changed"), "tempdir keeps its default")

	# new timeout registered; new handler list on a new /work/queue connection
	regs = core.wait("request", method="POST", path="/subscriber/%s-collector/collect" % SID, count=2, timeout=30)
	t.ok(regs[-1]["query"]["timeout"] == "600", "the collect subscription now has timeout 600: %s" % regs[-1]["query"])
	core.wait("request", method="POST", path="/subscriber/%s-collector/cleanup" % SID, count=2, timeout=30)
	subs = core.subscribers()["%s-collector" % SID]["subscriptions"]
	t.ok(subs["collect"]["timeout"] == 600 and subs["cleanup"]["timeout"] == 600, "the core has it: %s" % subs)
	core.wait("connect", kind="queue", count=2, timeout=30)
	lists = [json.loads(e["text"]) for e in core.log(type="ws_in", kind="queue") if e.get("handlers")]
	t.ok(len(lists) == 2 and [h["filter"]["cloud"] for h in lists[1]] == [["example"], ["random"]],
		"the new handler list offers tag for example and random: %s" % lists[-1:])
	t.ok(len(core.log("connect", kind="handle")) == 1, "A was not reconnected for it")

	# a change while the events websocket is down is picked up on reconnect
	core.drop("events")
	doc["resotoworker"]["pool_size"] = 2
	core.set_config(SID, doc, emit=False)
	core.wait("connect", kind="events", count=2, timeout=60)
	w.wait_log(r"resotoworker.pool_size changed: 5 -> 2", timeout=30)

	bad = [e for e in core.log(type="ws_in") if not e.get("valid", True)]
	t.ok(not bad, "every worker frame is valid: %s" % bad)


if __name__ == "__main__":
	coretest.main(main)

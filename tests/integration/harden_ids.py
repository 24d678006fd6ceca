"""Task and step ids the worker cannot use (issue 9, item 11).

An action whose task or step id is empty, holds a NUL, a control character
or a lone surrogate (which json-c turns into U+FFFD, so the id could not be
echoed), or is longer than 256 bytes is not run: it is answered with
exactly one action_error naming what is wrong (data echoed), no graph is
created or merged for it and no progress is sent; no log line is split by
it. A 100 KB id is answered the same way, and a collect with a normal id
afterwards delivers its graph. A /work/queue task with such an id gets one
error result.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402

BAD = [
	("", "collect", "task id is empty"),
	("ok-task-1", "", "step id is empty"),
	("a\x00b", "collect", "task id contains a NUL byte"),
	("x\udc00y", "collect", "task id contains U+FFFD"),
	("line1\nINJECTED line", "collect", "task id contains the control character U+000A"),
	("c1\u0085c1", "collect", "task id contains the control character U+0085"),
	("T" * 100000, "collect", "task id is 100000 bytes long (at most 256)"),
]


def replies(core):
	return [e["json"] for e in core.log("action_reply")]


def main():
	t, _ = coretest.session("harden_ids", "ids-psk", run, tls=False)
	return t.done()


def run(t, core, w, tmp):
	for task, step, why in BAD:
		before = len(replies(core))
		core.send_action("collect", task=task, step=step)
		coretest.wait_until(lambda: len(replies(core)) > before, 30, "the reply to %r" % task[:20])
		time.sleep(0.3)
		got = replies(core)[before:]
		t.ok(len(got) == 1, "one reply for %r: %d" % (task[:20], len(got)))
		r = got[0]
		t.ok(r["kind"] == "action_error", "an action_error for %r: %s" % (task[:20], r["kind"]))
		t.ok(why in r["data"].get("error", ""), "the error says %r: %s" % (why, r["data"].get("error", "")[:200]))
		if "\udc00" not in task:
			t.ok(r["data"]["task"] == task and r["data"]["step"] == step, "the data is echoed for %r" % task[:20])
	t.ok(not core.merges(), "no graph was merged for an unusable id")
	t.ok(not [e for e in core.log("request", method="POST") if e["path"].startswith("/graph/")],
		"no graph was created for an unusable id")
	t.ok(not core.log("progress"), "no progress for an unusable id")
	t.ok(not [l for l in w.log().splitlines() if l.startswith("INJECTED")], "no log line was injected")

	# a normal collect afterwards delivers its graph
	act = core.send_action("collect")
	r = core.wait("action_reply", task=act["task"], timeout=60)[-1]["json"]
	t.ok(r["kind"] == "action_done", "a normal collect is done: %s" % r)
	# the devcore records a merge once it has read the body, which may
	# be after the reply on a loaded machine
	coretest.wait_until(lambda: [m for m in core.merges() if m.get("task_id") == act["task"]], 30,
		"the graph of %s merged" % act["task"])
	t.ok(True, "and its graph merged")

	# a /work/queue task with an unusable id: one error result
	before = len(core.log("task_result"))
	core.send_task("tag", task_id="bad\nid", data={"node": {}}, attrs={"cloud": "example", "account": "Example Account"})
	coretest.wait_until(lambda: len(core.log("task_result")) > before, 30, "the task result")
	time.sleep(0.3)
	res = [json.loads(e["text"]) for e in core.log("task_result")[before:] if "text" in e]
	t.ok(len(res) == 1 and res[0].get("task_id") == "bad\nid" and res[0].get("result") == "error"
		and "control character" in res[0].get("error", ""), "one error result for the task: %s" % res)
	bad = [e for e in core.log(type="ws_in") if not e.get("valid", True)]
	t.ok(not bad, "every worker frame is valid: %s" % bad)


if __name__ == "__main__":
	coretest.main(main)

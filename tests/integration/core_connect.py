"""The worker's session with the core, over TLS with a PSK (core-protocol.md
sections 1.3, 2, 4, 5, 8): readiness, configuration (GET with the four
flags, PATCH /configs/model, PUT /config/S), registration before the
action websocket, the handler list as first /work/queue frame, the events
websocket, a cleanup action answered (cleanup disabled: done at once, data
echoed), a tag task answered exactly once, every frame accepted by the
development core (strict) and, where it is set up, by the core oracle.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import coretest  # noqa: E402

PSK = "integration-psk-3f9a"


def main():
	t, w = coretest.session("core_connect", PSK, run)
	noise = [l for l in w.lines(r"ERROR|WARN ") if "tag is not supported yet" not in l]
	t.ok(not noise, "no warnings or errors in the worker log:\n" + "\n".join(noise))
	return t.done()


def http(core, method, path_re):
	import re
	return [e for e in core.log("request") if e["method"] == method and re.fullmatch(path_re, e["path"])]


def run(t, core, w, tmp):
	sid, asid = "resoto.worker", "resoto.worker-collector"
	reqs = core.log("request")
	t.ok(all(e.get("tls") for e in reqs), "every request came over TLS")
	for e in reqs:
		if e["path"] in ("/system/ready",):
			continue
		t.ok(e.get("auth", {}).get("state") == "valid", "%s %s carries a valid PSK token (%s)"
			% (e["method"], e["path"], e.get("auth")))
		t.ok("Origin" not in e["headers"], "no Origin header on %s" % e["path"])

	# readiness, then the configuration (8.1, 8.2)
	ready = http(core, "GET", "/system/ready")
	t.ok(ready and ready[0]["status"] == 200, "GET /system/ready answered 200")
	gets = http(core, "GET", "/config/" + sid)
	t.ok(len(gets) >= 1, "GET /config/%s" % sid)
	if gets:
		q = gets[0]["query"]
		t.ok(all(q.get(k) == "true" for k in ("separate_overrides", "apply_overrides", "resolve_env_vars",
			"include_raw_config")), "the four query flags of 8.1: %s" % q)
		t.ok(gets[0]["status"] == 404, "no config yet: 404")
	patch = http(core, "PATCH", "/configs/model")
	put = http(core, "PUT", "/config/" + sid)
	t.ok(len(patch) == 1 and patch[0]["status"] == 200, "PATCH /configs/model once, 200")
	t.ok(len(put) == 1 and put[0]["status"] == 200, "PUT /config/%s once, 200" % sid)
	if patch and put:
		t.ok(patch[0]["seq"] < put[0]["seq"], "the model before the config (pitfall 15)")
		t.ok(put[0]["headers"].get("Content-Type", "").startswith("application/json"), "PUT is JSON")
		doc = json.loads(put[0]["body"])
		t.ok(doc.get("resotoworker", {}).get("collector") == ["example"],
			"the stored config holds the local file's collector list: %s" % doc.get("resotoworker"))
		t.ok(doc["resotoworker"].get("timeout") == 10800, "and the defaults")
		stored = core.get_config(sid)
		t.ok(stored is not None, "the core holds config %s now" % sid)

	# registration before the action websocket (4.1)
	regs = http(core, "POST", "/subscriber/%s/(collect|cleanup)" % asid)
	opens = core.log("connect", kind="handle")
	t.ok(len(regs) >= 2 and len(opens) >= 1, "two registrations and a connect of A")
	if len(regs) >= 2 and opens:
		first = opens[0]["seq"]
		before = [e["path"].rsplit("/", 1)[1] for e in regs if e["seq"] < first]
		t.ok(sorted(before[-2:]) == ["cleanup", "collect"], "collect and cleanup registered before A: %s" % before)
		for e in regs:
			t.ok(e["query"] == {"timeout": "10800", "wait_for_completion": "True"},
				"registration query as the reference: %s" % e["query"])
			t.ok(e["status"] == 200, "registration answered 200")
	subs = core.subscribers()
	t.ok(sorted(subs.get(asid, {}).get("subscriptions", {})) == ["cleanup", "collect"],
		"the core knows %s for collect and cleanup: %s" % (asid, subs))

	# C: /events?show=config-updated (8.4)
	ev = http(core, "GET", "/events")
	t.ok(ev and ev[0]["query"] == {"show": "config-updated"}, "events websocket with show=config-updated")

	# B: handler list first (5.1)
	qin = [e for e in core.log(type="ws_in", kind="queue")]
	t.ok(qin and qin[0].get("handlers") and qin[0]["valid"], "first /work/queue frame is a valid handler list")
	if qin:
		hl = json.loads(qin[0]["text"])
		t.ok(hl == [{"name": "tag", "info": "already provided", "description": "already provided",
			"filter": {"cloud": ["example"], "account": ["Example Account"]}, "expect_node_result": True,
			"args_description": {},
			"allowed_on_kind": None}], "one tag handler for the configured collector: %s" % hl)

	# a cleanup action while resotoworker.cleanup is false: done at once (4.4)
	act = core.send_action("cleanup", data={"timing": {"cleanup": {"started_at": 1, "finished_at": 2}}})
	t.ok(act["sent_to"], "the cleanup action went out on A")
	done = core.wait("action_done", task=act["task"], timeout=30)
	reply = json.loads(done[0]["text"])
	t.ok(reply == {"kind": "action_done", "message_type": "cleanup", "data": act["frame"]["data"]},
		"action_done echoes the action's data unchanged: %s" % reply)
	w.wait_log(r"cleanup requested by the core but disabled")

	# a tag task: answered exactly once, with a result the core accepts
	task = core.send_task("tag", data={"update": {"owner": "alice"}, "node": {"id": "n1",
		"reported": {"id": "i-1", "kind": "example_instance", "tags": {}}}},
		attrs={"cloud": "example", "account": "Example Account"}, wait=20)
	t.ok(task["state"] in ("done", "error"), "the tag task was answered: %s" % task)
	results = [r for r in core.log("task_result") if isinstance(r.get("json"), dict)]
	t.ok(len([r for r in results if r.get("json", {}).get("task_id") == task["task_id"]]) == 1,
		"exactly one result for the task")

	# every frame the worker sent: valid for the (strict) devcore
	ins = core.log(type="ws_in")
	bad = [e for e in ins if not e.get("valid", True) or e.get("ignored")]
	t.ok(ins and not bad, "every worker frame is valid: %s" % bad)
	t.ok(all(e.get("matched", True) for e in core.log("action_reply")), "every reply matches an action")
	coretest.check_oracle(t, core, tmp)


if __name__ == "__main__":
	coretest.main(main)

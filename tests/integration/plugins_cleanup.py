#!/usr/bin/env python3
"""plugins_cleanup: a whole collect -> plan -> cleanup run with the
protector and cleanup_expired enabled and cleanup with dry run off: the
workflow's steps in the core's order (collect, post_collect,
pre_cleanup_plan, cleanup_plan, post_cleanup_plan, cleanup), each answered;
exactly the expired, unprotected resources are deleted (metadata.cleaned
written back), the protected expired one and the others stay.

The example graph has one expired resource (someInstance2: expiration 36h
after 2019); someVolume2 and someNetwork1 get a past resoto:expires tag in
the core after the collect (as if it had been set since), and someNetwork1
is protected by the configuration.
"""
import collect_lib as L
import plugins_lib
from collect_lib import check

S = "resoto.worker"
PROTECTOR = S + "-actions-post_collect-ProtectorPlugin"
EXPIRED = S + "-actions-cleanup_plan-CleanupExpiredPlugin"
SETTINGS = ["resotoworker.collector=example", "resotoworker.cleanup=true", "resotoworker.cleanup_dry_run=false",
            "plugin_protector.enabled=true",
            'plugin_protector.config={"example": {"Example Account": {"us-west": '
            '{"example_network": ["someNetwork1"]}}}}',
            "plugin_cleanup_expired.enabled=true"]
PAST = "2020-01-01T00:00:00Z"


def by_name(core):
    return {n["reported"]["id"]: n for n in core.graph()["nodes"] if n.get("reported")}


with L.control.DevCore(psk=L.PSK) as core:
    w = L.Worker(core, SETTINGS)
    try:
        for sid in (PROTECTOR, EXPIRED):
            core.wait("connect", subscriber=sid, timeout=30)
        task, reply = w.collect()
        check(reply["kind"] == "action_done", "collect done: %s" % reply)
        nodes = by_name(core)
        for name in ("someVolume2", "someNetwork1"):
            n = nodes[name]
            n["reported"] = dict(n["reported"], tags=dict(n["reported"].get("tags") or {},
                                                          **{"resoto:expires": PAST}))
        core.store([nodes["someVolume2"], nodes["someNetwork1"]])

        answers = {}
        for action, sids in (("post_collect", [PROTECTOR]), ("pre_cleanup_plan", []),
                             ("cleanup_plan", [EXPIRED]), ("post_cleanup_plan", [])):
            a, replies, _ = plugins_lib.step(core, action, sids)
            answers[action] = [r["kind"] for sid in sids for r in replies[sid]]
        check(answers == {"post_collect": ["action_done"], "pre_cleanup_plan": [],
                          "cleanup_plan": ["action_done"], "post_cleanup_plan": []},
              "the planning steps answered: %s" % answers)
        nodes = by_name(core)
        check(sorted(k for k, n in nodes.items() if (n.get("desired") or {}).get("clean")) ==
              ["someInstance2", "someNetwork1", "someVolume2"], "the expired ones flagged, protected or not")

        act = core.send_action("cleanup")
        r = core.wait("action_reply", task=act["task"], timeout=60)
        check(r[-1]["json"]["kind"] == "action_done", "cleanup done: %s" % r[-1]["json"])
        nodes = by_name(core)
        cleaned = sorted(k for k, n in nodes.items() if (n.get("metadata") or {}).get("cleaned"))
        check(cleaned == ["someInstance2", "someVolume2"], "exactly the expired, unprotected nodes deleted: %s"
              % cleaned)
        check(nodes["someNetwork1"]["metadata"].get("protected") is True and
              not nodes["someNetwork1"]["metadata"].get("cleaned"), "the protected expired network stays")
        check(w.alive(), "the worker keeps running")
    finally:
        check(w.stop() == 0, "worker exit status 0")
L.done()

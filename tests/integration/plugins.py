#!/usr/bin/env python3
"""plugins: the action plugins protector, cleanup_expired and
cleanup_untagged (action-plugins.md 1 and 2) against the devcore, whose
/cli/execute answers their real command lines over the graph store.

- each enabled plugin registers its own subscriber (S-actions-<action>-
  <Class>, timeout = resotoworker.timeout, wait_for_completion) and opens
  its own websocket; a disabled one registers nothing;
- the example collect fills the graph; post_collect: the protector sends the
  reference's command and the configured resources (and only they) are
  protected; cleanup_plan: cleanup_expired and cleanup_untagged send theirs
  and exactly the expired / untagged-and-old, unprotected nodes get
  desired.clean (checked node by node); every step answered once with
  action_info and action_done, data echoed, no data.error;
- bad input: a core that refuses the command (400), an answer line that is
  not JSON, an invalid configuration (a protector list that is no list, an
  untagged age that is no duration): each action_error with an action_info
  naming what and where, the other plugins go on and the worker keeps
  running; protector's empty configuration protects nothing.
"""
import collect_lib as L
import plugins_lib
from collect_lib import check

S = "resoto.worker"
PROTECTOR = S + "-actions-post_collect-ProtectorPlugin"
EXPIRED = S + "-actions-cleanup_plan-CleanupExpiredPlugin"
UNTAGGED = S + "-actions-cleanup_plan-CleanupUntaggedPlugin"
# someInstance2 is in us-east: the third entry matches nothing
PROTECT_CONF = ('{"example": {"Example Account": {"us-east": {"example_instance": ["someInstance2"]}, '
                '"us-west": {"example_network": ["someNetwork1"], "example_instance": ["someInstance2"]}}}}')
UNTAGGED_CONF = ('{"default": {"age": "2h"}, "tags": ["owner", "costcenter"], '
                 '"kinds": ["example_instance", "example_network", "example_volume"], '
                 '"accounts": {"example": {"Example Account": {"name": "ex", "age": "0s"}}}}')
BASE = ["resotoworker.collector=example", "resotoworker.timeout=1234",
        "plugin_protector.enabled=true", "plugin_protector.config=" + PROTECT_CONF,
        "plugin_cleanup_expired.enabled=true",
        "plugin_cleanup_untagged.enabled=true", "plugin_cleanup_untagged.config=" + UNTAGGED_CONF]


def wait_subscribed(core, sids):
    for sid in sids:
        core.wait("connect", subscriber=sid, timeout=30)


def by_name(core):
    return {n["reported"]["id"]: n for n in core.graph()["nodes"] if n.get("reported")}


def nodes_by_id(core):
    return {n["id"]: n["reported"]["id"] for n in core.graph()["nodes"] if n.get("reported")}


def commands(core):
    return [e.get("command") for e in core.log("request", path_re=r"/cli/execute")]


tmp = L.tmpdir("rw-plugins-")
with L.control.DevCore(psk=L.PSK) as core:
    # the core refuses the protector's registration twice: it tries again
    core.fault("/subscriber/%s/post_collect" % PROTECTOR, status=500, count=2)
    w = L.Worker(core, BASE)
    try:
        wait_subscribed(core, [PROTECTOR, EXPIRED, UNTAGGED])
        check(w.stderr().count("plugin protector: registering %s for post_collect actions: HTTP 500" % PROTECTOR)
              == 2, "refused registrations logged and retried")
        subs = core.subscribers()
        for sid, action in ((PROTECTOR, "post_collect"), (EXPIRED, "cleanup_plan"), (UNTAGGED, "cleanup_plan")):
            s = subs.get(sid, {}).get("subscriptions", {})
            check(list(s) == [action] and s[action]["timeout"] == 1234 and s[action]["wait_for_completion"],
                  "%s subscribed to %s only: %s" % (sid, action, s))
        for other in ("TagValidatorPlugin", "CleanupVolumesPlugin", "CleanupAWSVPCsPlugin"):
            check(not [k for k in subs if k.endswith(other)], "disabled %s not registered" % other)

        task, reply = w.collect()
        check(reply["kind"] == "action_done", "collect answered: %s" % reply)
        core.reset()

        # post_collect: the protector
        a, replies, infos = plugins_lib.step(core, "post_collect", [PROTECTOR])
        check(len(replies[PROTECTOR]) == 1 and replies[PROTECTOR][0]["kind"] == "action_done" and
              replies[PROTECTOR][0]["data"] == a["frame"]["data"], "post_collect done once, data echoed: %s"
              % replies[PROTECTOR])
        check(commands(core) == [
            'search (/reported.id == "someInstance2" and /reported.kind == "example_instance" and '
            '/ancestors.region.reported.id == "us-east" and /ancestors.cloud.reported.id == "example") or '
            '(/reported.id == "someNetwork1" and /reported.kind == "example_network" and '
            '/ancestors.region.reported.id == "us-west" and /ancestors.cloud.reported.id == "example") or '
            '(/reported.id == "someInstance2" and /reported.kind == "example_instance" and '
            '/ancestors.region.reported.id == "us-west" and /ancestors.cloud.reported.id == "example") | protect'],
            "the reference's protect command: %s" % commands(core))
        check([i["message"] for i in infos[PROTECTOR]] == ["2 resources protected"],
              "protector's info: %s" % infos[PROTECTOR])
        nodes = by_name(core)
        protected = sorted(k for k, n in nodes.items() if n.get("metadata", {}).get("protected"))
        check(protected == ["someInstance2", "someNetwork1"], "exactly the configured nodes protected: %s"
              % protected)

        # cleanup_plan: cleanup_expired and cleanup_untagged at once
        core.reset()
        a, replies, infos = plugins_lib.step(core, "cleanup_plan", [EXPIRED, UNTAGGED])
        for sid in (EXPIRED, UNTAGGED):
            check(len(replies[sid]) == 1 and replies[sid][0]["kind"] == "action_done" and
                  "error" not in replies[sid][0]["data"], "%s answered once: %s" % (sid, replies[sid]))
        cmds = sorted(commands(core))
        check(cmds == sorted([
            'query /metadata.expires < "@NOW@" | clean "Resource is expired"',
            'search /metadata.protected == false and /metadata.phantom == false and /metadata.cleaned == false '
            'and is(["example_instance", "example_network", "example_volume"]) and not(has_key(tags, ["owner", '
            '"costcenter"])) and ((/ancestors.cloud.reported.id == "example" and /ancestors.account.reported.id '
            '== "Example Account" and age > 0s)) | clean "Missing one or more of required tags owner, costcenter '
            'and age more than threshold"']), "the two commands: %s" % cmds)
        check([i["message"] for i in infos[EXPIRED]] == ["1 expired resources flagged for cleanup"],
              "expired's info: %s" % infos[EXPIRED])
        check([i["message"] for i in infos[UNTAGGED]] == ["1 untagged resources flagged for cleanup"],
              "untagged's info: %s" % infos[UNTAGGED])
        nodes = by_name(core)
        changed = {e["command"].split()[0]: [nodes_by_id(core)[i] for i in e.get("changed", [])]
                   for e in core.log("request", path_re=r"/cli/execute")}
        # expired: someInstance2 (36h after 2019), protected or not (the
        # cleanup's search leaves it); untagged: someInstance1 (no
        # costcenter, older than 0s), not someInstance2 (protected); the
        # networks and volumes have no ctime, hence no age, as in the core
        check(changed == {"query": ["someInstance2"], "search": ["someInstance1"]},
              "each command changed its nodes: %s" % changed)
        want = {"someInstance1", "someInstance2"}
        for nid, n in sorted(nodes.items()):
            flagged = (n.get("desired") or {}).get("clean") is True
            check(flagged == (nid in want), "%s %s: %s" % (nid, "flagged" if flagged else "not flagged", n))

        # bad input: the core refuses the command; a malformed answer line
        core.fault("/cli/execute", status=400, body="Error: ParseError\nMessage: devcore says no", count=1)
        a, replies, infos = plugins_lib.step(core, "post_collect", [PROTECTOR])
        check(replies[PROTECTOR][0]["kind"] == "action_error" and "error" not in replies[PROTECTOR][0]["data"],
              "refused command: action_error, no data.error: %s" % replies[PROTECTOR])
        msg = infos[PROTECTOR][0]["message"] if infos[PROTECTOR] else ""
        check(infos[PROTECTOR][0]["level"] == "error" and "HTTP 400" in msg and "devcore says no" in msg
              and "command: search (/reported.id" in msg, "refusal named with the command: %s" % msg)

        core.fault("/cli/execute", status=200, body='{"id": "x", "type": "node"}\nnot json\n', count=1)
        a, replies, infos = plugins_lib.step(core, "post_collect", [PROTECTOR])
        msg = infos[PROTECTOR][0]["message"] if infos[PROTECTOR] else ""
        check(replies[PROTECTOR][0]["kind"] == "action_error" and "line 2 of the answer is not a JSON object (1 such lines; 1 nodes changed)" in msg
              and "command: search (/reported.id" in msg, "malformed line: action_error naming it: %s" % msg)
        check(w.alive(), "the worker keeps running")
    finally:
        check(w.stop() == 0, "worker exit status 0")

    # invalid configurations: each plugin reports its own, the other goes on
    core.reset("all")
    w = L.Worker(core, ["resotoworker.collector=example",
                        "plugin_protector.enabled=true",
                        'plugin_protector.config={"example": {"Example Account": {"us-west": '
                        '{"example_instance": "someInstance1"}}}}',
                        "plugin_cleanup_expired.enabled=true",
                        "plugin_cleanup_untagged.enabled=true",
                        'plugin_cleanup_untagged.config={"tags": ["owner"], "kinds": ["example_instance"], '
                        '"accounts": {"example": {"Example Account": {"age": "soon"}}}}'])
    try:
        wait_subscribed(core, [PROTECTOR, EXPIRED, UNTAGGED])
        w.collect()
        a, replies, infos = plugins_lib.step(core, "post_collect", [PROTECTOR])
        msg = infos[PROTECTOR][0]["message"] if infos[PROTECTOR] else ""
        check(replies[PROTECTOR][0]["kind"] == "action_error" and
              "plugin_protector.config.example.Example Account.us-west.example_instance: expected a list" in msg,
              "invalid protector config named: %s" % msg)
        a, replies, infos = plugins_lib.step(core, "cleanup_plan", [EXPIRED, UNTAGGED])
        msg = infos[UNTAGGED][0]["message"] if infos[UNTAGGED] else ""
        check(replies[UNTAGGED][0]["kind"] == "action_error" and
              'plugin_cleanup_untagged.config.accounts.example.Example Account: age "soon" is not a duration'
              in msg, "invalid age named: %s" % msg)
        check(replies[EXPIRED][0]["kind"] == "action_done", "cleanup_expired goes on: %s" % replies[EXPIRED])
        check(w.alive(), "the worker keeps running")
    finally:
        check(w.stop() == 0, "worker exit status 0")

    # protector's empty configuration: nothing protected, no command
    core.reset("all")
    w = L.Worker(core, ["resotoworker.collector=example", "plugin_protector.enabled=true",
                        "plugin_protector.config={}"])
    try:
        wait_subscribed(core, [PROTECTOR])
        w.collect()
        core.reset()
        a, replies, infos = plugins_lib.step(core, "post_collect", [PROTECTOR])
        check(replies[PROTECTOR][0]["kind"] == "action_done" and not commands(core),
              "empty config: done, no command: %s %s" % (replies[PROTECTOR], commands(core)))
        check(not [n for n in core.graph()["nodes"] if n.get("metadata", {}).get("protected")],
              "empty config: nothing protected")
    finally:
        check(w.stop() == 0, "worker exit status 0")

    # in the libconfig file, a config keyed by ids that are no names is JSON text
    core.reset("all")
    conf = tmp + "/resotoworker.conf"
    with open(conf, "w") as f:
        f.write('plugin_protector:\n{\n\tenabled = true;\n\tconfig = "%s";\n};\n'
                % PROTECT_CONF.replace('"', '\\"'))
    w = L.Worker(core, ["resotoworker.collector=example"], args=["--config", conf])
    try:
        wait_subscribed(core, [PROTECTOR])
        w.collect()
        a, replies, infos = plugins_lib.step(core, "post_collect", [PROTECTOR])
        protected = sorted(n["reported"]["id"] for n in core.graph()["nodes"]
                           if n.get("metadata", {}).get("protected"))
        check(replies[PROTECTOR][0]["kind"] == "action_done" and protected == ["someInstance2", "someNetwork1"],
              "config as JSON text in the file: %s %s" % (replies[PROTECTOR], protected))
    finally:
        check(w.stop() == 0, "worker exit status 0")
L.done()

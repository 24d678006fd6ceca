#!/usr/bin/env python3
"""gcp_mutate: deletes and labels of the GCP kinds reach the fake Google
Cloud, through the collector child's CLEANUP and TAG_* frames
(src/protocol/frame.h), as the supervisor sends them.

The child (resotoworker --collector-child, its socket on fd 3) gets an
ACCOUNT frame for alpha-1 with the `gcp` section naming two keys, the
first of which does not see the project (its calls are refused and the
second key is used), then
- TAG_UPDATE of an instance: POST <selfLink>/setLabels with every label and
  the node's labelFingerprint, the operation polled until DONE; the answer
  is the node with the label and the fresh fingerprint;
- TAG_UPDATE with a stale fingerprint: 412 conditionNotMet, the labels and
  fingerprint read again, one more setLabels that succeeds;
- TAG_DELETE: setLabels without the key; of a key the node does not have:
  an error;
- a label on a kind without setLabels (a network): a clear error;
- bucket labels by PATCH (a removed key sent as null);
- CLEANUP of a disk: DELETE of its selfLink, the operation waited for, the
  disk is gone; again: 404 counts as deleted; a refused delete is an
  error; an operation that never ends is given up at the child's deadline
  (resotoworker.timeout less 10 s) with an error;
- CLEANUP of a bucket: its objects deleted first (objects.list, then
  objects.delete of each, names URL-encoded), then DELETE, 204.
"""
import json
import os
import sys

import collect_lib as L
from collect_lib import check
from childlink import Child, ACCOUNT, CLEANUP, TAG_UPDATE, TAG_DELETE, STOP, INFO, FAILED, RESULT  # noqa: F401

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakegcp"))
from gcpctl import FakeGcp  # noqa: E402

PROJECT = "alpha-1"
A, B = ("collector@%s.iam.gserviceaccount.com" % p for p in ("alpha-1", "beta-2"))


def node(kind, it, **reported):
    r = {"id": it["name"], "name": it["name"], "kind": kind, "tags": dict(it.get("labels", {})),
         "link": it["selfLink"]}
    if "labelFingerprint" in it:
        r["label_fingerprint"] = it["labelFingerprint"]
    r.update(reported)
    return {"id": "n-" + it["name"], "reported": r,
            "metadata": {"python_type": "x", "cleaned": False, "protected": False},
            "ancestors": {"cloud": {"reported": {"id": "gcp"}}, "account": {"reported": {"id": PROJECT}}}}


def coll(gcp, name):
    return gcp.state()[PROJECT]["coll"].get(name, [])


with FakeGcp("basic.json") as gcp:
    keys = gcp.keys()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
    c = Child(env)
    try:
        c.send(ACCOUNT, {"cloud": "gcp", "accounts": [{"id": PROJECT, "service_account": keys[A]}],
                         "config": {"service_account": [keys[B], keys[A]], "api_base_url": gcp.url},
                         "env": {}, "worker": {}})
        inst = coll(gcp, "instances")[0]
        n = node("gcp_instance", inst)
        r = c.result(TAG_UPDATE, {"node": n, "key": "costcenter", "value": "42"})
        want = dict(inst["labels"], costcenter="42")
        check(r["ok"] and r["node"]["reported"]["tags"] == want, "label set: %s" % r)
        sets = [e for e in gcp.log() if e.get("action") == "setLabels" and e.get("status") == 200]
        check(len(sets) == 1 and sets[0]["body"] == {"labels": want, "labelFingerprint": inst["labelFingerprint"]},
              "setLabels with every label and the fingerprint: %s" % sets)
        now = [i for i in coll(gcp, "instances") if i["name"] == inst["name"]][0]
        check(now["labels"] == want, "the fake has the label")
        check(r["node"]["reported"].get("label_fingerprint") == now["labelFingerprint"],
              "the answer carries the fresh fingerprint")
        ops = [e for e in gcp.log() if "/operations/" in e["path"]]
        check(ops, "the operation is polled")
        refused = [e for e in gcp.log() if e.get("sa") == B and e.get("status") == 403]
        check(refused, "the first key's refusal sends the call to the next key")

        # a stale fingerprint: read again, one more try
        since = gcp.log()[-1]["seq"]
        r["node"]["ancestors"] = n["ancestors"]
        r["node"]["reported"]["label_fingerprint"] = "c3RhbGU="
        r = c.result(TAG_UPDATE, {"node": r["node"], "key": "team", "value": "web"})
        sets = [e for e in gcp.log(since) if e.get("action") == "setLabels"]
        check([e["status"] for e in sets] == [412, 200], "412, then a fresh try: %s" % sets)
        check(r["ok"] and r["node"]["reported"]["tags"].get("team") == "web", "label set after the re-read: %s" % r)

        # delete a label
        r["node"]["ancestors"] = n["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "costcenter"})
        check(r["ok"] and "costcenter" not in r["node"]["reported"]["tags"], "label removed: %s" % r)
        now = [i for i in coll(gcp, "instances") if i["name"] == inst["name"]][0]
        check("costcenter" not in now["labels"] and now["labels"].get("team") == "web",
              "the fake has the label no more: %s" % now["labels"])
        r["node"]["ancestors"] = n["ancestors"]
        r = c.result(TAG_DELETE, {"node": r["node"], "key": "nosuch"})
        check(not r["ok"] and "has no label nosuch" in r["error"], "a missing label is an error: %s" % r)
        r = c.result(TAG_UPDATE, {"node": node("gcp_network", coll(gcp, "networks")[0]), "key": "k", "value": "v"})
        check(not r["ok"] and "gcp_network has no labels" in r["error"], "no labels for networks: %s" % r)
        # Cloud Billing's kinds have neither (no selfLink either)
        acct = {"name": "billingAccounts/0A1B2C-3D4E5F-6A7B8C", "selfLink": None}
        r = c.result(TAG_UPDATE, {"node": node("gcp_billing_account", acct), "key": "k", "value": "v"})
        check(not r["ok"] and "gcp_billing_account can be neither deleted nor labelled" in r["error"],
              "no labels for billing accounts: %s" % r)

        # bucket labels
        bucket = gcp.state()[PROJECT]["buckets"][0]
        r = c.result(TAG_DELETE, {"node": node("gcp_bucket", bucket), "key": "team"})
        patch = [e for e in gcp.log() if e.get("coll") == "buckets" and e["method"] == "PATCH"]
        check(r["ok"] and patch and patch[-1]["body"] == {"labels": {"team": None}},
              "bucket label removed by PATCH: %s" % patch)

        # deletes
        disk = coll(gcp, "disks")[0]
        r = c.result(CLEANUP, node("gcp_disk", disk))
        check(r["ok"] and r["node"]["metadata"]["cleaned"], "disk deleted: %s" % r)
        check(disk["name"] not in [d["name"] for d in coll(gcp, "disks")], "the disk is gone")
        dels = [e for e in gcp.log() if e["method"] == "DELETE" and e.get("name") == disk["name"]]
        check(dels and dels[0]["path"] == "/" + disk["selfLink"].split("/", 3)[3], "DELETE of its selfLink: %s"
              % dels)
        r = c.result(CLEANUP, node("gcp_disk", disk))
        check(r["ok"], "a disk already gone counts as deleted: %s" % r)
        objs = list(gcp.state()[PROJECT]["objects"][bucket["name"]])
        r = c.result(CLEANUP, node("gcp_bucket", bucket))
        check(r["ok"] and not gcp.state()[PROJECT]["buckets"][0]["name"] == bucket["name"], "bucket deleted: %s" % r)
        gone = [e["name"] for e in gcp.log() if e.get("coll") == "objects" and e["method"] == "DELETE"
                and e["status"] == 204]
        check(sorted(gone) == sorted(objs), "its objects deleted first, names encoded: %s" % gone)
        # an operation that never ends: given up at the child's deadline
        # (resotoworker.timeout less 10 s), with an error
        gcp.fault("never_done", path="/operations/", count=1000000)
        c2 = Child(env)
        try:
            c2.send(ACCOUNT, {"cloud": "gcp", "accounts": [{"id": PROJECT, "service_account": keys[A]}],
                              "config": {"service_account": [keys[A]], "api_base_url": gcp.url},
                              "env": {}, "worker": {"timeout": 22}})
            r = c2.result(CLEANUP, node("gcp_disk", coll(gcp, "disks")[0]))
            check(not r["ok"] and "operations.get" in r["error"], "an operation that never ends: %s" % r)
        finally:
            check(c2.stop() == 0, "the second child exits 0 on STOP")
        gcp.clear_faults()
        gcp.fault("status", status=400, path="/subnetworks/", method="DELETE", count=1)
        r = c.result(CLEANUP, node("gcp_subnetwork", coll(gcp, "subnetworks")[0]))
        check(not r["ok"] and "HTTP 400" in r["error"], "a refused delete is an error: %s" % r)
    finally:
        check(c.stop() == 0, "the child exits 0 on STOP")
L.done()

#!/usr/bin/env python3
"""collect_gcp: the GCP collector against the fake Google Cloud
(tests/fakegcp).

- two service-account keys (gcp.service_account) and a third whose private
  key Google does not know: the keys' projects come from Resource
  Manager's projects.list (paged, the sys- project skipped); alpha-1 and
  beta-2 are collected, each by its own key's bearer token, one body each,
  the graph the reference makes of the estate (tests/fakegcp/expect.py:
  ids, properties, edges, aggregated lists, unused machine and disk types
  left out, a custom machine type read with machineTypes.get); the wrong
  key is reported (invalid_grant) and its project is
  not collected; an API the project has not enabled is not an error; one
  that denies the account is reported and the rest delivered;
- Cloud Billing as the reference lists it: the billing accounts the key
  sees and their projects' billing info, services and Compute Engine's
  SKUs listed and removed (unconnected), all paged;
- the core oracle (the real core's code, where it is set up) accepts the
  model and both bodies;
- no private key nor bearer token in the log, even at debug level;
- gcp.project restricts the projects; gcp.collect only those kinds and
  only their calls;
- a storm of 429 and 503 on the instance and disk lists, 403
  userRateLimitExceeded on the networks: the same graph;
  a malformed answer, a truncated one and an endless page token are
  reported with project,
  API and method and the rest is collected;
- inside the sandbox: GCE_METADATA_HOST on a port of its own (host:port),
  a key file written "~/x.json";
- application default credentials (an empty service_account entry):
  GOOGLE_APPLICATION_CREDENTIALS, gcloud's well-known file (an authorized
  user's refresh token), the metadata server at GCE_METADATA_HOST;
- the same collect against the development core: two merges, accepted by
  its model and merge checks, the wrong key as an action_info error.
"""
import json
import os
import shutil
import socket
import sys
import threading

import collect_lib as L
import coretest
from collect_lib import check

sys.path.insert(0, os.path.join(L.TOP_SRC, "tests", "fakegcp"))
import expect  # noqa: E402
from gcpctl import FakeGcp, load_fixture  # noqa: E402

A, B, C = ("collector@%s.iam.gserviceaccount.com" % p for p in ("alpha-1", "beta-2", "gamma-3"))
SA = {"alpha-1": A, "beta-2": B}     # the key each project is collected with


def tcp_relay(port):
    """A listening socket on a free port of 127.0.0.1 whose connections are
    relayed to port (the fake on a port of its own)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)

    def pipe(a, b):
        try:
            while True:
                d = a.recv(65536)
                if not d:
                    break
                b.sendall(d)
        except OSError:
            pass
        for x in (a, b):
            try:
                x.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def serve():
        while True:
            try:
                c, _ = srv.accept()
            except OSError:
                return
            u = socket.create_connection(("127.0.0.1", port))
            threading.Thread(target=pipe, args=(c, u), daemon=True).start()
            threading.Thread(target=pipe, args=(u, c), daemon=True).start()
    threading.Thread(target=serve, daemon=True).start()
    return srv


def body(path):
    with open(path) as f:
        return [json.loads(x) for x in f if x.strip()]


def collect(gcp, out, keys, extra=(), args=()):
    o = ["resotoworker.collector=gcp", "gcp.service_account=" + ",".join(keys), "gcp.api_base_url=" + gcp.url]
    return L.collect_to(out, o + list(extra), args=args, timeout=120)


def same_graph(gcp, out, project, what, disabled=()):
    path = os.path.join(out, "gcp-%s.ndjson" % project)
    if not check(os.path.exists(path), "%s: a body for %s" % (what, project)):
        return
    want = expect.expected_graph(gcp.state(), project, disabled, gcp.billing(), SA[project])
    problems = expect.compare(want, body(path))
    check(problems == [], "%s: %s is the reference's graph: %s" % (what, project, problems[:10]))


fx = load_fixture("basic.json")
with FakeGcp("basic.json", page_size=1) as gcp:
    keys = gcp.keys(wrong=C)
    out = L.tmpdir("rw-gcp-")
    rc, err = collect(gcp, out, [keys[A], keys[B], keys["wrong"]], args=["--verbose"])
    check(rc == 0, "exit status 0, got %d" % rc)
    check(sorted(os.listdir(out)) == ["gcp-alpha-1.ndjson", "gcp-beta-2.ndjson", "model.json"],
          "a body per project, no sys- project, not gamma-3: %s" % os.listdir(out))
    same_graph(gcp, out, "alpha-1", "two keys")
    same_graph(gcp, out, "beta-2", "two keys", fx["projects"]["beta-2"].get("disabled", []))
    check("Unable to load credentials from %s" % keys["wrong"] in err and "invalid_grant" in err,
          "the wrong key is reported with Google's refusal")
    check("sqladmin instances.list: the API is not enabled" in err, "a disabled API is noted, not an error")
    log = gcp.log()
    tokens = [e for e in log if e["path"] == "/token"]
    check(any(e.get("refused") == "signature" for e in tokens), "the fake refused the wrong key's signature")
    check(all(e.get("sa") == A for e in log if e.get("project") == "alpha-1") and
          all(e.get("sa") == B for e in log if e.get("project") == "beta-2"),
          "each project is reached with its own key's token")
    check(any(e["path"] == "/v1/projects" and e["query"].startswith("pageToken=") for e in log),
          "projects.list is paged")
    check(any(e["path"].endswith("/aggregated/instances") and "pageToken" in e["query"] for e in log),
          "the aggregated instance list is paged")
    check([e["path"].rsplit("/", 1)[-1] for e in log if "/machineTypes/" in e["path"]] == ["e2-custom-2-6144"],
          "the custom machine type is asked for once (machineTypes.get)")
    # Cloud Billing: accounts and their projects paged (pageSize), the
    # SKUs of Compute Engine only; no service nor SKU in the bodies
    # (same_graph: the reference's removal)
    bill = [e for e in log if e["path"].startswith(("/v1/billingAccounts", "/v1/services"))]
    check(any(e["path"].endswith("/projects") and "pageToken=" in e["query"] for e in bill),
          "billingAccounts.projects.list is paged: %s" % bill[:3])
    sku_paths = {e["path"] for e in bill if e["path"].endswith("/skus")}
    check(sku_paths == {"/v1/services/6F81-5844-456A/skus"}, "the SKUs of Compute Engine only: %s" % sku_paths)
    check(all(e.get("sa") in (A, B) and e.get("status") == 200 for e in bill), "billing calls with each key")
    for k in keys.values():
        with open(k) as f:
            pem = json.load(f)["private_key"]
        line = pem.splitlines()[3]
        check(line not in err, "no private key line in the log")
    check("ya29." not in err, "no bearer token in the log")
    model = os.path.join(out, "model.json")
    r = coretest.oracle("model", [model])
    if r is None:
        print("note: core oracle not set up here; its checks are skipped")
    else:
        check(r[0] == 0, "core oracle accepts the model: %s" % r[1].strip().splitlines()[-1])
        for p in ("alpha-1", "beta-2"):
            r = coretest.oracle("merge", [model, os.path.join(out, "gcp-%s.ndjson" % p)])
            check(r[0] == 0, "core oracle accepts %s's body: %s" % (p, r[1].strip().splitlines()[-1]))

    # gcp.project and gcp.collect
    since = gcp.log()[-1]["seq"]
    out = L.tmpdir("rw-gcp-sel-")
    rc, err = collect(gcp, out, [keys[A], keys[B]], ["gcp.project=beta-2",
                                                     "gcp.collect=gcp_instance,gcp_network"])
    check(sorted(os.listdir(out)) == ["gcp-beta-2.ndjson", "model.json"], "gcp.project: %s" % os.listdir(out))
    kinds = {x["reported"]["kind"] for x in body(os.path.join(out, "gcp-beta-2.ndjson")) if "reported" in x}
    check(kinds == {"graph_root", "cloud", "gcp_project", "gcp_region", "gcp_region_quota", "gcp_zone",
                    "gcp_instance", "gcp_network"}, "gcp.collect: only those kinds: %s" % kinds)
    paths = {e["path"].split("/")[-1] for e in gcp.log(since) if e.get("project") == "beta-2"}
    check(paths == {"regions", "zones", "instances", "networks"}, "gcp.collect: only their calls: %s" % paths)

    # regions and zones are asked for at once (plain http: no waiting
    # for a multiplexed connection), with every answer 300 ms late
    gcp.call("POST", "config", {"delay_ms": 300})
    since = gcp.log()[-1]["seq"]
    out = L.tmpdir("rw-gcp-delay-")
    rc, err = collect(gcp, out, [keys[B]], ["gcp.collect=gcp_network"])
    gcp.call("POST", "config", {"delay_ms": 0})
    t = {e["path"].rsplit("/", 1)[-1]: e["time"] for e in gcp.log(since) if e.get("project") == "beta-2"}
    check(rc == 0 and "regions" in t and "zones" in t and abs(t["zones"] - t["regions"]) < 0.2,
          "regions and zones asked for at once: %s" % t)

    # throttling and 5xx storms: the same graph
    gcp.fault("status", status=429, path="/aggregated/instances", count=4)
    gcp.fault("status", status=503, path="/aggregated/disks", count=3)
    gcp.fault("status", status=403, reason="userRateLimitExceeded", path="/global/networks", count=2)
    out = L.tmpdir("rw-gcp-storm-")
    rc, err = collect(gcp, out, [keys[A]])
    check(rc == 0, "storm: exit status 0")
    check("userRateLimitExceeded" not in err and "PERMISSION_DENIED" not in err,
          "storm: a 403 with a rate reason is throttling, retried")
    same_graph(gcp, out, "alpha-1", "storm")
    gcp.clear_faults()

    # a malformed answer, an endless page token
    gcp.fault("malformed", path="/aggregated/disks", count=100)
    gcp.fault("truncated", path="/aggregated/addresses", count=100)
    gcp.fault("endless", path="/global/firewalls", count=1000000)
    gcp.fault("status", status=403, path="/v1/billingAccounts/01D2E3-F4A5B6-C7D8E9/projects", count=100)
    gcp.fault("malformed", path="/v1/services?", count=100)
    out = L.tmpdir("rw-gcp-bad-")
    rc, err = collect(gcp, out, [keys[A]])
    gcp.clear_faults()
    check(rc == 0, "bad answers: exit status 0")
    check("project alpha-1: compute disks.aggregatedList" in err, "the malformed answer is reported: %s"
          % [x for x in err.splitlines() if "disks" in x][:2])
    check("project alpha-1: compute firewalls.list" in err, "the endless token is reported")
    check("project alpha-1: compute addresses.aggregatedList" in err, "the truncated answer is reported")
    check("project alpha-1: cloudbilling billingAccounts.projects.list: HTTP 403" in err,
          "a billing account whose projects are refused is reported")
    check("project alpha-1: cloudbilling services.list" in err, "a malformed services.list is reported")
    kinds = {x["reported"]["kind"] for x in body(os.path.join(out, "gcp-alpha-1.ndjson")) if "reported" in x}
    check("gcp_instance" in kinds and "gcp_network" in kinds and "gcp_disk" not in kinds and
          "gcp_address" not in kinds and "gcp_billing_account" in kinds and "gcp_project_billing_info" in kinds,
          "the rest is collected: %s" % sorted(kinds))

    # zones refused: that project is reported and not delivered, the
    # other one is
    gcp.fault("status", status=403, path="/compute/v1/projects/alpha-1/zones", count=100)
    out = L.tmpdir("rw-gcp-zones-")
    rc, err = collect(gcp, out, [keys[A], keys[B]])
    gcp.clear_faults()
    check(rc == 1 and sorted(x for x in os.listdir(out) if x.endswith(".ndjson")) == ["gcp-beta-2.ndjson"],
          "zones refused: alpha-1 failed (exit 1), beta-2 delivered: %s (exit %d)" % (os.listdir(out), rc))
    check("project alpha-1: compute zones.list: HTTP 403" in err, "zones refused: reported with API and method: %s"
          % [x for x in err.splitlines() if "zones" in x][:2])

    # tokens that end within the renewal margin: a fresh one before the
    # next calls, each call with a live token
    gcp.call("POST", "config", {"token_life": 290})
    since = gcp.log()[-1]["seq"]
    out = L.tmpdir("rw-gcp-renew-")
    rc, err = collect(gcp, out, [keys[A]])
    gcp.call("POST", "config", {"token_life": 3599})
    grants = [e for e in gcp.log(since) if e["path"] == "/token" and e.get("issued")]
    check(rc == 0 and len(grants) > 3, "renewal: tokens renewed before they end: %d grants" % len(grants))
    check(not [e for e in gcp.log(since) if e.get("status") == 401], "renewal: no call with a dead token")
    same_graph(gcp, out, "alpha-1", "renewal")

    # application default credentials: an empty service_account entry
    adc = L.tmpdir("rw-gcp-adc-")
    conf = os.path.join(adc, "resotoworker.conf")
    with open(conf, "w") as f:
        f.write('gcp: { service_account = [ "" ]; };\n')
    home = os.path.join(adc, "home")
    os.mkdir(home)
    base = {"HOME": home, "GOOGLE_APPLICATION_CREDENTIALS": "", "CLOUDSDK_CONFIG": ""}
    o = ["resotoworker.collector=gcp", "gcp.api_base_url=" + gcp.url]

    def adc_collect(env, what):
        out = os.path.join(adc, what)
        e = dict(base)
        e.update(env)
        rc, err = L.collect_to(out, o, env=e, args=["--config", conf], timeout=120)
        check(rc == 0, "adc %s: exit status 0" % what)
        adc_collect.err = err
        return sorted(x for x in os.listdir(out) if x.endswith(".ndjson")) if os.path.exists(out) else []
    since = gcp.log()[-1]["seq"]
    got = adc_collect({"GCE_METADATA_HOST": "127.0.0.1:%d" % gcp.port}, "metadata")
    check(got == ["gcp-gamma-3.ndjson"], "adc: the metadata server's account and its project: %s" % got)
    # gamma-3 denies its storage API: reported, the rest delivered
    check("project gamma-3: storage buckets.list: HTTP 403 PERMISSION_DENIED" in adc_collect.err,
          "a denied API is reported with project, API and method")
    kinds = {x["reported"]["kind"] for x in body(os.path.join(adc, "metadata", "gcp-gamma-3.ndjson"))
             if "reported" in x}
    check("gcp_instance" in kinds and "gcp_bucket" not in kinds, "the denied API's kinds only are missing")
    check(any(e.get("grant") == "metadata" for e in gcp.log(since)), "adc: a token from the metadata server")
    got = adc_collect({"GOOGLE_APPLICATION_CREDENTIALS": keys[A], "GCE_METADATA_HOST": "127.0.0.1:1"}, "env")
    check(got == ["gcp-alpha-1.ndjson"], "adc: GOOGLE_APPLICATION_CREDENTIALS first: %s" % got)
    gdir = os.path.join(adc, "gcloud")
    os.mkdir(gdir)
    u = fx["authorized_users"][0]
    with open(os.path.join(gdir, "application_default_credentials.json"), "w") as f:
        json.dump({"type": "authorized_user", "client_id": u["client_id"], "client_secret": u["client_secret"],
                   "refresh_token": u["refresh_token"], "token_uri": gcp.url + "token"}, f)
    since = gcp.log()[-1]["seq"]
    rc_env = {"CLOUDSDK_CONFIG": gdir, "GCE_METADATA_HOST": "127.0.0.1:1"}
    got = adc_collect(rc_env, "gcloud")
    check(got == ["gcp-beta-2.ndjson"], "adc: gcloud's file, an authorized user: %s" % got)
    check(any(e.get("grant") == "refresh_token" for e in gcp.log(since)), "adc: the refresh token grant")

    # inside the sandbox: the metadata server on a port no URL names (a
    # relay to the fake), and a key file named "~/x.json" below HOME
    relay = tcp_relay(gcp.port)
    since = gcp.log()[-1]["seq"]
    got = adc_collect({"GCE_METADATA_HOST": "127.0.0.1:%d" % relay.getsockname()[1]}, "relay")
    relay.close()
    check(got == ["gcp-gamma-3.ndjson"], "sandbox: GCE_METADATA_HOST's port is open to the child: %s %s"
          % (got, [x for x in adc_collect.err.splitlines() if "metadata" in x][:2]))
    check(any(e.get("grant") == "metadata" for e in gcp.log(since)), "sandbox: a token through the relay")
    shutil.copy(keys[A], os.path.join(home, "alpha.json"))
    tilde = os.path.join(adc, "tilde.conf")
    with open(tilde, "w") as f:
        f.write('gcp: { service_account = [ "~/alpha.json" ]; };\n')
    out = os.path.join(adc, "tilde")
    rc, err = L.collect_to(out, o, env=dict(base, GCE_METADATA_HOST="127.0.0.1:1"), args=["--config", tilde],
                           timeout=120)
    check(rc == 0 and os.path.exists(os.path.join(out, "gcp-alpha-1.ndjson")),
          "sandbox: a key file ~/alpha.json is read below HOME: %s" % [x for x in err.splitlines()
                                                                       if "alpha.json" in x][:2])

    # the development core accepts the bodies
    with L.control.DevCore(psk=L.PSK) as core:
        w = L.Worker(core, ["resotoworker.collector=gcp", "gcp.api_base_url=" + gcp.url,
                            "gcp.service_account=" + ",".join([keys[A], keys[B], keys["wrong"]])])
        try:
            task, reply = w.collect(timeout=120)
            check(reply["kind"] == "action_done", "devcore: action_done: %s" % reply)
            ms = L.merges(core, task)
            check(len(ms) == 2, "devcore: two merges: %d" % len(ms))
            check(all(m.get("valid") for m in ms), "devcore: merges accepted: %s" %
                  [m.get("errors") for m in ms if not m.get("valid")])
            errors = L.infos(core, task, "error")
            check(any(keys["wrong"] in e and "invalid_grant" in e for e in errors),
                  "devcore: the wrong key as action_info error: %s" % errors)
            check(not L.invalid_frames(core), "devcore: every frame valid")
        finally:
            check(w.stop() == 0, "worker exit status 0")
L.done()

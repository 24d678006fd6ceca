"""The graph the reference GCP collector (Resoto 3.6.5) makes of the fake's
estate, derived independently of the C code from the reference's
behaviour (collectors.md 1.5 and 4.2):

- ids: base64url(BLAKE2b-128(repr((kind, "gcp", project, region, zone,
  id, name)))) without padding;
- cloud gcp -> project -> regions and "global" -> zones; a zonal resource
  below its zone (its aggregated list's zones/<z> key), a regional one
  below its region, the rest below "global"; each region's quota node
  below "global" and linked from its region, its quotas by metric in
  lower case, each with its percentage, round(usage / max(limit, 1) *
  100, 2);
- the edges each kind's connect_in_graph makes, by selfLink;
- machine and disk types only where an instance or disk uses them
  (remove_unconnected_nodes); an instance's cores, memory and type are its
  machine type's; a terminated instance is cleaned (metadata.cleaned);
- Cloud Billing, as the key sees it: each billing account below "global"
  linked to the projectBillingInfo of each of its projects (below
  "global" too); the services and the Compute Engine service's SKUs,
  linked as GcpService.connect_in_graph links them (a SKU whose name
  starts with the service's id), then removed as remove_unconnected_nodes
  removes them (SKUs without successors first, then services without
  successors), before any pricing is linked.

compare(want, got) lists the differences: missing or extra nodes and
edges, and the properties checked here that differ.
"""
import base64
import hashlib
from datetime import datetime, timezone

ZONAL = {"instances": "gcp_instance", "disks": "gcp_disk", "instanceGroups": "gcp_instance_group",
         "instanceGroupManagers": "gcp_instance_group_manager", "autoscalers": "gcp_autoscaler"}
OTHER = {"snapshots": "gcp_snapshot", "images": "gcp_image", "machineImages": "gcp_machine_image",
         "networks": "gcp_network", "subnetworks": "gcp_subnetwork", "firewalls": "gcp_firewall",
         "addresses": "gcp_address", "forwardingRules": "gcp_forwarding_rule",
         "backendServices": "gcp_backend_service", "targetHttpProxies": "gcp_target_http_proxy",
         "targetHttpsProxies": "gcp_target_https_proxy", "urlMaps": "gcp_url_map",
         "healthChecks": "gcp_health_check", "targetPools": "gcp_target_pool", "routers": "gcp_router",
         "vpnGateways": "gcp_vpn_gateway", "vpnTunnels": "gcp_vpn_tunnel"}
STATUS = {"PROVISIONING": "busy", "STAGING": "busy", "RUNNING": "running", "STOPPING": "busy",
          "SUSPENDING": "busy", "SUSPENDED": "stopped", "REPAIRING": "busy", "TERMINATED": "terminated"}
VSTATUS = {"CREATING": "busy", "RESTORING": "busy", "FAILED": "error", "READY": "in-use", "AVAILABLE": "available",
           "DELETING": "busy"}


def node_id(kind, project, region, zone, rid, name):
    def r(s):
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'" if s is not None else "'undefined'"
    keys = "(" + ", ".join(r(x) for x in (kind, "gcp" if kind != "graph_root" else None, project, region, zone,
                                           rid, name)) + ")"
    d = hashlib.blake2b(keys.encode(), digest_size=16).digest()
    return base64.urlsafe_b64encode(d).decode().rstrip("=")


def utc(s):
    if s is None:
        return None
    d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Graph:
    def __init__(self):
        self.nodes = {}     # id -> props checked
        self.edges = set()  # (from, to, type)
        self.by_link = {}   # (kind, link) -> id

    def node(self, kind, project, region, zone, rid, name, props=None, link=None):
        i = node_id(kind, project, region, zone, rid, name)
        p = {"kind": kind, "id": rid, "name": name}
        p.update(props or {})
        self.nodes[i] = p
        if link:
            self.by_link[(kind, link)] = i
        return i

    def edge(self, a, b, t="default"):
        if a and b:
            self.edges.add((a, b, t))

    def find(self, kind, link):
        return self.by_link.get((kind, link))


def common(it):
    return {"tags": it.get("labels", {}), "ctime": utc(it.get("creationTimestamp")), "link": it.get("selfLink")}


def expected_graph(state, project, disabled=(), billing=None, sa=None):
    """state: the fake's /_fake/state; project: its id; disabled: the APIs
    the project has not enabled (nothing is collected there); billing: the
    fake's /_fake/billing, seen by the service account sa (None: not
    collected)."""
    s = state[project]
    g = Graph()
    root = g.node("graph_root", None, None, None, "root", "root")
    nodes = g.nodes
    nodes[root]["kind"] = "graph_root"
    cloud = g.node("cloud", None, None, None, "gcp", "Gcp")
    acc = g.node("gcp_project", project, None, None, project, project)
    g.edge(root, cloud)
    g.edge(cloud, acc)
    glob = g.node("gcp_region", project, "global", None, "global", "global")
    g.edge(acc, glob)
    regions = {}
    for r in s["regions"]:
        rid = g.node("gcp_region", project, r["name"], None, r["name"], r["name"], common(r), r["selfLink"])
        regions[r["name"]] = rid
        g.edge(acc, rid)
        q = g.node("gcp_region_quota", project, "global", None, r["name"], r["name"], {"quotas": {
            x["metric"].lower(): dict({k: x[k] for k in ("limit", "usage") if k in x},
                                      percentage=round(x.get("usage", 0) / max(x.get("limit", 1), 1) * 100, 2))
            for x in r.get("quotas", [])}})
        g.edge(glob, q)
        g.edge(rid, q)
    zones = {}
    for z in s["zones"]:
        reg = z["name"].rsplit("-", 1)[0]
        if reg not in regions:
            continue
        zid = g.node("gcp_zone", project, reg, z["name"], z["name"], z["name"], common(z), z["selfLink"])
        zones[z["name"]] = (zid, reg)
        g.edge(regions[reg], zid)

    def place(it):
        if "zone" in it:
            zn = it["zone"].rsplit("/", 1)[-1]
            return zones[zn][1], zn, zones[zn][0]
        if "region" in it:
            rn = it["region"].rsplit("/", 1)[-1]
            return rn, None, regions[rn]
        return "global", None, glob

    types = {}
    for coll, kind in (("machineTypes", "gcp_machine_type"), ("diskTypes", "gcp_disk_type")):
        for it in s["coll"].get(coll, []):
            types[it["selfLink"]] = (kind, it)

    def use_type(link):
        if link not in types:       # a custom machine type: machineTypes.get
            name = link.rsplit("/", 1)[-1]
            parts = name.split("-")
            zone = link.split("/zones/")[1].split("/")[0]
            types[link] = ("gcp_machine_type", {"name": name, "guestCpus": int(parts[-2]),
                                                "memoryMb": int(parts[-1]), "zone": zone,
                                                "creationTimestamp": "1969-12-31T16:00:00.000-08:00",
                                                "selfLink": link})
        kind, it = types[link]
        i = g.find(kind, link)
        if i is None:
            reg, zn, parent = place(it)
            props = common(it)
            if kind == "gcp_machine_type":
                props.update(instance_type=it["name"], instance_cores=float(it["guestCpus"]),
                             instance_memory=it["memoryMb"] / 1024)
            i = g.node(kind, project, reg, zn, it["name"], it["name"], props, link)
            g.edge(parent, i)
        return i, it

    items = []
    for coll in list(ZONAL) + list(OTHER):
        kind = ZONAL.get(coll) or OTHER[coll]
        for it in s["coll"].get(coll, []):
            reg, zn, parent = place(it)
            props = common(it)
            if kind == "gcp_instance":
                mi, mt = use_type(it["machineType"])
                props.update(instance_status=STATUS.get(it["status"], "unknown"), instance_type=mt["name"],
                             instance_cores=float(mt["guestCpus"]), instance_memory=mt["memoryMb"] / 1024,
                             _cleaned=it["status"] == "TERMINATED")
            if kind == "gcp_disk":
                use_type(it["type"])
                props.update(volume_size=int(it["sizeGb"]), volume_type=it["type"],
                             volume_status=VSTATUS.get(it["status"], "unknown"))
            i = g.node(kind, project, reg, zn, it["name"], it["name"], props, it["selfLink"])
            g.edge(parent, i)
            items.append((kind, it, i))
    for b in s["buckets"]:
        i = g.node("gcp_bucket", project, "global", None, b["name"], b["name"],
                   {"tags": b.get("labels", {}), "link": b["selfLink"]}, b["selfLink"])
        g.edge(glob, i)
    for d in s["sql"] if "sql" not in disabled else []:
        i = g.node("gcp_sql_database_instance", project, d["region"], None, d["name"], d["name"],
                   {"link": d["selfLink"]}, d["selfLink"])
        g.edge(regions[d["region"]], i)
        # post_process: backup runs, databases, users, operations, below
        # global, linked from the instance of their name
        for coll, kind, ref in (("backupRuns", "gcp_sql_backup_run", "instance"),
                                ("databases", "gcp_sql_database", "instance"),
                                ("users", "gcp_sql_user", "instance"),
                                ("operations", "gcp_sql_operation", "targetId")):
            for x in s["sql_sub"].get(d["name"], {}).get(coll, []):
                if kind == "gcp_sql_user":
                    xid = x.get("name") or "(anonymous)@" + (x.get("host") or "localhost")
                    xname = x.get("name", "(anonymous)")
                else:
                    xid = x.get("name") or x.get("id") or x.get("selfLink")
                    xname = x.get("name") or xid
                j = g.node(kind, project, "global", None, xid, xname)
                g.edge(glob, j)
                if x.get(ref) == d["name"]:
                    g.edge(i, j)
    for c in s["clusters"]:
        i = g.node("gcp_container_cluster", project, "global", None, c["name"], c["name"],
                   {"link": c["selfLink"]}, c["selfLink"])
        g.edge(glob, i)
    for o in s["gke_ops"]:
        i = g.node("gcp_container_operation", project, "global", None, o["name"], o["name"], {"link": o["selfLink"]})
        g.edge(glob, i)
        g.edge(g.find("gcp_container_cluster", o["targetLink"]), i)

    # connect_in_graph, by selfLink
    def add(a, kind, link, reverse=False):
        o = g.find(kind, link)
        if o:
            g.edge(o, a) if reverse else g.edge(a, o)

    def dependant(a, kind, link, reverse=False, same=False):
        o = g.find(kind, link)
        if not o:
            return
        start, end = (o, a) if reverse else (a, o)
        g.edge(start, end)
        if same:
            start, end = end, start
        g.edge(end, start, "delete")

    for kind, it, i in items:
        if kind == "gcp_instance":
            add(i, "gcp_machine_type", it["machineType"], reverse=True)
            for nic in it.get("networkInterfaces", []):
                dependant(i, "gcp_network", nic.get("network"), True, True)
                dependant(i, "gcp_subnetwork", nic.get("subnetwork"), True, True)
        elif kind == "gcp_disk":
            for u in it.get("users", []):
                dependant(i, "gcp_instance", u, True, False)
            add(i, "gcp_disk_type", it["type"], reverse=True)
        elif kind in ("gcp_snapshot", "gcp_image"):
            add(i, "gcp_disk", it.get("sourceDisk"), reverse=True)
        elif kind == "gcp_machine_image":
            for d in it.get("savedDisks", []):
                add(i, "gcp_disk", d.get("sourceDisk"), reverse=True)
        elif kind in ("gcp_subnetwork", "gcp_router", "gcp_vpn_gateway"):
            dependant(i, "gcp_network", it.get("network"), True, True)
        elif kind == "gcp_firewall":
            add(i, "gcp_network", it.get("network"))
        elif kind == "gcp_address":
            dependant(i, "gcp_subnetwork", it.get("subnetwork"), True, False)
        elif kind == "gcp_forwarding_rule":
            add(i, "gcp_network", it.get("network"), reverse=True)
            for k in ("gcp_target_http_proxy", "gcp_target_https_proxy", "gcp_target_pool"):
                add(i, k, it.get("target"))
        elif kind == "gcp_backend_service":
            for h in it.get("healthChecks", []):
                dependant(i, "gcp_health_check", h)
            for b in it.get("backends", []):
                dependant(i, "gcp_instance_group", b.get("group"))
            add(i, "gcp_network", it.get("network"), reverse=True)
        elif kind in ("gcp_target_http_proxy", "gcp_target_https_proxy"):
            dependant(i, "gcp_url_map", it.get("urlMap"))
        elif kind == "gcp_url_map":
            add(i, "gcp_backend_service", it.get("defaultService"))
        elif kind == "gcp_target_pool":
            for x in it.get("instances", []):
                dependant(i, "gcp_instance", x)
            for h in it.get("healthChecks", []):
                dependant(i, "gcp_health_check", h, reverse=True)
        elif kind == "gcp_instance_group":
            dependant(i, "gcp_network", it.get("network"), True, True)
            dependant(i, "gcp_subnetwork", it.get("subnetwork"), True, True)
        elif kind == "gcp_instance_group_manager":
            dependant(i, "gcp_instance_group", it.get("instanceGroup"), True, True)
            for p in it.get("autoHealingPolicies", []):
                dependant(i, "gcp_health_check", p.get("healthCheck"))
        elif kind == "gcp_autoscaler":
            dependant(i, "gcp_instance_group_manager", it.get("target"), False, True)
        elif kind == "gcp_vpn_tunnel":
            dependant(i, "gcp_vpn_gateway", it.get("vpnGateway"), False, True)
            add(i, "gcp_router", it.get("router"))
    if billing is not None:
        billing_nodes(g, billing, project, sa, glob)
    return g


def billing_nodes(g, billing, project, sa, glob):
    for a in billing["accounts"]:
        if sa not in a.get("viewers", []):
            continue
        i = g.node("gcp_billing_account", project, "global", None, a["name"], a["name"],
                   {"display_name": a.get("displayName"), "open": a.get("open"),
                    "master_billing_account": a.get("masterBillingAccount")})
        g.edge(glob, i)
        for b in billing["infos"][a["name"]]:
            j = g.node("gcp_project_billing_info", project, "global", None, b["name"], b["name"],
                       {"billing_account_name": b["billingAccountName"], "billing_enabled": b["billingEnabled"],
                        "project_billing_info_project_id": b["projectId"]})
            g.edge(glob, j)
            g.edge(i, j)
    # services and the Compute Engine SKUs, with their edges (successors
    # by node)
    succ = {}
    for s in billing["services"]:
        ce = s["displayName"] == "Compute Engine"
        skus = billing["skus"].get(s["name"], []) if ce else []
        succ[("svc", s["serviceId"])] = [("sku", k["skuId"]) for k in skus if k["name"].startswith(s["serviceId"])]
        for k in skus:
            succ[("sku", k["skuId"])] = []
    # remove_unconnected_nodes: SKUs, then services, without successors
    for kind in ("sku", "svc"):
        for n in [n for n in succ if n[0] == kind and not succ[n]]:
            del succ[n]
        for n in succ:
            succ[n] = [x for x in succ[n] if x in succ]
    # what is left would be nodes, and would be priced: the fake's estate
    # (and Google's names, "services/<id>/skus/<id>") leaves none
    if succ:
        raise ValueError("billing nodes left after the removal, which expect.py does not price: %s" % succ)


def compare(want, lines):
    """Differences between the expected graph and a body's lines."""
    got_nodes, got_edges = {}, set()
    for x in lines:
        if "reported" in x:
            got_nodes[x["id"]] = dict(x["reported"], _cleaned=x["metadata"]["cleaned"])
        elif "from" in x:
            got_edges.add((x["from"], x["to"], x.get("edge_type", "default")))
    out = []
    for i, p in want.nodes.items():
        if i not in got_nodes:
            out.append("missing node %s %s" % (p["kind"], p["id"]))
            continue
        g = got_nodes[i]
        for k, v in p.items():
            if v is None:
                continue
            if g.get(k) != v:
                out.append("%s %s: %s is %r, not %r" % (p["kind"], p["id"], k, g.get(k), v))
    for i, g in got_nodes.items():
        if i not in want.nodes:
            out.append("extra node %s %s" % (g.get("kind"), g.get("id")))
    for e in want.edges - got_edges:
        out.append("missing edge %s -> %s (%s) %s -> %s" % (e[0], e[1], e[2], want.nodes.get(e[0], {}).get("kind"),
                                                           want.nodes.get(e[1], {}).get("kind")))
    for e in got_edges - want.edges:
        out.append("extra edge %s -> %s (%s)" % e)
    return out

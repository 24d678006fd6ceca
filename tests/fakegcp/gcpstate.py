"""The fake GCP's estate: projects, service accounts and the resources of
each project, in the shapes Google's REST APIs document (Compute v1,
Cloud Storage JSON v1, Cloud SQL Admin, GKE v1, Resource Manager v1).

build(spec) makes the estate from a small description (fixtures/*.json):
per project its regions with their zones, and how many of each resource.
Every link is what Google puts in selfLink
(https://www.googleapis.com/compute/v1/projects/...), whatever host the
fake listens on.
"""
import base64
import hashlib
import re

LINK = "https://www.googleapis.com/"
T0 = "2021-03-0%dT1%d:2%d:00.000-07:00"


def ts(n):
    return T0 % (1 + n % 9, n % 10, n % 10)


def fingerprint(value):
    return base64.b64encode(hashlib.sha256(repr(value).encode()).digest()[:8]).decode()


class Project:
    def __init__(self, pid, number):
        self.id = pid
        self.number = number
        self.base = LINK + "compute/v1/projects/%s/" % pid
        self.regions = []        # items
        self.zones = []
        # collection name -> list of items (zonal, regional or global)
        self.coll = {}
        self.buckets = []
        self.objects = {}        # bucket -> [object names]
        self.sql = []
        self.sql_sub = {}        # instance -> {"backupRuns": [...], ...}
        self.clusters = []
        self.gke_ops = []
        self.seq = 1000

    def next_id(self):
        self.seq += 1
        return str(self.seq * 7919 + self.number)

    def add(self, coll, item):
        item.setdefault("id", self.next_id())
        self.coll.setdefault(coll, []).append(item)
        return item

    def zlink(self, zone, coll, name):
        return self.base + "zones/%s/%s/%s" % (zone, coll, name)

    def rlink(self, region, coll, name):
        return self.base + "regions/%s/%s/%s" % (region, coll, name)

    def glink(self, coll, name):
        return self.base + "global/%s/%s" % (coll, name)


MACHINE_TYPES = [("n1-standard-1", 1, 3840), ("e2-medium", 2, 4096), ("n2-highmem-4", 4, 32768)]
DISK_TYPES = ["pd-standard", "pd-ssd", "pd-balanced"]


def custom_machine_type(p, zone, name):
    """A custom machine type as machineTypes.get answers it: names
    "[<series>-]custom-<vCPUs>-<MiB>", None for another name."""
    m = re.fullmatch(r"(?:([a-z0-9]+)-)?custom-(\d+)-(\d+)", name)
    if not m:
        return None
    cpus, mem = int(m.group(2)), int(m.group(3))
    return {"kind": "compute#machineType", "id": str(9000000 + cpus * 1000 + mem % 1000),
            "creationTimestamp": "1969-12-31T16:00:00.000-08:00", "name": name,
            "description": "Custom created machine type.", "guestCpus": cpus, "memoryMb": mem,
            "maximumPersistentDisks": 128, "maximumPersistentDisksSizeGb": "263168", "zone": zone,
            "selfLink": p.zlink(zone, "machineTypes", name), "isSharedCpu": False}


def build_project(pid, number, spec):
    p = Project(pid, number)
    n = 0
    for region, zones in sorted(spec.get("regions", {}).items()):
        rl = p.base + "regions/" + region
        p.regions.append({"kind": "compute#region", "id": p.next_id(), "creationTimestamp": ts(n),
                          "name": region, "description": region, "status": "UP",
                          "zones": [p.base + "zones/" + z for z in zones],
                          # usage 0 is left out, as proto3's JSON does
                          "quotas": [{"metric": "CPUS", "limit": 24.0, "usage": 3.0},
                                     {"metric": "DISKS_TOTAL_GB", "limit": 4096.0, "usage": 30.0},
                                     {"metric": "STATIC_ADDRESSES", "limit": 7.0, "usage": 1.0 + n},
                                     {"metric": "SSD_TOTAL_GB", "limit": 1000.0, "usage": 1.25},
                                     {"metric": "NVIDIA_T4_GPUS", "limit": 0.0, "usage": 0.5},
                                     {"metric": "INSTANCE_GROUPS", "limit": 100.0}],
                          "selfLink": rl, "supportsPzs": False})
        for z in zones:
            p.zones.append({"kind": "compute#zone", "id": p.next_id(), "creationTimestamp": ts(n),
                            "name": z, "description": z, "status": "UP", "region": rl,
                            "selfLink": p.base + "zones/" + z,
                            "availableCpuPlatforms": ["Intel Broadwell", "AMD Milan"], "supportsPzs": False})
            for name, cpus, mem in MACHINE_TYPES:
                p.add("machineTypes", {"kind": "compute#machineType", "creationTimestamp": ts(n), "name": name,
                                       "description": "%d vCPU, %d MB RAM" % (cpus, mem), "guestCpus": cpus,
                                       "memoryMb": mem, "imageSpaceGb": 0, "maximumPersistentDisks": 128,
                                       "maximumPersistentDisksSizeGb": "263168", "zone": z,
                                       "selfLink": p.zlink(z, "machineTypes", name), "isSharedCpu": False})
            for d in DISK_TYPES:
                p.add("diskTypes", {"kind": "compute#diskType", "creationTimestamp": ts(n), "name": d,
                                    "description": d, "validDiskSize": "10GB-65536GB",
                                    "zone": p.base + "zones/" + z, "selfLink": p.zlink(z, "diskTypes", d),
                                    "defaultDiskSizeGb": "100"})
            n += 1
    net = p.add("networks", {"kind": "compute#network", "creationTimestamp": ts(1), "name": "default",
                             "description": "Default network for the project", "selfLink": p.glink("networks", "default"),
                             "autoCreateSubnetworks": True, "subnetworks": [],
                             "routingConfig": {"routingMode": "REGIONAL"}, "mtu": 1460,
                             "networkFirewallPolicyEnforcementOrder": "AFTER_CLASSIC_FIREWALL"})
    p.add("networks", {"kind": "compute#network", "creationTimestamp": ts(2), "name": "unused",
                       "selfLink": p.glink("networks", "unused"), "autoCreateSubnetworks": False,
                       "routingConfig": {"routingMode": "GLOBAL"}, "mtu": 1500})
    subnets = {}
    for i, r in enumerate(p.regions):
        s = p.add("subnetworks", {"kind": "compute#subnetwork", "creationTimestamp": ts(i), "name": "default",
                                  "network": net["selfLink"], "ipCidrRange": "10.%d.0.0/20" % (128 + i),
                                  "gatewayAddress": "10.%d.0.1" % (128 + i), "region": r["selfLink"],
                                  "selfLink": p.rlink(r["name"], "subnetworks", "default"),
                                  "privateIpGoogleAccess": False, "fingerprint": fingerprint(i),
                                  "purpose": "PRIVATE", "stackType": "IPV4_ONLY"})
        subnets[r["name"]] = s
        net["subnetworks"].append(s["selfLink"])
    p.add("firewalls", {"kind": "compute#firewall", "creationTimestamp": ts(3), "name": "default-allow-ssh",
                        "description": "Allow SSH from anywhere", "network": net["selfLink"], "priority": 65534,
                        "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}],
                        "direction": "INGRESS", "logConfig": {"enable": False}, "disabled": False,
                        "selfLink": p.glink("firewalls", "default-allow-ssh")})
    hc = p.add("healthChecks", {"kind": "compute#healthCheck", "creationTimestamp": ts(4), "name": "hc-http",
                                "checkIntervalSec": 5, "timeoutSec": 5, "unhealthyThreshold": 2,
                                "healthyThreshold": 2, "type": "HTTP",
                                "httpHealthCheck": {"port": 80, "requestPath": "/", "proxyHeader": "NONE"},
                                "selfLink": p.glink("healthChecks", "hc-http")})
    instances = []
    k = 0
    for z in p.zones:
        zn = z["name"]
        region = z["region"].rsplit("/", 1)[1]
        for j in range(spec.get("instances_per_zone", 1)):
            k += 1
            name = "vm-%s-%d" % (zn, j)
            mt = MACHINE_TYPES[k % 2]
            if k == 2:
                mt = ("e2-custom-2-6144",)
            status = "TERMINATED" if k % 3 == 0 else "RUNNING"
            inst = p.add("instances", {
                "kind": "compute#instance", "creationTimestamp": ts(k), "name": name, "description": "",
                "tags": {"items": ["http-server"], "fingerprint": fingerprint(name)},
                "machineType": p.zlink(zn, "machineTypes", mt[0]), "status": status, "zone": p.base + "zones/" + zn,
                "canIpForward": False,
                "networkInterfaces": [{"kind": "compute#networkInterface", "network": net["selfLink"],
                                       "subnetwork": subnets[region]["selfLink"], "networkIP": "10.128.0.%d" % k,
                                       "name": "nic0", "fingerprint": fingerprint(k), "stackType": "IPV4_ONLY",
                                       "accessConfigs": [{"kind": "compute#accessConfig", "type": "ONE_TO_ONE_NAT",
                                                          "name": "External NAT", "natIP": "34.1.2.%d" % k,
                                                          "networkTier": "PREMIUM"}]}],
                "disks": [{"kind": "compute#attachedDisk", "type": "PERSISTENT", "mode": "READ_WRITE",
                           "source": p.zlink(zn, "disks", name), "deviceName": "persistent-disk-0", "index": 0,
                           "boot": True, "autoDelete": True, "interface": "SCSI", "diskSizeGb": "10"}],
                "metadata": {"kind": "compute#metadata", "fingerprint": fingerprint("m" + name)},
                "selfLink": p.zlink(zn, "instances", name),
                "scheduling": {"onHostMaintenance": "MIGRATE", "automaticRestart": True, "preemptible": False,
                               "provisioningModel": "STANDARD"},
                "cpuPlatform": "Intel Broadwell", "labels": {"env": "test", "owner": "team-%d" % k},
                "labelFingerprint": fingerprint({"env": "test", "owner": "team-%d" % k}),
                "startRestricted": False, "deletionProtection": False, "fingerprint": fingerprint(k * 3),
                "lastStartTimestamp": ts(k + 1)})
            instances.append(inst)
            disk = p.add("disks", {
                "kind": "compute#disk", "creationTimestamp": ts(k), "name": name, "sizeGb": "10",
                "zone": p.base + "zones/" + zn, "status": "READY", "selfLink": p.zlink(zn, "disks", name),
                "type": p.zlink(zn, "diskTypes", DISK_TYPES[k % 2]), "labels": {},
                "labelFingerprint": fingerprint({}), "users": [inst["selfLink"]],
                "physicalBlockSizeBytes": "4096"})
            if k == 1:
                p.add("snapshots", {"kind": "compute#snapshot", "creationTimestamp": ts(5), "name": "snap-" + name,
                                    "status": "READY", "sourceDisk": disk["selfLink"], "sourceDiskId": disk["id"],
                                    "diskSizeGb": "10", "storageBytes": "123456",
                                    "selfLink": p.glink("snapshots", "snap-" + name), "labels": {"kind": "backup"},
                                    "labelFingerprint": fingerprint({"kind": "backup"}), "storageLocations": ["us"]})
                p.add("images", {"kind": "compute#image", "creationTimestamp": ts(6), "name": "img-" + name,
                                 "sourceType": "RAW", "status": "READY", "archiveSizeBytes": "5000",
                                 "diskSizeGb": "10", "sourceDisk": disk["selfLink"], "sourceDiskId": disk["id"],
                                 "selfLink": p.glink("images", "img-" + name), "labels": {},
                                 "labelFingerprint": fingerprint({}), "family": "app"})
                p.add("machineImages", {"kind": "compute#machineImage", "creationTimestamp": ts(7),
                                        "name": "mi-" + name, "selfLink": p.glink("machineImages", "mi-" + name),
                                        "sourceInstance": inst["selfLink"], "status": "READY",
                                        "savedDisks": [{"kind": "compute#savedDisk", "sourceDisk": disk["selfLink"],
                                                        "storageBytes": "1000", "architecture": "X86_64"}],
                                        "storageLocations": ["us"], "totalStorageBytes": "1000"})
        if z is p.zones[0]:
            ig = p.add("instanceGroups", {"kind": "compute#instanceGroup", "creationTimestamp": ts(8),
                                          "name": "ig-web", "zone": p.base + "zones/" + zn,
                                          "network": net["selfLink"], "subnetwork": subnets[region]["selfLink"],
                                          "fingerprint": fingerprint("ig"), "size": 1,
                                          "selfLink": p.zlink(zn, "instanceGroups", "ig-web")})
            igm = p.add("instanceGroupManagers", {
                "kind": "compute#instanceGroupManager", "creationTimestamp": ts(8), "name": "ig-web",
                "zone": p.base + "zones/" + zn, "instanceTemplate": p.glink("instanceTemplates", "tpl"),
                "instanceGroup": ig["selfLink"], "baseInstanceName": "web", "fingerprint": fingerprint("igm"),
                "status": {"isStable": True}, "targetSize": 1,
                "selfLink": p.zlink(zn, "instanceGroupManagers", "ig-web"),
                "autoHealingPolicies": [{"healthCheck": hc["selfLink"], "initialDelaySec": 300}]})
            p.add("autoscalers", {"kind": "compute#autoscaler", "creationTimestamp": ts(8), "name": "as-web",
                                  "target": igm["selfLink"], "zone": p.base + "zones/" + zn, "status": "ACTIVE",
                                  "autoscalingPolicy": {"minNumReplicas": 1, "maxNumReplicas": 3,
                                                        "coolDownPeriodSec": 60,
                                                        "cpuUtilization": {"utilizationTarget": 0.6}},
                                  "selfLink": p.zlink(zn, "autoscalers", "as-web")})
            bs = p.add("backendServices", {
                "kind": "compute#backendService", "creationTimestamp": ts(9), "name": "bs-web",
                "selfLink": p.glink("backendServices", "bs-web"),
                "backends": [{"group": ig["selfLink"], "balancingMode": "UTILIZATION", "capacityScaler": 1.0}],
                "healthChecks": [hc["selfLink"]], "timeoutSec": 30, "port": 80, "protocol": "HTTP",
                "portName": "http", "fingerprint": fingerprint("bs"), "sessionAffinity": "NONE",
                "loadBalancingScheme": "EXTERNAL", "connectionDraining": {"drainingTimeoutSec": 300}})
            um = p.add("urlMaps", {"kind": "compute#urlMap", "creationTimestamp": ts(9), "name": "um-web",
                                   "selfLink": p.glink("urlMaps", "um-web"), "defaultService": bs["selfLink"],
                                   "fingerprint": fingerprint("um")})
            px = p.add("targetHttpProxies", {"kind": "compute#targetHttpProxy", "creationTimestamp": ts(9),
                                             "name": "px-web", "selfLink": p.glink("targetHttpProxies", "px-web"),
                                             "urlMap": um["selfLink"], "fingerprint": fingerprint("px")})
            p.add("targetHttpsProxies", {"kind": "compute#targetHttpsProxy", "creationTimestamp": ts(9),
                                         "name": "pxs-web", "selfLink": p.glink("targetHttpsProxies", "pxs-web"),
                                         "urlMap": um["selfLink"], "sslCertificates": [],
                                         "fingerprint": fingerprint("pxs"), "quicOverride": "NONE"})
            p.add("forwardingRules", {"kind": "compute#forwardingRule", "creationTimestamp": ts(9),
                                      "name": "fr-web", "IPAddress": "34.1.1.1", "IPProtocol": "TCP",
                                      "portRange": "80-80", "target": px["selfLink"],
                                      "selfLink": p.glink("forwardingRules", "fr-web"),
                                      "loadBalancingScheme": "EXTERNAL", "networkTier": "PREMIUM",
                                      "labelFingerprint": fingerprint({}), "fingerprint": fingerprint("fr")})
    for i, r in enumerate(p.regions):
        rn = r["name"]
        if i == 0:
            p.add("addresses", {"kind": "compute#address", "creationTimestamp": ts(i), "name": "addr-int",
                                "address": "10.128.0.50", "status": "RESERVED", "region": r["selfLink"],
                                "selfLink": p.rlink(rn, "addresses", "addr-int"), "addressType": "INTERNAL",
                                "purpose": "GCE_ENDPOINT", "subnetwork": subnets[rn]["selfLink"],
                                "networkTier": "PREMIUM", "labelFingerprint": fingerprint({})})
            p.add("targetPools", {"kind": "compute#targetPool", "creationTimestamp": ts(i), "name": "tp-web",
                                  "region": r["selfLink"], "healthChecks": [],
                                  "instances": [x["selfLink"] for x in instances[:1]], "sessionAffinity": "NONE",
                                  "selfLink": p.rlink(rn, "targetPools", "tp-web")})
            rt = p.add("routers", {"kind": "compute#router", "creationTimestamp": ts(i), "name": "rt-vpn",
                                   "region": r["selfLink"], "network": net["selfLink"],
                                   "bgp": {"asn": 64512, "advertiseMode": "DEFAULT", "keepaliveInterval": 20},
                                   "selfLink": p.rlink(rn, "routers", "rt-vpn")})
            gw = p.add("vpnGateways", {"kind": "compute#vpnGateway", "creationTimestamp": ts(i), "name": "gw-1",
                                       "region": r["selfLink"], "network": net["selfLink"],
                                       "selfLink": p.rlink(rn, "vpnGateways", "gw-1"),
                                       "vpnInterfaces": [{"id": 0, "ipAddress": "35.1.1.1"}],
                                       "labelFingerprint": fingerprint({}), "stackType": "IPV4_ONLY"})
            p.add("vpnTunnels", {"kind": "compute#vpnTunnel", "creationTimestamp": ts(i), "name": "tun-1",
                                 "region": r["selfLink"], "vpnGateway": gw["selfLink"], "vpnGatewayInterface": 0,
                                 "peerIp": "1.2.3.4", "ikeVersion": 2, "sharedSecretHash": "AOxyz",
                                 "status": "ESTABLISHED", "detailedStatus": "Tunnel is up and running.",
                                 "selfLink": p.rlink(rn, "vpnTunnels", "tun-1"), "router": rt["selfLink"],
                                 "labelFingerprint": fingerprint({})})
    for b in range(spec.get("buckets", 1)):
        name = "%s-bucket-%d" % (pid, b)
        p.buckets.append({"kind": "storage#bucket", "selfLink": LINK + "storage/v1/b/" + name, "id": name,
                          "name": name, "projectNumber": str(number), "metageneration": "1", "location": "US",
                          "storageClass": "STANDARD", "etag": "CAE=", "timeCreated": "2021-02-03T04:05:06.789Z",
                          "updated": "2021-02-03T04:05:06.789Z", "labels": {"team": "data"},
                          "locationType": "multi-region",
                          "iamConfiguration": {"bucketPolicyOnly": {"enabled": False},
                                               "uniformBucketLevelAccess": {"enabled": False},
                                               "publicAccessPrevention": "inherited"}})
        p.objects[name] = ["index.html", "logs/2021 03 01.txt", "data/a+b%c.csv"]
    if p.regions and spec.get("sql", True):
        r0 = p.regions[0]["name"]
        p.sql.append({"kind": "sql#instance", "state": "RUNNABLE", "databaseVersion": "POSTGRES_14",
                      "settings": {"tier": "db-f1-micro", "kind": "sql#settings", "availabilityType": "ZONAL",
                                   "dataDiskSizeGb": "10", "dataDiskType": "PD_SSD",
                                   "ipConfiguration": {"ipv4Enabled": True}, "userLabels": {"app": "shop"}},
                      "etag": "e1", "ipAddresses": [{"type": "PRIMARY", "ipAddress": "34.1.2.200"}],
                      "instanceType": "CLOUD_SQL_INSTANCE", "project": pid, "backendType": "SECOND_GEN",
                      "selfLink": "https://sqladmin.googleapis.com/sql/v1beta4/projects/%s/instances/db1" % pid,
                      "connectionName": "%s:%s:db1" % (pid, r0), "name": "db1", "region": r0,
                      "gceZone": p.zones[0]["name"], "databaseInstalledVersion": "POSTGRES_14_4",
                      "createTime": "2022-01-02T03:04:05.678Z"})
        p.sql_sub["db1"] = {
            "backupRuns": [{"kind": "sql#backupRun", "status": "SUCCESSFUL", "enqueuedTime": "2022-02-01T00:00:00Z",
                            "id": "1643673600000", "startTime": "2022-02-01T00:00:01Z",
                            "endTime": "2022-02-01T00:03:00Z", "type": "AUTOMATED", "instance": "db1",
                            "selfLink": "https://sqladmin.googleapis.com/sql/v1beta4/projects/%s/instances/db1/"
                                        "backupRuns/1643673600000" % pid,
                            "location": "us", "backupKind": "SNAPSHOT"}],
            "databases": [{"kind": "sql#database", "charset": "UTF8", "collation": "en_US.UTF8", "etag": "d1",
                           "name": "shop", "instance": "db1", "project": pid,
                           "selfLink": "https://sqladmin.googleapis.com/sql/v1beta4/projects/%s/instances/db1/"
                                       "databases/shop" % pid}],
            "users": [{"kind": "sql#user", "etag": "u1", "name": "postgres", "host": "", "instance": "db1",
                       "project": pid, "type": "BUILT_IN"},
                      {"kind": "sql#user", "etag": "u2", "host": "%", "instance": "db1", "project": pid}],
            "operations": [{"kind": "sql#operation", "targetLink": "https://sqladmin.googleapis.com/sql/v1beta4/"
                            "projects/%s/instances/db1" % pid, "status": "DONE", "user": "admin@example.com",
                            "insertTime": "2022-01-02T03:04:05.678Z", "startTime": "2022-01-02T03:04:06Z",
                            "endTime": "2022-01-02T03:10:00Z", "operationType": "CREATE",
                            "name": "op-create-db1", "targetId": "db1", "targetProject": pid,
                            "selfLink": "https://sqladmin.googleapis.com/sql/v1beta4/projects/%s/operations/"
                                        "op-create-db1" % pid}]}
    if p.zones and spec.get("gke", True):
        z0 = p.zones[0]["name"]
        p.clusters.append({"name": "gke1", "nodeConfig": {"machineType": "e2-medium", "diskSizeGb": 100,
                                                          "imageType": "COS_CONTAINERD"},
                           "loggingService": "logging.googleapis.com/kubernetes", "network": "default",
                           "clusterIpv4Cidr": "10.4.0.0/14",
                           "nodePools": [{"name": "default-pool", "initialNodeCount": 1, "version": "1.24.9",
                                          "status": "RUNNING", "config": {"machineType": "e2-medium"},
                                          "selfLink": "https://container.googleapis.com/v1/projects/%s/zones/%s/"
                                                      "clusters/gke1/nodePools/default-pool" % (pid, z0)}],
                           "locations": [z0],
                           "selfLink": "https://container.googleapis.com/v1/projects/%s/zones/%s/clusters/gke1"
                                       % (pid, z0),
                           "zone": z0, "endpoint": "34.1.1.9", "initialClusterVersion": "1.24.9",
                           "currentMasterVersion": "1.24.9", "status": "RUNNING",
                           "createTime": "2022-05-06T07:08:09+00:00", "location": z0,
                           "resourceLabels": {"team": "platform"}})
        p.gke_ops.append({"name": "operation-1651820889000-abc", "zone": z0, "operationType": "CREATE_CLUSTER",
                          "status": "DONE", "selfLink": "https://container.googleapis.com/v1/projects/%s/zones/%s/"
                                                        "operations/operation-1651820889000-abc" % (pid, z0),
                          "targetLink": p.clusters[-1]["selfLink"], "startTime": "2022-05-06T07:08:09Z",
                          "endTime": "2022-05-06T07:12:00Z", "location": z0})
    return p


def build(spec):
    """{"projects": {id: {number, regions, ...}}, "service_accounts":
    {email: {"projects": [...], "key_project": id}}} -> (projects by id, spec)"""
    projects = {}
    for pid, ps in spec["projects"].items():
        projects[pid] = build_project(pid, ps.get("number", 1), ps)
    return projects


# ---- Cloud Billing -----------------------------------------------------------

# Cloud Billing's catalog as services.list documents it (a few of Google's
# real services); SKUs of each in services.skus.list's shape.
SERVICES = [("6F81-5844-456A", "Compute Engine"), ("95FF-2EF5-5EA1", "Cloud Storage"),
            ("9662-B51E-5089", "Cloud SQL")]
SKU_GROUPS = [("Compute", "N1Standard", "N1 Predefined Instance Core running in %s", "h", 31611000),
              ("Compute", "N1Standard", "N1 Predefined Instance Ram running in %s", "GiBy.h", 4237000),
              ("Storage", "SSD", "SSD backed PD Capacity in %s", "GiBy.mo", 170000000),
              ("Storage", "PDStandard", "Storage PD Capacity in %s", "GiBy.mo", 40000000)]
GEOS = [("Americas", ["us-east1", "us-central1", "us-west1"]), ("EMEA", ["europe-west1"])]


def sku(service_id, n, family, group, description, unit, nanos, geo, regions):
    sid = "%04X-%04X-%04X" % (0x1000 + n, 0x2000 + 7 * n, 0x3000 + 13 * n)
    return {"name": "services/%s/skus/%s" % (service_id, sid), "skuId": sid, "description": description % geo,
            "category": {"serviceDisplayName": dict(SERVICES)[service_id], "resourceFamily": family,
                         "resourceGroup": group, "usageType": "OnDemand"},
            "serviceRegions": regions,
            "pricingInfo": [{"summary": "", "pricingExpression": {
                "usageUnit": unit, "usageUnitDescription": unit, "baseUnit": unit[0], "baseUnitDescription": unit,
                "baseUnitConversionFactor": 3600, "displayQuantity": 1,
                "tieredRates": [{"startUsageAmount": 0, "unitPrice": {"currencyCode": "USD", "units": "0",
                                                                      "nanos": nanos}}]},
                "currencyConversionRate": 1, "effectiveTime": "2023-01-01T12:00:00.000Z"}],
            "serviceProviderName": "Google", "geoTaxonomy": {"type": "MULTI_REGIONAL", "regions": regions}}


def billing(spec):
    """The fixture's "billing" {"accounts": [{name, displayName, open,
    masterBillingAccount, viewers: [email], projects: [id]}]} -> the
    estate Cloud Billing answers: accounts (with viewers), each account's
    projectBillingInfo, the services and their SKUs."""
    b = spec.get("billing", {})
    accounts = [dict(a) for a in b.get("accounts", [])]
    infos = {a["name"]: [{"name": "projects/%s/billingInfo" % p, "projectId": p, "billingAccountName": a["name"],
                          "billingEnabled": bool(a.get("open"))} for p in a.get("projects", [])]
             for a in accounts}
    services = [{"name": "services/" + sid, "serviceId": sid, "displayName": name,
                 "businessEntityName": "businessEntities/GCP"} for sid, name in SERVICES]
    skus = {}
    n = 0
    for sid, _ in SERVICES:
        skus["services/" + sid] = lst = []
        for family, group, desc, unit, nanos in SKU_GROUPS:
            for geo, regions in GEOS:
                n += 1
                lst.append(sku(sid, n, family, group, desc, unit, nanos, geo, regions))
    return {"accounts": accounts, "infos": infos, "services": services, "skus": skus}

#!/usr/bin/env python3
"""fakegcp: a faithful fake of the Google Cloud APIs the GCP collector
calls, on one port of 127.0.0.1 (README.md).

- POST /token: OAuth 2.0 for service accounts (RFC 7523): the RS256
  assertion is verified against the service account's public key, its
  iss, aud (this token URI), scope and times; refusals as Google's token
  endpoint gives them ({"error": "invalid_grant", ...}, HTTP 400).
- Every API call needs "Authorization: Bearer <token>" of a token this
  fake issued and that has not expired; the service account must see the
  project (else 403 PERMISSION_DENIED); errors in Google's JSON error
  format {"error": {"code", "message", "status", "errors": [...]}}.
- Resource Manager v1 projects.list, Compute v1 lists (plain and
  aggregated, keyed zones/<z>, regions/<r>, global), gets, deletes and
  setLabels with labelFingerprint (412 conditionNotMet on a stale one),
  zonal/regional/global operations that run before they are DONE; Cloud
  Storage buckets (list, delete, patch), Cloud SQL Admin instances.list,
  GKE clusters.list, Cloud Billing v1 (billingAccounts.list,
  billingAccounts.projects.list, services.list, services.skus.list,
  paged with pageSize). Lists page with maxResults (default --page-size) and
  nextPageToken.
- Faults on demand (POST /_fake/faults): an HTTP status (429, 503, ...) for
  n matching requests, a malformed or truncated body, an endless page
  token, an operation that never ends, a delay. A request log
  (GET /_fake/log).
"""
import argparse
import asyncio
import base64
import json
import os
import secrets
import sys
import time
import urllib.parse

sys.dont_write_bytecode = True
from aiohttp import web  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import padding, rsa  # noqa: E402
from cryptography.exceptions import InvalidSignature  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gcpstate  # noqa: E402

SCOPE = "https://www.googleapis.com/auth/cloud-platform"
GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
TOKEN_LIFE = 3599

AGGREGATED = {"instances", "disks", "machineTypes", "diskTypes", "subnetworks", "addresses", "forwardingRules",
              "backendServices", "targetHttpProxies", "targetHttpsProxies", "urlMaps", "healthChecks",
              "targetPools", "instanceGroups", "instanceGroupManagers", "autoscalers", "routers",
              "vpnGateways", "vpnTunnels"}
GLOBAL = {"networks", "firewalls", "snapshots", "images", "machineImages", "backendServices", "urlMaps",
          "targetHttpProxies", "targetHttpsProxies", "healthChecks", "forwardingRules"}
LABELLED = {"instances", "disks", "snapshots", "images", "addresses", "forwardingRules", "vpnGateways",
            "vpnTunnels"}


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def gerror(code, status, message, reason="", domain="global"):
    body = {"error": {"code": code, "message": message, "status": status}}
    if reason:
        body["error"]["errors"] = [{"message": message, "domain": domain, "reason": reason}]
    return web.json_response(body, status=code)


class Fake:
    def __init__(self, spec, workdir, page_size):
        self.spec = spec
        self.workdir = workdir
        self.page_size = page_size
        self.projects = gcpstate.build(spec)
        self.billing = gcpstate.billing(spec)
        self.accounts = {}      # email -> {"key": private key, "projects": [...], "file": path}
        self.tokens = {}        # token -> (email, expires)
        self.ops = {}           # op name -> {"op": dict, "polls": n}
        self.log = []
        self.faults = []
        self.fault_seq = 0
        self.port = None
        self.expired = set()
        self.delay_ms = 0
        self.token_life = TOKEN_LIFE

    # -- keys
    def make_keys(self):
        for email, sa in self.spec["service_accounts"].items():
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            self.accounts[email] = {"key": key, "projects": sa["projects"], "key_project": sa.get("key_project")}

    def key_file(self, email, token_uri, wrong=False):
        """A service-account key file as the console writes it."""
        a = self.accounts[email]
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if wrong else a["key"]
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
        doc = {"type": "service_account", "project_id": a.get("key_project") or a["projects"][0],
               "private_key_id": "k" + secrets.token_hex(8), "private_key": pem, "client_email": email,
               "client_id": str(abs(hash(email)) % 10 ** 20), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
               "token_uri": token_uri, "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
               "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + email}
        path = os.path.join(self.workdir, "%s%s.json" % (email.replace("@", "_at_"), "-wrong" if wrong else ""))
        with open(path, "w") as f:
            json.dump(doc, f, indent=2)
        os.chmod(path, 0o600)
        return path

    # -- faults
    def fault_for(self, request, kinds):
        for f in self.faults:
            if f["kind"] not in kinds or f.get("left", 1) <= 0:
                continue
            if f.get("path") and f["path"] not in request.path_qs:
                continue
            if f.get("method") and f["method"] != request.method:
                continue
            if "left" in f:
                f["left"] -= 1
            return f
        return None


def token_uri(fake):
    return "http://127.0.0.1:%d/token" % fake.port


@web.middleware
async def middleware(request, handler):
    fake = request.app["fake"]
    entry = {"seq": len(fake.log) + 1, "method": request.method, "path": request.path, "query": request.query_string,
             "time": time.time()}
    fake.log.append(entry)
    f = fake.fault_for(request, {"delay"})
    if f:
        await asyncio.sleep(f.get("ms", 100) / 1000)
    elif fake.delay_ms and not request.path.startswith("/_fake/"):
        await asyncio.sleep(fake.delay_ms / 1000)
    if not request.path.startswith("/_fake/"):
        f = fake.fault_for(request, {"status"})
        if f:
            entry["status"] = f["status"]
            entry["fault"] = "status"
            st = {429: "RESOURCE_EXHAUSTED", 403: "PERMISSION_DENIED", 500: "INTERNAL",
                  503: "UNAVAILABLE"}.get(f["status"], "UNKNOWN")
            return gerror(f["status"], st, "fault injected: %s" % st, reason=f.get("reason") or (
                "rateLimitExceeded" if f["status"] == 429 else "backendError"))
    try:
        resp = await handler(request)
    except web.HTTPException as e:
        entry["status"] = e.status
        raise
    entry["status"] = resp.status
    if "_log" in request:
        entry.update(request["_log"])
    if not request.path.startswith("/_fake/"):
        f = fake.fault_for(request, {"malformed", "truncated"})
        if f:
            entry["fault"] = f["kind"]
            text = resp.body.decode() if isinstance(resp.body, bytes) else json.dumps({})
            body = text[:len(text) // 2] if f["kind"] == "truncated" else "{\"items\": [,,]" + text
            return web.Response(text=body, status=200, content_type="application/json")
    return resp


# ---- OAuth ---------------------------------------------------------------

async def token(request):
    fake = request.app["fake"]
    form = await request.post()
    log = request["_log"] = {}
    if form.get("grant_type") == "refresh_token":
        # an authorized user (gcloud's application default file)
        for u in fake.spec.get("authorized_users", []):
            if (form.get("client_id"), form.get("client_secret"), form.get("refresh_token")) == \
                    (u["client_id"], u["client_secret"], u["refresh_token"]):
                tok = "ya29." + secrets.token_urlsafe(24)
                fake.tokens[tok] = (u["account"], time.time() + TOKEN_LIFE)
                log.update(sa=u["account"], issued=True, grant="refresh_token")
                return web.json_response({"access_token": tok, "expires_in": TOKEN_LIFE, "token_type": "Bearer",
                                          "scope": SCOPE})
        return web.json_response({"error": "invalid_grant", "error_description": "Bad Request"}, status=400)
    if form.get("grant_type") != GRANT:
        return web.json_response({"error": "unsupported_grant_type",
                                  "error_description": "Invalid grant_type: %s" % form.get("grant_type")}, status=400)
    parts = form.get("assertion", "").split(".")
    if len(parts) != 3:
        return web.json_response({"error": "invalid_request", "error_description": "Invalid JWT"}, status=400)
    try:
        header = json.loads(b64url_decode(parts[0]))
        claims = json.loads(b64url_decode(parts[1]))
        sig = b64url_decode(parts[2])
    except ValueError:
        return web.json_response({"error": "invalid_request", "error_description": "Invalid JWT"}, status=400)
    email = claims.get("iss")
    log["sa"] = email
    a = fake.accounts.get(email)
    if header.get("alg") != "RS256":
        return web.json_response({"error": "invalid_grant", "error_description": "Invalid JWT: alg"}, status=400)
    if a is None:
        return web.json_response({"error": "invalid_grant", "error_description": "Invalid grant: account not found"},
                                 status=400)
    try:
        a["key"].public_key().verify(sig, (parts[0] + "." + parts[1]).encode(), padding.PKCS1v15(),
                                     hashes.SHA256())
    except InvalidSignature:
        log["refused"] = "signature"
        return web.json_response({"error": "invalid_grant", "error_description": "Invalid JWT Signature."},
                                 status=400)
    now = time.time()
    if claims.get("aud") != token_uri(fake):
        return web.json_response({"error": "invalid_grant", "error_description":
                                  "Invalid JWT: Failed audience check. The right audience is " + token_uri(fake)},
                                 status=400)
    if SCOPE not in str(claims.get("scope", "")).split():
        return web.json_response({"error": "invalid_scope", "error_description": "Invalid OAuth scope"}, status=400)
    iat, exp = claims.get("iat", 0), claims.get("exp", 0)
    if not isinstance(iat, int) or not isinstance(exp, int) or exp <= now or iat > now + 60 or exp - iat > 3600:
        log["refused"] = "time"
        return web.json_response({"error": "invalid_grant", "error_description":
                                  "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable "
                                  "timeframe. Check your iat and exp values in the JWT claim."}, status=400)
    tok = "ya29." + secrets.token_urlsafe(24)
    fake.tokens[tok] = (email, now + fake.token_life)
    log["issued"] = True
    return web.json_response({"access_token": tok, "expires_in": fake.token_life, "token_type": "Bearer"})


async def metadata_token(request):
    """The metadata server's token of the instance's service account."""
    fake = request.app["fake"]
    if request.headers.get("Metadata-Flavor") != "Google":
        return web.Response(status=403, text="Missing required header: Metadata-Flavor")
    email = fake.spec.get("metadata_account")
    if email is None:
        return web.Response(status=404, text="no service account")
    tok = "ya29." + secrets.token_urlsafe(24)
    fake.tokens[tok] = (email, time.time() + TOKEN_LIFE)
    request["_log"] = {"sa": email, "issued": True, "grant": "metadata"}
    return web.json_response({"access_token": tok, "expires_in": TOKEN_LIFE, "token_type": "Bearer"})


def caller(request, project=None):
    """(email, None) or (None, error response)."""
    fake = request.app["fake"]
    h = request.headers.get("Authorization", "")
    tok = h[7:] if h.startswith("Bearer ") else None
    t = fake.tokens.get(tok) if tok else None
    if t is None or t[1] < time.time() or tok in fake.expired:
        return None, gerror(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected "
                            "OAuth 2 access token, login cookie or other valid authentication credential.",
                            reason="authError")
    request["_log"] = dict(request.get("_log", {}), sa=t[0], project=project)
    if project is not None:
        if project not in fake.projects or project not in fake.accounts[t[0]]["projects"]:
            return None, gerror(403, "PERMISSION_DENIED", "Permission denied on resource project %s." % project,
                                reason="forbidden")
        api = request.path.split("/")[1]
        disabled = fake.spec["projects"][project].get("disabled", [])
        if api in fake.spec["projects"][project].get("denied", []):
            return None, gerror(403, "PERMISSION_DENIED", "The caller does not have permission", reason="forbidden")
        if api in disabled or ("sql" in disabled and request.path.startswith("/v1/projects/%s/instances" % project)):
            return None, gerror(403, "PERMISSION_DENIED", "API has not been used in project %s before or it is "
                                "disabled." % project, reason="accessNotConfigured", domain="usageLimits")
    return t[0], None


def page_of(request, items, size_param="maxResults"):
    """(page items, next token) with maxResults (Cloud Billing: pageSize)
    and pageToken."""
    fake = request.app["fake"]
    size = int(request.query.get(size_param, fake.page_size))
    tok = request.query.get("pageToken")
    start = 0
    if tok:
        try:
            start = int(b64url_decode(tok).decode().split(":")[1])
        except (ValueError, IndexError):
            raise web.HTTPBadRequest(text=json.dumps({"error": {"code": 400, "message": "Invalid page token",
                                                                "status": "INVALID_ARGUMENT"}}),
                                     content_type="application/json")
    f = fake.fault_for(request, {"endless"})
    nxt = None
    if f:
        nxt = base64.urlsafe_b64encode(("p:%d:%s" % (start, secrets.token_hex(4))).encode()).decode()
        return items[start:start + size], nxt
    if start + size < len(items):
        nxt = base64.urlsafe_b64encode(("p:%d" % (start + size)).encode()).decode().rstrip("=")
    return items[start:start + size], nxt


# ---- Resource Manager ----------------------------------------------------

async def projects_list(request):
    fake = request.app["fake"]
    email, err = caller(request)
    if err is not None:
        return err
    seen = [{"projectNumber": str(fake.spec["projects"].get(p, {}).get("number", 0)), "projectId": p,
             "lifecycleState": "ACTIVE", "name": p.replace("-", " ").title(),
             "createTime": "2020-01-01T00:00:00.000Z", "parent": {"type": "organization", "id": "1234"}}
            for p in fake.accounts[email]["projects"]]
    items, nxt = page_of(request, seen)
    body = {"projects": items}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


# ---- Compute -------------------------------------------------------------

def scope_of(p, item):
    if "zone" in item:
        return "zones/" + item["zone"].rsplit("/", 1)[-1]
    if "region" in item:
        return "regions/" + item["region"].rsplit("/", 1)[-1]
    return "global"


async def compute_list(request):
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    p = fake.projects[pid]
    what = request.match_info["what"]
    if what == "regions":
        items = p.regions
    elif what == "zones":
        items = p.zones
    else:
        raise web.HTTPNotFound()
    page, nxt = page_of(request, items)
    body = {"kind": "compute#%sList" % what[:-1], "id": "projects/%s/%s" % (pid, what), "items": page,
            "selfLink": p.base + what}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


async def compute_aggregated(request):
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    p = fake.projects[pid]
    coll = request.match_info["coll"]
    if coll not in AGGREGATED:
        raise web.HTTPNotFound()
    items = p.coll.get(coll, [])
    page, nxt = page_of(request, items)
    scopes = {}
    for it in page:
        scopes.setdefault(scope_of(p, it), {coll: []})[coll].append(it)
    if not request.query.get("pageToken"):
        # scopes without any: Google's warning instead of the list
        for z in p.zones:
            scopes.setdefault("zones/" + z["name"], {"warning": {
                "code": "NO_RESULTS_ON_PAGE", "message": "There are no results for scope 'zones/%s' on this page."
                % z["name"], "data": [{"key": "scope", "value": "zones/" + z["name"]}]}})
    body = {"kind": "compute#%sAggregatedList" % coll, "id": "projects/%s/aggregated/%s" % (pid, coll),
            "items": scopes, "selfLink": p.base + "aggregated/" + coll}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


async def compute_global_list(request):
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    p = fake.projects[pid]
    coll = request.match_info["coll"]
    if coll not in GLOBAL:
        raise web.HTTPNotFound()
    items = [i for i in p.coll.get(coll, []) if "zone" not in i and "region" not in i]
    page, nxt = page_of(request, items)
    body = {"kind": "compute#%sList" % coll, "id": "projects/%s/global/%s" % (pid, coll), "items": page,
            "selfLink": p.base + "global/" + coll}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


def find(p, coll, scope, name):
    for it in p.coll.get(coll, []):
        if it["name"] == name and scope_of(p, it) == scope:
            return it
    return None


def operation(fake, p, scope, op_type, target):
    name = "operation-%d-%s" % (int(time.time() * 1000), secrets.token_hex(4))
    if scope == "global":
        link = p.base + "global/operations/" + name
    else:
        link = p.base + scope + "/operations/" + name
    op = {"kind": "compute#operation", "id": p.next_id(), "name": name, "operationType": op_type,
          "targetLink": target["selfLink"], "targetId": target.get("id"), "status": "RUNNING",
          "user": "fake@example.com", "progress": 0, "insertTime": "2023-01-01T00:00:00.000-07:00",
          "selfLink": link}
    if scope.startswith("zones/"):
        op["zone"] = p.base + scope
    elif scope.startswith("regions/"):
        op["region"] = p.base + scope
    fake.ops[name] = {"op": op, "polls": 0}
    return op


async def compute_item(request):
    """GET / DELETE .../{scope}/{coll}/{name}, POST .../setLabels"""
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    p = fake.projects[pid]
    rest = request.match_info["rest"].split("/")
    if rest[0] == "global":
        scope, rest = "global", rest[1:]
    elif rest[0] in ("zones", "regions") and len(rest) > 1:
        scope, rest = rest[0] + "/" + rest[1], rest[2:]
    else:
        raise web.HTTPNotFound()
    if len(rest) < 2:
        raise web.HTTPNotFound()
    coll, name = rest[0], rest[1]
    action = rest[2] if len(rest) > 2 else None
    if coll == "operations":
        o = fake.ops.get(name)
        if o is None:
            return gerror(404, "NOT_FOUND", "The resource '%s' was not found" % request.path, reason="notFound")
        o["polls"] += 1
        never = fake.fault_for(request, {"never_done"})
        if not never and o["polls"] >= 1:
            o["op"]["status"] = "DONE"
            o["op"]["progress"] = 100
        return web.json_response(o["op"])
    it = find(p, coll, scope, name)
    if it is None and coll == "machineTypes" and request.method == "GET":
        it = gcpstate.custom_machine_type(p, scope.split("/")[-1], name)
    if it is None:
        return gerror(404, "NOT_FOUND", "The resource 'projects/%s/%s/%s/%s' was not found" % (pid, scope, coll,
                                                                                            name), reason="notFound")
    request["_log"] = dict(request.get("_log", {}), coll=coll, name=name, action=action or request.method)
    if request.method == "GET" and action is None:
        return web.json_response(it)
    if request.method == "DELETE" and action is None:
        p.coll[coll].remove(it)
        return web.json_response(operation(fake, p, scope, "delete", it))
    if request.method == "POST" and action == "setLabels":
        if coll not in LABELLED:
            raise web.HTTPNotFound()
        body = await request.json()
        request["_log"]["body"] = body
        if body.get("labelFingerprint") != it.get("labelFingerprint"):
            return gerror(412, "FAILED_PRECONDITION", "Labels fingerprint either invalid or resource labels have "
                          "changed", reason="conditionNotMet")
        it["labels"] = dict(body.get("labels") or {})
        it["labelFingerprint"] = gcpstate.fingerprint(it["labels"])
        return web.json_response(operation(fake, p, scope, "setLabels", it))
    raise web.HTTPMethodNotAllowed(request.method, ["GET", "DELETE", "POST"])


# ---- Storage, SQL, GKE ---------------------------------------------------

async def buckets(request):
    fake = request.app["fake"]
    pid = request.query.get("project", "")
    _, err = caller(request, pid)
    if err is not None:
        return err
    page, nxt = page_of(request, fake.projects[pid].buckets)
    body = {"kind": "storage#buckets", "items": page}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


async def bucket(request):
    fake = request.app["fake"]
    name = request.match_info["name"]
    for pid, p in fake.projects.items():
        for b in p.buckets:
            if b["name"] != name:
                continue
            _, err = caller(request, pid)
            if err is not None:
                return err
            request["_log"] = dict(request.get("_log", {}), coll="buckets", name=name)
            if request.method == "DELETE":
                if p.objects.get(name):
                    return gerror(409, "CONFLICT", "The bucket you tried to delete is not empty.",
                                  reason="conflict")
                p.buckets.remove(b)
                return web.Response(status=204)
            if request.method == "PATCH":
                body = await request.json()
                request["_log"]["body"] = body
                labels = dict(b.get("labels", {}))
                for k, v in (body.get("labels") or {}).items():
                    if v is None:
                        labels.pop(k, None)
                    else:
                        labels[k] = v
                b["labels"] = labels
                return web.json_response(b)
            return web.json_response(b)
    _, err = caller(request)
    if err is not None:
        return err
    return gerror(404, "NOT_FOUND", "The specified bucket does not exist.", reason="notFound")


async def bucket_objects(request):
    """objects.list (paged) and objects.delete of a bucket"""
    fake = request.app["fake"]
    name = request.match_info["name"]
    for pid, p in fake.projects.items():
        if name not in p.objects:
            continue
        _, err = caller(request, pid)
        if err is not None:
            return err
        obj = request.match_info.get("object")
        if obj is not None:     # the name as sent, percent-decoded once
            obj = urllib.parse.unquote(request.raw_path.split("/o/", 1)[1].split("?")[0])
        if obj is None:
            # Cloud Storage's tokens continue after a name, so objects
            # deleted meanwhile do not shift the pages
            after = request.query.get("pageToken")
            after = b64url_decode(after).decode() if after else ""
            names = sorted(o for o in p.objects[name] if o > after)
            size = int(request.query.get("maxResults", fake.page_size))
            page = [{"kind": "storage#object", "name": o, "bucket": name, "id": "%s/%s/1" % (name, o),
                     "size": "12", "selfLink": gcpstate.LINK + "storage/v1/b/%s/o/%s"
                     % (name, urllib.parse.quote(o, safe=""))} for o in names[:size]]
            nxt = base64.urlsafe_b64encode(names[size - 1].encode()).decode() if len(names) > size else None
            body = {"kind": "storage#objects", "items": page}
            if nxt:
                body["nextPageToken"] = nxt
            return web.json_response(body)
        request["_log"] = dict(request.get("_log", {}), coll="objects", name=obj)
        if obj not in p.objects[name]:
            return gerror(404, "NOT_FOUND", "No such object: %s/%s" % (name, obj), reason="notFound")
        p.objects[name].remove(obj)
        return web.Response(status=204)
    _, err = caller(request)
    if err is not None:
        return err
    return gerror(404, "NOT_FOUND", "The specified bucket does not exist.", reason="notFound")


async def sql_instances(request):
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    page, nxt = page_of(request, fake.projects[pid].sql)
    body = {"items": page} if page else {}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


async def sql_sub(request):
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    sub = fake.projects[pid].sql_sub.get(request.match_info["instance"])
    if sub is None:
        return gerror(404, "NOT_FOUND", "The Cloud SQL instance does not exist.", reason="instanceDoesNotExist")
    page, nxt = page_of(request, sub.get(request.match_info["what"], []))
    body = {"kind": "sql#%sList" % request.match_info["what"], "items": page}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


async def clusters(request):
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    return web.json_response({"clusters": fake.projects[pid].clusters})


async def gke_operations(request):
    fake = request.app["fake"]
    pid = request.match_info["project"]
    _, err = caller(request, pid)
    if err is not None:
        return err
    return web.json_response({"operations": fake.projects[pid].gke_ops})


# ---- Cloud Billing -------------------------------------------------------

def billing_caller(request):
    """(email, None) or (None, error): a live token, and the Cloud Billing
    API enabled in the project of the account's key (the project Google
    bills the call to)."""
    fake = request.app["fake"]
    email, err = caller(request)
    if err is not None:
        return None, err
    a = fake.accounts[email]
    home = a.get("key_project") or a["projects"][0]
    if "cloudbilling" in fake.spec["projects"].get(home, {}).get("disabled", []):
        return None, gerror(403, "PERMISSION_DENIED", "Cloud Billing API has not been used in project %s before "
                            "or it is disabled." % home, reason="accessNotConfigured", domain="usageLimits")
    return email, None


def billing_page(request, key, items):
    page, nxt = page_of(request, items, "pageSize")
    body = {key: page}
    if nxt:
        body["nextPageToken"] = nxt
    return web.json_response(body)


async def billing_accounts(request):
    fake = request.app["fake"]
    email, err = billing_caller(request)
    if err is not None:
        return err
    seen = [{k: v for k, v in a.items() if k not in ("viewers", "projects")}
            for a in fake.billing["accounts"] if email in a.get("viewers", [])]
    return billing_page(request, "billingAccounts", seen)


async def billing_projects(request):
    fake = request.app["fake"]
    email, err = billing_caller(request)
    if err is not None:
        return err
    name = "billingAccounts/" + request.match_info["account"]
    acct = [a for a in fake.billing["accounts"] if a["name"] == name]
    if not acct:
        return gerror(404, "NOT_FOUND", "Requested entity was not found.", reason="notFound")
    if email not in acct[0].get("viewers", []):
        return gerror(403, "PERMISSION_DENIED", "The caller does not have permission", reason="forbidden")
    return billing_page(request, "projectBillingInfo", fake.billing["infos"][name])


async def billing_services(request):
    _, err = billing_caller(request)
    if err is not None:
        return err
    return billing_page(request, "services", request.app["fake"].billing["services"])


async def billing_skus(request):
    fake = request.app["fake"]
    _, err = billing_caller(request)
    if err is not None:
        return err
    skus = fake.billing["skus"].get("services/" + request.match_info["service"])
    if skus is None:
        return gerror(404, "NOT_FOUND", "Requested entity was not found.", reason="notFound")
    return billing_page(request, "skus", skus)


# ---- control ---------------------------------------------------------------

async def ctl_log(request):
    since = int(request.query.get("since", 0))
    return web.json_response({"entries": [e for e in request.app["fake"].log if e["seq"] > since]})


async def ctl_keys(request):
    fake = request.app["fake"]
    out = {}
    for email in fake.accounts:
        out[email] = fake.key_file(email, token_uri(fake))
    wrong = request.query.get("wrong")
    if wrong:
        out["wrong"] = fake.key_file(wrong, token_uri(fake), wrong=True)
    return web.json_response(out)


async def ctl_faults(request):
    fake = request.app["fake"]
    if request.method == "DELETE":
        fake.faults = []
        return web.json_response({})
    if request.method == "GET":
        return web.json_response({"faults": fake.faults})
    rule = await request.json()
    fake.fault_seq += 1
    rule["id"] = fake.fault_seq
    if "count" in rule:
        rule["left"] = rule.pop("count")
    fake.faults.append(rule)
    return web.json_response({"ids": [rule["id"]]})


async def ctl_state(request):
    fake = request.app["fake"]
    out = {}
    for pid, p in fake.projects.items():
        out[pid] = {"regions": p.regions, "zones": p.zones, "coll": p.coll, "buckets": p.buckets, "sql": p.sql,
                    "sql_sub": p.sql_sub, "clusters": p.clusters, "objects": p.objects,
                    "gke_ops": p.gke_ops}
    return web.json_response(out)


async def ctl_billing(request):
    return web.json_response(request.app["fake"].billing)


async def ctl_config(request):
    fake = request.app["fake"]
    body = await request.json()
    if "token_life" in body:
        fake.token_life = int(body["token_life"])
    if "delay_ms" in body:
        fake.delay_ms = int(body["delay_ms"])
    return web.json_response({"token_life": fake.token_life, "delay_ms": fake.delay_ms})


async def ctl_expire(request):
    fake = request.app["fake"]
    fake.expired.update(fake.tokens)
    return web.json_response({})


def make_app(fake):
    app = web.Application(middlewares=[middleware])
    app["fake"] = fake
    r = app.router
    r.add_post("/token", token)
    r.add_get("/computeMetadata/v1/instance/service-accounts/default/token", metadata_token)
    r.add_get("/v1/projects", projects_list)
    r.add_get("/compute/v1/projects/{project}/aggregated/{coll}", compute_aggregated)
    r.add_get("/compute/v1/projects/{project}/global/{coll}", compute_global_list)
    r.add_get("/compute/v1/projects/{project}/{what:regions|zones}", compute_list)
    r.add_route("*", "/compute/v1/projects/{project}/{rest:.+}", compute_item)
    r.add_get("/storage/v1/b", buckets)
    r.add_route("*", "/storage/v1/b/{name}", bucket)
    r.add_get("/storage/v1/b/{name}/o", bucket_objects)
    r.add_delete("/storage/v1/b/{name}/o/{object}", bucket_objects)
    r.add_get("/v1/projects/{project}/instances", sql_instances)
    r.add_get("/v1/projects/{project}/instances/{instance}/{what:backupRuns|databases|users|operations}", sql_sub)
    r.add_get("/v1/projects/{project}/locations/{loc}/clusters", clusters)
    r.add_get("/v1/projects/{project}/locations/{loc}/operations", gke_operations)
    r.add_get("/v1/billingAccounts", billing_accounts)
    r.add_get("/v1/billingAccounts/{account}/projects", billing_projects)
    r.add_get("/v1/services", billing_services)
    r.add_get("/v1/services/{service}/skus", billing_skus)
    r.add_get("/_fake/log", ctl_log)
    r.add_get("/_fake/billing", ctl_billing)
    r.add_get("/_fake/keys", ctl_keys)
    r.add_route("*", "/_fake/faults", ctl_faults)
    r.add_get("/_fake/state", ctl_state)
    r.add_post("/_fake/expire", ctl_expire)
    r.add_post("/_fake/config", ctl_config)
    return app


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fixture", required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    ap.add_argument("--page-size", type=int, default=2)
    ap.add_argument("--workdir", default=".")
    ap.add_argument("--delay-ms", type=int, default=0, help="every answer after this delay")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    with open(a.fixture) as f:
        spec = json.load(f)
    fake = Fake(spec, a.workdir, a.page_size)
    fake.delay_ms = a.delay_ms
    fake.make_keys()

    async def run():
        runner = web.AppRunner(make_app(fake), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", a.port)
        await site.start()
        fake.port = site._server.sockets[0].getsockname()[1]
        print("PORT %d" % fake.port, flush=True)
        if a.port_file:
            tmp = a.port_file + ".tmp"
            with open(tmp, "w") as f:
                f.write("%d\n" % fake.port)
            os.rename(tmp, a.port_file)
        while True:
            await asyncio.sleep(3600)

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

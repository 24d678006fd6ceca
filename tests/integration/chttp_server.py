#!/usr/bin/env python3
"""Test server for tests/unit/t_chttp.c, the collectors' HTTP layer (not a
test by itself). Prints "PORTS <http> <https>" (https 0 without --certs)
and serves on 127.0.0.1 until its stdin is closed or SIGTERM.

  ANY /echo                  JSON: method, path, headers, body, peer port
  GET /count?k=K&ms=N        holds the call N ms, counting the calls in
                             flight in all and per K
  GET /stats                 {"max": .., "max_by_key": {K: ..}, "total": ..,
                             "ports": number of client ports seen};
                             /stats?reset=1 also starts the counts anew
  GET /flaky?id=I&fail=N&status=S[&ra=SECS|&radate=SECS][&body=STYLE]
            [&errtype=CODE]  the first N calls of id I answer S (with a
                             Retry-After in seconds or as an HTTP-date,
                             the error body of STYLE: ec2, query, json,
                             slack, google, an x-amzn-ErrorType header),
                             then 200 {"attempts": n}
  GET /drop?id=I&n=N         the first N calls of id I get the connection
                             closed without an answer
  GET /slow?ms=N             answers after N ms
  GET /big?n=N[&chunked=1]   N bytes of "x", with a Content-Length or
                             streamed without one
  ANY /page/<style>?n=N&size=S&<token>   pages of N items, S a page:
        json-nexttoken  POST {"NextToken": t} -> {"Items": [..], "NextToken"}
        ec2             GET NextToken=  -> <nextToken> (EC2 XML)
        marker          GET Marker=     -> IsTruncated/Marker (IAM XML)
        s3              GET continuation-token= -> IsTruncated,
                        NextContinuationToken (ListObjectsV2 XML)
        pagetoken       GET pageToken=  -> {"items", "nextPageToken"}
        cursor          GET cursor=     -> {"ok", "members",
                        "response_metadata": {"next_cursor": ""}}
        repeat          as ec2, but page 3's token is page 2's again
                             (&delay=MS: each page answers after MS ms)
  ANY /sigv4/<region>/<service>/...  verifies AWS SigV4 with botocore's
                             signer (key AKIDTEST, secret SECRETTEST, the
                             session token TOKENTEST when the query says
                             token=1): 200 JSON with what was signed, or
                             403 with AWS's Query error XML
"""
import argparse
import asyncio
import email.utils
import hashlib
import json
import time
from xml.sax.saxutils import escape

import testsrv
testsrv.need_aiohttp("chttp_server.py")
from aiohttp import web  # noqa: E402

KEY, SECRET, TOKEN = "AKIDTEST", "SECRETTEST", "TOKENTEST"


class State:
    def __init__(self):
        self.reset()

    def reset(self):
        self.cur = 0
        self.max = 0
        self.by_key = {}
        self.max_by_key = {}
        self.total = 0
        self.ports = set()
        self.counts = {}


def peer_port(request):
    peer = request.transport.get_extra_info("peername") if request.transport else None
    return peer[1] if peer else 0


async def echo(request):
    body = await request.read()
    return web.json_response({
        "method": request.method, "path": request.path_qs,
        "host": request.headers.get("Host"),
        "headers": {k: v for k, v in request.headers.items()},
        "body": body.decode("utf-8", "replace"), "port": peer_port(request),
    })


async def count(request):
    st = request.app["st"]
    k = request.query.get("k", "")
    st.total += 1
    st.ports.add(peer_port(request))
    st.cur += 1
    st.by_key[k] = st.by_key.get(k, 0) + 1
    st.max = max(st.max, st.cur)
    st.max_by_key[k] = max(st.max_by_key.get(k, 0), st.by_key[k])
    try:
        await asyncio.sleep(int(request.query.get("ms", "50")) / 1000)
    finally:
        st.cur -= 1
        st.by_key[k] -= 1
    return web.json_response({"k": k})


async def stats(request):
    st = request.app["st"]
    r = {"max": st.max, "max_by_key": st.max_by_key, "total": st.total,
         "ports": len(st.ports)}
    if request.query.get("reset"):
        st.reset()
    return web.json_response(r)


ERR_BODIES = {
    "ec2": ("text/xml", '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error>'
            '<Code>{code}</Code><Message>{msg}</Message></Error></Errors>'
            '<RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>'),
    "query": ("text/xml", '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">'
              '<Error><Type>Sender</Type><Code>{code}</Code><Message>{msg}</Message></Error>'
              '<RequestId>4c8a4c2c-example</RequestId></ErrorResponse>'),
    "json": ("application/x-amz-json-1.1",
             '{{"__type":"com.amazonaws.dynamodb.v20120810#{code}","message":"{msg}"}}'),
    "slack": ("application/json", '{{"ok":false,"error":"{code}"}}'),
    "google": ("application/json", '{{"error":{{"code":429,"message":"{msg}",'
               '"status":"{code}"}}}}'),
}


async def flaky(request):
    st = request.app["st"]
    q = request.query
    key = "flaky/" + q.get("id", "")
    n = st.counts[key] = st.counts.get(key, 0) + 1
    if n <= int(q.get("fail", "0")):
        headers = {}
        if "ra" in q:
            headers["Retry-After"] = q["ra"]
        if "radate" in q:
            headers["Retry-After"] = email.utils.formatdate(
                time.time() + int(q["radate"]), usegmt=True)
        if "errtype" in q:      # AWS's REST-JSON services name it so too
            headers["x-amzn-ErrorType"] = q["errtype"] + ":http://internal.amazon.com/coral/"
        style = q.get("body")
        if style:
            ctype, tmpl = ERR_BODIES[style]
            code = q.get("code", "Throttling")
            return web.Response(status=int(q.get("status", "429")), headers=headers,
                                text=tmpl.format(code=code, msg="Rate exceeded"),
                                content_type=ctype.split(";")[0])
        return web.Response(status=int(q.get("status", "429")), headers=headers,
                            text="try later")
    return web.json_response({"attempts": n})


async def drop(request):
    st = request.app["st"]
    key = "drop/" + request.query.get("id", "")
    n = st.counts[key] = st.counts.get(key, 0) + 1
    if n <= int(request.query.get("n", "1")):
        request.transport.close()
        raise ConnectionResetError("dropped on purpose")
    return web.json_response({"attempts": n})


async def slow(request):
    await asyncio.sleep(int(request.query.get("ms", "1000")) / 1000)
    return web.Response(text="slow done")


async def big(request):
    n = int(request.query.get("n", "0"))
    if not request.query.get("chunked"):
        return web.Response(body=b"x" * n)
    r = web.StreamResponse()
    r.enable_chunked_encoding()
    await r.prepare(request)
    while n > 0:
        k = min(n, 65536)
        await r.write(b"x" * k)
        n -= k
    await r.write_eof()
    return r


def xml_page(style, items, tok):
    """items: names of this page; tok: the next token ("" on the last)"""
    if style in ("ec2", "repeat"):
        s = "".join("<item><thingId>%s</thingId><tagSet><item><key>Name</key>"
                    "<value>%s</value></item></tagSet></item>" % (i, i) for i in items)
        t = "<nextToken>%s</nextToken>" % tok if tok else ""
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<DescribeThingsResponse '
                'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r1</requestId>'
                '<thingSet>%s</thingSet>%s</DescribeThingsResponse>' % (s, t))
    if style == "marker":
        s = "".join("<member><ThingName>%s</ThingName></member>" % i for i in items)
        t = ("<IsTruncated>true</IsTruncated><Marker>%s</Marker>" % tok if tok
             else "<IsTruncated>false</IsTruncated>")
        return ('<ListThingsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">'
                '<ListThingsResult><Things>%s</Things>%s</ListThingsResult>'
                '<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>'
                '</ListThingsResponse>' % (s, t))
    # s3 ListObjectsV2
    s = "".join("<Contents><Key>%s</Key><Size>1</Size></Contents>" % i for i in items)
    t = ("<IsTruncated>true</IsTruncated><NextContinuationToken>%s</NextContinuationToken>" % tok
         if tok else "<IsTruncated>false</IsTruncated>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult '
            'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name>%s<KeyCount>%d'
            '</KeyCount>%s</ListBucketResult>' % (t, len(items), s))


TOKEN_PARAM = {"ec2": "NextToken", "repeat": "NextToken", "marker": "Marker",
               "s3": "continuation-token", "pagetoken": "pageToken", "cursor": "cursor"}


async def page(request):
    style = request.match_info["style"]
    q = request.query
    n, size = int(q.get("n", "10")), int(q.get("size", "3"))
    if "delay" in q:
        await asyncio.sleep(int(q["delay"]) / 1000)
    if style == "json-nexttoken":
        body = await request.json() if request.can_read_body else {}
        tok = body.get("NextToken")
    else:
        tok = q.get(TOKEN_PARAM[style])
    # tokens are opaque: "t<offset>" scrambled a little
    start = 0
    if tok:
        if not tok.startswith("tok-") or not tok[4:].isdigit():
            return web.Response(status=400, text="bad token %r" % tok)
        start = int(tok[4:])
    end = min(start + size, n)
    items = ["i%d" % i for i in range(start, end)]
    nxt = "tok-%d" % end if end < n else ""
    if style == "repeat" and start >= 2 * size:
        nxt = "tok-%d" % size       # back to page 2's token
    if style == "json-nexttoken":
        r = {"Items": [{"Id": i} for i in items]}
        if nxt:
            r["NextToken"] = nxt
        return web.json_response(r, content_type="application/x-amz-json-1.1")
    if style == "pagetoken":
        r = {"kind": "compute#thingList", "items": [{"name": i} for i in items]}
        if nxt:
            r["nextPageToken"] = nxt
        return web.json_response(r)
    if style == "cursor":
        return web.json_response({"ok": True, "members": [{"id": i} for i in items],
                                  "response_metadata": {"next_cursor": nxt}})
    return web.Response(text=xml_page(style, items, nxt), content_type="text/xml")


def sigv4_check(request, body, region, service):
    """None when the request is signed right, else (code, message)"""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    auth = request.headers.get("Authorization", "")
    amz_date = request.headers.get("X-Amz-Date", "")
    if not auth.startswith("AWS4-HMAC-SHA256 ") or not amz_date:
        return "MissingAuthenticationToken", "no SigV4 Authorization or X-Amz-Date"
    try:
        parts = dict(p.strip().split("=", 1) for p in auth[len("AWS4-HMAC-SHA256 "):].split(","))
        akid, date, reg, svc, term = parts["Credential"].split("/")
        signed = parts["SignedHeaders"].split(";")
        sig = parts["Signature"]
    except (KeyError, ValueError):
        return "IncompleteSignature", "malformed Authorization: %s" % auth
    if akid != KEY:
        return "InvalidClientTokenId", "unknown access key %s" % akid
    if date != amz_date[:8] or term != "aws4_request":
        return "IncompleteSignature", "bad credential scope"
    if reg != region or svc != service:
        return "SignatureDoesNotMatch", "scope %s/%s, expected %s/%s" % (reg, svc, region, service)
    want_token = request.query.get("token") == "1"
    got_token = request.headers.get("X-Amz-Security-Token")
    if want_token and got_token != TOKEN:
        return "InvalidClientTokenId", "session token missing or wrong"
    if not want_token and got_token is not None:
        return "InvalidClientTokenId", "unexpected session token"
    csha = request.headers.get("X-Amz-Content-SHA256")
    if csha is not None and csha != "UNSIGNED-PAYLOAD" and csha != hashlib.sha256(body).hexdigest():
        return "XAmzContentSHA256Mismatch", "x-amz-content-sha256 is not the body's"
    if service == "s3" and csha is None:
        return "InvalidRequest", "missing x-amz-content-sha256"
    hdrs = {}
    for h in signed:
        if h not in request.headers:
            return "SignatureDoesNotMatch", "signed header %s not sent" % h
        hdrs[h] = request.headers[h]
    if "host" not in signed or "x-amz-date" not in signed:
        return "SignatureDoesNotMatch", "host and x-amz-date must be signed"
    if got_token is not None and "x-amz-security-token" not in signed:
        return "SignatureDoesNotMatch", "the session token is not signed"
    url = "http://%s%s" % (request.headers["Host"], request.raw_path)
    areq = AWSRequest(method=request.method, url=url, data=body, headers=hdrs)
    areq.context["timestamp"] = amz_date
    signer = SigV4Auth(Credentials(KEY, SECRET, TOKEN if want_token else None), service, region)
    if service == "s3":
        signer._normalize_url_path = lambda p: p
    cr = signer.canonical_request(areq)
    expect = signer.signature(signer.string_to_sign(areq, cr), areq)
    if expect != sig:
        return "SignatureDoesNotMatch", ("The request signature we calculated does not match "
                                         "the signature you provided. Canonical request: %r" % cr)
    return None


async def sigv4(request):
    body = await request.read()
    region, service = request.match_info["region"], request.match_info["service"]
    bad = sigv4_check(request, body, region, service)
    if bad:
        return web.Response(status=403, content_type="text/xml", text=(
            '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error>'
            '<Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>'
            '<RequestId>r</RequestId></ErrorResponse>' % (bad[0], escape(bad[1]))))
    return web.json_response({"ok": True, "body": body.decode("utf-8", "replace"),
                              "signed": request.headers["Authorization"].split("SignedHeaders=")[1]
                              .split(",")[0]})


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--certs", default="")
    a = ap.parse_args()

    app = web.Application(client_max_size=16 << 20)
    app["st"] = State()
    app.router.add_route("*", "/echo", echo)
    app.router.add_get("/count", count)
    app.router.add_get("/stats", stats)
    app.router.add_get("/flaky", flaky)
    app.router.add_get("/drop", drop)
    app.router.add_get("/slow", slow)
    app.router.add_get("/big", big)
    app.router.add_route("*", "/page/{style}", page)
    app.router.add_route("*", "/sigv4/{region}/{service}/{rest:.*}", sigv4)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    s = testsrv.listener()
    await web.SockSite(runner, s).start()
    ports = [s.getsockname()[1]]
    if a.certs:
        s = testsrv.listener()
        await web.SockSite(runner, s, ssl_context=testsrv.tls_ctx(a.certs, "good")).start()
        ports.append(s.getsockname()[1])
    else:
        ports.append(0)
    await testsrv.serve(ports)
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())

"""S3 of the fake (REST-XML): buckets of an account and their settings.

Owns: telling an S3 request apart (credential scope `s3`, or a Host
`s3.…` / `BUCKET.s3.…`), the bucket of a request in both addressings
(virtual-hosted: the Host's first labels before `.s3.`; path-style: the
first path segment), the operation from method, path and subresource, the
answers in S3's XML (documented shapes, the s3 namespace) and S3's error
body (<Error><Code/><Message/><RequestId/></Error>), and the calls:

  ListBuckets, GetBucketLocation (any region; "" for us-east-1),
  Get/Put/DeleteBucketTagging (NoSuchTagSet; PUT needs Content-MD5, at most
  50 tags, aws: keys refused), GetBucketEncryption
  (ServerSideEncryptionConfigurationNotFoundError), GetBucketPolicy
  (NoSuchBucketPolicy; the policy document as the body), GetBucketVersioning,
  GetPublicAccessBlock (NoSuchPublicAccessBlockConfiguration), GetBucketAcl,
  GetBucketLogging, ListObjectVersions (max-keys, key-marker/version-id-marker
  pages), DeleteObjects (Content-MD5 required, at most 1000 keys, Quiet),
  DeleteBucket (BucketNotEmpty while any version or delete marker is left).

A bucket call signed for another region than the bucket's is refused as S3
refuses it: AuthorizationHeaderMalformed 400 naming the expected region
(and the x-amz-bucket-region header); GetBucketLocation and ListBuckets
answer in any region.

Fixture (per account): "s3": {"Buckets": [{"Name", "CreationDate",
"_Region", "_Tags": [{Key, Value}], "_Encryption": [<Rule>], "_Policy": {...},
"_Versioning": {"Status", "MFADelete"}, "_PublicAccessBlock": {...},
"_Acl": {"Owner", "Grants"}, "_Logging": {<LoggingEnabled>},
"_Objects": [{"Key", "VersionId", "IsDeleteMarker"}]}]}
"""
import base64
import hashlib
import json
import zlib
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from awsproto import ApiError, iso_time

NS = "http://s3.amazonaws.com/doc/2006-03-01/"
SUBRESOURCES = ("location", "tagging", "encryption", "policy", "versioning", "publicAccessBlock", "acl",
	"logging", "versions", "delete")


def is_s3(headers, auth):
	host = headers.get("Host", "").split(":")[0]
	return (auth is not None and auth["service"] == "s3") or host.startswith("s3.") or ".s3." in host


def route(method, host, path, query):
	"""(operation, bucket or None, key or None) of an S3 request."""
	host = host.split(":")[0]
	bucket = None
	if ".s3." in host:                  # virtual-hosted
		bucket = host.split(".s3.")[0]
	segs = [s for s in path.split("/")]
	rest = path.lstrip("/")
	if bucket is None and rest:
		bucket, _, key = rest.partition("/")
	else:
		key = rest
	key = key or None
	sub = [s for s in SUBRESOURCES if s in query]
	del segs
	if bucket is None:
		if method == "GET":
			return "ListBuckets", None, None
		raise ApiError("MethodNotAllowed", "The specified method is not allowed against this resource.", 405)
	s = sub[0] if sub else None
	ops = {("GET", "location"): "GetBucketLocation", ("GET", "tagging"): "GetBucketTagging",
		("PUT", "tagging"): "PutBucketTagging", ("DELETE", "tagging"): "DeleteBucketTagging",
		("GET", "encryption"): "GetBucketEncryption", ("GET", "policy"): "GetBucketPolicy",
		("GET", "versioning"): "GetBucketVersioning", ("GET", "publicAccessBlock"): "GetPublicAccessBlock",
		("GET", "acl"): "GetBucketAcl", ("GET", "logging"): "GetBucketLogging",
		("GET", "versions"): "ListObjectVersions", ("POST", "delete"): "DeleteObjects",
		("DELETE", None): "DeleteBucket", ("HEAD", None): "HeadBucket"}
	op = ops.get((method, s))
	if op is None or key is not None:
		raise ApiError("NotImplemented", "fakeaws does not implement S3 %s %s?%s" % (method, path, s or ""), 501)
	return op, bucket, key


def error_body(err, rid):
	return ('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>%s</Code><Message>%s</Message>'
		'<RequestId>%s</RequestId></Error>' % (escape(err.code), escape(err.message), rid)).encode()


def _el(name, v):
	if v is None:
		return ""
	if isinstance(v, bool):
		v = "true" if v else "false"
	return "<%s>%s</%s>" % (name, escape(str(v)), name)


def _doc(root, inner):
	return ('<?xml version="1.0" encoding="UTF-8"?>\n<%s xmlns="%s">%s</%s>' % (root, NS, inner, root)).encode()


def _time(v):
	d = iso_time(v)
	return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


class S3Ctx:
	def __init__(self, state, account, region, bucket, key, query, headers, body):
		self.state, self.account, self.region = state, account, region
		self.bucket_name, self.key, self.query, self.headers, self.body = bucket, key, query, headers, body

	def bucket(self, any_region=False):
		b = self.account.s3.get(self.bucket_name) if self.bucket_name else None
		if b is None:
			raise ApiError("NoSuchBucket", "The specified bucket does not exist", 404)
		where = b.get("_Region", "us-east-1")
		if not any_region and where != self.region:
			e = ApiError("AuthorizationHeaderMalformed", "The authorization header is malformed; the region '%s' "
				"is wrong; expecting '%s'" % (self.region, where), 400)
			e.headers = {"x-amz-bucket-region": where}
			raise e
		return b


def _md5_ok(ctx):
	"""Content-MD5, or one of the flexible checksums newer SDKs send instead."""
	for name, fn in (("x-amz-checksum-crc32", lambda b: zlib.crc32(b).to_bytes(4, "big")),
			("x-amz-checksum-sha256", lambda b: hashlib.sha256(b).digest()),
			("x-amz-checksum-sha1", lambda b: hashlib.sha1(b).digest())):
		v = ctx.headers.get(name)
		if v is not None:
			if base64.b64encode(fn(ctx.body)).decode() != v:
				raise ApiError("BadDigest", "The %s you specified did not match the calculated checksum." % name, 400)
			return
	want = ctx.headers.get("Content-MD5")
	if want is None:
		raise ApiError("InvalidRequest", "Missing required header for this request: Content-MD5", 400)
	if base64.b64encode(hashlib.md5(ctx.body).digest()).decode() != want:
		raise ApiError("BadDigest", "The Content-MD5 you specified did not match what we received.", 400)


def _xml_in(ctx):
	try:
		root = ElementTree.fromstring(ctx.body)
	except ElementTree.ParseError:
		raise ApiError("MalformedXML", "The XML you provided was not well-formed or did not validate against our "
			"published schema", 400)
	for el in root.iter():                  # namespaces are optional in requests
		if "}" in el.tag:
			el.tag = el.tag.split("}", 1)[1]
	return root


def list_buckets(ctx):
	inner = "".join("<Bucket>%s%s</Bucket>" % (_el("Name", b["Name"]), _el("CreationDate", _time(b["CreationDate"])))
		for b in ctx.account.s3)
	return _doc("ListAllMyBucketsResult", "<Owner>%s%s</Owner><Buckets>%s</Buckets>" % (
		_el("ID", ctx.account.canonical_id), _el("DisplayName", ctx.account.name), inner))


def get_bucket_location(ctx):
	b = ctx.bucket(any_region=True)
	where = b.get("_Region", "us-east-1")
	return ('<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="%s">%s</LocationConstraint>' % (
		NS, "" if where == "us-east-1" else escape(where))).encode()


def get_bucket_tagging(ctx):
	b = ctx.bucket()
	if not b.get("_Tags"):
		raise ApiError("NoSuchTagSet", "The TagSet does not exist", 404)
	return _doc("Tagging", "<TagSet>%s</TagSet>" % "".join("<Tag>%s%s</Tag>" % (_el("Key", t["Key"]),
		_el("Value", t["Value"])) for t in b["_Tags"]))


def put_bucket_tagging(ctx):
	b = ctx.bucket()
	_md5_ok(ctx)
	root = _xml_in(ctx)
	tags = [{"Key": t.findtext("Key"), "Value": t.findtext("Value") or ""} for t in root.iter("Tag")]
	if root.tag != "Tagging" or root.find("TagSet") is None or any(t["Key"] is None for t in tags):
		raise ApiError("MalformedXML", "The XML you provided was not well-formed or did not validate against our "
			"published schema", 400)
	if len(tags) > 50:
		raise ApiError("BadRequest", "Object tags cannot be greater than 50", 400)
	if any(t["Key"].lower().startswith("aws:") for t in tags):
		raise ApiError("InvalidTag", "System tags cannot be added/updated by requester", 400)
	if len({t["Key"] for t in tags}) != len(tags):
		raise ApiError("InvalidTag", "Cannot provide multiple Tags with the same key", 400)
	ctx.account.s3.put(dict(b, _Tags=tags))
	return b""


def delete_bucket_tagging(ctx):
	b = ctx.bucket()
	ctx.account.s3.put({k: v for k, v in b.items() if k != "_Tags"})
	return None                              # 204


def get_bucket_encryption(ctx):
	b = ctx.bucket()
	if not b.get("_Encryption"):
		raise ApiError("ServerSideEncryptionConfigurationNotFoundError", "The server side encryption "
			"configuration was not found", 404)
	rules = ""
	for r in b["_Encryption"]:
		d = r.get("ApplyServerSideEncryptionByDefault") or {}
		rules += "<Rule><ApplyServerSideEncryptionByDefault>%s%s</ApplyServerSideEncryptionByDefault>%s</Rule>" % (
			_el("SSEAlgorithm", d.get("SSEAlgorithm")), _el("KMSMasterKeyID", d.get("KMSMasterKeyID")),
			_el("BucketKeyEnabled", r.get("BucketKeyEnabled")))
	return _doc("ServerSideEncryptionConfiguration", rules)


def get_bucket_policy(ctx):
	b = ctx.bucket()
	if not b.get("_Policy"):
		raise ApiError("NoSuchBucketPolicy", "The bucket policy does not exist", 404)
	return json.dumps(b["_Policy"]).encode()


def get_bucket_versioning(ctx):
	v = ctx.bucket().get("_Versioning") or {}
	return _doc("VersioningConfiguration", _el("Status", v.get("Status")) + _el("MfaDelete", v.get("MFADelete")))


def get_public_access_block(ctx):
	b = ctx.bucket()
	p = b.get("_PublicAccessBlock")
	if not p:
		raise ApiError("NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not "
			"found", 404)
	return _doc("PublicAccessBlockConfiguration", "".join(_el(k, p.get(k)) for k in ("BlockPublicAcls",
		"IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets")))


def _grants(grants):
	out = ""
	for g in grants:
		ge = g.get("Grantee") or {}
		out += ('<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="%s">%s%s%s%s'
			'</Grantee>%s</Grant>') % (escape(ge.get("Type", "CanonicalUser")), _el("ID", ge.get("ID")),
			_el("DisplayName", ge.get("DisplayName")), _el("EmailAddress", ge.get("EmailAddress")),
			_el("URI", ge.get("URI")), _el("Permission", g.get("Permission")))
	return out


def acl_of(account, b):
	"""A bucket's ACL: the fixture's, else S3's default (the owner's full control)."""
	return b.get("_Acl") or {"Owner": {"ID": account.canonical_id, "DisplayName": account.name},
		"Grants": [{"Grantee": {"ID": account.canonical_id, "DisplayName": account.name,
		"Type": "CanonicalUser"}, "Permission": "FULL_CONTROL"}]}


def get_bucket_acl(ctx):
	b = ctx.bucket()
	acl = acl_of(ctx.account, b)
	o = acl.get("Owner") or {}
	return _doc("AccessControlPolicy", "<Owner>%s%s</Owner><AccessControlList>%s</AccessControlList>" % (
		_el("ID", o.get("ID")), _el("DisplayName", o.get("DisplayName")), _grants(acl.get("Grants") or [])))


def get_bucket_logging(ctx):
	lg = ctx.bucket().get("_Logging")
	if not lg:
		return _doc("BucketLoggingStatus", "")
	tg = "<TargetGrants>%s</TargetGrants>" % _grants(lg["TargetGrants"]) if lg.get("TargetGrants") else ""
	return _doc("BucketLoggingStatus", "<LoggingEnabled>%s%s%s</LoggingEnabled>" % (
		_el("TargetBucket", lg.get("TargetBucket")), tg, _el("TargetPrefix", lg.get("TargetPrefix"))))


def list_object_versions(ctx):
	b = ctx.bucket()
	q = ctx.query
	try:
		mx = int(q.get("max-keys", "1000"))
	except ValueError:
		raise ApiError("InvalidArgument", "Provided max-keys not an integer or within integer range", 400)
	if mx < 0:
		raise ApiError("InvalidArgument", "max-keys cannot be negative", 400)
	mx = min(mx, 1000, ctx.state.page_size * 2)     # small pages, as the fake's paged calls
	objs = sorted(b.get("_Objects") or [], key=lambda o: (o["Key"], o["VersionId"]))
	km, vm = q.get("key-marker"), q.get("version-id-marker")
	if km is not None:
		objs = [o for o in objs if (o["Key"], o["VersionId"]) > (km, vm or "")]
	page, more = objs[:mx], len(objs) > mx
	inner = _el("Name", b["Name"]) + _el("MaxKeys", mx) + _el("IsTruncated", more)
	if more:
		inner += _el("NextKeyMarker", page[-1]["Key"]) + _el("NextVersionIdMarker", page[-1]["VersionId"])
	for i, o in enumerate(page):
		tag = "DeleteMarker" if o.get("IsDeleteMarker") else "Version"
		inner += "<%s>%s%s%s%s</%s>" % (tag, _el("Key", o["Key"]), _el("VersionId", o["VersionId"]),
			_el("IsLatest", True), _el("LastModified", _time(b["CreationDate"])), tag)
	return _doc("ListVersionsResult", inner)


def delete_objects(ctx):
	b = ctx.bucket()
	_md5_ok(ctx)
	root = _xml_in(ctx)
	objs = [(o.findtext("Key"), o.findtext("VersionId")) for o in root.iter("Object")]
	if root.tag != "Delete" or not objs or any(k is None for k, _ in objs):
		raise ApiError("MalformedXML", "The XML you provided was not well-formed or did not validate against our "
			"published schema", 400)
	if len(objs) > 1000:
		raise ApiError("MalformedXML", "The request may not contain more than 1000 keys", 400)
	quiet = (root.findtext("Quiet") or "").lower() == "true"
	left = [o for o in b.get("_Objects") or [] if (o["Key"], o["VersionId"]) not in objs]
	ctx.account.s3.put(dict(b, _Objects=left))
	inner = "" if quiet else "".join("<Deleted>%s%s</Deleted>" % (_el("Key", k), _el("VersionId", v))
		for k, v in objs)
	return _doc("DeleteResult", inner)


def delete_bucket(ctx):
	b = ctx.bucket()
	if b.get("_Objects"):
		raise ApiError("BucketNotEmpty", "The bucket you tried to delete is not empty", 409)
	ctx.account.s3.delete(b["Name"])
	return None


def head_bucket(ctx):
	ctx.bucket()
	return b""


HANDLERS = {"ListBuckets": list_buckets, "GetBucketLocation": get_bucket_location,
	"GetBucketTagging": get_bucket_tagging, "PutBucketTagging": put_bucket_tagging,
	"DeleteBucketTagging": delete_bucket_tagging, "GetBucketEncryption": get_bucket_encryption,
	"GetBucketPolicy": get_bucket_policy, "GetBucketVersioning": get_bucket_versioning,
	"GetPublicAccessBlock": get_public_access_block, "GetBucketAcl": get_bucket_acl,
	"GetBucketLogging": get_bucket_logging, "ListObjectVersions": list_object_versions,
	"DeleteObjects": delete_objects, "DeleteBucket": delete_bucket, "HeadBucket": head_bucket}

"""CloudWatch of the fake (service cloudwatch, Query API 2010-08-01).

Owns: the fixture's `cloudwatch` region section ({"MetricAlarms": [<item as
boto3 returns it, + "_Tags": [{Key, Value}]>]}), DescribeAlarms (NextToken
pages, MaxRecords 1..100, AlarmNames), ListTagsForResource / TagResource /
UntagResource by the alarm's ARN (ResourceNotFound for another), and
DeleteAlarms (ResourceNotFound when one of the names does not exist,
nothing deleted then), with CloudWatch's error codes; GetMetricData
(MetricStat queries, at most 500, Ids unique and as CloudWatch spells them,
periods of 1, 5, 10, 30 s or a multiple of 60, datapoints from StartTime
every Period before EndTime, newest first unless ScanBy=TimestampAscending,
NextToken pages of MaxDatapoints datapoints, the fixture's
`cloudwatch_page_datapoints`, else CloudWatch's 100 800, by default).

The metrics of the fixture's resources (instances, volumes, RDS instances
of the region) are derived from the resource, never stored: `activity()`
gives each (account, region, metric, resource) a last activity (hours
before the request, or never) and a base value; a datapoint is non-zero,
`stat_value()`, when its period starts before that last activity. A metric
asked in another unit than its own, or of a resource that does not exist,
has no datapoints (as CloudWatch answers).  expect.py derives the usage and
atime/mtime the reference makes of them from the same functions.
"""
import datetime
import hashlib
import re
import time

from awsproto import ApiError, iso_time
from pages import paged_as
import sections
from sections import coll_name  # noqa: F401 (awsstate reads it here)

COLLECTIONS = {"cloudwatch": {"MetricAlarms": "AlarmName"}}


DESCRIBE_OF = {"MetricAlarms": "DescribeAlarms"}


def validate(section, data, where):
	sections.validate(section, data, where, COLLECTIONS, DESCRIBE_OF, ("AlarmArn",))


def _coll(ctx):
	return ctx.region_data().c[coll_name("cloudwatch", "MetricAlarms")]


def _public(it):
	return {k: v for k, v in it.items() if not k.startswith("_")}


def describe_alarms(ctx):
	p = ctx.params
	names = p.get("AlarmNames")
	items, nxt = paged_as(ctx, _coll(ctx), lambda a: not names or a["AlarmName"] in names, (1, 100), size="MaxRecords")
	out = {"MetricAlarms": [_public(it) for _, it in items], "CompositeAlarms": []}
	if nxt:
		out["NextToken"] = nxt
	return out


def _by_arn(ctx):
	arn = ctx.params["ResourceARN"]
	for a in _coll(ctx):
		if a["AlarmArn"] == arn:
			return a
	raise ApiError("ResourceNotFound", "Alarm %s does not exist" % arn, 404)


def list_tags_for_resource(ctx):
	return {"Tags": _by_arn(ctx).get("_Tags") or []}


def tag_resource(ctx):
	a = _by_arn(ctx)
	cur = {t["Key"]: t["Value"] for t in a.get("_Tags") or []}
	for t in ctx.params["Tags"]:
		if t["Key"].lower().startswith("aws:"):
			raise ApiError("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved")
		cur[t["Key"]] = t["Value"]
	if len(cur) > 50:
		raise ApiError("LimitExceededException", "Too many tags")
	_coll(ctx).put(dict(a, _Tags=[{"Key": k, "Value": v} for k, v in cur.items()]))
	return {}


def untag_resource(ctx):
	a = _by_arn(ctx)
	keys = set(ctx.params["TagKeys"])
	_coll(ctx).put(dict(a, _Tags=[t for t in a.get("_Tags") or [] if t["Key"] not in keys]))
	return {}


def delete_alarms(ctx):
	names = ctx.params["AlarmNames"]
	missing = [n for n in names if _coll(ctx).get(n) is None]
	if missing:
		raise ApiError("ResourceNotFound", "%s not found" % missing[0], 404)
	for n in names:
		_coll(ctx).delete(n)
	return {}


# -- metrics

# (namespace, metric) -> its unit; the dimension naming the resource
UNITS = {("AWS/EC2", "CPUUtilization"): "Percent", ("AWS/EC2", "NetworkIn"): "Bytes",
	("AWS/EC2", "NetworkOut"): "Bytes", ("AWS/EC2", "DiskReadOps"): "Count", ("AWS/EC2", "DiskWriteOps"): "Count",
	("AWS/EC2", "DiskReadBytes"): "Bytes", ("AWS/EC2", "DiskWriteBytes"): "Bytes",
	("AWS/EBS", "VolumeReadBytes"): "Bytes", ("AWS/EBS", "VolumeWriteBytes"): "Bytes",
	("AWS/EBS", "VolumeReadOps"): "Count", ("AWS/EBS", "VolumeWriteOps"): "Count",
	("AWS/EBS", "VolumeTotalReadTime"): "Seconds", ("AWS/EBS", "VolumeTotalWriteTime"): "Seconds",
	("AWS/EBS", "VolumeIdleTime"): "Seconds", ("AWS/EBS", "VolumeQueueLength"): "Count",
	("AWS/RDS", "DatabaseConnections"): "Count"}
# namespace -> (dimension, the region's collection of its resources)
RESOURCES = {"AWS/EC2": ("InstanceId", "Instances"), "AWS/EBS": ("VolumeId", "Volumes"),
	"AWS/RDS": ("DBInstanceIdentifier", coll_name("rds", "DBInstances"))}
STATS = {"Minimum": 0.5, "Average": 1.0, "Maximum": 1.5, "Sum": 1.0}
_ID = re.compile(r"^[a-z][a-zA-Z0-9_]*$")
MAX_QUERIES = 500
DEFAULT_PAGE = 100800      # CloudWatch's MaxDatapoints default


def activity(account, region, namespace, metric, rid):
	"""(hours since the last activity or None: never, base value) of a
	resource's metric; deterministic."""
	h = int.from_bytes(hashlib.sha256(("%s|%s|%s|%s|%s" % (account, region, namespace, metric, rid)).encode())
		.digest()[:8], "big")
	kind = h % 6
	idle = None if kind == 0 else 0 if kind == 1 else 2 + (h >> 8) % 1600
	return idle, ((h >> 24) % 10 ** 7) / 10 ** 5


def attached_spell(rid):
	"""Hours a detached volume was in use before its detach (1 to 24;
	deterministic)."""
	return 1 + hashlib.sha256(("spell|" + rid).encode()).digest()[0] % 24


def stat_value(base, unit, stat):
	"""A non-zero datapoint's value of a stat."""
	if unit == "Percent":
		return min(100.0, base * STATS[stat])
	return base * (1000.0 if stat == "Sum" else 0.01 * STATS[stat])


def series(account, region, namespace, metric, rid, stat, unit, start, end, period, now):
	"""(count, point) of a query's datapoints: point(i) is the i-th
	(timestamp, value), oldest first, one per period from start while
	before end, non-zero in the periods that start before the last
	activity (epoch seconds; now: the request's). Made on demand: a page
	builds only its own."""
	if UNITS.get((namespace, metric)) != unit:
		return 0, None
	idle, base = activity(account, region, namespace, metric, rid)

	def point(i):
		t = start + i * period
		active = idle is not None and t < now - idle * 3600
		return t, stat_value(base, unit, stat) if active else 0.0
	return max(0, -(-(end - start) // period)), point


def datapoints(*args):
	"""series() as a list."""
	n, point = series(*args)
	return [point(i) for i in range(n)]


def _query_points(ctx, q, i, start, end, now):
	where = "MetricDataQueries.member.%d" % i
	ms = q.get("MetricStat")
	if ms is None:
		raise ApiError("ValidationError", "The parameter %s.MetricStat is required (this fake answers no "
			"Expression)." % where)
	period = ms.get("Period")
	if period is None or period <= 0 or (period not in (1, 5, 10, 30) and period % 60):
		raise ApiError("ValidationError", "The parameter %s.MetricStat.Period must be 1, 5, 10, 30, or a multiple "
			"of 60." % where)
	if ms.get("Stat") not in STATS and ms.get("Stat") != "SampleCount":
		raise ApiError("ValidationError", "The value %s for parameter %s.MetricStat.Stat is not a valid "
			"statistic." % (ms.get("Stat"), where))
	m = ms.get("Metric") or {}
	ns, name = m.get("Namespace"), m.get("MetricName")
	dims = {d.get("Name"): d.get("Value") for d in m.get("Dimensions") or []}
	res = RESOURCES.get(ns)
	if res is None or ms["Stat"] not in STATS or set(dims) != {res[0]}:
		return 0, None
	coll = ctx.region_data().c.get(res[1])
	if coll is None or coll.get(dims[res[0]]) is None:
		return 0, None
	unit = ms.get("Unit") or UNITS.get((ns, name))
	rid = dims[res[0]]
	if ns == "AWS/EBS" and coll.get(rid).get("State") == "available":
		# EBS publishes a volume's metrics only while it is attached: a
		# detached volume has datapoints for its last spell of use, up to
		# its detach (its last activity), and none after
		idle, _ = activity(ctx.account.id, ctx.region, ns, name, rid)
		if idle is None:
			return 0, None
		t = int(now)
		first = max(0, (t - (idle + attached_spell(rid)) * 3600 - start) // period)
		stop = min(-(-(end - start) // period), -(-(t - idle * 3600 - start) // period))
		if stop <= first:
			return 0, None
		n, point = series(ctx.account.id, ctx.region, ns, name, rid, ms["Stat"], unit, start, end, period, now)
		return stop - first, lambda i: point(first + i)
	return series(ctx.account.id, ctx.region, ns, name, rid, ms["Stat"], unit, start, end, period, now)


def _epoch(v, name):
	try:
		return int(iso_time(v).timestamp())
	except (TypeError, ValueError):
		raise ApiError("ValidationError", "The parameter %s is not a valid timestamp: %s" % (name, v))


def get_metric_data(ctx):
	p = ctx.params
	qs = p.get("MetricDataQueries") or []
	if not qs:
		raise ApiError("ValidationError", "The parameter MetricDataQueries is required.")
	if len(qs) > MAX_QUERIES:
		raise ApiError("ValidationError", "The collection MetricDataQueries must not have a size greater than "
			"%d." % MAX_QUERIES)
	ids = [q.get("Id") or "" for q in qs]
	for i, qid in enumerate(ids, 1):
		if not _ID.match(qid) or len(qid) > 255:
			raise ApiError("ValidationError", "The value %s for parameter MetricDataQueries.member.%d.Id is "
				"invalid: it must start with a lower-case letter and hold letters, digits and underscores "
				"only." % (qid, i))
	if len(set(ids)) != len(ids):
		raise ApiError("ValidationError", "The values for parameter id in MetricDataQueries are not unique.")
	start = _epoch(p.get("StartTime"), "StartTime")
	end = _epoch(p.get("EndTime"), "EndTime")
	if start >= end:
		raise ApiError("ValidationError", "The parameter StartTime must be less than the parameter EndTime.")
	desc = p.get("ScanBy", "TimestampDescending") == "TimestampDescending"
	size = p.get("MaxDatapoints") or ctx.state.fixture.get("cloudwatch_page_datapoints", DEFAULT_PAGE)
	now = time.time()
	counts = [_query_points(ctx, q, i, start, end, now) for i, q in enumerate(qs, 1)]
	scope = ctx.token_scope()
	off = 0
	tok = p.get("NextToken")
	if tok is not None:
		off = ctx.state.read_token(scope, tok)
		if off is None:
			raise ApiError("InvalidNextToken", "The service cannot find the specified NextToken.")
	results = []
	pos = 0                 # datapoints before the query's
	for q, (n, point) in zip(qs, counts):
		lo, hi = max(off, pos), min(off + size, pos + n)
		if lo < hi or (n == 0 and off == 0):
			part = [point(n - 1 - j if desc else j) for j in range(lo - pos, hi - pos)]
			ts = [datetime.datetime.fromtimestamp(t, datetime.timezone.utc) for t, _ in part]
			results.append({"Id": q["Id"], "Label": q.get("Label") or q["MetricStat"]["Metric"]["MetricName"],
				"Timestamps": ts, "Values": [v for _, v in part],
				"StatusCode": "Complete" if hi >= pos + n else "PartialData"})
		pos += n
	out = {"MetricDataResults": results, "Messages": []}
	if off + size < pos:
		out["NextToken"] = ctx.state.make_token(scope, off + size)
	mode = ctx.faults.token_mode(ctx)
	if mode == "repeat" and "NextToken" in out:
		out["NextToken"] = tok or ctx.state.make_token(scope, 0)
	elif mode == "endless":
		out["NextToken"] = ctx.state.make_token(scope, max(off + size, 1))
	return out


HANDLERS = {"cloudwatch": {"DescribeAlarms": describe_alarms, "ListTagsForResource": list_tags_for_resource,
	"TagResource": tag_resource, "UntagResource": untag_resource, "DeleteAlarms": delete_alarms,
	"GetMetricData": get_metric_data}}

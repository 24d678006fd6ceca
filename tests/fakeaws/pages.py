"""Pages of a collection for the paged calls of every service.

Owns: the page size (MaxResults within the call's range, else the fixture's
page size), opaque NextTokens bound to the query (awsstate.py), the token faults
(repeat, endless), and the errors each protocol gives for a bad token or size.
"""
from awsproto import ApiError

# service -> (bad token code, bad MaxResults code)
_CODES = {"ec2": ("InvalidPaginationToken", "InvalidParameterValue"),
	"organizations": ("InvalidInputException", "InvalidInputException"),
	"elb": ("ValidationError", "ValidationError"), "elbv2": ("ValidationError", "ValidationError"),
	"autoscaling": ("InvalidNextToken", "ValidationError"),
	"cloudwatch": ("InvalidNextToken", "InvalidParameterValue"),
	"rds": ("InvalidParameterValue", "InvalidParameterValue"),
	"kms": ("InvalidMarkerException", "ValidationException"),
	"iam": ("ValidationError", "ValidationError"),
	"lambda": ("InvalidParameterValueException", "InvalidParameterValueException"),
	"eks": ("InvalidParameterException", "InvalidParameterException")}


class ListColl:
	"""A read-only list as a collection (catalogues, account lists)."""

	def __init__(self, items):
		self.items = items

	def end(self):
		return len(self.items)

	def at(self, pos):
		return self.items[pos]

	def present(self, pos):
		return True


def _size(ctx, limits, explicit, default):
	mx = ctx.params.get("MaxResults")
	if mx is None:
		return default or ctx.state.page_size
	lo, hi = limits
	if not lo <= mx <= hi:
		raise ApiError(_CODES[ctx.service][1], "Value ( %d ) for parameter maxResults is invalid. Expecting a "
			"value between %d and %d." % (mx, lo, hi))
	if explicit:
		raise ApiError("InvalidParameterCombination", "The parameter ids cannot be used with the parameter "
			"maxResults")
	return mx


def paged(ctx, coll, match, limits, explicit=False, default=None):
	"""The items of one page: (list of (pos, item), next token or None).
	match None takes every item without building it (item None then: the
	caller asks coll.at(pos) when it needs it); limits (min, max) of
	MaxResults, or None: the call is not paged (every match in one answer);
	explicit: ids were given (no MaxResults then); default: the page size
	without MaxResults (else the fixture's page_size)."""
	scope = ctx.token_scope()
	start = 0
	tok = ctx.params.get("NextToken")
	if tok is not None:
		if limits is None:
			raise ApiError("UnknownParameter", "The parameter NextToken is not recognized")
		start = ctx.state.read_token(scope, tok)
		if start is None:
			raise ApiError(_CODES[ctx.service][0], "Invalid pagination token: %s" % tok[:40])
	size = _size(ctx, limits, explicit, default) if limits else None
	out = []
	pos = start
	end = coll.end()
	def take(p):
		if match is None:
			return coll.present(p), None
		it = coll.at(p)
		return it is not None and match(it), it
	while pos < end and (size is None or len(out) < size):
		ok, it = take(pos)
		if ok:
			out.append((pos, it))
		pos += 1
	more = any(take(p)[0] for p in range(pos, end))
	nxt = ctx.state.make_token(scope, pos) if more else None
	mode = ctx.faults.token_mode(ctx) if limits else None
	if mode == "repeat":
		nxt = tok or ctx.state.make_token(scope, start)
	elif mode == "endless":
		nxt = ctx.state.make_token(scope, max(pos, start + 1))
	return out, nxt


def paged_as(ctx, coll, match, limits, token="NextToken", size="MaxResults"):
	"""paged() for a call whose token and page size parameters have other
	names (ELB and RDS: Marker; Auto Scaling, CloudWatch, RDS: MaxRecords;
	ELB: PageSize)."""
	p = ctx.params
	inner = {k: v for k, v in p.items() if k not in (token, size)}
	if p.get(token) is not None:
		inner["NextToken"] = p[token]
	if p.get(size) is not None:
		inner["MaxResults"] = p[size]
	saved, ctx.params = ctx.params, inner
	try:
		return paged(ctx, coll, match, limits)
	finally:
		ctx.params = saved

"""STS, IAM and Organizations operations of the fake.

Owns: GetCallerIdentity, AssumeRole (trust by account or principal ARN,
DurationSeconds within 900 s .. the role's maximum, temporary credentials
that expire), the IAM account calls the collector reads (aliases, summary,
password policy with NoSuchEntity), Organizations ListAccounts (paged) and
DescribeAccount, each with the service's own error codes.
"""
import datetime
import re

from awsproto import ApiError
from pages import ListColl, paged

_ROLE_ARN = re.compile(r"^arn:([a-z-]+):iam::(\d{12}):role/(?:[\w+=,.@/-]*/)?([\w+=,.@-]+)$")
_SESSION = re.compile(r"^[\w+=,.@-]{2,64}$")


def get_caller_identity(ctx):
	i = ctx.ident
	return {"UserId": i["user_id"], "Account": i["account"], "Arn": i["arn"]}


def _trusted(role, ident):
	for p in role.get("trust", []):
		if p in (ident["account"], ident["arn"]) or p == "arn:aws:iam::%s:root" % ident["account"]:
			return True
		if p == "*":
			return True
	return False


def assume_role(ctx):
	p = ctx.params
	arn, session = p["RoleArn"], p["RoleSessionName"]
	if not _SESSION.match(session):
		raise ApiError("ValidationError", "1 validation error detected: Value '%s' at 'roleSessionName' failed to "
			"satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*" % session)
	m = _ROLE_ARN.match(arn)
	denied = ApiError("AccessDenied", "User: %s is not authorized to perform: sts:AssumeRole on resource: %s" % (
		ctx.ident["arn"], arn), 403)
	if not m:
		raise ApiError("ValidationError", "%s is invalid" % arn if arn.startswith("arn:") else
			"1 validation error detected: Value '%s' at 'roleArn' failed to satisfy constraint: Member must have "
			"length greater than or equal to 20" % arn)
	acct = ctx.state.accounts.get(m.group(2))
	role = acct.roles.get(m.group(3)) if acct else None
	if role is None or not _trusted(role, ctx.ident):
		raise denied
	dur = p.get("DurationSeconds", 3600)
	mx = role.get("max_session_duration", 3600)
	if dur < 900 or dur > 43200:
		raise ApiError("ValidationError", "1 validation error detected: Value '%d' at 'durationSeconds' failed to "
			"satisfy constraint: Member must have value %s" % (dur, "greater than or equal to 900" if dur < 900 else
			"less than or equal to 43200"))
	if dur > mx:
		raise ApiError("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this "
			"role.")
	if ctx.ident.get("token") is not None and dur > 3600:
		raise ApiError("ValidationError", "The requested DurationSeconds exceeds the 1 hour session limit for roles "
			"assumed by role chaining.")
	lifetime = ctx.state.assume_lifetime or role.get("lifetime") or dur
	cred = ctx.state.issue_temp(acct.id, m.group(3), session, lifetime)
	exp = datetime.datetime.fromtimestamp(cred["expires"], datetime.timezone.utc)
	return {"Credentials": {"AccessKeyId": cred["key"], "SecretAccessKey": cred["secret"],
		"SessionToken": cred["token"], "Expiration": exp},
		"AssumedRoleUser": {"AssumedRoleId": cred["user_id"], "Arn": cred["arn"]},
		"PackedPolicySize": 6}


def list_account_aliases(ctx):
	return {"AccountAliases": ctx.account.aliases, "IsTruncated": False}


_SUMMARY_KEYS = ("Users", "UsersQuota", "Groups", "GroupsQuota", "Roles", "RolesQuota", "Policies", "PoliciesQuota",
	"PolicySizeQuota", "PolicyVersionsInUse", "PolicyVersionsInUseQuota", "VersionsPerPolicyQuota",
	"ServerCertificates", "ServerCertificatesQuota", "MFADevices", "MFADevicesInUse", "AccountMFAEnabled",
	"AccountAccessKeysPresent", "AccountSigningCertificatesPresent", "GlobalEndpointTokenVersion",
	"InstanceProfiles", "InstanceProfilesQuota", "Providers", "GroupsPerUserQuota", "AttachedPoliciesPerUserQuota",
	"AttachedPoliciesPerGroupQuota", "AttachedPoliciesPerRoleQuota", "AccessKeysPerUserQuota",
	"SigningCertificatesPerUserQuota", "UserPolicySizeQuota", "GroupPolicySizeQuota", "RolePolicySizeQuota",
	"AssumeRolePolicySizeQuota")


def summary_map(overrides):
	"""GetAccountSummary's SummaryMap: AWS's default quotas, the fixture's counts."""
	s = {k: 0 for k in _SUMMARY_KEYS}
	s.update({"UsersQuota": 5000, "GroupsQuota": 300, "RolesQuota": 1000, "PoliciesQuota": 1500,
		"PolicySizeQuota": 6144, "PolicyVersionsInUseQuota": 10000, "VersionsPerPolicyQuota": 5,
		"ServerCertificatesQuota": 20, "InstanceProfilesQuota": 1000, "GroupsPerUserQuota": 10,
		"AttachedPoliciesPerUserQuota": 10, "AttachedPoliciesPerGroupQuota": 10, "AttachedPoliciesPerRoleQuota": 10,
		"AccessKeysPerUserQuota": 2, "SigningCertificatesPerUserQuota": 2, "UserPolicySizeQuota": 2048,
		"GroupPolicySizeQuota": 5120, "RolePolicySizeQuota": 10240, "AssumeRolePolicySizeQuota": 2048,
		"GlobalEndpointTokenVersion": 1})
	s.update(overrides)
	return s


def get_account_summary(ctx):
	return {"SummaryMap": summary_map(ctx.account.summary)}


def get_account_password_policy(ctx):
	pp = ctx.account.password_policy
	if pp is None:
		raise ApiError("NoSuchEntity", "The Password Policy with domain name %s cannot be found." % ctx.account.id, 404)
	return {"PasswordPolicy": pp}


def _org_account(ctx, aid):
	a = ctx.state.accounts[aid]
	org = ctx.state.org
	return {"Id": a.id, "Arn": "arn:%s:organizations::%s:account/%s/%s" % (ctx.state.partition, org["management"],
		org["id"], a.id), "Email": a.email, "Name": a.name, "Status": a.status,
		"JoinedMethod": "INVITED" if a.id != org["management"] else "CREATED", "JoinedTimestamp": a.joined}


def _org_caller(ctx):
	org = ctx.state.org
	me = ctx.account.id
	if org is None or (me != org["management"] and me not in org["members"]):
		raise ApiError("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.")
	if me != org["management"]:
		raise ApiError("AccessDeniedException", "You don't have permissions to access this resource.")
	return org


def list_accounts(ctx):
	org = _org_caller(ctx)
	ids = [org["management"]] + [a for a in org["members"] if a != org["management"]]
	items, nxt = paged(ctx, ListColl(ids), lambda a: True, (1, 20), default=org.get("page_size"))
	out = {"Accounts": [_org_account(ctx, a) for _, a in items]}
	if nxt:
		out["NextToken"] = nxt
	return out


def describe_account(ctx):
	org = _org_caller(ctx)
	aid = ctx.params["AccountId"]
	if aid != org["management"] and aid not in org["members"]:
		raise ApiError("AccountNotFoundException", "You specified an account that doesn't exist.")
	return {"Account": _org_account(ctx, aid)}


HANDLERS = {
	"sts": {"GetCallerIdentity": get_caller_identity, "AssumeRole": assume_role},
	"iam": {"ListAccountAliases": list_account_aliases, "GetAccountSummary": get_account_summary,
		"GetAccountPasswordPolicy": get_account_password_policy},
	"organizations": {"ListAccounts": list_accounts, "DescribeAccount": describe_account},
}

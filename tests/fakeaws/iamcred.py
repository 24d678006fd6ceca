"""IAM's credential report and virtual MFA devices in the fake (service iam,
Query API 2010-05-08, global).

Owns: the fixture's `iam_report` account section:
  {"generate_ms": <how long a report takes to generate, default 0>,
   "root": {<column>: <text>}        the `<root_account>` line's values,
   "users": {<UserName>: {<column>: <text>}}   values of a user's line,
   "VirtualMFADevices": [{"SerialNumber", "EnableDate", "_User": <UserName
     or "<root_account>", absent: unassigned>, "Tags"}]}
and the calls:
- GenerateCredentialReport: the first call (or the first after the report
  expired, 4 hours after it was made) starts a report and answers STARTED;
  until generate_ms have passed INPROGRESS, then COMPLETE (State,
  Description), as IAM does.
- GetCredentialReport: Content (base64 of the CSV), ReportFormat text/csv,
  GeneratedTime; ReportNotPresent (410) when none was started,
  ReportInProgress (404) while it is made, ReportExpired (410) after 4 h.
  The CSV has the documented columns (user, arn, user_creation_time,
  password_*, mfa_active, access_key_{1,2}_*, cert_{1,2}_*), the root
  line `<root_account>` first (its password columns not_supported), the
  users as they were when the report was started: a user without a
  password has N/A in its password columns, a key never used N/A in its
  last-used ones, values of the section's lines replacing these; quoted
  as RFC 4180 writes it.
- ListVirtualMFADevices: AssignmentStatus (Assigned, Unassigned, Any),
  Marker / IsTruncated / MaxItems pages; each device's User (the user's
  Path, UserName, UserId, Arn, CreateDate; the root's Arn and UserId).
"""
import csv
import io
import time

from awsproto import ApiError, iso_time
from iam import _marker_page
from pages import ListColl

ROOT = "<root_account>"
EXPIRES_S = 4 * 3600
ROOT_CREATED = "2020-01-01T00:00:00Z"
KEY_COLS = ("active", "last_rotated", "last_used_date", "last_used_region", "last_used_service")
COLUMNS = ["user", "arn", "user_creation_time", "password_enabled", "password_last_used",
	"password_last_changed", "password_next_rotation", "mfa_active"] + \
	["access_key_%d_%s" % (i, c) for i in (1, 2) for c in KEY_COLS] + \
	["cert_%d_%s" % (i, c) for i in (1, 2) for c in ("active", "last_rotated")]


def section(account):
	"""The account's iam_report section (from the fixture)."""
	return getattr(account, "iam_report", None) or {}


def report_time(v):
	"""A time as the report writes it: 2023-04-26T13:05:43+00:00."""
	return iso_time(v).replace(microsecond=0).isoformat()


def _arn(part, aid, what):
	return "arn:%s:iam::%s:%s" % (part, aid, what)


def _root_line(part, aid, sect):
	line = dict.fromkeys(COLUMNS, "N/A")
	line.update({"user": ROOT, "arn": _arn(part, aid, "root"), "user_creation_time": report_time(ROOT_CREATED),
		"password_enabled": "not_supported", "password_last_used": "no_information",
		"password_last_changed": "not_supported", "password_next_rotation": "not_supported",
		"mfa_active": "false", "access_key_1_active": "false", "access_key_2_active": "false",
		"cert_1_active": "false", "cert_2_active": "false"})
	line.update(sect.get("root", {}))
	return line


def _user_line(user, sect):
	line = dict.fromkeys(COLUMNS, "N/A")
	line.update({"user": user["UserName"], "arn": user["Arn"], "user_creation_time": report_time(user["CreateDate"]),
		"password_enabled": "false", "mfa_active": "false", "cert_1_active": "false", "cert_2_active": "false"})
	keys = user.get("_AccessKeys", [])
	for i in (1, 2):
		k = keys[i - 1] if len(keys) >= i else None
		line["access_key_%d_active" % i] = "true" if k and k.get("Status") == "Active" else "false"
		if k:
			line["access_key_%d_last_rotated" % i] = report_time(k["CreateDate"])
	line.update(sect.get("users", {}).get(user["UserName"], {}))
	return line


def report_csv(part, aid, users, sect):
	"""The report of account aid (partition part) with these IAM users (the
	fixture's, with _AccessKeys) and iam_report section: CSV bytes."""
	out = io.StringIO()
	w = csv.DictWriter(out, COLUMNS, lineterminator="\n")
	w.writeheader()
	w.writerow(_root_line(part, aid, sect))
	for u in users:
		w.writerow(_user_line(u, sect))
	return out.getvalue().encode()


def devices(part, aid, users, sect):
	"""The section's virtual MFA devices as IAM lists them; users by name."""
	out = []
	for d in sect.get("VirtualMFADevices", []):
		dev = {k: v for k, v in d.items() if not k.startswith("_")}
		who = d.get("_User")
		if who == ROOT:
			dev["User"] = {"UserId": aid, "Arn": _arn(part, aid, "root"), "CreateDate": ROOT_CREATED}
		elif who is not None and who in users:
			dev["User"] = {k: users[who][k] for k in ("Path", "UserName", "UserId", "Arn", "CreateDate")
				if k in users[who]}
		else:
			dev.pop("EnableDate", None)     # an unassigned device
		out.append(dev)
	return out


def _csv(ctx):
	return report_csv(ctx.state.partition, ctx.account.id, list(ctx.account.iam["Users"]), section(ctx.account))


def _report(ctx):
	"""The account's report: {"started", "csv"}, or None."""
	return getattr(ctx.account, "_cred_report", None)


def generate_credential_report(ctx):
	rep = _report(ctx)
	now = time.time()
	if rep is None or now - rep["started"] - rep["ms"] / 1000.0 >= EXPIRES_S:
		ctx.account._cred_report = {"started": now, "ms": float(section(ctx.account).get("generate_ms", 0)),
			"csv": _csv(ctx)}
		return {"State": "STARTED", "Description": "No report exists. Starting a new report generation task"}
	if now - rep["started"] < rep["ms"] / 1000.0:
		return {"State": "INPROGRESS"}
	return {"State": "COMPLETE"}


def get_credential_report(ctx):
	rep = _report(ctx)
	now = time.time()
	if rep is None:
		raise ApiError("ReportNotPresent", "Credential report does not exist. Use GenerateCredentialReport to "
			"generate a credential report.", 410)
	done = rep["started"] + rep["ms"] / 1000.0
	if now < done:
		raise ApiError("ReportInProgress", "Credential report is being generated.", 404)
	if now - done >= EXPIRES_S:
		raise ApiError("ReportExpired", "Credential report is expired. Use GenerateCredentialReport to generate "
			"a new credential report.", 410)
	return {"Content": rep["csv"], "ReportFormat": "text/csv",
		"GeneratedTime": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(done))}


def list_virtual_mfa_devices(ctx):
	status = ctx.params.get("AssignmentStatus", "Any")
	if status not in ("Assigned", "Unassigned", "Any"):
		raise ApiError("ValidationError", "1 validation error detected: Value '%s' at 'assignmentStatus' failed "
			"to satisfy constraint: Member must satisfy enum value set: [Unassigned, Any, Assigned]" % status)
	users = {u["UserName"]: u for u in ctx.account.iam["Users"]}
	devs = devices(ctx.state.partition, ctx.account.id, users, section(ctx.account))
	devs = [d for d in devs if status == "Any" or ("User" in d) == (status == "Assigned")]
	items, out = _marker_page(ctx, ListColl(devs), lambda x: True)
	out["VirtualMFADevices"] = [d for _, d in items]
	return out


def load(account, d):
	"""Keeps the account's iam_report section, checked."""
	sect = d.get("iam_report", {})
	unknown = set(sect) - {"generate_ms", "root", "users", "VirtualMFADevices"}
	if unknown:
		raise ValueError("accounts.%s.iam_report: unknown members %s" % (account.id, sorted(unknown)))
	for who, line in [("root", sect.get("root", {}))] + list(sect.get("users", {}).items()):
		bad = set(line) - set(COLUMNS)
		if bad:
			raise ValueError("accounts.%s.iam_report %s: unknown columns %s" % (account.id, who, sorted(bad)))
	account.iam_report = sect


HANDLERS = {"iam": {"GenerateCredentialReport": generate_credential_report,
	"GetCredentialReport": get_credential_report, "ListVirtualMFADevices": list_virtual_mfa_devices}}

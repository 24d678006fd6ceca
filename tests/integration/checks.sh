# checks.sh: the counters of the shell tests (cli.sh, cli_limits.sh),
# sourced: check DESCRIPTION COMMAND... runs the command and counts it as
# passed or failed (a FAIL line names it); finish prints the totals and
# sets the exit status.
set -u
: "${RESOTOWORKER:?}" "${top_srcdir:?}"
RW=$RESOTOWORKER
for v in $(env | sed -n 's/^\(RESOTOWORKER_[A-Z0-9_]*\)=.*/\1/p'); do unset "$v"; done

pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() {	# description command...
	d=$1; shift
	if "$@"; then ok; else no "$d"; fi
}
finish() {
	echo "$pass passed, $fail failed"
	[ "$fail" = 0 ]
}

#!/bin/sh
# What a careless operator or a hostile environment hands resotoworker at
# start (issue 9): contradicting options, ids with control characters,
# malformed core URIs (exit 2); configuration values the worker cannot use,
# a FIFO at the configuration or pid file path, a 10 MB string in the
# configuration file (exit 1 or 0, never a hang: every run is bounded).
# Needs: RESOTOWORKER (the binary), top_srcdir.
. "${top_srcdir:?}/tests/integration/checks.sh"

tmp=$(mktemp -d /tmp/rw-limits.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
# bounded: a run that blocks is killed and reported (status 124)
rw() { timeout 60 "$RW" "$@"; }

conf=$tmp/w.conf
printf 'resotoworker = { pool_size = 2; };\n' > "$conf"
chmod 600 "$conf"

# usage errors: exit 2, the reason names the option
usage() {	# reason-pattern args...
	want=$1; shift
	rw "$@" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	check "'$*' exits 2 (got $rc)" test $rc = 2
	check "'$*' says '$want'" grep -q -- "$want" "$tmp/err"
	check "'$*' prints nothing on stdout" test ! -s "$tmp/out"
}
usage "--fork and --no-fork contradict" --fork --no-fork --check-config
usage "--no-fork and --fork contradict" --no-fork --fork --check-config
usage "URL http://: bad host" --resotocore-uri http:// --check-config
usage "unterminated \[IPv6\]" --resotocore-uri 'http://[::1' --check-config
usage "URL http://core:99999: bad port" --resotocore-uri http://core:99999 \
    --check-config
usage "subscriber-id must not hold control characters" \
    --subscriber-id "$(printf 'w1\nfake')" --check-config
RESOTOWORKER_RESOTOCORE_URI=http:// rw --check-config > /dev/null 2> "$tmp/err"
check "a malformed URI in the environment exits 2" test $? = 2
# a malformed URI is refused before the daemon would retry it forever
rw --resotocore-uri 'https://[::1' --config "$conf" > /dev/null 2> "$tmp/err"
check "a malformed URI refuses the start (exit 2)" test $? = 2
RESOTOWORKER_FORK=true rw --no-fork --config "$conf" --check-config \
    > "$tmp/out" 2> "$tmp/err"
check "the command line still wins over the environment's --fork" \
    grep -q 'fork_process = false;' "$tmp/out"

# values the worker cannot use: exit 1 at --check-config and at start,
# the key named
bad_value() {	# reason-pattern override
	for mode in --check-config ""; do
		# shellcheck disable=SC2086
		rw --config "$conf" --resotocore-uri http://127.0.0.1:1 \
		    --override "$2" $mode > "$tmp/out" 2> "$tmp/err"
		rc=$?
		check "$2 ${mode:-at start} exits 1 (got $rc)" test $rc = 1
		check "$2 ${mode:-at start} says '$1'" grep -q -- "$1" "$tmp/err"
	done
}
bad_value "random.size must be between 0 and 1000, not -1" random.size=-1
bad_value "random.size must be between 0 and 1000, not 1e+308" random.size=1e308
bad_value "resotoworker.user: no user \"nosuchuser\"" resotoworker.user=nosuchuser
bad_value "resotoworker.pool_size: 99999999999 is too large" \
    resotoworker.pool_size=99999999999
bad_value "resotoworker.timeout: 9223372036854775807 is too large" \
    resotoworker.timeout=9223372036854775807
bad_value "resotoworker.graph: must not hold control characters" \
    "resotoworker.graph=$(printf 'a\tb')"

# a FIFO at the configuration path: refused at once (no writer ever comes)
mkfifo "$tmp/fifo.conf"
rw --config "$tmp/fifo.conf" --check-config > /dev/null 2> "$tmp/err"
rc=$?
check "a FIFO configuration exits 1 (got $rc)" test $rc = 1
check "a FIFO configuration: not a regular file" \
    grep -q 'fifo.conf: not a regular file' "$tmp/err"
rw --config "$tmp/fifo.conf" --daemonize > /dev/null 2> "$tmp/err"
rc=$?
check "--daemonize with a FIFO configuration exits 1 (got $rc)" test $rc = 1
# a FIFO at the pid file path: the daemon refuses it, its parent says so
mkfifo "$tmp/fifo.pid"
rw --config "$conf" --resotocore-uri http://127.0.0.1:1 --pidfile \
    "$tmp/fifo.pid" > /dev/null 2> "$tmp/err"
rc=$?
check "a FIFO pid file exits 1 (got $rc)" test $rc = 1
check "a FIFO pid file: not a regular file" \
    grep -q 'fifo.pid: not a regular file' "$tmp/err"
rw --config "$conf" --resotocore-uri http://127.0.0.1:1 --daemonize \
    --pidfile "$tmp/fifo.pid" > /dev/null 2> "$tmp/err"
rc=$?
check "--daemonize with a FIFO pid file exits 1 (got $rc)" test $rc = 1
check "--daemonize with a FIFO pid file says why" \
    grep -q 'fifo.pid: not a regular file' "$tmp/err"
check "the FIFO is left alone" test -p "$tmp/fifo.pid"

# a 10 MB string: libconfig's FILE reader took minutes (quadratic)
{
	printf 'resotoworker = {\n  graph = "'
	head -c 10000000 /dev/zero | tr '\0' 'g'
	printf '";\n  pool_size = 3;\n};\n'
} > "$tmp/long.conf"
chmod 600 "$tmp/long.conf"
# (0.2 s here; minutes for the quadratic reader: 15 s tells them apart)
timeout 15 "$RW" --config "$tmp/long.conf" --check-config > "$tmp/out" \
    2> "$tmp/err"
rc=$?
check "a 10 MB string parses (got $rc)" test $rc = 0
check "the 10 MB string is read whole" test "$(awk \
    '/^\tgraph = "g*";$/ { print length($0) }' "$tmp/out")" = 10000012

finish

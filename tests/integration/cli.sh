#!/bin/sh
# The command line of resotoworker as an operator meets it: --help, usage
# errors, --check-config with the environment, SIGHUP reloads (a broken file
# keeps the old configuration), SIGTERM, the pid file, --daemonize, secrets
# kept out of /proc, the deployment files and the manual pages.
# Needs: RESOTOWORKER (the binary), top_srcdir.
. "${top_srcdir:?}/tests/integration/checks.sh"

tmp=$(mktemp -d /tmp/rw-cli.XXXXXX)
pids=""
cleanup() {
	for p in $pids; do kill -9 "$p" 2>/dev/null; done
	rm -rf "$tmp"
}
trap cleanup EXIT

# wait_for FILE PATTERN: until grep finds PATTERN (bounded: 30 s)
wait_for() {
	i=0
	while ! grep -q -- "$2" "$1" 2>/dev/null; do
		i=$((i + 1))
		if [ $i -gt 300 ]; then
			echo "no '$2' in $1:"; cat "$1"
			return 1
		fi
		sleep 0.1
	done
}

# gone PID: until the process has ended (bounded: 30 s)
gone() {
	i=0
	while kill -0 "$1" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 300 ] && return 1
		sleep 0.1
	done
}

conf=$tmp/w.conf
printf 'resotoworker = { pool_size = 7; web_port = 9000; };\n' > "$conf"
chmod 600 "$conf"

# --help lists every option with its variable
"$RW" --help > "$tmp/help"
check "--help exits 0" test $? = 0
for o in --subscriber-id --psk --verbose -v --quiet --resotocore-uri \
    --override --ca-cert --cert --cert-key --cert-key-pass --no-verify-certs \
    --fork --no-fork --help --version --config --check-config --daemonize \
    --pidfile --syslog --collect-to RESOTOWORKER_SUBSCRIBER_ID \
    RESOTOWORKER_PSK RESOTOWORKER_RESOTOCORE_URI RESOTOWORKER_OVERRIDE \
    RESOTOWORKER_NO_VERIFY_CERTS RESOTOWORKER_FORK RESOTOWORKER_CONFIG; do
	check "--help lists $o" grep -q -- "$o\\b" "$tmp/help"
done
"$RW" --version > "$tmp/version"
check "--version" grep -q '^resotoworker [0-9]' "$tmp/version"

# bad usage: exit 2, a one-line reason and the usage line
for args in "--bogus" "--psk" "extra" "-v --quiet" "--override nodot=1" \
    "--resotocore-uri ftp://x" "--fork=1" "--daemonize --check-config"; do
	# shellcheck disable=SC2086
	"$RW" $args > "$tmp/out" 2> "$tmp/err"
	rc=$?
	check "'$args' exits 2 (got $rc)" test $rc = 2
	check "'$args': two lines on stderr" test "$(wc -l < "$tmp/err")" = 2
	check "'$args': reason" grep -q '^resotoworker: ' "$tmp/err"
	check "'$args': usage line" grep -q '^usage: resotoworker ' "$tmp/err"
	check "'$args': nothing on stdout" test ! -s "$tmp/out"
done
RESOTOWORKER_VERBOSE=maybe "$RW" --check-config > /dev/null 2> "$tmp/err"
check "bad boolean variable exits 2" test $? = 2
check "bad boolean names the variable" grep -q 'RESOTOWORKER_VERBOSE' "$tmp/err"

# --check-config: environment, command line, overrides, the sample file
RESOTOWORKER_SUBSCRIBER_ID=x RESOTOWORKER_CONFIG=$conf "$RW" --check-config \
    > "$tmp/check"
check "--check-config exits 0" test $? = 0
check "--check-config shows the subscriber id of the environment" \
    grep -q '^# subscriber-id: *x$' "$tmp/check"
check "--check-config shows the file's value" grep -q 'pool_size = 7;' "$tmp/check"
RESOTOWORKER_SUBSCRIBER_ID=x "$RW" --check-config > "$tmp/check2"
check "--check-config without --config exits 0" test $? = 0
check "--check-config without --config shows x" grep -q '^# subscriber-id: *x$' "$tmp/check2"
RESOTOWORKER_SUBSCRIBER_ID=x RESOTOWORKER_PSK=PSKSECRET123 \
    RESOTOWORKER_OVERRIDE="resotoworker.pool_size=11 resotoworker.collector=example,random" \
    "$RW" --config "$conf" --subscriber-id y --check-config > "$tmp/check"
check "the command line wins over the environment" grep -q '^# subscriber-id: *y$' "$tmp/check"
check "overrides win over the file" grep -q 'pool_size = 11;' "$tmp/check"
check "list override" grep -q 'collector = \[ "example", "random" \];' "$tmp/check"
check "the PSK is redacted" grep -q '^# psk: *\*\*\* (set)$' "$tmp/check"
check "the PSK is not shown" sh -c "! grep -q PSKSECRET123 '$tmp/check'"
sed -n '/^[a-z]/,$p' "$tmp/check" > "$tmp/again.conf"
chmod 600 "$tmp/again.conf"
"$RW" --config "$tmp/again.conf" --check-config > "$tmp/check3"
check "--check-config output reads back" test $? = 0
check "--check-config output reads back the same" \
    sh -c "sed -n '/^[a-z]/,\$p' '$tmp/check3' | cmp -s - '$tmp/again.conf'"
"$RW" --config "$top_srcdir/etc/resotoworker.conf" --check-config > /dev/null
check "the sample configuration is accepted" test $? = 0
"$RW" --config "$conf" --override resotoworker.pool_size=ten --check-config \
    > "$tmp/out" 2> "$tmp/err"
check "a bad override exits 1" test $? = 1
check "a bad override names the path" grep -q 'resotoworker.pool_size' "$tmp/err"
check "a failed check prints nothing on stdout" test ! -s "$tmp/out"
"$RW" --config "$conf" --override nope.key=1 --check-config 2> "$tmp/err" >/dev/null
check "an unknown override path exits 1" test $? = 1
check "an unknown override names it" grep -q 'nope.key: unknown section' "$tmp/err"
printf 'resotoworker = {\n  pool_size = 1;\n  bogus = 2;\n};\n' > "$tmp/bad.conf"
"$RW" --config "$tmp/bad.conf" --check-config 2> "$tmp/err" >/dev/null
check "a bad file exits 1" test $? = 1
check "a bad file names file:line" grep -q "$tmp/bad.conf:3: unknown key 'resotoworker.bogus'" "$tmp/err"
"$RW" --config "$tmp/missing.conf" --check-config 2> "$tmp/err" >/dev/null
check "a missing named file exits 1" test $? = 1
"$RW" --config "$conf" --ca-cert "$tmp/missing.pem" --check-config 2> "$tmp/err" >/dev/null
check "an unreadable --ca-cert exits 1" test $? = 1

# foreground daemon: SIGHUP reloads, a broken file keeps the old config,
# SIGTERM exits 0 and removes the pid file, the PSK stays out of /proc
RESOTOWORKER_PSK=ENVPSK12345 "$RW" --config "$conf" --pidfile "$tmp/rw.pid" \
    --resotocore-uri http://127.0.0.1:9 --psk CLIPSK67890 2> "$tmp/log" &
pid=$!
pids="$pids $pid"
if wait_for "$tmp/log" "waiting for work"; then ok; else no "daemon starts"; fi
check "pid file names the daemon" test "$(cat "$tmp/rw.pid" 2>/dev/null)" = "$pid"
if [ -r "/proc/$pid/cmdline" ]; then
	check "the PSK is not in /proc/PID/cmdline" \
	    sh -c "! tr '\\0' '\\n' < /proc/$pid/cmdline | grep -q CLIPSK67890"
	check "--psk shows a fixed mask, not the key's length" \
	    sh -c "tr '\\0' '\\n' < /proc/$pid/cmdline | grep -A1 -x -- --psk | tail -1 | grep -qx '[*][*][*]'"
	check "the PSK variable is not in /proc/PID/environ" \
	    sh -c "! tr '\\0' '\\n' < /proc/$pid/environ | grep -q ENVPSK12345"
	check "no RESOTOWORKER_PSK in the daemon's environment" \
	    sh -c "! tr '\\0' '\\n' < /proc/$pid/environ | grep -q '^RESOTOWORKER_PSK=[^*]'"
fi
"$RW" --config "$conf" --pidfile "$tmp/rw.pid" 2> "$tmp/err2"
check "a second instance is refused (exit 1)" test $? = 1
check "a second instance says why" grep -q "already running as pid $pid" "$tmp/err2"

printf 'resotoworker = { pool_size = 8; web_port = 9001; };\n' > "$conf"
kill -HUP "$pid"
if wait_for "$tmp/log" "resotoworker.pool_size changed: 7 -> 8"; then ok; else no "SIGHUP applies pool_size"; fi
if wait_for "$tmp/log" "resotoworker.web_port changed to 9001; that takes a restart, keeping 9000"; then ok; else no "SIGHUP: web_port needs a restart"; fi
printf 'resotoworker = { pool_size = ; };\n' > "$conf"
kill -HUP "$pid"
if wait_for "$tmp/log" "configuration not changed: $conf:1: syntax error"; then ok; else no "SIGHUP with a broken file"; fi
printf 'resotoworker = { pool_size = 9; web_port = 9000; };\n' > "$conf"
kill -HUP "$pid"
if wait_for "$tmp/log" "resotoworker.pool_size changed: 8 -> 9"; then ok; else no "the broken file kept the old configuration"; fi
check "the daemon survived the broken file" kill -0 "$pid"
kill -TERM "$pid"
wait "$pid"
rc=$?
check "SIGTERM exits 0 (got $rc)" test $rc = 0
check "the pid file is removed" test ! -e "$tmp/rw.pid"
check "the PSK never appears in the log" sh -c "! grep -q -e CLIPSK67890 -e ENVPSK12345 '$tmp/log'"
check "the log has time, level and component" \
    grep -q '^[0-9-]*T[0-9:.]*Z INFO  supervisor: ' "$tmp/log"

# --quiet keeps errors only
"$RW" --config "$conf" --quiet 2> "$tmp/qlog" &
pid=$!
pids="$pids $pid"
sleep 0.5
kill -TERM "$pid"
wait "$pid"
check "--quiet: exit 0" test $? = 0
check "--quiet logs no info" test ! -s "$tmp/qlog"

# a stale pid file is replaced
sh -c 'exit 0' &
dead=$!
wait $dead
echo "$dead" > "$tmp/stale.pid"
# a new log file: the background start truncates "$tmp/log" only once the
# child runs, and wait_for must not find the previous daemon's lines
rm -f "$tmp/log"
"$RW" --config "$conf" --pidfile "$tmp/stale.pid" -v 2> "$tmp/log" &
pid=$!
pids="$pids $pid"
if wait_for "$tmp/log" "waiting for work"; then ok; else no "start over a stale pid file"; fi
check "the stale pid file is replaced" test "$(cat "$tmp/stale.pid")" = "$pid"
kill -INT "$pid"
wait "$pid"
check "SIGINT exits 0" test $? = 0
check "SIGINT removes the pid file" test ! -e "$tmp/stale.pid"

# --daemonize: the starting process returns once the pid file is there
"$RW" --config "$conf" --daemonize --pidfile "$tmp/d.pid"
check "--daemonize returns 0" test $? = 0
dpid=$(cat "$tmp/d.pid" 2>/dev/null)
check "--daemonize wrote the pid file" test -n "$dpid"
if [ -n "$dpid" ]; then
	pids="$pids $dpid"
	check "the daemon runs" kill -0 "$dpid"
	"$RW" --config "$conf" --daemonize --pidfile "$tmp/d.pid" 2> "$tmp/err"
	check "a second daemon exits 1" test $? = 1
	check "a second daemon prints why" grep -q "already running as pid $dpid" "$tmp/err"
	kill -HUP "$dpid"
	check "the daemon survives SIGHUP" kill -0 "$dpid"
	kill -TERM "$dpid"
	check "the daemon ends on SIGTERM" gone "$dpid"
	check "the daemon removed its pid file" test ! -e "$tmp/d.pid"
fi
"$RW" --config "$tmp/bad.conf" --daemonize --pidfile "$tmp/d.pid" 2> "$tmp/err"
check "--daemonize with a bad file exits 1" test $? = 1
"$RW" --config "$conf" --daemonize --pidfile "$tmp/nodir/d.pid" 2> "$tmp/err"
check "--daemonize reports a start-up failure (exit 1)" test $? = 1
check "--daemonize prints the start-up failure" grep -q "nodir/d.pid" "$tmp/err"

# deployment files
sed -e 's|@sbindir@|/usr/sbin|g' -e 's|@sysconfdir@|/etc|g' \
    -e 's|@runstatedir@|/run|g' "$top_srcdir/etc/init.d/resotoworker.in" > "$tmp/initd"
check "the init script is valid sh" sh -n "$tmp/initd"
for a in start stop restart reload force-reload status; do
	check "the init script has $a" grep -q "^$a\\b\\|[|]$a)\\|^$a[|)]" "$tmp/initd"
done
check "the unit has ExecReload" grep -q '^ExecReload=/bin/kill -HUP \$MAINPID' \
    "$top_srcdir/etc/resotoworker.service.in"

# the manual pages render without warnings
if command -v groff > /dev/null 2>&1; then
	for m in resotoworker.8 resotoworker.conf.5; do
		w=$(groff -man -ww -z "$top_srcdir/man/$m" 2>&1)
		check "$m renders without warnings: $w" test -z "$w"
	done
	for o in --subscriber-id --psk --verbose --quiet --resotocore-uri \
	    --override --ca-cert --cert --cert-key --cert-key-pass \
	    --no-verify-certs --fork --no-fork --help --version --config \
	    --check-config --daemonize --pidfile --syslog --collect-to \
	    --collector-child; do
		check "resotoworker.8 documents $o" sh -c "groff -man -Tutf8 \
		    '$top_srcdir/man/resotoworker.8' 2>/dev/null | sed 's/.\x08//g' \
		    | grep -q -- '$o'"
	done
else
	echo "groff missing: manual page checks skipped"
fi

finish

#!/bin/sh
# run.sh [BUILDDIR [SECONDS]]: build the libFuzzer targets (make fuzz in
# BUILDDIR, default "build") and run each for SECONDS (default 20) on a
# fresh corpus seeded from tests/fuzz/seeds/<target>/ when present.
# Exits non-zero when a target cannot be built or finds a crash (its
# reproducer is left as BUILDDIR/tests/fuzz/crash-* / leak-* / timeout-*).
set -u
here=$(cd "$(dirname "$0")" && pwd)
bdir=${1:-build}
secs=${2:-20}
[ -f "$bdir/Makefile" ] || { echo "run.sh: no Makefile in $bdir (configure first)" >&2; exit 2; }
make -C "$bdir" fuzz || { echo "run.sh: make fuzz failed" >&2; exit 1; }
targets=$(sed -n '/^FUZZ_TARGETS = /,/[^\\]$/p' "$bdir/Makefile" | sed 's/^FUZZ_TARGETS = //; s/\\$//')
rc=0
for t in $targets; do
	name=$(basename "$t")
	corpus=$(mktemp -d)
	[ -d "$here/seeds/$name" ] && cp "$here/seeds/$name"/* "$corpus"/ 2>/dev/null
	# the configuration parser gets large inputs (long strings, big files)
	case $name in
	fuzz_config) maxlen=1048576 ;;
	*) maxlen=70000 ;;
	esac
	echo "== $name ($secs s)"
	if (cd "$bdir/tests/fuzz" && "./$name" -max_total_time="$secs" \
	    -max_len=$maxlen -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    "$corpus") >"$bdir/tests/fuzz/$name.log" 2>&1; then
		tail -n 3 "$bdir/tests/fuzz/$name.log"
		echo "PASS: $name"
	else
		tail -n 40 "$bdir/tests/fuzz/$name.log"
		echo "FAIL: $name (log: $bdir/tests/fuzz/$name.log)"
		rc=1
	fi
	rm -rf "$corpus"
done
exit $rc

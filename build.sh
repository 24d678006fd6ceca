#!/usr/bin/env bash
# build.sh demo | test | deps | build
#   deps   install the Debian packages listed in .ci/packages (apt-get)
#   build  autoreconf, configure and make in build/normal
#   demo   deps + build, then one core-free collect of the example and random
#          collectors (the daemon's main job without a core)
#   test   deps + build, then every test: `make check` in build/normal, again
#          in build/sanitizers (ASan + UBSan; the integration tests there
#          also run the supervisor under valgrind where marked), then the
#          fuzz targets for a short bounded time; ends with a line
#          "N passed, N failed"
set -euo pipefail
top=$(cd "$(dirname "$0")" && pwd)
cd "$top"
jobs=$(nproc 2>/dev/null || echo 2)

deps() {
	local sudo="" missing=()
	[ "$(id -u)" = 0 ] || sudo=sudo
	for p in $(cat .ci/packages); do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		$sudo apt-get update
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
	fi
}

configure_in() {	# DIR ARGS...
	local dir=$1; shift
	[ -x configure ] || autoreconf -fi
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ] || [ configure -nt "$dir/Makefile" ]; then
		(cd "$dir" && "$top/configure" --enable-werror "$@" >configure.out) ||
			{ cat "$dir/configure.out" "$dir/config.log" | tail -40; exit 1; }
	fi
}

build() {
	configure_in build/normal
	make -C build/normal -j"$jobs"
}

# count PASS/FAIL(+ERROR) from an automake test-suite.log summary
tally() {	# LOG -> "pass fail"
	local log=$1
	if [ -f "$log" ]; then
		awk '/^# PASS:/{p=$3} /^# FAIL:/{f+=$3} /^# ERROR:/{f+=$3} END{print p+0, f+0}' "$log"
	else
		echo "0 1"
	fi
}

run_tests() {
	local pass=0 fail=0 p f rc
	build
	set +e
	make -C build/normal -j"$jobs" check; rc=$?
	read -r p f < <(tally build/normal/test-suite.log)
	[ $rc -ne 0 ] && [ "$f" = 0 ] && f=1
	pass=$((pass + p)); fail=$((fail + f))
	set -e
	configure_in build/sanitizers --enable-sanitizers
	set +e
	make -C build/sanitizers -j"$jobs" check; rc=$?
	read -r p f < <(tally build/sanitizers/test-suite.log)
	[ $rc -ne 0 ] && [ "$f" = 0 ] && f=1
	pass=$((pass + p)); fail=$((fail + f))
	# fuzz targets, a short bounded run each (FUZZ_SECONDS, default 15)
	tests/fuzz/run.sh build/normal "${FUZZ_SECONDS:-15}" >build/fuzz.out 2>&1
	cat build/fuzz.out
	p=$(grep -c '^PASS: ' build/fuzz.out || true)
	f=$(grep -c '^FAIL: ' build/fuzz.out || true)
	[ "$p" = 0 ] && [ "$f" = 0 ] && f=1	# nothing ran: that is a failure
	pass=$((pass + p)); fail=$((fail + f))
	for log in build/normal/test-suite.log build/sanitizers/test-suite.log; do
		[ -f "$log" ] && grep -E '^(FAIL|ERROR):' "$log" | sed "s|^|$log: |" || true
	done
	set -e
	echo "$pass passed, $fail failed"
	[ "$fail" = 0 ]
}

demo() {
	build
	rm -rf build/demo
	echo "== resotoworker --collect-to build/demo (example + random, no core)"
	build/normal/src/resotoworker --collect-to build/demo \
		--override resotoworker.collector=example,random
	echo "== written (model.json is the PATCH /model body, each .ndjson a merge body):"
	ls -l build/demo
}

case "${1:-}" in
deps) deps ;;
build) deps; build ;;
demo) deps; demo ;;
test) deps; run_tests ;;
*) sed -n '2,12p' "$0"; exit 2 ;;
esac

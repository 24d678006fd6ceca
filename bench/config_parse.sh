#!/bin/sh
# config_parse.sh [WORKER]: how long --check-config takes on a configuration
# file holding one string of 1, 4, 16 and 64 MB (issue 9, item 8: the
# parse must grow linearly). Prints one line per size; asserts nothing.
set -eu
rw=${1:-build/normal/src/resotoworker}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%10s %10s %12s\n' "string" "seconds" "MB/s"
for mb in 1 4 16 64; do
	f=$tmp/c.conf
	{
		printf 'resotoworker = {\n  graph = "'
		head -c $((mb * 1000000)) /dev/zero | tr '\0' 'g'
		printf '";\n};\n'
	} > "$f"
	chmod 600 "$f"
	t0=$(date +%s.%N)
	"$rw" --config "$f" --check-config > /dev/null
	t1=$(date +%s.%N)
	echo "$mb $t0 $t1" | awk '{ s = $3 - $2; printf "%8d MB %10.3f %12.1f\n", $1, s, $1 / s }'
done

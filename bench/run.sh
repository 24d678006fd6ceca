#!/bin/sh
# bench/run.sh [WORKER] [seed:size ...]: the collect benchmark (README.md).
# WORKER defaults to build/normal/src/resotoworker (./build.sh build).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
worker=${1:-$here/../build/normal/src/resotoworker}
[ $# -gt 0 ] && shift
[ -x "$worker" ] || { echo "bench: no worker binary at $worker (./build.sh build)" >&2; exit 1; }
for py in "${BENCH_PYTHON:-}" python3 /usr/bin/python3; do
	[ -n "$py" ] && "$py" -c "import aiohttp" 2>/dev/null && break
	py=
done
[ -n "$py" ] || { echo "bench: no python3 with aiohttp (apt-get install python3-aiohttp)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 1; }
# the floor program of the same build (bench/floor.c), if built
floor=$(dirname "$worker")/../bench/floor
[ -x "$floor" ] && BENCH_FLOOR=$(cd "$(dirname "$floor")" && pwd)/floor && export BENCH_FLOOR
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "worker: $worker ($("$worker" --version))"
exec "$py" "$here/bench.py" "$(cd "$(dirname "$worker")" && pwd)/$(basename "$worker")" \
	"$here/sink.py" "$py" "$here/out" "$@"

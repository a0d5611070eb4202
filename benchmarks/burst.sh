#!/usr/bin/env bash
# burst.sh — the bounded burst test (benchmarks/README.md, "Burst test"): 16 concurrent large requests
# of each kind against one Cairn server started with -Xmx128m and MALLOC_ARENA_MAX=2; writes
# benchmarks/results/burst-<date>.md. Not run in CI.
#
#   benchmarks/burst.sh                                   # this tree's build (distribution/target)
#   benchmarks/burst.sh --lib /tmp/before/lib --native /tmp/before/native --label before   # a copy of an older build
#   benchmarks/burst.sh --rounds 1 --port 19250           # options: benchmarks/burst.sh --help
#
# Environment: CAIRN_LIB, CAIRN_NATIVE (the --lib and --native defaults), BURST_PORT, MALLOC_ARENA_MAX.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -z "${CAIRN_LIB:-}" && ! " $* " =~ " --lib " && ! -d "$root/distribution/target/lib" ]]; then
  echo "burst: building the server (mvn -q -DskipTests -pl distribution -am package) ..." >&2
  (cd "$root" && mvn -q -B -ntp -DskipTests -pl distribution -am package)
fi
exec python3 "$root/benchmarks/burst.py" "$@"

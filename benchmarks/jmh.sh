#!/usr/bin/env bash
# jmh.sh — build benchmarks/target/benchmarks.jar (when needed) and run Cairn's JMH microbenchmarks
# with settings that fit a 2-core machine: one fork, 3 × 1 s warm-up, 5 × 2 s measurement.
# The results table goes to benchmarks/results/jmh-<date>.txt.
#
#   benchmarks/jmh.sh                      # every benchmark (about 6 minutes)
#   benchmarks/jmh.sh KeyCodec ItemCodec   # only benchmarks matching these regexps
#   JMH_OPTS="-f 1 -wi 5 -i 10" benchmarks/jmh.sh Expression   # other run settings
#
# Environment: JAVA (java binary), JMH_OPTS (run settings replacing the defaults above), BENCH_SKIP_BUILD=1 (never build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"

# Build when the jar is missing or any main source or pom is newer than it.
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]] && { [[ ! -f "$jar" ]] || [[ -n "$(find "$root" -path "$root/.git" -prune -o \
    -path '*/target' -prune -o \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$jar" -print -quit)" ]]; }; then
  echo "jmh.sh: building (mvn -q -DskipTests install -pl benchmarks -am) ..." >&2
  (cd "$root" && mvn -q -B -DskipTests install -pl benchmarks -am)
fi

mkdir -p "$here/results"
load_before="$(cut -d" " -f1-3 /proc/loadavg)"
out="$here/results/jmh-$(date +%Y-%m-%d-%H%M).txt" csv="${out%.txt}.csv"
# -rff writes JMH's own CSV beside the human-readable log.
# Run from the repository root with a relative CSV path, so the committed log names no machine's paths.
(cd "$root" && "${JAVA:-java}" -jar "$jar" ${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 2s} -rf csv -rff "${csv#"$root"/}" "$@") \
  2>&1 | tee "$out"
echo "jmh.sh: results in $out" >&2
# The machine is shared: say how busy it was, since other work inflates every figure.
echo "load average (1/5/15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" | tee -a "$out"

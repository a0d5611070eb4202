#!/usr/bin/env bash
# compare.sh — two Cairn builds under the same wrk workloads, measured alternately in one run, to
# check that a change costs no throughput: "this tree" against a baseline build (a copy of an older
# distribution/target/lib and native, e.g. made before the change).
#
# Why alternately: the machine is shared and noisy, so A and B take turns (A B A B ... per
# workload) and the report gives each pair's ratio and their median, not two separate runs.
#
#   benchmarks/compare.sh --baseline /path/to/old            # old/lib/*.jar and old/native
#   benchmarks/compare.sh --baseline DIR --rounds 3 --duration 10 --workloads "get put query"
#
# Options: --baseline DIR (required: DIR/lib holds the jars, DIR/native RocksDB's library),
#   --rounds N (pairs per workload, 3), --duration S (10), --warmup S (5), --connections N (32),
#   --workloads "get put query" (any of dynamo.lua's).
# Environment: JAVA, CAIRN_JVM_FLAGS (default: the ./cairn launcher's), PORT_BASE (18100),
#   BENCH_SKIP_BUILD=1. Both servers bind 127.0.0.1 and are stopped on exit.
# Result: benchmarks/results/compare-<date>.md (+ raw wrk lines in compare-<date>.log).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
java="${JAVA:-java}"
baseline="" rounds=3 duration=10 warmup=5 connections=32 workloads="get put query"
while (($#)); do
  case "$1" in
    --baseline) baseline="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --workloads) workloads="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
say() { echo "compare.sh: $*" >&2; }
die() { say "$*"; exit 1; }
[[ -d "$baseline/lib" ]] || die "--baseline DIR is required, with DIR/lib (jars) and DIR/native"

host=127.0.0.1 port_base="${PORT_BASE:-18100}"
bench_jar="$here/target/benchmarks.jar"
partitions=1000 sort_keys=100 counters=10000
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  say "building this tree (mvn -q -DskipTests install) ..."
  (cd "$root" && mvn -q -B -DskipTests install)
fi
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
if [[ -z "${CAIRN_JVM_FLAGS:-}" ]]; then
  CAIRN_JVM_FLAGS="$(awk '/^exec /,/CairnMain/' "$root/cairn" | grep -oE '(^|[ "])-X[^ "$]+' | tr -d ' "' | tr '\n' ' ')"
fi
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

stamp="$(date +%Y-%m-%d-%H%M)"
report="$here/results/compare-$stamp.md" raw="$here/results/compare-$stamp.log"
work="$(mktemp -d /tmp/cairn-compare.XXXXXX)"
: > "$raw"
# shellcheck source=stop-on-exit.sh
source "$here/stop-on-exit.sh"

start_cairn() { # name port lib native
  # shellcheck disable=SC2086
  "$java" $CAIRN_JVM_FLAGS "-Djava.library.path=$4" -cp "$3/*" dev.cairn.distribution.CairnMain serve \
    --backend rocksdb --data-dir "$work/$1-data" --port "$2" --host "$host" > "$work/$1.out" 2>&1 &
  pids+=("$!")
  for _ in $(seq 600); do
    curl -s --max-time 1 -X POST "http://$host:$2/" -H 'X-Amz-Target: DynamoDB_20120810.ListTables' \
      -H 'Content-Type: application/x-amz-json-1.0' -d '{}' | grep -q TableNames && return 0
    sleep 0.1
  done
  die "$1 did not answer within 60 s; see $work/$1.out"
}
start_cairn new $port_base "$root/distribution/target/lib" "$root/distribution/target/native"
start_cairn base $((port_base + 1)) "$baseline/lib" "$baseline/native"
for port in $port_base $((port_base + 1)); do
  say "loading port $port ..."
  timeout 1200 "$java" -cp "$bench_jar" dev.cairn.benchmarks.load.DataLoader "http://$host:$port/" \
    --create --partitions 0 $partitions --sort-keys $sort_keys --counters $counters | grep '^LOADED' >&2
done

rps() { # workload port seconds
  WORKLOAD=$1 PARTITIONS=$partitions SORT_KEYS=$sort_keys COUNTERS=$counters DELAY_MS=0 \
    timeout $(($3 + 30)) wrk -t 1 -c "$connections" -d "${3}s" --timeout 5s -s "$here/lua/dynamo.lua" \
    "http://$host:$2/" > "$work/wrk.out" 2>&1 || true
  { echo "## $1 port=$2 ${3}s"; cat "$work/wrk.out"; } >> "$raw"
  grep '^RESULT' "$work/wrk.out" | sed -E 's/.* rps=([^ ]+).*/\1/'
}

{
  echo "# Cairn: this tree against a baseline build, $(date '+%Y-%m-%d %H:%M')"
  echo
  echo "Baseline: \`$baseline\`. This tree: $(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet || echo ' (with uncommitted changes)')."
  echo "wrk, $connections connections, ${warmup}s warm-up then ${duration}s measured per run; new and baseline alternate, $rounds pairs per workload; JVM flags \`$CAIRN_JVM_FLAGS\`."
  echo "Load average at start: $(cut -d' ' -f1 /proc/loadavg)."
  echo
  echo "| Workload | pair | new req/s | baseline req/s | new/baseline |"
  echo "|---|---:|---:|---:|---:|"
} > "$report"
for w in $workloads; do
  ratios=()
  for r in $(seq "$rounds"); do
    say "$w, pair $r ..."
    rps "$w" $port_base "$warmup" > /dev/null; a=$(rps "$w" $port_base "$duration")
    rps "$w" $((port_base + 1)) "$warmup" > /dev/null; b=$(rps "$w" $((port_base + 1)) "$duration")
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
    ratios+=("$ratio")
    printf '| %s | %d | %.0f | %.0f | %s |\n' "$w" "$r" "$a" "$b" "$ratio" >> "$report"
  done
  median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  printf '| **%s, median** | | | | **%s** |\n' "$w" "$median" >> "$report"
done
cat "$report"
say "report: $report; raw wrk output: $raw"

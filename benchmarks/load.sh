#!/usr/bin/env bash
# load.sh — the end-to-end load benchmark: Cairn (RocksDB backend) against Amazon's DynamoDB Local
# 3.3.1 -inMemory, with a bare Netty server as the HTTP ceiling of this machine.
#
# Why this shape: the claim to check is "many times faster than DynamoDB Local" for the requests
# applications really send, on the laptop-sized machine users have. So the same data goes into both
# servers over HTTP, the same wrk workloads run against each in turn (alternating, so drift hits both
# alike), and wrk (C, one thread by default) keeps the load generator's share of the 2 cores small.
#
#   benchmarks/load.sh                       # defaults: 20 s per run, 32 connections (~8 minutes)
#   benchmarks/load.sh --duration 10 --connections 16
#   benchmarks/load.sh --rss-1m              # also load 1,000,000 items into Cairn and read its RSS
#
# Options: --duration S (per measured run, default 20), --warmup S (unmeasured run before each, 5),
#   --connections N (32), --threads N (wrk threads, 1), --half-connections N (16, for the half-peak
#   run), --workloads "put get query update mix" (a subset), --rss-1m, --jfr (record Cairn with JFR
#   and add its hottest methods to the report).
# Environment: JAVA, CAIRN_JVM_FLAGS (default: the flags of the ./cairn launcher; Cairn also gets the
#   variables the launcher exports, such as MALLOC_ARENA_MAX), CAIRN_SERVE_OPTS (extra `serve`
#   options, e.g. "--store-option rocksdb.sync=false"), BENCH_SKIP_BUILD=1, PORT_BASE (18000).
# Servers bind 127.0.0.1 only, every wait and run is bounded, and everything started here is
# stopped on exit. Results: benchmarks/results/load-<date>.md (+ the raw wrk lines in load-<date>.log).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
java="${JAVA:-java}"

duration=20 warmup=5 connections=32 threads=1 half_connections=16 rss_1m=0 jfr=0
workloads="put get query update mix"
while (($#)); do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --half-connections) half_connections="$2"; shift 2 ;;
    --workloads) workloads="$2"; shift 2 ;;
    --rss-1m) rss_1m=1; shift ;;
    --jfr) jfr=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

host=127.0.0.1
port_base="${PORT_BASE:-18000}"
cairn_port=$port_base ddb_port=$((port_base + 1)) bare_port=$((port_base + 2))
lib="$root/distribution/target/lib" native="$root/distribution/target/native"
bench_jar="$here/target/benchmarks.jar" bench_classes="$here/target/classes"
ddb_lib="$here/ddb-local/target/lib"
partitions=1000 sort_keys=100 counters=10000

stamp="$(date +%Y-%m-%d-%H%M)"
load_before="$(cut -d' ' -f1 /proc/loadavg)"  # before this script starts anything
mkdir -p "$here/results"
report="$here/results/load-$stamp.md" raw="$here/results/load-$stamp.log"
work="$(mktemp -d /tmp/cairn-load.XXXXXX)"
: > "$raw"

say() { echo "load.sh: $*" >&2; }
die() { say "$*"; exit 1; }

# ---- (a) build what is missing -------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  if [[ ! -d "$lib" || ! -f "$bench_jar" ]]; then
    say "building (mvn -q -DskipTests install) ..."
    (cd "$root" && mvn -q -B -DskipTests install)
  fi
  if [[ ! -f "$ddb_lib/DynamoDBLocal-3.3.1.jar" ]]; then
    say "fetching DynamoDB Local 3.3.1 from Maven Central ..."
    (cd "$here/ddb-local" && mvn -q -B dependency:copy-dependencies)
  fi
fi
command -v wrk >/dev/null || {
  [[ $(id -u) == 0 ]] || die "wrk is missing: apt-get install -y wrk"
  say "installing wrk (apt-get install -y wrk) ..."
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
}
command -v curl >/dev/null || die "curl is missing"

# The JVM flags of the ./cairn launcher (its exec line), so Cairn runs here as users run it.
if [[ -z "${CAIRN_JVM_FLAGS:-}" && -f "$root/cairn" ]]; then
  CAIRN_JVM_FLAGS="$(awk '/^exec /,/CairnMain/' "$root/cairn" | grep -oE '(^|[ "])-X[^ "$]+' | tr -d ' "' | tr '\n' ' ')"
fi
CAIRN_JVM_FLAGS="${CAIRN_JVM_FLAGS:--Xshare:auto -XX:+UseParallelGC}"
# ... and the environment it exports for the JVM (its `export NAME="${NAME:-default}"` lines, such as
# MALLOC_ARENA_MAX), for Cairn only; a value already set in this environment wins, as with the launcher.
cairn_env=()
if [[ -f "$root/cairn" ]]; then
  while read -r name value; do
    cairn_env+=("$name=${!name:-$value}")
  done < <(sed -nE 's/^export ([A-Za-z_][A-Za-z0-9_]*)="\$\{[A-Za-z0-9_]+:-([^}"]*)\}"$/\1 \2/p' "$root/cairn")
fi
jfr_file="$here/results/cairn-$stamp.jfr"
jfr_flags=""
((jfr)) && jfr_flags="-XX:StartFlightRecording=filename=$jfr_file,settings=profile"

# ---- servers -----------------------------------------------------------------------------------
# shellcheck source=stop-on-exit.sh
source "$here/stop-on-exit.sh"

port_free() { ! (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }
for p in $cairn_port $ddb_port $bare_port; do port_free "$p" || die "port $p on $host is in use (set PORT_BASE)"; done

# A DynamoDB call with curl; prints the body, fails on a non-200 answer.
ddb_call() { # port operation body
  curl -sS --fail --max-time 10 -X POST "http://$host:$1/" \
    -H 'Content-Type: application/x-amz-json-1.0' -H "X-Amz-Target: DynamoDB_20120810.$2" \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00' \
    -d "$3"
}

# (h) Milliseconds from just before the launch to the first successful ListTables (bounded: 60 s).
wait_first_answer() { # name port pid start_ns
  local deadline=$((SECONDS + 60))
  while ((SECONDS < deadline)); do
    if ddb_call "$2" ListTables '{}' >/dev/null 2>&1; then
      echo $((($(date +%s%N) - $4) / 1000000)); return 0
    fi
    kill -0 "$3" 2>/dev/null || die "$1 exited during start-up; see $work/$1.out"
    sleep 0.01
  done
  die "$1 gave no answer within 60 s; see $work/$1.out"
}

rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
peak_rss_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }  # the highest VmRSS so far

say "starting Cairn on $host:$cairn_port (JVM flags: $CAIRN_JVM_FLAGS; environment: ${cairn_env[*]:-none}) ..."
start_ns=$(date +%s%N)
# shellcheck disable=SC2086
env "${cairn_env[@]}" "$java" $CAIRN_JVM_FLAGS $jfr_flags "-Djava.library.path=$native" -cp "$lib/*" dev.cairn.distribution.CairnMain serve \
  --backend rocksdb --data-dir "$work/cairn-data" --port "$cairn_port" --host "$host" ${CAIRN_SERVE_OPTS:-} \
  > "$work/cairn.out" 2>&1 &
cairn_pid=$!; pids+=("$cairn_pid")
cairn_start_ms=$(wait_first_answer cairn "$cairn_port" "$cairn_pid" "$start_ns")
say "Cairn answered ListTables after $cairn_start_ms ms"

say "starting DynamoDB Local 3.3.1 -inMemory on $host:$ddb_port ..."
start_ns=$(date +%s%N)
"$java" "-Djava.library.path=$ddb_lib" -cp "$ddb_lib/*:$bench_classes" dev.cairn.benchmarks.load.LoopbackDynamoDbLocal \
  "$host" -inMemory -sharedDb -disableTelemetry -port "$ddb_port" > "$work/ddb.out" 2>&1 &
ddb_pid=$!; pids+=("$ddb_pid")
ddb_start_ms=$(wait_first_answer ddb "$ddb_port" "$ddb_pid" "$start_ns")
say "DynamoDB Local answered ListTables after $ddb_start_ms ms"

say "starting the bare Netty server on $host:$bare_port ..."
"$java" -XX:+UseParallelGC -cp "$bench_jar" dev.cairn.benchmarks.load.BareNettyServer "$bare_port" "$host" \
  > "$work/bare.out" 2>&1 &
bare_pid=$!; pids+=("$bare_pid")
for _ in $(seq 300); do port_free "$bare_port" || break; sleep 0.1; done
port_free "$bare_port" && die "the bare Netty server did not start; see $work/bare.out"

# ---- (c) the same data in both -----------------------------------------------------------------
load_data() { # name port [DataLoader options]
  local name=$1 port=$2; shift 2
  say "loading $name ..."
  timeout 1200 "$java" -cp "$bench_jar" dev.cairn.benchmarks.load.DataLoader "http://$host:$port/" "$@" \
    | tee -a "$raw" | grep '^LOADED' | sed "s/^LOADED/$name/" >&2
}
load_data cairn "$cairn_port" --create --partitions 0 $partitions --sort-keys $sort_keys --counters $counters
cairn_load="$(grep '^LOADED' "$raw" | tail -1)"
load_data ddb "$ddb_port" --create --partitions 0 $partitions --sort-keys $sort_keys --counters $counters
ddb_load="$(grep '^LOADED' "$raw" | tail -1)"

# Both must answer the same reads before anything is timed.
for port in $cairn_port $ddb_port; do
  ddb_call "$port" GetItem '{"TableName":"bench_items","Key":{"pk":{"S":"p000999"},"sk":{"N":"99"}}}' \
    | grep -q '"payload"' || die "GetItem on port $port did not return the preloaded item"
  ddb_call "$port" Query '{"TableName":"bench_items","KeyConditionExpression":"pk = :p AND sk BETWEEN :a AND :b","ExpressionAttributeValues":{":p":{"S":"p000500"},":a":{"N":"10"},":b":{"N":"34"}}}' \
    | grep -q '"Count":25' || die "Query on port $port did not return 25 items"
done

# ---- (d) workloads -----------------------------------------------------------------------------
declare -A result  # result[workload.target] = "rps p50_us p99_us errors"

run_wrk() { # workload port seconds connections [delay_ms] -> the RESULT line
  WORKLOAD=$1 PARTITIONS=$partitions SORT_KEYS=$sort_keys COUNTERS=$counters DELAY_MS="${5:-0}" \
    timeout $(($3 + 30)) wrk -t "$threads" -c "$4" -d "${3}s" --timeout 5s -s "$here/lua/dynamo.lua" \
    "http://$host:$2/" > "$work/wrk.out" 2>&1 || true
  { echo "## $1 port=$2 ${3}s c=$4 delay_ms=${5:-0}"; cat "$work/wrk.out"; } >> "$raw"
  grep '^RESULT' "$work/wrk.out" || die "wrk gave no result for $1 on port $2; see $raw"
}

field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<< "$1"; }

loads=()  # the 1-minute load average at the start of each measured run
measure() { # workload target port
  say "$1 on $2: ${warmup}s warm-up, ${duration}s measured, $connections connections ..."
  run_wrk "$1" "$3" "$warmup" "$connections" > /dev/null
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  local line; line="$(run_wrk "$1" "$3" "$duration" "$connections")"
  result[$1.$2]="$(field "$line" rps) $(field "$line" p50_us) $(field "$line" p99_us) \
$(($(field "$line" status_errors) + $(field "$line" socket_errors)))"
  say "  -> ${result[$1.$2]} (req/s p50_us p99_us errors)"
}

for w in $workloads; do
  measure "$w" cairn "$cairn_port"
  measure "$w" ddb "$ddb_port"
done
measure bare bare "$bare_port"

# ---- (f) p99 at half of Cairn's peak GetItem rate ------------------------------------------------
# wrk2 is not in Debian, so: wrk with fewer connections, each pausing between requests (closed loop).
# The rate is not a simple function of the pause: wrk pauses in whole milliseconds on a coarse timer
# (the script dithers between two), and the time per request falls with the load. So the pause is
# calibrated by short runs, each correcting it by what the last one missed (a secant through the last
# two passes, kept between the pauses already known to be too short and too long), until a pass lands
# within 5% of the target, at most four passes.
half="" half_target="" half_passes=0
if [[ -n "${result[get.cairn]:-}" ]]; then
  peak=$(cut -d' ' -f1 <<< "${result[get.cairn]}")
  half_target=$(awk -v p="$peak" 'BEGIN { printf "%.0f", p / 2 }')
  # The first guess: the whole period of each connection as pause; -1 marks "not known yet".
  pause=$(awk -v c="$half_connections" -v t="$half_target" 'BEGIN { printf "%.3f", c * 1000 / t }')
  prev_pause=-1 prev_period=-1 too_short=-1 too_long=-1 best_miss="" best_pause=""
  say "half peak: $half_target req/s with $half_connections connections; calibrating ..."
  for half_passes in 1 2 3 4; do
    line="$(run_wrk get "$cairn_port" 3 "$half_connections" "$pause")"
    rps=$(field "$line" rps)
    say "  calibration pass $half_passes: pause $pause ms -> $(printf '%.0f' "$rps") req/s"
    miss=$(awk -v r="$rps" -v t="$half_target" 'BEGIN { m = r / t - 1; printf "%.4f", m < 0 ? -m : m }')
    if [[ -z "${best_miss:-}" ]] || awk -v a="$miss" -v b="$best_miss" 'BEGIN { exit !(a < b) }'; then
      best_miss=$miss best_pause=$pause
    fi
    awk -v m="$miss" 'BEGIN { exit !(m <= 0.05) }' && break
    if ((half_passes == 4)); then pause=$best_pause; break; fi
    read -r next too_short too_long < <(awk -v c="$half_connections" -v t="$half_target" -v p="$pause" \
      -v r="$rps" -v pp="$prev_pause" -v px="$prev_period" -v lo="$too_short" -v hi="$too_long" 'BEGIN {
        want = c * 1000 / t; got = c * 1000 / (r > 0 ? r : 1)  # ms between request starts, per connection
        if (got < want) lo = p; else hi = p
        slope = 1                                   # d(period)/d(pause), from the last two passes
        if (pp >= 0 && p != pp) { s = (got - px) / (p - pp); if (s > 0.2 && s < 5) slope = s }
        n = p + (want - got) / slope
        if (lo >= 0 && hi >= 0 && (n <= lo || n >= hi)) n = (lo + hi) / 2
        if (n < 0) n = 0
        printf "%.3f %s %s\n", n, lo, hi }')
    prev_pause=$pause prev_period=$(awk -v c="$half_connections" -v r="$rps" 'BEGIN { print c * 1000 / (r > 0 ? r : 1) }')
    pause=$next
  done
  say "half peak: pause $pause ms per connection, ${duration}s measured ..."
  line="$(run_wrk get "$cairn_port" "$duration" "$half_connections" "$pause")"
  half="$(field "$line" rps) $(field "$line" p50_us) $(field "$line" p99_us) \
$(($(field "$line" status_errors) + $(field "$line" socket_errors))) $pause"
  say "  -> $half (req/s p50_us p99_us errors pause_ms)"
fi

# ---- (g) memory --------------------------------------------------------------------------------
cairn_rss_100k=$(rss_mib "$cairn_pid") ddb_rss_100k=$(rss_mib "$ddb_pid") cairn_peak_100k=$(peak_rss_mib "$cairn_pid")
cairn_rss_1m="" cairn_peak_1m="" load_1m=""
if ((rss_1m)); then
  load_data cairn-1m "$cairn_port" --partitions $partitions 10000 --sort-keys $sort_keys --counters 0
  load_1m="$(grep '^LOADED' "$raw" | tail -1)"
  sleep 5
  cairn_rss_1m=$(rss_mib "$cairn_pid") cairn_peak_1m=$(peak_rss_mib "$cairn_pid")
fi

# ---- hot methods of Cairn from JFR (with --jfr) ------------------------------------------------
hot=""
if ((jfr)); then
  jcmd "$cairn_pid" JFR.dump filename="$jfr_file" > /dev/null
  # Count the top frame of every execution sample, and the first dev.cairn frame of each.
  hot="$(jfr print --events jdk.ExecutionSample "$jfr_file" | awk '
    /stackTrace = \[/ { top = 1; next }
    top == 1 { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); frames[$0]++; total++; top = 2; mine = 0 }
    top >= 1 && /dev\.cairn\./ && !mine { f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f); cairn[f]++; mine = 1 }
    /^[ \t]*\]/ || /^}/ { top = 0 }
    END {
      printf "Top frames (%d samples):\n", total
      for (f in frames) printf "%6.1f%%  %s\n", 100 * frames[f] / total, f | "sort -rn | head -15"
      close("sort -rn | head -15")
      printf "\nFirst dev.cairn frame of each sample:\n"
      for (f in cairn) printf "%6.1f%%  %s\n", 100 * cairn[f] / total, f | "sort -rn | head -15"
    }')"
fi

# ---- (e) the report ----------------------------------------------------------------------------
ms() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else printf "–" }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else printf "–" }'; }
bare_rps=$(cut -d' ' -f1 <<< "${result[bare.bare]}")
declare -A label=([put]="PutItem (1 KB, random of 100k)" [get]="GetItem (1 KB)" [query]="Query (25 of 100)"
  [update]="UpdateItem ADD (10k counters)" [mix]="50/50 GetItem/PutItem")

{
  echo "# Cairn load benchmark, $(date '+%Y-%m-%d %H:%M')"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $("$java" -version 2>&1 | head -1)."
  echo "Load: wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), $threads thread(s), $connections connections, ${warmup}s warm-up then ${duration}s measured per run; targets alternate per workload."
  echo "Cairn: \`serve --backend rocksdb ${CAIRN_SERVE_OPTS:-}\` (defaults: rocksdb.sync=true), JVM flags \`$CAIRN_JVM_FLAGS\`, environment \`${cairn_env[*]:-}\`."
  echo "DynamoDB Local 3.3.1: \`-inMemory -sharedDb -disableTelemetry\`, bound to $host. Bare Netty: fixed ~1 KB GetItem-shaped answer, same Netty pipeline."
  echo "Data: $((partitions * sort_keys)) items of ~1 KB ($partitions partitions × $sort_keys sort keys), $counters counters."
  echo "Errors: non-2xx answers plus socket errors/timeouts, as counted by wrk."
  echo "Machine load (1-minute load average): $load_before before any server started (other work on the machine; above $(nproc) it competed for the CPU); $(printf '%s\n' "${loads[@]}" | sort -n | head -1) to $(printf '%s\n' "${loads[@]}" | sort -n | tail -1) at the start of the measured runs, where the servers under test and wrk count themselves."
  echo
  echo "| Workload | Cairn req/s | p50 ms | p99 ms | err | DDB Local req/s | p50 ms | p99 ms | err | Cairn/DDB | Cairn/bare |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for w in $workloads; do
    read -r c_rps c_p50 c_p99 c_err <<< "${result[$w.cairn]}"
    read -r d_rps d_p50 d_p99 d_err <<< "${result[$w.ddb]}"
    printf '| %s | %.0f | %s | %s | %s | %.0f | %s | %s | %s | %s | %s |\n' "${label[$w]}" \
      "$c_rps" "$(ms "$c_p50")" "$(ms "$c_p99")" "$c_err" "$d_rps" "$(ms "$d_p50")" "$(ms "$d_p99")" "$d_err" \
      "$(ratio "$c_rps" "$d_rps")" "$(pct "$c_rps" "$bare_rps")"
  done
  read -r b_rps b_p50 b_p99 b_err <<< "${result[bare.bare]}"
  printf '| Bare Netty ceiling (GetItem shape) | %.0f | %s | %s | %s | | | | | | 100%% |\n' \
    "$b_rps" "$(ms "$b_p50")" "$(ms "$b_p99")" "$b_err"
  echo
  if [[ -n "$half" ]]; then
    read -r h_rps h_p50 h_p99 h_err h_pause <<< "$half"
    echo "**GetItem at half of Cairn's peak** (target $half_target req/s): $(printf '%.0f' "$h_rps") req/s achieved," \
      "p50 $(ms "$h_p50") ms, p99 $(ms "$h_p99") ms, $h_err errors — wrk with $half_connections connections," \
      "each pausing ${h_pause} ms (dithered whole ms) between requests, calibrated in $half_passes run(s) of 3 s;" \
      "a closed loop, since wrk2 is not in Debian."
    echo
  fi
  echo "**Start** (launch to first successful ListTables): Cairn $cairn_start_ms ms, DynamoDB Local $ddb_start_ms ms."
  echo
  echo "**Preload over HTTP** (BatchWriteItem of 25, 4 client threads): Cairn: ${cairn_load#LOADED }; DynamoDB Local: ${ddb_load#LOADED }."
  echo
  echo "**Resident memory (VmRSS)** after the runs, $((partitions * sort_keys)) items: Cairn $cairn_rss_100k MiB" \
    "(peak $cairn_peak_100k MiB), DynamoDB Local $ddb_rss_100k MiB."
  if [[ -n "$cairn_rss_1m" ]]; then
    echo "With 1,000,000 items loaded: Cairn $cairn_rss_1m MiB, peak $cairn_peak_1m MiB (${load_1m#LOADED })."
  else
    echo "(1,000,000-item RSS not measured; run with --rss-1m.)"
  fi
  if [[ -n "$hot" ]]; then
    echo
    echo "**Where Cairn spent its CPU** (JFR execution samples over the whole run, ${jfr_file#"$root"/}):"
    echo
    echo '```'
    echo "$hot"
    echo '```'
  fi
} > "$report"

cat "$report"
say "report: $report; raw wrk output: $raw"

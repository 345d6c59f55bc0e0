#!/usr/bin/env bash
# Load tests of CptRules.Api on loopback (docs/performance.md).
#
#   scripts/loadtest.sh [http|batch|all]     (default: all)
#
# http:  publishes Release, pins each server to core 0 and wrk to core 1, warms up, then alternates ROUNDS rounds of
#        POST /validate (the contract's example claim) between CptRules.Api and a bare ASP.NET Core app that only
#        reads the same claim and writes a report of the same size. Reports server CPU per request (utime+stime
#        from /proc/PID/stat over the round, divided by its requests) and wrk's p50/p99 latency.
# batch: streams BATCH_CLAIMS claim lines (NDJSON) to POST /validate/batch with one curl upload and reports claims/s.
#
# Needs wrk (Debian: apt-get install -y wrk), curl and taskset. Traffic goes to 127.0.0.1 only.
# Knobs: ROUNDS (3), DURATION seconds per round (10), WARMUP seconds (30: the API's JIT tiering takes that long on a
# busy machine), CONNECTIONS (16), BATCH_CLAIMS (100000, the default per-batch limit), API_PORT (5080), BARE_PORT (5081), PUBLISH_DIR (publish there and keep it; with
# REUSE_PUBLISH=1 an earlier publish there is run as it is). Other environment variables reach both servers, e.g.
# Serilog__MinimumLevel__Default=Warning to see what request logging costs.
set -euo pipefail

mode="${1:-all}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-10}"
warmup="${WARMUP:-30}"
connections="${CONNECTIONS:-16}"
batch_claims="${BATCH_CLAIMS:-100000}"
api_port="${API_PORT:-5080}"
bare_port="${BARE_PORT:-5081}"

root="$(cd "$(dirname "$0")/.." && pwd)"
example="$root/tests/CptRules.Benchmarks/contract-example.json"
work="$(mktemp -d)"
published="${PUBLISH_DIR:-$work}"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

case "$mode" in
  http|batch|all) ;;
  *) echo "usage: $0 [http|batch|all]" >&2; exit 2 ;;
esac
for tool in curl taskset; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done
if [ "$mode" != batch ] && ! command -v wrk >/dev/null; then
  echo "wrk is required: apt-get install -y wrk" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${REUSE_PUBLISH:-0}" = 1 ] && [ -f "$published/api/CptRules.Api.dll" ] && [ -f "$published/bare/CptRules.Benchmarks.BareApp.dll" ]; then
  echo "reusing the publish in $published"
else
  echo "publishing Release ..."
  dotnet publish "$root/src/CptRules.Api/CptRules.Api.csproj" -c Release -o "$published/api" --nologo -v quiet >/dev/null
  dotnet publish "$root/tests/CptRules.Benchmarks.BareApp/CptRules.Benchmarks.BareApp.csproj" -c Release -o "$published/bare" --nologo -v quiet >/dev/null
fi

# Starts a published app on core 0 and waits until it answers HTTP; sets started_pid (taskset and the subshell exec
# into dotnet, so $! is the server's own PID, the one /proc is read for).
started_pid=""
start_server() {
  local name="$1" dll="$2" port="$3"
  (cd "$(dirname "$dll")" && exec taskset -c 0 env \
    ASPNETCORE_ENVIRONMENT=Production \
    CptRules__AllowAnonymous=true \
    CptRules__RateLimit__PermitsPerMinute=1000000000 \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$dll" >"$work/$name.log" 2>&1) &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" != 000 ]; then
      started_pid="$pid"
      return
    fi
    sleep 0.5
  done
  echo "$name did not start; its log:" >&2
  cat "$work/$name.log" >&2
  exit 1
}

# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
api_pid=""

run_http() {
  local bare_pid
  start_server api "$published/api/CptRules.Api.dll" "$api_port"
  api_pid="$started_pid"
  start_server bare "$published/bare/CptRules.Benchmarks.BareApp.dll" "$bare_port"
  bare_pid="$started_pid"

  for port in "$api_port" "$bare_port"; do
    curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary "@$example" "http://127.0.0.1:$port/validate" \
      || { echo "POST /validate on port $port failed" >&2; exit 1; }
  done

  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$example", "rb")
wrk.body = file:read("*a")
file:close()
LUA

  local wrk_args=(-t1 "-c$connections" --latency -s "$work/post.lua")
  echo "warming up (${warmup}s each) ..."
  taskset -c 1 wrk "${wrk_args[@]}" "-d${warmup}s" "http://127.0.0.1:$api_port/validate" >/dev/null
  taskset -c 1 wrk "${wrk_args[@]}" "-d${warmup}s" "http://127.0.0.1:$bare_port/validate" >/dev/null

  printf '%-6s %-9s %10s %10s %12s %9s %9s %8s\n' round app requests req/s cpu_us/req p50 p99 non2xx | tee "$work/results.txt"
  for round in $(seq 1 "$rounds"); do
    for app in cptrules bare; do
      local pid port
      if [ "$app" = cptrules ]; then pid="$api_pid" port="$api_port"; else pid="$bare_pid" port="$bare_port"; fi
      local before after out requests rps p50 p99 errors
      before="$(cpu_ticks "$pid")"
      out="$(taskset -c 1 wrk "${wrk_args[@]}" "-d${duration}s" "http://127.0.0.1:$port/validate")"
      after="$(cpu_ticks "$pid")"
      requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
      rps="$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")"
      p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
      p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
      errors="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
      printf '%-6s %-9s %10s %10s %12s %9s %9s %8s\n' "$round" "$app" "$requests" "$rps" \
        "$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.1f", t / hz / n * 1e6 }')" \
        "$p50" "$p99" "${errors:-0}" | tee -a "$work/results.txt"
    done
  done

  # Medians over the rounds, and the ratio the target is set on.
  awk 'NR > 1 { cpu[$2] = cpu[$2] " " $5 }
       function median(list,   a, n, i, j, t) {
         n = split(list, a, " ")
         for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
         return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
       }
       END {
         c = median(cpu["cptrules"]); b = median(cpu["bare"])
         printf "median cpu/request: cptrules %.1f us, bare %.1f us, ratio %.2f (target <= 1.25)\n", c, b, c / b
       }' "$work/results.txt"
  echo "load average after http: $(cut -d' ' -f1-3 /proc/loadavg)"
}

run_batch() {
  local body lines seconds answered ok before after
  if [ -z "$api_pid" ]; then
    start_server api "$published/api/CptRules.Api.dll" "$api_port"
    api_pid="$started_pid"
  fi

  # One claim per line, each with its own claimId.
  body="$work/batch.ndjson"
  tr -d '\n' <"$example" | awk -v n="$batch_claims" '{ for (i = 1; i <= n; i++) { line = $0; sub(/CLM-0001/, "CLM-" i, line); print line } }' >"$body"
  lines="$(wc -l <"$body")"
  echo "batch: $lines claims, $(du -h "$body" | cut -f1)"

  # Warm-up with a small batch, then the timed upload.
  head -n 1000 "$body" | curl -sf -o /dev/null -H 'Content-Type: application/x-ndjson' --data-binary @- "http://127.0.0.1:$api_port/validate/batch"
  before="$(cpu_ticks "$api_pid")"
  seconds="$(curl -sf -o "$work/batch.out" -w '%{time_total}' -H 'Content-Type: application/x-ndjson' \
    --data-binary "@$body" "http://127.0.0.1:$api_port/validate/batch")"
  after="$(cpu_ticks "$api_pid")"
  answered="$(wc -l <"$work/batch.out")"
  ok="$(grep -c '"status":200' "$work/batch.out" || true)"
  echo "batch: $answered results ($ok with status 200) in ${seconds}s"
  awk -v n="$ok" -v s="$seconds" -v t="$((after - before))" -v hz="$ticks_per_second" \
    'BEGIN { printf "batch throughput: %.0f claims/s (target >= 50000); server CPU %.1f us/claim\n", n / s, t / hz / n * 1e6 }'
  [ "$ok" -eq "$lines" ] || { echo "not every claim was validated" >&2; exit 1; }
  echo "load average after batch: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ "$mode" != batch ]; then run_http; fi
if [ "$mode" != http ]; then run_batch; fi

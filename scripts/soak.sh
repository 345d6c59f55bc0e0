#!/usr/bin/env bash
# Soak test: publishes the API in Release, runs it in Production on 127.0.0.1 (a free port), loads POST /validate with
# wrk posting the contract's example claim, and reports requests, requests/s, answers outside 2xx, latency p50/p99
# and the server's resident memory before and after; then stops the server with SIGTERM and checks it exits cleanly.
#
#   scripts/soak.sh [seconds]     (default 60; SOAK_CONNECTIONS, default 16, sets wrk's open connections)
#
# Exits 0 when every answer was 2xx, no socket error occurred and the server shut down with exit code 0.
# Traffic goes to 127.0.0.1 only. Output goes to artifacts/soak/ (git-ignored).
set -euo pipefail

duration="${1:-60}"
connections="${SOAK_CONNECTIONS:-16}"
if [[ ! "$duration" =~ ^[1-9][0-9]*$ || ! "$connections" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [seconds]   (SOAK_CONNECTIONS=n)" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/artifacts/soak"
publish="$work/publish"
body="$root/tests/CptRules.Fuzz/seeds/contract-example.json" # the contract's example claim, which passes clean

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "== installing ${missing[*]} (Debian packages)"
  sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== publishing the API (Release)"
rm -rf "$work"
mkdir -p "$work"
dotnet publish "$root/src/CptRules.Api/CptRules.Api.csproj" -c Release -o "$publish" >/dev/null

# A port nothing answers on: connecting must fail.
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port="$candidate"
    break
  fi
done
if [[ -z "$port" ]]; then
  echo "no free port found on 127.0.0.1" >&2
  exit 1
fi
base="http://127.0.0.1:$port"

# Production as deployed, open to anonymous callers. A build that does not know AllowAnonymous or the rate limit yet
# ignores them; one that does must neither refuse to start without API keys nor answer the soak's load with 429s.
echo "== starting the API on $base (Production)"
ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS="$base" \
  CptRules__AllowAnonymous=true \
  CptRules__RateLimit__PermitsPerMinute=1000000000 \
  dotnet "$publish/CptRules.Api.dll" >"$work/server.log" 2>&1 &
server=$!

stop_server() {
  if kill -0 "$server" 2>/dev/null; then kill -KILL "$server" 2>/dev/null || true; fi
}
trap stop_server EXIT

rss_kib() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$server/status"; }

for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "the API exited before it was ready:" >&2
    tail -n 20 "$work/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS -o /dev/null "$base/health/ready"

rss_start="$(rss_kib)"
echo "== wrk: ${duration}s, 2 threads, $connections connections, POST /validate"
# RSS every 5 s while the load runs, to tell a plateau from a leak.
(
  while kill -0 "$server" 2>/dev/null; do
    sleep 5
    echo "$(date +%s) $(rss_kib)"
  done
) >"$work/rss.log" 2>/dev/null &
sampler=$!

SOAK_BODY="$body" wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency \
  -s "$root/scripts/soak.lua" "$base/validate" >"$work/wrk.log"
rss_end="$(rss_kib)"
kill "$sampler" 2>/dev/null || true

result() { sed -n "s/^$1=//p" "$work/wrk.log"; }
non2xx="$(result non2xx)"
socket_errors="$(result socket_errors)"

echo "== stopping the API (SIGTERM)"
kill -TERM "$server"
exit_code=""
for _ in $(seq 1 60); do
  if ! kill -0 "$server" 2>/dev/null; then
    set +e
    wait "$server"
    exit_code=$?
    set -e
    break
  fi
  sleep 0.5
done

errors_logged="$(grep -c '"@l":"\(Error\|Fatal\)"' "$work/server.log" || true)"

echo "== summary"
echo "requests:        $(result requests) in $(result duration_s) s"
echo "requests/s:      $(result requests_per_s)"
echo "non-2xx:         $non2xx"
echo "socket errors:   $socket_errors"
echo "latency:         p50 $(result p50_ms) ms, p99 $(result p99_ms) ms, max $(result max_ms) ms"
echo "RSS:             start $((rss_start / 1024)) MiB, end $((rss_end / 1024)) MiB"
echo "RSS every 5 s:   $(awk '$2 != "" { printf "%d ", $2 / 1024 }' "$work/rss.log")MiB"
echo "errors logged:   $errors_logged"
echo "shutdown:        ${exit_code:-still running after 30 s} (exit code)"

status=0
if [[ "$non2xx" -ne 0 || "$socket_errors" -ne 0 ]]; then
  echo "FAIL: some requests were not answered 2xx" >&2
  status=1
fi
if [[ "$exit_code" != 0 ]]; then
  echo "FAIL: the API did not shut down cleanly on SIGTERM" >&2
  tail -n 20 "$work/server.log" >&2
  status=1
fi
exit "$status"

#!/usr/bin/env bash
# Streams a large NDJSON batch through POST /validate/batch on 127.0.0.1 and reports whether every claim was answered
# in order, and how much the server's resident memory grew: peak (VmHWM) during the batch minus resident (VmRSS) before.
# Usage: scripts/batch-memory.sh [claims=20000]
set -euo pipefail
cd "$(dirname "$0")/.."

claims="${1:-20000}"
port=5187
work="$(mktemp -d)"
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/CptRules.Api -c Release -o "$work/app" --nologo -v quiet >/dev/null

ASPNETCORE_ENVIRONMENT=Production CptRules__AllowAnonymous=true Serilog__MinimumLevel__Default=Warning \
  dotnet "$work/app/CptRules.Api.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done

# One claim a line: the contract example with a unique claim ID, so order can be checked on the way back.
claim='{"claimId":"B-%d","setting":"practitioner","dateOfService":"2025-03-14","placeOfService":"11","diagnoses":["I69.351","G80.1"],"priorTreatmentDate":"2024-12-01","patient":{"id":"PAT-778","birthDate":"1961-02-03"},"lines":[{"lineNumber":1,"code":"64644","modifiers":["RT"],"units":1,"extremities":[{"limb":"rue","muscleCount":6}]},{"lineNumber":2,"code":"64645","modifiers":["LT"],"units":1,"extremities":[{"limb":"lue","muscleCount":5}]},{"lineNumber":3,"code":"J0585","modifiers":["JZ"],"units":300,"administeredAmount":300}]}\n'
for i in $(seq 1 "$claims"); do printf "$claim" "$i"; done >"$work/batch.ndjson"

# Warm up once so that the measurement starts from a steady process, then read the baseline.
head -n 100 "$work/batch.ndjson" | curl -fs -H 'Content-Type: application/x-ndjson' --data-binary @- "http://127.0.0.1:$port/validate/batch" >/dev/null
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
# VmHWM is the lifetime peak; reset it where the kernel allows (writing 5 to clear_refs), so it measures this batch.
echo 5 >"/proc/$server/clear_refs" 2>/dev/null || true

start=$(date +%s.%N)
curl -fs -N -H 'Content-Type: application/x-ndjson' -T "$work/batch.ndjson" -X POST "http://127.0.0.1:$port/validate/batch" >"$work/results.ndjson"
end=$(date +%s.%N)

peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
answered=$(wc -l <"$work/results.ndjson")
in_order=$(awk -v n="$claims" 'BEGIN{ok=1} { if (index($0, "\"line\":" NR ",") == 0 || index($0, "\"claimId\":\"B-" NR "\"") == 0) ok=0 } END{ print (ok && NR==n) ? "yes" : "no" }' "$work/results.ndjson")

echo "claims sent:        $claims ($(du -h "$work/batch.ndjson" | cut -f1) of NDJSON)"
echo "results received:   $answered, in order: $in_order"
echo "elapsed:            $(echo "$end - $start" | bc) s"
echo "server RSS before:  $((rss_before / 1024)) MB"
echo "server peak RSS:    $((peak / 1024)) MB (growth $(((peak - rss_before) / 1024)) MB)"
echo "server RSS after:   $((rss_after / 1024)) MB"
[ "$answered" -eq "$claims" ] && [ "$in_order" = yes ]

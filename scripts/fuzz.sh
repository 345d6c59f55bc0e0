#!/usr/bin/env bash
# Fuzzes the request path of POST /validate (ClaimRequestReader.Read, then ClaimScrubber.Validate) with SharpFuzz and
# Debian's afl++ for a bounded time, then prints afl-fuzz's numbers.
#
#   scripts/fuzz.sh [seconds]     (default 300)
#
# Exits 0 when no crash was found, 1 when afl-fuzz saved a crashing input (listed with how to replay it).
# Everything it makes goes to artifacts/fuzz/ (git-ignored): the SharpFuzz tool, the instrumented build, afl's findings.
set -euo pipefail

duration="${1:-300}"
if [[ ! "$duration" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [seconds]" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
harness="$root/tests/CptRules.Fuzz"
work="$root/artifacts/fuzz"
tools="$work/tools"
publish="$work/publish"
findings="$work/findings"
sharpfuzz_version=2.3.0

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  echo "== installing afl++ (Debian package)"
  sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq afl++ >/dev/null
fi

if [[ ! -x "$tools/sharpfuzz" ]]; then
  echo "== installing SharpFuzz.CommandLine $sharpfuzz_version into $tools"
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$tools" >/dev/null
fi

echo "== publishing the harness (Release)"
rm -rf "$publish" "$findings"
dotnet publish "$harness/CptRules.Fuzz.csproj" -c Release -o "$publish" >/dev/null

# Only the engine is instrumented: coverage of the runtime and of FluentValidation would steer afl away from our code.
echo "== instrumenting CptRules.dll"
"$tools/sharpfuzz" "$publish/CptRules.dll"

# dotnet itself carries no afl instrumentation (CptRules.dll does), and a session has no tty, core handler or fixed
# CPU clock to offer: tell afl-fuzz not to insist.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
# Starting the .NET runtime and loading the reference data takes seconds, not afl's default 10 ms budget.
export AFL_FORKSRV_INIT_TMOUT=60000

echo "== fuzzing for ${duration}s (log: $work/afl-fuzz.log)"
afl-fuzz -i "$harness/seeds" -o "$findings" -x "$harness/claim.dict" -t 5000 -m none -V "$duration" \
  -- dotnet "$publish/CptRules.Fuzz.dll" >"$work/afl-fuzz.log" 2>&1 || {
  status=$?
  tail -n 30 "$work/afl-fuzz.log" >&2
  echo "afl-fuzz failed (exit $status)" >&2
  exit "$status"
}

stats="$findings/default/fuzzer_stats"
stat() { sed -n "s/^$1 *: *//p" "$stats"; }
crashes="$(stat saved_crashes)"
hangs="$(stat saved_hangs)"

echo "== summary"
echo "run time:    $(stat run_time) s"
echo "execs:       $(stat execs_done) ($(stat execs_per_sec)/s)"
echo "paths:       $(stat corpus_count) in the corpus, $(stat corpus_found) found by afl-fuzz"
echo "coverage:    $(stat bitmap_cvg) of the map, stability $(stat stability)"
echo "crashes:     $crashes"
echo "hangs:       $hangs (inputs over the 5 s timeout; not failures by themselves on a loaded machine)"

if [[ "${crashes:-0}" -ne 0 ]]; then
  echo "crashing inputs (replay one with: dotnet $publish/CptRules.Fuzz.dll < FILE):"
  find "$findings/default/crashes" -type f -name 'id:*' -print
  exit 1
fi

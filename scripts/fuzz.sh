#!/usr/bin/env bash
# Runs the fuzz targets of fuzz/ (cargo-fuzz, libFuzzer) one after another, each for
# SECONDS_PER_TARGET seconds (default 600), and prints per target the runs, the executions
# a second and what was found. Exits non-zero when any target found a crash or a slow input
# (the input is in fuzz/artifacts/<target>/; RELIABILITY.md says what to do with it).
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Installs cargo-fuzz from crates.io (--locked) when it is missing. cargo-fuzz passes
# nightly-only flags to rustc; RUSTC_BOOTSTRAP=1 lets the stable toolchain take them.
# The committed seeds in fuzz/corpus/<target>/ are read, never written: what the fuzzer
# learns goes to fuzz/work/<target>/ (not committed), kept between runs.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-600}"
[[ $# -gt 0 ]] && shift
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [[ "$seconds" -eq 0 ]]; then
  echo "fuzz.sh: SECONDS_PER_TARGET must be a whole number of seconds above 0, not '$seconds'" >&2
  exit 2
fi
all=(analyze text dates quantities names quotes speech)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")
for t in "${targets[@]}"; do
  if [[ ! -f "fuzz/fuzz_targets/$t.rs" ]]; then
    echo "fuzz.sh: no fuzz target '$t' (there are: ${all[*]})" >&2
    exit 2
  fi
done

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
# No sanitizer: the library has no unsafe code, and without AddressSanitizer the targets
# run about twice as many inputs; debug assertions and overflow checks stay on.
flags=(--sanitizer none --debug-assertions)
nice -n 10 cargo fuzz build "${flags[@]}"

# -max_len: inputs up to 64 KiB (four articles of 16 KiB, or one long one): long enough for
# a superlinear shape to cross the time bound in fuzz/src/lib.rs, short enough to keep
# hundreds of runs a second. -timeout: libFuzzer's own stop for an input that never ends,
# well above the bound the targets check themselves (6.8 s for 64 KiB of analysis).
options=(-max_len=65536 -timeout=30 -rss_limit_mb=2048 -print_final_stats=1)
failed=0
mkdir -p fuzz/logs
printf '%-11s %8s %10s %8s  %s\n' target seconds runs 'exec/s' found
for t in "${targets[@]}"; do
  mkdir -p "fuzz/work/$t" "fuzz/artifacts/$t"
  log="fuzz/logs/$t.log"
  before=$(find "fuzz/artifacts/$t" -type f | wc -l)
  status=0
  nice -n 10 cargo fuzz run "${flags[@]}" "$t" "fuzz/work/$t" "fuzz/corpus/$t" -- \
    "${options[@]}" -max_total_time="$seconds" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  after=$(find "fuzz/artifacts/$t" -type f | wc -l)
  found=nothing
  if [[ $status -ne 0 || $after -gt $before ]]; then
    failed=1
    artifact=$(ls -t "fuzz/artifacts/$t" | head -1)
    if grep -q 'slow input' "$log"; then
      found="slow input: fuzz/artifacts/$t/$artifact"
    elif grep -q 'ERROR: libFuzzer: timeout' "$log"; then
      found="timeout: fuzz/artifacts/$t/$artifact"
    elif [[ -n "$artifact" ]]; then
      found="crash: fuzz/artifacts/$t/$artifact"
    else
      found="fuzzer failed (exit $status), see $log"
    fi
  fi
  printf '%-11s %8s %10s %8s  %s\n' "$t" "$seconds" "${runs:-?}" "${rate:-?}" "$found"
done
exit $failed

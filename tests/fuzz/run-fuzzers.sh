#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into ./build-fuzz (the `fuzz` preset) and
# runs each for a bounded time, one after another, then prints per target: seconds
# run, executions, corpus size and crashes (crash, timeout, out-of-memory or leak).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]     (default 60 s each, all targets)
#
# Seeds come from tests/fuzz/seeds/ and the test fixtures; what a run adds is kept
# in build-fuzz/corpus/<target>/ for the next run, and inputs that break something
# land in build-fuzz/artifacts/<target>/. Copy those into tests/fuzz/regressions/<target>/
# once fixed: tst_fuzzregressions replays them. FUZZ_JOBS sets the build's -j (default 1).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${1:-60}
shift || true
all=(tagger segmenter analysis text_loader html_loader pdf_loader timeml_reader project_reader)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"${FUZZ_JOBS:-1}" --target "${targets[@]/#/fuzz_}"

seeds_for() {
  local s=tests/fuzz/seeds
  case "$1" in
    html_loader) echo "$s/html tests/fixtures/html" ;;
    pdf_loader) echo "$s/pdf" ;;
    timeml_reader) echo "$s/timeml" ;;
    project_reader) echo "$s/project" ;;
    *) echo "$s/text resources/samples" ;;
  esac
}

max_len_for() {
  case "$1" in
    html_loader|pdf_loader) echo 16384 ;;
    project_reader) echo 32768 ;;
    *) echo 8192 ;;
  esac
}

# Qt's own start-up allocations are not ours to fix; see the file for each entry.
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

summary=()
failed=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t
  artifacts=build-fuzz/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  log=build-fuzz/fuzz_$t.log
  before=$(find "$artifacts" -type f | wc -l)
  start=$(date +%s)
  # -timeout: an input taking longer than this is a hang; -rss_limit_mb: a blow-up.
  # shellcheck disable=SC2046
  build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len="$(max_len_for "$t")" -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$corpus" $(seeds_for "$t") >"$log" 2>&1 || true
  elapsed=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  crashes=$(( $(find "$artifacts" -type f | wc -l) - before ))
  size=$(find "$corpus" -type f | wc -l)
  summary+=("$(printf '%-14s %6s s %12s execs %7s corpus files %3s crashes' "$t" "$elapsed" "${execs:-?}" "$size" "$crashes")")
  if ((crashes)); then
    failed=1
    summary+=("               see $log and $artifacts/")
  fi
done
printf '%s\n' "${summary[@]}"
exit $failed

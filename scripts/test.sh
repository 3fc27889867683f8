#!/usr/bin/env bash
# Runs the whole test suite, quietly: each stage prints a few lines, its full output goes to
# .test-logs/STAGE.log (ignored by git, emptied at the start of every run), and a summary ends it.
#
#   bash scripts/test.sh                      every stage (README command 2, and CI's .ci/run)
#   bash scripts/test.sh --filter SchemaTests  arguments go to `swift test`; the benchmark smoke
#                                              test is then left out
#   TEST_VERBOSE=1 bash scripts/test.sh       also stream every log to the console
#
# Stages: the test dependencies (scripts/test-deps.sh: Debian packages and the Python helpers in
# .venv/), the example consumer, swift build, swift test, the browser check of the report
# document, the printed legibility of the overviews, and the benchmark smoke test. The first stage that fails stops the run: the tail of
# its log is printed and the exit status is non-zero. A stage is one `stage` line below.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
logs="$root/.test-logs"
rm -rf "$logs"
mkdir -p "$logs"

# Every python3 that a script or a test starts is the virtual environment's, with the helpers.
export PYTHON="$root/.venv/bin/python"
export PATH="$root/.venv/bin:$PATH"

names=() results=() durations=() failed_stage="" test_log=""

# stage NAME "what it does" COMMAND [ARGUMENTS...]: runs the command with its output in
# .test-logs/NAME.log, then prints what summary_NAME (if defined) extracts from that log.
stage() {
  local name="$1" title="$2"
  shift 2
  if [[ -n "$failed_stage" ]]; then
    names+=("$name") results+=("not run") durations+=("-")
    return 0
  fi
  local log="$logs/$name.log" started=$SECONDS status=0
  echo "== $name: $title"
  if [[ -n "${TEST_VERBOSE:-}" ]]; then
    "$@" 2>&1 | tee "$log" | sed 's/^/   | /'
    status=${PIPESTATUS[0]}
  else
    "$@" >"$log" 2>&1 </dev/null || status=$?
  fi
  local took=$((SECONDS - started))
  names+=("$name") durations+=("$took")
  if declare -F "summary_$name" >/dev/null; then
    "summary_$name" "$log" | sed 's/^/   /'
  fi
  if [[ $status -eq 0 ]]; then
    results+=(ok)
    echo "   ok in ${took} s (log: ${log#"$root"/})"
  else
    results+=(FAILED)
    failed_stage="$name"
    echo "   FAILED (exit $status) after ${took} s; last 40 lines of ${log#"$root"/}:"
    tail -n 40 "$log" | sed 's/^/   | /'
  fi
}

# What each stage shows of its log.
summary_deps() { grep '^test-deps:' "$1"; }
summary_example() { grep -E '^example:' "$1"; }
summary_build() { grep -E 'error:|warning:|Compiling|Build complete' "$1" | tail -n 1; }
summary_test() {
  grep -E 'Executed [0-9]+ tests?' "$1" | tail -n 1
  grep -E '(✔|✘) Test run with' "$1" | tail -n 1
}
summary_browser() {
  local ok bad
  ok=$(grep -c '^ok ' "$1")
  bad=$(grep -c '^FOUT ' "$1")
  echo "$ok report(s) ok, $bad with problems"
  grep -E '^zelftest|^browsercontrole:|^fout:' "$1" | head -n 5
  grep -E '^bekijk (FOUT|latentie|geheugen)|^bekijk:' "$1" | head -n 8
}
summary_kaarten() { summary_browser "$1"; }
summary_legibility() { grep -E '^leesbaarheid:|^fout:' "$1" | head -n 5; }
summary_xlsx() { grep -E '^xlsx-controle:|^FOUT|^fout:' "$1" | head -n 5; }
summary_bench() { grep -E '^== |^klaar' "$1" | tail -n 2; }

# The example consumer (Examples/EigenTool) embeds the library by path: build and run it, so the
# public API shown in the DocC pages cannot rot.
example_consumer() {
  local svg
  svg="$(mktemp -d)/eigen.svg"
  (cd Examples/EigenTool && swift run -q EigenTool "$svg") || return 1
  if ! grep -q "<svg" "$svg"; then
    echo "example: EigenTool wrote no SVG to $svg"
    return 1
  fi
  echo "example: EigenTool drew $(wc -c <"$svg") bytes of SVG"
}

# The report document of every example model in headless Chromium: no console errors, no
# requests, strict HTML, a clickable diagram, and one PDF section per executor.
browser_check() {
  python3 scripts/report-browser-check.py --driehoek "$(swift build --show-bin-path)/driehoek" \
    || return 1
  # driehoek bekijk, the live preview: edits on disk arrive in the page, a broken model shows
  # its diagnostic over the greyed picture, ten pages, latency and memory (docs/bekijk.md).
  python3 scripts/bekijk-browser-check.py --driehoek "$(swift build --show-bin-path)/driehoek"
}

# The card set (driehoek kaarten) of every example model printed in headless Chromium: four
# cards to a page, a front and a back for every party, backs mirrored onto their fronts.
kaarten_check() {
  python3 scripts/kaarten-browser-check.py --driehoek "$(swift build --show-bin-path)/driehoek"
}

# Printed legibility of every overview of every model (and of the held-out models and a generated
# 150-executor model) on A3, with the shared tool ../shared/tools/legibility.py; skipped with a
# message when that tool is absent. See docs/diagrams.md.
legibility_check() {
  python3 scripts/check-legibility.py --driehoek "$(swift build --show-bin-path)/driehoek"
}

# The workbooks of check and export read back by openpyxl, every cell against the JSON output.
xlsx_check() {
  python3 scripts/check-xlsx.py --driehoek "$(swift build --show-bin-path)/driehoek"
}

echo "driehoek tests; full logs in ${logs#"$root"/}/"
stage deps "Debian packages and Python helpers (scripts/test-deps.sh)" bash scripts/test-deps.sh
stage example "example consumer (Examples/EigenTool)" example_consumer
stage build "swift build" swift build
stage test "swift test $*" swift test "$@"
stage browser "report documents and driehoek bekijk in headless Chromium" browser_check
stage kaarten "card sets in headless Chromium" kaarten_check
stage legibility "printed legibility of the overviews (scripts/check-legibility.py)" legibility_check
stage xlsx "workbooks read back by openpyxl (scripts/check-xlsx.py)" xlsx_check
# Benchmarks are not timed tests: the full suite runs them once, in quick mode, as a smoke test
# (every benchmark command still runs; the timings mean nothing). See BENCHMARKS.md.
if [[ $# -eq 0 ]]; then
  stage bench "benchmark smoke test (scripts/bench.sh --quick)" bash scripts/bench.sh --quick
fi

# Summary. The test counts come from swift test's own per-test lines (swift-testing) and its
# closing "Executed" line (XCTest), never from a fixed number.
echo
echo "== summary"
for i in "${!names[@]}"; do
  if [[ "${results[$i]}" == "not run" ]]; then
    printf '   %-8s %s\n' "${names[$i]}" "not run"
  else
    printf '   %-8s %-7s %5s s   %s\n' "${names[$i]}" "${results[$i]}" "${durations[$i]}" \
      ".test-logs/${names[$i]}.log"
  fi
done
test_log="$logs/test.log"
if [[ -f "$test_log" ]] && grep -qE '(✔|✘) Test run with|Executed [0-9]+ tests?' "$test_log"; then
  grep -E '(✔|✘) Test run with|Executed [0-9]+ tests?' "$test_log" | tail -n 2 \
    | sed 's/^[[:space:]]*/swift test: /'
  passed=$(grep -E '^✔ Test .* passed after [0-9.]+ seconds' "$test_log" | grep -vc '^✔ Test run with')
  failed=$(grep -E '^✘ Test .* failed after [0-9.]+ seconds' "$test_log" | grep -vc '^✘ Test run with')
  skipped=$(grep -cE '^➜ Test .* skipped' "$test_log")
  xctest=$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$test_log" | tail -n 1)
  if [[ -n "$xctest" ]]; then
    xc_total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$xctest")
    xc_failed=$(sed -E 's/.*with ([0-9]+) failures?.*/\1/' <<<"$xctest")
    passed=$((passed + xc_total - xc_failed))
    failed=$((failed + xc_failed))
  fi
  ((skipped > 0)) && echo "skipped: $skipped test(s), reasons in .test-logs/test.log"
  echo "tests: $passed passed, $failed failed"
elif [[ -f "$test_log" ]]; then
  echo "tests: swift test ended without a test result (see .test-logs/test.log)"
else
  echo "tests: swift test did not run"
fi
if [[ -n "$failed_stage" ]]; then
  echo "FAILED: stage '$failed_stage' (full log: .test-logs/$failed_stage.log)"
  exit 1
fi

#!/usr/bin/env bash
# The whole hardening suite, then a summary table. Not part of the default test run.
#
#   bash scripts/harden.sh
#
#   (a) hostile inputs: the release `driehoek check` and `driehoek render --view alle --format
#       svg` over every file in Tests/HostileInputs/, each under `timeout 10`; every exit code
#       must be 0, 1 or 2 (never a signal, never the time limit);
#   (b) the fuzzers for a short budget (scripts/fuzz.sh, HARDEN_FUZZ_SECONDS, default 30 s);
#   (c) `swift test --sanitize=thread` and `swift test --sanitize=address`;
#   (d) valgrind --leak-check=full over 100 renders, good and failing (Fuzz/RenderLeakCheck).
#
# HARDEN_SKIP="fuzz sanitizers valgrind" leaves parts out; HARDEN_HOSTILE_DIR replaces
# Tests/HostileInputs. Exit status 1 when any part failed.
# Figures and what they mean: docs/fuzzing.md.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
skip=" ${HARDEN_SKIP:-} "
out="$root/.build-harden"
mkdir -p "$out"
failed=0
row() { printf '%-34s %s\n' "$1" "$2"; }
summary=()

# (a) Hostile inputs ---------------------------------------------------------------------------
corpus="${HARDEN_HOSTILE_DIR:-Tests/HostileInputs}"
if [ -d "$corpus" ]; then
  echo "== (a) hostile inputs: release build" >&2
  swift build -c release --product driehoek >&2 || exit 2
  binary="$(swift build -c release --show-bin-path)/driehoek"
  cases=0 crashes=0 timeouts=0 bad_exit=0 max="0"
  slowest=""
  while IFS= read -r -d '' file; do
    for command in check render; do
      cases=$((cases + 1))
      target="$out/render-output"
      rm -rf "$target"
      start=$(date +%s.%N)
      if [ "$command" = check ]; then
        timeout 10 "$binary" check "$file" >/dev/null 2>&1
      else
        timeout 10 "$binary" render "$file" --view alle --format svg --output-dir "$target" \
          >/dev/null 2>&1
      fi
      code=$?
      seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f", e - s }')
      if awk -v a="$seconds" -v b="$max" 'BEGIN { exit !(a > b) }'; then
        max=$seconds slowest="$command $file"
      fi
      case $code in
      0 | 1 | 2) ;;
      124) timeouts=$((timeouts + 1)); echo "TIME-OUT ($command): $file" >&2 ;;
      *)
        if [ "$code" -gt 128 ]; then
          crashes=$((crashes + 1)); echo "SIGNAAL $((code - 128)) ($command): $file" >&2
        else
          bad_exit=$((bad_exit + 1)); echo "EXIT $code ($command): $file" >&2
        fi
        ;;
      esac
    done
  done < <(find "$corpus" -type f -print0 | sort -z)
  [ $((crashes + timeouts + bad_exit)) -eq 0 ] || failed=1
  summary+=("$(row "hostile inputs (check + render)" "$cases runs, $crashes crashes, $timeouts time-outs, $bad_exit other exit codes")")
  summary+=("$(row "  slowest" "$(printf '%.2f' "$max") s ($slowest)")")
else
  summary+=("$(row "hostile inputs" "skipped: $corpus does not exist (it comes with the harden branch)")")
fi

# (b) Fuzzers ----------------------------------------------------------------------------------
if [[ "$skip" != *" fuzz "* ]]; then
  echo "== (b) fuzzers" >&2
  if bash scripts/fuzz.sh "${HARDEN_FUZZ_SECONDS:-30}" >&2; then fuzz_status=pass; else
    fuzz_status=FAIL
    failed=1
  fi
  while IFS=$'\t' read -r target execs rate corpus committed artifacts; do
    [ "$target" = target ] && continue
    summary+=("$(row "fuzz $target" "$execs execs, $rate execs/s, corpus $corpus (committed $committed), $artifacts crashes/leaks/time-outs")")
  done <Fuzz/.build-fuzz/results/summary.tsv
  summary+=("$(row "fuzzers" "$fuzz_status")")
fi

# (c) Sanitizers -------------------------------------------------------------------------------
if [[ "$skip" != *" sanitizers "* ]]; then
  echo "== (c) swift test --sanitize=thread" >&2
  swift test --sanitize=thread --scratch-path .build-tsan >"$out/tsan.log" 2>&1
  tsan=$?
  tsan_reports=$(grep -c "WARNING: ThreadSanitizer" "$out/tsan.log")
  tsan_tests=$(grep -oE "Test run with [0-9]+ tests" "$out/tsan.log" | tail -1)
  [ $tsan -eq 0 ] && [ "$tsan_reports" -eq 0 ] || failed=1
  summary+=("$(row "TSan (swift test)" "$([ $tsan -eq 0 ] && echo pass || echo FAIL): $tsan_tests, $tsan_reports race reports")")

  # Leak checking is (d)'s job; ASan here looks for memory errors. LeakSanitizer would fail the
  # run (and the child processes some tests start) on Graphviz's and fontconfig's own leaks.
  echo "== (c) swift test --sanitize=address" >&2
  ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --scratch-path .build-asan \
    >"$out/asan.log" 2>&1
  asan=$?
  asan_reports=$(grep -c "ERROR: AddressSanitizer" "$out/asan.log")
  asan_tests=$(grep -oE "Test run with [0-9]+ tests" "$out/asan.log" | tail -1)
  [ $asan -eq 0 ] && [ "$asan_reports" -eq 0 ] || failed=1
  summary+=("$(row "ASan (swift test)" "$([ $asan -eq 0 ] && echo pass || echo FAIL): $asan_tests, $asan_reports error reports")")
fi

# (d) Valgrind ---------------------------------------------------------------------------------
if [[ "$skip" != *" valgrind "* ]]; then
  echo "== (d) valgrind" >&2
  # Valgrind 3.19 cannot read Swift 6.3's default DWARF 5: build with DWARF 4.
  swift build --package-path Fuzz --scratch-path Fuzz/.build-valgrind -c debug \
    --product RenderLeakCheck -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4 >&2 || exit 2
  check="Fuzz/.build-valgrind/debug/RenderLeakCheck"
  lost() { grep -oE "definitely lost: [0-9,]+ bytes in [0-9,]+ blocks" "$1" | tail -1; }
  valgrind --leak-check=full --num-callers=40 --error-exitcode=3 "$check" 100 \
    >"$out/valgrind-raw.log" 2>&1
  raw_status=$?
  valgrind --leak-check=full --num-callers=40 --suppressions=Fuzz/valgrind-graphviz.supp \
    "$check" 100 >"$out/valgrind.log" 2>&1
  run_status=$?
  [ $run_status -eq 0 ] || failed=1
  summary+=("$(row "valgrind, 100 renders" "$(grep -oE '^100 renders.*' "$out/valgrind.log" || echo "run failed ($run_status)")")")
  summary+=("$(row "  definitely lost, all" "$(lost "$out/valgrind-raw.log") (exit $raw_status)")")
  summary+=("$(row "  definitely lost, not upstream" "$(lost "$out/valgrind.log") (upstream Graphviz leaks suppressed)")")
  summary+=("$(row "  invalid reads/writes" "$(grep -cE 'Invalid (read|write|free)' "$out/valgrind-raw.log")")")
fi

echo
echo "Hardening summary ($(date -u +%Y-%m-%dT%H:%MZ), logs in .build-harden/)"
printf '%s\n' "${summary[@]}"
exit $failed

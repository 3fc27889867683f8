#!/usr/bin/env bash
# Runs the libFuzzer targets in Fuzz/ for a fixed budget each and prints one line per target.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 s each, FuzzLoader, FuzzRender, FuzzCSV, FuzzYAMLParity
#
# Environment:
#   FUZZ_RSS_MB    memory limit per fuzzer process in MB (-rss_limit_mb, default 2048)
#   FUZZ_TIMEOUT   seconds one input may take (-timeout, default 20)
#   FUZZ_MAX_LEN   largest input in bytes (-max_len, default 4096)
#   FUZZ_MERGE=1   afterwards replace Fuzz/Corpus/<target> by the smallest set of inputs that
#                  covers what it and this run's new inputs cover
#
# Builds each target with libFuzzer and AddressSanitizer (Fuzz/.build-fuzz), seeds it from
# Fuzz/Corpus/<target>, Fuzz/Seeds and Models, and writes crashes, leaks and timeouts to
# Fuzz/.build-fuzz/artifacts/<target>/. Exit status 1 when any target left an artifact.
# Not part of the default test run; see docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

budget="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(FuzzLoader FuzzRender FuzzCSV FuzzYAMLParity); fi
rss="${FUZZ_RSS_MB:-2048}"
timeout_s="${FUZZ_TIMEOUT:-20}"
max_len="${FUZZ_MAX_LEN:-4096}"
scratch=Fuzz/.build-fuzz
results="$scratch/results"
mkdir -p "$results"
summary="$results/summary.tsv"
printf 'target\texecs\texecs_per_s\tcorpus\tcommitted_corpus\tartifacts\n' >"$summary"

# Leaks in our code fail the run; leaks allocated inside Graphviz are left to valgrind
# (Fuzz/lsan-graphviz.supp says why).
export ASAN_OPTIONS="detect_leaks=1"
# A failed check ends in fatalError; Swift's own backtracer then trips ASan (a false
# stack-buffer-underflow in its memory server), so leave crash reports to ASan alone.
export SWIFT_BACKTRACE="enable=no"
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-graphviz.supp:print_suppressions=0"

found=0
for target in "${targets[@]}"; do
  echo "== $target: build" >&2
  swift build --package-path Fuzz --scratch-path "$scratch" -c debug --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 \
    | { grep -v "ld.gold: warning: Cannot export local symbol" || true; } >&2
  binary="$scratch/debug/$target"
  [ -x "$binary" ] || { echo "$target: build failed" >&2; exit 2; }

  work="$scratch/corpus/$target"
  artifacts="$scratch/artifacts/$target"
  committed="Fuzz/Corpus/$target"
  mkdir -p "$work" "$committed"
  rm -rf "$artifacts"
  mkdir -p "$artifacts"
  log="$results/$target.log"
  echo "== $target: ${budget} s" >&2
  status=0
  "$binary" -max_total_time="$budget" -rss_limit_mb="$rss" -timeout="$timeout_s" \
    -max_len="$max_len" -dict=Fuzz/driehoek.dict -artifact_prefix="$artifacts/" \
    -print_final_stats=1 "$work" "$committed" Fuzz/Seeds Models >"$log" 2>&1 || status=$?

  if [ "${FUZZ_MERGE:-0}" = 1 ]; then
    # The smallest set of inputs (greedy set cover, edges only, not hit counts) that covers
    # what the committed corpus and this run's finds cover; Seeds and Models stay out of it.
    fresh="$scratch/merge/$target"
    rm -rf "$fresh"
    mkdir -p "$fresh"
    if "$binary" -set_cover_merge=1 -use_counters=0 -rss_limit_mb="$rss" \
      -timeout="$timeout_s" -max_len="$max_len" "$fresh" "$committed" "$work" \
      >"$results/$target.merge.log" 2>&1 && [ -n "$(ls -A "$fresh")" ]; then
      rm -rf "$committed"
      mv "$fresh" "$committed"
    else
      echo "$target: merge failed, Fuzz/Corpus/$target unchanged ($results/$target.merge.log)" >&2
    fi
  fi

  execs=$(awk '/stat::number_of_executed_units/ {print $NF}' "$log")
  rate=$(awk '/stat::average_exec_per_sec/ {print $NF}' "$log")
  corpus=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  committed_count=$(find "$committed" -type f | wc -l)
  artifact_count=$(find "$artifacts" -type f | wc -l)
  if [ "$artifact_count" -gt 0 ] || { [ "$status" -ne 0 ] && [ -z "$execs" ]; }; then
    found=1
    echo "$target: exit $status, artifacts in $artifacts (log: $log)" >&2
    grep -E "^==[0-9]+==ERROR|FUZZ-FOUT|Fatal error|SUMMARY" "$log" | head -5 >&2 || true
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "${execs:-0}" "${rate:-0}" "${corpus:-0}" \
    "$committed_count" "$artifact_count" >>"$summary"
done

column -t -s $'\t' "$summary"
exit "$found"

#!/usr/bin/env bash
# Issue 19: every `check` format at scale, and the growth of Markdown and HTML.
#
#   bash Benchmarks/issue19/run.sh AFTER_BINARY [BEFORE_BINARY]
#
# Generates the stress models with AFTER_BINARY (`genereer --uitvoerders N --seed 1
# --informele-opdrachten 5`: about 13 open findings per executor), then runs every command once
# per binary, one after the other (before, after), under GNU time: wall clock and peak memory.
# Prints one line per run: `binary command format model seconds peak_kB`. A binary that does
# not know a format (xlsx before issue 19) is skipped. Results in $OUT (default /tmp/issue19).
set -uo pipefail
after="$1"
before="${2:-}"
out="${OUT:-/tmp/issue19}"
mkdir -p "$out"
for n in 150 1000 10000; do
  [[ -f "$out/model-$n.yaml" ]] || "$after" genereer --uitvoerders "$n" --seed 1 \
    --informele-opdrachten 5 -o "$out/model-$n.yaml"
done
measure() { # label binary args...
  local label="$1" binary="$2"
  shift 2
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$binary" "$@" >"$out/output" 2>"$out/stderr"
  local status=$?
  if ((status > 1)); then
    echo "$label $* : exit $status ($(head -c 200 "$out/stderr"))"
    return
  fi
  read -r seconds peak < <(tail -n 1 "$out/time.txt")
  echo "$label $* $seconds s $((peak / 1024)) MB"
}
binaries=()
[[ -n "$before" ]] && binaries+=("before:$before")
binaries+=("after:$after")
for format in text json sarif markdown csv xlsx; do
  for entry in "${binaries[@]}"; do
    label="${entry%%:*}" binary="${entry#*:}"
    if [[ $format == xlsx && $label == before ]]; then continue; fi
    measure "$label" "$binary" check "$out/model-10000.yaml" --format "$format"
  done
done
for entry in "${binaries[@]}"; do
  label="${entry%%:*}" binary="${entry#*:}"
  measure "$label" "$binary" check "$out/model-1000.yaml" --format markdown
  measure "$label" "$binary" check "$out/model-1000.yaml" --format text
done
if [[ -z "${SKIP_REPORT:-}" ]]; then
  for entry in "${binaries[@]}"; do
    label="${entry%%:*}" binary="${entry#*:}"
    measure "$label" "$binary" report "$out/model-150.yaml" --peildatum 2026-06-01
    measure "$label" "$binary" report "$out/model-1000.yaml" --peildatum 2026-06-01
  done
fi

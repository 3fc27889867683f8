#!/usr/bin/env bash
# Whole-process benchmarks for driehoek with hyperfine (see BENCHMARKS.md).
#
#   scripts/bench.sh           full run: generated models of 1,000 and 10,000 executors
#   scripts/bench.sh --quick   smoke test: everything once on tiny inputs (CI); no figures
#
# Writes hyperfine's JSON and Markdown exports to $BENCH_OUT (default: a temporary directory)
# and prints a summary. Exits non-zero if a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

if ! command -v hyperfine >/dev/null; then
  echo "hyperfine ontbreekt; installeren met apt-get" >&2
  apt-get install -y hyperfine >/dev/null
fi

swift build -c release --product driehoek 2>&1 | grep -E "error|warning:" || true
bin="$(swift build -c release --show-bin-path)/driehoek"
out="${BENCH_OUT:-$(mktemp -d)}"
mkdir -p "$out"
echo "uitvoer: $out"

if [[ $quick == 1 ]]; then
  sizes=(20 100)
  runs=(--runs 1 --warmup 0)
else
  sizes=(1000 10000)
  runs=(--warmup 1 --min-runs 5)
fi
for n in "${sizes[@]}"; do
  "$bin" genereer --uitvoerders "$n" --seed 1 -o "$out/model-$n.yaml"
done
small="$out/model-${sizes[0]}.yaml"
large="$out/model-${sizes[1]}.yaml"
ls -l "$out"/model-*.yaml

# `driehoek check` exits 1 when a model has findings; that is a result, not a failure.
status=0
"$bin" check "$small" >/dev/null 2>&1 || status=$?
if [[ $status -ge 2 ]]; then
  echo "LET OP: 'driehoek check' eindigt met code $status (nog een placeholder?); de check-cijfers zeggen dan niets." >&2
fi
echo "== check: ${sizes[0]} tegen ${sizes[1]} uitvoerders (schaalverhouding)"
hyperfine "${runs[@]}" -N -i --export-json "$out/check-scaling.json" \
  --export-markdown "$out/check-scaling.md" \
  -n "check ${sizes[0]}" "$bin check $small" \
  -n "check ${sizes[1]}" "$bin check $large"

echo "== piekgeheugen van check op ${sizes[1]} uitvoerders"
/usr/bin/time -f "max RSS %M KB, %e s" "$bin" check "$large" >/dev/null || true

echo "== vergelijking: Python-peer (PyYAML + twee regels) tegen driehoek check"
hyperfine "${runs[@]}" -N -i --export-json "$out/peer.json" --export-markdown "$out/peer.md" \
  -n "driehoek check ${sizes[1]}" "$bin check $large" \
  -n "python peer ${sizes[1]}" "python3 benchmarks/peers/peer_check.py $large"

echo "== laden en schrijven (export json), ${sizes[1]} uitvoerders"
hyperfine "${runs[@]}" -N --export-json "$out/export.json" \
  -n "export ${sizes[1]}" "$bin export $large --format json -o $out/export.json.out"

if [[ $quick == 1 ]]; then
  echo "== in-process benchmarks (eenmaal, kleinste model)"
  DRIEHOEK_BENCH_QUICK=1 swift package --package-path Benchmarks benchmark \
    2>&1 | tail -n 30
fi
echo "klaar; resultaten in $out"

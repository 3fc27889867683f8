#!/usr/bin/env bash
# Whole-process benchmarks for driehoek with hyperfine, plus the in-process benchmarks of
# Benchmarks/ (ordo-one/benchmark). See BENCHMARKS.md for the figures and what they mean.
#
#   scripts/bench.sh           full run: release build, generated models of 1,000 and 10,000
#                              executors, Models/ for rendering, then the in-process benchmarks
#   scripts/bench.sh --quick   smoke test (CI): debug build, tiny generated models, every command
#                              once, and the Benchmarks package only compiled. Its timings mean
#                              nothing; it proves that every benchmark still runs.
#
# Writes hyperfine's JSON and Markdown exports to $BENCH_OUT (default: a temporary directory).
# Exits non-zero when a step fails, including `driehoek check` exiting with 2 or more. In quick
# mode without hyperfine (or with BENCH_WITHOUT_HYPERFINE=1) every command simply runs once.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
# The Python peer needs PyYAML: use the repository's .venv when there is one (scripts/test-deps.sh).
[[ -x "$root/.venv/bin/python" ]] && export PATH="$root/.venv/bin:$PATH"

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

if ! command -v python3 >/dev/null; then
  echo "bench.sh: 'python3' ontbreekt" >&2
  exit 1
fi
# GNU time measures peak memory (the Bash keyword `time` cannot).
if [[ ! -x /usr/bin/time ]]; then
  echo "bench.sh: GNU time (/usr/bin/time) ontbreekt (apt-get install -y time)" >&2
  exit 1
fi
# Graphviz's `dot` is the anchor of the render comparisons. The smoke test can do without it
# (the README's install line has only libgraphviz-dev): then only driehoek's commands run.
have_dot=1
if ! command -v dot >/dev/null; then
  if [[ $quick == 0 ]]; then
    echo "bench.sh: 'dot' ontbreekt (apt-get install -y graphviz)" >&2
    exit 1
  fi
  have_dot=0
  echo "bench.sh: 'dot' ontbreekt; de vergelijkingen met dot worden overgeslagen" >&2
fi
if [[ -n "${BENCH_WITHOUT_HYPERFINE:-}" ]] || ! command -v hyperfine >/dev/null; then
  if [[ $quick == 0 ]]; then
    echo "bench.sh: 'hyperfine' ontbreekt (apt-get install -y hyperfine)" >&2
    exit 1
  fi
  # The smoke test needs no measurement: without hyperfine, run every command once.
  echo "bench.sh: hyperfine ontbreekt; elke opdracht draait eenmaal, zonder meting" >&2
  hyperfine() {
    local ignore=0 commands=()
    while (($#)); do
      case "$1" in
        -i) ignore=1; shift ;;
        -N) shift ;;
        -n | --runs | --warmup | --min-runs | --export-json | --export-markdown) shift 2 ;;
        *) commands+=("$1"); shift ;;
      esac
    done
    local command status
    for command in "${commands[@]}"; do
      status=0
      $command >/dev/null || status=$?
      if [[ $status -ne 0 && ($ignore == 0 || $status -ge 2) ]]; then
        echo "bench.sh: '$command' eindigde met code $status" >&2
        return 1
      fi
    done
  }
fi

if [[ $quick == 1 ]]; then
  config=debug
  sizes=(20 100)
  runs=(--runs 1 --warmup 0)
  peer_runs=("${runs[@]}")
else
  config=release
  sizes=(1000 10000)
  runs=(--warmup 1 --min-runs 5)
  peer_runs=(--warmup 0 --runs 3) # the peer takes most of a minute per run at 10,000
fi
if ! build_log="$(swift build -c "$config" --product driehoek 2>&1)"; then
  echo "$build_log" >&2
  echo "bench.sh: 'swift build -c $config --product driehoek' mislukt" >&2
  exit 1
fi
grep -E "error|warning:" <<<"$build_log" || true
bin="$(swift build -c "$config" --show-bin-path)/driehoek"
out="${BENCH_OUT:-$(mktemp -d)}"
mkdir -p "$out"
echo "uitvoer: $out ($config build)"

# `driehoek check` exits 1 when a model has findings: a result. 2 or more is a failure.
check_once() {
  local status=0
  "$bin" check "$1" >/dev/null 2>"$out/check.err" || status=$?
  if [[ $status -ge 2 ]]; then
    echo "bench.sh: 'driehoek check $1' eindigde met code $status:" >&2
    head -n 20 "$out/check.err" >&2
    exit 1
  fi
}

echo "== invoer"
for n in "${sizes[@]}"; do
  "$bin" genereer --uitvoerders "$n" --seed 1 -o "$out/model-$n.yaml"
  awk -v n="$n" -v f="$out/model-$n.yaml" '
    /^[a-z]/ { section = $1 }
    /^  - / { count[section]++ }
    END { printf "%6d uitvoerders: %s rollen, %s opdrachten\n", n, count["rollen:"], count["opdrachten:"] }
  ' "$out/model-$n.yaml"
done
ls -l "$out"/model-*.yaml
small="$out/model-${sizes[0]}.yaml"
large="$out/model-${sizes[1]}.yaml"
check_once "$small"
check_once "$large"

# With -i hyperfine accepts check's exit code 1 (findings: a result, and check_once above has
# failed the run on 2 or more) and warns "Ignoring non-zero exit code" for it: an expected line
# that looks like a failure, so it is left out. Everything else hyperfine says stays.
hyperfine_ignoring_findings() {
  { hyperfine -i "$@" 2>&1 1>&3 3>&- | sed '/Ignoring non-zero exit code/d' >&2; } 3>&1
}

echo "== check: ${sizes[0]} tegen ${sizes[1]} uitvoerders (schaalverhouding)"
hyperfine_ignoring_findings "${runs[@]}" -N --export-json "$out/check-scaling.json" \
  --export-markdown "$out/check-scaling.md" \
  -n "check ${sizes[0]}" "$bin check $small" \
  -n "check ${sizes[1]}" "$bin check $large"

echo "== piekgeheugen en tijd van één check op ${sizes[1]} uitvoerders (stdout naar /dev/null)"
# `check` exits 1 when the model has findings (a result); 2 or more, or time's own 126/127, fail.
status=0
/usr/bin/time -f "max RSS %M KB, %e s wall, %U s user, %S s sys" "$bin" check "$large" \
  >/dev/null || status=$?
if [[ $status -ge 2 ]]; then
  echo "bench.sh: '/usr/bin/time $bin check $large' eindigde met code $status" >&2
  exit 1
fi

echo "== vergelijking: Python-peer (PyYAML + SD02 + SD13) tegen driehoek check"
hyperfine_ignoring_findings "${peer_runs[@]}" -N --export-json "$out/peer.json" --export-markdown "$out/peer.md" \
  -n "driehoek check ${sizes[1]}" "$bin check $large" \
  -n "python peer ${sizes[1]}" "python3 $root/Benchmarks/peers/peer_check.py $large"

# Rendering: the DOT that the tool itself exports, laid out by Graphviz's own `dot`.
models=("$root"/Models/*.yaml)
dots="$out/dot"
rm -rf "$dots" "$out/svg"
mkdir -p "$dots" "$out/svg"
views=0
for model in "${models[@]}"; do
  name="$(basename "$model" .yaml)"
  "$bin" render "$model" --view alle --format dot --output-dir "$dots/$name" >/dev/null
  views=$((views + $(find "$dots/$name" -name '*.dot' | wc -l)))
done
echo "== renderen: ${#models[@]} modellen in Models/, $views views"

# One graph: the landscape of the largest example model, and of a generated model of 100
# executors (20 in quick mode).
graph_size=$([[ $quick == 1 ]] && echo 20 || echo 100)
generated="$out/model-render-$graph_size.yaml"
"$bin" genereer --uitvoerders "$graph_size" --seed 1 -o "$generated"
"$bin" render "$generated" --view landschap --format dot -o "$dots/generated-landschap.dot" \
  >/dev/null
one=(-n "driehoek render shared-services landschap"
  "$bin render $root/Models/shared-services.yaml --view landschap -o $out/svg/one.svg")
[[ $have_dot == 1 ]] && one+=(-n "dot -Tsvg shared-services landschap"
  "dot -Tsvg $dots/shared-services/landschap.dot -o $out/svg/one-dot.svg")
one+=(-n "driehoek render generated-$graph_size landschap"
  "$bin render $generated --view landschap -o $out/svg/generated.svg")
[[ $have_dot == 1 ]] && one+=(-n "dot -Tsvg generated-$graph_size landschap"
  "dot -Tsvg $dots/generated-landschap.dot -o $out/svg/generated-dot.svg")
hyperfine "${runs[@]}" -N --export-json "$out/render-one.json" \
  --export-markdown "$out/render-one.md" "${one[@]}"

# Every view of Models/: one driehoek process per model (all its views) against one dot process
# per view.
cat >"$out/render-driehoek.sh" <<EOF
for model in ${models[*]}; do
  "$bin" render "\$model" --view alle --output-dir "$out/svg/\$(basename "\$model" .yaml)" >/dev/null
done
EOF
cat >"$out/render-dot.sh" <<EOF
for file in "$dots"/*/*.dot; do
  dot -Tsvg "\$file" -o "\${file%.dot}.svg"
done
EOF
all=(-n "driehoek render --view alle (${#models[@]} processen)" "bash $out/render-driehoek.sh")
[[ $have_dot == 1 ]] && all+=(-n "dot -Tsvg per view ($views processen)" "bash $out/render-dot.sh")
hyperfine "${runs[@]}" -N --export-json "$out/render-all.json" \
  --export-markdown "$out/render-all.md" "${all[@]}"

if [[ $quick == 1 ]]; then
  echo "== in-process benchmarks: alleen bouwen (Benchmarks/, debug)"
  swift build --package-path Benchmarks 2>&1 | grep -E "error|warning:|Compiling|Build" | tail -n 3
else
  echo "== in-process benchmarks (ordo-one/benchmark)"
  swift package --package-path Benchmarks benchmark --format markdown \
    | tee "$out/in-process.md" | grep -E "^###|wall clock|resident"
fi
echo "klaar; resultaten in $out"

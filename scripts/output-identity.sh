#!/usr/bin/env bash
# Checks that two driehoek binaries write byte-identical output: every command that writes a
# document, in every format, over the example models, the test fixtures and the hostile inputs.
#
#   scripts/output-identity.sh BASE_BIN NEW_BIN
#   scripts/output-identity.sh --rev REV [NEW_BIN]   # builds REV (release) into .build-identity/
#
# Per model, each binary runs in its own scratch directory with the same relative output paths:
#   check   --format text|markdown|json|sarif|csv, csv --excel, text --lang en, --peildatum;
#   render  --view alle in svg and dot (png and pdf too for Models/), and one view to stdout;
#   report  html and markdown (SOURCE_DATE_EPOCH fixed);
#   export  json|yaml|csv|archimate, csv --excel, archimate --raster;
#   kaarten html.
# Standard output, standard error and the exit status of every run are compared too, and every
# file written. Exit status 0 when all is identical, 1 with the differences listed, 2 on misuse.
# IDENTITY_QUICK=1 leaves out png/pdf and the hostile inputs (a run of a few minutes less);
# IDENTITY_MODELS=1 takes Models/ alone. A PDF's /CreationDate is set to 0 on both sides first.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
if [ "${1:-}" = --rev ]; then
  rev="${2:?--rev needs a revision}"
  src="$root/.build-identity/src-$rev"
  rm -rf "$src" && mkdir -p "$src"
  git archive "$rev" | tar -x -C "$src"
  (cd "$src" && swift build -c release --product driehoek --scratch-path "$root/.build-identity/$rev") >&2 ||
    exit 2
  base="$root/.build-identity/$rev/release/driehoek"
  new="${3:-}"
  if [ -z "$new" ]; then
    swift build -c release --product driehoek >&2 || exit 2
    new="$(swift build -c release --show-bin-path)/driehoek"
  fi
else
  base="${1:?usage: scripts/output-identity.sh BASE_BIN NEW_BIN}"
  new="${2:?usage: scripts/output-identity.sh BASE_BIN NEW_BIN}"
fi
for bin in "$base" "$new"; do
  [ -x "$bin" ] || { echo "geen uitvoerbaar bestand: $bin" >&2; exit 2; }
done
work="$(mktemp -d "${TMPDIR:-/tmp}/driehoek-identity.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1767225600 NO_COLOR=1

models=()
while IFS= read -r -d '' file; do models+=("$file"); done < <(
  {
    find "$root/Models" -maxdepth 1 -type f \( -name '*.yaml' -o -name '*.json' \) -print0
    [ -n "${IDENTITY_MODELS:-}" ] && exit 0
    find "$root/Tests" -path '*/Fixtures/*' -type f \( -name '*.yaml' -o -name '*.json' \) \
      -not -path '*/expected/*' -not -path '*/Expected/*' -print0
    find "$root/Fuzz/Seeds" "$root/Fuzz/Regressions" -type f -print0
    [ -n "${IDENTITY_QUICK:-}" ] || find "$root/Tests/HostileInputs" -type f -print0
  } | sort -z
)
[ "${#models[@]}" -gt 0 ] || { echo "geen modellen gevonden" >&2; exit 2; }

# Runs one command with one binary in $work/<side>/<case>: stdout, stderr and status kept.
run() {
  local side="$1" bin="$2" case="$3"
  shift 3
  local dir="$work/$side/$case"
  mkdir -p "$dir"
  (cd "$dir" && timeout 120 "$bin" "$@" >stdout 2>stderr; echo $? >status)
  # A path the command prints names its own scratch directory: the same for both after this.
  sed -i "s|$work/$side/|SCRATCH/|g" "$dir/stdout" "$dir/stderr"
  # Cairo stamps every PDF with the second it was written; nothing else in it may differ.
  find "$dir" -name '*.pdf' -exec perl -pi -e 's{/CreationDate \(D:\d+Z\)}{/CreationDate (D:0)}g' {} +
}

# Both binaries, the same command.
both() {
  run base "$base" "$@"
  run new "$new" "$@"
  runs=$((runs + 1))
}

runs=0
number=0
for model in "${models[@]}"; do
  number=$((number + 1))
  c="$(printf '%04d' "$number")-$(basename "$model")"
  case "$model" in "$root/Models/"*) example=1 ;; *) example= ;; esac
  for format in text markdown json sarif csv; do
    both "$c/check-$format" check "$model" --format "$format" --fail-on nooit
  done
  both "$c/check-excel" check "$model" --format csv --excel --fail-on nooit
  both "$c/check-en" check "$model" --lang en --fail-on nooit
  both "$c/check-peildatum" check "$model" --peildatum 2020-02-29 --fail-on nooit
  formats=(svg dot)
  [ -n "$example" ] && [ -z "${IDENTITY_QUICK:-}" ] && formats+=(png pdf)
  for format in "${formats[@]}"; do
    both "$c/render-$format" render "$model" --view alle --format "$format" --output-dir out
  done
  both "$c/render-stdout" render "$model" --view landschap
  both "$c/report-html" report "$model" -o rapport.html
  both "$c/report-markdown" report "$model" --format markdown -o rapport.md
  both "$c/report-en" report "$model" --lang en -o rapport.html
  for format in json yaml csv archimate; do
    both "$c/export-$format" export "$model" --format "$format" -o "model.$format"
  done
  both "$c/export-excel" export "$model" --format csv --excel -o model.csv
  both "$c/export-raster" export "$model" --format archimate --raster -o model.xml
  both "$c/kaarten" kaarten "$model" -o kaarten.html
done

if diff -r "$work/base" "$work/new" >"$work/diff" 2>&1; then
  files=$(find "$work/new" -type f | wc -l)
  echo "identiek: ${#models[@]} modellen, $runs opdrachten per binary, $files bestanden vergeleken"
  exit 0
fi
echo "VERSCHILLEN (${#models[@]} modellen, $runs opdrachten per binary):"
sed "s|$work/||g" "$work/diff" | head -200
exit 1

#!/usr/bin/env bash
# Renders every view of every model in Models/ into Output/<model>/ (SVG), replacing what was there,
# and for the models in REPORTS also the HTML report (Output/<model>/rapport.html).
# Usage: scripts/render-output.sh
# The test OutputUpToDateTests fails when Output/ differs from what this script writes.
set -euo pipefail
cd "$(dirname "$0")/.."
# The models whose report is kept in Output/: the Rijk, where the README tells new users to start.
# The report is dated on the model's peildatum (SOURCE_DATE_EPOCH), so that it changes only when
# the model or driehoek does.
REPORTS=(rijk)
swift build --product driehoek >/dev/null
bin="$(swift build --show-bin-path)/driehoek"
for model in Models/*.yaml Models/*.json; do
  [ -e "$model" ] || continue
  stem="$(basename "${model%.*}")"
  rm -rf "Output/$stem"
  "$bin" render "$model" --view alle --format svg --output-dir "Output/$stem" >/dev/null
  for report in "${REPORTS[@]}"; do
    [ "$report" = "$stem" ] || continue
    day="$(sed -n 's/^peildatum: *\([0-9-]*\).*/\1/p' "$model")"
    SOURCE_DATE_EPOCH="$(date -u -d "$day" +%s)" \
      "$bin" report "$model" -o "Output/$stem/rapport.html" >/dev/null
  done
  echo "Output/$stem: $(ls "Output/$stem" | wc -l) files"
done

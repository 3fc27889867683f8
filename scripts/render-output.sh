#!/usr/bin/env bash
# Renders every view of every model in Models/ into Output/<model>/ (SVG), replacing what was there.
# Usage: scripts/render-output.sh
# The test OutputUpToDateTests fails when Output/ differs from what this script writes.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product driehoek >/dev/null
bin="$(swift build --show-bin-path)/driehoek"
for model in Models/*.yaml Models/*.json; do
  [ -e "$model" ] || continue
  stem="$(basename "${model%.*}")"
  rm -rf "Output/$stem"
  "$bin" render "$model" --view alle --format svg --output-dir "Output/$stem" >/dev/null
  echo "Output/$stem: $(ls "Output/$stem" | wc -l) views"
done

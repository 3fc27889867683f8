#!/usr/bin/env bash
# Benchmarks/render-ratio.sh NEW ANCHOR [RUNS]: scripts/bench.sh's render measurement (one `render
# --view alle` per model of Models/ against one `dot -Tsvg` per exported DOT file) with a second
# binary, the anchor, in the same hyperfine run; prints dot ÷ new and dot ÷ anchor.
set -euo pipefail
new="$1" anchor="$2" runs="${3:-10}"
out=$(mktemp -d); root="$(cd "$(dirname "$0")/.." && pwd)"
dots="$out/dot"; mkdir -p "$dots"
for m in "$root"/Models/*.yaml; do n=$(basename "$m" .yaml); "$new" render "$m" --view alle --format dot --output-dir "$dots/$n" >/dev/null; done
for b in new anchor; do
  bin=$new; [[ $b == anchor ]] && bin=$anchor
  { echo 'for model in '"$root"'/Models/*.yaml; do'
    echo "  $bin render \"\$model\" --view alle --output-dir $out/svg-$b/\$(basename \"\$model\" .yaml) >/dev/null"; echo done; } > "$out/render-$b.sh"
done
{ echo "for file in $dots/*/*.dot; do"; echo '  dot -Tsvg "$file" -o "${file%.dot}.svg"'; echo done; } > "$out/render-dot.sh"
echo "views: $(ls $dots/*/*.dot | wc -l)"
hyperfine -N -w 1 -r "$runs" --export-json "$out/r.json" -n new "bash $out/render-new.sh" -n anchor "bash $out/render-anchor.sh" -n dot "bash $out/render-dot.sh"
python3 - "$out/r.json" <<'P'
import json,sys,statistics as s
r={x['command']:x for x in json.load(open(sys.argv[1]))['results']}
for k in ('new','anchor'):
  print(f"dot/{k}: mean {r['dot']['mean']/r[k]['mean']:.2f}x  median {r['dot']['median']/r[k]['median']:.2f}x  user {r['dot']['user']/r[k]['user']:.2f}x")
P

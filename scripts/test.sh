#!/usr/bin/env bash
# Runs the whole test suite: installs the Python helpers some tests call, then `swift test`, then
# the browser check of the report document (scripts/report-browser-check.py).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY' || python3 -m pip install --quiet --disable-pip-version-check sarif-tools jsonschema pyyaml html5lib websocket-client
import importlib.util, sys
missing = [m for m in ("sarif", "jsonschema", "yaml", "html5lib", "websocket") if importlib.util.find_spec(m) is None]
sys.exit(1 if missing else 0)
PY
# The example consumer (Examples/EigenTool) embeds the library by path: build and run it, so the
# public API shown in the DocC pages cannot rot.
example_svg="$(mktemp -d)/eigen.svg"
(cd Examples/EigenTool && swift run -q EigenTool "$example_svg" >/dev/null)
grep -q "<svg" "$example_svg"
swift test "$@"
# The report document of every example model in headless Chromium: no console errors, no
# requests, strict HTML, a clickable diagram, and one PDF section per executor.
python3 scripts/report-browser-check.py --driehoek "$(swift build --show-bin-path)/driehoek"
# Benchmarks are not timed tests: the full suite runs them once, in quick mode, as a smoke test
# (every benchmark command still runs; the timings mean nothing). See BENCHMARKS.md.
if [[ $# -eq 0 ]]; then
  bash scripts/bench.sh --quick
fi

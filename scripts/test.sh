#!/usr/bin/env bash
# Runs the whole test suite: installs the Python helpers some tests call, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY' || python3 -m pip install --quiet --disable-pip-version-check sarif-tools jsonschema pyyaml
import importlib.util, sys
missing = [m for m in ("sarif", "jsonschema", "yaml") if importlib.util.find_spec(m) is None]
sys.exit(1 if missing else 0)
PY
# The example consumer (Examples/EigenTool) embeds the library by path: build and run it, so the
# public API shown in the DocC pages cannot rot.
example_svg="$(mktemp -d)/eigen.svg"
(cd Examples/EigenTool && swift run -q EigenTool "$example_svg" >/dev/null)
grep -q "<svg" "$example_svg"
swift test "$@"
# Benchmarks are not timed tests: the full suite runs them once, in quick mode, as a smoke test
# (every benchmark command still runs; the timings mean nothing). See BENCHMARKS.md.
if [[ $# -eq 0 ]]; then
  bash scripts/bench.sh --quick
fi

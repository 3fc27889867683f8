#!/usr/bin/env bash
# Runs the whole test suite: installs the Python helpers some tests call, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY' || python3 -m pip install --quiet --disable-pip-version-check sarif-tools jsonschema pyyaml
import importlib.util, sys
missing = [m for m in ("sarif", "jsonschema", "yaml") if importlib.util.find_spec(m) is None]
sys.exit(1 if missing else 0)
PY
swift test "$@"

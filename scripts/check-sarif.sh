#!/usr/bin/env bash
# Validates a SARIF file with independent consumers from PyPI: sarif-tools (`sarif summary`)
# and sarif-pydantic (a typed SARIF 2.1.0 model), plus the structural checks driehoek promises
# (version, $schema, tool.driver.rules, ruleIndex, levels, logical locations, suppressions).
# Usage: scripts/check-sarif.sh FILE.sarif   (exits non-zero when any check fails)
# Set PYTHON to choose the interpreter (default: .venv/bin/python, else python3); set DRIEHOEK_SARIF_NO_INSTALL=1 to never call pip.
set -euo pipefail
if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 FILE.sarif" >&2
  exit 64
fi
file="$1"
# Default: the repository's .venv (scripts/test-deps.sh makes it), else python3.
venv_python="$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python"
[[ -x "$venv_python" ]] || venv_python=python3
python="${PYTHON:-$venv_python}"

pip_install() {
  [ "${DRIEHOEK_SARIF_NO_INSTALL:-0}" = "1" ] && return 1
  "$python" -m pip install --quiet --disable-pip-version-check "$@" \
    || "$python" -m pip install --quiet --disable-pip-version-check --break-system-packages "$@"
}
# sarif-tools is required; sarif-pydantic is used when it is installed or can be installed.
if ! "$python" -c 'import sarif' >/dev/null 2>&1; then
  pip_install sarif-tools
fi
if ! "$python" -c 'import sarif_pydantic' >/dev/null 2>&1; then
  pip_install sarif-pydantic >/dev/null 2>&1 \
    || echo "note: sarif-pydantic unavailable; checking with sarif-tools only" >&2
fi

# 1. sarif-tools must read and summarise it.
"$python" -m sarif summary "$file" >/dev/null

# 2. The promised structure must be there, and sarif-pydantic (when present) must parse it.

"$python" - "$file" <<'PY'
import json, sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
raw = json.loads(text)
try:
    from sarif_pydantic import Sarif
except ImportError:
    Sarif = None
if Sarif is not None:
    Sarif.model_validate_json(text)
from sarif import loader
loader.load_sarif_file(path)
problems = []
def check(condition, message):
    if not condition:
        problems.append(message)

check(raw.get("version") == "2.1.0", "version must be 2.1.0")
check("sarif-2.1.0" in raw.get("$schema", ""), "$schema must name SARIF 2.1.0")
check(len(raw.get("runs", [])) >= 1, "at least one run")
for number, run in enumerate(raw.get("runs", [])):
    driver = run.get("tool", {}).get("driver", {})
    check(driver.get("name") == "driehoek", f"run {number}: driver name")
    check(driver.get("informationUri", "").startswith("http"), f"run {number}: informationUri")
    rules = driver.get("rules", [])
    ids = [rule.get("id") for rule in rules]
    check(len(ids) == len(set(ids)), f"run {number}: duplicate rule ids")
    for rule in rules:
        for key in ("name", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
            check(key in rule, f"run {number}: rule {rule.get('id')} lacks {key}")
        check(rule.get("defaultConfiguration", {}).get("level") in ("error", "warning", "note"),
              f"run {number}: rule {rule.get('id')} has a bad default level")
    for index, result in enumerate(run.get("results", [])):
        where = f"run {number} result {index}"
        check(result.get("level") in ("error", "warning", "note"), f"{where}: level")
        check(bool(result.get("message", {}).get("text")), f"{where}: message.text")
        rule_index = result.get("ruleIndex")
        if rule_index is not None:
            check(0 <= rule_index < len(rules) and rules[rule_index]["id"] == result.get("ruleId"),
                  f"{where}: ruleIndex does not point at ruleId")
        locations = result.get("locations", [])
        check(len(locations) >= 1, f"{where}: locations")
        for location in locations:
            physical = location.get("physicalLocation")
            if physical is not None:
                check(bool(physical.get("artifactLocation", {}).get("uri")), f"{where}: uri")
                region = physical.get("region", {})
                check(region.get("startLine", 0) >= 1 and region.get("startColumn", 0) >= 1,
                      f"{where}: region")
            for logical in location.get("logicalLocations", []):
                check(bool(logical.get("name")), f"{where}: logical location name")
        check(bool(result.get("partialFingerprints")), f"{where}: partialFingerprints")
        for suppression in result.get("suppressions", []):
            check(suppression.get("kind") in ("inSource", "external"), f"{where}: suppression kind")
            check(suppression.get("status") in ("accepted", "underReview", "rejected"),
                  f"{where}: suppression status")

if problems:
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    sys.exit(1)
runs = raw["runs"]
results = sum(len(run.get("results", [])) for run in runs)
checker = "sarif-tools and sarif-pydantic" if Sarif is not None else "sarif-tools"
print(f"{path}: valid SARIF 2.1.0 per {checker} ({len(runs)} run(s), {results} result(s))")
PY

#!/usr/bin/env bash
# Installs what the tests need, idempotently, and is the one place that lists it:
#   - Debian packages, with apt-get (apt-get update first), only when one is missing;
#   - Python helpers, in a virtual environment inside the repository (.venv/, ignored by git),
#     because Debian's own python3 refuses `pip install` ("externally-managed-environment").
# scripts/test.sh runs it as its first stage and then puts .venv/bin first on PATH and sets
# PYTHON=.venv/bin/python, so every `python3` a script or a test starts is the one with the helpers.
#
#   bash scripts/test-deps.sh           install what is missing (quick when nothing is)
#   bash scripts/test-deps.sh --list    print the two lists and exit
#
# Without root and without password-less sudo the Debian step is skipped with a message that
# names the command to run; the Python step needs no root.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need (the build itself needs only libgraphviz-dev, README command 1).
#   libgraphviz-dev graphviz   the Graphviz library the renderer links, and `dot` for comparisons
#   librsvg2-bin               rsvg-convert, an independent SVG reader
#   chromium poppler-utils     the report document in headless Chromium, its PDF read by pdftotext
#   hyperfine time             the benchmark smoke test (hyperfine, GNU /usr/bin/time)
#   python3-venv               the virtual environment below
#   libxml2-utils              xmllint, for validating XML output against its XSD
DEBIAN_PACKAGES=(
  libgraphviz-dev graphviz librsvg2-bin chromium poppler-utils hyperfine time python3-venv
  libxml2-utils
)
# Python helpers (PyPI names), installed into .venv/:
#   sarif-tools (SARIF consumer), jsonschema + pyyaml (schema validation, Python peer benchmark),
#   html5lib + websocket-client (browser check), openpyxl (reading XLSX output)
PYTHON_PACKAGES=(sarif-tools jsonschema pyyaml html5lib websocket-client openpyxl)
VENV=.venv

say() { echo "test-deps: $*"; }

if [[ "${1:-}" == "--list" ]]; then
  echo "debian: ${DEBIAN_PACKAGES[*]}"
  echo "python: ${PYTHON_PACKAGES[*]}"
  exit 0
fi

# 1. Debian packages.
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  say "no apt-get/dpkg here (not Debian?): make sure these are installed: ${DEBIAN_PACKAGES[*]}"
else
  missing=()
  for package in "${DEBIAN_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    [[ "$status" == installed ]] || missing+=("$package")
  done
  if ((${#missing[@]} == 0)); then
    say "Debian packages: all ${#DEBIAN_PACKAGES[@]} present"
  else
    if [[ "$(id -u)" == 0 ]]; then
      as_root=(env)
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n env)
    else
      as_root=()
    fi
    if ((${#as_root[@]} == 0)); then
      say "SKIPPED installing ${missing[*]}: not root and no password-less sudo."
      say "run as root: apt-get update && apt-get install -y ${missing[*]}"
    else
      say "Debian packages: installing ${missing[*]} (apt-get update first)"
      "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update -q
      "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
      say "Debian packages: installed ${#missing[@]}"
    fi
  fi
fi

# 2. Python helpers in .venv/. A stamp file records what was installed for which interpreter, so
# a second run only starts the interpreter once. Debian's python3 is preferred when present: it is
# the one python3-venv belongs to.
base_python=python3
[[ -x /usr/bin/python3 ]] && base_python=/usr/bin/python3
if ! command -v "$base_python" >/dev/null 2>&1; then
  say "FAILED: no python3 (apt-get install -y python3-venv)"
  exit 1
fi
stamp="$VENV/.driehoek-helpers"
wanted="$("$base_python" -c 'import sys; print(sys.version.split()[0])') ${PYTHON_PACKAGES[*]}"
if [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c 'import sys' 2>/dev/null \
  && [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  say "Python helpers: $VENV up to date (${PYTHON_PACKAGES[*]})"
  exit 0
fi
# A venv of another interpreter (or a broken one) is made anew.
base_version="${wanted%% *}"
venv_version="$("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null || true)"
if [[ "$venv_version" != "$base_version" ]] || ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
  rm -rf "$VENV"
  if ! "$base_python" -m venv "$VENV"; then
    rm -rf "$VENV"
    say "FAILED: '$base_python -m venv' does not work (apt-get install -y python3-venv)"
    exit 1
  fi
fi
say "Python helpers: installing ${PYTHON_PACKAGES[*]} into $VENV"
"$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --root-user-action=ignore \
  "${PYTHON_PACKAGES[@]}"
echo "$wanted" >"$stamp"
say "Python helpers: $VENV ready ($("$VENV/bin/python" --version))"

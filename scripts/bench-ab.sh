#!/usr/bin/env bash
# The analysis alone (model in memory) of two revisions, measured in the same run, alternately:
# the anchor for "analysis under 200 ms" in BENCHMARKS.md.
#
#   scripts/bench-ab.sh [BASE-REV] [EXECUTORS] [ROUNDS]   (defaults: 07ab3d0 10000 3)
#
# Builds Benchmarks/ab/main.swift (release) once against a worktree of BASE-REV and once against
# this checkout, then runs base and current alternately ROUNDS times. Not a test: it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
base_rev="${1:-07ab3d0}"
size="${2:-10000}"
rounds="${3:-3}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true' EXIT
git worktree add --detach "$work/base-src" "$base_rev" >/dev/null
for side in base current; do
  source_dir="$root"
  [[ $side == base ]] && source_dir="$work/base-src"
  mkdir -p "$work/$side/Sources/AB"
  cp Benchmarks/ab/main.swift "$work/$side/Sources/AB/main.swift"
  cat >"$work/$side/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
  name: "AB",
  dependencies: [.package(path: "$source_dir")],
  targets: [
    .executableTarget(
      name: "AB",
      dependencies: [
        .product(name: "DriehoekAnalysis", package: "$(basename "$source_dir")"),
        .product(name: "DriehoekInterchange", package: "$(basename "$source_dir")"),
      ])
  ])
MANIFEST
  echo "bouwen: $side"
  swift build -c release --package-path "$work/$side" 2>&1 | grep -E "error|Build" | tail -n 1
done
for _ in $(seq "$rounds"); do
  printf 'base %s:    ' "$base_rev"
  "$work/base/.build/release/AB" "$size" 10
  printf 'current:      '
  "$work/current/.build/release/AB" "$size" 20
done

#!/usr/bin/env python3
"""Printed legibility of every triangle and timeline on A4.

For every Models/*.yaml and every held-out model in Tests/Fixtures/print/*.yaml this script
renders all views (`driehoek render MODEL --view alle --output-dir DIR`) and runs the shared
legibility tool (../shared/tools/legibility.py, from the repository root) on A4 over every
driehoek-*.svg and tijdlijn-*.svg. It fails when one prints its 10th-percentile text below
5 pt, when a model renders no triangle at all, or when there are no models.

When ../shared/tools/legibility.py is not there (a checkout without the shared tools) it says so
and exits 0: the check is skipped, not passed silently.

Usage: triangle-legibility-check.py --driehoek PATH [--out DIR] [--minimum PT]
Exit code 0 when every picture holds (or the tool is absent), 1 otherwise.
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOL = os.path.join(os.path.dirname(ROOT), "shared", "tools", "legibility.py")
LINE = re.compile(r"^(\S+) (\d+)x(\d+)pt fit ([\d.]+) p10 ([\d.]+)pt \((\d+) texts\)$")


def models():
    return sorted(glob.glob(os.path.join(ROOT, "Models", "*.yaml"))) + sorted(
        glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "print", "*.yaml")))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--driehoek", required=True)
    parser.add_argument("--out")
    parser.add_argument("--minimum", type=float, default=5.0)
    args = parser.parse_args()
    if not os.path.isfile(TOOL):
        print(f"leesbaarheid: overgeslagen, {TOOL} ontbreekt (../shared/tools naast de repository)")
        return 0
    out = args.out or os.path.join(ROOT, ".build", "triangle-legibility")
    shutil.rmtree(out, ignore_errors=True)
    failures = []
    checked = 0
    found = models()
    if not found:
        failures.append("geen modellen gevonden in Models/ of Tests/Fixtures/print/")
    for model in found:
        name = os.path.splitext(os.path.basename(model))[0]
        target = os.path.join(out, name)
        subprocess.run([args.driehoek, "render", model, "--view", "alle", "--output-dir", target],
                       check=True, stdout=subprocess.DEVNULL)
        pictures = sorted(glob.glob(os.path.join(target, "driehoek-*.svg"))) + sorted(
            glob.glob(os.path.join(target, "tijdlijn-*.svg")))
        if not any(os.path.basename(p).startswith("driehoek-") for p in pictures):
            failures.append(f"{name}: geen driehoek-*.svg geschreven")
            continue
        result = subprocess.run([sys.executable, TOOL, "a4"] + pictures, check=True,
                                capture_output=True, text=True)
        lines = result.stdout.splitlines()
        if len(lines) != len(pictures):
            failures.append(f"{name}: legibility.py gaf {len(lines)} regels voor "
                            f"{len(pictures)} plaatjes")
        for line in lines:
            match = LINE.match(line)
            if not match:
                failures.append(f"{name}: onleesbare uitvoer van legibility.py: {line!r}")
                continue
            checked += 1
            p10 = float(match.group(5))
            status = "ok" if p10 >= args.minimum else "FOUT"
            print(f"{status} {name}/{line}")
            if p10 < args.minimum:
                failures.append(f"{name}/{match.group(1)} drukt af op A4 met p10 {p10} pt, "
                                f"minder dan {args.minimum} pt")
    print(f"leesbaarheid: {checked} driehoeken en tijdlijnen van {len(found)} modellen op A4 gemeten")
    for failure in failures:
        print("fout: " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

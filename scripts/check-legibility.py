#!/usr/bin/env python3
"""Printed legibility of the overviews, as the test command checks it (docs/diagrams.md).

Usage: check-legibility.py --driehoek BIN [--tools DIR]

Renders every view of every model in Models/ and of the held-out models in
Tests/DriehoekDiagramTests/Fixtures/heldout/ (`render --view alle`), and measures every view other
than driehoek-* and tijdlijn-* (those are checked on A4 by their own tests) with the shared tool
legibility.py on A3: the 10th percentile of the printed text sizes must be at least 5 pt. Then a
generated model of 150 executors (`genereer --uitvoerders 150 --seed 1`): its landscape may be at
most 3:1 either way, and its matrix must print at 5 pt or more on A3.

The tool lives outside the repository (../shared/tools/legibility.py, or --tools DIR). When it is
absent, the check says so and is skipped (exit 0). It fails (exit 1) when a folder holds no model,
a render fails, or any figure is out of bounds; every figure is printed.
"""
import argparse
import glob
import importlib.util
import os
import subprocess
import sys
import tempfile

MINIMUM_PT = 5.0
MAXIMUM_ASPECT = 3.0


def load_tool(tools):
    path = os.path.join(tools, "legibility.py")
    if not os.path.isfile(path):
        return None
    spec = importlib.util.spec_from_file_location("legibility", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render_all(driehoek, model, out):
    result = subprocess.run(
        [driehoek, "render", model, "--view", "alle", "--output-dir", out],
        capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"render {model} gaf exit {result.returncode}: {result.stderr[-400:]}")


def overviews(folder):
    names = sorted(os.listdir(folder))
    return [n for n in names
            if n.endswith(".svg") and not n.startswith(("driehoek-", "tijdlijn-"))]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--driehoek", required=True)
    parser.add_argument("--tools", default=os.path.join(root, "..", "shared", "tools"))
    args = parser.parse_args()
    tool = load_tool(args.tools)
    if tool is None:
        print(f"leesbaarheid: overgeslagen, {args.tools}/legibility.py ontbreekt")
        return 0
    failures = []
    models = sorted(glob.glob(os.path.join(root, "Models", "*.yaml")))
    heldout = sorted(glob.glob(
        os.path.join(root, "Tests", "DriehoekDiagramTests", "Fixtures", "heldout", "*.yaml")))
    if not models or not heldout:
        print("fout: geen modellen gevonden in Models/ of Fixtures/heldout/")
        return 1
    measured = 0
    with tempfile.TemporaryDirectory() as work:
        for model in models + heldout:
            stem = os.path.splitext(os.path.basename(model))[0]
            out = os.path.join(work, stem)
            try:
                render_all(args.driehoek, model, out)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                failures.append(str(error))
                continue
            names = overviews(out)
            if not names:
                failures.append(f"{stem}: geen overzichten geschreven")
            for name in names:
                w, h, fit, p10, count = tool.measure(os.path.join(out, name), "a3")
                measured += 1
                verdict = "ok" if p10 >= MINIMUM_PT else "TE KLEIN"
                print(f"{verdict} {stem}/{name} {w:.0f}x{h:.0f}pt A3 p10 {p10:.1f}pt ({count} teksten)")
                if p10 < MINIMUM_PT:
                    failures.append(f"{stem}/{name}: p10 {p10:.1f} pt op A3")
        generated = os.path.join(work, "genereerd-150.yaml")
        subprocess.run(
            [args.driehoek, "genereer", "--uitvoerders", "150", "--seed", "1", "-o", generated],
            check=True, capture_output=True, timeout=600)
        out = os.path.join(work, "gegenereerd-150")
        os.makedirs(out)
        for view, name in (("landschap", "landschap.svg"), ("matrix", "matrix.svg")):
            subprocess.run(
                [args.driehoek, "render", generated, "--view", view, "-o", os.path.join(out, name)],
                check=True, capture_output=True, timeout=600)
        w, h, fit, p10, count = tool.measure(os.path.join(out, "landschap.svg"), "a3")
        aspect = max(w / h, h / w)
        verdict = "ok" if aspect <= MAXIMUM_ASPECT else "TE SMAL"
        print(f"{verdict} gegenereerd-150/landschap.svg {w:.0f}x{h:.0f}pt verhouding {aspect:.2f}:1")
        if aspect > MAXIMUM_ASPECT:
            failures.append(f"gegenereerd-150/landschap.svg: verhouding {aspect:.2f}:1")
        w, h, fit, p10, count = tool.measure(os.path.join(out, "matrix.svg"), "a3")
        verdict = "ok" if p10 >= MINIMUM_PT else "TE KLEIN"
        print(f"{verdict} gegenereerd-150/matrix.svg {w:.0f}x{h:.0f}pt A3 p10 {p10:.1f}pt")
        if p10 < MINIMUM_PT:
            failures.append(f"gegenereerd-150/matrix.svg: p10 {p10:.1f} pt op A3")
    print(f"leesbaarheid: {measured} overzichten gemeten, {len(failures)} problemen")
    for failure in failures:
        print("fout:", failure)
    return 1 if failures or measured == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Prints the card set (`driehoek kaarten`) of every example model in headless Chromium and checks it.

For every Models/*.yaml, the hostile fixture of the report, the long-name hostile input and a
generated stress model (very long names, dozens of opdrachten and findings on one card), and in
English for the SVB and the stress model, this script

1. writes the card set with `driehoek kaarten MODEL -o OUT/NAME.html`;
2. parses it with html5lib in strict mode and runs the static checks of the report check
   (no <script>, nothing loaded, unique ids, in-page links with a target, headings in order);
   for the hostile fixture its names must show as text;
3. opens it in headless Chromium through the DevTools protocol (console errors, exceptions,
   dialogs and every request that is not the file itself are problems) and prints it to PDF
   (OUT/NAME.pdf);
4. measures the cards with the print style sheet applied and checks:
   - every sheet is one A4 page of the PDF, fronts and backs alternating;
   - a sheet holds exactly four cards, except the last sheet of fronts and its backs;
   - every executor and every holder of an eigenaar or opdrachtgever role valid on the
     peildatum (counted here from `driehoek export --format json`) has exactly one front and
     one back, and there are no other cards than those and the cover;
   - each back is on the sheet after its front, at the mirrored position (x = sheet width -
     front x - card width, same y), so double-sided printing over the long edge lines up;
   - every card is A6 (105 x 148.5 mm) and nothing on it overflows;
5. runs pdftotext per page and checks that each page shows the ids of the cards on it.

Before all that it proves the checks can fail: the browser check of the report script must see
an external image and a console error, and a card set whose backs are not mirrored must be
reported as misaligned.

Usage: kaarten-browser-check.py --driehoek PATH [--out DIR] [--chromium PATH]
Exit code 0 when every check holds, 1 otherwise.
"""

import argparse
import glob
import importlib.util
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location(
    "report_browser_check", os.path.join(ROOT, "scripts", "report-browser-check.py"))
report_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report_check)

Browser = report_check.Browser
HOSTILE = report_check.HOSTILE
MM = 96 / 25.4  # CSS pixels per millimetre
TOLERANCE = 1.0  # px

MEASURE = """
(() => {
  const sheets = [...document.querySelectorAll('section.vel')];
  return sheets.map((sheet, number) => {
    const s = sheet.getBoundingClientRect();
    const cards = [...sheet.querySelectorAll('.kaart-voorkant, .kaart-achterkant')].map(card => {
      const r = card.getBoundingClientRect();
      return {partij: card.dataset.partij,
              side: card.classList.contains('kaart-voorkant') ? 'voor' : 'achter',
              cover: card.classList.contains('kaart-omslag'),
              x: r.left - s.left, y: r.top - s.top, w: r.width, h: r.height,
              overflow: card.scrollHeight > card.clientHeight + 1 ||
                        card.scrollWidth > card.clientWidth + 1};
    });
    return {number, backs: sheet.classList.contains('achterkanten'), width: s.width,
            height: s.height, cards};
  });
})()
"""


def measure(browser, path):
    """The sheets and cards of a page as laid out for print."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    browser.events = []
    browser.send("Page.enable", session=session)
    browser.send("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
    browser.send("Page.navigate", {"url": "file://" + os.path.abspath(path)}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    result = browser.send("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True},
                          session=session)["result"].get("value")
    browser.send("Target.closeTarget", {"targetId": target})
    return result or []


def layout_problems(sheets, expected):
    """What is wrong with the sheets: counts, missing or extra cards, alignment, size, overflow."""
    problems = []
    fronts, backs = {}, {}
    for sheet in sheets:
        if abs(sheet["width"] - 210 * MM) > TOLERANCE or abs(sheet["height"] - 297 * MM) > TOLERANCE:
            problems.append(f"sheet {sheet['number'] + 1} is {sheet['width']:.1f} x "
                            f"{sheet['height']:.1f} px, not A4")
        if sheet["backs"] != (sheet["number"] % 2 == 1):
            problems.append(f"sheet {sheet['number'] + 1}: fronts and backs do not alternate")
        for card in sheet["cards"]:
            side = backs if card["side"] == "achter" else fronts
            if card["partij"] in side:
                problems.append(f"{card['partij']} has two {card['side']}kanten")
            side[card["partij"]] = (sheet, card)
            if abs(card["w"] - 105 * MM) > TOLERANCE or abs(card["h"] - 148.5 * MM) > TOLERANCE:
                problems.append(f"{card['side']} of {card['partij']} is {card['w']:.1f} x "
                                f"{card['h']:.1f} px, not A6")
            if card["overflow"]:
                problems.append(f"the {card['side']}kant of {card['partij']} overflows")
            if (card["side"] == "achter") != sheet["backs"]:
                problems.append(f"{card['side']} of {card['partij']} on the wrong kind of sheet")
    front_sheets = [sheet for sheet in sheets if not sheet["backs"]]
    for position, sheet in enumerate(sheets):
        count = len(sheet["cards"])
        last_of_side = position >= len(sheets) - 2
        if count != 4 and not (last_of_side and 1 <= count <= 4):
            problems.append(f"sheet {position + 1} has {count} cards, not 4")
    wanted = set(expected) | {"omslag"}
    if set(fronts) != wanted:
        problems.append(f"fronts: missing {sorted(wanted - set(fronts))}, "
                        f"unexpected {sorted(set(fronts) - wanted)}")
    if set(backs) != wanted:
        problems.append(f"backs: missing {sorted(wanted - set(backs))}, "
                        f"unexpected {sorted(set(backs) - wanted)}")
    for partij in sorted(set(fronts) & set(backs)):
        (front_sheet, front), (back_sheet, back) = fronts[partij], backs[partij]
        if back_sheet["number"] != front_sheet["number"] + 1:
            problems.append(f"back of {partij} is on sheet {back_sheet['number'] + 1}, its front "
                            f"on {front_sheet['number'] + 1}")
        mirrored_x = front_sheet["width"] - front["x"] - front["w"]
        if abs(back["x"] - mirrored_x) > TOLERANCE or abs(back["y"] - front["y"]) > TOLERANCE:
            problems.append(f"back of {partij} at ({back['x']:.1f}, {back['y']:.1f}), mirror of "
                            f"its front is ({mirrored_x:.1f}, {front['y']:.1f})")
    if len(front_sheets) != math.ceil(len(wanted) / 4):
        problems.append(f"{len(front_sheets)} sheets of fronts for {len(wanted)} cards")
    return problems


def pdf_problems(pdf, sheets):
    """One PDF page per sheet, each page showing the ids of its cards."""
    problems = []
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    if pages != len(sheets):
        problems.append(f"PDF has {pages} pages for {len(sheets)} sheets")
    if "A4" not in re.search(r"Page size:.*", info).group(0):
        problems.append("PDF pages are not A4")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout.split("\f")
    for sheet in sheets:
        page = text[sheet["number"]] if sheet["number"] < len(text) else ""
        squeezed = re.sub(r"\s+", "", page)
        for card in sheet["cards"]:
            if card["cover"]:
                continue
            if re.sub(r"\s+", "", "id: " + card["partij"][:20]) not in squeezed:
                problems.append(f"PDF page {sheet['number'] + 1} does not show id {card['partij']}")
    return problems


def valid(period, peildatum):
    period = period or {}
    return not peildatum or not (
        (period.get("van") and period["van"] > peildatum) or (period.get("tot") and period["tot"] < peildatum))


def expected_parties(driehoek, model):
    """Every executor valid on the peildatum and every holder of an eigenaar or opdrachtgever
    role valid on the peildatum over one of them, from the model's JSON export."""
    exported = json.loads(subprocess.run(
        [driehoek, "export", model, "--format", "json"], check=True, capture_output=True,
        text=True).stdout)
    peildatum = exported.get("peildatum")
    executors = set(report_check.executors_of(driehoek, model))
    validity = {}

    def walk(units, inherited):
        for unit in units:
            ok = inherited and valid(unit.get("geldig"), peildatum)
            validity[unit["id"]] = ok
            walk(unit.get("onderdelen", []), ok)

    for organisation in exported.get("organisaties", []):
        ok = valid(organisation.get("geldig"), peildatum)
        validity[organisation["id"]] = ok
        walk(organisation.get("onderdelen", []), ok)
    holders = set()
    for role in exported.get("rollen", []):
        kind = role["rol"].lower()
        if kind not in ("eigenaar", "opdrachtgever", "continuïteitsverantwoordelijke",
                        "beleidsverantwoordelijke"):
            continue
        if role["van"] in executors and valid(role.get("geldig"), peildatum) \
                and validity.get(role["houder"], False):
            holders.add(role["houder"])
    return executors | holders


def self_test(browser, directory, driehoek):
    """The checks must see an external image, a console error and backs that are not mirrored."""
    ok = report_check.self_test(browser, directory)
    model = os.path.join(ROOT, "Models", "svb.yaml")
    good = os.path.join(directory, "zelftest-goed.html")
    subprocess.run([driehoek, "kaarten", model, "-o", good], check=True, stdout=subprocess.DEVNULL)
    with open(good, encoding="utf-8") as handle:
        html = handle.read()
    parts = html.split('<section class="vel achterkanten"')
    swapped = [parts[0]] + [
        part.replace("plek pos-1", "plek pos-X").replace("plek pos-2", "plek pos-1")
        .replace("plek pos-X", "plek pos-2") for part in parts[1:]]
    broken = os.path.join(directory, "zelftest-niet-gespiegeld.html")
    with open(broken, "w", encoding="utf-8") as handle:
        handle.write('<section class="vel achterkanten"'.join(swapped))
    # A front with far too much text must be reported as overflowing.
    overfull = os.path.join(directory, "zelftest-te-vol.html")
    with open(overfull, "w", encoding="utf-8") as handle:
        handle.write(html.replace('<div class="blokken">', '<div class="blokken">' + "<p>regel</p>" * 80, 1))
    expected = expected_parties(driehoek, model)
    seen_good = layout_problems(measure(browser, good), expected)
    seen_broken = layout_problems(measure(browser, broken), expected)
    seen_overfull = layout_problems(measure(browser, overfull), expected)
    misaligned = any(problem.startswith("back of ") for problem in seen_broken)
    overflow = any(problem.endswith("overflows") for problem in seen_overfull)
    label = "zelftest (verwacht, geen fout)" if misaligned and overflow and not seen_good else "zelftest MISLUKT"
    print(f"{label}: niet-gespiegelde achterkanten {'gezien' if misaligned else 'GEMIST'}, "
          f"te volle kaart {'gezien' if overflow else 'GEMIST'}, goede set {len(seen_good)} problemen")
    return ok and misaligned and overflow and not seen_good


def stress_model(directory):
    """A model written to overflow cards: very long names (with and without spaces), one
    executor with twelve opdrachtgevers of six opdrachten each at the highest priority (many
    findings), many afspraken, and an opdrachtgever of many executors."""
    long_words = "Zeer " * 60
    unbroken = "Onafgebrokenlangenaam" * 12
    lines = ["naam: \"" + long_words + "\"", "peildatum: 2026-01-01",
             "beschrijving: \"" + long_words * 3 + "\"", "organisaties:",
             "  - id: min", "    naam: \"Ministerie " + unbroken + "\"", "    soort: ministerie",
             "    onderdelen:", "      - {id: min-sg, naam: \"SG " + long_words + "\", soort: sg}"]
    for number in range(12):
        lines.append(f"      - {{id: dg{number}, naam: \"DG {number} {long_words}\", soort: dg}}")
    for number in range(8):
        name = unbroken if number == 0 else long_words
        lines += [f"  - id: u{number}", f"    naam: \"Uitvoerder {number} {name}\"",
                  "    soort: agentschap", "    capaciteit: 10",
                  f"    onderdelen: [{{id: u{number}-dir, naam: \"Directie {long_words}\", soort: directie}}]"]
    lines.append("rollen:")
    for number in range(8):
        lines += [f"  - {{rol: eigenaar, houder: min-sg, van: u{number}}}",
                  f"  - {{rol: opdrachtnemer, houder: u{number}-dir, van: u{number}}}",
                  f"  - {{rol: opdrachtgever, houder: dg0, van: u{number}}}"]
    for number in range(1, 12):
        lines.append(f"  - {{rol: opdrachtgever, houder: dg{number}, van: u0}}")
    lines.append("opdrachten:")
    for number in range(12):
        for item in range(6):
            lines.append(f"  - {{id: o{number}-{item}, naam: \"Opdracht {item} {long_words}\", "
                         f"opdrachtgever: dg{number}, opdrachtnemer: u0, capaciteit: 5, "
                         f"kosten: 10, prioriteit: hoogste}}")
    lines.append("afspraken:")
    for number in range(10):
        lines.append(f"  - {{id: a{number}, soort: convenant, naam: \"Afspraak {long_words}\", "
                     f"partijen: [dg0, u0-dir]}}")
    path = os.path.join(directory, "zelftest-stress.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--driehoek", required=True)
    parser.add_argument("--out")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser")
                        or shutil.which("google-chrome"))
    args = parser.parse_args()
    if not args.chromium:
        print("fout: geen chromium gevonden (apt-get install chromium)", file=sys.stderr)
        return 1
    out = args.out or os.path.join(ROOT, ".build", "kaarten-browser")
    os.makedirs(out, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="driehoek-chromium-")
    started = time.time()
    failures = []
    browser = Browser(args.chromium, profile)
    try:
        if not self_test(browser, out, args.driehoek):
            failures.append("zelftest: de controle ziet een externe bron, console-fout of "
                            "niet-gespiegelde achterkant niet")
        models = sorted(glob.glob(os.path.join(ROOT, "Models", "*.yaml")))
        if not models:
            failures.append("Models/ has no models to check")
        long_name = os.path.join(ROOT, "Tests", "HostileInputs", "lange-naam-in-model.yaml")
        stress = stress_model(out)
        runs = [(model, "nl") for model in models + [HOSTILE, long_name, stress]]
        runs += [(os.path.join(ROOT, "Models", "svb.yaml"), "en"), (stress, "en")]
        for model, language in runs:
            name = os.path.splitext(os.path.basename(model))[0] + ("-en" if language == "en" else "")
            html = os.path.join(out, name + ".html")
            pdf = os.path.join(out, name + ".pdf")
            subprocess.run([args.driehoek, "kaarten", model, "--lang", language, "-o", html],
                           check=True, stdout=subprocess.DEVNULL)
            problems = []
            try:
                tree = report_check.parse_strict(html)
                problems += report_check.static_problems(tree)
                if model == HOSTILE:
                    problems += report_check.hostile_checks(tree)
            except Exception as error:
                problems.append(f"HTML parse error: {error}")
            problems += browser.visit(html, pdf=pdf)
            sheets = measure(browser, html)
            expected = expected_parties(args.driehoek, model)
            problems += layout_problems(sheets, expected)
            problems += pdf_problems(pdf, sheets)
            cards = sum(len(sheet["cards"]) for sheet in sheets) // 2
            status = "ok" if not problems else "FOUT"
            print(f"{status} {name}: {len(expected)} partijen + omslag, {cards} kaarten op "
                  f"{len(sheets)} PDF-pagina's")
            failures += [f"{name}: {problem}" for problem in problems]
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"kaarten-browsercontrole: {time.time() - started:.1f} s, uitvoer in {out}")
    for failure in failures:
        print("fout: " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

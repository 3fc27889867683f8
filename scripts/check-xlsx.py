#!/usr/bin/env python3
"""Reads driehoek's workbooks with an independent reader (openpyxl) and compares every cell.

  python3 scripts/check-xlsx.py --driehoek .build/debug/driehoek

For every model in Models/*.yaml and the fixture with formula-like names
(Tests/DriehoekReportsTests/Fixtures/document/formula-names.yaml), and for all of them checked
at once:
  - `check --format xlsx`: sheet `bevindingen` has the header and one row per finding of
    `check --format json` with every field in its cell (dates as dates, line and column as
    numbers, every text a string cell: never a formula); sheet `uitvoerders` has consistent
    counts; both headers are frozen and filtered;
  - `export --format xlsx`: one sheet per element kind, every cell equal to what
    `export --format json` says of that element;
  - two runs give the same bytes.
Exits 1 with a line per difference; fails when Models/ has no model.
"""
import argparse
import datetime
import glob
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMULA_NAMES = os.path.join(
    ROOT, "Tests", "DriehoekReportsTests", "Fixtures", "document", "formula-names.yaml")
FINDING_COLUMNS = [
    "model", "peildatum", "code", "slug", "ernst", "melding", "betreft", "bestand", "regel",
    "kolom", "waarom", "oplossing", "geaccepteerd", "reden", "verantwoordelijke", "tot",
]
EXECUTOR_COLUMNS = [
    "model", "uitvoerder", "naam", "fout", "waarschuwing", "info", "open", "geaccepteerd",
    "totaal",
]
SHEETS = [
    ("model", "model"), ("organisaties", "organisatie"), ("onderdelen", "onderdeel"),
    ("personen", "persoon"), ("rollen", "rol"), ("opdrachten", "opdracht"),
    ("afspraken", "afspraak"), ("ketens", "keten"), ("afwijkingen", "afwijking"),
]
DATE_COLUMNS = {"peildatum", "geldig_van", "geldig_tot", "tot"}
NUMBER_COLUMNS = {"capaciteit", "kosten", "budget"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

problems = []


def problem(text):
    problems.append(text)
    print("FOUT " + text)


def run(arguments, allowed=(0, 1)):
    result = subprocess.run(arguments, capture_output=True)
    if result.returncode not in allowed:
        raise SystemExit(f"fout: {' '.join(arguments)} eindigde met {result.returncode}:\n"
                         + result.stderr.decode(errors="replace"))
    return result.stdout


def as_cell(value):
    """A value as openpyxl gives it back: '' and None are both an empty cell."""
    return None if value == "" else value


def check_cell(where, cell, expected):
    actual = cell.value
    if isinstance(actual, str) and cell.data_type != "s":
        problem(f"{where}: tekst met celtype {cell.data_type!r}")
    if isinstance(actual, datetime.datetime):
        actual = actual.date().isoformat()
        if cell.data_type != "d" and not cell.is_date:
            problem(f"{where}: een datum zonder datumopmaak")
    if cell.data_type == "f":
        problem(f"{where}: een formule ({actual!r})")
    if as_cell(actual) != as_cell(expected):
        problem(f"{where}: {actual!r} in plaats van {expected!r}")


def check_header(sheet, columns, where):
    header = [cell.value for cell in sheet[1]]
    if header != columns:
        problem(f"{where}: kopregel {header!r} in plaats van {columns!r}")
    if sheet.freeze_panes != "A2":
        problem(f"{where}: kopregel niet vastgezet ({sheet.freeze_panes!r})")
    if not sheet.auto_filter.ref or not sheet.auto_filter.ref.startswith("A1:"):
        problem(f"{where}: geen filter op de kopregel ({sheet.auto_filter.ref!r})")


def check_findings(driehoek, models, work):
    label = ", ".join(os.path.basename(m) for m in models)
    book = os.path.join(work, "bevindingen.xlsx")
    run([driehoek, "check", *models, "--format", "xlsx", "-o", book])
    again = os.path.join(work, "bevindingen-2.xlsx")
    run([driehoek, "check", *models, "--format", "xlsx", "-o", again])
    if open(book, "rb").read() != open(again, "rb").read():
        problem(f"check {label}: twee runs geven verschillende bytes")
    data = json.loads(run([driehoek, "check", *models, "--format", "json"]))
    reports = data if isinstance(data, list) else [data]
    rows = []
    for report in reports:
        for finding in report["findings"]:
            location = finding["location"] or {}
            accepted = finding["geaccepteerd"] or {}
            rows.append([
                report["model"], report["peildatum"], finding["code"], finding["slug"],
                finding["severity"], finding["message"], ";".join(finding["betreft"]),
                location.get("file"), location.get("line"), location.get("column"),
                finding["waarom"], finding["oplossing"], "ja" if finding["geaccepteerd"] else "nee",
                accepted.get("reden"), accepted.get("verantwoordelijke"), accepted.get("tot"),
            ])
    workbook = openpyxl.load_workbook(book)
    if workbook.sheetnames != ["bevindingen", "uitvoerders"]:
        problem(f"check {label}: bladen {workbook.sheetnames!r}")
        return 0
    sheet = workbook["bevindingen"]
    check_header(sheet, FINDING_COLUMNS, f"check {label}: bevindingen")
    if sheet.max_row - 1 != len(rows):
        problem(f"check {label}: {sheet.max_row - 1} rijen, JSON heeft {len(rows)} bevindingen")
    for index, expected in enumerate(rows):
        cells = sheet[index + 2]
        for column, value in enumerate(expected):
            where = f"check {label}: bevindingen!{cells[column].coordinate}"
            check_cell(where, cells[column], value)
            if FINDING_COLUMNS[column] in ("regel", "kolom") and value is not None \
                    and cells[column].data_type != "n":
                problem(f"{where}: geen getal")
    executors = workbook["uitvoerders"]
    check_header(executors, EXECUTOR_COLUMNS, f"check {label}: uitvoerders")
    models_seen = {report["model"] for report in reports}
    for cells in executors.iter_rows(min_row=2):
        values = [cell.value for cell in cells]
        where = f"check {label}: uitvoerders!A{cells[0].row}"
        if values[0] not in models_seen:
            problem(f"{where}: onbekend model {values[0]!r}")
        counts = values[3:9]
        if any(not isinstance(count, int) for count in counts):
            problem(f"{where}: tellingen zijn geen gehele getallen: {counts!r}")
            continue
        if counts[3] != sum(counts[0:3]) or counts[5] != counts[3] + counts[4]:
            problem(f"{where}: tellingen kloppen niet: {counts!r}")
    for report in reports:
        per_model = [r for r in executors.iter_rows(min_row=2, values_only=True)
                     if r[0] == report["model"]]
        summary = report["samenvatting"]
        if summary["totaal"] and not any(r[8] for r in per_model) \
                and any(f["location"] for f in report["findings"]) and per_model:
            pass  # findings outside every executor are counted in no row
        if max((r[8] for r in per_model), default=0) > summary["totaal"]:
            problem(f"check {label}: een uitvoerder heeft meer bevindingen dan het model")
    return len(rows)


def flatten_model(model):
    """The rows of every sheet as export --format json describes the model."""
    def period(row, value, key="geldig"):
        if value is None:
            return
        row["geldig_van"] = value.get("van")
        row["geldig_tot"] = value.get("tot")
        if "van" not in value and "tot" not in value:
            row["geldig_van"] = "-"

    def common(row, element, used):
        row["beschrijving"] = element.get("beschrijving")
        if element.get("bronnen"):
            row["bronnen"] = "\n".join(element["bronnen"])
        used |= {"beschrijving", "bronnen"}

    sheets = {name: [] for name, _ in SHEETS}
    known = {"naam", "peildatum", "beschrijving", "organisaties", "personen", "rollen",
             "opdrachten", "afspraken", "ketens", "afwijkingen"}
    for key in model:
        if key not in known:
            problem(f"export json: onbekende sleutel {key!r} (het script kent hem niet)")
    sheets["model"].append({"naam": model["naam"], "peildatum": model.get("peildatum"),
                            "beschrijving": model.get("beschrijving")})

    def expect_keys(element, used, what):
        for key in element:
            if key not in used:
                problem(f"export json: {what} heeft sleutel {key!r} die het script niet kent")

    def units(items, parent):
        for unit in items:
            row = {"id": unit["id"], "naam": unit["naam"], "soort": unit["soort"],
                   "binnen": parent}
            period(row, unit.get("geldig"))
            used = {"id", "naam", "soort", "geldig", "onderdelen"}
            common(row, unit, used)
            expect_keys(unit, used, "onderdeel")
            sheets["onderdelen"].append(row)
            units(unit.get("onderdelen", []), unit["id"])

    for organisation in model.get("organisaties", []):
        row = {"id": organisation["id"], "naam": organisation["naam"],
               "soort": organisation["soort"], "binnen": organisation.get("onderdeel-van"),
               "capaciteit": organisation.get("capaciteit"), "url": organisation.get("url")}
        period(row, organisation.get("geldig"))
        used = {"id", "naam", "soort", "onderdeel-van", "capaciteit", "url", "geldig",
                "onderdelen"}
        common(row, organisation, used)
        expect_keys(organisation, used, "organisatie")
        sheets["organisaties"].append(row)
        units(organisation.get("onderdelen", []), organisation["id"])
    for person in model.get("personen", []):
        row = {"id": person["id"], "naam": person["naam"],
               "functies": ";".join(person.get("functies", [])) or None}
        period(row, person.get("geldig"))
        used = {"id", "naam", "functies", "geldig"}
        common(row, person, used)
        expect_keys(person, used, "persoon")
        sheets["personen"].append(row)
    for role in model.get("rollen", []):
        row = {"rol": role["rol"], "houder": role["houder"], "van": role["van"],
               "coordinerend": "ja" if role.get("coordinerend") else None}
        period(row, role.get("geldig"))
        used = {"rol", "houder", "van", "coordinerend", "geldig"}
        common(row, role, used)
        expect_keys(role, used, "rol")
        sheets["rollen"].append(row)
    for opdracht in model.get("opdrachten", []):
        row = {key: opdracht.get(key) for key in
               ["id", "naam", "opdrachtgever", "opdrachtnemer", "capaciteit", "kosten", "budget",
                "prioriteit", "afspraak"]}
        period(row, opdracht.get("periode"))
        used = set(row) | {"periode"}
        common(row, opdracht, used)
        expect_keys(opdracht, used, "opdracht")
        sheets["opdrachten"].append(row)
    for afspraak in model.get("afspraken", []):
        row = {"id": afspraak["id"], "soort": afspraak["soort"], "naam": afspraak.get("naam"),
               "partijen": ";".join(afspraak.get("partijen", [])) or None}
        period(row, afspraak.get("periode"))
        used = {"id", "soort", "naam", "partijen", "periode"}
        common(row, afspraak, used)
        expect_keys(afspraak, used, "afspraak")
        sheets["afspraken"].append(row)
    for keten in model.get("ketens", []):
        row = {"id": keten["id"], "naam": keten["naam"],
               "leden": ";".join(keten.get("leden", [])) or None,
               "regisseur": keten.get("regisseur")}
        used = {"id", "naam", "leden", "regisseur"}
        common(row, keten, used)
        expect_keys(keten, used, "keten")
        sheets["ketens"].append(row)
    for afwijking in model.get("afwijkingen", []):
        row = {"regel": afwijking["regel"],
               "betreft": ";".join(afwijking.get("betreft", [])) or None,
               "reden": afwijking["reden"], "verantwoordelijke": afwijking["verantwoordelijke"],
               "tot": afwijking.get("tot")}
        used = {"regel", "betreft", "reden", "verantwoordelijke", "tot", "bronnen"}
        if afwijking.get("bronnen"):
            row["bronnen"] = "\n".join(afwijking["bronnen"])
        expect_keys(afwijking, used, "afwijking")
        sheets["afwijkingen"].append(row)
    return sheets


def check_export(driehoek, model, work):
    label = os.path.basename(model)
    book = os.path.join(work, "model.xlsx")
    run([driehoek, "export", model, "--format", "xlsx", "-o", book], allowed=(0,))
    again = os.path.join(work, "model-2.xlsx")
    run([driehoek, "export", model, "--format", "xlsx", "-o", again], allowed=(0,))
    if open(book, "rb").read() != open(again, "rb").read():
        problem(f"export {label}: twee runs geven verschillende bytes")
    expected = flatten_model(json.loads(run([driehoek, "export", model, "--format", "json"],
                                            allowed=(0,))))
    workbook = openpyxl.load_workbook(book)
    if workbook.sheetnames != [name for name, _ in SHEETS]:
        problem(f"export {label}: bladen {workbook.sheetnames!r}")
        return 0
    cells_checked = 0
    for name, _ in SHEETS:
        sheet = workbook[name]
        header = [cell.value for cell in sheet[1]]
        if sheet.freeze_panes != "A2" or not sheet.auto_filter.ref:
            problem(f"export {label}: {name}: kopregel niet vastgezet of zonder filter")
        rows = expected[name]
        if sheet.max_row - 1 != len(rows):
            problem(f"export {label}: {name} heeft {sheet.max_row - 1} rijen, JSON {len(rows)}")
            continue
        for index, row in enumerate(rows):
            cells = sheet[index + 2]
            for key, value in row.items():
                if key not in header:
                    if value not in (None, ""):
                        problem(f"export {label}: {name} mist kolom {key!r} ({value!r})")
                    continue
                cell = cells[header.index(key)]
                where = f"export {label}: {name}!{cell.coordinate}"
                check_cell(where, cell, value)
                cells_checked += 1
                if key in NUMBER_COLUMNS and value is not None and cell.data_type != "n":
                    problem(f"{where}: geen getal")
                if key in DATE_COLUMNS and value not in (None, "-") and not cell.is_date:
                    problem(f"{where}: geen datum")
            for column, cell in enumerate(cells):
                if cell.value is not None and header[column] not in row:
                    problem(f"export {label}: {name}!{cell.coordinate}: onverwacht {cell.value!r}")
    return cells_checked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driehoek", required=True)
    args = parser.parse_args()
    models = sorted(glob.glob(os.path.join(ROOT, "Models", "*.yaml")))
    if not models:
        print("fout: geen modellen in Models/*.yaml")
        return 1
    models.append(FORMULA_NAMES)
    with tempfile.TemporaryDirectory(prefix="driehoek-xlsx-") as work:
        # The formula fixture must really hold names that begin like formulas.
        exported = json.loads(run([args.driehoek, "export", FORMULA_NAMES, "--format", "json"],
                                  allowed=(0,)))
        names = [exported["naam"]] + [o["naam"] for o in exported["organisaties"]]
        starts = {name[0] for name in names}
        if not {"=", "@", "\t"} <= starts:
            problem(f"formula-names.yaml: namen beginnen niet met =, @ en tab ({sorted(starts)})")
        for model in models:
            findings = check_findings(args.driehoek, [model], work)
            cells = check_export(args.driehoek, model, work)
            print(f"ok {os.path.basename(model)}: {findings} bevindingen, {cells} modelcellen"
                  if not problems else f".. {os.path.basename(model)}")
        total = check_findings(args.driehoek, models, work)
        print(f"alle {len(models)} modellen samen: {total} bevindingen")
    if problems:
        print(f"xlsx-controle: {len(problems)} verschil(len)")
        return 1
    print(f"xlsx-controle: {len(models)} modellen, elke cel gelijk aan de JSON")
    return 0


if __name__ == "__main__":
    sys.exit(main())

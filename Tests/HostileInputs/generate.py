#!/usr/bin/env python3
"""Writes the hostile-input corpus (one file per case) and expectations.tsv.

Run from anywhere: python3 Tests/HostileInputs/generate.py. The files are committed; this script
documents how each one was made and rewrites them identically.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []  # (file, outcome, code, description)

BASE = """naam: Vijandige invoer
peildatum: 2026-01-01
organisaties:
  - id: bzk
    naam: Ministerie van BZK
    soort: ministerie
    onderdelen:
      - id: bzk-sg
        naam: SG BZK
        soort: sg
      - id: bzk-dgo
        naam: DG Overheid
        soort: dg
  - id: uitv
    naam: Uitvoerder
    soort: agentschap
    onderdelen:
      - id: uitv-dir
        naam: Directie
        soort: bestuur
rollen:
  - {rol: eigenaar, houder: bzk-sg, van: uitv}
  - {rol: opdrachtgever, houder: bzk-dgo, van: uitv}
  - {rol: opdrachtnemer, houder: uitv-dir, van: uitv}
"""


def write(name, content, outcome, code, description):
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    ROWS.append((name, outcome, code, description))


def named(name_value, extra=""):
    """The base model with the executor's name replaced (a YAML double-quoted scalar)."""
    return BASE.replace("naam: Uitvoerder", "naam: " + name_value) + extra


# --- bytes and encodings -------------------------------------------------------------------
write("leeg.yaml", "", "2", "leeg-bestand", "an empty file")
write("alleen-bom.yaml", b"\xef\xbb\xbf", "2", "leeg-bestand", "only a UTF-8 byte-order mark")
write("bom-met-model.yaml", b"\xef\xbb\xbf" + BASE.encode(), "0/1", "", "a byte-order mark before a valid model")
write("bom-midden.yaml", BASE.replace("naam: Uitvoerder", "naam: Uit\ufeffvoerder"), "0/1", "", "a byte-order mark inside a name")
write("yaml-directief.yaml", "%YAML 1.1\n---\n" + BASE + "...\n", "0/1", "", "a %YAML directive, --- and ...: valid")
write("na-documenteinde.yaml", BASE + "...\nrommel: [\n", "2", "yaml-syntaxis", "garbage after the document end marker")
write("alleen-commentaar.yaml", "# niets\n\n   \n", "2", "leeg-bestand", "only a comment and blank lines")
write("ongeldige-utf8.yaml", b"naam: Financi\xebn\n", "2", "geen-utf8", "Windows-1252 byte in a name")
write("afgebroken-utf8.yaml", b"naam: x\xe2\x82", "2", "geen-utf8", "UTF-8 sequence cut off at the end")
write("overlong-utf8.yaml", b"naam: \xc0\xafetc\n", "2", "geen-utf8", "an overlong UTF-8 encoding of '/'")
write("utf16.yaml", "naam: x\n".encode("utf-16"), "2", "geen-utf8", "UTF-16 with a byte-order mark")
write("binair.yaml", bytes((i * 7919 + 13) % 256 for i in range(4096)), "2", "geen-utf8", "binary garbage")
write("nul-bytes.yaml", b"naam: x\x00y\n", "2", "yaml-syntaxis", "a NUL byte inside a value")
write("png-als-model.yaml", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "2", "geen-utf8", "a PNG file named .yaml")

# --- YAML structure --------------------------------------------------------------------------
write("alleen-scalar.yaml", "hallo\n", "2", "verkeerd-type", "a plain scalar instead of a mapping")
write("lijst-als-wortel.yaml", "- naam: x\n", "2", "verkeerd-type", "a list at the top level")
write("meerdere-documenten.yaml", BASE + "---\n" + BASE, "2", "meerdere-documenten", "two YAML documents")
write("dubbele-sleutel.yaml", BASE + "naam: Nog een naam\n", "2", "dubbele-sleutel", "the top-level naam twice")
write("tabs.yaml", BASE.replace("    naam: Ministerie van BZK", "\tnaam: Ministerie van BZK"), "2", "yaml-syntaxis", "a tab as indentation")
write("crlf.yaml", BASE.replace("\n", "\r\n"), "0/1", "", "Windows line ends (CRLF): a valid model")
write("alleen-cr.yaml", BASE.replace("\n", "\r"), "0/1", "", "old Mac line ends (CR only): a valid model")
write("json-model.json", '{"naam": "JSON", "peildatum": "2026-01-01", "organisaties": [{"id": "x", "naam": "X", "soort": "ministerie"}]}\n', "0/1", "", "a JSON model")
write("json-kapot.json", '{"naam": "JSON", "organisaties": [\n', "2", "yaml-syntaxis", "truncated JSON")
write("onafgesloten-aanhalingsteken.yaml", 'naam: "nooit dicht\norganisaties: []\n', "2", "yaml-syntaxis", "a quote that is never closed")
write("tags.yaml", "naam: !!binary aGFsbG8=\norganisaties: !!map {}\n", "2", "verkeerd-type", "YAML tags (organisaties as a mapping)")
write("merge-sleutel.yaml", "naam: x\nbasis: &b {soort: ministerie}\norganisaties:\n  - <<: *b\n    id: a\n    naam: A\n", "2", "onbekende-sleutel", "a YAML merge key (<<)")
write("complexe-sleutel.yaml", "naam: &n x\n? [*n, *n]\n: y\n", "2", "complexe-sleutel", "a list used as key, with aliases")

# --- nesting and expansion -------------------------------------------------------------------
write("diep-flow.yaml", "naam: x\nbeschrijving: " + "[" * 100000 + "]" * 100000 + "\n", "2", "te-diep-genest", "100,000 nested flow lists")
write("diep-flow-object.yaml", "naam: x\nbeschrijving: " + "{a: " * 50000 + "b" + "}" * 50000 + "\n", "2", "te-diep-genest", "50,000 nested flow mappings")
write("diep-blok-lijst.yaml", "naam: x\nbeschrijving:\n" + "- " * 100000 + "x\n", "2", "te-diep-genest", "100,000 nested block lists on one line")
write("diep-blok-inspringing.yaml", "naam: x\nbeschrijving:\n" + "".join(" " * i + "a:\n" for i in range(1, 400)), "2", "te-diep-genest", "400 block mappings by indentation")
write("diep-onderdelen.yaml", BASE.replace("        soort: bestuur\n", "        soort: bestuur\n" + "".join(
    "  " * (4 + 2 * i) + "onderdelen:\n" + "  " * (5 + 2 * i) + "- id: d%d\n" % i + "  " * (6 + 2 * i) + "naam: Niveau %d\n" % i + "  " * (6 + 2 * i) + "soort: afdeling\n"
    for i in range(60))), "2", "te-diep-genest", "units nested 60 levels deep")
write("onderdelen-twintig-diep.yaml", BASE.replace("        soort: bestuur\n", "        soort: bestuur\n" + "".join(
    "  " * (4 + 2 * i) + "onderdelen:\n" + "  " * (5 + 2 * i) + "- id: d%d\n" % i + "  " * (6 + 2 * i) + "naam: Niveau %d\n" % i + "  " * (6 + 2 * i) + "soort: afdeling\n"
    for i in range(20))), "0/1", "", "units nested 20 levels deep: valid")
laughs = ["naam: x", 'a0: &a0 ["lol"]']
for i in range(1, 30):
    laughs.append("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)))
write("miljard-lachers.yaml", "\n".join(laughs) + "\n", "2", "te-veel-waarden", "billion laughs: nine aliases per level")
wide = ["naam: x", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
for i in range(1, 8):
    wide.append("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)))
write("lachers-plat.yaml", "\n".join(wide) + "\n", "2", "te-veel-waarden", "ten aliases per level, eight levels")
chain = ["naam: x", "keten:", "  - &a0 x"]
for i in range(1, 3000):
    chain.append("  - &a%d %s*a%d%s" % (i, "[" * 20, i - 1, "]" * 20))
write("alias-diepte.yaml", "\n".join(chain) + "\n", "2", "te-diep-genest", "aliases that nest each other 60,000 deep")
block_chain = ["naam: x", "a0: &a0 {x: 1}"]
for i in range(1, 2000):
    block_chain.append("m%d: &a%d\n- *a%d" % (i, i, i - 1))
write("alias-diepte-blok.yaml", "\n".join(block_chain) + "\n", "2", "te-diep-genest", "block lists at their key's indentation, nested through aliases")
write("alias-onbekend.yaml", "naam: *nergens\n", "2", "yaml-syntaxis", "an alias to an anchor that does not exist")
write("alias-goed.yaml", BASE.replace("    soort: ministerie\n", "    soort: ministerie\n    geldig: &altijd {van: 2020-01-01}\n", 1).replace("        soort: bestuur\n", "        soort: bestuur\n        geldig: *altijd\n"), "0/1", "", "an ordinary anchor and alias: valid")

# --- sizes ------------------------------------------------------------------------------------
write("lange-regel.yaml", "naam: " + "x" * 300000 + "\n", "0/1", "", "a name of 300,000 characters on one line")
write("lange-naam-in-model.yaml", named("\"" + "Lang " * 20000 + "\""), "0/1", "", "an executor name of 100,000 characters (drawn)")
write("lange-sleutel.yaml", "naam: x\n" + "k" * 100000 + ": y\n", "2", "yaml-syntaxis", "a key of 100,000 characters (YAML allows 1024 for a simple key)")
many = "".join("  - {id: o%d, naam: Organisatie %d, soort: extern}\n" % (i, i) for i in range(5000))
write("grote-lijst.yaml", "naam: x\norganisaties:\n" + many, "0/1", "", "5,000 organisations, no roles")
write("veel-fouten.yaml", "naam: x\nrollen:\n" + "".join("  - {rol: eigenaar, houder: h%d, van: v%d}\n" % (i, i) for i in range(5000)), "2", "onbekende-verwijzing", "10,000 unresolved references")
write("getallen-lijst.yaml", "naam: x\nbeschrijving: [" + ", ".join(str(i) for i in range(30000)) + "]\n", "2", "verkeerd-type", "a list of 30,000 numbers where text belongs")

# --- types and values --------------------------------------------------------------------------
write("verkeerde-typen.yaml", """naam: [een, lijst]
peildatum: {jaar: 2026}
beschrijving: 12
importeer: ja
organisaties:
  - id: [x]
    naam: {a: b}
    soort: 5
    capaciteit: veel
    geldig: 2020-01-01
    onderdelen: geen
  - id: y
    naam: Y
    soort: ministerie
    url: 42
personen: {id: p}
rollen:
  - rol: [eigenaar]
    houder: {x: y}
    van: 3
    coordinerend: misschien
opdrachten: hallo
afspraken:
  - id: a
    soort: werkafspraak
    partijen: y
ketens: 7
afwijkingen:
  - regel: 13
    betreft: SD13
    reden: [x]
    verantwoordelijke: ~
    tot: morgen
""", "2", "verkeerd-type", "wrong types everywhere")
write("enorme-getallen.yaml", BASE + """opdrachten:
  - id: o1
    naam: Groot
    opdrachtgever: bzk-dgo
    opdrachtnemer: uitv
    capaciteit: 1e308
    kosten: 179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
    budget: 1e309
  - id: o2
    naam: Klein
    opdrachtgever: bzk-dgo
    opdrachtnemer: uitv
    capaciteit: 4.9e-324
    kosten: 0.0000000000000000000000000000001
""", "2", "geen-eindig-getal", "numbers beyond Double (1e309 rounds to infinity)")
write("grote-eindige-getallen.yaml", BASE + """opdrachten:
  - id: o1
    naam: Groot
    opdrachtgever: bzk-dgo
    opdrachtnemer: uitv
    capaciteit: 1e300
    kosten: 1.7976931348623157e308
    budget: 1e308
""", "0/1", "", "the largest finite numbers: valid, and drawn")
write("nan-inf.yaml", BASE.replace("    soort: agentschap\n", "    soort: agentschap\n    capaciteit: .nan\n") + """opdrachten:
  - {id: o1, naam: A, opdrachtgever: bzk-dgo, opdrachtnemer: uitv, capaciteit: .inf, kosten: -.inf, budget: .NaN}
""", "2", "geen-eindig-getal", "NaN and infinity")
write("negatief-en-hex.yaml", BASE + """opdrachten:
  - {id: o1, naam: A, opdrachtgever: bzk-dgo, opdrachtnemer: uitv, capaciteit: -5, kosten: 0x10, budget: 1_000}
""", "2", "negatief-getal", "a negative number and a hexadecimal one")
for name, date in [("datum-30-februari.yaml", "2026-02-30"), ("datum-nullen.yaml", "0000-00-00"),
                   ("datum-vijf-cijfers.yaml", "99999-01-01"), ("datum-maand-13.yaml", "2026-13-01"),
                   ("datum-tijd.yaml", "2026-01-01T12:00:00Z"), ("datum-min.yaml", "-2026-01-01")]:
    write(name, BASE.replace("peildatum: 2026-01-01", "peildatum: " + date), "2", "ongeldige-datum", "peildatum " + date)
write("datum-29-februari-schrikkeljaar.yaml", BASE.replace("peildatum: 2026-01-01", "peildatum: 2028-02-29"), "0/1", "", "29 February of a leap year: valid")
write("datum-29-februari-1900.yaml", BASE.replace("peildatum: 2026-01-01", "peildatum: 1900-02-29"), "2", "ongeldige-datum", "29 February 1900 (not a leap year)")
write("periode-omgekeerd.yaml", BASE.replace("  - {rol: eigenaar, houder: bzk-sg, van: uitv}", "  - {rol: eigenaar, houder: bzk-sg, van: uitv, geldig: {van: 2027-01-01, tot: 2026-01-01}}"), "2", "periode-omgekeerd", "a reversed validity period")
write("periode-ver.yaml", BASE.replace("  - {rol: eigenaar, houder: bzk-sg, van: uitv}", "  - {rol: eigenaar, houder: bzk-sg, van: uitv, geldig: {van: 0001-01-01, tot: 9999-12-31}}"), "0/1", "", "a period from year 1 to 9999: valid")

# --- ids ---------------------------------------------------------------------------------------
write("ids-hoofdletters.yaml", BASE + "  - {rol: opdrachtgever, houder: BZK-DGO, van: uitv}\n".replace("BZK-DGO", "bzk-dgo") + "ketens:\n  - {id: UITV, naam: Keten, leden: [uitv]}\n", "0/1", "id-alleen-hoofdletters", "ids differing only in case: a warning")
write("ids-nfc-nfd.yaml", BASE + "ketens:\n  - {id: caf\u00e9, naam: NFC, leden: [uitv]}\n  - {id: cafe\u0301, naam: NFD, leden: [uitv]}\n", "2", "ongeldig-id", "ids é in NFC and NFD: not ASCII, so not ids at all")
write("ids-dubbel.yaml", BASE + "ketens:\n  - {id: uitv, naam: Dubbel, leden: [uitv]}\n", "2", "dubbel-id", "an id used twice")
write("ids-spaties-en-tekens.yaml", BASE + 'ketens:\n  - {id: "a b", naam: x, leden: [uitv]}\n  - {id: "a<b>", naam: y, leden: [uitv]}\n  - {id: "", naam: z, leden: [uitv]}\n', "2", "ongeldig-id", "ids with a space, angle brackets, and an empty id")
write("ids-nulbreedte.yaml", BASE + "ketens:\n  - {id: \"uitv\u200b\", naam: Nulbreedte, leden: [uitv]}\n", "2", "ongeldig-id", "an id with a zero-width space")
write("verwijzing-naar-zichzelf.yaml", BASE + "  - {rol: eigenaar, houder: uitv, van: uitv}\n", "0/1", "", "an executor that owns itself: a finding, not a crash")

# --- names full of metacharacters (all valid models; the drawings must stay well-formed) --------
write("namen-dot-html.yaml", named('"Dienst \\" \\\\ < > & ]]> \\\\N \\\\G {} | ; -- -> <!-- <script>alert(1)</script> <b>vet</b> &amp; &#x3C;"'), "0/1", "", "DOT and HTML metacharacters in a name")
write("namen-dot-html-overal.yaml", BASE.replace("naam: Ministerie van BZK", "naam: '<svg onload=alert(1)>'").replace("naam: SG BZK", "naam: '\\N\\G\\E\\T\\H\\L'").replace("naam: DG Overheid", "naam: '\"]; evil [label=\"x'").replace("naam: Directie", "naam: '</text><script>x</script>'") +
      "opdrachten:\n  - {id: o1, naam: '<i>&nbsp;</i>', beschrijving: ']]><!--', opdrachtgever: bzk-dgo, opdrachtnemer: uitv}\nketens:\n  - {id: k1, naam: '{a|b}|<c>', leden: [uitv], beschrijving: '</desc><script>'}\n", "0/1", "", "metacharacters in every name and description")
write("namen-rtl-emoji.yaml", named('"\u202eknuhcsrednU\u202c \u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001F3DB\ufe0f\U0001F468\u200d\U0001F469\u200d\U0001F467 \u200b\u200c\u200d\u2060\ufeff"'), "0/1", "", "right-to-left override, Hebrew, Arabic, emoji with joiners, zero-width characters")
write("namen-controletekens.yaml", named('"a\\u0001b\\u0007c\\u001bd\\u007fe\\u0085f\\u2028g\\u2029h"'), "0/1", "", "control characters, NEL and line separators in a name (YAML escapes)")
write("namen-alleen-spaties.yaml", named('"   "'), "2", "lege-waarde", "a name of only spaces")
write("namen-combinerende-tekens.yaml", named('"Dienst \\"\u0301]; evil [URL=\\"javascript:x\\"\u0301 <\u0301b>vet</b\u0301> &\u0301amp; \\\\\u0301N"'), "0/1", "", "DOT and HTML metacharacters each followed by a combining mark (one grapheme, still the byte)")
write("namen-onzichtbaar.yaml", named('"\\u200b\\u200b"'), "0/1", "", "a name of only zero-width spaces")

# --- URLs ----------------------------------------------------------------------------------------
for index, url in enumerate(["JaVaScRiPt:alert(1)", " javascript:alert(1)", "\\tjavascript:alert(1)", "javascript&#58;alert(1)",
                             "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "//evil.example", "https:/\\\\evil.example",
                             "https://x.example/\\\"onmouseover=\\\"alert(1)", "https://x.example/<script>", "https:// evil.example",
                             "\\u202ehttps://evil.example", "file:///etc/passwd", "https:"]):
    write("url-%02d.yaml" % index, BASE.replace("    soort: agentschap\n", '    soort: agentschap\n    url: "%s"\n' % url), "2", "onveilige-url", "url " + url)
write("url-goed.yaml", BASE.replace("    soort: agentschap\n", "    soort: agentschap\n    url: 'https://www.uitvoerder.example/over-ons?a=1&b=2#c'\n"), "0/1", "", "an ordinary https URL with & and #")

# --- imports -------------------------------------------------------------------------------------
write("import-cyclus-a.yaml", "naam: A\nimporteer: [import-cyclus-b.yaml]\n", "2", "importcyclus", "a imports b imports a")
write("import-cyclus-b.yaml", "naam: B\nimporteer: [import-cyclus-a.yaml]\n", "2", "importcyclus", "b imports a imports b")
write("import-zichzelf.yaml", "naam: Zelf\nimporteer: [import-zichzelf.yaml, ./import-zichzelf.yaml]\n", "2", "importcyclus", "a file that imports itself")
write("import-ontbreekt.yaml", "naam: x\nimporteer: [bestaat-niet.yaml]\n", "2", "import-ontbreekt", "an import of a missing file")
write("import-map.yaml", "naam: x\nimporteer: [.]\n", "2", "onleesbaar-bestand", "an import of a directory")
write("import-dev-zero.yaml", "naam: x\nimporteer: [/dev/zero]\n", "2", "onleesbaar-bestand", "an import of /dev/zero")
write("import-dev-stdin.yaml", "naam: x\nimporteer: [/dev/stdin]\n", "2", "onleesbaar-bestand", "an import of /dev/stdin (would wait for input)")
write("import-leeg-pad.yaml", "naam: x\nimporteer: ['']\n", "2", "onleesbaar-bestand", "an empty import path (names the importing directory)")
write("import-binair.yaml", "naam: x\nimporteer: [binair.yaml]\n", "2", "geen-utf8", "an import of binary garbage")

# --- round two (issue 25): what a new attacker found ----------------------------------------------
write("alias-megabyte.yaml", 'naam: &a "' + "x" * 100000 + '"\norganisaties:\n' + "".join("  - {id: o%d, naam: *a, soort: extern}\n" % i for i in range(1000)), "2", "ontvouwt-te-groot", "one 100 KB anchored name used by 1,000 aliases: few values, 100 MB written out")
write("capaciteit-overloop.yaml", BASE.replace("    soort: agentschap\n", "    soort: agentschap\n    capaciteit: 1\n") + "opdrachten:\n  - {id: o1, naam: O1, opdrachtgever: bzk-dgo, opdrachtnemer: uitv, capaciteit: 1e17}\n  - {id: o2, naam: O2, opdrachtgever: bzk-dgo, opdrachtnemer: uitv, capaciteit: 1.7e308}\n  - {id: o3, naam: O3, opdrachtgever: bzk-dgo, opdrachtnemer: uitv, capaciteit: 1.7e308}\n", "0/1", "", "capacities whose percentage overflows Int and whose sum is infinite (report trapped)")
write("namen-xml-niet-tekens.yaml", named('"a\\uFFFEb\\uFFFFc\\uFDD0d\\U0001FFFEe\\u0085f\\u009b"'), "0/1", "", "U+FFFE, U+FFFF and other noncharacters and C1 controls in a name (every SVG was ill-formed)")
write("namen-terminal-verbergen.yaml", named('"zichtbaar \\e[8mverborgen\\e[0m \\e[1;31mrood \\e]0;titel\\a"'), "0/1", "", "conceal, colour and title escapes in a name")
write("namen-markdown-regels.yaml", named('"Uitvoerder\\n# Kop\\n---\\n    code\\n- lijst\\r\\n1. een\\u2028> citaat"'), "0/1", "", "line breaks that would open a heading, rule, code block, list and quote in Markdown")
write("namen-csv-formules.yaml", named('"=HYPERLINK(\\"https://x.example\\",\\"klik\\")"').replace("naam: Directie", 'naam: "+cmd|\' /C calc\'!A0"').replace("naam: DG Overheid", 'naam: "@SUM(1+1),\\"\u0301\\r\\n-2"').replace("naam: SG BZK", 'naam: "\\tTAB=1"'), "0/1", "", "formulas, tab, CR LF and a quote with a combining mark in names (CSV)")
# Many SD12 pairs and many SD02 owners are tested in process (FindingLimitTests): a corpus file
# is also drawn, and a landscape of hundreds of organisations takes longer than the corpus allows.
write("import-proc-status.yaml", "naam: x\nimporteer: [/proc/self/status]\n", "2", "onleesbaar-bestand", "an import of a procfs file (regular, size 0)")
write("import-proc-kmsg.yaml", "naam: x\nimporteer: [/proc/kmsg]\n", "2", "onleesbaar-bestand", "an import of /proc/kmsg (blocks when read)")

with open(os.path.join(HERE, "expectations.tsv"), "w") as f:
    f.write("# file\tcheck exit (2, or 0/1 for a valid model)\tdiagnostic code that must appear\twhat the case is\n")
    for row in ROWS:
        f.write("\t".join(row) + "\n")
print("%d cases" % len(ROWS))

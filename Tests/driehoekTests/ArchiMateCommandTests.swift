import Foundation
import Testing

/// The Open Group's schema files, which CI keeps in `shared/` beside the clone; they are not
/// copied into the repository.
private enum ArchiMateSchema {
  static let directory = CommandRun.packageRoot.appendingPathComponent("../shared/archimate-xsd")
    .standardizedFileURL
  static let diagramSchema = directory.appendingPathComponent("archimate3_Diagram.xsd")
  static var isPresent: Bool { FileManager.default.fileExists(atPath: diagramSchema.path) }

  /// Validates a file with `xmllint --nonet --noout --schema` (Debian: libxml2-utils).
  static func validate(_ file: URL) throws -> (isValid: Bool, output: String) {
    let candidates = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
    let xmllint = try #require(
      candidates.first(where: FileManager.default.isExecutableFile(atPath:)),
      "xmllint is missing: install libxml2-utils")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--nonet", "--noout", "--schema", diagramSchema.path, file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus == 0 && output.contains("validates"), output)
  }
}

/// The top-level model files of Models/ (the files in Models/gedeeld are imported by them).
private let modelFiles: [String] = {
  let directory = CommandRun.packageRoot.appendingPathComponent("Models")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
  return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Models/" + $0 }
}()

/// A model whose names hold everything XML treats specially, and what XML 1.0 cannot carry.
private let hostileModel = #"""
  naam: "Vijandig <model> & \"citaat\" ]]> einde"
  peildatum: 2026-01-01
  beschrijving: "regel een\r\nregel twee\rlos\ttab  "
  organisaties:
    - id: min
      naam: "Ministerie 'quote' \"dubbel\" <b>vet</b> & co ]]> --> <!-- x"
      soort: ministerie
      onderdelen:
        - {id: min-sg, naam: "SG \u0001\u0007\u001b controle", soort: sg}
        - {id: min-dg, naam: "DG \u202Eomgekeerd\u202C \u2066isolaat\u2069 \u200Bnul \uFEFFbom", soort: dg}
    - id: 1uitv.x_y
      naam: "Uitvoerder \uFFFE\uFFFF \u007F\u0085 \u2028\u2029 😀 e\u0301"
      soort: agentschap
      capaciteit: 10.5
      onderdelen:
        - {id: 1uitv.x_y-rvb, naam: "  spaties rondom  ", soort: bestuur}
  personen:
    - {id: p.1, naam: "Persoon \"&amp;\" <&>", functies: [min-dg]}
  rollen:
    - {rol: eigenaar, houder: min-sg, van: 1uitv.x_y}
    - {rol: opdrachtgever, houder: min-dg, van: 1uitv.x_y, coordinerend: true, geldig: {}}
    - {rol: opdrachtnemer, houder: 1uitv.x_y-rvb, van: 1uitv.x_y, geldig: {van: 2020-01-01}}
  opdrachten:
    - id: o-1
      naam: "Opdracht ]]> <![CDATA[ x ]]>"
      opdrachtgever: min-dg
      opdrachtnemer: 1uitv.x_y
      capaciteit: 20
      kosten: 1e20
      budget: 0.1
      prioriteit: hoogste
      periode: {tot: 2026-12-31}
  afspraken:
    - {id: a-1, soort: convenant, partijen: [min-dg, 1uitv.x_y, p.1]}
  ketens:
    - {id: k-1, naam: "Keten & <keten>", leden: [1uitv.x_y], regisseur: min-dg}
  afwijkingen:
    - regel: SD11
      betreft: [1uitv.x_y]
      reden: "Reden met \u0001 en <tag> & \"quote\""
      verantwoordelijke: p.1
      tot: 2027-01-01
  """#

/// A model with every optional field of every kind set: `bronnen` on every kind of element,
/// `onderdeel-van`, a role's `beschrijving`.
private let everyFieldModel = #"""
  naam: Alle velden
  peildatum: 2026-07-01
  beschrijving: Elk veld van elke soort element.
  organisaties:
    - id: fin
      naam: Ministerie van Financiën
      soort: ministerie
      capaciteit: 1500
      geldig: {van: 2020-01-01}
      beschrijving: Ministerie.
      url: https://www.rijksoverheid.nl/ministeries/ministerie-van-financien
      bronnen: ["https://example.org/fin?a=1&b=2", "Kamerstuk 32543, nr. 7: \"bijlage\" <b>"]
      onderdelen:
        - id: fin-sg
          naam: SG
          soort: sg
          geldig: {van: 2020-01-01, tot: 2026-12-31}
          beschrijving: Secretaris-generaal.
          bronnen: [Organogram Financiën]
          onderdelen:
            - {id: fin-dg, naam: DG Fiscale Zaken, soort: dg, bronnen: [Organogram]}
    - id: bd
      naam: Belastingdienst
      soort: dienst
      capaciteit: 26000.5
      onderdeel-van: fin
      bronnen: [https://www.belastingdienst.nl]
      onderdelen:
        - {id: bd-dir, naam: Directie, soort: bestuur, bronnen: [Jaarverslag]}
  personen:
    - {id: p, naam: P. Jansen, functies: [fin-dg], geldig: {van: 2024-01-01}, beschrijving: DG., bronnen: [Staatscourant]}
  rollen:
    - {rol: eigenaar, houder: fin-sg, van: bd, beschrijving: "Eigenaar volgens het besluit & de regeling.", bronnen: [Besluit, Regeling]}
    - {rol: opdrachtgever, houder: fin-dg, van: bd, coordinerend: true, geldig: {van: 2024-01-01}, beschrijving: Coördinerend., bronnen: [Besluit]}
    - {rol: opdrachtnemer, houder: bd-dir, van: bd, bronnen: [Besluit]}
  opdrachten:
    - {id: o, naam: Heffen, opdrachtgever: fin-dg, opdrachtnemer: bd, capaciteit: 10, kosten: 1000000, budget: 2500000, prioriteit: hoog, periode: {van: 2026-01-01}, afspraak: a, beschrijving: Opdracht., bronnen: [Begroting 2026]}
  afspraken:
    - {id: a, soort: werkafspraak, naam: Werkafspraak, partijen: [fin-dg, bd-dir], periode: {van: 2026-01-01}, beschrijving: Afspraak., bronnen: [Brief]}
  ketens:
    - {id: k, naam: Keten, leden: [bd], regisseur: fin-dg, beschrijving: Keten., bronnen: [IBO]}
  afwijkingen:
    - {regel: SD04, betreft: [bd], reden: Reden., verantwoordelijke: fin-sg, tot: 2027-01-01, bronnen: [Nota]}
  """#

@Suite struct ArchiMateCommandTests {
  private func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "archimate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// The findings of `check --format json` as code, betreft, severity and whether accepted.
  private func findings(_ path: String) throws -> [String] {
    let run = try CommandRun.driehoek(["check", path, "--format", "json", "--fail-on", "nooit"])
    #expect(run.status == 0, "\(path): \(run.errors)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let list = try #require(object["findings"] as? [[String: Any]])
    return list.map { finding in
      let betreft = (finding["betreft"] as? [String] ?? []).joined(separator: ",")
      let accepted = finding["geaccepteerd"].map { !($0 is NSNull) } ?? false
      return "\(finding["code"] ?? "") [\(betreft)] \(finding["severity"] ?? "") \(accepted)"
    }.sorted()
  }

  /// Exports a model as ArchiMate, imports it again and returns both files.
  private func roundTrip(_ path: String, in directory: URL) throws -> (xml: URL, yaml: URL) {
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let xml = directory.appendingPathComponent(stem + ".xml")
    let yaml = directory.appendingPathComponent(stem + ".terug.yaml")
    let export = try CommandRun.driehoek(["export", path, "--format", "archimate", "-o", xml.path])
    #expect(export.status == 0, "\(path): \(export.errors)")
    let back = try CommandRun.driehoek(["import", xml.path, "-o", yaml.path])
    #expect(back.status == 0, "\(path): \(back.errors)")
    return (xml, yaml)
  }

  @Test(
    .enabled(
      if: ArchiMateSchema.isPresent,
      "The Open Group's XSD is read from ../shared/archimate-xsd beside the clone; it is absent here, so the schema validation is skipped"
    ))
  func everyExportValidatesAgainstTheOpenGroupSchema() throws {
    #expect(!modelFiles.isEmpty, "Models/ has no model files")
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let hostile = directory.appendingPathComponent("vijandig.yaml")
    try hostileModel.write(to: hostile, atomically: true, encoding: .utf8)
    let empty = directory.appendingPathComponent("leeg.yaml")
    try "naam: Leeg\n".write(to: empty, atomically: true, encoding: .utf8)
    let everyField = directory.appendingPathComponent("alle-velden.yaml")
    try everyFieldModel.write(to: everyField, atomically: true, encoding: .utf8)
    for path in modelFiles + [hostile.path, empty.path, everyField.path] {
      let xml = directory.appendingPathComponent(UUID().uuidString + ".xml")
      let export = try CommandRun.driehoek([
        "export", path, "--format", "archimate", "-o", xml.path,
      ])
      #expect(export.status == 0, "\(path): \(export.errors)")
      let result = try ArchiMateSchema.validate(xml)
      #expect(result.isValid, "\(path): \(result.output)")
      let raster = directory.appendingPathComponent(UUID().uuidString + ".xml")
      _ = try CommandRun.driehoek([
        "export", path, "--format", "archimate", "--raster", "-o", raster.path,
      ])
      let rasterResult = try ArchiMateSchema.validate(raster)
      #expect(rasterResult.isValid, "\(path) --raster: \(rasterResult.output)")
    }
  }

  @Test func theRoundTripKeepsEveryFindingOfEveryModel() throws {
    #expect(!modelFiles.isEmpty, "Models/ has no model files")
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    for path in modelFiles {
      let (_, yaml) = try roundTrip(path, in: directory)
      let before = try findings(path)
      #expect(!before.isEmpty, "\(path) has no findings to keep")
      #expect(try findings(yaml.path) == before, "\(path)")
      // Not only the findings: the model itself comes back (canonical JSON is equal).
      let original = try CommandRun.driehoek(["export", path, "--format", "json"])
      let imported = try CommandRun.driehoek(["export", yaml.path, "--format", "json"])
      #expect(imported.output == original.output, "\(path)")
    }
  }

  @Test func everyFieldOfEveryKindComesBack() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("alle-velden.yaml")
    try everyFieldModel.write(to: path, atomically: true, encoding: .utf8)
    let (xml, yaml) = try roundTrip(path.path, in: directory)
    let original = try CommandRun.driehoek(["export", path.path, "--format", "json"])
    #expect(original.status == 0, "\(original.errors)")
    for key in ["\"bronnen\"", "\"onderdeel-van\"", "Eigenaar volgens het besluit"] {
      #expect(original.output.contains(key), "the fixture lost \(key)")
    }
    let imported = try CommandRun.driehoek(["export", yaml.path, "--format", "json"])
    #expect(imported.output == original.output)
    #expect(try findings(yaml.path) == findings(path.path))
    let text = try String(contentsOf: xml, encoding: .utf8)
    #expect(text.contains(#"<propertyDefinition identifier="pd-bronnen" type="string">"#))
    #expect(text.contains(#"<propertyDefinition identifier="pd-onderdeel-van" type="string">"#))
  }

  @Test func hostileNamesStayWellFormedAndKeepTheirFindings() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let hostile = directory.appendingPathComponent("vijandig.yaml")
    try hostileModel.write(to: hostile, atomically: true, encoding: .utf8)
    let (xml, yaml) = try roundTrip(hostile.path, in: directory)
    #expect(try findings(yaml.path) == findings(hostile.path))
    let text = try String(contentsOf: xml, encoding: .utf8)
    #expect(
      text.contains(
        "Ministerie 'quote' &quot;dubbel&quot; &lt;b&gt;vet&lt;/b&gt; &amp; co ]]&gt; --&gt; &lt;!-- x"
      ))
    #expect(
      text.contains("DG &#x202E;omgekeerd&#x202C; &#x2066;isolaat&#x2069; &#x200B;nul &#xFEFF;bom"))
    #expect(text.contains("SG \u{2401}\u{2407}\u{241B} controle"))
    // Names come back as written, except what XML 1.0 cannot carry (docs/archimate.md).
    let run = try CommandRun.driehoek(["export", yaml.path, "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let organisations = try #require(object["organisaties"] as? [[String: Any]])
    let names = organisations.map { $0["naam"] as? String ?? "" }
    #expect(names.first == "Ministerie 'quote' \"dubbel\" <b>vet</b> & co ]]> --> <!-- x")
    #expect(names.last == "Uitvoerder \u{FFFD}\u{FFFD} \u{7F}\u{85} \u{2028}\u{2029} 😀 e\u{301}")
    let units = organisations.first?["onderdelen"] as? [[String: Any]] ?? []
    #expect(
      units.map { $0["naam"] as? String ?? "" } == [
        "SG \u{2401}\u{2407}\u{241B} controle",
        "DG \u{202E}omgekeerd\u{202C} \u{2066}isolaat\u{2069} \u{200B}nul \u{FEFF}bom",
      ])
    #expect(object["beschrijving"] as? String == "regel een\r\nregel twee\rlos\ttab  ")
  }

  @Test func theTrianglesAreLaidOutAsGraphvizDrawsThem() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let graphviz = directory.appendingPathComponent("svb.xml")
    let raster = directory.appendingPathComponent("svb-raster.xml")
    _ = try CommandRun.driehoek([
      "export", "Models/svb.yaml", "--format", "archimate", "-o", graphviz.path,
    ])
    _ = try CommandRun.driehoek([
      "export", "Models/svb.yaml", "--format", "archimate", "--raster", "-o", raster.path,
    ])
    func boxes(_ url: URL) throws -> [String: [Int]] {
      let text = try String(contentsOf: url, encoding: .utf8)
      var result: [String: [Int]] = [:]
      for line in text.split(separator: "\n") where line.contains("<node identifier=\"n-svb-") {
        func attribute(_ name: String) -> String? {
          guard let start = line.range(of: " \(name)=\"") else { return nil }
          return String(line[start.upperBound...].prefix { $0 != "\"" })
        }
        guard let element = attribute("elementRef") else { continue }
        result[element] = ["x", "y", "w", "h"].compactMap { attribute($0).flatMap { Int($0) } }
      }
      return result
    }
    let laidOut = try boxes(graphviz)
    let gridded = try boxes(raster)
    let executor = try #require(laidOut["id-svb"])
    for holder in ["id-gemeenten", "id-szw-dgsz", "id-vws-dglz", "id-szw-sg"] {
      let box = try #require(laidOut[holder], "\(holder) has no node")
      #expect(box[1] + box[3] <= executor[1], "\(holder) stands above the executor")
    }
    // Graphviz puts the principals left to right as in `render --view driehoek:svb`.
    let order = ["id-gemeenten", "id-szw-dgsz", "id-vws-dglz"].compactMap { laidOut[$0]?[0] }
    #expect(order == order.sorted() && order.count == 3)
    // Cards keep the size Graphviz gave them (2.72 in = 196 pt); the grid uses 190.
    #expect(laidOut["id-szw-sg"]?[2] == 196)
    #expect(gridded["id-szw-sg"]?[2] == 190)
    // Every role is nested in its holder: the role node lies inside the holder's box.
    let text = try String(contentsOf: graphviz, encoding: .utf8)
    #expect(text.contains("elementRef=\"rol-opdrachtnemer-svb\""))
  }

  @Test func importSaysWhereAnExchangeFileGoesWrong() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let broken = directory.appendingPathComponent("kapot.xml")
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m">
      <name>M</naam>
    </model>
    """.write(to: broken, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("uit.yaml")
    let run = try CommandRun.driehoek(["import", broken.path, "-o", output.path])
    #expect(run.status == 2)
    #expect(run.errors.contains("\(broken.path):3:"))
    #expect(run.errors.contains("XML-fout: de sluittag past niet bij de openingstag"))
    #expect(!FileManager.default.fileExists(atPath: output.path))

    let foreign = directory.appendingPathComponent("ander.xml")
    try "<?xml version=\"1.0\"?>\n<html><body/></html>\n".write(
      to: foreign, atomically: true, encoding: .utf8)
    let other = try CommandRun.driehoek(["import", foreign.path, "-o", output.path])
    #expect(other.status == 2)
    #expect(other.errors.contains("\(foreign.path):2:1: fout:"))
    #expect(other.errors.contains("het hoofdelement is <html> met geen namespace"))
  }
}

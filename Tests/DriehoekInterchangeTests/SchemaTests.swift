import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// Validates files against the generated schema with Python's `jsonschema` (an independent,
/// real JSON Schema validator), which `scripts/test.sh` installs.
private func validateWithPython(schema: String, files: [String]) throws -> (
  status: Int32, output: String
) {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "driehoek-schema-\(UUID())")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let schemaPath = directory.appendingPathComponent("model.schema.json")
  try schema.write(to: schemaPath, atomically: true, encoding: .utf8)
  let script = """
    import json, sys, yaml, jsonschema
    class Loader(yaml.SafeLoader): pass
    # Keep dates as text, as the YAML language server does (YAML 1.2 has no timestamp type).
    Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    for path in sys.argv[2:]:
        errors = list(validator.iter_errors(yaml.load(open(path), Loader=Loader)))
        for error in errors:
            print(f"{path}: {error.json_path}: {error.message}")
        failed += bool(errors)
    sys.exit(1 if failed else 0)
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", "-c", script, schemaPath.path] + files
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite struct SchemaTests {
  @Test func everyExampleModelValidatesAgainstTheSchema() throws {
    let shared = exampleModelPaths.first.map {
      URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent(
        "gedeeld/ministeries.yaml"
      ).path
    }
    let parts = exampleModelPaths.first.map {
      URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent(
        "rijk/ministeries.yaml"
      ).path
    }
    let (status, output) = try validateWithPython(
      schema: ModelSchema.json(),
      files: exampleModelPaths + [shared, parts].compactMap { $0 })
    #expect(status == 0, "\(output)")
    #expect(exampleModelPaths.count >= 4)
  }

  @Test func unknownKeyFailsBothTheSchemaAndTheLoader() throws {
    let directory = FileManager.default.temporaryDirectory
    let path = directory.appendingPathComponent("driehoek-unknown-\(UUID()).yaml").path
    let yaml =
      "naam: Test\norganisaties:\n  - {id: svb, naam: SVB, soort: zbo-publiek, kleur: rood}\n"
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (status, output) = try validateWithPython(schema: ModelSchema.json(), files: [path])
    #expect(status == 1)
    #expect(output.contains("'kleur' was unexpected"))
    #expect(ModelLoader().load(path: path).diagnostics.map(\.code) == ["onbekende-sleutel"])
  }

  @Test func schemaListsEveryKindAndRole() {
    let schema = ModelSchema.json()
    #expect(schema.contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""))
    for word in [
      "zbo-publiek", "eigenaarsadvisering", "beleidsverantwoordelijke", "opdrachtgeversagenda",
      "hoogste",
    ] {
      #expect(schema.contains("\"\(word)\""), "\(word) missing")
    }
  }

  @Test func theSchemaAcceptsAnyCaseJaNeeAndOnderdeelVan() throws {
    let directory = FileManager.default.temporaryDirectory
    let good = directory.appendingPathComponent("driehoek-case-\(UUID()).yaml").path
    let bad = directory.appendingPathComponent("driehoek-bool-\(UUID()).yaml").path
    let yaml = """
      naam: Test
      organisaties:
        - {id: fin, naam: Financiën, soort: Ministerie, onderdelen: [{id: fin-sg, naam: SG, soort: SG}]}
        - {id: bd, naam: Belastingdienst, soort: DIENST, onderdeel-van: fin}
      rollen:
        - {rol: Continuiteitsverantwoordelijke, houder: fin-sg, van: bd, coordinerend: ja}
      afspraken:
        - {id: m, soort: Mandaat, partijen: [fin-sg]}

      """
    try yaml.write(toFile: good, atomically: true, encoding: .utf8)
    try yaml.replacingOccurrences(of: "coordinerend: ja", with: "coordinerend: misschien")
      .write(toFile: bad, atomically: true, encoding: .utf8)
    defer {
      try? FileManager.default.removeItem(atPath: good)
      try? FileManager.default.removeItem(atPath: bad)
    }
    #expect(ModelLoader().load(path: good).diagnostics.map(\.description) == [])
    let accepted = try validateWithPython(schema: ModelSchema.json(), files: [good])
    #expect(accepted.status == 0, "\(accepted.output)")
    let refused = try validateWithPython(schema: ModelSchema.json(), files: [bad])
    #expect(refused.status == 1)
    #expect(refused.output.contains("coordinerend"))
  }

  @Test func sourcesValidateAndAControlCharacterFailsTheSchema() throws {
    let directory = FileManager.default.temporaryDirectory
    let good = directory.appendingPathComponent("driehoek-bronnen-\(UUID()).yaml").path
    let bad = directory.appendingPathComponent("driehoek-bronnen-\(UUID()).yaml").path
    let model = """
      naam: Test
      organisaties:
        - {id: svb, naam: SVB, soort: zbo-publiek, bronnen: [https://www.svb.nl, "Stcrt. 2024"]}

      """
    try model.write(toFile: good, atomically: true, encoding: .utf8)
    try model.replacingOccurrences(of: "\"Stcrt. 2024\"", with: "\"Stcrt.\\u0007\"")
      .write(toFile: bad, atomically: true, encoding: .utf8)
    defer {
      try? FileManager.default.removeItem(atPath: good)
      try? FileManager.default.removeItem(atPath: bad)
    }
    #expect(try validateWithPython(schema: ModelSchema.json(), files: [good]).status == 0)
    let (status, output) = try validateWithPython(schema: ModelSchema.json(), files: [bad])
    #expect(status == 1, "\(output)")
    #expect(output.contains("bronnen"))
    #expect(ModelLoader().load(path: bad).diagnostics.map(\.code) == ["ongeldige-bron"])
  }
}

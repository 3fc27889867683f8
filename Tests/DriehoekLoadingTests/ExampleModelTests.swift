import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// The top-level files of Models/, each a model that must load without any diagnostic.
private let exampleModels: [String] = {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Models").standardizedFileURL
  let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
  return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    .map { directory.appendingPathComponent($0).path }
}()

@Suite struct ExampleModelTests {
  /// The parameterised tests pass on zero cases: this one fails when `Models/` has none.
  @Test func thereAreExampleModels() {
    #expect(exampleModels.count >= 5, "Models/ heeft (bijna) geen modellen")
  }

  @Test func contractExampleLoadsAsWritten() throws {
    let path = fixturesDirectory.appendingPathComponent("contract-example.yaml").path
    let result = ModelLoader().load(path: path)
    #expect(result.diagnostics.map(\.description) == [])
    let model = try #require(result.model)
    #expect(model.name == "Sturing Sociale Verzekeringsbank")
    #expect(model.peildatum == Day(iso: "2026-01-01"))
    #expect(model.organisations.map(\.id) == ["szw", "vws", "svb"])
    #expect(model.organisations[0].units[1].units.map(\.id) == ["szw-dir-aow"])
    #expect(model.roles.map(\.kind) == [.eigenaar, .opdrachtgever, .opdrachtgever, .opdrachtnemer])
    #expect(model.roles[1].isCoordinating)
    #expect(model.roles[3].validity == Period(start: Day(iso: "2020-01-01")))
    #expect(model.opdrachten.map(\.priority) == [.hoog, .hoogste])
    #expect(model.opdrachten[1].budget == 70_000_000)
    #expect(model.afspraken.first?.parties == ["szw-sg", "szw-dgsz", "svb-rvb"])
    #expect(model.ketens.first?.regisseur == "szw-dgsz")
    #expect(model.afwijkingen.first?.until == Day(iso: "2026-12-31"))
    #expect(model.persons.first?.functions == ["szw-dgsz"])
  }

  @Test func jsonLoadsToTheSameModelAsYAML() throws {
    let yamlPath = fixturesDirectory.appendingPathComponent("contract-example.yaml").path
    let fromYAML = try #require(ModelLoader().load(path: yamlPath).model)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let json = try #require(String(data: try encoder.encode(fromYAML), encoding: .utf8))
    let tabbed = json.replacingOccurrences(of: "  ", with: "\t")
    let result = ModelLoader().load(text: tabbed, file: "model.json")
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.model == fromYAML)
  }

  @Test func regelingSynonymsAreAccepted() throws {
    let yaml =
      validBase + """
        rollen:
          - {rol: continuïteitsverantwoordelijke, houder: szw-sg, van: svb}
          - {rol: beleidsverantwoordelijke, houder: szw-dgsz, van: svb}
          - {rol: eindverantwoordelijke, houder: svb-rvb, van: svb}

        """
    let result = ModelLoader().load(text: yaml, file: "test.yaml")
    #expect(result.diagnostics.isEmpty)
    #expect(result.model?.roles.map(\.kind) == [.eigenaar, .opdrachtgever, .opdrachtnemer])
  }

  @Test(arguments: exampleModels)
  func exampleModelLoadsWithoutDiagnostics(_ path: String) {
    let result = ModelLoader().load(path: path)
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.isValid)
  }
}

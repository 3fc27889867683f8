import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// The top-level files of Models/.
let exampleModelPaths: [String] = {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Models").standardizedFileURL
  let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
  return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
    directory.appendingPathComponent($0).path
  }
}()

@Suite struct RoundTripTests {
  /// The parameterised test passes on zero cases: this one fails when `Models/` has none.
  @Test func thereAreExampleModels() {
    #expect(exampleModelPaths.count >= 5, "Models/ heeft (bijna) geen modellen")
  }

  private func load(_ text: String, file: String) throws -> Model {
    let result = ModelLoader().load(text: text, file: file)
    #expect(result.diagnostics.map(\.description) == [])
    return try #require(result.model)
  }

  @Test(arguments: exampleModelPaths)
  func exampleSurvivesJSONAndYAMLAndCSV(_ path: String) throws {
    let model = try #require(ModelLoader().load(path: path).model)
    let writer = ModelWriter()
    let json = try writer.write(model, as: .json)
    #expect(try load(json, file: "model.json") == model)
    #expect(try load(try writer.write(model, as: .yaml), file: "model.yaml") == model)
    let csv = CSVModelReader().read(try writer.write(model, as: .csv), file: "model.csv")
    #expect(csv.diagnostics.map(\.description) == [])
    #expect(csv.model == model)
  }

  @Test(arguments: 1...40)
  func generatedModelSurvivesEveryFormat(seed: Int) throws {
    let model = ModelGenerator.model(seed: UInt64(seed))
    #expect(model.validate().filter { $0.severity == .fout }.map(\.description) == [])
    let writer = ModelWriter()
    let fromJSON = ModelLoader().load(text: try writer.write(model, as: .json), file: "m.json")
    #expect(fromJSON.model == model)
    let fromYAML = ModelLoader().load(text: try writer.write(model, as: .yaml), file: "m.yaml")
    #expect(fromYAML.model == model)
    #expect(CSVModelReader().read(try writer.write(model, as: .csv), file: "m.csv").model == model)
  }

  @Test func jsonIsCanonical() throws {
    let model = ModelGenerator.model(seed: 7)
    let first = try ModelWriter().write(model, as: .json)
    let reloaded = try #require(ModelLoader().load(text: first, file: "m.json").model)
    #expect(try ModelWriter().write(reloaded, as: .json) == first)
    #expect(first.contains("\"naam\""))
    let keys = first.split(separator: "\n").prefix(12).compactMap { line -> String? in
      let trimmed = line.drop { $0 == " " }
      guard trimmed.hasPrefix("\""), line.hasPrefix("  \""), !line.hasPrefix("   ") else {
        return nil
      }
      return String(trimmed.prefix { $0 != ":" })
    }
    #expect(keys == keys.sorted())
  }

  @Test func csvHasADutchHeaderAndOneRowPerRoleAndOpdracht() throws {
    let model = ModelGenerator.model(seed: 3)
    let csv = try ModelWriter().write(model, as: .csv)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first?.hasPrefix("element,id,naam,soort,binnen,rol,houder,van") == true)
    #expect(lines.filter { $0.hasPrefix("rol,") }.count == model.roles.count)
    #expect(lines.filter { $0.hasPrefix("opdracht,") }.count == model.opdrachten.count)
  }

  @Test func csvProblemsAreLocated() {
    let csv = "element,id,naam,soort,capacitet\r\nmodel,,Test,,\r\norganisatie,svb,SVB,zbo,12\r\n"
    let lines = CSVModelReader().read(csv, file: "t.csv").diagnostics.map {
      String($0.description.split(separator: "\n")[0])
    }
    #expect(
      lines == [
        "t.csv:1:23: fout: onbekende sleutel 'capacitet' in het model; bedoelde u 'capaciteit'?",
        "t.csv:3:21: fout: ongeldige waarde 'zbo' voor 'soort'; bedoelde u 'zbo-publiek'?",
      ])
  }
}

@Suite struct PartOfMinistryTests {
  private let yaml = """
    naam: Diensten van Financiën
    organisaties:
      - id: fin
        naam: Ministerie van Financiën
        soort: ministerie
        onderdelen: [{id: fin-sg, naam: SG Financiën, soort: sg}]
      - {id: bd, naam: Belastingdienst, soort: dienst, onderdeel-van: fin}
      - {id: toes, naam: Toeslagen, soort: Dienst, onderdeel-van: fin, capaciteit: 10}
    rollen:
      - {rol: eigenaar, houder: fin-sg, van: bd, coordinerend: nee}
    """

  @Test func onderdeelVanSurvivesJSONAndYAMLAndCSV() throws {
    let result = ModelLoader().load(text: yaml, file: "fin.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let model = try #require(result.model)
    #expect(model.organisations.map(\.partOf) == [nil, "fin", "fin"])
    let writer = ModelWriter()
    let json = try writer.write(model, as: .json)
    #expect(json.contains("\"onderdeel-van\" : \"fin\""))
    #expect(ModelLoader().load(text: json, file: "fin.json").model == model)
    let yamlText = try writer.write(model, as: .yaml)
    #expect(yamlText.contains("onderdeel-van: fin"))
    #expect(ModelLoader().load(text: yamlText, file: "fin.yaml").model == model)
    let csvText = try writer.write(model, as: .csv)
    let csv = CSVModelReader().read(csvText, file: "fin.csv")
    #expect(csv.diagnostics.map(\.description) == [])
    #expect(csv.model == model)
    #expect(csv.model?.organisations.map(\.partOf) == [nil, "fin", "fin"])
  }

  @Test func onderdeelVanMustNameAMinistry() throws {
    let wrong = yaml.replacingOccurrences(
      of: "onderdeel-van: fin, capaciteit", with: "onderdeel-van: bd, capaciteit")
    let diagnostics = ModelLoader().load(text: wrong, file: "fin.yaml").diagnostics
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(diagnostic.code == "verkeerde-verwijzing")
    #expect(
      diagnostic.message() == "'onderdeel-van' moet een ministerie noemen, maar 'bd' is een dienst")
    #expect(
      diagnostic.problem.hint(in: .nl) == "noem een ministerie (fin), of laat 'onderdeel-van' weg")
    #expect(diagnostic.location?.line == 8)
    #expect(diagnostic.location?.column == 63)
    let unknown = yaml.replacingOccurrences(
      of: "onderdeel-van: fin, capaciteit", with: "onderdeel-van: financien, capaciteit")
    #expect(
      ModelLoader().load(text: unknown, file: "fin.yaml").diagnostics.map { $0.message() } == [
        "onbekende verwijzing 'financien' in 'onderdeel-van'; bedoelde u 'fin'?"
      ])
  }
}

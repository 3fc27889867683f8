import DriehoekAnalysis
import DriehoekDiagram
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline
import DriehoekReports
import Foundation
import GraphvizRendering
import Testing

/// The sturingsmatrix (`--view matrix`): a row per executor with its id and name, the role marks
/// of the model's valid roles per ministry, the open findings of the analysis, deterministic.
@Suite struct MatrixTests {
  static let models: [String] = {
    let directory = Fixtures.packageRoot.appendingPathComponent("Models")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
  }()

  @Test func thereAreModelsToCheck() {
    #expect(!Self.models.isEmpty, "Models/ heeft geen modellen")
  }

  private func load(_ file: String) throws -> (Model, Day) {
    let path = Fixtures.packageRoot.appendingPathComponent("Models").appendingPathComponent(file)
      .path
    let model = try #require(ModelLoader().load(path: path).model, "\(file) laadt niet")
    return (model, try #require(model.peildatum, "\(file) heeft geen peildatum"))
  }

  private func matrix(_ model: Model, _ day: Day, report: AnalysisReport) throws
    -> MatrixInspector
  {
    let pipeline = Fixtures.drawing(
      model, peildatum: day, highlights: report.findings.map(DiagramHighlight.init))
    #expect(pipeline.views.contains(.matrix))
    let bytes = try pipeline.document(for: .matrix).bytes
    return try #require(MatrixInspector.inspect(bytes), "de matrix is geen goed gevormde XML")
  }

  /// The column a role holder stands in: its ministry (through its unit or `onderdeel-van`,
  /// or a person's first function), or `""` for the column of parties outside the ministries.
  private func column(of holder: ElementID, in model: Model, index: ModelIndex) -> String {
    if let person = model.persons.first(where: { $0.id == holder }) {
      return person.functions.first.map { column(of: $0, in: model, index: index) } ?? ""
    }
    guard let organisation = index.owningOrganisation(of: holder).flatMap(index.organisation)
    else { return "" }
    if organisation.kind == .ministerie { return organisation.id.rawValue }
    return organisation.partOf?.rawValue ?? ""
  }

  @Test(arguments: models)
  func everyExecutorHasARowWithItsRolesAndFindings(_ file: String) throws {
    let (model, day) = try load(file)
    let report = Analyzer().analyse(model, peildatum: day)
    let outline = ReportOutline(model: model, report: report)
    let inspector = try matrix(model, day, report: report)
    let index = ModelIndex(model)
    let validity = index.validity(on: day)
    func isValid(_ id: ElementID) -> Bool { index.handle(of: id).map { validity[$0] } ?? false }
    let rows = Dictionary(
      inspector.rows.map { ($0.attributes["data-uitvoerder"] ?? "", $0) },
      uniquingKeysWith: { first, _ in first })
    #expect(inspector.rows.count == outline.executors.count, "\(file): één rij per uitvoerder")
    #expect(!outline.executors.isEmpty, "\(file) heeft geen uitvoerders")
    for executor in outline.executors {
      let id = executor.id
      let row = try #require(rows[id.rawValue], "\(file): geen rij voor \(id)")
      #expect(row.attributes["id"] == "matrix-" + id.rawValue)
      let name = executor.organisation.name
      #expect(row.title.hasPrefix("\(name) (\(id.rawValue))"), "\(file): titel van \(id)")
      let shown = row.name.hasSuffix("…") ? String(row.name.dropLast()) : row.name
      #expect(!shown.isEmpty && name.hasPrefix(shown), "\(file): naam van \(id): \(row.name)")

      // The marks per column are those of the eigenaar and opdrachtgever roles valid on the
      // peildatum whose holder is valid too (with everything above it), as every view draws.
      var expected: [String: (eigenaar: Bool, opdrachtgever: Bool, coordinating: Bool)] = [:]
      for role in model.roles
      where role.executor == id && role.validity.contains(day) && isValid(role.holder)
        && (role.kind == .eigenaar || role.kind == .opdrachtgever)
      {
        let key = column(of: role.holder, in: model, index: index)
        var marks = expected[key] ?? (false, false, false)
        if role.kind == .eigenaar {
          marks.eigenaar = true
        } else {
          marks.opdrachtgever = true
          marks.coordinating = marks.coordinating || role.isCoordinating
        }
        expected[key] = marks
      }
      let expectedMarks = expected.mapValues { marks in
        [marks.eigenaar ? "E" : nil, marks.coordinating ? "O★" : marks.opdrachtgever ? "O" : nil]
          .compactMap { $0 }.joined(separator: " ")
      }
      var actual: [String: String] = [:]
      for cell in row.cells where !cell.marks.isEmpty { actual[cell.ministry] = cell.marks }
      #expect(actual == expectedMarks, "\(file): rollen van \(id)")

      // The open findings by severity are those the analysis groups under the executor.
      for severity in [Severity.fout, .waarschuwing, .info] {
        let count = report.openFindings.filter { $0.belongs(to: id) && $0.severity == severity }
          .count
        #expect(
          row.attributes["data-\(severity.rawValue)"] == "\(count)",
          "\(file): \(severity.rawValue) van \(id)")
      }
    }
  }

  @Test func twoRendersAreByteIdentical() throws {
    let (model, day) = try load("rijk.yaml")
    let highlights = LoadedModel(model: model).analysis(on: day).highlights
    let first = try Fixtures.drawing(model, peildatum: day, highlights: highlights)
      .document(for: .matrix).bytes
    let second = try Fixtures.drawing(model, peildatum: day, highlights: highlights)
      .document(for: .matrix).bytes
    #expect(!first.isEmpty)
    #expect(first == second)
  }

  private let groupsYAML = """
    naam: Groepen
    peildatum: 2026-06-01
    organisaties:
      - id: fin
        naam: Ministerie van Financiën
        soort: ministerie
        onderdelen: [{id: fin-sg, naam: SG Financiën, soort: sg}]
      - id: bzk
        naam: Ministerie van BZK
        soort: ministerie
        onderdelen: [{id: bzk-sg, naam: SG BZK, soort: sg}]
      - {id: bd, naam: Belastingdienst, soort: dienst, onderdeel-van: fin}
      - {id: wees, naam: Dienst zonder eigenaar, soort: agentschap}
      - {id: twee, naam: Dienst met twee eigenaren, soort: agentschap}
      - {id: een, naam: Dienst van BZK, soort: agentschap}
    rollen:
      - {rol: eigenaar, houder: fin-sg, van: bd}
      - {rol: opdrachtgever, houder: bd, van: een, coordinerend: true}
      - {rol: opdrachtgever, houder: fin-sg, van: wees}
      - {rol: eigenaar, houder: fin-sg, van: twee}
      - {rol: eigenaar, houder: bzk-sg, van: twee}
      - {rol: eigenaar, houder: bzk-sg, van: een}
    """

  @Test func executorsWithoutOrWithSeveralEigenarenGetGroupsOfTheirOwn() throws {
    let loaded = ModelLoader().load(text: groupsYAML, file: "groepen.yaml")
    let model = try #require(loaded.model, "\(loaded.diagnostics)")
    let day = try #require(model.peildatum)
    let matrix = DiagramBuilder(model: model, peildatum: day).matrix()
    let groups = matrix.groups.map { ($0.kind, $0.rows.map(\.id.rawValue)) }
    #expect(groups.count == 4)
    #expect(groups.first { $0.0 == .noEigenaar }?.1 == ["wees"])
    #expect(groups.first { $0.0 == .severalEigenaren }?.1 == ["twee"])
    #expect(groups.first { $0.0 == .eigenaar("fin") }?.1 == ["bd"])
    #expect(groups.first { $0.0 == .eigenaar("bzk") }?.1 == ["een"])
    #expect(matrix.groups.map(\.heading).contains("Zonder eigenaar"))
    #expect(matrix.groups.map(\.heading).contains("Meer dan één eigenaar"))
    // The Belastingdienst is onderdeel-van Financiën: its role stands in the FIN column.
    let een = try #require(matrix.rows.first { $0.id == "een" })
    let fin = try #require(matrix.columns.firstIndex { $0.ministry == "fin" })
    #expect(een.cells.first { $0.column == fin }?.marks == "O★")
    #expect(!matrix.columns.contains { $0.ministry == nil })
    // The SVG says so too.
    let svg = DiagramBuilder(model: model, peildatum: day).matrixSVG()
    #expect(svg.contains(">Zonder eigenaar</text>"))
    #expect(svg.contains(">Meer dan één eigenaar</text>"))
  }

  /// A generated Rijk of 150 executors prints on A3 at 5 pt or more (all text is 10 pt or more;
  /// the picture is fitted to A3 in the better orientation, as `legibility.py` does).
  @Test func aMatrixOf150ExecutorsPrintsLegiblyOnA3() throws {
    let generated = ModelGenerator(executorCount: 150, seed: 1).model()
    let day = try #require(generated.peildatum)
    let svg = DiagramBuilder(model: generated, peildatum: day).matrixSVG()
    let inspector = try #require(MatrixInspector.inspect(Array(svg.utf8)))
    #expect(inspector.rows.count == 150)
    let match = try #require(svg.firstMatch(of: /width="([0-9.]+)pt" height="([0-9.]+)pt"/))
    let width = try #require(Double(match.1))
    let height = try #require(Double(match.2))
    let fit = max(min(1191 / width, 842 / height), min(842 / width, 1191 / height))
    let sizes = svg.matches(of: /font-size="([0-9.]+)"/).compactMap { Double($0.1) }
    let smallest = try #require(sizes.min())
    #expect(smallest * fit >= 5, "kleinste tekst \(smallest) pt × \(fit)")
  }
}

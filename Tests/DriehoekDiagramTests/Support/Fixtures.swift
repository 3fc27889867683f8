import DriehoekDiagram
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering
import Testing

/// The fixture models and the paths of the test target, found through `#filePath`.
enum Fixtures {
  /// `Tests/DriehoekDiagramTests`.
  static let testDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
  /// The package root.
  static let packageRoot = testDirectory.deletingLastPathComponent().deletingLastPathComponent()
  /// `Tests/DriehoekDiagramTests/Snapshots`.
  static let snapshots = testDirectory.appendingPathComponent("Snapshots")

  /// The path of a fixture model.
  static func path(_ name: String) -> String {
    testDirectory.appendingPathComponent("Fixtures").appendingPathComponent(name + ".yaml").path
  }

  /// Loads a fixture model; fails the test when it does not load cleanly.
  static func model(_ name: String) throws -> Model {
    let result = ModelLoader().load(path: path(name))
    #expect(result.isValid, "\(result.diagnostics.map(\.description))")
    return try #require(result.model)
  }

  /// The drawing of a model in SVG with the given highlights, as `render` draws them.
  static func drawing(_ model: Model, peildatum: Day, highlights: [DiagramHighlight]) -> Drawing {
    Drawing(
      model: LoadedModel(model: model), peildatum: peildatum, highlights: highlights,
      format: .svg)
  }

  /// The highlights used with the `kaartenset` fixture: an open error on a role pair, an accepted
  /// risk on an opdracht and an open finding on an afspraak.
  static let highlights: [DiagramHighlight] = [
    DiagramHighlight(
      code: "SD05", severity: .fout, betreft: ["szw-dgsz", "uwv"],
      message: "eigenaar en opdrachtgever in één hand"),
    DiagramHighlight(
      code: "SD13", severity: .waarschuwing, betreft: ["pgb"], isAccepted: true,
      message: "budget lager dan kosten"),
    DiagramHighlight(
      code: "SD09", severity: .info, betreft: ["og-overleg-svb"], message: "overleg zonder agenda"),
  ]

  /// The fixture models with their golden highlights; `nil` means the analysis' own findings.
  static let goldenCases: [(model: String, highlights: [DiagramHighlight]?)] = [
    ("kaartenset", highlights), ("lastige-namen", []), ("kindregelingen", nil),
  ]

  /// The highlights of a golden case: the given ones, or the findings of the analysis on the
  /// model's peildatum (none without one).
  static func highlights(for name: String, model: Model) -> [DiagramHighlight] {
    if let given = goldenCases.first(where: { $0.model == name })?.highlights { return given }
    guard let day = model.peildatum else { return [] }
    return LoadedModel(model: model).analysis(on: day).highlights
  }
}

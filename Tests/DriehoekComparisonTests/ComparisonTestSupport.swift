import DriehoekAnalysis
import DriehoekComparison
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// The fixtures of the comparison tests (next to this file, not bundled).
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  static func text(_ name: String) throws -> String {
    try String(contentsOfFile: path(name), encoding: .utf8)
  }

  static let input = VergelijkingsInvoer(
    loader: ModelLoader(
      validationOptions: ValidationOptions(knownRuleCodes: Set(RuleCatalogue.all.map(\.code)))))

  /// A model from text; the test fails when it does not load.
  static func model(text: String, file: String) throws -> Model {
    let result = input.loader.load(text: text, file: file)
    let model = try #require(result.isValid ? result.model : nil, "\(result.diagnostics)")
    return model
  }

  /// A side from a fixture file, analysed on its own peildatum or on `day`.
  static func side(_ name: String, on day: Day? = nil) throws -> VergelijkingsKant {
    let model = try self.model(text: try text(name), file: name)
    return side(model, on: day, file: name)
  }

  static func side(_ model: Model, on day: Day? = nil, file: String) -> VergelijkingsKant {
    input.side(model, peildatum: day ?? model.peildatum ?? Day(ordinal: 0), file: file)
  }

  /// Two fixture files compared.
  static func compare(_ oud: String, _ nieuw: String) throws -> Vergelijking {
    Vergelijking(oud: try side(oud), nieuw: try side(nieuw))
  }
}

extension Wijziging {
  /// A compact, comparable line: `opdracht gewijzigd opd-1 [budget, periode]`.
  var line: String {
    let keys = velden.isEmpty ? "" : " [" + velden.map(\.key).joined(separator: ", ") + "]"
    return "\(soort.rawValue) \(wat.rawValue) \(sleutel.written)\(keys)"
  }
}

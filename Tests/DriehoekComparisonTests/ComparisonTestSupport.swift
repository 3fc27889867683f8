import DriehoekAnalysis
import DriehoekComparison
import DriehoekModel
import DriehoekPipeline
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

  /// A model from text, loaded and indexed by the pipeline; the test fails when it does not
  /// load.
  static func loaded(text: String, file: String) throws -> LoadedModel {
    let outcome = LoaderConfiguration().load(text: text, file: file)
    return try #require(outcome.model, "\(outcome.diagnostics)")
  }

  static func model(text: String, file: String) throws -> Model {
    try loaded(text: text, file: file).model
  }

  /// A side from a fixture file, analysed on its own peildatum or on `day`.
  static func side(_ name: String, on day: Day? = nil) throws -> VergelijkingsKant {
    side(try loaded(text: try text(name), file: name), on: day)
  }

  static func side(_ loaded: LoadedModel, on day: Day? = nil) -> VergelijkingsKant {
    VergelijkingsKant(
      loaded.analysis(on: loaded.peildatum(chosen: day, default: Day(ordinal: 0))))
  }

  static func side(_ model: Model, on day: Day? = nil, file: String) -> VergelijkingsKant {
    side(LoadedModel(model: model), on: day)
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

import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// The report of the SVB fixture (the example of the model format) on its peildatum.
func svbReport(language: Language = .nl) throws -> AnalysisReport {
  let url = GoldenHarness.packageRoot
    .appendingPathComponent("Tests/DriehoekReportsTests/Fixtures/golden/svb.yaml")
  let text = try String(contentsOf: url, encoding: .utf8)
  let result = ModelLoader().load(text: text, file: "svb.yaml")
  let model = try #require(result.model)
  let peildatum = try #require(model.peildatum)
  return Analyzer().analyse(model, peildatum: peildatum, language: language)
}

/// Parses JSON text into Foundation values.
func parseJSON(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}

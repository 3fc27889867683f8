import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline
import DriehoekReports
import Foundation
import GraphvizRendering
import Testing

/// Checks that `Output/` holds the rendered views of every model in `Models/`, and the HTML
/// report of the models in ``reports``.
///
/// The test re-renders them in process and compares. Regenerate with `scripts/render-output.sh`.
@Suite struct OutputUpToDateTests {
  /// The models whose report `scripts/render-output.sh` keeps in `Output/<model>/rapport.html`
  /// (its `REPORTS`), dated on their peildatum.
  static let reports: Set<String> = ["rijk"]

  static let models: [String] = {
    let directory = Fixtures.packageRoot.appendingPathComponent("Models")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
  }()

  /// The parameterised test passes on zero cases: this one fails when `Models/` has none.
  @Test func thereAreModelsToCompare() {
    #expect(Self.models.count >= 5, "Models/ heeft (bijna) geen modellen")
  }

  @Test(arguments: models)
  func outputMatchesTheModel(_ file: String) throws {
    let path = Fixtures.packageRoot.appendingPathComponent("Models").appendingPathComponent(file)
      .path
    let outcome = LoaderConfiguration().load(path: path)
    let loaded = try #require(outcome.model, "\(file) laadt niet of is ongeldig")
    let model = loaded.model
    let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    let directory = Fixtures.packageRoot.appendingPathComponent("Output").appendingPathComponent(
      stem)
    let day = try #require(
      model.peildatum, "\(file) heeft geen peildatum; Output/ zou per dag verschillen")
    let analysis = loaded.analysis(on: day)
    let pipeline = analysis.drawing(format: .svg)
    var expected: Set<String> = []
    for view in pipeline.views {
      let name = pipeline.fileName(for: view)
      expected.insert(name)
      let rendered = try pipeline.document(for: view).bytes
      let stored = try? Data(contentsOf: directory.appendingPathComponent(name))
      let upToDate = stored.map(Array.init) == rendered
      #expect(
        upToDate,
        "Output/\(stem)/\(name) is verouderd; draai scripts/render-output.sh")
    }
    if Self.reports.contains(stem) {
      expected.insert("rapport.html")
      // The script runs from the package root and names the model `Models/…`; the report
      // prints that path, where this test loaded it by its absolute path.
      let html = String(
        decoding: try ReportDocument(analysis: analysis, generated: day, source: file).html()
          .bytes, as: UTF8.self
      ).replacing(Fixtures.packageRoot.path + "/", with: "")
      let stored = try? Data(contentsOf: directory.appendingPathComponent("rapport.html"))
      let reportUpToDate = stored.map(Array.init) == Array(html.utf8)
      #expect(
        reportUpToDate, "Output/\(stem)/rapport.html is verouderd; draai scripts/render-output.sh")
    }
    let present = Set((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
    #expect(
      present == expected, "Output/\(stem) bevat andere bestanden; draai scripts/render-output.sh")
  }
}

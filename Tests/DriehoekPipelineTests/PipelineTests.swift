import DriehoekAnalysis
import DriehoekDiagram
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering
import Testing

/// The pipeline: one load, one index, one analysis, and every document drawn from them.
@Suite struct PipelineTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The peildatum of a model without one.
  static let fallback = Day(ordinal: 20_454)

  static func modelPath(_ name: String) -> String {
    packageRoot.appendingPathComponent("Models").appendingPathComponent(name).path
  }

  /// A whole run of `check`, `render --view alle` and `report` (HTML and Markdown) indexes the
  /// model once: while loading, for its validation.
  @Test(arguments: ["rijk.yaml", "svb.yaml"])
  func aRunIndexesTheModelOnce(_ file: String) throws {
    let observer = ModelIndex.BuildObserver()
    try ModelIndex.$buildObserver.withValue(observer) {
      let outcome = LoaderConfiguration().load(path: Self.modelPath(file))
      let loaded = try #require(outcome.model, "\(outcome.diagnosticText())")
      #expect(observer.count == 1)
      let analysis = loaded.analysis(on: loaded.peildatum(default: Self.fallback))
      let drawing = analysis.drawing(format: .svg)
      if file == "svb.yaml" {
        #expect(drawing.views.contains { $0.isChart }, "geen tijdlijn: de test telt die niet")
      }
      for view in drawing.views { _ = try drawing.document(for: view) }
      let report = ReportDocument(analysis: analysis, generated: analysis.peildatum, source: file)
      _ = try report.html()
      _ = try report.markdown(stem: "rapport")
      let dot = analysis.drawing(format: .dot)
      for view in dot.views { _ = try dot.dot(for: view) }
    }
    #expect(observer.count == 1)
  }

  /// The observer sees an index built outside the pipeline, also on the analysis' own threads:
  /// the count above would notice a second one.
  @Test func theObserverCountsEveryIndex() throws {
    let loaded = try #require(LoaderConfiguration().load(path: Self.modelPath("svb.yaml")).model)
    let observer = ModelIndex.BuildObserver()
    ModelIndex.$buildObserver.withValue(observer) {
      _ = LoadedModel(model: loaded.model).analysis(on: Self.fallback)
    }
    #expect(observer.count == 1)
    let threads = ModelIndex.BuildObserver()
    ModelIndex.$buildObserver.withValue(threads) {
      _ = Analyzer().analyse(loaded.model, peildatum: Self.fallback)
    }
    #expect(threads.count == 1)
  }

  @Test func anInvalidModelGivesItsDiagnosticsAndNoModel() {
    let outcome = LoaderConfiguration().load(
      text: "naam: X\norganisaties:\n  - id: a\n    naam: A\n    soort: onbekend\n", file: "x.yaml")
    #expect(outcome.model == nil)
    #expect(!outcome.isValid)
    #expect(!outcome.diagnostics.isEmpty)
    #expect(outcome.diagnosticText().contains("x.yaml:5:"))
  }

  @Test func theLimitsOfTheConfigurationApply() {
    let configuration = LoaderConfiguration(maximumFileSizeInMegabytes: 1)
    #expect(configuration.limits.maximumFileSize == 1024 * 1024)
    let big = "naam: X\n# " + String(repeating: "x", count: 1024 * 1024) + "\n"
    let outcome = configuration.load(text: big, file: "groot.yaml")
    #expect(outcome.model == nil)
    #expect(!outcome.diagnostics.isEmpty)
  }

  @Test func dotAndSVGAreBytesAndAgree() throws {
    let loaded = try #require(LoaderConfiguration().load(path: Self.modelPath("svb.yaml")).model)
    let analysis = loaded.analysis(on: loaded.peildatum(default: Self.fallback))
    let dot = analysis.drawing(format: .dot)
    let view = View.landschap
    #expect(try dot.document(for: view).bytes == dot.dot(for: view))
    #expect(!dot.views.contains(.matrix))
    let svg = try analysis.drawing(format: .svg).document(for: view).bytes
    #expect(String(decoding: svg.prefix(200), as: UTF8.self).contains("<svg"))
  }

  /// A render past its deadline stops with a time-out that names no command-line option.
  @Test func anIsolatedRenderStopsAtTheDeadline() throws {
    let loaded = try #require(LoaderConfiguration().load(path: Self.modelPath("svb.yaml")).model)
    let isolation = RenderIsolation(
      executable: "/bin/true", seconds: 2, deadline: ContinuousClock.now - .seconds(1))
    let drawing = loaded.analysis(on: Self.fallback)
      .drawing(format: .svg, isolation: isolation)
    #expect(throws: RenderingError.timedOut(seconds: 2)) {
      _ = try drawing.document(for: .landschap)
    }
    #expect(!"\(RenderingError.timedOut(seconds: 2))".contains("--"))
  }
}

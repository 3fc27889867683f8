import ArgumentParser
import DriehoekAnalysis
import DriehoekDiagram
import DriehoekModel
import DriehoekReports
import Foundation
import GraphvizRendering

/// `driehoek report MODEL`: the conflict report of a model as a document, one self-contained
/// HTML page (diagrams inline) or Markdown with the diagrams as SVG files next to it.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Schrijft het conflictrapport van een model als document (HTML of Markdown).",
    discussion: """
      HTML: één bestand zonder externe bronnen (SVG en CSS staan erin, geen script), met \
      printopmaak voor A4. Markdown: de diagrammen komen als SVG-bestanden naast het \
      document (RAPPORT-landschap.svg, RAPPORT-driehoek-svb.svg, …). Alle bestanden worden \
      eerst volledig geschreven en dan pas op hun plaats gezet.
      """)

  @Argument(help: "Het modelbestand (YAML of JSON).")
  var model: String

  @Option(help: "Het formaat.")
  var format: ReportFormat = .html

  @Option(help: "De taal van het document.")
  var lang: CheckLanguage = .nl

  @Option(help: "De peildatum JJJJ-MM-DD (standaard: die van het model, anders vandaag).")
  var peildatum: String?

  @Option(
    name: .shortAndLong,
    help: "Het uitvoerbestand; zonder -o (of met -) gaat HTML naar standaarduitvoer.")
  var output: String?

  @Option(
    help: ArgumentHelp(
      "Teken in een apart proces en breek af na zoveel seconden (het hele rapport).",
      valueName: "SECONDEN"))
  var timeout: Double?

  func validate() throws {
    if let timeout, !(timeout > 0 && timeout <= 86_400) {
      throw ValidationError("--timeout moet een aantal seconden tussen 0 en 86400 zijn.")
    }
    if case .failure(let error) = Day.sourceDateEpoch() {
      throw ValidationError(
        "SOURCE_DATE_EPOCH '\(error.text)' is geen geheel aantal seconden sinds 1970-01-01 UTC.")
    }
    if let peildatum, Day(iso: peildatum) == nil {
      throw ValidationError("Peildatum '\(peildatum)' is geen datum JJJJ-MM-DD.")
    }
    if format == .markdown && (output == nil || output == "-") {
      throw ValidationError(
        "Markdown schrijft ook SVG-bestanden naast het document; geef -o BESTAND.md.")
    }
  }

  func run() throws {
    let language = lang.language
    let deadline = timeout.map { Render.startWatchdog(seconds: $0) }
    let (model, writer) = try ModelInput.loadForWriting(self.model, language: language)
    let day = peildatum.flatMap { Day(iso: $0) } ?? model.peildatum ?? Day.today()
    let report = Analyzer().analyse(model, peildatum: day, language: language)
    let outline = ReportOutline(model: model, report: report)
    var pipeline = RenderPipeline(
      model: model, peildatum: day, highlights: Render.highlights(for: report),
      format: .svg)
    if let timeout, let deadline {
      pipeline.isolation = (Render.helperPath, timeout, deadline)
    }
    let source = URL(fileURLWithPath: self.model).lastPathComponent
    do {
      switch format {
      case .html:
        let (html, warnings) = try Self.html(
          outline: outline, pipeline: pipeline, generated: Day.generated(), source: source)
        warn(warnings)
        try writer.write(html, to: output)
        if let output, output != "-" { Console.printLine(output) }
      case .markdown:
        guard let output else { return }
        let url = URL(fileURLWithPath: output)
        let stem = url.deletingPathExtension().lastPathComponent
        let directory = url.deletingLastPathComponent().path
        var files: [(path: String, bytes: [UInt8])] = []
        var names: [View: String] = [:]
        for view in outline.diagramViews + outline.timelineViews {
          let document = try pipeline.document(for: view)
          warn(document.warnings)
          let name = "\(stem)-\(view.fileStem).svg"
          names[view] = name
          files.append((directory + "/" + name, document.bytes))
        }
        let markdown = MarkdownDocumentWriter(generated: Day.generated(), source: source)
          .write(outline, diagramFiles: names)
        files.insert((output, Array(markdown.utf8)), at: 0)
        try writer.write(files)
        for file in files { Console.printLine(file.path) }
      }
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// The HTML document of an outline, and what Graphviz warned.
  ///
  /// Every diagram is rendered with its cards linked to the sections. `scripts/render-output.sh` and the test that keeps
  /// `Output/` current write the same bytes through here.
  static func html(
    outline: ReportOutline, pipeline: RenderPipeline, generated: Day, source: String
  ) throws -> (html: String, warnings: [String]) {
    var diagrams: [View: String] = [:]
    var warnings: [String] = []
    for view in outline.diagramViews {
      let document = try pipeline.document(for: view) { id in
        outline.anchor(for: id).map { "#" + $0 }
      }
      warnings += document.warnings
      diagrams[view] = String(decoding: document.bytes, as: UTF8.self)
    }
    let html = HTMLDocumentWriter(generated: generated, source: source)
      .write(outline, diagrams: diagrams)
    return (html, warnings)
  }

  private func warn(_ warnings: [String]) {
    for warning in warnings {
      StandardError.write("waarschuwing (Graphviz): \(warning)\n")
    }
  }
}

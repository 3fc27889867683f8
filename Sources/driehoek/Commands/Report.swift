import ArgumentParser
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering

/// `driehoek report MODEL`: the conflict report of a model as a document, one self-contained
/// HTML page (diagrams inline) or Markdown with the diagrams as SVG files next to it.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
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

  @OptionGroup var peildatum: PeildatumOption

  @Option(
    name: .shortAndLong,
    help: "Het uitvoerbestand; zonder -o (of met -) gaat HTML naar standaarduitvoer.")
  var output: String?

  @Option(
    help: ArgumentHelp(
      "Teken in een apart proces en breek af na zoveel seconden (het hele rapport).",
      valueName: "SECONDEN"))
  var timeout: Double?

  @OptionGroup var limits: LoadOptions

  func validate() throws {
    try ValidationError.checkTimeout(timeout)
    if case .failure(let error) = Day.sourceDateEpoch() {
      throw ValidationError(
        "SOURCE_DATE_EPOCH '\(error.text)' is geen geheel aantal seconden sinds 1970-01-01 UTC.")
    }
    try ValidationError.checkMarkdownOutput(output, isMarkdown: format == .markdown)
  }

  func run() throws {
    let language = lang.language
    let deadline = timeout.map { Render.startWatchdog(seconds: $0) }
    let (loaded, writer) = try ModelInput.loadForWriting(
      model, language: language, configuration: limits.configuration)
    let day = loaded.peildatum(chosen: peildatum.day, default: Day.today())
    let document = ReportDocument(
      analysis: loaded.analysis(on: day, language: language), generated: Day.generated(),
      source: URL(fileURLWithPath: model).lastPathComponent,
      isolation: timeout.map { Render.isolation(seconds: $0, deadline: deadline) })
    do {
      switch format {
      case .html:
        let html = try document.html()
        StandardError.graphvizWarnings(html.warnings)
        try writer.write(html.bytes, to: output)
        if let output, output != "-" { Console.printLine(output) }
      case .markdown:
        guard let output else { return }
        let url = URL(fileURLWithPath: output)
        let directory = url.deletingLastPathComponent().path
        let markdown = try document.markdown(stem: url.deletingPathExtension().lastPathComponent)
        StandardError.graphvizWarnings(markdown.warnings)
        let files =
          [(path: output, bytes: markdown.document)]
          + markdown.diagrams.map { (path: directory + "/" + $0.name, bytes: $0.bytes) }
        try writer.write(files)
        for file in files { Console.printLine(file.path) }
      }
    } catch {
      throw StandardError.renderFailure(error)
    }
  }
}

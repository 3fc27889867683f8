import ArgumentParser
import DriehoekDiagram
import DriehoekModel
import DriehoekPipeline
import GraphvizRendering

/// `driehoek render MODEL`: draws one view, or every view, of a model.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Tekent de views van een model (kaartenset-stijl).",
    discussion: """
      Views: landschap, matrix (sturingsmatrix, alleen SVG), driehoek:ID, ministerie:ID, \
      keten:ID, tijdlijn:ID (alleen SVG), bevindingen, of 'alle' \
      (schrijft elke view in --output-dir: landschap.svg, driehoek-svb.svg, …).
      Zonder -o of --output-dir gaat één view naar standaarduitvoer.
      """)

  @Argument(help: "Het modelbestand (YAML of JSON).")
  var model: String

  @Option(
    help: ArgumentHelp(
      "De view: landschap, matrix, driehoek:ID, ministerie:ID, keten:ID, tijdlijn:ID, "
        + "bevindingen of alle."))
  var view: String = "landschap"

  @Option(help: "Het formaat.")
  var format: OutputFormat = .svg

  @Option(name: .shortAndLong, help: "Het uitvoerbestand voor één view.")
  var output: String?

  @Option(help: "De map voor '--view alle' (wordt aangemaakt).")
  var outputDir: String?

  @OptionGroup var peildatum: PeildatumOption

  @Option(
    help: ArgumentHelp(
      "Teken in een apart proces en breek af na zoveel seconden (alle views samen).",
      valueName: "SECONDEN"))
  var timeout: Double?

  @OptionGroup var limits: LoadOptions

  func validate() throws {
    if output != nil && outputDir != nil {
      throw ValidationError("Gebruik -o of --output-dir, niet allebei.")
    }
    if view == "alle" {
      guard outputDir != nil else {
        throw ValidationError("'--view alle' schrijft meerdere bestanden; geef --output-dir.")
      }
    } else if View(view) == nil {
      throw ValidationError(
        "Onbekende view '\(view)'; kies landschap, matrix, driehoek:ID, ministerie:ID, keten:ID, tijdlijn:ID, bevindingen of alle."
      )
    }
    try ValidationError.checkTimeout(timeout)
  }

  func run() throws {
    let deadline = timeout.map { Render.startWatchdog(seconds: $0) }
    let (loaded, writer) = try ModelInput.loadForWriting(
      model, configuration: limits.configuration)
    let day = loaded.peildatum(chosen: peildatum.day, default: Day.today())
    let drawing = loaded.analysis(on: day).drawing(
      format: format, isolation: timeout.map { Render.isolation(seconds: $0, deadline: deadline) })
    do {
      if view == "alle", let outputDir {
        let documents = try drawing.views.map { ($0, try drawing.document(for: $0)) }
        let files = documents.map { view, document in
          (path: outputDir + "/" + drawing.fileName(for: view), bytes: document.bytes)
        }
        try writer.write(files)
        for (file, (_, document)) in zip(files, documents) {
          StandardError.graphvizWarnings(document.warnings)
          Console.printLine(file.path)
        }
      } else if let chosen = View(view) {
        let document = try drawing.document(for: chosen)
        StandardError.graphvizWarnings(document.warnings)
        if let output {
          try writer.write(document.bytes, to: output)
          if output != "-" { Console.printLine(output) }
        } else if let outputDir {
          let path = outputDir + "/" + drawing.fileName(for: chosen)
          try writer.write(document.bytes, to: path)
          Console.printLine(path)
        } else {
          Console.writeOutput(document.bytes)
        }
      }
    } catch let error as DiagramError {
      let views = drawing.views.map(\.description).joined(separator: ", ")
      StandardError.write("fout: \(error)\nviews van dit model: \(views)\n")
      throw ExitCode(2)
    } catch {
      throw StandardError.renderFailure(error)
    }
  }
}

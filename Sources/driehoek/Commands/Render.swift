import ArgumentParser
import DriehoekAnalysis
import DriehoekDiagram
import DriehoekModel
import Foundation
import GraphvizRendering

/// `driehoek render MODEL`: draws one view, or every view, of a model.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
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

  @Option(help: "De peildatum JJJJ-MM-DD (standaard: die van het model, anders vandaag).")
  var peildatum: String?

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
    if let peildatum, Day(iso: peildatum) == nil {
      throw ValidationError("Peildatum '\(peildatum)' is geen datum JJJJ-MM-DD.")
    }
    if let timeout, !(timeout > 0 && timeout <= 86_400) {
      throw ValidationError("--timeout moet een aantal seconden tussen 0 en 86400 zijn.")
    }
  }

  func run() throws {
    let deadline = timeout.map { Render.startWatchdog(seconds: $0) }
    let (model, writer) = try ModelInput.loadForWriting(self.model, loader: limits.loader)
    let day = peildatum.flatMap { Day(iso: $0) } ?? model.peildatum ?? Day.today()
    var pipeline = RenderPipeline(
      model: model, peildatum: day, highlights: Render.highlights(for: model, peildatum: day),
      format: format)
    if let timeout, let deadline {
      pipeline.isolation = (Render.helperPath, timeout, deadline)
    }
    do {
      if view == "alle", let outputDir {
        for written in try pipeline.writeAll(into: outputDir, with: writer) {
          report(written.warnings)
          Console.printLine(written.path)
        }
      } else if let chosen = View(view) {
        let document = try pipeline.document(for: chosen)
        report(document.warnings)
        if let output {
          try writer.write(document.bytes, to: output)
          if output != "-" { Console.printLine(output) }
        } else if let outputDir {
          Console.printLine(
            try pipeline.write(document, for: chosen, into: outputDir, with: writer))
        } else {
          Console.writeOutput(document.bytes)
        }
      }
    } catch let error as DiagramError {
      let views = pipeline.views.map(\.description).joined(separator: ", ")
      StandardError.write("fout: \(error)\nviews van dit model: \(views)\n")
      throw ExitCode(2)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// Starts the watchdog of `--timeout` (validated: 0 < seconds ≤ 86,400); returns the deadline.
  static func startWatchdog(seconds: Double) -> ContinuousClock.Instant {
    let deadline = ContinuousClock.now + .milliseconds(Int64((seconds * 1000).rounded(.up)))
    Watchdog.start(
      deadline: deadline, message: "fout: \(RenderingError.timedOut(seconds: seconds))\n")
    return deadline
  }

  /// This executable, which renders for `--timeout` through its hidden `_render-dot` command.
  static var helperPath: String {
    Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments[0]
  }

  private func report(_ warnings: [String]) {
    for warning in warnings {
      StandardError.write("waarschuwing (Graphviz): \(warning)\n")
    }
  }

  /// The findings of the analysis (rules SD01–SD20 and accepted risks) on the peildatum, as
  /// highlights: open ones are outlined in red with their codes, accepted ones shown muted.
  static func highlights(for model: Model, peildatum: Day) -> [DiagramHighlight] {
    highlights(for: Analyzer().analyse(model, peildatum: peildatum))
  }

  /// The findings of an analysis already made, as highlights.
  static func highlights(for report: AnalysisReport) -> [DiagramHighlight] {
    report.findings.map { finding in
      DiagramHighlight(
        code: finding.code, severity: finding.severity, betreft: finding.betreft,
        isAccepted: !finding.isOpen, message: finding.message,
        executors: finding.executors)
    }
  }
}

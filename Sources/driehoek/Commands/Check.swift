import ArgumentParser
import DriehoekAnalysis
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline
import DriehoekReports

/// `driehoek check MODEL...`: loads, validates and analyses models and reports the findings.
///
/// Exit codes: 0 when no open finding reaches the fail level, 1 when one does, 2 when a model
/// cannot be loaded or is invalid, 64 for a wrong command line.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Laadt en controleert modellen op conflicten in de sturingsdriehoek.",
    discussion: """
      Exitcodes: 0 geen open bevinding op of boven --fail-on; 1 wel; 2 een model is ongeldig; \
      64 de opdrachtregel is fout.
      """)

  @Argument(help: "De modelbestanden (YAML of JSON).")
  var models: [String]

  @Option(help: "Het uitvoerformaat.")
  var format: CheckFormat = .text

  @Option(help: "Vanaf welke ernst een open bevinding de controle laat falen.")
  var failOn: CheckFailLevel = .fout

  @Option(help: "De taal van de meldingen.")
  var lang: CheckLanguage = .nl

  @Option(
    help:
      "De datum waarop gecontroleerd wordt (YYYY-MM-DD); standaard die van het model, anders vandaag."
  )
  var peildatum: String?

  @Option(
    parsing: .upToNextOption, help: "Alleen deze regels rapporteren (bijvoorbeeld SD01 SD13).")
  var regel: [String] = []

  @Option(
    name: [.customShort("o"), .long],
    help: "Het uitvoerbestand (standaard: standaarduitvoer); wordt in één keer vervangen.")
  var output: String?

  @Flag(
    help:
      "Bij --format csv: puntkomma's als scheidingsteken en een UTF-8-BOM, voor Excel met Nederlandse instellingen."
  )
  var excel = false

  @OptionGroup var limits: LoadOptions

  func validate() throws {
    if excel, format != .csv { throw ValidationError("--excel hoort bij --format csv.") }
    if format == .xlsx, output == nil || output == "-", CheckOutput.isTerminal {
      throw ValidationError(
        "--format xlsx schrijft een werkmap (binair): geef -o BESTAND.xlsx of stuur de uitvoer naar een bestand."
      )
    }
    if let peildatum, Day(iso: peildatum) == nil {
      throw ValidationError("'\(peildatum)' is geen datum van de vorm YYYY-MM-DD.")
    }
    let known = Set(RuleCatalogue.all.map(\.code))
    for code in regel where !known.contains(code.uppercased()) {
      throw ValidationError(
        "onbekende regel '\(code)'; bekend zijn \(known.sorted().joined(separator: ", ")).")
    }
  }

  func run() throws {
    let language = lang.language
    let configuration = limits.configuration
    let codes = Set(regel.map { $0.uppercased() })
    var reports: [AnalysisReport] = []
    var anyInvalid = false
    var inputs: [String] = []
    for path in models {
      let outcome = configuration.load(path: path)
      ModelInput.printDiagnostics(outcome.diagnostics, language: language)
      inputs += outcome.inputPaths
      guard let loaded = outcome.model else {
        anyInvalid = true
        continue
      }
      let day = loaded.peildatum(chosen: peildatum.flatMap { Day(iso: $0) }, default: .today())
      reports.append(
        loaded.analysis(on: day, language: language).filtered(codes: codes).report)
    }
    if !reports.isEmpty {
      let toFile = output.map { $0 != "-" } ?? false
      if format == .json || format == .sarif {
        try writeData(reports, toFile: toFile, inputs: inputs)
        return try finish(reports, anyInvalid: anyInvalid)
      }
      if format == .xlsx {
        do {
          try OutputWriter(inputs: inputs).write(FindingsWorkbook().xlsx(reports), to: output)
        } catch {
          StandardError.write("fout: \(error)\n")
          throw ExitCode(2)
        }
        return try finish(reports, anyInvalid: anyInvalid)
      }
      let text = render(reports, usesColour: !toFile && CheckOutput.allowsColour)
      let isData = format == .json || format == .sarif || format == .csv
      if toFile {
        // Through the shared writer: atomic, never onto a model or a file it imports.
        do {
          try OutputWriter(inputs: inputs).write(
            isData ? text : TerminalText.sanitized(text), to: output)
        } catch {
          StandardError.write("fout: \(error)\n")
          throw ExitCode(2)
        }
      } else {
        CheckOutput.write(
          text, isData: isData, keepsColour: format == .text && CheckOutput.allowsColour)
      }
    }
    try finish(reports, anyInvalid: anyInvalid)
  }

  /// Writes JSON or SARIF as the writers stream it: to standard output in chunks of a
  /// megabyte (the whole text is never held), or collected into one buffer for the output
  /// writer, which stages it atomically.
  private func writeData(_ reports: [AnalysisReport], toFile: Bool, inputs: [String]) throws {
    var bytes: [UInt8] = []
    let output: ([UInt8]) -> Void = { chunk in
      if toFile { bytes += chunk } else { Console.writeOutput(chunk) }
    }
    if format == .json {
      JSONReportWriter().write(reports, chunks: output)
    } else {
      SARIFReportWriter().write(reports, chunks: output)
    }
    guard toFile else { return }
    do {
      try OutputWriter(inputs: inputs).write(bytes, to: self.output)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// Throws the exit code: 2 when a model was invalid, 1 when an open finding reaches
  /// `--fail-on`.
  private func finish(_ reports: [AnalysisReport], anyInvalid: Bool) throws {
    if anyInvalid { throw ExitCode(2) }
    if let threshold = failOn.threshold,
      reports.contains(where: { report in
        report.openFindings.contains { $0.severity >= threshold }
      })
    {
      throw ExitCode(1)
    }
  }

  private func render(_ reports: [AnalysisReport], usesColour: Bool) -> String {
    switch format {
    case .text:
      let writer = TextReportWriter(usesColour: usesColour)
      return reports.map(writer.write).joined(separator: "\n")
    case .markdown:
      return reports.map(MarkdownReportWriter().write).joined(separator: "\n")
    case .json:
      return JSONReportWriter().write(reports)
    case .sarif:
      return SARIFReportWriter().write(reports)
    case .csv:
      return FindingsCSV.text(reports, dialect: excel ? .excel : .standard)
    case .xlsx:
      return ""  // written as bytes by run()
    }
  }
}

import ArgumentParser
import DriehoekAnalysis
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline

/// `driehoek check MODEL...`: loads, validates and analyses models and reports the findings.
///
/// Exit codes: 0 when no open finding reaches the fail level, 1 when one does, 2 when a model
/// cannot be loaded or is invalid, 64 for a wrong command line.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
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
    try CheckOutput.validate(
      excel: excel, isCSV: format == .csv, isWorkbook: format == .xlsx, output: output)
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
    // Held to the end, so that they are not taken apart before the process ends (see below).
    var loadedModels: [LoadedModel] = []
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
      loadedModels.append(loaded)
      let day = loaded.peildatum(chosen: peildatum.flatMap { Day(iso: $0) }, default: .today())
      reports.append(
        loaded.analysis(on: day, language: language).filtered(codes: codes).report)
    }
    if !reports.isEmpty {
      try write(FindingsDocument(reports: reports), inputs: inputs)
    }
    // The process ends here, with the exit code `finish` gives, while the models and their
    // findings are still held: they are not taken apart one by one (about 3 % of the run at
    // 10,000 executors); the system takes the memory back at once.
    withExtendedLifetime((loadedModels, reports)) {
      do {
        try finish(reports, anyInvalid: anyInvalid)
      } catch {
        Self.exit(withError: error)
      }
      Self.exit()
    }
  }
}

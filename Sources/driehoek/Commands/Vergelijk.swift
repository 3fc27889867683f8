import ArgumentParser
import DriehoekComparison
import DriehoekModel
import DriehoekPipeline
import DriehoekReports
import Foundation

/// `driehoek vergelijk OUD NIEUW` or `driehoek vergelijk MODEL --peildatum D1 --nieuwe-peildatum
/// D2`: what changes between two versions of a model, or between two dates of one.
///
/// The comparison lives in DriehoekComparison, the writers in DriehoekReports, loading and
/// analysing in DriehoekPipeline; this command only reads the options and writes. Exit codes as `check`: 0 no new open finding at
/// or above `--fail-on`, 1 there is one, 2 a model is invalid (or the output cannot be
/// written), 64 the command line is wrong.
struct Vergelijk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vergelijk",
    abstract: "Vergelijkt twee versies van een model, of één model op twee peildata.",
    discussion: """
      Twee bestanden: vergelijk OUD NIEUW. Eén model op twee data: vergelijk MODEL \
      --peildatum D1 --nieuwe-peildatum D2 (wat op D1 geldt en op D2 niet, en omgekeerd). \
      Exitcodes: 0 geen nieuwe open bevinding op of boven --fail-on; 1 wel; 2 een model is \
      ongeldig; 64 de opdrachtregel is fout.
      """)

  @Argument(help: "OUD en NIEUW (YAML of JSON), of één model met --nieuwe-peildatum.")
  var models: [String]

  @Option(help: "Het uitvoerformaat (markdown en html met -o BESTAND).")
  var format: VergelijkFormat = .text

  @Option(help: "Vanaf welke ernst een nieuwe open bevinding de vergelijking laat falen.")
  var failOn: CheckFailLevel = .fout

  @Option(help: "De taal van de meldingen.")
  var lang: CheckLanguage = .nl

  @Option(
    help: "De peildatum van OUD (YYYY-MM-DD); standaard die van het model, anders vandaag.")
  var peildatum: String?

  @Option(
    help:
      "De peildatum van NIEUW (YYYY-MM-DD); standaard --peildatum, anders die van het model. Met één model verplicht."
  )
  var nieuwePeildatum: String?

  @Option(
    name: [.customShort("o"), .long],
    help: "Het uitvoerbestand (standaard: standaarduitvoer); wordt in één keer vervangen.")
  var output: String?

  @OptionGroup var limits: LoadOptions

  func validate() throws {
    guard (1...2).contains(models.count) else {
      throw ValidationError("geef twee modellen (OUD NIEUW), of één model met --nieuwe-peildatum.")
    }
    if models.count == 1, nieuwePeildatum == nil {
      throw ValidationError(
        "met één model vergelijkt vergelijk twee peildata: geef --nieuwe-peildatum (en eventueel --peildatum)."
      )
    }
    for date in [peildatum, nieuwePeildatum].compactMap(\.self) where Day(iso: date) == nil {
      throw ValidationError("'\(date)' is geen datum van de vorm YYYY-MM-DD.")
    }
    try ValidationError.checkMarkdownOutput(output, isMarkdown: format == .markdown)
  }

  func run() throws {
    let language = lang.language
    let configuration = limits.configuration
    let outcomes = models.map { configuration.load(path: $0) }
    for outcome in outcomes {
      ModelInput.printDiagnostics(outcome.diagnostics, language: language)
    }
    let loaded = outcomes.compactMap(\.model)
    guard loaded.count == outcomes.count, let oud = loaded.first, let nieuw = loaded.last else {
      throw ExitCode(2)
    }
    let given = peildatum.flatMap { Day(iso: $0) }
    let oudDay = oud.peildatum(chosen: given, default: Day.today())
    let nieuwDay = nieuw.peildatum(
      chosen: nieuwePeildatum.flatMap { Day(iso: $0) } ?? given, default: Day.today())
    let vergelijking =
      models.count == 1
      ? Vergelijking(model: oud, oud: oudDay, nieuw: nieuwDay, language: language)
      : Vergelijking(
        oud: oud.analysis(on: oudDay, language: language),
        nieuw: nieuw.analysis(on: nieuwDay, language: language))
    let writer = OutputWriter(inputs: outcomes.flatMap(\.inputPaths))
    do {
      try write(vergelijking, with: writer)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
    if let threshold = failOn.threshold, vergelijking.hasNewFinding(atLeast: threshold) {
      throw ExitCode(1)
    }
  }
}

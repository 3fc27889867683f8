import ArgumentParser
import DriehoekModel
import DriehoekPipeline
import DriehoekReports
import Foundation

/// `driehoek kaarten MODEL`: the card set to print for a driehoeksoverleg, four A6 cards to an
/// A4 sheet, fronts and mirrored backs (docs/kaarten.md).
struct Kaarten: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kaarten",
    abstract: "Schrijft de kaartenset om af te drukken: één A6-kaart per partij, vier per A4.",
    discussion: """
      Een omslagkaart, een kaart per uitvoerder en een per onderdeel dat op de peildatum \
      eigenaar of opdrachtgever is. Voorkant: rollen en relaties; achterkant: gespreksvragen \
      uit de open bevindingen en lijnen om op te schrijven. Druk af op A4, werkelijke grootte, \
      dubbelzijdig over de lange kant. HTML: één bestand zonder externe bronnen en zonder \
      script. PDF: afgedrukt met headless Chromium (DRIEHOEK_CHROMIUM, anders chromium in PATH).
      """)

  @Argument(help: "Het modelbestand (YAML of JSON).")
  var model: String

  @Option(
    name: [.customLong("uitvoerder")],
    help: ArgumentHelp(
      "Alleen de partijen rond deze uitvoerder (herhaalbaar).", valueName: "ID"))
  var uitvoerders: [String] = []

  @Option(help: "Het formaat.")
  var format: KaartenFormat = .html

  @Option(help: "De taal van de kaarten.")
  var lang: CheckLanguage = .nl

  @OptionGroup var peildatum: PeildatumOption

  @Option(
    name: .shortAndLong,
    help: "Het uitvoerbestand; zonder -o (of met -) gaat HTML naar standaarduitvoer.")
  var output: String?

  @OptionGroup var limits: LoadOptions

  func validate() throws {
    if format == .pdf && (output == nil || output == "-") {
      throw ValidationError("PDF gaat naar een bestand; geef -o KAARTEN.pdf.")
    }
  }

  func run() throws {
    let language = lang.language
    let (loaded, writer) = try ModelInput.loadForWriting(
      model, language: language, configuration: limits.configuration)
    let day = loaded.peildatum(chosen: peildatum.day, default: Day.today())
    let analysis = loaded.analysis(on: day, language: language)
    let set: KaartenSet
    do {
      set = try KaartenSet(
        model: loaded.model, report: analysis.report,
        uitvoerders: uitvoerders.map { ElementID($0) },
        index: loaded.index)
    } catch {
      StandardError.write(
        "\(self.model): fout: \(error.message(in: language))\n"
          + language.pick(
            "  oplossing: geef bij --uitvoerder het id van een uitvoerder (een organisatie in "
              + "'van:' van een rol, geldig op \(day)).\n",
            "  fix: give --uitvoerder the id of an executor (an organisation in 'van:' of a "
              + "role, valid on \(day)).\n"))
      throw ExitCode(64)
    }
    let html = KaartenHTMLWriter(
      generated: Day.today(), source: URL(fileURLWithPath: self.model).lastPathComponent
    ).write(set)
    do {
      switch format {
      case .html:
        try writer.write(html, to: output)
      case .pdf:
        guard let output else { return }
        let pdf = try ChromiumPrinter.printToPDF(html: html)
        try writer.write(pdf, to: output)
      }
      if let output, output != "-" { Console.printLine(output) }
    } catch let error as ChromiumPrinter.Failure {
      StandardError.write("fout: \(error.message(in: language))\n")
      throw ExitCode(2)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }
}

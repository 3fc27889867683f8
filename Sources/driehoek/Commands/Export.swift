import ArgumentParser
import DriehoekInterchange
import DriehoekModel
import DriehoekPipeline

/// `driehoek export MODEL --format json|yaml|csv|archimate`: writes a model in an interchange
/// format.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Schrijft een model als JSON, YAML, CSV, Excel-werkmap (xlsx) of ArchiMate.",
    discussion: """
      JSON is canoniek (gesorteerde sleutels, ISO-datums) en laadt terug tot hetzelfde model; \
      CSV heeft een kopregel in het Nederlands en een regel per element; xlsx is een werkmap \
      met een blad per soort element, die 'driehoek import' terugleest; archimate is het \
      uitwisselformaat van The Open Group (3.1) voor Archi, met open bevindingen als \
      eigenschappen en een view per sturingsdriehoek (docs/archimate.md).
      """)

  @Argument(help: "Het modelbestand (YAML of JSON).")
  var model: String

  @Option(help: "Het formaat.")
  var format: ExportFormat = .json

  @Option(
    name: [.customShort("o"), .long], help: "Het uitvoerbestand (standaard: standaarduitvoer).")
  var output: String?

  @Flag(
    help:
      "Bij --format archimate: de views op een raster zetten in plaats van de Graphviz-layout van driehoek:ID."
  )
  var raster = false

  @Flag(
    help:
      "Bij --format csv: puntkomma's als scheidingsteken, een UTF-8-BOM en decimale komma's, zodat Excel met Nederlandse instellingen de kolommen en de 'ë' goed opent."
  )
  var excel = false

  @OptionGroup var limits: LoadOptions

  func validate() throws {
    try CheckOutput.validate(
      excel: excel, isCSV: format == .csv, isWorkbook: format == .xlsx, output: output)
  }

  func run() throws {
    let (input, writer) = try ModelInput.loadForWriting(
      model, configuration: limits.configuration)
    let loaded = input.model
    do {
      if excel {
        try writer.write(ModelWriter().csv(loaded, dialect: .excel), to: output)
        return
      }
      guard format == .archimate else {
        try writer.write(try ModelWriter().bytes(loaded, as: format), to: output)
        return
      }
      let export = try ArchiMateExport(model: input, usesGraphviz: !raster).text()
      for warning in export.warnings { StandardError.write("waarschuwing: \(warning)\n") }
      try writer.write(export.xml, to: output)
    } catch let error as OutputError {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    } catch let error as WorkbookError {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }
}

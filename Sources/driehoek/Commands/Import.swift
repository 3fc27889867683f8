import ArgumentParser
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation

/// `driehoek import FILE -o MODEL.yaml`: turns a CSV table or an ArchiMate exchange file into a
/// model file; which of the two it is, the content says.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Zet een CSV-tabel, een Excel-werkmap (xlsx) of een ArchiMate-uitwisselbestand (zoals 'export' die schrijft) om in een modelbestand.",
    discussion: """
      Het formaat volgt uit de inhoud: een zip (xlsx) wordt gelezen als werkmap met een blad \
      per soort element (docs/reports.md); een bestand dat met '<' begint is XML en wordt \
      gelezen als ArchiMate-uitwisselbestand (docs/archimate.md); anders als CSV.
      """)

  @Argument(help: "Het CSV-, xlsx- of ArchiMate-bestand.")
  var file: String

  @Option(name: [.customShort("o"), .long], help: "Het modelbestand dat wordt geschreven (YAML).")
  var output: String

  func run() throws {
    let data: [UInt8]
    switch ImportInput.read(file) {
    case .success(let bytes): data = bytes
    case .failure(let failure):
      StandardError.write("\(file): fout: \(failure.reason)\n")
      throw ExitCode(2)
    }
    if WorkbookReader.looksLikeZip(data) {
      let (model, diagnostics) = ModelWorkbook.read(data, file: file)
      try write(model, diagnostics: diagnostics)
      return
    }
    if ArchiMateReader.looksLikeXML(Data(data)) {
      let (model, diagnostics) = ArchiMateReader().read(Data(data), file: file)
      try write(model, diagnostics: diagnostics)
      return
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      StandardError.write("\(file):1:1: fout: het bestand is geen geldige UTF-8-tekst\n")
      throw ExitCode(2)
    }
    let (model, diagnostics) = CSVModelReader().read(text, file: file)
    try write(model, diagnostics: diagnostics)
  }

  /// Writes the model read from the file, after its diagnostics; exit code 2 when it has errors.
  private func write(_ model: Model?, diagnostics: [Diagnostic]) throws {
    ModelInput.printDiagnostics(diagnostics, language: .nl)
    guard let model, !diagnostics.containsErrors else { throw ExitCode(2) }
    do {
      try OutputWriter(inputs: [file]).write(try ModelWriter().write(model, as: .yaml), to: output)
    } catch let error as OutputError {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }
}

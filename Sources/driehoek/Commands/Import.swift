import ArgumentParser
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation

/// `driehoek import FILE -o MODEL.yaml`: turns a CSV table or an ArchiMate exchange file into a
/// model file; which of the two it is, the content says.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Zet een CSV-tabel of een ArchiMate-uitwisselbestand (zoals 'export' die schrijft) om in een modelbestand.",
    discussion: """
      Het formaat volgt uit de inhoud: een bestand dat met '<' begint is XML en wordt gelezen \
      als ArchiMate-uitwisselbestand (docs/archimate.md); anders als CSV.
      """)

  @Argument(help: "Het CSV- of ArchiMate-bestand.")
  var file: String

  @Option(name: [.customShort("o"), .long], help: "Het modelbestand dat wordt geschreven (YAML).")
  var output: String

  func validate() throws {
    if FileManager.default.fileExists(atPath: output),
      URL(fileURLWithPath: output).standardizedFileURL
        == URL(fileURLWithPath: file).standardizedFileURL
    {
      throw ValidationError("Het uitvoerbestand mag niet het invoerbestand zelf zijn.")
    }
  }

  func run() throws {
    let limit = LoadLimits().maximumFileSize
    if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
      size > limit
    {
      let location = SourceLocation(file: file, line: 1, column: 1)
      ModelInput.printDiagnostics(
        [Diagnostic(.fileTooLarge(bytes: size, limit: limit), at: location)], language: .nl)
      throw ExitCode(2)
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      StandardError.write("\(file): fout: kan het bestand niet lezen\n")
      throw ExitCode(2)
    }
    if ArchiMateReader.looksLikeXML(data) {
      let (model, diagnostics) = ArchiMateReader().read(data, file: file)
      ModelInput.printDiagnostics(diagnostics, language: .nl)
      guard let model, !diagnostics.containsErrors else { throw ExitCode(2) }
      try OutputFile.write(try ModelWriter().write(model, as: .yaml), to: output)
      return
    }
    guard let text = String(data: data, encoding: .utf8) else {
      StandardError.write("\(file):1:1: fout: het bestand is geen geldige UTF-8-tekst\n")
      throw ExitCode(2)
    }
    let (model, diagnostics) = CSVModelReader().read(text, file: file)
    ModelInput.printDiagnostics(diagnostics, language: .nl)
    guard let model, !diagnostics.containsErrors else { throw ExitCode(2) }
    try OutputFile.write(try ModelWriter().write(model, as: .yaml), to: output)
  }
}

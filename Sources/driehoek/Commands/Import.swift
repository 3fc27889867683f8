import ArgumentParser
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation

/// `driehoek import FILE.csv -o MODEL.yaml`: turns a CSV table into a model file.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Zet een CSV-tabel (zoals 'export --format csv' die schrijft) om in een modelbestand."
  )

  @Argument(help: "Het CSV-bestand.")
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
    guard let text = String(validating: data, as: UTF8.self) else {
      StandardError.write("\(file):1:1: fout: het bestand is geen geldige UTF-8-tekst\n")
      throw ExitCode(2)
    }
    let (model, diagnostics) = CSVModelReader().read(text, file: file)
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

import ArgumentParser
import DriehoekInterchange
import DriehoekModel

/// `driehoek export MODEL --format json|yaml|csv`: writes a model in an interchange format.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Schrijft een model als JSON, YAML of CSV.",
    discussion: """
      JSON is canoniek (gesorteerde sleutels, ISO-datums) en laadt terug tot hetzelfde model; \
      CSV heeft een kopregel in het Nederlands en een regel per element.
      """)

  @Argument(help: "Het modelbestand (YAML of JSON).")
  var model: String

  @Option(help: "Het formaat.")
  var format: ExportFormat = .json

  @Option(
    name: [.customShort("o"), .long], help: "Het uitvoerbestand (standaard: standaarduitvoer).")
  var output: String?

  @OptionGroup var limits: LoadOptions

  func run() throws {
    let (loaded, writer) = try ModelInput.loadForWriting(model, loader: limits.loader)
    let text = try ModelWriter().write(loaded, as: format)
    do {
      try writer.write(text, to: output)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }
}

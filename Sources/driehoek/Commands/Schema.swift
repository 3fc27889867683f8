import ArgumentParser
import DriehoekInterchange

/// `driehoek schema`: prints the JSON Schema of the model file.
struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print het JSON Schema (draft 2020-12) van het modelbestand.",
    discussion: """
      Gebruik het in een editor voor aanvulling en controle, bijvoorbeeld met de YAML language \
      server: zet '# yaml-language-server: $schema=model.schema.json' bovenaan het model.
      """)

  @Option(
    name: [.customShort("o"), .long], help: "Het uitvoerbestand (standaard: standaarduitvoer).")
  var output: String?

  func run() throws {
    do {
      try OutputWriter(inputs: []).write(ModelSchema.json(), to: output)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }
}

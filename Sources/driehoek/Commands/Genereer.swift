import ArgumentParser
import DriehoekInterchange

/// `driehoek genereer --uitvoerders N --seed S -o FILE`: writes a large generated model.
struct Genereer: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Schrijft een gegenereerd groot model (voor benchmarks).",
    discussion: """
      Twaalf ministeries met DG's; per uitvoerder een eigenaar, twee tot vier opdrachtgevers \
      met elk twee of drie opdrachten, een werkafspraak en soms een geaccepteerd risico. \
      Dezelfde seed geeft hetzelfde model. Elk element staat op één regel (flow-stijl).
      """)

  @Option(help: "Het aantal uitvoerders.")
  var uitvoerders: Int = 100

  @Option(help: "Het startgetal van de willekeurige keuzes.")
  var seed: UInt64 = 1

  @Option(
    name: [.customShort("o"), .long], help: "Het uitvoerbestand (standaard: standaarduitvoer).")
  var output: String?

  func validate() throws {
    guard uitvoerders >= 0 else {
      throw ValidationError("--uitvoerders moet 0 of meer zijn.")
    }
  }

  func run() throws {
    let text = ModelGenerator(executorCount: uitvoerders, seed: seed).yaml()
    do {
      try OutputWriter(inputs: []).write(text, to: output)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }
}

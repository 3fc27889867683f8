import ArgumentParser
import DriehoekInterchange

/// `driehoek genereer --uitvoerders N --seed S -o FILE`: writes a large generated model.
struct Genereer: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "genereer",
    abstract: "Schrijft een gegenereerd groot model (voor benchmarks).",
    discussion: """
      Twaalf ministeries met DG's; per uitvoerder een eigenaar, twee tot vier opdrachtgevers \
      met elk twee of drie opdrachten, een werkafspraak en soms een geaccepteerd risico. \
      Dezelfde seed geeft hetzelfde model. Elk element staat op één regel (flow-stijl). \
      --informele-opdrachten N geeft elke uitvoerder N opdrachten van een DG zonder \
      opdrachtgeversrol en zonder afspraak (elk een SD19- en een SD09-bevinding): voor \
      stresstests, bijvoorbeeld 10.000 uitvoerders met 5 voor ruim 100.000 open bevindingen.
      """)

  @Option(help: "Het aantal uitvoerders.")
  var uitvoerders: Int = 100

  @Option(help: "Het startgetal van de willekeurige keuzes.")
  var seed: UInt64 = 1

  @Option(
    help:
      "Per uitvoerder zoveel opdrachten van een DG zonder opdrachtgeversrol en zonder afspraak (stresstest; standaard 0)."
  )
  var informeleOpdrachten: Int = 0

  @Option(
    name: [.customShort("o"), .long], help: "Het uitvoerbestand (standaard: standaarduitvoer).")
  var output: String?

  /// The most executors: 100,000 give a model of about 260 MB, four times the loader's default
  /// limit; more would only exhaust memory.
  static let maximumExecutors = 100_000

  func validate() throws {
    guard uitvoerders >= 0, uitvoerders <= Self.maximumExecutors else {
      throw ValidationError(
        "--uitvoerders moet tussen 0 en \(Self.maximumExecutors) liggen (10.000 uitvoerders "
          + "geven al een model van 26 MB).")
    }
    guard (0...100).contains(informeleOpdrachten) else {
      throw ValidationError("--informele-opdrachten moet tussen 0 en 100 liggen.")
    }
  }

  func run() throws {
    let text = ModelGenerator(
      executorCount: uitvoerders, seed: seed, informalAssignments: informeleOpdrachten
    ).yaml()
    do {
      try OutputWriter(inputs: []).write(text, to: output)
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }
}

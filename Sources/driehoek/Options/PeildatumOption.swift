import ArgumentParser
import DriehoekModel

/// The `--peildatum` of the commands that draw or write one model (`render`, `report`,
/// `kaarten`, `bekijk`): one help text and one check.
struct PeildatumOption: ParsableArguments {
  @Option(help: "De peildatum JJJJ-MM-DD (standaard: die van het model, anders vandaag).")
  var peildatum: String?

  /// Refuses a `--peildatum` that is not a date JJJJ-MM-DD.
  func validate() throws {
    if let peildatum, Day(iso: peildatum) == nil {
      throw ValidationError("Peildatum '\(peildatum)' is geen datum JJJJ-MM-DD.")
    }
  }

  /// The chosen day, or `nil` when the model's (else today's) applies.
  var day: Day? { peildatum.flatMap { Day(iso: $0) } }
}

import ArgumentParser

/// `driehoek check MODEL...`: loads, validates and analyses models.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Laadt en controleert modellen.")

  @Argument(help: "De modelbestanden (YAML of JSON).")
  var models: [String]

  func run() throws {
    throw ExitCode(2)
  }
}

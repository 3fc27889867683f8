import ArgumentParser

/// `driehoek render MODEL`: draws a model's views.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tekent de views van een model.")

  @Argument(help: "Het modelbestand (YAML of JSON).")
  var model: String

  func run() throws {
    throw ExitCode(2)
  }
}

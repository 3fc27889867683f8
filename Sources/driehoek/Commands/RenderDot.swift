import ArgumentParser
import Foundation
import GraphvizRendering

/// `driehoek _render-dot --format FORMAT`: the hidden helper of `render --timeout`.
///
/// Reads DOT on standard input and writes the rendered document to standard output, for an
/// ``IsolatedRenderer``; see ``IsolatedRenderer/Helper`` for the protocol. Not for use by hand.
struct RenderDot: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: IsolatedRenderer.Helper.subcommand,
    abstract: "Rendert DOT van standaardinvoer (hulpproces van 'render --timeout').",
    shouldDisplay: false)

  @Option(help: "Het formaat.")
  var format: OutputFormat = .svg

  func run() throws {
    let input = FileHandle.standardInput.readDataToEndOfFile()
    let response = IsolatedRenderer.Helper.respond(
      to: String(decoding: input, as: UTF8.self), format: format)
    Console.writeOutput(response.output)
    StandardError.write(response.errors)
    if response.status != 0 { throw ExitCode(response.status) }
  }
}

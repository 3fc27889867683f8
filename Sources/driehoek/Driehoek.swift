import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `driehoek` command: checks, draws and exports models of the ambtelijke sturingsdriehoek.
@main
struct Driehoek: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "driehoek",
    abstract:
      "Controleert en tekent de ambtelijke sturingsdriehoek (eigenaar, opdrachtgever, opdrachtnemer).",
    version: "0.1.0",
    subcommands: [
      Check.self, Render.self, Report.self, Kaarten.self, Export.self, Import.self, Schema.self,
      Genereer.self, Vergelijk.self, Bekijk.self,
      RenderDot.self,
    ])

  /// Runs the command.
  ///
  /// A closed pipe on standard output is a write error (exit 2 with a
  /// message, see ``Console``), not a signal that ends the process without one. The allocator
  /// is set up first (see ``MemoryTuning``).
  static func main() {
    MemoryTuning.apply()
    signal(SIGPIPE, SIG_IGN)
    main(nil)
  }
}

import ArgumentParser

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
      Genereer.self,
      RenderDot.self,
    ])
}

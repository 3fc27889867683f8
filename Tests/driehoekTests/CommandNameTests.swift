import ArgumentParser
import Testing

@testable import driehoek

/// Every command names itself in its configuration.
///
/// Without a name, ArgumentParser derives it from `String(describing:)` of the type on every start, about 1.3 M instructions per
/// command (callgrind), paid by every `driehoek` process (BENCHMARKS.md, issue 14).
@Suite struct CommandNameTests {
  @Test func everyCommandHasItsNameInItsConfiguration() {
    let commands: [any ParsableCommand.Type] = [Driehoek.self] + Driehoek.configuration.subcommands
    #expect(commands.count >= 12)
    for command in commands {
      let name = command.configuration.commandName
      #expect(name != nil, "\(command) has no commandName")
      // The name is the one ArgumentParser would derive (what users and scripts type).
      if ![ObjectIdentifier(Driehoek.self), ObjectIdentifier(RenderDot.self)].contains(
        ObjectIdentifier(command))
      {
        #expect(name == "\(command)".lowercased())
      }
    }
  }
}

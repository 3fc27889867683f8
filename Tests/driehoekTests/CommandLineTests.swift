import Foundation
import Testing

/// Runs the built `driehoek` binary, as a person would, and checks exit codes and output.
private struct Run {
  let status: Int32
  let output: String
  let errors: String
}

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("../..").standardizedFileURL

private func driehoek(_ arguments: [String]) throws -> Run {
  let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("driehoek")
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  process.currentDirectoryURL = packageRoot
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let out = output.fileHandleForReading.readDataToEndOfFile()
  let err = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Run(
    status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
    errors: String(decoding: err, as: UTF8.self))
}

@Suite struct CommandLineTests {
  @Test func checkExitsOneWhenAnOpenErrorRemainsAndZeroWithFailOnNooit() throws {
    let failing = try driehoek(["check", "Models/svb.yaml"])
    #expect(failing.status == 1)
    #expect(failing.output.contains("fout SD11 capaciteit-overschreden"))
    let lenient = try driehoek(["check", "Models/svb.yaml", "--fail-on", "nooit"])
    #expect(lenient.status == 0)
  }

  @Test func checkExitsZeroForAModelWhoseOnlyFindingIsAccepted() throws {
    let run = try driehoek(["check", "Models/ienw-uitvoering.yaml"])
    #expect(run.status == 0)
    #expect(run.output.contains("geaccepteerd"))
  }

  @Test func checkExitsTwoWithLocatedDiagnosticsForAnInvalidModel() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).yaml")
    try "naam: x\nrollen:\n  - {rol: eigenaar, houder: nope, van: svb}\n".write(
      to: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: path) }
    let run = try driehoek(["check", path.path])
    #expect(run.status == 2)
    #expect(run.errors.contains("\(path.path):3:29: fout: onbekende verwijzing 'nope' in 'houder'"))
    #expect(run.output.isEmpty)
  }

  @Test func usageErrorsExitSixtyFour() throws {
    #expect(try driehoek(["check", "--format", "gif", "Models/svb.yaml"]).status == 64)
    #expect(try driehoek(["check", "Models/svb.yaml", "--peildatum", "2026-02-30"]).status == 64)
  }

  @Test func checkJSONKeepsTheContractedKeys() throws {
    let run = try driehoek(["check", "Models/sociale-verzekeringsbank.yaml", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(Set(object.keys).isSuperset(of: ["model", "peildatum", "findings", "samenvatting"]))
    let finding = try #require((object["findings"] as? [[String: Any]])?.first)
    #expect(
      Set(finding.keys) == [
        "code", "slug", "severity", "message", "betreft", "location", "waarom", "oplossing",
        "geaccepteerd",
      ])
  }

  @Test func exportThenImportGivesTheSameModel() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let csv = directory.appendingPathComponent("svb.csv").path
    let yaml = directory.appendingPathComponent("svb.yaml").path
    #expect(try driehoek(["export", "Models/svb.yaml", "--format", "csv", "-o", csv]).status == 0)
    #expect(try driehoek(["import", csv, "-o", yaml]).status == 0)
    let original = try driehoek(["export", "Models/svb.yaml"])
    let roundTripped = try driehoek(["export", yaml])
    #expect(original.status == 0)
    #expect(roundTripped.output == original.output)
  }

  @Test func schemaIsPrinted() throws {
    let run = try driehoek(["schema"])
    #expect(run.status == 0)
    #expect(run.output.contains("https://json-schema.org/draft/2020-12/schema"))
  }
}

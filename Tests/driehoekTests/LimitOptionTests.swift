import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--max-bestandsgrootte` (alias `--max-file-size`) on the commands that load a model: the
/// limit for each file and for all files of a model together.
@Suite struct LimitOptionTests {
  private func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "grens-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A valid model file of about `megabytes` MB (a long description).
  private func model(_ megabytes: Double, naam: String = "Groot") -> String {
    let filler = String(repeating: "x", count: Int(megabytes * 1_048_576))
    return "naam: \(naam)\nbeschrijving: \(filler)\n"
  }

  @Test func aFileOverTheLimitIsRefusedAndTheFlagRaisesIt() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("groot.yaml").path
    try model(1.5).write(toFile: path, atomically: true, encoding: .utf8)
    for command in ["check", "export", "render"] {
      let refused = try CommandRun.driehoek([command, path, "--max-bestandsgrootte", "1"])
      #expect(refused.status == 2, "\(command)")
      #expect(refused.errors.contains("de grens is 1048576 bytes"), "\(command): \(refused.errors)")
    }
    let raised = try CommandRun.driehoek(["check", path, "--max-file-size", "2"])
    #expect(raised.status == 0, "\(raised.errors)")
  }

  @Test func theFilesOfAModelTogetherCountAgainstTheLimit() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try model(0.6, naam: "Deel").write(
      to: folder.appendingPathComponent("deel.yaml"), atomically: true, encoding: .utf8)
    let root = folder.appendingPathComponent("hoofd.yaml")
    try (model(0.6) + "importeer: [deel.yaml]\n").write(
      to: root, atomically: true, encoding: .utf8)
    let refused = try CommandRun.driehoek(["check", root.path, "--max-bestandsgrootte", "1"])
    #expect(refused.status == 2)
    #expect(refused.errors.contains("de bestanden van het model zijn samen"))
    #expect(refused.errors.contains("hoofd.yaml:3:"), "located at the import: \(refused.errors)")
    let raised = try CommandRun.driehoek(["check", root.path, "--max-bestandsgrootte", "2"])
    #expect(raised.status == 0, "\(raised.errors)")
  }

  @Test func aLimitOutsideItsRangeIsAUsageError() throws {
    #expect(
      try CommandRun.driehoek(["check", "Models/svb.yaml", "--max-bestandsgrootte", "0"]).status
        == 64)
    #expect(try CommandRun.driehoek(["render", "Models/svb.yaml", "--timeout", "0"]).status == 64)
    #expect(
      try CommandRun.driehoek(["render", "Models/svb.yaml", "--timeout", "nan"]).status == 64)
  }

  @Test func importingANamedPipeIsRefusedInsteadOfWaitingForever() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("pijp.yaml").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let root = folder.appendingPathComponent("hoofd.yaml")
    try "naam: x\nimporteer: [pijp.yaml]\n".write(to: root, atomically: true, encoding: .utf8)
    let run = try CommandRun.driehoek(["check", root.path], limit: 10)
    #expect(!run.timedOut)
    #expect(run.status == 2)
    #expect(run.errors.contains("dit is geen gewoon bestand"))
  }
}

import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one output writer every command uses (issue 25): it never writes onto an input, writes
/// regular files only, keeps permissions, resolves directories physically, writes a set all new
/// or all old, and a failed write (a full disk) is exit 2 with a message.
@Suite struct OutputWriterTests {
  static let model = """
    naam: Uitvoer
    peildatum: 2026-01-01
    importeer: [deel.yaml]
    organisaties:
      - id: bzk
        naam: BZK
        soort: ministerie
        onderdelen:
          - {id: bzk-sg, naam: SG, soort: sg}
          - {id: bzk-dgo, naam: DGO, soort: dg}
    rollen:
      - {rol: eigenaar, houder: bzk-sg, van: uitv}
      - {rol: opdrachtgever, houder: bzk-dgo, van: uitv}

    """
  static let part = """
    organisaties:
      - id: uitv
        naam: Uitvoerder
        soort: agentschap
        onderdelen:
          - {id: uitv-dir, naam: Directie, soort: bestuur}
    rollen:
      - {rol: opdrachtnemer, houder: uitv-dir, van: uitv}

    """

  /// A fresh directory with `model.yaml` and its import `deel.yaml`.
  private func workspace() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "uitvoer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Self.model.write(
      to: directory.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
    try Self.part.write(
      to: directory.appendingPathComponent("deel.yaml"), atomically: true, encoding: .utf8)
    return directory
  }

  private func run(_ arguments: [String], in directory: URL) throws -> CommandRun {
    try CommandRun.driehoek(arguments, in: directory)
  }

  private func contents(_ url: URL) -> Data? { try? Data(contentsOf: url) }

  @Test func noCommandWritesOntoTheModelOrAnImport() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("hier").path, withDestinationPath: ".")
    let model = directory.appendingPathComponent("model.yaml")
    let part = directory.appendingPathComponent("deel.yaml")
    let before = (contents(model), contents(part))
    let attempts: [[String]] = [
      ["render", "model.yaml", "-o", "model.yaml"],
      ["render", "model.yaml", "-o", "deel.yaml"],
      ["export", "model.yaml", "--format", "csv", "-o", "hier/model.yaml"],
      ["export", "model.yaml", "-o", "./hier/hier/deel.yaml"],
      ["report", "model.yaml", "-o", "hier/deel.yaml"],
      ["report", "model.yaml", "--format", "markdown", "-o", "model.yaml"],
    ]
    for arguments in attempts {
      let run = try run(arguments, in: directory)
      #expect(run.status == 2, "\(arguments) exited \(run.status)")
      #expect(run.errors.contains("invoerbestand"), "\(arguments): \(run.errors)")
      #expect(
        contents(model) == before.0 && contents(part) == before.1, "\(arguments) changed an input")
    }
    // A hard link to the model is the model too (same device and inode).
    #expect(link(model.path, directory.appendingPathComponent("koppeling.svg").path) == 0)
    let linked = try run(["render", "model.yaml", "-o", "koppeling.svg"], in: directory)
    #expect(linked.status == 2)
    #expect(contents(model) == before.0)
    // import: the CSV itself, also through a directory link.
    let csv = try run(["export", "model.yaml", "--format", "csv", "-o", "m.csv"], in: directory)
    #expect(csv.status == 0)
    let csvBefore = contents(directory.appendingPathComponent("m.csv"))
    let back = try run(["import", "m.csv", "-o", "hier/m.csv"], in: directory)
    #expect(back.status == 2)
    #expect(contents(directory.appendingPathComponent("m.csv")) == csvBefore)
  }

  @Test func onlyRegularFilesAreWritten() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("pijp")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("fd1").path, withDestinationPath: "/proc/self/fd/1")
    for target in ["pijp", "fd1", "/dev/null"] {
      let run = try run(["render", "model.yaml", "-o", target], in: directory)
      #expect(run.status == 2, "\(target): exit \(run.status)")
      #expect(run.errors.contains("gewone bestanden") || run.errors.contains("geen gewoon bestand"))
    }
    var info = stat()
    #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    #expect(lstat(directory.appendingPathComponent("fd1").path, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFLNK)
    // `-o -` is standard output.
    let standard = try run(["render", "model.yaml", "-o", "-"], in: directory)
    #expect(standard.status == 0 && standard.output.hasPrefix("<?xml"))
  }

  @Test func permissionsOfAReplacedFileAreKept() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let secret = directory.appendingPathComponent("geheim.svg")
    try Data("oud".utf8).write(to: secret)
    #expect(chmod(secret.path, 0o600) == 0)
    let run = try run(["render", "model.yaml", "-o", "geheim.svg"], in: directory)
    #expect(run.status == 0)
    var info = stat()
    #expect(stat(secret.path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(contents(secret) != Data("oud".utf8))
    // No temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(!names.contains { $0.hasPrefix(".") }, "\(names)")
  }

  @Test func pathsAreResolvedByTheKernelNotLexically() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    // `q` does not exist: which directory `q/..` means is guesswork, so it is refused.
    let missing = try run(["render", "model.yaml", "-o", "q//../y.svg"], in: directory)
    #expect(missing.status == 2)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("q").path))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("y.svg").path))
    // With `q` a link to a directory elsewhere, `q/..` is that directory's parent.
    let elsewhere = directory.appendingPathComponent("ver/weg")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("q").path, withDestinationPath: elsewhere.path)
    let linked = try run(["render", "model.yaml", "-o", "q//../y.svg"], in: directory)
    #expect(linked.status == 0, "\(linked.errors)")
    #expect(
      FileManager.default.fileExists(atPath: directory.appendingPathComponent("ver/y.svg").path))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("y.svg").path))
    // A trailing slash names a directory, not a file.
    let slash = try run(["render", "model.yaml", "-o", "map/"], in: directory)
    #expect(slash.status == 2)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("map").path))
  }

  @Test func aSetOfViewsIsAllNewOrAllOld() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("uit")
    let first = try run(
      ["render", "model.yaml", "--view", "alle", "--output-dir", "uit"], in: directory)
    #expect(first.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    #expect(names.count >= 3)
    // Mark every file, then put an obstacle where one view goes: a directory of its name.
    for name in names {
      try Data("oud \(name)".utf8).write(to: output.appendingPathComponent(name))
    }
    let obstacle = try #require(names.last)
    try FileManager.default.removeItem(at: output.appendingPathComponent(obstacle))
    try FileManager.default.createDirectory(
      at: output.appendingPathComponent(obstacle), withIntermediateDirectories: false)
    let second = try run(
      ["render", "model.yaml", "--view", "alle", "--output-dir", "uit"], in: directory)
    #expect(second.status == 2)
    #expect(second.errors.contains("dit is een map"))
    for name in names where name != obstacle {
      #expect(
        contents(output.appendingPathComponent(name)) == Data("oud \(name)".utf8), "\(name) changed"
      )
    }
    let after = try FileManager.default.contentsOfDirectory(atPath: output.path)
    #expect(!after.contains { $0.hasPrefix(".") }, "\(after)")
  }

  @Test func aViewNameOverNameMaxWritesNothing() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let long = String(repeating: "u", count: 250)
    let text = Self.model.replacingOccurrences(of: "van: uitv", with: "van: \(long)")
    try text.write(
      to: directory.appendingPathComponent("model.yaml"), atomically: true, encoding: .utf8)
    try Self.part.replacingOccurrences(of: "uitv", with: long).replacingOccurrences(
      of: "\(long)-dir", with: "d"
    ).write(to: directory.appendingPathComponent("deel.yaml"), atomically: true, encoding: .utf8)
    let run = try run(
      ["render", "model.yaml", "--view", "alle", "--output-dir", "uit"], in: directory)
    #expect(run.status == 2, "\(run.errors)")
    #expect(run.errors.contains("255"))
    let written =
      (try? FileManager.default.contentsOfDirectory(
        atPath: directory.appendingPathComponent("uit").path)) ?? []
    #expect(written.isEmpty, "\(written)")
  }

  /// Runs a shell command line (for redirections such as `> /dev/full`).
  private func shell(_ line: String, in directory: URL) throws -> (status: Int32, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", line]
    process.currentDirectoryURL = directory
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func aFullDiskIsExitTwoWithAMessage() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let binary = CommandRun.binary.path
    for command in [
      "render model.yaml", "check model.yaml --format sarif", "check model.yaml",
      "export model.yaml", "schema", "report model.yaml",
    ] {
      let result = try shell("'\(binary)' \(command) > /dev/full", in: directory)
      #expect(result.status == 2, "\(command): exit \(result.status) \(result.errors)")
      #expect(result.errors.contains("standaarduitvoer"), "\(command): \(result.errors)")
      #expect(!result.errors.contains("try!"))
    }
    // Standard error full too: nothing can be said, but the exit code tells.
    let both = try shell("'\(binary)' render model.yaml > /dev/full 2> /dev/full", in: directory)
    #expect(both.status == 2)
  }
}

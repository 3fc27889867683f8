import Foundation
import Testing

@testable import driehoek

/// The guard the `--timeout` watchdog consults (issue 25): once the renames of a set have begun,
/// the watchdog cannot end the run, so a set of files is all new or all old.
@Suite struct OutputGuardTests {
  @Test func theWatchdogDoesNotEndARunWhoseFilesAreBeingRenamed() throws {
    let guarding = OutputGuard()
    let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
      ".driehoek-test-\(UUID().uuidString)")
    try Data("x".utf8).write(to: temporary)
    defer { try? FileManager.default.removeItem(at: temporary) }
    guarding.register(temporary: temporary.path)
    let ended = try guarding.committing { () throws(OutputError) -> Bool in
      // What the watchdog does at its deadline; ending the process here would fail the test run.
      guarding.abandon(exitCode: 2, message: nil, evenAfterCommit: false)
    }
    #expect(ended == false)
    // The registered temporary file is left to the writer, which renames it.
    #expect(FileManager.default.fileExists(atPath: temporary.path))
  }

  @Test func aSetIsWrittenWithoutLeavingTemporaryFiles() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "satz-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let writer = OutputWriter(inputs: [])
    try writer.write([
      (path: directory.path + "/a.md", bytes: Array("a".utf8)),
      (path: directory.path + "/b.svg", bytes: Array("b".utf8)),
    ])
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["a.md", "b.svg"])
    // Two targets that are one file are refused before anything is written.
    #expect(throws: OutputError.self) {
      try writer.write([
        (path: directory.path + "/c.md", bytes: [1]),
        (path: directory.path + "/./c.md", bytes: [2]),
      ])
    }
    #expect(!FileManager.default.fileExists(atPath: directory.path + "/c.md"))
  }
}

import Foundation
import Testing

/// `check --format xlsx`, `export --format xlsx` and `import FILE.xlsx` on the command line:
/// files written atomically and deterministically, read back, and hostile workbooks refused
/// with exit code 2 and a located message.
@Suite struct XLSXCommandTests {
  private func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  private let model = CommandRun.packageRoot.appendingPathComponent("Models/svb.yaml").path

  @Test func checkWritesTheSameWorkbookTwice() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = directory.appendingPathComponent("a.xlsx")
    let second = directory.appendingPathComponent("b.xlsx")
    let run = try CommandRun.driehoek(["check", model, "--format", "xlsx", "-o", first.path])
    #expect(run.status == 1)  // svb has open errors: the exit code is that of the findings
    _ = try CommandRun.driehoek(["check", model, "--format", "xlsx", "-o", second.path])
    let bytes = try Data(contentsOf: first)
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    #expect(bytes == (try Data(contentsOf: second)))
    // Never onto the model.
    let onto = try CommandRun.driehoek(["check", model, "--format", "xlsx", "-o", model])
    #expect(onto.status == 2)
  }

  @Test func exportImportCheckGivesTheSameFindings() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let book = directory.appendingPathComponent("svb.xlsx").path
    let back = directory.appendingPathComponent("svb.yaml").path
    #expect(try CommandRun.driehoek(["export", model, "--format", "xlsx", "-o", book]).status == 0)
    let imported = try CommandRun.driehoek(["import", book, "-o", back])
    #expect(imported.status == 0, "\(imported.errors)")
    let original = try CommandRun.driehoek(["check", model, "--format", "text"])
    let again = try CommandRun.driehoek(["check", back, "--format", "text"])
    // The same findings: the lines without their file:line:column.
    func findings(_ text: String) -> [String] {
      text.split(separator: "\n").compactMap { line -> String? in
        for word in [": fout ", ": waarschuwing ", ": info "] {
          if let range = line.range(of: word) { return String(line[range.lowerBound...]) }
        }
        return nil
      }
    }
    #expect(!findings(original.output).isEmpty)
    #expect(findings(again.output) == findings(original.output))
    #expect(again.status == original.status)
  }

  @Test func hostileWorkbooksAreRefusedWithAPlace() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let broken = directory.appendingPathComponent("kapot.xlsx")
    try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 200)).write(to: broken)
    let out = directory.appendingPathComponent("uit.yaml").path
    let run = try CommandRun.driehoek(["import", broken.path, "-o", out])
    #expect(run.status == 2)
    #expect(!run.wasSignalled)
    #expect(run.errors.contains("kapot.xlsx"))
    #expect(run.errors.contains("zip"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}

import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// Issue 25: the size of a file with its aliases written out is limited, and a file that cannot
/// be read says why (procfs, symbolic link loops, names that are not UTF-8).
@Suite struct InputReadingTests {
  @Test func aliasesAreCountedAsTheBytesTheyExpandTo() {
    // 10 KB anchored, 200 aliases: 2 MB written out, few values.
    var text = "naam: &a \"" + String(repeating: "x", count: 10_000) + "\"\norganisaties:\n"
    for index in 0..<200 { text += "  - {id: o\(index), naam: *a, soort: extern}\n" }
    let small = ModelLoader(limits: LoadLimits(maximumFileSize: 1024 * 1024))
    let refused = small.load(text: text, file: "alias.yaml")
    #expect(refused.diagnostics.map(\.code).contains("ontvouwt-te-groot"))
    #expect(!refused.isValid)
    // Within the default limit (64 MiB) the same file loads.
    let accepted = ModelLoader().load(text: text, file: "alias.yaml")
    #expect(!accepted.diagnostics.map(\.code).contains("ontvouwt-te-groot"))
  }

  private func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lezen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func procfsFilesAreRefusedNotRead() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("m.yaml")
    try "naam: x\nimporteer: [/proc/self/status, /proc/kmsg]\n".write(
      to: model, atomically: true, encoding: .utf8)
    let result = ModelLoader().load(path: model.path)
    let messages = result.diagnostics.map { $0.formatted(in: .nl) }
    #expect(result.diagnostics.filter { $0.code == "onleesbaar-bestand" }.count == 2, "\(messages)")
    #expect(messages.allSatisfy { !$0.contains("leeg") })
    let root = ModelLoader().load(path: "/proc/self/mem")
    #expect(root.diagnostics.map(\.code) == ["onleesbaar-bestand"])
  }

  @Test func aSymbolicLinkLoopSaysSo() throws {
    let folder = try directory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let loop = folder.appendingPathComponent("lus.yaml")
    try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
    let result = ModelLoader().load(path: loop.path)
    let text = result.diagnostics.map { $0.formatted(in: .nl) }.joined()
    #expect(text.contains("ELOOP"), "\(text)")
    #expect(!text.contains("bestaat niet"))
  }

  @Test func aNameThatIsNotUTF8IsReportedAsSuch() {
    // CommandLine.arguments repairs invalid bytes to U+FFFD.
    let result = ModelLoader().load(path: "/tmp/model-\u{FFFD}.yaml")
    let text = result.diagnostics.map { $0.formatted(in: .nl) }.joined()
    #expect(text.contains("UTF-8"), "\(text)")
  }

  @Test func readErrorsGiveTheSystemsReason() {
    #expect(FileReading.reason(errno: EIO) == "kan niet lezen: Input/output error")
    let missing = FileReading.read(path: "/bestaat/niet", isRegular: true, limit: 10)
    guard case .failure(let failure) = missing else {
      Issue.record("read a missing file")
      return
    }
    #expect(failure.reason.hasPrefix("kan niet lezen: "))
  }
}

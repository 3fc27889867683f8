import Foundation
import Testing

/// The repository's folders must check out the same on a file system that ignores case (macOS,
/// Windows): no two entries of a folder may differ in case only (`Benchmarks/` and `benchmarks/`).
@Suite struct RepositoryLayoutTests {
  @Test func noTwoTopLevelEntriesDifferOnlyInCase() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: CommandRun.packageRoot.path)
    try #require(names.contains("Package.swift"), "not the package root: \(names)")
    var seen: [String: String] = [:]
    for name in names.sorted() {
      let folded = name.lowercased()
      #expect(seen[folded] == nil, "'\(name)' and '\(seen[folded] ?? "")' differ only in case")
      seen[folded] = name
    }
  }

  @Test func benchmarksLiveInOneFolder() throws {
    let root = CommandRun.packageRoot
    let script = root.appendingPathComponent("Benchmarks/issue19/run.sh").path
    #expect(FileManager.default.fileExists(atPath: script))
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
    #expect(names.filter { $0.lowercased() == "benchmarks" } == ["Benchmarks"])
  }
}

import Foundation
import Synchronization
import Testing

@testable import DriehoekPreview

/// The watcher: an editor's save (a temporary file renamed over the model) is seen once; other
/// files in the folder are not.
struct ModelWatcherTests {
  @Test func aRenameOverTheModelIsOneChangeAndOtherFilesAreIgnored() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bekijk-watch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("model.yaml")
    try "naam: a\n".write(to: model, atomically: false, encoding: .utf8)
    let changes = Mutex(0)
    let watcher = try ModelWatcher(
      files: [model.path], everyYAMLFile: { false },
      onChange: {
        changes.withLock { $0 += 1 }
        return [model.path]
      })
    defer { watcher.stop() }
    usleep(100_000)

    try "ander".write(
      to: folder.appendingPathComponent("notities.txt"), atomically: false, encoding: .utf8)
    usleep(400_000)
    #expect(changes.withLock { $0 } == 0, "another file in the folder is no change")

    // A burst: write a temporary file, rename it over the model, touch it again.
    let temporary = folder.appendingPathComponent(".model.yaml.swp")
    try "naam: b\n".write(to: temporary, atomically: false, encoding: .utf8)
    #expect(rename(temporary.path, model.path) == 0)
    try "naam: c\n".write(to: model, atomically: false, encoding: .utf8)
    var seen = 0
    for _ in 0..<40 where seen == 0 {
      usleep(50_000)
      seen = changes.withLock { $0 }
    }
    usleep(400_000)
    #expect(changes.withLock { $0 } == 1, "one burst, one change")

    // The next save after the rename is seen too (the watch is on the folder, not the file).
    try "naam: d\n".write(to: temporary, atomically: false, encoding: .utf8)
    #expect(rename(temporary.path, model.path) == 0)
    for _ in 0..<40 where changes.withLock({ $0 }) == 1 { usleep(50_000) }
    #expect(changes.withLock { $0 } == 2)
  }
}

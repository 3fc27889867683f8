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

    // An editor's save: write a temporary file and rename it over the model.
    let temporary = folder.appendingPathComponent(".model.yaml.swp")
    try "naam: b\n".write(to: temporary, atomically: false, encoding: .utf8)
    #expect(rename(temporary.path, model.path) == 0)
    var seen = 0
    for _ in 0..<40 where seen == 0 {
      usleep(50_000)
      seen = changes.withLock { $0 }
    }
    usleep(400_000)
    #expect(changes.withLock { $0 } == 1, "one save (write, close, rename), one change")

    // A burst of 50 writes in a row is debounced into a few changes, not 50 (how many depends
    // on how the scheduler spreads the writes over the 30 ms quiet period and 300 ms cap).
    let before = changes.withLock { $0 }
    for index in 0..<50 {
      try "naam: burst \(index)\n".write(to: model, atomically: false, encoding: .utf8)
    }
    usleep(800_000)
    let burst = changes.withLock { $0 } - before
    #expect(burst >= 1 && burst <= 10, "\(burst) changes for one burst of 50 writes")

    // The next save after the rename is seen too (the watch is on the folder, not the file).
    try "naam: d\n".write(to: temporary, atomically: false, encoding: .utf8)
    #expect(rename(temporary.path, model.path) == 0)
    let afterBurst = changes.withLock { $0 }
    for _ in 0..<40 where changes.withLock({ $0 }) == afterBurst { usleep(50_000) }
    #expect(changes.withLock { $0 } == afterBurst + 1)
  }
}

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes several files as one.
///
/// Each is first written in full to a temporary file next to its target, and only when all are
/// written are they renamed over their targets, the first file last. A failure while writing
/// removes the temporary files and leaves every target as it was.
enum OutputFileSet {
  /// Writes the files; the first one (the document that refers to the others) is renamed last.
  static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
    var staged: [(temporary: String, target: String)] = []
    do {
      for file in files {
        let url = URL(fileURLWithPath: file.path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(
          ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try Data(file.bytes).write(to: temporary)
        staged.append((temporary.path, url.path))
      }
    } catch {
      for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
      throw error
    }
    for file in staged.reversed() where rename(file.temporary, file.target) != 0 {
      let reason = String(cString: strerror(errno))
      for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
      throw OutputFileSetError(path: file.target, reason: reason)
    }
  }
}

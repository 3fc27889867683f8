import Foundation

/// Writes files atomically: into a temporary file in the same directory, then renamed over the
/// target, so a failed write never leaves half a file or replaces a good one.
enum AtomicFile {
  /// A write that failed, with the path and the reason.
  struct WriteError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "kan '\(path)' niet schrijven: \(reason)" }
  }

  /// Writes the bytes to `path` atomically.
  static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
      throw WriteError(path: path, reason: "tijdelijk bestand niet aan te maken")
    }
    guard rename(temporary, path) == 0 else {
      let reason = "hernoemen mislukt (errno \(errno))"
      unlink(temporary)
      throw WriteError(path: path, reason: reason)
    }
  }

  /// Creates a directory and its parents if needed.
  static func createDirectory(_ path: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw WriteError(path: path, reason: "\(error)")
    }
  }
}

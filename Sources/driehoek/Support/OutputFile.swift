import Foundation

/// Writes output files atomically: to a temporary file in the same directory, then renamed over
/// the target, so a failed run never leaves half a file or spoils a good one.
enum OutputFile {
  /// Writes bytes to `path` atomically, creating the directory if needed.
  static func write(_ bytes: some Sequence<UInt8>, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url, options: .atomic)
  }

  /// Writes text to `path` (atomically), or to standard output when `path` is `nil` or `-`.
  static func write(_ text: String, to path: String?) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    try write(Array(text.utf8), to: path)
  }
}

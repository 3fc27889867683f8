import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way a command writes its output: a file, a set of files, or standard output.
///
/// ```swift
/// let writer = OutputWriter(inputs: loaded.inputPaths)
/// try writer.write(bytes, to: output)                  // nil or "-": standard output
/// try writer.write([(path: "a.md", bytes: …), (path: "a-landschap.svg", bytes: …)])
/// ```
///
/// - It never writes onto a file the run read (the model, every import, a CSV being
///   imported): targets are compared by device and inode, after resolving symbolic links.
/// - It writes regular files only: a target that is a directory, a device, a pipe, a socket, or
///   a symbolic link into `/proc`, `/sys`, `/dev` or `/dev/fd` is refused, never replaced.
/// - Each file goes to a temporary file with a short name (`.driehoek-XXXXXX`) in the target's
///   directory, gets the permissions of the file it replaces, is synced to disk and renamed
///   over the target. A set is all new or all old: every target is checked before anything is
///   written, every temporary file is written before the first rename, and a failed rename
///   puts back the files already replaced (from hard links made before the renames).
/// - A path's directory is resolved by the kernel, never lexically: `q//../y.svg` means the
///   `y.svg` next to `q`, and is refused when `q` does not exist; `dir/` is refused.
///
/// See docs/hardening.md ("Output files").
struct OutputWriter {
  /// Device and inode of every input file.
  private let inputIdentities: Set<FileIdentity>
  /// The real paths of every input file.
  private let inputPaths: Set<String>

  /// A writer that refuses to write onto any of `inputs` (paths as given or resolved).
  init(inputs: [String]) {
    var identities = Set<FileIdentity>()
    var paths = Set<String>()
    for input in inputs {
      if let identity = FileIdentity(path: input) { identities.insert(identity) }
      if let real = Self.realPath(input) { paths.insert(real) }
    }
    inputIdentities = identities
    inputPaths = paths
  }

  /// Writes bytes to `path`, or to standard output when `path` is `nil` or `-`.
  func write(_ bytes: [UInt8], to path: String?) throws(OutputError) {
    guard let path, path != "-" else {
      Console.writeOutput(bytes)
      return
    }
    try write([(path: path, bytes: bytes)])
  }

  /// Writes text (UTF-8) to `path`, or to standard output when `path` is `nil` or `-`.
  func write(_ text: String, to path: String?) throws(OutputError) {
    try write(Array(text.utf8), to: path)
  }

  /// Writes a set of files as one.
  ///
  /// All are new afterwards, or (on any failure) all are as they were. The first file (the document that refers to the others) is renamed last.
  func write(_ files: [(path: String, bytes: [UInt8])]) throws(OutputError) {
    // 1. Check every target before writing anything.
    var targets: [Target] = []
    var seen = Set<String>()
    for file in files {
      let target = try resolve(file.path)
      guard seen.insert(target.fullPath).inserted else {
        throw OutputError(path: file.path, reason: "dit bestand komt twee keer in de uitvoer voor")
      }
      targets.append(target)
    }
    // 2. Write every temporary file.
    var staged: [(target: Target, temporary: String)] = []
    func removeStaged() {
      for file in staged {
        unlink(file.temporary)
        OutputGuard.shared.forget(temporary: file.temporary)
      }
    }
    do {
      for (target, file) in zip(targets, files) {
        staged.append((target, try stage(file.bytes, for: target)))
      }
    } catch {
      removeStaged()
      throw error
    }
    // 3. Put them in place, the first file last; no early end from here on.
    try OutputGuard.shared.committing { () throws(OutputError) in
      try commit(staged)
    }
  }

  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  func isInput(_ identity: FileIdentity?, realPath: String?) -> Bool {
    if let identity, inputIdentities.contains(identity) { return true }
    if let realPath, inputPaths.contains(realPath) { return true }
    return false
  }
}

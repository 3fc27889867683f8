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

  // MARK: Staging and committing

  /// Writes the bytes to a new temporary file next to the target; returns its path.
  private func stage(_ bytes: [UInt8], for target: Target) throws(OutputError) -> String {
    var template = Array((target.directory == "/" ? "" : target.directory).utf8CString.dropLast())
    template += Array("/.driehoek-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let start = buffer.baseAddress else { return -1 }
      return mkstemp(start)
    }
    guard descriptor >= 0 else {
      throw OutputError(path: target.given, reason: Self.reason(errno))
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    OutputGuard.shared.register(temporary: temporary)
    defer { close(descriptor) }
    func fail(_ code: Int32) -> OutputError {
      unlink(temporary)
      OutputGuard.shared.forget(temporary: temporary)
      return OutputError(path: target.given, reason: Self.reason(code))
    }
    let failure = bytes.withUnsafeBytes { Console.writeAll($0, to: descriptor) }
    if let failure { throw fail(failure) }
    if fchmod(descriptor, target.mode) != 0 { throw fail(errno) }
    if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { throw fail(errno) }
    return temporary
  }

  /// Renames every temporary file over its target, the first file last; on a failure puts back
  /// what was replaced and removes the rest.
  private func commit(_ staged: [(target: Target, temporary: String)]) throws(OutputError) {
    // Hard links keep the old files reachable until every rename has succeeded.
    var backups: [String?] = []
    for file in staged {
      guard file.target.exists else {
        backups.append(nil)
        continue
      }
      let backup = file.target.directory + "/.driehoek-\(getpid())-\(backups.count).old"
      unlink(backup)
      if link(file.target.fullPath, backup) == 0 {
        OutputGuard.shared.register(temporary: backup)
        backups.append(backup)
      } else {
        backups.append(nil)
      }
    }
    var renamed: [Int] = []
    for index in staged.indices.reversed() {
      let file = staged[index]
      guard rename(file.temporary, file.target.fullPath) == 0 else {
        let reason = Self.reason(errno)
        for done in renamed {
          if let backup = backups[done] {
            rename(backup, staged[done].target.fullPath)
          } else {
            unlink(staged[done].target.fullPath)
          }
        }
        for (position, other) in staged.enumerated() where !renamed.contains(position) {
          unlink(other.temporary)
        }
        for case let backup? in backups { unlink(backup) }
        for other in staged { OutputGuard.shared.forget(temporary: other.temporary) }
        for case let backup? in backups { OutputGuard.shared.forget(temporary: backup) }
        throw OutputError(path: file.target.given, reason: reason)
      }
      renamed.append(index)
      OutputGuard.shared.forget(temporary: file.temporary)
    }
    for case let backup? in backups {
      unlink(backup)
      OutputGuard.shared.forget(temporary: backup)
    }
    for directory in Set(staged.map(\.target.directory)) {
      let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      if descriptor >= 0 {
        fsync(descriptor)
        close(descriptor)
      }
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

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
  /// Writes the bytes to a new temporary file next to the target; returns its path.
  func stage(_ bytes: [UInt8], for target: Target) throws(OutputError) -> String {
    try stage(for: target) { descriptor in
      bytes.withUnsafeBytes { Console.writeAll($0, to: descriptor) }
    }
  }

  /// Writes a new temporary file next to the target with `fill`, which writes to the
  /// descriptor and returns the `errno` of a failure (or `nil`); returns the file's path.
  func stage(for target: Target, filling fill: (Int32) -> Int32?) throws(OutputError) -> String {
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
    if let failure = fill(descriptor) { throw fail(failure) }
    if fchmod(descriptor, target.mode) != 0 { throw fail(errno) }
    if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { throw fail(errno) }
    return temporary
  }

  /// Renames every temporary file over its target, the first file last; on a failure puts back
  /// what was replaced and removes the rest.
  func commit(_ staged: [(target: Target, temporary: String)]) throws(OutputError) {
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
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
  /// Writes a document that is made in chunks to `path`, or to standard output when `path` is
  /// `nil` or `-`, without holding it whole.
  ///
  /// A file is written as ``write(_:to:)`` writes one (checked first, staged in a temporary
  /// file next to it, synced, renamed over the target with the old file's permissions), only
  /// chunk by chunk: the target is all new or all old. `produce` gets the function that takes
  /// each chunk.
  func write(
    to path: String?, chunks produce: (_ chunk: ([UInt8]) -> Void) -> Void
  ) throws(OutputError) {
    guard let path, path != "-" else {
      produce { Console.writeOutput($0) }
      return
    }
    let target = try resolve(path)
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
    func fail(_ code: Int32) -> OutputError {
      close(descriptor)
      unlink(temporary)
      OutputGuard.shared.forget(temporary: temporary)
      return OutputError(path: target.given, reason: Self.reason(code))
    }
    // The first failure (a full disk) is kept and the rest of the chunks are skipped.
    var failure: Int32?
    produce { chunk in
      guard failure == nil else { return }
      failure = chunk.withUnsafeBytes { Console.writeAll($0, to: descriptor) }
    }
    if let failure { throw fail(failure) }
    if fchmod(descriptor, target.mode) != 0 { throw fail(errno) }
    if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { throw fail(errno) }
    close(descriptor)
    try OutputGuard.shared.committing { () throws(OutputError) in
      try commit([(target, temporary)])
    }
  }
}

import DriehoekModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error, written with `write(2)` so that a failure is seen.
///
/// Foundation's `FileHandle.write(_:)` traps on an error (`try!` inside) and `print` loses
/// one silently at exit; a full disk (`> /dev/full`) or a closed pipe must instead end the
/// command with exit code 2 and a message (see docs/hardening.md).
enum Console {
  /// Writes bytes to standard output; on failure, says so on standard error and exits 2.
  static func writeOutput(_ bytes: some Collection<UInt8>) {
    if let code = write(bytes, to: STDOUT_FILENO) {
      let reason = String(cString: strerror(code))
      _ = write(
        Array(("fout: kan niet naar de standaarduitvoer schrijven: " + reason + "\n").utf8),
        to: STDERR_FILENO)
      OutputGuard.shared.abandon(exitCode: 2)
    }
  }

  /// Writes text to standard output; on failure exits 2.
  static func writeOutput(_ text: String) {
    var text = text
    text.withUTF8 { writeOutput($0) }
  }

  /// Writes a line (a path, a summary) to standard output.
  static func printLine(_ line: String) {
    writeOutput(TerminalText.sanitized(line) + "\n")
  }

  /// Writes text to standard error, made safe for a terminal; when standard error cannot be
  /// written (a full disk), nothing can be said, and the command exits 2.
  static func writeError(_ text: String) {
    var text = TerminalText.sanitized(text)
    let failed = text.withUTF8 { write($0, to: STDERR_FILENO) } != nil
    if failed { OutputGuard.shared.abandon(exitCode: 2) }
  }

  /// Writes every byte, retrying after interruptions; the `errno` of a failure, or `nil`.
  private static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
    let failure: Int32?? = bytes.withContiguousStorageIfAvailable { buffer in
      writeAll(UnsafeRawBufferPointer(buffer), to: descriptor)
    }
    if let failure { return failure }
    return Array(bytes).withUnsafeBytes { writeAll($0, to: descriptor) }
  }

  /// Writes every byte of a buffer to a descriptor, retrying after interruptions.
  ///
  /// Returns the `errno` of a failure (`EIO` when the descriptor takes nothing), or `nil`.
  /// ``OutputWriter`` writes its temporary files with it too.
  static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard var next = buffer.baseAddress else { return nil }
    var remaining = buffer.count
    while remaining > 0 {
      #if canImport(Glibc)
      let written = Glibc.write(descriptor, next, remaining)
      #else
      let written = Darwin.write(descriptor, next, remaining)
      #endif
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if written == 0 { return EIO }
      next += written
      remaining -= written
    }
    return nil
  }
}

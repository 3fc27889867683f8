import DriehoekLoading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the CSV file of `driehoek import` with the loader's rules: a regular file (or a pipe
/// named on the command line), not one of /proc or /sys, at most 64 MiB, with a reason for
/// every failure.
enum ImportInput {
  /// The most bytes read.
  static let limit = 64 * 1024 * 1024

  static func read(_ path: String) -> Result<[UInt8], FileReading.Failure> {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      if code == ENOENT, path.unicodeScalars.contains("\u{FFFD}") {
        return .failure(.init(reason: "de bestandsnaam is geen geldige UTF-8"))
      }
      if code == ENOENT { return .failure(.init(reason: "het bestand bestaat niet")) }
      if code == ELOOP {
        return .failure(
          .init(reason: "symbolische koppelingen verwijzen in een kring naar elkaar (ELOOP)"))
      }
      return .failure(.init(reason: FileReading.reason(errno: code)))
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR { return .failure(.init(reason: "dit is een map")) }
    guard kind == S_IFREG || kind == S_IFIFO else {
      return .failure(.init(reason: "dit is geen gewoon bestand (maar een apparaat of socket)"))
    }
    if kind == S_IFREG, let real = FileReading.realPath(path), FileReading.isSystemFile(real) {
      return .failure(.init(reason: "dit is een bestand van het systeem (/proc of /sys)"))
    }
    let result = FileReading.read(path: path, isRegular: kind == S_IFREG, limit: limit)
    if case .success(let bytes) = result, bytes.count > limit {
      return .failure(.init(reason: "het bestand is groter dan \(limit) bytes"))
    }
    return result
  }
}

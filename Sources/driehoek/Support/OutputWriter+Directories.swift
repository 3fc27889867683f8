#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
  /// The real path of a directory, creating the components that do not exist; `..` is
  /// resolved by the kernel and refused after a component this creates (where it would be
  /// guesswork which directory is meant).
  func prepareDirectory(_ part: String, for given: String) throws(OutputError) -> String {
    func refuse(_ reason: String) -> OutputError { OutputError(path: given, reason: reason) }
    let components = part.split(separator: "/").filter { $0 != "." }
    // First look, create nothing: a refused path leaves no directory behind.
    var current = part.hasPrefix("/") ? "/" : "."
    var missing = false
    for component in components {
      if component == "..", missing {
        throw refuse("'..' volgt op een map die nog niet bestaat; schrijf het pad zonder '..'")
      }
      guard component.utf8.count <= Self.maximumNameLength else {
        throw refuse("de mapnaam '\(component.prefix(40))…' is te lang")
      }
      current = (current == "/" ? "" : current) + "/" + component
      guard !missing else { continue }
      var info = stat()
      if stat(current, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else { throw refuse("'\(current)' is geen map") }
      } else if errno == ENOENT {
        missing = true
      } else {
        throw refuse(Self.reason(errno))
      }
    }
    // Then create what is missing, one level at a time.
    if missing {
      var path = part.hasPrefix("/") ? "/" : "."
      for component in components {
        path = (path == "/" ? "" : path) + "/" + component
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
          throw refuse("kan map '\(path)' niet maken: " + Self.reason(errno))
        }
      }
    }
    guard let real = Self.realPath(current) else { throw refuse(Self.reason(errno)) }
    return real
  }

  /// What a symbolic link contains.
  static func linkText(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The mode of a new file: read and write for everyone the umask allows.
  static var newFileMode: mode_t {
    let mask = umask(0o022)
    umask(mask)
    return 0o666 & ~mask
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputWriter {
  /// A checked output file: where it goes and with which permissions.
  struct Target {
    /// The path as the user gave it (for messages).
    var given: String
    /// The real directory (symbolic links resolved) the file goes into.
    var directory: String
    /// The real path of the file.
    var fullPath: String
    /// Whether a file is replaced.
    var exists: Bool
    /// The permissions: those of the file replaced, else the default for a new file.
    var mode: mode_t
  }

  /// The longest file name (one path component) in bytes.
  static let maximumNameLength = Int(NAME_MAX)

  /// Checks a target and creates its missing directories; throws when it must not be written.
  func resolve(_ given: String) throws(OutputError) -> Target {
    func refuse(_ reason: String) -> OutputError { OutputError(path: given, reason: reason) }
    guard !given.isEmpty else { throw refuse("geen bestandsnaam") }
    guard !given.hasSuffix("/") else {
      throw refuse("de naam eindigt op '/'; geef een bestandsnaam, geen map")
    }
    let slash = given.lastIndex(of: "/")
    let name = slash.map { String(given[given.index(after: $0)...]) } ?? given
    let directoryPart = slash.map { String(given[...$0]) } ?? ""
    guard name != ".", name != ".." else { throw refuse("'\(name)' is geen bestandsnaam") }
    guard name.utf8.count <= Self.maximumNameLength else {
      throw refuse(
        "de bestandsnaam is \(name.utf8.count) bytes; het bestandssysteem staat er "
          + "\(Self.maximumNameLength) toe")
    }
    let directory = try prepareDirectory(directoryPart, for: given)
    var fullPath = (directory == "/" ? "" : directory) + "/" + name
    var info = stat()
    guard lstat(fullPath, &info) == 0 else {
      guard errno == ENOENT else { throw refuse(Self.reason(errno)) }
      return Target(
        given: given, directory: directory, fullPath: fullPath, exists: false,
        mode: Self.newFileMode)
    }
    var resolvedDirectory = directory
    if info.st_mode & S_IFMT == S_IFLNK {
      // A link is followed to the file it names, which is then replaced (the link stays);
      // links into the kernel's views of open files and devices are refused.
      let link = Self.linkText(fullPath) ?? ""
      if link.hasPrefix("/proc/") || link.hasPrefix("/dev/fd") || link.hasPrefix("/sys/") {
        throw refuse(
          "dit is een koppeling naar '\(link)'; driehoek schrijft alleen gewone bestanden "
            + "(gebruik '-o -' voor de standaarduitvoer)")
      }
      guard let real = Self.realPath(fullPath) else {
        throw refuse("dit is een symbolische koppeling naar een bestand dat niet bestaat")
      }
      guard stat(real, &info) == 0 else { throw refuse(Self.reason(errno)) }
      fullPath = real
      resolvedDirectory = String(real[..<(real.lastIndex(of: "/") ?? real.startIndex)])
      if resolvedDirectory.isEmpty { resolvedDirectory = "/" }
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw refuse("dit is een map")
    default:
      throw refuse(
        "dit is geen gewoon bestand (maar een apparaat, pijp of socket); driehoek vervangt het "
          + "niet (gebruik '-o -' voor de standaarduitvoer)")
    }
    if fullPath.hasPrefix("/proc/") || fullPath.hasPrefix("/sys/") || fullPath.hasPrefix("/dev/") {
      throw refuse("dit is een bestand van het systeem; driehoek schrijft daar niet")
    }
    if isInput(FileIdentity(info), realPath: fullPath) {
      throw refuse(
        "dit is een invoerbestand van deze opdracht (het model, een import of de CSV); "
          + "kies een andere naam")
    }
    return Target(
      given: given, directory: resolvedDirectory, fullPath: fullPath, exists: true,
      mode: info.st_mode & 0o7777)
  }

  /// The real path of a directory, creating the components that do not exist; `..` is
  /// resolved by the kernel and refused after a component this creates (where it would be
  /// guesswork which directory is meant).
  private func prepareDirectory(_ part: String, for given: String) throws(OutputError) -> String {
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
  private static func linkText(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The mode of a new file: read and write for everyone the umask allows.
  private static var newFileMode: mode_t {
    let mask = umask(0o022)
    umask(mask)
    return 0o666 & ~mask
  }
}

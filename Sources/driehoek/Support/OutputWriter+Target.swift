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
}

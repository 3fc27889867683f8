#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, after following symbolic links.
enum FileKind: Equatable {
  case regular
  case pipe
  case other

  init(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      self = .other
      return
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFIFO: self = .pipe
    default: self = .other
    }
  }
}

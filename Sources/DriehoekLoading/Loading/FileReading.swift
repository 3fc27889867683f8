#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reading an input file with POSIX calls, so that every failure has its own reason.
///
/// Foundation's readers turn a read error (`EIO`) into an empty file and a symbolic link loop
/// into "does not exist"; these functions say what happened (`strerror`).
public enum FileReading {
  /// Why a file could not be read, in Dutch.
  public struct Failure: Error, Sendable {
    /// The reason, such as `kan niet lezen: Input/output error`.
    public var reason: String

    /// Creates a failure.
    public init(reason: String) {
      self.reason = reason
    }
  }

  /// The reason for an `errno` value: `kan niet lezen: <strerror>`.
  public static func reason(errno code: Int32) -> String {
    "kan niet lezen: " + String(cString: strerror(code))
  }

  /// The path with every symbolic link resolved, or `nil` when it cannot be resolved.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether a resolved path lies in procfs or sysfs, whose files claim to be regular files
  /// of size 0 and may block or fail when read.
  public static func isSystemFile(_ realPath: String) -> Bool {
    realPath.hasPrefix("/proc/") || realPath.hasPrefix("/sys/") || realPath == "/proc"
      || realPath == "/sys"
  }

  /// Reads at most `limit + 1` bytes (so that a caller sees that a file is too large).
  ///
  /// A regular file is opened without blocking, so a file that claims to be regular but waits
  /// (as some in `/proc` do) fails with `EAGAIN` instead of hanging.
  public static func read(path: String, isRegular: Bool, limit: Int) -> Result<[UInt8], Failure> {
    let flags = O_RDONLY | O_CLOEXEC | (isRegular ? O_NONBLOCK : 0)
    let descriptor = open(path, flags)
    guard descriptor >= 0 else { return .failure(Failure(reason: reason(errno: errno))) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    // The size a regular file claims, so that the bytes are not grown by doubling (a 35 MB
    // model would hold 64 MB); the loop below still reads to the end, whatever the size.
    var info = stat()
    if isRegular, fstat(descriptor, &info) == 0, info.st_size > 0 {
      bytes.reserveCapacity(min(Int(info.st_size), limit) + 1)
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let wanted = min(chunk.count, limit + 1 - bytes.count)
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, wanted) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(Failure(reason: reason(errno: errno)))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return .success(bytes)
  }

  private static func systemRead(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int
  ) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of an `errno` value.
enum SystemError {
  static func message(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "onbekend" }
    return String(cString: text)
  }
}

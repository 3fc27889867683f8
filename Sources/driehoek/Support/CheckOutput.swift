import DriehoekModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `driehoek check` writes: reports to standard output, diagnostics to standard error.
enum CheckOutput {
  /// Writes text to standard output.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes a line to standard error.
  static func writeError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Whether text output may be coloured: standard output is a terminal and `NO_COLOR` is unset.
  static var allowsColour: Bool {
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// Today's date in UTC.
  static var today: Day {
    Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}

import ArgumentParser
import DriehoekModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `driehoek check` writes: reports to standard output, diagnostics to standard error.
enum CheckOutput {
  /// Writes text to standard output; control characters from the model are made harmless
  /// (see ``TerminalText``) unless the text is data (JSON, SARIF) that escapes them itself.
  static func write(_ text: String, isData: Bool = false, keepsColour: Bool = false) {
    // Straight from the string's bytes: a report can be tens of megabytes, not worth a copy.
    // A closed pipe or a full disk ends the command with exit code 2 and a message.
    Console.writeOutput(
      isData ? text : TerminalText.sanitized(text, keepingColourCodes: keepsColour))
  }

  /// A chunk of the text report made safe as ``write(_:isData:keepsColour:)`` makes the text.
  ///
  /// The chunk stays as it is when it holds no control character (judged on the bytes), else
  /// it goes through ``TerminalText``. A chunk ends at a line's end, so no escape sequence is
  /// cut in two.
  static func sanitized(_ chunk: [UInt8], keepsColour: Bool) -> [UInt8] {
    let hasControl = chunk.withUnsafeBufferPointer { TerminalText.containsControl($0) }
    guard hasControl else { return chunk }
    let text = String(decoding: chunk, as: UTF8.self)
    return Array(TerminalText.sanitized(text, keepingColourCodes: keepsColour).utf8)
  }

  /// Whether text output may be coloured: standard output is a terminal and `NO_COLOR` is unset.
  static var allowsColour: Bool {
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// Whether standard output is a terminal (where a binary workbook does not belong).
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Checks the options shared by `check` and `export`: `--excel` only with CSV, and a workbook
  /// never to a terminal.
  static func validate(excel: Bool, isCSV: Bool, isWorkbook: Bool, output: String?) throws {
    if excel, !isCSV { throw ValidationError("--excel hoort bij --format csv.") }
    if isWorkbook, output == nil || output == "-", isTerminal {
      throw ValidationError(
        "--format xlsx schrijft een werkmap (binair): geef -o BESTAND.xlsx of stuur de uitvoer naar een bestand."
      )
    }
  }
}

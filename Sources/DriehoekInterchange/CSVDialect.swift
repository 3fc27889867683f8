/// How a CSV file separates its fields and whether it begins with a byte-order mark.
///
/// ``standard`` is RFC 4180: commas, no byte-order mark. ``excel`` is what Excel with Dutch
/// (or other European) regional settings opens as columns: semicolons, a UTF-8 byte-order mark
/// so that "ë" stays "ë", and numbers with a decimal comma. `import` reads both: it skips a
/// byte-order mark and takes the separator that the header row uses.
public struct CSVDialect: Hashable, Sendable {
  /// The field separator: `,` or `;`.
  public var separator: Unicode.Scalar
  /// Whether the text begins with the UTF-8 byte-order mark (U+FEFF).
  public var byteOrderMark: Bool

  /// Creates a dialect.
  public init(separator: Unicode.Scalar, byteOrderMark: Bool) {
    self.separator = separator
    self.byteOrderMark = byteOrderMark
  }

  /// Commas, no byte-order mark, decimal points (RFC 4180).
  public static let standard = CSVDialect(separator: ",", byteOrderMark: false)
  /// Semicolons, a UTF-8 byte-order mark and decimal commas: for Excel with Dutch settings.
  public static let excel = CSVDialect(separator: ";", byteOrderMark: true)

  /// Whether numbers are written with a decimal comma (when the separator is not a comma).
  var usesDecimalComma: Bool { separator != "," }

  /// The dialect of a CSV text: its separator is the one its first line (the header row) uses
  /// most, `;` or `,`; a leading byte-order mark is noted.
  static func detect(_ text: String) -> CSVDialect {
    var commas = 0
    var semicolons = 0
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" { break }
      if scalar == "," { commas += 1 }
      if scalar == ";" { semicolons += 1 }
    }
    return CSVDialect(
      separator: semicolons > commas ? ";" : ",",
      byteOrderMark: text.unicodeScalars.first == "\u{FEFF}")
  }

  /// A table as CSV text in this dialect: a header row, then the rows; CRLF line ends.
  ///
  /// Text cells follow the formula rule of ``FormulaGuard`` (a leading apostrophe when they
  /// would begin a formula); number cells are written as they are, with a decimal comma in a
  /// dialect that separates with semicolons. Fields with the separator, a quote or a line
  /// break are quoted.
  public func text(header: [String], rows: [[CSVCell]]) -> String {
    var out = headerText(header)
    for row in rows { out += rowText(row) }
    return out
  }

  /// The start of a table in this dialect.
  ///
  /// The byte-order mark when the dialect has one, then the header row with its line end.
  /// ``text(header:rows:)`` is this followed by each row's ``rowText(_:)``, so a writer can
  /// hand out a table row by row.
  public func headerText(_ header: [String]) -> String {
    var out = byteOrderMark ? "\u{FEFF}" : ""
    out += header.map { quote(FormulaGuard.guarded($0)) }.joined(separator: String(separator))
    out += "\r\n"
    return out
  }

  /// One row of a table in this dialect, with its line end.
  public func rowText(_ row: [CSVCell]) -> String {
    var out = row.map { cell in
      switch cell {
      case .text(let text): quote(FormulaGuard.guarded(text))
      case .number(let number): quote(usesDecimalComma ? decimalComma(number) : number)
      }
    }
    .joined(separator: String(separator))
    out += "\r\n"
    return out
  }

  /// The field, quoted when it holds the separator, a quote, CR or LF anywhere (judged on
  /// bytes: CR LF is one `Character`, and so is a quote with a combining mark).
  func quote(_ field: String) -> String {
    let separatorByte = UInt8(ascii: separator)
    guard
      field.utf8.contains(where: {
        $0 == separatorByte || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
      })
    else {
      return field
    }
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in field.unicodeScalars {
      if scalar == "\"" { quoted.append("\"") }
      quoted.append(scalar)
    }
    quoted.append("\"")
    return String(quoted)
  }

  private func decimalComma(_ number: String) -> String {
    String(number.map { $0 == "." ? "," : $0 })
  }
}

/// One cell of a CSV table: text (guarded against formulas) or a number.
public enum CSVCell: Hashable, Sendable {
  /// A text cell.
  case text(String)
  /// A number, in Swift's notation (`12`, `0.5`).
  case number(String)
}

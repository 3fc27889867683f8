/// Every escape driehoek needs to put user text into DOT, in one place.
///
/// Graphviz reads text in three ways, and each needs its own escape (measured on Graphviz 2.43):
///
/// - *Quoted strings* (names, ids, classes, plain labels): `"` and backslash are escaped, so a
///   unit named `Team\Noord` prints as written instead of expanding `\N` to the node name.
/// - *Tooltips and links* pass Graphviz's escape processing twice, so a backslash is written as
///   four; `&` becomes `&amp;` (Graphviz 2.43 writes a bare `&` in a link into the SVG as is,
///   which makes the SVG ill-formed).
/// - *HTML-like labels* are XML: `& < > " '` become entities and a backslash is doubled.
///
/// Characters that XML 1.0 forbids (C0 controls other than tab and newline) become spaces, and
/// bidirectional embeddings and overrides (such as U+202E) are closed at the end of each text,
/// so a right-to-left mark in one name never flips the text after it.
public enum DOTEscaping {
  /// A DOT quoted string, quotes included; newlines become `\n` line breaks.
  public static func quoted(_ text: String) -> String {
    var result = ""
    appendQuoted(text, to: &result)
    return result
  }

  /// A quoted string for an attribute Graphviz copies into SVG attributes (tooltip, URL).
  public static func quotedAttributeText(_ text: String) -> String {
    var result = ""
    appendQuoted(text, .attribute, to: &result)
    return result
  }

  /// Text for inside an HTML-like label or for an HTML attribute value.
  public static func html(_ text: String) -> String {
    var result = ""
    append(text, .html, to: &result)
    return result
  }

  /// An identifier for SVG `id` and `class`: letters, digits, `-`, `_` and `.`; anything else
  /// becomes `_`.
  public static func identifier(_ text: String) -> String {
    var result = ""
    appendIdentifier(text, to: &result)
    return result
  }

  /// The three escapes, by where the text goes.
  enum Kind {
    /// A DOT quoted string.
    case quoted
    /// A quoted string that Graphviz copies into an SVG attribute.
    case attribute
    /// Text in an HTML-like label.
    case html

    /// The replacement of an ASCII byte, or `nil` when it stays as it is.
    ///
    /// Every byte that needs escaping is ASCII, and in UTF-8 an ASCII byte never occurs inside
    /// a multi-byte sequence, so replacing bytes gives the same result as replacing Unicode
    /// scalars: a quote followed by a combining mark is escaped all the same.
    func replacement(_ byte: UInt8) -> String? {
      switch (self, byte) {
      case (.quoted, UInt8(ascii: "\\")): "\\\\"
      case (.attribute, UInt8(ascii: "\\")): "\\\\\\\\"
      case (.quoted, UInt8(ascii: "\"")), (.attribute, UInt8(ascii: "\"")): "\\\""
      case (.quoted, 0x0A), (.attribute, 0x0A): "\\n"
      case (.attribute, UInt8(ascii: "&")), (.html, UInt8(ascii: "&")): "&amp;"
      case (.html, UInt8(ascii: "<")): "&lt;"
      case (.html, UInt8(ascii: ">")): "&gt;"
      case (.html, UInt8(ascii: "\"")): "&quot;"
      case (.html, UInt8(ascii: "'")): "&#39;"
      case (.html, UInt8(ascii: "\\")): "\\\\"
      case (.html, 0x0A): " "
      default: nil
      }
    }
  }

  /// Appends the text as a DOT quoted string, quotes included.
  static func appendQuoted(_ text: String, _ kind: Kind = .quoted, to output: inout String) {
    output.append("\"")
    append(text, kind, to: &output)
    output.append("\"")
  }

  /// Appends the text escaped for `kind`, after ``cleaned(_:)`` and ``balancedBidi(_:)``.
  ///
  /// Printable ASCII text (and newlines) has nothing to clean and no bidirectional control to
  /// close; text without anything to replace is appended as it is.
  static func append(_ text: String, _ kind: Kind, to output: inout String) {
    var isPlainASCII = true
    var needsReplacement = false
    for byte in text.utf8 {
      guard (byte >= 0x20 && byte < 0x7F) || byte == 0x0A else {
        isPlainASCII = false
        break
      }
      if !needsReplacement && kind.replacement(byte) != nil { needsReplacement = true }
    }
    if isPlainASCII {
      if needsReplacement { appendReplacing(text, kind, to: &output) } else { output.append(text) }
      return
    }
    appendReplacing(balancedBidi(cleaned(text)), kind, to: &output)
  }

  /// Appends the text with every byte that `kind` replaces replaced, in runs.
  private static func appendReplacing(_ text: String, _ kind: Kind, to output: inout String) {
    let utf8 = text.utf8
    var runStart = utf8.startIndex
    var index = runStart
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte < 0x80, let replaced = kind.replacement(byte) {
        if runStart != index { output.append(contentsOf: text[runStart..<index]) }
        output.append(replaced)
        runStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if runStart != utf8.endIndex { output.append(contentsOf: text[runStart...]) }
  }

  /// Appends the text as an identifier (see ``identifier(_:)``).
  static func appendIdentifier(_ text: String, to output: inout String) {
    let isSafe = !text.isEmpty && text.utf8.allSatisfy(isIdentifierByte)
    if isSafe {
      output.append(text)
      return
    }
    if text.isEmpty {
      output.append("_")
      return
    }
    for scalar in text.unicodeScalars {
      if scalar.isASCII && isIdentifierByte(UInt8(scalar.value)) {
        output.unicodeScalars.append(scalar)
      } else {
        output.append("_")
      }
    }
  }

  private static func isIdentifierByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
      UInt8(ascii: "."):
      true
    default: false
    }
  }

  /// The text with XML-forbidden control characters replaced by spaces and `\r\n` folded to
  /// `\n`.
  static func cleaned(_ text: String) -> String {
    let needsWork = text.utf8.contains { $0 < 0x20 && $0 != 0x0A || $0 == 0x7F || $0 == 0xEF }
    guard needsWork else { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: result.unicodeScalars.append(scalar)
      case 0x0D: continue
      case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The text with every open bidirectional embedding, override or isolate closed at its end.
  static func balancedBidi(_ text: String) -> String {
    var openEmbeddings = 0
    var openIsolates = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x202C: openEmbeddings = max(0, openEmbeddings - 1)
      case 0x202A...0x202E: openEmbeddings += 1
      case 0x2066...0x2068: openIsolates += 1
      case 0x2069: openIsolates = max(0, openIsolates - 1)
      default: break
      }
    }
    guard openEmbeddings > 0 || openIsolates > 0 else { return text }
    return text + String(repeating: "\u{202C}", count: openEmbeddings)
      + String(repeating: "\u{2069}", count: openIsolates)
  }
}

import DriehoekModel

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
    string { appendQuoted(text, to: &$0) }
  }

  /// A quoted string for an attribute Graphviz copies into SVG attributes (tooltip, URL).
  public static func quotedAttributeText(_ text: String) -> String {
    string { appendQuoted(text, .attribute, to: &$0) }
  }

  /// Text for inside an HTML-like label or for an HTML attribute value.
  public static func html(_ text: String) -> String {
    string { append(text, .html, to: &$0) }
  }

  /// An identifier for SVG `id` and `class`: letters, digits, `-`, `_` and `.`; anything else
  /// becomes `_`.
  public static func identifier(_ text: String) -> String {
    string { appendIdentifier(text, to: &$0) }
  }

  /// The most Unicode scalars of one text from the model in a diagram.
  ///
  /// Graphviz's DOT scanner takes time quadratic in the length of one string (a name of one
  /// million characters took 72 s to draw in the release build; `dot` itself refuses a quoted
  /// string over 16,384 bytes), so a longer text is cut here and ends in `…`. Even escaped
  /// (`&quot;` is six bytes) it stays under that limit.
  public static let maximumTextLength = 2_000

  /// The text, cut to ``maximumTextLength`` scalars with `…` when longer.
  public static func truncated(_ text: String) -> String {
    guard text.utf8.count > maximumTextLength, text.unicodeScalars.count > maximumTextLength else {
      return text
    }
    // The first scalars as a slice of the text's bytes, copied in one go.
    let scalars = text.unicodeScalars
    let end = scalars.index(scalars.startIndex, offsetBy: maximumTextLength - 1)
    return String(scalars[..<end]) + "…"
  }

  private static func string(_ write: (inout [UInt8]) -> Void) -> String {
    var bytes: [UInt8] = []
    write(&bytes)
    return String(decoding: bytes, as: UTF8.self)
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
    func replacement(_ byte: UInt8) -> StaticString? {
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

    /// Whether ``replacement(_:)`` replaces the byte.
    func replaces(_ byte: UInt8) -> Bool { replacement(byte) != nil }
  }

  /// Appends the text as a DOT quoted string, quotes included, as UTF-8.
  static func appendQuoted(_ text: String, _ kind: Kind = .quoted, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    append(text, kind, to: &output)
    output.append(UInt8(ascii: "\""))
  }

  /// Appends the text escaped for `kind` as UTF-8, after ``cleaned(_:)`` and
  /// ``balancedBidi(_:)``.
  ///
  /// One pass over the bytes tells what the text needs: text without a control character, a
  /// noncharacter or a bidirectional control has nothing to clean or close, and text without
  /// anything to replace is copied as it is.
  static func append(_ text: String, _ kind: Kind, to output: inout [UInt8]) {
    var text = truncated(text)
    var needsReplacement = false
    var needsCleaning = false
    text.withUTF8 { bytes in
      var position = 0
      while position < bytes.count {
        let byte = bytes[position]
        switch byte {
        case 0x20..<0x7F:
          if !needsReplacement && kind.replaces(byte) { needsReplacement = true }
        case 0x0A: needsReplacement = true
        case 0xE2, 0xEF:
          // U+202A–U+202E (E2 80 AA–AE), U+2066–U+2069 (E2 81 A6–A9), U+FFFE and U+FFFF
          // (EF BF BE–BF), U+FDD0–U+FDEF (EF B7 90–AF).
          if position + 2 < bytes.count {
            let second = bytes[position + 1]
            let third = bytes[position + 2]
            switch (byte, second, third) {
            case (0xE2, 0x80, 0xAA...0xAE), (0xE2, 0x81, 0xA6...0xA9), (0xEF, 0xBF, 0xBE...0xBF),
              (0xEF, 0xB7, 0x90...0xAF):
              needsCleaning = true
            default: break
            }
          }
        case 0xC2:
          // C1 controls U+0080–U+009F (C2 80–9F); not a no-break space or `·` (C2 A0–BF).
          if position + 1 < bytes.count, bytes[position + 1] < 0xA0 { needsCleaning = true }
        case 0xF0...0xFF: needsCleaning = true  // plane noncharacters
        case 0x80...0xFF: break
        default: needsCleaning = true
        }
        position += 1
      }
    }
    if needsCleaning { text = balancedBidi(cleaned(text)) }
    text.withUTF8 { bytes in
      if needsReplacement || needsCleaning {
        appendReplacing(bytes, kind, to: &output)
      } else {
        output.append(contentsOf: bytes)
      }
    }
  }

  /// Appends the bytes with every byte that `kind` replaces replaced, in runs.
  private static func appendReplacing(
    _ bytes: UnsafeBufferPointer<UInt8>, _ kind: Kind, to output: inout [UInt8]
  ) {
    var runStart = 0
    for position in 0..<bytes.count {
      let byte = bytes[position]
      guard byte < 0x80, let replaced = kind.replacement(byte) else { continue }
      if runStart < position {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
      }
      replaced.withUTF8Buffer { output.append(contentsOf: $0) }
      runStart = position + 1
    }
    if runStart < bytes.count {
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
  }

  /// Appends the text as an identifier (see ``identifier(_:)``), as UTF-8.
  static func appendIdentifier(_ text: String, to output: inout [UInt8]) {
    if text.isEmpty {
      output.append(UInt8(ascii: "_"))
      return
    }
    if text.utf8.allSatisfy(isIdentifierByte) {
      output.append(contentsOf: text.utf8)
      return
    }
    for scalar in text.unicodeScalars {
      let isSafe = scalar.isASCII && isIdentifierByte(UInt8(scalar.value))
      output.append(isSafe ? UInt8(scalar.value) : UInt8(ascii: "_"))
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

  /// The text with every scalar XML refuses (``XMLText/isAllowed(_:)``: controls, DEL, C1,
  /// noncharacters) replaced by a space, tabs as spaces, and `\r` dropped (`\r\n` folds to
  /// `\n`).
  static func cleaned(_ text: String) -> String {
    guard XMLText.mightNeedCleaning(text) else { return text }
    // UTF-8 bytes, not a `String.UnicodeScalarView`, which costs hundreds of instructions for
    // each scalar appended.
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: result.append(0x0A)
      case 0x0D: continue
      case 0x09: result.append(UInt8(ascii: " "))
      default:
        if XMLText.isAllowed(scalar) {
          UTF8.encode(scalar) { result.append($0) }
        } else {
          result.append(UInt8(ascii: " "))
        }
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The text with every open bidirectional embedding, override or isolate closed at its end.
  static func balancedBidi(_ text: String) -> String { XMLText.balancedBidi(text) }
}

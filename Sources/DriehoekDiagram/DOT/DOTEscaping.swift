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
    "\"" + escaped(text, quotedReplacement) + "\""
  }

  /// A quoted string for an attribute Graphviz copies into SVG attributes (tooltip, URL).
  public static func quotedAttributeText(_ text: String) -> String {
    "\"" + escaped(text, attributeReplacement) + "\""
  }

  /// Text for inside an HTML-like label or for an HTML attribute value.
  public static func html(_ text: String) -> String {
    escaped(text, htmlReplacement)
  }

  static func quotedReplacement(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "\"": "\\\""
    case "\\": "\\\\"
    case "\n": "\\n"
    default: nil
    }
  }

  static func attributeReplacement(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "\\": "\\\\\\\\"
    case "&": "&amp;"
    default: quotedReplacement(scalar)
    }
  }

  static func htmlReplacement(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\"": "&quot;"
    case "'": "&#39;"
    case "\\": "\\\\"
    case "\n": " "
    default: nil
    }
  }

  /// An identifier for SVG `id` and `class`: letters, digits, `-`, `_` and `.`; anything else
  /// becomes `_`.
  public static func identifier(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": result.unicodeScalars.append(scalar)
      default: result += "_"
      }
    }
    return result.isEmpty ? "_" : result
  }

  /// The text with `replacement` applied to every Unicode scalar, after ``cleaned(_:)`` and
  /// ``balancedBidi(_:)``.
  ///
  /// Scalars, not characters: a quote or backslash followed by a combining mark is one
  /// `Character` that equals neither, yet Graphviz reads the quote byte all the same.
  /// Printable ASCII text (and newlines) has nothing to clean and no bidirectional control to
  /// close, so it is escaped byte by byte, which gives the same result faster.
  static func escaped(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    var isPlainASCII = true
    for byte in text.utf8 {
      guard (byte >= 0x20 && byte < 0x7F) || byte == 0x0A else {
        isPlainASCII = false
        break
      }
      if let replaced = replacement(Unicode.Scalar(byte)) {
        bytes.append(contentsOf: replaced.utf8)
      } else {
        bytes.append(byte)
      }
    }
    if isPlainASCII { return String(decoding: bytes, as: UTF8.self) }
    var result = ""
    for scalar in balancedBidi(cleaned(text)).unicodeScalars {
      if let replaced = replacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
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

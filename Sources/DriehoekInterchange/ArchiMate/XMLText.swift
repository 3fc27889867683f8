/// Escaping of text for XML 1.0, as the ArchiMate export writes it.
///
/// Markup characters become entities (`&amp;`, `&lt;`, `&gt;`, `&quot;`), so `]]>` and quotes
/// stay text. Characters that XML 1.0 allows but that are invisible or reorder what a reader
/// sees (C1 controls, DEL, bidirectional controls, zero-width and line/paragraph separators,
/// a byte-order mark inside text) are written as numeric character references: a parser reads
/// them back exactly, an editor shows them. Characters that XML 1.0 cannot carry at all, not
/// even as a reference (C0 controls other than tab, line feed and carriage return; U+FFFE and
/// U+FFFF), are replaced: a C0 control by its visible Control Pictures symbol (U+0001 → ␁),
/// U+FFFE and U+FFFF by U+FFFD. That replacement is the only change a text undergoes.
enum XMLText {
  /// Whether XML 1.0 can carry the scalar (the `Char` production).
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// The scalar XML 1.0 carries in place of one it cannot.
  static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x20, let picture = Unicode.Scalar(0x2400 + scalar.value) {
      return picture
    }
    return "\u{FFFD}"
  }

  /// The text as XML 1.0 carries it: with ``replacement(for:)`` for what it cannot.
  static func carried(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(isAllowed(scalar) ? scalar : replacement(for: scalar))
    }
    return String(result)
  }

  /// Whether the scalar is written as a character reference although XML allows it literally.
  static func isShownAsReference(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x7F...0x9F: true  // DEL and C1 controls
    case 0x61C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069: true  // bidi, zero-width
    case 0x2028, 0x2029, 0xFEFF: true  // line and paragraph separators, BOM
    default: false
    }
  }

  /// The text escaped for element content (`attribute == false`) or a double-quoted attribute.
  static func escaped(_ text: String, attribute: Bool = false) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\r": result += "&#13;"
      case "\n" where attribute: result += "&#10;"
      case "\t" where attribute: result += "&#9;"
      default:
        if !isAllowed(scalar) {
          result.unicodeScalars.append(replacement(for: scalar))
        } else if isShownAsReference(scalar) {
          result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}

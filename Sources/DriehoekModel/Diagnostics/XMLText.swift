/// The one escaper for text from a model in XML and HTML (SVG titles and descriptions, the HTML
/// report, the text Graphviz writes into SVG), working on Unicode scalars.
///
/// XML 1.0 allows tab, line feed, carriage return and U+0020–U+D7FF, U+E000–U+FFFD,
/// U+10000–U+10FFFF; one U+FFFE or U+FFFF in a name made every SVG ill-formed. HTML further
/// calls C1 controls and noncharacters parse errors. So every C0 control except tab and line
/// feed, DEL, every C1 control and every noncharacter (U+FDD0–U+FDEF and the last two code
/// points of every plane) becomes a space; carriage return too (a name's line breaks are line
/// feeds). Surrogates cannot occur in a Swift `String`.
public enum XMLText {
  /// Whether the scalar may stand in XML or HTML text as it is.
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    switch value {
    case 0x09, 0x0A: return true
    case 0...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: return false
    default: return value & 0xFFFE != 0xFFFE
    }
  }

  /// Whether the UTF-8 text might hold a scalar that ``isAllowed(_:)`` refuses (a quick test on
  /// bytes; `true` does not mean it does).
  public static func mightNeedCleaning(_ text: String) -> Bool {
    text.utf8.contains { byte in
      (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2
        || byte == 0xEF || byte >= 0xF0
    }
  }

  /// The text with every scalar that ``isAllowed(_:)`` refuses replaced by a space.
  public static func cleaned(_ text: String) -> String {
    guard mightNeedCleaning(text), text.unicodeScalars.contains(where: { !isAllowed($0) }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(isAllowed(scalar) ? scalar : " ")
    }
    return String(result)
  }

  /// The text for XML or HTML content and (single- or double-quoted) attribute values: `&`,
  /// `<`, `>`, `"` and `'` as references, refused scalars as spaces.
  public static func escaped(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result.append(contentsOf: "&amp;".unicodeScalars)
      case "<": result.append(contentsOf: "&lt;".unicodeScalars)
      case ">": result.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
      case "'": result.append(contentsOf: "&#39;".unicodeScalars)
      default: result.append(isAllowed(scalar) ? scalar : " ")
      }
    }
    return String(result)
  }
}

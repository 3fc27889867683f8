/// Text made safe to print on a terminal.
///
/// Names and descriptions from a model may hold control
/// characters (YAML escapes such as `"\e]0;…\a"` make them easy to write), which a terminal
/// would obey: change the window title, clear the screen, move the cursor or hide a line
/// (`ESC [ 8 m`, conceal). The one sanitiser for text meant for a terminal: diagnostics, the
/// text report (which applies it to every text from the model before it colours anything),
/// and every message the CLI prints.
public enum TerminalText {
  /// The colour codes the text report writes itself (`TextReportWriter`), the only escape
  /// sequences that ``sanitized(_:keepingColourCodes:)`` may keep.
  static let colourCodes: Set<String> = ["0", "1", "2", "1;31", "1;33", "1;34"]

  /// The text with every control character replaced by `�`.
  ///
  /// That is C0 except line feed and tab, DEL and C1. With `keepingColourCodes`, the report's own colour codes (exactly those of
  /// ``colourCodes``) stay; every other escape sequence goes.
  public static func sanitized(_ text: String, keepingColourCodes: Bool = false) -> String {
    guard containsControl(text) else { return text }
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if keepingColourCodes, scalar == "\u{1B}", let end = colourCodeEnd(scalars, from: index) {
        result.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      result.append(isControl(scalar) ? "\u{FFFD}" : scalar)
      index += 1
    }
    return String(result)
  }

  /// Whether the text has a control character, judged on its UTF-8 bytes: C0 controls and DEL
  /// are single bytes, C1 controls (U+0080–U+009F) are `C2 80`–`C2 9F`.
  private static func containsControl(_ text: String) -> Bool {
    var text = text
    // On the contiguous bytes: a report or 10,000 diagnostics pass through here.
    return text.withUTF8 { containsControl($0) }
  }

  /// Whether UTF-8 bytes hold a control character (see ``sanitized(_:keepingColourCodes:)``):
  /// C0 except line feed and tab, DEL, or C1 (`C2 80`–`C2 9F`).
  ///
  /// Eight bytes at a time: a word with no byte below `0x20`, no `0x7F` and no `0xC2` holds no
  /// control character and is passed over whole; only other words are looked at byte by byte.
  /// A report of 80 MB and every text of 130,000 findings pass through here.
  package static func containsControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous: UInt8 = 0
    var index = 0
    let count = bytes.count
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
    while index < count {
      if count - index >= 8 {
        let word = ByteWord(loadingFrom: base, at: index)
        // A word after a `C2` may start with a C1 continuation byte: look at it byte by byte.
        if previous != 0xC2, !word.hasByte(below: 0x20), !word.hasByte(0x7F), !word.hasByte(0xC2) {
          previous = UInt8(truncatingIfNeeded: word.bits >> 56)
          index += 8
          continue
        }
      }
      let end = Swift.min(index + 8, count)
      while index < end {
        let byte = bytes[index]
        switch byte {
        case 0x0A, 0x09: break
        case 0...0x1F, 0x7F: return true
        case 0x80...0x9F where previous == 0xC2: return true
        default: break
        }
        previous = byte
        index += 1
      }
    }
    return false
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  /// The index of the `m` that ends a colour code starting at `start`, if one does.
  private static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count, index - start < 20 {
      let scalar = scalars[index]
      if scalar == "m" {
        let code = String(String.UnicodeScalarView(scalars[(start + 2)..<index]))
        return colourCodes.contains(code) ? index : nil
      }
      guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
      index += 1
    }
    return nil
  }
}

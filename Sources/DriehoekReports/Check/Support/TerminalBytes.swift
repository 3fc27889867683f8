import DriehoekModel

/// Text for a terminal appended straight into a byte buffer, as UTF-8.
///
/// The text report is written with it: each piece is appended as bytes, with no string built
/// on the way. A text from the model goes through ``appendSafe(_:)``, which appends it as it
/// is when it holds no control character (judged on its bytes, see ``TerminalText``) and its
/// sanitised form otherwise: the same bytes as `TerminalText.sanitized(text)`.
struct TerminalBytes {
  /// The bytes appended so far.
  var bytes: [UInt8] = []

  init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends a text of the writer's own (a word, a separator) as it is.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends bytes made earlier (a text made safe once and used again).
  mutating func append(_ other: [UInt8]) {
    bytes.append(contentsOf: other)
  }

  mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// Appends a text from the model made safe for a terminal: the bytes of
  /// `TerminalText.sanitized(text)`.
  mutating func appendSafe(_ text: String) {
    // The bytes in place (a small string's, such as most ids, on the stack).
    var text = text
    let appended = text.withUTF8 { utf8 -> Bool in
      guard !TerminalText.containsControl(utf8) else { return false }
      bytes.append(contentsOf: utf8)
      return true
    }
    if !appended {
      bytes.append(contentsOf: TerminalText.sanitized(text).utf8)
    }
  }

  /// Appends a number in decimal, as `String(number)` writes it.
  mutating func append(number: Int) {
    guard number >= 0 else {
      append(String(number))
      return
    }
    var divisor = 1
    while divisor <= number / 10 { divisor *= 10 }
    var rest = number
    while divisor > 0 {
      bytes.append(0x30 + UInt8(truncatingIfNeeded: rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  /// The bytes of a text from the model made safe for a terminal (see ``appendSafe(_:)``).
  static func safe(_ text: String) -> [UInt8] {
    var bytes = TerminalBytes()
    bytes.appendSafe(text)
    return bytes.bytes
  }
}

extension Workbook {
  /// Appends the UTF-8 bytes of ``escaped(_:)`` of `text` to `out`, working on the bytes.
  ///
  /// Every byte the escaping looks at is ASCII (`&`, `<`, `>`, `"`, CR, the other C0 controls,
  /// `_`, `x`, hexadecimal digits) or the lead of U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`),
  /// and an ASCII byte is never part of a longer UTF-8 sequence, so position for position this
  /// is the scalar definition; `WorkbookBytesTests` holds the two equal on awkward texts.
  /// - Complexity: O(*n*) in the bytes of `text`.
  static func appendEscaped(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        let replacement: EscapeReplacement
        switch byte {
        case UInt8(ascii: "&"): replacement = .entity(Self.ampersandEntity)
        case UInt8(ascii: "<"): replacement = .entity(Self.lessThanEntity)
        case UInt8(ascii: ">"): replacement = .entity(Self.greaterThanEntity)
        case UInt8(ascii: "\""): replacement = .entity(Self.quoteEntity)
        case 0x0D: replacement = .entity(Self.carriageReturnEntity)
        case 0x09, 0x0A: replacement = .none
        case 0..<0x20: replacement = .code(UInt32(byte), length: 1)
        case UInt8(ascii: "_") where looksLikeEscape(bytes, at: index):
          replacement = .entity(Self.underscoreEscape)
        case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
          replacement = .code(bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF, length: 3)
        default: replacement = .none
        }
        switch replacement {
        case .none:
          index += 1
        case .entity(let entity):
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
          out += entity
          index += 1
          start = index
        case .code(let value, let length):
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
          appendCode(value, to: &out)
          index += length
          start = index
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<count]))
    }
  }

  /// The number of UTF-8 bytes of ``escaped(_:)`` of `text`, counted on the bytes as
  /// ``appendEscaped(_:to:)`` writes them.
  static func escapedCount(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var total = bytes.count
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "&"): total += Self.ampersandEntity.count - 1
        case UInt8(ascii: "<"): total += Self.lessThanEntity.count - 1
        case UInt8(ascii: ">"): total += Self.greaterThanEntity.count - 1
        case UInt8(ascii: "\""): total += Self.quoteEntity.count - 1
        case 0x0D: total += Self.carriageReturnEntity.count - 1
        case 0x09, 0x0A: break
        // `_xHHHH_` for one byte.
        case 0..<0x20: total += 6
        case UInt8(ascii: "_") where looksLikeEscape(bytes, at: index):
          total += Self.underscoreEscape.count - 1
        case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
          // `_xFFFE_` for three bytes.
          total += 4
          index += 2
        default: break
        }
        index += 1
      }
      return total
    }
  }

  /// Whether a shared string keeps its spaces only with `xml:space="preserve"`: white space
  /// (Unicode's `White_Space`) first or last, or a line feed anywhere.
  ///
  /// The same as `text.first?.isWhitespace == true || text.last?.isWhitespace == true ||
  /// text.utf8.contains(0x0A)` (a `Character` is white space when its first scalar is): the first
  /// character's first scalar is the text's first scalar; when the last two scalars are ASCII,
  /// the last character is the last scalar alone (no grapheme rule joins two ASCII scalars but
  /// CR LF, both white space), otherwise the last character is asked for.
  static func needsPreserve(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return false }
    if first < 0x80 {
      if isASCIIWhitespace(first) { return true }
    } else if text.unicodeScalars.first?.properties.isWhitespace == true {
      return true
    }
    var copy = text
    if copy.withUTF8({ $0.contains(0x0A) }) { return true }
    let beforeLast = utf8.count > 1 ? utf8[utf8.index(utf8.endIndex, offsetBy: -2)] : 0
    guard last < 0x80, beforeLast < 0x80 else { return text.last?.isWhitespace == true }
    return isASCIIWhitespace(last)
  }

  /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII scalars with
  /// Unicode's `White_Space`.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// Whether `_xHHHH_` (four hexadecimal digits) begins at `index` of the bytes.
  static func looksLikeEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + 6 < bytes.count, bytes[index] == UInt8(ascii: "_"),
      bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_")
    else { return false }
    return (index + 2...index + 5).allSatisfy { isHexDigit(bytes[$0]) }
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
  }

  /// Appends `_xHHHH_` (four upper-case hexadecimal digits) for a scalar value below 0x10000.
  private static func appendCode(_ value: UInt32, to out: inout [UInt8]) {
    out += Self.codeOpening
    for shift in stride(from: 12, through: 0, by: -4) {
      let digit = UInt8((value >> UInt32(shift)) & 0xF)
      out.append(digit < 10 ? 0x30 + digit : 0x41 + digit - 10)
    }
    out.append(UInt8(ascii: "_"))
  }

  /// Appends the decimal digits of a number (a minus sign first when negative), as
  /// `String(value)` writes them.
  static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    // The magnitude as unsigned, so `Int.min` has one too; its digits from the last, into
    // the end of a buffer of twenty (the most a 64-bit magnitude has).
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      var start = 20
      repeat {
        start -= 1
        buffer[start] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<20]))
    }
  }

  /// The number of bytes ``appendDecimal(_:to:)`` appends for a number of zero or more.
  static func decimalCount(_ value: Int32) -> Int {
    var count = 1
    var rest = value
    while rest >= 10 {
      rest /= 10
      count += 1
    }
    return count
  }

  private enum EscapeReplacement {
    case none
    case entity([UInt8])
    case code(UInt32, length: Int)
  }

  private static let ampersandEntity = Array("&amp;".utf8)
  private static let lessThanEntity = Array("&lt;".utf8)
  private static let greaterThanEntity = Array("&gt;".utf8)
  private static let quoteEntity = Array("&quot;".utf8)
  private static let carriageReturnEntity = Array("&#13;".utf8)
  private static let underscoreEscape = Array("_x005F_".utf8)
  private static let codeOpening = Array("_x".utf8)
}

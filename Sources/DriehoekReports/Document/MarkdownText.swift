import DriehoekModel

/// The one Markdown escaper for text from a model, shared by `check --format markdown` and the
/// Markdown report, working on Unicode scalars.
///
/// Every line break (LF, CR, VT, FF, NEL, LS, PS) and tab becomes a space, so a name can never
/// end the writer's line and begin a heading, list, code block, rule or setext underline of its
/// own. Inline markup (emphasis, code, links, images, HTML, entities, tables, headings) is
/// backslash-escaped (CommonMark allows a backslash before any ASCII punctuation). At the start
/// of the text, where it may begin a line, leading spaces go and a block marker (`-`, `+`, `=`,
/// `>`, or digits followed by `.` or `)`) is escaped too.
enum MarkdownText {
  /// The escaped text, on one line.
  ///
  /// Works on the UTF-8 bytes: a text of printable ASCII without markup that cannot begin a
  /// block comes back as it is; any other text is rewritten byte by byte (a scalar's bytes are
  /// copied whole), with the same result as going scalar by scalar (`MarkdownTextTests`).
  static func escaped(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      isPlain(bytes) ? nil : String(decoding: escapedBytes(bytes), as: UTF8.self)
    } ?? text
  }

  /// Whether the text needs no change: printable ASCII, no markup, and a first byte that
  /// neither is a space nor may begin a block.
  private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, first != 0x20, !isBlockMarker(first), !isDigit(first) else {
      return bytes.isEmpty
    }
    for byte in bytes where byte < 0x20 || byte > 0x7E || isMarkup(byte) { return false }
    return true
  }

  private static func escapedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 16)
    var atStart = true
    var index = 0
    while index < bytes.count {
      let length = sequenceLength(bytes[index])
      let value = scalarValue(bytes, at: index, length: length)
      // Line breaks and tabs are spaces, also for what counts as the start of the text.
      let isSpace = value == 0x20 || isBreak(value)
      if atStart {
        if isSpace {
          index += length
          continue
        }
        atStart = false
        let byte = bytes[index]
        if isBlockMarker(byte) {
          result.append(backslash)
        } else if isDigit(byte) {
          var end = index
          while end < bytes.count, isDigit(bytes[end]) { end += 1 }
          if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") {
            result.append(contentsOf: bytes[index..<end])
            result.append(backslash)
            result.append(bytes[end])
            index = end + 1
            continue
          }
        }
      }
      if isSpace {
        result.append(0x20)
      } else {
        if length == 1, isMarkup(bytes[index]) { result.append(backslash) }
        // Other controls (ESC, DEL, C1) and noncharacters: never raw into a document.
        if let scalar = Unicode.Scalar(value), XMLText.isAllowed(scalar) {
          result.append(contentsOf: bytes[index..<(index + length)])
        } else {
          result.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
      }
      index += length
    }
    return result
  }

  private static let backslash = UInt8(ascii: "\\")

  /// The number of bytes of the UTF-8 sequence that begins with `lead` (the text is valid UTF-8).
  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case ..<0x80: 1
    case ..<0xE0: 2
    case ..<0xF0: 3
    default: 4
    }
  }

  private static func scalarValue(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int
  ) -> UInt32 {
    let lead = UInt32(bytes[index])
    guard length > 1 else { return lead }
    var value = lead & (0xFF >> UInt32(length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return value
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isBlockMarker(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ">"): true
    default: false
    }
  }

  private static func isMarkup(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "#"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "&"),
      UInt8(ascii: "~"):
      true
    default: false
    }
  }

  private static func isBreak(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}

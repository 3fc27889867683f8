/// Adds what Graphviz cannot write into an SVG: a title and description for screen readers.
enum SVGAccessibility {
  /// The SVG cleaned up and made accessible.
  ///
  /// Comments go (Graphviz writes its version there); `&#45;` becomes a plain hyphen, so ids
  /// read as written; Helvetica falls back to the metric-compatible Arial and Liberation Sans,
  /// which match the built-in metrics the layout used; and with metadata the root gets
  /// `role="img"`, `aria-label`, `<title>` and `<desc>`.
  static func apply(to bytes: [UInt8], metadata: DocumentMetadata?) -> [UInt8] {
    var document = cleaned(bytes)
    guard let metadata, let open = firstIndex(of: Array("<svg ".utf8), in: document, from: 0),
      let close = document[open...].firstIndex(of: UInt8(ascii: ">"))
    else { return document }
    let attributes =
      " role=\"img\" aria-label=\"\(escaped(metadata.title))\""
      + " aria-describedby=\"beschrijving\">"
      + "\n<title id=\"titel\">\(escaped(metadata.title))</title>"
      + "\n<desc id=\"beschrijving\">\(escaped(metadata.summary))</desc>"
    document.replaceSubrange(close...close, with: Array(attributes.utf8))
    return document
  }

  /// The document in one pass: every `<!-- … -->` removed with the newline after it (Graphviz
  /// writes its version and node names there), every `&#45;` a hyphen, and the Helvetica font
  /// family with its fallbacks.
  ///
  /// A pattern is looked for only at the byte it starts with (`<`, `&` or `f`), and the text
  /// between matches is copied in one go.
  static func cleaned(_ bytes: [UInt8]) -> [UInt8] {
    let commentOpen: StaticString = "<!--"
    let commentClose: StaticString = "-->"
    let hyphen: StaticString = "&#45;"
    let font: StaticString = "font-family=\"Helvetica,sans-Serif\""
    let fontWithFallbacks: StaticString =
      "font-family=\"Helvetica,Arial,Liberation Sans,sans-serif\""
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + bytes.count / 16)
    bytes.withUnsafeBufferPointer { input in
      var copied = 0
      var position = 0
      func copy(upTo end: Int) {
        if copied < end {
          result.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<end]))
        }
      }
      while position < input.count {
        switch input[position] {
        case UInt8(ascii: "<") where matches(commentOpen, in: input, at: position):
          copy(upTo: position)
          guard let end = index(of: commentClose, in: input, from: position + 4) else {
            copied = input.count
            position = input.count
            continue
          }
          position = end + 3
          if position < input.count, input[position] == UInt8(ascii: "\n") { position += 1 }
          copied = position
        case UInt8(ascii: "&") where matches(hyphen, in: input, at: position):
          copy(upTo: position)
          result.append(UInt8(ascii: "-"))
          position += hyphen.utf8CodeUnitCount
          copied = position
        case UInt8(ascii: "f") where matches(font, in: input, at: position):
          copy(upTo: position)
          fontWithFallbacks.withUTF8Buffer { result.append(contentsOf: $0) }
          position += font.utf8CodeUnitCount
          copied = position
        default:
          position += 1
        }
      }
      copy(upTo: input.count)
    }
    return result
  }

  /// Whether `pattern` occurs in `bytes` at `position`.
  private static func matches(
    _ pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at position: Int
  ) -> Bool {
    pattern.withUTF8Buffer { pattern in
      guard bytes.count - position >= pattern.count else { return false }
      for offset in 0..<pattern.count where bytes[position + offset] != pattern[offset] {
        return false
      }
      return true
    }
  }

  /// The index where `pattern` first occurs in `bytes` at or after `start`.
  private static func index(
    of pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    var position = start
    while position < bytes.count {
      if matches(pattern, in: bytes, at: position) { return position }
      position += 1
    }
    return nil
  }

  /// The index where `pattern` first occurs in `bytes` at or after `start`.
  static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count
    else { return nil }
    var index = start
    while index <= bytes.count - pattern.count {
      if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Text escaped for XML content and attribute values.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" {
          result += " "
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}

/// Adds what Graphviz cannot write into an SVG: a title and description for screen readers.
enum SVGAccessibility {
  /// The SVG cleaned up and made accessible.
  ///
  /// Comments go (Graphviz writes its version there); `&#45;` becomes a plain hyphen, so ids
  /// read as written; Helvetica falls back to the metric-compatible Arial and Liberation Sans,
  /// which match the built-in metrics the layout used; and with metadata the root gets
  /// `role="img"`, `aria-label`, `<title>` and `<desc>`.
  static func apply(to bytes: [UInt8], metadata: DocumentMetadata?) -> [UInt8] {
    var document = replacing(Array("&#45;".utf8), with: Array("-".utf8), in: withoutComments(bytes))
    document = replacing(
      Array("font-family=\"Helvetica,sans-Serif\"".utf8),
      with: Array("font-family=\"Helvetica,Arial,Liberation Sans,sans-serif\"".utf8), in: document)
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

  /// The document with every `<!-- … -->` removed, with the newline after it (Graphviz writes its
  /// version and node names there).
  static func withoutComments(_ bytes: [UInt8]) -> [UInt8] {
    let open = Array("<!--".utf8)
    let close = Array("-->".utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var position = 0
    while let start = firstIndex(of: open, in: bytes, from: position) {
      result += bytes[position..<start]
      guard let end = firstIndex(of: close, in: bytes, from: start + open.count) else {
        return result
      }
      position = end + close.count
      if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
    }
    result += bytes[position...]
    return result
  }

  /// The bytes with every occurrence of `pattern` replaced.
  static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8]
  {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var position = 0
    while let start = firstIndex(of: pattern, in: bytes, from: position) {
      result += bytes[position..<start]
      result += replacement
      position = start + pattern.count
    }
    result += bytes[position...]
    return result
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

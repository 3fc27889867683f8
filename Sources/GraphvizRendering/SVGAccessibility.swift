import DriehoekModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    guard let metadata,
      let open = document.withUnsafeBufferPointer({ find("<svg ", anchor: 1, in: $0, from: 0) }),
      let close = document[open...].firstIndex(of: UInt8(ascii: ">"))
    else { return document }
    let attributes =
      " role=\"img\" aria-label=\"\(XMLText.escaped(metadata.title))\""
      + " aria-describedby=\"beschrijving\">"
      + "\n<title id=\"titel\">\(XMLText.escaped(metadata.title))</title>"
      + "\n<desc id=\"beschrijving\">\(XMLText.escaped(metadata.summary))</desc>"
    document.replaceSubrange(close...close, with: Array(attributes.utf8))
    return document
  }

  /// The document in one pass: every `<!-- … -->` removed with the newline after it (Graphviz
  /// writes its version and node names there), every `&#45;` a hyphen, and the Helvetica font
  /// family with its fallbacks.
  ///
  /// The text between matches is copied in one go.
  static func cleaned(_ bytes: [UInt8]) -> [UInt8] {
    let commentOpen: StaticString = "<!--"
    let commentClose: StaticString = "-->"
    let hyphen: StaticString = "&#45;"
    let font: StaticString = "font-family=\"Helvetica,sans-Serif\""
    let fontWithFallbacks: StaticString =
      "font-family=\"Helvetica,Arial,Liberation Sans,sans-serif\""
    let patterns: [(text: StaticString, anchor: Int)] = [(commentOpen, 1), (hyphen, 0), (font, 13)]
    return bytes.withUnsafeBufferPointer { input in
      var result: [UInt8] = []
      result.reserveCapacity(input.count + input.count / 16)
      // The next occurrence of each pattern at or after `copied`, found with memmem.
      var next = patterns.map { find($0.text, anchor: $0.anchor, in: input, from: 0) }
      var copied = 0
      while let (which, position) = next.enumerated().compactMap({ entry in
        entry.element.map { (entry.offset, $0) }
      }).min(by: { $0.1 < $1.1 }) {
        if copied < position {
          result.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<position]))
        }
        var end: Int
        switch which {
        case 0:
          end =
            find(commentClose, anchor: 0, in: input, from: position + 4).map { $0 + 3 }
            ?? input.count
          if end < input.count, input[end] == UInt8(ascii: "\n") { end += 1 }
        case 1:
          result.append(UInt8(ascii: "-"))
          end = position + hyphen.utf8CodeUnitCount
        default:
          fontWithFallbacks.withUTF8Buffer { result.append(contentsOf: $0) }
          end = position + font.utf8CodeUnitCount
        }
        copied = end
        for (offset, pattern) in patterns.enumerated() where (next[offset] ?? .max) < end {
          next[offset] = find(pattern.text, anchor: pattern.anchor, in: input, from: end)
        }
      }
      if copied < input.count {
        result.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
      }
      return result
    }
  }

  /// The index where `pattern` first occurs in `bytes` at or after `start`.
  ///
  /// `memchr` (vectorised in the C library) looks for the pattern's byte at `anchor`, chosen
  /// rare in Graphviz's SVG (`!` of `<!--`, `H` of the font family), and only there is the
  /// whole pattern compared.
  private static func find(
    _ pattern: StaticString, anchor: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    return pattern.withUTF8Buffer { needle -> Int? in
      guard let needleBase = needle.baseAddress else { return nil }
      var candidate = start + anchor
      while candidate < bytes.count {
        guard
          let found = memchr(base + candidate, Int32(needle[anchor]), bytes.count - candidate)
        else { return nil }
        let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
        if position + needle.count <= bytes.count,
          memcmp(base + position, needleBase, needle.count) == 0
        {
          return position
        }
        candidate = position + anchor + 1
      }
      return nil
    }
  }

}

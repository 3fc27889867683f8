import DriehoekModel

/// Prepares an SVG document (as Graphviz writes it) for inlining into an HTML page.
///
/// - the XML declaration, the doctype and comments are dropped;
/// - every `id` is prefixed, and so are the ids `aria-labelledby` and `aria-describedby` point
///   to, so several diagrams in one page never share an id;
/// - links (`href`, `xlink:href`) are kept only when they point into the page (`#…`) or to
///   `http`, `https` or `mailto` addresses; event-handler attributes (`on…`) are dropped;
/// - an SVG with elements that could run or load something (`script`, `foreignObject`, `image`,
///   `iframe`, `style`, …) is refused.
///
/// The scanner reads tags with quoted attribute values, which is all Graphviz writes.
enum InlineSVG {
  /// The elements that are refused.
  static let forbiddenElements: Set<String> = [
    "script", "foreignobject", "iframe", "image", "style", "object", "embed", "use", "animate",
    "set", "handler", "listener", "audio", "video", "feimage",
  ]

  /// The attributes whose value is an id in the same SVG.
  static let idReferences: Set<String> = ["aria-labelledby", "aria-describedby"]

  /// The SVG element, ready to inline, or `nil` when there is none or it is refused.
  static func prepare(_ svg: String, idPrefix: String) -> String? {
    let bytes = Array(svg.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 16)
    var index = 0
    var sawRoot = false
    var depth = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "<") else {
        // Text between tags, copied up to the next `<` in one go.
        let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
        if sawRoot && depth > 0 { output += bytes[index..<end] }
        index = end
        continue
      }
      if starts(bytes, at: index, with: "<!--") {
        guard let end = find(bytes, "-->", from: index + 4) else { return nil }
        index = end + 3
        continue
      }
      if starts(bytes, at: index, with: "<?") || starts(bytes, at: index, with: "<!") {
        // Declarations and the doctype: skip to the closing `>` (Graphviz writes no internal
        // subset); a CDATA section is refused.
        if starts(bytes, at: index, with: "<![CDATA[") { return nil }
        guard let end = tagEnd(bytes, from: index) else { return nil }
        index = end + 1
        continue
      }
      guard let end = tagEnd(bytes, from: index) else { return nil }
      let tag = bytes[index...end]
      index = end + 1
      if tag.count > 1 && tag[tag.startIndex + 1] == UInt8(ascii: "/") {
        guard sawRoot else { return nil }
        output += tag
        depth -= 1
        if depth == 0 { break }
        continue
      }
      guard let rewritten = rewrite(tag: tag, idPrefix: idPrefix) else { return nil }
      if !sawRoot {
        guard rewritten.name == "svg" else { return nil }
        sawRoot = true
      }
      output += rewritten.markup
      if !rewritten.isSelfClosing { depth += 1 }
    }
    guard sawRoot, depth == 0 else { return nil }
    return String(decoding: output, as: UTF8.self)
  }

  private struct Tag {
    var name: String
    var markup: [UInt8]
    var isSelfClosing: Bool
  }

  /// A start tag with ids prefixed and unsafe attributes dropped; `nil` for a refused element.
  ///
  /// Attribute names and values are copied as bytes; only the names are read as text, and only
  /// the values of links, ids and id references, which are changed or checked.
  private static func rewrite(tag: ArraySlice<UInt8>, idPrefix: String) -> Tag? {
    var position = tag.startIndex + 1
    let nameStart = position
    while position < tag.endIndex, !isSpace(tag[position]), tag[position] != UInt8(ascii: ">"),
      tag[position] != UInt8(ascii: "/")
    {
      position += 1
    }
    let name = String(decoding: tag[nameStart..<position], as: UTF8.self)
    guard !name.isEmpty,
      !forbiddenElements.contains(isLowercase(name.utf8) ? name : name.lowercased())
    else { return nil }
    var markup: [UInt8] = [UInt8(ascii: "<")]
    markup.reserveCapacity(tag.count + idPrefix.utf8.count + 8)
    markup += tag[nameStart..<position]
    var isSelfClosing = false
    while position < tag.endIndex {
      let byte = tag[position]
      if isSpace(byte) {
        position += 1
        continue
      }
      if byte == UInt8(ascii: "/") {
        isSelfClosing = true
        position += 1
        continue
      }
      if byte == UInt8(ascii: ">") { break }
      // An attribute: name="value" (or 'value').
      let attributeStart = position
      while position < tag.endIndex, tag[position] != UInt8(ascii: "="), !isSpace(tag[position]),
        tag[position] != UInt8(ascii: ">")
      {
        position += 1
      }
      let attribute = tag[attributeStart..<position]
      guard position < tag.endIndex, tag[position] == UInt8(ascii: "=") else { return nil }
      position += 1
      guard position < tag.endIndex else { return nil }
      let quote = tag[position]
      guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
      position += 1
      let valueStart = position
      while position < tag.endIndex, tag[position] != quote { position += 1 }
      guard position < tag.endIndex else { return nil }
      let value = tag[valueStart..<position]
      position += 1
      var changed: String?
      switch role(of: attribute) {
      case .handler: continue
      case .link:
        guard isSafeLink(String(decoding: value, as: UTF8.self)) else { continue }
      case .id:
        changed = idPrefix + "-" + String(decoding: value, as: UTF8.self)
      case .idReference:
        changed = String(decoding: value, as: UTF8.self).split(separator: " ")
          .map { idPrefix + "-" + $0 }.joined(separator: " ")
      case .other: break
      }
      markup.append(UInt8(ascii: " "))
      markup += attribute
      markup += [UInt8(ascii: "="), UInt8(ascii: "\"")]
      if let changed {
        appendQuoting(changed.utf8, to: &markup)
      } else {
        appendQuoting(value, to: &markup)
      }
      markup.append(UInt8(ascii: "\""))
    }
    markup += isSelfClosing ? [UInt8(ascii: "/"), UInt8(ascii: ">")] : [UInt8(ascii: ">")]
    return Tag(name: name, markup: markup, isSelfClosing: isSelfClosing)
  }

  /// Appends an attribute value with every `"` as `&quot;` (a value Graphviz quoted with `'`
  /// may hold one); a `"` is one byte in UTF-8, also where a combining mark follows it.
  private static func appendQuoting(
    _ value: some Collection<UInt8>, to markup: inout [UInt8]
  ) {
    guard value.contains(UInt8(ascii: "\"")) else {
      markup += value
      return
    }
    for byte in value {
      if byte == UInt8(ascii: "\"") {
        markup += Array("&quot;".utf8)
      } else {
        markup.append(byte)
      }
    }
  }

  /// The width and height of the SVG's `viewBox`, if it has one.
  static func size(of svg: String) -> (width: Double, height: Double)? {
    size(of: Array(svg.utf8))
  }

  /// ``size(of:)-(String)`` on the SVG's UTF-8 bytes, for a reader that has them already.
  static func size(of bytes: [UInt8]) -> (width: Double, height: Double)? {
    guard let start = find(bytes, "viewBox=\"", from: 0) else { return nil }
    let valueStart = start + "viewBox=\"".utf8.count
    guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
    let numbers = String(decoding: bytes[valueStart..<end], as: UTF8.self)
      .split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
    guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return nil }
    return (numbers[2], numbers[3])
  }

  /// Whether a link stays in the page or goes to an address the model may hold
  /// (``URLPolicy``, the rule the loader checks `url` against).
  static func isSafeLink(_ value: String) -> Bool {
    value.hasPrefix("#") || URLPolicy.isSafe(value)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// What an attribute is to ``rewrite(tag:idPrefix:)``, by its name in any case.
  private enum AttributeRole {
    /// An event handler (`on…`), dropped.
    case handler
    /// A link (`href`, `xlink:href`), kept when ``isSafeLink(_:)``.
    case link
    /// An `id`, prefixed.
    case id
    /// A list of ids (``idReferences``), each prefixed.
    case idReference
    /// Anything else, kept as it is.
    case other
  }

  /// The role of an attribute.
  ///
  /// A name in ASCII without capitals, all Graphviz writes, is compared as bytes; any other is
  /// lowered as `String.lowercased()` does it first.
  private static func role(of name: ArraySlice<UInt8>) -> AttributeRole {
    guard isLowercase(name) else {
      return role(lowered: String(decoding: name, as: UTF8.self).lowercased())
    }
    func isName(_ text: StaticString) -> Bool {
      text.withUTF8Buffer { name.elementsEqual($0) }
    }
    if name.starts(with: [UInt8(ascii: "o"), UInt8(ascii: "n")]) { return .handler }
    if isName("href") || isName("xlink:href") { return .link }
    if isName("id") { return .id }
    return idReferences.contains(String(decoding: name, as: UTF8.self)) ? .idReference : .other
  }

  private static func role(lowered: String) -> AttributeRole {
    if lowered.hasPrefix("on") { return .handler }
    if lowered == "href" || lowered == "xlink:href" { return .link }
    if lowered == "id" { return .id }
    return idReferences.contains(lowered) ? .idReference : .other
  }

  /// Whether the bytes are ASCII without a capital, which lower case leaves as they are.
  private static func isLowercase(_ bytes: some Sequence<UInt8>) -> Bool {
    bytes.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
  }

  private static func starts(_ bytes: [UInt8], at index: Int, with prefix: StaticString) -> Bool {
    prefix.withUTF8Buffer { prefix in
      index + prefix.count <= bytes.count
        && bytes[index..<index + prefix.count].elementsEqual(prefix)
    }
  }

  static func find(_ bytes: [UInt8], _ needle: StaticString, from start: Int) -> Int? {
    needle.withUTF8Buffer { needle in
      guard let first = needle.first, bytes.count >= needle.count else { return nil }
      var index = start
      while index + needle.count <= bytes.count {
        if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) {
          return index
        }
        index += 1
      }
      return nil
    }
  }

  /// The index of the `>` that closes the tag starting at `start`, outside quoted values.
  private static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var quote: UInt8?
    var index = start + 1
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return index
      } else if byte == UInt8(ascii: "<") {
        return nil
      }
      index += 1
    }
    return nil
  }
}

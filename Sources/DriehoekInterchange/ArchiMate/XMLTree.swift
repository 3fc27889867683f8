internal import Foundation

#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// An XML document as a tree of elements, each with the line and column where it starts;
/// parsed with Foundation's `XMLParser` (libxml2), without a DTD and without entities beyond
/// XML's own five.
struct XMLTree {
  /// One element.
  struct Element {
    /// The local name.
    var name: String
    /// The namespace URI (empty for none).
    var namespace: String
    /// The attributes: unprefixed ones by name, namespaced ones as `{URI}name`.
    var attributes: [String: String]
    /// The child elements, as indices into ``XMLTree/elements``.
    var children: [Int] = []
    /// The text directly inside the element.
    var text = ""
    /// Where the start tag begins (where it ends, when it spans lines).
    var line: Int
    var column: Int
  }

  /// Why a text is not a well-formed XML document.
  struct Failure: Error {
    var line: Int
    var column: Int
    var message: String
  }

  /// The elements in document order; the first is the root.
  var elements: [Element]

  /// The deepest nesting the parser accepts (the export writes at most about ten).
  static let maximumDepth = 200
  /// The most attributes a start tag may have; the export writes at most seven.
  ///
  /// libxml2 checks attributes for duplicates pair by pair, so a tag with a million would take
  /// hours.
  static let maximumAttributes = 256

  /// Parses a document.
  static func parse(_ data: Data) -> Result<XMLTree, Failure> {
    if let doctype = doctypeLocation(in: data) {
      return .failure(
        Failure(
          line: doctype.line, column: doctype.column,
          message:
            "een DOCTYPE-declaratie (DTD) wordt niet gelezen; het uitwisselformaat heeft er geen"))
    }
    if let crowded = crowdedTag(in: data) {
      return .failure(
        Failure(
          line: crowded.line, column: crowded.column,
          message: "een element met meer dan \(maximumAttributes) attributen"))
    }
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = true
    parser.shouldResolveExternalEntities = false
    let builder = XMLTreeBuilder(text: String(decoding: data, as: UTF8.self))
    parser.delegate = builder
    _ = parser.parse()
    if let failure = builder.failure { return .failure(failure) }
    if let error = parser.parserError {
      return .failure(
        Failure(
          line: parser.lineNumber, column: parser.columnNumber,
          message: XMLTreeBuilder.message(for: (error as NSError).code)))
    }
    guard !builder.elements.isEmpty else {
      return .failure(Failure(line: 1, column: 1, message: "het bestand bevat geen XML-element"))
    }
    return .success(XMLTree(elements: builder.elements))
  }

  /// Where a start tag with more than ``maximumAttributes`` attributes begins, if anywhere.
  ///
  /// Counts `=` outside quotes inside start tags; comments, CDATA sections, processing
  /// instructions and end tags are skipped.
  private static func crowdedTag(in data: Data) -> (line: Int, column: Int)? {
    var cursor = Cursor([UInt8](data))
    func skip(past terminator: [UInt8]) {
      while !cursor.isAtEnd, !cursor.rest.starts(with: terminator) { cursor.advance() }
      for _ in terminator where !cursor.isAtEnd { cursor.advance() }
    }
    while !cursor.isAtEnd {
      guard cursor.current == UInt8(ascii: "<") else {
        cursor.advance()
        continue
      }
      let start = (cursor.line, cursor.column)
      let rest = cursor.rest
      if rest.starts(with: Array("<!--".utf8)) {
        skip(past: Array("-->".utf8))
      } else if rest.starts(with: Array("<![CDATA[".utf8)) {
        skip(past: Array("]]>".utf8))
      } else if rest.starts(with: Array("<?".utf8)) {
        skip(past: Array("?>".utf8))
      } else {
        var quote: UInt8?
        var attributes = 0
        cursor.advance()
        while !cursor.isAtEnd {
          let byte = cursor.current
          if let open = quote {
            if byte == open { quote = nil }
          } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            quote = byte
          } else if byte == UInt8(ascii: "=") {
            attributes += 1
            if attributes > maximumAttributes { return start }
          } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
            break
          }
          cursor.advance()
        }
      }
    }
    return nil
  }

  /// Where `<!DOCTYPE` stands, if anywhere.
  static func doctypeLocation(in data: Data) -> (line: Int, column: Int)? {
    let needle = Array("<!DOCTYPE".utf8)
    var cursor = Cursor([UInt8](data))
    while !cursor.isAtEnd {
      if cursor.current == needle[0], cursor.rest.starts(with: needle) {
        return (cursor.line, cursor.column)
      }
      cursor.advance()
    }
    return nil
  }
}

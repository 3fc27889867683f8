internal import Foundation

#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// The `XMLParser` delegate that builds an ``XMLTree``.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  private(set) var elements: [XMLTree.Element] = []
  /// The lines of the document, to find where a start tag begins.
  private let lines: [Substring]
  private(set) var failure: XMLTree.Failure?
  private var stack: [Int] = []
  /// The namespace of every prefix in scope, innermost last.
  private var prefixes: [String: [String]] = ["xml": ["http://www.w3.org/XML/1998/namespace"]]

  init(text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The column where the start tag `<name` that ends at `column` begins, when it begins on
  /// the same line; libxml2 reports the position after the tag.
  private func startColumn(of name: String, line: Int, column: Int) -> Int {
    // Only near the start of a line: a file on one long line keeps libxml2's column rather
    // than costing a scan per element.
    guard line >= 1, line <= lines.count, column <= 4096 else { return column }
    let text = Array(lines[line - 1].unicodeScalars.prefix(max(0, column)))
    let tag = Array(("<" + name).unicodeScalars)
    var start = text.count - tag.count
    while start >= 0 {
      if text[start] == "<", Array(text[start..<start + tag.count]) == tag { return start + 1 }
      start -= 1
    }
    return column
  }

  func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String)
  {
    prefixes[prefix, default: []].append(namespaceURI)
  }

  func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
    _ = prefixes[prefix]?.popLast()
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    guard failure == nil else { return }
    guard stack.count < XMLTree.maximumDepth else {
      failure = XMLTree.Failure(
        line: parser.lineNumber, column: parser.columnNumber,
        message: "de elementen zijn dieper dan \(XMLTree.maximumDepth) niveaus genest")
      parser.abortParsing()
      return
    }
    var attributes: [String: String] = [:]
    for (key, value) in attributeDict {
      if let colon = key.firstIndex(of: ":") {
        let prefix = String(key[..<colon])
        let local = key[key.index(after: colon)...]
        let uri = prefixes[prefix]?.last ?? prefix
        attributes["{\(uri)}\(local)"] = value
      } else {
        attributes[key] = value
      }
    }
    let index = elements.count
    elements.append(
      XMLTree.Element(
        name: elementName, namespace: namespaceURI ?? "", attributes: attributes,
        line: parser.lineNumber,
        column: startColumn(
          of: qName ?? elementName, line: parser.lineNumber, column: parser.columnNumber)))
    if let parent = stack.last { elements[parent].children.append(index) }
    stack.append(index)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    _ = stack.popLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if let current = stack.last { elements[current].text += string }
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    if let current = stack.last {
      elements[current].text += String(decoding: block, as: UTF8.self)
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    guard failure == nil else { return }
    failure = XMLTree.Failure(
      line: parser.lineNumber, column: parser.columnNumber,
      message: Self.message(for: (parseError as NSError).code))
  }

  /// A message for a libxml2 error code (`xmlParserErrors`).
  static func message(for code: Int) -> String {
    switch code {
    case 4: "het bestand bevat geen XML-element"
    case 5: "het document is niet afgesloten, of er staat iets na het hoofdelement"
    case 9: "een teken dat XML niet toestaat"
    case 23: "een entiteit zonder afsluitende ';'"
    case 26, 27: "een onbekende entiteit (alleen &amp; &lt; &gt; &quot; &apos; en &#…; bestaan)"
    case 38: "'<' in een attribuutwaarde (schrijf &lt;)"
    case 39, 40: "een attribuutwaarde zonder aanhalingstekens, of niet afgesloten"
    case 41: "een attribuut zonder waarde"
    case 42: "een attribuut dat twee keer voorkomt"
    case 46: "een opmerking (<!-- -->) die niet is afgesloten"
    case 64, 65: "een XML-declaratie die niet klopt"
    case 68: "een element- of attribuutnaam ontbreekt of is ongeldig"
    case 73: "'>' ontbreekt"
    case 76: "de sluittag past niet bij de openingstag"
    case 77: "een element dat niet is afgesloten"
    case 81: "ongeldige UTF-8 of een onbekende tekenset"
    case 201: "een namespace-voorvoegsel dat niet is gedeclareerd"
    default: "het bestand is geen welgevormde XML (libxml2-fout \(code))"
    }
  }
}

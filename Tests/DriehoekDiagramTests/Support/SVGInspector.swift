import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG with Foundation's XML parser and collects what the tests look at.
final class SVGInspector: NSObject, XMLParserDelegate {
  private(set) var elements: [String] = []
  private(set) var texts: [String] = []
  private(set) var attributes: [String: [String]] = [:]
  private(set) var ids: Set<String> = []
  private var current = ""

  /// Parses the document; returns `nil` when it is not well-formed XML.
  static func inspect(_ bytes: [UInt8]) -> SVGInspector? {
    let inspector = SVGInspector()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = inspector
    return parser.parse() ? inspector : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    flush()
    elements.append(elementName)
    for (key, value) in attributeDict {
      attributes[key, default: []].append(value)
      if key == "id" { ids.insert(value) }
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    flush()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

  private func flush() {
    if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { texts.append(current) }
    current = ""
  }

  /// All text content, joined by spaces.
  var allText: String { texts.joined(separator: " ") }
}

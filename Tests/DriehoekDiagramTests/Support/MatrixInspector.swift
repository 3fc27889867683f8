import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the rows of a sturingsmatrix SVG: each `g.rij` with its attributes, its `<title>`, its
/// name text and its cells (`g.cel` with `data-ministerie` and `data-rollen`).
final class MatrixInspector: NSObject, XMLParserDelegate {
  struct Row {
    var attributes: [String: String]
    var title = ""
    var name = ""
    var cells: [(ministry: String, marks: String)] = []
  }

  private(set) var rows: [Row] = []
  private var stack: [(name: String, attributes: [String: String])] = []
  private var text = ""

  /// Parses the document; `nil` when it is not well-formed XML.
  static func inspect(_ bytes: [UInt8]) -> MatrixInspector? {
    let inspector = MatrixInspector()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = inspector
    return parser.parse() ? inspector : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    stack.append((elementName, attributeDict))
    text = ""
    let classes = (attributeDict["class"] ?? "").split(separator: " ")
    if elementName == "g" && classes.contains("rij") {
      rows.append(Row(attributes: attributeDict))
    }
    if elementName == "g" && classes.contains("cel"), !rows.isEmpty {
      rows[rows.count - 1].cells.append(
        (attributeDict["data-ministerie"] ?? "", attributeDict["data-rollen"] ?? ""))
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard let element = stack.popLast() else { return }
    let parent = stack.last
    let parentClasses = (parent?.attributes["class"] ?? "").split(separator: " ")
    if !rows.isEmpty {
      if elementName == "title", parent?.name == "g", parentClasses.contains("rij") {
        rows[rows.count - 1].title = text
      }
      if elementName == "text", element.attributes["class"] == "naam" {
        rows[rows.count - 1].name = text
      }
    }
    text = ""
  }
}

import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG with Foundation's `XMLParser` and collects what would make it unsafe to show
/// in a browser: a `script` or `foreignObject` element, an event-handler attribute (`on…`), or
/// a link to anything but `http:`, `https:`, `mailto:` or a fragment.
final class SVGSafety: NSObject, XMLParserDelegate {
  private(set) var problems: [String] = []
  private(set) var rootName: String?

  /// The problems of an SVG document; a parse error is one.
  static func problems(in data: Data) -> [String] {
    let checker = SVGSafety()
    let parser = XMLParser(data: data)
    parser.delegate = checker
    parser.shouldResolveExternalEntities = false
    if !parser.parse() {
      let error = parser.parserError.map { String(describing: $0) } ?? "?"
      return checker.problems + [
        "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber): \(error)"
      ]
    }
    if checker.rootName != "svg" { return checker.problems + ["root is not <svg>"] }
    return checker.problems
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if rootName == nil { rootName = elementName }
    let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
    if local.lowercased() == "script" || local.lowercased() == "foreignobject" {
      problems.append("element <\(elementName)>")
    }
    for (name, value) in attributes {
      let lowered = name.lowercased()
      if lowered.hasPrefix("on") { problems.append("event attribute \(name)=\"\(value)\"") }
      if lowered == "href" || lowered.hasSuffix(":href") {
        let target = value.lowercased()
        let safe =
          target.hasPrefix("#") || target.hasPrefix("http://") || target.hasPrefix("https://")
          || target.hasPrefix("mailto:")
        if !safe { problems.append("link \(name)=\"\(value)\"") }
      }
    }
  }
}

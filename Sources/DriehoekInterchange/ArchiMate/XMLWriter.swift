/// Writes indented XML: elements on their own lines, text kept inline and escaped.
struct XMLWriter {
  private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  private var depth = 0

  /// Opens an element with the given attributes (written in order, values escaped).
  mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    indent()
    text += "<" + name + Self.attributes(attributes) + ">\n"
    depth += 1
  }

  /// Opens an element with attributes given as an array.
  mutating func open(_ name: String, attributeList: [(String, String)]) {
    indent()
    text += "<" + name + Self.attributes(attributeList) + ">\n"
    depth += 1
  }

  /// Closes the element opened last.
  mutating func close(_ name: String) {
    depth -= 1
    indent()
    text += "</" + name + ">\n"
  }

  /// An element with text content (or empty, `<name/>`, when `content` is `nil`).
  mutating func leaf(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], content: String? = nil
  ) {
    leaf(name, attributeList: attributes.map { ($0.key, $0.value) }, content: content)
  }

  /// An element with text content, attributes given as an array.
  mutating func leaf(_ name: String, attributeList: [(String, String)], content: String?) {
    indent()
    text += "<" + name + Self.attributes(attributeList)
    if let content {
      text += ">" + XMLText.escaped(content) + "</" + name + ">\n"
    } else {
      text += "/>\n"
    }
  }

  private mutating func indent() {
    text += String(repeating: "  ", count: depth)
  }

  private static func attributes(_ list: some Sequence<(String, String)>) -> String {
    var result = ""
    for (key, value) in list {
      result += " " + key + "=\"" + XMLText.escaped(value, attribute: true) + "\""
    }
    return result
  }

  private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
    attributes(pairs.map { ($0.key, $0.value) })
  }
}

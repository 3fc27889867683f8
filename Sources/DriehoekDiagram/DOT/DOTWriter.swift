/// Writes a ``Diagram`` as DOT text, deterministically.
///
/// The output depends only on the diagram: attributes in a fixed order, nodes, clusters and
/// edges in the order the diagram lists them, two-space indentation, and every text escaped
/// through ``DOTEscaping``. The text is written as UTF-8 into one growing buffer, with no
/// intermediate lines or attribute lists.
public struct DOTWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The DOT text of a diagram.
  /// - Complexity: O(*n*) in the size of the diagram.
  public func write(_ diagram: Diagram) -> String {
    var output = DOTOutput()
    output.write(diagram)
    return String(decoding: output.text, as: UTF8.self)
  }
}

/// The text being written (UTF-8), and the state of the attribute list being filled.
private struct DOTOutput {
  var text: [UInt8] = []
  /// Whether the attribute list being written already holds an attribute.
  var listHasAttribute = false

  mutating func write(_ diagram: Diagram) {
    text.reserveCapacity(4096 + diagram.nodes.count * 1024 + diagram.edges.count * 384)
    text += "digraph "
    DOTEscaping.appendQuoted(diagram.name, to: &text)
    text += " {\n"
    let graph = diagram.attributes
    statement("  ", "rankdir", graph.rankDirection.rawValue)
    statement("  ", "nodesep") { $0.number(graph.nodeSeparation) }
    statement("  ", "ranksep") { $0.number(graph.rankSeparation) }
    statement("  ", "fontname") { $0.quoted(graph.fontName) }
    statement("  ", "bgcolor") { $0.color(graph.background) }
    statement("  ", "pad") { $0.number(graph.padding / 72) }
    statement("  ", "newrank", "true")
    statement("  ", "labelloc", "t")
    statement("  ", "labeljust", "l")
    statement("  ", "id") { $0.quotedIdentifier(diagram.name) }
    if graph.isCompound { statement("  ", "compound", "true") }
    if let label = graph.label { statement("  ", "label") { $0.label(label) } }
    text += "  node [fontname="
    quoted(graph.fontName)
    text += ", fontsize=10, margin=0];\n  edge [fontname="
    quoted(graph.fontName)
    text += ", fontsize=9];\n"
    for node in diagram.nodes { nodeStatement(node, indent: "  ") }
    for cluster in diagram.clusters { clusterStatement(cluster, depth: 1) }
    for group in diagram.sameRank where !group.isEmpty {
      text += "  { rank=same;"
      for name in group {
        text += " "
        quoted(name)
        text += ";"
      }
      text += " }\n"
    }
    for edge in diagram.edges { edgeStatement(edge) }
    text += "}\n"
  }

  // MARK: Statements

  private mutating func clusterStatement(_ cluster: DiagramCluster, depth: Int) {
    let indent = String(repeating: "  ", count: depth)
    let inner = indent + "  "
    text += indent
    text += "subgraph "
    quoted(cluster.dotName)
    text += " {\n"
    statement(inner, "id") { $0.quotedIdentifier(cluster.svgID) }
    statement(inner, "class") { $0.quotedClasses(cluster.svgClasses) }
    statement(inner, "color") { $0.color(cluster.color) }
    statement(inner, "penwidth") { $0.number(cluster.penWidth) }
    if let fill = cluster.fillColor { statement(inner, "fillcolor") { $0.color(fill) } }
    statement(inner, "style") { output in
      output.text += "\""
      if cluster.line != .solid {
        output.text += cluster.line.rawValue
        output.text += ","
      }
      if cluster.fillColor != nil { output.text += "filled," }
      output.text += "rounded\""
    }
    if let label = cluster.label { statement(inner, "label") { $0.label(label) } }
    if let tooltip = cluster.tooltip {
      statement(inner, "tooltip") { $0.quoted(tooltip, .attribute) }
    }
    if cluster.isSameRank {
      text += inner
      text += "rank=same;\n"
    }
    for node in cluster.nodes { nodeStatement(node, indent: inner) }
    for nested in cluster.clusters { clusterStatement(nested, depth: depth + 1) }
    text += indent
    text += "}\n"
  }

  private mutating func nodeStatement(_ node: DiagramNode, indent: String) {
    text += indent
    quoted(node.name)
    text += " "
    beginList(svgID: node.svgID, classes: node.svgClasses)
    attribute("shape", node.shape.rawValue)
    if !node.style.isEmpty {
      attribute("style") { output in
        output.text += "\""
        for (position, style) in node.style.enumerated() {
          if position > 0 { output.text += "," }
          output.text += style.rawValue
        }
        output.text += "\""
      }
    }
    if let color = node.color { attribute("color") { $0.color(color) } }
    if let fill = node.fillColor { attribute("fillcolor") { $0.color(fill) } }
    if let font = node.fontColor { attribute("fontcolor") { $0.color(font) } }
    if let size = node.fontSize { attribute("fontsize") { $0.number(size) } }
    if let pen = node.penWidth { attribute("penwidth") { $0.number(pen) } }
    if let size = node.size {
      attribute("width") { $0.number(size) }
      attribute("height") { $0.number(size) }
    }
    attribute("label") { $0.label(node.label) }
    if let tooltip = node.tooltip { attribute("tooltip") { $0.quoted(tooltip, .attribute) } }
    if let url = node.url { attribute("URL") { $0.quoted(url, .attribute) } }
    text += "];\n"
  }

  private mutating func edgeStatement(_ edge: DiagramEdge) {
    text += "  "
    quoted(edge.from)
    text += " -> "
    quoted(edge.to)
    text += " "
    beginList(svgID: edge.svgID, classes: edge.svgClasses)
    attribute("style", edge.line.rawValue)
    attribute("color") { $0.color(edge.color) }
    attribute("penwidth") { $0.number(edge.penWidth) }
    attribute("arrowhead", edge.arrowHead.rawValue)
    if edge.arrowTail != .none {
      attribute("arrowtail", edge.arrowTail.rawValue)
      attribute("dir", edge.arrowHead == .none ? "back" : "both")
    } else if edge.arrowHead == .none {
      attribute("dir", "none")
    }
    if let label = edge.label { attribute("label") { $0.label(label) } }
    if let label = edge.externalLabel { attribute("xlabel") { $0.label(label) } }
    if let font = edge.fontColor { attribute("fontcolor") { $0.color(font) } }
    if let length = edge.minimumLength { attribute("minlen", String(length)) }
    if !edge.isConstraint { attribute("constraint", "false") }
    if let weight = edge.weight { attribute("weight", String(weight)) }
    if edge.isOverlay { attribute("overlay", "true") }
    if let cluster = edge.headCluster {
      attribute("lhead") { $0.quoted("cluster_" + cluster) }
    }
    if let tooltip = edge.tooltip {
      attribute("tooltip") { $0.quoted(tooltip, .attribute) }
      attribute("labeltooltip") { $0.quoted(tooltip, .attribute) }
    }
    text += "];\n"
  }

  // MARK: Attributes

  /// Writes `indent key=value;` on a line of its own.
  private mutating func statement(_ indent: String, _ key: String, _ value: String) {
    statement(indent, key) { $0.text += value }
  }

  /// Writes `indent key=` and the value that `value` writes, then `;` and a newline.
  private mutating func statement(
    _ indent: String, _ key: String, _ value: (inout DOTOutput) -> Void
  ) {
    text += indent
    text += key
    text += "="
    value(&self)
    text += ";\n"
  }

  /// Opens an attribute list with the SVG id and classes, which every node and edge has.
  private mutating func beginList(svgID: String, classes: [String]) {
    text += "["
    listHasAttribute = false
    attribute("id") { $0.quotedIdentifier(svgID) }
    attribute("class") { $0.quotedClasses(classes) }
  }

  /// Writes `key=value` into the open attribute list.
  private mutating func attribute(_ key: String, _ value: String) {
    attribute(key) { $0.text += value }
  }

  /// Writes `key=` and the value that `value` writes into the open attribute list.
  private mutating func attribute(_ key: String, _ value: (inout DOTOutput) -> Void) {
    if listHasAttribute { text += ", " }
    listHasAttribute = true
    text += key
    text += "="
    value(&self)
  }

  // MARK: Values

  mutating func quoted(_ value: String, _ kind: DOTEscaping.Kind = .quoted) {
    DOTEscaping.appendQuoted(value, kind, to: &text)
  }

  mutating func quotedIdentifier(_ value: String) {
    text += "\""
    DOTEscaping.appendIdentifier(value, to: &text)
    text += "\""
  }

  mutating func quotedClasses(_ classes: [String]) {
    text += "\""
    for (position, name) in classes.enumerated() {
      if position > 0 { text += " " }
      DOTEscaping.appendIdentifier(name, to: &text)
    }
    text += "\""
  }

  mutating func number(_ value: Double) {
    text += DOTNumber.format(value)
  }

  mutating func color(_ color: Color) {
    text += "\""
    color.appendUTF8(to: &text)
    text += "\""
  }

  mutating func label(_ label: DiagramLabel) {
    switch label {
    case .text(let value): quoted(value)
    case .html(let element):
      text += "<"
      html(element)
      text += ">"
    }
  }

  private mutating func html(_ element: HTMLElement) {
    // Graphviz rejects empty text elements such as `<FONT></FONT>`; leave them out.
    if element.tag.isTextStyle && Self.isEmpty(element) { return }
    text += "<"
    text += element.tag.rawValue
    for attribute in element.attributes {
      text += " "
      text += attribute.name.rawValue
      text += "=\""
      DOTEscaping.append(attribute.value, .html, to: &text)
      text += "\""
    }
    text += ">"
    for child in element.children {
      switch child {
      case .text(let value): DOTEscaping.append(value, .html, to: &text)
      case .element(let nested): html(nested)
      case .lineBreak: text += "<BR/>"
      }
    }
    text += "</"
    text += element.tag.rawValue
    text += ">"
  }

  private static func isEmpty(_ element: HTMLElement) -> Bool {
    element.children.allSatisfy { child in
      switch child {
      case .text(let value): value.isEmpty
      case .element(let nested): nested.tag.isTextStyle && isEmpty(nested)
      case .lineBreak: false
      }
    }
  }
}

extension HTMLTag {
  /// Whether the tag only styles text (`FONT`, `B`, `I`), so that it may not be empty.
  fileprivate var isTextStyle: Bool {
    switch self {
    case .font, .bold, .italic: true
    case .table, .row, .cell: false
    }
  }
}

extension [UInt8] {
  /// Appends the UTF-8 of a text.
  fileprivate static func += (bytes: inout [UInt8], text: String) {
    bytes.append(contentsOf: text.utf8)
  }
}

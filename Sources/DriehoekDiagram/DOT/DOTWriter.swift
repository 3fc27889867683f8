/// Writes a ``Diagram`` as DOT text, deterministically.
///
/// The output depends only on the diagram: attributes in a fixed order, nodes, clusters and
/// edges in the order the diagram lists them, two-space indentation, and every text escaped
/// through ``DOTEscaping``.
public struct DOTWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The DOT text of a diagram.
  /// - Complexity: O(*n*) in the size of the diagram.
  public func write(_ diagram: Diagram) -> String {
    var lines: [String] = []
    lines.append("digraph \(DOTEscaping.quoted(diagram.name)) {")
    let graph = diagram.attributes
    var graphAttributes: [(String, String)] = [
      ("rankdir", graph.rankDirection.rawValue),
      ("nodesep", DOTNumber.format(graph.nodeSeparation)),
      ("ranksep", DOTNumber.format(graph.rankSeparation)),
      ("fontname", DOTEscaping.quoted(graph.fontName)),
      ("bgcolor", quotedColor(graph.background)),
      ("pad", DOTNumber.format(graph.padding / 72)),
      ("newrank", "true"),
      ("labelloc", "t"),
      ("labeljust", "l"),
      ("id", DOTEscaping.quoted(DOTEscaping.identifier(diagram.name))),
    ]
    if graph.isCompound { graphAttributes.append(("compound", "true")) }
    if let label = graph.label { graphAttributes.append(("label", labelText(label))) }
    for (key, value) in graphAttributes { lines.append("  \(key)=\(value);") }
    lines.append(
      "  node [fontname=\(DOTEscaping.quoted(graph.fontName)), fontsize=10, margin=0];")
    lines.append("  edge [fontname=\(DOTEscaping.quoted(graph.fontName)), fontsize=9];")
    for node in diagram.nodes { lines.append("  " + nodeStatement(node)) }
    for cluster in diagram.clusters { lines.append(contentsOf: clusterLines(cluster, depth: 1)) }
    for group in diagram.sameRank where !group.isEmpty {
      lines.append(
        "  { rank=same; " + group.map { DOTEscaping.quoted($0) + ";" }.joined(separator: " ")
          + " }")
    }
    for edge in diagram.edges { lines.append("  " + edgeStatement(edge)) }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private func clusterLines(_ cluster: DiagramCluster, depth: Int) -> [String] {
    let indent = String(repeating: "  ", count: depth)
    var lines = ["\(indent)subgraph \(DOTEscaping.quoted(cluster.dotName)) {"]
    var attributes: [(String, String)] = [
      ("id", DOTEscaping.quoted(DOTEscaping.identifier(cluster.svgID))),
      (
        "class",
        DOTEscaping.quoted(cluster.svgClasses.map(DOTEscaping.identifier).joined(separator: " "))
      ),
      ("color", quotedColor(cluster.color)),
      ("penwidth", DOTNumber.format(cluster.penWidth)),
    ]
    var styles: [String] = []
    if cluster.line != .solid { styles.append(cluster.line.rawValue) }
    if let fill = cluster.fillColor {
      styles.append("filled")
      attributes.append(("fillcolor", quotedColor(fill)))
    }
    styles.append("rounded")
    attributes.append(("style", DOTEscaping.quoted(styles.joined(separator: ","))))
    if let label = cluster.label { attributes.append(("label", labelText(label))) }
    if let tooltip = cluster.tooltip {
      attributes.append(("tooltip", DOTEscaping.quotedAttributeText(tooltip)))
    }
    for (key, value) in attributes { lines.append("\(indent)  \(key)=\(value);") }
    if cluster.isSameRank { lines.append("\(indent)  rank=same;") }
    for node in cluster.nodes { lines.append("\(indent)  " + nodeStatement(node)) }
    for nested in cluster.clusters {
      lines.append(contentsOf: clusterLines(nested, depth: depth + 1))
    }
    lines.append("\(indent)}")
    return lines
  }

  private func nodeStatement(_ node: DiagramNode) -> String {
    var attributes: [(String, String)] = [
      ("id", DOTEscaping.quoted(DOTEscaping.identifier(node.svgID))),
      (
        "class",
        DOTEscaping.quoted(node.svgClasses.map(DOTEscaping.identifier).joined(separator: " "))
      ),
      ("shape", node.shape.rawValue),
    ]
    if !node.style.isEmpty {
      attributes.append(
        ("style", DOTEscaping.quoted(node.style.map(\.rawValue).joined(separator: ","))))
    }
    if let color = node.color { attributes.append(("color", quotedColor(color))) }
    if let fill = node.fillColor { attributes.append(("fillcolor", quotedColor(fill))) }
    if let font = node.fontColor { attributes.append(("fontcolor", quotedColor(font))) }
    if let size = node.fontSize { attributes.append(("fontsize", DOTNumber.format(size))) }
    if let pen = node.penWidth { attributes.append(("penwidth", DOTNumber.format(pen))) }
    if let size = node.size {
      attributes.append(("width", DOTNumber.format(size)))
      attributes.append(("height", DOTNumber.format(size)))
    }
    attributes.append(("label", labelText(node.label)))
    if let tooltip = node.tooltip {
      attributes.append(("tooltip", DOTEscaping.quotedAttributeText(tooltip)))
    }
    if let url = node.url { attributes.append(("URL", DOTEscaping.quotedAttributeText(url))) }
    return DOTEscaping.quoted(node.name) + " " + attributeList(attributes) + ";"
  }

  private func edgeStatement(_ edge: DiagramEdge) -> String {
    var attributes: [(String, String)] = [
      ("id", DOTEscaping.quoted(DOTEscaping.identifier(edge.svgID))),
      (
        "class",
        DOTEscaping.quoted(edge.svgClasses.map(DOTEscaping.identifier).joined(separator: " "))
      ),
      ("style", edge.line.rawValue),
      ("color", quotedColor(edge.color)),
      ("penwidth", DOTNumber.format(edge.penWidth)),
      ("arrowhead", edge.arrowHead.rawValue),
    ]
    if edge.arrowTail != .none {
      attributes.append(("arrowtail", edge.arrowTail.rawValue))
      attributes.append(("dir", edge.arrowHead == .none ? "back" : "both"))
    } else if edge.arrowHead == .none {
      attributes.append(("dir", "none"))
    }
    if let label = edge.label { attributes.append(("label", labelText(label))) }
    if let font = edge.fontColor { attributes.append(("fontcolor", quotedColor(font))) }
    if let length = edge.minimumLength { attributes.append(("minlen", String(length))) }
    if !edge.isConstraint { attributes.append(("constraint", "false")) }
    if let cluster = edge.headCluster {
      attributes.append(("lhead", DOTEscaping.quoted("cluster_" + cluster)))
    }
    if let tooltip = edge.tooltip {
      attributes.append(("tooltip", DOTEscaping.quotedAttributeText(tooltip)))
      attributes.append(("labeltooltip", DOTEscaping.quotedAttributeText(tooltip)))
    }
    return DOTEscaping.quoted(edge.from) + " -> " + DOTEscaping.quoted(edge.to) + " "
      + attributeList(attributes) + ";"
  }

  private func attributeList(_ attributes: [(String, String)]) -> String {
    "[" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "]"
  }

  private func quotedColor(_ color: Color) -> String { "\"\(color.description)\"" }

  private func labelText(_ label: DiagramLabel) -> String {
    switch label {
    case .text(let text): DOTEscaping.quoted(text)
    case .html(let element): "<" + html(element) + ">"
    }
  }

  private func html(_ element: HTMLElement) -> String {
    // Graphviz rejects empty text elements such as `<FONT></FONT>`; leave them out.
    if [.font, .bold, .italic].contains(element.tag) && isEmpty(element) { return "" }
    var text = "<" + element.tag.rawValue
    for attribute in element.attributes {
      text += " \(attribute.name.rawValue)=\"\(DOTEscaping.html(attribute.value))\""
    }
    text += ">"
    for child in element.children {
      switch child {
      case .text(let value): text += DOTEscaping.html(value)
      case .element(let nested): text += html(nested)
      case .lineBreak: text += "<BR/>"
      }
    }
    return text + "</" + element.tag.rawValue + ">"
  }

  private func isEmpty(_ element: HTMLElement) -> Bool {
    element.children.allSatisfy { child in
      switch child {
      case .text(let value): value.isEmpty
      case .element(let nested): [.font, .bold, .italic].contains(nested.tag) && isEmpty(nested)
      case .lineBreak: false
      }
    }
  }
}

/// One node: a card, a small hub, or a helper point in the legend.
public struct DiagramNode: Hashable, Sendable {
  /// The node name in DOT; unique in the diagram.
  public var name: String
  /// What the node shows.
  public var label: DiagramLabel
  /// The outline shape.
  public var shape: NodeShape
  /// How the outline is drawn.
  public var style: [NodeStyle]
  /// The outline colour.
  public var color: Color?
  /// The fill colour (with ``NodeStyle/filled``).
  public var fillColor: Color?
  /// The text colour.
  public var fontColor: Color?
  /// The font size in points.
  public var fontSize: Double?
  /// The outline width in points.
  public var penWidth: Double?
  /// The minimum width and height in inches (for helper points).
  public var size: Double?
  /// The element id in SVG.
  public var svgID: String
  /// The classes in SVG, for styling and tests.
  public var svgClasses: [String]
  /// The tooltip.
  public var tooltip: String?
  /// A link (http, https or mailto).
  public var url: String?

  /// Creates a node.
  public init(
    name: String, label: DiagramLabel, shape: NodeShape = .plain, style: [NodeStyle] = [],
    color: Color? = nil, fillColor: Color? = nil, fontColor: Color? = nil,
    fontSize: Double? = nil, penWidth: Double? = nil, size: Double? = nil, svgID: String,
    svgClasses: [String] = [], tooltip: String? = nil, url: String? = nil
  ) {
    self.name = name
    self.label = label
    self.shape = shape
    self.style = style
    self.color = color
    self.fillColor = fillColor
    self.fontColor = fontColor
    self.fontSize = fontSize
    self.penWidth = penWidth
    self.size = size
    self.svgID = svgID
    self.svgClasses = svgClasses
    self.tooltip = tooltip
    self.url = url
  }
}

/// The outline shape of a node.
public enum NodeShape: String, Hashable, Sendable, CaseIterable {
  /// No outline and no margin: the HTML-like label draws the card.
  case plain
  case box
  case note
  case point
  case ellipse
  case plaintext
}

/// How a node's outline is drawn.
public enum NodeStyle: String, Hashable, Sendable, CaseIterable {
  case filled
  case rounded
  case dashed
  case dotted
  case invisible = "invis"
}

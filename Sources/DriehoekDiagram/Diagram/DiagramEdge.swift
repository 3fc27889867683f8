/// One edge between two nodes.
public struct DiagramEdge: Hashable, Sendable {
  /// The tail node name.
  public var from: String
  /// The head node name.
  public var to: String
  /// The label at the middle of the edge.
  public var label: DiagramLabel?
  /// How the line is drawn.
  public var line: LineStyle
  /// The line colour.
  public var color: Color
  /// The line width in points.
  public var penWidth: Double
  /// The arrow at the head.
  public var arrowHead: ArrowShape
  /// The arrow at the tail.
  public var arrowTail: ArrowShape
  /// The text colour of the label.
  public var fontColor: Color?
  /// The minimum number of ranks the edge spans.
  public var minimumLength: Int?
  /// Whether the edge takes part in ranking.
  public var isConstraint: Bool
  /// How strongly the layout keeps the edge short and straight (`weight`); `nil` for Graphviz's
  /// default of 1, 0 for an edge that only orders ranks.
  public var weight: Int? = nil
  /// Whether the edge is left out of the layout and routed over the finished picture
  /// (`overlay=true`, an attribute only GraphvizRendering reads): an edge between two blocks of
  /// a wrapped overview.
  public var isOverlay = false
  /// The cluster the edge ends at (`lhead`), with `compound=true`.
  public var headCluster: String?
  /// A label placed after the layout (`xlabel`), beside the edge: it takes no room in the
  /// ranking, so a flat edge may carry one.
  public var externalLabel: DiagramLabel? = nil
  /// The element id in SVG.
  public var svgID: String
  /// The classes in SVG.
  public var svgClasses: [String]
  /// The tooltip.
  public var tooltip: String?

  /// Creates an edge.
  public init(
    from: String, to: String, label: DiagramLabel? = nil, line: LineStyle = .solid,
    color: Color = .black, penWidth: Double = 1, arrowHead: ArrowShape = .normal,
    arrowTail: ArrowShape = .none, fontColor: Color? = nil, minimumLength: Int? = nil,
    isConstraint: Bool = true, headCluster: String? = nil, svgID: String,
    svgClasses: [String] = [], tooltip: String? = nil
  ) {
    self.from = from
    self.to = to
    self.label = label
    self.line = line
    self.color = color
    self.penWidth = penWidth
    self.arrowHead = arrowHead
    self.arrowTail = arrowTail
    self.fontColor = fontColor
    self.minimumLength = minimumLength
    self.isConstraint = isConstraint
    self.headCluster = headCluster
    self.svgID = svgID
    self.svgClasses = svgClasses
    self.tooltip = tooltip
  }
}

/// How an edge's line is drawn.
public enum LineStyle: String, Hashable, Sendable, CaseIterable {
  case solid
  case dashed
  case dotted
  case bold
  case invisible = "invis"
}

/// The shape of an arrow end.
public enum ArrowShape: String, Hashable, Sendable, CaseIterable {
  case normal
  case doubleNormal = "normalnormal"
  case empty
  case diamond
  case openDiamond = "odiamond"
  case dot
  case openDot = "odot"
  case tee
  case none
}

/// A cluster: a framed group of nodes, such as a ministry with its units or a keten.
public struct DiagramCluster: Hashable, Sendable {
  /// The cluster name without the `cluster_` prefix; unique in the diagram.
  public var name: String
  /// The label at the top of the frame.
  public var label: DiagramLabel?
  /// The frame colour.
  public var color: Color
  /// The fill colour.
  public var fillColor: Color?
  /// How the frame is drawn.
  public var line: LineStyle
  /// The frame width in points.
  public var penWidth: Double
  /// The nodes inside.
  public var nodes: [DiagramNode]
  /// The clusters inside.
  public var clusters: [DiagramCluster]
  /// Whether the nodes inside share one rank.
  public var isSameRank: Bool
  /// The element id in SVG.
  public var svgID: String
  /// The classes in SVG.
  public var svgClasses: [String]
  /// The tooltip.
  public var tooltip: String?

  /// Creates a cluster.
  public init(
    name: String, label: DiagramLabel? = nil, color: Color = .grey, fillColor: Color? = nil,
    line: LineStyle = .solid, penWidth: Double = 1, nodes: [DiagramNode] = [],
    clusters: [DiagramCluster] = [], isSameRank: Bool = false, svgID: String,
    svgClasses: [String] = [], tooltip: String? = nil
  ) {
    self.name = name
    self.label = label
    self.color = color
    self.fillColor = fillColor
    self.line = line
    self.penWidth = penWidth
    self.nodes = nodes
    self.clusters = clusters
    self.isSameRank = isSameRank
    self.svgID = svgID
    self.svgClasses = svgClasses
    self.tooltip = tooltip
  }

  /// The DOT name of the cluster (`cluster_` + ``name``).
  public var dotName: String { "cluster_" + name }

  /// Every node in the cluster and its nested clusters.
  public var allNodes: [DiagramNode] {
    nodes + clusters.flatMap(\.allNodes)
  }
}

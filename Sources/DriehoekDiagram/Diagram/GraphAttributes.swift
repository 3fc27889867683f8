/// Graph-wide attributes: direction, spacing, fonts and the title block.
public struct GraphAttributes: Hashable, Sendable {
  /// The direction ranks run in.
  public var rankDirection: RankDirection
  /// The space between nodes on one rank, in inches.
  public var nodeSeparation: Double
  /// The space between ranks, in inches.
  public var rankSeparation: Double
  /// The font for every text.
  public var fontName: String
  /// The background colour.
  public var background: Color
  /// The title block, drawn at the top left.
  public var label: DiagramLabel?
  /// Whether edges may end at a cluster border (`compound=true`).
  public var isCompound: Bool
  /// The space around the drawing, in points.
  public var padding: Double

  /// Creates graph attributes.
  public init(
    rankDirection: RankDirection = .topToBottom, nodeSeparation: Double = 0.5,
    rankSeparation: Double = 0.7, fontName: String = "Helvetica", background: Color = .white,
    label: DiagramLabel? = nil, isCompound: Bool = false, padding: Double = 12
  ) {
    self.rankDirection = rankDirection
    self.nodeSeparation = nodeSeparation
    self.rankSeparation = rankSeparation
    self.fontName = fontName
    self.background = background
    self.label = label
    self.isCompound = isCompound
    self.padding = padding
  }
}

/// The direction in which ranks run.
public enum RankDirection: String, Hashable, Sendable, CaseIterable {
  case topToBottom = "TB"
  case leftToRight = "LR"
}

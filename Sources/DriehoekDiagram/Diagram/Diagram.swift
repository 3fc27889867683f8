/// A typed description of one picture: nodes, edges and clusters with their attributes.
///
/// A diagram is what ``DiagramBuilder`` makes of a model and a ``View``; ``DOTWriter`` turns it
/// into DOT text. Nothing in it is stringly typed except the texts that are shown.
public struct Diagram: Hashable, Sendable {
  /// The graph name written after `digraph`; always set, so Graphviz never invents one.
  public var name: String
  /// The title for screen readers and the document (`<title>` in SVG).
  public var title: String
  /// A one-paragraph description for screen readers (`<desc>` in SVG).
  public var summary: String
  /// The graph-wide attributes.
  public var attributes: GraphAttributes
  /// The nodes outside any cluster.
  public var nodes: [DiagramNode]
  /// The clusters, each with its own nodes and nested clusters.
  public var clusters: [DiagramCluster]
  /// The edges.
  public var edges: [DiagramEdge]
  /// Groups of node ids that must share a rank (`{rank=same; …}`).
  public var sameRank: [[String]]

  /// Creates a diagram.
  public init(
    name: String, title: String, summary: String, attributes: GraphAttributes = GraphAttributes(),
    nodes: [DiagramNode] = [], clusters: [DiagramCluster] = [], edges: [DiagramEdge] = [],
    sameRank: [[String]] = []
  ) {
    self.name = name
    self.title = title
    self.summary = summary
    self.attributes = attributes
    self.nodes = nodes
    self.clusters = clusters
    self.edges = edges
    self.sameRank = sameRank
  }

  /// Every cluster, nested ones included (an overview wraps its frames in invisible blocks),
  /// each before the clusters inside it.
  public var allClusters: [DiagramCluster] {
    func flatten(_ clusters: [DiagramCluster]) -> [DiagramCluster] {
      clusters.flatMap { [$0] + flatten($0.clusters) }
    }
    return flatten(clusters)
  }

  /// Every node, in clusters or not, in drawing order.
  public var allNodes: [DiagramNode] {
    nodes + clusters.flatMap(\.allNodes)
  }
}

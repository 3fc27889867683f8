public import DriehoekModel

extension Diagram {
  /// The diagram with the cards linked: each card (a node of class `kaart`, named by the id of
  /// its unit or organisation) gets the link `link` returns for that id, replacing any web
  /// address; a card for which `link` returns `nil` keeps what it had.
  ///
  /// A report uses this to make a card jump to the party's section (`#uitvoerder-svb`). The
  /// link is written like a tooltip (``DOTEscaping/quotedAttributeText(_:)``), so an `&` in it
  /// cannot make the SVG ill-formed. Diagrams drawn without it are unchanged.
  public func linkingCards(_ link: (ElementID) -> String?) -> Diagram {
    func linked(_ node: DiagramNode) -> DiagramNode {
      guard node.svgClasses.contains("kaart"), let url = link(ElementID(node.name)) else {
        return node
      }
      var copy = node
      copy.url = url
      return copy
    }
    func linked(_ cluster: DiagramCluster) -> DiagramCluster {
      var copy = cluster
      copy.nodes = cluster.nodes.map(linked)
      copy.clusters = cluster.clusters.map(linked)
      return copy
    }
    var copy = self
    copy.nodes = nodes.map(linked)
    copy.clusters = clusters.map(linked)
    return copy
  }
}
